//! Quantity statements: every figure a sentence states about something
//! counted, with its qualifier, unit, measured entity, scope and
//! attribution.
//!
//! Rules, each with a test in `engine/tests.rs`:
//!
//! - S1. Figures are read by [`crate::normalize::read_numbers`] (rules
//!   N1–N8, W1–W2 there).
//! - S2. Not statements: a year (a whole number from 1800 to 2100 written
//!   without group marks, unless a unit follows: "2000 workers", and not
//!   after "in", "since", "during", "until": "in 1999 killed 30"), a day of
//!   the month (next to a month name: "October 23", "8 Oct"), a label (after
//!   a capitalized word such as "Route 9", "Gate 3", or after "No."/"number"),
//!   the second half of a range whose first half is not a figure
//!   ("1950-53"),
//!   an age ("aged 45", "45-year-old", "45 years old"), a clock time ("6
//!   p.m."), a figure written with a leading zero ("0142"), a figure inside
//!   a word with a hyphen before it ("F-16"), and an ordinal.
//! - Q1. The qualifier is read from the words just before the figure (the
//!   list `QUALIFIERS_BEFORE` in `words.rs`: "at least", "some", "nearly",
//!   "as many as", …) or "or more" just after it; "nearly", "almost", "close
//!   to" and "some" are `about`.
//! - Q2. A range ("between 11,000 and 12,000", "11,000 to 12,000",
//!   "300-400", "two or three weeks") is one statement: its amount is the lower bound, its upper
//!   bound kept, its qualifier the one written before it ("around
//!   300-400"), else `exactly`.
//! - Q3. A figure credited with "estimated" or "estimates" and no
//!   qualifier of its own is `about`: an estimate is approximate.
//! - S4. An ordinal word before "day", "week", "month" or "year" ("now in
//!   its fifth day") counts them: 5 days.
//! - S5. A figure of 10^15 or more is left unread; a sentence with more
//!   than twelve figures is a table or a list, and none of them is read.
//! - S7. Nor a tally or a score: a figure joined by "to" or a dash to a
//!   smaller one ("voted 27 to 14", "won 3-1"), unless "from" comes before
//!   it ("cut from 30 to 20", a change).
//! - S6. Not statements either: an age between commas after a name
//!   ("Ana Ortiz, 58, said") and the groups of a phone number ("0800 555
//!   0100": seven digits or more in three groups or more).
//! - S8. Nor a figure inside the sentence's source ("citing two people
//!   familiar with the plans", "three officials said").
//! - S9. Nor a span of time right after a share or a sum, its period ("8%
//!   over 12 months", "a 5.5% rise spread over two years").
//! - S3. A lone "one" or "a single" before a singular unit ("one person",
//!   "one death") is the figure 1.
//! - U1. The unit is the first word after the figure (within six words, not
//!   crossing a clause break or a preposition) that the unit lexicon knows,
//!   or else the first plural-looking common noun there; the words between
//!   are the measured entity's modifiers ("North Korean", "special
//!   operation"). A capitalized plural at the end of that run ("North
//!   Koreans") is a unit of people. `%`, currency signs before the figure,
//!   "per cent" and "percentage points" are units too.
//! - U2. A human unit followed by "killed", "wounded", "dead", "injured" or
//!   "lost" in the same clause counts casualties ("600,000 Russian troops
//!   have been killed and wounded").
//! - U3. A figure with no unit after it counts what the figure before it
//!   in the same sentence counts ("3,000 soldiers …, and their numbers are
//!   expected to swell to 10,000"), or else (in `find::read`) what the last
//!   figure of the same paragraph or the one before counted ("Police said
//!   4200 people had left. The governor put the number at close to seven
//!   thousand."). A figure of "others" counts what the figure before it
//!   counted ("killing 38 people and injuring 210 others"), else people.
//! - U6. A figure joined by a hyphen to a measure ("a two-kilometre
//!   radius", "a 10-year plan"; the list `HYPHEN_MEASURES`) measures in
//!   it; "a 500-strong crowd" and "a 10-fold rise" do not.
//! - U4. "38 of the 75 seats": the unit is read past the total, and the
//!   total is not a statement.
//! - U5. Without a unit after it, a figure takes the nearest unit named
//!   before it in its clause, within six words ("the death toll rose to
//!   four" counts deaths), never a word of its source ("Police put the
//!   number at 1,800"); a toll is the clause's subject at any distance
//!   ("the death toll from Saturday's collapse at the mine has risen to
//!   41"), unless another figure comes between.
//! - O1. What happened to the people a figure counts (or to what a figure
//!   without a unit counts), its outcome (killed,
//!   injured, missing, displaced, evacuated, rescued, arrested, or both of
//!   the first two as casualties): a verb just before the value ("killing
//!   at least 38"), else the unit word ("41 deaths"), else a word after the
//!   figure in its clause ("35 people dead", "were injured").
//! - O2. What a sum of money or a share measures: "of" and a measure
//!   noun after it ("28% of the vote"), else one just after it ("a 3% pay
//!   rise", "50 million euros in aid"), else the nearest measure noun
//!   before the value in its clause ("turnout of 62%", "damage would reach
//!   1.2 billion euros").
//! - T2. Of an article whose year is known, a figure whose sentence says
//!   "in" or "during" an earlier year, or a month of one ("in 1989, lasted
//!   41 days", "August 2016, when a quake killed 299"), is
//!   `past` when no other figure is nearer that year ("62.4%, up from 58%
//!   in 2022": only the 58), or when it is in a "when" clause right after
//!   the year ("August 2016, when a magnitude 6.2 quake killed 299": both).
//! - T1. The scope's time is the nearest time phrase in the figure's
//!   clause, else the sentence's when no other figure is nearer that
//!   phrase: "by December" (planned with a verb of the
//!   future, else a count as of that time), "since February 2022", "per
//!   day", "in total", "now", "at the moment", "so far", "as of …"; its class
//!   (current, planned, since, rate) is read from that phrase or, without
//!   one, from the verb ("will", "plans", "expected", "preparing" → planned).
//! - P1. The scope's place is the first "in", "to", "inside", "within",
//!   "across" or "on … soil" followed by a capitalized name after the figure
//!   in its clause ("in Russia", "to Vladivostok", "in the Kursk region").

use std::ops::Range;

use super::attribution::{Attribution, attribution};
use super::words::{
    FUNCTION_WORDS, MONTHS, QUALIFIERS_BEFORE, SINGULAR_UNITS, Word, is_clause_break, is_day,
    unit_class, words,
};
use crate::claim::Qualifier;
use crate::normalize::read_numbers;

/// The measures U6 reads from a figure joined to them by a hyphen.
const HYPHEN_MEASURES: &[&str] = &[
    "kilometre",
    "kilometer",
    "km",
    "mile",
    "metre",
    "meter",
    "foot",
    "yard",
    "acre",
    "hectare",
    "tonne",
    "ton",
    "litre",
    "liter",
    "year",
    "month",
    "week",
    "day",
    "hour",
    "minute",
    "storey",
    "story",
    "bed",
    "room",
    "seat",
    "lane",
    "member",
    "page",
    "point",
    "mph",
];

/// How many words either side of a figure its scope and context are read
/// from: a long sentence is read near each figure, not whole each time.
pub const WINDOW: usize = 30;

/// More figures than this in one sentence make it a table (rule S5).
pub const MAX_FIGURES: usize = 12;

