//! The root: parses the bundled corpus once, restores the reader's outlet
//! choice (from the link, else from storage), provides the reader context,
//! saves changes (the one storage effect), keeps the address a link to the
//! current view, and routes between the views.

use std::rc::Rc;

use parallax_core::{Corpus, CorpusError, OutletSelection};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{
    ArticlesView, ComparisonView, ImportView, OutletToggles, ParallelView, RouteLink, SearchView,
    TimelineView,
};
use crate::route::{Route, ViewQuery};
use crate::state::{LazyIndex, ReaderHandle, ReaderState, Theme, ViewFocus};
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

/// The outlet choice the reader starts with: a link's `outlets` wins over
/// the saved choice (and is not saved unless the reader changes it).
fn initial_selection(corpus: &Corpus) -> (OutletSelection, Option<String>) {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    if let Some(shown) = ViewQuery::from_hash(&hash).outlets {
        return (OutletSelection::from_shown(corpus, shown.split(',')), None);
    }
    match storage::load_hidden_outlets() {
        Saved::Nothing => (OutletSelection::all(), None),
        Saved::HiddenOutlets(hidden) => (
            OutletSelection::from_hidden(corpus, hidden.iter().map(String::as_str)),
            None,
        ),
        Saved::Unreadable => (
            OutletSelection::all(),
            Some(
                "Your saved choice of outlets could not be read, so all outlets are shown. \
                 It will be replaced when you change the outlets."
                    .to_string(),
            ),
        ),
    }
}

#[component]
fn Reader(props: &ReaderProps) -> Html {
    let state = use_reducer({
        let corpus = Rc::clone(&props.corpus);
        move || {
            let (selection, notice) = initial_selection(&corpus);
            let theme = storage::load_theme()
                .and_then(|name| Theme::from_name(&name))
                .unwrap_or_default();
            let (imports, notice) = match storage::load_imports() {
                Ok(imports) => (imports.unwrap_or_else(parallax_core::import::empty), notice),
                Err(error) => (
                    parallax_core::import::empty(),
                    Some(format!(
                        "Your imported articles could not be read ({error}); they are kept in \
                         storage until you import again."
                    )),
                ),
            };
            ReaderState::new(corpus, imports, selection, notice, theme)
        }
    });
    let reader = ReaderHandle::new(state.clone());
    let view_focus = use_memo((), |()| ViewFocus::default());
    // A new index whenever the corpus changes (imports).
    let match_index = use_memo(state.imports_revision, |_| LazyIndex::default());

    // Save the imports when the reader changes them, never before.
    {
        let reader = reader.clone();
        use_effect_with(state.imports_revision, move |revision| {
            if *revision > 0 {
                if let Err(error) = storage::save_imports(&reader.state().imports) {
                    reader.notice(Some(format!(
                        "Your imported articles could not be saved for next time ({error})."
                    )));
                }
            }
        });
    }

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

    // The theme is an attribute of the page; saved once the reader picks one.
    {
        let reader = reader.clone();
        use_effect_with(
            (state.theme, state.theme_revision),
            move |(theme, revision)| {
                let root = gloo::utils::document_element();
                let _ = match theme {
                    Theme::Auto => root.remove_attribute("data-theme"),
                    other => root.set_attribute("data-theme", other.name()),
                };
                if *revision > 0 && storage::save_theme(theme.name()).is_err() {
                    reader.notice(Some("Your theme could not be saved for next time.".into()));
                }
            },
        );
    }

    html! {
        <ContextProvider<ReaderHandle> context={reader}>
            <ContextProvider<ViewFocus> context={(*view_focus).clone()}>
                <ContextProvider<LazyIndex> context={(*match_index).clone()}>
                    <HashRouter>
                        <Shell />
                    </HashRouter>
                </ContextProvider<LazyIndex>>
            </ContextProvider<ViewFocus>>
        </ContextProvider<ReaderHandle>>
    }
}

