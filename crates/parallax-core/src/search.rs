//! Search across the shown articles and claims: case- and accent-insensitive
//! ("zelensky" finds "Zelenskyy", "seoul" finds "SEOUL", "pyongyang" finds
//! "Pyŏngyang"), with each match located in the original text so it can be
//! highlighted in context. Accents are folded for Latin letters (including
//! Vietnamese) and for accents written as combining marks in any script;
//! invisible characters are ignored and letters such as "ß", "ł", "ø" fold
//! as readers type them. The folding itself is [`crate::normalize::fold`].

use std::ops::Range;

use crate::corpus::{ArticleId, Corpus, OutletId};
use crate::normalize::folded_chars;
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

pub use crate::normalize::{fold, is_combining};

/// Byte ranges of `text` that match `query`, folded, not overlapping.
pub fn find_all(text: &str, query: &str) -> Vec<Range<usize>> {
    let needle: Vec<char> = fold(query).trim().chars().collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let hay = folded_chars(text);
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

    // Issue #14, items 7 and 8: the highlight covers exactly the original
    // text matched, invisible characters and all.
    #[test]
    fn folded_letters_and_invisible_characters_match_and_highlight_the_original() {
        assert_eq!(matches("in der Straße.", "strasse"), ["Straße"]);
        assert_eq!(matches("Łódź", "lodz"), ["Łódź"]);
        assert_eq!(matches("the Øresund bridge", "oresund"), ["Øresund"]);
        assert_eq!(matches("Đorđe said", "dorde"), ["Đorđe"]);
        assert_eq!(matches("IŞIK", "ışık"), ["IŞIK"]);
        assert_eq!(matches("the ﬁnal word", "final"), ["ﬁnal"]);
        assert_eq!(matches("in Ｓｅｏｕｌ today", "seoul"), ["Ｓｅｏｕｌ"]);
        assert_eq!(
            matches("Die Bundes\u{AD}regierung", "bundesregierung"),
            ["Bundes\u{AD}regierung"]
        );
        assert_eq!(
            matches("North\u{200B}Korea", "north korea"),
            ["North\u{200B}Korea"]
        );
        assert_eq!(
            matches("North\u{A0}Korea", "north  korea"),
            ["North\u{A0}Korea"]
        );
        // Half a folded letter still highlights the whole letter.
        assert_eq!(matches("Straße", "stras"), ["Straß"]);
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
