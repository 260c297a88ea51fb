//! The corpus reader and validator on arbitrary bytes: it must never panic,
//! and whatever it accepts must survive a round trip through format 1.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_core::Corpus;
use parallax_core::import::read_document;

fuzz_target!(|data: &[u8]| {
    if let Ok(corpus) = read_document(data) {
        let again = Corpus::from_record(&corpus.to_record())
            .expect("an accepted corpus is accepted again from its own record");
        assert_eq!(again.articles().len(), corpus.articles().len());
        assert_eq!(again.claims().len(), corpus.claims().len());
    }
});
