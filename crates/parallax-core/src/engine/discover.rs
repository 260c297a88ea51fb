//! Claim discovery: the quantity statements of a corpus grouped by frame
//! into suggested claims, each with a neutral question, its kind and the
//! stance of every article that states it.
//!
//! Rules:
//!
//! - D1. Statements with a unit are taken in corpus order; each joins the
//!   group whose frame (built from the statements already in it) scores it
//!   best by [`Frame::score`], if that score reaches
//!   [`DISCOVERY_THRESHOLD`] and the group has no statement of the same
//!   article and source yet, nor a first statement with another kind of
//!   time ("212 passengers" now and "180,000 passengers a year" are two
//!   questions; a figure for an earlier time joins only figures for an
//!   earlier time), nor a statement of another outcome or measure (O1 and
//!   O2 of `statement.rs`: "38 people killed" and "210 people injured",
//!   "1.2 billion euros" of damage and of aid, are two questions each);
//!   otherwise it starts a group. A statement of the group's outcome or
//!   measure is scored as if its unit were of the group's class ("35
//!   people dead" and "41 deaths" count the same thing).
//! - D6. A statement of the group's outcome (O1: killed, injured,
//!   arrested, …), at the same kind of time, scores at least
//!   [`OUTCOME_FLOOR`] whatever its words: within one story, "At least 14
//!   people were killed" and "The death toll rose to 17" answer one
//!   question. Earlier events (T2, T3), replaced figures (T4) and parts of
//!   a count (S10) are kept out by their time class or not read at all.
//! - D7. The same figure of the same outcome or measure said twice in one
//!   article (a key point and its paragraph, the headline and the lead) is
//!   one stance: the one that names its source ("the fire brigade" and
//!   "fire brigade" are one source).
//! - D2. Statements that answer a claim the corpus already has (F1 of
//!   `find.rs`, weighed by G1 as F1 weighs them) are left out: suggestions
//!   are for what no claim covers.
//! - D3. Groups stated by two or more outlets come first (more outlets
//!   first), then single-source suggestions, which need a unit from the
//!   lexicon (not merely a plural noun) and an attribution or a scope, so
//!   stray figures ("three children") are not suggested.
//! - D5. Figures of 2 or less are left out unless they count people ("two
//!   countries" is a manner of speaking; "two people died" is a claim).
//! - D4. The question is written from the group's first statement: "How
//!   many {measured entity} {scope}?", "How many … have been killed or
//!   wounded …?" for casualties, "What percentage …?" for shares, "How much
//!   …?" for money.

use super::find::{Found, FoundValue, NUMBER_THRESHOLD, Reading, read};
use super::frame::{Frame, Idf};
use super::statement::{Statement, TimeClass};
use super::words::{outcome as outcome_word, unit_class};
use crate::claim::ClaimKind;
use crate::corpus::Corpus;
use crate::normalize::fold;

/// The lowest frame score that joins a statement to a group.
pub const DISCOVERY_THRESHOLD: f64 = 0.40;

/// D6: the score a statement of a group's outcome (O1) has at least: just
/// over [`DISCOVERY_THRESHOLD`], so a group whose words fit better still
/// wins.
pub const OUTCOME_FLOOR: f64 = 0.41;

/// A claim the engine suggests.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    /// A neutral question (D4).
    pub question: String,
    pub kind: ClaimKind,
    /// The stances, one per article and source.
    pub stances: Vec<Found>,
    /// How many outlets state it.
    pub outlets: usize,
}

impl Suggestion {
    pub fn single_source(&self) -> bool {
        self.outlets < 2
    }
}

struct Group {
    frame: Frame,
    members: Vec<Found>,
    first: Statement,
    /// What its members measure (the outcome, O1, or the measure, O2),
    /// once one of them says.
    measured: Option<&'static str>,
}

/// Suggested claims for `corpus` (D1–D4).
pub fn discover(corpus: &Corpus) -> Vec<Suggestion> {
    let idf = Idf::of_corpus(corpus);
    let mut discovery = Discovery::new(corpus);
    let story = super::topic::Story::of_corpus(corpus);
    for article in corpus.articles() {
        let relevance = super::topic::relevance(story.as_ref(), corpus, article, &idf);
        discovery.add(article, &read(article), &idf, relevance);
    }
    discovery.finish(corpus)
}

/// Discovery one article at a time (D1 is greedy in corpus order), for a
/// caller that reads the articles in steps ([`super::run::Run`]): `add`
/// each article's reading in corpus order, then `finish` (D3, D4).
pub struct Discovery {
    /// Frames of the claims the corpus has (D2).
    existing: Vec<Frame>,
    groups: Vec<Group>,
}

