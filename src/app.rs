//! The root: parses the bundled corpus once, restores the reader's saved
//! outlet choice, provides the reader context, saves changes (the one storage
//! effect), and routes between the comparison and the articles.

use std::rc::Rc;

use parallax_core::{Corpus, CorpusError, OutletSelection};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{ArticlesView, ComparisonView, OutletToggles, RouteLink};
use crate::route::Route;
use crate::state::{ReaderHandle, ReaderState};
use crate::storage::{self, Saved};

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
    let state = use_reducer({
        let corpus = Rc::clone(&props.corpus);
        move || {
            let (selection, notice) = match storage::load_hidden_outlets() {
                Saved::Nothing => (OutletSelection::all(), None),
                Saved::HiddenOutlets(hidden) => (
                    OutletSelection::from_hidden(&corpus, hidden.iter().map(String::as_str)),
                    None,
                ),
                Saved::Unreadable => (
                    OutletSelection::all(),
                    Some(
                        "Your saved choice of outlets could not be read, so all outlets are \
                         shown. It will be replaced when you change the outlets."
                            .to_string(),
                    ),
                ),
            };
            ReaderState::new(corpus, selection, notice)
        }
    });
    let reader = ReaderHandle::new(state.clone());

    // Save the choice when the reader changes it, never before: a saved value
    // that could not be read is not overwritten until then.
    {
        let reader = reader.clone();
        use_effect_with(state.selection_revision, move |revision| {
            if *revision > 0 {
                if let Err(error) = storage::save_hidden_outlets(reader.state().selection.hidden())
                {
                    reader.notice(Some(format!(
                        "Your choice of outlets could not be saved for next time ({error})."
                    )));
                }
            }
        });
    }

    let corpus = &props.corpus;
    html! {
        <ContextProvider<ReaderHandle> context={reader}>
            <HashRouter>
                <div class="px-app">
                    <header class="px-header">
                        <h1 class="px-title">{ "Parallax" }</h1>
                        <p class="px-tagline">
                            if let Some(title) = corpus.title() {
                                { title }{ ": " }
                            }
                            { format!(
                                "{} claims, {} articles, {} outlets.",
                                corpus.claims().len(),
                                corpus.articles().len(),
                                corpus.outlets().len()
                            ) }
                        </p>
                    </header>
                    if let Some(notice) = &state.notice {
                        <p class="px-notice" role="status">{ notice }</p>
                    }
                    <OutletToggles />
                    <ViewTabs />
                    <Switch<Route> render={switch} />
                </div>
            </HashRouter>
        </ContextProvider<ReaderHandle>>
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Compare => html! { <ComparisonView /> },
        Route::Articles => html! { <ArticlesView /> },
        Route::Article { id } => html! { <ArticlesView article={Some(AttrValue::from(id))} /> },
        Route::Quote { id, claim, stance } => html! {
            <ArticlesView
                article={Some(AttrValue::from(id))}
                quote={Some((AttrValue::from(claim), stance))}
            />
        },
        Route::NotFound => html! {
            <section class="px-panel" aria-labelledby="px-not-found">
                <h2 id="px-not-found">{ "Nothing here" }</h2>
                <p>
                    { "This link does not lead to a view of Parallax. " }
                    <RouteLink to={Route::Compare}>{ "Go to the comparison" }</RouteLink>
                </p>
            </section>
        },
    }
}

/// The two views, as a navigation with the current one marked.
#[component]
fn ViewTabs() -> Html {
    let route = use_route::<Route>().unwrap_or(Route::Compare);
    let comparing = matches!(route, Route::Compare);
    html! {
        <nav class="px-tabs" aria-label="Views">
            <RouteLink to={Route::Compare} class="px-tab" current={comparing}>
                { "Compare claims" }
            </RouteLink>
            <RouteLink to={Route::Articles} class="px-tab" current={!comparing}>
                { "Read articles" }
            </RouteLink>
        </nav>
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