/// Ordinal words, "first" to "twentieth", for rule S4.
const ORDINALS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// When a statement's figure holds, as a class the engine can compare:
/// the format's [`crate::wire::When`], so found and curated scopes share it.
pub use crate::wire::When as TimeClass;

/// Where and when a figure holds, as read from the text. Each part is the
/// text's own words (folded spacing kept), or `None` when the text does
/// not say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScopeParts {
    pub place: Option<String>,
    pub time: Option<String>,
    pub time_class: Option<TimeClass>,
}

/// One figure a sentence states.
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    /// The figure's value; the lower bound of a range.
    pub amount: f64,
    /// The upper bound of a range (Q2).
    pub upper: Option<f64>,
    pub qualifier: Qualifier,
    /// Byte range in the sentence of the qualifier and figure ("some
    /// 11,000"), the words to highlight.
    pub value_span: Range<usize>,
    /// Byte range of the figure alone.
    pub figure_span: Range<usize>,
    /// The unit word as written ("troops", "%"), if any.
    pub unit: Option<String>,
    /// The unit's class (`words::UNITS`), or the folded unit word when the
    /// lexicon does not know it.
    pub unit_class: Option<String>,
    /// Modifiers and unit ("North Korean troops"), the measured entity.
    pub entity: Option<String>,
    pub scope: ScopeParts,
    /// The verb phrase after the measured entity ("were evacuated", "have
    /// been sent"), for writing a neutral question; `None` when none
    /// follows directly.
    pub predicate: Option<String>,
    /// What happened to what the figure counts (O1: "killed", "injured",
    /// "missing", "displaced", "evacuated", "rescued", "arrested", or
    /// "casualties" for killed and injured together), from
    /// `words::OUTCOMES`; `None` when the text does not say.
    pub outcome: Option<&'static str>,
    /// What a sum of money or a share measures (O2: "damage", "aid",
    /// "turnout", "vote", "workforce", …), from `words::MEASURES`; `None`
    /// for other units or when the text does not say.
    pub measure: Option<&'static str>,
    /// Who the sentence credits, if anyone.
    pub attribution: Option<Attribution>,
    /// Index of the figure's first word in the sentence's words.
    pub word_index: usize,
}

/// Every quantity statement in `sentence` (the module's rules), read
/// without knowing when the article was published (no T2).
pub fn statements(sentence: &str) -> Vec<Statement> {
    statements_at(sentence, None)
}

