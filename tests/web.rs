//! Component tests in headless Chromium (wasm-bindgen-test). Each test mounts
//! the widget into a fresh element at the comparison route with empty
//! storage, lets Yew render with `yew::scheduler::flush()`, and looks at the
//! DOM by role and name.
#![cfg(target_arch = "wasm32")]

mod support;

use parallax::App;
use support::{
    accessible_name, all, by_role, choose, click_and_render, get_by_role, mount, render, text,
    wait_for,
};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const OUTLETS: [&str; 4] = [
    "The National Interest",
    "Kontur",
    "ABC News (Australia)",
    "The New York Times",
];
const TROOPS_NOW: &str = "How many North Korean troops are in Russia now?";
const JOINED_THE_FIGHT: &str =
    "Russia's Desperation In Ukraine Is Confirmed: North Korea Has 'Joined the Fight'";
const OCCUPIED_UKRAINE: &str = "Putin Isn't Bluffing: North Korean Troops are in Occupied Ukraine";
const HOW_FAR: &str = "Use of North Korean troops in Ukraine war shows how far Russia has fallen";
const ALLIES_ON_EDGE: &str =
    "North Korea's decision to send troops to Russia puts Ukraine, allies on edge";
const WHAT_WE_KNOW: &str = "What We Know About North Korea\u{2019}s Role in the Ukraine War";

fn table(root: &Element) -> Element {
    by_role(root, "table")
        .into_iter()
        .next()
        .expect("the comparison table")
}

fn column_names(root: &Element) -> Vec<String> {
    by_role(&table(root), "columnheader")
        .iter()
        .map(text)
        .collect()
}

/// The table row of the claim with this question.
fn row(root: &Element, question: &str) -> Element {
    let header = by_role(&table(root), "rowheader")
        .into_iter()
        .find(|header| text(&all(header, ".px-question")[0]) == question)
        .unwrap_or_else(|| panic!("no row for {question:?}"));
    header.parent_element().expect("a row")
}

fn status_of(root: &Element, question: &str) -> String {
    // The symbol beside it is hidden from assistive technology.
    text(&all(&row(root, question), ".px-status-label")[0])
}

fn toggle(root: &Element, outlet: &str) -> Element {
    get_by_role(root, "button", outlet)
}

// --- The comparison -------------------------------------------------------

#[wasm_bindgen_test]
async fn the_comparison_is_the_first_view_with_a_column_per_outlet_and_a_row_per_claim() {
    let (mount, _app) = render::<App>().await;
    let mut expected = vec!["Claim".to_string(), "Agreement".to_string()];
    expected.extend(OUTLETS.iter().map(|o| o.to_string()));
    assert_eq!(column_names(&mount.root), expected);
    assert_eq!(by_role(&table(&mount.root), "rowheader").len(), 22);
    assert_eq!(status_of(&mount.root, TROOPS_NOW), "Differs");
}

#[wasm_bindgen_test]
async fn a_cell_shows_the_quote_with_its_value_marked_its_source_and_date() {
    let (mount, _app) = render::<App>().await;
    let cells = all(&row(&mount.root, TROOPS_NOW), "td");
    // Agreement, then one cell per outlet in order: Kontur is the third cell.
    let kontur = &cells[2];
    assert_eq!(text(&all(kontur, "mark")[0]), "At least 3,000");
    let link = &by_role(kontur, "link")[0];
    assert!(text(link).starts_with("“At least 3,000 North Korean soldiers have been sent"));
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#/article/kontur-how-far-russia-has-fallen/quote/troops-in-russia/0")
    );
    assert_eq!(
        text(&all(kontur, ".px-reported")[0]),
        "at least 3,000 soldiers (in Russia, late October)"
    );
    assert_eq!(
        text(&all(kontur, ".px-source")[0]),
        "According to US officials, 23 Oct 2024"
    );
}

#[wasm_bindgen_test]
async fn an_outlet_that_does_not_report_a_claim_says_not_mentioned() {
    let (mount, _app) = render::<App>().await;
    let cells = all(
        &row(
            &mount.root,
            "How many North Korean troops will be sent in all?",
        ),
        "td",
    );
    assert_eq!(text(&cells[1]), "not mentioned", "The National Interest");
}

