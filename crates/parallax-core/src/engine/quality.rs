//! How well the engine does, measured against curated claims (the answer
//! key): leave one article out, and discovery with every claim removed.
//! The example `claim_quality` prints these for the bundled corpus and the
//! invented collections; the floor tests below keep them from sliding.

use super::discover::{Suggestion, discover};
use super::find::{Found, FoundValue, find, read};
use super::frame::{Frame, Idf, locate};
use super::topic::Story;
use crate::claim::{ClaimKind, Origin, Qualifier, Stance, StanceValue};
use crate::corpus::Corpus;

/// One hidden curated stance and whether the engine found it.
#[derive(Clone, Debug, PartialEq)]
pub struct Expected {
    pub claim: String,
    pub article: String,
    pub kind: ClaimKind,
    /// Amount and qualifier, for number claims.
    pub number: Option<(f64, Qualifier)>,
    pub quote: String,
    /// The engine found the same amount and qualifier (number claims).
    pub value_found: bool,
    /// The engine's quote for the claim in that article covers the
    /// curated quote's value.
    pub sentence_found: bool,
}

/// One stance the engine found, and whether the answer key has it.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposed {
    pub claim: String,
    pub article: String,
    pub found: Found,
    /// An expected (claim, article, amount, qualifier) matches it.
    pub correct: bool,
    /// Its sentence holds a hidden curated stance of the same claim.
    pub sentence_correct: bool,
}

/// The leave-one-article-out report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LeaveOneOut {
    pub expected: Vec<Expected>,
    pub proposed: Vec<Proposed>,
}

fn ratio(hits: usize, total: usize) -> f64 {
    if total == 0 {
        1.0
    } else {
        hits as f64 / total as f64
    }
}

impl LeaveOneOut {
    /// Recall of (claim, article, amount, qualifier) over number stances.
    pub fn number_recall(&self) -> f64 {
        let numbers: Vec<_> = self
            .expected
            .iter()
            .filter(|e| e.number.is_some())
            .collect();
        ratio(
            numbers.iter().filter(|e| e.value_found).count(),
            numbers.len(),
        )
    }

    /// Precision of the engine's number stances.
    pub fn number_precision(&self) -> f64 {
        let numbers: Vec<_> = self
            .proposed
            .iter()
            .filter(|p| matches!(p.found.value, FoundValue::Number { .. }))
            .collect();
        ratio(numbers.iter().filter(|p| p.correct).count(), numbers.len())
    }

    /// Precision of the engine's stances for claims of the other kinds: the
    /// share whose sentence holds a hidden curated stance of that claim.
    pub fn label_precision(&self) -> f64 {
        let labels: Vec<_> = self
            .proposed
            .iter()
            .filter(|p| matches!(p.found.value, FoundValue::Label(_)))
            .collect();
        ratio(
            labels.iter().filter(|p| p.sentence_correct).count(),
            labels.len(),
        )
    }

    /// Recall of the quote's sentence over stances of every kind.
    pub fn sentence_recall(&self) -> f64 {
        ratio(
            self.expected.iter().filter(|e| e.sentence_found).count(),
            self.expected.len(),
        )
    }
}

fn same_number(value: &FoundValue, amount: f64, qualifier: Qualifier) -> bool {
    matches!(value, FoundValue::Number { amount: a, qualifier: q, .. }
        if (a - amount).abs() <= amount.abs() * 1e-9 + 1e-9 && *q == qualifier)
}

/// What the engine finds for one story's claims in another story's
/// articles (a reader's import about something else, a host's corpus
/// beside the bundled one): wrong by construction, so every item is a
/// false positive that leaving one article out cannot show.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OffTopic {
    /// How many of the other story's articles were read.
    pub articles: usize,
    /// (claim id, article id, what was found).
    pub found: Vec<(String, String, Found)>,
}

/// Scores every article of `visitors` against the curated claims of
/// `home`, with term weights counted over both corpora's articles, as the
/// widget counts them once articles are imported.
pub fn off_topic(home: &Corpus, visitors: &Corpus) -> OffTopic {
    let home = &curated_only(home);
    let mut idf = Idf::of_corpus(home);
    for article in visitors.articles() {
        idf.add_article(article);
    }
    let frames: Vec<Frame> = home
        .claims()
        .iter()
        .map(|claim| {
            let all: Vec<&Stance> = claim.stances.iter().collect();
            Frame::of_claim(home, claim, &all)
        })
        .collect();
    let story = Story::of_articles(home.articles());
    let mut report = OffTopic::default();
    for article in visitors.articles() {
        report.articles += 1;
        let relevance = story
            .as_ref()
            .map_or(1.0, |story| story.relevance(article, &idf));
        for found in find(article, &read(article), &frames, &[], &idf, relevance) {
            let claim = home.claims()[found.frame].id.to_string();
            report.found.push((claim, article.id.to_string(), found));
        }
    }
    report
}

