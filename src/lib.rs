//! Parallax, the reader widget: a thin Yew layer over `parallax-core`.
//!
//! Components here only render domain values and send intents; anything that
//! decides (which articles exist, what a headline is) lives in the domain crate
//! so it is tested natively. The entry point mounts the app into the page.

mod app;
mod components;
mod download;
pub mod panic_notice;
mod route;
mod state;
mod storage;
mod timing;

pub use app::App;

/// The id of the element the widget mounts into, when the page provides one.
pub const MOUNT_ID: &str = "parallax";

/// Installs the panic notice and mounts the app into `#parallax` (or `<body>`
/// when the page has no such element), replacing the page's loading text.
pub fn start() {
    panic_notice::install();
    let document = gloo::utils::document();
    match document.get_element_by_id(MOUNT_ID) {
        Some(root) => {
            // The page's "Loading…" text is there for readers whose browser
            // never runs us; once we run, it goes.
            root.set_text_content(None);
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
