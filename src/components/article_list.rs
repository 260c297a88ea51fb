//! The list of articles, one button per article, named by its first line.

use std::rc::Rc;

use parallax_core::{ArticleId, Corpus};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub corpus: Rc<Corpus>,
    pub selected: Option<ArticleId>,
    pub onselect: Callback<ArticleId>,
}

#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    html! {
        <nav class="px-articles" aria-labelledby="px-articles-heading">
            <h2 id="px-articles-heading" class="px-section-title">{ "Articles" }</h2>
            <ul class="px-article-list">
                for article in props.corpus.articles() {
                    <li key={article.id().as_str()}>
                        <button
                            type="button"
                            class="px-article-button"
                            aria-current={(props.selected == Some(article.id())).then_some("true")}
                            onclick={props.onselect.reform({
                                let id = article.id();
                                move |_| id
                            })}
                        >
                            { article.first_line() }
                        </button>
                    </li>
                }
            </ul>
        </nav>
    }
}
