//! The inverted index over sentences and the scoring.
//!
//! Score of a passage for a query sentence, between 0 and 1:
//! `lexical · 0.55 + frame · 0.3 + names · 0.05 + cues · 0.1`, where
//! `lexical` is the passage's BM25 score divided by the query's best
//! possible score against itself (so scores compare across queries),
//! `frame` how well the passage gives a figure about the same thing as the
//! query's (the claim engine's unit classes, time classes and the words
//! around each figure, whatever the amounts: a different figure for the
//! same quantity is the disagreement to show, never a penalty; [`Figures`]
//! says whether they agree), `names` the overlap of the names spotted in
//! both, weighted by their rarity, and `cues` 1 when both use a stance cue
//! of one family (a denial, a possibility). Below [`MatchIndex::THRESHOLD`]
//! an outlet is "not covered". Among an outlet's passages that reach it,
//! the order (`rank`) counts any figure of the same kind of quantity in
//! `frame`: the better choice within an outlet, but no evidence on its own
//! that the outlet reports the same thing.

use std::collections::HashMap;
use std::ops::Range;

use super::text::{entities, sentences, terms};
use crate::corpus::{ArticleId, Corpus, OutletId};
use crate::engine::find::cue_families;
use crate::engine::frame::{Idf, Terms, context_terms, cosine};
use crate::engine::statement::{TimeClass, statements};
use crate::engine::words::unit_affinity;
use crate::engine::words::words;

/// How much each signal counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights {
    pub lexical: f64,
    /// A figure of the same kind of quantity (the frame signal).
    pub frame: f64,
    pub names: f64,
    /// Both sentences use a stance cue of one family (a denial or refusal;
    /// a possibility or threat).
    pub cues: f64,
}

impl Default for Weights {
    fn default() -> Self {
        // Chosen by measurement on the curated claims (BENCHMARKS.md): names
        // spotted by capitals are too often everywhere ("North Korean") to
        // weigh more.
        Self {
            lexical: 0.55,
            frame: 0.3,
            names: 0.05,
            cues: 0.1,
        }
    }
}

/// One sentence of one article's block.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    pub article: ArticleId,
    pub outlet: OutletId,
    pub block: usize,
    /// The sentence's byte range in its block's text.
    pub range: Range<usize>,
    pub text: String,
    /// The quantity statements of the sentence, as the claim engine reads
    /// them: unit class, time class, amount.
    quantities: Vec<Quantity>,
    /// The stance cue families the sentence uses (`engine::find::cue_families`).
    cues: u8,
    /// Interned ids of the names spotted in the sentence.
    names: Vec<u32>,
    length: usize,
}

/// A figure as the frame signal compares it.
#[derive(Clone, Debug, PartialEq)]
struct Quantity {
    class: Option<String>,
    time: Option<TimeClass>,
    amount: f64,
    /// The words around the figure, weighted by nearness (the claim
    /// engine's context terms): what is counted, where, when.
    context: Terms,
}

impl Quantity {
    fn of(sentence: &str) -> Vec<Self> {
        let found = statements(sentence);
        if found.is_empty() {
            return Vec::new();
        }
        let all = words(sentence);
        found
            .into_iter()
            .map(|s| {
                let skip = s
                    .attribution
                    .as_ref()
                    .map(|a| a.spans.clone())
                    .unwrap_or_default();
                Quantity {
                    context: context_terms(&all, s.word_index, &skip),
                    class: s.unit_class,
                    time: s.scope.time_class,
                    amount: s.amount,
                }
            })
            .collect()
    }
}

