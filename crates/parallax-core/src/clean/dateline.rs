//! Date lines: the date an article prints near its headline, with the clock
//! time, time zone and labels around it. Forms read (each has a test):
//!
//! - D1. Labels and weekdays first are skipped: "Published:", "Updated",
//!   "Posted", "Last updated", "First published on", "Date:" (and the same
//!   labels in Spanish, Portuguese, French, German and Italian:
//!   "Publicado:", "Actualizado", "Veröffentlicht", "Mis à jour"…), and
//!   weekday names or abbreviations ("Tue 5 Nov 2024").
//! - D2. Month names, full or abbreviated with or without a full stop, in
//!   either order: "November 5, 2024", "Nov. 5, 2024", "5 November 2024",
//!   "5 Nov 2024"; in English, Spanish, Portuguese, French, German and
//!   Italian ("4 de noviembre de 2024", "5. November 2024", "4 nov. 2024");
//!   an abbreviation counts only when every language agrees on its month.
//! - D2b. Chinese, Japanese and Korean: "2024年11月5日", "2024년 11월 5일".
//! - D3. ISO 8601, with or without a time and zone: "2024-11-05",
//!   "2024-11-05T14:31:00Z".
//! - D4. All-numeric "05.11.2024", "5/11/2024", "5-11-2024": a part above
//!   12 decides the order; otherwise the date is read day first (as the
//!   countries that write dates with dots do, and most that use slashes)
//!   and flagged ambiguous with that basis, never silently.
//! - D5. After the date: a clock time ("2:31 AM", "1:51 pm", "09.12",
//!   "10:02 a.m.") and a time-zone abbreviation or offset ("CET", "ET",
//!   "GMT", "UTC+9") are part of the date line.
//!
//! What follows the date line (after a dash, bar or colon) is returned as
//! the rest, so a first paragraph that opens with its date keeps its
//! sentence.

use crate::date::Date;

/// A date read from the start of a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateLine {
    pub date: Date,
    /// Why the date may be wrong, when the day and month order was guessed
    /// (rule D4); `None` when the text settles it.
    pub ambiguity: Option<String>,
    /// Byte offset in the line where the text after the date line begins
    /// (separators skipped); the line's length when nothing follows.
    pub rest: usize,
}

const LABELS: [&str; 24] = [
    "first published on",
    "first published",
    "last updated on",
    "last updated",
    "last modified on",
    "published on",
    "published",
    "updated on",
    "updated",
    "posted",
    "publicado el",
    "publicado",
    "actualizado",
    "atualizado",
    "veröffentlicht am",
    "veröffentlicht",
    "aktualisiert am",
    "aktualisiert",
    "stand",
    "publié le",
    "publié",
    "mis à jour le",
    "mis à jour",
    "pubblicato",
];

/// Weekdays, folded (the claim engine reads them too).
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Reads a date line at the start of `text` (rules D1 to D5).
pub fn read_dateline(text: &str) -> Option<DateLine> {
    let label_end = skip_label(text);
    let at = skip_weekday(text, label_end);
    // "Updated 21:40, Thursday 9 April 2026": a clock time before the date.
    let (date, ambiguity, after) = read_date(text, at).or_else(|| {
        let at = skip_clock(text, label_end)?;
        read_date(text, skip_weekday(text, at))
    })?;
    let after = skip_time_and_zone(text, after);
    let rest = skip_separators(text, after);
    Some(DateLine {
        date,
        ambiguity,
        rest,
    })
}

/// After a clock time ("21:40", "9.05pm") and a comma or space at `at`,
/// where the date may start; `None` without one.
fn skip_clock(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let digits = |s: &str| s.chars().take_while(char::is_ascii_digit).count();
    let hours = digits(rest);
    if !(1..=2).contains(&hours) || !rest[hours..].starts_with([':', '.']) {
        return None;
    }
    let minutes = digits(&rest[hours + 1..]);
    if minutes != 2 {
        return None;
    }
    let mut end = hours + 1 + minutes;
    for meridiem in ["am", "pm", "AM", "PM", " am", " pm"] {
        if rest[end..].starts_with(meridiem) {
            end += meridiem.len();
            break;
        }
    }
    let after = rest[end..].trim_start_matches([',', ' ']);
    (after.len() < rest.len() - end).then_some(text.len() - after.len())
}