/// Everything inside the router: header, search, outlets, view tabs, the
/// current view.
#[component]
fn Shell() -> Html {
    let reader = crate::state::use_reader();
    let state = reader.state();
    let navigator = use_navigator();
    let location = use_location();
    let route = use_route::<Route>().unwrap_or(Route::Compare);
    let query: ViewQuery = location
        .as_ref()
        .and_then(|location| location.query::<ViewQuery>().ok())
        .unwrap_or_default();

    // A link opened in a running page may name other outlets: apply them
    // (without saving; the reader did not choose them here).
    {
        let reader = reader.clone();
        let linked = query.outlets.clone();
        let current = state.selection.shown_for_link(&state.corpus);
        use_effect_with(linked, move |linked| {
            if let Some(shown) = linked {
                if Some(shown) != current.as_ref() {
                    reader.show_linked_outlets(shown.clone());
                }
            }
        });
    }

    // Keep the address a link to what is shown when the outlets change.
    {
        let navigator = navigator.clone();
        let route = route.clone();
        let query = query.clone();
        let outlets = state.selection.shown_for_link(&state.corpus);
        use_effect_with(state.selection_revision, move |revision| {
            if *revision > 0 && query.outlets != outlets {
                if let Some(navigator) = navigator {
                    let next = ViewQuery { outlets, ..query };
                    if next == ViewQuery::default() {
                        navigator.replace(&route);
                    } else {
                        let _ = navigator.replace_with_query(&route, &next);
                    }
                }
            }
        });
    }

    let search_input = use_node_ref();
    let onsearch = {
        let search_input = search_input.clone();
        let navigator = navigator.clone();
        let outlets = state.selection.shown_for_link(&state.corpus);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let q = search_input
                .cast::<HtmlInputElement>()
                .map(|input| input.value())
                .unwrap_or_default();
            if let Some(navigator) = &navigator {
                let query = ViewQuery {
                    q: Some(q),
                    outlets: outlets.clone(),
                    ..ViewQuery::default()
                };
                crate::components::navigate(navigator, &Route::Search, &query);
            }
        })
    };

    let corpus = &state.corpus;
    html! {
        <div class="px-app">
            <header class="px-header">
                <div class="px-header-text">
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
                </div>
                <div class="px-header-tools">
                <form class="px-search" role="search" aria-label="Articles and claims" onsubmit={onsearch}>
                    <label for="px-search-input" class="px-visually-hidden">{ "Search articles and claims" }</label>
                    <input
                        id="px-search-input"
                        ref={search_input}
                        type="search"
                        name="q"
                        placeholder="Search articles and claims"
                        value={query.q.clone().unwrap_or_default()}
                    />
                    <button type="submit">{ "Search" }</button>
                </form>
                <ThemePicker />
                </div>
            </header>
            if let Some(notice) = &state.notice {
                <p class="px-notice" role="status">{ notice }</p>
            }
            <OutletToggles />
            <ViewTabs route={route.clone()} />
            <div class="px-view">
                { switch(route, query) }
            </div>
        </div>
    }
}

fn switch(route: Route, query: ViewQuery) -> Html {
    match route {
        // Keyed by what they show, so going from all claims to one is a new
        // view (focus moves to its heading) while a filter change is not.
        Route::Compare => html! { <ComparisonView key="all-claims" query={query} /> },
        Route::Claim { id } => html! {
            <ComparisonView key={format!("claim-{id}")} query={query} claim={Some(AttrValue::from(id.clone()))} />
        },
        Route::Articles => html! { <ArticlesView /> },
        Route::Article { id } => html! { <ArticlesView article={Some(AttrValue::from(id))} /> },
        Route::Paragraph { id, block } => html! {
            <ArticlesView article={Some(AttrValue::from(id))} block={Some(block)} />
        },
        Route::Quote { id, claim, stance } => html! {
            <ArticlesView
                article={Some(AttrValue::from(id))}
                quote={Some((AttrValue::from(claim), stance))}
            />
        },
        Route::Parallel { ids } => html! { <ParallelView ids={AttrValue::from(ids)} /> },
        Route::Search => html! { <SearchView query={query.q.clone().unwrap_or_default()} /> },
        Route::Timeline => html! { <TimelineView /> },
        Route::Import => html! { <ImportView /> },
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

/// Light, dark, or as the system prefers; remembered.
#[component]
fn ThemePicker() -> Html {
    let reader = crate::state::use_reader();
    let current = reader.state().theme;
    let onchange = {
        let reader = reader.clone();
        Callback::from(move |event: Event| {
            let value = event
                .target()
                .and_then(|target| {
                    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(target).ok()
                })
                .map(|select| select.value())
                .unwrap_or_default();
            if let Some(theme) = Theme::from_name(&value) {
                reader.theme(theme);
            }
        })
    };
    html! {
        <label class="px-theme">
            { "Theme" }
            <select {onchange}>
                for theme in Theme::ALL {
                    <option value={theme.name()} selected={theme == current}>{ theme.label() }</option>
                }
            </select>
        </label>
    }
}

#[derive(Properties, PartialEq)]
struct ViewTabsProps {
    route: Route,
}

/// The views, as a navigation with the current one marked.
#[component]
fn ViewTabs(props: &ViewTabsProps) -> Html {
    let reader = crate::state::use_reader();
    let state = reader.state();
    // Side by side starts with the first two articles of the shown outlets.
    let first_two: Vec<&str> = state
        .corpus
        .articles()
        .iter()
        .filter(|article| state.selection.is_shown(&article.outlet))
        .take(2)
        .map(|article| article.id.as_str())
        .collect();
    let route = &props.route;
    let tab = |to: Route, current: bool, label: &'static str| {
        html! { <RouteLink {to} class="px-tab" {current}>{ label }</RouteLink> }
    };
    html! {
        <nav class="px-tabs" aria-label="Views">
            { tab(Route::Compare, matches!(route, Route::Compare | Route::Claim { .. }), "Compare claims") }
            { tab(
                Route::Articles,
                matches!(route, Route::Articles | Route::Article { .. } | Route::Paragraph { .. } | Route::Quote { .. }),
                "Read articles",
            ) }
            { tab(Route::Parallel { ids: first_two.join(",") }, matches!(route, Route::Parallel { .. }), "Side by side") }
            { tab(Route::Timeline, matches!(route, Route::Timeline), "Timeline") }
            { tab(Route::Import, matches!(route, Route::Import), "Your articles") }
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
