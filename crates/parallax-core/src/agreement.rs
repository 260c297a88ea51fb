//! Agreement between outlets on a claim, computed, never typed in.
//!
//! Over the outlets currently shown, a claim is:
//! - **not covered** when no shown outlet reports it;
//! - **single source** when exactly one shown outlet does;
//! - **differs** when two stances from different outlets answer the same
//!   version of the question (same scope, same unit) with values that cannot
//!   both be true; when both attribute the value to the same source, the
//!   difference is flagged as the same speaker reported differently;
//! - **consistent** otherwise (figures may differ yet be compatible: "more
//!   than 600,000" and "around 700,000").
//!
//! Rules for values: stances with different scopes ("in Russia now",
//! "planned by December") never contradict; a stance the engine read
//! without any scope has an unknown one and is compared with stances whose
//! scope is unread too or given in parts. Numbers become intervals from
//! their qualifier ("at least 3,000" is [3,000, ∞); "about 1.3 million" is
//! within 5%, [1.235, 1.365] million; a bare figure is itself) and agree when
//! the intervals meet. Labels agree when they are equal, ignoring case.
//! Stances of one outlet are not compared with each other: an outlet updating
//! its own figure is not a disagreement between outlets.

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::claim::{Claim, Qualifier, Scope, ScopeKey, Stance, StanceValue};
use crate::corpus::{ArticleId, Corpus, OutletId};
use crate::selection::OutletSelection;

/// How far "about" reaches either side of its figure.
pub const ABOUT_TOLERANCE: f64 = 0.05;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Consistent,
    Differs,
    SingleSource,
    NotCovered,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Consistent,
        Status::Differs,
        Status::SingleSource,
        Status::NotCovered,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Consistent => "Consistent",
            Self::Differs => "Differs",
            Self::SingleSource => "Single source",
            Self::NotCovered => "Not covered",
        }
    }

    /// A stable lower-case name, for URLs and exports.
    pub fn slug(self) -> &'static str {
        match self {
            Self::Consistent => "consistent",
            Self::Differs => "differs",
            Self::SingleSource => "single-source",
            Self::NotCovered => "not-covered",
        }
    }
}

/// How many found (or checked) values an explanation names before it says
/// "and N more": a host's corpus of hundreds of articles gives a claim
/// hundreds of found values, which the cells show; the explanation says
/// that they are the engine's, not each one again (issue 17).
pub const EXPLAINED_VALUES: usize = 5;

/// Two stances, from different outlets, that cannot both be true.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict<'a> {
    pub first: &'a Stance,
    pub second: &'a Stance,
    /// Both attribute their value to the same source.
    pub same_source: bool,
}

/// One shown outlet's column in a claim's row.
#[derive(Clone, Debug, PartialEq)]
pub struct OutletCell<'a> {
    pub outlet: &'a OutletId,
    /// Empty: the outlet does not mention the claim.
    pub stances: Vec<&'a Stance>,
}

/// A claim compared across the shown outlets.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimComparison<'a> {
    pub claim: &'a Claim,
    pub status: Status,
    pub cells: Vec<OutletCell<'a>>,
    /// The conflict the explanation names: the first pair (cells in order,
    /// stances in order within each) whose sources are the same, else the
    /// first pair. None when the shown outlets do not conflict.
    pub conflict: Option<Conflict<'a>>,
    /// How many pairs of stances conflict. Counted, not listed: a host's
    /// corpus of 500 articles had 200,000 conflicting pairs, and listing
    /// them was most of an outlet toggle's time (issue 17).
    pub conflicts: usize,
    /// Consistent, but not every figure is the same.
    pub compatible_figures: bool,
}