/// Every quantity statement in `sentence`, of an article published in
/// `year` (for T2: a figure for an earlier year).
pub fn statements_at(sentence: &str, year: Option<i32>) -> Vec<Statement> {
    let mut figures = read_numbers(sentence);
    // Most sentences state no figure: leave them before reading words.
    if figures.is_empty() {
        let lower = sentence.to_lowercase();
        let maybe = [
            "one ", "single ", "th day", "th week", "st day", "nd day", "rd day", "th month",
        ]
        .iter()
        .any(|cue| lower.contains(cue));
        if !maybe {
            return Vec::new();
        }
    }
    let all = words(sentence);
    // S3: "one person", "a single death": a lone "one" before a singular
    // unit (rule W2 of `read_numbers` leaves "one" unread).
    for (i, word) in all.iter().enumerate() {
        let single =
            word.folded == "one" || (word.folded == "single" && i >= 1 && all[i - 1].folded == "a");
        let unit_next = all
            .get(i + 1)
            .is_some_and(|n| SINGULAR_UNITS.iter().any(|(w, _)| *w == n.folded));
        if single && unit_next {
            figures.push(crate::normalize::Quantity {
                value: 1.0,
                span: word.span.clone(),
                text: sentence[word.span.clone()].to_string(),
            });
        }
    }
    // S4: "in its fifth day": an ordinal before a unit of time counts it.
    for (i, word) in all.iter().enumerate() {
        let Some(n) = ORDINALS.iter().position(|o| *o == word.folded) else {
            continue;
        };
        let unit_next = all
            .get(i + 1)
            .is_some_and(|n| matches!(n.folded.as_str(), "day" | "week" | "month" | "year"));
        if unit_next {
            figures.push(crate::normalize::Quantity {
                value: (n + 1) as f64,
                span: word.span.clone(),
                text: sentence[word.span.clone()].to_string(),
            });
        }
    }
    figures.sort_by_key(|f| f.span.start);
    // S5: a figure too large to be a count is left unread (it would not
    // survive as a number), and a "sentence" of many figures is a table or
    // a list, not prose: none of its figures is a statement.
    figures.retain(|f| f.value.is_finite() && f.value < 1e15);
    if figures.len() > MAX_FIGURES {
        return Vec::new();
    }
    let said = attribution(sentence, &all);
    // Each figure's first word, for T2.
    let figure_words: Vec<usize> = figures
        .iter()
        .map(|f| all.partition_point(|w| w.span.end <= f.span.start))
        .collect();
    let mut out: Vec<Statement> = Vec::new();
    let mut skip_until = 0;
    for figure in &figures {
        if figure.span.start < skip_until {
            continue;
        }
        let first = all.partition_point(|w| w.span.end <= figure.span.start);
        if first >= all.len() {
            continue;
        }
        let last = all
            .partition_point(|w| w.span.start < figure.span.end)
            .saturating_sub(1)
            .max(first);
        let clock =
            clock_after(&sentence[figure.span.end..]) || phone_number(sentence, &figure.span);
        // The second half of a range whose first half was no figure
        // ("1950-53", a span of years).
        let before = sentence[..figure.span.start]
            .chars()
            .rev()
            .take(2)
            .collect::<Vec<_>>();
        let range_tail = matches!(before.first(), Some('-' | '–'))
            && before.get(1).is_some_and(char::is_ascii_digit);
        // S8: a figure inside the sentence's source ("citing two people
        // familiar with the plans") counts who speaks, not what is said.
        let in_source = said
            .as_ref()
            .is_some_and(|s| s.spans.iter().any(|r| r.contains(&figure.span.start)));
        // S10: "11 of them", "three of the injured": a part of a count,
        // which no other outlet's count of the whole answers ("38 of the
        // 75 seats" is U4's).
        let partitive = all.get(last + 1).is_some_and(|w| w.folded == "of")
            && all.get(last + 2).is_some_and(|w| match w.folded.as_str() {
                "them" | "whom" | "those" | "these" => true,
                "the" => all.get(last + 3).is_some_and(|n| {
                    matches!(
                        n.folded.as_str(),
                        "injured"
                            | "wounded"
                            | "dead"
                            | "victims"
                            | "casualties"
                            | "missing"
                            | "survivors"
                            | "deceased"
                    )
                }),
                _ => false,
            })
            && !figure_words.iter().any(|&f| f > last + 2 && f <= last + 6);
        if clock
            || range_tail
            || in_source
            || partitive
            || !is_statement(&figure.text, &all, first, last, figure.value)
        {
            continue;
        }
        let (qualifier, value_start) = qualifier_before(&all, first)
            .map(|(q, at)| (q, all[at].span.start))
            .unwrap_or((Qualifier::Exactly, figure.span.start));
        // Q2: a range: the next figure, after "to", "-", "–" (or "and"
        // after "between") and nothing else.
        let mut upper = None;
        let mut after = last + 1;
        let mut value_end = figure.span.end;
        let between = first >= 1 && all[first - 1].folded == "between";
        if let Some(second) = figures.iter().find(|f| f.span.start >= figure.span.end) {
            let gap = sentence[figure.span.end..second.span.start].trim();
            let joins = matches!(gap, "to" | "-" | "–" | "—" | "or") || (gap == "and" && between);
            if joins && second.value > figure.value {
                upper = Some(second.value);
                value_end = second.span.end;
                skip_until = second.span.end;
                after = all
                    .iter()
                    .rposition(|w| w.span.start < second.span.end)
                    .map_or(after, |i| i + 1);
            } else if joins && !matches!(gap, "and" | "or") && second.value < figure.value {
                // S7: "voted 27 to 14", "won 3-1": a tally or a score, not a
                // range; neither figure counts anything on its own. Not a
                // change ("from about 3,000 to 1,800", "from a peak of 30
                // to 20"), decimals ("fell 5.2 to 4.9"), nor figures with a
                // unit after them ("5 to 3 per cent", "30 to 20 beds").
                let from = all[first.saturating_sub(4)..first]
                    .iter()
                    .any(|w| w.folded == "from");
                let whole = figure.value.fract() == 0.0 && second.value.fract() == 0.0;
                let second_last = all.partition_point(|w| w.span.start < second.span.end);
                let unit_after = all.get(second_last).is_some_and(|w| {
                    w.folded == "%"
                        || w.folded == "per"
                        || super::words::unit_class(&w.folded).is_some()
                });
                if !from && whole && !unit_after {
                    skip_until = second.span.end;
                    continue;
                }
            }
        }
        let value_start = if between && qualifier == Qualifier::Exactly {
            all[first - 1].span.start
        } else {
            value_start
        };
        let mut qualifier = qualifier;
        // Q3: an estimate is approximate.
        if qualifier == Qualifier::Exactly
            && said
                .as_ref()
                .is_some_and(|a| matches!(a.cue.as_str(), "estimated" | "estimates" | "estimate"))
        {
            qualifier = Qualifier::About;
        }
        if upper.is_none()
            && all.get(after).is_some_and(|w| w.folded == "or")
            && all.get(after + 1).is_some_and(|w| w.folded == "more")
        {
            qualifier = Qualifier::AtLeast;
            // The value is "five or more"; the unit comes after it.
            value_end = all[after + 1].span.end;
            after += 2;
        }
        let (mut unit, mut unit_class, mut entity) = unit_after(sentence, &all, first, after);
        // U6: "a two-kilometre radius", "a 10-year plan": a figure joined
        // by a hyphen to a measure ([`HYPHEN_MEASURES`]) measures in it
        // ("a 500-strong crowd" does not).
        let word_end = all[last].span.end;
        if let Some(joined) = sentence
            .get(figure.span.end..word_end)
            .and_then(|rest| rest.strip_prefix('-'))
            .filter(|w| HYPHEN_MEASURES.contains(&crate::normalize::fold(w).as_str()))
        {
            unit_class =
                super::words::unit_class(&crate::normalize::fold(joined)).map(str::to_string);
            unit = Some(joined.to_string());
            entity = Some(joined.to_string());
        }
        // U5: a unit named before the figure in its clause ("the death toll
        // rose to four", "of the 75 seats, the party won 38").
        let mut subject_at = None;
        if unit.is_none() {
            let clause = clause_of(&all, first);
            // Not the source ("Police put the number at 1,800").
            let sourced = |w: &Word| {
                said.as_ref().is_some_and(|a| {
                    a.spans
                        .iter()
                        .any(|r| r.start <= w.span.start && w.span.end <= r.end)
                })
            };
            let named = |w: &&Word| {
                super::words::unit_class(&w.folded).is_some() && !w.punct && !sourced(w)
            };
            // A toll, or what "the number of" counts, stays the clause's
            // subject however long its modifiers ("the death toll from
            // Saturday's collapse at the mine has risen to 41", "the number
            // of people killed by the failure of the dam rose to 21"),
            // unless another figure comes between.
            let since = figure_words
                .iter()
                .copied()
                .filter(|&i| i < first)
                .max()
                .map_or(clause.start, |i| clause.start.max(i + 1));
            let subject = |k: usize| {
                named(&&all[k])
                    && (k >= 1
                        && all[k].folded == "toll"
                        && matches!(all[k - 1].folded.as_str(), "death" | "casualty")
                        || k >= 2
                            && all[k - 1].folded == "of"
                            && matches!(all[k - 2].folded.as_str(), "number" | "total"))
            };
            // The subject wins over a nearer noun of its modifiers ("the
            // death toll from strikes on homes in Gaza City rose to 40").
            let toll = (since..first).rev().find(|&k| subject(k));
            let near = (clause.start..first)
                .rev()
                .take(6)
                .find(|&k| named(&&all[k]));
            if let Some(k) = toll.or(near) {
                let word = &all[k];
                if subject(k) {
                    subject_at = Some(k);
                }
                let class = super::words::unit_class(&word.folded).unwrap_or_default();
                let written = if word.folded == "toll" {
                    "deaths".to_string()
                } else {
                    sentence[word.span.clone()].to_string()
                };
                unit = Some(written.clone());
                unit_class = Some(class.to_string());
                entity = Some(written);
            }
        }
        // U3: a bare figure counts what the figure before it counted, and
        // so does one of "others" ("killing 38 people and injuring 210
        // others"); without a figure before, "others" are people.
        let others = unit
            .as_deref()
            .is_some_and(|u| crate::normalize::fold(u) == "others");
        if others {
            unit_class = Some("people".to_string());
        }
        if unit.is_none() || others {
            if let Some(before) = out.last().filter(|b| b.unit.is_some()) {
                unit.clone_from(&before.unit);
                unit_class.clone_from(&before.unit_class);
                entity.clone_from(&before.entity);
            }
        }
        let predicate = unit
            .as_deref()
            .and_then(|u| predicate_after(sentence, &all, after, u));
        let value_first = all.partition_point(|w| w.span.end <= value_start);
        // S9: "8% over 12 months", "a 5.5% rise spread over two years": a
        // span of time right after another figure is that figure's period.
        let duration = matches!(
            unit_class.as_deref(),
            Some("days" | "weeks" | "months" | "hours" | "years")
        );
        let prep_at = if all[value_first].folded == "over" {
            Some(value_first)
        } else {
            value_first.checked_sub(1)
        };
        let period = duration
            && prep_at.is_some_and(|at| {
                matches!(
                    all[at].folded.as_str(),
                    "over" | "within" | "for" | "across" | "during"
                ) && out.last().is_some_and(|before| {
                    // A rate's or a sum's period, not a people count's
                    // ("three hostages were held for 40 days").
                    let rate = matches!(
                        before.unit_class.as_deref(),
                        Some("percent" | "money" | "points")
                    );
                    let end = all.partition_point(|w| w.span.end <= before.figure_span.start);
                    rate && at > end && at - end <= 4 && !all[end..at].iter().any(is_clause_break)
                })
            });
        if period {
            continue;
        }
        // People, or what the lexicon does not know ("villagers"); not
        // money, magnitudes, hours.
        let human = unit_class.as_deref().is_none_or(|c| {
            matches!(c, "people" | "soldiers" | "workers" | "casualties")
                || !super::words::UNITS.iter().any(|(_, class)| *class == c)
        });
        let outcome = human
            .then(|| outcome_of(&all, value_first, after, unit.as_deref()))
            .flatten()
            // O1: "the number of people killed … rose to 21".
            .or_else(|| {
                let k = subject_at?;
                all[k + 1..(k + 3).min(first)]
                    .iter()
                    .take_while(|w| !is_clause_break(w))
                    .find_map(|w| super::words::outcome(&w.folded))
            });
        let measure = matches!(unit_class.as_deref(), Some("money" | "percent" | "points"))
            .then(|| measure_of(&all, value_first, after))
            .flatten();
        let mut scope = scope_of(sentence, &all, first, after, &figure_words);
        // T2: "in 1989" in the sentence, before the article's year, unless
        // it is another figure's ("62.4%, up from 58% in 2022": the 58's).
        if let Some(year) = year {
            let near = first.saturating_sub(WINDOW)..(first + WINDOW).min(all.len() - 1);
            let earlier_year = |i: usize| {
                year_word(&all, i) && all[i].folded.parse::<i32>().is_ok_and(|y| y < year)
            };
            // T3: "the 2001 bridge collapse", "the 1964 crush": an earlier
            // event named by its year.
            let event = |i: usize| all[i].folded == "the" && earlier_year(i + 1);
            let earlier = near.clone().any(|i| {
                // "in 1989", "during 2016", "of August 2016".
                let phrase = (matches!(all[i].folded.as_str(), "in" | "during")
                    || MONTHS.contains(&all[i].folded.trim_end_matches('.')))
                    && earlier_year(i + 1);
                phrase && phrase_dates(&all, &figure_words, i, 2, first)
            });
            // T3: a figure in the relative clause that describes that event
            // ("the 2001 collapse of the bridge, which killed 59", "in
            // which 59 people died") is the event's, even after "since";
            // not a figure after that clause ("…, which killed 50,000
            // people, say 12,000 families still live in tents").
            let describes = near.into_iter().any(|i| {
                i + 2 < first
                    && event(i)
                    && (i + 2..first)
                        .rev()
                        .find(|&r| matches!(all[r].folded.as_str(), "which" | "when" | "where"))
                        .is_some_and(|r| !all[r + 1..first].iter().any(is_clause_break))
            });
            if (earlier && scope.time_class != Some(TimeClass::Since)) || describes {
                scope.time_class = Some(TimeClass::Past);
            }
        }
        // T4: a figure another one has replaced: an earlier report ("had
        // reported 17 deaths", "had earlier put the toll at 11", "initially
        // said 40") or the start of a change ("rose to 21 from 19", "up from
        // 58%").
        if superseded(&all, first) {
            scope.time_class = Some(TimeClass::Past);
        }
        // S11: "50 million euros ($52 million)": a sum in brackets right
        // after another is that sum converted, not a second statement.
        let opening = value_first
            .checked_sub(1)
            .filter(|&i| matches!(all[i].folded.as_str(), "$" | "€" | "£"))
            .unwrap_or(value_first);
        // Right after that sum and its unit, in another currency.
        let converted = unit_class.as_deref() == Some("money")
            && opening >= 1
            && all[opening - 1].folded == "("
            && out.last().is_some_and(|b| {
                let between = sentence
                    .get(b.value_span.end..all[opening - 1].span.start)
                    .unwrap_or("x")
                    .trim();
                b.unit_class.as_deref() == Some("money")
                    && (between.is_empty()
                        || b.unit
                            .as_deref()
                            .is_some_and(|u| between.eq_ignore_ascii_case(u)))
                    && b.unit.as_deref().map(crate::normalize::fold)
                        != unit.as_deref().map(crate::normalize::fold)
            });
        if converted {
            continue;
        }
        out.push(Statement {
            amount: figure.value,
            upper,
            qualifier,
            value_span: value_start..value_end,
            figure_span: figure.span.clone(),
            unit,
            unit_class,
            entity,
            scope,
            predicate,
            outcome,
            measure,
            attribution: super::attribution::embedded(sentence, &all, value_first)
                .filter(|inner| {
                    said.as_ref()
                        .is_none_or(|s| !s.spans.iter().any(|r| r.contains(&inner.spans[0].start)))
                })
                .or_else(|| said.clone()),
            word_index: first,
        });
    }
    out
}

