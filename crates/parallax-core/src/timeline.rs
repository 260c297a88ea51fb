//! The statements of the shown outlets placed in time: by the date a stance
//! says the statement was made, or else by its article's publication date,
//! so a reader sees how the figures moved. Whether a date is inferred, and
//! whether it is the statement's or the article's, travels with it.

use crate::claim::{Claim, Stance};
use crate::corpus::{Corpus, PublishedDate, Sourced};
use crate::date::Date;
use crate::selection::OutletSelection;

/// Which date places an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatedBy {
    /// When the statement was made, as the article gives it.
    Statement,
    /// The article's publication date (the text gives no date for the
    /// statement).
    Publication,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TimelineEntry<'a> {
    pub claim: &'a Claim,
    pub stance: &'a Stance,
    /// The stance's position in its claim.
    pub stance_index: usize,
    pub date: PublishedDate,
    pub inferred: bool,
    pub dated_by: DatedBy,
}

impl TimelineEntry<'_> {
    /// The day the entry is filed under.
    pub fn day(&self) -> Date {
        self.date.earliest()
    }
}

/// Every stance of the shown outlets that has a date, earliest first; stances
/// of one day keep the order of the claims.
pub fn timeline<'a>(corpus: &'a Corpus, selection: &OutletSelection) -> Vec<TimelineEntry<'a>> {
    let mut entries = Vec::new();
    for claim in corpus.claims() {
        for (stance_index, stance) in claim.stances.iter().enumerate() {
            let Some(article) = corpus.article(&stance.article) else {
                continue;
            };
            if !selection.is_shown(&article.outlet) {
                continue;
            }
            let (dated, dated_by): (&Sourced<PublishedDate>, DatedBy) =
                match (&stance.said_on, &article.published) {
                    (Some(said), _) => (said, DatedBy::Statement),
                    (None, Some(published)) => (published, DatedBy::Publication),
                    (None, None) => continue,
                };
            entries.push(TimelineEntry {
                claim,
                stance,
                stance_index,
                date: dated.value,
                inferred: dated.is_inferred(),
                dated_by,
            });
        }
    }
    entries.sort_by_key(|entry| entry.day());
    entries
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_appear_in_the_order_they_were_stated() {
        let corpus = Corpus::parse_bundled().unwrap();
        let entries = timeline(&corpus, &OutletSelection::all());
        assert!(
            entries
                .windows(2)
                .all(|pair| pair[0].day() <= pair[1].day())
        );

        let first = &entries[0];
        assert_eq!(first.claim.id.as_str(), "troops-planned");
        assert_eq!(first.stance.source.as_deref(), Some("Volodymyr Zelensky"));
        assert_eq!(first.date.to_string(), "between 14 and 20 Oct 2024");
        assert!(first.inferred);

        // The Buryat battalion report of 15 October is stated, not inferred.
        let buryat = entries
            .iter()
            .find(|e| {
                e.claim.id.as_str() == "disguise" && e.dated_by == DatedBy::Statement && !e.inferred
            })
            .unwrap();
        assert_eq!(buryat.day().to_string(), "15 Oct 2024");

        // 3,000 confirmed on 23 October, before the early-November reports.
        let confirmed = entries
            .iter()
            .position(|e| {
                e.claim.id.as_str() == "troops-in-russia"
                    && e.stance.source.as_deref() == Some("US officials")
            })
            .unwrap();
        let occupied = entries
            .iter()
            .position(|e| {
                e.claim.id.as_str() == "deployment-location"
                    && e.stance.value.to_string() == "occupied Ukraine"
            })
            .unwrap();
        assert!(confirmed < occupied);
        assert_eq!(entries[occupied].dated_by, DatedBy::Publication);
        assert_eq!(entries[occupied].day().to_string(), "2 Nov 2024");
    }

    #[test]
    fn hidden_outlets_leave_the_timeline() {
        let corpus = Corpus::parse_bundled().unwrap();
        let mut selection = OutletSelection::all();
        selection.only(&corpus, &corpus.outlets()[1].id);
        let entries = timeline(&corpus, &selection);
        assert!(!entries.is_empty());
        assert!(
            entries
                .iter()
                .all(|e| e.stance.article.as_str() == "kontur-how-far-russia-has-fallen")
        );
    }
}
