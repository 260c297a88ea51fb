//! `cargo xtask corpus`: derives the bundled corpus files from the raw seeds.
//!
//! Inputs: `corpus/seeds/*.txt` (the scraped articles, untouched) and
//! `corpus/sources.json` (what is known about each article that the text
//! alone does not say, with provenance: outlet, byline, date, URL).
//! Outputs: `corpus/corpus.json` (format, title, outlets), one
//! `corpus/articles/<id>.json` per article, and `corpus/found.json` (the
//! claim engine's stances for the curated claims, and the articles it read
//! for each), pretty-printed so a change reads
//! well in a diff. The body and headline come from the cleaner; where the
//! text states a byline or a date, it must agree with `sources.json`.
//!
//! `--check` writes nothing and fails when a committed file differs from what
//! the command would write; a test does the same.

use std::path::{Path, PathBuf};

use parallax_core::Corpus;
use parallax_core::clean::clean_article;
use parallax_core::date::Date;
use parallax_core::engine::complete::complete;
use parallax_core::wire::{
    ArticleRecord, AttributionRecord, BlockRecord, CorpusRecord, DatePrecision, DateRecord,
    FORMAT_VERSION, FoundRecord, Origin, OutletRecord, SourcedText,
};
use serde::{Deserialize, Serialize};

use crate::repo_root;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sources {
    title: String,
    outlets: Vec<OutletRecord>,
    articles: Vec<SourceArticle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceArticle {
    seed: String,
    id: String,
    outlet: String,
    outlet_attribution: AttributionRecord,
    headline: AttributionRecord,
    byline: Option<SourcedText>,
    published: Option<DateRecord>,
    url: Option<SourcedText>,
}

/// The corpus head: the document without its articles.
#[derive(Serialize)]
struct Head<'a> {
    format: u64,
    title: &'a str,
    outlets: &'a [OutletRecord],
}

/// A file the command writes: its path under the repository root and text.
#[derive(Debug, PartialEq, Eq)]
pub struct DerivedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// Derives every corpus file from the seeds and `sources.json`.
pub fn derive(root: &Path) -> Result<Vec<DerivedFile>, String> {
    let corpus_dir = root.join("corpus");
    let sources: Sources = serde_json::from_str(&read(&corpus_dir.join("sources.json"))?)
        .map_err(|error| format!("corpus/sources.json: {error}"))?;

    let mut files = vec![DerivedFile {
        path: PathBuf::from("corpus/corpus.json"),
        contents: pretty(&Head {
            format: FORMAT_VERSION,
            title: &sources.title,
            outlets: &sources.outlets,
        })?,
    }];
    let mut articles = Vec::new();
    for source in &sources.articles {
        let text = read(&corpus_dir.join("seeds").join(&source.seed))?;
        let article =
            derive_article(source, &text).map_err(|error| format!("{}: {error}", source.seed))?;
        files.push(DerivedFile {
            path: PathBuf::from(format!("corpus/articles/{}.json", article.id)),
            contents: pretty(&article)?,
        });
        articles.push(article);
    }

    // What is written must be a valid corpus, with the curated claims'
    // quotes still found verbatim in the freshly cleaned articles.
    let claims = serde_json::from_str(&read(&corpus_dir.join("claims.json"))?)
        .map_err(|error| format!("corpus/claims.json: {error}"))?;
    let record = CorpusRecord {
        format: FORMAT_VERSION,
        title: Some(sources.title.clone()),
        outlets: sources.outlets.clone(),
        articles,
        claims,
    };
    let corpus = Corpus::from_record(&record).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        format!("the derived corpus is invalid:\n  {}", list.join("\n  "))
    })?;

    // The claim engine's results for the curated claims, so the widget
    // shows them without running the engine.
    let completed = complete(&corpus, false);
    let found: Vec<FoundRecord> = completed
        .claims
        .iter()
        .map(|claim| FoundRecord {
            claim: claim.id.clone(),
            searched: claim.searched.clone(),
            stances: claim
                .stances
                .iter()
                .filter(|s| s.provenance == Origin::Found)
                .cloned()
                .collect(),
        })
        .collect();
    files.push(DerivedFile {
        path: PathBuf::from("corpus/found.json"),
        contents: pretty(&found)?,
    });
    Ok(files)
}