/// T4: whether the figure at word `first` is one a later figure replaced:
/// reported in the past perfect or as an earlier report ("had reported",
/// "had earlier put", "initially said", "previously estimated"), in its
/// clause before it, or the start of a change ("rose to 21 from 19", "up
/// from 58%", "fell from about 3,000 to 1,800").
fn superseded(all: &[Word], first: usize) -> bool {
    const REPORTS: &[&str] = &[
        "reported",
        "said",
        "put",
        "given",
        "gave",
        "estimated",
        "announced",
        "counted",
        "confirmed",
        "recorded",
        "listed",
        "stated",
    ];
    const EARLIER: &[&str] = &["earlier", "initially", "previously", "originally", "first"];
    const CHANGES: &[&str] = &[
        "rose",
        "risen",
        "rises",
        "rising",
        "climbed",
        "increased",
        "jumped",
        "grew",
        "fell",
        "fallen",
        "dropped",
        "decreased",
        "declined",
        "revised",
        "raised",
        "lowered",
    ];
    let clause = clause_of(all, first);
    let before = &all[clause.start..first];
    // Not reported speech: after "said", "had counted 43 bodies so far" is
    // the speaker's present perfect ("have counted").
    let speech = all[..first].iter().any(|w| {
        matches!(
            w.folded.as_str(),
            "said" | "says" | "say" | "told" | "added" | "stated" | "according"
        )
    });
    let reported = before.windows(2).any(|pair| {
        let (a, b) = (pair[0].folded.as_str(), pair[1].folded.as_str());
        (EARLIER.contains(&a) && REPORTS.contains(&b))
            || (a == "had" && EARLIER.contains(&b))
            || (a == "had" && REPORTS.contains(&b) && !speech)
    });
    // "from" right before the value (its qualifier or currency sign).
    let start = qualifier_before(all, first).map_or(first, |(_, at)| at);
    let start = if start >= 1 && matches!(all[start - 1].folded.as_str(), "$" | "€" | "£") {
        start - 1
    } else {
        start
    };
    let from = start >= 1 && all[start - 1].folded == "from";
    // "up from 58%", "down from 19"; not the qualifier "up to".
    let up_from = start >= 2 && matches!(all[start - 2].folded.as_str(), "up" | "down");
    let change = up_from || before.iter().any(|w| CHANGES.contains(&w.folded.as_str()));
    reported || (from && change)
}

/// Whether word `i` is a year (four digits, 1800 to 2100).
fn year_word(all: &[Word], i: usize) -> bool {
    all.get(i).is_some_and(|w| {
        w.folded.len() == 4
            && w.folded
                .parse::<u16>()
                .is_ok_and(|y| (1800..=2100).contains(&y))
    })
}

