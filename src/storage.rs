//! The reader's choices in `localStorage`, so they survive a reload. Only the
//! effects in `app.rs` call this; the reducer never touches storage.
//!
//! Each instance has a [`Store`]: the full page uses the keys
//! `parallax.hidden-outlets`, `parallax.theme` and `parallax.imports`; an
//! embedded instance remembers nothing unless its host names it
//! (`persist="name"` uses `parallax.name.…`), so two widgets on one page do
//! not overwrite each other's choices.

use gloo::storage::{LocalStorage, Storage, errors::StorageError};
use serde::{Serialize, de::DeserializeOwned};

/// What was found under one of the widget's keys.
#[derive(Debug, PartialEq)]
pub enum Saved<T> {
    Nothing,
    Value(T),
    /// Something is stored but is not what we wrote, or storage is off.
    Unreadable(String),
}

/// Where one instance keeps its choices; `None` keeps nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    prefix: Option<String>,
}

impl Store {
    /// `None`: nothing is saved or read. `Some("")`: the full page's keys.
    /// `Some(name)`: keys of their own.
    pub fn new(name: Option<&str>) -> Self {
        let prefix = name.map(|name| match name {
            "" => "parallax.".to_string(),
            name => format!("parallax.{name}."),
        });
        Self { prefix }
    }

    /// Whether choices outlive the page.
    pub fn persists(&self) -> bool {
        self.prefix.is_some()
    }

    fn load<T: DeserializeOwned>(&self, key: &str) -> Saved<T> {
        let Some(prefix) = &self.prefix else {
            return Saved::Nothing;
        };
        match LocalStorage::get::<T>(format!("{prefix}{key}")) {
            Ok(value) => Saved::Value(value),
            Err(StorageError::KeyNotFound(_)) => Saved::Nothing,
            Err(error) => Saved::Unreadable(error.to_string()),
        }
    }

    fn save<T: Serialize>(&self, key: &str, value: T) -> Result<(), String> {
        match &self.prefix {
            Some(prefix) => LocalStorage::set(format!("{prefix}{key}"), value)
                .map_err(|error| error.to_string()),
            None => Ok(()),
        }
    }

    pub fn load_hidden_outlets(&self) -> Saved<Vec<String>> {
        self.load(HIDDEN_OUTLETS_KEY)
    }

    pub fn save_hidden_outlets<'a>(
        &self,
        hidden: impl Iterator<Item = &'a str>,
    ) -> Result<(), String> {
        self.save(HIDDEN_OUTLETS_KEY, hidden.collect::<Vec<&str>>())
    }

    /// The saved theme name, if any (unreadable values count as none).
    pub fn load_theme(&self) -> Option<String> {
        match self.load::<String>(THEME_KEY) {
            Saved::Value(name) => Some(name),
            _ => None,
        }
    }

    pub fn save_theme(&self, name: &str) -> Result<(), String> {
        self.save(THEME_KEY, name)
    }

    /// The saved imports; unreadable ones are left in place.
    pub fn load_imports(&self) -> Saved<parallax_core::wire::CorpusRecord> {
        self.load(IMPORTS_KEY)
    }

    pub fn save_imports(&self, imports: &parallax_core::wire::CorpusRecord) -> Result<(), String> {
        self.save(IMPORTS_KEY, imports)
    }
}

const HIDDEN_OUTLETS_KEY: &str = "hidden-outlets";
const THEME_KEY: &str = "theme";
const IMPORTS_KEY: &str = "imports";
