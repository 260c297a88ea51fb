//! A reader's review of what the claim engine found: confirm a found
//! stance, choose another sentence of the same article, reject one as not
//! about the claim, accept or dismiss a suggested claim, and make a claim
//! from a sentence. Each is a [`Decision`], kept in order in a list that is
//! saved like the reader's imports; undoing one removes it from the list.
//!
//! The list is applied to a corpus in two places (rules V1–V6):
//!
//! - V1. [`prepare`], before the engine runs: claims made from a sentence
//!   join the corpus with their one checked stance, so the engine builds
//!   their frames from it and finds the other articles' stances.
//! - V2. [`apply`], after the engine ran: a confirmed found stance becomes
//!   `checked` (the reader's, never an editor's); a chosen sentence
//!   replaces the found stance it was picked for (if any) with the
//!   reader's checked one; a rejected sentence is removed and recorded in the
//!   claim's `rejected` (the article stays in `searched`: the engine read
//!   it); an accepted suggestion becomes `checked` with the reader's
//!   question; a dismissed one is removed.
//! - V3. A later decision about the same thing (the same stance: claim,
//!   article and quote; or the same suggested claim) replaces an earlier
//!   one ([`add`]), so the list never holds two verdicts on one stance,
//!   while two stances of one article (two sources) are decided apart.
//! - V4. A decision whose target is gone (an import removed, the engine no
//!   longer finds that sentence) changes nothing and is reported as stale;
//!   it stays in the list, so it applies again if its target comes back.
//! - V5. A suggested claim left with no stance (every one rejected) is
//!   removed, as a format-1 claim needs one.
//! - V6. Nothing here touches an editor's claim or stance: decisions only
//!   act on `found` stances and claims, and on the reader's own.
//!
//! The result is validated as format 1 (quotes verbatim), so a download of
//! it passes `parallax-cli check`.

use crate::claim::Origin;
use crate::corpus::{Corpus, CorpusError};
pub use crate::wire::Decision;
use crate::wire::{ClaimRecord, CorpusRecord, RejectedRecord, StanceRecord};

/// What a decision is about: a claim, and for a stance its article and
/// quote (none: the claim itself, or an empty cell).
pub type Target<'a> = (&'a str, Option<&'a str>, Option<&'a str>);

/// What `decision` is about (V3).
pub fn target(decision: &Decision) -> Target<'_> {
    match decision {
        Decision::Confirm {
            claim,
            article,
            quote,
        }
        | Decision::Reject {
            claim,
            article,
            quote,
        } => (claim, Some(article), Some(quote)),
        Decision::Choose {
            claim,
            stance,
            replaces,
        } => (claim, Some(&stance.article), replaces.as_deref()),
        Decision::Accept { claim, .. } | Decision::Dismiss { claim, .. } => (claim, None, None),
        Decision::Compose { claim } => (&claim.id, None, None),
    }
}

/// The quote a decision leaves shown, where focus returns after it: the
/// confirmed or chosen sentence, the rejected one (its cell), none for a
/// claim.
pub fn shown_quote(decision: &Decision) -> Option<&str> {
    match decision {
        Decision::Confirm { quote, .. } | Decision::Reject { quote, .. } => Some(quote),
        Decision::Choose { stance, .. } => Some(&stance.quote),
        _ => None,
    }
}

/// `decisions` with `decision` added, replacing any earlier one about the
/// same target (V3).
pub fn add(decisions: &[Decision], decision: Decision) -> Vec<Decision> {
    let mut next: Vec<Decision> = decisions
        .iter()
        .filter(|d| target(d) != target(&decision))
        .cloned()
        .collect();
    next.push(decision);
    next
}

/// V1: `corpus` with the claims made from sentences added (those whose id
/// is free and whose stance still fits the corpus).
pub fn prepare(corpus: &Corpus, decisions: &[Decision]) -> Corpus {
    let composed: Vec<&ClaimRecord> = decisions
        .iter()
        .filter_map(|d| match d {
            Decision::Compose { claim } => Some(&**claim),
            _ => None,
        })
        .collect();
    if composed.is_empty() {
        return corpus.clone();
    }
    let mut record = corpus.to_record();
    for claim in composed {
        if record.claims.iter().any(|c| c.id == claim.id) {
            continue;
        }
        let mut with = record.clone();
        with.claims.push(claim.clone());
        // V4: one that no longer fits (its article removed) is left out.
        if Corpus::from_record(&with).is_ok() {
            record = with;
        }
    }
    Corpus::from_record(&record).unwrap_or_else(|_| corpus.clone())
}

