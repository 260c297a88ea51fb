//! The comparison as files a reader can take away: Markdown for reading and
//! pasting, CSV for spreadsheets. Both list exactly what the reader sees:
//! the claims that pass the filters, over the outlets shown.

use crate::agreement::{ClaimComparison, absence};
use crate::claim::{Origin, Stance};
use crate::corpus::{Corpus, OutletId};

/// "Kontur" for a stance's outlet, with "(article headline)" when the outlet
/// has several articles.
fn outlet_name(corpus: &Corpus, outlet: &OutletId) -> String {
    corpus
        .outlet(outlet)
        .map(|outlet| outlet.name.clone())
        .unwrap_or_default()
}

/// Who said it: the attributed source (with the relay of reported speech:
/// "the coastguard, via the mayor"), or the outlet's own assessment; for a
/// stance the engine found without a source, "not attributed" (the engine
/// does not guess whose assessment it is).
pub fn attribution(corpus: &Corpus, stance: &Stance) -> String {
    match (&stance.source, &stance.via) {
        (Some(source), Some(via)) => format!("{source}, via {via}"),
        (Some(source), None) => source.clone(),
        (None, _) if stance.origin != Origin::Curated => "not attributed".into(),
        (None, _) => {
            let outlet = corpus
                .outlet_of(&stance.article)
                .map(|outlet| outlet.name.as_str())
                .unwrap_or("the outlet");
            format!("{outlet}'s own assessment")
        }
    }
}

/// The attribution as a phrase opening a line: "According to US officials",
/// or "Not attributed" for an engine's stance without a source.
pub fn according_to(corpus: &Corpus, stance: &Stance) -> String {
    if stance.source.is_none() && stance.origin != Origin::Curated {
        "Not attributed".into()
    } else {
        format!("According to {}", attribution(corpus, stance))
    }
}

/// The outlet and who it attributes the stance to, as a line under a
/// figure: "Kontur, according to US officials"; "North Wire, not
/// attributed" for an engine's stance without a source.
pub fn reported_by(corpus: &Corpus, stance: &Stance) -> String {
    let outlet = corpus
        .outlet_of(&stance.article)
        .map(|outlet| outlet.name.as_str())
        .unwrap_or("The outlet");
    if stance.source.is_none() && stance.origin != Origin::Curated {
        format!("{outlet}, not attributed")
    } else {
        format!("{outlet}, according to {}", attribution(corpus, stance))
    }
}

/// When it was said, as readers read it ("about 23 Oct 2024"), if known.
pub fn said_on(stance: &Stance) -> Option<String> {
    stance.said_on.as_ref().map(|date| {
        let inferred = if date.is_inferred() {
            " (inferred)"
        } else {
            ""
        };
        format!("{}{inferred}", date.value)
    })
}

/// How a stance is known, for readers: an editor's stance says nothing; a
/// found one says "found by Parallax, not checked"; a checked one "found
/// by Parallax, checked by a reader".
pub fn provenance_note(stance: &Stance) -> Option<&'static str> {
    match stance.origin {
        Origin::Curated => None,
        Origin::Found => Some(FOUND_NOTE),
        Origin::Checked => Some(CHECKED_NOTE),
    }
}

/// The words that mark what the engine found, everywhere it is shown.
pub const FOUND_NOTE: &str = "found by Parallax, not checked";

/// The words that mark what a reader checked (never an editor's).
pub const CHECKED_NOTE: &str = "found by Parallax, checked by a reader";

/// The value with its scope: "at least 3,000 soldiers (in Russia, late October)".
pub fn value_with_scope(stance: &Stance) -> String {
    match &stance.scope {
        Some(scope) => format!("{} ({scope})", stance.value),
        None => stance.value.to_string(),
    }
}

