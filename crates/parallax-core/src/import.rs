//! Articles a reader brings: pasted text (through the same cleaner as the
//! bundled articles) or format-1 files. Imports are kept as a format-1
//! document of their own and merged with the bundled corpus, so everything
//! that works on the bundled articles works on them, and a bad import never
//! touches what was there.

use crate::clean::clean_article;
use crate::corpus::{Corpus, CorpusError};
use crate::date::Date;
use crate::page::{Found, PageArticle};
use crate::wire::{
    ArticleRecord, AttributionRecord, BlockRecord, CorpusRecord, DatePrecision, DateRecord,
    FORMAT_VERSION, OutletRecord, Provenance, SourcedText,
};

/// The largest article text the cleaner is asked to clean: its repeat rule
/// compares lines pairwise, so a huge text would keep the page busy.
pub const MAX_TEXT_BYTES: usize = 1_000_000;
/// The largest format-1 document read in the browser.
pub const MAX_DOCUMENT_BYTES: usize = 10_000_000;

/// Why something is too large to import, or `None` when it is not.
pub fn too_large(name: &str, bytes: usize, limit: usize) -> Option<String> {
    (bytes > limit).then(|| {
        format!(
            "{name} is too large to import here ({:.1} MB; the limit is {:.0} MB). Nothing was imported.",
            bytes as f64 / 1e6,
            limit as f64 / 1e6
        )
    })
}

/// Why the bytes of a format-1 document are not a corpus, before or after
/// validation. The same reading serves `parallax-cli check`, a host's `src`
/// and the widget's file import, so they all say the same thing.
#[derive(Clone, Debug, PartialEq)]
pub enum DocumentProblem {
    /// Larger than the widget reads.
    TooLarge { bytes: usize, limit: usize },
    /// A NUL byte: a binary file, not JSON text.
    Binary { offset: usize },
    /// Not UTF-8: the first invalid byte.
    NotUtf8 { offset: usize },
    /// Read, but not a valid corpus: every problem with its place.
    Invalid(Vec<CorpusError>),
}

impl std::fmt::Display for DocumentProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge { bytes, limit } => write!(
                f,
                "too large to read in the widget ({:.1} MB; the limit is {:.0} MB)",
                *bytes as f64 / 1e6,
                *limit as f64 / 1e6
            ),
            Self::Binary { offset } => write!(
                f,
                "a binary file, not JSON text (a NUL byte at offset {offset})"
            ),
            Self::NotUtf8 { offset } => {
                write!(f, "not UTF-8 text (an invalid byte at offset {offset})")
            }
            Self::Invalid(errors) => write!(
                f,
                "not a valid format-1 corpus ({} problem{})",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            ),
        }
    }
}

/// Reads a format-1 document from its bytes: size, then text, then the
/// corpus and its validation. A leading UTF-8 byte-order mark is ignored
/// (some Windows editors write one); offsets count from after it.
pub fn read_document(bytes: &[u8]) -> Result<Corpus, DocumentProblem> {
    let bytes = crate::normalize::strip_bom_bytes(bytes);
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentProblem::TooLarge {
            bytes: bytes.len(),
            limit: MAX_DOCUMENT_BYTES,
        });
    }
    if let Some(offset) = bytes.iter().position(|&byte| byte == 0) {
        return Err(DocumentProblem::Binary { offset });
    }
    let text = std::str::from_utf8(bytes).map_err(|error| DocumentProblem::NotUtf8 {
        offset: error.valid_up_to(),
    })?;
    Corpus::parse(text).map_err(DocumentProblem::Invalid)
}

/// What the cleaner guesses from pasted text, to prefill the import form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Guess {
    pub headline: Option<String>,
    pub byline: Option<String>,
    pub date: Option<Date>,
    /// Why `date` may be wrong (day and month order guessed), if it may.
    pub date_ambiguity: Option<String>,
    /// How many body blocks the cleaner kept.
    pub blocks: usize,
    /// The outlet the text names (the cleaner's rule O1), if any.
    pub outlet: Option<String>,
}

