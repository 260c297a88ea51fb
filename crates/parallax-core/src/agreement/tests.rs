//! Each agreement rule, stated on a small corpus built for it.

use super::*;
use serde_json::json;

/// A corpus with three outlets (a, b, c), one article each, whose text holds
/// every quote, and one claim with the given stances: `(outlet, quote,
/// source, value)`.
fn corpus_with(kind: &str, stances: &[(&str, &str, Option<&str>, serde_json::Value)]) -> Corpus {
    let text: String = stances
        .iter()
        .map(|(_, quote, _, _)| format!("{quote} "))
        .collect();
    let outlets =
        ["a", "b", "c"].map(|id| (id.to_string(), format!("Outlet {}", id.to_uppercase())));
    one_article_per_outlet(
        &outlets,
        &text,
        json!([{
            "id": "claim",
            "question": "How many?",
            "kind": kind,
            "stances": stances.iter().map(|(outlet, quote, source, value)| {
                let mut value = value.clone();
                value["text"] = json!(quote);
                json!({ "article": format!("{outlet}-article"), "quote": quote, "source": source, "value": value })
            }).collect::<Vec<_>>()
        }]),
    )
}

/// A format-1 corpus with one article per outlet (`(id, name)`; the
/// article's id is `{id}-article`), each article's one paragraph `text`,
/// and `claims` (claim records) over them.
fn one_article_per_outlet(
    outlets: &[(String, String)],
    text: &str,
    claims: serde_json::Value,
) -> Corpus {
    let document = json!({
        "format": 1,
        "outlets": outlets.iter().map(|(id, name)| json!({ "id": id, "name": name })).collect::<Vec<_>>(),
        "articles": outlets.iter().map(|(id, _)| json!({
            "id": format!("{id}-article"),
            "outlet": id,
            "outlet_attribution": { "provenance": "stated" },
            "headline": { "value": "Headline", "provenance": "stated" },
            "blocks": [{ "kind": "paragraph", "text": text }]
        })).collect::<Vec<_>>(),
        "claims": claims
    });
    Corpus::parse(&document.to_string()).unwrap_or_else(|errors| panic!("{errors:#?}"))
}

/// Outlets `{prefix}{i}` named `Outlet {prefix}{i}`, for `i` in `range`.
fn outlets_named(prefix: &str, range: std::ops::Range<usize>) -> Vec<(String, String)> {
    range
        .map(|i| (format!("{prefix}{i}"), format!("Outlet {prefix}{i}")))
        .collect()
}

fn number(amount: f64, qualifier: &str, scope: Option<&str>) -> serde_json::Value {
    json!({ "amount": amount, "qualifier": qualifier, "unit": "soldiers", "scope": scope })
}

fn label(label: &str) -> serde_json::Value {
    json!({ "label": label })
}

/// The status of the only claim with every outlet shown.
fn status(corpus: &Corpus) -> Status {
    compare(corpus, &corpus.claims()[0], &OutletSelection::all()).status
}

#[test]
fn a_claim_reported_by_one_outlet_is_single_source() {
    let corpus = corpus_with(
        "number",
        &[("a", "3,000 troops", None, number(3000.0, "exactly", None))],
    );
    assert_eq!(status(&corpus), Status::SingleSource);
}

#[test]
fn several_stances_of_one_outlet_are_still_a_single_source() {
    let corpus = corpus_with(
        "number",
        &[
            ("a", "3,000 troops", None, number(3000.0, "exactly", None)),
            ("a", "10,000 troops", None, number(10000.0, "exactly", None)),
        ],
    );
    assert_eq!(status(&corpus), Status::SingleSource);
}

#[test]
fn equal_figures_are_consistent() {
    let corpus = corpus_with(
        "number",
        &[
            (
                "a",
                "1,500 special forces",
                Some("Seoul"),
                number(1500.0, "exactly", None),
            ),
            (
                "b",
                "1,500 special operation forces",
                Some("NIS"),
                number(1500.0, "exactly", None),
            ),
        ],
    );
    let comparison = compare(&corpus, &corpus.claims()[0], &OutletSelection::all());
    assert_eq!(comparison.status, Status::Consistent);
    assert!(!comparison.compatible_figures);
}

