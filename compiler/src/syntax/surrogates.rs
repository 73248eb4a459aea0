//! Rejects `\uD800`-style escapes of lone surrogates in str literals.
//!
//! The parser hands string constants over as Rust strings, which cannot hold
//! a surrogate code point, so it turns such an escape into U+FFFD. CPython
//! keeps the surrogate (`len("\ud800") == 1`, `ord(...) == 0xD800`), and a
//! silently different constant is worse than an error, so the escape is
//! rejected here with its position. Surrogates made at run time
//! (`chr(0xD800)`) are not affected: the runtime's strings hold them.

use rustpython_parser::{Mode, Tok, lexer::lex};

use crate::diag::{DiagKind, Diagnostic, FileId, Span};

/// The first lone-surrogate escape in a str or f-string literal of `text`.
pub fn check(text: &str, file: FileId) -> Result<(), Diagnostic> {
    // Most files have no `\u` escape at all: skip the second lexing pass.
    if !text.contains("\\u") && !text.contains("\\U") {
        return Ok(());
    }
    for (tok, range) in lex(text, Mode::Module).flatten() {
        let Tok::String {
            value,
            kind,
            triple_quoted,
        } = tok
        else {
            continue;
        };
        if kind.is_raw() || kind.is_any_bytes() {
            continue;
        }
        let Some(offset) = surrogate_escape(&value) else {
            continue;
        };
        let quotes = if triple_quoted { 3 } else { 1 };
        let start = u32::from(range.start() + kind.prefix_len()) + (quotes + offset) as u32;
        let escape_len = if value[offset + 1..].starts_with('u') {
            6
        } else {
            10
        };
        return Err(Diagnostic::new(
            DiagKind::UnsupportedFeature {
                feature: "lone surrogate escapes in string literals".into(),
                reason: "the escape names a surrogate code point (U+D800 to U+DFFF); build it at run time with chr() instead".into(),
            },
            Span {
                file,
                start,
                end: start + escape_len,
            },
        ));
    }
    Ok(())
}

/// Byte offset of the first `\u`/`\U` escape naming a surrogate in the raw
/// body of a non-raw literal.
fn surrogate_escape(body: &str) -> Option<usize> {
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let digits = match bytes.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 8,
            // Any other escape (including `\\`) spans two bytes at least;
            // skipping the escaped byte keeps `\\u` from matching.
            Some(_) => {
                i += 2;
                continue;
            }
            None => return None,
        };
        let hex = body.get(i + 2..i + 2 + digits)?;
        if let Ok(code) = u32::from_str_radix(hex, 16)
            && (0xD800..=0xDFFF).contains(&code)
        {
            return Some(i);
        }
        i += 2 + digits;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::surrogate_escape;

    #[test]
    fn finds_only_surrogate_escapes() {
        assert_eq!(surrogate_escape(r"ab\ud800"), Some(2));
        assert_eq!(surrogate_escape(r"\U0000DFFF"), Some(0));
        assert_eq!(surrogate_escape(r"\\ud800"), None);
        assert_eq!(surrogate_escape(r"\u00e9\U0001F600"), None);
        assert_eq!(surrogate_escape(r"\ud7ff\ue000"), None);
    }
}