fn derive_article(source: &SourceArticle, text: &str) -> Result<ArticleRecord, String> {
    let cleaned = clean_article(text);
    let headline = cleaned.headline.ok_or("the cleaner found no headline")?;
    if let (Some(found), Some(byline)) = (&cleaned.byline, &source.byline) {
        if found != &byline.value {
            return Err(format!(
                "the text's byline {found:?} disagrees with sources.json's {:?}",
                byline.value
            ));
        }
    }
    if let (Some(found), Some(published)) = (cleaned.dateline, &source.published) {
        let stated = Date::parse_iso(&published.date);
        if published.precision == DatePrecision::Day && stated != Some(found) {
            return Err(format!(
                "the text's dateline {found} disagrees with sources.json's {}",
                published.date
            ));
        }
    }
    Ok(ArticleRecord {
        id: source.id.clone(),
        outlet: source.outlet.clone(),
        outlet_attribution: source.outlet_attribution.clone(),
        headline: SourcedText {
            value: headline,
            provenance: source.headline.provenance,
            basis: source.headline.basis.clone(),
        },
        byline: source.byline.clone(),
        published: source.published.clone(),
        url: source.url.clone(),
        blocks: cleaned.blocks.iter().map(BlockRecord::from).collect(),
    })
}

fn pretty(value: &impl Serialize) -> Result<String, String> {
    serde_json::to_string_pretty(value)
        .map(|json| json + "\n")
        .map_err(|error| error.to_string())
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))
}

/// The derived files that differ from (or are missing in) the working tree.
pub fn stale(root: &Path, files: &[DerivedFile]) -> Vec<PathBuf> {
    files
        .iter()
        .filter(|file| {
            std::fs::read_to_string(root.join(&file.path))
                .ok()
                .as_deref()
                != Some(&file.contents)
        })
        .map(|file| file.path.clone())
        .collect()
}

/// `cargo xtask corpus [--check]`.
pub fn run(check: bool) -> Result<(), String> {
    let root = repo_root();
    let files = derive(&root)?;
    let stale = stale(&root, &files);
    if check {
        return if stale.is_empty() {
            println!("corpus files are up to date ({} files)", files.len());
            Ok(())
        } else {
            Err(format!(
                "corpus files differ from what `cargo xtask corpus` writes: {stale:?}"
            ))
        };
    }
    for file in &files {
        let path = root.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|error| error.to_string())?;
        }
        std::fs::write(&path, &file.contents)
            .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    }
    println!(
        "wrote {} corpus files ({} changed)",
        files.len(),
        stale.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_corpus_files_equal_what_the_command_regenerates() {
        let root = repo_root();
        let files = derive(&root).expect("the corpus derives");
        assert_eq!(
            stale(&root, &files),
            Vec::<PathBuf>::new(),
            "run `cargo xtask corpus`"
        );
    }

    #[test]
    fn every_article_file_is_bundled_and_every_bundled_file_exists() {
        let root = repo_root();
        let mut on_disk: Vec<String> = std::fs::read_dir(root.join("corpus/articles"))
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut bundled: Vec<String> = parallax_core::corpus::BUNDLED_ARTICLES
            .iter()
            .map(|(name, _)| format!("{name}.json"))
            .collect();
        bundled.sort();
        assert_eq!(on_disk, bundled);
    }
}

/// The documented JSON Schema must say what the parser says: it accepts the
/// bundled corpus and refuses the documents the parser refuses for reasons a
/// schema can state.
#[cfg(test)]
mod schema_tests {
    use super::*;
    use serde_json::{Value, json};

    fn validator() -> jsonschema::Validator {
        let schema: Value =
            serde_json::from_str(&read(&repo_root().join("corpus/format-1.schema.json")).unwrap())
                .unwrap();
        jsonschema::validator_for(&schema).expect("a valid schema")
    }