#[test]
fn different_figures_in_the_same_scope_differ() {
    let corpus = corpus_with(
        "number",
        &[
            (
                "a",
                "3,000 now",
                Some("US officials"),
                number(3000.0, "exactly", Some("in Russia now")),
            ),
            (
                "b",
                "some 11,000 now",
                Some("Ukraine"),
                number(11000.0, "about", Some("in Russia now")),
            ),
        ],
    );
    let comparison = compare(&corpus, &corpus.claims()[0], &OutletSelection::all());
    assert_eq!(comparison.status, Status::Differs);
    assert!(!comparison.same_source_differs(), "different speakers");
    assert_eq!(
        comparison.explanation(&corpus),
        "Outlet A reports 3,000 soldiers; Outlet B reports about 11,000 soldiers."
    );
}

#[test]
fn different_scopes_never_contradict() {
    // 3,000 in Russia now and 10,000 planned by December can both be true.
    let corpus = corpus_with(
        "number",
        &[
            (
                "a",
                "3,000 now",
                None,
                number(3000.0, "exactly", Some("in Russia now")),
            ),
            (
                "b",
                "10,000 by December",
                None,
                number(10000.0, "exactly", Some("planned by December")),
            ),
        ],
    );
    assert_eq!(status(&corpus), Status::Consistent);
}

#[test]
fn the_same_source_given_different_figures_is_flagged() {
    let corpus = corpus_with(
        "number",
        &[
            (
                "a",
                "about 10,000 soldiers",
                Some("Volodymyr Zelensky"),
                number(10000.0, "about", None),
            ),
            (
                "b",
                "12,000 soldiers",
                Some("volodymyr  zelensky"),
                number(12000.0, "exactly", None),
            ),
        ],
    );
    let comparison = compare(&corpus, &corpus.claims()[0], &OutletSelection::all());
    assert_eq!(comparison.status, Status::Differs);
    assert!(comparison.same_source_differs());
    assert_eq!(
        comparison.explanation(&corpus),
        "Outlet A and Outlet B report Volodymyr Zelensky differently: about 10,000 soldiers and 12,000 soldiers."
    );
}

#[test]
fn a_lower_bound_agrees_with_any_figure_above_it() {
    let corpus = corpus_with(
        "number",
        &[
            (
                "a",
                "at least 3,000",
                Some("US officials"),
                number(3000.0, "at_least", None),
            ),
            (
                "b",
                "3,000 on Russian soil",
                Some("NIS"),
                number(3000.0, "exactly", None),
            ),
        ],
    );
    assert_eq!(status(&corpus), Status::Consistent);
}

#[test]
fn compatible_but_different_figures_are_consistent_and_say_so() {
    let corpus = corpus_with(
        "number",
        &[
            (
                "a",
                "More than 600,000",
                None,
                number(600000.0, "more_than", None),
            ),
            ("b", "around 700,000", None, number(700000.0, "about", None)),
        ],
    );
    let comparison = compare(&corpus, &corpus.claims()[0], &OutletSelection::all());
    assert_eq!(comparison.status, Status::Consistent);
    assert!(comparison.compatible_figures);
    assert_eq!(
        comparison.explanation(&corpus),
        "The figures differ but can all be true, given their qualifiers."
    );
}

#[test]
fn about_reaches_five_percent_either_side() {
    // "around 1.3 million" and "1.2 million" cannot both be true …
    let differs = corpus_with(
        "number",
        &[
            (
                "a",
                "around 1.3 million",
                None,
                number(1_300_000.0, "about", None),
            ),
            (
                "b",
                "1.2 million",
                None,
                number(1_200_000.0, "exactly", None),
            ),
        ],
    );
    assert_eq!(status(&differs), Status::Differs);
    // … but "around 1.3 million" and "1.25 million" can.
    let consistent = corpus_with(
        "number",
        &[
            (
                "a",
                "around 1.3 million",
                None,
                number(1_300_000.0, "about", None),
            ),
            (
                "b",
                "1.25 million",
                None,
                number(1_250_000.0, "exactly", None),
            ),
        ],
    );
    assert_eq!(status(&consistent), Status::Consistent);
}