/// The comparison as a Markdown document.
/// `imported` are the ids of the reader's imported articles, for saying
/// honestly why a cell is empty (`agreement::absence`).
pub fn markdown(corpus: &Corpus, comparisons: &[ClaimComparison<'_>], imported: &[&str]) -> String {
    let mut out = String::new();
    let title = corpus.title().unwrap_or("Parallax comparison");
    out.push_str(&format!("# {}: claims compared\n\n", md_text(title)));
    if let Some(first) = comparisons.first() {
        let outlets: Vec<String> = first
            .cells
            .iter()
            .map(|cell| outlet_name(corpus, cell.outlet))
            .collect();
        out.push_str(&format!(
            "Outlets shown: {}.\n\n",
            md_text(&outlets.join(", "))
        ));
    }
    for comparison in comparisons {
        out.push_str(&format!("## {}\n\n", md_text(&comparison.claim.question)));
        out.push_str(&format!(
            "**{}.** {}\n\n",
            comparison.status.label(),
            md_text(&comparison.explanation(corpus))
        ));
        out.push_str("| Outlet | Reports | Attributed to | Said | Quote |\n");
        out.push_str("| --- | --- | --- | --- | --- |\n");
        for cell in &comparison.cells {
            let outlet = md_cell(&outlet_name(corpus, cell.outlet));
            if cell.stances.is_empty() {
                let absence = absence(corpus, comparison.claim, cell.outlet, imported);
                out.push_str(&format!("| {outlet} | {} | | | |\n", absence.label()));
            }
            for stance in &cell.stances {
                let reports = match provenance_note(stance) {
                    Some(note) => format!("{} ({note})", value_with_scope(stance)),
                    None => value_with_scope(stance),
                };
                out.push_str(&format!(
                    "| {outlet} | {} | {} | {} | “{}” |\n",
                    md_cell(&reports),
                    md_cell(&attribution(corpus, stance)),
                    md_cell(&said_on(stance).unwrap_or_default()),
                    md_cell(&stance.quote),
                ));
            }
        }
        out.push('\n');
    }
    out
}

/// Text outside tables: Markdown's own characters escaped so a quote cannot
/// become markup.
fn md_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>#|".contains(c) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// A table cell: escaped, on one line.
fn md_cell(text: &str) -> String {
    md_text(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The CSV header.
pub const CSV_COLUMNS: [&str; 13] = [
    "claim_id",
    "question",
    "kind",
    "status",
    "outlet",
    "article",
    "reports",
    "scope",
    "attributed_to",
    "said_on",
    "quote",
    "value_words",
    "provenance",
];

/// The comparison as CSV (RFC 4180): one row per stance, and one row saying
/// why (`agreement::absence`: "not mentioned", "not found by Parallax",
/// "not checked yet") for each shown outlet that does not report a claim.
pub fn csv(corpus: &Corpus, comparisons: &[ClaimComparison<'_>], imported: &[&str]) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_COLUMNS.iter().map(|c| c.to_string()));
    for comparison in comparisons {
        let claim = comparison.claim;
        let head = [
            claim.id.to_string(),
            claim.question.clone(),
            claim.kind.label().to_lowercase(),
            comparison.status.slug().to_string(),
        ];
        for cell in &comparison.cells {
            let outlet = outlet_name(corpus, cell.outlet);
            if cell.stances.is_empty() {
                let row = head.iter().cloned().chain([
                    outlet.clone(),
                    String::new(),
                    absence(corpus, claim, cell.outlet, imported).label().into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
                push_row(&mut out, row);
            }
            for stance in &cell.stances {
                let row = head.iter().cloned().chain([
                    outlet.clone(),
                    stance.article.to_string(),
                    stance.value.to_string(),
                    stance
                        .scope
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    attribution(corpus, stance),
                    said_on(stance).unwrap_or_default(),
                    stance.quote.clone(),
                    stance.value_text.clone(),
                    match stance.origin {
                        Origin::Curated => "curated".into(),
                        Origin::Found => "found".into(),
                        Origin::Checked => "checked".into(),
                    },
                ]);
                push_row(&mut out, row);
            }
        }
    }
    out
}

fn push_row(out: &mut String, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.map(|field| csv_field(&field)).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// One CSV field, quoted when it needs to be. A field that a spreadsheet
/// would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
fn csv_field(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agreement::compare_all;
    use crate::selection::OutletSelection;

    #[test]
    fn a_stance_is_reported_by_its_outlet_according_to_its_source_or_not_attributed() {
        let corpus = Corpus::parse_bundled().unwrap();
        let stances: Vec<&Stance> = corpus.claims().iter().flat_map(|c| &c.stances).collect();
        let attributed = stances
            .iter()
            .find(|s| s.source.as_deref() == Some("US officials"))
            .unwrap();
        assert_eq!(
            reported_by(&corpus, attributed),
            "Kontur, according to US officials"
        );
        let mut found = (*attributed).clone();
        found.source = None;
        found.origin = Origin::Found;
        assert_eq!(reported_by(&corpus, &found), "Kontur, not attributed");
        found.origin = Origin::Curated;
        assert_eq!(
            reported_by(&corpus, &found),
            "Kontur, according to Kontur's own assessment"
        );
    }

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-3"), "'-3");
    }

    #[test]
    fn markdown_escapes_what_would_become_markup() {
        assert_eq!(
            md_text("a | b *c* <script>"),
            "a \\| b \\*c\\* \\<script\\>"
        );
        assert_eq!(md_cell("two\nlines"), "two lines");
    }

    #[test]
    fn exports_hold_every_shown_claim_and_outlet() {
        let corpus = Corpus::parse_bundled().unwrap();
        let mut selection = OutletSelection::all();
        let kontur = corpus.outlets()[1].id.clone();
        selection.toggle(&corpus, &kontur);
        let comparisons = compare_all(&corpus, &selection);

        let md = markdown(&corpus, &comparisons, &[]);
        assert!(
            md.starts_with("# North Korean troops sent to Russia, October 2024: claims compared\n")
        );
        assert!(md.contains(
            "Outlets shown: The National Interest, ABC News (Australia), The New York Times."
        ));
        assert!(md.contains("## How many North Korean troops are in Russia now?"));
        assert!(md.contains("| ABC News (Australia) | about 11,000 soldiers (in Russia, late October) | Ukraine |  | “Ukraine is reporting some 11,000"));
        assert!(!md.contains("Kontur |"), "a hidden outlet is left out");
        assert_eq!(md.matches("\n## ").count(), corpus.claims().len());

        let csv = csv(&corpus, &comparisons, &[]);
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some(
                "claim_id,question,kind,status,outlet,article,reports,scope,attributed_to,said_on,quote,value_words,provenance"
            )
        );
        assert!(csv.contains("troops-in-russia,How many North Korean troops are in Russia now?,number,differs,The New York Times,nyt-what-we-know,\"3,000 soldiers\",\"in Russia, late October\",South Korea's National Intelligence Service,23 Oct 2024 (inferred),"));
        assert!(csv.contains("arms-shipments,How much weaponry has North Korea shipped to Russia?,number,single-source,ABC News (Australia),,not mentioned,"));
        assert!(!csv.contains(",Kontur,"));
    }
}
