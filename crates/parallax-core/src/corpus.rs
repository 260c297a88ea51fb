//! The corpus: outlets and their articles, validated. A [`Corpus`] only comes
//! from [`Corpus::parse`] (or [`Corpus::from_record`]), which checks every
//! rule of format 1 and reports every problem it finds with where it is, so
//! everything downstream can trust what it holds: ids are unique, references
//! resolve, dates are calendar dates, URLs are http or https.
//!
//! The default corpus is bundled: the files under `corpus/` are embedded at
//! compile time, so the widget never fetches it, and a test parses it so a bad
//! corpus fails the tests rather than a reader.

use std::fmt;

use crate::claim::{Claim, ClaimId, Rejected, Scope, Stance, StanceValue};
use crate::date::Date;
use crate::wire::{
    self, ArticleRecord, AttributionRecord, BlockRecord, ClaimKind, ClaimRecord, CorpusRecord,
    DatePrecision, DateRecord, OutletRecord, Provenance, Qualifier, ScopeParts, ScopeRecord,
    SourcedText, StanceRecord, ValueRecord,
};

/// An outlet's id: lower-case letters, digits and hyphens.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OutletId(String);

/// An article's id: lower-case letters, digits and hyphens.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleId(String);

macro_rules! id_impls {
    ($name:ident) => {
        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}
id_impls!(OutletId);
id_impls!(ArticleId);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outlet {
    pub id: OutletId,
    pub name: String,
}

/// A value with how it is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sourced<T> {
    pub value: T,
    pub provenance: Provenance,
    pub basis: Option<String>,
}

impl<T> Sourced<T> {
    /// Inferred values are shown to readers as approximate.
    pub fn is_inferred(&self) -> bool {
        self.provenance == Provenance::Inferred
    }
}

/// When an article was published, as precisely as it is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublishedDate {
    Day(Date),
    About(Date),
    /// Some day from the first to the second, inclusive.
    Range(Date, Date),
}

impl PublishedDate {
    /// The earliest day it can be, for ordering.
    pub fn earliest(self) -> Date {
        match self {
            Self::Day(date) | Self::About(date) | Self::Range(date, _) => date,
        }
    }
}

/// "2 Nov 2024", "about 22 Oct 2024", "24–31 Oct 2024".
impl fmt::Display for PublishedDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Day(date) => write!(f, "{date}"),
            Self::About(date) => write!(f, "about {date}"),
            Self::Range(from, until)
                if (from.year(), from.month()) == (until.year(), until.month()) =>
            {
                write!(f, "between {} and {until}", from.day())
            }
            Self::Range(from, until) if from.year() == until.year() => write!(
                f,
                "between {} {} and {until}",
                from.day(),
                from.month_abbreviation()
            ),
            Self::Range(from, until) => write!(f, "between {from} and {until}"),
        }
    }
}

/// An `http` or `https` URL: the only kind Parallax ever makes a link of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WebUrl(String);