impl ClaimComparison<'_> {
    /// Whether a conflict is the same speaker reported differently.
    pub fn same_source_differs(&self) -> bool {
        self.conflict
            .as_ref()
            .is_some_and(|conflict| conflict.same_source)
    }

    /// A sentence saying why the status is what it is.
    pub fn explanation(&self, corpus: &Corpus) -> String {
        let outlet_name = |stance: &Stance| {
            corpus
                .outlet_of(&stance.article)
                .map(|outlet| outlet.name.clone())
                .unwrap_or_default()
        };
        // Values the engine found say so, wherever they are named.
        let value = |stance: &Stance| match stance.origin {
            crate::claim::Origin::Found => format!("{} (found by Parallax)", stance.value),
            crate::claim::Origin::Checked => format!("{} (checked by a reader)", stance.value),
            crate::claim::Origin::Curated => stance.value.to_string(),
        };
        let main = self.main_explanation(&outlet_name, &value);
        // Every value the engine found, or a reader checked, is named as
        // such, whether or not the main sentence names it.
        let named: Vec<*const Stance> = match (self.status, &self.conflict) {
            (Status::Differs, Some(c)) => vec![c.first as *const Stance, c.second as *const Stance],
            _ => Vec::new(),
        };
        let mut extra = Vec::new();
        for (origin, words) in [
            (
                crate::claim::Origin::Found,
                "Found by Parallax, not checked",
            ),
            (crate::claim::Origin::Checked, "Checked by a reader"),
        ] {
            let mut listed: Vec<String> = Vec::new();
            let mut more = 0;
            for stance in self
                .cells
                .iter()
                .flat_map(|cell| cell.stances.iter())
                .filter(|s| s.origin == origin && !named.contains(&(**s as *const Stance)))
            {
                if listed.len() < EXPLAINED_VALUES {
                    listed.push(format!("{}: {}", outlet_name(stance), stance.value));
                } else {
                    more += 1;
                }
            }
            if more > 0 {
                listed.push(format!("and {more} more"));
            }
            if !listed.is_empty() {
                extra.push(format!("{words}: {}.", listed.join("; ")));
            }
        }
        if extra.is_empty() {
            main
        } else {
            format!("{main} {}", extra.join(" "))
        }
    }

    fn main_explanation(
        &self,
        outlet_name: &dyn Fn(&Stance) -> String,
        value: &dyn Fn(&Stance) -> String,
    ) -> String {
        match self.status {
            Status::NotCovered => "No shown outlet reports this.".into(),
            Status::SingleSource => "Only one shown outlet reports this.".into(),
            Status::Consistent if self.compatible_figures => {
                "The figures differ but can all be true, given their qualifiers.".into()
            }
            Status::Consistent => "The shown outlets agree.".into(),
            Status::Differs => {
                let Some(conflict) = &self.conflict else {
                    return "The shown outlets differ.".into();
                };
                let (a, b) = (conflict.first, conflict.second);
                if conflict.same_source {
                    format!(
                        "{} and {} report {} differently: {} and {}.",
                        outlet_name(a),
                        outlet_name(b),
                        a.source.as_deref().unwrap_or("the same source"),
                        value(a),
                        value(b)
                    )
                } else {
                    format!(
                        "{} reports {}; {} reports {}.",
                        outlet_name(a),
                        value(a),
                        outlet_name(b),
                        value(b)
                    )
                }
            }
        }
    }
}

/// Each article's outlet, looked up once for a whole comparison.
type Outlets<'a> = HashMap<&'a ArticleId, &'a OutletId>;

fn outlets_of(corpus: &Corpus) -> Outlets<'_> {
    corpus
        .articles()
        .iter()
        .map(|article| (&article.id, &article.outlet))
        .collect()
}

/// Compares a claim over the outlets `selection` shows.
pub fn compare<'a>(
    corpus: &'a Corpus,
    claim: &'a Claim,
    selection: &OutletSelection,
) -> ClaimComparison<'a> {
    compare_with(corpus, &outlets_of(corpus), claim, selection)
}

