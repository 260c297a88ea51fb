//! Saves text as a file from the browser: a Blob, an object URL, a click on a
//! temporary link. Nothing leaves the machine.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

pub fn download(filename: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(filename);
    link.set_hidden(true);
    gloo::utils::body().append_child(&link)?;
    link.click();
    link.remove();
    // Revoke once the browser has taken the file.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
