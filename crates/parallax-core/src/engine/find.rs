//! Stance finding: for each claim (as a [`Frame`]) and each article, the
//! sentences that answer it, with the value read from them, or an explicit
//! "looked, found nothing".
//!
//! Rules:
//!
//! - F1. Every quantity statement of the article is scored against every
//!   number frame; it answers the frame that scores best, if that score
//!   reaches [`NUMBER_THRESHOLD`]. A statement answers at most one claim,
//!   except a claim a reader made (`Frame::reader`): the reader asked for
//!   that row, so each statement is also scored against it on its own and
//!   answers it when it reaches the threshold, whatever other claim it
//!   answers too.
//! - F2. One stance per source: the statements one article gives for one
//!   claim are grouped by their source (folded; "not attributed" is a
//!   source of its own) and the best of each group is kept, so a paragraph
//!   giving Washington's, Seoul's and Kyiv's figures yields three stances.
//! - F3. For claims of the other kinds (place, event, position), the
//!   sentence (not a subhead, not a question) whose terms best match the
//!   frame (`0.8 · cosine + 0.2` when the sentence shares a cue family
//!   with the frame's examples: a denial, a possibility), if its score
//!   reaches [`LABEL_THRESHOLD`]; its label is read from cue words (L1 in
//!   [`read_label`]), or is "mentioned" when none is found (the engine
//!   does not invent what it cannot read), which needs the higher
//!   [`MENTIONED_THRESHOLD`].
//! - F5. "A spokesperson said on Wednesday": with the article's date known
//!   to the day, the statement was made on that weekday on or before it
//!   (inferred, with that basis; [`said_on`]).
//! - F6. Only the article's main content is read (paragraphs, subheads,
//!   summary items): not photo captions, credits or author bios, whose
//!   figures are no report of the story.
//! - F4. Quotes are whole sentences of one block, verbatim (a sentence
//!   longer than [`MAX_QUOTE`] is cut to the words around the value); the
//!   value's words are the qualifier and figure as written.

use std::ops::Range;

use super::frame::{Frame, Idf, Terms, context_terms, cosine, plain_terms};
use super::statement::{ScopeParts, Statement, statements_at};
use super::words::words;
use crate::claim::{ClaimKind, Qualifier};
use crate::corpus::{Article, ArticleId, Block};
use crate::matching::text::sentences;
use crate::normalize::fold;

/// The lowest frame score a statement needs to answer a number claim,
/// chosen by measurement (BENCHMARKS.md, "Claim engine").
pub const NUMBER_THRESHOLD: f64 = 0.30;

/// The lowest score a sentence with no cue word the engine can read needs
/// to be given as "mentioned" (F3).
pub const MENTIONED_THRESHOLD: f64 = 0.3;

/// The label of a sentence that answers a claim in words the engine cannot
/// read as a position.
pub const MENTIONED: &str = "mentioned";

/// The lowest score a sentence needs to answer a claim of another kind.
pub const LABEL_THRESHOLD: f64 = 0.18;

/// A statement read in its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    pub block: usize,
    /// The sentence's byte range in its block's text.
    pub sentence: Range<usize>,
    pub statement: Statement,
    pub terms: Terms,
}

/// An article read once: its quantity statements and its sentences' terms.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub article: ArticleId,
    pub statements: Vec<Located>,
    /// (block, sentence range, terms) of every sentence.
    pub sentences: Vec<(usize, Range<usize>, Terms)>,
}

/// Reads every sentence of every block of `article`.
pub fn read(article: &Article) -> Reading {
    let year = article
        .published
        .as_ref()
        .map(|date| i32::from(date.value.earliest().year()));
    let mut reading = Reading {
        article: article.id.clone(),
        statements: Vec::new(),
        sentences: Vec::new(),
    };
    for (b, block) in article.blocks.iter().enumerate() {
        // F6: the article's main content only: a photo's caption, a credit
        // or the author's bio is no outlet's report of the story.
        if matches!(
            block,
            Block::Caption(_) | Block::Credit(_) | Block::AuthorBio { .. }
        ) {
            continue;
        }
        let text = block.text();
        for range in sentences(text) {
            let sentence = &text[range.clone()];
            let found = statements_at(sentence, year);
            if !found.is_empty() {
                let all = words(sentence);
                for mut statement in found {
                    // U3 across sentences of one paragraph, or from the
                    // paragraph before.
                    if statement.unit.is_none() {
                        if let Some(before) = reading
                            .statements
                            .last()
                            .filter(|l| l.block + 1 >= b && l.statement.unit.is_some())
                        {
                            statement.unit.clone_from(&before.statement.unit);
                            statement
                                .unit_class
                                .clone_from(&before.statement.unit_class);
                            statement.entity.clone_from(&before.statement.entity);
                        }
                    }
                    let skip = statement
                        .attribution
                        .as_ref()
                        .map(|a| a.spans.clone())
                        .unwrap_or_default();
                    let terms = context_terms(&all, statement.word_index, &skip);
                    reading.statements.push(Located {
                        block: b,
                        sentence: range.clone(),
                        statement,
                        terms,
                    });
                }
            }
            reading
                .sentences
                .push((b, range.clone(), plain_terms(sentence)));
        }
    }
    reading
}

