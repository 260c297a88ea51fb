//! Claim frames: what a claim asks, in a form a sentence can be scored
//! against. A frame holds the kind, the classes of unit it counts (its
//! measured entity), the time classes of its scope, and weighted terms: the
//! question's words and the words around the value in each example
//! sentence, nearer words weighing more.
//!
//! A frame is built from a claim's curated stances ([`Frame::of_claim`]),
//! from a question alone ([`Frame::of_question`]) or from one sentence a
//! reader picks ([`Frame::of_sentence`]).
//!
//! Scoring a statement against a frame ([`Frame::score`]), 0 to 1:
//! `unit · (0.8 · lexical + 0.2) · time`, where `unit` is the best
//! affinity of the statement's unit class with the frame's (0.5 when the
//! statement has no unit, 0.8 when the frame names none), `lexical` the cosine of idf-weighted terms, and
//! `time` 1 when the time classes agree or either is unknown and 0.55 when
//! they differ ("now" against "by December") or the statement is about an
//! earlier time and the frame's examples are not. The amount plays no part: a
//! different figure for the same frame is the disagreement Parallax exists
//! to show.

use std::collections::HashMap;

use rust_stemmers::Stemmer;

use super::statement::{Statement, TimeClass, clause_of};
use super::words::{CUES, FUNCTION_WORDS, Word, unit_class, words};
use crate::claim::{Claim, ClaimKind, Stance, StanceValue};
use crate::corpus::Corpus;
use crate::matching::text::sentences;

/// Term weights: stem → weight.
pub type Terms = HashMap<String, f64>;

/// What a claim asks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    pub kind: Option<ClaimKind>,
    /// Unit classes counted, with how many examples had each.
    pub unit_classes: Vec<(String, f64)>,
    /// The unit to give a found figure whose sentence names none: the
    /// examples' unit, as an editor wrote it.
    pub unit: Option<String>,
    pub time_classes: Vec<TimeClass>,
    pub terms: Terms,
    /// The stance cue families of its examples (`find::cue_families`), for
    /// claims of the other kinds.
    pub cues: u8,
    /// A claim a reader made or accepted (origin `checked`): F1 scores
    /// every statement against it on its own.
    pub reader: bool,
}

/// Document frequencies of stems over a corpus's sentences, for idf.
#[derive(Clone, Debug, Default)]
pub struct Idf {
    df: HashMap<String, usize>,
    n: usize,
}

impl Idf {
    /// Counts every stem once per sentence of every block of `corpus`.
    pub fn of_corpus(corpus: &Corpus) -> Self {
        let mut idf = Self::default();
        for article in corpus.articles() {
            idf.add_article(article);
        }
        idf
    }

    /// Counts one article's sentences (a step of a sliced run).
    pub fn add_article(&mut self, article: &crate::corpus::Article) {
        let stemmer = crate::matching::text::english();
        for block in &article.blocks {
            let text = block.text();
            for range in sentences(text) {
                let all = words(&text[range]);
                let mut seen: Vec<String> = all.iter().filter_map(|w| stem(stemmer, w)).collect();
                seen.sort();
                seen.dedup();
                for term in seen {
                    *self.df.entry(term).or_default() += 1;
                }
                self.n += 1;
            }
        }
    }

    /// From document frequencies counted elsewhere (the matcher's index).
    pub fn from_counts(df: impl Iterator<Item = (String, usize)>, n: usize) -> Self {
        Self {
            df: df.collect(),
            n,
        }
    }

    /// `ln(1 + (n - df + 0.5) / (df + 0.5))`, as BM25 weighs terms.
    pub fn weight(&self, term: &str) -> f64 {
        let n = self.n as f64;
        let df = self.df.get(term).copied().unwrap_or(0) as f64;
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }
}

/// A word's stem, or `None` for function words, cues, figures and marks.
pub fn stem(stemmer: &Stemmer, word: &Word) -> Option<String> {
    let folded = word
        .folded
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .trim_matches('\'');
    if word.punct
        || folded.len() < 2
        || FUNCTION_WORDS.contains(&folded)
        || CUES.contains(&folded)
        || folded.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    Some(crate::matching::text::concept(&stemmer.stem(folded)).to_string())
}

