//! Search results: matches in the shown outlets' articles grouped by outlet,
//! then matching claims, each with its match marked in context and a link to
//! its place.

use parallax_core::search::{MIN_QUERY_CHARS, Place, SearchHit, fold, search};
use yew::prelude::*;

use super::matches::MatchPanel;
use super::route_link::RouteLink;
use crate::route::Route;
use crate::state::{use_reader, use_view_focus};

/// From this many words on, a search is also matched as a sentence.
const SENTENCE_WORDS: usize = 4;

#[derive(Properties, PartialEq)]
pub struct SearchViewProps {
    pub query: String,
}

#[component]
pub fn SearchView(props: &SearchViewProps) -> Html {
    let reader = use_reader();
    let heading = use_node_ref();
    use_view_focus(heading.clone());
    let state = reader.state();
    let corpus = &state.corpus;
    let query = props.query.trim();
    let hits = search(corpus, &state.selection, query);
    let too_short = fold(query).chars().count() < MIN_QUERY_CHARS;

    let outlets = corpus.outlets().iter().filter(|outlet| {
        hits.iter()
            .any(|hit| hit.outlet.as_ref() == Some(&outlet.id))
    });
    let claims: Vec<&SearchHit> = hits.iter().filter(|hit| hit.outlet.is_none()).collect();

    html! {
        <section class="px-search-results" aria-labelledby="px-search-heading">
            <h2 id="px-search-heading" class="px-view-title" tabindex="-1" ref={heading}>{ "Search" }</h2>
            <p role="status" class="px-count">
                if too_short {
                    { "Type at least two letters to search the shown articles and the claims." }
                } else if hits.is_empty() {
                    { format!("Nothing matches “{query}” in the shown outlets.") }
                } else {
                    { format!("{} {} for “{query}”.", hits.len(), if hits.len() == 1 { "match" } else { "matches" }) }
                }
            </p>
            // A sentence (not just a word or two) is also matched as a claim.
            if query.split_whitespace().count() >= SENTENCE_WORDS {
                <MatchPanel sentence={AttrValue::from(query.to_string())} />
            }
            for outlet in outlets {
                <section key={outlet.id.as_str()} class="px-result-group" aria-labelledby={format!("px-results-{}", outlet.id)}>
                    <h3 id={format!("px-results-{}", outlet.id)}><bdi>{ &outlet.name }</bdi></h3>
                    <ol class="px-results">
                        for (i, hit) in hits.iter().enumerate().filter(|(_, hit)| hit.outlet.as_ref() == Some(&outlet.id)) {
                            <li key={i}>{ result(corpus, hit) }</li>
                        }
                    </ol>
                </section>
            }
            if !claims.is_empty() {
                <section class="px-result-group" aria-labelledby="px-results-claims">
                    <h3 id="px-results-claims">{ "Claims" }</h3>
                    <ol class="px-results">
                        for (i, hit) in claims.iter().enumerate() {
                            <li key={i}>{ result(corpus, hit) }</li>
                        }
                    </ol>
                </section>
            }
        </section>
    }
}

fn result(corpus: &parallax_core::Corpus, hit: &SearchHit) -> Html {
    let excerpt = &hit.excerpt;
    let text = html! {
        <>
            { &excerpt[..hit.matched.start] }
            <mark class="px-value">{ &excerpt[hit.matched.clone()] }</mark>
            { &excerpt[hit.matched.end..] }
        </>
    };
    let article = hit.article.as_ref().and_then(|id| corpus.article(id));
    let to = match (&hit.place, article) {
        (Place::Block(block), Some(article)) => Route::Paragraph {
            id: article.id.to_string(),
            block: *block,
        },
        (Place::Headline, Some(article)) => Route::Article {
            id: article.id.to_string(),
        },
        (Place::Question(claim), _) => Route::Claim { id: claim.clone() },
        _ => Route::Compare,
    };
    html! {
        <>
            <RouteLink {to} class="px-result-link"><bdi>{ text }</bdi></RouteLink>
            if let Some(article) = article {
                <span class="px-result-source">{ "In “" }<bdi>{ &article.headline.value }</bdi>{ "”" }</span>
            }
        </>
    }
}
