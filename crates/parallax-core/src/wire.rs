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

/// Who made a claim or a stance: an editor (the default), Parallax's
/// claim engine, or the engine checked by a reader. A found claim or stance
/// has not been checked by anyone and is never shown or exported as an
/// editor's; a checked one is a reader's, never an editor's either.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Written or checked by a person (the format's default).
    #[default]
    Curated,
    /// Found by the claim engine (`parallax_core::engine`), unchecked.
    Found,
    /// Found by the claim engine or made from a sentence, then checked by a
    /// reader (confirmed, chosen, or a claim the reader wrote or accepted).
    Checked,
}

impl Origin {
    fn is_curated(&self) -> bool {
        *self == Self::Curated
    }

    /// Whether a person stands behind it (an editor or a reader who checked
    /// it): the engine does not read again where one has, and builds its
    /// frames from these.
    pub fn by_person(self) -> bool {
        matches!(self, Self::Curated | Self::Checked)
    }
}

/// One claim: a neutral question and how articles answer it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimRecord {
    pub id: String,
    /// "How many North Korean troops are in Russia now?"
    pub question: String,
    pub kind: ClaimKind,
    /// `found` for a claim the engine suggested; absent for an editor's.
    #[serde(default, skip_serializing_if = "Origin::is_curated")]
    pub provenance: Origin,
    pub stances: Vec<StanceRecord>,
    /// The articles the claim engine read for this claim. One listed here
    /// with no stance was looked at and does not state it ("not found in
    /// this article"); one not listed and without a stance was not looked
    /// at by anyone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub searched: Vec<String>,
    /// Sentences the engine offered for this claim that a reader rejected
    /// as not about it; the engine does not offer them again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<RejectedRecord>,
}

/// A sentence of an article a reader said does not answer a claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RejectedRecord {
    /// The id of an article in the same document.
    pub article: String,
    /// The sentence, verbatim, as the engine quoted it.
    pub quote: String,
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
    /// Who relayed the source's words, for reported speech inside reported
    /// speech ("the mayor said the coastguard had told him …": source "the
    /// coastguard", via "the mayor").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// When the statement was made, where the text gives it.
    #[serde(default)]
    pub said_on: Option<DateRecord>,
    pub value: ValueRecord,
    /// `found` for a stance the engine found, `checked` once a reader
    /// checked it; absent for an editor's.
    #[serde(default, skip_serializing_if = "Origin::is_curated")]
    pub provenance: Origin,
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
    pub scope: Option<ScopeRecord>,
}

/// Which version of the question a stance answers: free text ("in Russia,
/// late October"), or its parts, so that stances worded differently (an
/// editor's and the engine's) can still be compared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ScopeRecord {
    Text(String),
    Parts(ScopeParts),
}

/// A scope's parts; each is optional, at least one must be given.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScopeParts {
    /// How the scope reads to people ("in Russia, late October").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Where ("Russia", "the Kursk region").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// What kind of time the figure holds for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<When>,
    /// The words of the article that say when ("by December").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// What exactly is counted, when the unit does not say
    /// ("special forces", "killed or wounded").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
}

/// The kind of time a figure holds for: two stances whose `when` differ
/// answer different versions of the question and never contradict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    /// A count at the time of writing ("now", "so far", "already").
    Current,
    /// Planned, expected, by a date to come, or in total.
    Planned,
    /// Accumulated since a date ("since February 2022").
    Since,
    /// A rate ("per day").
    Rate,
    /// An earlier time than the article's ("in 1989").
    Past,
}

/// The claim engine's results for one claim of the bundled corpus
/// (`corpus/found.json`, derived at build time by `cargo xtask corpus`):
/// the stances it found and the articles it read. Merged into the claim
/// when the bundled corpus is read, so the widget pays nothing for them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FoundRecord {
    /// The id of a curated claim.
    pub claim: String,
    pub searched: Vec<String>,
    /// Found stances (provenance `found`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stances: Vec<StanceRecord>,
}

/// One of a reader's checks of what the claim engine found (applied by
/// `crate::review`), as saved in the browser. Serialized with an `action` tag:
/// `{"action": "confirm", "claim": "…", "article": "…", "quote": "…"}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum Decision {
    /// The found stance of `article` quoting `quote` is right.
    Confirm {
        claim: String,
        article: String,
        quote: String,
    },
    /// This stance (read by the engine from a sentence the reader picked)
    /// is the article's answer instead of what the engine found.
    Choose {
        claim: String,
        stance: Box<StanceRecord>,
        /// The quote of the found stance it replaces; none in an empty cell.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        replaces: Option<String>,
    },
    /// The found stance quoting `quote` is not about the claim.
    Reject {
        claim: String,
        article: String,
        quote: String,
    },
    /// The suggested claim joins the comparison, with this question.
    Accept { claim: String, question: String },
    /// The suggested claim is not wanted (its question kept to list it
    /// with an undo).
    Dismiss {
        claim: String,
        #[serde(default)]
        question: String,
    },
    /// A claim the reader made from one sentence: its id, question, kind
    /// and the sentence's stance.
    Compose { claim: Box<ClaimRecord> },
}