/// The terms around word `at` of a sentence, within `statement::WINDOW`
/// words: weight `1 / (1 + d / 4)` for a word `d` words away, times 0.4
/// outside the word's clause; words inside `skip` (the attribution's
/// source) left out.
pub fn context_terms(all: &[Word], at: usize, skip: &[std::ops::Range<usize>]) -> Terms {
    let stemmer = crate::matching::text::english();
    let clause = clause_of(all, at);
    let mut terms = Terms::new();
    let near =
        at.saturating_sub(super::statement::WINDOW)..(at + super::statement::WINDOW).min(all.len());
    for (i, word) in all.iter().enumerate().take(near.end).skip(near.start) {
        if skip
            .iter()
            .any(|r| r.start <= word.span.start && word.span.end <= r.end)
        {
            continue;
        }
        let Some(term) = stem(stemmer, word).or_else(|| phrase_term(all, i)) else {
            continue;
        };
        let distance = i.abs_diff(at) as f64;
        let mut weight = 1.0 / (1.0 + distance / 4.0);
        if !clause.contains(&i) {
            weight *= 0.4;
        }
        let slot = terms.entry(term).or_default();
        *slot = slot.max(weight);
    }
    terms
}

/// Every term of a text, weight 1.
pub fn plain_terms(text: &str) -> Terms {
    let stemmer = crate::matching::text::english();
    let all = words(text);
    all.iter()
        .enumerate()
        .filter_map(|(i, w)| stem(stemmer, w).or_else(|| phrase_term(&all, i)))
        .map(|t| (t, 1.0))
        .collect()
}

/// A term for a phrase of function words that carries a scope: "in all"
/// and "in total" are one notion ("total"), as "a total of" is.
fn phrase_term(all: &[Word], i: usize) -> Option<String> {
    let next = all.get(i + 1).map(|w| w.folded.as_str());
    (all[i].folded == "in" && next == Some("all")).then(|| "total".to_string())
}