impl WebUrl {
    pub fn parse(text: &str) -> Result<Self, String> {
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or_else(|| format!("{text:?} is not an http or https URL"))?;
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        if host.is_empty() || text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!("{text:?} is not a well-formed URL"));
        }
        Ok(Self(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One block of an article's body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Summary { label: Option<String>, text: String },
    Subhead(String),
    Paragraph(String),
    Caption(String),
    AuthorBio { label: Option<String>, text: String },
    Credit(String),
}

impl Block {
    pub fn text(&self) -> &str {
        match self {
            Self::Summary { text, .. } | Self::AuthorBio { text, .. } => text,
            Self::Subhead(text)
            | Self::Paragraph(text)
            | Self::Caption(text)
            | Self::Credit(text) => text,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    pub id: ArticleId,
    pub outlet: OutletId,
    pub outlet_attribution: Sourced<()>,
    pub headline: Sourced<String>,
    pub byline: Option<Sourced<String>>,
    pub published: Option<Sourced<PublishedDate>>,
    pub url: Option<Sourced<WebUrl>>,
    pub blocks: Vec<Block>,
}

/// A validated corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct Corpus {
    title: Option<String>,
    outlets: Vec<Outlet>,
    articles: Vec<Article>,
    claims: Vec<Claim>,
}

impl Corpus {
    /// The five articles Parallax ships with, from the files under
    /// `corpus/`, or what is wrong with them. A test parses them, so a build
    /// that passed its tests always gets `Ok`.
    pub fn parse_bundled() -> Result<Self, Vec<CorpusError>> {
        let head: serde_json::Value = serde_json::from_str(BUNDLED_HEAD)
            .map_err(|error| vec![CorpusError::at_root(format!("corpus/corpus.json: {error}"))])?;
        let mut document = head;
        let mut articles = Vec::with_capacity(BUNDLED_ARTICLES.len());
        for (name, text) in BUNDLED_ARTICLES {
            let article = serde_json::from_str(text).map_err(|error| {
                vec![CorpusError::at_root(format!(
                    "corpus/articles/{name}.json: {error}"
                ))]
            })?;
            articles.push(article);
        }
        document["articles"] = serde_json::Value::Array(articles);
        let mut claims: serde_json::Value = serde_json::from_str(BUNDLED_CLAIMS)
            .map_err(|error| vec![CorpusError::at_root(format!("corpus/claims.json: {error}"))])?;
        let found: Vec<crate::wire::FoundRecord> = serde_json::from_str(BUNDLED_FOUND)
            .map_err(|error| vec![CorpusError::at_root(format!("corpus/found.json: {error}"))])?;
        merge_found(&mut claims, &found);
        document["claims"] = claims;
        Self::from_value(&document)
    }

    /// Parses and validates a format-1 document, reporting every error. A
    /// leading byte-order mark is ignored.
    pub fn parse(json: &str) -> Result<Self, Vec<CorpusError>> {
        let json = crate::normalize::strip_bom(json);
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|error| vec![CorpusError::at_root(format!("not valid JSON: {error}"))])?;
        Self::from_value(&value)
    }

    fn from_value(value: &serde_json::Value) -> Result<Self, Vec<CorpusError>> {
        let record = structure(value)?;
        Self::from_record(&record)
    }

    /// Validates a record, reporting every error.
    pub fn from_record(record: &CorpusRecord) -> Result<Self, Vec<CorpusError>> {
        let mut errors = Vec::new();
        if record.format != wire::FORMAT_VERSION {
            errors.push(CorpusError::at_root(unsupported_version(record.format)));
            return Err(errors);
        }
        let outlets = validate_outlets(&record.outlets, &mut errors);
        let articles = validate_articles(&record.articles, &outlets, &mut errors);
        let claims = validate_claims(&record.claims, &articles, &mut errors);
        if errors.is_empty() {
            Ok(Self {
                title: record
                    .title
                    .clone()
                    .filter(|title| !title.trim().is_empty()),
                outlets,
                articles,
                claims,
            })
        } else {
            Err(errors)
        }
    }

    /// The corpus as a format-1 record, for export.
    pub fn to_record(&self) -> CorpusRecord {
        CorpusRecord {
            format: wire::FORMAT_VERSION,
            title: self.title.clone(),
            outlets: self
                .outlets
                .iter()
                .map(|outlet| OutletRecord {
                    id: outlet.id.0.clone(),
                    name: outlet.name.clone(),
                })
                .collect(),
            articles: self.articles.iter().map(article_record).collect(),
            claims: self.claims.iter().map(claim_record).collect(),
        }
    }

    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|claim| claim.id.0 == id)
    }

    /// The outlet an article belongs to.
    pub fn outlet_of(&self, article: &ArticleId) -> Option<&Outlet> {
        self.article(article)
            .and_then(|article| self.outlet(&article.outlet))
    }

    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    pub fn outlets(&self) -> &[Outlet] {
        &self.outlets
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    pub fn outlet(&self, id: &OutletId) -> Option<&Outlet> {
        self.outlets.iter().find(|outlet| &outlet.id == id)
    }

    pub fn article(&self, id: &ArticleId) -> Option<&Article> {
        self.articles.iter().find(|article| &article.id == id)
    }

    /// Looks an article up by the string form of its id (from a URL or a
    /// command line).
    pub fn find(&self, id: &str) -> Option<&Article> {
        self.articles.iter().find(|article| article.id.0 == id)
    }

    /// The articles of one outlet, in corpus order.
    pub fn articles_of<'a>(&'a self, outlet: &'a OutletId) -> impl Iterator<Item = &'a Article> {
        self.articles
            .iter()
            .filter(move |article| &article.outlet == outlet)
    }
}

/// The bundled corpus files: the corpus head (format, title, outlets) and
/// one file per article, in reading order.
const BUNDLED_HEAD: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/corpus.json"
));

