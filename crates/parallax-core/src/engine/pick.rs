//! Sentences a reader picks: the stances one article's sentences could give
//! for a claim ("Pick another sentence"), and a new claim made from one
//! sentence ("Compare as a claim").
//!
//! Rules:
//!
//! - K1. For a number claim, every figure of the article with a unit (its
//!   own or the claim's) is a candidate, ranked by the claim's frame score
//!   (built from the stances people stand behind, else from all) plus 1
//!   when it names a unit word the claim's stances use ("passengers"
//!   before "people": the frame's classes put both among people); for the
//!   other kinds every sentence that is not a subhead or a question,
//!   ranked as F3 ranks them. Candidates are whole sentences, read as the
//!   engine reads them (value, qualifier, unit, scope, attribution), so the
//!   reader picks the sentence and the engine fills in the rest.
//! - K2. A claim from a sentence takes the sentence's first figure with a
//!   unit: the question is D4's ("How many residents were evacuated?"),
//!   the kind `number`. A sentence without one gives a position or event
//!   claim (a position when a cue word carries it, L1), asked as "What is
//!   reported about …?" with the sentence's first words. The sentence's
//!   stance and the claim are marked `checked`: the reader made them.

use std::ops::Range;

use super::complete::stance_record;
use super::discover::question;
use super::find::{MENTIONED, cue_families, label_found, number_found, read};
use super::frame::{Frame, Idf, cosine};
use crate::claim::{Claim, ClaimKind, Origin};
use crate::corpus::{Block, Corpus};
use crate::matching::text::sentences;
use crate::wire::{ClaimRecord, StanceRecord};

