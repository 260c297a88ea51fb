//! Saved web pages: a page's tree in, a clean article out, the way reader
//! modes find an article (after mozilla/readability's passes, written anew
//! for Parallax). The core never parses HTML itself: the command-line
//! program builds a [`PageNode`] tree with an HTML parsing crate, the
//! widget with the browser's inert `DOMParser`; both then share these rules.
//! Nothing of the page is run or loaded: a `<script>` is read only when it
//! is JSON-LD data, as JSON.
//!
//! Passes, in order:
//!
//! - P1 **Metadata.** JSON-LD `NewsArticle` (or `Article`, `ReportageNewsArticle`,
//!   `BlogPosting`, `LiveBlogPosting`, also inside `@graph`): `headline`,
//!   `author`, `datePublished`, `publisher.name`; then `<meta>`
//!   (`og:title`, `article:published_time`, `author`, `og:site_name`,
//!   `og:url`); then the first `<time datetime>`. What metadata gives is
//!   marked stated, with the field it came from as basis.
//! - P2 **Unlikely blocks removed**: scripts, styles, forms, navigation,
//!   asides, footers, iframes, buttons, hidden elements, and elements whose
//!   class, id or role names page furniture ([`UNLIKELY`]: comments, share
//!   bars, cookie notices, related-story lists, newsletters…) unless they
//!   also name content ([`LIKELY`]).
//! - P3 **Scoring**: every paragraph of at least [`MIN_PARAGRAPH_CHARS`]
//!   scores 1, plus one per comma, plus one per 100 characters (at most 3);
//!   its parent gets the score, its grandparent half. A container's class
//!   or id adds or takes [`CLASS_WEIGHT`]; the score is scaled by the share
//!   of its text that is not link text.
//! - P4 **Top candidate**: the best-scored container; its siblings scoring
//!   at least [`SIBLING_SHARE`] of it join it (articles split by ads), and
//!   so do the siblings from the one holding the page's `<h1>` to it (the
//!   article's head: standfirst, byline, date).
//! - P5 **Text**: headings, paragraphs, list items, quotes and captions of
//!   the content become lines, white space folded (a block shorter than
//!   [`MAX_LINK_BLOCK_CHARS`] that is mostly link text is left out); the page's first `<h1>`
//!   heads them when the content does not hold it. The lines then go
//!   through the text cleaner ([`crate::clean`]) like pasted text, so the
//!   same furniture rules apply.

#[cfg(any(feature = "html", test))]
mod html;
#[cfg(any(feature = "html", test))]
pub use html::parse_html;
#[cfg(any(feature = "html", test))]
pub mod quality;

use crate::clean::{CleanedArticle, clean_article, names_no_person, read_dateline};
use crate::corpus::Block;
use crate::date::Date;

/// A node of a page's tree, as an HTML parser gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageNode {
    /// An element: its lower-case tag name, attributes (names lower case)
    /// and children in order.
    Element {
        tag: String,
        attributes: Vec<(String, String)>,
        children: Vec<PageNode>,
    },
    /// A text node, as decoded by the parser.
    Text(String),
}

impl PageNode {
    fn attribute(&self, name: &str) -> Option<&str> {
        match self {
            Self::Element { attributes, .. } => attributes
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str()),
            Self::Text(_) => None,
        }
    }

    fn tag(&self) -> &str {
        match self {
            Self::Element { tag, .. } => tag,
            Self::Text(_) => "",
        }
    }

    fn children(&self) -> &[PageNode] {
        match self {
            Self::Element { children, .. } => children,
            Self::Text(_) => &[],
        }
    }

    /// All text below this node, white space folded.
    fn text(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn collect_text(&self, out: &mut String) {
        match self {
            Self::Text(text) => out.push_str(text),
            Self::Element { tag, children, .. } => {
                if matches!(tag.as_str(), "script" | "style" | "template" | "noscript") {
                    return;
                }
                if tag == "br" {
                    out.push(' ');
                }
                for child in children {
                    child.collect_text(out);
                }
            }
        }
    }
}

/// A value found in a page or text, with how it is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found<T> {
    pub value: T,
    /// True when the page's metadata or the text's own line states it;
    /// false when it is a guess.
    pub stated: bool,
    /// Where it comes from ("JSON-LD NewsArticle.datePublished", "a date
    /// line in the text") or why it is a guess.
    pub basis: String,
}

