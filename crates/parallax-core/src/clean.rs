//! The cleaner: turns an article's scraped or pasted text into typed blocks,
//! so readers see the article as its outlet published it and nothing a
//! copying site or a saved page added.
//!
//! Every non-blank line (lines as [`crate::normalize::lines`] splits them:
//! every Unicode line break, a leading BOM dropped) becomes exactly one
//! [`CleanLine`], junk included (with the rule that caught it), so nothing is
//! lost silently and each decision can be inspected
//! (`examples/clean_seed.rs`). The rules are general, not matches for
//! particular files, because every article a reader or a host imports goes
//! through them. They run in this order; each has a name used in comments
//! and tests, and its constants are named beside it.
//!
//! **Page furniture**, wherever it stands (one line, or a run):
//!
//! - lines with no letter or digit (stray tag text such as `<`); a bare
//!   link; lines with text in another script than the article's (Latin
//!   excepted, being everyone's script for names and links; Han, kana and
//!   hangul counted as one; a parenthesised gloss in another script alone
//!   is kept, and so is a line with at least as many letters of the
//!   article's own script as of others, a sentence with a foreign name or
//!   word in it, unless a foreign label and a colon open it); comment
//!   forms;
//! - T1 relative times ("Updated 2 hours ago", "5 mins ago");
//! - C1 page controls and calls to action, whole or in parts split at " · "
//!   and " | " ("Advertisement · Scroll to continue", "Share", "4 min read",
//!   "2 Comments", "Duration 2:14", a player's "0:00 / 4:51"), newsletter
//!   and membership prompts, and a short line between two of these when one
//!   is a newsletter prompt;
//! - tag lists ("Topics: …") and copyright lines;
//! - one-line pointers to other stories ("RELATED: …", "Lesen Sie auch …",
//!   "Watch: …");
//! - E1 the end of the article: after the first paragraph, a line that opens
//!   what pages put after an article (comments and their counts, "Join the
//!   conversation", "Site Index", "More from …", "Originally published by",
//!   an agency's standards note) makes it and everything after furniture;
//! - an advertising label takes the advertiser's heading after it;
//! - runs of three or more short, unpunctuated bulleted lines (lists of
//!   cut-off link titles); teaser and list markers ("Read next", "Related",
//!   "Latest", "Most read", "Topics") with every title, blurb, tag and
//!   relative time after them.
//!
//! **Lead and headline**:
//!
//! - L1 above the headline: a photo credit, a date line or byline printed
//!   first, a bulleted label, and short promotional sentences followed by a
//!   heading ("Get every paper in one app." / "Hundreds of titles.");
//! - heading-like lines stacked at the top are section labels and the last
//!   is the headline; a short label printed twice is a label; a line that is
//!   front matter (a byline, also B2's, a date line) ends the stack;
//! - H2 of the last two stacked lines, a headline-sized upper one is the
//!   headline and the lower one a standfirst without a full stop;
//! - H1 without a heading-like line there, there is no headline: a
//!   paragraph is never proposed in its place.
//!
//! **Front matter**: F1 date lines ([`read_dateline`], rules D1–D5; a first
//! paragraph that opens with its date keeps its sentence), B1 bylines ("By",
//! "Story by", "Por", "Von", "Par", "מאת"…; names only, a role after a comma
//! kept apart, times and handles cut; "By A, Chief Reporter, and B" names
//! both) and a role on the next line, B2 bylines without "By" (a name with
//! a place, a handle or a time), B4 a name with a role line and then a
//! date, B5 a list of names ("A, B and C"), F3 a masthead line ("Market
//! Brief — Feb. 3, 2025": the outlet's name and the date), a summary
//! box (a label line such as "In short:", or an inline "What You Need to
//! Know: …", with the bullets that follow), a standfirst (the paragraph just
//! above a byline), and a lead caption (the sentence just above a summary
//! box).
//!
//! **Body**: a byline above the first paragraph, date-only lines (date
//! lines, not paragraphs), credits ("Reporting by …", "Image source, …",
//! "图片来源"), photo captions (and a short line just above a photo
//! credit), subheads (short lines without closing punctuation; of two such
//! lines in a row the first is a section label), author bios, paragraphs.
//!
//! **After classification**: A1 a paragraph that opens with the byline's
//! name and says who they are is an author bio; S2 headings after the last
//! paragraph are the page's; F2 a wire dateline ("LISBON, March 3 (Agency) -
//! ") is cut from the first paragraph; repeats: of two paragraphs (within
//! `WINDOW` of each other) where one holds the other (a lede printed twice,
//! or once whole and once split in two), the fuller copy is kept, and a
//! summary box that restates a body paragraph is not a repeat.
//!
//! **Gathering** ([`clean_article`]): the first headline, the first byline
//! (one naming a person wins over a desk's), the first date with D6 (an
//! ambiguous numeric date settled by another date line of the article), and
//! O1 the outlet the text names ("Originally published by …", else a
//! copyright line, marked as a guess).
//!
//! The text of every kept line is the original's, trimmed at its ends (F1
//! and F2 cut a date line off the front): typos stay.

use unicode_script::{Script, UnicodeScript};

use crate::corpus::Block;
use crate::date::Date;

mod dateline;
pub(crate) use dateline::WEEKDAYS;
pub use dateline::{DateLine, read_dateline};

/// What a line of scraped text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Headline,
    Byline,
    Dateline,
    /// The heading of a box ("In short:", "About the Author"); it labels the
    /// summary or bio lines after it.
    BoxLabel,
    /// One item of a summary box, or a standfirst.
    Summary,
    Subhead,
    Paragraph,
    Caption,
    AuthorBio,
    Credit,
    Junk(JunkReason),
}

/// Why a line is not part of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JunkReason {
    /// A topic or section label above a heading.
    SectionLabel,
    /// The headline printed again.
    RepeatedHeadline,
    /// A paragraph that another, fuller paragraph already holds.
    Repeat,
    /// A run of short, cut-off bulleted link titles.
    LinkList,
    CommentForm,
    /// "Check Also", "Read next" and the teaser that follows.
    Teaser,
    /// Text in another script than the article's.
    OtherScript,
    /// No letter or digit at all.
    StrayMarkup,
    /// A bare link.
    StrayLink,
    /// An "About …" box with no biography in it: the copying site's footer.
    Furniture,
    /// A relative time ("Updated 2 hours ago"): true only when the page was
    /// saved, and no part of the article.
    Timestamp,
    /// An app banner, a call to action ("Start reading", "Advertisement",
    /// "Share"), or short promotional lines above the headline.
    Promotion,
}

/// One non-blank line of the input, classified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CleanLine {
    /// 1-based line number in the input.
    pub line: usize,
    pub kind: LineKind,
    /// For summary items and bios: the box's label ("In short",
    /// "What You Need to Know", "About the Author"), without its colon.
    /// For a byline: the role printed after the name ("Senior
    /// Correspondent"), kept apart from it.
    pub label: Option<String>,
    /// For a dateline, or a paragraph that opened with its date (the date
    /// line then cut from `text`): the date read.
    pub date: Option<DateLine>,
    /// The line's text, trimmed; for an inline-labelled summary, the part
    /// after the label; for bulleted summary items, without the bullet.
    pub text: String,
}

impl CleanLine {
    pub fn is_junk(&self) -> bool {
        matches!(self.kind, LineKind::Junk(_))
    }
}

/// Classifies every non-blank line of `text`.
pub fn clean(text: &str) -> Vec<CleanLine> {
    let mut lines: Vec<CleanLine> = crate::normalize::lines(text)
        .enumerate()
        .filter_map(|(index, raw)| {
            let trimmed = raw.trim();
            (!trimmed.is_empty()).then(|| CleanLine {
                line: index + 1,
                kind: LineKind::Paragraph,
                label: None,
                date: None,
                text: trimmed.to_string(),
            })
        })
        .collect();
    let script = dominant_script(text);
    let junk = furniture(&lines, script);
    for (line, reason) in lines.iter_mut().zip(&junk) {
        if let Some(reason) = reason {
            line.kind = LineKind::Junk(*reason);
        }
    }
    let content: Vec<usize> = (0..lines.len()).filter(|&i| junk[i].is_none()).collect();
    classify_structure(&mut lines, &content);
    mark_key_points(&mut lines);
    for line in lines.iter_mut().filter(|l| l.kind == LineKind::Caption) {
        // The page's own label for it ("Image caption: Flowers…").
        if let Some(rest) = caption_label_end(&line.text) {
            line.text = line.text[rest..].trim_start().to_string();
        }
    }
    mark_author_bios(&mut lines);
    drop_trailing_headings(&mut lines);
    cut_wire_dateline(&mut lines);
    drop_repeats(&mut lines);
    lines
}

