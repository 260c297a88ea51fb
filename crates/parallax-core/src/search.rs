//! Search across the shown articles and claims: case- and accent-insensitive
//! ("zelensky" finds "Zelenskyy", "seoul" finds "SEOUL", "pyongyang" finds
//! "Pyŏngyang"), with each match located in the original text so it can be
//! highlighted in context. Accents are folded for Latin letters (including
//! Vietnamese) and for accents written as combining marks in any script.

use std::ops::Range;

use crate::corpus::{ArticleId, Corpus, OutletId};
use crate::selection::OutletSelection;

/// Where a match was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A block of an article (0-based).
    Block(usize),
    /// The article's headline.
    Headline,
    /// A claim's question.
    Question(String),
}

/// One match, with the text around it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchHit {
    pub outlet: Option<OutletId>,
    pub article: Option<ArticleId>,
    pub place: Place,
    /// The text the match is shown in (a sentence-sized excerpt).
    pub excerpt: String,
    /// The match, as a byte range of `excerpt`.
    pub matched: Range<usize>,
}

/// The first character of the canonical decomposition (NFD) of each code
/// point of U+00C0..=U+024F (Latin-1 Supplement letters, Latin Extended-A
/// and -B) and of U+1E00..=U+1EFF (Latin Extended Additional, which holds
/// Vietnamese): "é" → "e", "ŏ" → "o", "ø" → "ø" (no decomposition).
/// Generated from the Unicode data; a test checks it against the
/// unicode-normalization crate. A table of 656 letters instead of that
/// crate's tables keeps about 110 KB out of the wasm bundle (BENCHMARKS.md).
const LATIN_BASES: [(u32, &str); 2] = [
    (
        0x00C0,
        "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyAaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀŁłNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟOoƢƣƤƥƦƧƨƩƪƫƬƭƮUuƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAaAaÆæǤǥGgKkOoOoƷʒjǱǲǳGgǶǷNnAaÆæØøAaAaEeEeIiIiOoOoRrRrUuUuSsTtȜȝHhȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺȻȼȽȾȿɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ",
    ),
    (
        0x1E00,
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyẚſẜẝẞẟAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyỺỻỼỽỾỿ",
    ),
];

/// The base letter of an accented Latin letter, if it has one.
fn base_letter(c: char) -> char {
    let code = u32::from(c);
    for (start, bases) in LATIN_BASES {
        if let Some(offset) = code.checked_sub(start) {
            if let Some(base) = usize::try_from(offset)
                .ok()
                .and_then(|i| bases.chars().nth(i))
            {
                return base;
            }
        }
    }
    c
}

/// Combining marks (accents written as separate characters), in the blocks
/// that hold them for Latin, Greek and Cyrillic text.
pub fn is_combining(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
    )
}

/// Folds text for comparison: lower case, accents removed.
pub fn fold(text: &str) -> String {
    folded_chars(text).map(|(c, _)| c).collect()
}

/// The folded characters of `text`, each with the byte range of the original
/// character it came from.
fn folded_chars(text: &str) -> impl Iterator<Item = (char, Range<usize>)> + '_ {
    text.char_indices().flat_map(|(start, c)| {
        let range = start..start + c.len_utf8();
        c.to_lowercase()
            .filter(|lower| !is_combining(*lower))
            .map(base_letter)
            .map(move |folded| (folded, range.clone()))
            .collect::<Vec<_>>()
    })
}

/// Byte ranges of `text` that match `query`, folded, not overlapping.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = fold(query.trim()).chars().collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let hay: Vec<(char, Range<usize>)> = folded_chars(text).collect();
    let mut found = Vec::new();
    let mut at = 0;
    while at + needle.len() <= hay.len() {
        if hay[at..at + needle.len()]
            .iter()
            .map(|(c, _)| *c)
            .eq(needle.iter().copied())
        {
            let start = hay[at].1.start;
            let mut end = hay[at + needle.len() - 1].1.end;
            // Combining marks that follow belong to the last letter matched.
            while let Some(mark) = text[end..].chars().next().filter(|c| is_combining(*c)) {
                end += mark.len_utf8();
            }
            found.push(start..end);
            at += needle.len();
        } else {
            at += 1;
        }
    }
    found
}

/// The shortest search worth running.
pub const MIN_QUERY_CHARS: usize = 2;

/// Every match in the shown outlets' headlines and blocks, then in the
/// claims' questions, in corpus order.
pub fn search(corpus: &Corpus, selection: &OutletSelection, query: &str) -> Vec<SearchHit> {
    let mut hits = Vec::new();
    if fold(query.trim()).chars().count() < MIN_QUERY_CHARS {
        return hits;
    }
    for article in corpus
        .articles()
        .iter()
        .filter(|article| selection.is_shown(&article.outlet))
    {
        let texts = std::iter::once((Place::Headline, article.headline.value.as_str())).chain(
            article
                .blocks
                .iter()
                .enumerate()
                .map(|(i, block)| (Place::Block(i), block.text())),
        );
        for (place, text) in texts {
            for range in find_all(text, query) {
                let (excerpt, matched) = excerpt_around(text, range);
                hits.push(SearchHit {
                    outlet: Some(article.outlet.clone()),
                    article: Some(article.id.clone()),
                    place: place.clone(),
                    excerpt,
                    matched,
                });
            }
        }
    }
    for claim in corpus.claims() {
        if let Some(range) = find_all(&claim.question, query).into_iter().next() {
            hits.push(SearchHit {
                outlet: None,
                article: None,
                place: Place::Question(claim.id.to_string()),
                excerpt: claim.question.clone(),
                matched: range,
            });
        }
    }
    hits
}

