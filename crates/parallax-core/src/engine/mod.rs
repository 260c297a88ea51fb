//! The claim engine: quantities and attributions in every sentence, claim
//! frames, stance finding and claim discovery, so a comparison exists for
//! any article of any story, not only where an editor wrote one.
//!
//! - [`words`]: a sentence's words with byte ranges, and the lexicons (units
//!   and their classes, qualifiers, cue verbs, months).
//! - [`statement`]: quantity statements (amount or range, qualifier, unit,
//!   measured entity, scope, attribution), rules S1–S2, Q1–Q2, U1–U2, T1, P1.
//! - [`attribution`]: source, cue and relay, rules A1–A4.
//! - [`frame`]: what a claim asks, from its stances, a question or a
//!   sentence; scoring a statement against it.
//! - [`find`]: stances of each claim in each article, rules F1–F4.
//! - [`topic`]: how far an article is about the story the claims are
//!   about, rule G1.
//! - [`discover`]: suggested claims for a corpus without claims.
//! - [`complete`]: a corpus with the engine's stances and suggestions
//!   added, as format 1 (`parallax-cli claims`, the bundled results).
//! - [`run`]: the engine in steps of one article, for callers that must
//!   not block (the widget), with progress.
//! - [`quality`]: the measures in BENCHMARKS.md (leave one article out,
//!   discovery) with their floors.
//!
//! Everything the engine makes is marked as found by the engine
//! (provenance `found`, [`crate::wire::Origin::Found`]); it never changes an editor's stance.

pub mod attribution;
pub mod complete;
pub mod discover;
pub mod find;
pub mod frame;
pub mod pick;
pub mod quality;
pub mod run;
pub mod statement;
pub mod topic;
pub mod words;

#[cfg(test)]
mod tests;
