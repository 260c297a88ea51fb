//! Reading the quantities a text states, in the conventions news text uses.
//! The matching engine compares them today and the claim engine will build
//! on them, so each rule is listed here and has a test.
//!
//! **Numerals** (digits, read on the original text):
//!
//! - N1. A numeral is a run of digits and group or decimal marks, each mark
//!   between two digits. Marks are `,` `.`, the apostrophe (`1'000`, Swiss),
//!   the no-break, narrow no-break and thin spaces (U+00A0, U+202F, U+2009),
//!   and an ordinary space when exactly three digits follow it and the
//!   numeral so far is one to three digits (`10 000`, typed without the
//!   no-break space).
//! - N2. Marks of one kind repeated (`1,000,000`, `1.000.000`, `10 000`) are
//!   group marks: the first group has one to three digits and every other
//!   group exactly three, or the numeral is left unread (a date such as
//!   `05.11.2024` is not a number).
//! - N3. Two kinds of mark: the last one, occurring once at the end, is the
//!   decimal mark and the others group marks (`1,234.5`, `1.234,5`,
//!   `1 234,5`); any other mixture is left unread.
//! - N4. One `,` or `.` followed by other than three digits is a decimal
//!   mark (`1.5`, `1,5 million`, `3.25`).
//! - N5. One `,` followed by exactly three digits groups thousands (`8,000`),
//!   unless the numeral starts with `0` (`0,125`).
//! - N6. One `.` followed by exactly three digits groups thousands too
//!   (`10.000 soldiers`, as German, Italian, Spanish and Turkish text
//!   writes it; English writes three decimals rarely, and never for counts),
//!   unless the numeral starts with `0` (`0.125`) or a scale word follows
//!   (`1.234 million` is a decimal).
//! - N7. A scale glued to the digits (`10k`, `1.2bn`, `5m`, `3mn`) or the
//!   next word (`thousand`, `million`, `billion`, `trillion`, `bn`, `mn`)
//!   multiplies: `11 thousand` is 11,000, `1,5 million` 1,500,000.
//! - N8. Not quantities, left unread: digits glued to other letters (`5th`,
//!   `5G`), digits after a letter and hyphen (`F-16`, `COVID-19`), and clock
//!   times and ratios (digits on either side of `:`).
//!
//! **Number words** (English, case and accents folded):
//!
//! - W1. Units `zero` to `nineteen`, tens `twenty` to `ninety`, `hundred`,
//!   `dozen`, and the scales of N7, joined by spaces or hyphens
//!   (`twenty-five` is 25, `two hundred and fifty` 250, `forty thousand`
//!   40,000); `a`/`an` before `hundred`, `dozen` or a scale is one.
//! - W2. A lone `one` is left unread: it is rarely a figure ("one of the").
//!
//! Qualifiers before a number (`some 8,000`, `about`, `at least`) are not
//! part of it: the quantity is 8,000 and its span covers the numeral only.

use std::ops::Range;

/// A quantity a text states.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The number a reader means (a count or amount; no unit).
    pub value: f64,
    /// Where it is written, as a byte range of the text read.
    pub span: Range<usize>,
    /// The original text of the span (`"1,5 million"`, `"twenty-five"`).
    pub text: String,
}

/// The scale words of N7 and W1, and what they multiply by.
fn scale_word(word: &str) -> Option<f64> {
    match word {
        "thousand" => Some(1e3),
        "million" | "mn" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// Scales glued to digits (N7).
fn glued_scale(suffix: &str) -> Option<f64> {
    match suffix {
        "k" | "K" => Some(1e3),
        "m" | "M" | "mn" => Some(1e6),
        "bn" | "b" => Some(1e9),
        _ => None,
    }
}

fn unit_word(word: &str) -> Option<f64> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    UNITS.iter().position(|u| *u == word).map(|i| i as f64)
}

fn tens_word(word: &str) -> Option<f64> {
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    TENS.iter()
        .position(|t| *t == word)
        .map(|i| (i as f64 + 2.0) * 10.0)
}

/// Spaces that group digits (N1); an ordinary space is handled apart.
fn is_group_space(c: char) -> bool {
    matches!(c, '\u{A0}' | '\u{202F}' | '\u{2009}')
}

/// Every quantity `text` states, in order, by the module's rules.
pub fn read_numbers(text: &str) -> Vec<Quantity> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(at, _)| at);
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let previous = i.checked_sub(1).map(|p| chars[p].1);
        let word_start = !previous.is_some_and(char::is_alphanumeric);
        if c.is_ascii_digit() && word_start {
            let (next, quantity) = read_numeral(text, &chars, i);
            if let Some(value) = quantity {
                found.push(Quantity {
                    value,
                    span: start..end_of(next),
                    text: text[start..end_of(next)].to_string(),
                });
            }
            i = next.max(i + 1);
        } else if c.is_alphabetic() && word_start {
            let (next, quantity) = read_number_words(text, &chars, i);
            if let Some((value, last)) = quantity {
                found.push(Quantity {
                    value,
                    span: start..end_of(last),
                    text: text[start..end_of(last)].to_string(),
                });
            }
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
    found
}

