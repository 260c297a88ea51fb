//! The cleaner on arbitrary text: it must never panic, and every block it
//! keeps is made of the text's own words (nothing invented).
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_core::clean::clean_article;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let article = clean_article(text);
    for block in &article.blocks {
        for word in block.text().split_whitespace() {
            assert!(text.contains(word), "{word:?} is not in the input");
        }
    }
});
