//! `repr` of strings and the escaping rules `repr` and `ascii` share.

use super::{unicode, utf8};

/// Append the repr of the generalised-UTF-8 text `b`, quotes included, as
/// CPython writes it: single quotes unless the text contains `'` and no `"`;
/// `\\`, `\t`, `\n`, `\r` and the quote escaped; other non-printable code
/// points as `\xNN`, `\uNNNN` or `\UNNNNNNNN`; printable non-ASCII kept.
pub fn push_repr(out: &mut Vec<u8>, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.reserve(b.len() + 2);
    out.push(quote);
    let mut i = 0;
    while i < b.len() {
        let byte = b[i];
        if byte < 0x80 {
            i += 1;
            match byte {
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\t' => out.extend_from_slice(b"\\t"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                _ if byte == quote => out.extend_from_slice(&[b'\\', quote]),
                0x20..0x7F => out.push(byte),
                _ => push_escape(out, byte as u32),
            }
            continue;
        }
        let (cp, len) = utf8::decode(b, i);
        if unicode::is_printable(cp) {
            out.extend_from_slice(&b[i..i + len]);
        } else {
            push_escape(out, cp);
        }
        i += len;
    }
    out.push(quote);
}

/// Append `\xNN`, `\uNNNN` or `\UNNNNNNNN` for `cp`.
pub fn push_escape(out: &mut Vec<u8>, cp: u32) {
    let text = if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    };
    out.extend_from_slice(text.as_bytes());
}

/// Replace every non-ASCII code point of `b` by its escape, as `ascii()`
/// does to a repr.
pub fn escape_non_ascii(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len());
    for cp in utf8::chars(b) {
        if cp < 0x80 {
            out.push(cp as u8);
        } else {
            push_escape(&mut out, cp);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        let mut out = Vec::new();
        push_repr(&mut out, input.as_bytes());
        assert_eq!(String::from_utf8_lossy(&out), expected, "repr of {input:?}");
    }

    #[test]
    fn quoting() {
        check("abc", "'abc'");
        check("a'b", "\"a'b\"");
        check("a\"b", "'a\"b'");
        check("a'\"b", "'a\\'\"b'");
        check("", "''");
    }

    #[test]
    fn escapes() {
        check("\\ \t\n\r\x07\x00\x7f", "'\\\\ \\t\\n\\r\\x07\\x00\\x7f'");
        check(
            "\u{80}\u{a0}\u{ad}\u{200b}\u{2028}é😀\u{378}\u{e000}",
            "'\\x80\\xa0\\xad\\u200b\\u2028é😀\\u0378\\ue000'",
        );
    }

    #[test]
    fn surrogates_are_escaped() {
        let mut text = Vec::new();
        utf8::push(&mut text, 0xD800);
        let mut out = Vec::new();
        push_repr(&mut out, &text);
        assert_eq!(out, b"'\\ud800'");
    }

    #[test]
    fn ascii_escapes() {
        assert_eq!(
            escape_non_ascii("'é€😀'".as_bytes()),
            b"'\\xe9\\u20ac\\U0001f600'"
        );
    }
}
