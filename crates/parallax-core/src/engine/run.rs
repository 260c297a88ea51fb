//! The engine over a corpus, one article at a time, so a caller that must
//! not block (the widget, which gives the browser back between steps) can
//! run it in slices, report progress and stop.
//!
//! `Run::new` decides what to read (cheap); the first steps count one
//! article's words each (document frequencies), one more builds every
//! claim's frame from its curated stances, and then each step reads one
//! article and finds its stances; `finish` returns the corpus with them
//! added. No step does more than one article's work.
//! Which pairs are read (rule R1): for each claim, every article with no
//! stance by a person (an editor's, or one a reader checked) for it and not
//! already in its `searched` (read by an earlier run, such as the build's
//! for the bundled corpus). So a reader's imports are read, and what was
//! read before is not read again.
//!
//! With suggestions (`Run::suggesting`, rule R2), every article is read
//! and its statements grouped in the same step ([`Discovery`], greedy in
//! corpus order), one more step turns the groups into suggestions, and
//! `finish` appends the suggested claims
//! that have a stance in at least one article the caller says was brought
//! (a reader's imports, a host's corpus): suggestions are for what they
//! brought, not for what an editor already went through.

use super::complete::{stance_record, suggestion_record};
use super::discover::{Discovery, Suggestion};
use super::find::{find, read};
use super::frame::{Frame, Idf};
use super::topic::{Story, relevance};
use crate::corpus::{ArticleId, Corpus, CorpusError};

/// A run of the engine over one corpus, in steps.
pub struct Run {
    idf: Idf,
    frames: Vec<Frame>,
    /// G1: the names of the articles with stances by a person; `None`
    /// when there are none.
    story: Option<Story>,
    /// Per claim, whether each article is to be read (R1).
    todo: Vec<Vec<bool>>,
    /// Articles with at least one claim to read, in corpus order.
    articles: Vec<usize>,
    next: usize,
    /// Articles counted into `idf` so far; frames are built after.
    counted: usize,
    framed: bool,
    /// Found stances (claim index, record) and newly searched pairs.
    found: Vec<(usize, crate::wire::StanceRecord)>,
    searched: Vec<(usize, ArticleId)>,
    /// R2: discovery so far; `None` without suggestions.
    discovery: Option<Discovery>,
    /// Whether R1 had anything to read in each article.
    fresh: Vec<bool>,
    suggestions: Option<Vec<Suggestion>>,
}

impl Run {
    /// Prepares a run over `corpus` (R1). Costs one pass over its text.
    pub fn new(corpus: &Corpus) -> Self {
        Self::prepare(corpus, &[])
    }

    /// Prepares a run that also suggests claims (R2) with a stance in one
    /// of the `brought` articles (ids); reads every article when there are
    /// any.
    pub fn suggesting(corpus: &Corpus, brought: &[&str]) -> Self {
        Self::prepare(corpus, brought)
    }

    fn prepare(corpus: &Corpus, brought: &[&str]) -> Self {
        let claims = corpus.claims();
        let todo: Vec<Vec<bool>> = claims
            .iter()
            .map(|claim| {
                corpus
                    .articles()
                    .iter()
                    .map(|article| {
                        let curated = claim
                            .stances
                            .iter()
                            .any(|s| s.article == article.id && s.origin.by_person());
                        !curated && !claim.searched.contains(&article.id)
                    })
                    .collect()
            })
            .collect();
        let count = corpus.articles().len();
        let fresh: Vec<bool> = corpus
            .articles()
            .iter()
            .map(|a| brought.contains(&a.id.as_str()))
            .collect();
        let suggest = fresh.iter().any(|&f| f);
        let articles: Vec<usize> = (0..count)
            .filter(|&a| suggest || todo.iter().any(|claim| claim[a]))
            .collect();
        Self {
            discovery: suggest.then(|| Discovery::new(corpus)),
            fresh,
            suggestions: None,
            idf: Idf::default(),
            frames: Vec::new(),
            story: None,
            todo,
            articles,
            next: 0,
            counted: 0,
            framed: false,
            found: Vec::new(),
            searched: Vec::new(),
        }
    }

