//! Whether an article is about the story a corpus's claims are about, so
//! that an article a reader imports about something else (a chemical fire
//! beside reports of troops sent to Russia) does not answer the story's
//! claims because it, too, counts people injured.
//!
//! Rule G1: a story is known by its names: the capitalised words of three
//! letters or more that do not open a sentence (places, people,
//! organisations; "US" and "EU" are too short to tell), leaving out
//! function words, months, days and cue words, each counted `1 + ln(n)`
//! times for `n` uses in an article. The story's names are those of the
//! articles an editor (or a reader who checked a stance) wrote stances
//! for; an article's relevance is the idf-weighted cosine of its names
//! with the story's, divided by [`FULLY_RELEVANT`] and capped at 1 (1 when
//! either names nothing). Every
//! frame score the article's statements and sentences get (F1, F3) is
//! multiplied by it. Articles with stances by a person are the story, and
//! are not weighed; a corpus with no such article has no story to weigh
//! against (relevance 1 everywhere).
//!
//! [`FULLY_RELEVANT`] comes from measurement on the invented collections
//! (`crates/parallax-core/tests/claims-*`, eight stories with the bundled
//! one): an article's names against the rest of its own story score 0.05
//! to 0.6 (the two lowest, 0.05 and 0.09, both Kellan strike reports
//! naming different people), against another story's at most 0.07.

use super::frame::{Idf, Terms, cosine, stem};
use super::words::{MONTHS, is_day, words};
use crate::corpus::{Article, Corpus};
use crate::matching::text::sentences;

/// The cosine of names at which an article counts as wholly about the
/// story (G1).
pub const FULLY_RELEVANT: f64 = 0.1;

/// A story's names (G1), stem → weight.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Story {
    names: Terms,
}

impl Story {
    /// The story of `corpus`: the names of its articles with stances by a
    /// person; `None` when there are none.
    pub fn of_corpus(corpus: &Corpus) -> Option<Self> {
        Self::of_articles(corpus.articles().iter().filter(|a| by_person(corpus, a)))
    }

    /// The names of `articles` together; `None` when there are none.
    pub fn of_articles<'a>(articles: impl IntoIterator<Item = &'a Article>) -> Option<Self> {
        let mut names = Terms::new();
        let mut any = false;
        for article in articles {
            any = true;
            for (name, weight) in names_of(article) {
                *names.entry(name).or_default() += weight;
            }
        }
        any.then_some(Self { names })
    }

    /// How far `article` is about the story, 0 to 1 (G1); 1 when the story
    /// or the article names nothing (there is nothing to tell them apart
    /// by).
    pub fn relevance(&self, article: &Article, idf: &Idf) -> f64 {
        let names = names_of(article);
        if names.is_empty() || self.names.is_empty() {
            return 1.0;
        }
        (cosine(&names, &self.names, idf) / FULLY_RELEVANT).min(1.0)
    }
}

/// Whether a person (an editor, or a reader who checked one) wrote a
/// stance of any claim in `article`: such articles are the story (G1).
pub fn by_person(corpus: &Corpus, article: &Article) -> bool {
    corpus.claims().iter().any(|claim| {
        claim
            .stances
            .iter()
            .any(|s| s.article == article.id && s.origin.by_person())
    })
}

/// G1 for one article of `corpus` against its `story`: 1 for the story's
/// own articles, or when there is no story.
pub fn relevance(story: Option<&Story>, corpus: &Corpus, article: &Article, idf: &Idf) -> f64 {
    match story {
        Some(story) if !by_person(corpus, article) => story.relevance(article, idf),
        _ => 1.0,
    }
}

/// An article's names (G1) with their weights, as stems (so that the
/// corpus's term weights apply).
pub fn names_of(article: &Article) -> Terms {
    let stemmer = crate::matching::text::english();
    let mut counts = Terms::new();
    for block in &article.blocks {
        let text = block.text();
        for range in sentences(text) {
            for word in words(&text[range]).iter().skip(1) {
                let folded = word.folded.as_str();
                if !word.capital
                    || folded.chars().count() <= 2
                    || MONTHS.contains(&folded)
                    || is_day(folded)
                {
                    continue;
                }
                // `stem` leaves out function words, cues and marks.
                if let Some(name) = stem(stemmer, word) {
                    *counts.entry(name).or_default() += 1.0;
                }
            }
        }
    }
    for weight in counts.values_mut() {
        *weight = 1.0 + weight.ln();
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    /// Four made-up reports: two of a ferry grounding off Marrow Island,
    /// one of a budget vote in Ostend Vale, one naming nobody.
    fn corpus() -> Corpus {
        let article = |id: &str, text: &str| {
            serde_json::json!({
                "id": id, "outlet": "desk",
                "outlet_attribution": { "provenance": "stated" },
                "headline": { "value": "A report", "provenance": "stated" },
                "blocks": [{ "kind": "paragraph", "text": text }]
            })
        };
        let json = serde_json::json!({
            "format": 1,
            "outlets": [{ "id": "desk", "name": "Desk" }],
            "articles": [
                article("ferry-1", "The Kestrel ran aground off Marrow Island on Sunday. Harbour master Ines Ruiz said 212 passengers were taken to Portlea by lifeboat."),
                article("ferry-2", "Passengers of the Kestrel reached Portlea late on Sunday, Ines Ruiz told reporters, after the ferry struck rocks near Marrow Island."),
                article("budget-1", "Councillors in Ostend Vale approved the budget by 27 votes to 14. Mayor Tomas Berg said libraries in Ostend Vale would keep their hours."),
                article("quiet-1", "the ferry was late again and nobody could say why.")
            ]
        });
        Corpus::parse(&json.to_string()).unwrap()
    }

    #[test]
    fn g1_an_article_of_the_same_story_is_relevant_and_one_of_another_is_not() {
        let corpus = corpus();
        let idf = Idf::of_corpus(&corpus);
        let by_id = |id: &str| corpus.find(id).unwrap();
        let story = Story::of_articles([by_id("ferry-1")]).unwrap();
        assert_eq!(story.relevance(by_id("ferry-2"), &idf), 1.0);
        assert_eq!(story.relevance(by_id("budget-1"), &idf), 0.0);
        // Nothing to tell it by.
        assert_eq!(story.relevance(by_id("quiet-1"), &idf), 1.0);
        assert!(Story::of_articles([]).is_none());
    }

    #[test]
    fn g1_names_leave_out_sentence_openers_months_days_and_function_words() {
        let corpus = corpus();
        let names = names_of(corpus.find("ferry-1").unwrap());
        let mut keys: Vec<_> = names.keys().map(String::as_str).collect();
        keys.sort_unstable();
        // "The" and "Harbour" open sentences; "Sunday" is a day.
        assert_eq!(
            keys,
            ["ine", "island", "kestrel", "marrow", "portlea", "ruiz"]
        );
    }
}