/// An article read from a page (or from text, through [`from_text`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageArticle {
    pub headline: Option<Found<String>>,
    pub byline: Option<Found<String>>,
    pub published: Option<Found<Date>>,
    /// The outlet's name, when the page names it.
    pub outlet: Option<Found<String>>,
    /// The page's own address (`og:url`, canonical link), http(s) only.
    pub url: Option<String>,
    pub blocks: Vec<Block>,
}

/// Classes, ids and roles that name page furniture (pass P2).
pub const UNLIKELY: [&str; 34] = [
    "donate",
    "donation",
    "support-us",
    "comment",
    "share",
    "social",
    "related",
    "cookie",
    "consent",
    "banner",
    "promo",
    "newsletter",
    "sidebar",
    "footer",
    "nav",
    "menu",
    "advert",
    "ad-",
    "ads",
    "popup",
    "modal",
    "subscribe",
    "paywall",
    "recirc",
    "most-read",
    "mostread",
    "trending",
    "breadcrumb",
    "outbrain",
    "taboola",
    "sponsor",
    "signup",
    "masthead",
    "skip",
];
/// Classes and ids that name content and save an element from P2.
pub const LIKELY: [&str; 6] = ["article", "body", "content", "main", "story", "text"];
/// Paragraphs shorter than this are not scored (P3): captions, labels.
pub const MIN_PARAGRAPH_CHARS: usize = 25;
/// What a content-like or furniture-like class or id adds or takes (P3).
pub const CLASS_WEIGHT: f64 = 25.0;
/// Siblings scoring this share of the top candidate join it (P4).
pub const SIBLING_SHARE: f64 = 0.2;
/// Blocks shorter than this that are mostly link text are left out (P5).
pub const MAX_LINK_BLOCK_CHARS: usize = 100;
/// How deep a tree the parsers build: elements deeper than this become
/// their text. Real pages nest a few dozen levels; a hostile page nested
/// thousands deep would otherwise exhaust the stack of every recursive
/// pass.
pub const MAX_DEPTH: usize = 256;

const DROPPED_TAGS: [&str; 16] = [
    "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "input",
    "select", "textarea", "nav", "aside", "footer", "object", "canvas",
];
const FURNITURE_ROLES: [&str; 6] = [
    "navigation",
    "complementary",
    "banner",
    "contentinfo",
    "dialog",
    "alertdialog",
];

/// Reads an article from a page's tree (passes P1 to P5).
pub fn read_page(root: &PageNode) -> PageArticle {
    let meta = metadata(root);
    let content = without_unlikely(root).unwrap_or_else(|| PageNode::Text(String::new()));
    let first_h1 = find_first(&content, "h1").map(PageNode::text);
    let cleaned = clean_article(&content_lines(&content).join("\n"));
    let mut article = from_cleaned(cleaned, "the page's text");
    // The headline as the page prints it: its <h1>, or the heading that
    // carries the metadata's headline with small differences (a "$" a CMS
    // dropped); else the metadata's; else the cleaner's guess.
    let printed = first_h1.or_else(|| {
        let wanted = meta.headline.as_ref()?.value.clone();
        ["h2", "h3"]
            .iter()
            .filter_map(|tag| find_first(&content, tag).map(PageNode::text))
            .find(|heading| similar(heading, &wanted))
    });
    if let Some(heading) = printed.filter(|h| !h.is_empty()) {
        article.headline = Some(Found {
            value: heading,
            stated: true,
            basis: "the page's main heading".into(),
        });
    } else if let Some(headline) = meta.headline {
        article.headline = Some(headline);
    }
    // A byline printed in the text names people; metadata that names a
    // desk or a service ("Wire Services", "Staff") gives way to it.
    match (meta.byline, &article.byline) {
        (Some(byline), Some(_)) if names_no_person(&byline.value) => {}
        (Some(byline), _) => article.byline = Some(byline),
        (None, _) => {}
    }
    if let Some(date) = meta.published {
        article.published = Some(date);
    }
    // An "originally published by" line in the text wins over the site
    // that republished it; the site's metadata wins over a copyright line.
    if !article.outlet.as_ref().is_some_and(|o| o.stated) {
        if let Some(outlet) = meta.outlet {
            article.outlet = Some(outlet);
        }
    }
    article.url = meta.url;
    if let Some(headline) = &article.headline {
        let headline = squash(&headline.value);
        article
            .blocks
            .retain(|block| squash(block.text()) != headline);
    }
    // What the page marks as a caption (<figcaption>, a "caption" or
    // "credit" class) is a caption, whatever its words.
    let captions = marked_captions(&content);
    for block in &mut article.blocks {
        if let Block::Paragraph(text) | Block::Subhead(text) = block {
            if captions.contains(&squash(text)) {
                *block = Block::Caption(std::mem::take(text));
            }
        }
    }
    article
}

