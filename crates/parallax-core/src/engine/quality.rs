//! How well the engine does, measured against curated claims (the answer
//! key): leave one article out, and discovery with every claim removed.
//! The example `claim_quality` prints these for the bundled corpus and the
//! invented collections; the floor tests below keep them from sliding.

use super::discover::{Suggestion, discover};
use super::find::{Found, FoundValue, find, read};
use super::frame::{Frame, Idf, locate};
use crate::claim::{ClaimKind, Origin, Qualifier, Stance, StanceValue};
use crate::corpus::Corpus;

/// One hidden curated stance and whether the engine found it.
#[derive(Clone, Debug, PartialEq)]
pub struct Expected {
    pub claim: String,
    pub article: String,
    pub kind: ClaimKind,
    /// Amount and qualifier, for number claims.
    pub number: Option<(f64, Qualifier)>,
    pub quote: String,
    /// The engine found the same amount and qualifier (number claims).
    pub value_found: bool,
    /// The engine's quote for the claim in that article covers the
    /// curated quote's value.
    pub sentence_found: bool,
}

/// One stance the engine found, and whether the answer key has it.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposed {
    pub claim: String,
    pub article: String,
    pub found: Found,
    /// An expected (claim, article, amount, qualifier) matches it.
    pub correct: bool,
    /// Its sentence holds a hidden curated stance of the same claim.
    pub sentence_correct: bool,
}

/// The leave-one-article-out report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LeaveOneOut {
    pub expected: Vec<Expected>,
    pub proposed: Vec<Proposed>,
}

fn ratio(hits: usize, total: usize) -> f64 {
    if total == 0 {
        1.0
    } else {
        hits as f64 / total as f64
    }
}

impl LeaveOneOut {
    /// Recall of (claim, article, amount, qualifier) over number stances.
    pub fn number_recall(&self) -> f64 {
        let numbers: Vec<_> = self
            .expected
            .iter()
            .filter(|e| e.number.is_some())
            .collect();
        ratio(
            numbers.iter().filter(|e| e.value_found).count(),
            numbers.len(),
        )
    }

    /// Precision of the engine's number stances.
    pub fn number_precision(&self) -> f64 {
        let numbers: Vec<_> = self
            .proposed
            .iter()
            .filter(|p| matches!(p.found.value, FoundValue::Number { .. }))
            .collect();
        ratio(numbers.iter().filter(|p| p.correct).count(), numbers.len())
    }

    /// Precision of the engine's stances for claims of the other kinds: the
    /// share whose sentence holds a hidden curated stance of that claim.
    pub fn label_precision(&self) -> f64 {
        let labels: Vec<_> = self
            .proposed
            .iter()
            .filter(|p| matches!(p.found.value, FoundValue::Label(_)))
            .collect();
        ratio(
            labels.iter().filter(|p| p.sentence_correct).count(),
            labels.len(),
        )
    }

    /// Recall of the quote's sentence over stances of every kind.
    pub fn sentence_recall(&self) -> f64 {
        ratio(
            self.expected.iter().filter(|e| e.sentence_found).count(),
            self.expected.len(),
        )
    }
}

fn same_number(value: &FoundValue, amount: f64, qualifier: Qualifier) -> bool {
    matches!(value, FoundValue::Number { amount: a, qualifier: q, .. }
        if (a - amount).abs() <= amount.abs() * 1e-9 + 1e-9 && *q == qualifier)
}

/// The corpus with only editors' claims and stances: the answer key.
fn curated_only(corpus: &Corpus) -> Corpus {
    let mut record = corpus.to_record();
    record.claims.retain(|c| c.provenance == Origin::Curated);
    for claim in &mut record.claims {
        claim.stances.retain(|s| s.provenance == Origin::Curated);
        claim.searched.clear();
    }
    Corpus::from_record(&record).unwrap_or_else(|_| corpus.clone())
}

