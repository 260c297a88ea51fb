//! Which outlets the reader has chosen to see. Stored as the set of *hidden*
//! outlets, so an outlet the reader has never heard of (a new corpus, an
//! import) starts out shown.

use std::collections::BTreeSet;

use crate::corpus::{Corpus, OutletId};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutletSelection {
    hidden: BTreeSet<OutletId>,
}

impl OutletSelection {
    /// Everything shown.
    pub fn all() -> Self {
        Self::default()
    }

    /// Restores a selection from hidden outlet ids (as stored), keeping only
    /// ids the corpus knows, and never hiding every outlet.
    pub fn from_hidden<'a>(corpus: &Corpus, hidden: impl IntoIterator<Item = &'a str>) -> Self {
        let hidden: BTreeSet<OutletId> = hidden
            .into_iter()
            .filter_map(|id| corpus.outlets().iter().find(|o| o.id.as_str() == id))
            .map(|outlet| outlet.id.clone())
            .collect();
        if hidden.len() >= corpus.outlets().len() {
            return Self::all();
        }
        Self { hidden }
    }

    /// Shows exactly these outlets (from a link), keeping only ids the
    /// corpus knows; with none known, everything is shown.
    pub fn from_shown<'a>(corpus: &Corpus, shown: impl IntoIterator<Item = &'a str>) -> Self {
        let shown: BTreeSet<&str> = shown.into_iter().collect();
        let hidden: BTreeSet<OutletId> = corpus
            .outlets()
            .iter()
            .filter(|outlet| !shown.contains(outlet.id.as_str()))
            .map(|outlet| outlet.id.clone())
            .collect();
        if hidden.len() >= corpus.outlets().len() {
            return Self::all();
        }
        Self { hidden }
    }

    /// The shown outlet ids, in corpus order, for links; `None` when all are
    /// shown.
    pub fn shown_for_link(&self, corpus: &Corpus) -> Option<String> {
        if self.hidden.is_empty() {
            return None;
        }
        let shown: Vec<&str> = corpus
            .outlets()
            .iter()
            .filter(|outlet| self.is_shown(&outlet.id))
            .map(|outlet| outlet.id.as_str())
            .collect();
        Some(shown.join(","))
    }

    /// The hidden outlet ids, for storage.
    pub fn hidden(&self) -> impl Iterator<Item = &str> {
        self.hidden.iter().map(OutletId::as_str)
    }

    pub fn is_shown(&self, outlet: &OutletId) -> bool {
        !self.hidden.contains(outlet)
    }

    /// Shows a hidden outlet or hides a shown one; the last shown outlet
    /// cannot be hidden (a comparison of nothing helps no one).
    pub fn toggle(&mut self, corpus: &Corpus, outlet: &OutletId) {
        if !self.hidden.remove(outlet) && self.shown_count(corpus) > 1 {
            self.hidden.insert(outlet.clone());
        }
    }

    /// Shows this outlet alone.
    pub fn only(&mut self, corpus: &Corpus, outlet: &OutletId) {
        self.hidden = corpus
            .outlets()
            .iter()
            .map(|o| o.id.clone())
            .filter(|id| id != outlet)
            .collect();
    }

    pub fn show_all(&mut self) {
        self.hidden.clear();
    }

    pub fn shown_count(&self, corpus: &Corpus) -> usize {
        corpus
            .outlets()
            .iter()
            .filter(|o| self.is_shown(&o.id))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Corpus {
        Corpus::parse_bundled().unwrap()
    }

    fn shown(selection: &OutletSelection, corpus: &Corpus) -> Vec<String> {
        corpus
            .outlets()
            .iter()
            .filter(|o| selection.is_shown(&o.id))
            .map(|o| o.id.to_string())
            .collect()
    }

    #[test]
    fn toggling_hides_and_shows_again() {
        let corpus = corpus();
        let kontur = corpus.outlets()[1].id.clone();
        let mut selection = OutletSelection::all();
        selection.toggle(&corpus, &kontur);
        assert!(!selection.is_shown(&kontur));
        assert_eq!(selection.shown_count(&corpus), 3);
        selection.toggle(&corpus, &kontur);
        assert!(selection.is_shown(&kontur));
    }

    #[test]
    fn only_one_then_all() {
        let corpus = corpus();
        let abc = corpus.outlets()[2].id.clone();
        let mut selection = OutletSelection::all();
        selection.only(&corpus, &abc);
        assert_eq!(shown(&selection, &corpus), ["abc-news-au"]);
        selection.show_all();
        assert_eq!(selection.shown_count(&corpus), 4);
    }

    #[test]
    fn the_last_shown_outlet_cannot_be_hidden() {
        let corpus = corpus();
        let abc = corpus.outlets()[2].id.clone();
        let mut selection = OutletSelection::all();
        selection.only(&corpus, &abc);
        selection.toggle(&corpus, &abc);
        assert_eq!(shown(&selection, &corpus), ["abc-news-au"]);
    }

    #[test]
    fn a_link_names_the_shown_outlets_and_restores_them() {
        let corpus = corpus();
        let mut selection = OutletSelection::all();
        assert_eq!(selection.shown_for_link(&corpus), None);
        selection.toggle(&corpus, &corpus.outlets()[0].id);
        let link = selection.shown_for_link(&corpus).unwrap();
        assert_eq!(link, "kontur,abc-news-au,the-new-york-times");
        assert_eq!(
            OutletSelection::from_shown(&corpus, link.split(',')),
            selection
        );
        assert_eq!(
            OutletSelection::from_shown(&corpus, ["nonsense"]),
            OutletSelection::all()
        );
    }

    #[test]
    fn restoring_ignores_unknown_ids_and_never_hides_everything() {
        let corpus = corpus();
        let selection = OutletSelection::from_hidden(&corpus, ["kontur", "no-such-outlet"]);
        assert_eq!(selection.hidden().collect::<Vec<_>>(), ["kontur"]);
        let all_ids: Vec<&str> = corpus.outlets().iter().map(|o| o.id.as_str()).collect();
        assert_eq!(
            OutletSelection::from_hidden(&corpus, all_ids),
            OutletSelection::all()
        );
    }
}
