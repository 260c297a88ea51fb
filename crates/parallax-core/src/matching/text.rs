//! Text for matching: sentences (Unicode segmentation, repaired after
//! abbreviations), normalized terms (folded, stemmed, stop words dropped,
//! paraphrases made one), and the names a light method can spot. Figures
//! are read by the claim engine (`engine::statement`).

use std::ops::Range;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::normalize::fold;

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

/// The English stemmer, made once (making one allocates its tables).
pub fn english() -> &'static Stemmer {
    static STEMMER: std::sync::OnceLock<Stemmer> = std::sync::OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
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
    let stemmer = english();
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
        .map(|word| concept(&stemmer.stem(word)).to_string())
        .collect()
}

/// Stems that news text uses for one notion, and the stem that stands for
/// them all: a paraphrase list written for general news vocabulary (who
/// sends, supplies, denies, confirms, kills, evacuates, what is counted),
/// not for any one story. Both the matcher and the claim engine read terms
/// through it.
const CONCEPTS: &[(&str, &[&str])] = &[
    (
        "troop",
        &[
            "troop",
            "soldier",
            "forc",
            "personnel",
            "servicemen",
            "fighter",
            "marin",
            "conscript",
        ],
    ),
    (
        "send",
        &[
            "send", "sent", "deploy", "dispatch", "transfer", "post", "station",
        ],
    ),
    (
        "suppli",
        &["suppli", "provid", "give", "deliv", "ship", "furnish"],
    ),
    (
        "arriv",
        &["arriv", "reach", "land", "travel", "sail", "came", "come"],
    ),
    ("deni", &["deni", "reject", "dismiss", "refut", "disput"]),
    ("confirm", &["confirm", "acknowledg", "admit", "verifi"]),
    (
        "weapon",
        &[
            "weapon",
            "weaponri",
            "arm",
            "ammunit",
            "munit",
            "artilleri",
            "shell",
            "missil",
            "rocket",
            "hardwar",
        ],
    ),
    ("death", &["kill", "dead", "death", "die", "fatal", "toll"]),
    (
        "injur",
        &["wound", "injur", "hurt", "hospitalis", "hospitaliz"],
    ),
    (
        "evacu",
        &[
            "evacu", "flee", "fled", "displac", "relocat", "rehous", "leav",
        ],
    ),
    ("home", &["home", "hous", "dwell", "properti", "build"]),
    ("fight", &["fight", "combat", "battl", "frontlin", "front"]),
    (
        "help",
        &["help", "assist", "support", "aid", "bolster", "back"],
    ),
    ("plan", &["plan", "intend", "prepar", "expect"]),
    ("warn", &["warn", "threaten", "caution"]),
    ("vote", &["vote", "ballot", "voter"]),
    (
        "worker",
        &["worker", "employe", "staff", "docker", "striker"],
    ),
    ("strike", &["strike", "walkout", "stoppag", "picket"]),
];

/// The stem that stands for `stem`'s notion ([`CONCEPTS`]), or `stem`.
pub fn concept(stem: &str) -> &str {
    CONCEPTS
        .iter()
        .find(|(_, members)| members.contains(&stem))
        .map_or(stem, |(head, _)| head)
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

    /// The values `read_numbers` gives, as the matcher's figures come to it
    /// (through the claim engine's statements).
    fn numbers(text: &str) -> Vec<f64> {
        crate::normalize::read_numbers(text)
            .into_iter()
            .map(|q| q.value)
            .collect()
    }

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
            ["troop", "send", "russia", "kursk"]
        );
        // "soldiers" and "troops" stand for one notion (CONCEPTS).
        assert_eq!(terms("Zelenskyy's soldiers"), ["zelenskyy", "troop"]);
    }

    #[test]
    fn paraphrases_share_one_term() {
        assert_eq!(terms("denied"), terms("rejected"));
        assert_eq!(terms("were evacuated"), terms("fled"));
        assert_eq!(terms("killed"), terms("deaths"));
        assert_ne!(terms("killed"), terms("injured"));
        assert_eq!(concept("banana"), "banana");
    }

    // Issue #14, item 8: a soft hyphen or zero-width space made a term of
    // its own (or glued two words into one).
    #[test]
    fn invisible_characters_do_not_change_terms() {
        assert_eq!(terms("Bundes\u{AD}regierung"), terms("Bundesregierung"));
        assert_eq!(terms("North\u{200B}Korea"), terms("North Korea"));
        assert_eq!(terms("Stra\u{DF}e"), terms("strasse"));
    }

    // Issue #14, item 9: the matcher read "10.000" as 10 and "twenty-five"
    // as 20 and 5.
    #[test]
    fn numbers_are_read_by_the_shared_rules() {
        assert_eq!(numbers("10.000 soldiers"), [10_000.0]);
        assert_eq!(numbers("10\u{202F}000 soldiers"), [10_000.0]);
        assert_eq!(numbers("1,5 million"), [1_500_000.0]);
        assert_eq!(numbers("twenty-five and sixty"), [25.0, 60.0]);
    }

    #[test]
    fn entities_are_capitalized_runs_after_the_first_word() {
        assert_eq!(
            entities("Ukrainian President Volodymyr Zelenskyy said South Korea would help."),
            ["president volodymyr zelenskyy", "south korea"]
        );
    }
}