/// The corpus with only editors' claims and stances: the answer key.
fn curated_only(corpus: &Corpus) -> Corpus {
    let mut record = corpus.to_record();
    record.claims.retain(|c| c.provenance == Origin::Curated);
    for claim in &mut record.claims {
        claim.stances.retain(|s| s.provenance == Origin::Curated);
        claim.searched.clear();
    }
    Corpus::from_record(&record).unwrap_or_else(|_| corpus.clone())
}

/// Hides each article's curated stances in turn, builds every claim's frame
/// from the other articles' stances (or its question alone when none are
/// left), finds the hidden article's stances and compares.
pub fn leave_one_out(corpus: &Corpus) -> LeaveOneOut {
    let corpus = &curated_only(corpus);
    let idf = Idf::of_corpus(corpus);
    let mut report = LeaveOneOut::default();
    for article in corpus.articles() {
        let frames: Vec<Frame> = corpus
            .claims()
            .iter()
            .map(|claim| {
                let kept: Vec<&Stance> = claim
                    .stances
                    .iter()
                    .filter(|s| s.article != article.id)
                    .collect();
                Frame::of_claim(corpus, claim, &kept)
            })
            .collect();
        let reading = read(article);
        // G1, as the widget weighs an article without stances by a person:
        // against the articles with them, this one left out.
        let relevance = Story::of_articles(corpus.articles().iter().filter(|other| {
            other.id != article.id
                && corpus
                    .claims()
                    .iter()
                    .any(|c| c.stances.iter().any(|s| s.article == other.id))
        }))
        .map_or(1.0, |story| story.relevance(article, &idf));
        let found = find(article, &reading, &frames, &[], &idf, relevance);
        let mut matched = vec![false; found.len()];
        let mut sentence_matched = vec![false; found.len()];
        for (c, claim) in corpus.claims().iter().enumerate() {
            for stance in claim.stances.iter().filter(|s| s.article == article.id) {
                let number = match &stance.value {
                    StanceValue::Number {
                        amount, qualifier, ..
                    } => Some((*amount, *qualifier)),
                    StanceValue::Label(_) => None,
                };
                let located = locate(corpus, stance);
                let of_claim = || found.iter().enumerate().filter(|(_, f)| f.frame == c);
                let value_hit = number.and_then(|(amount, qualifier)| {
                    of_claim()
                        .find(|(i, f)| !matched[*i] && same_number(&f.value, amount, qualifier))
                        .map(|(i, _)| i)
                });
                if let Some(i) = value_hit {
                    matched[i] = true;
                }
                let mut sentence_found = false;
                if let Some((block, range)) = &located {
                    for (i, f) in of_claim() {
                        if f.block == *block && f.sentence == *range {
                            sentence_found = true;
                            sentence_matched[i] = true;
                        }
                    }
                }
                report.expected.push(Expected {
                    claim: claim.id.to_string(),
                    article: article.id.to_string(),
                    kind: claim.kind,
                    number,
                    quote: stance.quote.clone(),
                    value_found: value_hit.is_some(),
                    sentence_found,
                });
            }
        }
        for (i, found) in found.into_iter().enumerate() {
            report.proposed.push(Proposed {
                claim: corpus.claims()[found.frame].id.to_string(),
                article: article.id.to_string(),
                correct: matched[i],
                sentence_correct: sentence_matched[i],
                found,
            });
        }
    }
    report
}

/// Discovery measured: which curated number claims come back.
#[derive(Clone, Debug, PartialEq)]
pub struct DiscoveryReport {
    pub suggestions: Vec<Suggestion>,
    /// Per curated number claim: its id and the suggestion (index) that
    /// recovers it, if any.
    pub recovered: Vec<(String, Option<usize>)>,
}

impl DiscoveryReport {
    pub fn recovered_count(&self) -> usize {
        self.recovered.iter().filter(|(_, s)| s.is_some()).count()
    }
}

