//! Corpus format 1 on the wire: the serde types for the JSON that the widget
//! bundles, hosts hand it, readers import and `parallax-cli` exports. This is
//! the one module of the domain that derives `Serialize`/`Deserialize`; the
//! records here are converted once into validated domain types
//! ([`crate::corpus`]) and nothing downstream re-checks them.
//!
//! The format is documented in README.md ("The corpus format") and as a JSON
//! Schema in `corpus/format-1.schema.json`. Unknown fields are rejected, so a
//! misspelt field is an error rather than silently ignored.

use serde::{Deserialize, Serialize};

/// The format version this code reads and writes.
pub const FORMAT_VERSION: u64 = 1;

/// A whole corpus document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorpusRecord {
    pub format: u64,
    /// What the story is, for the widget's header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub outlets: Vec<OutletRecord>,
    pub articles: Vec<ArticleRecord>,
    /// Curated claims and how each article reports them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<ClaimRecord>,
}

/// A publication. Several articles may share one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutletRecord {
    pub id: String,
    pub name: String,
}

/// One article: metadata with provenance, and its body as typed blocks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleRecord {
    pub id: String,
    /// The id of an outlet in the same document.
    pub outlet: String,
    /// How sure we are that the article is the outlet's.
    pub outlet_attribution: AttributionRecord,
    pub headline: SourcedText,
    /// `null` or absent when unknown.
    #[serde(default)]
    pub byline: Option<SourcedText>,
    #[serde(default)]
    pub published: Option<DateRecord>,
    /// The original's address; only `http` and `https` are accepted.
    #[serde(default)]
    pub url: Option<SourcedText>,
    pub blocks: Vec<BlockRecord>,
}

/// How a value is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Printed in the article itself.
    Stated,
    /// Matched against a public copy of the page.
    Confirmed,
    /// Deduced from the text; shown to readers as approximate.
    Inferred,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionRecord {
    pub provenance: Provenance,
    /// What the value rests on, in a few words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

/// A text value with its provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcedText {
    pub value: String,
    pub provenance: Provenance,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    /// That very day.
    Day,
    /// Within a day or two of `date`.
    About,
    /// Some day from `date` to `until`.
    Range,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateRecord {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `YYYY-MM-DD`, with precision `range` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    pub precision: DatePrecision,
    pub provenance: Provenance,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

/// One block of an article's body, tagged by `kind`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum BlockRecord {
    /// An item of a summary box ("In short"), or a standfirst when unlabelled.
    Summary {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label: Option<String>,
        text: String,
    },
    Subhead {
        text: String,
    },
    Paragraph {
        text: String,
    },
    Caption {
        text: String,
    },
    AuthorBio {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label: Option<String>,
        text: String,
    },
    Credit {
        text: String,
    },
}

/// What kind of thing a claim is about; numbers are compared by value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    Number,
    Place,
    Event,
    Position,
}

/// One claim: a neutral question and how articles answer it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimRecord {
    pub id: String,
    /// "How many North Korean troops are in Russia now?"
    pub question: String,
    pub kind: ClaimKind,
    pub stances: Vec<StanceRecord>,
}

/// How one article reports a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StanceRecord {
    /// The id of an article in the same document.
    pub article: String,
    /// The article's own words, verbatim.
    pub quote: String,
    /// Who the article attributes it to ("US officials"); absent or `null`
    /// when it is the outlet's own assessment.
    #[serde(default)]
    pub source: Option<String>,
    /// When the statement was made, where the text gives it.
    #[serde(default)]
    pub said_on: Option<DateRecord>,
    pub value: ValueRecord,
}

/// Qualifies a number: "at least 3,000".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exactly,
    About,
    AtLeast,
    MoreThan,
    UpTo,
    FewerThan,
}

/// A stance's normalized value. For number claims: `amount`, `unit`, and
/// optionally `qualifier` (default `exactly`); for the other kinds: `label`.
/// `text` is the part of the quote that carries the value, to highlight.
/// Stances with different `scope`s ("in Russia now", "planned by December")
/// answer different versions of the question and never contradict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueRecord {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}
