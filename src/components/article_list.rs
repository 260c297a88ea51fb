//! The articles of the shown outlets, grouped by outlet: one link per
//! article, named by its headline, the open one marked `aria-current`.

use parallax_core::ArticleId;
use yew::prelude::*;

use super::route_link::RouteLink;
use crate::route::Route;
use crate::state::use_reader;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub selected: Option<ArticleId>,
    /// The list's heading, for focus on route changes.
    #[prop_or_default]
    pub heading: NodeRef,
}

#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    let reader = use_reader();
    let state = reader.state();
    let corpus = &state.corpus;
    html! {
        <nav class="px-articles" aria-labelledby="px-articles-heading">
            <h2 id="px-articles-heading" class="px-section-title" tabindex="-1" ref={props.heading.clone()}>{ "Articles" }</h2>
            for outlet in corpus.outlets().iter().filter(|o| state.selection.is_shown(&o.id)) {
                <section
                    key={outlet.id.as_str()}
                    class="px-outlet-group"
                    aria-labelledby={format!("px-outlet-{}", outlet.id)}
                >
                    <h3 id={format!("px-outlet-{}", outlet.id)} class="px-outlet-name">
                        <bdi>{ &outlet.name }</bdi>
                    </h3>
                    <ul class="px-article-list">
                        for article in corpus.articles_of(&outlet.id) {
                            <li key={article.id.as_str()}>
                                <RouteLink
                                    to={Route::Article { id: article.id.to_string() }}
                                    class="px-article-link"
                                    current={props.selected.as_ref() == Some(&article.id)}
                                >
                                    <bdi>{ &article.headline.value }</bdi>
                                </RouteLink>
                            </li>
                        }
                    </ul>
                </section>
            }
        </nav>
    }
}