    /// One way of breaking a valid document.
    type Breakage = (&'static str, fn(&mut Value));

    fn bundled() -> Value {
        serde_json::to_value(Corpus::parse_bundled().unwrap().to_record()).unwrap()
    }

    #[test]
    fn the_schema_accepts_the_bundled_corpus() {
        let validator = validator();
        let document = bundled();
        let errors: Vec<String> = validator
            .iter_errors(&document)
            .map(|e| e.to_string())
            .collect();
        assert_eq!(errors, Vec::<String>::new());
    }

    /// The engine's output (found stances, suggested claims, scopes with
    /// parts, `searched`, `via`) is format 1 by both readings.
    #[test]
    fn the_schema_accepts_the_engine_output() {
        let validator = validator();
        let completed =
            parallax_core::engine::complete::complete(&Corpus::parse_bundled().unwrap(), true);
        let mut document = serde_json::to_value(&completed).unwrap();
        document["claims"][0]["stances"][0]["via"] = json!("the mayor");
        document["claims"][0]["stances"][0]["value"]["scope"] =
            json!({ "place": "Russia", "when": "current", "time": "at the moment" });
        let errors: Vec<String> = validator
            .iter_errors(&document)
            .map(|e| e.to_string())
            .collect();
        assert_eq!(errors, Vec::<String>::new());
        assert!(Corpus::parse(&document.to_string()).is_ok());
        assert!(
            completed
                .claims
                .iter()
                .any(|c| c.provenance == Origin::Found),
            "no suggestion"
        );
    }

    #[test]
    fn the_schema_and_the_parser_refuse_the_same_broken_documents() {
        let validator = validator();
        let breakages: [Breakage; 15] = [
            ("unknown version", |d| d["format"] = json!(2)),
            ("missing field", |d| {
                d["articles"][0].as_object_mut().unwrap().remove("headline");
            }),
            ("extra field", |d| d["articles"][0]["headlne"] = json!("x")),
            ("wrong type", |d| {
                d["articles"][0]["published"]["date"] = json!(20241022)
            }),
            ("bad id", |d| d["articles"][0]["id"] = json!("Not A Slug")),
            ("unknown block kind", |d| {
                d["articles"][0]["blocks"][0]["kind"] = json!("poem")
            }),
            ("label on a paragraph", |d| {
                d["articles"][0]["blocks"][4] =
                    json!({ "kind": "paragraph", "label": "x", "text": "y" });
            }),
            ("javascript url", |d| {
                d["articles"][0]["url"]["value"] = json!("javascript:alert(1)")
            }),
            ("number claim with a label", |d| {
                d["claims"][0]["stances"][0]["value"] = json!({ "text": "3,000", "label": "many" });
            }),
            ("unknown qualifier", |d| {
                d["claims"][0]["stances"][0]["value"]["qualifier"] = json!("roughly")
            }),
            ("unknown provenance", |d| {
                d["claims"][0]["stances"][0]["provenance"] = json!("guessed")
            }),
            ("empty scope parts", |d| {
                d["claims"][0]["stances"][0]["value"]["scope"] = json!({})
            }),
            ("unknown scope part", |d| {
                d["claims"][0]["stances"][0]["value"]["scope"] = json!({ "where": "Russia" })
            }),
            ("unknown when", |d| {
                d["claims"][0]["stances"][0]["value"]["scope"] = json!({ "when": "later" })
            }),
            ("range without until", |d| {
                d["articles"][0]["published"] =
                    json!({ "date": "2024-10-22", "precision": "range", "provenance": "inferred" });
            }),
        ];
        for (name, breakage) in breakages {
            let mut document = bundled();
            breakage(&mut document);
            assert!(!validator.is_valid(&document), "the schema accepts: {name}");
            assert!(
                Corpus::parse(&document.to_string()).is_err(),
                "the parser accepts: {name}"
            );
        }
    }
}
