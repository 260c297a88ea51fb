//! The bundled corpus as readers get it: five clean articles from four
//! outlets, the metadata of CORPUS.md with its provenance, and none of the
//! copying sites' furniture.

use parallax_core::corpus::PublishedDate;
use parallax_core::wire::Provenance;
use parallax_core::{Block, Corpus};

fn corpus() -> Corpus {
    Corpus::parse_bundled().unwrap_or_else(|errors| panic!("bundled corpus invalid: {errors:#?}"))
}

/// The blocks of the article with this id.
fn blocks<'a>(corpus: &'a Corpus, id: &str) -> &'a [Block] {
    &corpus
        .find(id)
        .unwrap_or_else(|| panic!("no article {id}"))
        .blocks
}

/// Every headline and block text, one per line.
fn all_text(corpus: &Corpus) -> String {
    let mut text = String::new();
    for article in corpus.articles() {
        text.push_str(&article.headline.value);
        text.push('\n');
        for block in &article.blocks {
            text.push_str(block.text());
            text.push('\n');
        }
    }
    text
}

#[test]
fn five_articles_from_four_outlets_two_sharing_one() {
    let corpus = corpus();
    assert_eq!(corpus.outlets().len(), 4);
    assert_eq!(corpus.articles().len(), 5);
    let national_interest: Vec<_> = corpus
        .articles_of(&corpus.outlets()[0].id)
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(
        national_interest,
        ["ni-joined-the-fight", "ni-troops-in-occupied-ukraine"]
    );
}

