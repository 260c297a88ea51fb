//! Text normalization: the one place where Parallax decides what counts as
//! the same text. The cleaner, corpus validation, search, the matching engine
//! and (next) the claim engine all read text through this module, so a fix
//! here reaches every path at once.
//!
//! - [`strip_bom`], [`strip_bom_bytes`]: a leading byte-order mark (U+FEFF,
//!   the bytes EF BB BF that some Windows editors put before UTF-8 text) is
//!   not part of the text.
//! - [`lines`]: every line break Unicode defines ends a line: LF, CRLF, a
//!   bare CR (old Mac files), VT, FF, NEL (U+0085), LINE SEPARATOR (U+2028)
//!   and PARAGRAPH SEPARATOR (U+2029) (UAX #14's mandatory breaks).
//! - [`fold`], [`folded_chars`]: text for comparison, each folded character
//!   keeping the byte range of the original it came from (see [`fold`] for
//!   the steps). The original text is never changed: only comparisons see
//!   the folded form.
//! - [`numbers`]: the quantities a text states, with their spans
//!   ([`read_numbers`]), rule by rule.

mod fold;
pub mod numbers;

pub use fold::{fold, folded_chars, is_combining, is_invisible};
pub use numbers::{Quantity, read_numbers};

/// `text` without a leading byte-order mark (U+FEFF).
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{FEFF}').unwrap_or(text)
}

/// `bytes` without a leading UTF-8 byte-order mark (EF BB BF).
pub fn strip_bom_bytes(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Whether `c` ends a line on its own (CR is one too, unless LF follows it,
/// which [`lines`] handles).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The lines of `text`, without their line breaks, after a leading BOM is
/// dropped. CRLF is one break; every other break in [`is_line_break`] is
/// one break on its own. Like [`str::lines`], a final break does not start
/// an empty last line.
pub fn lines(text: &str) -> Lines<'_> {
    Lines {
        rest: strip_bom(text),
    }
}

/// The iterator [`lines`] returns.
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        match self.rest.char_indices().find(|&(_, c)| is_line_break(c)) {
            Some((at, c)) => {
                let line = &self.rest[..at];
                let mut after = at + c.len_utf8();
                if c == '\r' && self.rest[after..].starts_with('\n') {
                    after += 1;
                }
                self.rest = &self.rest[after..];
                Some(line)
            }
            None => {
                let line = self.rest;
                self.rest = "";
                Some(line)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Issue #14, item 3: text broken with a bare CR, U+2028, U+2029 or
    // U+0085 was read as one line.
    #[test]
    fn every_unicode_line_break_ends_a_line() {
        for sep in [
            "\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}",
        ] {
            let text = format!("One{sep}Two{sep}{sep}Three{sep}");
            assert_eq!(
                lines(&text).collect::<Vec<_>>(),
                ["One", "Two", "", "Three"],
                "{sep:?}"
            );
        }
        assert_eq!(lines("a\r\rb").collect::<Vec<_>>(), ["a", "", "b"]);
    }

    // Issue #14, item 2: a leading byte-order mark.
    #[test]
    fn a_leading_bom_is_not_text() {
        assert_eq!(strip_bom("\u{FEFF}Headline"), "Headline");
        assert_eq!(strip_bom_bytes(b"\xEF\xBB\xBF{}"), b"{}");
        assert_eq!(lines("\u{FEFF}Headline\nBody").next(), Some("Headline"));
        // Only a leading one: elsewhere U+FEFF is an invisible character.
        assert_eq!(strip_bom("a\u{FEFF}"), "a\u{FEFF}");
    }
}
