//! The bad-input matrix, read as every door reads a document
//! (`import::read_document`: `parallax-cli check`, a host's `src`, the
//! widget's file import). The format's own rules (malformed JSON, versions,
//! missing, extra and mistyped fields, duplicate ids, references, quotes, an
//! empty corpus) are in `corpus_errors.rs`; here are the bytes and the
//! scales: too large, binary, not UTF-8, one huge line, thousands of
//! articles, and the scripts and characters real news is written in.

use parallax_core::import::{DocumentProblem, MAX_DOCUMENT_BYTES, read_document};
use parallax_core::{Corpus, OutletSelection};
use serde_json::{Value, json};

fn article(id: &str, outlet: &str, headline: &str, paragraphs: &[&str]) -> Value {
    json!({
        "id": id,
        "outlet": outlet,
        "outlet_attribution": { "provenance": "stated" },
        "headline": { "value": headline, "provenance": "stated" },
        "published": { "date": "2024-10-23", "precision": "day", "provenance": "stated" },
        "blocks": paragraphs.iter().map(|text| json!({ "kind": "paragraph", "text": text })).collect::<Vec<_>>()
    })
}

fn document(outlets: &[(&str, &str)], articles: Vec<Value>, claims: Value) -> Vec<u8> {
    json!({
        "format": 1,
        "outlets": outlets.iter().map(|(id, name)| json!({ "id": id, "name": name })).collect::<Vec<_>>(),
        "articles": articles,
        "claims": claims,
    })
    .to_string()
    .into_bytes()
}

fn problem(bytes: &[u8]) -> DocumentProblem {
    read_document(bytes).expect_err("refused")
}

#[test]
fn a_20_mb_file_is_refused_with_its_size_before_it_is_read() {
    let mut bytes = document(
        &[("a", "A")],
        vec![article("x", "a", "H", &["P."])],
        json!([]),
    );
    bytes.resize(20_000_000, b' ');
    assert_eq!(
        problem(&bytes),
        DocumentProblem::TooLarge {
            bytes: 20_000_000,
            limit: MAX_DOCUMENT_BYTES
        }
    );
    assert_eq!(
        problem(&bytes).to_string(),
        "too large to read in the widget (20.0 MB; the limit is 10 MB)"
    );
}

#[test]
fn a_binary_file_is_named_as_binary_with_the_offset() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    assert_eq!(problem(png), DocumentProblem::Binary { offset: 8 });
    assert_eq!(
        problem(png).to_string(),
        "a binary file, not JSON text (a NUL byte at offset 8)"
    );
}

#[test]
fn invalid_utf8_is_named_with_its_offset() {
    let mut bytes = document(
        &[("a", "A")],
        vec![article("x", "a", "Caf", &["P."])],
        json!([]),
    );
    let at = bytes.windows(3).position(|w| w == b"Caf").unwrap() + 3;
    bytes.insert(at, 0xE9); // Latin-1 "é"
    assert_eq!(problem(&bytes), DocumentProblem::NotUtf8 { offset: at });
    assert_eq!(
        problem(&bytes).to_string(),
        format!("not UTF-8 text (an invalid byte at offset {at})")
    );
}