#[test]
fn metadata_matches_the_corpus_notes_with_provenance() {
    let corpus = corpus();
    let summary: Vec<(&str, &str, Provenance, Option<&str>, String)> = corpus
        .articles()
        .iter()
        .map(|article| {
            (
                corpus.outlet(&article.outlet).unwrap().name.as_str(),
                article.headline.value.as_str(),
                article.outlet_attribution.provenance,
                article.byline.as_ref().map(|b| b.value.as_str()),
                article.published.as_ref().unwrap().value.to_string(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "The National Interest",
                "Russia's Desperation In Ukraine Is Confirmed: North Korea Has 'Joined the Fight'",
                Provenance::Confirmed,
                Some("Stavros Atlamazoglou"),
                "about 22 Oct 2024".to_string(),
            ),
            (
                "Kontur",
                "Use of North Korean troops in Ukraine war shows how far Russia has fallen",
                Provenance::Inferred,
                Some("Olha Chepil and AFP"),
                "between 24 and 31 Oct 2024".to_string(),
            ),
            (
                "The National Interest",
                "Putin Isn't Bluffing: North Korean Troops are in Occupied Ukraine",
                Provenance::Stated,
                Some("Stavros Atlamazoglou"),
                "2 Nov 2024".to_string(),
            ),
            (
                "ABC News (Australia)",
                "North Korea's decision to send troops to Russia puts Ukraine, allies on edge",
                Provenance::Stated,
                None,
                "23 Oct 2024".to_string(),
            ),
            (
                "The New York Times",
                "What We Know About North Korea\u{2019}s Role in the Ukraine War",
                Provenance::Inferred,
                None,
                "about 24 Oct 2024".to_string(),
            ),
        ]
    );
}

#[test]
fn inferred_dates_are_marked_inferred_and_stated_ones_stated() {
    let corpus = corpus();
    let provenances: Vec<(Provenance, bool)> = corpus
        .articles()
        .iter()
        .map(|a| {
            let published = a.published.as_ref().unwrap();
            (
                published.provenance,
                matches!(published.value, PublishedDate::Day(_)),
            )
        })
        .collect();
    assert_eq!(
        provenances,
        [
            (Provenance::Inferred, false),
            (Provenance::Inferred, false),
            (Provenance::Stated, true),
            (Provenance::Stated, true),
            (Provenance::Inferred, false),
        ]
    );
}

#[test]
fn only_the_known_urls_are_there_and_they_are_https() {
    let corpus = corpus();
    let urls: Vec<Option<&str>> = corpus
        .articles()
        .iter()
        .map(|a| a.url.as_ref().map(|u| u.value.as_str()))
        .collect();
    assert_eq!(
        urls,
        [
            Some(
                "https://nationalinterest.org/blog/buzz/russias-desperation-ukraine-confirmed-north-korea-has-joined-fight-213339"
            ),
            None,
            None,
            Some(
                "https://www.abc.net.au/news/2024-10-23/north-korean-troops-set-to-fight-in-ukraine/104499998"
            ),
            None,
        ]
    );
}

/// Everything CORPUS.md lists as the copying sites' furniture.
#[test]
fn none_of_the_copying_sites_furniture_is_left_in_any_field() {
    let text = all_text(&corpus());
    for junk in [
        "下一篇",
        "责任编辑",
        "By:https://",
        "US election: Harris admit",
        "Rebels battle for Myanmar",
        "FOX NEWS",
        "Check Also",
        "Joko Widodo",
        "Leave a Reply",
        "Your email address will not be published",
        "Topic: Security Region: Europe",
        "\u{a0}\n",
    ] {
        assert!(!text.contains(junk), "{junk:?} is still in the corpus");
    }
    for label in ["Security", "Ukraine War", "<", "About the Author"] {
        assert!(
            !text.lines().any(|line| line == label),
            "{label:?} is still a line"
        );
    }
}

#[test]
fn repeated_ledes_and_headlines_appear_once() {
    let text = all_text(&corpus());
    let count = |needle: &str| text.matches(needle).count();
    assert_eq!(
        count("As Russia struggles in its war against Ukraine, Moscow has turned"),
        1
    );
    assert_eq!(
        count(
            "North Korean troops are in occupied Ukraine, according to Western intelligence services."
        ),
        1
    );
    assert_eq!(
        count("Reports until this point suggested that the Kremlin would only deploy"),
        1
    );
    assert_eq!(
        count("Putin Isn't Bluffing: North Korean Troops are in Occupied Ukraine"),
        1
    );
}

#[test]
fn every_body_paragraph_is_kept_once_in_order() {
    let corpus = corpus();
    let paragraphs = |id: &str| -> Vec<String> {
        blocks(&corpus, id)
            .iter()
            .filter_map(|block| match block {
                Block::Paragraph(text) => Some(text.clone()),
                _ => None,
            })
            .collect()
    };
    // Counted by hand from the seeds: the body paragraphs of each original.
    for (id, count, first, last) in [
        (
            "ni-joined-the-fight",
            12,
            "The Russian military might be making",
            "Moscow was also recently sanctioned",
        ),
        (
            "kontur-how-far-russia-has-fallen",
            36,
            "KYIV -- The deployment of North Korean troops",
            "\"And on the side of the so-called axis of evil",
        ),
        (
            "ni-troops-in-occupied-ukraine",
            11,
            "North Korean troops are in occupied Ukraine, according",
            "South Korea is now likely to send more military aid",
        ),
        (
            "abc-allies-on-edge",
            48,
            "Russia's plans to bolster its invasion",
            "\"Anything that strengthens North Korea",
        ),
        (
            "nyt-what-we-know",
            30,
            "Five months ago, the autocratic leaders",
            "According to Cha Du Hyeogn",
        ),
    ] {
        let list = paragraphs(id);
        assert_eq!(list.len(), count, "{id}");
        assert!(list[0].starts_with(first), "{id} starts with {:?}", list[0]);
        assert!(
            list[count - 1].starts_with(last),
            "{id} ends with {:?}",
            list[count - 1]
        );
        let mut unique = list.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), count, "{id} has a paragraph twice");
    }
}

