//! The root component: the article list beside the reader.

use std::rc::Rc;

use parallax_core::{ArticleId, Corpus};
use yew::prelude::*;

use crate::components::{ArticleList, ArticleView};

/// The whole widget on the bundled corpus.
#[component]
pub fn App() -> Html {
    // The corpus is built once per mounted app; it borrows the embedded text.
    let corpus = use_memo((), |()| Corpus::bundled());
    let selected = use_state(|| None::<ArticleId>);

    let onselect = {
        let selected = selected.clone();
        Callback::from(move |id: ArticleId| selected.set(Some(id)))
    };
    let article = selected.and_then(|id| corpus.get(id).copied());

    html! {
        <div class="px-app">
            <header class="px-header">
                <h1 class="px-title">{ "Parallax" }</h1>
                <p class="px-tagline">
                    { "North Korean troops sent to Russia, October 2024: one story through " }
                    { corpus.articles().len() }
                    { " articles." }
                </p>
            </header>
            <div class="px-layout">
                <ArticleList corpus={Rc::clone(&corpus)} selected={*selected} {onselect} />
                <section class="px-reader" aria-label="Reader">
                    if let Some(article) = article {
                        <ArticleView {article} />
                    } else {
                        <p class="px-hint">{ "Choose an article to read it." }</p>
                    }
                </section>
            </div>
        </div>
    }
}
