//! The page passes on small pages and one saved page with every kind of
//! furniture.

use super::*;

const SAVED: &str = include_str!("../../tests/pages/saved-page.html");

fn paragraphs(article: &PageArticle) -> Vec<&str> {
    article.blocks.iter().map(Block::text).collect()
}

#[test]
fn a_saved_page_gives_its_article_and_none_of_its_furniture() {
    let article = read_page(&parse_html(SAVED));
    let headline = article.headline.as_ref().unwrap();
    assert_eq!(headline.value, "Floodwaters reach the old town");
    assert!(headline.stated && headline.basis.contains("main heading"));
    assert_eq!(article.byline.as_ref().unwrap().value, "Ana Example");
    assert_eq!(
        article.published.as_ref().unwrap().value,
        Date::new(2025, 3, 3).unwrap()
    );
    assert_eq!(article.outlet.as_ref().unwrap().value, "The Daily Example");
    assert_eq!(
        article.url.as_deref(),
        Some("https://daily.example/news/floodwaters")
    );
    let text = paragraphs(&article).join("\n");
    assert!(
        text.starts_with("Residents wade") || text.starts_with("Rescue teams"),
        "{text}"
    );
    for kept in [
        "Rescue teams said",
        "Officials expect",
        "A town on alert",
        "Shops in the old town",
    ] {
        assert!(text.contains(kept), "{kept} in {text}");
    }
    for gone in [
        "cookies",
        "Share on",
        "Storm closes",
        "Great article",
        "All rights",
        "Home",
        "window.__sentinel",
        "Post comment",
    ] {
        assert!(!text.contains(gone), "{gone} in {text}");
    }
}

#[test]
fn without_metadata_the_headline_is_the_pages_h1_as_printed() {
    let page = parse_html(
        "<html><body><div><h1>Troops Arrive In The North</h1><p>By Jo Doe</p><p>The first troops arrived on Monday, officials said, and more are expected.</p><p>A second paragraph, with commas, that adds weight to this container.</p></div></body></html>",
    );
    let article = read_page(&page);
    let headline = article.headline.unwrap();
    assert_eq!(headline.value, "Troops Arrive In The North");
    assert!(headline.stated && headline.basis.contains("main heading"));
    assert_eq!(article.byline.unwrap().value, "Jo Doe");
    assert_eq!(article.blocks.len(), 2);
}

#[test]
fn a_script_is_never_text_and_json_ld_is_read_as_data_only() {
    let page = parse_html(
        r#"<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"From the graph","author":"Jo Doe","datePublished":"2024-11-05"}]}</script><script>document.write("<p>injected paragraph that must never appear in text</p>")</script></head><body><article><p>The only paragraph of this page, with enough words to be scored.</p></article></body></html>"#,
    );
    let article = read_page(&page);
    assert_eq!(article.headline.unwrap().value, "From the graph");
    assert_eq!(article.byline.unwrap().value, "Jo Doe");
    assert_eq!(
        article.published.unwrap().value,
        Date::new(2024, 11, 5).unwrap()
    );
    assert_eq!(
        paragraphs(&read_page(&page)),
        ["The only paragraph of this page, with enough words to be scored."]
    );
}

#[test]
fn a_page_nested_thousands_deep_is_read_without_exhausting_the_stack() {
    let depth = 3_000;
    let html = format!(
        "<html><body>{}<p>The only paragraph, deep down, with enough words to count.</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let article = read_page(&parse_html(&html));
    assert!(
        paragraphs(&article)
            .join(" ")
            .contains("The only paragraph")
    );
}

#[test]
fn pasted_html_becomes_the_lines_of_its_main_content() {
    let text = page_text(&parse_html(
        "<nav><a href='/'>Home</a></nav><h1>Troops Arrive</h1><p>The first troops arrived on Monday, officials said.</p><div class='share'>Share</div>",
    ));
    assert_eq!(
        text,
        "Troops Arrive\nThe first troops arrived on Monday, officials said."
    );
}

#[test]
fn an_empty_or_broken_page_gives_an_empty_article_without_panicking() {
    for html in [
        "",
        "<",
        "<html><body></body></html>",
        "<p>unclosed <b>bold",
        "\u{FEFF}<p>x",
    ] {
        let _ = read_page(&parse_html(html));
    }
}

/// A cheap, deterministic stand-in for fuzzing: tag soup built from the
/// pieces the rules look at, in every order. No input may panic, and every
/// block is non-empty text.
#[test]
fn random_tag_soup_never_panics() {
    const PIECES: [&str; 32] = [
        "<div class='article-body'>",
        "</div>",
        "<p>",
        "</p>",
        "<h1>",
        "</h1>",
        "<h2>",
        "<li>",
        "<ul class='related'>",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":",
        "</script>",
        "<time datetime='2024-11-05'>",
        "<figcaption>",
        "<table><tr><td>",
        "<br>",
        "By Ana Example, Senior Correspondent ",
        "Updated 2 hours ago ",
        "05.11.2024 ",
        "LISBON (Agency) - ",
        "© 2024 The Daily. ",
        "Share ",
        "Comments ",
        "Rescue teams said on Monday, ",
        "that 1.000 people left. ",
        "\u{AD}",
        "\u{2028}",
        "\r",
        "\u{FEFF}",
        "2024年11月5日 ",
        "מאת: ",
        "<div hidden>",
        "&amp;&lt;",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..1500 {
        let length = (next() % 40) as usize;
        let html: String = (0..length)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let article = read_page(&parse_html(&html));
        assert!(
            article.blocks.iter().all(|b| !b.text().trim().is_empty()),
            "{html}"
        );
        let text = from_text(&html);
        assert!(
            text.blocks.iter().all(|b| !b.text().trim().is_empty()),
            "{html}"
        );
    }
}