/// How a match's figures compare with the query's, when both give a
/// figure for the same kind of quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figures {
    /// The same figure (within 5%).
    Agree,
    /// Another figure for the same kind of quantity: the disagreement to
    /// show, never a reason to rank the match lower.
    Differ,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PassageMatch<'a> {
    pub passage: &'a Passage,
    pub score: f64,
    /// Whether the passage's figures agree with the query's, when both
    /// count the same kind of thing.
    pub figures: Option<Figures>,
    /// The lexical part alone (BM25 over the query's best), 0 to 1.
    pub lexical: f64,
    /// What orders one outlet's passages: `score` with the frame signal
    /// counting any figure of the same kind of quantity, not only one
    /// about the same thing (module header).
    pub rank: f64,
    /// The passage's position in the index.
    id: usize,
}

/// The best passage of one outlet, or none above the threshold.
#[derive(Clone, Debug, PartialEq)]
pub struct OutletMatch<'a> {
    pub outlet: OutletId,
    pub best: Option<PassageMatch<'a>>,
}

pub struct MatchIndex {
    passages: Vec<Passage>,
    /// Per passage, dense for the scoring loop: its length in terms, its
    /// article's and its outlet's position in the corpus.
    lengths: Vec<f64>,
    article_of: Vec<u32>,
    outlet_of: Vec<u32>,
    article_ids: Vec<ArticleId>,
    outlet_ids: Vec<OutletId>,
    /// term → (passage, term frequency)
    postings: HashMap<String, Vec<(usize, u32)>>,
    /// name → (id, how many passages name it)
    names: HashMap<String, (u32, usize)>,
    average_length: f64,
    weights: Weights,
    /// Document frequencies of the index's terms, for the frame signal.
    idf_table: Idf,
}

const K1: f64 = 1.2;
const B: f64 = 0.75;

impl MatchIndex {
    /// Scores below this mean "not covered". Calibrated (BENCHMARKS.md):
    /// the lowest score of a correct first match on the curated claims is
    /// 0.171; the best match of five unrelated sentences scores at most
    /// 0.135.
    pub const THRESHOLD: f64 = 0.15;

    /// Indexes every sentence of every article's blocks.
    pub fn build(corpus: &Corpus) -> Self {
        Self::build_with(corpus, Weights::default())
    }

    pub fn build_with(corpus: &Corpus, weights: Weights) -> Self {
        let mut passages = Vec::new();
        let mut postings: HashMap<String, Vec<(usize, u32)>> = HashMap::new();
        let mut names: HashMap<String, (u32, usize)> = HashMap::new();
        for article in corpus.articles() {
            for (block, content) in article.blocks.iter().enumerate() {
                let text = content.text();
                for range in sentences(text) {
                    let sentence = &text[range.clone()];
                    let words = terms(sentence);
                    let id = passages.len();
                    let mut counts: HashMap<&str, u32> = HashMap::new();
                    for word in &words {
                        *counts.entry(word).or_default() += 1;
                    }
                    for (word, count) in counts {
                        postings
                            .entry(word.to_string())
                            .or_default()
                            .push((id, count));
                    }
                    passages.push(Passage {
                        article: article.id.clone(),
                        outlet: article.outlet.clone(),
                        block,
                        range,
                        text: sentence.to_string(),
                        quantities: Quantity::of(sentence),
                        cues: cue_families(sentence),
                        names: entities(sentence)
                            .into_iter()
                            .map(|name| {
                                let next = u32::try_from(names.len()).unwrap_or(u32::MAX);
                                let entry = names.entry(name).or_insert((next, 0));
                                entry.1 += 1;
                                entry.0
                            })
                            .collect(),
                        length: words.len(),
                    });
                }
            }
        }
        let article_ids: Vec<ArticleId> = corpus.articles().iter().map(|a| a.id.clone()).collect();
        let outlet_ids: Vec<OutletId> = corpus.outlets().iter().map(|o| o.id.clone()).collect();
        let position = |ids: &[String], id: &str| {
            u32::try_from(ids.iter().position(|other| other == id).unwrap_or(0)).unwrap_or(0)
        };
        let article_names: Vec<String> = article_ids.iter().map(ToString::to_string).collect();
        let outlet_names: Vec<String> = outlet_ids.iter().map(ToString::to_string).collect();
        let lengths = passages.iter().map(|p: &Passage| p.length as f64).collect();
        let article_of = passages
            .iter()
            .map(|p: &Passage| position(&article_names, p.article.as_str()))
            .collect();
        let outlet_of = passages
            .iter()
            .map(|p: &Passage| position(&outlet_names, p.outlet.as_str()))
            .collect();
        let total: usize = passages.iter().map(|p| p.length).sum();
        let average_length = total as f64 / passages.len().max(1) as f64;
        let idf_table = Idf::from_counts(
            postings
                .iter()
                .map(|(term, list)| (term.clone(), list.len())),
            passages.len(),
        );
        Self {
            idf_table,
            passages,
            lengths,
            article_of,
            outlet_of,
            article_ids,
            outlet_ids,
            postings,
            names,
            average_length,
            weights,
        }
    }