fn skip_spaces(text: &str, at: usize) -> usize {
    at + text[at..].len() - text[at..].trim_start().len()
}

fn skip_label(text: &str) -> usize {
    for label in LABELS
        .iter()
        .chain(&["date", "datum", "fecha", "aggiornato"])
    {
        // Compared on the label's length only: lower-casing a whole long
        // line for each call would make callers that try every position
        // quadratic.
        let head = text.get(..label.len()).map(str::to_lowercase);
        if head.as_deref() == Some(*label) {
            let after = &text[label.len()..];
            if after.starts_with([':', ' ']) {
                let at = label.len() + usize::from(after.starts_with(':'));
                return skip_spaces(text, at);
            }
        }
    }
    0
}

fn skip_weekday(text: &str, at: usize) -> usize {
    let word_end = text[at..]
        .find(|c: char| !c.is_alphabetic())
        .map_or(text.len(), |i| at + i);
    let word = text[at..word_end].to_lowercase();
    let is_weekday = word.len() >= 3
        && WEEKDAYS
            .iter()
            .any(|day| *day == word || (word.len() <= 4 && day.starts_with(&word)));
    if !is_weekday {
        return at;
    }
    let after = text[word_end..]
        .strip_prefix('.')
        .map_or(word_end, |_| word_end + 1);
    let after = text[after..].strip_prefix(',').map_or(after, |_| after + 1);
    skip_spaces(text, after)
}

/// A word (letters, digits, full stops) and where it ends, skipping a
/// trailing comma.
fn word_at(text: &str, at: usize) -> (&str, usize) {
    let end = text[at..]
        .find(|c: char| c.is_whitespace() || c == ',')
        .map_or(text.len(), |i| at + i);
    (&text[at..end], end)
}

fn after_word(text: &str, end: usize) -> usize {
    let end = text[end..].strip_prefix(',').map_or(end, |_| end + 1);
    skip_spaces(text, end)
}

type Read = (Date, Option<String>, usize);

fn read_date(text: &str, at: usize) -> Option<Read> {
    if let Some((date, len)) = cjk(&text[at..]) {
        return Some((date, None, at + len));
    }
    let (first, end) = word_at(text, at);
    if let Some(read) = iso(first).map(|(date, len)| (date, None, at + len)) {
        return Some(read);
    }
    if let Some((date, ambiguity)) = numeric(first.trim_end_matches('.')) {
        return Some((date, ambiguity, end));
    }
    let number = |word: &str| word.trim_end_matches(['.', ',', ':']).parse::<u16>().ok();
    // "4 de noviembre de 2024": the Spanish and Portuguese "de" is skipped.
    let after_de = |at: usize| {
        let at = after_word(text, at);
        let (word, end) = word_at(text, at);
        if word == "de" {
            after_word(text, end)
        } else {
            at
        }
    };
    let (second, end2) = word_at(text, after_de(end));
    let (third, end3) = word_at(text, after_de(end2));
    let (month, day, year) = if let Some(month) = month_number(first) {
        (month, number(second)?, number(third)?)
    } else {
        (month_number(second)?, number(first)?, number(third)?)
    };
    let day = u8::try_from(day).ok()?;
    if !(1000..=9999).contains(&year) {
        return None;
    }
    let date = Date::new(year, month, day)?;
    Some((date, None, end3))
}

/// "2024-11-05" and "2024-11-05T14:31:00Z": the date and the length of the
/// whole token.
fn iso(word: &str) -> Option<(Date, usize)> {
    let date = Date::parse_iso(word.get(..10)?)?;
    let tail = &word[10..];
    let valid_tail = tail.is_empty()
        || tail.starts_with('T')
            && tail[1..]
                .chars()
                .all(|c| c.is_ascii_digit() || ":.+-Z".contains(c));
    valid_tail.then_some((date, word.len()))
}