/// The end (a char index) of the word starting at char index `i`.
fn word_end(chars: &[(usize, char)], i: usize) -> usize {
    (i..chars.len())
        .find(|&j| !chars[j].1.is_alphanumeric())
        .unwrap_or(chars.len())
}

fn lower_word(text: &str, chars: &[(usize, char)], from: usize, to: usize) -> String {
    let end = chars.get(to).map_or(text.len(), |&(at, _)| at);
    crate::normalize::fold(&text[chars[from].0..end])
}

/// After white space from char index `i`, the next word (start, end), if
/// only spaces separate them.
fn next_word(chars: &[(usize, char)], i: usize) -> Option<(usize, usize)> {
    let mut j = i;
    while j < chars.len() && (chars[j].1.is_whitespace()) {
        j += 1;
    }
    (j > i && j < chars.len() && chars[j].1.is_alphabetic()).then(|| (j, word_end(chars, j)))
}

/// Reads a numeral at char index `i`; returns where reading stopped and
/// the value, if the rules give one.
fn read_numeral(text: &str, chars: &[(usize, char)], i: usize) -> (usize, Option<f64>) {
    let digits_from = |j: usize| {
        (j..chars.len())
            .find(|&k| !chars[k].1.is_ascii_digit())
            .unwrap_or(chars.len())
    };
    let mut groups: Vec<String> = Vec::new();
    let mut marks: Vec<char> = Vec::new();
    let mut j = i;
    loop {
        let end = digits_from(j);
        groups.push(chars[j..end].iter().map(|&(_, c)| c).collect());
        j = end;
        let Some(&(_, mark)) = chars.get(j) else {
            break;
        };
        let digit_after = chars.get(j + 1).is_some_and(|&(_, c)| c.is_ascii_digit());
        let is_mark = matches!(mark, ',' | '.' | '\'' | '’') || is_group_space(mark);
        // N1: an ordinary space groups only "1 000"-shaped numerals.
        let plain_space_group = mark == ' '
            && digit_after
            && digits_from(j + 1) == j + 4
            && groups[0].len() <= 3
            && marks.iter().all(|&m| m == ' ');
        if (is_mark && digit_after) || plain_space_group {
            marks.push(if mark == '’' { '\'' } else { mark });
            j += 1;
        } else {
            break;
        }
    }
    // N8: clock times, ratios, glued letters, "F-16".
    let before_hyphen_letter =
        i >= 2 && matches!(chars[i - 1].1, '-' | '‑') && chars[i - 2].1.is_alphabetic();
    let colon_around = chars.get(j).is_some_and(|&(_, c)| c == ':')
        && chars.get(j + 1).is_some_and(|&(_, c)| c.is_ascii_digit())
        || i >= 2 && chars[i - 1].1 == ':' && chars[i - 2].1.is_ascii_digit();
    let suffix_end = word_end(chars, j);
    let suffix: String = chars[j..suffix_end].iter().map(|&(_, c)| c).collect();
    let glued = (!suffix.is_empty()).then(|| glued_scale(&suffix));
    if before_hyphen_letter || colon_around || glued == Some(None) {
        return (suffix_end, None);
    }
    let scale_after = glued.flatten().map(|s| (s, suffix_end)).or_else(|| {
        let (from, to) = next_word(chars, j)?;
        scale_word(&lower_word(text, chars, from, to)).map(|s| (s, to))
    });
    let Some(value) = numeral_value(&groups, &marks, scale_after.is_some()) else {
        return (suffix_end, None);
    };
    match scale_after {
        Some((scale, end)) => (end, Some(value * scale)),
        None => (j, Some(value)),
    }
}