    pub fn passages(&self) -> &[Passage] {
        &self.passages
    }

    fn idf(&self, term: &str) -> f64 {
        let n = self.passages.len() as f64;
        let df = self
            .postings
            .get(term)
            .map_or(0.0, |list| list.len() as f64);
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    /// BM25 of every passage that shares a term with the query, as
    /// `(passage, score)`. A dense accumulator: common terms reach most
    /// passages, where a hash map would cost more than the arithmetic.
    fn bm25(&self, query_terms: &[String]) -> Vec<(usize, f64)> {
        let mut scores = vec![0.0_f64; self.passages.len()];
        let mut touched: Vec<usize> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for term in query_terms {
            if seen.contains(&term.as_str()) {
                continue;
            }
            seen.push(term);
            let Some(list) = self.postings.get(term) else {
                continue;
            };
            let idf = self.idf(term);
            for &(passage, tf) in list {
                let length = self.lengths[passage];
                let tf = f64::from(tf);
                let norm = tf * (K1 + 1.0)
                    / (tf + K1 * (1.0 - B + B * length / self.average_length.max(1.0)));
                if scores[passage] == 0.0 {
                    touched.push(passage);
                }
                scores[passage] += idf * norm;
            }
        }
        touched.into_iter().map(|id| (id, scores[id])).collect()
    }

    /// The best score a query could reach: its own terms, each once, in a
    /// passage of its own length.
    fn ceiling(&self, query_terms: &[String]) -> f64 {
        let mut seen: Vec<&str> = Vec::new();
        let length = query_terms.len() as f64;
        let mut total = 0.0;
        for term in query_terms {
            if seen.contains(&term.as_str()) {
                continue;
            }
            seen.push(term);
            let norm =
                (K1 + 1.0) / (1.0 + K1 * (1.0 - B + B * length / self.average_length.max(1.0)));
            total += self.idf(term) * norm;
        }
        total
    }

    /// Every passage scored for `query`, best first, leaving out
    /// `exclude` (the query's own article).
    pub fn rank(&self, query: &str, exclude: Option<&ArticleId>) -> Vec<PassageMatch<'_>> {
        let mut ranked = self.scored(query, exclude);
        ranked.sort_by(|a, b| b.rank.total_cmp(&a.rank));
        ranked
    }

