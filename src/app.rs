//! The root component: the article list beside the reader.

use std::rc::Rc;

use parallax_core::{ArticleId, Corpus, CorpusError};
use yew::prelude::*;

use crate::components::{ArticleList, ArticleView};

/// The whole widget on the bundled corpus.
#[component]
pub fn App() -> Html {
    // Parsed once per mounted app. The tests parse the bundled corpus too, so
    // the error branch is for a build that skipped them.
    let corpus = use_memo((), |()| Corpus::parse_bundled().map(Rc::new));
    match &*corpus {
        Ok(corpus) => html! { <Reader corpus={Rc::clone(corpus)} /> },
        Err(errors) => html! { <CorpusProblem errors={errors.clone()} /> },
    }
}

#[derive(Properties, PartialEq)]
struct ReaderProps {
    corpus: Rc<Corpus>,
}

#[component]
fn Reader(props: &ReaderProps) -> Html {
    let corpus = &props.corpus;
    let selected = use_state(|| None::<ArticleId>);
    let onselect = {
        let selected = selected.clone();
        Callback::from(move |id: ArticleId| selected.set(Some(id)))
    };
    let article = selected.as_ref().and_then(|id| corpus.article(id)).cloned();

    html! {
        <div class="px-app">
            <header class="px-header">
                <h1 class="px-title">{ "Parallax" }</h1>
                <p class="px-tagline">
                    if let Some(title) = corpus.title() {
                        { title }{ ": " }
                    }
                    { format!(
                        "{} articles from {} outlets.",
                        corpus.articles().len(),
                        corpus.outlets().len()
                    ) }
                </p>
            </header>
            <div class="px-layout">
                <ArticleList corpus={Rc::clone(corpus)} selected={(*selected).clone()} {onselect} />
                <section class="px-reader" aria-label="Reader">
                    if let Some(article) = article {
                        <ArticleView corpus={Rc::clone(corpus)} {article} />
                    } else {
                        <p class="px-hint">{ "Choose an article to read it." }</p>
                    }
                </section>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct CorpusProblemProps {
    errors: Vec<CorpusError>,
}

/// Shown instead of the reader when the corpus cannot be read.
#[component]
fn CorpusProblem(props: &CorpusProblemProps) -> Html {
    html! {
        <div class="px-problem" role="alert">
            <strong>{ "Parallax cannot show this corpus." }</strong>
            <ul>
                for error in &props.errors {
                    <li>{ error.to_string() }</li>
                }
            </ul>
        </div>
    }
}
