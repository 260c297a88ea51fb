//! The reader's state and the only way to change it: a pure reducer with
//! intents, reached from components through [`use_reader`]. Storage is
//! written by an effect in `app.rs`, never from here. What defines a view
//! (filters, search) lives in the URL, not here.

use std::rc::Rc;

use parallax_core::claim::ClaimId;
use parallax_core::import::{self, PastedArticle};
use parallax_core::page::{Found, PageArticle};
use parallax_core::review::{self, Decision};
use parallax_core::wire::CorpusRecord;
use parallax_core::{Corpus, OutletId, OutletSelection};
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct ReaderState {
    /// What the reader sees and downloads: the engine's output with the
    /// reader's decisions applied (`review::apply`).
    pub corpus: Rc<Corpus>,
    /// The bundled (or host's) corpus with the reader's imports merged in.
    pub merged: Rc<Corpus>,
    /// What the engine reads: `merged` with the claims the reader made from
    /// sentences (`review::prepare`).
    pub engine_input: Rc<Corpus>,
    /// The engine's result over `engine_input`, or `engine_input` itself
    /// until its run finishes.
    pub engine_output: Rc<Corpus>,
    /// Bumped whenever `engine_input` changes: a run for an older one is
    /// ignored.
    pub work_revision: u32,
    /// The reader's decisions on what the engine found, in order.
    pub review: Vec<Decision>,
    /// Bumped by every change to `review`; saved on a change only.
    pub review_revision: u32,
    /// The corpus is a host's (`src`): every article was brought, so the
    /// engine suggests claims from all of them (else from imports only).
    pub host_corpus: bool,
    /// The bundled corpus alone.
    pub bundled: Rc<Corpus>,
    /// The reader's imported articles, as a format-1 document.
    pub imports: CorpusRecord,
    /// Bumped by every change to the imports; saved on a change only.
    pub imports_revision: u32,
    pub selection: OutletSelection,
    /// Bumped by every change the reader makes to the selection; the
    /// storage effect saves on a change and not before.
    pub selection_revision: u32,
    /// The quote (claim and stance index) the reader last followed, to
    /// return to.
    pub return_to: Option<(ClaimId, usize)>,
    /// Something the reader should know (a saved choice that could not be
    /// read, storage that failed).
    pub notice: Option<String>,
    pub theme: Theme,
    /// Bumped when the reader picks a theme; saved on a change only.
    pub theme_revision: u32,
    /// Whether the reader's choices and imports outlive the page (an
    /// embedded instance keeps them only if its host names it).
    pub persists: bool,
    /// The claim engine's run over what the reader or host brought.
    pub engine: Engine,
}

/// Where the claim engine's run over the current corpus stands. Its
/// results replace the corpus when it finishes; until then the comparison
/// says "not checked yet" for articles no one has read.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Engine {
    /// Nothing to read, or not started.
    #[default]
    Idle,
    /// Reading: steps done and in all, and the flag that stops it.
    Reading {
        done: usize,
        total: usize,
        stop: Rc<std::cell::Cell<bool>>,
    },
    /// The reader stopped it.
    Stopped,
    /// Finished, with how many statements it found for the claims, and how
    /// many claims it suggests.
    Finished { found: usize, suggested: usize },
}

/// Light, dark, or whatever the system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn name(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Auto => "As the system",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|theme| theme.name() == name)
    }
}

impl ReaderState {
    pub fn new(
        bundled: Rc<Corpus>,
        imports: CorpusRecord,
        selection: OutletSelection,
        notice: Option<String>,
        theme: Theme,
    ) -> Self {
        // Imports that do not merge (saved by another version, say) are left
        // out, and the reader is told; they stay saved until replaced.
        let (merged, imports, notice) = match import::merge(&bundled, &imports) {
            Ok(corpus) => (Rc::new(corpus), imports, notice),
            Err(errors) => (
                Rc::clone(&bundled),
                import::empty(),
                Some(format!(
                    "Your imported articles could not be loaded ({}); they are kept but not shown.",
                    errors[0]
                )),
            ),
        };
        let mut state = Self {
            corpus: Rc::clone(&merged),
            engine_input: Rc::clone(&merged),
            engine_output: Rc::clone(&merged),
            merged,
            work_revision: 0,
            review: Vec::new(),
            review_revision: 0,
            host_corpus: false,
            bundled,
            imports,
            imports_revision: 0,
            selection,
            selection_revision: 0,
            return_to: None,
            notice,
            theme,
            theme_revision: 0,
            persists: true,
            engine: Engine::Idle,
        };
        state.refresh(true);
        state
    }

