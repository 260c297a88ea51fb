//! "How do other outlets report this?": for a sentence, each other shown
//! outlet's best matching sentence side by side, each a link to its place,
//! or "Not covered" below the engine's threshold.

use parallax_core::matching::Figures;
use parallax_core::{ArticleId, OutletId};
use yew::prelude::*;

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