/// The curated claims, hand-written (see `corpus/claims.json`).
const BUNDLED_CLAIMS: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/claims.json"
));

/// The claim engine's results for the curated claims, derived at build
/// time (see `corpus/found.json`).
const BUNDLED_FOUND: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../corpus/found.json"
));

/// Appends each claim's found stances and searched articles to the claims
/// document (a JSON array of claim records).
fn merge_found(claims: &mut serde_json::Value, found: &[crate::wire::FoundRecord]) {
    let Some(list) = claims.as_array_mut() else {
        return;
    };
    for entry in found {
        let Some(claim) = list.iter_mut().find(|c| c["id"] == entry.claim.as_str()) else {
            continue;
        };
        if let Some(stances) = claim["stances"].as_array_mut() {
            for stance in &entry.stances {
                if let Ok(value) = serde_json::to_value(stance) {
                    stances.push(value);
                }
            }
        }
        claim["searched"] = serde_json::Value::from(entry.searched.clone());
    }
}

macro_rules! bundled_article {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../corpus/articles/",
                $name,
                ".json"
            )),
        )
    };
}

/// Every file in `corpus/articles/` (a test checks none is missing).
pub const BUNDLED_ARTICLES: [(&str, &str); 5] = [
    bundled_article!("ni-joined-the-fight"),
    bundled_article!("kontur-how-far-russia-has-fallen"),
    bundled_article!("ni-troops-in-occupied-ukraine"),
    bundled_article!("abc-allies-on-edge"),
    bundled_article!("nyt-what-we-know"),
];

// ---------------------------------------------------------------------------
// Errors.

/// One problem in a corpus document, with where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusError {
    /// A JSON path such as `articles[2].published.date`; empty for the whole
    /// document.
    pub path: String,
    /// The id of the article (or outlet) the problem is in, when it has one.
    pub item: Option<String>,
    pub message: String,
}

impl CorpusError {
    fn at_root(message: String) -> Self {
        Self {
            path: String::new(),
            item: None,
            message,
        }
    }

    fn at(path: String, item: Option<&str>, message: impl Into<String>) -> Self {
        Self {
            path,
            item: item.map(str::to_string),
            message: message.into(),
        }
    }
}

/// `articles[2] ("abc-allies-on-edge").published.date: … `
impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            return write!(f, "{}", self.message);
        }
        match (&self.item, self.path.split_once('.')) {
            (Some(item), Some((head, field))) => {
                write!(f, "{head} ({item:?}), field `{field}`: {}", self.message)
            }
            (Some(item), None) => write!(f, "{} ({item:?}): {}", self.path, self.message),
            (None, _) => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

fn unsupported_version(version: u64) -> String {
    format!(
        "unsupported format version {version}; this version of Parallax reads format {}",
        wire::FORMAT_VERSION
    )
}

// ---------------------------------------------------------------------------
// Structure: JSON value to records, every item on its own so that one bad
// article does not hide the problems of the next.

fn structure(value: &serde_json::Value) -> Result<CorpusRecord, Vec<CorpusError>> {
    let Some(object) = value.as_object() else {
        return Err(vec![CorpusError::at_root(
            "a corpus is a JSON object with `format`, `outlets` and `articles`".into(),
        )]);
    };
    match object.get("format").map(serde_json::Value::as_u64) {
        None => {
            return Err(vec![CorpusError::at(
                "format".into(),
                None,
                "missing field",
            )]);
        }
        Some(None) => {
            return Err(vec![CorpusError::at(
                "format".into(),
                None,
                "must be a whole number (this version of Parallax reads format 1)",
            )]);
        }
        Some(Some(version)) if version != wire::FORMAT_VERSION => {
            return Err(vec![CorpusError::at(
                "format".into(),
                None,
                unsupported_version(version),
            )]);
        }
        Some(Some(_)) => {}
    }

    let mut errors = Vec::new();
    for key in object.keys() {
        if !matches!(
            key.as_str(),
            "format" | "title" | "outlets" | "articles" | "claims"
        ) {
            errors.push(CorpusError::at(
                key.clone(),
                None,
                "unknown field (expected `format`, `title`, `outlets`, `articles` or `claims`)",
            ));
        }
    }
    let title = match object.get("title") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(title)) => Some(title.clone()),
        Some(_) => {
            errors.push(CorpusError::at("title".into(), None, "must be a string"));
            None
        }
    };
    let outlets: Vec<OutletRecord> = items(object.get("outlets"), "outlets", &mut errors);
    let articles: Vec<ArticleRecord> = items(object.get("articles"), "articles", &mut errors);
    let claims: Vec<ClaimRecord> = match object.get("claims") {
        None | Some(serde_json::Value::Null) => Vec::new(),
        claims => items(claims, "claims", &mut errors),
    };
    if errors.is_empty() {
        Ok(CorpusRecord {
            format: wire::FORMAT_VERSION,
            title,
            outlets,
            articles,
            claims,
        })
    } else {
        Err(errors)
    }
}