/// Rule S3: a key points box: a line that is only a known box label
/// ("Key points", "At a glance", "What we know", with or without a colon)
/// and the lines after it of three to 25 words (bullets, or lines without
/// closing punctuation), up to ten, are the box's label and its
/// summary items, wherever the page puts it, even where the furniture pass
/// took the lines for section labels or a list of links.
fn mark_key_points(lines: &mut [CleanLine]) {
    // Not "In brief" or "Quick read": on many pages they head a sidebar of
    // other stories.
    const LABELS: [&str; 8] = [
        "key points",
        "key facts",
        "at a glance",
        "key takeaways",
        "takeaways",
        "what we know",
        "what we know so far",
        "the essentials",
    ];
    let mut i = 0;
    while i < lines.len() {
        let label = lines[i].text.trim_end_matches(':').trim().to_string();
        let known = LABELS.contains(&label.to_lowercase().as_str());
        if !known || lines[i].kind == LineKind::BoxLabel {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < lines.len() && end - i <= 10 {
            let line = &lines[end];
            let takeable = matches!(
                line.kind,
                LineKind::Subhead
                    | LineKind::Paragraph
                    | LineKind::Junk(JunkReason::SectionLabel | JunkReason::LinkList)
            );
            let text = &line.text;
            let item = strip_bullet(text).unwrap_or(text);
            let words = item.split_whitespace().count();
            // A phrase of three words or more, not a menu's single words.
            let short = (3..=25).contains(&words)
                && (strip_bullet(text).is_some() || !ends_like_sentence(text));
            if !takeable || !short || is_box_label(text) {
                break;
            }
            end += 1;
        }
        if end > i + 1 {
            lines[i].kind = LineKind::BoxLabel;
            lines[i].label = Some(label.clone());
            for line in &mut lines[i + 1..end] {
                line.kind = LineKind::Summary;
                line.label = Some(label.clone());
                if let Some(item) = strip_bullet(&line.text) {
                    line.text = item.to_string();
                }
            }
        }
        i = end;
    }
}

/// Rule S2: a subhead heads text, so the headings after the article's last
/// paragraph ("Weather", "Donate", "Jobs") are the page's, not the
/// article's.
fn drop_trailing_headings(lines: &mut [CleanLine]) {
    let Some(last) = lines.iter().rposition(|l| l.kind == LineKind::Paragraph) else {
        return;
    };
    for line in &mut lines[last + 1..] {
        if line.kind == LineKind::Subhead {
            line.kind = LineKind::Junk(JunkReason::SectionLabel);
        }
    }
}

/// Rule F2, a wire dateline: "LISBON, March 3 (Scaldwater Press) - About
/// 6,000 dockworkers…", "KRAKÓW (VPA) — Three miners…". The place (in
/// capitals), an optional date and the agency in brackets, then a dash, are
/// cut from the first paragraph as a date line is (rule F1), and kept as
/// the line's label.
fn cut_wire_dateline(lines: &mut [CleanLine]) {
    let Some(line) = lines.iter_mut().find(|l| l.kind == LineKind::Paragraph) else {
        return;
    };
    let Some((at, len)) = [" — ", " – ", " - "]
        .iter()
        .filter_map(|d| line.text.find(d).map(|at| (at, d.len())))
        .min()
    else {
        return;
    };
    let prefix = line.text[..at].trim();
    if prefix.chars().count() > 60 {
        return;
    }
    let place_end = prefix.find([',', '(']).unwrap_or(prefix.len());
    let place = prefix[..place_end].trim();
    let capitals = place.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && place
            .chars()
            .all(|c| c.is_uppercase() || " .-'".contains(c));
    let agency = prefix.ends_with(')') && prefix.contains('(');
    // "VISEU, Portugal —", "LISBON, March 3 —": the place in capitals, then
    // a country, region or date of capitalised words and numbers.
    let region = prefix[place_end..].strip_prefix(',').is_some_and(|rest| {
        let words: Vec<&str> = rest.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().all(|w| {
                // "Portugal", "March", "3"; not a run of capitals ("UEFA,
                // FIFA — Officials said…").
                w.chars().all(|c| c.is_ascii_digit() || c == '.')
                    || w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().any(char::is_lowercase)
            })
    });
    if capitals && (agency || region || place_end == prefix.len()) {
        let rest = line.text[at + len..].trim_start().to_string();
        // The report after the dash starts a sentence ("NATO - the
        // alliance - said…" is not a dateline).
        let starts_sentence = rest
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘'".contains(c));
        if starts_sentence && is_sentence(&rest) {
            line.label = Some(prefix.to_string());
            line.text = rest;
        }
    }
}

/// Rule A1: a paragraph that opens with the byline's name and says who
/// they are ("Marcus Hale is a staff writer…") is the author's bio.
fn mark_author_bios(lines: &mut [CleanLine]) {
    let names: Vec<String> = lines
        .iter()
        .filter(|line| line.kind == LineKind::Byline)
        .flat_map(|line| {
            line.text
                .split(" and ")
                .flat_map(|n| n.split(", "))
                .map(|n| n.trim().to_lowercase())
                .collect::<Vec<_>>()
        })
        .filter(|name| name.split_whitespace().count() >= 2)
        .collect();
    for line in lines.iter_mut().filter(|l| l.kind == LineKind::Paragraph) {
        let lower = line.text.to_lowercase();
        let is_bio = names.iter().any(|name| {
            lower.starts_with(name)
                && [" is ", " was ", " covers ", " reports ", " writes "]
                    .iter()
                    .any(|verb| lower[name.len()..].starts_with(verb))
        });
        if is_bio {
            line.kind = LineKind::AuthorBio;
        }
    }
}

/// What the cleaner makes of a whole article: the headline, byline and date
/// it found in the text, and the body as blocks with the junk left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CleanedArticle {
    /// The headline, or `None` when the text has none the rules can find
    /// (never a paragraph proposed in its place).
    pub headline: Option<String>,
    /// The byline's names, as printed, without "By" and without the role
    /// or time printed with them.
    pub byline: Option<String>,
    /// The role printed after the byline's names ("Senior Correspondent").
    pub byline_role: Option<String>,
    /// The date a dateline gives, if any.
    pub dateline: Option<Date>,
    /// Why that date may be wrong (day and month order guessed), if it may.
    pub date_ambiguity: Option<String>,
    /// The outlet the text names as its publisher (rule O1), with the line
    /// it rests on; `stated` when the text says it published the article
    /// ("Originally published by …"), not when it is read from a
    /// copyright line.
    pub outlet: Option<NamedOutlet>,
    pub blocks: Vec<Block>,
}

/// An outlet named in an article's text (rule O1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedOutlet {
    pub name: String,
    pub stated: bool,
    /// The line it was read from, quoted.
    pub basis: String,
}

/// "Wire Services", "Staff", "News Desk": a byline that names no person.
pub(crate) fn names_no_person(byline: &str) -> bool {
    const DESKS: [&str; 10] = [
        "staff",
        "wire",
        "services",
        "agency",
        "agencies",
        "desk",
        "newsroom",
        "editor",
        "team",
        "reporters",
    ];
    let lower = byline.to_lowercase();
    DESKS
        .iter()
        .any(|desk| lower.split_whitespace().any(|word| word == *desk))
}

/// Whether a byline's affiliation or a credit names an outlet, not a role:
/// up to six capitalised words, none a role's ("Correspondent", "Staff"),
/// opening with "The" or holding a word outlets are named with ("Wire",
/// "Times", "Radio").
fn names_outlet(text: &str) -> bool {
    const ROLES: [&str; 22] = [
        "correspondent",
        "reporter",
        "reporters",
        "writer",
        "editor",
        "staff",
        "contributor",
        "columnist",
        "analyst",
        "chief",
        "bureau",
        "producer",
        "journalist",
        "photographer",
        "intern",
        "fellow",
        "director",
        "head",
        "senior",
        "deputy",
        "in",
        "for",
    ];
    const OUTLETS: [&str; 40] = [
        "wire",
        "news",
        "times",
        "post",
        "herald",
        "journal",
        "press",
        "agency",
        "tribune",
        "gazette",
        "daily",
        "radio",
        "tv",
        "television",
        "ledger",
        "brief",
        "review",
        "observer",
        "guardian",
        "telegraph",
        "chronicle",
        "mail",
        "express",
        "star",
        "sun",
        "courier",
        "examiner",
        "echo",
        "standard",
        "record",
        "bulletin",
        "monitor",
        "voice",
        "today",
        "weekly",
        "magazine",
        "network",
        "broadcasting",
        "media",
        "dispatch",
    ];
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let capitalised = text.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    (1..=6).contains(&words.len())
        && capitalised
        && !words.iter().any(|w| ROLES.contains(&w.as_str()))
        && (words[0] == "the" || words.iter().any(|w| OUTLETS.contains(&w.as_str())))
}

/// The outlet a desk byline names ("North Wire staff" → "North Wire"):
/// its words before the desk word, when there are two or more.
fn desk_outlet(byline: &str) -> Option<&str> {
    let (name, _) = byline.trim().rsplit_once(' ')?;
    // "Harbour Post news desk": the outlet is "Harbour Post".
    let name = name.strip_suffix(" news").unwrap_or(name);
    (name.split_whitespace().count() >= 2 && !name.to_lowercase().starts_with("staff"))
        .then_some(name)
}

