//! A corpus document that breaks a rule of format 1 is refused with every
//! problem named: where it is (path and article id) and what is wrong.

use parallax_core::{Corpus, CorpusError};
use serde_json::{Value, json};

/// A small valid document to break in one place at a time.
fn valid() -> Value {
    json!({
        "format": 1,
        "outlets": [{ "id": "daily", "name": "The Daily" }],
        "articles": [{
            "id": "first",
            "outlet": "daily",
            "outlet_attribution": { "provenance": "stated" },
            "headline": { "value": "A headline", "provenance": "stated" },
            "published": { "date": "2024-10-23", "precision": "day", "provenance": "stated" },
            "url": { "value": "https://example.org/a", "provenance": "confirmed" },
            "blocks": [{ "kind": "paragraph", "text": "Some 3,000\u{a0}troops arrived on Monday." }]
        }],
        "claims": [{
            "id": "troops",
            "question": "How many troops arrived?",
            "kind": "number",
            "stances": [{
                "article": "first",
                "quote": "Some 3,000\u{a0}troops arrived",
                "source": "officials",
                "value": { "text": "Some 3,000", "amount": 3000, "qualifier": "about", "unit": "soldiers" }
            }]
        }]
    })
}

/// Parses `document` and returns each error as displayed.
fn errors(document: &Value) -> Vec<String> {
    match Corpus::parse(&document.to_string()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.iter().map(CorpusError::to_string).collect(),
    }
}

fn check(document: Value, expected: &[&str]) {
    assert_eq!(errors(&document), expected);
}

#[test]
fn the_valid_document_is_valid() {
    check(valid(), &[]);
}

#[test]
fn malformed_json_names_line_and_column() {
    let errors = Corpus::parse("{\n  \"format\": 1,\n  \"outlets\": [,]\n}").unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "not valid JSON: expected value at line 3 column 15"
    );
}

#[test]
fn an_unknown_or_missing_format_version_is_refused_first() {
    let mut document = valid();
    document["format"] = json!(2);
    check(
        document.clone(),
        &["format: unsupported format version 2; this version of Parallax reads format 1"],
    );
    document.as_object_mut().unwrap().remove("format");
    check(document, &["format: missing field"]);
}

#[test]
fn a_missing_field_names_the_article_and_the_field() {
    let mut document = valid();
    document["articles"][0]
        .as_object_mut()
        .unwrap()
        .remove("headline");
    check(
        document,
        &["articles[0] (\"first\"): missing field `headline`"],
    );
}

#[test]
fn an_extra_field_is_refused_not_ignored() {
    let mut document = valid();
    document["articles"][0]["headlne"] = json!("typo");
    let errors = errors(&document);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("articles[0] (\"first\"), field `headlne`: unknown field `headlne`"),
        "{errors:?}"
    );
}

#[test]
fn a_wrongly_typed_field_names_its_path() {
    let mut document = valid();
    document["articles"][0]["published"]["date"] = json!(20241023);
    check(
        document,
        &[
            "articles[0] (\"first\"), field `published.date`: invalid type: integer `20241023`, expected a string",
        ],
    );
}

#[test]
fn a_broken_outlet_reference_names_the_missing_id() {
    let mut document = valid();
    document["articles"][0]["outlet"] = json!("weekly");
    check(
        document,
        &["articles[0] (\"first\"), field `outlet`: no outlet has the id \"weekly\""],
    );
}

#[test]
fn duplicate_ids_name_the_first_holder() {
    let mut document = valid();
    let article = document["articles"][0].clone();
    document["articles"].as_array_mut().unwrap().push(article);
    let outlet = document["outlets"][0].clone();
    document["outlets"].as_array_mut().unwrap().push(outlet);
    check(
        document,
        &[
            "outlets[1] (\"daily\"), field `id`: duplicate id: outlets[0] has it already",
            "articles[1] (\"first\"), field `id`: duplicate id: articles[0] has it already",
        ],
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let mut document = valid();
    document["articles"][0]["published"]["date"] = json!("2024-02-30");
    document["articles"][0]["url"]["value"] = json!("javascript:alert(1)");
    document["articles"][0]["headline"]["value"] = json!("  ");
    check(
        document,
        &[
            "articles[0] (\"first\"), field `headline.value`: must not be empty",
            "articles[0] (\"first\"), field `published.date`: \"2024-02-30\" is not a calendar date (expected YYYY-MM-DD)",
            "articles[0] (\"first\"), field `url.value`: \"javascript:alert(1)\" is not an http or https URL",
        ],
    );
}

#[test]
fn structural_errors_in_several_articles_are_all_reported() {
    let mut document = valid();
    let mut second = document["articles"][0].clone();
    second["id"] = json!("second");
    second["blocks"] = json!([{ "kind": "poem", "text": "x" }]);
    document["articles"][0]["outlet_attribution"]["provenance"] = json!("rumoured");
    document["articles"].as_array_mut().unwrap().push(second);
    let errors = errors(&document);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors[0].starts_with(
            "articles[0] (\"first\"), field `outlet_attribution.provenance`: unknown variant `rumoured`"
        ),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with("articles[1] (\"second\"), field `blocks[0].kind`: unknown variant `poem`, expected one of `summary`"),
        "{errors:?}"
    );
}