/// A stance with what agreement compares normalized once: with hundreds of
/// articles a claim has hundreds of stances, and every pair from different
/// outlets is compared (issue 17: an outlet toggle at 500 articles spent
/// most of a second folding the same words again for each pair).
struct Keyed<'a> {
    stance: &'a Stance,
    scope: Option<ScopeKey>,
    source: Option<String>,
    label: Option<String>,
}

impl<'a> Keyed<'a> {
    fn of(stance: &'a Stance) -> Self {
        Self {
            stance,
            scope: stance.scope.as_ref().map(Scope::key),
            source: normalized(stance.source.as_deref()),
            label: match &stance.value {
                StanceValue::Label(label) => normalized(Some(label)),
                StanceValue::Number { .. } => None,
            },
        }
    }
}

impl Keyed<'_> {
    /// Alike in everything [`Judgement::of`] reads: the value (amount,
    /// qualifier, unit, label), the scope and whether it was read, the
    /// label and the source.
    fn alike(&self, other: &Keyed<'_>) -> bool {
        self.stance.value == other.stance.value
            && self.scope == other.scope
            && self.source == other.source
            && self.label == other.label
            && (self.stance.origin == crate::claim::Origin::Curated)
                == (other.stance.origin == crate::claim::Origin::Curated)
    }
}

/// The most classes of alike stances whose pairwise judgements a comparison
/// keeps (a 1,024 × 1,024 matrix of two-byte entries, 2 MB at most). The
/// tests use 8, so that their comparisons take both ways.
const JUDGED_CLASSES: usize = if cfg!(test) { 8 } else { 1024 };

/// What the rule says of two stances of different outlets.
#[derive(Clone, Copy)]
enum Judgement {
    /// Different versions of the question (unit or scope): not compared.
    Incomparable,
    /// They can both be true; `same_value` when the values are equal.
    Agree { same_value: bool },
    /// They cannot both be true; `same_source` when both cite one source.
    Conflict { same_source: bool },
}

impl Judgement {
    fn of(first: &Keyed<'_>, second: &Keyed<'_>) -> Self {
        if !comparable(first, second) {
            return Self::Incomparable;
        }
        let (a, b) = (first.stance, second.stance);
        let agreeing = match (&first.label, &second.label) {
            (Some(x), Some(y)) => x == y,
            _ => agree(&a.value, &b.value),
        };
        if agreeing {
            Self::Agree {
                same_value: a.value == b.value,
            }
        } else {
            Self::Conflict {
                same_source: first.source.is_some() && first.source == second.source,
            }
        }
    }
}

