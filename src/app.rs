//! The root: gets the corpus (bundled, or fetched from the host's `src`:
//! `source.rs`),
//! restores the reader's choices (from the options and the link, else from
//! the instance's store), provides the reader context, saves changes (the
//! storage effects), keeps the address a link to the current view, and routes
//! between the views.

use std::rc::Rc;

use parallax_core::{Corpus, OutletSelection};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::history::{AnyHistory, History, MemoryHistory};
use yew_router::prelude::*;

use crate::components::{
    ArticlesView, ComparisonView, ImportView, OutletToggles, ParallelView, RouteLink, SearchView,
    TimelineView,
};
use crate::listen::Lifetime;
use crate::options::{Options, Routing};
use crate::route::{Route, ViewQuery, split_path};
use crate::source::{Load, Loading, Problem, fetch_corpus};
use crate::state::{
    CheckFocus, ClaimsReader, Engine, LazyIndex, ReaderHandle, ReaderState, Theme, ViewFocus,
};
use crate::storage::{Saved, Store};

/// The whole widget as the full page: the bundled corpus, hash routing, the
/// page's own storage keys.
#[component]
pub fn App() -> Html {
    html! { <Widget options={Options::default()} /> }
}

#[derive(Properties, PartialEq)]
pub struct WidgetProps {
    pub options: Options,
    /// The layout of the first render, when known before it (`LayoutHint`);
    /// the same for the instance's whole life.
    #[prop_or_default]
    pub first_layout: Option<crate::components::LayoutHint>,
}

/// One instance: the corpus it shows and the reader on it.
#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    // The bundled corpus is read before the first render (no "Loading…"
    // frame for it); a `src` is fetched after.
    let loading = use_reducer({
        let bundled = props.options.src.is_none();
        move || {
            let empty = Rc::new(Loading::default());
            if bundled {
                Rc::unwrap_or_clone(empty.reduce(Load::Bundled))
            } else {
                Rc::unwrap_or_clone(empty)
            }
        }
    });
    {
        let loading = loading.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(props.options.src.clone(), move |src| match src {
            // Already read on the first render; again when a `src` is removed.
            None if first.replace(false) => {}
            None => loading.dispatch(Load::Bundled),
            Some(url) => {
                first.replace(false);
                loading.dispatch(Load::Fetch(url.clone()));
                let url = url.clone();
                yew::platform::spawn_local(async move {
                    let result = fetch_corpus(&url).await;
                    loading.dispatch(Load::Fetched(url, result));
                });
            }
        });
    }

    let status = match (&loading.pending, &loading.problem) {
        (Some(url), _) => Some(html! {
            <p class="px-notice" role="status">{ format!("Loading the corpus from {url}…") }</p>
        }),
        (None, Some(problem)) => Some(html! { <CorpusProblem problem={problem.clone()} /> }),
        (None, None) => None,
    };
    let view = match &loading.corpus {
        Some(corpus) => html! {
            <Reader
                key={loading.generation}
                corpus={Rc::clone(corpus)}
                options={props.options.clone()}
                status={status}
            />
        },
        None => html! {
            <div
                class={classes!("px-root", props.options.fills_window.then_some("px-fill"))}
                lang="en"
                dir="ltr"
                data-theme={props.options.theme.filter(|theme| *theme != Theme::Auto).map(Theme::name)}
            >
                <div class="px-app">
                    <h1 class="px-title">{ "Parallax" }</h1>
                    { status.unwrap_or_default() }
                </div>
            </div>
        },
    };
    let view = match props.first_layout {
        Some(hint) => html! {
            <ContextProvider<crate::components::LayoutHint> context={hint}>
                { view }
            </ContextProvider<crate::components::LayoutHint>>
        },
        None => view,
    };
    html! {
        <ContextProvider<Lifetime> context={props.options.lifetime.clone()}>
            { view }
        </ContextProvider<Lifetime>>
    }
}

#[derive(Properties, PartialEq)]
struct ReaderProps {
    corpus: Rc<Corpus>,
    options: Options,
    /// Loading or a problem with a newer corpus, shown above the reader.
    #[prop_or_default]
    status: Option<Html>,
}

