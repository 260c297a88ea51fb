//! Component tests in headless Chromium (wasm-bindgen-test). Each test mounts
//! the widget into a fresh element, lets Yew render with
//! `yew::scheduler::flush()`, and looks at the DOM by role and name.
#![cfg(target_arch = "wasm32")]

mod support;

use parallax::App;
use support::{all, by_role, click, get_by_role, render, text};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const JOINED_THE_FIGHT: &str =
    "Russia's Desperation In Ukraine Is Confirmed: North Korea Has 'Joined the Fight'";
const OCCUPIED_UKRAINE: &str = "Putin Isn't Bluffing: North Korean Troops are in Occupied Ukraine";
const HOW_FAR: &str = "Use of North Korean troops in Ukraine war shows how far Russia has fallen";
const ALLIES_ON_EDGE: &str =
    "North Korea's decision to send troops to Russia puts Ukraine, allies on edge";
const WHAT_WE_KNOW: &str = "What We Know About North Korea\u{2019}s Role in the Ukraine War";

/// Opens the article with this headline and lets Yew render.
async fn open(root: &web_sys::Element, headline: &str) -> web_sys::Element {
    click(&get_by_role(root, "button", headline));
    yew::scheduler::flush().await;
    get_by_role(root, "article", headline)
}

#[wasm_bindgen_test]
async fn lists_the_articles_grouped_by_outlet() {
    let (mount, _app) = render::<App>().await;
    let nav = get_by_role(&mount.root, "navigation", "Articles");
    let groups: Vec<(String, Vec<String>)> = by_role(&nav, "region")
        .iter()
        .map(|group| {
            let buttons = by_role(group, "button").iter().map(text).collect();
            (support::accessible_name(group), buttons)
        })
        .collect();
    let expected: Vec<(String, Vec<String>)> = [
        (
            "The National Interest",
            vec![JOINED_THE_FIGHT, OCCUPIED_UKRAINE],
        ),
        ("Kontur", vec![HOW_FAR]),
        ("ABC News (Australia)", vec![ALLIES_ON_EDGE]),
        ("The New York Times", vec![WHAT_WE_KNOW]),
    ]
    .into_iter()
    .map(|(outlet, headlines)| {
        (
            outlet.to_string(),
            headlines.into_iter().map(String::from).collect(),
        )
    })
    .collect();
    assert_eq!(groups, expected);
}

#[wasm_bindgen_test]
async fn no_article_is_open_before_the_reader_chooses() {
    let (mount, _app) = render::<App>().await;
    assert!(by_role(&mount.root, "article").is_empty());
    let reader = get_by_role(&mount.root, "region", "Reader");
    assert_eq!(text(&reader), "Choose an article to read it.");
    for button in by_role(&mount.root, "button") {
        assert_eq!(button.get_attribute("aria-current"), None);
    }
}

#[wasm_bindgen_test]
async fn choosing_an_article_opens_it_marks_it_current_and_focuses_its_heading() {
    let (mount, _app) = render::<App>().await;
    let article = open(&mount.root, OCCUPIED_UKRAINE).await;
    assert!(text(&article).contains("according to Western intelligence services"));
    let button = get_by_role(&mount.root, "button", OCCUPIED_UKRAINE);
    assert_eq!(
        button.get_attribute("aria-current").as_deref(),
        Some("true")
    );
    let heading = get_by_role(&article, "heading", OCCUPIED_UKRAINE);
    let focused = gloo::utils::document().active_element();
    assert_eq!(
        focused.as_ref(),
        Some(&heading),
        "focus moves to the heading"
    );
}

#[wasm_bindgen_test]
async fn choosing_another_article_replaces_the_first() {
    let (mount, _app) = render::<App>().await;
    open(&mount.root, JOINED_THE_FIGHT).await;
    open(&mount.root, WHAT_WE_KNOW).await;
    assert_eq!(by_role(&mount.root, "article").len(), 1);
    let current: Vec<_> = by_role(&mount.root, "button")
        .into_iter()
        .filter(|button| button.get_attribute("aria-current").is_some())
        .map(|button| text(&button))
        .collect();
    assert_eq!(current, [WHAT_WE_KNOW]);
}