/// Rule O1: the outlet a text names. "Originally published by X" (or "This
/// story was originally published by X") says who published it; failing
/// that, the front matter's naming (a masthead, F3; a byline's affiliation
/// or desk), then a copyright line ("© 2024 X. All rights reserved.", "X ©
/// 2024": the site that ran it), then a wire dateline's credit ("LISBON
/// (Harbour News Agency) —": who wrote it) name it, each a guess about the
/// article.
fn named_outlet(lines: &[CleanLine]) -> Option<NamedOutlet> {
    let trim_name = |name: &str| {
        let name = name
            .split(['.', ',', '|', ';'])
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches(|c: char| {
                c.is_ascii_digit() || c.is_whitespace() || c == '-' || c == '–'
            });
        let words = name.split_whitespace().count();
        (1..=6).contains(&words).then(|| name.to_string())
    };
    for line in lines {
        let lower = line.text.to_lowercase();
        if let Some(at) = lower.find("originally published by ") {
            let start = at + "originally published by ".len();
            if let Some(name) = line.text.get(start..).and_then(trim_name) {
                return Some(NamedOutlet {
                    name,
                    stated: true,
                    basis: format!("the text says \"{}\"", line.text),
                });
            }
        }
    }
    // Then the front matter's own naming, each a guess: a masthead (F3), a
    // byline's affiliation ("By Ana Example, North Wire"), a desk byline
    // ("North Wire staff"); the wire dateline's credit comes last, after
    // the copyright line.
    let guess = |name: &str, basis: String| {
        Some(NamedOutlet {
            name: name.trim().to_string(),
            stated: false,
            basis,
        })
    };
    for line in lines {
        match (&line.kind, line.label.as_deref()) {
            (LineKind::Dateline, Some(name)) => {
                return guess(name, format!("the masthead line \"{}\"", line.text));
            }
            (LineKind::Byline, Some(role)) if names_outlet(role) => {
                return guess(role, format!("the byline's affiliation \"{role}\""));
            }
            (LineKind::Byline, _) => {
                if let Some(desk) = desk_byline(&line.text).and_then(desk_outlet) {
                    return guess(desk, format!("the byline \"{}\"", line.text));
                }
            }
            _ => {}
        }
    }
    for line in lines.iter().rev() {
        let text = line.text.as_str();
        let Some(at) = text
            .find('©')
            .or_else(|| text.find("(c) "))
            .or_else(|| text.find("Copyright "))
        else {
            continue;
        };
        let after = text[at..]
            .trim_start_matches('©')
            .trim_start_matches("(c)")
            .trim_start_matches("Copyright")
            .trim_start_matches(" ©");
        let before = text[..at].trim();
        let candidate = if before.is_empty() { after } else { before };
        let candidate = candidate
            .split(" All rights")
            .next()
            .unwrap_or("")
            .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
        if let Some(name) = trim_name(candidate) {
            return Some(NamedOutlet {
                name,
                stated: false,
                basis: format!("the page's copyright line \"{text}\""),
            });
        }
    }
    for line in lines {
        let credit = line
            .label
            .as_deref()
            .filter(|_| line.kind == LineKind::Paragraph)
            .and_then(|prefix| prefix.trim().strip_suffix(')'))
            .and_then(|prefix| prefix.rsplit_once('(').map(|(_, credit)| credit))
            .filter(|credit| credit.split_whitespace().count() >= 2 && names_outlet(credit));
        if let Some(credit) = credit {
            return guess(credit, format!("the dateline's credit \"({credit})\""));
        }
    }
    None
}

/// Cleans `text` into an article's parts.
pub fn clean_article(text: &str) -> CleanedArticle {
    let mut article = CleanedArticle {
        headline: None,
        byline: None,
        byline_role: None,
        dateline: None,
        date_ambiguity: None,
        outlet: None,
        blocks: Vec::new(),
    };
    let lines = clean(text);
    article.outlet = named_outlet(&lines);
    // Rule D6: an ambiguous numeric date is settled when another date line
    // of the article reads the same day unambiguously ("Publicado:
    // 04.11.2024" and "Actualizado: 4 nov. 2024").
    let settled: Vec<Date> = lines
        .iter()
        .filter(|l| l.kind == LineKind::Dateline)
        .filter_map(|l| l.date.as_ref())
        .filter(|d| d.ambiguity.is_none())
        .map(|d| d.date)
        .collect();
    for line in lines {
        let CleanLine {
            kind,
            label,
            text,
            date,
            ..
        } = line;
        if let (Some(date), None) = (date, article.dateline) {
            article.dateline = Some(date.date);
            let confirmed = settled
                .iter()
                .any(|d| d.month() == date.date.month() && d.day() == date.date.day());
            article.date_ambiguity = date.ambiguity.filter(|_| !confirmed);
        }
        match kind {
            LineKind::Headline => article.headline = article.headline.or(Some(text)),
            // A byline naming a person wins over one naming a desk
            // ("By Wire Services" above "By Joana Freitas").
            LineKind::Byline
                if article.byline.as_deref().is_none_or(names_no_person)
                    && !names_no_person(&text) =>
            {
                article.byline = Some(text);
                article.byline_role = label;
            }
            LineKind::Byline if article.byline.is_none() => {
                article.byline = Some(text);
                article.byline_role = label;
            }
            LineKind::Byline | LineKind::Dateline => {}
            LineKind::Summary => article.blocks.push(Block::Summary { label, text }),
            LineKind::Subhead => article.blocks.push(Block::Subhead(text)),
            LineKind::Paragraph => article.blocks.push(Block::Paragraph(text)),
            LineKind::Caption => article.blocks.push(Block::Caption(text)),
            LineKind::AuthorBio => article.blocks.push(Block::AuthorBio { label, text }),
            LineKind::Credit => article.blocks.push(Block::Credit(text)),
            LineKind::BoxLabel | LineKind::Junk(_) => {}
        }
    }
    article
}

// ---------------------------------------------------------------------------
// Page furniture: rules that look at a line (or a run of lines) on its own.

fn furniture(lines: &[CleanLine], script: Option<Script>) -> Vec<Option<JunkReason>> {
    let mut junk: Vec<Option<JunkReason>> = lines
        .iter()
        .map(|line| {
            let text = line.text.as_str();
            if !text.chars().any(char::is_alphanumeric) {
                Some(JunkReason::StrayMarkup)
            } else if is_bare_link(text) {
                Some(JunkReason::StrayLink)
            } else if has_other_script(text, script) {
                Some(JunkReason::OtherScript)
            } else if is_comment_form(text) {
                Some(JunkReason::CommentForm)
            } else if is_relative_time(text) {
                Some(JunkReason::Timestamp)
            } else if is_call_to_action(text) || is_newsletter_prompt(text) {
                Some(JunkReason::Promotion)
            } else if is_tag_list(text) || is_copyright(text) {
                Some(JunkReason::Furniture)
            } else if is_inline_teaser(text) {
                Some(JunkReason::Teaser)
            } else {
                None
            }
        })
        .collect();

    // Runs of short, unpunctuated bulleted lines.
    let mut start = 0;
    while start < lines.len() {
        let end = (start..lines.len())
            .find(|&i| !is_link_title(&lines[i].text))
            .unwrap_or(lines.len());
        if end - start >= 3 {
            junk[start..end].fill(Some(JunkReason::LinkList));
        }
        start = end.max(start + 1);
    }

    // The end of the article (rule E1): after a tail marker that follows
    // the first paragraph, everything is furniture.
    let first_paragraph = lines.iter().zip(&junk).position(|(line, junk)| {
        junk.is_none()
            && ends_like_sentence(&line.text)
            && line.text.split_whitespace().count() >= 8
    });
    if let Some(first) = first_paragraph {
        if let Some(tail) = (first + 1..lines.len()).find(|&i| is_tail_marker(&lines[i].text)) {
            for reason in &mut junk[tail..] {
                reason.get_or_insert(JunkReason::Furniture);
            }
        }
    }

    // A short line between two promotions is part of them (a newsletter's
    // name, its blurb, its button).
    for i in 1..lines.len().saturating_sub(1) {
        if junk[i].is_none()
            && junk[i - 1] == Some(JunkReason::Promotion)
            && junk[i + 1] == Some(JunkReason::Promotion)
            && (is_newsletter_prompt(&lines[i - 1].text)
                || is_newsletter_prompt(&lines[i + 1].text))
            && lines[i].text.split_whitespace().count() <= 15
        {
            junk[i] = Some(JunkReason::Promotion);
        }
    }

    // An advertising label takes the advertiser's heading after it.
    for i in 0..lines.len().saturating_sub(1) {
        let lower = lines[i].text.to_lowercase();
        if junk[i] == Some(JunkReason::Promotion)
            && (lower.starts_with("sponsored") || lower.contains("· ad"))
            && junk[i + 1].is_none()
            && is_heading_like(&lines[i + 1].text)
        {
            junk[i + 1] = Some(JunkReason::Promotion);
        }
    }

    // Teasers and lists of other stories: the marker ("Read next",
    // "Latest", "Most read"), then every title, cut-off blurb and relative
    // time after it, up to the first line that is none of these.
    for i in 0..lines.len() {
        if junk[i].is_none() && is_teaser_marker(&lines[i].text) {
            junk[i] = Some(JunkReason::Teaser);
            for j in i + 1..lines.len() {
                if junk[j] == Some(JunkReason::Timestamp) {
                    continue;
                }
                let text = &lines[j].text;
                let teaser = junk[j].is_none()
                    && !is_about_heading(text)
                    && !is_box_label(text)
                    && (is_heading_like(text)
                        || is_cut_off(text)
                        || is_numbered_title(text)
                        // Tags: a few words, no sentence.
                        || text.split_whitespace().count() <= 4 && !ends_like_sentence(text));
                if !teaser {
                    break;
                }
                junk[j] = Some(JunkReason::Teaser);
            }
        }
    }
    junk
}

