//! For inspecting the claim engine on one corpus: every figure of the
//! articles named (by a part of their id) with its reading and its three
//! best claim frames' scores, each claim's frame built without the article
//! (as the leave-one-out measure builds it), and for claims of the other
//! kinds the two sentences closest to the frame.
//!
//! `cargo run --release -p parallax-core --example frame_scores -- [CORPUS.json] [ARTICLE-ID-PART…]`

use parallax_core::Corpus;
use parallax_core::claim::Stance;
use parallax_core::engine::find::read;
use parallax_core::engine::frame::{Frame, Idf, cosine};
fn main() {
    let mut want: Vec<String> = std::env::args().skip(1).collect();
    let corpus = if want.first().is_some_and(|a| a.ends_with(".json")) {
        Corpus::parse(&std::fs::read_to_string(want.remove(0)).unwrap()).unwrap()
    } else {
        Corpus::parse_bundled().unwrap()
    };
    let idf = Idf::of_corpus(&corpus);
    for article in corpus.articles() {
        if !want.is_empty()
            && !want
                .iter()
                .any(|w| article.id.as_str().contains(w.as_str()))
        {
            continue;
        }
        let frames: Vec<Frame> = corpus
            .claims()
            .iter()
            .map(|c| {
                let kept: Vec<&Stance> = c
                    .stances
                    .iter()
                    .filter(|s| s.article != article.id)
                    .collect();
                Frame::of_claim(&corpus, c, &kept)
            })
            .collect();
        let reading = read(article);
        println!("=== {}", article.id);
        for l in &reading.statements {
            let s = &l.statement;
            let mut scores: Vec<(f64, &str)> = frames
                .iter()
                .zip(corpus.claims())
                .filter(|(f, _)| f.kind == Some(parallax_core::claim::ClaimKind::Number))
                .map(|(f, c)| (f.score(s, &l.terms, &idf), c.id.as_str()))
                .collect();
            scores.sort_by(|a, b| b.0.total_cmp(&a.0));
            let text = &article.blocks[l.block].text()[l.sentence.clone()];
            println!(
                "{} {:?} unit={:?}/{:?} time={:?} place={:?} src={:?}\n    {:.60}\n    -> {:?}",
                s.amount,
                s.qualifier,
                s.unit,
                s.unit_class,
                s.scope.time_class,
                s.scope.place,
                s.attribution.as_ref().map(|a| &a.source),
                text,
                &scores[..3.min(scores.len())]
            );
        }
        for (f, c) in frames.iter().zip(corpus.claims()) {
            if f.kind == Some(parallax_core::claim::ClaimKind::Number) {
                continue;
            }
            let mut best: Vec<(f64, String)> = reading
                .sentences
                .iter()
                .map(|(b, r, t)| {
                    (
                        cosine(t, &f.terms, &idf),
                        article.blocks[*b].text()[r.clone()]
                            .chars()
                            .take(70)
                            .collect(),
                    )
                })
                .collect();
            best.sort_by(|a, b| b.0.total_cmp(&a.0));
            let cur: Vec<_> = c
                .stances
                .iter()
                .filter(|s| s.article == article.id)
                .map(|s| s.quote.chars().take(50).collect::<String>())
                .collect();
            if cur.is_empty() {
                continue;
            }
            println!("LABEL {} want {:?}\n   {:?}", c.id, cur, &best[..2]);
        }
    }
}
