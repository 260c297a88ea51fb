//! The timeline: the shown outlets' statements placed by the date they were
//! made, or by their article's publication date where the text gives none.
//! Inferred dates are marked and drawn dashed.

use parallax_core::export::{reported_by, value_with_scope};
use parallax_core::timeline::{DatedBy, TimelineEntry, timeline};
use yew::prelude::*;

use super::route_link::RouteLink;
use crate::route::Route;
use crate::state::{use_reader, use_view_focus};

#[component]
pub fn TimelineView() -> Html {
    let reader = use_reader();
    let heading = use_node_ref();
    use_view_focus(heading.clone());
    let state = reader.state();
    let corpus = &state.corpus;
    let entries = timeline(corpus, &state.selection);

    // Consecutive entries with the same date (and certainty) form one group.
    let mut groups: Vec<(String, String, bool, Vec<&TimelineEntry<'_>>)> = Vec::new();
    for entry in &entries {
        let label = entry.date.to_string();
        match groups.last_mut() {
            Some((last, _, inferred, list)) if *last == label && *inferred == entry.inferred => {
                list.push(entry)
            }
            _ => groups.push((label, entry.day().iso(), entry.inferred, vec![entry])),
        }
    }

    html! {
        <section class="px-timeline-view" aria-labelledby="px-timeline-heading">
            <h2 id="px-timeline-heading" class="px-view-title" tabindex="-1" ref={heading}>{ "Timeline" }</h2>
            <p class="px-hint">
                { "Statements placed by the date they were made; where the article gives no date, by when the article was published. Inferred dates are marked." }
            </p>
            <ol class="px-timeline">
                for (i, (label, iso, inferred, list)) in groups.into_iter().enumerate() {
                    <li key={i} class={classes!("px-timeline-day", inferred.then_some("px-timeline-inferred"))}>
                        <h3 class="px-timeline-date">
                            <time datetime={iso}>{ label }</time>
                            if inferred {
                                { " " }<span class="px-inferred-badge">{ "inferred" }</span>
                            }
                        </h3>
                        <ul class="px-timeline-entries">
                            for entry in list {
                                { entry_view(corpus, entry) }
                            }
                        </ul>
                    </li>
                }
            </ol>
        </section>
    }
}

fn entry_view(corpus: &parallax_core::Corpus, entry: &TimelineEntry<'_>) -> Html {
    let dated = match entry.dated_by {
        DatedBy::Statement => "",
        DatedBy::Publication => {
            " The article gives no date for the statement; it is placed by the article's publication."
        }
    };
    html! {
        <li key={format!("{}-{}", entry.claim.id, entry.stance_index)} class="px-timeline-entry">
            <p class="px-timeline-value">
                <strong>{ value_with_scope(entry.stance) }</strong>
                { " — " }
                <RouteLink to={Route::Claim { id: entry.claim.id.to_string() }}>{ &entry.claim.question }</RouteLink>
            </p>
            <p class="px-timeline-source">
                { format!("{}.{dated}", reported_by(corpus, entry.stance)) }
            </p>
            <blockquote class="px-quote" dir="auto">
                <RouteLink
                    to={Route::Quote {
                        id: entry.stance.article.to_string(),
                        claim: entry.claim.id.to_string(),
                        stance: entry.stance_index,
                    }}
                    class="px-quote-link"
                >
                    { "“" }{ &entry.stance.quote }{ "”" }
                </RouteLink>
            </blockquote>
        </li>
    }
}