/// Deserializes each element of the array at `key`, collecting the errors.
fn items<T: serde::de::DeserializeOwned>(
    value: Option<&serde_json::Value>,
    key: &str,
    errors: &mut Vec<CorpusError>,
) -> Vec<T> {
    let Some(value) = value else {
        errors.push(CorpusError::at(key.into(), None, "missing field"));
        return Vec::new();
    };
    let Some(array) = value.as_array() else {
        errors.push(CorpusError::at(key.into(), None, "must be an array"));
        return Vec::new();
    };
    let mut records = Vec::with_capacity(array.len());
    for (index, item) in array.iter().enumerate() {
        let id = item.get("id").and_then(serde_json::Value::as_str);
        match serde_path_to_error::deserialize::<_, T>(item) {
            Ok(record) => records.push(record),
            Err(error) => {
                let inner = error.path().to_string();
                let path = if inner == "." || inner.is_empty() {
                    format!("{key}[{index}]")
                } else {
                    format!("{key}[{index}].{inner}")
                };
                errors.push(CorpusError::at(
                    path,
                    id,
                    without_type_names(&error.into_inner().to_string()),
                ));
            }
        }
    }
    records
}

/// serde's message without the program's type names, which mean nothing to
/// whoever wrote the document: "expected struct SourcedText" becomes
/// "expected an object".
fn without_type_names(message: &str) -> String {
    // Only serde's own ending: a quoted value earlier in the message is the
    // writer's, and stays as written.
    match message.rsplit_once("expected struct ") {
        Some((head, name)) if name.chars().all(|c| c.is_alphanumeric() || c == '_') => {
            format!("{head}expected an object")
        }
        _ => message.to_string(),
    }
}

// ---------------------------------------------------------------------------
// Meaning: records to domain types.

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

const ID_RULE: &str =
    "must be 1 to 100 lower-case letters, digits and hyphens, not starting with a hyphen";

/// What is wrong with an item's id, given the ids of the items before it in
/// the same list (`list` names it in the message).
fn id_problem<'a>(
    id: &str,
    mut earlier: impl Iterator<Item = &'a str>,
    list: &str,
) -> Option<String> {
    if !is_valid_id(id) {
        return Some(ID_RULE.into());
    }
    earlier
        .position(|other| other == id)
        .map(|first| format!("duplicate id: {list}[{first}] has it already"))
}

fn validate_outlets(records: &[OutletRecord], errors: &mut Vec<CorpusError>) -> Vec<Outlet> {
    let mut outlets: Vec<Outlet> = Vec::with_capacity(records.len());
    for (index, record) in records.iter().enumerate() {
        let path = |field: &str| format!("outlets[{index}].{field}");
        let item = Some(record.id.as_str());
        if let Some(message) =
            id_problem(&record.id, outlets.iter().map(|o| o.id.as_str()), "outlets")
        {
            errors.push(CorpusError::at(path("id"), item, message));
        }
        if record.name.trim().is_empty() {
            errors.push(CorpusError::at(path("name"), item, "must not be empty"));
        }
        outlets.push(Outlet {
            id: OutletId(record.id.clone()),
            name: record.name.trim().to_string(),
        });
    }
    outlets
}

