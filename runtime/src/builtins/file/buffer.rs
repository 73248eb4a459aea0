//! A file's read buffer: what is left of the file from the logical
//! position, loaded on the first read after opening or moving, and the
//! spans reads take from it.
//!
//! The buffer holds the file's raw bytes from `base` to its end as read
//! then, so the logical position is always `base + pos` (a text file's
//! `tell()` cookie is that byte offset, as CPython's is for UTF-8 with no
//! decoder state). Text is checked to be UTF-8 once per load and newlines
//! are handled as reads take spans: with `newline=None` `\r\n` and `\r`
//! read as `\n`; with `''` lines end at any of them, untranslated; with
//! `'\n'`, `'\r'` or `'\r\n'` only that ends a line. Writing drops the
//! buffer after putting the OS position back at the logical one, and
//! reading flushes pending writes first, so `+` modes see their writes.

use super::FileObject;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::{bytes, str as str_};
use std::io::{Read, Seek, SeekFrom};

/// The bytes CPython's `TextIOWrapper` reads from its buffer at a time.
const TEXT_CHUNK: usize = 8192;

/// How a text file treats newlines (`open`'s `newline` argument).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Newline {
    /// `None`: `\r\n` and `\r` read as `\n`.
    Universal,
    /// `''`: any of the three ends a line, kept as it is.
    Any,
    /// `'\n'`, `'\r'`, `'\r\n'`: only that ends a line; written `\n`s
    /// become it.
    Only(&'static [u8]),
}

/// Load the rest of the file from the logical position if it is not
/// loaded; false with the error pending.
pub fn load(ts: *mut Thread, file: &mut FileObject) -> bool {
    if file.loaded {
        return true;
    }
    if let Err(error) = super::flush_pending(file) {
        super::raise_os_error(ts, &error, 0);
        return false;
    }
    let Some(handle) = file.file.as_mut() else {
        return true;
    };
    let base = handle.stream_position().unwrap_or(0);
    let mut data = Vec::new();
    if let Err(error) = handle.read_to_end(&mut data) {
        super::raise_os_error(ts, &error, file.name);
        return false;
    }
    if !file.binary && std::str::from_utf8(&data).is_err() {
        let errors = if file.errors.is_empty() {
            "strict"
        } else {
            file.errors.as_str()
        };
        let text = crate::types::bytes::codec::decode_utf8(ts, &data, errors);
        if text == 0 {
            return false;
        }
        data = unsafe { str_::bytes(text) }.to_vec();
    }
    crate::gc::holds_no_words(data.as_ptr());
    file.data = data;
    file.base = base;
    file.pos = 0;
    file.loaded = true;
    true
}

/// Drop the read buffer, putting the OS position back at the logical
/// one, before writing or moving.
pub fn unload(file: &mut FileObject) -> std::io::Result<()> {
    if !file.loaded {
        return Ok(());
    }
    let mut consumed = file.pos;
    if !file.binary && consumed > 0 {
        // CPython's text layer takes its buffer's bytes in chunks of
        // 8192 and does not give back what it has not decoded: a write
        // after a read lands after the last chunk taken.
        consumed = consumed.div_ceil(TEXT_CHUNK).saturating_mul(TEXT_CHUNK);
        consumed = consumed.min(file.data.len());
    }
    let position = file.base + consumed as u64;
    file.loaded = false;
    file.data = Vec::new();
    file.pos = 0;
    match file.file.as_mut() {
        Some(handle) => handle.seek(SeekFrom::Start(position)).map(|_| ()),
        None => Ok(()),
    }
}

/// The length of the line end at `at` in `rest` (0 when none is there).
fn line_end(newline: Newline, rest: &[u8], at: usize) -> usize {
    let crlf = rest[at] == b'\r' && rest.get(at + 1) == Some(&b'\n');
    match newline {
        Newline::Universal | Newline::Any => match rest[at] {
            b'\n' => 1,
            b'\r' if crlf => 2,
            b'\r' => 1,
            _ => 0,
        },
        Newline::Only(end) => usize::from(rest[at..].starts_with(end)) * end.len(),
    }
}

/// The end of the next `limit` characters (text) or bytes (binary) from
/// `file.pos`, stopping after a line end when `one_line`.
fn span_end(file: &FileObject, limit: Option<usize>, one_line: bool) -> usize {
    let rest = &file.data[file.pos..];
    if file.binary {
        let mut end = limit.map_or(rest.len(), |limit| limit.min(rest.len()));
        if one_line && let Some(at) = rest[..end].iter().position(|b| *b == b'\n') {
            end = at + 1;
        }
        return file.pos + end;
    }
    let mut count = 0;
    let mut idx = 0;
    while idx < rest.len() {
        if limit.is_some_and(|limit| count >= limit) {
            break;
        }
        count += 1;
        let ends = line_end(file.newline, rest, idx);
        // A universal `\r\n` is one character; elsewhere each of its two
        // is one, but a line ending there takes both.
        if ends == 2 && file.newline != Newline::Universal && !one_line {
            idx += 1;
            continue;
        }
        if ends > 0 {
            idx += ends;
            if one_line {
                break;
            }
            continue;
        }
        idx += 1;
        while idx < rest.len() && rest[idx] & 0xC0 == 0x80 {
            idx += 1;
        }
    }
    file.pos + idx
}

/// Take the next chunk as a str or bytes: `limit` characters or bytes
/// (all when `None`), or up to a line end when `one_line`.
pub fn take(ts: *mut Thread, file: &mut FileObject, limit: Option<usize>, one_line: bool) -> Word {
    if !load(ts, file) {
        return 0;
    }
    let end = span_end(file, limit, one_line);
    let chunk = &file.data[file.pos..end];
    let result = if file.binary {
        bytes::new(ts, chunk)
    } else if file.newline == Newline::Universal && chunk.contains(&b'\r') {
        let mut out = Vec::with_capacity(chunk.len());
        let mut idx = 0;
        while idx < chunk.len() {
            if chunk[idx] == b'\r' {
                out.push(b'\n');
                idx += usize::from(chunk.get(idx + 1) == Some(&b'\n'));
            } else {
                out.push(chunk[idx]);
            }
            idx += 1;
        }
        str_::from_bytes(ts, &out)
    } else {
        str_::from_bytes(ts, chunk)
    };
    if result != 0 {
        file.pos = end;
    }
    result
}

/// Whether everything loaded was read; `None` with the error pending
/// when loading failed.
pub fn at_end(ts: *mut Thread, file: &mut FileObject) -> Option<bool> {
    if !load(ts, file) {
        return None;
    }
    Some(file.pos >= file.data.len())
}

/// The bytes a text write puts in the file: `\n` as the `newline`
/// argument asks.
pub fn encode_text<'a>(file: &FileObject, text: &'a [u8]) -> std::borrow::Cow<'a, [u8]> {
    match file.newline {
        Newline::Only(end) if end != b"\n" && text.contains(&b'\n') => {
            let mut out = Vec::with_capacity(text.len() + text.len() / 8);
            for byte in text {
                if *byte == b'\n' {
                    out.extend_from_slice(end);
                } else {
                    out.push(*byte);
                }
            }
            out.into()
        }
        _ => text.into(),
    }
}
