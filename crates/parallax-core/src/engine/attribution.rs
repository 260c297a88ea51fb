//! Attribution: who a sentence credits for what it states (source, cue,
//! content), read with a light method. Rules, each with a test:
//!
//! - A1. "according to X", "citing X", "segun X", "selon X": X is the
//!   source (up to the clause's end, at most eight words); of "according
//!   to a statement (report, figures…) from X", X.
//! - A2. A clause of its own made of a source and a cue verb ("…, US
//!   officials said October 23", "…, Seoul says.", "\"…,\" Zelensky told
//!   reporters"), or the cue first ("…, said the mayor"); a cue clause
//!   after a name in apposition credits both ("…, the harbour master,
//!   Duncan Rennie, said on Monday").
//! - A3. The sentence opens (after a live blog's "11:40 -", if any) with a source, an optional auxiliary and a cue
//!   verb ("South Korean defense officials have said that …", "The union
//!   said more than 3,500 …", "Ukraine is reporting some 11,000 …").
//!   A passive ("The damage was estimated at …") credits no one. Words
//!   between commas after the source ("Councillor Dara Whelan, who leads
//!   the opposition, said …") stand between it and its cue. A plural's
//!   possessive ("the workers' union") is part of a source.
//! - A4. Reported speech inside reported speech: after an A3 source, a
//!   second source and cue ("The mayor said the coastguard had told him
//!   …"): the second is the primary source, the first the relay.
//!
//! - A5. A reporting clause inside the sentence, opened by a conjunction
//!   or a relative pronoun, credits the figures it reports, whatever the
//!   sentence as a whole credits ("…, the union said, three days after the
//!   company announced it would cut 4,200 jobs": the 4,200 is the
//!   company's) — unless its source is already the sentence's (A4's relay
//!   keeps its primary source).
//!
//! A source is a noun phrase: at most eight words, none of them a figure
//! or a verb the engine knows; without one the statement is "not
//! attributed" (the engine never guesses a source).

use super::words::{CUES, FUNCTION_WORDS, Word, is_clause_break};

/// Who a sentence credits.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// The primary source, as written ("US officials").
    pub source: String,
    /// The cue verb or phrase, folded ("said", "according to").
    pub cue: String,
    /// Who relayed the primary source's words (A4), as written.
    pub via: Option<String>,
    /// Byte ranges in the sentence of the source (and relay) words: the
    /// claim engine leaves them out of a statement's context, which is
    /// about what is counted, not who says so.
    pub spans: Vec<std::ops::Range<usize>>,
}

/// Words a source noun phrase may contain besides content words.
const NP_GLUE: &[&str] = &[
    "the", "a", "an", "of", "and", "'s", "’s", "for", "in", "at", "on", "with",
];

/// Auxiliaries between a source and its cue.
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "also",
    "later",
    "previously",
    "earlier",
    "now",
    "still",
    "again",
    "initially",
    "separately",
    "first",
    "then",
];

fn is_cue(word: &Word) -> bool {
    CUES.contains(&word.folded.as_str())
}

fn is_quote_mark(word: &Word) -> bool {
    word.punct && matches!(word.folded.as_str(), "\"" | "“" | "”" | "«" | "»" | "„")
}

fn breaks(word: &Word) -> bool {
    is_clause_break(word) || is_quote_mark(word)
}

/// Adjectives that open a noun phrase whose head is a cue used as a noun
/// ("Early estimates put the cost at …"): alone, they are no source.
const NOT_SOURCES: &[&str] = &[
    "early",
    "initial",
    "official",
    "latest",
    "preliminary",
    "new",
    "first",
    "some",
    "media",
    "other",
    "previous",
    "earlier",
    "recent",
    "local",
    "unconfirmed",
];