    /// The `limit` best passages for `query`, best first, without sorting
    /// the rest.
    pub fn top(
        &self,
        query: &str,
        exclude: Option<&ArticleId>,
        limit: usize,
    ) -> Vec<PassageMatch<'_>> {
        let mut scored = self.scored(query, exclude);
        if limit < scored.len() {
            scored.select_nth_unstable_by(limit, |a, b| b.rank.total_cmp(&a.rank));
            scored.truncate(limit);
        }
        scored.sort_by(|a, b| b.rank.total_cmp(&a.rank));
        scored
    }

    /// Every passage that shares a term with `query`, scored, unsorted.
    fn scored(&self, query: &str, exclude: Option<&ArticleId>) -> Vec<PassageMatch<'_>> {
        let query_terms = terms(query);
        let query_quantities = Quantity::of(query);
        let query_cues = cue_families(query);
        let query_names = self.weighted_names(&entities(query));
        let ceiling = self.ceiling(&query_terms).max(f64::EPSILON);
        let lexical = self.bm25(&query_terms);
        let excluded = exclude
            .and_then(|id| self.article_ids.iter().position(|a| a == id))
            .and_then(|i| u32::try_from(i).ok());
        lexical
            .into_iter()
            .filter(|(id, _)| Some(self.article_of[*id]) != excluded)
            .map(|(id, bm25)| {
                let passage = &self.passages[id];
                let lexical = (bm25 / ceiling).min(1.0);
                let frame = frame_signal(&query_quantities, &passage.quantities, &self.idf_table);
                let names = name_overlap(&query_names, &passage.names);
                let w = self.weights;
                let rest = w.lexical * lexical
                    + w.names * names
                    + w.cues * f64::from(u8::from(query_cues & passage.cues != 0));
                PassageMatch {
                    passage,
                    score: rest + w.frame * frame.same_thing,
                    rank: rest + w.frame * frame.kind,
                    figures: frame.figures,
                    lexical,
                    id,
                }
            })
            .collect()
    }

    /// For each outlet of the corpus other than `own_outlet`, its best
    /// passage for `query`, or none when nothing reaches the threshold. One
    /// pass over the scored passages; nothing is sorted.
    pub fn by_outlet<'a>(
        &'a self,
        corpus: &Corpus,
        query: &str,
        exclude: Option<&ArticleId>,
        own_outlet: Option<&OutletId>,
    ) -> Vec<OutletMatch<'a>> {
        let mut best: Vec<Option<PassageMatch<'a>>> = vec![None; self.outlet_ids.len()];
        for candidate in self.scored(query, exclude) {
            if candidate.score < Self::THRESHOLD {
                continue;
            }
            let slot = &mut best[self.outlet_of[candidate.id] as usize];
            if slot
                .as_ref()
                .is_none_or(|current| current.rank < candidate.rank)
            {
                *slot = Some(candidate);
            }
        }
        corpus
            .outlets()
            .iter()
            .filter(|outlet| Some(&outlet.id) != own_outlet)
            .map(|outlet| OutletMatch {
                outlet: outlet.id.clone(),
                best: self
                    .outlet_ids
                    .iter()
                    .position(|id| *id == outlet.id)
                    .and_then(|i| best[i].clone()),
            })
            .collect()
    }
}

/// The frame signal between the query's figures and a passage's, 0 to 1,
/// whatever the amounts, in two forms: for ranking an outlet's sentences,
/// the best unit-class affinity of a pair of figures (times 0.55 when one
/// is current and the other planned: a figure of the same kind of
/// quantity); for saying that an outlet covers the query, that times
/// `0.2 + 0.8 · cosine` of the words around the two figures (a figure
/// about the same thing). `figures` compares the amounts of the best pair
/// whose surrounding words agree (cosine at least 0.25), else says nothing.
fn frame_signal(query: &[Quantity], passage: &[Quantity], idf: &Idf) -> FrameSignal {
    let mut signal = FrameSignal::default();
    let mut best_about = 0.0;
    for q in query {
        for p in passage {
            let unit = match (&q.class, &p.class) {
                (Some(a), Some(b)) => unit_affinity(a, b),
                _ => 0.3,
            };
            let time = match (q.time, p.time) {
                (Some(a), Some(b)) if a != b => 0.55,
                _ => 1.0,
            };
            if unit == 0.0 {
                continue;
            }
            signal.kind = signal.kind.max(unit * time);
            let about = cosine(&q.context, &p.context, idf);
            let gated = unit * time * (0.2 + 0.8 * about);
            signal.same_thing = signal.same_thing.max(gated);
            if about >= 0.25 && gated > best_about {
                best_about = gated;
                let same = (p.amount - q.amount).abs() <= q.amount.abs() * 0.05;
                signal.figures = Some(if same {
                    Figures::Agree
                } else {
                    Figures::Differ
                });
            }
        }
    }
    signal
}