    /// Steps in all (counting, framing, reading), for a progress bar.
    pub fn steps(&self, corpus: &Corpus) -> (usize, usize) {
        if self.articles.is_empty() {
            return (0, 0);
        }
        let articles = corpus.articles().len();
        let grouping = usize::from(self.discovery.is_some() || self.suggestions.is_some());
        let done = self.counted
            + usize::from(self.framed)
            + self.next
            + usize::from(self.suggestions.is_some());
        (done, articles + 1 + self.articles.len() + grouping)
    }

    /// Articles read so far and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.articles.len())
    }

    pub fn is_done(&self) -> bool {
        self.next >= self.articles.len()
    }

    /// Whether every article that holds something to read has been read
    /// (the counting and framing steps done too).
    fn finished_reading(&self) -> bool {
        self.framed && self.is_done() && self.discovery.is_none()
    }

    /// Reads the next article (of the same `corpus` given to `new`);
    /// returns whether any remain.
    pub fn step(&mut self, corpus: &Corpus) -> bool {
        if self.articles.is_empty() {
            return false;
        }
        if let Some(article) = corpus.articles().get(self.counted) {
            self.idf.add_article(article);
            self.counted += 1;
            return true;
        }
        if !self.framed {
            self.frames = corpus
                .claims()
                .iter()
                .map(|claim| {
                    let curated: Vec<_> = claim
                        .stances
                        .iter()
                        .filter(|s| s.origin.by_person())
                        .collect();
                    Frame::of_claim(corpus, claim, &curated)
                })
                .collect();
            self.story = Story::of_corpus(corpus);
            self.framed = true;
            return true;
        }
        let Some(&index) = self.articles.get(self.next) else {
            // R2: the suggestions, once every article is read.
            if let Some(discovery) = self.discovery.take() {
                self.suggestions = Some(discovery.finish(corpus));
            }
            return false;
        };
        self.next += 1;
        let Some(article) = corpus.articles().get(index) else {
            return !self.finished_reading();
        };
        let skip: Vec<bool> = self.todo.iter().map(|claim| !claim[index]).collect();
        let reading = read(article);
        // G1, once per article, for finding and for discovery's D2.
        let relevance = relevance(self.story.as_ref(), corpus, article, &self.idf);
        if skip.iter().any(|s| !s) {
            for found in find(article, &reading, &self.frames, &skip, &self.idf, relevance) {
                if let Some(record) = stance_record(&found) {
                    self.found.push((found.frame, record));
                }
            }
        }
        if let Some(discovery) = &mut self.discovery {
            discovery.add(article, &reading, &self.idf, relevance);
        }
        for (claim, todo) in self.todo.iter().enumerate() {
            if todo[index] {
                self.searched.push((claim, article.id.clone()));
            }
        }
        if self.is_done() && self.discovery.is_some() {
            // The grouping step comes next.
            return true;
        }
        !self.finished_reading()
    }

    /// How many stances the run has found so far.
    pub fn found_count(&self) -> usize {
        self.found.len()
    }

    /// `corpus` with what the run found added: found stances after each
    /// claim's own, the articles read in each claim's `searched`. Nothing
    /// else changes. Errors only if the corpus given is not the run's.
    pub fn finish(self, corpus: &Corpus) -> Result<Corpus, Vec<CorpusError>> {
        let mut record = corpus.to_record();
        for (claim, stance) in self.found {
            if let Some(target) = record.claims.get_mut(claim) {
                target.stances.push(stance);
            }
        }
        for (claim, article) in self.searched {
            if let Some(target) = record.claims.get_mut(claim) {
                let id = article.to_string();
                if !target.searched.contains(&id) {
                    target.searched.push(id);
                }
            }
        }
        // R2.
        let articles = corpus.articles();
        let read: Vec<String> = articles.iter().map(|a| a.id.to_string()).collect();
        for suggestion in self.suggestions.iter().flatten() {
            let fresh = suggestion.stances.iter().any(|s| {
                articles
                    .iter()
                    .position(|a| a.id == s.article)
                    .is_some_and(|a| self.fresh[a])
            });
            let taken: Vec<String> = record.claims.iter().map(|c| c.id.clone()).collect();
            if let Some(claim) = suggestion_record(suggestion, &taken, &read).filter(|_| fresh) {
                record.claims.push(claim);
            }
        }
        Corpus::from_record(&record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_corpus_has_nothing_left_to_read() {
        let corpus = Corpus::parse_bundled().unwrap();
        let run = Run::new(&corpus);
        assert_eq!(run.progress(), (0, 0));
        assert!(run.is_done());
    }

    #[test]
    fn an_imported_article_is_read_once_and_its_figure_found() {
        let bundled = Corpus::parse_bundled().unwrap();
        let mut imports = crate::import::empty();
        imports.outlets.push(crate::wire::OutletRecord {
            id: "harbour-daily".into(),
            name: "Harbour Daily".into(),
        });
        let article: crate::wire::ArticleRecord = serde_json::from_value(serde_json::json!({
            "id": "harbour-daily-troops",
            "outlet": "harbour-daily",
            "outlet_attribution": { "provenance": "stated" },
            "headline": { "value": "More troops than thought", "provenance": "stated" },
            "blocks": [
                { "kind": "paragraph", "text": "Some 12,000 North Korean soldiers are now in Russia, a Pentagon spokesman told reporters on Monday." },
                { "kind": "paragraph", "text": "The spokesman, 54, did not take questions." }
            ]
        }))
        .unwrap();
        imports.articles.push(article);
        let merged = crate::import::merge(&bundled, &imports).unwrap();
        let mut run = Run::new(&merged);
        assert_eq!(run.progress(), (0, 1));
        while run.step(&merged) {}
        let done = run.finish(&merged).unwrap();
        let claim = done.claim("troops-in-russia").unwrap();
        let found: Vec<_> = claim
            .stances
            .iter()
            .filter(|s| s.origin == crate::claim::Origin::Found)
            .collect();
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].value.to_string(), "about 12,000 soldiers");
        assert_eq!(found[0].source.as_deref(), Some("a Pentagon spokesman"));
        assert!(
            claim
                .searched
                .iter()
                .any(|a| a.as_str() == "harbour-daily-troops")
        );
        // Read once: a second run has nothing to do.
        assert!(Run::new(&done).is_done());
    }

    /// R2 on a corpus with no claims (an invented ferry story by four
    /// invented outlets, written for the widget's end-to-end tests).
    #[test]
    fn a_corpus_without_claims_gets_suggestions_in_steps() {
        let text = include_str!("../../../../examples/corpora/ferry-grounding.json");
        let corpus = Corpus::parse(text).unwrap();
        let ids: Vec<&str> = corpus.articles().iter().map(|a| a.id.as_str()).collect();
        let mut run = Run::suggesting(&corpus, &ids);
        let (_, total) = run.steps(&corpus);
        let mut steps = 1;
        while run.step(&corpus) {
            steps += 1;
        }
        assert_eq!(run.steps(&corpus), (total, total));
        assert_eq!(steps, total);
        let done = run.finish(&corpus).unwrap();
        let shared: Vec<_> = done
            .claims()
            .iter()
            .filter(|c| c.origin == crate::claim::Origin::Found && c.stances.len() >= 3)
            .collect();
        assert!(shared.len() >= 2, "{:?}", done.claims());
        // Nothing brought, nothing suggested (the bundled corpus, read
        // before, has nothing to read either).
        let bundled = Corpus::parse_bundled().unwrap();
        let mut run = Run::suggesting(&bundled, &[]);
        assert!(!run.step(&bundled));
        assert_eq!(run.finish(&bundled).unwrap(), bundled);
    }
}