/// The idf-weighted cosine of two term sets, 0 to 1.
pub fn cosine(a: &Terms, b: &Terms, idf: &Idf) -> f64 {
    let norm = |terms: &Terms| {
        terms
            .iter()
            .map(|(t, w)| (w * idf.weight(t)).powi(2))
            .sum::<f64>()
            .sqrt()
    };
    let (na, nb) = (norm(a), norm(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let dot: f64 = a
        .iter()
        .filter_map(|(t, wa)| b.get(t).map(|wb| wa * wb * idf.weight(t).powi(2)))
        .sum();
    (dot / (na * nb)).min(1.0)
}

fn add_terms(into: &mut Terms, from: &Terms, scale: f64) {
    for (term, weight) in from {
        *into.entry(term.clone()).or_default() += weight * scale;
    }
}

/// Where a stance's quote sits in its article: the block and the sentence
/// (byte range in the block) that holds the quote's start.
pub fn locate(corpus: &Corpus, stance: &Stance) -> Option<(usize, std::ops::Range<usize>)> {
    let article = corpus.article(&stance.article)?;
    article.blocks.iter().enumerate().find_map(|(b, block)| {
        let text = block.text();
        let start = text.find(&stance.quote)?;
        let value_at = start + stance.highlight_range().start;
        sentences(text)
            .into_iter()
            .find(|r| r.start <= value_at && value_at < r.end.max(r.start + 1))
            .map(|r| (b, r))
    })
}

impl Frame {
    /// A frame from a question alone: its terms, and the unit class its
    /// words name ("How many troops …" counts soldiers).
    pub fn of_question(question: &str, kind: ClaimKind) -> Self {
        let mut frame = Frame {
            kind: Some(kind),
            ..Frame::default()
        };
        add_terms(&mut frame.terms, &plain_terms(question), 1.0);
        for word in words(question) {
            if let Some(class) = unit_class(&word.folded) {
                frame.unit_classes.push((class.to_string(), 1.0));
                frame.unit.get_or_insert_with(|| word.folded.clone());
                break;
            }
        }
        frame
    }

    /// A frame from a claim's question and the given stances (all of them,
    /// or those left after hiding an article), each read in its sentence.
    pub fn of_claim(corpus: &Corpus, claim: &Claim, stances: &[&Stance]) -> Self {
        let mut frame = Self::of_question(&claim.question, claim.kind);
        frame.reader = claim.origin == crate::claim::Origin::Checked;
        if !stances.is_empty() {
            frame.unit_classes.clear();
        }
        for stance in stances {
            frame.add_example(corpus, stance);
        }
        if frame.unit_classes.is_empty() {
            frame = Frame {
                terms: frame.terms,
                ..Self::of_question(&claim.question, claim.kind)
            };
        }
        frame
    }

    /// Adds one curated stance as an example.
    fn add_example(&mut self, corpus: &Corpus, stance: &Stance) {
        let Some((block, range)) = locate(corpus, stance) else {
            add_terms(&mut self.terms, &plain_terms(&stance.quote), 0.5);
            return;
        };
        let Some(article) = corpus.article(&stance.article) else {
            return;
        };
        if !matches!(stance.value, StanceValue::Number { .. }) {
            // A position or event: the editor's quote, its value's words
            // counted twice, and its cue family.
            add_terms(&mut self.terms, &plain_terms(&stance.quote), 1.0);
            add_terms(&mut self.terms, &plain_terms(&stance.value_text), 1.0);
            self.cues |= super::find::cue_families(&stance.quote);
            return;
        }
        let text = article.blocks[block].text();
        let sentence = &text[range.clone()];
        let all = words(sentence);
        let quote_start = text.find(&stance.quote).unwrap_or(range.start);
        let value_at = (quote_start + stance.highlight_range().start).saturating_sub(range.start);
        let at = all.iter().position(|w| w.span.end > value_at).unwrap_or(0);
        let year = article
            .published
            .as_ref()
            .map(|date| i32::from(date.value.earliest().year()));
        let read = super::statement::statements_at(sentence, year);
        let skip = super::attribution::attribution(sentence, &all)
            .map(|a| a.spans)
            .unwrap_or_default();
        add_terms(&mut self.terms, &context_terms(&all, at, &skip), 1.0);
        if let StanceValue::Number { unit, amount, .. } = &stance.value {
            let found = read
                .into_iter()
                .find(|s| s.figure_span.start <= value_at + 16 && (s.amount - amount).abs() < 0.5);
            let class = found
                .as_ref()
                .and_then(|s| s.unit_class.clone())
                .or_else(|| {
                    unit.split_whitespace()
                        .find_map(|w| unit_class(&crate::normalize::fold(w)))
                        .map(str::to_string)
                });
            if let Some(class) = class {
                match self.unit_classes.iter_mut().find(|(c, _)| *c == class) {
                    Some(slot) => slot.1 += 1.0,
                    None => self.unit_classes.push((class, 1.0)),
                }
            }
            if self.unit.is_none() {
                self.unit = Some(unit.clone());
            }
            if let Some(time) = found.and_then(|s| s.scope.time_class) {
                if !self.time_classes.contains(&time) {
                    self.time_classes.push(time);
                }
            }
        }
    }

    /// A frame from one statement of a sentence a reader picked.
    pub fn of_sentence(sentence: &str, statement: &Statement) -> Self {
        let all = words(sentence);
        let mut frame = Frame {
            kind: Some(ClaimKind::Number),
            unit: statement.unit.clone(),
            ..Frame::default()
        };
        let skip = statement
            .attribution
            .as_ref()
            .map(|a| a.spans.clone())
            .unwrap_or_default();
        add_terms(
            &mut frame.terms,
            &context_terms(&all, statement.word_index, &skip),
            1.0,
        );
        if let Some(class) = &statement.unit_class {
            frame.unit_classes.push((class.clone(), 1.0));
        }
        frame.time_classes.extend(statement.scope.time_class);
        frame
    }

    /// How well a statement (whose context terms are `terms`) answers the
    /// frame, 0 to 1 (formula in the module header).
    pub fn score(&self, statement: &Statement, terms: &Terms, idf: &Idf) -> f64 {
        let unit = self.unit_fit(statement);
        if unit == 0.0 {
            return 0.0;
        }
        let lexical = cosine(terms, &self.terms, idf);
        let time = match statement.scope.time_class {
            Some(class) if !self.time_classes.is_empty() && !self.time_classes.contains(&class) => {
                0.55
            }
            // A figure for an earlier time rarely answers a question about
            // the story, unless its examples are of earlier times too.
            Some(TimeClass::Past) => 0.55,
            _ => 1.0,
        };
        unit * (0.8 * lexical + 0.2) * time
    }

    /// The `unit` factor of [`Frame::score`]: the best affinity of the
    /// statement's unit class with the frame's, 0 to 1 (0.5 when the
    /// statement has no unit, 0.8 when the frame names none).
    pub fn unit_fit(&self, statement: &Statement) -> f64 {
        let unit = match &statement.unit_class {
            Some(class) => self
                .unit_classes
                .iter()
                .map(|(c, _)| super::words::unit_affinity(c, class))
                .fold(0.0, f64::max),
            None => 0.5,
        };
        if self.unit_classes.is_empty() {
            0.8
        } else {
            unit
        }
    }
}