/// Rules N2 to N6 over the digit groups and the marks between them.
fn numeral_value(groups: &[String], marks: &[char], scale_follows: bool) -> Option<f64> {
    let grouped = |groups: &[String]| {
        (1..=3).contains(&groups[0].len()) && groups[1..].iter().all(|g| g.len() == 3)
    };
    let join = |groups: &[String]| groups.concat().parse::<f64>().ok();
    let decimal = |whole: &[String], fraction: &str| {
        format!("{}.{fraction}", whole.concat()).parse::<f64>().ok()
    };
    let Some((&last, earlier)) = marks.split_last() else {
        return join(groups);
    };
    if earlier.iter().all(|&m| m == last) {
        if !matches!(last, ',' | '.') || marks.len() > 1 {
            return grouped(groups).then(|| join(groups)).flatten();
        }
        let (whole, fraction) = (&groups[0], &groups[1]);
        let leading_zero = whole == "0";
        let thousands = fraction.len() == 3
            && !leading_zero
            && whole.len() <= 3
            && (last == ',' || !scale_follows);
        return if thousands {
            join(groups)
        } else if fraction.len() == 3 && whole.len() > 3 && !leading_zero {
            None
        } else {
            decimal(&groups[..1], fraction)
        };
    }
    let first = earlier[0];
    let consistent = earlier.iter().all(|&m| m == first) && matches!(last, ',' | '.');
    let (whole, fraction) = groups.split_at(groups.len() - 1);
    (consistent && grouped(whole))
        .then(|| decimal(whole, &fraction[0]))
        .flatten()
}