impl Discovery {
    pub fn new(corpus: &Corpus) -> Self {
        let existing = corpus
            .claims()
            .iter()
            .map(|claim| {
                let all: Vec<_> = claim.stances.iter().collect();
                Frame::of_claim(corpus, claim, &all)
            })
            .collect();
        Self {
            existing,
            groups: Vec::new(),
        }
    }

    /// D1, D2, D5 for one article's statements; `relevance` is the
    /// article's to the claims' story (G1), as F1 weighs it in D2.
    pub fn add(
        &mut self,
        article: &crate::corpus::Article,
        reading: &Reading,
        idf: &Idf,
        relevance: f64,
    ) {
        let (existing, groups) = (&self.existing, &mut self.groups);
        for located in &reading.statements {
            let statement = &located.statement;
            let Some(class) = &statement.unit_class else {
                continue;
            };
            // D5: "two countries", "one of them": small figures of things
            // are mostly a manner of speaking.
            let human = matches!(
                class.as_str(),
                "people" | "soldiers" | "workers" | "casualties"
            );
            if statement.amount <= 2.0 && !human {
                continue;
            }
            // D2.
            let covered = existing.iter().any(|f| {
                f.kind == Some(ClaimKind::Number)
                    && relevance * f.score(statement, &located.terms, idf) >= NUMBER_THRESHOLD
            });
            if covered {
                continue;
            }
            let source = statement.attribution.as_ref().map(|a| fold(&a.source));
            let text = article.blocks[located.block].text();
            let sentence = &text[located.sentence.clone()];
            let found = Found {
                frame: 0,
                article: article.id.clone(),
                block: located.block,
                sentence: located.sentence.clone(),
                quote: super::find::quote_around(sentence, &statement.value_span).to_string(),
                value: FoundValue::Number {
                    amount: statement.amount,
                    upper: statement.upper,
                    qualifier: statement.qualifier,
                    unit: statement.unit.clone().unwrap_or_default(),
                },
                value_text: sentence[statement.value_span.clone()].to_string(),
                source: statement.attribution.as_ref().map(|a| a.source.clone()),
                via: statement.attribution.as_ref().and_then(|a| a.via.clone()),
                scope: statement.scope.clone(),
                score: 0.0,
                said_on: super::find::said_on(article, sentence, statement.attribution.as_ref()),
            };
            // D7: the same figure of the same outcome or measure said twice
            // in one article (a key point and its paragraph) is one stance,
            // the one that names its source.
            let repeated = groups.iter().enumerate().find_map(|(g, group)| {
                let same_measured = match (group.measured, measured(statement)) {
                    (Some(a), Some(b)) => a == b,
                    _ => false,
                };
                group
                    .members
                    .iter()
                    .position(|m| {
                        m.article == article.id
                            && same_measured
                            && matches!(m.value, FoundValue::Number { amount, upper, .. }
                                if amount == statement.amount && upper == statement.upper)
                            && (m.source.is_none()
                                || source.is_none()
                                || same_source(m.source.as_deref(), source.as_deref()))
                    })
                    .map(|m| (g, m))
            });
            if let Some((g, m)) = repeated {
                let member = &mut groups[g].members[m];
                if member.source.is_none() && found.source.is_some() {
                    *member = Found {
                        score: member.score,
                        ..found
                    };
                }
                continue;
            }
            // D1.
            let best = groups
                .iter()
                .enumerate()
                .filter(|(_, g)| {
                    !g.members.iter().any(|m| {
                        m.article == article.id
                            && same_source(m.source.as_deref(), source.as_deref())
                    })
                })
                .filter(|(_, g)| {
                    let past = Some(TimeClass::Past);
                    match (g.first.scope.time_class, statement.scope.time_class) {
                        (Some(a), Some(b)) => a == b,
                        (a, b) => a != past && b != past,
                    }
                })
                .filter(|(_, g)| match (g.measured, measured(statement)) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                })
                .map(|(i, g)| {
                    let score = g.frame.score(statement, &located.terms, idf);
                    let fit = g.frame.unit_fit(statement);
                    match (g.measured, measured(statement)) {
                        // D6: one outcome of people, at one kind of time, is
                        // one question of the story however each outlet
                        // words it ("At least 14 people were killed", "The
                        // death toll rose to 17").
                        (Some(a), Some(b))
                            if a == b
                                && fit > 0.0
                                && statement.outcome.is_some()
                                && same_victims(&g.first, statement) =>
                        {
                            (i, (score / fit).max(OUTCOME_FLOOR))
                        }
                        (Some(a), Some(b)) if a == b && fit > 0.0 => (i, score / fit),
                        _ => (i, score),
                    }
                })
                .max_by(|a, b| a.1.total_cmp(&b.1));
            match best {
                Some((i, score)) if score >= DISCOVERY_THRESHOLD => {
                    let group = &mut groups[i];
                    for (term, weight) in &located.terms {
                        *group.frame.terms.entry(term.clone()).or_default() += weight;
                    }
                    if !group.frame.unit_classes.iter().any(|(c, _)| c == class) {
                        group.frame.unit_classes.push((class.clone(), 1.0));
                    }
                    group.measured = group.measured.or(measured(statement));
                    group.members.push(Found { score, ..found });
                }
                _ => {
                    let frame = Frame::of_sentence(sentence, statement);
                    groups.push(Group {
                        frame,
                        members: vec![Found {
                            score: 1.0,
                            ..found
                        }],
                        first: statement.clone(),
                        measured: measured(statement),
                    });
                }
            }
        }
    }

    /// D3 and D4: the groups as suggestions, most outlets first.
    pub fn finish(self, corpus: &Corpus) -> Vec<Suggestion> {
        let groups = self.groups;
        // D3.
        let mut suggestions: Vec<Suggestion> = groups
            .into_iter()
            .filter_map(|group| {
                let mut outlets: Vec<_> = group
                    .members
                    .iter()
                    .filter_map(|m| corpus.outlet_of(&m.article).map(|o| o.id.clone()))
                    .collect();
                outlets.sort();
                outlets.dedup();
                let known_unit = group
                    .first
                    .unit
                    .as_deref()
                    .is_some_and(|u| unit_class(&fold(u)).is_some() || u == "%");
                let grounded = group.first.attribution.is_some()
                    || group.first.scope.time.is_some()
                    || group.first.scope.place.is_some();
                if outlets.len() < 2 && !(known_unit && grounded) {
                    return None;
                }
                let mut first = group.first.clone();
                // The group's first word on what it measures words its
                // question; every measure key is also a measure word.
                if first.measure.is_none() && first.outcome.is_none() {
                    let measure = group
                        .measured
                        .filter(|m| super::words::measure(m).is_some());
                    first.measure = measure;
                    first.outcome = group.measured.filter(|_| measure.is_none());
                }
                Some(Suggestion {
                    question: question(&first),
                    kind: ClaimKind::Number,
                    stances: group.members,
                    outlets: outlets.len(),
                })
            })
            .collect();
        suggestions.sort_by_key(|s| std::cmp::Reverse(s.outlets));
        for (i, suggestion) in suggestions.iter_mut().enumerate() {
            for stance in &mut suggestion.stances {
                stance.frame = i;
            }
        }
        suggestions
    }
}

