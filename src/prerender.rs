//! The full page's first view, rendered natively at build time with Yew's
//! server renderer, so the comparison is painted before the wasm has even
//! arrived (issue 17). `cargo xtask bindings` (Trunk's post-build hook) puts
//! [`page_snapshot`] into `dist/index.html` and [`crate::STYLES`] beside it
//! as `parallax.css`.
//!
//! The snapshot is a picture, not a second widget:
//!
//! - It is the very markup the widget renders first on the full page with
//!   nothing saved and nothing in the address (the bundled corpus, every
//!   outlet shown, the system's theme), in both layouts; a container query
//!   shows the one the widget's width calls for (the table from 48em,
//!   `components/layout.rs`).
//! - It is `inert` and `aria-hidden`, inside a closed shadow root of its
//!   own: nothing can be clicked, focused or read out in it, and scripts
//!   that query the widget's shadow root (hosts, tests) find only the live
//!   widget.
//! - It is shown only when `first-view.js`, run before the page is parsed,
//!   has found that the live widget will render exactly it (the page not in
//!   a frame, no options in the address, no saved choices); otherwise the
//!   page says "Loading Parallax…" as before.
//! - The live widget replaces it after its own first render, in the same
//!   task, so no frame shows both or neither (`mount` in `lib.rs`).
//!
//! Hydration was not used: it needs Yew's `hydration` feature in the wasm
//! and a first client render that never reads the window, while replacing an
//! identical picture costs nothing the reader can see.

use yew::prelude::*;

use crate::app::Widget;
use crate::components::LayoutHint;
use crate::options::{Options, Routing};

#[derive(Properties, PartialEq)]
struct FirstViewProps {
    table: bool,
}

/// The full page's widget as `embed/parallax-reader.js` starts it (fills the
/// window), with nothing saved: its view and its choices are then the
/// defaults, which the build can render without a browser.
#[component]
fn FirstView(props: &FirstViewProps) -> Html {
    let options = Options {
        routing: Routing::Memory,
        storage: None,
        fills_window: true,
        ..Options::default()
    };
    html! { <Widget {options} first_layout={LayoutHint { table: props.table }} /> }
}

/// The widget's first view on the full page as HTML, in the table layout
/// (`table`) or the cards.
///
/// # Panics
///
/// If a component reads the browser while rendering (outside effects):
/// there is none at build time. `prerender::tests` renders both layouts.
pub fn first_view(table: bool) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime starts");
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, async move {
        yew::LocalServerRenderer::<FirstView>::with_props(FirstViewProps { table })
            .hydratable(false)
            .render()
            .await
    })
}

/// The file the snapshot's styles are read from, beside `index.html`: the
/// widget's own stylesheet ([`crate::STYLES`]).
pub const STYLESHEET: &str = "parallax.css";

/// What the full page's host element gets before its light-DOM children:
/// an open declarative shadow root (where the widget then mounts) holding
/// the "Loading Parallax…" line, the no-script notice and, in a closed
/// shadow root, both layouts of [`first_view`]. `page.css` shows either
/// the snapshot or the loading line, as `first-view.js` decided.
pub fn page_snapshot() -> String {
    format!(
        concat!(
            r#"<template shadowrootmode="open">"#,
            r#"<p class="{first} page-loading" part="first-loading">Loading Parallax…</p>"#,
            r#"<noscript class="{first}"><p class="page-loading" part="first-loading">"#,
            "Parallax runs in your browser and needs JavaScript and WebAssembly enabled.",
            "</p></noscript>",
            r#"<div class="{first} px-first-view" part="first-view" inert aria-hidden="true">"#,
            r#"<template shadowrootmode="closed">"#,
            r#"<link rel="stylesheet" href="./{sheet}">"#,
            // `hidden` until parallax.css (which shows it) applies: not
            // every browser holds the first paint for a stylesheet in a
            // shadow root, and the picture must never show unstyled.
            r#"<div class="px-first-layouts" hidden>"#,
            r#"<div class="px-mount px-first-table">{table}</div>"#,
            r#"<div class="px-mount px-first-cards">{cards}</div>"#,
            "</div></template></div></template>",
        ),
        first = crate::FIRST_VIEW_CLASS,
        sheet = STYLESHEET,
        table = first_view(true),
        cards = first_view(false),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_layout_has_the_comparison_table_and_every_outlet() {
        let html = first_view(true);
        assert!(html.contains("<table"), "no table");
        assert!(html.contains("Claims side by side"));
        for outlet in [
            "The National Interest",
            "Kontur",
            "ABC News (Australia)",
            "The New York Times",
        ] {
            assert!(html.contains(outlet), "{outlet} missing");
        }
        assert!(html.contains(r#"class="px-root px-fill""#));
    }

    #[test]
    fn the_cards_layout_has_no_table() {
        let html = first_view(false);
        assert!(!html.contains("<table"));
        assert!(html.contains("Claims side by side"));
    }

    #[test]
    fn the_snapshot_is_inert_hidden_and_closed() {
        let html = page_snapshot();
        assert!(html.starts_with(r#"<template shadowrootmode="open">"#));
        assert!(html.contains(r#"inert aria-hidden="true""#));
        assert!(html.contains(r#"<template shadowrootmode="closed">"#));
        assert!(html.contains(r#"href="./parallax.css""#));
        // No script in it (it is parsed into the page before any code runs).
        assert!(!html.contains("<script"));
    }
}
