//! How the matching engine scales: index build and query time on synthetic
//! corpora of 5, 100 and 1,000 articles made from the bundled five (each
//! copy a new article of one of 20 outlets), measured natively. Every size is
//! measured in the same run, so the ratios are comparable on a noisy machine.
//! `cargo run --release -p parallax-core --example match_scale`

use std::time::{Duration, Instant};

use parallax_core::Corpus;
use parallax_core::matching::MatchIndex;
use parallax_core::wire::OutletRecord;

fn synthetic(bundled: &Corpus, articles: usize) -> Corpus {
    let mut record = bundled.to_record();
    let originals = record.articles.clone();
    record.claims.clear();
    record.outlets = (0..20)
        .map(|i| OutletRecord {
            id: format!("outlet-{i}"),
            name: format!("Outlet {i}"),
        })
        .collect();
    record.articles = (0..articles)
        .map(|i| {
            let mut article = originals[i % originals.len()].clone();
            article.id = format!("{}-{i}", article.id);
            article.outlet = format!("outlet-{}", i % 20);
            article
        })
        .collect();
    Corpus::from_record(&record).expect("a valid synthetic corpus")
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let bundled = Corpus::parse_bundled().expect("the bundled corpus");
    let queries: Vec<String> = bundled
        .claims()
        .iter()
        .flat_map(|claim| claim.stances.iter().map(|s| s.quote.clone()))
        .collect();
    println!(
        "| articles | passages | index build (median of 5) | best per outlet (median of {n}) | full ranking (median of {n}) |",
        n = queries.len()
    );
    println!("| ---: | ---: | ---: | ---: | ---: |");
    for size in [5, 100, 1000] {
        let corpus = synthetic(&bundled, size);
        let builds: Vec<Duration> = (0..5)
            .map(|_| {
                let start = Instant::now();
                let index = MatchIndex::build(&corpus);
                std::hint::black_box(&index);
                start.elapsed()
            })
            .collect();
        let index = MatchIndex::build(&corpus);
        let time = |run: &dyn Fn(&str)| -> Duration {
            median(
                queries
                    .iter()
                    .map(|query| {
                        let start = Instant::now();
                        run(query);
                        start.elapsed()
                    })
                    .collect(),
            )
        };
        let best = time(&|query| {
            std::hint::black_box(index.by_outlet(&corpus, query, None, None));
        });
        let full = time(&|query| {
            std::hint::black_box(index.rank(query, None));
        });
        println!(
            "| {size} | {} | {:.1} ms | {:.2} ms | {:.2} ms |",
            index.passages().len(),
            median(builds).as_secs_f64() * 1e3,
            best.as_secs_f64() * 1e3,
            full.as_secs_f64() * 1e3
        );
    }
}