fn compare_with<'a>(
    corpus: &'a Corpus,
    outlets: &Outlets<'a>,
    claim: &'a Claim,
    selection: &OutletSelection,
) -> ClaimComparison<'a> {
    let mut cells: Vec<OutletCell<'a>> = corpus
        .outlets()
        .iter()
        .filter(|outlet| selection.is_shown(&outlet.id))
        .map(|outlet| OutletCell {
            outlet: &outlet.id,
            stances: Vec::new(),
        })
        .collect();
    // One pass over the stances, in their order, each to its outlet's cell.
    let column: HashMap<&OutletId, usize> = cells
        .iter()
        .enumerate()
        .map(|(i, cell)| (cell.outlet, i))
        .collect();
    for stance in &claim.stances {
        let cell = outlets
            .get(&stance.article)
            .and_then(|outlet| column.get(outlet));
        if let Some(&i) = cell {
            cells[i].stances.push(stance);
        }
    }
    let keyed: Vec<Vec<Keyed<'a>>> = cells
        .iter()
        .map(|cell| {
            cell.stances
                .iter()
                .map(|stance| Keyed::of(stance))
                .collect()
        })
        .collect();

    let mentioning = cells.iter().filter(|cell| !cell.stances.is_empty()).count();
    // Stances alike in everything the rule reads are one class, and each
    // pair of classes is judged once: a host's corpus repeats the same
    // figure from the same source in many articles, and judging every pair
    // of stances anew was most of an outlet toggle at 500 articles (issue
    // 17). The pairs are still walked in order, so the conflict named is
    // the same as when every pair was listed.
    let mut classes: Vec<&Keyed<'a>> = Vec::new();
    let class_of: Vec<Vec<usize>> = keyed
        .iter()
        .map(|cell| {
            cell.iter()
                .map(
                    |stance| match classes.iter().position(|c| c.alike(stance)) {
                        Some(class) => class,
                        None => {
                            classes.push(stance);
                            classes.len() - 1
                        }
                    },
                )
                .collect()
        })
        .collect();
    // Judgements are kept in a classes × classes matrix, up to
    // `JUDGED_CLASSES` classes (2 MB at most); past that (thousands of
    // different stances on one claim) each is judged when asked.
    let count = classes.len();
    let kept = count <= JUDGED_CLASSES;
    let mut judged: Vec<Option<Judgement>> = vec![None; if kept { count * count } else { 0 }];
    let mut judge = |a: usize, b: usize| {
        if kept {
            *judged[a * count + b].get_or_insert_with(|| Judgement::of(classes[a], classes[b]))
        } else {
            Judgement::of(classes[a], classes[b])
        }
    };
    // Each cell's classes with how many of its stances are in each, so
    // that a pair of cells is judged class by class, and only the first
    // pair of cells with a conflict is walked stance by stance.
    let tallies: Vec<Vec<(usize, usize)>> = class_of
        .iter()
        .map(|cell| {
            let mut tally: Vec<(usize, usize)> = Vec::new();
            for &class in cell {
                match tally.iter_mut().find(|(seen, _)| *seen == class) {
                    Some((_, stances)) => *stances += 1,
                    None => tally.push((class, 1)),
                }
            }
            tally
        })
        .collect();
    let (mut first_conflict, mut same_source_conflict) = (None, None);
    let mut conflicts = 0;
    let mut compatible_figures = false;
    for i in 0..keyed.len() {
        for j in i + 1..keyed.len() {
            let (mut conflicting, mut same_source) = (false, false);
            for &(a, a_stances) in &tallies[i] {
                for &(b, b_stances) in &tallies[j] {
                    match judge(a, b) {
                        Judgement::Incomparable => {}
                        Judgement::Agree { same_value } => compatible_figures |= !same_value,
                        Judgement::Conflict { same_source: same } => {
                            conflicts += a_stances * b_stances;
                            conflicting = true;
                            same_source |= same;
                        }
                    }
                }
            }
            // The first conflicting pair of stances in order (cells, then
            // stances within each), and the first with the same source.
            let wanted = (conflicting && first_conflict.is_none())
                || (same_source && same_source_conflict.is_none());
            if !wanted {
                continue;
            }
            for (first, &a) in keyed[i].iter().zip(&class_of[i]) {
                for (second, &b) in keyed[j].iter().zip(&class_of[j]) {
                    if let Judgement::Conflict { same_source } = judge(a, b) {
                        let conflict = Conflict {
                            first: first.stance,
                            second: second.stance,
                            same_source,
                        };
                        if same_source && same_source_conflict.is_none() {
                            same_source_conflict = Some(conflict.clone());
                        }
                        if first_conflict.is_none() {
                            first_conflict = Some(conflict);
                        }
                    }
                }
            }
        }
    }
    let status = match mentioning {
        0 => Status::NotCovered,
        1 => Status::SingleSource,
        _ if conflicts > 0 => Status::Differs,
        _ => Status::Consistent,
    };
    ClaimComparison {
        claim,
        status,
        cells,
        conflict: same_source_conflict.or(first_conflict),
        conflicts,
        compatible_figures: status == Status::Consistent && compatible_figures,
    }
}