    /// Starts from saved decisions (not counted as a change).
    pub fn with_review(mut self, review: Vec<Decision>) -> Self {
        self.review = review;
        self.refresh(true);
        self
    }

    /// Recomputes what depends on `merged`, the review and the engine's
    /// output. `input_changed`: the engine's input must be prepared again
    /// (and the engine run again).
    fn refresh(&mut self, input_changed: bool) {
        if input_changed {
            // Without composed claims the input is `merged` itself: no copy,
            // no comparison (this runs at start-up).
            let composes = self
                .review
                .iter()
                .any(|d| matches!(d, Decision::Compose { .. }));
            let input = if composes {
                Rc::new(review::prepare(&self.merged, &self.review))
            } else {
                Rc::clone(&self.merged)
            };
            let same = Rc::ptr_eq(&input, &self.engine_input) || *input == *self.engine_input;
            if !same || self.work_revision == 0 {
                self.engine_input = input;
                self.engine_output = Rc::clone(&self.engine_input);
                self.work_revision += 1;
                self.engine = Engine::Idle;
            }
        }
        if self.review.is_empty() {
            self.corpus = Rc::clone(&self.engine_output);
            return;
        }
        self.corpus = match review::apply(&self.engine_output, &self.review) {
            Ok(applied) if applied.corpus == *self.engine_output => Rc::clone(&self.engine_output),
            Ok(applied) => Rc::new(applied.corpus),
            Err(_) => Rc::clone(&self.engine_output),
        };
    }

    /// The reader's decision about a claim itself (accept, dismiss,
    /// compose), if any.
    pub fn claim_decision(&self, claim: &str) -> Option<&Decision> {
        self.review
            .iter()
            .find(|d| review::target(d) == (claim, None, None))
    }

    /// The reader's decision that leaves this stance shown (confirmed, or
    /// chosen), or that rejected this sentence, if any.
    pub fn stance_decision(&self, claim: &str, article: &str, quote: &str) -> Option<&Decision> {
        self.review.iter().find(|d| {
            let (c, a, _) = review::target(d);
            c == claim && a == Some(article) && review::shown_quote(d) == Some(quote)
        })
    }

    /// The ids of the articles the engine suggests claims from: a host's
    /// whole corpus, else the reader's imports.
    pub fn brought_ids(&self) -> Vec<&str> {
        if self.host_corpus {
            self.merged
                .articles()
                .iter()
                .map(|a| a.id.as_str())
                .collect()
        } else {
            self.imported_ids()
        }
    }
}

pub enum Intent {
    ToggleOutlet(OutletId),
    OnlyOutlet(OutletId),
    ShowAllOutlets,
    ReturnTo(ClaimId, usize),
    Notice(Option<String>),
    Theme(Theme),
    /// The host's theme, set after mount; not saved.
    HostTheme(Theme),
    /// Outlets named by a link (comma-separated ids); not saved.
    LinkedOutlets(String),
    ImportPasted(PastedArticle),
    ImportDocument(Rc<Corpus>),
    /// An article read from a saved page: the article, its outlet, and the
    /// file's name (the headline when the page has none).
    ImportRead(Rc<(PageArticle, Found<String>, String)>),
    RemoveImported(String),
    /// The engine's run for imports revision `u32` progressed.
    EngineProgress(u32, usize, usize, Rc<std::cell::Cell<bool>>),
    /// The engine's run for a revision finished: the corpus with its
    /// results, and how many statements it found.
    EngineDone(u32, Rc<Corpus>, usize),
    /// The reader stopped the run for a revision.
    EngineStopped(u32),
    /// A decision on what the engine found (replacing any earlier one
    /// about the same thing).
    Decide(Decision),
    /// Undoes a decision (removes it from the list).
    Undo(Decision),
}

