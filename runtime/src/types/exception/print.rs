//! CPython 3.11's exception printer (`print_exception_recursive` in
//! `pythonrun.c`, what the default `sys.excepthook` runs): chained causes
//! and contexts first, then the traceback, the `Type: message` line and the
//! notes; an exception group also lists its members in a box drawn in the
//! margin (at most 15 members per group and 10 levels of nesting).

use super::group::{is_group, members};
use super::{ExceptionObject, is_exception, notes_of};
use crate::object::{Word, cast, is_instance, type_of};
use crate::thread::Thread;
use crate::types::str as str_;
use typhon_abi::FrameInfo;

/// CPython prints at most this many innermost entries (`sys.tracebacklimit`).
const TRACEBACK_LIMIT: usize = 1000;
/// A frame line repeated more often than this is summarised.
const RECURSIVE_CUTOFF: usize = 3;
/// Members of a group printed before "and N more exceptions".
const MAX_GROUP_WIDTH: usize = 15;
/// Nested groups printed before "... (max_group_depth is 10)".
const MAX_GROUP_DEPTH: usize = 10;

pub(super) const CAUSE_MESSAGE: &[u8] =
    b"The above exception was the direct cause of the following exception:\n";
pub(super) const CONTEXT_MESSAGE: &[u8] =
    b"During handling of the above exception, another exception occurred:\n";

/// The full report CPython prints for `exc`.
pub fn format_exception(ts: *mut Thread, exc: Word) -> Vec<u8> {
    let mut printer = Printer {
        ts,
        out: Vec::new(),
        depth: 0,
        need_close: false,
        seen: Vec::new(),
    };
    printer.recursive(exc);
    printer.out
}

/// CPython's `exception_print_context`.
struct Printer {
    ts: *mut Thread,
    out: Vec<u8>,
    /// How deep inside exception groups the exception being printed is.
    depth: usize,
    /// Whether the box of the group being listed still needs its bottom.
    need_close: bool,
    /// Exceptions already printed (chains may loop).
    seen: Vec<Word>,
}