#[test]
fn strict_bounds_exclude_their_own_figure() {
    let corpus = corpus_with(
        "number",
        &[
            (
                "a",
                "more than 3,000",
                None,
                number(3000.0, "more_than", None),
            ),
            ("b", "3,000 exactly", None, number(3000.0, "exactly", None)),
        ],
    );
    assert_eq!(status(&corpus), Status::Differs);
    let corpus = corpus_with(
        "number",
        &[
            ("a", "up to 3,000", None, number(3000.0, "up_to", None)),
            ("b", "3,000 exactly", None, number(3000.0, "exactly", None)),
        ],
    );
    assert_eq!(status(&corpus), Status::Consistent);
}

#[test]
fn labels_agree_when_equal_ignoring_case() {
    let corpus = corpus_with(
        "position",
        &[
            (
                "a",
                "refused to confirm or deny",
                None,
                label("Neither confirms nor denies"),
            ),
            (
                "b",
                "has not confirmed",
                None,
                label("neither confirms nor denies"),
            ),
        ],
    );
    assert_eq!(status(&corpus), Status::Consistent);
    let corpus = corpus_with(
        "position",
        &[
            (
                "a",
                "refused to confirm or deny",
                None,
                label("neither confirms nor denies"),
            ),
            ("b", "denied the claims", None, label("denies")),
        ],
    );
    assert_eq!(status(&corpus), Status::Differs);
}

#[test]
fn the_outlets_own_assessments_are_never_the_same_source() {
    let corpus = corpus_with(
        "number",
        &[
            (
                "a",
                "3,000 by our count",
                None,
                number(3000.0, "exactly", None),
            ),
            (
                "b",
                "4,000 by our count",
                None,
                number(4000.0, "exactly", None),
            ),
        ],
    );
    let comparison = compare(&corpus, &corpus.claims()[0], &OutletSelection::all());
    assert_eq!(comparison.status, Status::Differs);
    assert!(!comparison.same_source_differs());
}

#[test]
fn hiding_an_outlet_recomputes_the_status_and_marks_the_rest_not_mentioned() {
    let corpus = corpus_with(
        "number",
        &[
            ("a", "3,000 now", None, number(3000.0, "exactly", None)),
            ("b", "11,000 now", None, number(11000.0, "exactly", None)),
        ],
    );
    let claim = &corpus.claims()[0];
    let mut selection = OutletSelection::all();
    assert_eq!(compare(&corpus, claim, &selection).status, Status::Differs);

    let b = corpus.outlets()[1].id.clone();
    selection.toggle(&corpus, &b);
    let comparison = compare(&corpus, claim, &selection);
    assert_eq!(comparison.status, Status::SingleSource);
    let columns: Vec<(&str, usize)> = comparison
        .cells
        .iter()
        .map(|cell| (cell.outlet.as_str(), cell.stances.len()))
        .collect();
    assert_eq!(
        columns,
        [("a", 1), ("c", 0)],
        "b's column is gone; c is not mentioned"
    );

    let c = corpus.outlets()[2].id.clone();
    selection.only(&corpus, &c);
    assert_eq!(
        compare(&corpus, claim, &selection).status,
        Status::NotCovered
    );
}