fn validate_articles(
    records: &[ArticleRecord],
    outlets: &[Outlet],
    errors: &mut Vec<CorpusError>,
) -> Vec<Article> {
    if records.is_empty() {
        errors.push(CorpusError::at(
            "articles".into(),
            None,
            "a corpus needs at least one article",
        ));
    }
    let mut articles: Vec<Article> = Vec::with_capacity(records.len());
    for (index, record) in records.iter().enumerate() {
        let mut problem = |field: &str, message: String| {
            errors.push(CorpusError::at(
                format!("articles[{index}].{field}"),
                Some(&record.id),
                message,
            ));
        };
        if let Some(message) = id_problem(
            &record.id,
            articles.iter().map(|a| a.id.as_str()),
            "articles",
        ) {
            problem("id", message);
        }
        if !outlets.iter().any(|outlet| outlet.id.0 == record.outlet) {
            problem(
                "outlet",
                format!("no outlet has the id {:?}", record.outlet),
            );
        }
        let headline = text_value(&record.headline, "headline", &mut problem);
        let byline = record
            .byline
            .as_ref()
            .map(|byline| text_value(byline, "byline", &mut problem));
        let published = record
            .published
            .as_ref()
            .and_then(|published| dated(published, "published", &mut problem));
        let url = record
            .url
            .as_ref()
            .and_then(|url| match WebUrl::parse(&url.value) {
                Ok(value) => Some(sourced(value, url)),
                Err(message) => {
                    problem("url.value", message);
                    None
                }
            });
        if record.blocks.is_empty() {
            problem("blocks", "an article needs at least one block".into());
        }
        let blocks: Vec<Block> = record.blocks.iter().map(block).collect();
        for (position, block) in blocks.iter().enumerate() {
            if block.text().trim().is_empty() {
                problem(
                    &format!("blocks[{position}].text"),
                    "must not be empty".into(),
                );
            }
        }
        articles.push(Article {
            id: ArticleId(record.id.clone()),
            outlet: OutletId(record.outlet.clone()),
            outlet_attribution: attribution(&record.outlet_attribution),
            headline,
            byline,
            published,
            url,
            blocks,
        });
    }
    articles
}

fn text_value(
    record: &SourcedText,
    field: &str,
    problem: &mut impl FnMut(&str, String),
) -> Sourced<String> {
    if record.value.trim().is_empty() {
        problem(&format!("{field}.value"), "must not be empty".into());
    }
    sourced(record.value.trim().to_string(), record)
}

fn sourced<T>(value: T, record: &SourcedText) -> Sourced<T> {
    Sourced {
        value,
        provenance: record.provenance,
        basis: record.basis.clone(),
    }
}

fn attribution(record: &AttributionRecord) -> Sourced<()> {
    Sourced {
        value: (),
        provenance: record.provenance,
        basis: record.basis.clone(),
    }
}

/// Validates a date record found at `field` ("published", "said_on").
fn dated(
    record: &DateRecord,
    field: &str,
    problem: &mut impl FnMut(&str, String),
) -> Option<Sourced<PublishedDate>> {
    let parse = |text: &str| Date::parse_iso(text);
    let Some(date) = parse(&record.date) else {
        problem(
            &format!("{field}.date"),
            format!(
                "{:?} is not a calendar date (expected YYYY-MM-DD)",
                record.date
            ),
        );
        return None;
    };
    let until_field = format!("{field}.until");
    let value = match (record.precision, record.until.as_deref()) {
        (DatePrecision::Range, Some(until)) => match parse(until) {
            Some(until) if until >= date => PublishedDate::Range(date, until),
            Some(_) => {
                problem(&until_field, "must not be before `date`".into());
                return None;
            }
            None => {
                problem(
                    &until_field,
                    format!("{until:?} is not a calendar date (expected YYYY-MM-DD)"),
                );
                return None;
            }
        },
        (DatePrecision::Range, None) => {
            problem(&until_field, "precision `range` needs `until`".into());
            return None;
        }
        (_, Some(_)) => {
            problem(&until_field, "only precision `range` takes `until`".into());
            return None;
        }
        (DatePrecision::Day, None) => PublishedDate::Day(date),
        (DatePrecision::About, None) => PublishedDate::About(date),
    };
    Some(Sourced {
        value,
        provenance: record.provenance,
        basis: record.basis.clone(),
    })
}

fn block(record: &BlockRecord) -> Block {
    match record {
        BlockRecord::Summary { label, text } => Block::Summary {
            label: label.clone(),
            text: text.clone(),
        },
        BlockRecord::Subhead { text } => Block::Subhead(text.clone()),
        BlockRecord::Paragraph { text } => Block::Paragraph(text.clone()),
        BlockRecord::Caption { text } => Block::Caption(text.clone()),
        BlockRecord::AuthorBio { label, text } => Block::AuthorBio {
            label: label.clone(),
            text: text.clone(),
        },
        BlockRecord::Credit { text } => Block::Credit(text.clone()),
    }
}