/// The cleaner's guesses for pasted `text`. The headline is `None` when the
/// text has none the cleaner can name (the form then asks for one).
pub fn guess(text: &str) -> Guess {
    let cleaned = clean_article(text);
    Guess {
        headline: cleaned.headline,
        byline: cleaned.byline,
        date: cleaned.dateline,
        date_ambiguity: cleaned.date_ambiguity,
        blocks: cleaned.blocks.len(),
        outlet: cleaned.outlet.map(|o| o.name),
    }
}

/// What the reader confirms about a pasted article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PastedArticle {
    pub text: String,
    pub outlet_name: String,
    pub headline: String,
    pub date: Option<Date>,
}

/// An empty set of imports.
pub fn empty() -> CorpusRecord {
    CorpusRecord {
        format: FORMAT_VERSION,
        title: None,
        outlets: Vec::new(),
        articles: Vec::new(),
        claims: Vec::new(),
    }
}

/// A lower-case slug of `text`, for ids.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in crate::normalize::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() {
        "imported".into()
    } else {
        slug
    }
}

/// Adds a pasted article to `imports`, with ids that do not collide with
/// `taken` (the ids of the corpus it will join).
pub fn add_pasted(
    imports: &CorpusRecord,
    pasted: &PastedArticle,
    taken: &[String],
) -> Result<CorpusRecord, String> {
    if let Some(message) = too_large("The pasted text", pasted.text.len(), MAX_TEXT_BYTES) {
        return Err(message);
    }
    let cleaned = clean_article(&pasted.text);
    let blocks: Vec<BlockRecord> = cleaned.blocks.iter().map(BlockRecord::from).collect();
    if blocks.is_empty() {
        return Err("The cleaner found no article text in what was pasted.".into());
    }
    let headline = pasted.headline.trim();
    if headline.is_empty() {
        return Err("An article needs a headline.".into());
    }
    let outlet_name = pasted.outlet_name.trim();
    if outlet_name.is_empty() {
        return Err("An article needs an outlet.".into());
    }
    let mut next = imports.clone();
    let outlet = outlet_named(&mut next, outlet_name, taken);
    let reader = Some("given by the reader when importing".to_string());
    // The outlet the text names, kept by the reader, is known as the
    // cleaner knew it (rule O1); another is the reader's word.
    let outlet_attribution = match &cleaned.outlet {
        Some(named) if named.name == outlet_name => AttributionRecord {
            provenance: if named.stated {
                Provenance::Stated
            } else {
                Provenance::Inferred
            },
            basis: Some(named.basis.clone()),
        },
        _ => AttributionRecord {
            provenance: Provenance::Inferred,
            basis: reader.clone(),
        },
    };
    let id = unique(
        &slug(headline),
        taken,
        next.articles.iter().map(|a| a.id.as_str()),
    );
    next.articles.push(ArticleRecord {
        id,
        outlet,
        outlet_attribution,
        headline: SourcedText {
            value: headline.to_string(),
            provenance: if cleaned.headline.as_deref() == Some(headline) {
                Provenance::Stated
            } else {
                Provenance::Inferred
            },
            basis: None,
        },
        byline: cleaned.byline.map(|value| SourcedText {
            value,
            provenance: Provenance::Stated,
            basis: None,
        }),
        published: pasted.date.map(|date| DateRecord {
            date: date.iso(),
            until: None,
            precision: DatePrecision::Day,
            provenance: if cleaned.dateline == Some(date) && cleaned.date_ambiguity.is_none() {
                Provenance::Stated
            } else {
                Provenance::Inferred
            },
            basis: if cleaned.dateline != Some(date) {
                Some("given by the reader when importing".into())
            } else {
                cleaned.date_ambiguity.clone()
            },
        }),
        url: None,
        blocks,
    });
    Ok(next)
}

