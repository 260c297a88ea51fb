//! The claims side by side: filters, downloads, and the comparison itself,
//! as a table when the widget is wide (claims as rows, shown outlets as
//! columns) and as one card per claim when it is narrow, with nothing left
//! out of either; only the one in use is built (`layout.rs`).

use parallax_core::agreement::{Absence, ClaimComparison, compare_all};
use parallax_core::claim::{ClaimKind, StanceValue};
use parallax_core::export::{self, value_with_scope};
use parallax_core::{Corpus, Status};
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::chart::{ChartRow, NumberChart};
use super::stance::StanceView;
use yew_router::prelude::*;

use super::route_link::{RouteLink, navigate};
use crate::download::download;
use crate::route::{Route, ViewQuery};
use crate::state::{ReaderState, use_claims_reader, use_reader, use_view_focus};

/// What narrows the comparison: the filters of the link, or one claim.
#[derive(Clone, Debug, PartialEq)]
struct Narrowing {
    status: Option<Status>,
    kind: Option<ClaimKind>,
    claim: Option<AttrValue>,
}

impl Narrowing {
    fn of(query: &ViewQuery, claim: Option<AttrValue>) -> Self {
        Self {
            status: query
                .status
                .as_deref()
                .and_then(|slug| Status::ALL.into_iter().find(|s| s.slug() == slug)),
            kind: query.kind.as_deref().and_then(|name| {
                ClaimKind::ALL
                    .into_iter()
                    .find(|k| k.label().eq_ignore_ascii_case(name))
            }),
            claim,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ComparisonViewProps {
    pub query: ViewQuery,
    /// Show this claim alone.
    #[prop_or_default]
    pub claim: Option<AttrValue>,
}

#[component]
pub fn ComparisonView(props: &ComparisonViewProps) -> Html {
    let reader = use_reader();
    let navigator = use_navigator();
    let heading = use_node_ref();
    use_view_focus(heading.clone());
    let table = super::layout::use_table_layout(heading.clone());
    let state = reader.state();
    let corpus = &state.corpus;
    let narrowing = Narrowing::of(&props.query, props.claim.clone());
    let total = corpus
        .claims()
        .iter()
        .filter(|c| c.origin != parallax_core::claim::Origin::Found)
        .count();
    let comparisons = filtered(corpus, state, &narrowing);

    // Back from a quote: bring its claim into view and focus that quote.
    {
        let return_to = state.return_to.clone();
        let heading = heading.clone();
        use_effect_with((), move |()| {
            let root = heading
                .cast::<web_sys::Element>()
                .and_then(|heading| heading.closest(".px-root").ok().flatten());
            if let (Some((claim, stance)), Some(root)) = (return_to, root) {
                focus_quote(&root, claim.as_str(), stance);
            }
        });
    }

    // A filter change is a navigation: the link names the filters, and back
    // undoes it.
    let onfilter = |set: fn(&mut ViewQuery, Option<String>)| {
        let navigator = navigator.clone();
        let query = props.query.clone();
        Callback::from(move |event: Event| {
            let value = select_value(&event);
            let mut next = query.clone();
            set(&mut next, (value != "all").then_some(value));
            if let Some(navigator) = &navigator {
                navigate(navigator, &Route::Compare, &next);
            }
        })
    };
    let onstatus = onfilter(|query, value| query.status = value);
    let onkind = onfilter(|query, value| query.kind = value);
    // Exports are built when asked for, not on every render.
    type Render = fn(&Corpus, &[ClaimComparison<'_>], &[&str]) -> String;
    let ondownload = |name: &'static str, mime: &'static str, render: Render| {
        let reader = reader.clone();
        let narrowing = narrowing.clone();
        Callback::from(move |_| {
            let state = reader.state();
            let comparisons = filtered(&state.corpus, state, &narrowing);
            let imported = state.imported_ids();
            if download(name, mime, &render(&state.corpus, &comparisons, &imported)).is_err() {
                reader.notice(Some(format!(
                    "{name} could not be downloaded in this browser."
                )));
            }
        })
    };
    let imported = state.imported_ids();
    let imported = imported.as_slice();
    let shown_outlets: Vec<_> = corpus
        .outlets()
        .iter()
        .filter(|outlet| state.selection.is_shown(&outlet.id))
        .collect();
    let cells = HiddenCells::new(corpus, state);

    html! {
        <section class="px-compare" aria-labelledby="px-compare-heading">
            <h2 id="px-compare-heading" class="px-view-title" tabindex="-1" ref={heading}>
                if props.claim.is_some() { { "One claim side by side" } } else { { "Claims side by side" } }
            </h2>
            if props.claim.is_some() {
                <p class="px-back">
                    <RouteLink to={Route::Compare}>{ "All claims" }</RouteLink>
                </p>
            }
            <div class="px-toolbar">
                if props.claim.is_none() {
                <label class="px-filter">
                    { "Agreement" }
                    <select onchange={onstatus}>
                        <option value="all" selected={narrowing.status.is_none()}>{ "All" }</option>
                        for status in Status::ALL {
                            <option value={status.slug()} selected={narrowing.status == Some(status)}>
                                { status.label() }
                            </option>
                        }
                    </select>
                </label>
                <label class="px-filter">
                    { "Kind" }
                    <select onchange={onkind}>
                        <option value="all" selected={narrowing.kind.is_none()}>{ "All" }</option>
                        for kind in ClaimKind::ALL {
                            <option value={kind.label().to_lowercase()} selected={narrowing.kind == Some(kind)}>
                                { kind.label() }
                            </option>
                        }
                    </select>
                </label>
                <p class="px-count" role="status">
                    { format!("Showing {} of {total} claims.", comparisons.len()) }
                </p>
                }
                <div class="px-downloads">
                    <button type="button" onclick={ondownload("parallax-comparison.md", "text/markdown;charset=utf-8", export::markdown)}>
                        { "Download Markdown" }
                    </button>
                    <button type="button" onclick={ondownload("parallax-comparison.csv", "text/csv;charset=utf-8", export::csv)}>
                        { "Download CSV" }
                    </button>
                </div>
            </div>
            if comparisons.is_empty() && !(props.claim.is_none() && total == 0) {
                <p class="px-hint">{ empty_note(corpus, props.claim.as_deref()) }</p>
            } else if total == 0 {
                <p class="px-hint">{ "No claim is compared yet. Accept one Parallax suggests below, or pick a sentence in an article and compare it as a claim." }</p>
            } else {
                if table {
                <div class="px-table-wrap"><div class="px-table-box">
                    <table class={classes!("px-table", outlets_class(corpus))}>
                        <caption class="px-visually-hidden">
                            { "Each claim as the shown outlets report it, with whether they agree" }
                        </caption>
                        // Fixed column widths (styles/main.css): hiding an
                        // outlet takes its column away and moves nothing else.
                        <colgroup>
                            <col class="px-col-claim" />
                            <col class="px-col-agreement" />
                            for outlet in &shown_outlets {
                                <col class="px-col-outlet" key={outlet.id.as_str()} />
                            }
                        </colgroup>
                        <thead>
                            <tr>
                                <th scope="col">{ "Claim" }</th>
                                <th scope="col">{ "Agreement" }</th>
                                for outlet in corpus.outlets() {
                                    <th scope="col" key={outlet.id.as_str()} hidden={!state.selection.is_shown(&outlet.id)}>
                                        <bdi>{ &outlet.name }</bdi>
                                    </th>
                                }
                            </tr>
                        </thead>
                        <tbody>
                            for comparison in &comparisons {
                                { table_row(corpus, comparison, &cells, imported) }
                            }
                        </tbody>
                    </table>
                </div></div>
                } else {
                <ol class="px-cards" aria-label="Claims">
                    for comparison in &comparisons {
                        { card(corpus, comparison, &cells, imported) }
                    }
                </ol>
                }
            }
            if props.claim.is_none() {
                <super::suggested::Suggested />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ClaimOriginProps {
    claim: AttrValue,
}

/// Who made a claim that is not an editor's: a reader (accepted from
/// Parallax's suggestions, or made from a sentence), with an undo when the
/// decision is this reader's.
#[component]
fn ClaimOrigin(props: &ClaimOriginProps) -> Html {
    let reader = use_claims_reader();
    let within = use_node_ref();
    crate::state::use_check_focus(vec![(props.claim.to_string(), None, None)], within.clone());
    let state = reader.state();
    let Some(claim) = state.corpus.claim(&props.claim) else {
        return Html::default();
    };
    if claim.origin != parallax_core::claim::Origin::Checked {
        return Html::default();
    }
    let decision = state.claim_decision(&props.claim).cloned();
    let (words, undo) = match &decision {
        Some(parallax_core::review::Decision::Accept { .. }) => (
            "Suggested by Parallax, added by you",
            "Undo adding this claim",
        ),
        Some(parallax_core::review::Decision::Compose { .. }) => {
            ("Made by you from a sentence", "Remove this claim")
        }
        _ => ("A reader's claim, with Parallax", ""),
    };
    let onclick = {
        let reader = reader.clone();
        Callback::from(move |_| {
            if let Some(decision) = decision.clone() {
                reader.undo(decision);
            }
        })
    };
    html! {
        <p class="px-claim-origin" ref={within}>
            { words }
            if !undo.is_empty() {
                { " " }
                <button type="button" class="px-undo" aria-label={format!("{undo}: {}", claim.question)} {onclick}>{ undo }</button>
            }
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct EmptyCellProps {
    claim: AttrValue,
    outlet: AttrValue,
    absence: Absence,
}

/// A cell no editor filled: why it is empty ("not found by Parallax", "not
/// checked yet", or a rejected sentence with its undo when this reader
/// rejected it), and "Pick a sentence" to give the article's answer.
#[component]
fn EmptyCell(props: &EmptyCellProps) -> Html {
    let reader = use_claims_reader();
    let picking = use_state(|| false);
    let within = use_node_ref();
    let state = reader.state();
    let corpus = &state.corpus;
    let name = outlet_name(corpus, &props.outlet);
    let article = corpus.claim(&props.claim).and_then(|claim| {
        claim
            .rejected
            .iter()
            .find(|r| {
                corpus
                    .outlet_of(&r.article)
                    .is_some_and(|o| o.id.as_str() == props.outlet.as_str())
            })
            .map(|r| r.article.to_string())
    });
    // The reader's own rejection of a sentence of this outlet, to undo.
    let undo = own_rejection(state, &props.claim, &props.outlet);
    let absence = props.absence;
    // The outlet's first article is the one to pick from.
    let first = corpus
        .articles()
        .iter()
        .find(|a| a.outlet.as_str() == props.outlet.as_str())
        .map(|a| AttrValue::from(a.id.to_string()));
    // After a rejection (or its undo) focus comes here.
    let focus_article = article
        .clone()
        .or_else(|| first.as_ref().map(ToString::to_string));
    crate::state::use_check_focus(
        vec![(props.claim.to_string(), focus_article, None)],
        within.clone(),
    );
    let ontoggle = {
        let picking = picking.clone();
        Callback::from(move |_| picking.set(!*picking))
    };
    let onclose = {
        let picking = picking.clone();
        let within = within.clone();
        Callback::from(move |()| {
            picking.set(false);
            super::stance::focus_within(&within, "button[aria-expanded]");
        })
    };
    html! {
        <div class="px-empty-cell" ref={within}>
        <span class={classes!("px-not-mentioned", (absence == Absence::Rejected).then_some("px-rejected"))}>
            { absence.label() }
            if let Some(decision) = undo {
                {{
                    let onclick = {
                        let reader = reader.clone();
                        Callback::from(move |_| reader.undo(decision.clone()))
                    };
                    html! {
                        <>
                            { " " }
                            <button type="button" class="px-undo" aria-label={format!("Undo rejecting {name}'s sentence")} {onclick}>
                                { "Undo" }
                            </button>
                        </>
                    }
                }}
            }
        </span>
        if let Some(article) = first {
            <div class="px-checks">
                <button
                    type="button"
                    aria-expanded={if *picking { "true" } else { "false" }}
                    aria-label={format!("Pick a sentence from {name}")}
                    onclick={ontoggle}
                >
                    { "Pick a sentence" }
                </button>
            </div>
            if *picking {
                <super::stance::PickSentence claim={props.claim.clone()} {article} {onclose} />
            }
        }
        </div>
    }
}

/// Outlet counts the stylesheet divides the table's width by; a corpus of
/// more outlets has columns of this share or of the minimum width.
const WIDTH_SHARES: usize = 12;

/// The table's class for how many outlets the corpus has (all of them, not
/// the shown ones): `px-outlets-1` to `px-outlets-12`. Each outlet column
/// is that share of the width the claim and agreement columns leave, so a
/// column's width never depends on which outlets are shown (a class, not an
/// inline style, which a strict Content-Security-Policy refuses).
fn outlets_class(corpus: &Corpus) -> String {
    format!(
        "px-outlets-{}",
        corpus.outlets().len().clamp(1, WIDTH_SHARES)
    )
}

/// The claims compared over the shown outlets, as the narrowing leaves them.
fn filtered<'a>(
    corpus: &'a Corpus,
    state: &ReaderState,
    narrowing: &Narrowing,
) -> Vec<ClaimComparison<'a>> {
    compare_all(corpus, &state.selection)
        .into_iter()
        // Suggestions are listed apart until the reader accepts one.
        .filter(|c| c.claim.origin != parallax_core::claim::Origin::Found)
        .filter(|c| narrowing.status.is_none_or(|status| c.status == status))
        .filter(|c| narrowing.kind.is_none_or(|kind| c.claim.kind == kind))
        .filter(|c| {
            narrowing
                .claim
                .as_deref()
                .is_none_or(|id| c.claim.id.as_str() == id)
        })
        .collect()
}

fn select_value(event: &Event) -> String {
    event
        .target()
        .and_then(|target| target.dyn_into::<HtmlSelectElement>().ok())
        .map(|select| select.value())
        .unwrap_or_default()
}

/// The cells of the outlets the reader hid. Every outlet keeps its cell in
/// the row (or card), the hidden ones `hidden`: showing or hiding an outlet
/// then flips an attribute on its cells instead of building or removing
/// them, which was a third of a toggle's render (a CPU profile,
/// BENCHMARKS.md). A hidden cell is out of the layout and the accessibility
/// tree like any `hidden` element, and nothing computed (agreement, chart,
/// downloads) counts it.
struct HiddenCells<'a> {
    /// The hidden outlets' ids; empty when all are shown.
    hidden: std::collections::HashSet<&'a str>,
    /// Each article's outlet, for the hidden outlets' stances.
    outlet_of: std::collections::HashMap<&'a str, &'a parallax_core::OutletId>,
    /// Every outlet's id as a property value, in the corpus's order: made
    /// once per render and shared by the cells of every row.
    outlet_ids: Vec<AttrValue>,
}

/// One outlet's cell in a row, as [`HiddenCells::row`] gives it.
struct RowCell<'a> {
    shown: bool,
    cell: parallax_core::agreement::OutletCell<'a>,
    /// The outlet's id.
    outlet: AttrValue,
}

impl<'a> HiddenCells<'a> {
    fn new(corpus: &'a Corpus, state: &ReaderState) -> Self {
        let hidden: std::collections::HashSet<_> = corpus
            .outlets()
            .iter()
            .filter(|outlet| !state.selection.is_shown(&outlet.id))
            .map(|outlet| outlet.id.as_str())
            .collect();
        let outlet_of = if hidden.is_empty() {
            std::collections::HashMap::new()
        } else {
            corpus
                .articles()
                .iter()
                .map(|article| (article.id.as_str(), &article.outlet))
                .collect()
        };
        let outlet_ids = corpus
            .outlets()
            .iter()
            .map(|outlet| AttrValue::from(outlet.id.to_string()))
            .collect();
        Self {
            hidden,
            outlet_of,
            outlet_ids,
        }
    }

    /// Every outlet's cell for `comparison`, in the corpus's order, each
    /// with whether it is shown: the comparison's own cells for the shown
    /// outlets, and the stances of each hidden one.
    fn row(&self, corpus: &'a Corpus, comparison: &ClaimComparison<'a>) -> Vec<RowCell<'a>> {
        // The hidden outlets' stances, in one pass over the claim's.
        let mut hidden_stances: std::collections::HashMap<&str, Vec<_>> =
            std::collections::HashMap::new();
        if !self.hidden.is_empty() {
            for stance in &comparison.claim.stances {
                let outlet = self.outlet_of.get(stance.article.as_str());
                if let Some(outlet) = outlet.filter(|o| self.hidden.contains(o.as_str())) {
                    hidden_stances
                        .entry(outlet.as_str())
                        .or_default()
                        .push(stance);
                }
            }
        }
        let mut shown = comparison.cells.iter();
        corpus
            .outlets()
            .iter()
            .zip(&self.outlet_ids)
            .filter_map(|(outlet, id)| {
                if !self.hidden.contains(outlet.id.as_str()) {
                    return shown.next().map(|cell| RowCell {
                        shown: true,
                        cell: cell.clone(),
                        outlet: id.clone(),
                    });
                }
                let stances = hidden_stances
                    .remove(outlet.id.as_str())
                    .unwrap_or_default();
                Some(RowCell {
                    shown: false,
                    cell: parallax_core::agreement::OutletCell {
                        outlet: &outlet.id,
                        stances,
                    },
                    outlet: id.clone(),
                })
            })
            .collect()
    }
}

fn table_row<'a>(
    corpus: &'a Corpus,
    comparison: &ClaimComparison<'a>,
    cells: &HiddenCells<'a>,
    imported: &[&str],
) -> Html {
    let claim = comparison.claim;
    let row = Row::new(corpus, comparison, cells, imported);
    html! {
        <tr key={claim.id.as_str()} id={format!("px-row-{}", claim.id)}>
            <th scope="row" class="px-claim">
                <RouteLink to={Route::Claim { id: claim.id.to_string() }} class="px-question">
                    { &claim.question }
                </RouteLink>
                <span class="px-kind">{ claim.kind.label() }</span>
                <ClaimOrigin claim={row.claim.clone()} />
                { chart(corpus, comparison) }
            </th>
            <td class="px-agreement">{ agreement(corpus, comparison) }</td>
            for cell in &row.cells {
                <td key={cell.outlet.as_str()} hidden={!cell.shown}>{ row.stances(corpus, comparison, cell) }</td>
            }
        </tr>
    }
}

fn card<'a>(
    corpus: &'a Corpus,
    comparison: &ClaimComparison<'a>,
    cells: &HiddenCells<'a>,
    imported: &[&str],
) -> Html {
    let claim = comparison.claim;
    let row = Row::new(corpus, comparison, cells, imported);
    let heading = format!("px-card-q-{}", claim.id);
    html! {
        <li key={claim.id.as_str()} id={format!("px-card-{}", claim.id)}>
            <article class="px-card" aria-labelledby={heading.clone()}>
                <h3 id={heading} class="px-question">
                    <RouteLink to={Route::Claim { id: claim.id.to_string() }}>{ &claim.question }</RouteLink>
                </h3>
                <p class="px-kind">{ claim.kind.label() }</p>
                <ClaimOrigin claim={row.claim.clone()} />
                { agreement(corpus, comparison) }
                { chart(corpus, comparison) }
                <dl class="px-card-outlets">
                    for cell in &row.cells {
                        <div key={cell.outlet.as_str()} hidden={!cell.shown}>
                            <dt><bdi>{ corpus.outlet(cell.cell.outlet).map(|o| o.name.clone()).unwrap_or_default() }</bdi></dt>
                            <dd>{ row.stances(corpus, comparison, cell) }</dd>
                        </div>
                    }
                </dl>
            </article>
        </li>
    }
}

/// What a row's cells share: every outlet's cell ([`HiddenCells::row`]),
/// the claim's id as a property value, and why each outlet with no stance
/// has none, found for the whole row in one pass (`agreement::absences`).
struct Row<'a> {
    cells: Vec<RowCell<'a>>,
    claim: AttrValue,
    absences: std::collections::HashMap<&'a parallax_core::OutletId, Absence>,
}

impl<'a> Row<'a> {
    fn new(
        corpus: &'a Corpus,
        comparison: &ClaimComparison<'a>,
        cells: &HiddenCells<'a>,
        imported: &[&str],
    ) -> Self {
        let cells = cells.row(corpus, comparison);
        let absences = if cells.iter().any(|cell| cell.cell.stances.is_empty()) {
            parallax_core::agreement::absences(corpus, comparison.claim, imported)
        } else {
            std::collections::HashMap::new()
        };
        Self {
            cells,
            claim: AttrValue::from(comparison.claim.id.to_string()),
            absences,
        }
    }

    /// A cell's stances, or why it has none: "not mentioned" (an editor
    /// read it), "not found by Parallax" (the engine read it), "not
    /// checked yet" (no one has), as `agreement::absences` found for the
    /// row.
    fn stances(
        &self,
        corpus: &Corpus,
        comparison: &ClaimComparison<'_>,
        cell: &RowCell<'_>,
    ) -> Html {
        let RowCell { cell, outlet, .. } = cell;
        let stances = &cell.stances;
        if stances.is_empty() {
            let absence = self
                .absences
                .get(cell.outlet)
                .copied()
                .unwrap_or(Absence::NotChecked);
            if absence == Absence::NotMentioned {
                return html! { <span class="px-not-mentioned">{ absence.label() }</span> };
            }
            return html! {
                <EmptyCell claim={self.claim.clone()} outlet={outlet.clone()} {absence} />
            };
        }
        let claim = comparison.claim;
        // A sentence of this outlet the reader rejected, while others stand.
        let rejected_here = claim.rejected.iter().any(|r| {
            corpus
                .outlet_of(&r.article)
                .is_some_and(|o| &o.id == cell.outlet)
        });
        let indices: Vec<usize> = stances
            .iter()
            .filter_map(|stance| position_in(&claim.stances, stance))
            .collect();
        html! {
            <>
            if rejected_here {
                <RejectedNote claim={self.claim.clone()} outlet={outlet.clone()} />
            }
            <CellStances claim={self.claim.clone()} outlet={outlet.clone()} {indices} />
            </>
        }
    }
}

/// Where `stance` is in `stances` (the claim's), found from its address
/// rather than by searching: a cell of a host's corpus searched hundreds of
/// stances for each of its own, for every cell of every toggle (issue 17).
/// None when it is not one of them.
fn position_in(
    stances: &[parallax_core::claim::Stance],
    stance: &parallax_core::claim::Stance,
) -> Option<usize> {
    let size = std::mem::size_of::<parallax_core::claim::Stance>().max(1);
    let offset = (std::ptr::from_ref(stance) as usize).checked_sub(stances.as_ptr() as usize)?;
    let index = offset / size;
    stances
        .get(index)
        .filter(|candidate| std::ptr::eq(*candidate, stance))
        .map(|_| index)
}

/// A cell shows at most this many of its outlet's stances before folding
/// the rest behind a button. A host's corpus of hundreds of articles gives
/// one outlet ten near-identical sentences for a claim: no reader reads
/// them side by side, and building them all made an outlet toggle take
/// most of a second (issue 17). Agreement and the download count them all.
pub const SHOWN_PER_CELL: usize = 3;

#[derive(Properties, PartialEq)]
struct CellStancesProps {
    claim: AttrValue,
    outlet: AttrValue,
    /// The stances' positions in the claim, in the cell's order.
    indices: Vec<usize>,
}

/// An outlet's stances in a cell: all of them up to [`SHOWN_PER_CELL`],
/// else the first two and "Show N more sentences from …" (a disclosure
/// button that shows the rest, and "Show fewer" after).
#[component]
fn CellStances(props: &CellStancesProps) -> Html {
    let reader = use_claims_reader();
    let expanded = use_state_eq(|| false);
    let count = props.indices.len();
    let folds = count > SHOWN_PER_CELL;
    let shown = if folds && !*expanded {
        &props.indices[..SHOWN_PER_CELL - 1]
    } else {
        &props.indices[..]
    };
    let button = folds.then(|| {
        let name = outlet_name(&reader.state().corpus, &props.outlet);
        let hidden = count - shown.len();
        let label = if *expanded {
            format!("Show fewer sentences from {name}")
        } else {
            format!("Show {hidden} more sentences from {name}")
        };
        let onclick = {
            let expanded = expanded.clone();
            Callback::from(move |_| expanded.set(!*expanded))
        };
        html! {
            <button type="button" class="px-more" aria-expanded={expanded.to_string()} {onclick}>
                { label }
            </button>
        }
    });
    html! {
        <>
        for index in shown {
            <StanceView key={*index} claim={props.claim.clone()} index={*index} />
        }
        { button.unwrap_or_default() }
        </>
    }
}

/// The name of the outlet whose id is `id` (empty if the corpus has none).
fn outlet_name(corpus: &Corpus, id: &str) -> String {
    corpus
        .outlets()
        .iter()
        .find(|o| o.id.as_str() == id)
        .map(|o| o.name.clone())
        .unwrap_or_default()
}

/// This reader's rejection of a sentence of `outlet` for `claim`, if any
/// (a rejection published in the corpus has no undo here).
fn own_rejection(
    state: &ReaderState,
    claim: &str,
    outlet: &str,
) -> Option<parallax_core::review::Decision> {
    let corpus = &state.corpus;
    corpus.claim(claim)?.rejected.iter().find_map(|r| {
        let own = corpus
            .outlet_of(&r.article)
            .is_some_and(|o| o.id.as_str() == outlet);
        state
            .stance_decision(claim, r.article.as_str(), &r.quote)
            .filter(|d| own && matches!(d, parallax_core::review::Decision::Reject { .. }))
            .cloned()
    })
}

#[derive(Properties, PartialEq)]
struct RejectedNoteProps {
    claim: AttrValue,
    outlet: AttrValue,
}

/// Above a cell's stances: a sentence of the same outlet the reader
/// rejected, with its undo (this reader's rejections only).
#[component]
fn RejectedNote(props: &RejectedNoteProps) -> Html {
    let reader = use_claims_reader();
    let state = reader.state();
    let name = outlet_name(&state.corpus, &props.outlet);
    let undo = own_rejection(state, &props.claim, &props.outlet);
    html! {
        <p class="px-not-mentioned px-rejected">
            { "Another sentence rejected by a reader" }
            if let Some(decision) = undo {
                { " " }
                <button
                    type="button"
                    class="px-undo"
                    aria-label={format!("Undo rejecting {name}'s sentence")}
                    onclick={{
                        let reader = reader.clone();
                        Callback::from(move |_| reader.undo(decision.clone()))
                    }}
                >
                    { "Undo" }
                </button>
            }
        </p>
    }
}

/// The status as text and a symbol (never colour alone), and why.
fn agreement(corpus: &Corpus, comparison: &ClaimComparison<'_>) -> Html {
    let (symbol, class) = match comparison.status {
        Status::Consistent => ("=", "px-status-consistent"),
        Status::Differs => ("≠", "px-status-differs"),
        Status::SingleSource => ("1", "px-status-single"),
        Status::NotCovered => ("–", "px-status-none"),
    };
    html! {
        <div class="px-agreement-detail">
            <span class={classes!("px-status", class)}>
                <span aria-hidden="true" class="px-status-symbol">{ symbol }</span>
                <span class="px-status-label">{ comparison.status.label() }</span>
            </span>
            if comparison.same_source_differs() {
                <span class="px-flag">{ "Same source, different figures" }</span>
            }
            <p class="px-explanation">{ comparison.explanation(corpus) }</p>
        </div>
    }
}

fn chart(corpus: &Corpus, comparison: &ClaimComparison<'_>) -> Html {
    if comparison.claim.kind != ClaimKind::Number {
        return Html::default();
    }
    let (rows, left_out) = chart_rows(corpus, comparison);
    html! {
        <NumberChart {rows} {left_out} title={format!("Figures reported for: {}", comparison.claim.question)} />
    }
}

/// The lines of a claim's chart, one for each shown numeric stance, folded
/// past [`super::chart::MAX_LINES`] (`fold_rows`), and how many figures
/// were left out.
fn chart_rows(corpus: &Corpus, comparison: &ClaimComparison<'_>) -> (Vec<ChartRow>, usize) {
    let numbers: Vec<&parallax_core::claim::Stance> = comparison
        .cells
        .iter()
        .flat_map(|cell| cell.stances.iter().copied())
        .filter(|stance| matches!(stance.value, StanceValue::Number { .. }))
        .collect();
    let rows: Vec<ChartRow> = if numbers.len() <= super::chart::MAX_LINES {
        numbers
            .iter()
            .filter_map(|stance| chart_line(corpus, stance, 1))
            .collect()
    } else {
        // Past the chart's lines `fold_rows` merges equal figures under
        // their first stance's label. Stances of the same value and scope
        // (hence the same figure) are counted here first, so that a host's
        // corpus of hundreds of reports formats a label for each figure,
        // not for each report.
        let mut figures: Vec<(&parallax_core::claim::Stance, usize)> = Vec::new();
        for stance in numbers {
            let same = figures
                .iter_mut()
                .find(|(first, _)| first.value == stance.value && first.scope == stance.scope);
            match same {
                Some((_, reports)) => *reports += 1,
                None => figures.push((stance, 1)),
            }
        }
        figures
            .into_iter()
            .filter_map(|(stance, reports)| chart_line(corpus, stance, reports))
            .collect()
    };
    super::chart::fold_rows(rows)
}

/// A chart's line for `stance`, standing for `reports` stances: labelled
/// with its outlet and source, and with who found it when not an editor.
fn chart_line(
    corpus: &Corpus,
    stance: &parallax_core::claim::Stance,
    reports: usize,
) -> Option<ChartRow> {
    let outlet = corpus.outlet_of(&stance.article)?.name.clone();
    let label = match stance.origin {
        // The chart says what the engine found in words too.
        parallax_core::claim::Origin::Found => format!(
            "{outlet} · found by Parallax · {}",
            stance.source.as_deref().unwrap_or("not attributed")
        ),
        parallax_core::claim::Origin::Checked => format!(
            "{outlet} · checked by a reader · {}",
            stance.source.as_deref().unwrap_or("not attributed")
        ),
        parallax_core::claim::Origin::Curated => format!(
            "{outlet} · {}",
            stance.source.as_deref().unwrap_or("own assessment")
        ),
    };
    ChartRow::new(label, &stance.value, value_with_scope(stance))
        .map(|row| ChartRow { reports, ..row })
}

/// Scrolls the claim's visible row or card into view and focuses the link
/// of the quote the reader followed (looked up inside this instance only).
fn focus_quote(root: &web_sys::Element, claim: &str, stance: usize) {
    for id in [format!("px-row-{claim}"), format!("px-card-{claim}")] {
        let selector = format!("[id=\"{id}\"]");
        let Some(element) = root.query_selector(&selector).ok().flatten() else {
            continue;
        };
        let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() else {
            continue;
        };
        // The hidden layout (table or cards) has no layout box.
        if element.offset_parent().is_none() {
            continue;
        }
        let selector = format!("a.px-quote-link[href$=\"/quote/{claim}/{stance}\"]");
        // A link in a hidden outlet's cell has no box either: the row then.
        let link = element
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|link| link.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|link| link.offset_parent().is_some());
        match link {
            Some(link) => {
                link.scroll_into_view();
                let _ = link.focus();
            }
            None => element.scroll_into_view(),
        }
        return;
    }
}

/// Why nothing is listed: a claim id the corpus does not have (a host's
/// `claim` option, or an old link), or filters that match no claim.
fn empty_note(corpus: &Corpus, claim: Option<&str>) -> String {
    match claim {
        Some(id) if !corpus.claims().iter().any(|claim| claim.id.as_str() == id) => format!(
            "This corpus has no claim with the id “{id}”. All claims lists the ones it has."
        ),
        _ => "No claim matches these filters.".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stance_is_found_at_its_place_in_the_claim_and_a_copy_is_not() {
        let corpus = Corpus::parse_bundled().unwrap();
        let claim = corpus
            .claims()
            .iter()
            .find(|claim| claim.stances.len() > 2)
            .unwrap();
        for (index, stance) in claim.stances.iter().enumerate() {
            assert_eq!(position_in(&claim.stances, stance), Some(index));
        }
        let copy = claim.stances[1].clone();
        assert_eq!(position_in(&claim.stances, &copy), None);
        let other = &corpus
            .claims()
            .iter()
            .find(|c| c.id != claim.id)
            .unwrap()
            .stances;
        assert_eq!(position_in(&claim.stances, &other[0]), None);
    }

    /// Every stance a line, merged only by `fold_rows` (before issue 17).
    fn chart_rows_one_by_one(
        corpus: &Corpus,
        comparison: &ClaimComparison<'_>,
    ) -> (Vec<ChartRow>, usize) {
        let rows = comparison
            .cells
            .iter()
            .flat_map(|cell| cell.stances.iter())
            .filter_map(|stance| chart_line(corpus, stance, 1))
            .collect();
        super::super::chart::fold_rows(rows)
    }

    #[test]
    fn figures_counted_before_their_labels_are_written_draw_the_same_chart() {
        // The bundled corpus, and its articles copied to 30 more outlets with
        // the engine's stances found in them: charts of a few lines and of
        // hundreds of reports.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        let read = |path: &str| -> serde_json::Value {
            serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{path}")).unwrap())
                .unwrap()
        };
        let originals: Vec<serde_json::Value> = std::fs::read_dir(format!("{dir}/articles"))
            .unwrap()
            .map(|entry| {
                read(&format!(
                    "articles/{}",
                    entry.unwrap().file_name().to_string_lossy()
                ))
            })
            .collect();
        let head = read("corpus.json");
        let mut outlets = head["outlets"].as_array().unwrap().clone();
        let mut articles = originals.clone();
        for copy in 0..10 {
            outlets.push(
                serde_json::json!({ "id": format!("copy-{copy}"), "name": format!("Copy {copy}") }),
            );
            for original in &originals {
                let mut article = original.clone();
                article["id"] = format!("{}-copy-{copy}", original["id"].as_str().unwrap()).into();
                article["outlet"] = format!("copy-{copy}").into();
                articles.push(article);
            }
        }
        let copied = serde_json::json!({
            "format": 1, "outlets": outlets, "articles": articles, "claims": read("claims.json")
        });
        let copied = Corpus::parse(&copied.to_string()).unwrap();
        let mut compared = 0;
        let mut folded = 0;
        for corpus in [Corpus::parse_bundled().unwrap(), copied] {
            let mut run = parallax_core::engine::run::Run::new(&corpus);
            while run.step(&corpus) {}
            let corpus = run.finish(&corpus).unwrap();
            let all = parallax_core::selection::OutletSelection::all();
            for comparison in compare_all(&corpus, &all) {
                if comparison.claim.kind == ClaimKind::Number {
                    folded += usize::from(
                        comparison
                            .cells
                            .iter()
                            .map(|c| c.stances.len())
                            .sum::<usize>()
                            > super::super::chart::MAX_LINES,
                    );
                    assert_eq!(
                        chart_rows(&corpus, &comparison),
                        chart_rows_one_by_one(&corpus, &comparison),
                        "{}",
                        comparison.claim.id
                    );
                    compared += 1;
                }
            }
        }
        assert!(
            compared > 5 && folded > 3,
            "{compared} charts, {folded} folded"
        );
    }
}
