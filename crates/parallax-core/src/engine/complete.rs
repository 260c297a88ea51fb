//! A corpus completed by the engine, as a format-1 record: what
//! `parallax-cli claims` prints and what the build bundles for the
//! widget.
//!
//! Rules:
//!
//! - C1. The engine's earlier results are computed again, so a run on its
//!   own output gives the same output: a claim with at least one curated
//!   stance loses its found stances and its `searched`; with suggestions,
//!   every suggested (found) claim is dropped, except the curated stances
//!   an editor put in one, which stay, in a claim of their own kept as it
//!   was. A claim with no curated stance keeps everything it has (there is
//!   nothing to build its frame from).
//! - C2. Every claim's frame is built from its curated stances only; for
//!   each article with no curated stance for the claim and not already in
//!   its `searched`, the stances found there are added, marked `found`, and
//!   the article is listed in `searched` (found or not: the engine looked).
//!   This is [`Run`](super::run::Run), the same steps the widget takes.
//! - C3. Curated claims and stances keep their meaning and order (the JSON
//!   is written in the format's own form: absent and `null` optional fields
//!   are the same); found stances follow a claim's curated ones.
//! - C4. With suggestions, every claim [`discover`] suggests is appended,
//!   marked `found`, with an id made from its question
//!   ("suggested-how-many-nurses-are-on-strike"); its `searched` lists every
//!   article discovery read (all of them): one without a stance reads "not
//!   found by Parallax", which is what happened, even when its figure went
//!   to another suggestion (a reader can pick that sentence instead).
//! - C5. A found figure whose sentence names no unit and whose claim's
//!   stances name none either is left out: the engine does not invent a
//!   unit.

use super::discover::{Suggestion, discover};
use super::find::{Found, FoundValue};
use super::run::Run;
use crate::claim::{ClaimKind, Origin};
use crate::corpus::Corpus;
use crate::wire::{ClaimRecord, CorpusRecord, ScopeParts, ScopeRecord, StanceRecord, ValueRecord};

/// `corpus` with the engine's stances (and, with `suggest`, its suggested
/// claims) added (C1–C5). The result is valid format 1.
pub fn complete(corpus: &Corpus, suggest: bool) -> CorpusRecord {
    let mut record = corpus.to_record();
    // C1.
    if suggest {
        record.claims.retain(|c| {
            c.provenance.by_person() || c.stances.iter().any(|s| s.provenance.by_person())
        });
        for claim in record
            .claims
            .iter_mut()
            .filter(|c| c.provenance == Origin::Found)
        {
            claim.stances.retain(|s| s.provenance.by_person());
        }
    }
    for claim in &mut record.claims {
        if claim.stances.iter().any(|s| s.provenance.by_person()) {
            claim.stances.retain(|s| s.provenance.by_person());
            claim.searched.clear();
        }
    }
    let Ok(curated) = Corpus::from_record(&record) else {
        return record;
    };
    // C2.
    let mut run = Run::new(&curated);
    while run.step(&curated) {}
    let Ok(found) = run.finish(&curated) else {
        return record;
    };
    let mut record = found.to_record();
    // C4.
    if suggest {
        let mut ids: Vec<String> = record.claims.iter().map(|c| c.id.clone()).collect();
        let read: Vec<String> = curated
            .articles()
            .iter()
            .map(|a| a.id.to_string())
            .collect();
        for suggestion in discover(&curated) {
            if let Some(claim) = suggestion_record(&suggestion, &ids, &read) {
                ids.push(claim.id.clone());
                record.claims.push(claim);
            }
        }
    }
    record
}

/// A suggested claim as a format-1 record (C4), marked `found`, with an id
/// not in `taken` and the articles discovery `read` as searched; `None`
/// when none of its stances can be written (C5).
pub fn suggestion_record(
    suggestion: &Suggestion,
    taken: &[String],
    read: &[String],
) -> Option<ClaimRecord> {
    let stances: Vec<StanceRecord> = suggestion
        .stances
        .iter()
        .filter_map(stance_record)
        .collect();
    if stances.is_empty() {
        return None;
    }
    let searched = read.to_vec();
    Some(ClaimRecord {
        id: unique_id(
            "suggested",
            &suggestion.question,
            &taken.iter().map(String::as_str).collect::<Vec<_>>(),
        ),
        question: suggestion.question.clone(),
        kind: ClaimKind::Number,
        provenance: Origin::Found,
        stances,
        searched,
        rejected: Vec::new(),
    })
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
            // A range is said in the scope's text, with the other parts.
            let text = upper.map(|upper| {
                let range = format!(
                    "range {} to {}",
                    crate::claim::format_amount(*amount),
                    crate::claim::format_amount(upper)
                );
                [
                    found.scope.place.clone(),
                    found.scope.time.clone(),
                    Some(range),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ")
            });
            let parts = ScopeParts {
                text,
                place: found.scope.place.clone(),
                when: found.scope.time_class,
                time: found.scope.time.clone(),
                counted: None,
            };
            let any = parts.text.is_some()
                || parts.place.is_some()
                || parts.when.is_some()
                || parts.time.is_some();
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
        said_on: found
            .said_on
            .as_ref()
            .map(|(date, basis)| crate::wire::DateRecord {
                date: date.iso(),
                until: None,
                precision: crate::wire::DatePrecision::Day,
                provenance: crate::wire::Provenance::Inferred,
                basis: Some(basis.clone()),
            }),
        value,
        provenance: Origin::Found,
    })
}

/// `prefix`, a hyphen and the question's first eight words, lower case,
/// hyphenated ("suggested-how-many-nurses-are-on-strike"), made unique
/// among `taken` with a number.
pub(crate) fn unique_id(prefix: &str, question: &str, taken: &[&str]) -> String {
    let words: Vec<String> = crate::normalize::fold(question)
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .map(str::to_string)
        .collect();
    let base = if words.is_empty() {
        format!("{prefix}-claim")
    } else {
        format!("{prefix}-{}", words.join("-"))
    };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id.as_str()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}