#[test]
fn subheads_summaries_captions_bios_and_credits_are_what_they_are() {
    let corpus = corpus();
    let shape = |id: &str| -> Vec<String> {
        let start = |text: &str| text.chars().take(20).collect::<String>();
        blocks(&corpus, id)
            .iter()
            .filter_map(|block| match block {
                Block::Summary { label, text } => Some(format!(
                    "summary[{}] {}",
                    label.as_deref().unwrap_or(""),
                    start(text)
                )),
                Block::Subhead(text) => Some(format!("subhead {text}")),
                Block::Caption(text) => Some(format!("caption {}", start(text))),
                Block::AuthorBio { label, text } => Some(format!(
                    "bio[{}] {}",
                    label.as_deref().unwrap_or(""),
                    start(text)
                )),
                Block::Credit(text) => Some(format!("credit {text}")),
                Block::Paragraph(_) => None,
            })
            .collect()
    };
    assert_eq!(
        shape("ni-joined-the-fight"),
        [
            "summary[What You Need to Know] As Russia struggles ",
            "summary[What You Need to Know] Meanwhile, Russian f",
            "summary[What You Need to Know] South Korea has thre",
            "subhead Russia Faces Backlash Over Alleged North Korean Fighters in Ukraine",
            "subhead North Koreans in Russian Service",
            "subhead Russian War Crimes",
            "bio[About the Author] Stavros Atlamazoglou",
            "credit Image Credit: Creative Commons and/or Shutterstock.",
        ]
    );
    assert_eq!(
        shape("abc-allies-on-edge"),
        [
            "caption Russia's President V",
            "summary[In short] Ukraine's president ",
            "summary[In short] Seoul has warned Pyo",
            "summary[What's next] The revelations pose",
            "subhead Russia's 'very wasteful way of fighting'",
            "subhead Lure of tech secrets for Pyongyang",
            "caption North Korean leader ",
        ]
    );
    assert_eq!(
        shape("nyt-what-we-know"),
        [
            "subhead How is North Korea helping Russia?",
            "subhead What do North Korea and Russia want?",
            "subhead How has the world responded?",
            "credit Eric Schmitt contributed reporting.",
        ]
    );
    assert_eq!(
        shape("kontur-how-far-russia-has-fallen")[0],
        "summary[] Unable to end the wa"
    );
}

#[test]
fn typos_of_the_original_stay() {
    let text = all_text(&corpus());
    assert!(text.contains("Ukrainian President Volodymyr Zelenkyy said last week"));
    assert!(text.contains("Australia, the United Kingdom and Untied States"));
}

#[test]
fn export_round_trips_through_format_one() {
    let corpus = corpus();
    let json = serde_json::to_string(&corpus.to_record()).unwrap();
    assert_eq!(Corpus::parse(&json).unwrap(), corpus);
}

/// What the agreement rules make of the curated claims, all outlets shown.
#[test]
fn curated_claims_compare_as_a_reader_would_expect() {
    use parallax_core::OutletSelection;
    use parallax_core::agreement::compare_all;

    let corpus = corpus();
    assert!(corpus.claims().len() >= 15);
    let statuses: Vec<(&str, &str, bool)> = compare_all(&corpus, &OutletSelection::all())
        .iter()
        .map(|c| {
            (
                c.claim.id.as_str(),
                c.status.label(),
                c.same_source_differs() || c.compatible_figures,
            )
        })
        .collect();
    for row in &statuses {
        println!("{row:?}");
    }
    assert_eq!(
        statuses,
        [
            ("troops-in-russia", "Differs", false),
            ("troops-planned", "Differs", true),
            ("special-forces", "Consistent", false),
            ("russian-casualties", "Consistent", true),
            ("north-korean-army", "Differs", false),
            ("arms-shipments", "Single source", false),
            ("daily-casualties", "Single source", false),
            ("nuclear-warheads", "Single source", false),
            ("arms-supplied", "Consistent", false),
            ("training-location", "Consistent", false),
            ("deployment-location", "Consistent", false),
            ("how-they-travelled", "Consistent", false),
            ("disguise", "Consistent", false),
            ("treaty", "Consistent", false),
            ("moscow-response", "Differs", false),
            ("pyongyang-response", "Differs", false),
            ("seoul-may-arm-ukraine", "Consistent", false),
            ("seoul-weapon-kinds", "Differs", false),
            ("washington-assessment", "Differs", true),
            ("us-confirmation", "Consistent", false),
            ("north-korea-wants", "Consistent", false),
            ("korean-interpreters", "Single source", false),
        ]
    );
}

#[test]
fn hiding_abc_turns_the_troop_count_consistent() {
    use parallax_core::agreement::compare;
    use parallax_core::{OutletSelection, Status};

    let corpus = corpus();
    let claim = corpus.claim("troops-in-russia").unwrap();
    let mut selection = OutletSelection::all();
    assert_eq!(compare(&corpus, claim, &selection).status, Status::Differs);
    let abc = corpus
        .outlets()
        .iter()
        .find(|o| o.id.as_str() == "abc-news-au")
        .unwrap();
    selection.toggle(&corpus, &abc.id);
    assert_eq!(
        compare(&corpus, claim, &selection).status,
        Status::Consistent
    );
}
