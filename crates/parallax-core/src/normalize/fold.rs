//! Folding: text as search and matching compare it. Steps, per character of
//! the original, in order:
//!
//! 1. **Invisible characters** are dropped: soft hyphen (U+00AD), zero-width
//!    non-joiner and joiner (U+200C, U+200D), word joiner and invisible
//!    operators (U+2060–U+2064), combining grapheme joiner (U+034F),
//!    Mongolian vowel separator (U+180E), a BOM inside text (U+FEFF).
//!    "Bundes\u{AD}regierung" folds to "bundesregierung".
//! 2. **Spaces**: every white space (no-break U+00A0, narrow no-break
//!    U+202F, thin, ideographic, tabs, line breaks) and the zero-width space
//!    U+200B (a word break without a visible space) read as one space, and a
//!    run of them as a single space: "North\u{200B}Korea" folds to
//!    "north korea".
//! 3. **Compatibility forms** (the NFKD mappings pasted news text carries):
//!    full-width ASCII (U+FF01–U+FF5E, "Ｓｅｏｕｌ"), the Latin ligatures
//!    U+FB00–U+FB06 ("ﬁ" → "fi"), superscript digits ¹ ² ³, the ellipsis
//!    "…" → "...", and curly apostrophes (’ ‘ ʼ → ').
//! 4. **Case**: Unicode lower case (so "İ" gives "i" and a combining dot,
//!    dropped next).
//! 5. **Accents**: combining marks dropped; precomposed Latin letters
//!    replaced by the first letter of their canonical decomposition (a
//!    table generated from the Unicode data for U+00C0–U+024F and
//!    U+1E00–U+1EFF, checked against `unicode-normalization` in a test;
//!    the table instead of that crate keeps about 110 KB out of the wasm).
//! 6. **Search extras**: letters that do not decompose but that readers
//!    type without their stroke or as two letters: ß/ẞ → ss, ł → l, ø → o,
//!    đ/ð → d, ħ → h, ŧ → t, æ → ae, œ → oe, þ → th, ĳ → ij, ŀ → l,
//!    ſ → s, and the dotless ı → i (so "ışık" finds "IŞIK").
//!
//! Not folded: precomposed Greek and Cyrillic letters (their accents fold
//! only when written as combining marks), and scripts without case.

use std::ops::Range;

/// The first character of the canonical decomposition (NFD) of each code
/// point of U+00C0..=U+024F (Latin-1 Supplement letters, Latin Extended-A
/// and -B) and of U+1E00..=U+1EFF (Latin Extended Additional, which holds
/// Vietnamese): "é" → "e", "ŏ" → "o", "ø" → "ø" (no decomposition).
/// Generated from the Unicode data; a test checks it against the
/// unicode-normalization crate. A table of 656 letters instead of that
/// crate's tables keeps about 110 KB out of the wasm bundle (BENCHMARKS.md).
const LATIN_BASES: [(u32, &str); 2] = [
    (
        0x00C0,
        "AAAAAAÆCEEEEIIIIÐNOOOOO×ØUUUUYÞßaaaaaaæceeeeiiiiðnooooo÷øuuuuyþyAaAaAaCcCcCcCcDdĐđEeEeEeEeEeGgGgGgGgHhĦħIiIiIiIiIıĲĳJjKkĸLlLlLlĿŀŁłNnNnNnŉŊŋOoOoOoŒœRrRrRrSsSsSsSsTtTtŦŧUuUuUuUuUuUuWwYyYZzZzZzſƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟOoƢƣƤƥƦƧƨƩƪƫƬƭƮUuƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿǀǁǂǃǄǅǆǇǈǉǊǋǌAaIiOoUuUuUuUuUuǝAaAaÆæǤǥGgKkOoOoƷʒjǱǲǳGgǶǷNnAaÆæØøAaAaEeEeIiIiOoOoRrRrUuUuSsTtȜȝHhȠȡȢȣȤȥAaEeOoOoOoOoYyȴȵȶȷȸȹȺȻȼȽȾȿɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ",
    ),
    (
        0x1E00,
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyẚſẜẝẞẟAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyỺỻỼỽỾỿ",
    ),
];

/// The base letter of an accented Latin letter, if it has one.
fn base_letter(c: char) -> char {
    let code = u32::from(c);
    for (start, bases) in LATIN_BASES {
        if let Some(offset) = code.checked_sub(start) {
            if let Some(base) = usize::try_from(offset)
                .ok()
                .and_then(|i| bases.chars().nth(i))
            {
                return base;
            }
        }
    }
    c
}

/// Combining marks (accents written as separate characters), in the blocks
/// that hold them for Latin, Greek and Cyrillic text.
pub fn is_combining(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
    )
}

/// Characters with no visible form that pasted text carries inside words
/// (step 1 of [`fold`]); U+200B is not one of them: it reads as a space.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{34F}' | '\u{180E}' | '\u{200C}' | '\u{200D}' | '\u{2060}'
            ..='\u{2064}' | '\u{FEFF}'
    )
}

/// Step 3: the compatibility decomposition of the forms pasted news text
/// carries, or `None` when `c` is not one of them.
fn compatibility(c: char) -> Option<&'static str> {
    const LIGATURES: [&str; 7] = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];
    const FULL_WIDTH: &str = "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    let code = u32::from(c);
    match c {
        '\u{FB00}'..='\u{FB06}' => Some(LIGATURES[(code - 0xFB00) as usize]),
        '\u{FF01}'..='\u{FF5E}' => {
            let at = (code - 0xFF01) as usize;
            FULL_WIDTH.get(at..=at)
        }
        '¹' => Some("1"),
        '²' => Some("2"),
        '³' => Some("3"),
        '…' => Some("..."),
        '’' | '‘' | 'ʼ' => Some("'"),
        _ => None,
    }
}

