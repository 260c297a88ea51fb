//! One stance in a comparison cell: the outlet's words with the value
//! highlighted, as a link to the passage in its article, then the value and
//! who it is attributed to, and when.

use parallax_core::claim::Stance;
use parallax_core::export::{attribution, provenance_note, said_on, value_with_scope};
use yew::prelude::*;

use super::route_link::RouteLink;
use crate::route::Route;
use crate::state::use_reader;

#[derive(Properties, PartialEq)]
pub struct StanceViewProps {
    pub claim: AttrValue,
    /// The stance's position in the claim (the link names it).
    pub index: usize,
}

#[component]
pub fn StanceView(props: &StanceViewProps) -> Html {
    let reader = use_reader();
    let corpus = &reader.state().corpus;
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

    let found = provenance_note(stance);
    html! {
        <figure class={classes!("px-stance", found.is_some().then_some("px-found"))}>
            if found.is_some() {
                // Text, not colour alone: it survives print, dark mode and
                // the narrow cards.
                <p class="px-found-note">{ "Found by Parallax, not checked" }</p>
            }
            <blockquote class="px-quote" dir="auto">
                <RouteLink to={to} class="px-quote-link" {onactivate}>
                    { "“" }{ before }<mark class="px-value">{ value }</mark>{ after }{ "”" }
                </RouteLink>
            </blockquote>
            <figcaption class="px-attribution">
                <span class="px-reported">{ value_with_scope(stance) }</span>
                <span class="px-source">
                    { "According to " }<bdi>{ attribution(corpus, stance) }</bdi>
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
        </figure>
    }
}
