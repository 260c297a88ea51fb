//! "How do other outlets report this?": for a sentence, each other shown
//! outlet's best matching sentence side by side, each a link to its place,
//! or "Not covered" below the engine's threshold. A sentence of an article
//! can also become a claim ("Compare as a claim"): the question is
//! prefilled from the sentence (`engine::pick`, K2), the reader edits it
//! and adds the claim; the engine then finds the other outlets' stances.

use parallax_core::matching::Figures;
use parallax_core::{ArticleId, OutletId};
use yew::prelude::*;

use std::rc::Rc;

use parallax_core::review::Decision;

use super::route_link::RouteLink;
use crate::route::Route;
use crate::state::{use_match_index, use_reader};

#[derive(Properties, PartialEq)]
pub struct MatchPanelProps {
    pub sentence: AttrValue,
    /// The sentence's own article (left out), when it comes from one.
    #[prop_or_default]
    pub article: Option<ArticleId>,
    /// Its outlet (not compared with itself).
    #[prop_or_default]
    pub outlet: Option<OutletId>,
    /// The sentence's block in its article, when it comes from one (it can
    /// then be compared as a claim).
    #[prop_or_default]
    pub block: Option<usize>,
    /// The panel's heading, for moving focus to it.
    #[prop_or_default]
    pub heading: NodeRef,
}

#[component]
pub fn MatchPanel(props: &MatchPanelProps) -> Html {
    let reader = use_reader();
    let lazy = use_match_index();
    let state = reader.state();
    let corpus = &state.corpus;
    let index = lazy.get(corpus);
    let matches = crate::timing::measure("parallax:match-query", || {
        index.by_outlet(
            corpus,
            &props.sentence,
            props.article.as_ref(),
            props.outlet.as_ref(),
        )
    });

    html! {
        <aside class="px-match-panel" aria-labelledby="px-match-heading">
            <h3 id="px-match-heading" tabindex="-1" ref={props.heading.clone()}>
                { "How do other outlets report this?" }
            </h3>
            <blockquote class="px-match-query" dir="auto">{ "“" }{ &props.sentence }{ "”" }</blockquote>
            if let (Some(article), Some(block)) = (&props.article, props.block) {
                <ComposeClaim
                    article={AttrValue::from(article.to_string())}
                    {block}
                    sentence={props.sentence.clone()}
                />
            }
            <ul class="px-match-list">
                for found in matches.iter().filter(|m| state.selection.is_shown(&m.outlet)) {
                    <li key={found.outlet.as_str()} class="px-match">
                        <h4><bdi>{ corpus.outlet(&found.outlet).map(|o| o.name.clone()).unwrap_or_default() }</bdi></h4>
                        if let Some(best) = &found.best {
                            <blockquote class="px-quote" dir="auto">
                                <RouteLink
                                    to={Route::Paragraph { id: best.passage.article.to_string(), block: best.passage.block }}
                                    class="px-quote-link"
                                >
                                    { "“" }{ &best.passage.text }{ "”" }
                                </RouteLink>
                            </blockquote>
                            <p class="px-match-score">
                                { format!("Match {:.0}%", best.score.min(1.0) * 100.0) }
                                if best.figures == Some(Figures::Differ) {
                                    { " · gives a different figure" }
                                }
                                if let Some(article) = corpus.article(&best.passage.article) {
                                    { " · in “" }<bdi>{ &article.headline.value }</bdi>{ "”" }
                                }
                            </p>
                        } else {
                            <p class="px-not-mentioned">{ "Not covered" }</p>
                        }
                    </li>
                }
            </ul>
        </aside>
    }
}

#[derive(Properties, PartialEq)]
struct ComposeProps {
    article: AttrValue,
    block: usize,
    sentence: AttrValue,
}

/// "Compare as a claim": a form with the question the engine proposes for
/// the sentence; adding it makes a claim with the sentence as its first
/// stance and shows its row.
#[component]
fn ComposeClaim(props: &ComposeProps) -> Html {
    let reader = use_reader();
    let navigator = yew_router::prelude::use_navigator();
    let open = use_state(|| false);
    let input = use_node_ref();
    let claim = {
        let corpus = Rc::clone(&reader.state().corpus);
        let (article, block, sentence) =
            (props.article.clone(), props.block, props.sentence.clone());
        use_memo(
            (article, block, sentence),
            move |(article, block, sentence)| {
                parallax_core::engine::pick::claim_from_sentence(&corpus, article, *block, sentence)
            },
        )
    };
    {
        // Focus the question when the form opens.
        let input = input.clone();
        use_effect_with(*open, move |open| {
            if *open {
                if let Some(input) = input.cast::<web_sys::HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }
    let Some(proposed) = (*claim).clone() else {
        return html! {
            <p class="px-hint">{ "This sentence cannot be compared as a claim." }</p>
        };
    };
    if !*open {
        let onclick = {
            let open = open.clone();
            Callback::from(move |_| open.set(true))
        };
        return html! {
            <p class="px-compose-open">
                <button type="button" {onclick}>{ "Compare as a claim" }</button>
            </p>
        };
    }
    let onsubmit = {
        let reader = reader.clone();
        let input = input.clone();
        let proposed = proposed.clone();
        let navigator = navigator.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = input
                .cast::<web_sys::HtmlInputElement>()
                .map(|el| el.value())
                .unwrap_or_default();
            let mut claim = proposed.clone();
            if !typed.trim().is_empty() {
                claim.question = typed
                    .trim()
                    .chars()
                    .take(super::suggested::MAX_QUESTION_CHARS)
                    .collect();
            }
            let id = claim.id.clone();
            reader.decide(Decision::Compose {
                claim: Box::new(claim),
            });
            if let Some(navigator) = &navigator {
                super::route_link::navigate(navigator, &Route::Claim { id }, &Default::default());
            }
        })
    };
    let oncancel = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    html! {
        <form class="px-compose" aria-label="Compare as a claim" {onsubmit}>
            <label for="px-compose-question">{ "Question for the new claim" }</label>
            <input id="px-compose-question" ref={input} type="text" maxlength={super::suggested::MAX_QUESTION} value={proposed.question.clone()} />
            <p class="px-hint">
                { format!("Its first stance is this sentence ({}); Parallax will look for the other outlets' stances, marked as found.", proposed.stances[0].value.text) }
            </p>
            <button type="submit">{ "Add the claim" }</button>
            <button type="button" onclick={oncancel}>{ "Cancel" }</button>
        </form>
    }
}
