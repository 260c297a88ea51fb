//! Parallax, the reader widget: a thin Yew layer over `parallax-core`.
//!
//! Components here only render domain values and send intents; anything that
//! decides (which articles exist, what a headline is) lives in the domain crate
//! so it is tested natively. [`mount`] puts one instance into a host element,
//! inside a shadow root of its own (see `embed/parallax-reader.js` for the
//! custom element, the full page and the iframe mode built on it).

mod app;
mod components;
mod defer;
mod download;
mod js;
mod listen;
pub mod options;
mod page_dom;
pub mod panic_notice;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod route;
mod source;
mod state;
mod storage;
mod timing;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};

pub use app::{App, Widget, WidgetProps};
pub use options::Options;

/// The widget's stylesheet, adopted by every instance's shadow root: no
/// `<style>` element and no request, so a strict Content-Security-Policy
/// (`style-src 'self'`) holds, and neither host nor widget styles cross.
/// It is `styles/main.css` minified at build time (`build.rs`).
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/parallax.min.css"));

thread_local! {
    static SHEET: std::cell::OnceCell<Option<web_sys::CssStyleSheet>> = const { std::cell::OnceCell::new() };
}

/// One sheet shared by all instances (`None` where the browser cannot build
/// one; [`mount`] then puts the styles in a `<style>` element).
fn sheet() -> Option<web_sys::CssStyleSheet> {
    SHEET.with(|sheet| {
        sheet
            .get_or_init(|| {
                let sheet = web_sys::CssStyleSheet::new().ok()?;
                sheet.replace_sync(STYLES).ok()?;
                Some(sheet)
            })
            .clone()
    })
}

/// A mounted instance, for the host to update or destroy.
#[wasm_bindgen]
pub struct Instance {
    handle: Option<yew::AppHandle<Widget>>,
    container: Element,
    first_layout: Option<components::LayoutHint>,
}

#[wasm_bindgen]
impl Instance {
    /// Applies new options (a plain object of strings, as for `mount`).
    pub fn update(&mut self, options: &JsValue) {
        if let Some(handle) = &mut self.handle {
            handle.update(WidgetProps {
                options: Options::from_js(options),
                first_layout: self.first_layout,
            });
        }
    }

    /// Removes the instance and everything it put in its host.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        panic_notice::forget(&self.container);
        self.container.remove();
    }
}

/// The bytes of the wasm linear memory (shared by all instances), for
/// benchmarks and hosts that watch their page's weight.
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|memory| {
            memory
                .buffer()
                .dyn_into::<js_sys::ArrayBuffer>()
                .map(|buffer| f64::from(buffer.byte_length()))
                .unwrap_or(0.0)
        })
        .unwrap_or(0.0)
}

/// Panics on purpose, so hosts and tests can see what a reader would: the
/// panel inside the widget, the page and other widgets unaffected.
#[wasm_bindgen(js_name = simulatePanic)]
pub fn simulate_panic() {
    panic!("a panic simulated through simulatePanic()");
}

/// The class of everything the build puts in the full page's shadow root
/// before the widget runs (`prerender.rs`): the widget removes these once it
/// has rendered.
pub const FIRST_VIEW_CLASS: &str = "px-first";

/// Removes what the build put in the page's shadow root before the widget
/// ran (the snapshot of its first view and the loading line).
fn remove_first_view(root: &web_sys::ShadowRoot) {
    let Ok(nodes) = root.query_selector_all(&format!(".{FIRST_VIEW_CLASS}")) else {
        return;
    };
    for index in 0..nodes.length() {
        if let Some(node) = nodes
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            node.remove();
        }
    }
}

/// The layout the widget's first render takes in `container` (empty, in
/// the page): the table when its fractional width is at least 48em at the
/// reader's `medium` font size, as the prerendered picture's container
/// query decides, so that the live widget never paints the other layout
/// first. `None` when it cannot be measured (then the window's width is
/// the guess).
fn first_layout(container: &Element) -> Option<components::LayoutHint> {
    let style = container.dyn_ref::<web_sys::HtmlElement>()?.style();
    style.set_property("font-size", "medium").ok()?;
    let font_size = gloo::utils::window()
        .get_computed_style(container)
        .ok()
        .flatten()
        .and_then(|computed| computed.get_property_value("font-size").ok())
        .and_then(|size| size.trim_end_matches("px").parse::<f64>().ok());
    let _ = style.remove_property("font-size");
    let width = container.get_bounding_client_rect().width();
    Some(components::LayoutHint {
        table: components::fits_table(width, font_size?),
    })
}

/// Mounts one instance into `host`, inside the host's shadow root (made
/// open if it has none). `options` is a plain object of strings:
/// `routing` (`hash` or `memory`), `view`, `claim`, `article`, `outlets`,
/// `theme`, `src`, `persist`, `fill`.
#[wasm_bindgen]
pub fn mount(host: &Element, options: &JsValue) -> Result<Instance, JsValue> {
    panic_notice::install();
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    let document = gloo::utils::document();
    match sheet() {
        Some(sheet) => root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        // A browser without constructable stylesheets: a `<style>` element
        // in the shadow root instead (blocked by a policy without
        // `style-src 'unsafe-inline'`, then the widget is plain but works).
        None => {
            if root.query_selector("style.px-styles")?.is_none() {
                let style = document.create_element("style")?;
                style.set_class_name("px-styles");
                style.set_text_content(Some(STYLES));
                root.append_child(&style)?;
            }
        }
    }
    let container = document.create_element("div")?;
    container.set_class_name("px-mount");
    root.append_child(&container)?;
    panic_notice::remember(&container);
    let first_layout = first_layout(&container);
    let props = WidgetProps {
        options: Options::from_js(options),
        first_layout,
    };
    let handle = yew::Renderer::<Widget>::with_root_and_props(container.clone(), props).render();
    // Yew renders in a microtask queued by `render`; this one is queued
    // after it, so the prerendered first view (`prerender.rs`) goes in the
    // same task as the live one arrives, before anything is painted.
    wasm_bindgen_futures::spawn_local({
        let root = root.clone();
        async move { remove_first_view(&root) }
    });
    Ok(Instance {
        handle: Some(handle),
        container,
        first_layout,
    })
}