/// Rule D2b: "2024年11月5日" (also with 년, 월, 일 and spaces); the date and
/// its length in bytes.
fn cjk(text: &str) -> Option<(Date, usize)> {
    let mut numbers = [0u16; 3];
    let mut at = 0;
    for (slot, marks) in numbers
        .iter_mut()
        .zip([["年", "년"], ["月", "월"], ["日", "일"]])
    {
        at += text[at..].len() - text[at..].trim_start().len();
        let digits = text[at..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len() - at);
        *slot = text[at..at + digits].parse().ok()?;
        at += digits;
        let mark = marks.iter().find(|m| text[at..].starts_with(**m))?;
        at += mark.len();
    }
    let [year, month, day] = numbers;
    if year < 1000 {
        return None;
    }
    Some((
        Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)?,
        at,
    ))
}

/// Rule D4.
fn numeric(word: &str) -> Option<(Date, Option<String>)> {
    let separator = word.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
    let parts: Vec<&str> = word.split(separator).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    if ![a, b, y]
        .iter()
        .all(|p| p.chars().all(|c| c.is_ascii_digit()))
        || y.len() != 4
        || a.is_empty()
        || a.len() > 2
        || b.is_empty()
        || b.len() > 2
    {
        return None;
    }
    let (a, b, year): (u8, u8, u16) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    if a > 12 || a == b {
        return Some((Date::new(year, b, a)?, None));
    }
    if b > 12 {
        return Some((Date::new(year, a, b)?, None));
    }
    let date = Date::new(year, b, a)?;
    let basis = format!(
        "\"{word}\" read day first, as dates written with {} usually are; it could be {}",
        match separator {
            '.' => "dots",
            '/' => "slashes",
            _ => "hyphens",
        },
        Date::new(year, a, b).map_or_else(String::new, |d| d.to_string())
    );
    Some((date, Some(basis)))
}

/// Rule D5: a clock time and a zone after the date.
fn skip_time_and_zone(text: &str, at: usize) -> usize {
    let mut at = skip_spaces(text, at);
    for prefix in [",", "at", "-", "|", "·"] {
        if let Some(rest) = text[at..].strip_prefix(prefix) {
            let candidate = skip_spaces(text, at + prefix.len());
            if rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
                at = candidate;
                break;
            }
        }
    }
    // "14時31分", "14시 31분".
    let cjk_time = text[at..]
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ' || "時分시분".contains(c));
    if text[at..text.len() - cjk_time.len()].contains(['時', '시']) {
        return text.len() - cjk_time.len();
    }
    let (word, end) = word_at(text, at);
    // "9:05pm": the meridiem glued to the time.
    let word = ["am", "pm", "AM", "PM"]
        .iter()
        .find_map(|m| word.strip_suffix(m))
        .unwrap_or(word);
    let is_time = {
        let parts: Vec<&str> = word.split([':', '.']).collect();
        (2..=3).contains(&parts.len())
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit()))
            || (1..=2).contains(&word.len())
                && word.chars().all(|c| c.is_ascii_digit())
                && is_meridiem(word_at(text, skip_spaces(text, end)).0)
    };
    if !is_time {
        return at.min(text.len());
    }
    let mut at = skip_spaces(text, end);
    let (next, next_end) = word_at(text, at);
    if is_meridiem(next) {
        at = skip_spaces(text, next_end);
    }
    let (zone, zone_end) = word_at(text, at);
    if is_zone(zone) {
        at = skip_spaces(text, zone_end);
    }
    at
}

fn is_meridiem(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "am" | "pm" | "a.m." | "p.m." | "a.m" | "p.m"
    )
}

/// "GMT", "ET", "CEST", "UTC+9", "+09:00", "(KST)".
fn is_zone(word: &str) -> bool {
    let word = word.trim_matches(['(', ')']);
    let (letters, offset) = word
        .find(['+', '-', '−'])
        .map_or((word, ""), |i| word.split_at(i));
    let letters_ok = (2..=5).contains(&letters.len())
        && letters.chars().all(|c| c.is_ascii_uppercase())
        || letters.is_empty() && !offset.is_empty();
    let offset_ok = offset
        .chars()
        .skip(1)
        .all(|c| c.is_ascii_digit() || c == ':');
    letters_ok && offset_ok
}

/// Dashes, bars, colons and bullets between a date line and what follows.
fn skip_separators(text: &str, at: usize) -> usize {
    let rest = text[at..].trim_start_matches(|c: char| c.is_whitespace() || "—–-|:·•/".contains(c));
    text.len() - rest.len()
}