impl ReaderState {
    /// The ids of the reader's imported articles (for `agreement::absence`:
    /// no editor has read them).
    pub fn imported_ids(&self) -> Vec<&str> {
        self.imports
            .articles
            .iter()
            .map(|a| a.id.as_str())
            .collect()
    }

    /// Takes new imports if they merge with the bundled corpus; otherwise
    /// keeps everything as it was and says why.
    fn apply_imports(&mut self, result: Result<CorpusRecord, String>, done: &str) {
        let merged = result.and_then(|imports| {
            import::merge(&self.bundled, &imports)
                .map(|corpus| (corpus, imports))
                .map_err(|errors| {
                    let list: Vec<String> =
                        errors.iter().take(5).map(ToString::to_string).collect();
                    format!("Nothing was imported: {}", list.join("; "))
                })
        });
        match merged {
            Ok((corpus, imports)) => {
                self.merged = Rc::new(corpus);
                self.imports = imports;
                self.imports_revision += 1;
                self.refresh(true);
                self.notice = Some(done.to_string());
            }
            Err(message) => self.notice = Some(message),
        }
    }
}

impl Reducible for ReaderState {
    type Action = Intent;

    fn reduce(self: Rc<Self>, intent: Intent) -> Rc<Self> {
        let mut next = (*self).clone();
        match intent {
            Intent::ToggleOutlet(outlet) => {
                next.selection.toggle(&next.corpus, &outlet);
                next.selection_revision += 1;
            }
            Intent::OnlyOutlet(outlet) => {
                next.selection.only(&next.corpus, &outlet);
                next.selection_revision += 1;
            }
            Intent::ShowAllOutlets => {
                next.selection.show_all();
                next.selection_revision += 1;
            }
            Intent::ReturnTo(claim, stance) => next.return_to = Some((claim, stance)),
            Intent::Notice(notice) => next.notice = notice,
            Intent::ImportPasted(pasted) => {
                let taken = import::ids(&next.corpus);
                let result = import::add_pasted(&next.imports, &pasted, &taken);
                next.apply_imports(result, &format!("Imported “{}”.", pasted.headline.trim()));
            }
            Intent::ImportDocument(document) => {
                let taken = import::ids(&next.corpus);
                let result = import::add_document(&next.imports, &document, &taken);
                let count = document.articles().len();
                next.apply_imports(
                    result,
                    &format!(
                        "Imported {count} article{} from the file.",
                        if count == 1 { "" } else { "s" }
                    ),
                );
            }
            Intent::ImportRead(read) => {
                let (article, outlet, name) = &*read;
                let taken = import::ids(&next.corpus);
                let result = import::add_read(&next.imports, article, outlet, name, &taken);
                let headline = article
                    .headline
                    .as_ref()
                    .map_or(name.as_str(), |h| h.value.as_str());
                next.apply_imports(result, &format!("Imported “{headline}”."));
            }
            Intent::RemoveImported(article) => {
                let result = Ok(import::remove(&next.imports, &article));
                next.apply_imports(result, "Removed the imported article.");
            }
            Intent::LinkedOutlets(shown) => {
                next.selection = OutletSelection::from_shown(&next.corpus, shown.split(','));
            }
            Intent::Theme(theme) => {
                next.theme = theme;
                next.theme_revision += 1;
            }
            Intent::HostTheme(theme) => next.theme = theme,
            // A run for an older corpus is ignored.
            Intent::EngineProgress(revision, done, total, stop) => {
                if revision == next.work_revision {
                    next.engine = Engine::Reading { done, total, stop };
                }
            }
            Intent::EngineDone(revision, corpus, found) => {
                if revision == next.work_revision {
                    let suggested = corpus
                        .claims()
                        .iter()
                        .filter(|c| c.origin == parallax_core::claim::Origin::Found)
                        .count();
                    next.engine_output = corpus;
                    next.engine = Engine::Finished { found, suggested };
                    next.refresh(false);
                }
            }
            Intent::EngineStopped(revision) => {
                if revision == next.work_revision {
                    next.engine = Engine::Stopped;
                }
            }
            Intent::Decide(decision) => {
                let composes = matches!(decision, Decision::Compose { .. });
                next.review = review::add(&next.review, decision);
                next.review_revision += 1;
                next.refresh(composes);
            }
            Intent::Undo(decision) => {
                let before = next.review.len();
                let composes = matches!(decision, Decision::Compose { .. });
                next.review.retain(|d| *d != decision);
                if next.review.len() != before {
                    next.review_revision += 1;
                    next.refresh(composes);
                }
            }
        }
        if next == *self { self } else { Rc::new(next) }
    }
}