/// Whether `words` can be a source's noun phrase.
fn noun_phrase(words: &[Word]) -> bool {
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    if words.len() == 1 && NOT_SOURCES.contains(&words[0].folded.as_str()) {
        return false;
    }
    // A content word that is not a figure: "Two confirmed deaths" has no
    // source.
    let content = words
        .iter()
        .filter(|w| !NP_GLUE.contains(&w.folded.as_str()))
        .filter(|w| crate::normalize::read_numbers(&w.folded).is_empty())
        .count();
    // A plural's possessive mark ("the workers' union").
    let possessive = |i: usize| {
        words[i].punct
            && matches!(words[i].folded.as_str(), "'" | "’")
            && i > 0
            && words[i - 1].folded.ends_with('s')
            && i + 1 < words.len()
    };
    content > 0
        && words.iter().enumerate().all(|(i, w)| {
            (!w.punct || possessive(i))
                && !w.folded.chars().any(|c| c.is_ascii_digit())
                && (NP_GLUE.contains(&w.folded.as_str())
                    || !FUNCTION_WORDS.contains(&w.folded.as_str())
                    || matches!(w.folded.as_str(), "us"))
                && !CUES.contains(&w.folded.as_str())
        })
}

fn span_of(words: &[Word]) -> std::ops::Range<usize> {
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => first.span.start..last.span.end,
        _ => 0..0,
    }
}

fn text_of(sentence: &str, words: &[Word]) -> String {
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => sentence[first.span.start..last.span.end].to_string(),
        _ => String::new(),
    }
}

/// Drops a leading conjunction ("and the agency").
fn trim_np(words: &[Word]) -> &[Word] {
    match words.first() {
        Some(w) if matches!(w.folded.as_str(), "and" | "but" | "while" | "as") => &words[1..],
        _ => words,
    }
}

/// The attribution of `sentence` (whose words are `all`), if any rule
/// finds one.
pub fn attribution(sentence: &str, all: &[Word]) -> Option<Attribution> {
    // "The floods claimed 40 lives": an event, not a statement.
    let lives = all
        .iter()
        .any(|w| matches!(w.folded.as_str(), "lives" | "life"));
    according_to(sentence, all)
        .or_else(|| opening_source(sentence, all))
        .or_else(|| clause_source(sentence, all))
        .filter(|found| !(lives && found.cue == "claimed"))
}

/// Words that open a reporting clause inside a sentence (A5).
const OPENERS: &[&str] = &[
    "after", "but", "which", "when", "as", "because", "while", "since", "and", "before", "until",
    "whereas", "although", "though",
];

/// A5: a reporting clause inside the sentence that credits the figure at
/// word `figure_at`: a source and a cue opened by a conjunction or a
/// relative pronoun, with the figure in what the cue reports ("… after the
/// company said it would cut 4,200 jobs", "…, but Fischer estimated it at
/// 700 million", "…, which the commission said drew 1.06 million voters").
/// The cue is at most eight words before the figure and no clause break
/// lies between them.
pub fn embedded(sentence: &str, all: &[Word], figure_at: usize) -> Option<Attribution> {
    let lowest = figure_at.saturating_sub(8);
    // Verbs of speech only: "the floods claimed 40 lives", "the storm put
    // 200,000 homes without power" credit no one.
    let speech = |w: &Word| {
        matches!(
            w.folded.as_str(),
            "said"
                | "says"
                | "say"
                | "told"
                | "tells"
                | "announced"
                | "announces"
                | "estimated"
                | "estimates"
                | "reported"
                | "reports"
                | "stated"
                | "added"
                | "warned"
                | "predicted"
                | "projected"
                | "calculated"
                | "confirmed"
                | "acknowledged"
                | "admitted"
                | "insisted"
        )
    };
    let cue_at = (lowest..figure_at)
        .rev()
        .take_while(|&i| !breaks(&all[i]))
        .find(|&i| speech(&all[i]))?;
    let mut np_end = cue_at;
    while np_end > 0 && AUXILIARIES.contains(&all[np_end - 1].folded.as_str()) {
        np_end -= 1;
    }
    let passive = np_end < cue_at
        && matches!(
            all[cue_at - 1].folded.as_str(),
            "was" | "were" | "is" | "are" | "been"
        );
    if passive {
        return None;
    }
    // The farthest opener within eight words whose source is a noun
    // phrase: "after the brake and steering maker said", not "steering
    // maker".
    let source = (np_end.saturating_sub(8)..np_end)
        .rev()
        .take_while(|&start| start > 0 && !breaks(&all[start]))
        .filter(|&start| OPENERS.contains(&all[start - 1].folded.as_str()))
        .filter(|&start| noun_phrase(&all[start..np_end]))
        .last()
        .map(|start| &all[start..np_end])?;
    Some(Attribution {
        source: text_of(sentence, source),
        cue: all[cue_at].folded.clone(),
        via: None,
        spans: vec![span_of(source)],
    })
}