fn is_bare_link(text: &str) -> bool {
    !text.contains(char::is_whitespace) && text.contains("://")
}

fn is_comment_form(text: &str) -> bool {
    const PHRASES: [&str; 8] = [
        "leave a reply",
        "leave a comment",
        "your email address will not be published",
        "required fields are marked",
        "post comment",
        "save my name, email",
        "cancel reply",
        "comments are closed",
    ];
    let lower = text.to_lowercase();
    PHRASES.iter().any(|phrase| lower.starts_with(phrase))
}

fn is_teaser_marker(text: &str) -> bool {
    const MARKERS: [&str; 40] = [
        "related posts",
        "related content",
        "related reading",
        "recommended stories",
        "topics",
        "tags",
        "more on this topic",
        "check also",
        "read more",
        "read next",
        "read also",
        "also read",
        "see also",
        "next article",
        "next story",
        "related",
        "related articles",
        "related stories",
        "related coverage",
        "related topics",
        "more on this story",
        "you may also like",
        "you might also like",
        "recommended",
        "recommended for you",
        "latest",
        "latest news",
        "latest stories",
        "most read",
        "most popular",
        "most viewed",
        "most shared",
        "trending",
        "trending now",
        "top stories",
        "more stories",
        "more news",
        "editor's picks",
        "editors' picks",
        "in other news",
    ];
    let lower = text.trim_end_matches(':').trim().to_lowercase();
    MARKERS.contains(&lower.as_str())
}

/// "RELATED: Leaked draft plan shows…", "Lesen Sie auch Neue
/// Straßenbahnlinie…", "Watch: Rescue boats on Mill Street": a pointer to
/// another story or a video, in one line.
fn is_inline_teaser(text: &str) -> bool {
    const MARKERS: [&str; 14] = [
        "related",
        "read more",
        "read also",
        "also read",
        "see also",
        "watch",
        "video",
        "lesen sie auch",
        "mehr zum thema",
        "lea también",
        "leia também",
        "à lire aussi",
        "קראו גם",
        "اقرأ أيضا",
    ];
    let lower = text.to_lowercase();
    MARKERS.iter().any(|marker| {
        lower.starts_with(marker) && {
            let rest = text[marker.len()..].trim_start_matches([':', ' ']).trim();
            !rest.is_empty()
                && rest.len() + 1 < text.len() - marker.len() + 1
                && is_heading_like(rest)
                && (text[marker.len()..].starts_with(':') || !text.contains(". "))
                && text[marker.len()..].starts_with([':', ' '])
        }
    })
}

/// "1. Title of another story" in a numbered list of other stories.
fn is_numbered_title(text: &str) -> bool {
    let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.len() < text.len()
        && text.len() - rest.len() <= 2
        && rest
            .strip_prefix(['.', ')'])
            .is_some_and(|title| is_heading_like(title.trim()))
}

/// "Updated 2 hours ago", "5 mins ago", "Published: yesterday": a time
/// relative to when the page was saved. Rule T1 (item 4 of issue #14).
fn is_relative_time(text: &str) -> bool {
    const UNITS: [&str; 14] = [
        "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h",
        "hr", "hrs", "hour",
    ];
    const MORE_UNITS: [&str; 6] = ["hours", "day", "days", "week", "weeks", "d"];
    let lower = text.to_lowercase();
    let mut rest = lower.trim().trim_end_matches('.');
    for label in ["last updated", "updated", "published", "posted"] {
        if let Some(after) = rest.strip_prefix(label) {
            rest = after.trim_start_matches(':').trim();
        }
    }
    if matches!(rest, "just now" | "yesterday" | "today" | "moments ago") {
        return true;
    }
    let Some(amount_and_unit) = rest.strip_suffix(" ago") else {
        return false;
    };
    let words: Vec<&str> = amount_and_unit.split_whitespace().collect();
    let is_unit = |word: &str| UNITS.contains(&word) || MORE_UNITS.contains(&word);
    let is_amount =
        |word: &str| word.chars().all(|c| c.is_ascii_digit()) || matches!(word, "a" | "an" | "one");
    match words.as_slice() {
        [amount, unit] => is_amount(amount) && is_unit(unit),
        [glued] => {
            let digits = glued.trim_end_matches(|c: char| c.is_alphabetic());
            !digits.is_empty() && digits.len() < glued.len() && is_unit(&glued[digits.len()..])
        }
        _ => false,
    }
}

/// Page controls and calls to action (rule C1), compared with a whole
/// line or with each part of a line split at " · " or " | ".
const CALLS_TO_ACTION: [&str; 88] = [
    // Advertising labels.
    "advertisement",
    "advert",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "promoted",
    "report this ad",
    "scroll to continue",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below this ad",
    "continue reading below",
    "publicidad",
    "anuncio",
    "anzeige",
    "werbung",
    "publicité",
    "pubblicità",
    // Sharing and saving.
    "share",
    "share this",
    "share this article",
    "share this story",
    "share article",
    "share full article",
    "share the full article",
    "tweet",
    "email",
    "email this",
    "e-mail",
    "print",
    "save",
    "saved",
    "gift",
    "gift this article",
    "copy link",
    "copy url",
    "link copied",
    "facebook",
    "x",
    "whatsapp",
    "linkedin",
    "reddit",
    "telegram",
    "send by email",
    "compartir",
    "copiar enlace",
    "teilen",
    "partager",
    // Reading tools and app prompts.
    "aa",
    "listen",
    "listen to this article",
    "start reading",
    "read in app",
    "open in app",
    "open",
    "not now",
    "get the app",
    "download the app",
    "follow",
    "view original article",
    "show fewer stories like this",
    "report a problem",
    "reply",
    "continue reading",
    "sigue leyendo",
    "weiterlesen",
    "lire la suite",
    // Site controls.
    "comments",
    "pinned post",
    "key events",
    "show key events only",
    "please turn on javascript to use this feature",
    "email address",
    "enter your email",
    "your email",
    "skip to content",
    "skip to main content",
    "ir al contenido",
    "menu",
    "search",
    "subscribe",
    "subscribe now",
    "sign in",
    "sign up",
    "log in",
    "register",
];

/// A line that is only page controls or calls to action, never article
/// text: "Advertisement", "Share", "Start reading", "Advertisement ·
/// Scroll to continue", "4 min read", "2 Comments", "0:00 / 4:51".
fn is_call_to_action(text: &str) -> bool {
    let is_control = |part: &str| {
        let lower = part
            .trim_matches(|c: char| {
                c.is_ascii_punctuation() || c.is_whitespace() || "›→«»".contains(c)
            })
            .to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        CALLS_TO_ACTION.contains(&lower.as_str())
            || lower.starts_with("share on ")
            || lower.starts_with("share via ")
            || lower.starts_with("compartir en ")
            || lower.starts_with("sponsored by ")
            // "4 min read", "2 Comments", "Comments (12)".
            || matches!(words.as_slice(), [n, "min" | "mins" | "minute" | "minutes", "read"] if n.chars().all(|c| c.is_ascii_digit()))
            || matches!(words.as_slice(), [n, "comment" | "comments" | "comentarios" | "kommentare"] if n.chars().all(|c| c.is_ascii_digit()))
            || is_relative_time(part)
            // A video's length: "Duration 2:14".
            || matches!(words.as_slice(), ["duration", t] if t.contains(':'))
    };
    let letters = text.chars().any(char::is_alphabetic);
    // A player's clock or a counter: digits and marks only, short.
    if !letters && text.split_whitespace().count() <= 4 && read_dateline(text).is_none() {
        return true;
    }
    text.split([' ', '|']).filter(|p| !p.is_empty()).count() > 0
        && text
            .split(" · ")
            .flat_map(|p| p.split(" | "))
            .all(|part| !part.trim().is_empty() && is_control(part))
}

/// "Topics: Mining, Accidents", "Tags: …": the page's index terms.
fn is_tag_list(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "topics:",
        "tags:",
        "tagged:",
        "filed under:",
        "themen:",
        "temas:",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
}

/// "© 2024 The Daily. All rights reserved.": a copyright line.
fn is_copyright(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.starts_with('©')
        || lower.starts_with("(c) ")
        || lower.starts_with("copyright ")
        || lower.contains("all rights reserved")
        || lower.contains("todos los derechos reservados")
}

/// A newsletter, membership or donation prompt: "Sign up for our free
/// daily newsletter…", "… straight to your inbox.", "please consider a
/// contribution", "… is funded by readers like you. Give 5 euros a month".
fn is_newsletter_prompt(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.split_whitespace().count() <= 30
        && [
            "newsletter",
            "inbox",
            "sign up for",
            "sign up to",
            "consider a contribution",
            "support our journalism",
            "rely on readers",
            "readers like you",
            "funded by readers",
            "funded by our readers",
            "donate now",
            "subscribe to",
            "in our app",
        ]
        .iter()
        .any(|cue| lower.contains(cue))
        // An appeal to the reader, not "hopes to become a member of the EU".
        || ["make a donation", "become a member", "become a supporter"]
            .iter()
            .any(|cue| lower.contains(cue))
            && [" our ", " us", "you"].iter().any(|w| lower.contains(w))
}