/// D4's question, without its tail, for a sum of money that measures
/// `measure` (O2).
fn money_question(measure: &str) -> String {
    match measure {
        "cost" => "How much will it cost".into(),
        "savings" => "How much will be saved".into(),
        "pay" => "How much is the pay".into(),
        "price" => "What is the price".into(),
        "shares" => "What are the shares worth".into(),
        "sales" => "How much are the sales".into(),
        "profit" | "loss" | "budget" | "fine" | "payment" => format!("How much is the {measure}"),
        _ => format!("How much {measure}"),
    }
}

/// D4's question, without its tail, for a share that measures `measure`
/// (O2).
fn share_question(measure: &str) -> String {
    match measure {
        "turnout" => "What was the turnout".into(),
        "vote" | "workforce" => format!("What share of the {measure}"),
        "shares" => "How much did the shares move".into(),
        "pay" => "What pay change is reported".into(),
        "inflation" | "unemployment" => format!("What is the {measure} rate"),
        "sales" | "profit" | "price" | "cost" => format!("How much did the {measure} change"),
        _ => format!("What percentage is the {measure}"),
    }
}

/// What a statement measures beyond its unit: its outcome (O1) or its
/// measure (O2).
/// D6: whether two statements of one outcome count the same people: both
/// in general words ("people", "deaths", "victims") or the same word
/// ("firefighters" are not the crowd), and not in two places named apart
/// ("in Kharkiv", "in Belgorod").
fn same_victims(a: &Statement, b: &Statement) -> bool {
    const GENERAL: [&str; 12] = [
        "people",
        "persons",
        "deaths",
        "dead",
        "killed",
        "injured",
        "wounded",
        "casualties",
        "victims",
        "others",
        "lives",
        "bodies",
    ];
    let word = |s: &Statement| s.unit.as_deref().map(fold).unwrap_or_default();
    let (x, y) = (word(a), word(b));
    let same = x == y || GENERAL.contains(&x.as_str()) && GENERAL.contains(&y.as_str());
    let apart = match (&a.scope.place, &b.scope.place) {
        (Some(p), Some(q)) => fold(p) != fold(q),
        _ => false,
    };
    same && !apart
}