fn marked_captions(root: &PageNode) -> Vec<String> {
    let mut nodes = Vec::new();
    walk(root, &mut nodes);
    nodes
        .into_iter()
        .filter(|n| {
            n.tag() == "figcaption"
                || (!n.tag().is_empty() && !has_block(n) && {
                    let names = class_and_id(n);
                    names.contains("caption") || names.contains("credit")
                })
        })
        .map(PageNode::text)
        .collect()
}

/// The page's main content as lines of text (passes P2 to P5, without the
/// cleaner): what HTML pasted from the clipboard becomes in the paste form,
/// where the cleaner then reads it like any pasted text.
pub fn page_text(root: &PageNode) -> String {
    let content = without_unlikely(root).unwrap_or_else(|| PageNode::Text(String::new()));
    content_lines(&content).join("\n")
}

/// Passes P3 to P5 on a tree P2 has pruned.
fn content_lines(content: &PageNode) -> Vec<String> {
    let mut lines = Vec::new();
    for candidate in &top_content(content) {
        emit_lines(candidate, &mut lines);
    }
    if let Some(h1) = find_first(content, "h1")
        .map(PageNode::text)
        .filter(|h| !h.is_empty() && !lines.contains(h))
    {
        lines.insert(0, h1);
    }
    lines
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Two headings are the same headline when most of the longer one's words
/// (folded) are in the other.
fn similar(a: &str, b: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        crate::normalize::fold(t)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let (long, short) = if a.len() >= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    !long.is_empty() && long.iter().filter(|w| short.contains(w)).count() * 10 >= long.len() * 8
}

/// The cleaner's reading of pasted text, in the same shape as a page's.
pub fn from_text(text: &str) -> PageArticle {
    from_cleaned(clean_article(text), "the text")
}

fn from_cleaned(cleaned: CleanedArticle, whose: &str) -> PageArticle {
    let headline_basis = format!("the heading that opens {whose}, as the cleaner reads it");
    let outlet = cleaned.outlet.map(|named| Found {
        value: named.name,
        stated: named.stated,
        basis: named.basis,
    });
    PageArticle {
        headline: cleaned.headline.map(|value| Found {
            value,
            stated: false,
            basis: headline_basis,
        }),
        byline: cleaned.byline.map(|value| Found {
            value,
            stated: true,
            basis: format!("the byline printed in {whose}"),
        }),
        published: cleaned.dateline.map(|value| Found {
            value,
            stated: cleaned.date_ambiguity.is_none(),
            basis: cleaned
                .date_ambiguity
                .unwrap_or_else(|| format!("the date line printed in {whose}")),
        }),
        outlet,
        url: None,
        blocks: cleaned.blocks,
    }
}

// ---------------------------------------------------------------------------
// P1: metadata.

#[derive(Default)]
struct Meta {
    headline: Option<Found<String>>,
    byline: Option<Found<String>>,
    published: Option<Found<Date>>,
    outlet: Option<Found<String>>,
    url: Option<String>,
}

fn stated<T>(value: T, basis: &str) -> Option<Found<T>> {
    Some(Found {
        value,
        stated: true,
        basis: basis.to_string(),
    })
}

/// A date from a metadata value ("2024-11-05T14:31:00Z", "Nov 5, 2024").
fn meta_date(value: &str) -> Option<Date> {
    read_dateline(value.trim()).map(|line| line.date)
}

fn metadata(root: &PageNode) -> Meta {
    let mut meta = Meta::default();
    let mut nodes = Vec::new();
    walk(root, &mut nodes);
    // JSON-LD first: it says what the page is about in the page's own words.
    for node in &nodes {
        if node.tag() == "script"
            && node
                .attribute("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        {
            let json: String = node
                .children()
                .iter()
                .filter_map(|c| match c {
                    PageNode::Text(t) => Some(t.as_str()),
                    PageNode::Element { .. } => None,
                })
                .collect();
            if let Ok(value) = serde_json::from_str::<serde_json::Value>(&json) {
                json_ld(&value, &mut meta);
            }
        }
    }
    let mut time_datetime = None;
    for node in &nodes {
        let content = node.attribute("content").map(str::trim).unwrap_or("");
        let key = node
            .attribute("property")
            .or_else(|| node.attribute("name"))
            .or_else(|| node.attribute("itemprop"))
            .unwrap_or("")
            .to_ascii_lowercase();
        match (node.tag(), key.as_str()) {
            ("meta", "og:title" | "twitter:title")
                if meta.headline.is_none() && !content.is_empty() =>
            {
                meta.headline = stated(content.to_string(), &format!("the page's {key} metadata"));
            }
            (
                "meta",
                "article:published_time"
                | "og:article:published_time"
                | "datepublished"
                | "pubdate"
                | "date"
                | "dc.date"
                | "dcterms.created",
            ) if meta.published.is_none() => {
                if let Some(date) = meta_date(content) {
                    meta.published = stated(date, &format!("the page's {key} metadata"));
                }
            }
            ("meta", "author" | "article:author" | "byl")
                if meta.byline.is_none() && !content.is_empty() && !content.contains("://") =>
            {
                let name = content.strip_prefix("By ").unwrap_or(content);
                meta.byline = stated(name.to_string(), &format!("the page's {key} metadata"));
            }
            ("meta", "og:site_name" | "application-name")
                if meta.outlet.is_none() && !content.is_empty() =>
            {
                meta.outlet = stated(content.to_string(), &format!("the page's {key} metadata"));
            }
            ("meta", "og:url") if meta.url.is_none() => meta.url = web_url(content),
            ("link", _) if meta.url.is_none() && node.attribute("rel") == Some("canonical") => {
                meta.url = node.attribute("href").and_then(web_url);
            }
            ("time", _) if time_datetime.is_none() => {
                time_datetime = node.attribute("datetime").and_then(meta_date);
            }
            _ => {}
        }
    }
    if meta.published.is_none() {
        if let Some(date) = time_datetime {
            meta.published = stated(date, "the page's first <time datetime>");
        }
    }
    meta
}

fn web_url(value: &str) -> Option<String> {
    let value = value.trim();
    (value.starts_with("https://") || value.starts_with("http://")).then(|| value.to_string())
}

fn json_ld(value: &serde_json::Value, meta: &mut Meta) {
    use serde_json::Value;
    match value {
        Value::Array(items) => items.iter().for_each(|item| json_ld(item, meta)),
        Value::Object(object) => {
            if let Some(graph) = object.get("@graph") {
                json_ld(graph, meta);
            }
            let kinds: Vec<&str> = match object.get("@type") {
                Some(Value::String(kind)) => vec![kind.as_str()],
                Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            let is_article = kinds.iter().any(|k| {
                matches!(
                    *k,
                    "NewsArticle"
                        | "Article"
                        | "ReportageNewsArticle"
                        | "BlogPosting"
                        | "LiveBlogPosting"
                        | "AnalysisNewsArticle"
                        | "ReportageArticle"
                )
            });
            if !is_article {
                return;
            }
            let kind = kinds[0];
            if let Some(headline) = object.get("headline").and_then(Value::as_str) {
                if meta.headline.is_none() && !headline.trim().is_empty() {
                    meta.headline = stated(
                        headline.trim().to_string(),
                        &format!("JSON-LD {kind}.headline"),
                    );
                }
            }
            if let Some(date) = object
                .get("datePublished")
                .and_then(Value::as_str)
                .and_then(meta_date)
            {
                if meta.published.is_none() {
                    meta.published = stated(date, &format!("JSON-LD {kind}.datePublished"));
                }
            }
            let name_of = |v: &Value| -> Option<String> {
                match v {
                    Value::String(s) => Some(s.clone()),
                    Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
                    _ => None,
                }
            };
            let authors: Vec<String> = match object.get("author") {
                Some(Value::Array(list)) => list.iter().filter_map(name_of).collect(),
                Some(other) => name_of(other).into_iter().collect(),
                None => Vec::new(),
            };
            if meta.byline.is_none() && !authors.is_empty() {
                meta.byline = stated(join_names(&authors), &format!("JSON-LD {kind}.author"));
            }
            if let Some(publisher) = object.get("publisher").and_then(name_of) {
                if meta.outlet.is_none() {
                    meta.outlet = stated(publisher, &format!("JSON-LD {kind}.publisher"));
                }
            }
        }
        _ => {}
    }
}

/// "A", "A and B", "A, B and C".
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn walk<'a>(node: &'a PageNode, out: &mut Vec<&'a PageNode>) {
    out.push(node);
    for child in node.children() {
        walk(child, out);
    }
}

fn find_first<'a>(node: &'a PageNode, tag: &str) -> Option<&'a PageNode> {
    if node.tag() == tag {
        return Some(node);
    }
    node.children()
        .iter()
        .find_map(|child| find_first(child, tag))
}