/// Rule E1, the end of the article: a line that opens what follows an
/// article on a page (comments, the site's index, "More from …", the
/// agency's standards note). When it stands after the article's first
/// paragraph, it and everything after it are furniture.
fn is_tail_marker(text: &str) -> bool {
    const MARKERS: [&str; 22] = [
        "comments",
        "show comments",
        "view comments",
        "join the conversation",
        "join the debate",
        "you must be signed in to comment",
        "leave a comment",
        "leave a reply",
        "add a comment",
        "site index",
        "about us",
        "our standards",
        "acquire licensing rights",
        "view original article",
        "originally published by",
        "more from",
        "trending on",
        "most read",
        "most popular",
        "comentarios",
        "kommentare",
        "sort by",
    ];
    let lower = text
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
        .to_lowercase();
    // WordPress: "2 thoughts on "…"", "12 responses to "…"".
    let counted = lower
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start();
    let comment_count = counted.len() < lower.len()
        && ["thoughts on", "responses to", "comments on", "replies to"]
            .iter()
            .any(|p| counted.starts_with(p));
    let counted_comments = matches!(
        lower.split_whitespace().collect::<Vec<_>>().as_slice(),
        [n, "comment" | "comments" | "comentarios" | "kommentare"] if n.chars().all(|c| c.is_ascii_digit())
    );
    comment_count
        || counted_comments
        || lower.starts_with("comments are closed")
        || lower.contains("was originally published by")
        || lower.contains("originally appeared on")
        || MARKERS.iter().any(|m| {
            lower == *m
                || lower.starts_with(&format!("{m} "))
                || lower.starts_with(&format!("{m}:"))
        })
}

/// A bulleted line short enough to be a link title and without the closing
/// punctuation a sentence would have.
fn is_link_title(text: &str) -> bool {
    let Some(rest) = strip_bullet(text) else {
        return false;
    };
    rest.chars().count() <= 60 && !ends_like_sentence(rest)
}

fn is_cut_off(text: &str) -> bool {
    text.ends_with('…') || text.ends_with("...")
}

/// The script of a letter, with the scripts one language writes together
/// counted as one: Japanese mixes Han, Hiragana and Katakana, Korean
/// Hangul and Han, so they are all Han here.
fn script_of(c: char) -> Script {
    match c.script() {
        Script::Hiragana | Script::Katakana | Script::Hangul | Script::Bopomofo => Script::Han,
        script => script,
    }
}

/// The script most letters of the text are written in.
fn dominant_script(text: &str) -> Option<Script> {
    let mut counts: Vec<(Script, usize)> = Vec::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let script = script_of(c);
        if matches!(script, Script::Common | Script::Inherited | Script::Unknown) {
            continue;
        }
        match counts.iter_mut().find(|(s, _)| *s == script) {
            Some((_, n)) => *n += 1,
            None => counts.push((script, 1)),
        }
    }
    counts.into_iter().max_by_key(|&(_, n)| n).map(|(s, _)| s)
}

/// A letter in a script other than the article's. Latin is never foreign:
/// articles in every script carry Latin brand names, acronyms and links.
fn is_foreign(c: char, script: Script) -> bool {
    c.is_alphabetic()
        && !matches!(
            c.script(),
            Script::Common | Script::Inherited | Script::Unknown | Script::Latin
        )
        && script_of(c) != script
}

/// Whether the line carries text in another script than the article's. A
/// parenthesised gloss written wholly in another script ("Kim Jong Un
/// (김정은)") is the article's own; a group that mixes scripts, or foreign
/// text outside parentheses, is not.
fn has_other_script(text: &str, script: Option<Script>) -> bool {
    let Some(script) = script else {
        return false;
    };
    let mut outside = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        outside.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find(')').unwrap_or(after.len());
        let group = &after[..close];
        let foreign = group.chars().any(|c| is_foreign(c, script));
        let native = group
            .chars()
            .any(|c| c.is_alphabetic() && script_of(c) == script);
        if foreign && native {
            return true;
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    outside.push_str(rest);
    // A run of foreign letters makes the line foreign unless at least half
    // its letters are the article's own script: "The shop, called 北京饭店, was
    // flooded" is the article's sentence with a name in it, and dropping
    // it would lose the reader's text.
    let foreign = outside.chars().filter(|&c| is_foreign(c, script)).count();
    let native = outside
        .chars()
        .filter(|&c| c.is_alphabetic() && script_of(c) == script)
        .count();
    // A foreign label opening the line ("下一篇:…", "次の記事：…") is a
    // site's furniture whatever follows it.
    let opening: String = outside
        .trim_start()
        .chars()
        .take_while(|&c| is_foreign(c, script))
        .collect();
    let after_opening = outside.trim_start()[opening.len()..].trim_start();
    if opening.chars().count() >= 2 && after_opening.starts_with([':', '：']) {
        return true;
    }
    let mut run = 0;
    for c in outside.chars() {
        run = if is_foreign(c, script) { run + 1 } else { 0 };
        if run >= 2 {
            return native < foreign;
        }
    }
    false
}

// ---------------------------------------------------------------------------
// Structure: front matter, then body.

fn classify_structure(lines: &mut [CleanLine], content: &[usize]) {
    if content.is_empty() {
        return;
    }
    let mut at = classify_lead(lines, content);
    // Heading-like lines stacked at the top: the last is the headline. A
    // short label printed twice ("World" / "World") is a label, not a
    // headline printed twice, when another heading follows it.
    let front_matter_at = |lines: &[CleanLine], k: usize| {
        let date_at = |j: usize| {
            content
                .get(j)
                .is_some_and(|&n| read_dateline(&lines[n].text).is_some())
        };
        // B4: a name, then a role line ("Transport Editor"), then the date.
        let role_then_date = content
            .get(k + 1)
            .is_some_and(|&n| is_role_line(&lines[n].text))
            && date_at(k + 2);
        let next_is_date = date_at(k + 1) || role_then_date;
        is_front_matter_line(&lines[content[k]].text)
            || bare_byline(&lines[content[k]].text, next_is_date).is_some()
    };
    while at + 1 < content.len()
        && !front_matter_at(lines, at)
        && is_heading_like(&lines[content[at]].text)
        && is_heading_like(&lines[content[at + 1]].text)
        && !front_matter_at(lines, at + 1)
        && (normalize(&lines[content[at]].text) != normalize(&lines[content[at + 1]].text)
            || content.get(at + 2).is_some_and(|&next| {
                is_heading_like(&lines[next].text) && !front_matter_at(lines, at + 2)
            }))
    {
        lines[content[at]].kind = LineKind::Junk(JunkReason::SectionLabel);
        at += 1;
    }
    // Rule H2: of the last two stacked lines, when the upper one is
    // headline-sized (five words or more, not in capitals) it is the
    // headline and the lower one a standfirst printed without a full stop.
    if at > 0
        && lines[content[at - 1]].kind == LineKind::Junk(JunkReason::SectionLabel)
        && content
            .get(at + 1)
            .is_some_and(|_| front_matter_at(lines, at + 1))
    {
        // Not a breadcrumb ("Home / News / Health").
        let headline_sized = |t: &str| {
            t.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                >= 5
                && t.chars().any(char::is_lowercase)
                && ![" / ", " › ", " > ", " » "].iter().any(|s| t.contains(s))
        };
        if headline_sized(&lines[content[at - 1]].text) && headline_sized(&lines[content[at]].text)
        {
            lines[content[at]].kind = LineKind::Summary;
            let index = content[at - 1];
            lines[index].kind = LineKind::Headline;
            let headline = normalize(&lines[index].text);
            let body_from = classify_front_matter(lines, content, at + 1, &headline);
            classify_body(lines, &content[body_from..], &headline);
            return;
        }
    }
    // Rule H1: without a heading-like line there, the text has no headline
    // the cleaner can name; a paragraph is never proposed in its place.
    let headline = match content.get(at) {
        Some(&index) if is_heading_like(&lines[index].text) && !front_matter_at(lines, at) => {
            lines[index].kind = LineKind::Headline;
            at += 1;
            normalize(&lines[index].text)
        }
        _ => String::new(),
    };

    at = classify_front_matter(lines, content, at, &headline);
    classify_body(lines, &content[at..], &headline);
}

/// Rule L1, the lead: what stands above the headline and is not it. A lead
/// photo's credit ("Photo: Reuters"), a date line or byline printed first,
/// and short promotional sentences ("Get every paper in one app." /
/// "Hundreds of titles.") followed by a heading. Returns where the headline
/// search starts.
fn classify_lead(lines: &mut [CleanLine], content: &[usize]) -> usize {
    /// Promotional lines are this short; a lede is longer.
    const MAX_PROMOTION_WORDS: usize = 8;
    /// How far below a promotional line the heading must be.
    const PROMOTION_REACH: usize = 4;
    let mut at = 0;
    while at < content.len() {
        let index = content[at];
        let text = lines[index].text.clone();
        let heading_below = content[at + 1..]
            .iter()
            .take(PROMOTION_REACH)
            .any(|&j| is_heading_like(&lines[j].text));
        if is_credit(&text) {
            lines[index].kind = LineKind::Credit;
        } else if strip_bullet(&text).is_some_and(|rest| rest.split_whitespace().count() <= 3) {
            // A bulleted label ("• Energy") above the headline.
            lines[index].kind = LineKind::Junk(JunkReason::SectionLabel);
        } else if byline(&text).is_some() && at + 1 < content.len() {
            // A byline printed first: the front matter starts here.
            break;
        } else if let Some(date) = read_dateline(&text).filter(|d| !is_sentence(&text[d.rest..])) {
            lines[index].kind = LineKind::Dateline;
            lines[index].date = Some(date);
        } else if text.split_whitespace().count() <= MAX_PROMOTION_WORDS
            && ends_like_sentence(&text)
            && heading_below
        {
            lines[index].kind = LineKind::Junk(JunkReason::Promotion);
        } else {
            break;
        }
        at += 1;
    }
    at
}

/// A line that is only date lines (or a date line and a relative time):
/// "Published 3 March 2025, 18.05 WET Updated 4 March 2025, 07.31 WET".
fn is_date_only(text: &str) -> bool {
    read_dateline(text).is_some_and(|d| {
        let rest = &text[d.rest..];
        rest.is_empty() || is_relative_time(rest) || is_date_only(rest)
    })
}

/// Text long enough, and ended like a sentence, to be a paragraph rather
/// than the label or place printed after a date line.
fn is_sentence(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words >= 5 && (ends_like_sentence(text) || text.ends_with('?') || words >= 12)
}

/// Lines that can only open an article's front matter, never a heading.
fn is_front_matter_line(text: &str) -> bool {
    byline(text).is_some()
        || read_dateline(text).is_some()
        || is_box_label(text)
        || masthead(text).is_some()
}

/// Rule F3: a masthead line, an outlet's name then a date ("Market Brief —
/// Feb. 3, 2025", "The Ledger | 2 February 2025"): the name (one to five
/// capitalised words) and the date line.
fn masthead(text: &str) -> Option<(&str, DateLine)> {
    if byline(text).is_some() {
        return None;
    }
    [" — ", " – ", " | ", " - "].iter().find_map(|separator| {
        let (name, rest) = text.split_once(separator)?;
        let (name, rest) = (name.trim(), rest.trim());
        let words: Vec<&str> = name.split_whitespace().collect();
        let capitalised = words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        });
        // "Opinion | Feb. 3, 2025" is a section's label, not a masthead.
        const SECTIONS: [&str; 14] = [
            "opinion",
            "news",
            "business",
            "world",
            "politics",
            "sport",
            "sports",
            "markets",
            "analysis",
            "live",
            "updated",
            "published",
            "comment",
            "culture",
        ];
        let section = words.len() == 1 && SECTIONS.contains(&words[0].to_lowercase().as_str());
        ((1..=5).contains(&words.len()) && capitalised && !section && is_date_only(rest))
            .then(|| read_dateline(rest).map(|date| (name, date)))
            .flatten()
    })
}