#[test]
fn date_ranges_need_until_and_only_ranges_take_it() {
    let mut document = valid();
    document["articles"][0]["published"] =
        json!({ "date": "2024-10-24", "precision": "range", "provenance": "inferred" });
    check(
        document.clone(),
        &["articles[0] (\"first\"), field `published.until`: precision `range` needs `until`"],
    );
    document["articles"][0]["published"]["until"] = json!("2024-10-01");
    check(
        document.clone(),
        &["articles[0] (\"first\"), field `published.until`: must not be before `date`"],
    );
    document["articles"][0]["published"]["precision"] = json!("about");
    check(
        document,
        &["articles[0] (\"first\"), field `published.until`: only precision `range` takes `until`"],
    );
}

#[test]
fn an_empty_corpus_and_an_empty_article_are_refused() {
    let mut document = valid();
    document.as_object_mut().unwrap().remove("claims");
    document["articles"][0]["blocks"] = json!([]);
    check(
        document.clone(),
        &["articles[0] (\"first\"), field `blocks`: an article needs at least one block"],
    );
    document["articles"] = json!([]);
    check(document, &["articles: a corpus needs at least one article"]);
}

#[test]
fn ids_must_be_slugs() {
    let mut document = valid();
    document.as_object_mut().unwrap().remove("claims");
    document["articles"][0]["id"] = json!("First Article");
    check(
        document,
        &[
            "articles[0] (\"First Article\"), field `id`: must be 1 to 100 lower-case letters, digits and hyphens, not starting with a hyphen",
        ],
    );
}

#[test]
fn a_document_that_is_not_an_object_says_what_a_corpus_is() {
    assert_eq!(
        errors(&json!([1, 2])),
        ["a corpus is a JSON object with `format`, `outlets` and `articles`"]
    );
    let mut document = valid();
    document["claimz"] = json!([]);
    check(
        document,
        &["claimz: unknown field (expected `format`, `title`, `outlets`, `articles` or `claims`)"],
    );
}

#[test]
fn a_quote_must_occur_verbatim_and_white_space_differences_are_explained() {
    let mut document = valid();
    document["claims"][0]["stances"][0]["quote"] = json!("Some 3,000 troops arrived");
    check(
        document.clone(),
        &[
            "claims[0] (\"troops\"), field `stances[0].quote`: does not occur verbatim in article \"first\": \"Some 3,000 troops arrived\" (it differs only in white space: the article may have a non-breaking space or a line break there)",
        ],
    );
    document["claims"][0]["stances"][0]["quote"] = json!("Some 3,000\u{a0}soldiers arrived");
    document["claims"][0]["stances"][0]["value"]["text"] = json!("3,000");
    check(
        document,
        &[
            "claims[0] (\"troops\"), field `stances[0].quote`: does not occur verbatim in article \"first\": \"Some 3,000\\u{a0}soldiers arrived\"",
        ],
    );
}

#[test]
fn the_highlighted_value_must_be_words_of_the_quote() {
    let mut document = valid();
    document["claims"][0]["stances"][0]["value"]["text"] = json!("10,000");
    check(
        document,
        &[
            "claims[0] (\"troops\"), field `stances[0].value.text`: \"10,000\" must be words of the quote",
        ],
    );
}

#[test]
fn a_stance_must_name_an_existing_article() {
    let mut document = valid();
    document["claims"][0]["stances"][0]["article"] = json!("second");
    check(
        document,
        &["claims[0] (\"troops\"), field `stances[0].article`: no article has the id \"second\""],
    );
}

#[test]
fn values_must_fit_the_claims_kind() {
    let mut document = valid();
    document["claims"][0]["stances"][0]["value"] =
        json!({ "text": "Some 3,000", "unit": "soldiers" });
    check(
        document.clone(),
        &["claims[0] (\"troops\"), field `stances[0].value.amount`: a number claim needs `amount`"],
    );
    document["claims"][0]["kind"] = json!("event");
    document["claims"][0]["stances"][0]["value"] = json!({ "text": "Some 3,000", "amount": 3000 });
    check(
        document,
        &[
            "claims[0] (\"troops\"), field `stances[0].value`: a event claim takes `label`, not `amount`, `qualifier` or `unit`",
            "claims[0] (\"troops\"), field `stances[0].value.label`: a event claim needs a `label`",
        ],
    );
}

#[test]
fn claim_ids_are_unique() {
    let mut document = valid();
    let claim = document["claims"][0].clone();
    document["claims"].as_array_mut().unwrap().push(claim);
    check(
        document,
        &["claims[1] (\"troops\"), field `id`: duplicate id: claims[0] has it already"],
    );
}

#[test]
fn a_wrong_type_is_named_in_the_documents_terms_not_the_programs() {
    let mut document = valid();
    document["articles"][0]["headline"] = json!("A headline given as a bare string");
    let found = errors(&document);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("expected an object"), "{}", found[0]);
    assert!(!found[0].contains("struct"), "{}", found[0]);
}
