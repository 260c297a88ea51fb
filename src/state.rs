//! The reader's state and the only way to change it: a pure reducer with
//! intents, reached from components through [`use_reader`]. Storage is
//! written by an effect in `app.rs`, never from here.

use std::rc::Rc;

use parallax_core::claim::{ClaimId, ClaimKind};
use parallax_core::{Corpus, OutletId, OutletSelection, Status};
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct ReaderState {
    pub corpus: Rc<Corpus>,
    pub selection: OutletSelection,
    /// Bumped by every change the reader makes to the selection; the
    /// storage effect saves on a change and not before.
    pub selection_revision: u32,
    pub status_filter: Option<Status>,
    pub kind_filter: Option<ClaimKind>,
    /// The quote (claim and stance index) the reader last followed, to
    /// return to.
    pub return_to: Option<(ClaimId, usize)>,
    /// Something the reader should know (a saved choice that could not be
    /// read, storage that failed).
    pub notice: Option<String>,
}

impl ReaderState {
    pub fn new(corpus: Rc<Corpus>, selection: OutletSelection, notice: Option<String>) -> Self {
        Self {
            corpus,
            selection,
            selection_revision: 0,
            status_filter: None,
            kind_filter: None,
            return_to: None,
            notice,
        }
    }
}

pub enum Intent {
    ToggleOutlet(OutletId),
    OnlyOutlet(OutletId),
    ShowAllOutlets,
    FilterStatus(Option<Status>),
    FilterKind(Option<ClaimKind>),
    ReturnTo(ClaimId, usize),
    Notice(Option<String>),
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
            Intent::FilterStatus(status) => next.status_filter = status,
            Intent::FilterKind(kind) => next.kind_filter = kind,
            Intent::ReturnTo(claim, stance) => next.return_to = Some((claim, stance)),
            Intent::Notice(notice) => next.notice = notice,
        }
        if next == *self { self } else { Rc::new(next) }
    }
}

/// The reader's state and intents, for components.
#[derive(Clone, PartialEq)]
pub struct ReaderHandle(UseReducerHandle<ReaderState>);

impl ReaderHandle {
    pub fn new(handle: UseReducerHandle<ReaderState>) -> Self {
        Self(handle)
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

    pub fn filter_status(&self, status: Option<Status>) {
        self.0.dispatch(Intent::FilterStatus(status));
    }

    pub fn filter_kind(&self, kind: Option<ClaimKind>) {
        self.0.dispatch(Intent::FilterKind(kind));
    }

    pub fn return_to(&self, claim: ClaimId, stance: usize) {
        self.0.dispatch(Intent::ReturnTo(claim, stance));
    }

    pub fn notice(&self, notice: Option<String>) {
        self.0.dispatch(Intent::Notice(notice));
    }
}

/// The reader context; panics outside `<ContextProvider<ReaderHandle>>`,
/// which `App` always provides.
#[hook]
pub fn use_reader() -> ReaderHandle {
    use_context::<ReaderHandle>().expect("components are rendered inside the reader context")
}
