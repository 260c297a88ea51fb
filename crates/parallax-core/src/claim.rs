//! Claims: a neutral question ("How many North Korean troops are in Russia
//! now?") and, for each article that answers it, a stance: the article's
//! verbatim words, who it attributes them to, when they were said, and a
//! normalized value that can be compared across outlets.
//!
//! A `Claim` only exists inside a validated [`crate::Corpus`], which has
//! checked that every quote occurs verbatim in its article and every
//! highlighted value inside its quote.

use std::fmt;

use crate::corpus::{ArticleId, PublishedDate, Sourced};
pub use crate::wire::{ClaimKind, Origin, Qualifier, When};

/// A claim's id: lower-case letters, digits and hyphens.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClaimId(pub(crate) String);

impl ClaimId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ClaimId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub id: ClaimId,
    pub question: String,
    pub kind: ClaimKind,
    /// An editor's claim, or one the engine suggested.
    pub origin: Origin,
    pub stances: Vec<Stance>,
    /// The articles the claim engine read for this claim: those without a
    /// stance were looked at and do not state it.
    pub searched: Vec<ArticleId>,
    /// Sentences a reader rejected as not about this claim.
    pub rejected: Vec<Rejected>,
}

/// A sentence of an article a reader said does not answer a claim (the
/// quote occurs verbatim in the article).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejected {
    pub article: ArticleId,
    pub quote: String,
}

/// How one article reports a claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Stance {
    pub article: ArticleId,
    /// The article's words, verbatim.
    pub quote: String,
    /// Who the article attributes the statement to; `None` when it is the
    /// outlet's own assessment (or, for a found stance, when the engine
    /// found no attribution: "not attributed").
    pub source: Option<String>,
    /// Who relayed the source's words (reported speech inside reported
    /// speech).
    pub via: Option<String>,
    pub said_on: Option<Sourced<PublishedDate>>,
    pub value: StanceValue,
    /// The words of the quote that carry the value, to highlight.
    pub value_text: String,
    /// Which version of the question this answers ("planned by December").
    pub scope: Option<Scope>,
    /// An editor's stance, or one the engine found.
    pub origin: Origin,
}

/// Which version of a question a stance answers: an editor's free text,
/// or parts (place, kind of time, the time's words, what is counted) that
/// editors and the engine share.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scope {
    pub text: Option<String>,
    pub place: Option<String>,
    pub when: Option<When>,
    pub time: Option<String>,
    pub counted: Option<String>,
}

impl Scope {
    /// Whether any structured part is given.
    pub fn has_parts(&self) -> bool {
        self.place.is_some() || self.when.is_some() || self.counted.is_some()
    }

    /// Whether two stances answer the same version of the question:
    /// both without scope; or, when both have parts, no part that both
    /// give differs (`when` equal, places equal once a leading "in", "to",
    /// "on" or "the" and case are dropped, `counted` equal ignoring case)
    /// and at least one part is shared; or, when neither has parts, equal
    /// texts (ignoring case and spacing). Anything else is a different
    /// version, which never contradicts.
    pub fn same_version(a: Option<&Scope>, b: Option<&Scope>) -> bool {
        ScopeKey::same_version(a.map(Scope::key).as_ref(), b.map(Scope::key).as_ref())
    }

    /// What [`Scope::same_version`] compares, normalized once: a caller
    /// comparing many pairs (agreement over hundreds of articles) keys
    /// each scope once instead of folding its words for every pair.
    pub fn key(&self) -> ScopeKey {
        if self.has_parts() {
            ScopeKey::Parts {
                when: self.when,
                place: self.place.as_deref().map(place_key),
                counted: self.counted.as_deref().map(words_key),
            }
        } else {
            ScopeKey::Text(self.text.as_deref().map(words_key))
        }
    }
}

/// A [`Scope`] as [`Scope::same_version`] compares it: its parts, the
/// place without a leading "in", "to", "the"… and folded, what is counted
/// folded; or, without parts, its folded text.
#[derive(Clone, Debug, PartialEq)]
pub enum ScopeKey {
    Parts {
        when: Option<When>,
        place: Option<String>,
        counted: Option<String>,
    },
    Text(Option<String>),
}

impl ScopeKey {
    /// [`Scope::same_version`] on keys.
    pub fn same_version(a: Option<&ScopeKey>, b: Option<&ScopeKey>) -> bool {
        let (a, b) = match (a, b) {
            (None, None) => return true,
            (Some(a), Some(b)) => (a, b),
            _ => return false,
        };
        match (a, b) {
            (
                ScopeKey::Parts {
                    when: when_a,
                    place: place_a,
                    counted: counted_a,
                },
                ScopeKey::Parts {
                    when: when_b,
                    place: place_b,
                    counted: counted_b,
                },
            ) => {
                let mut shared = 0;
                let mut compare = |same: Option<bool>| match same {
                    Some(same) => {
                        shared += 1;
                        same
                    }
                    None => true,
                };
                fn both<T: PartialEq>(x: &Option<T>, y: &Option<T>) -> Option<bool> {
                    Some(x.as_ref()? == y.as_ref()?)
                }
                compare(both(when_a, when_b))
                    && compare(both(place_a, place_b))
                    && compare(both(counted_a, counted_b))
                    && shared > 0
            }
            (ScopeKey::Text(a), ScopeKey::Text(b)) => a == b,
            _ => false,
        }
    }
}