// ---------------------------------------------------------------------------
// P2: unlikely blocks.

fn class_and_id(node: &PageNode) -> String {
    format!(
        "{} {}",
        node.attribute("class").unwrap_or(""),
        node.attribute("id").unwrap_or("")
    )
    .to_ascii_lowercase()
}

fn is_unlikely(node: &PageNode) -> bool {
    let PageNode::Element { tag, .. } = node else {
        return false;
    };
    if DROPPED_TAGS.contains(&tag.as_str())
        || node.attribute("hidden").is_some()
        || node.attribute("aria-hidden") == Some("true")
        || node
            .attribute("role")
            .is_some_and(|role| FURNITURE_ROLES.contains(&role))
    {
        return true;
    }
    if matches!(tag.as_str(), "body" | "html" | "article" | "main") {
        return false;
    }
    let names = class_and_id(node);
    // A paywall wrapper around the article's own paragraphs is content; a
    // paywall notice is not.
    let wraps_paragraphs = || {
        let mut nodes = Vec::new();
        walk(node, &mut nodes);
        nodes
            .iter()
            .filter(|n| n.tag() == "p" && n.text().chars().count() >= 80)
            .count()
            >= 2
    };
    if ["paywall", "premium", "subscriber"]
        .iter()
        .any(|p| names.contains(p))
        && wraps_paragraphs()
    {
        return false;
    }
    UNLIKELY.iter().any(|u| names.contains(u)) && !LIKELY.iter().any(|l| names.contains(l))
}

