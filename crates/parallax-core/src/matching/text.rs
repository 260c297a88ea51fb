//! Text for matching: sentences (Unicode segmentation, repaired after
//! abbreviations), normalized terms (folded, stemmed, stop words dropped),
//! numbers in their many spellings, and the names a light method can spot.

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::search::fold;

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: [&str; 34] = [
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "no", "vs",
    "etc", "inc", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.p.r.k",
];

/// The sentences of `text` as byte ranges, trimmed. A break after an
/// abbreviation ("Mr. Austin", "Oct. 8", "U.S. officials") or a single
/// initial ("Vladimir V. Putin") is not a sentence end.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (offset, piece) in text.split_sentence_bound_indices() {
        let end = offset + piece.len();
        let candidate = text[start..end].trim_end();
        if ends_with_abbreviation(candidate) && end < text.len() {
            continue;
        }
        push_trimmed(text, start..end, &mut ranges);
        start = end;
    }
    if start < text.len() {
        push_trimmed(text, start..text.len(), &mut ranges);
    }
    ranges
}

fn push_trimmed(text: &str, range: Range<usize>, ranges: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let leading = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let start = range.start + leading;
        ranges.push(start..start + trimmed.len());
    }
}

fn ends_with_abbreviation(sentence: &str) -> bool {
    let Some(without_stop) = sentence.strip_suffix('.') else {
        return false;
    };
    let last = without_stop
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let is_initial = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    is_initial || ABBREVIATIONS.contains(&last.to_lowercase().as_str())
}

/// Words too common to tell passages apart.
const STOP_WORDS: [&str; 58] = [
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this",
    "these", "those", "it", "its", "their", "they", "them", "he", "she", "his", "her", "we", "our",
    "us", "you", "not", "no", "will", "would", "could", "can", "there", "which", "who", "what",
    "than", "into", "about", "so", "if", "also",
];

/// The normalized terms of a text: folded (case, accents), split into words,
/// stop words and numbers dropped, stemmed.
pub fn terms(text: &str) -> Vec<String> {
    let stemmer = Stemmer::create(Algorithm::English);
    let folded = fold(text);
    folded
        .unicode_words()
        .map(|word| {
            word.trim_matches('\'')
                .trim_end_matches("'s")
                .trim_end_matches("’s")
        })
        .filter(|word| !word.is_empty() && !STOP_WORDS.contains(word))
        .filter(|word| !word.chars().any(|c| c.is_ascii_digit()))
        .map(|word| stemmer.stem(word).into_owned())
        .collect()
}

const UNITS: [(&str, f64); 20] = [
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fifteen", 15.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

fn scale(word: &str) -> Option<f64> {
    match word {
        "thousand" | "k" => Some(1e3),
        "million" | "m" | "mn" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        _ => None,
    }
}

/// The numbers a text states: "3,000", "1.2 million", "10k", "three
/// thousand", "1,500". Years (1900–2100 written alone) and day numbers are
/// kept too; matching only rewards numbers that agree.
pub fn numbers(text: &str) -> Vec<f64> {
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| c.is_whitespace() || c == '-' || c == '–')
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ','))
        .map(|word| word.trim_end_matches(['.', ',']))
        .filter(|word| !word.is_empty())
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        // Digits, with thousands separators or a decimal point, and an
        // optional glued scale ("10k", "1.2bn").
        let digits_end = word
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(word.len());
        if digits_end > 0 && word.starts_with(|c: char| c.is_ascii_digit()) {
            let (digits, suffix) = word.split_at(digits_end);
            if let Ok(mut value) = digits.replace(',', "").parse::<f64>() {
                if let Some(factor) = scale(suffix) {
                    value *= factor;
                } else if suffix.is_empty() {
                    if let Some(factor) = words.get(i + 1).and_then(|next| scale(next)) {
                        value *= factor;
                        i += 1;
                    }
                }
                found.push(value);
            }
            i += 1;
            continue;
        }
        // Number words: "three thousand", "twelve".
        if let Some(&(_, unit)) = UNITS.iter().find(|(name, _)| *name == word) {
            let mut value = unit;
            let mut j = i + 1;
            while let Some(next) = words.get(j) {
                if *next == "hundred" {
                    value *= 100.0;
                } else if let Some(factor) = scale(next) {
                    value *= factor;
                } else {
                    break;
                }
                j += 1;
            }
            // A lone "one" is rarely a figure.
            if value != 1.0 || j > i + 1 {
                found.push(value);
            }
            i = j;
            continue;
        }
        i += 1;
    }
    found
}

/// Names a light method can spot: runs of capitalized words that do not
/// open the sentence, folded ("South Korea", "Zelensky", "Kim Jong Un").
pub fn entities(sentence: &str) -> Vec<String> {
    let mut entities = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for (i, word) in sentence.split_whitespace().enumerate() {
        let clean = word.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = clean.chars().next().is_some_and(char::is_uppercase);
        let ends_clause = word.ends_with([',', '.', ';', ':', '"', '”']);
        if capital && i > 0 && !STOP_WORDS.contains(&clean.to_lowercase().as_str()) {
            run.push(clean);
        } else if !run.is_empty() {
            entities.push(fold(&run.join(" ")));
            run.clear();
        }
        if ends_clause && !run.is_empty() {
            entities.push(fold(&run.join(" ")));
            run.clear();
        }
    }
    if !run.is_empty() {
        entities.push(fold(&run.join(" ")));
    }
    entities.sort();
    entities.dedup();
    entities
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sentences_do_not_break_after_abbreviations_or_initials() {
        assert_eq!(
            split("Mr. Austin spoke. U.S. officials agreed on Oct. 8. Vladimir V. Putin did not."),
            [
                "Mr. Austin spoke.",
                "U.S. officials agreed on Oct. 8.",
                "Vladimir V. Putin did not."
            ]
        );
    }

    #[test]
    fn sentences_break_at_ordinary_ends() {
        assert_eq!(
            split("One. Two? \"Three!\" Four"),
            ["One.", "Two?", "\"Three!\"", "Four"]
        );
    }

    #[test]
    fn numbers_in_their_many_spellings() {
        assert_eq!(numbers("At least 3,000 soldiers"), [3000.0]);
        assert_eq!(
            numbers("three thousand soldiers and twelve more"),
            [3000.0, 12.0]
        );
        assert_eq!(
            numbers("some 10k troops, 1.2 million soldiers"),
            [10000.0, 1_200_000.0]
        );
        assert_eq!(numbers("about 1.3bn dollars"), [1.3e9]);
        assert_eq!(numbers("one of the world's largest"), Vec::<f64>::new());
    }

    #[test]
    fn terms_are_folded_stemmed_and_stripped_of_stop_words() {
        assert_eq!(
            terms("The troops were deploying to Russia's Kursk"),
            ["troop", "deploy", "russia", "kursk"]
        );
        assert_eq!(terms("Zelenskyy's soldiers"), ["zelenskyy", "soldier"]);
    }

    #[test]
    fn entities_are_capitalized_runs_after_the_first_word() {
        assert_eq!(
            entities("Ukrainian President Volodymyr Zelenskyy said South Korea would help."),
            ["president volodymyr zelenskyy", "south korea"]
        );
    }
}
