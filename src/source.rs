//! Where an instance's corpus comes from: the bundled one, read before the
//! first render, or a host's `src`, fetched as bytes and read as every door
//! reads a document (`parallax_core::import::read_document`). A reducer
//! tracks the URL being fetched, so a late answer for an older `src` is
//! dropped, and keeps the corpus shown before when a new one fails.

use std::rc::Rc;

use parallax_core::Corpus;
use parallax_core::import::DocumentProblem;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the corpus is while it loads: the one shown (if any), the URL being
/// fetched, and what went wrong last.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loading {
    pub corpus: Option<Rc<Corpus>>,
    /// Bumped for every corpus taken, so the reader starts afresh on it.
    pub generation: u32,
    pub pending: Option<AttrValue>,
    pub problem: Option<Problem>,
}

pub enum Load {
    Bundled,
    Fetch(AttrValue),
    Fetched(AttrValue, Result<Corpus, Problem>),
}

impl Reducible for Loading {
    type Action = Load;

    fn reduce(self: Rc<Self>, action: Load) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Load::Bundled => {
                next.pending = None;
                match crate::timing::measure("parallax:corpus", Corpus::parse_bundled) {
                    Ok(corpus) => {
                        next.corpus = Some(Rc::new(corpus));
                        next.generation += 1;
                        next.problem = None;
                    }
                    Err(errors) => {
                        next.problem = Some(Problem::invalid("The bundled corpus", &errors));
                    }
                }
            }
            Load::Fetch(url) => next.pending = Some(url),
            // A late answer for a `src` that has changed since is dropped.
            Load::Fetched(url, _) if next.pending.as_ref() != Some(&url) => return self,
            Load::Fetched(_, result) => {
                next.pending = None;
                match result {
                    Ok(corpus) => {
                        next.corpus = Some(Rc::new(corpus));
                        next.generation += 1;
                        next.problem = None;
                    }
                    // What was shown before stays.
                    Err(problem) => next.problem = Some(problem),
                }
            }
        }
        Rc::new(next)
    }
}

/// Why a corpus cannot be shown: a sentence and the details (each error
/// with its place in the document).
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub title: String,
    pub details: Vec<String>,
}

impl Problem {
    /// At most this many validation errors are listed.
    const MOST: usize = 20;

    fn invalid(what: &str, errors: &[parallax_core::CorpusError]) -> Self {
        let mut details: Vec<String> = errors
            .iter()
            .take(Self::MOST)
            .map(ToString::to_string)
            .collect();
        if errors.len() > Self::MOST {
            details.push(format!("…and {} more.", errors.len() - Self::MOST));
        }
        Self {
            title: format!("{what} is not a valid format-1 corpus, so it is not shown."),
            details,
        }
    }

    fn unreachable(url: &str, why: String) -> Self {
        Self {
            title: format!("The corpus at {url} could not be loaded."),
            details: vec![why],
        }
    }
}

/// Fetches and validates a format-1 corpus. Relative URLs are relative to the
/// host page; another origin must allow it (CORS).
pub async fn fetch_corpus(url: &str) -> Result<Corpus, Problem> {
    use wasm_bindgen_futures::JsFuture;
    let failed = |why: String| Problem::unreachable(url, why);
    let window = web_sys::window().ok_or_else(|| failed("There is no window.".into()))?;
    let from_disk = window.location().protocol().ok().as_deref() == Some("file:");
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|error| {
            let error = crate::js::error_text(&error);
            if from_disk {
                // Browsers let a page opened from disk read no other file,
                // not even one beside it.
                failed(format!(
                    "This page was opened from disk, and a page opened from disk cannot read \
                     other files, even one in the same folder ({error}). Add the corpus in \
                     \"Your articles\" instead (it takes format-1 .json files), or serve the \
                     folder from a web server."
                ))
            } else {
                failed(format!(
                    "The request failed ({error}). The file must be on this site, or on one that \
                     allows other sites to read it (CORS)."
                ))
            }
        })?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| failed("The answer was not a response.".into()))?;
    if !response.ok() {
        return Err(failed(format!(
            "The server answered {} {}.",
            response.status(),
            response.status_text()
        )));
    }
    let bytes = response
        .array_buffer()
        .map_err(|error| failed(crate::js::error_text(&error)))?;
    let bytes = JsFuture::from(bytes).await.map_err(|error| {
        failed(format!(
            "Its bytes could not be read ({}).",
            crate::js::error_text(&error)
        ))
    })?;
    let bytes = js_sys::Uint8Array::new(&bytes).to_vec();
    parallax_core::import::read_document(&bytes).map_err(|problem| match problem {
        DocumentProblem::Invalid(errors) => {
            Problem::invalid(&format!("The corpus at {url}"), &errors)
        }
        other => Problem {
            title: format!("The corpus at {url} is {other}, so it is not shown."),
            details: Vec::new(),
        },
    })
}