#[test]
fn absence_is_said_only_by_whoever_looked() {
    use crate::agreement::{Absence, absence};
    let corpus = Corpus::parse_bundled().unwrap();
    let claim = corpus.claim("arms-shipments").unwrap();
    let kontur = corpus
        .find("kontur-how-far-russia-has-fallen")
        .unwrap()
        .outlet
        .clone();
    // The editor read Kontur's article for this claim (and so did the
    // engine): the editor's word stands.
    assert_eq!(absence(&corpus, claim, &kontur, &[]), Absence::NotMentioned);
    // An outlet whose article the reader imported and nobody read.
    let mut imports = crate::import::empty();
    imports.outlets.push(crate::wire::OutletRecord {
        id: "daily".into(),
        name: "Daily".into(),
    });
    let mut article = corpus.to_record().articles[0].clone();
    article.id = "daily-one".into();
    article.outlet = "daily".into();
    imports.articles.push(article);
    // A second one, which the calls below do not count as imported: the
    // outlet gets the weaker word of the two.
    let mut article = corpus.to_record().articles[1].clone();
    article.id = "daily-two".into();
    article.outlet = "daily".into();
    imports.articles.push(article);
    let merged = crate::import::merge(&corpus, &imports).unwrap();
    let daily = merged
        .outlets()
        .iter()
        .find(|o| o.id.as_str() == "daily")
        .unwrap()
        .id
        .clone();
    let claim = merged.claim("arms-shipments").unwrap();
    assert_eq!(
        absence(&merged, claim, &daily, &["daily-one"]),
        Absence::NotChecked
    );
    // Once the engine has read it.
    let mut run = crate::engine::run::Run::new(&merged);
    while run.step(&merged) {}
    let read = run.finish(&merged).unwrap();
    let claim_read = read.claim("arms-shipments").unwrap();
    assert_eq!(
        absence(&read, claim_read, &daily, &["daily-one"]),
        Absence::NotFound
    );
    // The same article in a host's corpus, where the editor wrote the claim.
    assert_eq!(absence(&merged, claim, &daily, &[]), Absence::NotMentioned);

    // A whole row at once says what each cell would.
    // The engine's sentences in the imported article, rejected by a reader.
    let mut rejected = read.to_record();
    for claim in &mut rejected.claims {
        let (theirs, kept) = std::mem::take(&mut claim.stances)
            .into_iter()
            .partition(|stance| stance.article == "daily-one");
        claim.stances = kept;
        claim
            .rejected
            .extend(theirs.into_iter().map(|stance: crate::wire::StanceRecord| {
                crate::wire::RejectedRecord {
                    article: stance.article,
                    quote: stance.quote,
                }
            }));
    }
    let rejected = Corpus::from_record(&rejected).unwrap();
    let mut seen = std::collections::HashSet::new();
    for corpus in [&corpus, &merged, &read, &rejected] {
        for claim in corpus.claims() {
            for imported in [&[][..], &["daily-one"][..]] {
                let row = crate::agreement::absences(corpus, claim, imported);
                for outlet in corpus.outlets() {
                    let one = absence(corpus, claim, &outlet.id, imported);
                    let from_row = row.get(&outlet.id).copied().unwrap_or(Absence::NotChecked);
                    assert_eq!(from_row, one, "{} / {}", claim.id, outlet.id);
                    seen.insert(format!("{one:?}"));
                }
            }
        }
    }
    assert_eq!(
        seen.len(),
        4,
        "every kind of absence was compared: {seen:?}"
    );
}

/// The engine's stances: one read with a clock time as its scope, one with
/// no scope read at all; an editor's with free text.
#[test]
fn an_engine_stance_without_a_scope_is_compared_with_parts_not_with_an_editors_text() {
    let mut record = corpus_with(
        "number",
        &[
            (
                "a",
                "Eleven",
                None,
                json!({ "amount": 11, "unit": "soldiers",
                "scope": { "when": "current", "time": "at 9:47 p.m." } }),
            ),
            ("b", "At least 14", None, number(14.0, "at_least", None)),
        ],
    )
    .to_record();
    for stance in &mut record.claims[0].stances {
        stance.provenance = crate::claim::Origin::Found;
    }
    let found = Corpus::from_record(&record).unwrap();
    assert_eq!(status(&found), Status::Differs);
    let explanation =
        compare(&found, &found.claims()[0], &OutletSelection::all()).explanation(&found);
    assert!(explanation.contains("(found by Parallax)"), "{explanation}");

    // An editor's free-text scope still never meets an unread one.
    record.claims[0].stances[0].provenance = crate::claim::Origin::Curated;
    record.claims[0].stances[0].value.scope =
        Some(crate::wire::ScopeRecord::Text("at night".into()));
    let mixed = Corpus::from_record(&record).unwrap();
    assert_eq!(status(&mixed), Status::Consistent);
}

/// The pairwise rule as first written, each pair normalized anew: the
/// keyed comparison (issue 17) must decide exactly as it does.
type Pair = (*const Stance, *const Stance, bool);

/// The conflict a comparison names, as the reference lists pairs.
fn named(comparison: &ClaimComparison<'_>) -> Option<Pair> {
    comparison.conflict.as_ref().map(|c| {
        (
            c.first as *const Stance,
            c.second as *const Stance,
            c.same_source,
        )
    })
}