/// Step 6: letters readers type differently, after lower case.
fn search_extra(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'ł' => "l",
        'ø' => "o",
        'đ' | 'ð' => "d",
        'ħ' => "h",
        'ŧ' => "t",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ĳ' => "ij",
        'ŀ' => "l",
        'ſ' => "s",
        'ı' => "i",
        _ => return None,
    })
}

/// Folds text for comparison (the module's steps 1 to 6): "Straße" →
/// "strasse", "Ｓｅｏｕｌ" → "seoul", "North\u{200B}Korea" → "north korea".
pub fn fold(text: &str) -> String {
    folded_chars(text).into_iter().map(|(c, _)| c).collect()
}

/// The folded characters of `text`, each with the byte range of the
/// original character (or run of spaces) it came from, so a match in the
/// folded text maps back to exactly the original text it covers.
pub fn folded_chars(text: &str) -> Vec<(char, Range<usize>)> {
    let mut out: Vec<(char, Range<usize>)> = Vec::with_capacity(text.len());
    for (start, c) in text.char_indices() {
        let range = start..start + c.len_utf8();
        if is_invisible(c) {
            continue;
        }
        if c.is_whitespace() || c == '\u{200B}' {
            match out.last_mut() {
                Some((' ', last)) if last.end == start => last.end = range.end,
                _ => out.push((' ', range)),
            }
            continue;
        }
        let mut push = |folded: char| {
            for lower in folded.to_lowercase() {
                if is_combining(lower) {
                    continue;
                }
                let base = base_letter(lower);
                match search_extra(base) {
                    Some(extra) => out.extend(extra.chars().map(|e| (e, range.clone()))),
                    None => out.push((base, range.clone())),
                }
            }
        };
        match compatibility(c) {
            Some(decomposed) => decomposed.chars().for_each(&mut push),
            None => push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_fold() {
        assert_eq!(
            fold("Hà Nội, Ålesund, Łódź, Ştefan"),
            "ha noi, alesund, lodz, stefan"
        );
        assert_eq!(fold("cafe\u{301}"), "cafe");
    }

    // Issue #14, item 7: letters that do not decompose.
    #[test]
    fn letters_that_do_not_decompose_fold_as_readers_type_them() {
        for (text, query) in [
            ("Straße", "strasse"),
            ("Łódź", "lodz"),
            ("Øresund", "oresund"),
            ("Đorđe", "dorde"),
            ("IŞIK", "isik"),
            ("ışık", "isik"),
            ("ﬁnal", "final"),
            ("Ｓｅｏｕｌ", "seoul"),
            ("Æsir Œuvre", "aesir oeuvre"),
            ("İstanbul", "istanbul"),
            ("Þór", "thor"),
        ] {
            assert_eq!(fold(text), query, "{text}");
        }
    }

    // Issue #14, item 8: invisible characters and unusual spaces.
    #[test]
    fn invisible_characters_vanish_and_spaces_are_one_space() {
        assert_eq!(fold("Bundes\u{AD}regierung"), "bundesregierung");
        assert_eq!(fold("North\u{200B}Korea"), "north korea");
        assert_eq!(fold("Kim\u{2060}Jong\u{A0}Un"), "kimjong un");
        assert_eq!(fold("10\u{202F}000"), "10 000");
        assert_eq!(fold("a \u{A0}\t b"), "a b");
        assert_eq!(fold("Russia’s"), "russia's");
    }

    #[test]
    fn every_folded_character_points_at_its_original() {
        let text = "Straße\u{AD}n";
        let folded = folded_chars(text);
        let ss: Vec<_> = folded.iter().filter(|(c, _)| *c == 's').collect();
        assert_eq!(&text[ss[1].1.clone()], "ß");
        assert_eq!(&text[folded.last().unwrap().1.clone()], "n");
    }

    /// The compact table says what the full canonical decomposition says.
    #[test]
    fn the_latin_table_agrees_with_canonical_decomposition() {
        use unicode_normalization::UnicodeNormalization;
        for (start, bases) in LATIN_BASES {
            for (offset, base) in bases.chars().enumerate() {
                let c = char::from_u32(start + offset as u32).unwrap();
                let nfd = c.nfd().next().unwrap();
                assert_eq!(base, nfd, "U+{:04X}", u32::from(c));
            }
        }
        assert_eq!(LATIN_BASES[0].1.chars().count(), 0x24F - 0xC0 + 1);
        assert_eq!(LATIN_BASES[1].1.chars().count(), 0x100);
    }

    /// The compatibility forms folded agree with NFKD (then lower case).
    #[test]
    fn compatibility_forms_agree_with_nfkd() {
        use unicode_normalization::UnicodeNormalization;
        let ranges = [0xFB00..=0xFB06, 0xFF01..=0xFF5E, 0xB2..=0xB3, 0xB9..=0xB9];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let nfkd: String = c.to_string().nfkd().collect::<String>().to_lowercase();
            assert_eq!(fold(&c.to_string()), nfkd, "U+{:04X}", u32::from(c));
        }
        assert_eq!(fold("…"), "...");
    }

    #[test]
    fn combining_marks_are_those_nfd_calls_combining_in_the_folded_blocks() {
        use unicode_normalization::char::is_combining_mark;
        for code in [
            0x0300..=0x036F,
            0x1AB0..=0x1AFF,
            0x1DC0..=0x1DFF,
            0x20D0..=0x20FF,
            0xFE20..=0xFE2F,
        ] {
            for c in code.filter_map(char::from_u32) {
                if is_combining_mark(c) {
                    assert!(is_combining(c), "U+{:04X}", u32::from(c));
                }
            }
        }
        assert!(!is_combining('a'));
    }
}