/// Every claim of the corpus, compared over the shown outlets.
pub fn compare_all<'a>(
    corpus: &'a Corpus,
    selection: &OutletSelection,
) -> Vec<ClaimComparison<'a>> {
    let outlets = outlets_of(corpus);
    corpus
        .claims()
        .iter()
        .map(|claim| compare_with(corpus, &outlets, claim, selection))
        .collect()
}

/// The distinct sources a comparison's shown stances cite.
pub fn sources<'a>(comparison: &ClaimComparison<'a>) -> BTreeSet<&'a str> {
    comparison
        .cells
        .iter()
        .flat_map(|cell| cell.stances.iter())
        .filter_map(|stance| stance.source.as_deref())
        .collect()
}

/// Two stances answer the same version of the question.
fn comparable(first: &Keyed<'_>, second: &Keyed<'_>) -> bool {
    let same_unit = match (&first.stance.value, &second.stance.value) {
        (StanceValue::Number { unit: a, .. }, StanceValue::Number { unit: b, .. }) => {
            a.eq_ignore_ascii_case(b)
        }
        (StanceValue::Label(_), StanceValue::Label(_)) => true,
        _ => false,
    };
    same_unit && same_scope(first, second)
}

/// Scopes for agreement: `Scope::same_version`, except that a stance the
/// engine read (found or checked) without any scope has an unknown one,
/// not an empty one: it is compared with any stance whose scope is also
/// unread or given in parts (an editor's free text never meets parts).
fn same_scope(first: &Keyed<'_>, second: &Keyed<'_>) -> bool {
    let unread =
        |s: &Keyed<'_>| s.stance.origin != crate::claim::Origin::Curated && s.scope.is_none();
    let parts_or_none = |s: &Keyed<'_>| {
        s.scope
            .as_ref()
            .is_none_or(|k| matches!(k, ScopeKey::Parts { .. }))
    };
    if unread(first) {
        return parts_or_none(second);
    }
    if unread(second) {
        return parts_or_none(first);
    }
    ScopeKey::same_version(first.scope.as_ref(), second.scope.as_ref())
}

fn normalized(text: Option<&str>) -> Option<String> {
    text.map(|text| {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    })
}

/// Whether two values can both be true.
pub fn agree(first: &StanceValue, second: &StanceValue) -> bool {
    match (first, second) {
        (StanceValue::Label(a), StanceValue::Label(b)) => {
            normalized(Some(a)) == normalized(Some(b))
        }
        (
            StanceValue::Number {
                amount: a,
                qualifier: qa,
                ..
            },
            StanceValue::Number {
                amount: b,
                qualifier: qb,
                ..
            },
        ) => Interval::of(*a, *qa).meets(&Interval::of(*b, *qb)),
        _ => false,
    }
}

/// A range of numbers, each end open or closed.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Interval {
    low: f64,
    low_open: bool,
    high: f64,
    high_open: bool,
}

impl Interval {
    fn of(amount: f64, qualifier: Qualifier) -> Self {
        let closed = |low, high| Self {
            low,
            low_open: false,
            high,
            high_open: false,
        };
        match qualifier {
            Qualifier::Exactly => closed(amount, amount),
            Qualifier::About => closed(
                amount * (1.0 - ABOUT_TOLERANCE),
                amount * (1.0 + ABOUT_TOLERANCE),
            ),
            Qualifier::AtLeast => closed(amount, f64::INFINITY),
            Qualifier::MoreThan => Self {
                low_open: true,
                ..closed(amount, f64::INFINITY)
            },
            Qualifier::UpTo => closed(0.0, amount),
            Qualifier::FewerThan => Self {
                high_open: true,
                ..closed(0.0, amount)
            },
        }
    }