/// The conflict to name among every conflicting pair, in order: the first
/// with the same source, else the first.
fn expected(pairs: &[Pair]) -> Option<Pair> {
    pairs.iter().find(|pair| pair.2).or(pairs.first()).copied()
}

fn reference<'a>(
    corpus: &'a Corpus,
    claim: &'a Claim,
    selection: &OutletSelection,
) -> (Status, Vec<(*const Stance, *const Stance, bool)>, bool) {
    let outlet_of = |stance: &Stance| corpus.outlet_of(&stance.article).map(|o| &o.id);
    let cells: Vec<Vec<&Stance>> = corpus
        .outlets()
        .iter()
        .filter(|outlet| selection.is_shown(&outlet.id))
        .map(|outlet| {
            claim
                .stances
                .iter()
                .filter(|s| outlet_of(s) == Some(&outlet.id))
                .collect()
        })
        .collect();
    let unread = |s: &Stance| s.origin != crate::claim::Origin::Curated && s.scope.is_none();
    let parts_or_none = |s: &Stance| s.scope.as_ref().is_none_or(Scope::has_parts);
    let scope = |a: &Stance, b: &Stance| {
        if unread(a) {
            parts_or_none(b)
        } else if unread(b) {
            parts_or_none(a)
        } else {
            Scope::same_version(a.scope.as_ref(), b.scope.as_ref())
        }
    };
    let unit = |a: &Stance, b: &Stance| match (&a.value, &b.value) {
        (StanceValue::Number { unit: x, .. }, StanceValue::Number { unit: y, .. }) => {
            x.eq_ignore_ascii_case(y)
        }
        (StanceValue::Label(_), StanceValue::Label(_)) => true,
        _ => false,
    };
    let mut conflicts = Vec::new();
    let mut compatible = false;
    for (i, cell) in cells.iter().enumerate() {
        for other in &cells[i + 1..] {
            for &a in cell {
                for &b in other {
                    if !(unit(a, b) && scope(a, b)) {
                        continue;
                    }
                    if agree(&a.value, &b.value) {
                        compatible |= a.value != b.value;
                    } else {
                        let same = match (a.source.as_deref(), b.source.as_deref()) {
                            (Some(x), Some(y)) => normalized(Some(x)) == normalized(Some(y)),
                            _ => false,
                        };
                        conflicts.push((a as *const Stance, b as *const Stance, same));
                    }
                }
            }
        }
    }
    let mentioning = cells.iter().filter(|c| !c.is_empty()).count();
    let status = match mentioning {
        0 => Status::NotCovered,
        1 => Status::SingleSource,
        _ if !conflicts.is_empty() => Status::Differs,
        _ => Status::Consistent,
    };
    (
        status,
        conflicts,
        status == Status::Consistent && compatible,
    )
}

#[test]
fn keyed_comparison_decides_as_the_pairwise_rule_on_engine_read_stories() {
    let mut corpora = vec![Corpus::parse_bundled().unwrap()];
    corpora.extend(crate::engine::quality::tests::collection(
        "claims-collection",
    ));
    let mut compared = 0;
    for corpus in corpora {
        // Found stances (engine scopes in parts, none, sources) beside the
        // editors' ones.
        let mut run = crate::engine::run::Run::new(&corpus);
        while run.step(&corpus) {}
        let corpus = run.finish(&corpus).unwrap();
        let all = OutletSelection::default();
        let mut selections = vec![all.clone()];
        for outlet in corpus.outlets() {
            let mut hidden = all.clone();
            hidden.toggle(&corpus, &outlet.id);
            selections.push(hidden);
        }
        for selection in &selections {
            for (claim, keyed) in corpus.claims().iter().zip(compare_all(&corpus, selection)) {
                let (status, conflicts, compatible) = reference(&corpus, claim, selection);
                assert_eq!(keyed.status, status, "{}", claim.id);
                assert_eq!(keyed.compatible_figures, compatible, "{}", claim.id);
                assert_eq!(named(&keyed), expected(&conflicts), "{}", claim.id);
                assert_eq!(keyed.conflicts, conflicts.len(), "{}", claim.id);
                compared += 1;
            }
        }
    }
    assert!(compared > 100, "only {compared} comparisons");
}

