//! The widget's views as hash routes (`#/`, `#/article/…`), so back and
//! forward work and every view has a link that reopens it, even when the page
//! is opened from disk. What else defines a view travels in the query:
//! filters (`status`, `kind`), the search (`q`) and the shown outlets
//! (`outlets`, only when not all are shown).

use serde::{Deserialize, Serialize};
use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    /// The claims side by side.
    #[at("/")]
    Compare,
    /// One claim side by side.
    #[at("/claim/:id")]
    Claim { id: String },
    /// The article list, no article open.
    #[at("/articles")]
    Articles,
    #[at("/article/:id")]
    Article { id: String },
    /// An article scrolled to one of its blocks (0-based).
    #[at("/article/:id/p/:block")]
    Paragraph { id: String, block: usize },
    /// An article with one stance's quote highlighted in its context.
    #[at("/article/:id/quote/:claim/:stance")]
    Quote {
        id: String,
        claim: String,
        stance: usize,
    },
    /// Two to four articles side by side; ids separated by commas.
    #[at("/read/:ids")]
    Parallel { ids: String },
    #[at("/search")]
    Search,
    #[at("/timeline")]
    Timeline,
    /// The reader's own articles.
    #[at("/import")]
    Import,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// The query part of a view's link.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ViewQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Shown outlet ids, comma-separated; absent when all are shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlets: Option<String>,
}

impl ViewQuery {
    /// `?a=b&…`, or nothing when empty.
    pub fn to_suffix(&self) -> String {
        match serde_urlencoded::to_string(self) {
            Ok(query) if !query.is_empty() => format!("?{query}"),
            _ => String::new(),
        }
    }

    /// Reads the query of a `location.hash` such as `#/?status=differs`.
    pub fn from_hash(hash: &str) -> Self {
        hash.split_once('?')
            .and_then(|(_, query)| serde_urlencoded::from_str(query).ok())
            .unwrap_or_default()
    }
}

/// A path such as `/claim/x?outlets=a,b` as its route (`NotFound` when it
/// names none) and query.
pub fn split_path(path: &str) -> (Route, ViewQuery) {
    let route = path.split('?').next().unwrap_or("/");
    (
        Route::recognize(route).unwrap_or(Route::NotFound),
        ViewQuery::from_hash(path),
    )
}

/// The ids of a parallel reading route.
pub fn parallel_ids(ids: &str) -> Vec<&str> {
    ids.split(',').filter(|id| !id.is_empty()).collect()
}
