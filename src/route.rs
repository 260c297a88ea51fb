//! The widget's views as hash routes (`#/`, `#/article/…`), so back and
//! forward work and a view can be linked to, even when the page is opened
//! from disk.

use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    /// The claims side by side.
    #[at("/")]
    Compare,
    /// The article list, no article open.
    #[at("/articles")]
    Articles,
    #[at("/article/:id")]
    Article { id: String },
    /// An article with one stance's quote highlighted in its context.
    #[at("/article/:id/quote/:claim/:stance")]
    Quote {
        id: String,
        claim: String,
        stance: usize,
    },
    #[not_found]
    #[at("/not-found")]
    NotFound,
}
