//! Makes panics visible. A panic in WebAssembly stops the app for good; without
//! this hook the reader would face a frozen page and the console a bare
//! "unreachable". The hook logs the message and puts a notice in the page,
//! written with plain DOM calls because the app can no longer render.

use std::panic::PanicHookInfo;

use crate::MOUNT_ID;

/// The notice's class, for styling and for tests.
pub const NOTICE_CLASS: &str = "px-panic";

/// Installs the panic hook. Call once, before mounting.
pub fn install() {
    std::panic::set_hook(Box::new(on_panic));
}

fn on_panic(info: &PanicHookInfo<'_>) {
    let message = info.to_string();
    gloo::console::error!(format!("Parallax panicked: {message}"));
    show(&message);
}

/// Shows the error notice at the top of the widget (or of `<body>`). The
/// message is set as text, never parsed as HTML. Showing a second notice
/// replaces the first.
pub fn show(message: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(host) = document
        .get_element_by_id(MOUNT_ID)
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    // Each step can only fail if the DOM itself is gone; the log above already
    // carries the message, so there is nothing better to do than stop.
    let _ = build_notice(&document, &host, message);
}

fn build_notice(
    document: &web_sys::Document,
    host: &web_sys::Element,
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

    notice.append_child(&title)?;
    notice.append_child(&detail)?;
    notice.append_child(&advice)?;
    host.prepend_with_node_1(&notice)?;
    Ok(())
}
