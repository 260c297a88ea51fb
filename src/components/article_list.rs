//! The articles, grouped by outlet: one button per article, named by its
//! headline, the open one marked `aria-current`.

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
    let corpus = &props.corpus;
    html! {
        <nav class="px-articles" aria-labelledby="px-articles-heading">
            <h2 id="px-articles-heading" class="px-section-title">{ "Articles" }</h2>
            for outlet in corpus.outlets() {
                <section
                    key={outlet.id.as_str()}
                    class="px-outlet-group"
                    aria-labelledby={format!("px-outlet-{}", outlet.id)}
                >
                    <h3 id={format!("px-outlet-{}", outlet.id)} class="px-outlet-name">
                        { &outlet.name }
                    </h3>
                    <ul class="px-article-list">
                        for article in corpus.articles_of(&outlet.id) {
                            <li key={article.id.as_str()}>
                                <button
                                    type="button"
                                    class="px-article-button"
                                    aria-current={(props.selected.as_ref() == Some(&article.id)).then_some("true")}
                                    onclick={props.onselect.reform({
                                        let id = article.id.clone();
                                        move |_| id.clone()
                                    })}
                                >
                                    { &article.headline.value }
                                </button>
                            </li>
                        }
                    </ul>
                </section>
            }
        </nav>
    }
}
