//! Side-by-side reading: two to four articles in columns. Passages that carry
//! a curated claim are marked; hovering or focusing one highlights the same
//! claim in the other columns, or says it is not mentioned there, and offers
//! the claim's comparison.

use parallax_core::claim::segments;
use parallax_core::{Article, Corpus};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use super::route_link::{RouteLink, navigate, use_link_query};
use crate::route::{Route, ViewQuery, parallel_ids};
use crate::state::{use_reader, use_view_focus};

/// At most this many columns.
pub const MAX_COLUMNS: usize = 4;

#[derive(Properties, PartialEq)]
pub struct ParallelViewProps {
    /// Article ids, comma-separated, as in the route.
    pub ids: AttrValue,
}

#[component]
pub fn ParallelView(props: &ParallelViewProps) -> Html {
    let reader = use_reader();
    let navigator = use_navigator();
    let heading = use_node_ref();
    use_view_focus(heading.clone());
    let link_query = use_link_query(ViewQuery::default());
    let active = use_state(|| None::<String>);
    let state = reader.state();
    let corpus = &state.corpus;

    let chosen: Vec<&Article> = parallel_ids(&props.ids)
        .into_iter()
        .filter_map(|id| corpus.find(id))
        .filter(|article| state.selection.is_shown(&article.outlet))
        .take(MAX_COLUMNS)
        .collect();
    let chosen_ids: Vec<String> = chosen.iter().map(|a| a.id.to_string()).collect();

    let onpick = {
        let navigator = navigator.clone();
        let chosen_ids = chosen_ids.clone();
        let link_query = link_query.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let id = input.value();
            let mut ids = chosen_ids.clone();
            if input.checked() {
                if !ids.contains(&id) && ids.len() < MAX_COLUMNS {
                    ids.push(id);
                }
            } else {
                ids.retain(|other| *other != id);
            }
            if let Some(navigator) = &navigator {
                navigate(
                    navigator,
                    &Route::Parallel { ids: ids.join(",") },
                    &link_query,
                );
            }
        })
    };
    let onactivate = {
        let active = active.clone();
        Callback::from(move |claim: String| active.set(Some(claim)))
    };
    let active_claim = active.as_deref().and_then(|id| corpus.claim(id));

    html! {
        <section class="px-parallel" aria-labelledby="px-parallel-heading">
            <h2 id="px-parallel-heading" class="px-view-title" tabindex="-1" ref={heading}>{ "Side by side" }</h2>
            <fieldset class="px-picker">
                <legend>{ "Articles to read side by side (two to four)" }</legend>
                for article in corpus.articles().iter().filter(|a| state.selection.is_shown(&a.outlet)) {
                    {{
                        let checked = chosen_ids.contains(&article.id.to_string());
                        let outlet = corpus.outlet(&article.outlet).map(|o| o.name.clone()).unwrap_or_default();
                        html! {
                            <label key={article.id.as_str()} class="px-pick">
                                <input
                                    type="checkbox"
                                    value={article.id.to_string()}
                                    {checked}
                                    disabled={!checked && chosen_ids.len() >= MAX_COLUMNS}
                                    onchange={onpick.clone()}
                                />
                                { " " }<span class="px-pick-outlet">{ outlet }{ ": " }</span>{ &article.headline.value }
                            </label>
                        }
                    }}
                }
            </fieldset>
            <p class="px-active-claim" role="status">
                if let Some(claim) = active_claim {
                    { "Highlighted in every column: “" }{ &claim.question }{ "” " }
                    <RouteLink to={Route::Claim { id: claim.id.to_string() }}>{ "Compare this claim" }</RouteLink>
                } else if chosen.len() < 2 {
                    { "Choose at least two articles." }
                } else {
                    { "Marked passages carry a curated claim: point at one or focus it to find the same claim in the other columns." }
                }
            </p>
            <div class={format!("px-columns px-columns-{}", chosen.len().clamp(1, 4))}>
                for article in &chosen {
                    <Column
                        key={article.id.as_str()}
                        article={(*article).clone()}
                        active={(*active).clone().map(AttrValue::from)}
                        onactivate={onactivate.clone()}
                    />
                }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ColumnProps {
    article: Article,
    active: Option<AttrValue>,
    onactivate: Callback<String>,
}

#[component]
fn Column(props: &ColumnProps) -> Html {
    let reader = use_reader();
    let corpus = &reader.state().corpus;
    let article = &props.article;
    let heading_id = format!("px-col-{}", article.id);
    let outlet = corpus
        .outlet(&article.outlet)
        .map(|o| o.name.clone())
        .unwrap_or_default();
    let active = props.active.as_deref();
    let mentions_active = active.is_none_or(|claim| {
        corpus
            .claim(claim)
            .is_some_and(|claim| claim.stances.iter().any(|s| s.article == article.id))
    });

    html! {
        <article class="px-column" aria-labelledby={heading_id.clone()}>
            <p class="px-article-outlet">{ outlet }</p>
            <h3 id={heading_id} class="px-column-heading" dir="auto">{ &article.headline.value }</h3>
            if !mentions_active {
                <p class="px-not-mentioned px-column-note">{ "Not mentioned in this article." }</p>
            }
            for (i, block) in article.blocks.iter().enumerate() {
                if let parallax_core::Block::Subhead(text) = block {
                    <h4 key={i} class="px-subhead">{ text }</h4>
                } else {
                    <p key={i} class="px-column-block" dir="auto">{ marked(corpus, article, block.text(), active, &props.onactivate) }</p>
                }
            }
        </article>
    }
}

/// A block's text with the passages that carry curated claims as buttons.
fn marked(
    corpus: &Corpus,
    article: &Article,
    text: &str,
    active: Option<&str>,
    onactivate: &Callback<String>,
) -> Html {
    let ranges: Vec<(std::ops::Range<usize>, String)> = corpus
        .claims()
        .iter()
        .flat_map(|claim| {
            claim
                .stances
                .iter()
                .filter(|stance| stance.article == article.id)
                .filter_map(move |stance| {
                    text.find(&stance.quote)
                        .map(|start| (start..start + stance.quote.len(), claim.id.to_string()))
                })
        })
        .collect();
    html! {
        for (piece, claims) in segments(text, &ranges) {
            {{
                let words = &text[piece];
                if claims.is_empty() {
                    html! { { words } }
                } else {
                    let pressed = active.is_some_and(|a| claims.iter().any(|c| c == a));
                    let questions: Vec<String> = claims
                        .iter()
                        .filter_map(|id| corpus.claim(id).map(|c| c.question.clone()))
                        .collect();
                    let first = claims[0].clone();
                    let activate = {
                        let onactivate = onactivate.clone();
                        let first = first.clone();
                        move || onactivate.emit(first.clone())
                    };
                    let (on_focus, on_enter, on_click, on_key) =
                        (activate.clone(), activate.clone(), activate.clone(), activate);
                    // A span with the button role, because a <button> cannot
                    // flow inline within a paragraph's lines.
                    html! {
                        <span
                            role="button"
                            tabindex="0"
                            class={classes!("px-claim-mark", pressed.then_some("px-claim-mark-active"))}
                            aria-pressed={if pressed { "true" } else { "false" }}
                            title={format!("Claim: {}", questions.join("; "))}
                            onfocus={Callback::from(move |_| on_focus())}
                            onmouseenter={Callback::from(move |_| on_enter())}
                            onclick={Callback::from(move |_| on_click())}
                            onkeydown={Callback::from(move |event: KeyboardEvent| {
                                if event.key() == "Enter" || event.key() == " " {
                                    event.prevent_default();
                                    on_key();
                                }
                            })}
                        >
                            { words }
                        </span>
                    }
                }
            }}
        }
    }
}