/// About this many characters either side of a match.
const CONTEXT: usize = 80;

/// A window of `text` around `range`, cut at word boundaries, with `…`
/// where it was cut; returns it with the match's range inside it.
fn excerpt_around(text: &str, range: Range<usize>) -> (String, Range<usize>) {
    let mut start = range.start.saturating_sub(CONTEXT);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    if start > 0 {
        start = text[start..range.start]
            .find(' ')
            .map_or(range.start, |space| start + space + 1);
    }
    let mut end = (range.end + CONTEXT).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    if end < text.len() {
        end = text[range.end..end]
            .rfind(' ')
            .map_or(range.end, |space| range.end + space);
    }
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < text.len() { "…" } else { "" };
    let excerpt = format!("{prefix}{}{suffix}", &text[start..end]);
    let offset = prefix.len() + range.start - start;
    (excerpt, offset..offset + range.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find_all(text, query)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn case_and_accents_do_not_matter() {
        assert_eq!(
            matches("President Zelenskyy said", "zelenskyy"),
            ["Zelenskyy"]
        );
        assert_eq!(matches("SEOUL says", "Seoul"), ["SEOUL"]);
        assert_eq!(
            matches("in Pyŏngyang and Pyongyang", "pyongyang"),
            ["Pyŏngyang", "Pyongyang"]
        );
        assert_eq!(matches("Kyiv's café", "CAFE"), ["café"]);
    }

    #[test]
    fn a_decomposed_accent_matches_a_composed_one() {
        // "é" as e + U+0301 in the text, composed in the query.
        assert_eq!(matches("cafe\u{301} noir", "café"), ["cafe\u{301}"]);
    }

    /// The compact table says what the full canonical decomposition says.
    #[test]
    fn the_latin_table_agrees_with_canonical_decomposition() {
        use unicode_normalization::UnicodeNormalization;
        for (start, bases) in LATIN_BASES {
            for (offset, base) in bases.chars().enumerate() {
                let c = char::from_u32(start + offset as u32).unwrap();
                let nfd = c.nfd().next().unwrap();
                assert_eq!(base, nfd, "U+{:04X}", u32::from(c));
            }
        }
        assert_eq!(LATIN_BASES[0].1.chars().count(), 0x24F - 0xC0 + 1);
        assert_eq!(LATIN_BASES[1].1.chars().count(), 0x100);
    }

    #[test]
    fn combining_marks_are_those_nfd_calls_combining_in_the_folded_blocks() {
        use unicode_normalization::char::is_combining_mark;
        for code in [
            0x0300..=0x036F,
            0x1AB0..=0x1AFF,
            0x1DC0..=0x1DFF,
            0x20D0..=0x20FF,
            0xFE20..=0xFE2F,
        ] {
            for c in code.filter_map(char::from_u32) {
                if is_combining_mark(c) {
                    assert!(is_combining(c), "U+{:04X}", u32::from(c));
                }
            }
        }
        assert!(!is_combining('a'));
    }

    #[test]
    fn vietnamese_and_extended_latin_fold_too() {
        assert_eq!(
            fold("Hà Nội, Ålesund, Łódź, Ştefan"),
            "ha noi, alesund, łodz, stefan"
        );
    }

    #[test]
    fn every_match_is_found_without_overlap() {
        assert_eq!(find_all("aaaa", "aa"), [0..2, 2..4]);
        assert!(find_all("anything", "  ").is_empty());
    }

    #[test]
    fn excerpts_cut_at_words_and_point_at_the_match() {
        let text = "word ".repeat(40) + "NEEDLE" + &" tail".repeat(40);
        let range = find_all(&text, "needle")[0].clone();
        let (excerpt, matched) = excerpt_around(&text, range);
        assert_eq!(&excerpt[matched], "NEEDLE");
        assert!(excerpt.starts_with("…word"));
        assert!(excerpt.ends_with("tail…"));
        let (short, matched) = excerpt_around("a needle here", 2..8);
        assert_eq!((short.as_str(), matched), ("a needle here", 2..8));
    }

    #[test]
    fn searches_the_shown_outlets_and_the_claims() {
        let corpus = Corpus::parse_bundled().unwrap();
        let all = OutletSelection::all();
        let hits = search(&corpus, &all, "zelensky");
        let outlets: Vec<&str> = hits
            .iter()
            .filter_map(|hit| hit.outlet.as_ref().map(|o| o.as_str()))
            .collect();
        assert!(
            outlets.contains(&"abc-news-au")
                && outlets.contains(&"the-new-york-times")
                && outlets.contains(&"kontur")
        );
        // "Zelenkyy" (the ABC's typo) is a different word and is not found by "zelensky".
        assert!(
            hits.iter()
                .all(|hit| fold(&hit.excerpt[hit.matched.clone()]) == "zelensky")
        );

        let mut without_abc = OutletSelection::all();
        without_abc.toggle(&corpus, &corpus.outlets()[2].id);
        assert!(
            search(&corpus, &without_abc, "zelensky")
                .iter()
                .all(|hit| hit.outlet.as_ref().map(|o| o.as_str()) != Some("abc-news-au"))
        );

        let questions: Vec<_> = search(&corpus, &all, "TROOPS")
            .into_iter()
            .filter(|hit| matches!(hit.place, Place::Question(_)))
            .collect();
        assert!(questions.len() >= 3);
        assert!(search(&corpus, &all, "z").is_empty(), "too short to search");
    }
}
