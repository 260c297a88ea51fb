//! "Suggested by Parallax": the claims the engine discovered in what the
//! reader or host brought, listed apart from the comparison, each with its
//! stances. Accepting one (its question editable) adds it to the comparison
//! as the reader's claim; dismissing removes it (`review::Decision`).

use parallax_core::claim::{Claim, Origin};
use parallax_core::export::{according_to, value_with_scope};
use parallax_core::review::Decision;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::use_claims_reader;

/// The longest question a reader can write (characters): a question is a
/// row's heading, not an essay.
pub const MAX_QUESTION: &str = "200";

/// [`MAX_QUESTION`] as a number, for text that did not come through the
/// field's own limit.
pub const MAX_QUESTION_CHARS: usize = 200;

#[component]
pub fn Suggested() -> Html {
    let reader = use_claims_reader();
    let state = reader.state();
    let corpus = &state.corpus;
    let suggestions: Vec<&Claim> = corpus
        .claims()
        .iter()
        .filter(|c| c.origin == Origin::Found)
        .collect();
    let dismissed: Vec<&Decision> = state
        .review
        .iter()
        .filter(|d| matches!(d, Decision::Dismiss { .. }))
        .collect();
    if suggestions.is_empty() && dismissed.is_empty() {
        return Html::default();
    }
    html! {
        <section class="px-suggested" aria-labelledby="px-suggested-heading">
            <h3 id="px-suggested-heading" class="px-section-title">{ "Suggested by Parallax" }</h3>
            <p class="px-hint">
                { format!(
                    "{} claim{} Parallax found in the articles brought here, not checked by anyone. \
                     Add one to the comparison (you can reword its question) or dismiss it.",
                    suggestions.len(),
                    if suggestions.len() == 1 { "" } else { "s" }
                ) }
            </p>
            <ol class="px-suggestions">
                for claim in suggestions {
                    <SuggestionItem key={claim.id.as_str()} claim={AttrValue::from(claim.id.to_string())} />
                }
            </ol>
            if !dismissed.is_empty() {
                <h4 class="px-picks-title">{ "Dismissed by you" }</h4>
                <ul class="px-dismissed">
                    for decision in dismissed {
                        <Dismissed key={parallax_core::review::target(decision).0.to_string()} decision={decision.clone()} />
                    }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SuggestionProps {
    claim: AttrValue,
}

#[component]
fn SuggestionItem(props: &SuggestionProps) -> Html {
    let reader = use_claims_reader();
    let input = use_node_ref();
    let within = use_node_ref();
    // Back from the comparison (the reader undid adding it): focus returns
    // to its question.
    crate::state::use_check_focus(vec![(props.claim.to_string(), None, None)], within.clone());
    let corpus = &reader.state().corpus;
    let Some(claim) = corpus.claim(&props.claim) else {
        return Html::default();
    };
    let heading = format!("px-suggestion-{}", claim.id);
    let heading_ref = heading.clone();
    let field = format!("px-suggestion-q-{}", claim.id);
    let onsubmit = {
        let reader = reader.clone();
        let input = input.clone();
        let id = claim.id.to_string();
        let fallback = claim.question.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = input
                .get()
                .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|el| el.value())
                .unwrap_or_default();
            let question = if typed.trim().is_empty() {
                fallback.clone()
            } else {
                typed.trim().chars().take(MAX_QUESTION_CHARS).collect()
            };
            reader.decide(Decision::Accept {
                claim: id.clone(),
                question,
            });
        })
    };
    let ondismiss = {
        let reader = reader.clone();
        let id = claim.id.to_string();
        let question = claim.question.clone();
        Callback::from(move |_| {
            reader.decide(Decision::Dismiss {
                claim: id.clone(),
                question: question.clone(),
            })
        })
    };
    html! {
        <li>
            <article class="px-suggestion" aria-labelledby={heading.clone()}>
                <h4 id={heading}>{ &claim.question }</h4>
                <ul class="px-suggestion-stances">
                    for stance in &claim.stances {
                        <li>
                            <bdi class="px-suggestion-outlet">{ corpus.outlet_of(&stance.article).map(|o| o.name.clone()).unwrap_or_default() }</bdi>
                            { ": " }
                            <span class="px-reported">{ value_with_scope(stance) }</span>
                            { " — " }<bdi>{ according_to(corpus, stance) }</bdi>
                            <blockquote class="px-quote" dir="auto">{ "“" }{ &stance.quote }{ "”" }</blockquote>
                        </li>
                    }
                </ul>
                <form class="px-suggestion-form" ref={within} {onsubmit}>
                    <label for={field.clone()}>{ "Question" }</label>
                    <input id={field} ref={input} type="text" maxlength={MAX_QUESTION} value={claim.question.clone()} />
                    <button type="submit" aria-describedby={heading_ref.clone()}>{ "Add to the comparison" }</button>
                    <button type="button" aria-describedby={heading_ref} onclick={ondismiss}>{ "Dismiss" }</button>
                </form>
            </article>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct DismissedProps {
    decision: Decision,
}

/// A dismissed suggestion, with its undo (focus comes here after Dismiss).
#[component]
fn Dismissed(props: &DismissedProps) -> Html {
    let reader = use_claims_reader();
    let within = use_node_ref();
    let id = parallax_core::review::target(&props.decision).0.to_string();
    crate::state::use_check_focus(vec![(id, None, None)], within.clone());
    let Decision::Dismiss { claim, question } = &props.decision else {
        return Html::default();
    };
    let onclick = {
        let reader = reader.clone();
        let decision = props.decision.clone();
        Callback::from(move |_| reader.undo(decision.clone()))
    };
    let question = if question.is_empty() {
        claim.clone()
    } else {
        question.clone()
    };
    html! {
        <li ref={within}>
            <button type="button" class="px-undo" aria-label={format!("Undo dismissing: {question}")} {onclick}>
                { "Undo" }
            </button>
            { " " }{ question }
        </li>
    }
}