// ---------------------------------------------------------------------------
// Domain types back to records.

fn article_record(article: &Article) -> ArticleRecord {
    fn text<T>(sourced: &Sourced<T>, value: String) -> SourcedText {
        SourcedText {
            value,
            provenance: sourced.provenance,
            basis: sourced.basis.clone(),
        }
    }
    ArticleRecord {
        id: article.id.0.clone(),
        outlet: article.outlet.0.clone(),
        outlet_attribution: AttributionRecord {
            provenance: article.outlet_attribution.provenance,
            basis: article.outlet_attribution.basis.clone(),
        },
        headline: text(&article.headline, article.headline.value.clone()),
        byline: article.byline.as_ref().map(|b| text(b, b.value.clone())),
        published: article.published.as_ref().map(date_record),
        url: article
            .url
            .as_ref()
            .map(|url| text(url, url.value.0.clone())),
        blocks: article.blocks.iter().map(BlockRecord::from).collect(),
    }
}

impl From<&Block> for BlockRecord {
    fn from(block: &Block) -> Self {
        match block {
            Block::Summary { label, text } => BlockRecord::Summary {
                label: label.clone(),
                text: text.clone(),
            },
            Block::Subhead(text) => BlockRecord::Subhead { text: text.clone() },
            Block::Paragraph(text) => BlockRecord::Paragraph { text: text.clone() },
            Block::Caption(text) => BlockRecord::Caption { text: text.clone() },
            Block::AuthorBio { label, text } => BlockRecord::AuthorBio {
                label: label.clone(),
                text: text.clone(),
            },
            Block::Credit(text) => BlockRecord::Credit { text: text.clone() },
        }
    }
}

fn date_record(dated: &Sourced<PublishedDate>) -> DateRecord {
    let (date, until, precision) = match dated.value {
        PublishedDate::Day(date) => (date, None, DatePrecision::Day),
        PublishedDate::About(date) => (date, None, DatePrecision::About),
        PublishedDate::Range(from, until) => (from, Some(until.iso()), DatePrecision::Range),
    };
    DateRecord {
        date: date.iso(),
        until,
        precision,
        provenance: dated.provenance,
        basis: dated.basis.clone(),
    }
}

fn claim_record(claim: &Claim) -> ClaimRecord {
    ClaimRecord {
        id: claim.id.0.clone(),
        question: claim.question.clone(),
        kind: claim.kind,
        provenance: claim.origin,
        searched: claim.searched.iter().map(|a| a.0.clone()).collect(),
        rejected: claim
            .rejected
            .iter()
            .map(|r| crate::wire::RejectedRecord {
                article: r.article.0.clone(),
                quote: r.quote.clone(),
            })
            .collect(),
        stances: claim
            .stances
            .iter()
            .map(|stance| StanceRecord {
                article: stance.article.0.clone(),
                quote: stance.quote.clone(),
                source: stance.source.clone(),
                via: stance.via.clone(),
                provenance: stance.origin,
                said_on: stance.said_on.as_ref().map(date_record),
                value: match &stance.value {
                    StanceValue::Number {
                        amount,
                        qualifier,
                        unit,
                    } => ValueRecord {
                        text: stance.value_text.clone(),
                        amount: Some(*amount),
                        qualifier: Some(*qualifier),
                        unit: Some(unit.clone()),
                        label: None,
                        scope: stance.scope.as_ref().map(scope_record),
                    },
                    StanceValue::Label(label) => ValueRecord {
                        text: stance.value_text.clone(),
                        amount: None,
                        qualifier: None,
                        unit: None,
                        label: Some(label.clone()),
                        scope: stance.scope.as_ref().map(scope_record),
                    },
                },
            })
            .collect(),
    }
}

// ---------------------------------------------------------------------------
// Claims.