/// A1.
fn according_to(sentence: &str, all: &[Word]) -> Option<Attribution> {
    for (i, word) in all.iter().enumerate() {
        let (cue, from) = match word.folded.as_str() {
            "according" if all.get(i + 1).is_some_and(|w| w.folded == "to") => {
                ("according to", i + 2)
            }
            "citing" | "segun" | "selon" => (word.folded.as_str(), i + 1),
            _ => continue,
        };
        let end = all[from..]
            .iter()
            .position(|w| breaks(w) || matches!(w.folded.as_str(), "that" | "who" | "which"))
            .map_or(all.len(), |p| from + p);
        let head_end = end.min(from + 8);
        let head_start = from + usize::from(trim_np(&all[from..head_end]).len() < head_end - from);
        let mut head = &all[head_start..head_end];
        // "according to a statement from the mayor": the source is who
        // made the statement (or report, or estimate).
        // Not "seen by Reuters": who saw a document did not make it.
        let by = head
            .iter()
            .position(|w| matches!(w.folded.as_str(), "from" | "by"))
            .filter(|&p| {
                p == 0
                    || !matches!(
                        head[p - 1].folded.as_str(),
                        "seen" | "obtained" | "published" | "released"
                    )
            })
            .filter(|&p| {
                head[..p].iter().any(|w| {
                    is_cue(w)
                        || matches!(
                            w.folded.as_str(),
                            "statement"
                                | "statements"
                                | "report"
                                | "figures"
                                | "data"
                                | "count"
                                | "tally"
                                | "projections"
                                | "projection"
                                | "estimates"
                                | "estimate"
                                | "forecast"
                                | "poll"
                                | "polls"
                                | "survey"
                                | "results"
                                | "analysis"
                                | "calculations"
                        )
                })
            });
        // "according to a union circular seen by reporters": the
        // document, when nothing says who made it.
        let document = (2..head.len()).rev().find(|&n| {
            noun_phrase(&head[..n])
                && !head[n - 1].capital
                && matches!(
                    head[n].folded.as_str(),
                    "seen" | "obtained" | "published" | "released"
                )
        });
        // Where the source's words end, for the appositive name below.
        let mut head_stop = head_end;
        if !noun_phrase(head) && by.is_none() {
            let Some(n) = document else {
                continue;
            };
            head = &head[..n];
            head_stop = head_start + n;
        } else if let Some(by) = by.filter(|_| !noun_phrase(head)) {
            // Up to eight words after "by", even past the first eight.
            let by = head_start + by;
            head_stop = end.min(by + 9);
            head = &all[by + 1..head_stop];
            // Someone who can make a statement: a name, or a body that
            // speaks ("the scene", "last month" are not sources).
            let speaker = head.iter().any(|w| {
                w.capital
                    || matches!(
                        w.folded.as_str(),
                        "mayor"
                            | "ministry"
                            | "minister"
                            | "police"
                            | "officials"
                            | "office"
                            | "agency"
                            | "authority"
                            | "authorities"
                            | "council"
                            | "government"
                            | "spokesperson"
                            | "spokesman"
                            | "spokeswoman"
                            | "company"
                            | "union"
                            | "department"
                            | "service"
                            | "commission"
                            | "brigade"
                            | "army"
                            | "military"
                            | "coastguard"
                            | "hospital"
                            | "organisers"
                            | "organizers"
                    )
            });
            if !speaker || !noun_phrase(head) {
                continue;
            }
        }
        // An appositive name closing the sentence: "according to the mayor,
        // Ada Lindqvist."
        let mut source = head;
        if head_stop == end && all.get(end).is_some_and(|w| w.folded == ",") {
            let name_end = all[end + 1..]
                .iter()
                .position(breaks)
                .map_or(all.len(), |p| end + 1 + p);
            let name = &all[end + 1..name_end];
            let closes = name_end + 1 >= all.len();
            if closes && (1..=4).contains(&name.len()) && name.iter().all(|w| w.capital) {
                let start = end - head.len();
                source = &all[start..name_end];
            }
        }
        return Some(Attribution {
            source: text_of(sentence, source),
            cue: cue.to_string(),
            via: None,
            spans: vec![span_of(source)],
        });
    }
    None
}