/// Where the instance starts: the page's address (hash routing; the options
/// fill it when it is empty) or the options alone (memory routing).
fn start_path(options: &Options) -> String {
    let asked = options.start_path();
    match options.routing {
        Routing::Memory => asked.unwrap_or_else(|| "/".into()),
        Routing::Hash => {
            let location = gloo::utils::window().location();
            let hash = location.hash().unwrap_or_default();
            let current = hash.trim_start_matches('#');
            match asked {
                Some(asked) if current.is_empty() || current == "/" => {
                    replace_address(&format!("#{asked}"));
                    asked
                }
                _ if current.is_empty() => "/".into(),
                _ => current.to_string(),
            }
        }
    }
}

/// Replaces the page's current history entry with `address` (a `#/…`
/// hash), without telling the router.
fn replace_address(address: &str) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address));
    }
}

/// Runs `apply` when `value` (an option the host set) changes after the
/// first render; the first render already started from it.
#[hook]
fn use_host_change<T, F>(value: T, apply: F)
where
    T: PartialEq + Clone + 'static,
    F: FnOnce(&T) + 'static,
{
    let applied = use_mut_ref(|| value.clone());
    use_effect_with(value, move |value| {
        if *applied.borrow() != *value {
            *applied.borrow_mut() = value.clone();
            apply(value);
        }
    });
}

/// The outlet choice the reader starts with: a link's `outlets` wins over
/// the saved choice (and is not saved unless the reader changes it).
fn initial_selection(
    corpus: &Corpus,
    path: &str,
    store: &Store,
) -> (OutletSelection, Option<String>) {
    if let Some(shown) = ViewQuery::from_hash(path).outlets {
        return (OutletSelection::from_shown(corpus, shown.split(',')), None);
    }
    match store.load_hidden_outlets() {
        Saved::Nothing => (OutletSelection::all(), None),
        Saved::Value(hidden) => (
            OutletSelection::from_hidden(corpus, hidden.iter().map(String::as_str)),
            None,
        ),
        Saved::Unreadable(_) => (
            OutletSelection::all(),
            Some(
                "Your saved choice of outlets could not be read, so all outlets are shown. \
                 It will be replaced when you change the outlets."
                    .to_string(),
            ),
        ),
    }
}

const THEME_UNREADABLE: &str = "Your saved theme could not be read, so the system's is used. \
     It will be replaced when you pick a theme.";

