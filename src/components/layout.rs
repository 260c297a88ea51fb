//! Which layout of the comparison to build: the table when the widget is at
//! least 48em wide (or the page is being printed), else the cards. Only one
//! is built, so the DOM holds what is seen rather than both layouts with CSS
//! hiding one (which doubled the work of every render; BENCHMARKS.md).
//!
//! The width is the widget's own (its `.px-root`), watched with a
//! `ResizeObserver`, whose callbacks run after layout and before paint: a
//! first guess from the window's width that turns out wrong is corrected
//! before anything is painted.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use crate::listen::{Listener, use_lifetime};

/// The widget width (in em of its root) from which the table is used.
pub const TABLE_FROM_EM: f64 = 48.0;

/// Whether `width` pixels at `font_size` pixels per em fit the table.
pub fn fits_table(width: f64, font_size: f64) -> bool {
    font_size > 0.0 && width >= TABLE_FROM_EM * font_size
}

/// The layout of the first render, when it is known before the widget is
/// in the page: measured by `mount` as the prerendered picture's container
/// query measures (the widget's fractional width against 48em at `medium`),
/// so the live widget's first render is the picture's layout; or chosen by
/// the build-time render (`src/prerender.rs`), where there is no window.
/// Provided as a context, it replaces the first guess from the window's
/// width; the `ResizeObserver` corrects it as before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LayoutHint {
    pub table: bool,
}

/// `true` for the table. `node` is any element inside the widget.
#[hook]
pub fn use_table_layout(node: NodeRef) -> bool {
    let lifetime = use_lifetime();
    let hint = use_context::<LayoutHint>();
    let wide = use_state_eq(|| {
        if let Some(hint) = hint {
            return hint.table;
        }
        let window = gloo::utils::window();
        let width = window
            .inner_width()
            .ok()
            .and_then(|width| width.as_f64())
            .unwrap_or(1024.0);
        fits_table(width, 16.0)
    });
    let printing = use_state_eq(|| {
        hint.is_none()
            && gloo::utils::window()
                .match_media("print")
                .ok()
                .flatten()
                .is_some_and(|query| query.matches())
    });

    {
        let wide = wide.clone();
        let lifetime = lifetime.clone();
        use_effect_with((), move |()| {
            let root = node
                .cast::<web_sys::Element>()
                .and_then(|element| element.closest(".px-root").ok().flatten());
            let observer = root.and_then(|root| {
                let callback = Closure::<dyn FnMut(js_sys::Array)>::new({
                    let root = root.clone();
                    move |entries: js_sys::Array| {
                        let font_size = gloo::utils::window()
                            .get_computed_style(&root)
                            .ok()
                            .flatten()
                            .and_then(|style| style.get_property_value("font-size").ok())
                            .and_then(|size| size.trim_end_matches("px").parse::<f64>().ok())
                            .unwrap_or(16.0);
                        // The content box's fractional width, as container
                        // queries (the widget's and the picture's) see it.
                        let width = entries
                            .get(0)
                            .dyn_into::<web_sys::ResizeObserverEntry>()
                            .map(|entry| entry.content_rect().width())
                            .unwrap_or_else(|_| f64::from(root.client_width()));
                        wide.set(fits_table(width, font_size));
                    }
                });
                let observer =
                    web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                observer.observe(&root);
                disconnect_on_abort(&observer, &lifetime);
                Some((observer, callback))
            });
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }

    // Printing always uses the table, whatever the screen's width.
    {
        let printing = printing.clone();
        use_effect_with((), move |()| {
            let window = gloo::utils::window();
            let before = Listener::new(&window, "beforeprint", &lifetime, {
                let printing = printing.clone();
                move |_| printing.set(true)
            });
            let after = Listener::new(&window, "afterprint", &lifetime, {
                let printing = printing.clone();
                move |_| printing.set(false)
            });
            let query = window.match_media("print").ok().flatten();
            let change = query.as_ref().map(|query| {
                let printing = printing.clone();
                Listener::new(query, "change", &lifetime, move |event| {
                    let matches = event
                        .dyn_ref::<web_sys::MediaQueryListEvent>()
                        .is_some_and(web_sys::MediaQueryListEvent::matches);
                    printing.set(matches);
                })
            });
            // Print media may have started between the first render (which
            // read it) and now, when nothing was listening yet: read it
            // again, or that change is lost and neither layout is built
            // (issue 13: the print test failed one run in three).
            if let Some(query) = &query {
                printing.set(query.matches());
            }
            move || drop((before, after, change))
        });
    }

    *wide || *printing
}

/// Disconnects `observer` when the instance's lifetime ends, through a
/// plain JavaScript function (`disconnect` bound to the observer): after a
/// panic, no callback into the stopped instance can run, and the observer
/// would otherwise report the removed widget's last resize into it.
fn disconnect_on_abort(observer: &web_sys::ResizeObserver, lifetime: &crate::listen::Lifetime) {
    let Some(signal) = &lifetime.0 else { return };
    let disconnect = js_sys::Reflect::get(observer, &"disconnect".into())
        .ok()
        .and_then(|method| method.dyn_into::<js_sys::Function>().ok())
        .map(|method| method.bind0(observer));
    if let Some(disconnect) = disconnect {
        let _ = signal.add_event_listener_with_callback("abort", &disconnect);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_needs_48em() {
        assert!(fits_table(768.0, 16.0));
        assert!(!fits_table(767.0, 16.0));
        // A larger default font size needs a wider widget.
        assert!(!fits_table(800.0, 20.0));
        assert!(!fits_table(800.0, 0.0));
    }
}