/// A3 and A4.
fn opening_source(sentence: &str, all: &[Word]) -> Option<Attribution> {
    // A live blog's "11:40 -" before the sentence proper.
    let after_stamp = match all
        .iter()
        .position(|w| w.punct && matches!(w.folded.as_str(), "-" | "–" | "—"))
    {
        Some(dash)
            if dash <= 3
                && all[..dash]
                    .iter()
                    .all(|w| w.punct || w.folded.chars().all(|c| c.is_ascii_digit())) =>
        {
            dash + 1
        }
        _ => 0,
    };
    let start = after_stamp + all[after_stamp..].iter().position(|w| !is_quote_mark(w))?;
    if let Some(found) = apposed_source(sentence, all, start) {
        return Some(found);
    }
    let end = (start + 10).min(all.len());
    for cue_at in start + 1..end {
        if !is_cue(&all[cue_at]) {
            continue;
        }
        let mut np_end = cue_at;
        while np_end > start + 1 && AUXILIARIES.contains(&all[np_end - 1].folded.as_str()) {
            np_end -= 1;
        }
        let source = &all[start..np_end];
        // "The damage was estimated at …" is passive: no one is credited.
        let passive = np_end < cue_at
            && matches!(
                all[cue_at - 1].folded.as_str(),
                "was" | "were" | "is" | "are" | "been"
            )
            && all[cue_at].folded.ends_with("ed");
        if passive || !noun_phrase(source) {
            return None;
        }
        return Some(credited(sentence, all, source, cue_at));
    }
    None
}

/// A3 with words between commas after the source: "Councillor Dara
/// Whelan, who leads the opposition, said …"; "The union, which
/// represents 900 nurses, says …". The source is what stands before the
/// first comma; the cue follows the second (auxiliaries allowed).
fn apposed_source(sentence: &str, all: &[Word], start: usize) -> Option<Attribution> {
    let comma = start + all[start..].iter().take(9).position(|w| w.folded == ",")?;
    let source = &all[start..comma];
    let close = comma
        + 1
        + all[comma + 1..]
            .iter()
            .take(12)
            .position(|w| w.folded == ",")?;
    let inside = &all[comma + 1..close];
    if inside.is_empty() || inside.iter().any(|w| breaks(w) || is_cue(w)) || !noun_phrase(source) {
        return None;
    }
    let cue_at = close
        + 1
        + all[close + 1..]
            .iter()
            .take(3)
            .position(|w| !AUXILIARIES.contains(&w.folded.as_str()))?;
    all.get(cue_at).filter(|w| is_cue(w))?;
    // "The ferry, carrying 212 passengers, was reported missing": a
    // passive credits no one.
    let passive = all[close + 1..cue_at].iter().any(|w| {
        matches!(
            w.folded.as_str(),
            "was" | "were" | "is" | "are" | "been" | "be"
        )
    });
    if passive {
        return None;
    }
    Some(credited(sentence, all, source, cue_at))
}

/// An opening `source` with its cue at `cue_at` (A3), or, when a second
/// source and cue follow inside the reported clause (A4), that one relayed
/// by it.
fn credited(sentence: &str, all: &[Word], source: &[Word], cue_at: usize) -> Attribution {
    let via = text_of(sentence, source);
    if let Some(inner) = inner_source(sentence, all, cue_at + 1) {
        return Attribution {
            source: inner.0,
            cue: inner.1,
            via: Some(via),
            spans: vec![span_of(source), inner.2],
        };
    }
    Attribution {
        source: via,
        cue: all[cue_at].folded.clone(),
        via: None,
        spans: vec![span_of(source)],
    }
}