/// The reader's state and intents, for components.
#[derive(Clone, PartialEq)]
pub struct ReaderHandle(UseReducerHandle<ReaderState>, CheckFocus);

impl ReaderHandle {
    pub fn new(handle: UseReducerHandle<ReaderState>, focus: CheckFocus) -> Self {
        Self(handle, focus)
    }

    pub fn state(&self) -> &ReaderState {
        &self.0
    }

    pub fn toggle_outlet(&self, outlet: OutletId) {
        self.0.dispatch(Intent::ToggleOutlet(outlet));
    }

    pub fn only_outlet(&self, outlet: OutletId) {
        self.0.dispatch(Intent::OnlyOutlet(outlet));
    }

    pub fn show_all_outlets(&self) {
        self.0.dispatch(Intent::ShowAllOutlets);
    }

    pub fn return_to(&self, claim: ClaimId, stance: usize) {
        self.0.dispatch(Intent::ReturnTo(claim, stance));
    }

    pub fn engine_progress(
        &self,
        revision: u32,
        done: usize,
        total: usize,
        stop: Rc<std::cell::Cell<bool>>,
    ) {
        self.0
            .dispatch(Intent::EngineProgress(revision, done, total, stop));
    }

    pub fn engine_done(&self, revision: u32, corpus: Rc<Corpus>, found: usize) {
        self.0.dispatch(Intent::EngineDone(revision, corpus, found));
    }

    pub fn engine_stopped(&self, revision: u32) {
        self.0.dispatch(Intent::EngineStopped(revision));
    }

    /// Records a decision; focus then goes to the control that shows it
    /// (see [`use_check_focus`]).
    pub fn decide(&self, decision: Decision) {
        self.1.request(&decision);
        self.0.dispatch(Intent::Decide(decision));
    }

    /// Undoes a decision; focus goes back to what it was about.
    pub fn undo(&self, decision: Decision) {
        self.1.request(&decision);
        self.0.dispatch(Intent::Undo(decision));
    }

    pub fn notice(&self, notice: Option<String>) {
        self.0.dispatch(Intent::Notice(notice));
    }

    pub fn import_pasted(&self, pasted: PastedArticle) {
        self.0.dispatch(Intent::ImportPasted(pasted));
    }

    pub fn import_document(&self, document: Corpus) {
        self.0.dispatch(Intent::ImportDocument(Rc::new(document)));
    }

    /// Imports an article read from a saved page (see `page_dom`).
    pub fn import_read(&self, article: PageArticle, outlet: Found<String>, name: String) {
        self.0
            .dispatch(Intent::ImportRead(Rc::new((article, outlet, name))));
    }

    pub fn remove_imported(&self, article: String) {
        self.0.dispatch(Intent::RemoveImported(article));
    }

    pub fn show_linked_outlets(&self, shown: String) {
        self.0.dispatch(Intent::LinkedOutlets(shown));
    }

    pub fn theme(&self, theme: Theme) {
        self.0.dispatch(Intent::Theme(theme));
    }

    pub fn host_theme(&self, theme: Theme) {
        self.0.dispatch(Intent::HostTheme(theme));
    }
}

/// The reader context; panics outside `<ContextProvider<ReaderHandle>>`,
/// which `App` always provides. A component that reads it renders again
/// at every change of the reader's state (an outlet toggled, an engine
/// step): what shows claims reads [`use_claims_reader`] instead.
#[hook]
pub fn use_reader() -> ReaderHandle {
    use_context::<ReaderHandle>().expect("components are rendered inside the reader context")
}

/// The reader as what shows claims sees it (a stance, an empty cell, a
/// claim's origin, a suggestion): equal while the corpus shown and the
/// reader's checks stay the same, so toggling an outlet, changing the
/// theme or an engine step renders none of them again (issue 17: toggle
/// within a frame). It keeps what it is compared by (the corpus and the
/// revision of the checks) and the handle, whose `state()` is always the
/// reducer's current state (Yew's reducer handles share it), so an event
/// handler reads the outlets shown at the time of the event.
#[derive(Clone)]
pub struct ClaimsReader {
    handle: ReaderHandle,
    corpus: Rc<Corpus>,
    review_revision: u32,
}