fn validate_claims(
    records: &[ClaimRecord],
    articles: &[Article],
    errors: &mut Vec<CorpusError>,
) -> Vec<Claim> {
    let mut claims: Vec<Claim> = Vec::with_capacity(records.len());
    for (index, record) in records.iter().enumerate() {
        let mut problem = |field: &str, message: String| {
            errors.push(CorpusError::at(
                format!("claims[{index}].{field}"),
                Some(&record.id),
                message,
            ));
        };
        if let Some(message) =
            id_problem(&record.id, claims.iter().map(|c| c.id.as_str()), "claims")
        {
            problem("id", message);
        }
        if record.question.trim().is_empty() {
            problem("question", "must not be empty".into());
        }
        if record.stances.is_empty() {
            problem("stances", "a claim needs at least one stance".into());
        }
        let stances = record
            .stances
            .iter()
            .enumerate()
            .filter_map(|(position, stance)| {
                let field = format!("stances[{position}]");
                validate_stance(stance, record.kind, articles, &field, &mut problem)
            })
            .collect();
        let mut searched = Vec::new();
        for (position, id) in record.searched.iter().enumerate() {
            match articles.iter().find(|a| a.id.0 == *id) {
                Some(article) => searched.push(article.id.clone()),
                None => problem(
                    &format!("searched[{position}]"),
                    format!("no article has the id \"{id}\""),
                ),
            }
        }
        let mut rejected = Vec::new();
        for (position, entry) in record.rejected.iter().enumerate() {
            let at = format!("rejected[{position}]");
            match articles.iter().find(|a| a.id.0 == entry.article) {
                None => problem(
                    &format!("{at}.article"),
                    format!("no article has the id \"{}\"", entry.article),
                ),
                Some(article) if !article_holds(article, &entry.quote) => problem(
                    &format!("{at}.quote"),
                    format!(
                        "does not occur verbatim in article {:?}: {:?}",
                        entry.article,
                        excerpt(&entry.quote)
                    ),
                ),
                Some(article) => rejected.push(Rejected {
                    article: article.id.clone(),
                    quote: entry.quote.clone(),
                }),
            }
        }
        claims.push(Claim {
            id: ClaimId(record.id.clone()),
            searched,
            rejected,
            question: record.question.trim().to_string(),
            kind: record.kind,
            origin: record.provenance,
            stances,
        });
    }
    claims
}

fn validate_stance(
    record: &StanceRecord,
    kind: ClaimKind,
    articles: &[Article],
    field: &str,
    problem: &mut impl FnMut(&str, String),
) -> Option<Stance> {
    let at = |name: &str| format!("{field}.{name}");
    let mut ok = true;
    match articles
        .iter()
        .find(|article| article.id.0 == record.article)
    {
        None => {
            problem(
                &at("article"),
                format!("no article has the id {:?}", record.article),
            );
            ok = false;
        }
        Some(article) => {
            if record.quote.trim().is_empty() {
                problem(&at("quote"), "must not be empty".into());
                ok = false;
            } else if !article_holds(article, &record.quote) {
                let hint = if article_holds_loosely(article, &record.quote) {
                    " (it differs only in white space: the article may have a non-breaking space or a line break there)"
                } else if article_holds_unaccented(article, &record.quote) {
                    " (it differs only in accents or case, or in how accented letters are encoded: composed in one, a letter and a combining mark in the other)"
                } else {
                    ""
                };
                problem(
                    &at("quote"),
                    format!(
                        "does not occur verbatim in article {:?}: {:?}{hint}",
                        record.article,
                        excerpt(&record.quote)
                    ),
                );
                ok = false;
            }
        }
    }
    let value = &record.value;
    if value.text.is_empty() || !record.quote.contains(&value.text) {
        problem(
            &at("value.text"),
            format!("{:?} must be words of the quote", value.text),
        );
        ok = false;
    }
    if record
        .source
        .as_deref()
        .is_some_and(|s| s.trim().is_empty())
    {
        problem(
            &at("source"),
            "must not be empty (leave it out for the outlet's own assessment)".into(),
        );
        ok = false;
    }
    let said_on = match &record.said_on {
        Some(date) => {
            let dated = dated(date, &at("said_on"), problem);
            ok &= dated.is_some();
            dated
        }
        None => None,
    };
    let normalized = match kind {
        ClaimKind::Number => {
            if value.label.is_some() {
                problem(
                    &at("value.label"),
                    "a number claim takes `amount` and `unit`, not `label`".into(),
                );
                ok = false;
            }
            match (value.amount, value.unit.as_deref()) {
                (Some(amount), Some(unit))
                    if amount.is_finite() && amount >= 0.0 && !unit.trim().is_empty() =>
                {
                    Some(StanceValue::Number {
                        amount,
                        qualifier: value.qualifier.unwrap_or(Qualifier::Exactly),
                        unit: unit.trim().to_string(),
                    })
                }
                (Some(amount), _) if !amount.is_finite() || amount < 0.0 => {
                    problem(
                        &at("value.amount"),
                        "must be a number of zero or more".into(),
                    );
                    None
                }
                (None, _) => {
                    problem(&at("value.amount"), "a number claim needs `amount`".into());
                    None
                }
                _ => {
                    problem(&at("value.unit"), "a number claim needs a `unit`".into());
                    None
                }
            }
        }
        _ => {
            if value.amount.is_some() || value.qualifier.is_some() || value.unit.is_some() {
                problem(
                    &at("value"),
                    format!(
                        "a {} claim takes `label`, not `amount`, `qualifier` or `unit`",
                        kind.label().to_lowercase()
                    ),
                );
                ok = false;
            }
            match value.label.as_deref().map(str::trim) {
                Some(label) if !label.is_empty() => Some(StanceValue::Label(label.to_string())),
                _ => {
                    problem(
                        &at("value.label"),
                        format!("a {} claim needs a `label`", kind.label().to_lowercase()),
                    );
                    None
                }
            }
        }
    };
    let normalized = normalized?;
    let has_source = record
        .source
        .as_deref()
        .is_some_and(|s| !s.trim().is_empty());
    if record.via.is_some() && !has_source {
        problem(
            &at("via"),
            "`via` names who relayed a source's words, so it needs a `source`".into(),
        );
        return None;
    }
    let scope = match value.scope.as_ref().map(scope_of) {
        Some(Ok(scope)) => scope,
        Some(Err(message)) => {
            problem(&at("value.scope"), message);
            return None;
        }
        None => None,
    };
    ok.then(|| Stance {
        article: ArticleId(record.article.clone()),
        quote: record.quote.clone(),
        source: record.source.as_deref().map(str::trim).map(str::to_string),
        said_on,
        value: normalized,
        value_text: value.text.clone(),
        scope,
        via: record
            .via
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string),
        origin: record.provenance,
    })
}