/// T1 and T2: whether a time phrase at word `at`, `len` words long, dates
/// the figure at word `first`. A phrase right after a figure, nearer it
/// than any figure after the phrase, is that figure's alone ("58% in
/// 2022", "41.20 euros, its lowest since March 2020, as … 450 million");
/// any other dates every figure ("In 2016 a quake killed 299 and injured
/// 388"). Years and days of the month are not figures here.
fn phrase_dates(all: &[Word], figure_words: &[usize], at: usize, len: usize, first: usize) -> bool {
    let counted = |w: usize| {
        let month = |j: Option<usize>| {
            j.and_then(|j| all.get(j))
                .is_some_and(|m| MONTHS.contains(&m.folded.trim_end_matches('.')))
        };
        w < all.len() && !year_word(all, w) && !month(w.checked_sub(1)) && !month(Some(w + 1))
    };
    let before = figure_words
        .iter()
        .copied()
        .filter(|&w| w < at && counted(w))
        .max();
    let after = figure_words
        .iter()
        .copied()
        .filter(|&w| w >= at + len && counted(w))
        .min();
    match before {
        Some(b) if after.is_none_or(|a| at - b <= a - (at + len)) => b == first,
        _ => true,
    }
}

/// Whether the figure at `span` is part of a phone number: a run of digit
/// groups joined by spaces, hyphens, dots or brackets, with seven digits
/// or more in all and at least three groups ("0800 555 0100", "(01632)
/// 960 118"), or a leading "+".
fn phone_number(sentence: &str, span: &Range<usize>) -> bool {
    let joiner = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '+');
    let start = sentence[..span.start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| joiner(c))
        .last()
        .map_or(span.start, |(i, _)| i);
    let end = sentence[span.end..]
        .char_indices()
        .take_while(|&(_, c)| joiner(c))
        .last()
        .map_or(span.end, |(i, c)| span.end + i + c.len_utf8());
    let run = sentence[start..end].trim();
    let digits = run.chars().filter(char::is_ascii_digit).count();
    let groups = run
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .count();
    // "1,062,000" is a figure with thousands marks, not three groups of
    // a number to dial.
    let thousands = |text: &str| {
        let mut parts = text.split(',');
        parts.next().is_some_and(|head| {
            (1..=3).contains(&head.len()) && head.chars().all(|c| c.is_ascii_digit())
        }) && parts.all(|group| group.len() == 3 && group.chars().all(|c| c.is_ascii_digit()))
    };
    digits >= 7 && (run.starts_with('+') || groups >= 3) && !(run.contains(',') && thousands(run))
}