/// The tree without unlikely blocks; `None` when the node itself goes.
fn without_unlikely(node: &PageNode) -> Option<PageNode> {
    match node {
        PageNode::Text(_) => Some(node.clone()),
        PageNode::Element {
            tag,
            attributes,
            children,
        } => {
            if is_unlikely(node) {
                return None;
            }
            Some(PageNode::Element {
                tag: tag.clone(),
                attributes: attributes.clone(),
                children: children.iter().filter_map(without_unlikely).collect(),
            })
        }
    }
}

// ---------------------------------------------------------------------------
// P3, P4: scoring and the top candidate.

fn class_weight(node: &PageNode) -> f64 {
    let names = class_and_id(node);
    let mut weight = 0.0;
    if LIKELY.iter().any(|l| names.contains(l)) {
        weight += CLASS_WEIGHT;
    }
    if UNLIKELY.iter().any(|u| names.contains(u)) {
        weight -= CLASS_WEIGHT;
    }
    weight
}

fn link_density(node: &PageNode) -> f64 {
    let total = node.text().chars().count();
    if total == 0 {
        return 0.0;
    }
    let mut anchors = Vec::new();
    walk(node, &mut anchors);
    let linked: usize = anchors
        .iter()
        .filter(|n| n.tag() == "a")
        .map(|n| n.text().chars().count())
        .sum();
    linked as f64 / total as f64
}

fn paragraph_score(node: &PageNode) -> f64 {
    let text = node.text();
    let chars = text.chars().count();
    if chars < MIN_PARAGRAPH_CHARS {
        return 0.0;
    }
    1.0 + text.matches([',', '，', '、']).count() as f64 + (chars as f64 / 100.0).floor().min(3.0)
}

/// Scores every container by path (a list of child indexes from `root`).
fn score(node: &PageNode, path: &mut Vec<usize>, scores: &mut Scores) {
    for (i, child) in node.children().iter().enumerate() {
        path.push(i);
        if matches!(child.tag(), "p" | "pre" | "td" | "blockquote") {
            let points = paragraph_score(child);
            if points > 0.0 && path.len() >= 2 {
                add(scores, &path[..path.len() - 1], points);
                if path.len() >= 3 {
                    add(scores, &path[..path.len() - 2], points / 2.0);
                }
            }
        }
        score(child, path, scores);
        path.pop();
    }
}

