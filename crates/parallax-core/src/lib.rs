//! Parallax's pure domain: everything the widget and the command-line program
//! know about news articles, with no browser, UI framework or storage in it.
//!
//! - [`clean`]: scraped article text to typed lines, junk identified.
//! - [`wire`]: corpus format 1 as serde records (the only serializable module).
//! - [`corpus`]: validated outlets and articles; the bundled corpus.
//! - [`date`]: calendar dates without a date library.
//! - [`claim`]: curated claims and their stances.
//! - [`agreement`]: whether the shown outlets agree on a claim, computed.
//! - [`selection`]: which outlets the reader shows.
//! - [`normalize`]: the one text normalization (BOM, line breaks, invisible
//!   characters, folding, number reading) every other module reads through.
//! - [`page`]: saved web pages (a tree of elements) to articles, reader-mode
//!   style; `parse_html` (feature `html`) builds the tree natively.
//! - [`search`]: case- and accent-insensitive search with located matches.
//! - [`timeline`]: the shown statements placed by date.

pub mod agreement;
pub mod claim;
pub mod clean;
pub mod corpus;
pub mod date;
pub mod engine;
pub mod export;
pub mod import;
pub mod matching;
pub mod normalize;
pub mod page;
pub mod review;
pub mod search;
pub mod selection;
pub mod timeline;
pub mod wire;

pub use agreement::{ClaimComparison, Status};
pub use claim::{Claim, Stance, StanceValue};
pub use corpus::{Article, ArticleId, Block, Corpus, CorpusError, Outlet, OutletId};
pub use selection::OutletSelection;