/// The article's metadata list as `(term, description)` pairs.
fn meta(article: &web_sys::Element) -> Vec<(String, String)> {
    all(article, ".px-meta > div")
        .iter()
        .map(|row| (text(&all(row, "dt")[0]), text(&all(row, "dd")[0])))
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[wasm_bindgen_test]
async fn an_inferred_date_and_outlet_are_marked_inferred_with_their_basis() {
    let (mount, _app) = render::<App>().await;
    let article = open(&mount.root, HOW_FAR).await;
    assert_eq!(
        text(&all(&article, ".px-article-outlet")[0]),
        "Kontur inferred: the text says \"told Kontur\" twice, under a \"KYIV --\" dateline"
    );
    assert_eq!(
        meta(&article),
        pairs(&[
            ("By", "Olha Chepil and AFP"),
            (
                "Published",
                "between 24 and 31 Oct 2024 inferred: it cites the treaty's approval on 24 October"
            ),
            ("Original", "address not known"),
        ])
    );
    let time = all(&article, "time");
    assert_eq!(
        time[0].get_attribute("datetime").as_deref(),
        Some("2024-10-24")
    );
}

#[wasm_bindgen_test]
async fn a_stated_date_is_not_marked_and_a_known_url_is_a_safe_link() {
    let (mount, _app) = render::<App>().await;
    let article = open(&mount.root, ALLIES_ON_EDGE).await;
    assert_eq!(
        text(&all(&article, ".px-article-outlet")[0]),
        "ABC News (Australia)"
    );
    assert_eq!(
        meta(&article),
        pairs(&[
            ("By", "not stated"),
            ("Published", "23 Oct 2024"),
            ("Original", "Read at the source (opens in a new tab)"),
        ])
    );
    let links = all(&article, "a");
    assert_eq!(links.len(), 1);
    assert_eq!(
        links[0].get_attribute("href").as_deref(),
        Some(
            "https://www.abc.net.au/news/2024-10-23/north-korean-troops-set-to-fight-in-ukraine/104499998"
        )
    );
    assert_eq!(
        links[0].get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
}

#[wasm_bindgen_test]
async fn the_body_shows_summary_subheads_captions_and_bio_as_what_they_are() {
    let (mount, _app) = render::<App>().await;
    let article = open(&mount.root, ALLIES_ON_EDGE).await;
    let summary = get_by_role(&article, "complementary", "Summary");
    let titles: Vec<_> = all(&summary, "h3").iter().map(text).collect();
    assert_eq!(titles, ["In short", "What's next"]);
    assert_eq!(all(&summary, "li").len(), 3);
    let subheads: Vec<_> = all(&article, ".px-article-body h3.px-subhead")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        subheads,
        [
            "Russia's 'very wasteful way of fighting'",
            "Lure of tech secrets for Pyongyang"
        ]
    );
    let captions = all(&article, ".px-caption");
    assert_eq!(captions.len(), 2);
    assert!(text(&captions[0]).starts_with("Photo caption Russia's President Vladimir Putin"));

    let article = open(&mount.root, JOINED_THE_FIGHT).await;
    let bio = get_by_role(&article, "complementary", "About the author");
    assert_eq!(text(&all(&bio, "h3")[0]), "About the Author");
    assert!(text(&all(&bio, "p")[0]).starts_with("Stavros Atlamazoglou is a seasoned"));
}

#[wasm_bindgen_test]
fn panic_notice_is_an_alert_that_shows_the_message_as_text() {
    let mount = support::Mount::new();
    mount.root.set_id(parallax::MOUNT_ID);
    let message = "boom <img src=x onerror=alert(1)>";
    parallax::panic_notice::show(message);

    let alerts = by_role(&mount.root, "alert");
    assert_eq!(alerts.len(), 1, "one notice");
    let paragraphs: Vec<_> = all(&alerts[0], "strong, p").iter().map(text).collect();
    assert_eq!(
        paragraphs,
        [
            "Parallax stopped working.",
            message,
            "Reload the page to start again."
        ]
    );
    assert!(
        alerts[0].query_selector("img").unwrap().is_none(),
        "the message is never parsed as HTML"
    );

    // A second panic replaces the notice rather than stacking another.
    parallax::panic_notice::show("second");
    let alerts = by_role(&mount.root, "alert");
    assert_eq!(alerts.len(), 1);
    assert!(text(&alerts[0]).contains("second"));
}