#[test]
fn malformed_json_read_from_bytes_says_where() {
    match problem(b"{ \"format\": 1, \"outlets\": [") {
        DocumentProblem::Invalid(errors) => assert_eq!(
            errors[0].to_string(),
            "not valid JSON: EOF while parsing a list at line 1 column 27"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_single_one_megabyte_line_is_a_valid_paragraph_and_searchable() {
    let line = "word ".repeat(200_000) + "needle.";
    assert!(line.len() > 1_000_000);
    let bytes = document(
        &[("a", "A")],
        vec![article("x", "a", "Long", &[&line])],
        json!([]),
    );
    let corpus = read_document(&bytes).expect("valid");
    let hits = parallax_core::search::search(&corpus, &OutletSelection::all(), "needle");
    assert_eq!(hits.len(), 1, "found in the one huge paragraph");
}

#[test]
fn thousands_of_articles_are_read_and_validated() {
    let outlets: Vec<(String, String)> = (0..40)
        .map(|i| (format!("outlet-{i}"), format!("Outlet {i}")))
        .collect();
    let outlet_refs: Vec<(&str, &str)> = outlets
        .iter()
        .map(|(id, name)| (id.as_str(), name.as_str()))
        .collect();
    let articles: Vec<Value> = (0..4_000)
        .map(|i| {
            article(
                &format!("article-{i}"),
                &format!("outlet-{}", i % 40),
                &format!("Headline {i}"),
                &[
                    "About 3,000 soldiers arrived.",
                    "Officials said so on Monday.",
                ],
            )
        })
        .collect();
    let corpus = read_document(&document(&outlet_refs, articles, json!([]))).expect("valid");
    assert_eq!(corpus.articles().len(), 4_000);
    assert_eq!(corpus.outlets().len(), 40);
}

#[test]
fn right_to_left_and_cjk_text_is_kept_verbatim_and_quotable() {
    let arabic = "قال مسؤولون إن نحو 3000 جندي وصلوا إلى روسيا.";
    let hebrew = "לפי הדיווח, כ-3,000 חיילים הגיעו לרוסיה.";
    let chinese = "据报道，约3000名朝鲜士兵已抵达俄罗斯。";
    let japanese = "約3000人の北朝鮮兵がロシアに到着したと報じられた。";
    let bytes = document(
        &[
            ("al-sahifa", "الصحيفة"),
            ("haaretz-like", "העיתון"),
            ("xinwen", "新闻报"),
        ],
        vec![
            article("ar", "al-sahifa", "جنود في روسيا", &[arabic]),
            article("he", "haaretz-like", "חיילים ברוסיה", &[hebrew]),
            article("zh", "xinwen", "朝鲜士兵抵达俄罗斯", &[chinese, japanese]),
        ],
        json!([{
            "id": "troops",
            "question": "How many troops arrived?",
            "kind": "number",
            "stances": [
                { "article": "ar", "quote": arabic, "value": { "text": "3000", "amount": 3000, "unit": "soldiers" } },
                { "article": "he", "quote": hebrew, "value": { "text": "3,000", "amount": 3000, "qualifier": "about", "unit": "soldiers" } },
                { "article": "zh", "quote": "约3000名朝鲜士兵已抵达俄罗斯", "value": { "text": "约3000名", "amount": 3000, "qualifier": "about", "unit": "soldiers" } }
            ]
        }]),
    );
    let corpus = read_document(&bytes).expect("valid");
    assert_eq!(corpus.outlets()[0].name, "الصحيفة");
    assert_eq!(corpus.articles()[2].blocks[1].text(), japanese);
    let hits = parallax_core::search::search(&corpus, &OutletSelection::all(), "俄罗斯");
    // The headline and the paragraph of the Chinese article.
    assert_eq!(hits.len(), 2);
    assert!(
        hits.iter()
            .all(|hit| hit.article.as_ref().map(|id| id.as_str()) == Some("zh"))
    );
    assert!(
        hits.iter()
            .all(|hit| &hit.excerpt[hit.matched.clone()] == "俄罗斯")
    );
}

#[test]
fn emoji_and_combining_characters_are_kept_and_a_decomposed_quote_is_explained() {
    // "é" composed (U+00E9) in the article; a family emoji (ZWJ sequence);
    // a flag; a letter with two combining marks.
    let text = "Le café 👨‍👩‍👧 a rouvert 🇺🇦 près de Zaporizhzhia, dit Ṩ̃ergei.";
    let decomposed = "Le cafe\u{301} 👨‍👩‍👧 a rouvert";
    let make = |quote: &str| {
        document(
            &[("a", "A 📰")],
            vec![article("x", "a", "Café 👨‍👩‍👧", &[text])],
            json!([{
                "id": "open",
                "question": "Has the café reopened?",
                "kind": "event",
                "stances": [{ "article": "x", "quote": quote, "value": { "text": "a rouvert", "label": "reopened" } }]
            }]),
        )
    };
    let corpus: Corpus = read_document(&make("Le café 👨‍👩‍👧 a rouvert")).expect("valid");
    assert_eq!(
        corpus.articles()[0].blocks[0].text(),
        text,
        "kept byte for byte"
    );
    assert_eq!(corpus.outlets()[0].name, "A 📰");

    match problem(&make(decomposed)) {
        DocumentProblem::Invalid(errors) => {
            assert_eq!(errors.len(), 1);
            assert!(
                errors[0].to_string().ends_with(
                    "(it differs only in accents or case, or in how accented letters are encoded: composed in one, a letter and a combining mark in the other)"
                ),
                "{}",
                errors[0]
            );
        }
        other => panic!("{other:?}"),
    }
}

// Issue #14: the new cleaner rules look at many positions of a line (a
// byline's date, a date line's label); a megabyte of text on one line that
// starts like a byline or a date line must still be cleaned in linear time.
#[test]
fn a_megabyte_line_that_opens_like_a_byline_or_a_date_is_cleaned() {
    for opening in [
        "By Ana Example ",
        "Published: 5 Nov 2024 ",
        "LISBON (Agency) - ",
    ] {
        let text = format!("Headline\n{opening}{}", "word, and 2 more. ".repeat(55_000));
        let started = std::time::Instant::now();
        let article = parallax_core::clean::clean_article(&text);
        assert!(!article.blocks.is_empty(), "{opening}");
        // Generous: linear work takes well under a second here.
        assert!(
            started.elapsed().as_secs() < 20,
            "{opening}: {:?}",
            started.elapsed()
        );
    }
}

// Issue #14, item 2: a format-1 file saved with a UTF-8 byte-order mark (as
// some Windows editors save it) was refused as "not valid JSON … line 1
// column 1" by the file import, a host's `src` and `parallax-cli check`,
// which all read it through `read_document`.
#[test]
fn a_document_with_a_byte_order_mark_is_read() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(document(
        &[("daily", "The Daily")],
        vec![article("daily-one", "daily", "Troops arrive", &["Text."])],
        json!([]),
    ));
    let corpus = read_document(&bytes).expect("a BOM is not part of the document");
    assert_eq!(corpus.articles().len(), 1);
    let text = String::from_utf8(bytes).unwrap();
    assert!(parallax_core::Corpus::parse(&text).is_ok());
}
