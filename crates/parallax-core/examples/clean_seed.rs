//! Prints how the cleaner classifies every line of a text file:
//! `cargo run -p parallax-core --example clean_seed -- corpus/seeds/000_….txt`.

fn main() {
    let path = std::env::args().nth(1).expect("usage: clean_seed FILE");
    let text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
    for line in parallax_core::clean::clean(&text) {
        let label = line.label.map(|l| format!(" [{l}]")).unwrap_or_default();
        let preview: String = line.text.chars().take(90).collect();
        println!(
            "{:>4} {:<28}{label} {preview}",
            line.line,
            format!("{:?}", line.kind)
        );
    }
}