/// K1: up to `limit` stances `article` could give for `claim`, best first,
/// each a whole sentence read by the engine (marked `found`).
pub fn candidates(
    corpus: &Corpus,
    claim: &Claim,
    article: &str,
    limit: usize,
) -> Vec<StanceRecord> {
    let Some(article) = corpus.articles().iter().find(|a| a.id.as_str() == article) else {
        return Vec::new();
    };
    let people: Vec<_> = claim
        .stances
        .iter()
        .filter(|s| s.origin.by_person())
        .collect();
    let examples = if people.is_empty() {
        claim.stances.iter().collect()
    } else {
        people
    };
    let frame = Frame::of_claim(corpus, claim, &examples);
    let idf = Idf::of_corpus(corpus);
    let reading = read(article);
    let mut scored: Vec<(f64, StanceRecord)> = Vec::new();
    if claim.kind == ClaimKind::Number {
        let units: Vec<String> = examples
            .iter()
            .filter_map(|s| match &s.value {
                crate::claim::StanceValue::Number { unit, .. } => {
                    Some(crate::normalize::fold(unit))
                }
                _ => None,
            })
            .collect();
        for located in &reading.statements {
            let same_unit = located
                .statement
                .unit
                .as_deref()
                .is_some_and(|u| units.contains(&crate::normalize::fold(u)));
            let score = frame.score(&located.statement, &located.terms, &idf)
                + f64::from(u8::from(same_unit));
            let found = number_found(article, located, 0, frame.unit.as_deref(), score);
            scored.extend(stance_record(&found).map(|record| (score, record)));
        }
    } else {
        for (block, range, terms) in &reading.sentences {
            let text = article.blocks[*block].text();
            let sentence = &text[range.clone()];
            if matches!(article.blocks[*block], Block::Subhead(_))
                || sentence.trim_end().ends_with('?')
            {
                continue;
            }
            let cue = frame.cues != 0 && cue_families(sentence) & frame.cues != 0;
            let score = 0.8 * cosine(terms, &frame.terms, &idf) + 0.2 * f64::from(u8::from(cue));
            let found = label_found(article, *block, range.clone(), 0, score);
            scored.extend(stance_record(&found).map(|record| (score, record)));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut seen: Vec<(String, String)> = Vec::new();
    scored
        .into_iter()
        .filter(|(_, s)| {
            let key = (s.quote.clone(), s.value.text.clone());
            let new = !seen.contains(&key);
            seen.push(key);
            new
        })
        .map(|(_, s)| s)
        .take(limit)
        .collect()
}

/// K2: a claim made from `sentence` (verbatim words of block `block` of
/// `article`), with an id not used in `corpus`; `None` when the sentence is
/// not in that block or gives nothing the format can hold.
pub fn claim_from_sentence(
    corpus: &Corpus,
    article: &str,
    block: usize,
    sentence: &str,
) -> Option<ClaimRecord> {
    let article = corpus
        .articles()
        .iter()
        .find(|a| a.id.as_str() == article)?;
    let text = article.blocks.get(block)?.text();
    let start = text.find(sentence.trim())?;
    let range: Range<usize> = start..start + sentence.trim().len();
    let reading = read(article);
    let number = reading.statements.iter().find(|l| {
        l.block == block
            && l.sentence.start < range.end
            && range.start < l.sentence.end
            && l.statement.unit.is_some()
    });
    let (question, kind, stance) = match number {
        Some(located) => {
            let found = number_found(article, located, 0, None, 1.0);
            (
                question(&located.statement),
                ClaimKind::Number,
                stance_record(&found)?,
            )
        }
        None => {
            // The sentence as the segmenter cut it, so the quote is whole.
            let cut = sentences(text)
                .into_iter()
                .find(|r| r.start <= range.start && range.start < r.end)
                .unwrap_or(range);
            let found = label_found(article, block, cut.clone(), 0, 1.0);
            let stance = stance_record(&found)?;
            let kind = if stance.value.label.as_deref() == Some(MENTIONED) {
                ClaimKind::Event
            } else {
                ClaimKind::Position
            };
            let opening: Vec<&str> = text[cut]
                .trim_end_matches(['.', '!', '"', '”'])
                .split_whitespace()
                .take(10)
                .collect();
            (
                format!("What is reported about “{}…”?", opening.join(" ")),
                kind,
                stance,
            )
        }
    };
    let taken: Vec<&str> = corpus.claims().iter().map(|c| c.id.as_str()).collect();
    Some(ClaimRecord {
        id: super::complete::unique_id("reader", &question, &taken),
        question,
        kind,
        provenance: Origin::Checked,
        stances: vec![StanceRecord {
            provenance: Origin::Checked,
            ..stance
        }],
        searched: vec![article.id.to_string()],
        rejected: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::{Decision, prepare};

    fn corpus() -> Corpus {
        let article = |id: &str, outlet: &str, text: &str| {
            serde_json::json!({
                "id": id, "outlet": outlet,
                "outlet_attribution": { "provenance": "stated" },
                "headline": { "value": "Ferry aground", "provenance": "stated" },
                "published": { "date": "2025-09-15", "precision": "day", "provenance": "stated" },
                "blocks": [{ "kind": "paragraph", "text": text }]
            })
        };
        let json = serde_json::json!({
            "format": 1,
            "outlets": [
                { "id": "herald", "name": "Herald" },
                { "id": "tide", "name": "Tide" }
            ],
            "articles": [
                article("herald-1", "herald",
                    "The ferry sailed at 9 p.m. There were 212 passengers on board, the operator said. The captain declined to comment."),
                article("tide-1", "tide",
                    "Roughly 200 passengers were on board, according to the coastguard. Two helicopters flew to the scene.")
            ]
        });
        Corpus::parse(&json.to_string()).unwrap()
    }

    #[test]
    fn a_figure_sentence_makes_a_number_claim_and_the_engine_finds_the_other_outlet() {
        let corpus = corpus();
        let claim = claim_from_sentence(
            &corpus,
            "herald-1",
            0,
            "There were 212 passengers on board, the operator said.",
        )
        .unwrap();
        assert_eq!(claim.kind, ClaimKind::Number);
        assert_eq!(claim.provenance, Origin::Checked);
        assert!(claim.id.starts_with("reader-"), "{}", claim.id);
        assert!(claim.question.contains("passengers"), "{}", claim.question);
        assert_eq!(claim.stances[0].value.amount, Some(212.0));
        assert_eq!(claim.stances[0].source.as_deref(), Some("the operator"));

        let prepared = prepare(
            &corpus,
            &[Decision::Compose {
                claim: Box::new(claim),
            }],
        );
        let mut run = super::super::run::Run::new(&prepared);
        while run.step(&prepared) {}
        let done = run.finish(&prepared).unwrap();
        let stances = &done.claims()[0].stances;
        let tide = stances
            .iter()
            .find(|s| s.article.as_str() == "tide-1")
            .unwrap();
        assert_eq!(tide.origin, Origin::Found);
        assert_eq!(tide.value_text, "Roughly 200");
    }

    #[test]
    fn a_sentence_without_a_figure_makes_a_position_claim() {
        let claim =
            claim_from_sentence(&corpus(), "herald-1", 0, "The captain declined to comment.")
                .unwrap();
        assert_eq!(claim.kind, ClaimKind::Position);
        assert_eq!(claim.stances[0].quote, "The captain declined to comment.");
        assert!(claim.question.starts_with("What is reported about"));
    }

    #[test]
    fn a_sentence_not_in_the_block_makes_nothing() {
        assert!(claim_from_sentence(&corpus(), "herald-1", 0, "Not there.").is_none());
        assert!(claim_from_sentence(&corpus(), "herald-1", 3, "The ferry sailed.").is_none());
    }

    #[test]
    fn candidates_rank_the_figure_about_the_same_thing_first() {
        let corpus = corpus();
        let claim = claim_from_sentence(
            &corpus,
            "herald-1",
            0,
            "There were 212 passengers on board, the operator said.",
        )
        .unwrap();
        let prepared = prepare(
            &corpus,
            &[Decision::Compose {
                claim: Box::new(claim),
            }],
        );
        let picks = candidates(&prepared, &prepared.claims()[0], "tide-1", 5);
        assert_eq!(picks[0].value.text, "Roughly 200");
        assert!(picks.iter().all(|p| p.provenance == Origin::Found));
        assert!(picks.iter().any(|p| p.value.text == "Two"));
    }

    /// F1's exception: a reader's claim gets figures an editor's claim
    /// already answers in the same article.
    #[test]
    fn a_readers_claim_finds_figures_an_editors_claim_also_answers() {
        let corpus = Corpus::parse_bundled().unwrap();
        let claim = claim_from_sentence(
            &corpus,
            "kontur-how-far-russia-has-fallen",
            corpus
                .articles()
                .iter()
                .find(|a| a.id.as_str() == "kontur-how-far-russia-has-fallen")
                .unwrap()
                .blocks
                .iter()
                .position(|b| b.text().contains("Pyongyang plans to deploy 10,000"))
                .unwrap(),
            "Pyongyang plans to deploy 10,000 soldiers to Russia by December, Seoul says.",
        )
        .unwrap();
        let id = claim.id.clone();
        let prepared = prepare(
            &corpus,
            &[Decision::Compose {
                claim: Box::new(claim),
            }],
        );
        let mut run = super::super::run::Run::new(&prepared);
        while run.step(&prepared) {}
        let done = run.finish(&prepared).unwrap();
        let claim = done.claims().iter().find(|c| c.id.as_str() == id).unwrap();
        let others: Vec<&str> = claim.stances[1..]
            .iter()
            .map(|s| s.article.as_str())
            .collect();
        assert!(others.contains(&"nyt-what-we-know"), "{others:?}");
        assert!(others.contains(&"abc-allies-on-edge"), "{others:?}");
        // The editors' rows are unchanged.
        let before: Vec<_> = corpus.claims().to_vec();
        assert_eq!(&done.claims()[..before.len()], &before[..]);
    }
}