/// Classifies the front matter from `content[at]` and returns where the body
/// starts.
fn classify_front_matter(
    lines: &mut [CleanLine],
    content: &[usize],
    mut at: usize,
    headline: &str,
) -> usize {
    while at < content.len() {
        let index = content[at];
        let text = lines[index].text.clone();
        let next = content.get(at + 1).map(|&j| lines[j].text.clone());
        if normalize(&text) == headline {
            lines[index].kind = LineKind::Junk(JunkReason::RepeatedHeadline);
        } else if let Some(date) = read_dateline(&text) {
            // Rule F1: a first paragraph that opens with its date keeps its
            // sentence; the date line is cut from it.
            let rest = &text[date.rest..];
            if is_sentence(rest) {
                lines[index].text = rest.to_string();
                lines[index].date = Some(date);
                break;
            }
            lines[index].kind = LineKind::Dateline;
            lines[index].date = Some(date);
        } else if let Some((name, date)) = masthead(&text) {
            lines[index].kind = LineKind::Dateline;
            lines[index].date = Some(date);
            lines[index].label = Some(name.to_string());
        } else if let Some((name, role)) = byline(&text) {
            let (name, role) = role_then_names(name, role);
            lines[index].kind = LineKind::Byline;
            lines[index].label = role;
            lines[index].text = name;
            // A date printed on the byline's line ("By A @a Nov 5, 2024").
            lines[index].date = text
                .match_indices(' ')
                .find_map(|(at, _)| read_dateline(&text[at + 1..]));
            // A role on the next line ("Staff Writer"): short, capitalized,
            // no date, no sentence.
            if let Some(&role_index) = content.get(at + 1) {
                let role = &lines[role_index].text;
                if lines[index].label.is_none()
                    && is_heading_like(role)
                    && role.split_whitespace().count() <= 4
                    && read_dateline(role).is_none()
                    && next_after(content, at + 1, lines)
                        .is_some_and(|n| read_dateline(&n).is_some())
                {
                    lines[index].label = Some(role.clone());
                    lines[role_index].kind = LineKind::Junk(JunkReason::Repeat);
                    at += 1;
                }
            }
        } else if names_list(&text)
            && (next.as_deref().is_some_and(|n| read_dateline(n).is_some())
                || at
                    .checked_sub(1)
                    .and_then(|p| content.get(p))
                    .is_some_and(|&p| lines[p].kind == LineKind::Dateline))
        {
            // B5: "Inès Moreau, Dario Kessel and Amélie Strand", next to the
            // date line.
            lines[index].kind = LineKind::Byline;
        } else if let Some(name) = bare_byline(
            &text,
            next.as_deref().is_some_and(|n| read_dateline(n).is_some())
                || next.as_deref().is_some_and(is_role_line)
                    && next_after(content, at + 1, lines)
                        .is_some_and(|n| read_dateline(&n).is_some()),
        ) {
            lines[index].kind = LineKind::Byline;
            lines[index].text = name.to_string();
            // B4: the role on the next line, the date after it.
            if let Some(&role_index) = content
                .get(at + 1)
                .filter(|&&r| is_role_line(&lines[r].text))
            {
                lines[index].label = Some(lines[role_index].text.clone());
                lines[role_index].kind = LineKind::Junk(JunkReason::Repeat);
                at += 1;
            }
        } else if is_box_label(&text) || inline_label(&text).is_some() {
            at = classify_summary_box(lines, content, at);
            continue;
        } else if next.as_deref().is_some_and(|n| byline(n).is_some())
            && !is_heading_like(&text)
            && !headline.is_empty()
        {
            // A standfirst sits just above the byline.
            lines[index].kind = LineKind::Summary;
        } else if next
            .as_deref()
            .is_some_and(|n| is_box_label(n) || inline_label(n).is_some())
            && !is_heading_like(&text)
        {
            // The lead image's caption sits just above the summary box.
            lines[index].kind = LineKind::Caption;
        } else {
            break;
        }
        at += 1;
    }
    at
}

fn next_after(content: &[usize], at: usize, lines: &[CleanLine]) -> Option<String> {
    content.get(at + 1).map(|&j| lines[j].text.clone())
}

/// Classifies a summary box starting at `content[at]` (a label line or an
/// inline-labelled item) and returns the position after it. A label takes
/// the lines up to the next label; the box's last label takes one item, and
/// bulleted lines after an item continue it.
fn classify_summary_box(lines: &mut [CleanLine], content: &[usize], mut at: usize) -> usize {
    let mut label: Option<String> = None;
    let mut last_label_items = 0;
    while at < content.len() {
        let index = content[at];
        let text = lines[index].text.clone();
        if is_box_label(&text) {
            lines[index].kind = LineKind::BoxLabel;
            lines[index].label = Some(text.trim_end_matches(':').trim().to_string());
            label = lines[index].label.clone();
            last_label_items = 0;
        } else if let Some((inline, rest)) = inline_label(&text) {
            lines[index].kind = LineKind::Summary;
            lines[index].label = Some(inline.to_string());
            lines[index].text = rest.to_string();
            label = Some(inline.to_string());
            last_label_items = 1;
        } else if let Some(item) = strip_bullet(&text).filter(|_| last_label_items > 0) {
            lines[index].kind = LineKind::Summary;
            lines[index].label = label.clone();
            lines[index].text = item.to_string();
        } else if label.is_some() && is_summary_item(lines, content, at, last_label_items) {
            lines[index].kind = LineKind::Summary;
            lines[index].label = label.clone();
            last_label_items += 1;
        } else {
            break;
        }
        at += 1;
    }
    at
}

/// Whether the line at `content[at]` still belongs to the current label:
/// when another label follows further on, every line up to it does;
/// otherwise only the first line after the last label.
fn is_summary_item(lines: &[CleanLine], content: &[usize], at: usize, items_so_far: usize) -> bool {
    if is_heading_like(&lines[content[at]].text) {
        return false;
    }
    let label_ahead = content[at + 1..]
        .iter()
        .take_while(|&&j| !is_heading_like(&lines[j].text) || is_box_label(&lines[j].text))
        .any(|&j| is_box_label(&lines[j].text));
    label_ahead || items_so_far == 0
}