/// A found stance's value.
#[derive(Clone, Debug, PartialEq)]
pub enum FoundValue {
    Number {
        amount: f64,
        /// The upper bound of a range.
        upper: Option<f64>,
        qualifier: Qualifier,
        /// The unit as written, or the frame's when the sentence names none.
        unit: String,
    },
    Label(String),
}

/// A stance the engine found.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Index of the frame (claim) it answers.
    pub frame: usize,
    pub article: ArticleId,
    pub block: usize,
    pub sentence: Range<usize>,
    /// The sentence, verbatim.
    pub quote: String,
    pub value: FoundValue,
    /// The words of the quote that carry the value.
    pub value_text: String,
    pub source: Option<String>,
    pub via: Option<String>,
    pub scope: ScopeParts,
    pub score: f64,
    /// When it was said (F5), inferred, with the basis in words.
    pub said_on: Option<(crate::date::Date, String)>,
}

/// The stances `article` gives for each frame (F1–F4). `skip[i]` leaves
/// frame `i` out (an editor already wrote its stances for this article).
/// Every score is multiplied by `relevance`, how far the article is about
/// the claims' story (0 to 1, rule G1 in [`super::topic`]).
pub fn find(
    article: &Article,
    reading: &Reading,
    frames: &[Frame],
    skip: &[bool],
    idf: &Idf,
    relevance: f64,
) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    // F1.
    for located in &reading.statements {
        let score = |f: &Frame| relevance * f.score(&located.statement, &located.terms, idf);
        let best = frames
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind == Some(ClaimKind::Number) && !f.reader)
            .map(|(i, f)| (i, score(f)))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let readers = frames
            .iter()
            .enumerate()
            .filter(|(_, f)| f.kind == Some(ClaimKind::Number) && f.reader)
            .map(|(i, f)| (i, score(f)));
        for (frame, score) in best.into_iter().chain(readers) {
            if score < NUMBER_THRESHOLD || skip.get(frame).copied().unwrap_or(false) {
                continue;
            }
            let candidate = number_found(
                article,
                located,
                frame,
                frames[frame].unit.as_deref(),
                score,
            );
            // F2.
            let key = |f: &Found| (f.frame, f.source.as_deref().map(fold));
            match found.iter_mut().find(|f| key(f) == key(&candidate)) {
                Some(existing) if existing.score < candidate.score => *existing = candidate,
                Some(_) => {}
                None => found.push(candidate),
            }
        }
    }
    // F3.
    for (i, frame) in frames.iter().enumerate() {
        if frame.kind == Some(ClaimKind::Number) || skip.get(i).copied().unwrap_or(false) {
            continue;
        }
        let best = reading
            .sentences
            .iter()
            .filter(|(b, r, _)| {
                let text = article.blocks[*b].text();
                !matches!(article.blocks[*b], crate::corpus::Block::Subhead(_))
                    && !text[r.clone()].trim_end().ends_with('?')
            })
            .map(|(b, r, terms)| {
                let lexical = cosine(terms, &frame.terms, idf);
                let cue = frame.cues != 0
                    && cue_families(&article.blocks[*b].text()[r.clone()]) & frame.cues != 0;
                (
                    b,
                    r,
                    relevance * (0.8 * lexical + 0.2 * f64::from(u8::from(cue))),
                )
            })
            .max_by(|a, b| a.2.total_cmp(&b.2));
        let Some((&block, range, score)) = best else {
            continue;
        };
        if score < LABEL_THRESHOLD {
            continue;
        }
        let candidate = label_found(article, block, range.clone(), i, score);
        if matches!(&candidate.value, FoundValue::Label(l) if l == MENTIONED)
            && score < MENTIONED_THRESHOLD
        {
            continue;
        }
        found.push(candidate);
    }
    found
}