/// Whether `rest` (the text after a figure) opens with a clock time's
/// marker: "p.m.", "a.m.", "pm", "am", "h", "GMT", "o'clock".
pub fn clock_after(rest: &str) -> bool {
    let rest = rest.trim_start().to_lowercase();
    let marker = [
        "p.m", "a.m", "p. m", "a. m", "pm", "am", "h", "gmt", "utc", "o'clock", "uhr",
    ]
    .iter()
    .find(|m| rest.starts_with(**m));
    marker.is_some_and(|m| {
        !rest[m.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
    })
}

/// S2: whether the figure at words `first..=last` states a quantity.
fn is_statement(text: &str, all: &[Word], first: usize, last: usize, value: f64) -> bool {
    let previous = first.checked_sub(1).map(|i| &all[i]);
    // "Oct. 8": the abbreviation's stop stands between month and day.
    let before_stop = all[..first].iter().rev().find(|w| w.folded != ".");
    let next = all.get(last + 1);
    let next_word = next.map_or("", |w| w.folded.as_str());
    if text.starts_with('0') && text.len() > 1 && !text.starts_with("0.") && !text.starts_with("0,")
    {
        return false;
    }
    // An age after a name: "Ana Ortiz, 58, said…".
    let plain = text.chars().all(|c| c.is_ascii_digit());
    if plain
        && value < 120.0
        && first >= 2
        && all[first - 1].folded == ","
        && all[first - 2].capital
        && matches!(next_word, "," | "." | ")")
    {
        return false;
    }
    // An ordinal or a figure glued to letters is not a count.
    let glued = &all[last].folded;
    if (glued.ends_with("th")
        || glued.ends_with("st")
        || glued.ends_with("nd")
        || glued.ends_with("rd"))
        && glued.chars().next().is_some_and(|c| c.is_ascii_digit())
    {
        return false;
    }
    if all[first].folded.contains('-') && all[first].folded.ends_with("year-old") {
        return false;
    }
    let plain_digits = text.chars().all(|c| c.is_ascii_digit());
    // "2000 workers" counts; "in 1999 killed", "since 2008 dead" are years
    // before a verb that is also a unit word.
    let unit_follows = next.is_some_and(|w| unit_class(&w.folded).is_some())
        && !(first >= 1
            && matches!(
                all[first - 1].folded.as_str(),
                "in" | "since" | "during" | "until" | "till"
            ));
    if plain_digits && (1800.0..=2100.0).contains(&value) && value.fract() == 0.0 && !unit_follows {
        return false;
    }
    let month =
        |w: Option<&Word>| w.is_some_and(|w| MONTHS.contains(&w.folded.trim_end_matches('.')));
    if plain_digits && value <= 31.0 && (month(before_stop) || month(next)) {
        return false;
    }
    if let Some(previous) = previous {
        let label_word = previous.capital
            && !previous.punct
            && first >= 2
            && !QUALIFIERS_BEFORE
                .iter()
                .any(|(q, _)| q.split(' ').next_back() == Some(previous.folded.as_str()));
        if label_word && plain_digits && value < 1000.0 {
            return false;
        }
        if matches!(
            previous.folded.as_str(),
            "no" | "number" | "aged" | "age" | "nr"
        ) && plain_digits
        {
            return false;
        }
        if previous.folded == "-" && first >= 2 && !all[first - 2].punct {
            // "F-16", and the second figure of a range read elsewhere.
            return false;
        }
    }
    // S2: the total in "38 of the 75 seats" is not a statement of its own.
    if first >= 3
        && matches!(all[first - 1].folded.as_str(), "the" | "its" | "their")
        && all[first - 2].folded == "of"
        && all[first - 3].folded.chars().any(|c| c.is_ascii_digit())
    {
        return false;
    }
    if matches!(
        next_word,
        "p.m" | "a.m" | "pm" | "am" | "gmt" | "utc" | "h" | "uhr" | "o'clock"
    ) || next_word.ends_with("-year-old")
    {
        return false;
    }
    if next_word == "years" && all.get(last + 2).is_some_and(|w| w.folded == "old") {
        return false;
    }
    true
}

/// Q1: a qualifier ending just before word `first`, and the index of its
/// first word.
fn qualifier_before(all: &[Word], first: usize) -> Option<(Qualifier, usize)> {
    // "as much as $75 million": the currency sign stands between.
    let first = if first >= 1 && matches!(all[first - 1].folded.as_str(), "$" | "€" | "£") {
        first - 1
    } else {
        first
    };
    for (phrase, qualifier) in QUALIFIERS_BEFORE {
        let parts: Vec<&str> = phrase.split(' ').collect();
        if parts.len() > first {
            continue;
        }
        let start = first - parts.len();
        let matches = parts
            .iter()
            .zip(&all[start..first])
            .all(|(p, w)| *p == w.folded.as_str());
        if matches {
            return Some((*qualifier, start));
        }
    }
    None
}

/// U1–U2: the unit, its class and the measured entity, read after the
/// figure (whose words end before `after`).
fn unit_after(
    sentence: &str,
    all: &[Word],
    first: usize,
    after: usize,
) -> (Option<String>, Option<String>, Option<String>) {
    // Signs: "%" after, a currency sign before.
    if let Some(w) = all.get(after) {
        if w.folded == "%" {
            return (Some("%".into()), Some("percent".into()), None);
        }
        if w.folded == "per" && all.get(after + 1).is_some_and(|n| n.folded == "cent") {
            return (Some("per cent".into()), Some("percent".into()), None);
        }
        if w.folded == "percentage" && all.get(after + 1).is_some_and(|n| n.folded == "points") {
            return (
                Some("percentage points".into()),
                Some("points".into()),
                None,
            );
        }
    }
    if let Some(previous) = first.checked_sub(1).map(|i| &all[i]) {
        if matches!(previous.folded.as_str(), "€" | "$" | "£") {
            let sign = previous.folded.clone();
            return (Some(sign), Some("money".into()), None);
        }
    }
    let mut modifiers: Vec<&Word> = Vec::new();
    for (offset, word) in all.iter().enumerate().skip(after).take(6) {
        if is_clause_break(word) {
            break;
        }
        if word.punct {
            continue;
        }
        let folded = word.folded.as_str();
        // Two-word units: "cubic metres", "square miles".
        if matches!(folded, "cubic" | "square") {
            if let Some(next) = all.get(offset + 1) {
                let pair = format!("{folded} {}", next.folded);
                if let Some(class) = unit_class(&pair) {
                    let written = sentence[word.span.start..next.span.end].to_string();
                    return (
                        Some(written.clone()),
                        Some(class.to_string()),
                        Some(written),
                    );
                }
            }
        }
        if let Some(class) = unit_class(folded) {
            let class = casualty_class(all, offset, class);
            let entity = entity_text(sentence, &modifiers, word);
            return (
                Some(sentence[word.span.clone()].to_string()),
                Some(class.to_string()),
                Some(entity),
            );
        }
        if folded == "of" && modifiers.is_empty() {
            // "1,500 of them", "38 of the 75 seats": the unit follows.
            continue;
        }
        if matches!(folded, "the" | "its" | "their")
            && offset > after
            && all[offset - 1].folded == "of"
        {
            continue;
        }
        if folded
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && offset > after
            && all[offset - 1].folded != "of"
            && !matches!(all[offset - 1].folded.as_str(), "the" | "its" | "their")
        {
            break;
        }
        if folded.chars().any(|c| c.is_ascii_digit()) {
            // The total after "of the": read past it to the unit.
            continue;
        }
        // "four other villages", "12 more suspects": the noun after is
        // the unit, not the unit of a figure before.
        if offset == after && matches!(folded, "other" | "more" | "additional" | "further") {
            continue;
        }
        if FUNCTION_WORDS.contains(&folded) || folded.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        let plural = folded.len() > 3
            && folded.ends_with('s')
            && !folded.ends_with("ss")
            && !folded.ends_with("us")
            && !folded.ends_with("is");
        if word.capital && plural && (folded.ends_with("ans") || folded.ends_with("ese")) {
            // A demonym plural: "North Koreans" are people.
            let entity = entity_text(sentence, &modifiers, word);
            return (
                Some(entity.clone()),
                Some(casualty_class(all, offset, "people").to_string()),
                Some(entity),
            );
        }
        if plural && !word.capital {
            let entity = entity_text(sentence, &modifiers, word);
            let unit = sentence[word.span.clone()].to_string();
            return (Some(unit), Some(folded.to_string()), Some(entity));
        }
        modifiers.push(word);
    }
    (None, None, None)
}

/// O1: what happened to what the figure counts (`words::OUTCOMES`): a
/// verb up to two words before the value ("killing at least 38"), else the
/// unit word ("41 deaths", "250 injured"), else the first outcome word in
/// the eight words after the figure ("35 people dead", "were injured"),
/// none of them across a clause break, nor before the value across "and"
/// or "or" ("35 dead and 250 injured"), nor after it past another figure
/// or "for", "to", "who", "which", "those" ("a vigil for those killed"). After "and" or "or", a second
/// outcome makes "casualties" ("killed and wounded"); anything else there
/// ends the look ("35 dead and more than 250 injured": the 250 has its own).
fn outcome_of(
    all: &[Word],
    value_first: usize,
    after: usize,
    unit: Option<&str>,
) -> Option<&'static str> {
    let outcome = super::words::outcome;
    for word in all[value_first.saturating_sub(2)..value_first].iter().rev() {
        if is_clause_break(word) || matches!(word.folded.as_str(), "and" | "or") {
            break;
        }
        if let Some(found) = outcome(&word.folded) {
            return Some(found);
        }
    }
    if let Some(found) = unit
        .and_then(|u| u.split_whitespace().next_back())
        .and_then(|u| outcome(&crate::normalize::fold(u)))
    {
        return Some(found);
    }
    // Past an aside on who they were ("Sixteen people, including three
    // children, died"), up to its closing comma.
    let comma = |i: usize| all.get(i).is_some_and(|w| w.punct && w.folded == ",");
    let aside = (after..after + 2).find(|&i| comma(i)).filter(|&i| {
        all.get(i + 1).is_some_and(|w| {
            matches!(
                w.folded.as_str(),
                "including" | "among" | "most" | "many" | "mostly"
            )
        })
    });
    let after = aside
        .and_then(|at| (at + 2..all.len().min(at + 10)).find(|&i| comma(i)))
        .map_or(after, |i| i + 1);
    let mut found = None;
    for (i, word) in all.iter().enumerate().skip(after).take(8) {
        // Not past another figure or what it is for ("5,000 people
        // attended the funerals of 38 victims killed", "a vigil for those
        // killed", "sent to help the displaced").
        let figure = word.folded.starts_with(|c: char| c.is_ascii_digit());
        if is_clause_break(word)
            || figure
            || matches!(
                word.folded.as_str(),
                "for" | "to" | "who" | "which" | "whose" | "those" | "after" | "before"
            )
        {
            break;
        }
        if matches!(word.folded.as_str(), "and" | "or") {
            let next = all.get(i + 1).and_then(|n| outcome(&n.folded));
            return match (found, next) {
                (Some(a), Some(b)) if a != b => Some("casualties"),
                _ => found,
            };
        }
        if found.is_none() {
            found = outcome(&word.folded);
        }
    }
    found
}

/// O2: what a sum or a share measures (`words::MEASURES`): the noun after
/// "of" right after the figure and its unit ("28% of the vote", "12% of
/// its workforce"), else the first measure word in the four words after
/// it ("a 3% pay rise", "50 million euros in aid"), else the nearest in the
/// eight words before the value ("turnout of just over 60%", "damage would
/// reach 1.2 billion euros"), none of them across a clause break, "and",
/// "or" or another figure.
fn measure_of(all: &[Word], value_first: usize, after: usize) -> Option<&'static str> {
    let measure = super::words::measure;
    let mut i = after;
    while all.get(i).is_some_and(|w| {
        !is_clause_break(w)
            && (w.folded == "%"
                || matches!(
                    w.folded.as_str(),
                    "per" | "cent" | "percent" | "percentage" | "points"
                )
                || unit_class(&w.folded).is_some())
    }) && i < after + 3
    {
        i += 1;
    }
    if all.get(i).is_some_and(|w| w.folded == "of") {
        let noun = all[i + 1..].iter().take(3).find(|w| {
            !matches!(
                w.folded.as_str(),
                "the" | "its" | "their" | "his" | "her" | "a" | "an"
            )
        });
        if let Some(found) = noun.and_then(|w| measure(&w.folded)) {
            return Some(found);
        }
    }
    // The noun the figure modifies comes first ("a 3% pay rise", "50
    // million euros in compensation").
    for word in all.iter().skip(after).take(4) {
        let figure = word.folded.starts_with(|c: char| c.is_ascii_digit());
        if is_clause_break(word) || figure || matches!(word.folded.as_str(), "and" | "or") {
            break;
        }
        if let Some(found) = measure(&word.folded) {
            return Some(found);
        }
    }
    for word in all[value_first.saturating_sub(8)..value_first].iter().rev() {
        if is_clause_break(word) || matches!(word.folded.as_str(), "and" | "or") {
            break;
        }
        if let Some(found) = measure(&word.folded) {
            return Some(found);
        }
    }
    None
}

