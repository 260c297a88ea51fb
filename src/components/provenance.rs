//! How a value is known, shown next to it. Only inferred values are marked:
//! readers must see them as approximate, and why we think so.

use parallax_core::corpus::Sourced;
use parallax_core::wire::Provenance;
use yew::prelude::*;

/// " inferred: <basis>" after an inferred value; nothing otherwise.
pub fn inferred_note<T>(sourced: &Sourced<T>) -> Html {
    if sourced.provenance != Provenance::Inferred {
        return Html::default();
    }
    // The leading space keeps the badge a separate word for screen readers.
    html! {
        <>
        { " " }
        <span class="px-inferred">
            <span class="px-inferred-badge">{ "inferred" }</span>
            if let Some(basis) = &sourced.basis {
                <span class="px-inferred-basis">{ ": " }{ basis }</span>
            }
        </span>
        </>
    }
}