#[wasm_bindgen_test]
async fn a_number_claim_has_a_chart_with_a_text_alternative() {
    let (mount, _app) = render::<App>().await;
    let chart = &by_role(&row(&mount.root, TROOPS_NOW), "img")[0];
    let name = accessible_name(chart);
    assert!(
        name.starts_with("Figures reported for: How many North Korean troops are in Russia now?."),
        "{name}"
    );
    assert!(
        name.contains("Kontur · US officials: at least 3,000 soldiers (in Russia, late October)"),
        "{name}"
    );
    assert!(
        by_role(
            &row(&mount.root, "How has Moscow responded to the reports?"),
            "img"
        )
        .is_empty()
    );
}

#[wasm_bindgen_test]
async fn hiding_an_outlet_removes_its_column_and_recomputes_the_status() {
    let (mount, _app) = render::<App>().await;
    let abc = toggle(&mount.root, "ABC News (Australia)");
    assert_eq!(abc.get_attribute("aria-pressed").as_deref(), Some("true"));
    click_and_render(&abc).await;

    assert_eq!(abc.get_attribute("aria-pressed").as_deref(), Some("false"));
    assert!(!column_names(&mount.root).contains(&"ABC News (Australia)".to_string()));
    assert_eq!(status_of(&mount.root, TROOPS_NOW), "Consistent");

    click_and_render(&abc).await;
    assert_eq!(status_of(&mount.root, TROOPS_NOW), "Differs");
}