/// The verb phrase right after the unit word `unit` (found from word
/// `after` on): auxiliaries and verbs, at most five words, up to a
/// preposition, a figure or a clause break, and a bare common noun after a
/// preposition ("were taken to hospital"; a name there is a place, read
/// by P1); `None` without a verb.
fn predicate_after(sentence: &str, all: &[Word], after: usize, unit: &str) -> Option<String> {
    let last = unit.split_whitespace().next_back()?;
    let at =
        (after..(after + 7).min(all.len())).find(|&i| &sentence[all[i].span.clone()] == last)?;
    const AUX: [&str; 17] = [
        "were",
        "was",
        "have",
        "has",
        "had",
        "been",
        "are",
        "is",
        "be",
        "being",
        "will",
        "would",
        "could",
        "may",
        "might",
        "already",
        "reportedly",
    ];
    let mut end = at;
    let mut verb = false;
    for (i, word) in all.iter().enumerate().skip(at + 1).take(5) {
        let folded = word.folded.as_str();
        let to_after_had = folded == "to"
            && i >= 1
            && matches!(all[i - 1].folded.as_str(), "had" | "have" | "has");
        if AUX.contains(&folded) || to_after_had {
            end = i;
            continue;
        }
        let content = !word.punct
            && !word.capital
            && !FUNCTION_WORDS.contains(&folded)
            && !folded.chars().any(|c| c.is_ascii_digit());
        if content && end + 1 == i {
            end = i;
            verb = true;
            // One verb, and "out"/"off"/"up" after it ("walked out").
            if all.get(i + 1).is_some_and(|n| {
                matches!(n.folded.as_str(), "out" | "off" | "up" | "down" | "away")
            }) {
                end = i + 1;
            }
            let bare_noun = |w: &Word| {
                !w.punct
                    && !w.capital
                    && !FUNCTION_WORDS.contains(&w.folded.as_str())
                    && !w.folded.chars().any(|c| c.is_ascii_digit())
            };
            if all
                .get(end + 1)
                .is_some_and(|p| matches!(p.folded.as_str(), "to" | "in" | "into" | "from" | "at"))
                && all.get(end + 2).is_some_and(bare_noun)
            {
                end += 2;
            }
            break;
        }
        break;
    }
    (verb && end > at).then(|| sentence[all[at + 1].span.start..all[end].span.end].to_string())
}

/// U2: a human unit whose clause says they were killed or wounded.
fn casualty_class(all: &[Word], unit_at: usize, class: &'static str) -> &'static str {
    if !matches!(class, "soldiers" | "people" | "workers") {
        return class;
    }
    let hurt = all[unit_at + 1..]
        .iter()
        .take_while(|w| !is_clause_break(w))
        .take(6)
        .any(|w| {
            matches!(
                w.folded.as_str(),
                "killed" | "wounded" | "dead" | "injured" | "died" | "lost" | "casualties"
            )
        });
    if hurt { "casualties" } else { class }
}

fn entity_text(sentence: &str, modifiers: &[&Word], unit: &Word) -> String {
    match modifiers.first() {
        Some(first) => sentence[first.span.start..unit.span.end].to_string(),
        None => sentence[unit.span.clone()].to_string(),
    }
}

/// The clause around word `at`: the indices of its first and last words.
/// Clauses end at punctuation ([`is_clause_break`]) and before "but",
/// "while", "whereas", and "and" followed by "that" or a determiner ("…
/// were already in Russia and that a total of 12,000 …").
pub fn clause_of(all: &[Word], at: usize) -> Range<usize> {
    let breaks_at = |i: usize| {
        let word = &all[i];
        is_clause_break(word)
            || matches!(word.folded.as_str(), "but" | "while" | "whereas")
            || (word.folded == "and"
                && all.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.folded.as_str(),
                        "that" | "the" | "a" | "their" | "its" | "his" | "her"
                    )
                }))
    };
    let start = (0..at).rev().find(|&i| breaks_at(i)).map_or(0, |i| i + 1);
    let end = (at..all.len()).find(|&i| breaks_at(i)).unwrap_or(all.len());
    start..end
}

/// T1 and P1.
fn scope_of(
    sentence: &str,
    all: &[Word],
    first: usize,
    after: usize,
    figure_words: &[usize],
) -> ScopeParts {
    let clause = clause_of(all, first);
    let clause = clause.start..clause.end.max(after.min(all.len()));
    let mut scope = ScopeParts::default();
    // Time phrases, nearest first: the figure's clause, then the sentence
    // (within `WINDOW` words).
    let mut order: Vec<usize> = (clause.clone()).collect();
    order.sort_by_key(|&i| i.abs_diff(first));
    let near = first.saturating_sub(WINDOW)..(first + WINDOW).min(all.len());
    // Not from a relative clause after the figure's ("…, which has run
    // Route 4 since 1994"): it tells about something else.
    let relative = (clause.end..all.len())
        .find(|&i| matches!(all[i].folded.as_str(), "which" | "who" | "whose"))
        .unwrap_or(all.len());
    // Nor from another clause when the phrase is another figure's
    // ("closed at 41.20 euros, its lowest since March 2020, as … savings
    // of 450 million euros": the 41.20's).
    let mut rest: Vec<usize> = near
        .filter(|&i| !clause.contains(&i) && i < relative)
        .filter(|&i| phrase_dates(all, figure_words, i, 2, first))
        .collect();
    rest.sort_by_key(|&i| i.abs_diff(first));
    for i in order.into_iter().chain(rest) {
        if let Some((text, mut class)) = time_phrase(sentence, all, i) {
            // "had left by Monday evening" is a count as of then; "will
            // send 10,000 by December" a plan.
            let deadline = matches!(all[i].folded.as_str(), "by" | "until" | "before");
            if deadline
                && class == TimeClass::Planned
                && verb_time(all, &clause) != Some(TimeClass::Planned)
            {
                class = TimeClass::Current;
            }
            scope.time = Some(text);
            scope.time_class = Some(class);
            break;
        }
    }
    if scope.time_class.is_none() {
        scope.time_class = verb_time(all, &clause);
    }
    // P1: a place after the figure, in its clause.
    let mut i = after;
    while i < clause.end {
        let word = &all[i];
        let preposition = matches!(
            word.folded.as_str(),
            "in" | "to" | "inside" | "within" | "across" | "into" | "on"
        );
        if preposition {
            let mut j = i + 1;
            if all.get(j).is_some_and(|w| w.folded == "the") {
                j += 1;
            }
            let name_start = j;
            while all.get(j).is_some_and(|w| w.capital && !w.punct) {
                j += 1;
            }
            // "in Tuesday's fire": a day, not a place.
            let when_word = |w: &Word| {
                let folded = w.folded.trim_end_matches("'s").trim_end_matches("’s");
                MONTHS.contains(&folded) || is_day(folded)
            };
            // "to the Russian port": an adjective of a name, not a place.
            let adjective = j == name_start + 1
                && all.get(j).is_some_and(|w| {
                    !w.punct
                        && !w.capital
                        && w.folded != "soil"
                        && !FUNCTION_WORDS.contains(&w.folded.as_str())
                })
                && ["ian", "ese", "ish", "ean", "an"]
                    .iter()
                    .any(|end| all[name_start].folded.ends_with(end));
            // "on Route 9": a label, not a place.
            let label = all
                .get(j)
                .is_some_and(|w| w.folded.chars().all(|c| c.is_ascii_digit()));
            if j > name_start && !when_word(&all[name_start]) && !adjective && !label {
                // "in the Kursk region": a lower-case place noun after it.
                if all.get(j).is_some_and(|w| {
                    matches!(
                        w.folded.as_str(),
                        "region" | "province" | "oblast" | "county" | "district" | "area"
                    )
                }) {
                    j += 1;
                }
                let soil = all.get(j).is_some_and(|w| w.folded == "soil");
                let end = if soil { j + 1 } else { j };
                let place = &sentence[all[i].span.start..all[end - 1].span.end];
                let place = place
                    .strip_suffix("'s")
                    .or_else(|| place.strip_suffix("’s"))
                    .unwrap_or(place);
                scope.place = Some(place.to_string());
                break;
            }
        }
        i += 1;
    }
    scope
}