impl ClaimsReader {
    /// The claims' view of `handle`'s state as it is now.
    pub fn new(handle: ReaderHandle) -> Self {
        let state = handle.state();
        Self {
            corpus: Rc::clone(&state.corpus),
            review_revision: state.review_revision,
            handle,
        }
    }
}

impl PartialEq for ClaimsReader {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.corpus, &other.corpus)
            && self.review_revision == other.review_revision
            && self.handle.1 == other.handle.1
    }
}

/// The reader for components that show claims (see [`ClaimsReader`]);
/// panics outside its provider, which `Reader` always renders.
#[hook]
pub fn use_claims_reader() -> ReaderHandle {
    use_context::<ClaimsReader>()
        .expect("components are rendered inside the reader context")
        .handle
}

/// Whether the app has shown its first view: focus moves to a view's heading
/// on route changes, not when the page first loads.
#[derive(Clone, Default)]
pub struct ViewFocus(std::rc::Rc<std::cell::Cell<bool>>);

impl PartialEq for ViewFocus {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Focuses `heading` when its view is shown after a route change.
#[hook]
pub fn use_view_focus(heading: NodeRef) {
    let focus = use_context::<ViewFocus>().unwrap_or_default();
    use_effect_with((), move |()| {
        if focus.0.replace(true) {
            if let Some(heading) = heading.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        }
    });
}

/// The matching index, built the first time a reader asks how other outlets
/// report a sentence (not at start-up).
#[derive(Clone, Default)]
pub struct LazyIndex(
    std::rc::Rc<std::cell::OnceCell<std::rc::Rc<parallax_core::matching::MatchIndex>>>,
);

impl PartialEq for LazyIndex {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl LazyIndex {
    pub fn get(&self, corpus: &Corpus) -> std::rc::Rc<parallax_core::matching::MatchIndex> {
        std::rc::Rc::clone(self.0.get_or_init(|| {
            crate::timing::measure("parallax:match-index", || {
                std::rc::Rc::new(parallax_core::matching::MatchIndex::build(corpus))
            })
        }))
    }
}

/// The lazily built matching index.
#[hook]
pub fn use_match_index() -> LazyIndex {
    use_context::<LazyIndex>().unwrap_or_default()
}

/// Where focus goes after a check: the reader's decision replaces the
/// control that made it (a stance becomes checked, a cell empty), so the
/// component now showing that claim, article and sentence takes focus to
/// its first button. One per instance, provided by `Reader`.
#[derive(Clone, Default)]
pub struct CheckFocus(Rc<std::cell::RefCell<Option<Key>>>);

/// A claim, an article of it and a sentence (quote); `None` parts are the
/// claim itself, or, in a component's keys, any sentence.
pub type Key = (String, Option<String>, Option<String>);

impl PartialEq for CheckFocus {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl CheckFocus {
    /// Asks the component showing what `decision` is about to take focus.
    pub fn request(&self, decision: &Decision) {
        let (claim, article, _) = review::target(decision);
        let quote = review::shown_quote(decision);
        *self.0.borrow_mut() = Some((
            claim.to_string(),
            article.map(str::to_string),
            quote.map(str::to_string),
        ));
    }
}

/// After every render, if focus was asked for one of `keys` (a key whose
/// quote is `None` answers for every sentence of its article), focuses the
/// first button or field inside `within`.
#[hook]
pub fn use_check_focus(keys: Vec<Key>, within: NodeRef) {
    let focus = use_context::<CheckFocus>().unwrap_or_default();
    use_effect(move || {
        let wanted = focus.0.borrow().as_ref().is_some_and(|asked| {
            keys.iter().any(|key| {
                key.0 == asked.0 && key.1 == asked.1 && (key.2.is_none() || key.2 == asked.2)
            })
        });
        if wanted {
            let button = within
                .cast::<web_sys::Element>()
                .and_then(|el| el.query_selector("button, input").ok().flatten())
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
            if let Some(button) = button {
                let _ = button.focus();
                focus.0.borrow_mut().take();
            }
        }
    });
}
