//! The matching quality benchmark: every curated quote as a query, the other
//! outlets' quotes on the same claim as the answers.
//! `cargo run --release -p parallax-core --example match_quality`

use parallax_core::Corpus;
use parallax_core::matching::MatchIndex;
use parallax_core::matching::quality::evaluate;

fn main() {
    let corpus = Corpus::parse_bundled().expect("the bundled corpus");
    let index = MatchIndex::build(&corpus);
    let report = evaluate(&corpus, &index);
    println!("trials        {}", report.trials.len());
    println!("recall@1      {:.3}", report.recall_at(1));
    println!("recall@3      {:.3}", report.recall_at(3));
    println!("MRR           {:.3}", report.mean_reciprocal_rank());
    if let Some(score) = report.lowest_correct_score() {
        println!("lowest score of a correct first match  {score:.3}");
    }
    let mut lexical: Vec<f64> = report
        .trials
        .iter()
        .filter(|t| t.rank == Some(1))
        .filter_map(|t| t.lexical)
        .collect();
    lexical.sort_by(f64::total_cmp);
    if let Some(low) = lexical.first() {
        println!("lowest lexical part of a correct first match  {low:.3}");
    }
    println!("\nmisses (claim, query article -> outlet: rank; what came first):");
    for trial in report.misses() {
        let rank = trial
            .rank
            .map_or("not found".to_string(), |r| r.to_string());
        let top: String = trial
            .top
            .as_deref()
            .unwrap_or("")
            .chars()
            .take(110)
            .collect();
        println!(
            "- {} {} -> {}: {rank}; {top}",
            trial.claim, trial.query_article, trial.target_outlet
        );
    }
}
