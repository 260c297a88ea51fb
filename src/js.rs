//! Small helpers at the JavaScript boundary.

use wasm_bindgen::{JsCast, JsValue};

/// A thrown JavaScript value as text: an `Error`'s (or `DOMException`'s)
/// name and message, a thrown string, or "unknown error".
pub fn error_text(error: &JsValue) -> String {
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        let name = String::from(error.name());
        let message = String::from(error.message());
        return if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        };
    }
    error.as_string().unwrap_or_else(|| "unknown error".into())
}
