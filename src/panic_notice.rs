//! Makes panics visible. A panic stops the WebAssembly instance for good;
//! without this hook readers would face a frozen widget and the console a
//! bare "unreachable". The hook logs the message, puts a notice in each
//! instance this wasm instance runs (one, as `embed/parallax-reader.js`
//! gives every widget its own), written with plain DOM calls because the app
//! can no longer render, and dispatches a `parallax-panic` event (bubbling
//! out of the shadow root) so the page script can offer a reset. The host
//! page and other widgets are untouched.

use std::cell::RefCell;
use std::panic::PanicHookInfo;
use std::sync::Once;

use web_sys::Element;

/// The notice's class, for styling and for tests.
pub const NOTICE_CLASS: &str = "px-panic";

thread_local! {
    /// The containers of the mounted instances.
    static MOUNTED: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Installs the panic hook (once, however many instances mount).
pub fn install() {
    static INSTALL: Once = Once::new();
    // Through Yew, which would otherwise put its own console hook in place
    // of this one when the first app renders.
    INSTALL.call_once(|| yew::set_custom_panic_hook(Box::new(on_panic)));
}

/// Notes a mounted instance's container, to show a notice in it.
pub fn remember(container: &Element) {
    MOUNTED.with(|mounted| mounted.borrow_mut().push(container.clone()));
}

/// Forgets a destroyed instance.
pub fn forget(container: &Element) {
    MOUNTED.with(|mounted| mounted.borrow_mut().retain(|known| known != container));
}

fn on_panic(info: &PanicHookInfo<'_>) {
    let message = info.to_string();
    gloo::console::error!(format!("Parallax panicked: {message}"));
    show(&message);
}

/// Shows the error notice at the top of every mounted instance (or of
/// `<body>` when none is known, as in the tests). The message is set as text,
/// never parsed as HTML. Showing a second notice replaces the first.
pub fn show(message: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let mut hosts = MOUNTED
        .try_with(|mounted| {
            mounted
                .try_borrow()
                .map(|list| list.clone())
                .unwrap_or_default()
        })
        .unwrap_or_default();
    if hosts.is_empty() {
        hosts.extend(document.body().map(Into::into));
    }
    for host in hosts {
        // Each step can only fail if the DOM itself is gone; the log above
        // already carries the message, so there is nothing better to do.
        let _ = build_notice(&document, &host, message);
        let _ = announce(&host, message);
    }
}

/// Tells the page script: `parallax-panic`, with the message as detail.
fn announce(host: &Element, message: &str) -> Result<(), wasm_bindgen::JsValue> {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&wasm_bindgen::JsValue::from_str(message));
    let event = web_sys::CustomEvent::new_with_event_init_dict("parallax-panic", &init)?;
    host.dispatch_event(&event)?;
    Ok(())
}

fn build_notice(
    document: &web_sys::Document,
    host: &Element,
    message: &str,
) -> Result<(), wasm_bindgen::JsValue> {
    if let Some(old) = host.query_selector(&format!(".{NOTICE_CLASS}"))? {
        old.remove();
    }
    let notice = document.create_element("div")?;
    notice.set_class_name(NOTICE_CLASS);
    notice.set_attribute("role", "alert")?;

    let title = document.create_element("strong")?;
    title.set_text_content(Some("Parallax stopped working."));
    let detail = document.create_element("p")?;
    detail.set_text_content(Some(message));
    let advice = document.create_element("p")?;
    advice.set_text_content(Some("Reload the page to start again."));

    // The stopped widget would look alive but answer nothing: hide it.
    host.set_attribute("data-stopped", "")?;
    notice.append_child(&title)?;
    notice.append_child(&detail)?;
    notice.append_child(&advice)?;
    host.prepend_with_node_1(&notice)?;
    Ok(())
}