/// Adds an article read from a text file or a saved page (see
/// [`crate::page`]) to `imports`, as `parallax-cli import` does: every
/// value keeps how it is known (stated by the page or text, or inferred,
/// with its basis). `outlet` names the outlet; `fallback_headline` (a file
/// name, say) stands in, marked inferred, when no headline was found.
pub fn add_read(
    imports: &CorpusRecord,
    article: &PageArticle,
    outlet: &Found<String>,
    fallback_headline: &str,
    taken: &[String],
) -> Result<CorpusRecord, String> {
    if article.blocks.is_empty() {
        return Err("the cleaner found no article text in it".into());
    }
    let outlet_name = outlet.value.trim();
    if outlet_name.is_empty() {
        return Err("an article needs an outlet".into());
    }
    let sourced = |found: &Found<String>| SourcedText {
        value: found.value.clone(),
        provenance: provenance(found.stated),
        basis: Some(found.basis.clone()),
    };
    let headline = article.headline.as_ref().map_or_else(
        || SourcedText {
            value: fallback_headline.to_string(),
            provenance: Provenance::Inferred,
            basis: Some("no headline found in the text; the file's name stands in".into()),
        },
        sourced,
    );
    let mut next = imports.clone();
    let outlet_id = outlet_named(&mut next, outlet_name, taken);
    let id = unique(
        &slug(&headline.value),
        taken,
        next.articles.iter().map(|a| a.id.as_str()),
    );
    next.articles.push(ArticleRecord {
        id,
        outlet: outlet_id,
        outlet_attribution: AttributionRecord {
            provenance: provenance(outlet.stated),
            basis: Some(outlet.basis.clone()),
        },
        headline,
        byline: article.byline.as_ref().map(sourced),
        published: article.published.as_ref().map(|found| DateRecord {
            date: found.value.iso(),
            until: None,
            precision: DatePrecision::Day,
            provenance: provenance(found.stated),
            basis: Some(found.basis.clone()),
        }),
        url: article.url.as_ref().map(|url| SourcedText {
            value: url.clone(),
            provenance: Provenance::Stated,
            basis: Some("the page's own address in its metadata".into()),
        }),
        blocks: article.blocks.iter().map(BlockRecord::from).collect(),
    });
    Ok(next)
}

/// The id of the imported outlet called `name` (case ignored), added to
/// `imports` with a fresh id (none of `taken`, none of the imports') when
/// there is none yet.
fn outlet_named(imports: &mut CorpusRecord, name: &str, taken: &[String]) -> String {
    if let Some(existing) = imports
        .outlets
        .iter()
        .find(|o| o.name.eq_ignore_ascii_case(name))
    {
        return existing.id.clone();
    }
    let id = unique(
        &slug(name),
        taken,
        imports.outlets.iter().map(|o| o.id.as_str()),
    );
    imports.outlets.push(OutletRecord {
        id: id.clone(),
        name: name.to_string(),
    });
    id
}

fn provenance(stated: bool) -> Provenance {
    if stated {
        Provenance::Stated
    } else {
        Provenance::Inferred
    }
}

/// `base`, or `base-2`, `base-3`… whichever is free.
fn unique<'a>(base: &str, taken: &[String], more: impl Iterator<Item = &'a str> + Clone) -> String {
    let free = |candidate: &str| {
        !taken.iter().any(|t| t == candidate) && !more.clone().any(|t| t == candidate)
    };
    if free(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| free(candidate))
        .unwrap_or_default()
}

/// Adds a format-1 document to `imports`. Its ids must not collide with the
/// corpus's or the imports' (the error names them); nothing is added when
/// anything is wrong.
pub fn add_document(
    imports: &CorpusRecord,
    document: &Corpus,
    taken: &[String],
) -> Result<CorpusRecord, String> {
    let record = document.to_record();
    let mut clashes: Vec<String> = record
        .articles
        .iter()
        .map(|a| a.id.clone())
        .chain(record.claims.iter().map(|c| c.id.clone()))
        .filter(|id| taken.contains(id) || imports.articles.iter().any(|a| &a.id == id))
        .collect();
    clashes.dedup();
    if !clashes.is_empty() {
        return Err(format!(
            "These ids are already in use, so nothing was imported: {}.",
            clashes.join(", ")
        ));
    }
    let mut next = imports.clone();
    for outlet in record.outlets {
        match next.outlets.iter().find(|o| o.id == outlet.id) {
            Some(existing) if existing.name != outlet.name => {
                return Err(format!(
                    "The outlet id {:?} is already used for {:?}, so nothing was imported.",
                    outlet.id, existing.name
                ));
            }
            Some(_) => {}
            None => next.outlets.push(outlet),
        }
    }
    next.articles.extend(record.articles);
    next.claims.extend(record.claims);
    Ok(next)
}