#[test]
fn an_explanation_names_a_few_found_values_and_counts_the_rest() {
    // Eight outlets, each with one found figure of 100 soldiers.
    let outlets = outlets_named("o", 1..9);
    let quote = "Some 100 soldiers arrived";
    let corpus = one_article_per_outlet(
        &outlets,
        &format!("{quote}."),
        json!([{
            "id": "claim",
            "question": "How many?",
            "kind": "number",
            "stances": outlets.iter().map(|(id, _)| json!({
                "article": format!("{id}-article"),
                "quote": quote,
                "provenance": "found",
                "value": { "text": "Some 100", "amount": 100, "qualifier": "about", "unit": "soldiers" }
            })).collect::<Vec<_>>()
        }]),
    );
    let comparison = compare(&corpus, &corpus.claims()[0], &OutletSelection::all());
    assert_eq!(comparison.status, Status::Consistent);
    let explanation = comparison.explanation(&corpus);
    assert!(
        explanation.ends_with(
            "Found by Parallax, not checked: Outlet o1: about 100 soldiers; \
             Outlet o2: about 100 soldiers; Outlet o3: about 100 soldiers; \
             Outlet o4: about 100 soldiers; Outlet o5: about 100 soldiers; and 3 more."
        ),
        "{explanation}"
    );
}

#[test]
fn stances_judged_by_class_name_and_count_the_conflicts_of_the_pairwise_rule() {
    // Ten outlets whose stances repeat a few figures, sources, units,
    // scopes and origins in many combinations: the classes merge often, and
    // the conflict named and the count must still be the pairwise rule's
    // (issue 17).
    let figures = [
        ("At least 3,000", 3000, "at_least"),
        ("3,000", 3000, "exactly"),
        ("About 10,000", 10000, "about"),
        ("12,000", 12000, "exactly"),
    ];
    let sources = [
        Some("US officials"),
        Some("US  Officials"),
        Some("Seoul"),
        None,
    ];
    let units = ["soldiers", "Soldiers", "troops"];
    let text: String = figures
        .iter()
        .map(|(words, ..)| format!("{words} soldiers came. "))
        .collect();
    let outlets = outlets_named("o", 0..10);
    let mut seed = 7_u32;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (seed >> 16) as usize % n
    };
    let mut stances = Vec::new();
    for (id, _) in &outlets {
        for _ in 0..4 {
            let (words, amount, qualifier) = figures[next(figures.len())];
            let mut value = json!({
                "text": words, "amount": amount, "qualifier": qualifier,
                "unit": units[next(units.len())]
            });
            if next(2) == 0 {
                value["scope"] =
                    json!({ "text": "in Russia", "place": "Russia", "when": "current" });
            }
            let mut stance = json!({
                "article": format!("{id}-article"),
                "quote": format!("{words} soldiers came"),
                "value": value
            });
            if let Some(source) = sources[next(sources.len())] {
                stance["source"] = json!(source);
            }
            if next(2) == 0 {
                stance["provenance"] = json!("found");
            }
            stances.push(stance);
        }
    }
    let corpus = one_article_per_outlet(
        &outlets,
        &text,
        json!([{ "id": "claim", "question": "How many?", "kind": "number", "stances": stances }]),
    );
    let claim = &corpus.claims()[0];
    assert_eq!(claim.stances.len(), 40);
    let all = OutletSelection::all();
    let mut selections = vec![all.clone()];
    for outlet in corpus.outlets().iter().take(4) {
        let mut hidden = selections.last().unwrap().clone();
        hidden.toggle(&corpus, &outlet.id);
        selections.push(hidden);
    }
    let mut conflicts_seen = 0;
    for selection in &selections {
        let keyed = compare(&corpus, claim, selection);
        let (status, conflicts, compatible) = reference(&corpus, claim, selection);
        assert_eq!(keyed.status, status);
        assert_eq!(keyed.compatible_figures, compatible);
        assert_eq!(named(&keyed), expected(&conflicts));
        assert_eq!(keyed.conflicts, conflicts.len());
        conflicts_seen += keyed.conflicts;
    }
    assert!(conflicts_seen > 100, "only {conflicts_seen} conflicts");
}