fn classify_body(lines: &mut [CleanLine], body: &[usize], headline: &str) {
    let mut position = 0;
    let mut paragraphs = 0;
    while position < body.len() {
        let index = body[position];
        let text = lines[index].text.clone();
        let next = body.get(position + 1).map(|&j| lines[j].text.clone());
        let byline_here = (paragraphs == 0).then(|| byline(&text)).flatten();
        lines[index].kind = if normalize(&text) == headline {
            LineKind::Junk(JunkReason::RepeatedHeadline)
        } else if let Some((name, role)) = byline_here {
            // A byline printed above the first paragraph, after a caption
            // or a date line the front matter stopped at.
            let (name, role) = role_then_names(name, role);
            lines[index].label = role;
            lines[index].text = name;
            LineKind::Byline
        } else if is_about_heading(&text) {
            if next.as_deref().is_some_and(is_biography) {
                let label = text.clone();
                lines[index].label = Some(label.clone());
                lines[body[position + 1]].kind = LineKind::AuthorBio;
                lines[body[position + 1]].label = Some(label);
                lines[index].kind = LineKind::BoxLabel;
                position += 2;
                continue;
            }
            LineKind::Junk(JunkReason::Furniture)
        } else if is_credit(&text) {
            LineKind::Credit
        } else if is_date_only(&text) {
            // A date line standing alone in the body ("Updated 4 March
            // 2025, 07.31 WET"): the page's, not a paragraph.
            lines[index].date = read_dateline(&text);
            LineKind::Dateline
        } else if is_photo_caption(&text)
            || next
                .as_deref()
                .is_some_and(|n| is_credit(n) && n.to_lowercase().contains("photo"))
                && text.split_whitespace().count() <= 30
        {
            LineKind::Caption
        } else if is_heading_like(&text) {
            let next_is_heading = next
                .as_deref()
                .is_some_and(|n| is_heading_like(n) && !is_about_heading(n) && !is_credit(n));
            if next_is_heading {
                LineKind::Junk(JunkReason::SectionLabel)
            } else {
                LineKind::Subhead
            }
        } else {
            paragraphs += 1;
            LineKind::Paragraph
        };
        position += 1;
    }
}

// ---------------------------------------------------------------------------
// Repeats.

/// Marks as repeats the paragraphs that a fuller paragraph already holds.
fn drop_repeats(lines: &mut [CleanLine]) {
    const MIN_CHARS: usize = 40;
    /// A repeat is looked for among this many paragraphs either side: pages
    /// print a lede twice, or a summary over the body, near the original.
    /// The window keeps the rule linear on long texts (a saved page of
    /// thousands of paragraphs took seconds when every pair was compared).
    const WINDOW: usize = 80;
    let candidates: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter(|(_, line)| {
            matches!(
                line.kind,
                LineKind::Paragraph | LineKind::Summary | LineKind::Caption
            )
        })
        .map(|(i, line)| (i, normalize(&line.text)))
        .filter(|(_, text)| text.chars().count() >= MIN_CHARS)
        .collect();
    let mut repeats = Vec::new();
    for (position, (a, text_a)) in candidates.iter().enumerate() {
        let near = position.saturating_sub(WINDOW)..(position + WINDOW + 1).min(candidates.len());
        for (b, text_b) in &candidates[near] {
            if a == b || text_b.len() < text_a.len() || !text_b.contains(text_a.as_str()) {
                continue;
            }
            let (kind_a, kind_b) = (lines[*a].kind, lines[*b].kind);
            let summary_and_body = matches!(
                (kind_a, kind_b),
                (LineKind::Summary, LineKind::Paragraph) | (LineKind::Paragraph, LineKind::Summary)
            );
            if summary_and_body {
                continue;
            }
            // `a` is held by `b`: the fuller copy stays. Fuller means longer,
            // then labelled (a box item over the same text unlabelled), then
            // earlier.
            let fullness =
                |i: usize, text: &str| (text.len(), lines[i].label.is_some(), std::cmp::Reverse(i));
            if fullness(*a, text_a) < fullness(*b, text_b) {
                repeats.push(*a);
            }
        }
    }
    for index in repeats {
        lines[index].kind = LineKind::Junk(JunkReason::Repeat);
    }
}

/// Text compared for repeats: white space folded, closing punctuation and
/// quotes dropped, lower case.
fn normalize(text: &str) -> String {
    let folded: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    folded
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || "”’…".contains(c))
        .to_lowercase()
}

// ---------------------------------------------------------------------------
// Line shapes.

/// Short, starts like a title, and without the punctuation that closes a
/// sentence (quotes around it do not count).
pub(crate) fn is_heading_like(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let Some(first) = text.chars().next() else {
        return false;
    };
    (1..=14).contains(&words)
        && text.chars().count() <= 100
        && (first.is_uppercase()
            // Scripts without case (Chinese, Japanese, Arabic, Hebrew…).
            || first.is_alphabetic() && !first.is_lowercase()
            || first.is_ascii_digit()
            || "'\"‘“«「".contains(first))
        && strip_bullet(text).is_none()
        && !ends_like_sentence(text)
        && !text
            .trim_end_matches(['\'', '"', '’', '”'])
            .ends_with([',', ';', ':'])
}

/// Ends with sentence punctuation, looking through closing quotes.
fn ends_like_sentence(text: &str) -> bool {
    text.trim_end_matches(['\'', '"', '’', '”', ')', '」', '』'])
        .ends_with(['.', '!', '…', '。', '！', '۔'])
}

/// The text after a list bullet, if the line starts with one.
fn strip_bullet(text: &str) -> Option<&str> {
    const BULLETS: [char; 5] = ['-', '•', '·', '*', '–'];
    if !text.starts_with(BULLETS) {
        return None;
    }
    let rest = text.trim_start_matches(|c: char| BULLETS.contains(&c) || c.is_whitespace());
    (!rest.is_empty()).then_some(rest)
}

/// Rule B1, bylines: "By Olha Chepil and AFP |" → ("Olha Chepil and AFP",
/// no role); "By Ana Example, Senior Correspondent Updated 2 hours ago" →
/// ("Ana Example", "Senior Correspondent"). The names end at a comma (a
/// role follows), and everything from a time or date on ("Updated …",
/// "Published …", "2 hours ago", a date line, a bar or a spaced dash) is
/// the page's, not the byline's.
/// B1's names when the role stands between them: "By Kieran Shaw, Chief
/// Reporter, and Maisie Trent" is "Kieran Shaw and Maisie Trent", role
/// "Chief Reporter".
fn role_then_names(name: &str, role: Option<&str>) -> (String, Option<String>) {
    let split = role.and_then(|role| {
        let (before, after) = role.split_once(" and ")?;
        let after = after.trim();
        let words: Vec<&str> = after.split_whitespace().collect();
        // "Science and Technology Editor" is one role.
        let name_like = (2..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !is_role_line(after);
        name_like.then(|| (before.trim().trim_end_matches(',').trim(), after))
    });
    match split {
        Some((role, more)) => (
            format!("{name} and {more}"),
            Some(role.to_string()).filter(|r| !r.is_empty()),
        ),
        None => (name.to_string(), role.map(str::to_string)),
    }
}

fn byline(text: &str) -> Option<(&str, Option<&str>)> {
    /// A byline line is short; longer lines are text that starts with "By".
    const MAX_BYLINE_CHARS: usize = 240;
    if text.len() > MAX_BYLINE_CHARS * 4 || text.chars().count() > MAX_BYLINE_CHARS {
        return None;
    }
    // Not "Reporting by …": an agency's credit line under the text
    // ("Reporting by A; Editing by B").
    const PREFIXES: [&str; 18] = [
        "By ",
        "By: ",
        "BY ",
        "Written by ",
        "Words by ",
        "Words: ",
        "Live reporting by ",
        "Story by ",
        "Live blog by ",
        "Reported by ",
        "Por ",
        "Von ",
        "Par ",
        "Di ",
        "Door ",
        "מאת: ",
        "מאת ",
        "بقلم ",
    ];
    let rest = PREFIXES.iter().find_map(|p| text.strip_prefix(p))?.trim();
    let mut cut = rest.len();
    for marker in [
        " Updated",
        " updated",
        " Published",
        " published",
        " Posted",
        " posted",
        "|",
        " · ",
        " — ",
        " – ",
        " - ",
        " /",
        " @",
    ] {
        if let Some(at) = rest.find(marker) {
            cut = cut.min(at);
        }
    }
    // A date line or relative time after a space ("… Nov. 5, 2024").
    for (at, _) in rest.match_indices(' ') {
        let after = &rest[at + 1..];
        if read_dateline(after).is_some() || is_relative_time(after) {
            cut = cut.min(at);
            break;
        }
    }
    let names = rest[..cut]
        .trim()
        .trim_end_matches([',', '/', '-', '·'])
        .trim();
    let (name, role) = match names.split_once(',') {
        Some((name, role)) => (name.trim(), Some(role.trim()).filter(|r| !r.is_empty())),
        None => (names, None),
    };
    let starts_with_capital = name
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || !c.is_lowercase() && c.is_alphabetic());
    (starts_with_capital && name.split_whitespace().count() <= 12 && !ends_like_sentence(name))
        .then_some((name, role))
}

/// Rule B2, a byline without "By": a name (two to four capitalized words,
/// name particles allowed) printed with a place ("Marta Quental in Serra
/// do Arnal"), a handle ("Rowan Pike @rowanpike") or a time after a bar
/// ("Rosa Kettering | Updated 2 hours ago"); or a bare name when a date
/// line follows it (`next_is_date`).
fn bare_byline(text: &str, next_is_date: bool) -> Option<&str> {
    if let Some(desk) = desk_byline(text) {
        return Some(desk);
    }
    let (name, qualified) = if let Some((name, place)) = text.split_once(" in ") {
        (name, place.chars().next().is_some_and(char::is_uppercase))
    } else if let Some((name, handle)) = text.split_once(" @") {
        (name, !handle.contains(' '))
    } else if let Some((name, rest)) = text.split_once(" | ").or_else(|| text.split_once(" · ")) {
        let rest = rest.trim();
        (
            name,
            is_relative_time(rest) || read_dateline(rest).is_some(),
        )
    } else {
        (text, next_is_date)
    };
    let name = name.trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    const PARTICLES: [&str; 9] = ["de", "da", "do", "dos", "van", "von", "der", "al", "bin"];
    let name_like = (2..=4).contains(&words.len())
        && words.iter().enumerate().all(|(i, word)| {
            word.chars().next().is_some_and(char::is_uppercase)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || "-'’.".contains(c))
                || i > 0 && PARTICLES.contains(word)
        });
    (qualified && name_like).then_some(name)
}