/// Month names, in English, Spanish, Portuguese, French, German and
/// Italian, with their month.
const MONTH_NAMES: [(&str, u8); 56] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("sept", 9),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("janvier", 1),
    ("février", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("décembre", 12),
    ("januar", 1),
    ("februar", 2),
    ("märz", 3),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("gennaio", 1),
    ("ottobre", 10),
];

/// The month a word names, full or abbreviated (three to five letters, a
/// full stop allowed); an abbreviation that two languages give different
/// months is not read.
pub(crate) fn month_number(word: &str) -> Option<u8> {
    let word = word.trim_end_matches(['.', ',']).to_lowercase();
    if word.chars().count() < 3 {
        return None;
    }
    if let Some(&(_, month)) = MONTH_NAMES.iter().find(|(name, _)| *name == word) {
        return Some(month);
    }
    if word.chars().count() > 5 {
        return None;
    }
    let mut months = MONTH_NAMES
        .iter()
        .filter(|(name, _)| name.starts_with(&word))
        .map(|&(_, month)| month);
    let first = months.next()?;
    months.all(|month| month == first).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, bool, &str)> {
        read_dateline(text).map(|line| {
            (
                line.date.iso(),
                line.ambiguity.is_some(),
                &text[line.rest..],
            )
        })
    }

    // Issue #14, item 5: none of these was taken as the publication date.
    #[test]
    fn the_date_lines_news_sites_print_are_read() {
        for (line, date) in [
            ("November 5, 2024, 2:31 AM", "2024-11-05"),
            ("November 5, 2024 1:51 pm CET", "2024-11-05"),
            ("Tue 5 Nov 2024 09.12 GMT", "2024-11-05"),
            ("2024-11-05T14:31:00Z", "2024-11-05"),
            ("Updated Nov. 5, 2024, 10:02 a.m. ET", "2024-11-05"),
            ("Published: 5 November 2024", "2024-11-05"),
            ("Tuesday, November 5, 2024", "2024-11-05"),
            ("Sept. 30, 2024", "2024-09-30"),
            ("Published 13.11.2024 | 08:00", "2024-11-13"),
            ("Actualizado: 4 nov. 2024 - 09:10 CET", "2024-11-04"),
            ("4 de noviembre de 2024", "2024-11-04"),
            ("Veröffentlicht am 5. November 2024", "2024-11-05"),
            ("2024年11月5日 14時31分", "2024-11-05"),
            ("2024년 11월 5일", "2024-11-05"),
            ("5 mars 2025", "2025-03-05"),
            ("Updated Nov 5, 2024, 9:05pm CET", "2024-11-05"),
        ] {
            assert_eq!(read(line), Some((date.to_string(), false, "")), "{line}");
        }
    }

    // Issue #14, item 5: where day and month order is ambiguous, say so.
    #[test]
    fn an_ambiguous_numeric_date_is_read_day_first_and_says_so() {
        assert_eq!(
            read("Published: 05.11.2024"),
            Some(("2024-11-05".to_string(), true, ""))
        );
        let line = read_dateline("05/11/2024").unwrap();
        assert!(line.ambiguity.unwrap().contains("11 May 2024"));
        assert_eq!(
            read("25/11/2024"),
            Some(("2024-11-25".to_string(), false, ""))
        );
        assert_eq!(
            read("11/25/2024"),
            Some(("2024-11-25".to_string(), false, ""))
        );
    }

    #[test]
    fn what_follows_the_date_is_the_rest() {
        assert_eq!(
            read("March 3, 2025 — Rescue teams said on Monday."),
            Some((
                "2025-03-03".to_string(),
                false,
                "Rescue teams said on Monday."
            ))
        );
        assert_eq!(
            read("2 November 2024 | World"),
            Some(("2024-11-02".to_string(), false, "World"))
        );
    }

    #[test]
    fn words_that_are_not_dates_are_not_read() {
        assert_eq!(read("May the troops return"), None);
        assert_eq!(read("November 42, 2024"), None);
        assert_eq!(read("Updated 2 hours ago"), None);
        assert_eq!(read("3 soldiers 2024"), None);
    }
}
