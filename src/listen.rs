//! Listeners on targets outside the widget's own DOM (the window, media
//! queries), tied to the instance's lifetime.
//!
//! Yew removes the listeners it put on the widget's elements when the
//! widget is destroyed; listeners on the window outlive it unless removed.
//! A [`Listener`] removes itself when dropped (the normal end of an effect)
//! and is also registered with the instance's `AbortSignal`, which
//! `embed/parallax-reader.js` aborts when the instance is destroyed or has
//! panicked: after a panic no Rust code runs, so no `Drop` would, and the
//! window would keep calling into a stopped WebAssembly instance and keep it
//! (and its memory) alive.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{AbortSignal, AddEventListenerOptions, Event, EventTarget};
use yew::prelude::*;

/// The instance's lifetime signal (from the options object given to
/// `mount`), provided to every component; `None` in the component tests,
/// which mount without the page script.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lifetime(pub Option<AbortSignal>);

/// The lifetime of the instance a component belongs to.
#[hook]
pub fn use_lifetime() -> Lifetime {
    use_context::<Lifetime>().unwrap_or_default()
}

/// One listener for `kind` events on `target`, removed when dropped or when
/// the lifetime's signal aborts, whichever comes first.
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    callback: Closure<dyn FnMut(Event)>,
}

impl Listener {
    pub fn new(
        target: &EventTarget,
        kind: &'static str,
        lifetime: &Lifetime,
        mut callback: impl FnMut(&Event) + 'static,
    ) -> Self {
        let callback = Closure::<dyn FnMut(Event)>::new(move |event: Event| callback(&event));
        let options = AddEventListenerOptions::new();
        if let Some(signal) = &lifetime.0 {
            options.set_signal(signal);
        }
        // Fails only for a target that is not an EventTarget, which the
        // types rule out; the listener is then simply absent.
        let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
            kind,
            callback.as_ref().unchecked_ref(),
            &options,
        );
        Self {
            target: target.clone(),
            kind,
            callback,
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.callback.as_ref().unchecked_ref());
    }
}
