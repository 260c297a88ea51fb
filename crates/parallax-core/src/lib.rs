//! Parallax's pure domain: everything the widget and the command-line program
//! know about news articles, with no browser, UI framework or storage in it.
//!
//! Today it holds the bundled corpus ([`corpus`]) and the serializable export
//! shape ([`wire`]). Claims, text cleaning and matching will live here too, so
//! they can be tested natively and shared by every front end.

pub mod clean;
pub mod corpus;
pub mod wire;

pub use corpus::{Article, ArticleId, Corpus};