/// Each scored container's raw score, by its path from the root.
type Scores = std::collections::HashMap<Vec<usize>, f64>;

fn add(scores: &mut Scores, path: &[usize], points: f64) {
    *scores.entry(path.to_vec()).or_insert(0.0) += points;
}

fn at_path<'a>(root: &'a PageNode, path: &[usize]) -> &'a PageNode {
    path.iter().fold(root, |node, &i| &node.children()[i])
}

/// The top candidate and the siblings that join it, in page order.
fn top_content(root: &PageNode) -> Vec<PageNode> {
    let mut scores = Scores::new();
    score(root, &mut Vec::new(), &mut scores);
    let final_score = |path: &[usize], raw: f64| {
        let node = at_path(root, path);
        (raw + class_weight(node)) * (1.0 - link_density(node))
    };
    let Some((best_path, best)) = scores
        .iter()
        .map(|(path, raw)| (path.clone(), final_score(path, *raw)))
        // Ties go to the earlier container, whatever the map's order.
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
    else {
        return vec![root.clone()];
    };
    let Some((&own, parent_path)) = best_path.split_last() else {
        return vec![root.clone()];
    };
    let parent = at_path(root, parent_path);
    let threshold = (best * SIBLING_SHARE).max(10.0);
    // The article's head: when the page's <h1> stands in an earlier sibling
    // of the top candidate, the siblings from it on (headline, standfirst,
    // byline, date) join too; the text cleaner sorts them.
    let head_from = parent
        .children()
        .iter()
        .position(|child| find_first(child, "h1").is_some())
        .filter(|&h| h < own);
    parent
        .children()
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            *i == own || head_from.is_some_and(|h| (h..own).contains(i)) || {
                let mut path = parent_path.to_vec();
                path.push(*i);
                scores
                    .get(&path)
                    .is_some_and(|raw| final_score(&path, *raw) >= threshold)
            }
        })
        .map(|(_, node)| node.clone())
        .collect()
}

// ---------------------------------------------------------------------------
// P5: text.

const BLOCK_TAGS: [&str; 14] = [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "figcaption",
    "pre",
    "dt",
    "dd",
    "address",
];

fn emit_lines(node: &PageNode, lines: &mut Vec<String>) {
    match node {
        PageNode::Text(text) => {
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if !text.is_empty() {
                lines.push(text);
            }
        }
        PageNode::Element { tag, children, .. } => {
            if BLOCK_TAGS.contains(&tag.as_str()) && !children.iter().any(has_block) {
                let text = node.text();
                // A short block that is mostly a link points elsewhere
                // (a related story, a tag): not the article's text.
                if text.chars().count() < MAX_LINK_BLOCK_CHARS && link_density(node) > 0.5 {
                    return;
                }
                if !text.is_empty() {
                    let bullet = if tag == "li" { "• " } else { "" };
                    lines.push(format!("{bullet}{text}"));
                }
                return;
            }
            // Inline runs directly in a container become one line.
            let mut run = String::new();
            for child in children {
                if has_block(child) || is_block(child) {
                    flush(&mut run, lines);
                    emit_lines(child, lines);
                } else {
                    child.collect_text(&mut run);
                    run.push(' ');
                }
            }
            flush(&mut run, lines);
        }
    }
}

fn flush(run: &mut String, lines: &mut Vec<String>) {
    let text = run.split_whitespace().collect::<Vec<_>>().join(" ");
    if !text.is_empty() {
        lines.push(text);
    }
    run.clear();
}

fn is_block(node: &PageNode) -> bool {
    BLOCK_TAGS.contains(&node.tag())
        || matches!(
            node.tag(),
            "div"
                | "section"
                | "article"
                | "main"
                | "header"
                | "figure"
                | "ul"
                | "ol"
                | "table"
                | "tr"
                | "br"
                | "hr"
                | "dl"
                | "body"
                | "html"
        )
}

fn has_block(node: &PageNode) -> bool {
    node.children().iter().any(|c| is_block(c) || has_block(c))
}

#[cfg(test)]
mod tests;
