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

const IMPORTS_KEY: &str = "parallax.imports";

/// The saved imports: `Ok(None)` when there are none, `Err` when something
/// is stored that cannot be read (it is left in place).
pub fn load_imports() -> Result<Option<parallax_core::wire::CorpusRecord>, String> {
    match LocalStorage::get::<parallax_core::wire::CorpusRecord>(IMPORTS_KEY) {
        Ok(imports) => Ok(Some(imports)),
        Err(StorageError::KeyNotFound(_)) => Ok(None),
        Err(error) => Err(error.to_string()),
    }
}

pub fn save_imports(imports: &parallax_core::wire::CorpusRecord) -> Result<(), String> {
    LocalStorage::set(IMPORTS_KEY, imports).map_err(|error| error.to_string())
}