/// Whether two sources (folded, or none) are one: "the fire brigade" and
/// "fire brigade" are.
fn same_source(a: Option<&str>, b: Option<&str>) -> bool {
    let plain = |s: Option<&str>| {
        s.map(|s| {
            let folded = fold(s);
            folded
                .strip_prefix("the ")
                .map_or(folded.clone(), str::to_string)
        })
    };
    plain(a) == plain(b)
}

fn measured(statement: &Statement) -> Option<&'static str> {
    statement.outcome.or(statement.measure)
}

/// Whether a verb phrase (a predicate: "were evacuated") opens with an
/// auxiliary or a past participle and names `outcome` (O1).
fn says_outcome(predicate: &str, outcome: Option<&str>) -> bool {
    let folded = fold(predicate);
    let mut words = folded.split(' ');
    let verbal = words.next().is_some_and(|w| {
        w.ends_with("ed")
            || matches!(
                w,
                "were" | "was" | "have" | "has" | "had" | "are" | "is" | "been"
            )
    });
    verbal
        && folded
            .split(' ')
            .any(|w| outcome.is_some() && outcome_word(w) == outcome)
}

/// D4: a neutral question for a group, from its first statement: "How
/// many {measured entity} {verb phrase} {place}?", the time added for a
/// plan, a rate or a span since a date ("by December", "per day"). With an
/// outcome (O1) the verb phrase is the outcome's ("have been injured"),
/// and a measured entity that is itself the outcome or "others" ("250
/// injured", "210 others") is "people".
pub fn question(statement: &Statement) -> String {
    let entity = statement
        .entity
        .clone()
        .or_else(|| statement.unit.clone())
        .unwrap_or_else(|| "of them".into());
    // "Residents" opening a sentence is still a common noun.
    let entity = match entity.split_once(' ') {
        None if unit_class(&fold(&entity)).is_some() => fold(&entity),
        _ => entity,
    };
    let outcome = statement.outcome.map(|outcome| match outcome {
        "killed" => "have been killed",
        "injured" => "have been injured",
        "missing" => "are missing",
        "displaced" => "have been displaced",
        "evacuated" => "have been evacuated",
        "rescued" => "have been rescued",
        "arrested" => "have been arrested",
        _ => "have been killed or wounded",
    });
    let last = fold(entity.rsplit(' ').next().unwrap_or_default());
    let entity = if outcome.is_some()
        && (last == "others"
            || unit_class(&last) == Some("casualties")
            || outcome_word(&last).is_some())
    {
        "people".to_string()
    } else {
        entity
    };
    let place = statement.scope.place.clone();
    let time = match statement.scope.time_class {
        Some(TimeClass::Planned | TimeClass::Rate | TimeClass::Since) => {
            statement.scope.time.clone().map(|time| {
                let folded = fold(&time);
                if folded.contains("total") || folded == "in all" {
                    "in all".to_string()
                } else {
                    time
                }
            })
        }
        _ => None,
    };
    let tail = |parts: &[Option<String>]| {
        let words: Vec<String> = parts.iter().flatten().cloned().collect();
        if words.is_empty() {
            String::new()
        } else {
            format!(" {}", words.join(" "))
        }
    };
    let class = statement.unit_class.as_deref().unwrap_or("");
    match class {
        "percent" | "points" => match statement.measure {
            Some(measure) => format!("{}{}?", share_question(measure), tail(&[place, time])),
            None => format!("What percentage is reported{}?", tail(&[place, time])),
        },
        "magnitude" => format!("What was the magnitude{}?", tail(&[place, time])),
        "temperature" => format!("What was the temperature{}?", tail(&[place, time])),
        "money" => match statement.measure {
            Some(measure) => format!("{}{}?", money_question(measure), tail(&[place, time])),
            None => format!("How much money is involved{}?", tail(&[place, time])),
        },
        _ => match &statement.predicate {
            // The text's own verb when it says the outcome ("were
            // evacuated"), else the outcome's ("35 people dead").
            predicate
                if outcome.is_some()
                    && predicate
                        .as_deref()
                        .is_none_or(|p| !says_outcome(p, statement.outcome)) =>
            {
                let outcome = outcome.unwrap_or_default();
                format!("How many {entity} {outcome}{}?", tail(&[place, time]))
            }
            Some(predicate) => format!("How many {entity} {predicate}{}?", tail(&[place, time])),
            None if class == "casualties" => {
                format!(
                    "How many {entity} have been killed or wounded{}?",
                    tail(&[place, time])
                )
            }
            None => match &place {
                Some(p) if p.starts_with("in ") || p.starts_with("on ") => {
                    format!("How many {entity} are there {p}{}?", tail(&[time]))
                }
                _ => format!("How many {entity}{}?", tail(&[place, time])),
            },
        },
    }
}
