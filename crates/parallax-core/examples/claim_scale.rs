//! How the claim engine scales, natively: stance finding for the bundled
//! corpus's 22 claims, and discovery, on corpora of 5, 100 and 1,000
//! articles. The larger corpora cycle through 33 distinct articles (the
//! bundled five and the 28 of the two invented collections under
//! `tests/`), each copy a new article of one of 20 outlets; all sizes are
//! measured in one run, so their ratios compare on a noisy machine.
//! `cargo run --release -p parallax-core --example claim_scale`

use std::time::{Duration, Instant};

use parallax_core::Corpus;
use parallax_core::engine::complete::complete;
use parallax_core::wire::{ArticleRecord, OutletRecord};

fn sources() -> (Corpus, Vec<ArticleRecord>) {
    let bundled = Corpus::parse_bundled().expect("the bundled corpus");
    let mut articles = bundled.to_record().articles;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    for folder in ["claims-collection", "claims-holdout"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(folder))
            .expect("collection")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let corpus = Corpus::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
            articles.extend(corpus.to_record().articles);
        }
    }
    (bundled, articles)
}

fn synthetic(bundled: &Corpus, pool: &[ArticleRecord], size: usize) -> Corpus {
    let mut record = bundled.to_record();
    if size <= 5 {
        return bundled.clone();
    }
    record
        .claims
        .retain(|c| c.provenance == parallax_core::claim::Origin::Curated);
    for claim in &mut record.claims {
        claim.searched.clear();
        claim
            .stances
            .retain(|s| s.provenance == parallax_core::claim::Origin::Curated);
    }
    let originals = record.articles.clone();
    record.outlets.extend((0..20).map(|i| OutletRecord {
        id: format!("outlet-{i}"),
        name: format!("Outlet {i}"),
    }));
    record.articles = originals.clone();
    record.articles.extend((0..size - originals.len()).map(|i| {
        let mut article = pool[i % pool.len()].clone();
        article.id = format!("{}-{i}", article.id);
        article.outlet = format!("outlet-{}", i % 20);
        article
    }));
    Corpus::from_record(&record).expect("a valid synthetic corpus")
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let (bundled, pool) = sources();
    println!(
        "| articles | find stances, 22 claims (median) | find and discover (median) | found stances | suggestions |"
    );
    println!("| ---: | ---: | ---: | ---: | ---: |");
    for size in [5, 100, 1000] {
        let corpus = synthetic(&bundled, &pool, size);
        let runs = if size >= 1000 { 3 } else { 5 };
        let mut found = 0;
        let mut suggested = 0;
        let finds: Vec<Duration> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                let record = complete(&corpus, false);
                let took = start.elapsed();
                found = record
                    .claims
                    .iter()
                    .flat_map(|c| &c.stances)
                    .filter(|s| s.provenance == parallax_core::claim::Origin::Found)
                    .count();
                took
            })
            .collect();
        let both: Vec<Duration> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                let record = complete(&corpus, true);
                let took = start.elapsed();
                suggested = record
                    .claims
                    .iter()
                    .filter(|c| c.provenance == parallax_core::claim::Origin::Found)
                    .count();
                took
            })
            .collect();
        println!(
            "| {size} | {} (n={runs}) | {} | {found} | {suggested} |",
            ms(median(finds)),
            ms(median(both))
        );
    }
}
