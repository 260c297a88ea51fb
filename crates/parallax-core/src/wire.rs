//! The serializable shape of a corpus: the one boundary where articles leave
//! (or, later, enter) the domain as JSON. Nothing else in the domain derives
//! `Serialize`; other types convert to these at the edge.
//!
//! The shape is provisional: the corpus issue replaces it with format 1
//! (outlets, metadata with provenance, typed blocks) and a JSON Schema.

use serde::Serialize;

use crate::corpus::{Article, Corpus};

/// The exported corpus.
#[derive(Debug, Serialize)]
pub struct CorpusDocument<'a> {
    pub articles: Vec<ArticleDocument<'a>>,
}

/// One exported article.
#[derive(Debug, Serialize)]
pub struct ArticleDocument<'a> {
    pub id: &'a str,
    /// The first non-blank line of the raw text, not yet a verified headline.
    pub first_line: &'a str,
    /// The raw text exactly as bundled.
    pub text: &'a str,
}

impl<'a> From<&'a Corpus> for CorpusDocument<'a> {
    fn from(corpus: &'a Corpus) -> Self {
        Self {
            articles: corpus
                .articles()
                .iter()
                .map(ArticleDocument::from)
                .collect(),
        }
    }
}

impl<'a> From<&'a Article> for ArticleDocument<'a> {
    fn from(article: &'a Article) -> Self {
        Self {
            id: article.id().as_str(),
            first_line: article.first_line(),
            text: article.text(),
        }
    }
}