/// F1's stance: the figure of `located` as frame `frame`'s answer, with
/// `unit` (the frame's) where the sentence names none.
pub fn number_found(
    article: &Article,
    located: &Located,
    frame: usize,
    unit: Option<&str>,
    score: f64,
) -> Found {
    let text = article.blocks[located.block].text();
    let sentence = &text[located.sentence.clone()];
    let statement = &located.statement;
    let unit = statement
        .unit
        .clone()
        .or_else(|| unit.map(str::to_string))
        .unwrap_or_default();
    Found {
        frame,
        article: article.id.clone(),
        block: located.block,
        sentence: located.sentence.clone(),
        quote: quote_around(sentence, &statement.value_span).to_string(),
        value: FoundValue::Number {
            amount: statement.amount,
            upper: statement.upper,
            qualifier: statement.qualifier,
            unit,
        },
        value_text: sentence[statement.value_span.clone()].to_string(),
        source: statement.attribution.as_ref().map(|a| a.source.clone()),
        via: statement.attribution.as_ref().and_then(|a| a.via.clone()),
        scope: statement.scope.clone(),
        score,
        said_on: said_on(article, sentence, statement.attribution.as_ref()),
    }
}

/// F3's stance: the sentence at `range` of block `block` as a position or
/// event (L1), with its attribution.
pub fn label_found(
    article: &Article,
    block: usize,
    range: Range<usize>,
    frame: usize,
    score: f64,
) -> Found {
    let sentence = &article.blocks[block].text()[range.clone()];
    let (label, value_text) = read_label(sentence);
    let value_text = if value_text.len() > MAX_QUOTE {
        quote_around(&value_text, &(0..0)).to_string()
    } else {
        value_text
    };
    let all = words(sentence);
    let said = super::attribution::attribution(sentence, &all);
    Found {
        frame,
        article: article.id.clone(),
        block,
        quote: if sentence.len() > MAX_QUOTE && value_text.len() <= MAX_QUOTE {
            let at = sentence.find(&value_text).unwrap_or(0);
            quote_around(sentence, &(at..at + value_text.len())).to_string()
        } else {
            sentence.to_string()
        },
        sentence: range,
        value: FoundValue::Label(label),
        value_text,
        said_on: said_on(article, sentence, said.as_ref()),
        source: said.as_ref().map(|a| a.source.clone()),
        via: said.and_then(|a| a.via),
        scope: ScopeParts::default(),
        score,
    }
}

/// F5: when a sentence says its source spoke on a day of the week ("the
/// ministry said on Wednesday", "said Monday", "said the mayor on
/// Tuesday"), and the article's date is known to the day, the statement was
/// made on that weekday on or before the article's date. Inferred, with
/// that basis (and the article's date's own, when it is inferred too).
/// Only the cue of the statement's attribution counts, and only a weekday
/// right after it or after its source ("in Tuesday's fire", "reported on
/// Monday, … said" and "strikes begin Monday" date nothing said); a cue
/// after "will", "would" or "to" has not been said yet.
pub fn said_on(
    article: &Article,
    sentence: &str,
    said: Option<&super::attribution::Attribution>,
) -> Option<(crate::date::Date, String)> {
    let said = said?;
    let published = article.published.as_ref()?;
    let crate::corpus::PublishedDate::Day(date) = published.value else {
        return None;
    };
    if said.cue.contains(' ') {
        return None;
    }
    let all = words(sentence);
    let source = said.spans.first()?;
    let source_start = all.iter().position(|w| w.span.start >= source.start)?;
    let source_end = all
        .iter()
        .position(|w| w.span.start >= source.end)
        .unwrap_or(all.len());
    // The cue after its source ("the ministry said"), or before it ("said
    // the ministry"), within two words.
    let cue_at = (source_end..(source_end + 2).min(all.len()))
        .find(|&i| all[i].folded == said.cue)
        .or_else(|| {
            (source_start.saturating_sub(2)..source_start)
                .rev()
                .find(|&i| all[i].folded == said.cue)
        })?;
    let future = all[cue_at.saturating_sub(2)..cue_at]
        .iter()
        .any(|w| matches!(w.folded.as_str(), "will" | "would" | "to"));
    if future {
        return None;
    }
    // The weekday: right after the cue, or after the source when the cue
    // comes first; "on" allowed before it.
    let after = if cue_at < source_start {
        source_end
    } else {
        cue_at + 1
    };
    let at = if all.get(after).is_some_and(|w| w.folded == "on") {
        after + 1
    } else {
        after
    };
    let day = all.get(at)?;
    let weekday = crate::clean::WEEKDAYS
        .iter()
        .take(7)
        .position(|d| *d == day.folded)?;
    let said_on = date.on_or_before(u8::try_from(weekday).ok()?);
    let phrase = &sentence[all[cue_at.min(after)].span.start..day.span.end];
    let article_date = if published.is_inferred() {
        format!(
            "{date}, itself inferred ({})",
            published.basis.as_deref().unwrap_or("no basis given")
        )
    } else {
        date.to_string()
    };
    Some((
        said_on,
        format!(
            "“{phrase}” in the sentence: the {} on or before the article's date, {article_date}",
            &sentence[day.span.clone()]
        ),
    ))
}

