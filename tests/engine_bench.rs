//! The claim engine's speed in headless Chromium, as WebAssembly: a
//! benchmark, not a test (it asserts nothing, and it is ignored unless asked
//! for). `cargo xtask bench` and `cargo xtask bench-engine` run it in
//! release mode with `--include-ignored`; it prints one Markdown table
//! through the test runner's console. The corpora are the same as the
//! native `claim_scale` example's: the bundled five, and 100 and 1,000
//! articles cycling through the bundled five and the 28 articles of the two
//! invented collections.
#![cfg(target_arch = "wasm32")]

use parallax_core::Corpus;
use parallax_core::claim::Origin;
use parallax_core::engine::complete::complete;
use parallax_core::engine::find::{find, read};
use parallax_core::engine::frame::{Frame, Idf};
use parallax_core::engine::run::Run;
use parallax_core::engine::topic::{Story, relevance};
use parallax_core::wire::{ArticleRecord, OutletRecord};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const COLLECTIONS: [&str; 7] = [
    include_str!("../crates/parallax-core/tests/claims-collection/01-alder-flood.json"),
    include_str!("../crates/parallax-core/tests/claims-collection/02-kellan-dock-strike.json"),
    include_str!("../crates/parallax-core/tests/claims-collection/03-oskara-election.json"),
    include_str!("../crates/parallax-core/tests/claims-collection/04-dunmore-chemical-fire.json"),
    include_str!("../crates/parallax-core/tests/claims-holdout/01-harbour-ferry-capsize.json"),
    include_str!("../crates/parallax-core/tests/claims-holdout/02-hospital-nurses-walkout.json"),
    include_str!("../crates/parallax-core/tests/claims-holdout/03-wildfire-evacuation.json"),
];

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn synthetic(bundled: &Corpus, pool: &[ArticleRecord], size: usize) -> Corpus {
    if size <= 5 {
        return bundled.clone();
    }
    let mut record = bundled.to_record();
    record.claims.retain(|c| c.provenance == Origin::Curated);
    for claim in &mut record.claims {
        claim.searched.clear();
        claim.stances.retain(|s| s.provenance == Origin::Curated);
    }
    record.outlets.extend((0..20).map(|i| OutletRecord {
        id: format!("outlet-{i}"),
        name: format!("Outlet {i}"),
    }));
    let extra: Vec<ArticleRecord> = (0..size - record.articles.len())
        .map(|i| {
            let mut article = pool[i % pool.len()].clone();
            article.id = format!("{}-{i}", article.id);
            article.outlet = format!("outlet-{}", i % 20);
            article
        })
        .collect();
    record.articles.extend(extra);
    Corpus::from_record(&record).expect("a valid synthetic corpus")
}

#[wasm_bindgen_test]
#[ignore = "a benchmark: cargo xtask bench-engine"]
fn claim_engine_speed() {
    let bundled = Corpus::parse_bundled().expect("the bundled corpus");
    let mut pool = bundled.to_record().articles;
    for text in COLLECTIONS {
        pool.extend(
            Corpus::parse(text)
                .expect("collection")
                .to_record()
                .articles,
        );
    }
    let mut table = String::from(
        "| articles | find stances, 22 claims | find and discover | longest single step (one article's find) | widget's run with suggestions: longest reading step | its grouping step | its finish |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n",
    );
    for size in [5, 100, 1000] {
        let corpus = synthetic(&bundled, &pool, size);
        let start = now();
        std::hint::black_box(complete(&corpus, false));
        let finding = now() - start;
        let start = now();
        std::hint::black_box(complete(&corpus, true));
        let both = now() - start;
        // The unit a sliced run would schedule: one article read and
        // matched against every frame.
        let idf = Idf::of_corpus(&corpus);
        let frames: Vec<Frame> = corpus
            .claims()
            .iter()
            .map(|c| Frame::of_claim(&corpus, c, &c.stances.iter().collect::<Vec<_>>()))
            .collect();
        let story = Story::of_corpus(&corpus);
        let mut longest: f64 = 0.0;
        for article in corpus.articles().iter().take(60) {
            let start = now();
            let reading = read(article);
            let weight = relevance(story.as_ref(), &corpus, article, &idf);
            std::hint::black_box(find(article, &reading, &frames, &[], &idf, weight));
            longest = longest.max(now() - start);
        }
        // The widget's own run over a host's corpus (every article
        // brought): each step timed, the last one being discovery's
        // grouping, then `finish` (adding and validating once).
        let ids: Vec<&str> = corpus.articles().iter().map(|a| a.id.as_str()).collect();
        let mut run = Run::suggesting(&corpus, &ids);
        let mut reading_step: f64 = 0.0;
        let grouping = loop {
            let start = now();
            let more = run.step(&corpus);
            let took = now() - start;
            if !more {
                break took;
            }
            reading_step = reading_step.max(took);
        };
        let start = now();
        std::hint::black_box(run.finish(&corpus).ok());
        let finish = now() - start;
        table.push_str(&format!(
            "| {size} | {finding:.0} ms | {both:.0} ms | {longest:.1} ms | {reading_step:.1} ms | {grouping:.1} ms | {finish:.1} ms |\n"
        ));
    }
    console_log!("{table}");
}
