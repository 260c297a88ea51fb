//! The reader's outlet choice in `localStorage`, so it survives a reload.
//! Only the effect in `app.rs` calls this; the reducer never touches storage.

use gloo::storage::{LocalStorage, Storage, errors::StorageError};

const HIDDEN_OUTLETS_KEY: &str = "parallax.hidden-outlets";

/// What was found under the widget's key.
#[derive(Debug, PartialEq)]
pub enum Saved {
    Nothing,
    HiddenOutlets(Vec<String>),
    /// Something is stored but is not what we wrote, or storage is off.
    Unreadable,
}

pub fn load_hidden_outlets() -> Saved {
    match LocalStorage::get::<Vec<String>>(HIDDEN_OUTLETS_KEY) {
        Ok(hidden) => Saved::HiddenOutlets(hidden),
        Err(StorageError::KeyNotFound(_)) => Saved::Nothing,
        Err(_) => Saved::Unreadable,
    }
}

pub fn save_hidden_outlets<'a>(hidden: impl Iterator<Item = &'a str>) -> Result<(), String> {
    let hidden: Vec<&str> = hidden.collect();
    LocalStorage::set(HIDDEN_OUTLETS_KEY, hidden).map_err(|error| error.to_string())
}

const THEME_KEY: &str = "parallax.theme";

/// The saved theme name, if any (unreadable values count as none).
pub fn load_theme() -> Option<String> {
    LocalStorage::get::<String>(THEME_KEY).ok()
}

pub fn save_theme(name: &str) -> Result<(), String> {
    LocalStorage::set(THEME_KEY, name).map_err(|error| error.to_string())
}
