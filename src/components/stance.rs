//! One stance in a comparison cell: the outlet's words with the value
//! highlighted, as a link to the passage in its article, then the value and
//! who it is attributed to, and when. A stance the engine found carries the
//! reader's checks: confirm it, pick another sentence of the article, or
//! reject it as not about the claim (`review::Decision`); a checked one can
//! be undone.

use parallax_core::claim::{Origin, Stance};
use parallax_core::export::{according_to, provenance_note, said_on, value_with_scope};
use parallax_core::review::Decision;
use parallax_core::wire::StanceRecord;
use yew::prelude::*;

use super::route_link::RouteLink;
use crate::route::Route;
use crate::state::use_claims_reader;

#[derive(Properties, PartialEq)]
pub struct StanceViewProps {
    pub claim: AttrValue,
    /// The stance's position in the claim (the link names it).
    pub index: usize,
}

#[component]
pub fn StanceView(props: &StanceViewProps) -> Html {
    let reader = use_claims_reader();
    let picking = use_state(|| false);
    let checks_ref = use_node_ref();
    let corpus = &reader.state().corpus;
    // Focus comes here after a check of this sentence, or, for the
    // article's first stance, after a rejection of another of its
    // sentences (the cell is not empty, so no empty cell takes it).
    let keys: Vec<crate::state::Key> = corpus
        .claim(&props.claim)
        .and_then(|claim| {
            let stance = claim.stances.get(props.index)?;
            let article = stance.article.to_string();
            let first = claim
                .stances
                .iter()
                .position(|s| s.article == stance.article)
                == Some(props.index);
            let mut keys = vec![(
                claim.id.to_string(),
                Some(article.clone()),
                Some(stance.quote.clone()),
            )];
            if first {
                keys.extend(
                    claim
                        .rejected
                        .iter()
                        .filter(|r| r.article == stance.article)
                        .map(|r| {
                            (
                                claim.id.to_string(),
                                Some(article.clone()),
                                Some(r.quote.clone()),
                            )
                        }),
                );
            }
            Some(keys)
        })
        .unwrap_or_default();
    crate::state::use_check_focus(keys, checks_ref.clone());
    let Some(claim) = corpus.claim(&props.claim) else {
        return Html::default();
    };
    let Some(stance): Option<&Stance> = claim.stances.get(props.index) else {
        return Html::default();
    };
    let range = stance.highlight_range();
    let (before, value, after) = (
        &stance.quote[..range.start],
        &stance.quote[range.clone()],
        &stance.quote[range.end..],
    );
    let to = Route::Quote {
        id: stance.article.to_string(),
        claim: claim.id.to_string(),
        stance: props.index,
    };
    let onactivate = {
        let reader = reader.clone();
        let claim = claim.id.clone();
        let index = props.index;
        Callback::from(move |()| reader.return_to(claim.clone(), index))
    };
    // Name the article when its outlet has more than one in the corpus.
    let article = corpus.article(&stance.article);
    let several = article.is_some_and(|article| corpus.articles_of(&article.outlet).count() > 1);

    let note = provenance_note(stance);
    let outlet = corpus
        .outlet_of(&stance.article)
        .map(|o| o.name.clone())
        .unwrap_or_default();
    let checks = checks(&reader, claim.id.as_str(), stance, &outlet, &picking);
    let picks = if *picking {
        // Closing the list returns focus to the button that opened it.
        let onclose = {
            let picking = picking.clone();
            let checks_ref = checks_ref.clone();
            Callback::from(move |()| {
                picking.set(false);
                focus_within(&checks_ref, "button[aria-expanded]");
            })
        };
        html! {
            <PickSentence
                claim={props.claim.clone()}
                article={AttrValue::from(stance.article.to_string())}
                current={Some((AttrValue::from(stance.quote.clone()), AttrValue::from(stance.value_text.clone())))}
                {onclose}
            />
        }
    } else {
        Html::default()
    };
    html! {
        <figure class={classes!(
            "px-stance",
            (stance.origin == Origin::Found).then_some("px-found"),
            (stance.origin == Origin::Checked).then_some("px-checked"),
        )}>
            if let Some(note) = note {
                // Text, not colour alone: it survives print, dark mode and
                // the narrow cards.
                <p class="px-found-note">{ capitalized(note) }</p>
            }
            <blockquote class="px-quote" dir="auto">
                <RouteLink to={to} class="px-quote-link" {onactivate}>
                    { "“" }{ before }<mark class="px-value">{ value }</mark>{ after }{ "”" }
                </RouteLink>
            </blockquote>
            <figcaption class="px-attribution">
                <span class="px-reported">{ value_with_scope(stance) }</span>
                <span class="px-source">
                    <bdi>{ according_to(corpus, stance) }</bdi>
                    if let Some(when) = said_on(stance) {
                        { ", " }<span class="px-said-on">{ when }</span>
                    }
                </span>
                if several {
                    if let Some(article) = article {
                        <span class="px-in-article">{ "In “" }<bdi>{ &article.headline.value }</bdi>{ "”" }</span>
                    }
                }
            </figcaption>
            <div ref={checks_ref}>{ checks }</div>
            { picks }
        </figure>
    }
}