    /// Whether the two ranges share at least one number.
    fn meets(&self, other: &Self) -> bool {
        let (low, low_open) = if self.low > other.low {
            (self.low, self.low_open)
        } else if other.low > self.low {
            (other.low, other.low_open)
        } else {
            (self.low, self.low_open || other.low_open)
        };
        let (high, high_open) = if self.high < other.high {
            (self.high, self.high_open)
        } else if other.high < self.high {
            (other.high, other.high_open)
        } else {
            (self.high, self.high_open || other.high_open)
        };
        low < high || (low == high && !low_open && !high_open)
    }
}

#[cfg(test)]
mod tests;

/// Why an outlet's cell has no stance, said honestly: only someone, or
/// something, that looked may say "not mentioned".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Absence {
    /// An editor wrote the claim over these articles and found nothing.
    NotMentioned,
    /// The claim engine read every article of the outlet and found nothing.
    NotFound,
    /// No one has looked (an article the reader imported after the claim
    /// was written, not yet read by the engine).
    NotChecked,
    /// A reader rejected the sentence the engine found there as not about
    /// the claim.
    Rejected,
}

impl Absence {
    /// How weak a claim of absence this is: an outlet gets the weakest
    /// word any of its articles earns.
    fn weakness(self) -> u8 {
        match self {
            Self::NotMentioned => 0,
            Self::Rejected => 1,
            Self::NotFound => 2,
            Self::NotChecked => 3,
        }
    }

    /// The cell's words.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotMentioned => "not mentioned",
            Self::NotFound => "not found by Parallax",
            Self::NotChecked => "not checked yet",
            Self::Rejected => "Parallax's sentence rejected by a reader",
        }
    }
}

/// Why `claim` has no stance from `outlet`: an editor's claim covers the
/// articles that are not the reader's imports (`imported`: their ids), so
/// there the editor says "not mentioned"; an article the engine read (the
/// claim's `searched`) is "not found by Parallax", unless a reader rejected
/// the sentence it found there (the claim's `rejected`); any other, no one
/// has looked at. The outlet gets the weakest word any of its articles earns.
pub fn absence(corpus: &Corpus, claim: &Claim, outlet: &OutletId, imported: &[&str]) -> Absence {
    corpus
        .articles_of(outlet)
        .map(|article| {
            let searched = claim.searched.contains(&article.id);
            article_absence(claim, &article.id, searched, imported)
        })
        .max_by_key(|absence| absence.weakness())
        .unwrap_or(Absence::NotChecked)
}

/// [`absence`] for every outlet with articles, in one pass over the
/// articles: a map from outlet to its absence (an outlet with no articles
/// is not in it; [`absence`] says `NotChecked` for it). Asking
/// [`absence`] for each empty cell of a row read every article once per
/// cell, and at 500 articles and 54 outlets that was a sixth of an outlet
/// toggle (a CPU profile, issue 17).
pub fn absences<'a>(
    corpus: &'a Corpus,
    claim: &Claim,
    imported: &[&str],
) -> HashMap<&'a OutletId, Absence> {
    let searched: HashSet<&ArticleId> = claim.searched.iter().collect();
    let mut absences: HashMap<&OutletId, Absence> = HashMap::new();
    for article in corpus.articles() {
        let here = article_absence(claim, &article.id, searched.contains(&article.id), imported);
        absences
            .entry(&article.outlet)
            .and_modify(|absence| {
                if here.weakness() > absence.weakness() {
                    *absence = here;
                }
            })
            .or_insert(here);
    }
    absences
}

/// The word one article earns (`searched`: the engine read it for the
/// claim); see [`absence`].
fn article_absence(
    claim: &Claim,
    article: &ArticleId,
    searched: bool,
    imported: &[&str],
) -> Absence {
    if claim.origin == crate::claim::Origin::Curated && !imported.contains(&article.as_str()) {
        Absence::NotMentioned
    } else if claim.rejected.iter().any(|r| &r.article == article) {
        Absence::Rejected
    } else if searched {
        Absence::NotFound
    } else {
        Absence::NotChecked
    }
}