#[wasm_bindgen_test]
async fn only_this_one_then_all_outlets() {
    let (mount, _app) = render::<App>().await;
    click_and_render(&get_by_role(&mount.root, "button", "Only Kontur")).await;
    assert_eq!(&column_names(&mount.root)[2..], ["Kontur"]);
    assert_eq!(status_of(&mount.root, TROOPS_NOW), "Single source");
    // The last shown outlet cannot be hidden.
    let kontur = toggle(&mount.root, "Kontur");
    assert_eq!(
        kontur.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    click_and_render(&kontur).await;
    assert_eq!(&column_names(&mount.root)[2..], ["Kontur"]);

    click_and_render(&get_by_role(&mount.root, "button", "All outlets")).await;
    assert_eq!(column_names(&mount.root).len(), 6);
}

#[wasm_bindgen_test]
async fn the_outlet_choice_survives_a_reload() {
    let (first, app) = render::<App>().await;
    click_and_render(&toggle(&first.root, "Kontur")).await;
    app.destroy();
    drop(first);

    let (second, _app) = mount::<App>().await;
    assert_eq!(
        toggle(&second.root, "Kontur")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    assert!(!column_names(&second.root).contains(&"Kontur".to_string()));
}

#[wasm_bindgen_test]
async fn an_unreadable_saved_choice_is_reported_and_kept_until_the_reader_chooses() {
    support::reset_page();
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage
        .set_item("parallax.hidden-outlets", "{not json")
        .unwrap();
    let (mount, _app) = mount::<App>().await;

    let notice = text(&all(&mount.root, ".px-notice")[0]);
    assert!(
        notice.starts_with("Your saved choice of outlets could not be read"),
        "{notice}"
    );
    assert_eq!(column_names(&mount.root).len(), 6, "all outlets shown");
    assert_eq!(
        storage
            .get_item("parallax.hidden-outlets")
            .unwrap()
            .as_deref(),
        Some("{not json")
    );

    click_and_render(&toggle(&mount.root, "Kontur")).await;
    support::after_next_paint().await;
    assert_eq!(
        storage
            .get_item("parallax.hidden-outlets")
            .unwrap()
            .as_deref(),
        Some("[\"kontur\"]")
    );
}

#[wasm_bindgen_test]
async fn filters_narrow_the_claims_by_agreement_and_kind() {
    let (mount, _app) = render::<App>().await;
    let rows = |root: &Element| by_role(&table(root), "rowheader").len();
    let selects = by_role(&mount.root, "combobox");
    // The first combobox is the theme; then agreement and kind.
    let (agreement, kind) = (&selects[1], &selects[2]);
    choose(agreement, "differs").await;
    wait_for("the differing claims", || rows(&mount.root) == 7).await;
    assert_eq!(
        text(&all(&mount.root, ".px-count")[0]),
        "Showing 7 of 22 claims."
    );
    choose(kind, "number").await;
    wait_for("the differing number claims", || rows(&mount.root) == 3).await;
    let questions: Vec<String> = all(&table(&mount.root), "th[scope=row] .px-question")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        questions,
        [
            TROOPS_NOW,
            "How many North Korean troops will be sent in all?",
            "How large is North Korea's military?"
        ]
    );
    choose(agreement, "all").await;
    choose(kind, "all").await;
    wait_for("all claims again", || rows(&mount.root) == 22).await;
}

#[wasm_bindgen_test]
async fn following_a_quote_opens_its_article_with_the_passage_marked_and_focused() {
    let (mount, _app) = render::<App>().await;
    let cells = all(&row(&mount.root, TROOPS_NOW), "td");
    click_and_render(&by_role(&cells[2], "link")[0]).await;

    let article = get_by_role(&mount.root, "article", HOW_FAR);
    let passage = &all(&article, "mark.px-passage")[0];
    assert_eq!(
        text(passage),
        "At least 3,000 North Korean soldiers have been sent to Russia for training, US officials said October 23"
    );
    assert_eq!(
        gloo::utils::document().active_element().as_ref(),
        Some(passage)
    );
    let context = text(&all(&mount.root, ".px-quote-context")[0]);
    assert!(context.starts_with(
        "Highlighted: the passage quoted for “How many North Korean troops are in Russia now?”."
    ));

    // Back to the comparison lands on the claim's quote link.
    click_and_render(&get_by_role(&mount.root, "link", "Back to the comparison")).await;
    let focused = gloo::utils::document().active_element().expect("focus");
    assert_eq!(
        focused.get_attribute("class").as_deref(),
        Some("px-quote-link")
    );
    assert!(row(&mount.root, TROOPS_NOW).contains(Some(&focused)));
}

// --- The articles -----------------------------------------------------------

async fn open_articles(root: &Element) {
    click_and_render(&get_by_role(root, "link", "Read articles")).await;
}

async fn open(root: &Element, headline: &str) -> Element {
    click_and_render(&get_by_role(root, "link", headline)).await;
    get_by_role(root, "article", headline)
}

#[wasm_bindgen_test]
async fn the_articles_are_listed_by_outlet_and_hidden_outlets_are_left_out() {
    let (mount, _app) = render::<App>().await;
    open_articles(&mount.root).await;
    let nav = get_by_role(&mount.root, "navigation", "Articles");
    let groups = |nav: &Element| -> Vec<(String, Vec<String>)> {
        by_role(nav, "region")
            .iter()
            .map(|group| {
                (
                    accessible_name(group),
                    by_role(group, "link").iter().map(text).collect(),
                )
            })
            .collect()
    };
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
    .map(|(o, h)| (o.to_string(), h.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(groups(&nav), expected);

    click_and_render(&toggle(&mount.root, "The National Interest")).await;
    let nav = get_by_role(&mount.root, "navigation", "Articles");
    assert_eq!(groups(&nav).len(), 3);
    assert!(
        by_role(&nav, "link")
            .iter()
            .all(|link| text(link) != JOINED_THE_FIGHT)
    );
}

#[wasm_bindgen_test]
async fn opening_an_article_marks_it_current_and_focuses_its_heading() {
    let (mount, _app) = render::<App>().await;
    open_articles(&mount.root).await;
    assert_eq!(
        text(&all(&mount.root, ".px-hint")[0]),
        "Choose an article to read it."
    );
    let article = open(&mount.root, OCCUPIED_UKRAINE).await;
    assert!(text(&article).contains("according to Western intelligence services"));
    let link = get_by_role(&mount.root, "link", OCCUPIED_UKRAINE);
    assert_eq!(link.get_attribute("aria-current").as_deref(), Some("page"));
    let heading = get_by_role(&article, "heading", OCCUPIED_UKRAINE);
    assert_eq!(
        gloo::utils::document().active_element().as_ref(),
        Some(&heading)
    );
}

/// The article's metadata list as `(term, description)` pairs.
fn meta(article: &Element) -> Vec<(String, String)> {
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
    open_articles(&mount.root).await;
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
    assert_eq!(
        all(&article, "time")[0]
            .get_attribute("datetime")
            .as_deref(),
        Some("2024-10-24")
    );
}

#[wasm_bindgen_test]
async fn a_stated_date_is_not_marked_and_a_known_url_is_a_safe_link() {
    let (mount, _app) = render::<App>().await;
    open_articles(&mount.root).await;
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
    open_articles(&mount.root).await;
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
    parallax::panic_notice::remember(&mount.root);
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
    parallax::panic_notice::forget(&mount.root);
}

#[wasm_bindgen_test]
async fn clicking_a_sentence_shows_how_the_other_outlets_report_it() {
    let (mount, _app) = render::<App>().await;
    open_articles(&mount.root).await;
    let article = open(&mount.root, ALLIES_ON_EDGE).await;
    let sentence = all(&article, ".px-sentence")
        .into_iter()
        .find(|s| text(s).contains("around 1.3 million"))
        .expect("the army-size sentence");
    click_and_render(&sentence).await;

    let panel = get_by_role(
        &mount.root,
        "complementary",
        "How do other outlets report this?",
    );
    let outlets: Vec<String> = all(&panel, "h4").iter().map(text).collect();
    assert_eq!(
        outlets,
        ["The National Interest", "Kontur", "The New York Times"],
        "its own outlet is left out"
    );
    let nyt = &all(&panel, ".px-match")[2];
    assert!(text(nyt).contains("1.2 million soldiers"), "{}", text(nyt));
    assert_eq!(
        text(&all(&all(&panel, ".px-match")[1], "p")[0]),
        "Not covered"
    );
    assert_eq!(
        gloo::utils::document().active_element().as_ref(),
        Some(&all(&panel, "h3")[0])
    );
}

/// Every rule of `text` as the browser's CSS object model serializes it.
fn css_rules(text: &str) -> Vec<String> {
    let sheet = web_sys::CssStyleSheet::new().expect("a constructed stylesheet");
    sheet.replace_sync(text).expect("the stylesheet parses");
    let get = |target: &wasm_bindgen::JsValue, key: &str| {
        js_sys::Reflect::get(target, &key.into()).expect("a CSSOM property")
    };
    let rules = get(&sheet, "cssRules");
    let length = get(&rules, "length").as_f64().unwrap_or_default() as u32;
    (0..length)
        .map(|index| {
            let rule = js_sys::Reflect::get_u32(&rules, index).expect("a rule");
            get(&rule, "cssText").as_string().unwrap_or_default()
        })
        .collect()
}

/// `text` with runs of white space made one space, and none next to a
/// comma, colon, slash or bracket.
fn tight(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let mut chars = collapsed.chars().peekable();
    while let Some(c) = chars.next() {
        let next_is_tight = chars.peek().is_some_and(|n| ",:/()".contains(*n));
        let last_is_tight = out.chars().last().is_some_and(|l| ",:/()".contains(l));
        if c == ' ' && (next_is_tight || last_is_tight) {
            continue;
        }
        out.push(c);
    }
    out
}

#[wasm_bindgen_test]
fn the_minified_stylesheet_keeps_every_rule_of_the_source() {
    let source = include_str!("../styles/main.css");
    let rules = css_rules(source);
    assert!(rules.len() > 100, "{} rules", rules.len());
    let minified = css_rules(parallax::STYLES);
    assert_eq!(minified.len(), rules.len());
    // Values the browser keeps as written (custom properties, values with
    // `var()`, `@supports` conditions) keep the source's spaces, which mean
    // nothing next to a comma, colon, slash or bracket.
    let differing: Vec<_> = rules
        .iter()
        .zip(&minified)
        .filter(|(source, minified)| source != minified && tight(source) != tight(minified))
        .collect();
    assert!(differing.is_empty(), "{differing:#?}");
    assert!(
        parallax::STYLES.len() < source.len() * 3 / 4,
        "{} bytes minified, {} in the source",
        parallax::STYLES.len(),
        source.len()
    );
}
