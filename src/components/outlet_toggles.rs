//! One toggle button per outlet (`aria-pressed`, named by the outlet), an
//! "only" button beside each, and "All outlets". The last shown outlet cannot
//! be hidden; its toggle says so. In a narrow widget (under 48em, a phone or
//! a sidebar) they sit behind a disclosure button that says how many outlets
//! are shown, so the first claim is on the first screen; in a wide one the
//! button is not displayed and the toggles always are (CSS container query).

use yew::prelude::*;

use crate::state::use_reader;

#[component]
pub fn OutletToggles() -> Html {
    let reader = use_reader();
    let expanded = use_state(|| false);
    let state = reader.state();
    let corpus = &state.corpus;
    let shown = state.selection.shown_count(corpus);
    let total = corpus.outlets().len();
    let onall = {
        let reader = reader.clone();
        Callback::from(move |_| reader.show_all_outlets())
    };
    let ondisclose = {
        let expanded = expanded.clone();
        Callback::from(move |_| expanded.set(!*expanded))
    };
    html! {
        <section
            class={classes!("px-outlets", (!*expanded).then_some("px-collapsed"))}
            aria-labelledby="px-outlets-heading"
        >
            <h2 id="px-outlets-heading" class="px-section-title">{ "Outlets" }</h2>
            <button
                type="button"
                class="px-outlets-disclosure"
                aria-expanded={if *expanded { "true" } else { "false" }}
                aria-controls="px-outlets-body"
                onclick={ondisclose}
            >
                { format!("Outlets: {shown} of {total} shown") }
            </button>
            <div id="px-outlets-body" class="px-outlets-body">
            <ul class="px-outlet-toggles">
                for outlet in corpus.outlets() {
                    <li key={outlet.id.as_str()} class="px-outlet-toggle">
                        {{
                            let pressed = state.selection.is_shown(&outlet.id);
                            let last = pressed && shown == 1;
                            let ontoggle = {
                                let reader = reader.clone();
                                let id = outlet.id.clone();
                                Callback::from(move |_| reader.toggle_outlet(id.clone()))
                            };
                            let ononly = {
                                let reader = reader.clone();
                                let id = outlet.id.clone();
                                Callback::from(move |_| reader.only_outlet(id.clone()))
                            };
                            html! {
                                <>
                                    <button
                                        type="button"
                                        class="px-toggle"
                                        aria-pressed={if pressed { "true" } else { "false" }}
                                        aria-disabled={last.then_some("true")}
                                        title={last.then_some("At least one outlet stays shown")}
                                        onclick={ontoggle}
                                    >
                                        <bdi>{ &outlet.name }</bdi>
                                    </button>
                                    <button
                                        type="button"
                                        class="px-only"
                                        aria-label={format!("Only {}", outlet.name)}
                                        onclick={ononly}
                                    >
                                        { "only" }
                                    </button>
                                </>
                            }
                        }}
                    </li>
                }
            </ul>
            <button type="button" class="px-all" disabled={shown == total} onclick={onall}>
                { "All outlets" }
            </button>
            </div>
            <p class="px-visually-hidden" role="status">
                { format!("Showing {shown} of {total} outlets.") }
            </p>
        </section>
    }
}