fn words_key(text: &str) -> String {
    crate::normalize::fold(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn place_key(text: &str) -> String {
    let key = words_key(text);
    let mut rest = key.as_str();
    for lead in [
        "in ", "to ", "on ", "into ", "inside ", "within ", "across ", "the ",
    ] {
        rest = rest.strip_prefix(lead).unwrap_or(rest);
    }
    rest.to_string()
}

impl When {
    /// A few words for readers: "now", "planned", "since a date", "per day".
    pub fn label(self) -> &'static str {
        match self {
            Self::Current => "now",
            Self::Planned => "planned or in total",
            Self::Since => "accumulated since a date",
            Self::Rate => "a rate",
            Self::Past => "an earlier time",
        }
    }
}

/// The scope as readers see it: the editor's text, else the parts.
impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(text) = &self.text {
            return f.write_str(text);
        }
        let mut parts: Vec<&str> = Vec::new();
        if let Some(counted) = &self.counted {
            parts.push(counted);
        }
        if let Some(place) = &self.place {
            parts.push(place);
        }
        match (&self.time, self.when) {
            (Some(time), _) => parts.push(time),
            (None, Some(when)) => parts.push(when.label()),
            (None, None) => {}
        }
        f.write_str(&parts.join(", "))
    }
}

impl Stance {
    /// Where `value_text` stands in `quote`, as a byte range.
    pub fn highlight_range(&self) -> std::ops::Range<usize> {
        let start = self.quote.find(&self.value_text).unwrap_or(0);
        start..start + self.value_text.len()
    }
}

/// A stance's normalized value.
#[derive(Clone, Debug, PartialEq)]
pub enum StanceValue {
    Number {
        amount: f64,
        qualifier: Qualifier,
        unit: String,
    },
    Label(String),
}

/// "at least 3,000 soldiers", "about 1.3 million soldiers", "denies".
impl fmt::Display for StanceValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Number {
                amount,
                qualifier,
                unit,
            } => {
                let words = match qualifier {
                    Qualifier::Exactly => "",
                    Qualifier::About => "about ",
                    Qualifier::AtLeast => "at least ",
                    Qualifier::MoreThan => "more than ",
                    Qualifier::UpTo => "up to ",
                    Qualifier::FewerThan => "fewer than ",
                };
                write!(f, "{words}{} {unit}", format_amount(*amount))
            }
            Self::Label(label) => f.write_str(label),
        }
    }
}

/// "3,000", "600,000", "1.2 million", "12.5".
pub fn format_amount(amount: f64) -> String {
    if amount >= 1_000_000.0 && (amount / 100_000.0).fract() == 0.0 {
        let millions = amount / 1_000_000.0;
        let text = format!("{millions:.1}");
        let text = text.strip_suffix(".0").unwrap_or(&text).to_string();
        return format!("{text} million");
    }
    if amount.fract() != 0.0 {
        return format!("{amount}");
    }
    let digits = format!("{amount:.0}");
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

impl ClaimKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Number => "Number",
            Self::Place => "Place",
            Self::Event => "Event",
            Self::Position => "Position",
        }
    }

    pub const ALL: [ClaimKind; 4] = [Self::Number, Self::Place, Self::Event, Self::Position];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_as_newspapers_write_them() {
        assert_eq!(format_amount(3000.0), "3,000");
        assert_eq!(format_amount(600_000.0), "600,000");
        assert_eq!(format_amount(1_200_000.0), "1.2 million");
        assert_eq!(format_amount(2_000_000.0), "2 million");
        assert_eq!(format_amount(1_234_567.0), "1,234,567");
        assert_eq!(format_amount(50.0), "50");
        assert_eq!(format_amount(12.5), "12.5");
    }

    #[test]
    fn values_display_with_their_qualifier_and_unit() {
        let value = StanceValue::Number {
            amount: 3000.0,
            qualifier: Qualifier::AtLeast,
            unit: "soldiers".into(),
        };
        assert_eq!(value.to_string(), "at least 3,000 soldiers");
        assert_eq!(StanceValue::Label("denies".into()).to_string(), "denies");
    }
}

/// Cuts `text` into consecutive pieces at the edges of the given ranges, each
/// piece with the labels of the ranges covering it (empty for plain text).
/// Overlapping quotes in one paragraph thus each stay marked.
pub fn segments<T: Clone + PartialEq>(
    text: &str,
    ranges: &[(std::ops::Range<usize>, T)],
) -> Vec<(std::ops::Range<usize>, Vec<T>)> {
    let mut edges: Vec<usize> = vec![0, text.len()];
    for (range, _) in ranges {
        edges.push(range.start.min(text.len()));
        edges.push(range.end.min(text.len()));
    }
    edges.sort_unstable();
    edges.dedup();
    edges
        .windows(2)
        .filter(|pair| pair[0] < pair[1])
        .map(|pair| {
            let piece = pair[0]..pair[1];
            let mut labels: Vec<T> = Vec::new();
            for (range, label) in ranges {
                if range.start <= piece.start && piece.end <= range.end && !labels.contains(label) {
                    labels.push(label.clone());
                }
            }
            (piece, labels)
        })
        .collect()
}

#[cfg(test)]
mod segment_tests {
    use super::segments;

    #[test]
    fn overlapping_ranges_split_into_labelled_pieces() {
        let text = "abcdefghij";
        let pieces = segments(text, &[(2..6, 'x'), (4..8, 'y')]);
        let shown: Vec<(&str, Vec<char>)> = pieces
            .iter()
            .map(|(r, l)| (&text[r.clone()], l.clone()))
            .collect();
        assert_eq!(
            shown,
            [
                ("ab", vec![]),
                ("cd", vec!['x']),
                ("ef", vec!['x', 'y']),
                ("gh", vec!['y']),
                ("ij", vec![])
            ]
        );
    }

    #[test]
    fn no_ranges_is_one_plain_piece() {
        assert_eq!(segments::<u8>("abc", &[]), [(0..3, vec![])]);
    }
}