#[derive(Clone, Copy, Debug, Default)]
struct FrameSignal {
    /// A figure of the same kind of quantity.
    kind: f64,
    /// A figure of the same kind about the same thing.
    same_thing: f64,
    figures: Option<Figures>,
}

impl MatchIndex {
    /// The query's names known to the index, each with a weight for how rare
    /// it is (a name in every passage, like "North Korean", tells nothing).
    fn weighted_names(&self, query: &[String]) -> Vec<(u32, f64)> {
        let n = self.passages.len() as f64;
        query
            .iter()
            .filter_map(|name| self.names.get(name))
            .map(|&(id, df)| {
                let df = df as f64;
                (id, ((n - df + 0.5) / (df + 0.5) + 1.0).ln())
            })
            .collect()
    }
}

/// The weighted share of the query's names that the passage names too.
fn name_overlap(query: &[(u32, f64)], passage: &[u32]) -> f64 {
    let total: f64 = query.iter().map(|(_, weight)| weight).sum();
    if total <= 0.0 {
        return 0.0;
    }
    let shared: f64 = query
        .iter()
        .filter(|(id, _)| passage.contains(id))
        .map(|(_, weight)| weight)
        .sum();
    shared / total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Corpus {
        Corpus::parse_bundled().unwrap()
    }

    #[test]
    fn every_sentence_of_every_block_is_a_passage() {
        let corpus = corpus();
        let index = MatchIndex::build(&corpus);
        assert!(index.passages().len() > 150);
        // No break after "Mr.": the attribution stays one passage.
        let austin = index
            .passages()
            .iter()
            .find(|p| p.text.contains("Austin told reporters at a military base"))
            .unwrap();
        assert_eq!(
            austin.text,
            "Mr. Austin told reporters at a military base in Italy."
        );
    }

    #[test]
    fn a_figure_finds_the_same_figure_in_other_outlets() {
        let corpus = corpus();
        let index = MatchIndex::build(&corpus);
        let best = index.rank(
            "How many special forces? 1,500 North Korean special forces troops",
            None,
        );
        let top: Vec<&str> = best
            .iter()
            .take(2)
            .map(|m| m.passage.article.as_str())
            .collect();
        assert!(
            top.contains(&"abc-allies-on-edge") && top.contains(&"nyt-what-we-know"),
            "{top:?}"
        );
    }

    #[test]
    fn the_own_article_and_outlet_are_left_out() {
        let corpus = corpus();
        let index = MatchIndex::build(&corpus);
        let kontur = corpus.find("kontur-how-far-russia-has-fallen").unwrap();
        let query = "Pyongyang plans to deploy 10,000 soldiers to Russia by December, Seoul says.";
        let ranked = index.rank(query, Some(&kontur.id));
        assert!(ranked.iter().all(|m| m.passage.article != kontur.id));
        let outlets = index.by_outlet(&corpus, query, Some(&kontur.id), Some(&kontur.outlet));
        assert_eq!(outlets.len(), 3);
        let nyt = outlets
            .iter()
            .find(|m| m.outlet.as_str() == "the-new-york-times")
            .unwrap();
        assert!(
            nyt.best
                .as_ref()
                .unwrap()
                .passage
                .text
                .contains("10,000 by December")
        );
    }

    #[test]
    fn an_unrelated_sentence_finds_nothing_covered() {
        let corpus = corpus();
        let index = MatchIndex::build(&corpus);
        let outlets = index.by_outlet(&corpus, "Bananas ripen faster in paper bags.", None, None);
        assert!(outlets.iter().all(|m| m.best.is_none()));
    }
}
