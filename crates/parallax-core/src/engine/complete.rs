//! A corpus completed by the engine, as a format-1 record: what
//! `parallax-cli claims` prints and what the build bundles for the
//! widget.
//!
//! Rules:
//!
//! - C1. The engine's earlier results in the input (claims and stances
//!   whose provenance is `found`) are dropped and computed again, so a run
//!   on its own output gives the same output.
//! - C2. Every claim's frame is built from its curated stances only; for
//!   each article with no curated stance for the claim, the stances found
//!   there are added, marked `found`, and the article is listed in the
//!   claim's `searched` (found or not: the engine looked).
//! - C3. Curated claims and stances are copied unchanged, in order; found
//!   stances follow a claim's curated ones.
//! - C4. With suggestions, every claim [`discover`] suggests is appended,
//!   marked `found`, with an id made from its question
//!   ("suggested-how-many-nurses-are-on-strike") and every article listed
//!   in `searched`.
//! - C5. A found figure whose sentence names no unit and whose claim's
//!   stances name none either is left out: the engine does not invent a
//!   unit.

use super::discover::discover;
use super::find::{Found, FoundValue, find, read};
use super::frame::{Frame, Idf};
use crate::claim::{ClaimKind, Origin};
use crate::corpus::Corpus;
use crate::wire::{ClaimRecord, CorpusRecord, ScopeParts, ScopeRecord, StanceRecord, ValueRecord};

/// `corpus` with the engine's stances (and, with `suggest`, its suggested
/// claims) added (C1–C5). The result is valid format 1.
pub fn complete(corpus: &Corpus, suggest: bool) -> CorpusRecord {
    let mut record = corpus.to_record();
    // C1.
    record.claims.retain(|c| c.provenance == Origin::Curated);
    for claim in &mut record.claims {
        claim.stances.retain(|s| s.provenance == Origin::Curated);
        claim.searched.clear();
    }
    let Ok(curated) = Corpus::from_record(&record) else {
        return record;
    };
    let idf = Idf::of_corpus(&curated);
    let frames: Vec<Frame> = curated
        .claims()
        .iter()
        .map(|claim| {
            let stances: Vec<_> = claim.stances.iter().collect();
            Frame::of_claim(&curated, claim, &stances)
        })
        .collect();
    for article in curated.articles() {
        let skip: Vec<bool> = curated
            .claims()
            .iter()
            .map(|c| c.stances.iter().any(|s| s.article == article.id))
            .collect();
        let reading = read(article);
        let found = find(article, &reading, &frames, &skip, &idf);
        for (i, claim) in record.claims.iter_mut().enumerate() {
            if skip[i] {
                continue;
            }
            claim.searched.push(article.id.to_string());
            for stance in found.iter().filter(|f| f.frame == i) {
                if let Some(stance) = stance_record(stance) {
                    claim.stances.push(stance);
                }
            }
        }
    }
    // A curated claim keeps its stances; `searched` alone is not a stance.
    if suggest {
        let mut ids: Vec<String> = record.claims.iter().map(|c| c.id.clone()).collect();
        for suggestion in discover(&curated) {
            let stances: Vec<StanceRecord> = suggestion
                .stances
                .iter()
                .filter_map(stance_record)
                .collect();
            if stances.is_empty() {
                continue;
            }
            let id = unique_id(&suggestion.question, &ids);
            ids.push(id.clone());
            record.claims.push(ClaimRecord {
                id,
                question: suggestion.question.clone(),
                kind: ClaimKind::Number,
                provenance: Origin::Found,
                stances,
                searched: curated
                    .articles()
                    .iter()
                    .map(|a| a.id.to_string())
                    .collect(),
            });
        }
    }
    record
}

/// A found stance as a format-1 record (C5), marked `found`.
pub fn stance_record(found: &Found) -> Option<StanceRecord> {
    let value = match &found.value {
        FoundValue::Number {
            amount,
            upper,
            qualifier,
            unit,
        } => {
            if unit.trim().is_empty() {
                return None;
            }
            let mut time = found.scope.time.clone();
            if let Some(upper) = upper {
                let range = format!(
                    "range {} to {}",
                    crate::claim::format_amount(*amount),
                    crate::claim::format_amount(*upper)
                );
                time = Some(match time {
                    Some(time) => format!("{range}, {time}"),
                    None => range,
                });
            }
            let parts = ScopeParts {
                text: None,
                place: found.scope.place.clone(),
                when: found.scope.time_class,
                time,
                counted: None,
            };
            let any = parts.place.is_some() || parts.when.is_some() || parts.time.is_some();
            ValueRecord {
                text: found.value_text.clone(),
                amount: Some(*amount),
                qualifier: Some(*qualifier),
                unit: Some(unit.clone()),
                label: None,
                scope: any.then_some(ScopeRecord::Parts(parts)),
            }
        }
        FoundValue::Label(label) => ValueRecord {
            text: found.value_text.clone(),
            amount: None,
            qualifier: None,
            unit: None,
            label: Some(label.clone()),
            scope: None,
        },
    };
    Some(StanceRecord {
        article: found.article.to_string(),
        quote: found.quote.clone(),
        source: found.source.clone(),
        via: found.via.clone(),
        said_on: None,
        value,
        provenance: Origin::Found,
    })
}

/// "suggested-" and the question's words, lower case, hyphenated, made
/// unique among `taken` with a number.
fn unique_id(question: &str, taken: &[String]) -> String {
    let words: Vec<String> = crate::normalize::fold(question)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .map(str::to_string)
        .collect();
    let base = if words.is_empty() {
        "suggested-claim".to_string()
    } else {
        format!("suggested-{}", words.join("-"))
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}