/// Quotes longer than this (bytes) are cut to the words around the value.
pub const MAX_QUOTE: usize = 400;

/// F4: the quote for a value at `span` of `sentence`: the whole sentence,
/// or for a sentence longer than [`MAX_QUOTE`], the words within 30 of the
/// value (a verbatim part of it, cut at word boundaries).
pub fn quote_around<'a>(sentence: &'a str, span: &Range<usize>) -> &'a str {
    if sentence.len() <= MAX_QUOTE {
        return sentence;
    }
    let all = words(sentence);
    let first = all.partition_point(|w| w.span.end <= span.start);
    let last = all.partition_point(|w| w.span.start < span.end.max(span.start + 1));
    let from = first.saturating_sub(30);
    let to = (last + 30).min(all.len());
    if from >= to {
        return sentence;
    }
    &sentence[all[from].span.start..all[to - 1].span.end]
}

/// L1: a position or event read from cue words, with the words that carry
/// it: denial ("denied", "rejected", "dismissed"), refusal ("refused to
/// confirm", "declined to", "has not confirmed", "neither … nor"),
/// confirmation ("confirmed", "acknowledged"), possibility ("could",
/// "may", "might", "considering"). Without a cue: "mentioned", carried by
/// the whole sentence.
pub fn read_label(sentence: &str) -> (String, String) {
    let all = words(sentence);
    let at = |i: usize| all.get(i).map_or("", |w| w.folded.as_str());
    for (i, word) in all.iter().enumerate() {
        let text =
            |to: usize| sentence[word.span.start..all[to.min(all.len() - 1)].span.end].to_string();
        match word.folded.as_str() {
            "refused" | "declined" if matches!(at(i + 1), "to") => {
                return ("neither confirms nor denies".into(), text(i + 2));
            }
            "neither" | "not" if matches!(at(i + 1), "confirmed" | "confirm" | "acknowledged") => {
                return ("neither confirms nor denies".into(), text(i + 1));
            }
            "denied" | "denies" | "deny" | "rejected" | "rejects" | "dismissed" | "dismisses" => {
                return ("denies".into(), text(i));
            }
            "confirmed" | "confirms" | "acknowledged" | "acknowledges" => {
                return ("confirms".into(), text(i));
            }
            "could" | "may" | "might" | "considering" => {
                return ("it may".into(), text(i + 1));
            }
            _ => {}
        }
    }
    (MENTIONED.into(), sentence.to_string())
}

/// The families of stance cues a sentence uses, as bits: 1 a response to a
/// report (denies, refuses to confirm, has not confirmed, confirms,
/// acknowledges, dismisses), 2 a possibility or threat (could, may, might,
/// considering, likely, threatened, warned). Read by the same cue words as
/// [`read_label`].
pub fn cue_families(sentence: &str) -> u8 {
    let mut bits = 0;
    // The cue words are ASCII: a lower-cased split is enough (and cheap:
    // the matcher reads every sentence of the corpus through this).
    for word in sentence.split(|c: char| !c.is_ascii_alphabetic()) {
        if word.len() < 3 {
            continue;
        }
        match word.to_ascii_lowercase().as_str() {
            "denied" | "denies" | "deny" | "rejected" | "dismissed" | "refused" | "declined"
            | "confirmed" | "confirm" | "acknowledged" | "acknowledge" | "neither" => bits |= 1,
            "could" | "may" | "might" | "considering" | "consider" | "likely" | "threatened"
            | "threatens" | "warned" => bits |= 2,
            _ => {}
        }
    }
    bits
}
