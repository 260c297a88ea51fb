//! The cleaner's per-field accuracy on the synthetic collection
//! (`tests/cleaner-collection/`), as BENCHMARKS.md records it:
//! `cargo run -p parallax-core --features html --example clean_quality`
//! (add `-- -v` to list every miss).

fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    let report =
        parallax_core::page::quality::evaluate(&parallax_core::page::quality::collection_dir());
    if verbose {
        for case in &report.cases {
            for miss in &case.misses {
                println!("{}: {miss}", case.name);
            }
        }
        println!();
    }
    println!("{} cases\n", report.cases.len());
    print!("{}", report.table());
}
