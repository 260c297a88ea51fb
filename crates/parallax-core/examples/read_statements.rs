//! Prints the claim engine's reading of each sentence given on the command
//! line (or of each line of standard input): every quantity statement with
//! its qualifier, unit, measured entity, scope and attribution.
//!
//! `cargo run -p parallax-core --example read_statements -- "Some 300 homes burned, police said."`

use std::io::BufRead;

use parallax_core::engine::statement::statements;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lines: Vec<String> = if args.is_empty() {
        std::io::stdin()
            .lock()
            .lines()
            .map_while(Result::ok)
            .collect()
    } else {
        args
    };
    for line in lines {
        println!("{line}");
        for s in statements(&line) {
            println!(
                "  {} {:?}{} [{}] unit {:?} ({:?}) entity {:?} outcome {:?} measure {:?} place {:?} time {:?} ({:?}) source {:?}",
                s.amount,
                s.qualifier,
                s.upper.map(|u| format!(" to {u}")).unwrap_or_default(),
                &line[s.value_span.clone()],
                s.unit,
                s.unit_class,
                s.entity,
                s.outcome,
                s.measure,
                s.scope.place,
                s.scope.time,
                s.scope.time_class,
                s.attribution.as_ref().map(|a| (&a.source, &a.via)),
            );
        }
    }
}