/// How pure the suggestions of several outlets are: of their stances, the
/// share that belong to the curated claim most of the suggestion's stances
/// belong to (matched by article and amount); a stance of no curated claim
/// counts against. 1 when no suggestion has two outlets.
pub fn purity(corpus: &Corpus, suggestions: &[Suggestion]) -> f64 {
    let (mut kept, mut total) = (0, 0);
    for suggestion in suggestions.iter().filter(|s| !s.single_source()) {
        let claim_of = |found: &Found| {
            corpus.claims().iter().position(|claim| {
                claim.stances.iter().any(|stance| {
                    stance.article == found.article
                        && matches!((&stance.value, &found.value), (
                            StanceValue::Number { amount, .. },
                            FoundValue::Number { amount: a, .. },
                        ) if (a - amount).abs() < 0.5)
                })
            })
        };
        let claims: Vec<Option<usize>> = suggestion.stances.iter().map(claim_of).collect();
        let dominant = claims
            .iter()
            .flatten()
            .max_by_key(|c| claims.iter().filter(|o| o == &&Some(**c)).count());
        kept += claims
            .iter()
            .filter(|c| c.is_some() && c.as_ref() == dominant)
            .count();
        total += claims.len();
    }
    ratio(kept, total)
}

/// Removes every claim, discovers suggestions, and checks each curated
/// number claim: it is recovered when one suggestion carries the curated
/// amount of at least two of the claim's articles (of its only article, for
/// a claim one article reports).
pub fn discovery(corpus: &Corpus) -> DiscoveryReport {
    let corpus = &curated_only(corpus);
    let mut record = corpus.to_record();
    record.claims.clear();
    let suggestions = match Corpus::from_record(&record) {
        Ok(without) => discover(&without),
        Err(_) => Vec::new(),
    };
    let recovered = recovered(corpus, &suggestions);
    DiscoveryReport {
        suggestions,
        recovered,
    }
}