/// A scope record as the domain's [`Scope`]: blank text is no scope; parts
/// need at least one value.
fn scope_of(record: &ScopeRecord) -> Result<Option<Scope>, String> {
    let clean = |text: &Option<String>| {
        text.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    match record {
        ScopeRecord::Text(text) => Ok(clean(&Some(text.clone())).map(|text| Scope {
            text: Some(text),
            ..Scope::default()
        })),
        ScopeRecord::Parts(parts) => {
            let scope = Scope {
                text: clean(&parts.text),
                place: clean(&parts.place),
                when: parts.when,
                time: clean(&parts.time),
                counted: clean(&parts.counted),
            };
            if scope.text.is_none() && !scope.has_parts() && scope.time.is_none() {
                Err(
                    "a scope needs at least one of `text`, `place`, `when`, `time`, `counted`"
                        .into(),
                )
            } else {
                Ok(Some(scope))
            }
        }
    }
}

/// The domain's scope as a record: text alone stays a string.
fn scope_record(scope: &Scope) -> ScopeRecord {
    if !scope.has_parts() && scope.time.is_none() {
        if let Some(text) = &scope.text {
            return ScopeRecord::Text(text.clone());
        }
    }
    ScopeRecord::Parts(ScopeParts {
        text: scope.text.clone(),
        place: scope.place.clone(),
        when: scope.when,
        time: scope.time.clone(),
        counted: scope.counted.clone(),
    })
}

/// Whether the quote stands, verbatim, within one block (or the headline).
fn article_holds(article: &Article, quote: &str) -> bool {
    article.headline.value.contains(quote)
        || article
            .blocks
            .iter()
            .any(|block| block.text().contains(quote))
}

/// Whether the quote stands in one block once white space is folded, to tell
/// curators what is wrong; a quote must still match verbatim to be valid.
fn article_holds_loosely(article: &Article, quote: &str) -> bool {
    let fold = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let quote = fold(quote);
    article
        .blocks
        .iter()
        .any(|block| fold(block.text()).contains(&quote))
}

/// Whether the quote occurs once accents and case are folded away (as the
/// search folds them), which also equates composed and decomposed letters.
fn article_holds_unaccented(article: &Article, quote: &str) -> bool {
    let quote = crate::normalize::fold(quote);
    article
        .blocks
        .iter()
        .any(|block| crate::normalize::fold(block.text()).contains(&quote))
}

fn excerpt(text: &str) -> String {
    let mut excerpt: String = text.chars().take(60).collect();
    if excerpt.len() < text.len() {
        excerpt.push('…');
    }
    excerpt
}