/// A4: "[that] the coastguard had told him".
fn inner_source(
    sentence: &str,
    all: &[Word],
    from: usize,
) -> Option<(String, String, std::ops::Range<usize>)> {
    let mut start = from;
    if all.get(start).is_some_and(|w| w.folded == "that") {
        start += 1;
    }
    let end = (start + 8).min(all.len());
    for cue_at in start + 1..end {
        if breaks(&all[cue_at]) {
            return None;
        }
        if !is_cue(&all[cue_at]) {
            continue;
        }
        let object = all.get(cue_at + 1).map(|w| w.folded.as_str());
        let speech = matches!(all[cue_at].folded.as_str(), "told" | "informed" | "briefed")
            || matches!(object, Some("that"));
        if !speech {
            return None;
        }
        let mut np_end = cue_at;
        while np_end > start + 1 && AUXILIARIES.contains(&all[np_end - 1].folded.as_str()) {
            np_end -= 1;
        }
        let source = &all[start..np_end];
        return noun_phrase(source).then(|| {
            (
                text_of(sentence, source),
                all[cue_at].folded.clone(),
                span_of(source),
            )
        });
    }
    None
}

/// A2: a clause that is only a source and a cue (and when or to whom).
fn clause_source(sentence: &str, all: &[Word]) -> Option<Attribution> {
    let mut clause_start = 0;
    let mut before: Vec<std::ops::Range<usize>> = Vec::new();
    for i in 0..=all.len() {
        if i < all.len() && !breaks(&all[i]) {
            continue;
        }
        let range = clause_start..i;
        let clause = &all[clause_start..i];
        clause_start = i + 1;
        let earlier = before.clone();
        before.push(range);
        if clause.is_empty() {
            continue;
        }
        // Cue last-ish: source, [aux], cue, [to whom / when].
        if let Some(cue_at) = clause.iter().position(is_cue) {
            let tail_ok = clause[cue_at + 1..]
                .iter()
                .all(|w| !w.folded.chars().any(|c| c.is_ascii_digit()) || w.folded.len() <= 2);
            let mut np_end = cue_at;
            while np_end > 1 && AUXILIARIES.contains(&clause[np_end - 1].folded.as_str()) {
                np_end -= 1;
            }
            let source = trim_np(&clause[..np_end]);
            let passive = cue_at > 0
                && matches!(
                    clause[cue_at - 1].folded.as_str(),
                    "was" | "were" | "is" | "are" | "been"
                )
                && clause[cue_at].folded.ends_with("ed");
            if cue_at > 0 && tail_ok && !passive && noun_phrase(source) && clause_start > 1 {
                return Some(Attribution {
                    source: text_of(sentence, source),
                    cue: clause[cue_at].folded.clone(),
                    via: None,
                    spans: vec![span_of(source)],
                });
            }
            // Cue first: "said the mayor".
            if cue_at == 0 {
                let rest = &clause[1..];
                let end = rest
                    .iter()
                    .position(|w| matches!(w.folded.as_str(), "on" | "in" | "last" | "this" | "at"))
                    .unwrap_or(rest.len());
                let source = &rest[..end];
                if noun_phrase(source) {
                    return Some(Attribution {
                        source: text_of(sentence, source),
                        cue: clause[0].folded.clone(),
                        via: None,
                        spans: vec![span_of(source)],
                    });
                }
                // The source in apposition before the cue: "the harbour
                // master, Duncan Rennie, said on Monday".
                if source.is_empty() {
                    if let [.., role, name] = earlier.as_slice() {
                        let (role_words, name_words) = (&all[role.clone()], &all[name.clone()]);
                        let named = name_words.iter().all(|w| w.capital) && !name_words.is_empty();
                        if named
                            && noun_phrase(name_words)
                            && noun_phrase(role_words)
                            && role.start > 0
                            && role_words
                                .first()
                                .is_some_and(|w| !w.capital || w.folded == "the")
                        {
                            let both = &all[role.start..name.end];
                            return Some(Attribution {
                                source: text_of(sentence, both),
                                cue: clause[0].folded.clone(),
                                via: None,
                                spans: vec![span_of(both)],
                            });
                        }
                    }
                }
            }
        }
    }
    None
}