/// Focuses the first element matching `selector` inside `within`.
pub fn focus_within(within: &NodeRef, selector: &str) {
    if let Some(element) = within
        .cast::<web_sys::Element>()
        .and_then(|el| el.query_selector(selector).ok().flatten())
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
    {
        let _ = element.focus();
    }
}

/// "found by …" as the first words of a line.
fn capitalized(note: &str) -> String {
    let mut chars = note.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The reader's checks of a found stance, or the undo of a checked one.
fn checks(
    reader: &crate::state::ReaderHandle,
    claim: &str,
    stance: &Stance,
    outlet: &str,
    picking: &UseStateHandle<bool>,
) -> Html {
    let article = stance.article.to_string();
    match stance.origin {
        Origin::Curated => Html::default(),
        Origin::Found => {
            let decide = |make: fn(String, String, String) -> Decision| {
                let reader = reader.clone();
                let (claim, article, quote) =
                    (claim.to_string(), article.clone(), stance.quote.clone());
                Callback::from(move |_| {
                    reader.decide(make(claim.clone(), article.clone(), quote.clone()));
                })
            };
            let onconfirm = decide(|claim, article, quote| Decision::Confirm {
                claim,
                article,
                quote,
            });
            let onreject = decide(|claim, article, quote| Decision::Reject {
                claim,
                article,
                quote,
            });
            let onpick = {
                let picking = picking.clone();
                Callback::from(move |_| picking.set(!*picking))
            };
            html! {
                <div class="px-checks" role="group" aria-label={format!("Check {outlet}'s sentence")}>
                    <button type="button" class="px-confirm" aria-label={format!("Confirm {outlet}'s sentence")} onclick={onconfirm}>
                        { "Confirm" }
                    </button>
                    <button
                        type="button"
                        aria-expanded={if **picking { "true" } else { "false" }}
                        aria-label={format!("Pick another sentence from {outlet}")}
                        onclick={onpick}
                    >
                        { "Pick another sentence" }
                    </button>
                    <button type="button" aria-label={format!("Not about this: reject {outlet}'s sentence")} onclick={onreject}>
                        { "Not about this" }
                    </button>
                </div>
            }
        }
        Origin::Checked => {
            let state = reader.state();
            let Some(decision) = state
                .stance_decision(claim, &article, &stance.quote)
                .filter(|d| matches!(d, Decision::Confirm { .. } | Decision::Choose { .. }))
                .cloned()
            else {
                return Html::default();
            };
            let onundo = {
                let reader = reader.clone();
                Callback::from(move |_| reader.undo(decision.clone()))
            };
            html! {
                <div class="px-checks">
                    <button type="button" aria-label={format!("Undo check of {outlet}'s sentence")} onclick={onundo}>
                        { "Undo check" }
                    </button>
                </div>
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PickSentenceProps {
    pub claim: AttrValue,
    pub article: AttrValue,
    /// The quote and value words shown now, left out of the list.
    #[prop_or_default]
    pub current: Option<(AttrValue, AttrValue)>,
    pub onclose: Callback<()>,
}

/// The sentences of an article that could answer the claim (`engine::pick`,
/// K1), best first, each a button that makes it the reader's stance.
#[component]
pub fn PickSentence(props: &PickSentenceProps) -> Html {
    let reader = use_claims_reader();
    let list = use_node_ref();
    {
        // Focus the first choice when the list opens.
        let list = list.clone();
        use_effect_with((), move |()| {
            if let Some(first) = list
                .cast::<web_sys::Element>()
                .and_then(|l| l.query_selector("button").ok().flatten())
                .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok())
            {
                let _ = first.focus();
            }
        });
    }
    let corpus = &reader.state().corpus;
    let Some(claim) = corpus.claim(&props.claim) else {
        return Html::default();
    };
    let outlet = corpus
        .articles()
        .iter()
        .find(|a| a.id.as_str() == props.article.as_str())
        .and_then(|a| corpus.outlet(&a.outlet))
        .map(|o| o.name.clone())
        .unwrap_or_default();
    let others: Vec<StanceRecord> =
        parallax_core::engine::pick::candidates(corpus, claim, &props.article, 6)
            .into_iter()
            .filter(|c| {
                props.current.as_ref().is_none_or(|(quote, value)| {
                    !(c.quote == quote.as_str() && c.value.text == value.as_str())
                })
            })
            // A sentence the reader rejected is not offered again.
            .filter(|c| {
                !claim
                    .rejected
                    .iter()
                    .any(|r| r.article.as_str() == c.article && r.quote == c.quote)
            })
            .collect();
    let (reader, claim, picking) = (&reader, claim.id.as_str(), &props.onclose);
    let oncancel = {
        let onclose = props.onclose.clone();
        Callback::from(move |_| onclose.emit(()))
    };
    let onkeydown = {
        let onclose = props.onclose.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.prevent_default();
                onclose.emit(());
            }
        })
    };
    // The found stance a pick replaces (none in an empty cell).
    let replaces: Option<String> = props.current.as_ref().map(|(quote, _)| quote.to_string());
    html! {
        <div class="px-picks" ref={list} {onkeydown}>
            <p class="px-picks-title">{ format!("Sentences from {outlet} that could answer this") }</p>
            if others.is_empty() {
                <p class="px-hint">{ "Parallax read no other sentence of this article that could answer this claim." }</p>
            }
            <ul>
                for (i, candidate) in others.into_iter().enumerate() {
                    {{
                        let onchoose = {
                            let reader = reader.clone();
                            let picking = picking.clone();
                            let claim = claim.to_string();
                            let candidate = candidate.clone();
                            let replaces = replaces.clone();
                            Callback::from(move |_| {
                                picking.emit(());
                                reader.decide(Decision::Choose {
                                    claim: claim.clone(),
                                    stance: Box::new(candidate.clone()),
                                    replaces: replaces.clone(),
                                });
                            })
                        };
                        let at = candidate.quote.find(&candidate.value.text).unwrap_or(0);
                        let end = at + candidate.value.text.len();
                        html! {
                            <li key={i}>
                                <button type="button" class="px-pick" onclick={onchoose}>
                                    // The value too: one sentence can be offered
                                    // for two of its figures.
                                    <span class="px-visually-hidden">{ format!("Use this sentence, for “{}”: ", candidate.value.text) }</span>
                                    <span dir="auto">
                                        { "“" }{ &candidate.quote[..at] }<mark class="px-value">{ &candidate.quote[at..end] }</mark>{ &candidate.quote[end..] }{ "”" }
                                    </span>
                                </button>
                            </li>
                        }
                    }}
                }
            </ul>
            <button type="button" onclick={oncancel}>{ "Cancel" }</button>
        </div>
    }
}
