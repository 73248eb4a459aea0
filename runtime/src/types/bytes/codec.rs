//! The codecs `str.encode` and `bytes.decode` support (UTF-8, ASCII,
//! Latin-1) and their error handlers (`strict`, `ignore`, `replace`,
//! `backslashreplace`, `surrogateescape`, and `xmlcharrefreplace` and
//! `surrogatepass` when encoding), with CPython's
//! `UnicodeDecodeError` / `UnicodeEncodeError` messages.

use crate::error::raise;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::exception::{LOOKUP_ERROR, unicode};
use crate::types::str::{self as str_, repr::push_escape, utf8};

#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython uses in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// Code points below this limit are encodable (UTF-8: all but surrogates).
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x110000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Look up an encoding by name, normalised as CPython's codec registry does
/// (case-insensitive, `-` and ` ` the same as `_`). Absent means UTF-8.
unsafe fn codec(ts: *mut Thread, encoding: Word) -> Option<Codec> {
    if encoding == 0 {
        return Some(Codec::Utf8);
    }
    let name = unsafe { str_::lossy(encoding) };
    let normal: String = name
        .trim()
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    match normal.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Some(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "us" => Some(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Some(Codec::Latin1),
        _ => {
            raise(ts, &LOOKUP_ERROR, &format!("unknown encoding: {name}"));
            None
        }
    }
}

unsafe fn handler(errors: Word) -> String {
    if errors == 0 {
        "strict".to_string()
    } else {
        unsafe { str_::lossy(errors) }
    }
}

fn unknown_handler(ts: *mut Thread, name: &str) -> Word {
    raise(
        ts,
        &LOOKUP_ERROR,
        &format!("unknown error handler name '{name}'"),
    )
}

/// `data.decode(encoding, errors)` as a new `str`.
///
/// # Safety
/// `encoding` and `errors` must be 0 or `str`s.
pub unsafe fn decode(ts: *mut Thread, data: &[u8], encoding: Word, errors: Word) -> Word {
    // CPython returns '' for empty input before looking the codec up.
    if data.is_empty() {
        return str_::empty();
    }
    let Some(codec) = (unsafe { self::codec(ts, encoding) }) else {
        return 0;
    };
    decode_with(ts, data, codec, &unsafe { handler(errors) })
}

/// `data.decode('utf-8', errors)` as a new `str`.
pub fn decode_utf8(ts: *mut Thread, data: &[u8], errors: &str) -> Word {
    decode_with(ts, data, Codec::Utf8, errors)
}

fn decode_with(ts: *mut Thread, data: &[u8], codec: Codec, errors: &str) -> Word {
    let mut out = Vec::with_capacity(data.len());
    match codec {
        Codec::Latin1 => data.iter().for_each(|b| utf8::push(&mut out, *b as u32)),
        Codec::Ascii => {
            for (pos, byte) in data.iter().enumerate() {
                if *byte < 0x80 {
                    out.push(*byte);
                    continue;
                }
                match errors {
                    "strict" => {
                        return decode_error(
                            ts,
                            codec,
                            data,
                            pos,
                            pos + 1,
                            "ordinal not in range(128)",
                        );
                    }
                    "ignore" => {}
                    "replace" => utf8::push(&mut out, 0xFFFD),
                    "backslashreplace" => push_escape(&mut out, *byte as u32),
                    "surrogateescape" => utf8::push(&mut out, 0xDC00 + *byte as u32),
                    other => return unknown_handler(ts, other),
                }
            }
        }
        Codec::Utf8 => {
            let mut pos = 0;
            for chunk in data.utf8_chunks() {
                out.extend_from_slice(chunk.valid().as_bytes());
                pos += chunk.valid().len();
                let bad = chunk.invalid();
                if bad.is_empty() {
                    continue;
                }
                match errors {
                    "strict" => {
                        let reason = if matches!(bad[0], 0x80..=0xC1 | 0xF5..) {
                            "invalid start byte"
                        } else if pos + bad.len() == data.len() {
                            "unexpected end of data"
                        } else {
                            "invalid continuation byte"
                        };
                        return decode_error(ts, codec, data, pos, pos + bad.len(), reason);
                    }
                    "ignore" => {}
                    "replace" => utf8::push(&mut out, 0xFFFD),
                    "backslashreplace" => bad.iter().for_each(|b| push_escape(&mut out, *b as u32)),
                    "surrogateescape" => bad
                        .iter()
                        .for_each(|b| utf8::push(&mut out, 0xDC00 + *b as u32)),
                    other => return unknown_handler(ts, other),
                }
                pos += bad.len();
            }
        }
    }
    str_::from_bytes(ts, &out)
}

fn decode_error(
    ts: *mut Thread,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> Word {
    unicode::raise_decode(ts, codec.name(), data, start, end, reason)
}

/// `s.encode(encoding, errors)` as a new `bytes`.
///
/// # Safety
/// `s` must be a `str`; `encoding` and `errors` 0 or `str`s.
pub unsafe fn encode(ts: *mut Thread, s: Word, encoding: Word, errors: Word) -> Word {
    let Some(codec) = (unsafe { self::codec(ts, encoding) }) else {
        return 0;
    };
    unsafe { encode_with(ts, s, codec, &handler(errors)) }
}

/// `s.encode('utf-8', errors)` as a new `bytes`.
///
/// # Safety
/// `s` must be a `str`.
pub unsafe fn encode_utf8(ts: *mut Thread, s: Word, errors: &str) -> Word {
    unsafe { encode_with(ts, s, Codec::Utf8, errors) }
}

unsafe fn encode_with(ts: *mut Thread, s: Word, codec: Codec, errors: &str) -> Word {
    let text = unsafe { str_::bytes(s) };
    if codec == Codec::Utf8 && !utf8::has_surrogate(text) {
        return super::new(ts, text);
    }
    let cps: Vec<u32> = utf8::chars(text).collect();
    let encodable =
        |cp: u32| cp < codec.limit() && !(codec == Codec::Utf8 && (0xD800..0xE000).contains(&cp));
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < cps.len() {
        let cp = cps[i];
        if encodable(cp) {
            match codec {
                Codec::Utf8 => utf8::push(&mut out, cp),
                _ => out.push(cp as u8),
            }
            i += 1;
            continue;
        }
        // CPython reports a whole run of unencodable characters at once.
        let end = i + cps[i..].iter().take_while(|c| !encodable(**c)).count();
        match errors {
            "strict" => return unsafe { encode_error(ts, codec, s, i, end) },
            "surrogateescape" => {
                // Escaped bytes go back out; the rest of the run, from the
                // first other character, is reported as CPython does.
                let escaped = cps[i..end]
                    .iter()
                    .take_while(|c| (0xDC80..=0xDCFF).contains(*c))
                    .count();
                if i + escaped < end {
                    return unsafe { encode_error(ts, codec, s, i + escaped, end) };
                }
                out.extend(cps[i..end].iter().map(|c| (c & 0xFF) as u8));
            }
            "ignore" => {}
            "replace" => out.resize(out.len() + (end - i), b'?'),
            "backslashreplace" => cps[i..end].iter().for_each(|c| push_escape(&mut out, *c)),
            "xmlcharrefreplace" => {
                cps[i..end]
                    .iter()
                    .for_each(|c| out.extend_from_slice(format!("&#{c};").as_bytes()));
            }
            "surrogatepass" if codec == Codec::Utf8 => {
                cps[i..end].iter().for_each(|c| utf8::push(&mut out, *c))
            }
            other => return unknown_handler(ts, other),
        }
        i = end;
    }
    super::new(ts, &out)
}

unsafe fn encode_error(
    ts: *mut Thread,
    codec: Codec,
    text: Word,
    start: usize,
    end: usize,
) -> Word {
    let reason = match codec {
        Codec::Utf8 => "surrogates not allowed",
        Codec::Ascii => "ordinal not in range(128)",
        Codec::Latin1 => "ordinal not in range(256)",
    };
    unicode::raise_encode(ts, codec.name(), text, start, end, reason)
}
