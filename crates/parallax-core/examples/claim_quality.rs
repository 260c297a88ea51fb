//! Prints the claim engine's measures (BENCHMARKS.md, "Claim engine"):
//! leave one article out and discovery, on the bundled corpus or on the
//! corpus files given (`--dir DIR` for every `.json` in a folder), with
//! `-v` for every miss and suggestion.
//!
//! `cargo run -p parallax-core --release --example claim_quality [-- -v] [--dir DIR]`

use parallax_core::Corpus;
use parallax_core::engine::find::FoundValue;
use parallax_core::engine::quality::{discovery, leave_one_out};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let mut corpora: Vec<(String, Corpus)> = Vec::new();
    if let Some(i) = args.iter().position(|a| a == "--dir") {
        let dir = &args[i + 1];
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .expect("folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).expect("readable");
            let corpus = Corpus::parse(&text).expect("valid corpus");
            corpora.push((path.file_name().unwrap().to_string_lossy().into(), corpus));
        }
    } else {
        corpora.push(("bundled".into(), Corpus::parse_bundled().expect("bundled")));
    }
    let (mut nr, mut nrt, mut np, mut npt, mut sr, mut srt, mut dr, mut drt) =
        (0, 0, 0, 0, 0, 0, 0, 0);
    for (name, corpus) in &corpora {
        let loo = leave_one_out(corpus);
        let numbers: Vec<_> = loo.expected.iter().filter(|e| e.number.is_some()).collect();
        let proposed: Vec<_> = loo
            .proposed
            .iter()
            .filter(|p| matches!(p.found.value, FoundValue::Number { .. }))
            .collect();
        nr += numbers.iter().filter(|e| e.value_found).count();
        nrt += numbers.len();
        np += proposed.iter().filter(|p| p.correct).count();
        npt += proposed.len();
        sr += loo.expected.iter().filter(|e| e.sentence_found).count();
        srt += loo.expected.len();
        println!(
            "{name}: number recall {:.3} ({}/{}), precision {:.3} ({}/{}), sentence recall {:.3} ({}/{}), label precision {:.3}",
            loo.number_recall(),
            numbers.iter().filter(|e| e.value_found).count(),
            numbers.len(),
            loo.number_precision(),
            proposed.iter().filter(|p| p.correct).count(),
            proposed.len(),
            loo.sentence_recall(),
            loo.expected.iter().filter(|e| e.sentence_found).count(),
            loo.expected.len(),
            loo.label_precision(),
        );
        if verbose {
            for e in loo
                .expected
                .iter()
                .filter(|e| e.number.is_some() && !e.value_found)
            {
                println!(
                    "  MISSED {} {} {:?}: {}",
                    e.claim, e.article, e.number, e.quote
                );
            }
            for e in loo.expected.iter().filter(|e| !e.sentence_found) {
                println!("  NO SENTENCE {} {}: {}", e.claim, e.article, e.quote);
            }
            for p in proposed.iter().filter(|p| !p.correct) {
                println!(
                    "  WRONG {} {} {:?} [{}] score {:.2}: {}",
                    p.claim,
                    p.article,
                    p.found.value,
                    p.found.value_text,
                    p.found.score,
                    p.found.quote
                );
            }
        }
        let report = discovery(corpus);
        dr += report.recovered_count();
        drt += report.recovered.len();
        let pure = parallax_core::engine::quality::purity(corpus, &report.suggestions);
        println!(
            "  discovery: {} of {} number claims recovered; {} suggestions ({} single-source); purity {pure:.2}",
            report.recovered_count(),
            report.recovered.len(),
            report.suggestions.len(),
            report
                .suggestions
                .iter()
                .filter(|s| s.single_source())
                .count()
        );
        if verbose {
            for (claim, hit) in &report.recovered {
                println!("    {claim}: {hit:?}");
            }
            for (i, s) in report.suggestions.iter().enumerate() {
                println!("  [{i}] {} ({} outlets)", s.question, s.outlets);
                for f in &s.stances {
                    println!(
                        "      {} {:?} [{}] {:?}",
                        f.article, f.value, f.value_text, f.source
                    );
                }
            }
        }
    }
    if corpora.len() > 1 {
        println!(
            "all: number recall {:.3} ({nr}/{nrt}), precision {:.3} ({np}/{npt}), sentence recall {:.3} ({sr}/{srt}), discovery {dr}/{drt}",
            nr as f64 / nrt.max(1) as f64,
            np as f64 / npt.max(1) as f64,
            sr as f64 / srt.max(1) as f64
        );
    }
}