#[component]
fn Reader(props: &ReaderProps) -> Html {
    let options = &props.options;
    let store = use_memo((), {
        let name = options.storage.clone();
        move |()| Store::new(name.as_deref())
    });
    let path = use_memo((), {
        let options = options.clone();
        move |()| start_path(&options)
    });
    let state = use_reducer({
        let corpus = Rc::clone(&props.corpus);
        let store = Rc::clone(&store);
        let path = Rc::clone(&path);
        let host_theme = options.theme;
        let host_corpus = options.src.is_some();
        move || {
            // Everything the reader should know about what was (not) restored.
            let mut notices: Vec<String> = Vec::new();
            if let Some(why) = store.unavailable() {
                notices.push(format!(
                    "This browser does not let Parallax keep your choices ({why}); they last \
                     until the page is closed."
                ));
            }
            let (selection, notice) = initial_selection(&corpus, &path, &store);
            notices.extend(notice);
            let saved_theme = match store.load_theme() {
                Saved::Value(name) => match Theme::from_name(&name) {
                    Some(theme) => Some(theme),
                    None => {
                        notices.push(THEME_UNREADABLE.into());
                        None
                    }
                },
                Saved::Nothing => None,
                Saved::Unreadable(_) => {
                    notices.push(THEME_UNREADABLE.into());
                    None
                }
            };
            let theme = host_theme.or(saved_theme).unwrap_or_default();
            let imports = match store.load_imports() {
                Saved::Nothing => parallax_core::import::empty(),
                Saved::Value(imports) => imports,
                Saved::Unreadable(error) => {
                    notices.push(format!(
                        "Your imported articles could not be read ({error}); they are kept in \
                         storage until you import again."
                    ));
                    parallax_core::import::empty()
                }
            };
            let review = match store.load_review() {
                Saved::Nothing => Vec::new(),
                Saved::Value(review) => review,
                Saved::Unreadable(error) => {
                    notices.push(format!(
                        "Your checks of what Parallax found could not be read ({error}); they \
                         are kept in storage until you check something again."
                    ));
                    Vec::new()
                }
            };
            let notice = (!notices.is_empty()).then(|| notices.join(" "));
            let mut state = ReaderState::new(corpus, imports, selection, notice, theme);
            state.persists = store.persists();
            state.host_corpus = host_corpus;
            state.with_review(review)
        }
    });
    let check_focus = use_memo((), |()| CheckFocus::default());
    let reader = ReaderHandle::new(state.clone(), (*check_focus).clone());
    let view_focus = use_memo((), |()| ViewFocus::default());
    // A new index whenever the corpus changes (imports).
    let match_index = use_memo(state.work_revision, |_| LazyIndex::default());
    // Memory routing keeps one history for the life of the instance.
    let history = use_memo((), {
        let path = Rc::clone(&path);
        move |()| {
            let history = MemoryHistory::new();
            let (route, query) = split_path(&path);
            if query == ViewQuery::default() {
                history.replace(route.to_path());
            } else {
                let _ = history.replace_with_query(route.to_path(), query);
            }
            AnyHistory::from(history)
        }
    });

    // Save the imports when the reader changes them, never before.
    {
        let reader = reader.clone();
        let store = Rc::clone(&store);
        use_effect_with(state.imports_revision, move |revision| {
            if *revision > 0 {
                if let Err(error) = store.save_imports(&reader.state().imports) {
                    reader.notice(Some(format!(
                        "Your imported articles could not be saved for next time ({error})."
                    )));
                }
            }
        });
    }

    // Save the reader's checks when they change, never before.
    {
        let reader = reader.clone();
        let store = Rc::clone(&store);
        use_effect_with(state.review_revision, move |revision| {
            if *revision > 0 {
                if let Err(error) = store.save_review(&reader.state().review) {
                    reader.notice(Some(format!(
                        "Your checks could not be saved for next time ({error})."
                    )));
                }
            }
        });
    }

    // The claim engine reads what the reader or host brought, one step per
    // task (never more than one article's work, a few milliseconds), with
    // progress and a way to stop. A new input (imports changed, a claim made
    // from a sentence) stops the run for the old one.
    {
        let reader = reader.clone();
        use_effect_with(state.work_revision, move |revision| {
            let revision = *revision;
            let stop = Rc::new(std::cell::Cell::new(false));
            let corpus = Rc::clone(&reader.state().engine_input);
            let brought: Vec<String> = reader
                .state()
                .brought_ids()
                .into_iter()
                .map(str::to_string)
                .collect();
            let flag = Rc::clone(&stop);
            yew::platform::spawn_local(async move {
                let brought: Vec<&str> = brought.iter().map(String::as_str).collect();
                let mut run = parallax_core::engine::run::Run::suggesting(&corpus, &brought);
                if run.is_done() {
                    return;
                }
                loop {
                    let (done, total) = run.steps(&corpus);
                    reader.engine_progress(revision, done, total, Rc::clone(&flag));
                    // Give the browser back between steps.
                    gloo::timers::future::TimeoutFuture::new(0).await;
                    if flag.get() {
                        reader.engine_stopped(revision);
                        return;
                    }
                    if !run.step(&corpus) {
                        break;
                    }
                }
                let found = run.found_count();
                if let Ok(next) = run.finish(&corpus) {
                    reader.engine_done(revision, Rc::new(next), found);
                }
            });
            move || stop.set(true)
        });
    }

    // Save the choice when the reader changes it, never before: a saved value
    // that could not be read is not overwritten until then. Saved after the
    // toggle's frame is painted (`defer.rs`), or at the next toggle or
    // unmount if that comes first.
    {
        let reader = reader.clone();
        let store = Rc::clone(&store);
        use_effect_with(state.selection_revision, move |revision| {
            let pending = (*revision > 0).then(|| {
                crate::defer::after_paint(move || {
                    if let Err(error) = store.save_hidden_outlets(reader.state().selection.hidden())
                    {
                        reader.notice(Some(format!(
                            "Your choice of outlets could not be saved for next time ({error})."
                        )));
                    }
                })
            });
            move || drop(pending)
        });
    }

    // The theme is saved once the reader picks one.
    {
        let reader = reader.clone();
        let store = Rc::clone(&store);
        use_effect_with(
            (state.theme, state.theme_revision),
            move |(theme, revision)| {
                if *revision > 0 && store.save_theme(theme.name()).is_err() {
                    reader.notice(Some("Your theme could not be saved for next time.".into()));
                }
            },
        );
    }

    // A host that changes the theme after mount is obeyed (not saved).
    {
        let reader = reader.clone();
        use_host_change(options.theme, move |theme| {
            reader.host_theme(theme.unwrap_or_default());
        });
    }

    let shell = html! { <Shell options={options.clone()} status={props.status.clone()} /> };
    let router = match options.routing {
        Routing::Hash => html! { <HashRouter>{ shell }</HashRouter> },
        Routing::Memory => html! { <Router history={(*history).clone()}>{ shell }</Router> },
    };
    html! {
        <div
            class={classes!("px-root", options.fills_window.then_some("px-fill"))}
            lang="en"
            dir="ltr"
            data-theme={(state.theme != Theme::Auto).then(|| state.theme.name())}
        >
            <ContextProvider<ReaderHandle> context={reader.clone()}>
            <ContextProvider<ClaimsReader> context={ClaimsReader::new(reader)}>
                <ContextProvider<ViewFocus> context={(*view_focus).clone()}>
                    <ContextProvider<LazyIndex> context={(*match_index).clone()}>
                        <ContextProvider<CheckFocus> context={(*check_focus).clone()}>
                            { router }
                        </ContextProvider<CheckFocus>>
                    </ContextProvider<LazyIndex>>
                </ContextProvider<ViewFocus>>
            </ContextProvider<ClaimsReader>>
            </ContextProvider<ReaderHandle>>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    options: Options,
    #[prop_or_default]
    status: Option<Html>,
}

/// Everything inside the router: header, search, outlets, view tabs, the
/// current view.
#[component]
fn Shell(props: &ShellProps) -> Html {
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

    // Keep the address a link to what is shown when the outlets change. The
    // page's history entry is replaced directly, not through the router: the
    // router would re-render every view for an address that only catches up
    // with the state (a second render per toggle, BENCHMARKS.md). An
    // embedded instance's address is its own memory, which no reader sees.
    {
        let route = route.clone();
        let query = query.clone();
        let outlets = state.selection.shown_for_link(&state.corpus);
        let routing = props.options.routing;
        use_effect_with(state.selection_revision, move |revision| {
            // After the toggle's frame is painted, like the save above; not
            // at all if the reader went elsewhere in between (a tab, Back):
            // the address is then theirs, and replacing it would undo that.
            let pending = (*revision > 0 && routing == Routing::Hash).then(|| {
                let hash = || gloo::utils::window().location().hash().ok();
                let before = hash();
                crate::defer::after_paint(move || {
                    let next = ViewQuery { outlets, ..query };
                    let address = crate::components::href(&route, &next);
                    let now = hash();
                    if now == before && now.as_deref() != Some(&address) {
                        replace_address(&address);
                    }
                })
            });
            move || drop(pending)
        });
    }

    // The first view is on screen: the mark benchmarks and hosts wait for.
    use_effect_with((), |()| crate::timing::mark_ready());

    // A host that asks for another view or other outlets after mount.
    {
        let navigator = navigator.clone();
        use_host_change(props.options.start_path(), move |asked| {
            if let Some(navigator) = &navigator {
                let (route, query) = split_path(asked.as_deref().unwrap_or("/"));
                crate::components::navigate(navigator, &route, &query);
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
                        { tagline_counts(corpus) }
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
            { props.status.clone().unwrap_or_default() }
            if let Some(notice) = &state.notice {
                <p class="px-notice" role="status">{ notice }</p>
            }
            { engine_status(&state.engine) }
            <OutletToggles />
            <ViewTabs route={route.clone()} />
            <div class="px-view">
                { switch(route, query) }
            </div>
        </div>
    }
}

/// The claim engine's run, as a status line: progress with a Stop button
/// while it reads, then what it found (or that it was stopped).
fn engine_status(engine: &Engine) -> Html {
    match engine {
        Engine::Idle => Html::default(),
        Engine::Reading { done, total, stop } => {
            let onclick = {
                let stop = Rc::clone(stop);
                Callback::from(move |_| stop.set(true))
            };
            html! {
                <div class="px-engine-note px-engine" role="status">
                    <label for="px-engine-progress">{ "Parallax is reading the articles for the claims" }</label>
                    <progress id="px-engine-progress" max={total.to_string()} value={done.to_string()}>
                        { format!("{done} of {total}") }
                    </progress>
                    <button type="button" {onclick}>{ "Stop reading" }</button>
                </div>
            }
        }
        Engine::Stopped => html! {
            <p class="px-engine-note" role="status">
                { "Parallax stopped reading. Articles it did not read say “not checked yet”." }
            </p>
        },
        Engine::Finished {
            found: 0,
            suggested,
        } if *suggested > 0 => html! {
            <p class="px-engine-note" role="status">
                { if *suggested == 1 {
                    "Parallax read the articles brought here and suggests 1 claim, listed under “Suggested by Parallax”.".to_string()
                } else {
                    format!("Parallax read the articles brought here and suggests {suggested} claims, listed under “Suggested by Parallax”.")
                } }
            </p>
        },
        Engine::Finished { found, suggested } => html! {
            <p class="px-engine-note" role="status">
                { match found {
                    0 => "Parallax read the articles no one had checked for these claims and found nothing for them.".to_string(),
                    1 => "Parallax read the articles no one had checked for these claims and found 1 statement, marked “Found by Parallax, not checked”.".to_string(),
                    n => format!("Parallax read the articles no one had checked for these claims and found {n} statements, marked “Found by Parallax, not checked”."),
                } }
                { match suggested {
                    0 => String::new(),
                    1 => " It also suggests 1 claim, listed under “Suggested by Parallax”.".to_string(),
                    n => format!(" It also suggests {n} claims, listed under “Suggested by Parallax”."),
                } }
            </p>
        },
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
    problem: Problem,
}

/// Why a corpus is not shown, inside the widget.
#[component]
fn CorpusProblem(props: &CorpusProblemProps) -> Html {
    html! {
        <div class="px-problem" role="alert">
            <strong>{ props.problem.title.clone() }</strong>
            if !props.problem.details.is_empty() {
                <ul>
                    for detail in &props.problem.details {
                        <li>{ detail }</li>
                    }
                </ul>
            }
        </div>
    }
}

/// "22 claims, 5 articles, 4 outlets." (claims people stand behind; the
/// engine's suggestions are counted where they are listed), each noun in
/// the singular for one.
fn tagline_counts(corpus: &parallax_core::Corpus) -> String {
    let count =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let claims = corpus
        .claims()
        .iter()
        .filter(|c| c.origin != parallax_core::claim::Origin::Found)
        .count();
    format!(
        "{}, {}, {}.",
        count(claims, "claim", "claims"),
        count(corpus.articles().len(), "article", "articles"),
        count(corpus.outlets().len(), "outlet", "outlets")
    )
}

#[cfg(test)]
mod tests {
    use super::tagline_counts;
    use parallax_core::Corpus;

    #[test]
    fn the_tagline_counts_in_the_singular_for_one() {
        let bundled = Corpus::parse_bundled().unwrap();
        assert_eq!(
            tagline_counts(&bundled),
            "22 claims, 5 articles, 4 outlets."
        );
        let one = serde_json::json!({
            "format": 1,
            "outlets": [{ "id": "desk", "name": "Desk" }],
            "articles": [{
                "id": "one", "outlet": "desk",
                "outlet_attribution": { "provenance": "stated" },
                "headline": { "value": "One report", "provenance": "stated" },
                "blocks": [{ "kind": "paragraph", "text": "Nothing much happened." }]
            }]
        });
        let one = Corpus::parse(&one.to_string()).unwrap();
        assert_eq!(tagline_counts(&one), "0 claims, 1 article, 1 outlet.");
    }
}
