//! Puts the full page's first view, rendered natively with Yew's server
//! renderer (`parallax::prerender`), into the `index.html` Trunk built, and
//! the widget's stylesheet beside it as `parallax.css` for that picture to
//! use (the live widget keeps its styles inside the wasm). Run by
//! `cargo xtask bindings`, Trunk's post-build hook, so `trunk serve`,
//! `trunk build` and every `cargo xtask` build write it.

use std::path::Path;

/// Where the snapshot goes in `index.html`: the comment the repository's
/// page has inside its `data-parallax-page` element.
pub const MARKER: &str =
    "<!-- parallax:first-view (the build puts the prerendered first view here) -->";

/// Writes `dir/parallax.css` and replaces [`MARKER`] in `dir/index.html`
/// with the snapshot. A page already written (no marker, a shadow root
/// template) is left as it is, so running twice is harmless.
///
/// # Errors
///
/// When a file cannot be read or written, or the page has neither the
/// marker nor a snapshot (someone removed the marker: say so rather than
/// ship a page without its first view).
pub fn write(dir: &Path) -> Result<(), String> {
    let css = dir.join(parallax::prerender::STYLESHEET);
    std::fs::write(&css, parallax::STYLES)
        .map_err(|error| format!("cannot write {}: {error}", css.display()))?;
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index)
        .map_err(|error| format!("cannot read {}: {error}", index.display()))?;
    let Some(written) = insert(&page, &parallax::prerender::page_snapshot())? else {
        return Ok(());
    };
    std::fs::write(&index, written)
        .map_err(|error| format!("cannot write {}: {error}", index.display()))
}

/// `page` with [`MARKER`] replaced by `snapshot`; `None` when the page has
/// its snapshot already.
fn insert(page: &str, snapshot: &str) -> Result<Option<String>, String> {
    match page.matches(MARKER).count() {
        1 => Ok(Some(page.replacen(MARKER, snapshot, 1))),
        0 if page.contains(r#"<template shadowrootmode="open">"#) => Ok(None),
        0 => Err(format!(
            "index.html has no `{MARKER}` inside its data-parallax-page element: the page \
             would have no first view before the wasm runs"
        )),
        _ => Err("index.html has the first-view marker more than once".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_is_replaced_once_and_a_written_page_is_left_alone() {
        let page = format!("<main data-parallax-page>{MARKER}<p>Loading</p></main>");
        let snapshot = r#"<template shadowrootmode="open"><p>x</p></template>"#;
        let written = insert(&page, snapshot).unwrap().unwrap();
        assert_eq!(
            written,
            format!("<main data-parallax-page>{snapshot}<p>Loading</p></main>")
        );
        assert_eq!(insert(&written, snapshot).unwrap(), None);
    }

    #[test]
    fn a_page_without_the_marker_is_refused() {
        assert!(insert("<main data-parallax-page></main>", "x").is_err());
        let twice = format!("{MARKER}{MARKER}");
        assert!(insert(&twice, "x").is_err());
    }

    #[test]
    fn the_repository_page_has_the_marker_in_its_page_element() {
        let page = std::fs::read_to_string(crate::repo_root().join("index.html")).unwrap();
        let element = page.find("data-parallax-page").expect("the page element");
        let marker = page.find(MARKER).expect("the marker");
        assert!(marker > element);
    }
}