/// What [`apply`] made of a list.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    pub corpus: Corpus,
    /// Indices of decisions whose target is gone (V4).
    pub stale: Vec<usize>,
}

/// V2–V6: `corpus` (the engine's result over [`prepare`]'s) with the
/// decisions applied in order. Errors only if the result does not
/// validate, which the rules prevent; the caller then keeps `corpus`.
pub fn apply(corpus: &Corpus, decisions: &[Decision]) -> Result<Applied, Vec<CorpusError>> {
    let mut record = corpus.to_record();
    let mut stale = Vec::new();
    for (i, decision) in decisions.iter().enumerate() {
        if !apply_one(&mut record, decision) {
            stale.push(i);
        }
    }
    // V5.
    record
        .claims
        .retain(|c| !(c.stances.is_empty() && c.provenance == Origin::Found));
    Ok(Applied {
        corpus: Corpus::from_record(&record)?,
        stale,
    })
}

/// Applies one decision; `false` when its target is not there.
fn apply_one(record: &mut CorpusRecord, decision: &Decision) -> bool {
    let (id, _, _) = target(decision);
    let Some(position) = record.claims.iter().position(|c| c.id == id) else {
        return false;
    };
    let claim = &mut record.claims[position];
    let found_at = |claim: &ClaimRecord, article: &str, quote: &str| {
        claim
            .stances
            .iter()
            .position(|s| s.provenance == Origin::Found && s.article == article && s.quote == quote)
    };
    match decision {
        Decision::Confirm { article, quote, .. } => match found_at(claim, article, quote) {
            Some(at) => {
                claim.stances[at].provenance = Origin::Checked;
                true
            }
            None => false,
        },
        Decision::Reject { article, quote, .. } => match found_at(claim, article, quote) {
            Some(at) => {
                claim.stances.remove(at);
                let rejected = RejectedRecord {
                    article: article.clone(),
                    quote: quote.clone(),
                };
                if !claim.rejected.contains(&rejected) {
                    claim.rejected.push(rejected);
                }
                if !claim.searched.contains(article) {
                    claim.searched.push(article.clone());
                }
                true
            }
            None => false,
        },
        Decision::Choose {
            stance, replaces, ..
        } => {
            // V6: an editor's stance for the article is never replaced.
            if claim
                .stances
                .iter()
                .any(|s| s.article == stance.article && s.provenance == Origin::Curated)
            {
                return false;
            }
            if let Some(quote) = replaces {
                match found_at(claim, &stance.article, quote) {
                    Some(at) => {
                        claim.stances.remove(at);
                    }
                    None => return false,
                }
            }
            // The same sentence and value already shown is replaced too.
            claim.stances.retain(|s| {
                !(s.article == stance.article
                    && s.quote == stance.quote
                    && s.value.text == stance.value.text)
            });
            claim.stances.push(StanceRecord {
                provenance: Origin::Checked,
                ..(**stance).clone()
            });
            if !claim.searched.contains(&stance.article) {
                claim.searched.push(stance.article.clone());
            }
            true
        }
        Decision::Accept { question, .. } => {
            if claim.provenance != Origin::Found || question.trim().is_empty() {
                return false;
            }
            claim.provenance = Origin::Checked;
            claim.question = question.trim().to_string();
            true
        }
        Decision::Dismiss { .. } => {
            if claim.provenance != Origin::Found {
                return false;
            }
            record.claims.remove(position);
            true
        }
        // V1 added it before the engine ran.
        Decision::Compose { .. } => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two articles; one editor's claim with a stance from the first and a
    /// found one from the second; one suggested claim.
    fn corpus() -> Corpus {
        let json = serde_json::json!({
            "format": 1,
            "outlets": [
                { "id": "a", "name": "A" },
                { "id": "b", "name": "B" }
            ],
            "articles": [
                {
                    "id": "a1", "outlet": "a",
                    "outlet_attribution": { "provenance": "stated" },
                    "headline": { "value": "Flood", "provenance": "stated" },
                    "blocks": [{ "kind": "paragraph",
                        "text": "At least 1,200 residents were evacuated, officials said." }]
                },
                {
                    "id": "b1", "outlet": "b",
                    "outlet_attribution": { "provenance": "stated" },
                    "headline": { "value": "Flood", "provenance": "stated" },
                    "blocks": [{ "kind": "paragraph",
                        "text": "Some 900 people left their homes. Two bridges closed." }]
                }
            ],
            "claims": [
                {
                    "id": "evacuated", "question": "How many residents were evacuated?",
                    "kind": "number",
                    "stances": [
                        { "article": "a1",
                          "quote": "At least 1,200 residents were evacuated, officials said.",
                          "source": "officials",
                          "value": { "text": "At least 1,200", "amount": 1200,
                                     "qualifier": "at_least", "unit": "residents" } },
                        { "article": "b1", "quote": "Some 900 people left their homes.",
                          "value": { "text": "Some 900", "amount": 900,
                                     "qualifier": "about", "unit": "people" },
                          "provenance": "found" }
                    ],
                    "searched": ["b1"]
                },
                {
                    "id": "suggested-bridges", "question": "How many bridges?",
                    "kind": "number", "provenance": "found",
                    "stances": [
                        { "article": "b1", "quote": "Two bridges closed.",
                          "value": { "text": "Two", "amount": 2, "unit": "bridges" },
                          "provenance": "found" }
                    ],
                    "searched": ["b1"]
                }
            ]
        });
        Corpus::parse(&json.to_string()).expect("test corpus is valid")
    }

    fn confirm() -> Decision {
        Decision::Confirm {
            claim: "evacuated".into(),
            article: "b1".into(),
            quote: "Some 900 people left their homes.".into(),
        }
    }

    fn reject() -> Decision {
        Decision::Reject {
            claim: "evacuated".into(),
            article: "b1".into(),
            quote: "Some 900 people left their homes.".into(),
        }
    }

    #[test]
    fn confirming_makes_the_found_stance_checked_and_nothing_else() {
        let applied = apply(&corpus(), &[confirm()]).unwrap();
        let claim = &applied.corpus.claims()[0];
        assert_eq!(claim.stances[0].origin, Origin::Curated);
        assert_eq!(claim.stances[1].origin, Origin::Checked);
        assert!(applied.stale.is_empty());
    }

    #[test]
    fn rejecting_removes_the_stance_and_records_the_sentence() {
        let applied = apply(&corpus(), &[reject()]).unwrap();
        let claim = &applied.corpus.claims()[0];
        assert_eq!(claim.stances.len(), 1);
        assert_eq!(claim.rejected.len(), 1);
        assert_eq!(claim.rejected[0].quote, "Some 900 people left their homes.");
        assert!(claim.searched.iter().any(|a| a.as_str() == "b1"));
    }

    #[test]
    fn a_later_decision_on_the_same_stance_replaces_the_earlier() {
        let decisions = add(&add(&[], confirm()), reject());
        assert_eq!(decisions, vec![reject()]);
    }

    #[test]
    fn undoing_is_removing_the_decision() {
        let decisions = add(&[], reject());
        let undone: Vec<Decision> = decisions.into_iter().filter(|d| *d != reject()).collect();
        let applied = apply(&corpus(), &undone).unwrap();
        assert_eq!(applied.corpus, corpus());
    }

    #[test]
    fn choosing_a_sentence_replaces_the_found_stance_with_a_checked_one() {
        let stance: StanceRecord = serde_json::from_value(serde_json::json!({
            "article": "b1", "quote": "Some 900 people left their homes.",
            "value": { "text": "900", "amount": 900, "unit": "people" },
            "provenance": "found"
        }))
        .unwrap();
        let decision = Decision::Choose {
            claim: "evacuated".into(),
            stance: Box::new(stance),
            replaces: Some("Some 900 people left their homes.".into()),
        };
        let applied = apply(&corpus(), &[decision]).unwrap();
        let claim = &applied.corpus.claims()[0];
        assert_eq!(claim.stances.len(), 2);
        assert_eq!(claim.stances[1].origin, Origin::Checked);
        assert_eq!(claim.stances[1].value_text, "900");
    }

    #[test]
    fn an_editors_stance_is_never_replaced_by_a_choice() {
        let stance: StanceRecord = serde_json::from_value(serde_json::json!({
            "article": "a1", "quote": "At least 1,200 residents were evacuated, officials said.",
            "value": { "text": "1,200", "amount": 1200, "unit": "residents" }
        }))
        .unwrap();
        let decision = Decision::Choose {
            claim: "evacuated".into(),
            stance: Box::new(stance),
            replaces: None,
        };
        let applied = apply(&corpus(), &[decision]).unwrap();
        assert_eq!(applied.corpus, corpus());
        assert_eq!(applied.stale, vec![0]);
    }

    #[test]
    fn accepting_a_suggestion_keeps_its_stances_unchecked() {
        let decision = Decision::Accept {
            claim: "suggested-bridges".into(),
            question: " How many bridges were closed? ".into(),
        };
        let applied = apply(&corpus(), &[decision]).unwrap();
        let claim = &applied.corpus.claims()[1];
        assert_eq!(claim.origin, Origin::Checked);
        assert_eq!(claim.question, "How many bridges were closed?");
        assert_eq!(claim.stances[0].origin, Origin::Found);
    }

    #[test]
    fn dismissing_or_rejecting_every_stance_removes_a_suggestion() {
        let dismiss = Decision::Dismiss {
            claim: "suggested-bridges".into(),
            question: "How many bridges?".into(),
        };
        assert_eq!(
            apply(&corpus(), &[dismiss]).unwrap().corpus.claims().len(),
            1
        );
        let reject = Decision::Reject {
            claim: "suggested-bridges".into(),
            article: "b1".into(),
            quote: "Two bridges closed.".into(),
        };
        assert_eq!(
            apply(&corpus(), &[reject]).unwrap().corpus.claims().len(),
            1
        );
    }

    #[test]
    fn an_editors_claim_cannot_be_dismissed_and_a_gone_target_is_stale() {
        let decisions = [
            Decision::Dismiss {
                claim: "evacuated".into(),
                question: String::new(),
            },
            Decision::Confirm {
                claim: "evacuated".into(),
                article: "b1".into(),
                quote: "Not in the corpus.".into(),
            },
        ];
        let applied = apply(&corpus(), &decisions).unwrap();
        assert_eq!(applied.corpus, corpus());
        assert_eq!(applied.stale, vec![0, 1]);
    }

    #[test]
    fn a_composed_claim_joins_before_the_engine_and_survives_a_round_trip() {
        let claim: ClaimRecord = serde_json::from_value(serde_json::json!({
            "id": "reader-bridges", "question": "How many bridges closed?",
            "kind": "number", "provenance": "checked",
            "stances": [{ "article": "b1", "quote": "Two bridges closed.",
                "value": { "text": "Two", "amount": 2, "unit": "bridges" },
                "provenance": "checked" }]
        }))
        .unwrap();
        let decisions = vec![Decision::Compose {
            claim: Box::new(claim),
        }];
        let prepared = prepare(&corpus(), &decisions);
        assert_eq!(prepared.claims().len(), 3);
        let text = serde_json::to_string(&decisions).unwrap();
        let back: Vec<Decision> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, decisions);
        let applied = apply(&prepared, &decisions).unwrap();
        let printed = serde_json::to_string(&applied.corpus.to_record()).unwrap();
        assert!(Corpus::parse(&printed).is_ok());
    }

    #[test]
    fn two_stances_of_one_article_are_decided_apart() {
        let mut record = corpus().to_record();
        let second: StanceRecord = serde_json::from_value(serde_json::json!({
            "article": "b1", "quote": "Two bridges closed.",
            "value": { "text": "Two", "amount": 2, "unit": "bridges" },
            "provenance": "found"
        }))
        .unwrap();
        record.claims[0].stances.push(second);
        let corpus = Corpus::from_record(&record).unwrap();
        let decisions = add(
            &add(&[], confirm()),
            Decision::Confirm {
                claim: "evacuated".into(),
                article: "b1".into(),
                quote: "Two bridges closed.".into(),
            },
        );
        assert_eq!(decisions.len(), 2);
        let applied = apply(&corpus, &decisions).unwrap();
        let origins: Vec<Origin> = applied.corpus.claims()[0]
            .stances
            .iter()
            .map(|s| s.origin)
            .collect();
        assert_eq!(origins, [Origin::Curated, Origin::Checked, Origin::Checked]);
    }
}
