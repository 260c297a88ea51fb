//! The matching engine: for any sentence, the passages of other articles
//! that report the same claim, ranked by lexical relevance (BM25 over an
//! inverted index of sentences) combined with the claim engine's frames
//! (figures of the same kind of quantity, whatever their amounts), names
//! and stance cues. Curated claims are not consulted: it works on any sentence, and
//! the curated claims serve as ground truth for measuring it
//! ([`quality`]).

mod index;
pub mod quality;
pub mod text;

pub use index::{Figures, MatchIndex, OutletMatch, Passage, PassageMatch, Weights};
