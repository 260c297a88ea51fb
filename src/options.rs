//! What a host asks of one widget instance: where its corpus comes from, the
//! view and outlets it opens with, its theme, how it keeps its view (the
//! page's address or its own memory) and whether it remembers the reader's
//! choices. The same options arrive as attributes of `<parallax-reader>`, as
//! the object given to `mount()`, or as URL parameters of the page
//! (`index.html?claim=…&theme=dark`); `embed/parallax-reader.js` turns each
//! into the plain object [`Options::from_js`] reads.

use std::rc::Rc;

use yew::AttrValue;
use yew_router::Routable;

use wasm_bindgen::JsCast;

use crate::listen::Lifetime;
use crate::route::{Route, ViewQuery};
use crate::state::Theme;

/// How an instance keeps its view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Routing {
    /// In the page's address after `#` (the full page and the iframe): back,
    /// forward and deep links work.
    #[default]
    Hash,
    /// In the instance's own memory (embedded instances): several on one page
    /// never fight over the host's address.
    Memory,
}

/// One instance's options. `Default` is the full page on the bundled corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub routing: Routing,
    /// A view name: `compare`, `articles`, `timeline`, `search`, `import`.
    pub view: Option<String>,
    /// A claim to open (wins over `view`).
    pub claim: Option<String>,
    /// An article to open (wins over `view`; `claim` wins over it).
    pub article: Option<String>,
    /// Shown outlet ids, comma-separated.
    pub outlets: Option<String>,
    pub theme: Option<Theme>,
    /// The URL of a format-1 corpus to load instead of the bundled one.
    pub src: Option<AttrValue>,
    /// Where the reader's choices are remembered: `None` keeps them for the
    /// life of the page only; `Some("")` is the full page's own keys
    /// (`parallax.…`); `Some(name)` is `parallax.<name>.…`.
    pub storage: Option<Rc<str>>,
    /// Fills the window (the full page, not an iframe or an embed).
    pub fills_window: bool,
    /// Ends the instance's listeners on the window when the page script
    /// aborts it (destroyed, or stopped by a panic): the `signal` option, an
    /// `AbortSignal`.
    pub lifetime: Lifetime,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            routing: Routing::Hash,
            view: None,
            claim: None,
            article: None,
            outlets: None,
            theme: None,
            src: None,
            storage: Some(Rc::from("")),
            fills_window: false,
            lifetime: Lifetime::default(),
        }
    }
}

/// The view names a host may ask for.
pub const VIEW_NAMES: [&str; 5] = ["compare", "articles", "timeline", "search", "import"];

impl Options {
    /// The path (route and query) the options ask to open, or `None` when
    /// they name no view and no outlets.
    pub fn start_path(&self) -> Option<String> {
        let route = if let Some(claim) = non_empty(&self.claim) {
            Some(Route::Claim { id: claim.into() })
        } else if let Some(article) = non_empty(&self.article) {
            Some(Route::Article { id: article.into() })
        } else {
            non_empty(&self.view).map(|view| match view {
                "compare" => Route::Compare,
                "articles" => Route::Articles,
                "timeline" => Route::Timeline,
                "search" => Route::Search,
                "import" => Route::Import,
                // An unknown name opens "Nothing here", which says so.
                _ => Route::NotFound,
            })
        };
        let outlets = non_empty(&self.outlets).map(str::to_string);
        if route.is_none() && outlets.is_none() {
            return None;
        }
        let route = route.unwrap_or(Route::Compare);
        let query = ViewQuery {
            outlets,
            ..ViewQuery::default()
        };
        Some(format!("{}{}", route.to_path(), query.to_suffix()))
    }

    /// Reads the options from a plain JavaScript object whose values are
    /// strings (anything else is ignored, as a missing option), but for
    /// `signal`, the instance's `AbortSignal`.
    pub fn from_js(object: &wasm_bindgen::JsValue) -> Self {
        let text = |key: &str| -> Option<String> {
            js_sys::Reflect::get(object, &key.into())
                .ok()
                .and_then(|value| value.as_string())
        };
        let routing = match text("routing").as_deref() {
            Some("hash") => Routing::Hash,
            _ => Routing::Memory,
        };
        let storage = match (routing, text("persist")) {
            (_, Some(name)) if !name.trim().is_empty() => Some(Rc::from(name.trim())),
            (Routing::Hash, _) => Some(Rc::from("")),
            (Routing::Memory, _) => None,
        };
        Self {
            routing,
            view: text("view"),
            claim: text("claim"),
            article: text("article"),
            outlets: text("outlets"),
            theme: text("theme").and_then(|name| Theme::from_name(name.trim())),
            src: text("src")
                .filter(|src| !src.trim().is_empty())
                .map(AttrValue::from),
            storage,
            fills_window: text("fill").as_deref() == Some("window"),
            lifetime: Lifetime(
                js_sys::Reflect::get(object, &"signal".into())
                    .ok()
                    .and_then(|value| value.dyn_into::<web_sys::AbortSignal>().ok()),
            ),
        }
    }
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> Options {
        Options {
            routing: Routing::Memory,
            storage: None,
            ..Options::default()
        }
    }

    #[test]
    fn nothing_asked_opens_nothing_in_particular() {
        assert_eq!(options().start_path(), None);
    }

    #[test]
    fn a_claim_wins_over_an_article_and_a_view() {
        let asked = Options {
            claim: Some("troops".into()),
            article: Some("abc".into()),
            view: Some("timeline".into()),
            ..options()
        };
        assert_eq!(asked.start_path().as_deref(), Some("/claim/troops"));
    }

    #[test]
    fn views_and_outlets_make_a_path_with_a_query() {
        let asked = Options {
            view: Some("timeline".into()),
            outlets: Some("abc,nyt".into()),
            ..options()
        };
        assert_eq!(
            asked.start_path().as_deref(),
            Some("/timeline?outlets=abc%2Cnyt")
        );
        let outlets_only = Options {
            outlets: Some("abc".into()),
            ..options()
        };
        assert_eq!(outlets_only.start_path().as_deref(), Some("/?outlets=abc"));
    }

    #[test]
    fn an_unknown_view_opens_the_page_that_says_so() {
        let asked = Options {
            view: Some("timelin".into()),
            ..options()
        };
        assert_eq!(asked.start_path().as_deref(), Some("/not-found"));
    }

    #[test]
    fn blank_values_count_as_missing() {
        let asked = Options {
            view: Some("  ".into()),
            claim: Some(String::new()),
            ..options()
        };
        assert_eq!(asked.start_path(), None);
    }
}
