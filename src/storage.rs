//! The reader's choices in `localStorage`, so they survive a reload. Only the
//! effects in `app.rs` call this; the reducer never touches storage.
//!
//! Each instance has a [`Store`]: the full page uses the keys
//! `parallax.hidden-outlets`, `parallax.theme`, `parallax.imports` and
//! `parallax.review` (the reader's decisions on what the engine found); an
//! embedded instance remembers nothing unless its host names it
//! (`persist="name"` uses `parallax.name.…`), so two widgets on one page do
//! not overwrite each other's choices.
//!
//! Storage is a door for bad input and can be missing: every call is checked
//! (the browser throws when storage is disabled or full), a value that is
//! not what this widget wrote is reported and left in place, and nothing
//! here can stop the widget.

use serde::{Serialize, de::DeserializeOwned};

/// What was found under one of the widget's keys.
#[derive(Debug, PartialEq)]
pub enum Saved<T> {
    Nothing,
    Value(T),
    /// Something is stored but is not what we wrote.
    Unreadable(String),
}

/// Where one instance keeps its choices; `None` keeps nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    prefix: Option<String>,
    /// Why storage cannot be used, when the instance wanted it.
    unavailable: Option<String>,
}

impl Store {
    /// `None`: nothing is saved or read. `Some("")`: the full page's keys.
    /// `Some(name)`: keys of their own.
    pub fn new(name: Option<&str>) -> Self {
        let prefix = name.map(|name| match name {
            "" => "parallax.".to_string(),
            name => format!("parallax.{name}."),
        });
        // Storage is looked at only by an instance that keeps choices.
        let unavailable = prefix.as_ref().and_then(|_| local_storage().err());
        Self {
            prefix: if unavailable.is_some() { None } else { prefix },
            unavailable,
        }
    }

    /// Whether choices outlive the page.
    pub fn persists(&self) -> bool {
        self.prefix.is_some()
    }

    /// Why the reader's choices will not outlive the page although this
    /// instance would keep them (storage disabled or blocked).
    pub fn unavailable(&self) -> Option<&str> {
        self.unavailable.as_deref()
    }

    fn load<T: DeserializeOwned>(&self, key: &str) -> Saved<T> {
        let Some(prefix) = &self.prefix else {
            return Saved::Nothing;
        };
        let storage = match local_storage() {
            Ok(storage) => storage,
            Err(why) => return Saved::Unreadable(why),
        };
        match storage.get_item(&format!("{prefix}{key}")) {
            Ok(None) => Saved::Nothing,
            Ok(Some(text)) => match serde_json::from_str(&text) {
                Ok(value) => Saved::Value(value),
                Err(error) => Saved::Unreadable(error.to_string()),
            },
            Err(error) => Saved::Unreadable(crate::js::error_text(&error)),
        }
    }

    fn save<T: Serialize>(&self, key: &str, value: T) -> Result<(), String> {
        let Some(prefix) = &self.prefix else {
            return Ok(());
        };
        let text = serde_json::to_string(&value).map_err(|error| error.to_string())?;
        local_storage()?
            .set_item(&format!("{prefix}{key}"), &text)
            .map_err(|error| crate::js::error_text(&error))
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

    /// The saved theme name.
    pub fn load_theme(&self) -> Saved<String> {
        self.load(THEME_KEY)
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

    /// The reader's saved decisions on what the engine found; unreadable
    /// ones are left in place.
    pub fn load_review(&self) -> Saved<Vec<parallax_core::review::Decision>> {
        self.load(REVIEW_KEY)
    }

    pub fn save_review(&self, review: &[parallax_core::review::Decision]) -> Result<(), String> {
        self.save(REVIEW_KEY, review)
    }
}

/// The page's `localStorage`, or why there is none (the property itself
/// throws when the browser blocks storage).
fn local_storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("there is no window")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err("this browser has no local storage".into()),
        Err(error) => Err(crate::js::error_text(&error)),
    }
}

const HIDDEN_OUTLETS_KEY: &str = "hidden-outlets";
const THEME_KEY: &str = "theme";
const IMPORTS_KEY: &str = "imports";
const REVIEW_KEY: &str = "review";
