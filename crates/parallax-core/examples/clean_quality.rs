//! The cleaner's per-field accuracy on the synthetic collection
//! (`tests/cleaner-collection/`), as BENCHMARKS.md records it:
//! `cargo run -p parallax-core --features html --example clean_quality`
//! (add `-- -v` to list every miss, `-- --dir PATH` for another collection
//! of the same shape).

fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    // `-- --case 03` prints what the cleaner made of the case(s) so named.
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--case") {
        let prefix = &args[at + 1];
        let root = parallax_core::page::quality::collection_dir();
        let mut dirs: Vec<_> = std::fs::read_dir(&root)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        dirs.sort();
        for dir in dirs.iter().filter(|d| {
            d.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(prefix.as_str())
        }) {
            let article = parallax_core::page::quality::read_case(dir).expect("a readable case");
            println!("{}\n{:#?}", dir.display(), article);
        }
        return;
    }
    // `-- --dir PATH` scores another collection of the same shape (the
    // held-out one, `tests/cleaner-holdout/`).
    let dir = args
        .iter()
        .position(|a| a == "--dir")
        .and_then(|at| args.get(at + 1))
        .map(std::path::PathBuf::from)
        .unwrap_or_else(parallax_core::page::quality::collection_dir);
    let report = parallax_core::page::quality::evaluate(&dir);
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