/// Removes an imported article (and its outlet when nothing else uses it,
/// and claims' stances that quote it).
pub fn remove(imports: &CorpusRecord, article: &str) -> CorpusRecord {
    let mut next = imports.clone();
    next.articles.retain(|a| a.id != article);
    let used: Vec<String> = next.articles.iter().map(|a| a.outlet.clone()).collect();
    next.outlets.retain(|o| used.contains(&o.id));
    for claim in &mut next.claims {
        claim.stances.retain(|s| s.article != article);
    }
    next.claims.retain(|c| !c.stances.is_empty());
    next
}

/// The bundled corpus with the imports merged in, validated as one. An
/// import may reuse a bundled outlet id only with the same name.
pub fn merge(bundled: &Corpus, imports: &CorpusRecord) -> Result<Corpus, Vec<CorpusError>> {
    let mut record = bundled.to_record();
    for outlet in &imports.outlets {
        if !record
            .outlets
            .iter()
            .any(|o| o.id == outlet.id && o.name == outlet.name)
        {
            record.outlets.push(outlet.clone());
        }
    }
    record.articles.extend(imports.articles.iter().cloned());
    record.claims.extend(imports.claims.iter().cloned());
    Corpus::from_record(&record)
}

/// The ids already used in a corpus (outlets, articles, claims).
pub fn ids(corpus: &Corpus) -> Vec<String> {
    corpus
        .outlets()
        .iter()
        .map(|o| o.id.to_string())
        .chain(corpus.articles().iter().map(|a| a.id.to_string()))
        .chain(corpus.claims().iter().map(|c| c.id.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASTED: &str = "Security\nTroops Gather At The Border\nBy Jane Doe |\nNovember 3, 2024\nSome 5,000 soldiers gathered at the border, officials said on Sunday.\nRead more:\nLeave a Reply";

    fn bundled() -> Corpus {
        Corpus::parse_bundled().unwrap()
    }

    #[test]
    fn the_cleaner_guesses_headline_byline_and_date() {
        let guess = guess(PASTED);
        assert_eq!(
            guess.headline.as_deref(),
            Some("Troops Gather At The Border")
        );
        assert_eq!(guess.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(guess.date.map(|d| d.iso()), Some("2024-11-03".to_string()));
        assert_eq!(guess.blocks, 1);
    }

    #[test]
    fn a_pasted_article_joins_the_corpus_cleaned_with_its_provenance() {
        let corpus = bundled();
        let pasted = PastedArticle {
            text: PASTED.into(),
            outlet_name: "The Daily Planet".into(),
            headline: "Troops Gather At The Border".into(),
            date: Date::new(2024, 11, 3),
        };
        let imports = add_pasted(&empty(), &pasted, &ids(&corpus)).unwrap();
        let merged = merge(&corpus, &imports).unwrap();
        assert_eq!(merged.articles().len(), 6);
        assert_eq!(merged.outlets().len(), 5);
        let article = merged.find("troops-gather-at-the-border").unwrap();
        assert_eq!(article.headline.provenance, Provenance::Stated);
        assert_eq!(article.outlet_attribution.provenance, Provenance::Inferred);
        assert_eq!(article.blocks.len(), 1, "the furniture is gone");
        assert_eq!(
            article.published.as_ref().unwrap().provenance,
            Provenance::Stated
        );
    }

    #[test]
    fn the_outlet_the_text_names_is_prefilled_and_keeps_its_basis() {
        let text = format!(
            "Storm Closes The Harbour\nBy Ana Example, Tarn Valley Wire\n{}",
            "The harbour master said on Tuesday that all ferries would stay in port until the storm passed."
        );
        assert_eq!(guess(&text).outlet.as_deref(), Some("Tarn Valley Wire"));
        let pasted = |outlet: &str| PastedArticle {
            text: text.clone(),
            outlet_name: outlet.into(),
            headline: "Storm Closes The Harbour".into(),
            date: None,
        };
        let kept = add_pasted(&empty(), &pasted("Tarn Valley Wire"), &[]).unwrap();
        let basis = kept.articles[0]
            .outlet_attribution
            .basis
            .clone()
            .unwrap_or_default();
        assert!(basis.contains("Tarn Valley Wire"), "{basis}");
        let typed = add_pasted(&empty(), &pasted("The Harbour Gazette"), &[]).unwrap();
        assert_eq!(
            typed.articles[0].outlet_attribution.basis.as_deref(),
            Some("given by the reader when importing")
        );
    }

    #[test]
    fn ids_never_collide_and_an_outlet_is_reused_by_name() {
        let corpus = bundled();
        let taken = ids(&corpus);
        let pasted = |headline: &str| PastedArticle {
            text: PASTED.into(),
            outlet_name: "Kontur".into(),
            headline: headline.into(),
            date: None,
        };
        let once = add_pasted(&empty(), &pasted("Same Title"), &taken).unwrap();
        let twice = add_pasted(&once, &pasted("Same Title"), &taken).unwrap();
        let ids: Vec<&str> = twice.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["same-title", "same-title-2"]);
        // "Kontur" is a bundled outlet's name but its id is taken: a new outlet
        // record is made once and reused.
        assert_eq!(twice.outlets.len(), 1);
        assert_eq!(twice.outlets[0].id, "kontur-2");
        assert!(merge(&corpus, &twice).is_ok());
    }

    #[test]
    fn a_document_with_clashing_ids_adds_nothing_and_says_which() {
        let corpus = bundled();
        let error = add_document(&empty(), &corpus, &ids(&corpus)).unwrap_err();
        assert!(
            error.starts_with(
                "These ids are already in use, so nothing was imported: ni-joined-the-fight,"
            ),
            "{error}"
        );
    }

    #[test]
    fn removing_an_import_takes_its_unused_outlet_too() {
        let corpus = bundled();
        let pasted = PastedArticle {
            text: PASTED.into(),
            outlet_name: "The Daily Planet".into(),
            headline: "Troops Gather At The Border".into(),
            date: None,
        };
        let imports = add_pasted(&empty(), &pasted, &ids(&corpus)).unwrap();
        let removed = remove(&imports, "troops-gather-at-the-border");
        assert!(removed.articles.is_empty() && removed.outlets.is_empty());
        assert_eq!(merge(&corpus, &removed).unwrap(), corpus);
    }

    #[test]
    fn text_too_large_to_clean_is_refused_with_its_size() {
        let pasted = PastedArticle {
            text: "Headline\n".to_string() + &"A sentence of the body text.\n".repeat(40_000),
            outlet_name: "X".into(),
            headline: "Headline".into(),
            date: None,
        };
        assert_eq!(
            add_pasted(&empty(), &pasted, &[]).unwrap_err(),
            "The pasted text is too large to import here (1.2 MB; the limit is 1 MB). Nothing was imported."
        );
    }

    #[test]
    fn empty_text_or_fields_are_refused_with_a_message() {
        let corpus = bundled();
        let mut pasted = PastedArticle {
            text: "\n \n".into(),
            outlet_name: "X".into(),
            headline: "Y".into(),
            date: None,
        };
        assert_eq!(
            add_pasted(&empty(), &pasted, &ids(&corpus)).unwrap_err(),
            "The cleaner found no article text in what was pasted."
        );
        pasted.text = PASTED.into();
        pasted.headline = " ".into();
        assert_eq!(
            add_pasted(&empty(), &pasted, &ids(&corpus)).unwrap_err(),
            "An article needs a headline."
        );
    }
}