/// Per curated number claim of `corpus`, the suggestion that recovers it.
pub fn recovered(corpus: &Corpus, suggestions: &[Suggestion]) -> Vec<(String, Option<usize>)> {
    corpus
        .claims()
        .iter()
        .filter(|c| c.kind == ClaimKind::Number)
        .map(|claim| {
            let mut articles: Vec<&crate::corpus::ArticleId> =
                claim.stances.iter().map(|s| &s.article).collect();
            articles.sort();
            articles.dedup();
            let needed = articles.len().min(2);
            let hit = suggestions.iter().position(|suggestion| {
                let agreeing = articles
                    .iter()
                    .filter(|article| {
                        claim.stances.iter().any(|stance| {
                            &&stance.article == *article
                                && match &stance.value {
                                    StanceValue::Number { amount, .. } => {
                                        suggestion.stances.iter().any(|f| {
                                            &&f.article == *article
                                                && matches!(f.value, FoundValue::Number { amount: a, .. } if (a - amount).abs() < 0.5)
                                        })
                                    }
                                    StanceValue::Label(_) => false,
                                }
                        })
                    })
                    .count();
                agreeing >= needed
            });
            (claim.id.to_string(), hit)
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Every corpus of `tests/<folder>`, in file name order.
    pub(crate) fn collection(folder: &str) -> Vec<Corpus> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests")
            .join(folder);
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| Corpus::parse(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    }

    /// Pooled number recall and precision over several corpora.
    fn pooled(corpora: &[Corpus]) -> (f64, f64) {
        let (mut hit, mut expected, mut correct, mut proposed) = (0, 0, 0, 0);
        for corpus in corpora {
            let report = leave_one_out(corpus);
            let numbers: Vec<_> = report
                .expected
                .iter()
                .filter(|e| e.number.is_some())
                .collect();
            hit += numbers.iter().filter(|e| e.value_found).count();
            expected += numbers.len();
            let found: Vec<_> = report
                .proposed
                .iter()
                .filter(|p| matches!(p.found.value, FoundValue::Number { .. }))
                .collect();
            correct += found.iter().filter(|p| p.correct).count();
            proposed += found.len();
        }
        (ratio(hit, expected), ratio(correct, proposed))
    }

    // Floors a little under the figures in BENCHMARKS.md ("Claim engine"),
    // so a change that makes the engine worse fails here.

    #[test]
    fn leave_one_out_on_the_bundled_corpus_stays_above_its_floor() {
        let report = leave_one_out(&Corpus::parse_bundled().unwrap());
        assert_eq!(
            report
                .expected
                .iter()
                .filter(|e| e.number.is_some())
                .count(),
            18
        );
        let (recall, precision, sentences) = (
            report.number_recall(),
            report.number_precision(),
            report.sentence_recall(),
        );
        assert!(recall >= 0.88, "number recall {recall:.3}");
        assert!(precision >= 0.95, "number precision {precision:.3}");
        assert!(sentences >= 0.40, "sentence recall {sentences:.3}");
    }

    #[test]
    fn discovery_on_the_bundled_corpus_finds_six_of_the_eight_number_claims() {
        let report = discovery(&Corpus::parse_bundled().unwrap());
        assert_eq!(report.recovered.len(), 8);
        assert!(report.recovered_count() >= 6, "{:?}", report.recovered);
    }

    #[test]
    fn the_invented_collections_stay_above_their_floors() {
        let (recall, precision) = pooled(&collection("claims-collection"));
        assert!(
            recall >= 0.55 && precision >= 0.83,
            "collection {recall:.3} {precision:.3}"
        );
        let (recall, precision) = pooled(&collection("claims-holdout"));
        assert!(
            recall >= 0.74 && precision >= 0.88,
            "held out {recall:.3} {precision:.3}"
        );
        // Written after this session's rules, from a helper's report on
        // its stories (0.672, 0.603; 0.689, 0.600 after U5's toll), and
        // kept back (0.571, 0.727).
        let (recall, precision) = pooled(&collection("claims-fresh"));
        assert!(
            recall >= 0.62 && precision >= 0.56,
            "fresh {recall:.3} {precision:.3}"
        );
        let (recall, precision) = pooled(&collection("claims-holdout-2"));
        assert!(
            recall >= 0.52 && precision >= 0.67,
            "second held out {recall:.3} {precision:.3}"
        );
    }

    /// The bundled story and the invented ones, each with its name.
    fn every_story() -> Vec<Corpus> {
        let mut stories = vec![Corpus::parse_bundled().unwrap()];
        stories.extend(collection("claims-collection"));
        stories.extend(collection("claims-holdout"));
        stories
    }

    #[test]
    fn another_storys_articles_rarely_answer_a_storys_claims() {
        // Every story's claims against every other story's articles: 231
        // article readings. Before G1 the engine gave 186 stances (a flood's
        // deaths for a ferry's, a fire's injured for Russia's casualties);
        // with it, 6.
        let stories = every_story();
        let (mut readings, mut found) = (0, Vec::new());
        for (h, home) in stories.iter().enumerate() {
            for (v, visitors) in stories.iter().enumerate() {
                if h != v {
                    let report = off_topic(home, visitors);
                    readings += report.articles;
                    found.extend(
                        report
                            .found
                            .into_iter()
                            .map(|(claim, _, f)| (claim, f.quote)),
                    );
                }
            }
        }
        assert_eq!(readings, 231);
        assert!(found.len() <= 8, "{} off topic: {found:#?}", found.len());
    }

    #[test]
    fn the_engine_never_changes_an_editors_stance_and_is_idempotent() {
        use crate::engine::complete::complete;
        let corpus = Corpus::parse_bundled().unwrap();
        let once = complete(&corpus, true);
        let curated = corpus.to_record();
        for claim in curated
            .claims
            .iter()
            .filter(|c| c.provenance == Origin::Curated)
        {
            let after = once.claims.iter().find(|c| c.id == claim.id).unwrap();
            let kept: Vec<_> = after
                .stances
                .iter()
                .filter(|s| s.provenance == Origin::Curated)
                .collect();
            let before: Vec<_> = claim
                .stances
                .iter()
                .filter(|s| s.provenance == Origin::Curated)
                .collect();
            assert_eq!(kept, before, "{}", claim.id);
            // No found stance where an editor wrote one for the article.
            for found in after
                .stances
                .iter()
                .filter(|s| s.provenance == Origin::Found)
            {
                assert!(
                    !before.iter().any(|s| s.article == found.article),
                    "{}",
                    claim.id
                );
            }
        }
        let again = complete(&Corpus::from_record(&once).unwrap(), true);
        assert_eq!(again, once);
    }

    #[test]
    fn every_found_quote_is_verbatim_and_every_value_is_in_its_quote() {
        use crate::engine::complete::complete;
        let corpora = ["claims-holdout", "claims-fresh", "claims-holdout-2"]
            .into_iter()
            .flat_map(collection);
        for corpus in corpora {
            let mut record = corpus.to_record();
            record.claims.clear();
            let bare = Corpus::from_record(&record).unwrap();
            let completed = complete(&bare, true);
            // Validation checks both rules; it must pass.
            let checked = Corpus::from_record(&completed).unwrap();
            assert!(!checked.claims().is_empty());
            for claim in checked.claims() {
                assert_eq!(claim.origin, Origin::Found);
                for stance in &claim.stances {
                    let article = checked.article(&stance.article).unwrap();
                    assert!(
                        article
                            .blocks
                            .iter()
                            .any(|b| b.text().contains(&stance.quote))
                    );
                    assert!(stance.quote.contains(&stance.value_text));
                }
            }
        }
    }
}