/// B5: a byline of names alone, two or more joined by commas and "and"
/// ("Inès Moreau, Dario Kessel and Amélie Strand"), each two to four
/// capitalised words; the caller asks for a date line next to it (a deck
/// such as "Unions Threaten Strike, Shares Slide" is no byline).
fn names_list(text: &str) -> bool {
    let names: Vec<&str> = text
        .split(", ")
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .collect();
    names.len() >= 2
        && names.iter().all(|name| {
            let words: Vec<&str> = name.split_whitespace().collect();
            (2..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c))
                })
        })
}

/// A line that is a byline's role: up to six words, one of them a
/// newsroom role ("Transport & Infrastructure Editor", "Chief Reporter",
/// "Security correspondent"), no full stop.
fn is_role_line(text: &str) -> bool {
    const ROLES: [&str; 10] = [
        "editor",
        "correspondent",
        "reporter",
        "writer",
        "columnist",
        "journalist",
        "contributor",
        "analyst",
        "producer",
        "photographer",
    ];
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    (1..=6).contains(&words.len())
        && !text.trim_end().ends_with('.')
        && words.iter().any(|w| ROLES.contains(&w.as_str()))
}

/// Rule B3, a desk's byline without "By": "North Wire staff", "Staff
/// reporter": "Staff reporter(s)" or "Staff writer(s)", or three to six
/// words ending in a lower-case word that names a newsroom ("staff",
/// "reporter(s)", "writer", "desk", "newsroom"), every word before it
/// capitalised but "news" ("Harbour Post news desk"). Two words are not
/// enough: "Hospital staff" and "Striking staff" are headlines, and so is
/// "Hospital cuts 40 staff".
fn desk_byline(text: &str) -> Option<&str> {
    const DESK_ENDS: [&str; 6] = [
        "staff",
        "reporter",
        "reporters",
        "writer",
        "desk",
        "newsroom",
    ];
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    let (last, before) = words.split_last()?;
    let capitalised =
        |word: &&str| *word == "news" || word.chars().next().is_some_and(char::is_uppercase);
    let staff_line = matches!(
        text.to_lowercase().as_str(),
        "staff reporter" | "staff reporters" | "staff writer" | "staff writers"
    );
    (staff_line
        || (3..=6).contains(&words.len())
            && DESK_ENDS.contains(last)
            && before.iter().all(capitalised))
    .then_some(text)
}

/// A summary box's own label line: "In short:", "What's next:".
fn is_box_label(text: &str) -> bool {
    let Some(label) = text.strip_suffix(':') else {
        return false;
    };
    let words = label.split_whitespace().count();
    (1..=5).contains(&words) && label.chars().next().is_some_and(char::is_uppercase)
}

/// "What You Need to Know: As Russia…" → ("What You Need to Know", "As Russia…").
/// The label is two to seven title-case words (short function words may be
/// lower case) and the text after it is substantial.
fn inline_label(text: &str) -> Option<(&str, &str)> {
    const SMALL: [&str; 10] = [
        "to", "of", "the", "a", "an", "and", "in", "on", "for", "you",
    ];
    let (label, rest) = text.split_once(": ")?;
    let words: Vec<&str> = label.split_whitespace().collect();
    let title_case = words.iter().enumerate().all(|(i, word)| {
        let capital = word.chars().next().is_some_and(char::is_uppercase);
        capital || (i > 0 && SMALL.contains(&word.to_lowercase().as_str()))
    });
    let rest = rest.trim();
    ((2..=7).contains(&words.len()) && title_case && !label.contains(',') && rest.len() >= 20)
        .then_some((label, rest))
}

fn is_about_heading(text: &str) -> bool {
    text.starts_with("About ") && text.split_whitespace().count() <= 5 && is_heading_like(text)
}

/// "Stavros Atlamazoglou is a seasoned defense journalist…".
fn is_biography(text: &str) -> bool {
    let opening: Vec<&str> = text.split_whitespace().take(12).collect();
    opening
        .windows(2)
        .any(|pair| matches!(pair, ["is" | "was", "a" | "an" | "the"]))
        && text.split_whitespace().count() >= 8
}

fn is_credit(text: &str) -> bool {
    let lower = text.to_lowercase();
    let prefixes = [
        "image credit",
        "photo credit",
        "credit:",
        "illustration:",
        "images:",
        "image:",
        "photo:",
        "photograph:",
        "picture:",
        "photo by ",
        "(photo by",
        "image source",
    ];
    // "Jane Doe/Getty Images", "(AFP via Getty Images)": an agency after a
    // slash or "via", on a short line.
    const AGENCIES: [&str; 6] = [
        "getty images",
        "/afp",
        "/reuters",
        "/ap",
        "via reuters",
        "/epa",
    ];
    if text.split_whitespace().count() <= 10
        && !ends_like_sentence(text)
        && AGENCIES
            .iter()
            .any(|a| lower.trim_end_matches(')').ends_with(a))
    {
        return true;
    }
    let phrases = [
        "contributed reporting",
        "contributed to this report",
        "additional reporting by",
        "reporting by",
        "editing by",
        "image courtesy",
        "photograph:",
    ];
    let prefixes_more = [
        "图片来源",
        "圖片來源",
        "图片：",
        "写真：",
        "写真=",
        "사진=",
        "image source,",
        "image caption,",
        "media caption,",
        "foto:",
        "fotos:",
        "bild:",
        "(image:",
        "(photo:",
    ];
    if prefixes_more.iter().any(|p| lower.starts_with(p))
        || (lower.starts_with('(') && lower.ends_with(')') && lower.contains('/'))
    {
        return true;
    }
    prefixes.iter().any(|p| lower.starts_with(p))
        || (text.split_whitespace().count() <= 20 && phrases.iter().any(|p| lower.contains(p)))
}

fn is_photo_caption(text: &str) -> bool {
    let lower = text.to_lowercase();
    let cues = [
        "in a photo",
        "photo released",
        "in this photo",
        "in this image",
        "file photo",
        "pictured",
        "(photo",
        "photograph:",
        "photo:",
        "foto:",
        "bild:",
        "(image:",
    ];
    let labelled = caption_label_end(text).is_some();
    text.split_whitespace().count() <= 45
        && (labelled || cues.iter().any(|cue| lower.contains(cue)) || agency_credit_end(text))
}

/// Where the label of a labelled caption ends ("Image caption: …", "Photo
/// caption, …", "Caption: …"), if the line has one.
fn caption_label_end(text: &str) -> Option<usize> {
    ["image caption", "photo caption", "caption"]
        .iter()
        .find_map(|label| {
            let head = text.get(..label.len())?;
            let rest = &text[label.len()..];
            (head.eq_ignore_ascii_case(label) && rest.starts_with([':', ',']))
                .then_some(label.len() + 1)
        })
}

/// A caption that ends with its photographer's credit in the wire form
/// "AGENCY/First Last" ("… March 2, 2025. REUTERS/Ana Duarte", "AP
/// Photo/Jo Kim"): a slash between a capitalised word and a name of one to
/// three capitalised words, after a sentence's full stop.
fn agency_credit_end(text: &str) -> bool {
    // "(AP Photo/Armando Franca)": the credit in brackets.
    let text = text.trim_end();
    let text = text
        .strip_suffix(')')
        .and_then(|t| {
            t.rsplit_once('(')
                .map(|(head, credit)| format!("{head}{credit}"))
        })
        .unwrap_or_else(|| text.to_string());
    let Some((before, name)) = text.rsplit_once('/') else {
        return false;
    };
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let name_word = |w: &&str| {
        capitalised(w)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    let names: Vec<&str> = name.split_whitespace().collect();
    // The agency: one or two capitalised words ("REUTERS", "AP Photo")
    // right after a sentence's full stop.
    let words: Vec<&str> = before.split_whitespace().collect();
    let agency_after_sentence = (1..=2).any(|n| {
        words.len() > n
            && words[words.len() - n..].iter().all(|w| capitalised(w))
            && words[words.len() - n - 1].ends_with('.')
    });
    (1..=3).contains(&names.len()) && names.iter().all(name_word) && agency_after_sentence
}

// ---------------------------------------------------------------------------
// Dates at the start of a line.

/// A calendar date as `(year, month, day)`, read from the start of a line
/// by [`read_dateline`]: "November 2, 2024 …", "Nov. 2, 2024",
/// "2 November 2024", "2024-11-02", "Tue 5 Nov 2024 09.12 GMT".
pub fn leading_date(text: &str) -> Option<(u16, u8, u8)> {
    read_dateline(text).map(|line| (line.date.year(), line.date.month(), line.date.day()))
}

#[cfg(test)]
mod tests;