impl Printer {
    fn margin(&self) -> &'static [u8] {
        if self.depth > 0 { b"| " } else { b"" }
    }

    fn indent(&mut self) {
        let width = 2 * self.depth;
        self.out.extend(std::iter::repeat_n(b' ', width));
    }

    fn indented_margin(&mut self) {
        self.indent();
        let margin = self.margin();
        self.out.extend_from_slice(margin);
    }

    fn recursive(&mut self, exc: Word) {
        self.cause_and_context(exc);
        if is_group(exc) {
            self.group(exc);
        } else {
            self.one(exc);
        }
    }

    fn cause_and_context(&mut self, exc: Word) {
        self.seen.push(exc);
        let obj = unsafe { cast::<ExceptionObject>(exc) };
        let (cause, context, suppress) = (obj.cause, obj.context, obj.suppress_context != 0);
        if cause != 0 {
            if is_exception(cause) && !self.seen.contains(&cause) {
                self.chained(cause, CAUSE_MESSAGE);
            }
            return;
        }
        if !suppress && is_exception(context) && !self.seen.contains(&context) {
            self.chained(context, CONTEXT_MESSAGE);
        }
    }

    fn chained(&mut self, exc: Word, message: &[u8]) {
        let need_close = self.need_close;
        self.recursive(exc);
        self.need_close = need_close;
        self.indented_margin();
        self.out.push(b'\n');
        self.indented_margin();
        self.out.extend_from_slice(message);
        self.indented_margin();
        self.out.push(b'\n');
    }

    /// One exception: traceback, message line, notes.
    fn one(&mut self, exc: Word) {
        let traceback = unsafe { cast::<ExceptionObject>(exc) }.traceback.clone();
        if !traceback.is_empty() {
            let group = is_group(exc);
            let header_margin: &[u8] = if group && self.depth == 1 {
                b"+ "
            } else {
                self.margin()
            };
            self.indent();
            self.out.extend_from_slice(header_margin);
            self.out.extend_from_slice(if group {
                b"Exception Group Traceback (most recent call last):\n".as_slice()
            } else {
                b"Traceback (most recent call last):\n"
            });
            let shown = &traceback[..traceback.len().min(TRACEBACK_LIMIT)];
            self.entries(shown.iter().rev().copied());
        }
        self.indented_margin();
        self.out
            .extend_from_slice(crate::types::class::qualified_name(type_of(exc)).as_bytes());
        let message = render_str(self.ts, exc);
        if !message.is_empty() {
            self.out.extend_from_slice(b": ");
            self.out.extend_from_slice(&message);
        }
        self.out.push(b'\n');
        self.notes(exc);
    }

    /// A group: itself, then each member in its box.
    fn group(&mut self, exc: Word) {
        if self.depth > MAX_GROUP_DEPTH {
            self.indented_margin();
            let line = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
            self.out.extend_from_slice(line.as_bytes());
            return;
        }
        if self.depth == 0 {
            self.depth += 1;
        }
        self.one(exc);
        let excs = unsafe { members(exc) }.to_vec();
        let shown = if excs.len() <= MAX_GROUP_WIDTH {
            excs.len()
        } else {
            MAX_GROUP_WIDTH + 1
        };
        self.need_close = false;
        for (idx, member) in excs.iter().take(shown).enumerate() {
            let last = idx + 1 == shown;
            if last {
                // The bottom of the box may come from a nested group.
                self.need_close = true;
            }
            self.indent();
            let corner = if idx == 0 { "+-" } else { "  " };
            let truncated = idx >= MAX_GROUP_WIDTH;
            let line = if truncated {
                format!("{corner}+---------------- ... ----------------\n")
            } else {
                format!("{corner}+---------------- {} ----------------\n", idx + 1)
            };
            self.out.extend_from_slice(line.as_bytes());
            self.depth += 1;
            if truncated {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                self.indented_margin();
                let line = format!("and {remaining} more exception{plural}\n");
                self.out.extend_from_slice(line.as_bytes());
            } else {
                self.recursive(*member);
            }
            if last && self.need_close {
                self.indent();
                self.out
                    .extend_from_slice(b"+------------------------------------\n");
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 {
            self.depth -= 1;
        }
    }

    /// The notes `add_note` attached (3.11), each line in the margin: a
    /// note through `str()`. CPython iterates any sequence, so a str
    /// `__notes__` prints one character per line; anything else is shown by
    /// its repr.
    fn notes(&mut self, exc: Word) {
        let notes = unsafe { notes_of(exc) };
        if notes == 0 {
            return;
        }
        let items: Vec<Word> = if is_instance(notes, &crate::types::list::LIST_TYPE) {
            unsafe { crate::types::list::items(self.ts, notes) }.to_vec()
        } else if is_instance(notes, &crate::types::tuple::TUPLE_TYPE) {
            unsafe { crate::types::tuple::items(notes) }.to_vec()
        } else if is_instance(notes, &str_::STR_TYPE) {
            let text = unsafe { str_::lossy(notes) };
            for ch in text.chars() {
                self.note_lines(ch.to_string().as_bytes());
                self.out.push(b'\n');
            }
            return;
        } else {
            self.indented_margin();
            let text = unsafe { crate::entry::ty_repr(self.ts, notes) };
            if text == 0 {
                unsafe { (*self.ts).exc = 0 };
                self.out.extend_from_slice(b"<__notes__ repr() failed>");
            } else {
                self.out.extend_from_slice(unsafe { str_::bytes(text) });
            }
            self.out.push(b'\n');
            return;
        };
        for note in items {
            match try_str(self.ts, note) {
                Some(text) => self.note_lines(&text),
                None => self.out.extend_from_slice(b"<note str() failed>"),
            }
            self.out.push(b'\n');
        }
    }

    /// A note's lines (`str.splitlines(keepends=True)`), each after the
    /// margin.
    fn note_lines(&mut self, text: &[u8]) {
        let mut start = 0;
        while start < text.len() {
            let end = line_end(text, start);
            self.indented_margin();
            self.out.extend_from_slice(&text[start..end]);
            start = end;
        }
    }

    /// Frame lines, outermost first, with CPython's summary of runs of the
    /// same line (deep recursion prints three entries and a count; that
    /// count line has no margin in CPython 3.11).
    fn entries(&mut self, entries: impl Iterator<Item = (*const FrameInfo, i32)>) {
        let mut last: Option<(&[u8], i32, &[u8])> = None;
        let mut count = 0;
        for (frame, line) in entries {
            let (file, func, source) = unsafe { frame_texts(frame) };
            if last != Some((file, line, func)) {
                repeated(count, &mut self.out);
                last = Some((file, line, func));
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            self.indented_margin();
            self.out.extend_from_slice(b"  File \"");
            self.out.extend_from_slice(file);
            self.out
                .extend_from_slice(format!("\", line {line}, in ").as_bytes());
            self.out.extend_from_slice(func);
            self.out.push(b'\n');
            if let Some(text) = source_line(source, line) {
                self.indented_margin();
                self.out.extend_from_slice(b"    ");
                self.out.extend_from_slice(text);
                self.out.push(b'\n');
            }
        }
        repeated(count, &mut self.out);
    }
}

/// Where the line starting at `start` ends, its line break included (the
/// breaks `str.splitlines` knows).
fn line_end(text: &[u8], start: usize) -> usize {
    let mut idx = start;
    while idx < text.len() {
        match text[idx] {
            b'\r' if text.get(idx + 1) == Some(&b'\n') => return idx + 2,
            b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e => return idx + 1,
            0xc2 if text.get(idx + 1) == Some(&0x85) => return idx + 2,
            0xe2 if text.get(idx + 1) == Some(&0x80)
                && matches!(text.get(idx + 2), Some(0xa8 | 0xa9)) =>
            {
                return idx + 3;
            }
            _ => idx += 1,
        }
    }
    text.len()
}

fn repeated(count: usize, out: &mut Vec<u8>) {
    if count > RECURSIVE_CUTOFF {
        let more = count - RECURSIVE_CUTOFF;
        let plural = if more > 1 { "s" } else { "" };
        out.extend_from_slice(
            format!("  [Previous line repeated {more} more time{plural}]\n").as_bytes(),
        );
    }
}

/// Line `line` (1-based) of `source` without its indentation or line
/// ending; trailing spaces stay, as CPython prints them.
pub(crate) fn source_line(source: &[u8], line: i32) -> Option<&[u8]> {
    let index = usize::try_from(line).ok()?.checked_sub(1)?;
    let text = source.split(|byte| *byte == b'\n').nth(index)?;
    let text = text.strip_suffix(b"\r").unwrap_or(text);
    let start = text
        .iter()
        .position(|byte| !matches!(byte, b' ' | b'\t' | b'\x0c'))
        .unwrap_or(text.len());
    Some(&text[start..])
}

/// The file, function and source texts of a frame (empty when absent).
pub(crate) unsafe fn frame_texts<'a>(frame: *const FrameInfo) -> (&'a [u8], &'a [u8], &'a [u8]) {
    if frame.is_null() {
        return (b"", b"", b"");
    }
    let text = |ptr: *const u8| -> &'a [u8] {
        if ptr.is_null() {
            b""
        } else {
            unsafe { std::ffi::CStr::from_ptr(ptr as *const std::ffi::c_char) }.to_bytes()
        }
    };
    let frame = unsafe { &*frame };
    (text(frame.file), text(frame.func), text(frame.source))
}

/// `str(w)` as bytes, `None` (nothing pending) when `str` fails.
fn try_str(ts: *mut Thread, w: Word) -> Option<Vec<u8>> {
    if crate::object::is_exact(w, &str_::STR_TYPE) {
        return Some(unsafe { str_::bytes(w) }.to_vec());
    }
    let text = match type_of(w).slots.str {
        Some(slot) => unsafe { slot(ts, w) },
        None => unsafe { crate::entry::ty_str(ts, w) },
    };
    if text == 0 || !is_instance(text, &str_::STR_TYPE) {
        unsafe { (*ts).exc = 0 };
        return None;
    }
    Some(unsafe { str_::bytes(text) }.to_vec())
}

/// `str(w)` as bytes for a report; CPython's placeholder when `str` fails.
pub(super) fn render_str(ts: *mut Thread, w: Word) -> Vec<u8> {
    try_str(ts, w).unwrap_or_else(|| b"<exception str() failed>".to_vec())
}