/// Hides each article's curated stances in turn, builds every claim's frame
/// from the other articles' stances (or its question alone when none are
/// left), finds the hidden article's stances and compares.
pub fn leave_one_out(corpus: &Corpus) -> LeaveOneOut {
    let corpus = &curated_only(corpus);
    let idf = Idf::of_corpus(corpus);
    let mut report = LeaveOneOut::default();
    for article in corpus.articles() {
        let frames: Vec<Frame> = corpus
            .claims()
            .iter()
            .map(|claim| {
                let kept: Vec<&Stance> = claim
                    .stances
                    .iter()
                    .filter(|s| s.article != article.id)
                    .collect();
                Frame::of_claim(corpus, claim, &kept)
            })
            .collect();
        let reading = read(article);
        let found = find(article, &reading, &frames, &[], &idf);
        let mut matched = vec![false; found.len()];
        let mut sentence_matched = vec![false; found.len()];
        for (c, claim) in corpus.claims().iter().enumerate() {
            for stance in claim.stances.iter().filter(|s| s.article == article.id) {
                let number = match &stance.value {
                    StanceValue::Number {
                        amount, qualifier, ..
                    } => Some((*amount, *qualifier)),
                    StanceValue::Label(_) => None,
                };
                let located = locate(corpus, stance);
                let of_claim = || found.iter().enumerate().filter(|(_, f)| f.frame == c);
                let value_hit = number.and_then(|(amount, qualifier)| {
                    of_claim()
                        .find(|(i, f)| !matched[*i] && same_number(&f.value, amount, qualifier))
                        .map(|(i, _)| i)
                });
                if let Some(i) = value_hit {
                    matched[i] = true;
                }
                let mut sentence_found = false;
                if let Some((block, range)) = &located {
                    for (i, f) in of_claim() {
                        if f.block == *block && f.sentence == *range {
                            sentence_found = true;
                            sentence_matched[i] = true;
                        }
                    }
                }
                report.expected.push(Expected {
                    claim: claim.id.to_string(),
                    article: article.id.to_string(),
                    kind: claim.kind,
                    number,
                    quote: stance.quote.clone(),
                    value_found: value_hit.is_some(),
                    sentence_found,
                });
            }
        }
        for (i, found) in found.into_iter().enumerate() {
            report.proposed.push(Proposed {
                claim: corpus.claims()[found.frame].id.to_string(),
                article: article.id.to_string(),
                correct: matched[i],
                sentence_correct: sentence_matched[i],
                found,
            });
        }
    }
    report
}

/// Discovery measured: which curated number claims come back.
#[derive(Clone, Debug, PartialEq)]
pub struct DiscoveryReport {
    pub suggestions: Vec<Suggestion>,
    /// Per curated number claim: its id and the suggestion (index) that
    /// recovers it, if any.
    pub recovered: Vec<(String, Option<usize>)>,
}

impl DiscoveryReport {
    pub fn recovered_count(&self) -> usize {
        self.recovered.iter().filter(|(_, s)| s.is_some()).count()
    }
}

/// Removes every claim, discovers suggestions, and checks each curated
/// number claim: it is recovered when one suggestion carries the curated
/// amount of at least two of the claim's articles (of its only article, for
/// a claim one article reports).
pub fn discovery(corpus: &Corpus) -> DiscoveryReport {
    let corpus = &curated_only(corpus);
    let mut record = corpus.to_record();
    record.claims.clear();
    let suggestions = match Corpus::from_record(&record) {
        Ok(without) => discover(&without),
        Err(_) => Vec::new(),
    };
    let recovered = recovered(corpus, &suggestions);
    DiscoveryReport {
        suggestions,
        recovered,
    }
}

/// Per curated number claim of `corpus`, the suggestion that recovers it.
pub fn recovered(corpus: &Corpus, suggestions: &[Suggestion]) -> Vec<(String, Option<usize>)> {
    corpus
        .claims()
        .iter()
        .filter(|c| c.kind == ClaimKind::Number)
        .map(|claim| {
            let mut articles: Vec<&crate::corpus::ArticleId> =
                claim.stances.iter().map(|s| &s.article).collect();
            articles.sort();
            articles.dedup();
            let needed = articles.len().min(2);
            let hit = suggestions.iter().position(|suggestion| {
                let agreeing = articles
                    .iter()
                    .filter(|article| {
                        claim.stances.iter().any(|stance| {
                            &&stance.article == *article
                                && match &stance.value {
                                    StanceValue::Number { amount, .. } => {
                                        suggestion.stances.iter().any(|f| {
                                            &&f.article == *article
                                                && matches!(f.value, FoundValue::Number { amount: a, .. } if (a - amount).abs() < 0.5)
                                        })
                                    }
                                    StanceValue::Label(_) => false,
                                }
                        })
                    })
                    .count();
                agreeing >= needed
            });
            (claim.id.to_string(), hit)
        })
        .collect()
}
