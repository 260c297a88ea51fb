//! The matcher and the search on arbitrary queries: they must never panic,
//! scores stay finite and ordered, and every search excerpt's highlighted
//! range lies on character boundaries of the excerpt. The matcher runs over
//! the bundled corpus; the search over a small corpus of awkward text
//! (composed and decomposed accents, letters whose lower case is longer,
//! right-to-left and CJK text, emoji), where byte ranges are easiest to get
//! wrong, and cheap enough to run a million times.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use parallax_core::matching::MatchIndex;
use parallax_core::{Corpus, OutletSelection};

const AWKWARD: &str = r#"{
  "format": 1,
  "outlets": [{ "id": "a", "name": "Ärzte Zeitung" }],
  "articles": [{
    "id": "x",
    "outlet": "a",
    "outlet_attribution": { "provenance": "stated" },
    "headline": { "value": "İstanbul’da Café: straße STRASSE ǅemal", "provenance": "stated" },
    "published": { "date": "2024-10-23", "precision": "day", "provenance": "stated" },
    "blocks": [
      { "kind": "paragraph", "text": "Le cafe\u0301 a rouvert près de Zaporizhzhia; Ṩ̃ergei dit «ﬁn». İİİ ıı ẞ" },
      { "kind": "summary", "text": "قال مسؤولون إن نحو 3000 جندي وصلوا. 据报道，约3000名朝鲜士兵已抵达俄罗斯。" },
      { "kind": "paragraph", "text": "👨‍👩‍👧 family 🇺🇦 flag, about 12,000 troops — 1.3 million; Ωμέγα ΣΊΣΥΦΟΣ ﬀ" }
    ]
  }]
}"#;

struct Fixtures {
    bundled: Corpus,
    index: MatchIndex,
    awkward: Corpus,
}

fn fixtures() -> &'static Fixtures {
    static FIXTURES: OnceLock<Fixtures> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let bundled = Corpus::parse_bundled().expect("the bundled corpus is valid");
        let index = MatchIndex::build(&bundled);
        let awkward = Corpus::parse(AWKWARD).expect("the awkward corpus is valid");
        Fixtures {
            bundled,
            index,
            awkward,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    let fixtures = fixtures();
    let top = fixtures.index.top(query, None, 5);
    assert!(top.iter().all(|m| m.score.is_finite()));
    assert!(top.windows(2).all(|w| w[0].score >= w[1].score));
    let _ = fixtures
        .index
        .by_outlet(&fixtures.bundled, query, None, None);
    for hit in parallax_core::search::search(&fixtures.awkward, &OutletSelection::all(), query) {
        assert!(hit.excerpt.get(hit.matched.clone()).is_some(), "{hit:?}");
    }
});
