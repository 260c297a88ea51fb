//! Component tests in headless Chromium (wasm-bindgen-test). Each test mounts
//! the widget into a fresh element, lets Yew render with
//! `yew::scheduler::flush()`, and looks at the DOM by role and name.
#![cfg(target_arch = "wasm32")]

mod support;

use parallax::App;
use support::{by_role, click, get_by_role, render, text};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const FIRST_LINES: [&str; 5] = [
    "Russia's Desperation In Ukraine Is Confirmed: North Korea Has 'Joined the Fight'",
    "Security",
    "Putin Isn't Bluffing: North Korean Troops are in Occupied Ukraine",
    "North Korea's decision to send troops to Russia puts Ukraine, allies on edge",
    "What We Know About North Korea\u{2019}s Role in the Ukraine War",
];

#[wasm_bindgen_test]
async fn lists_one_button_per_bundled_article_in_the_articles_navigation() {
    let (mount, _app) = render::<App>().await;
    let nav = get_by_role(&mount.root, "navigation", "Articles");
    let names: Vec<_> = by_role(&nav, "button").iter().map(text).collect();
    assert_eq!(names, FIRST_LINES);
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
    let button = get_by_role(&mount.root, "button", FIRST_LINES[2]);
    click(&button);
    yew::scheduler::flush().await;

    let article = get_by_role(&mount.root, "article", FIRST_LINES[2]);
    assert!(
        text(&article).contains("according to Western intelligence services"),
        "the article's body is shown"
    );
    assert_eq!(
        button.get_attribute("aria-current").as_deref(),
        Some("true")
    );

    let heading = get_by_role(&article, "heading", FIRST_LINES[2]);
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
    click(&get_by_role(&mount.root, "button", FIRST_LINES[0]));
    yew::scheduler::flush().await;
    click(&get_by_role(&mount.root, "button", FIRST_LINES[4]));
    yew::scheduler::flush().await;

    let articles = by_role(&mount.root, "article");
    assert_eq!(articles.len(), 1);
    get_by_role(&mount.root, "article", FIRST_LINES[4]);
    let current: Vec<_> = by_role(&mount.root, "button")
        .into_iter()
        .filter(|button| button.get_attribute("aria-current").is_some())
        .map(|button| text(&button))
        .collect();
    assert_eq!(current, [FIRST_LINES[4]]);
}

#[wasm_bindgen_test]
fn panic_notice_is_an_alert_that_shows_the_message_as_text() {
    let mount = support::Mount::new();
    mount.root.set_id(parallax::MOUNT_ID);
    let message = "boom <img src=x onerror=alert(1)>";
    parallax::panic_notice::show(message);

    let alerts = by_role(&mount.root, "alert");
    assert_eq!(alerts.len(), 1, "one notice");
    let paragraphs: Vec<_> = support::all(&alerts[0], "strong, p")
        .iter()
        .map(text)
        .collect();
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