/// A time phrase starting at word `i`, and its class.
fn time_phrase(sentence: &str, all: &[Word], i: usize) -> Option<(String, TimeClass)> {
    let word = all[i].folded.as_str();
    let next = all.get(i + 1).map(|w| w.folded.as_str());
    let span =
        |to: usize| sentence[all[i].span.start..all[to.min(all.len() - 1)].span.end].to_string();
    let datelike = |w: Option<&str>| {
        w.is_some_and(|w| {
            MONTHS.contains(&w)
                || is_day(w)
                || w.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    w,
                    "the" | "end" | "next" | "this" | "mid" | "early" | "late"
                )
        })
    };
    match word {
        "by" | "until" | "before" | "as" | "at"
            if next.is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
                && (clock_after(&sentence[all[i + 1].span.end..])
                    || all.get(i + 2).is_some_and(|w| w.folded == ":")) =>
        {
            // A clock time: a count as of that hour ("before 10 p.m.", with
            // its a.m. or p.m.).
            let mut end = i + 1;
            while end < i + 8
                && all.get(end + 1).is_some_and(|w| {
                    matches!(
                        w.folded.as_str(),
                        "." | ":" | "a" | "p" | "m" | "am" | "pm" | "a.m" | "p.m"
                    ) || (w.folded.chars().all(|c| c.is_ascii_digit()) && end == i + 2)
                })
            {
                end += 1;
            }
            if all[end].folded == "."
                && end > i + 1
                && !matches!(
                    all[end - 1].folded.as_str(),
                    "a" | "p" | "m" | "a.m" | "p.m"
                )
            {
                end -= 1;
            }
            Some((span(end), TimeClass::Current))
        }
        // "by December", "by 2026", "by 30 November"; not "by 4 per cent".
        // Not "by The Ledger": a capitalised "The" opens a name.
        "by" | "until" | "before"
            if next.is_some_and(|n| !n.chars().all(|c| c.is_ascii_digit()))
                && datelike(next)
                && !(next == Some("the") && all[i + 1].capital)
                // A year, not a count ("passed by 1200 votes").
                || next.is_some_and(|n| {
                    n.len() == 4 && n.parse::<u16>().is_ok_and(|y| (1900..=2100).contains(&y))
                }) && all
                    .get(i + 2)
                    .is_none_or(|w| super::words::unit_class(&w.folded).is_none())
                || next.is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
                    && all
                        .get(i + 2)
                        .is_some_and(|w| MONTHS.contains(&w.folded.as_str())) =>
        {
            let mut end = i + 1;
            while all.get(end + 1).is_some_and(|w| {
                !w.punct
                    && (datelike(Some(&w.folded))
                        || matches!(
                            w.folded.as_str(),
                            "of" | "year"
                                | "month"
                                | "week"
                                | "weekend"
                                | "spring"
                                | "summer"
                                | "autumn"
                                | "fall"
                                | "winter"
                                | "morning"
                                | "afternoon"
                                | "evening"
                                | "night"
                        ))
            }) {
                end += 1;
            }
            // "by the failure of the dam" names no time: the phrase must
            // end on one ("by the end of the year", "by next Monday").
            let filler =
                |w: &str| matches!(w, "the" | "this" | "next" | "mid" | "early" | "late" | "of");
            (!filler(all[end].folded.as_str())).then(|| (span(end), TimeClass::Planned))
        }
        "since" if datelike(next) || next.is_some_and(|n| n.len() > 2) => {
            // "since February 2022", "since the invasion began": up to
            // five words, to a clause break.
            let mut end = i + 1;
            while end < i + 9
                && all
                    .get(end + 1)
                    .is_some_and(|w| !is_clause_break(w) && w.folded != "and")
            {
                end += 1;
            }
            while end > i + 1 && FUNCTION_WORDS.contains(&all[end].folded.as_str()) {
                end -= 1;
            }
            Some((span(end), TimeClass::Since))
        }
        "per" | "every" | "each" | "a"
            if next.is_some_and(|n| matches!(n, "day" | "week" | "month" | "hour")) =>
        {
            (word != "a" || i > 0).then(|| (span(i + 1), TimeClass::Rate))
        }
        "daily" => Some((span(i), TimeClass::Rate)),
        "in" if next.is_some_and(|n| n == "total" || n == "all") => {
            Some((span(i + 1), TimeClass::Planned))
        }
        "total" if i >= 1 && all[i - 1].folded == "a" => Some((span(i), TimeClass::Planned)),
        "now" | "currently" | "already" => Some((span(i), TimeClass::Current)),
        "so" if next == Some("far") => Some((span(i + 1), TimeClass::Current)),
        "to" if next == Some("date") => Some((span(i + 1), TimeClass::Current)),
        "at" if next == Some("the") && all.get(i + 2).is_some_and(|w| w.folded == "moment") => {
            Some((span(i + 2), TimeClass::Current))
        }
        "as" if next == Some("of") => Some((span(i + 2), TimeClass::Current)),
        _ => None,
    }
}

/// T1 without a time phrase: the clause's verb.
fn verb_time(all: &[Word], clause: &Range<usize>) -> Option<TimeClass> {
    let planned = all[clause.clone()].iter().any(|w| {
        matches!(
            w.folded.as_str(),
            "will"
                | "plans"
                | "planned"
                | "plan"
                | "expected"
                | "preparing"
                | "prepare"
                | "would"
                | "intends"
                | "eventually"
                | "swell"
        )
    });
    if planned {
        return Some(TimeClass::Planned);
    }
    let current = all[clause.clone()].iter().any(|w| {
        matches!(
            w.folded.as_str(),
            "are" | "is" | "have" | "has" | "there" | "remain" | "remains" | "stationed"
        )
    });
    current.then_some(TimeClass::Current)
}