/// Reads number words at char index `i` (W1, W2); returns where reading
/// stopped, and the value with the char index its last word ends at.
fn read_number_words(
    text: &str,
    chars: &[(usize, char)],
    i: usize,
) -> (usize, Option<(f64, usize)>) {
    let first_end = word_end(chars, i);
    let mut total = 0.0;
    let mut current = 0.0;
    let mut words = 0;
    let mut last_end = first_end;
    let mut last_was_base = false; // after "hundred" or a scale: "and" may follow
    let mut at = i;
    let mut pending_a = false;
    loop {
        let end = word_end(chars, at);
        let word = lower_word(text, chars, at, end);
        let mut accepted = true;
        if words == 0 && (word == "a" || word == "an") {
            pending_a = true;
        } else if let Some(unit) = unit_word(&word) {
            if current % 100.0 != 0.0
                && !(current % 100.0 >= 20.0 && current % 10.0 == 0.0 && unit < 10.0 && unit > 0.0)
            {
                break;
            }
            current += unit;
        } else if let Some(tens) = tens_word(&word) {
            if current % 100.0 != 0.0 {
                break;
            }
            current += tens;
        } else if word == "hundred" && current < 100.0 {
            current = if current == 0.0 { 1.0 } else { current } * 100.0;
        } else if word == "dozen" {
            current = if current == 0.0 { 1.0 } else { current } * 12.0;
        } else if let Some(scale) = scale_word(&word).filter(|_| words > 0) {
            total += if current == 0.0 { 1.0 } else { current } * scale;
            current = 0.0;
        } else if word == "and" && last_was_base && words > 0 {
            // Only kept if a number word follows; checked below.
            let next = next_word(chars, end);
            let continues = next.is_some_and(|(from, to)| {
                let next = lower_word(text, chars, from, to);
                unit_word(&next).is_some() || tens_word(&next).is_some()
            });
            if !continues {
                break;
            }
            accepted = false;
        } else {
            break;
        }
        if pending_a
            && words == 1
            && !matches!(word.as_str(), "hundred" | "dozen")
            && scale_word(&word).is_none()
        {
            return (first_end, None);
        }
        last_was_base = word == "hundred" || scale_word(&word).is_some();
        words += 1;
        if accepted {
            last_end = end;
        }
        // The next word, joined by white space or a hyphen.
        let joiner = chars.get(end).map(|&(_, c)| c);
        let next = match joiner {
            Some('-' | '‐' | '‑') => chars
                .get(end + 1)
                .is_some_and(|&(_, c)| c.is_alphabetic())
                .then_some(end + 1),
            Some(c) if c.is_whitespace() => next_word(chars, end).map(|(from, _)| from),
            _ => None,
        };
        match next {
            Some(from) => at = from,
            None => break,
        }
    }
    let value = total + current;
    let lone_one = words == 1 && value == 1.0;
    if words == 0 || (pending_a && words == 1) || lone_one {
        return (first_end, None);
    }
    (last_end, Some((value, last_end)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(f64, &str)> {
        read_numbers(text)
            .into_iter()
            .map(|q| (q.value, &text[q.span]))
            .collect()
    }

    // Issue #14, item 9: every example from the issue.
    #[test]
    fn numbers_in_other_conventions_read_as_a_reader_means() {
        assert_eq!(read("10.000 soldiers"), [(10_000.0, "10.000")]);
        assert_eq!(
            read("10\u{202F}000 soldiers"),
            [(10_000.0, "10\u{202F}000")]
        );
        assert_eq!(read("10\u{A0}000"), [(10_000.0, "10\u{A0}000")]);
        assert_eq!(read("1,5 million people"), [(1_500_000.0, "1,5 million")]);
        assert_eq!(read("1.000.000 euros"), [(1_000_000.0, "1.000.000")]);
        assert_eq!(
            read("forty thousand troops"),
            [(40_000.0, "forty thousand")]
        );
        assert_eq!(read("sixty"), [(60.0, "sixty")]);
        assert_eq!(read("twenty-five"), [(25.0, "twenty-five")]);
        assert_eq!(read("11 thousand"), [(11_000.0, "11 thousand")]);
        assert_eq!(read("some 8,000 troops"), [(8_000.0, "8,000")]);
    }

    #[test]
    fn group_and_decimal_marks() {
        assert_eq!(read("1,000,000"), [(1e6, "1,000,000")]);
        assert_eq!(
            read("1,234.5 and 1.234,5"),
            [(1234.5, "1,234.5"), (1234.5, "1.234,5")]
        );
        assert_eq!(read("1'000 francs"), [(1000.0, "1'000")]);
        assert_eq!(read("about 10 000 soldiers"), [(10_000.0, "10 000")]);
        assert_eq!(
            read("3.25 and 0.125 and 0,5"),
            [(3.25, "3.25"), (0.125, "0.125"), (0.5, "0,5")]
        );
        assert_eq!(read("1.234 million"), [(1_234_000.0, "1.234 million")]);
        assert_eq!(read("1.2 million soldiers"), [(1_200_000.0, "1.2 million")]);
        assert_eq!(
            read("In 2024, 3,000 troops"),
            [(2024.0, "2024"), (3000.0, "3,000")]
        );
    }

    #[test]
    fn ambiguous_or_non_quantities_are_left_unread() {
        assert!(read("Published: 05.11.2024").is_empty());
        assert!(read("1,00,0").is_empty());
        assert!(read("at 14:31 the 5th F-16 and COVID-19 on 5G").is_empty());
        assert!(read("one of the world's largest").is_empty());
        assert!(read("12345.678").is_empty());
    }

    #[test]
    fn number_words() {
        assert_eq!(
            read("three thousand soldiers and twelve more"),
            [(3000.0, "three thousand"), (12.0, "twelve")]
        );
        assert_eq!(
            read("two hundred and fifty"),
            [(250.0, "two hundred and fifty")]
        );
        assert_eq!(read("a thousand men"), [(1000.0, "a thousand")]);
        assert_eq!(
            read("a dozen and two dozen"),
            [(12.0, "a dozen"), (24.0, "two dozen")]
        );
        assert_eq!(read("Ninety-nine"), [(99.0, "Ninety-nine")]);
        assert_eq!(read("one and a half"), Vec::<(f64, &str)>::new());
        assert_eq!(read("one hundred"), [(100.0, "one hundred")]);
        assert_eq!(read("a man and an idea"), Vec::<(f64, &str)>::new());
        assert_eq!(read("two million and then"), [(2e6, "two million")]);
        assert_eq!(read("five six"), [(5.0, "five"), (6.0, "six")]);
    }

    #[test]
    fn glued_scales() {
        assert_eq!(
            read("some 10k troops, $1.2bn, 5m"),
            [(10_000.0, "10k"), (1.2e9, "1.2bn"), (5e6, "5m")]
        );
    }
}
