//! Splitting and trimming: `split`, `rsplit`, `splitlines`, `partition`,
//! `rpartition`, `strip`, `lstrip`, `rstrip`.

use super::args::{self, Spec, Style};
use super::search::{Matches, find, rfind};
use super::{bytes, empty, is_ascii, is_str, substring, unicode, utf8};
use crate::error::{type_error, value_error};
use crate::object::{Word, type_of};
use crate::thread::Thread;
use crate::types::{list, none, tuple};

pub unsafe extern "C" fn split(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "split", 0, 2, Style::Keywords(&["sep", "maxsplit"]));
    unsafe { split_common(ts, &SPEC, false, args, nargs, kwnames) }
}

pub unsafe extern "C" fn rsplit(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "rsplit", 0, 2, Style::Keywords(&["sep", "maxsplit"]));
    unsafe { split_common(ts, &SPEC, true, args, nargs, kwnames) }
}

unsafe fn split_common(
    ts: *mut Thread,
    spec: &Spec,
    from_right: bool,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [sep, maxsplit])) =
        (unsafe { args::parse::<2>(ts, spec, args, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(max) = (unsafe { args::limit_arg(ts, maxsplit) }) else {
        return 0;
    };
    let text = unsafe { bytes(this) };
    let pieces = if sep == 0 || sep == none::none() {
        if from_right {
            rsplit_whitespace(text, max)
        } else if unsafe { is_ascii(this) } {
            let mut found = Pieces::default();
            split_ascii_whitespace(text, max, &mut found);
            return unsafe { make_list(ts, this, found.as_slice()) };
        } else {
            split_whitespace(text, max)
        }
    } else if is_str(sep) {
        let sep = unsafe { bytes(sep) };
        if sep.is_empty() {
            return value_error(ts, "empty separator");
        }
        if from_right {
            rsplit_on(text, sep, max)
        } else {
            return unsafe { split_on_into_list(ts, this, sep, max) };
        }
    } else {
        return type_error(
            ts,
            &format!("must be str or None, not {}", type_of(sep).name),
        );
    };
    unsafe { make_list(ts, this, &pieces) }
}

pub unsafe extern "C" fn splitlines(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "splitlines", 0, 1, Style::Keywords(&["keepends"]));
    let Some((this, [keepends])) = (unsafe { args::parse::<1>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    let keep = if keepends == 0 {
        false
    } else {
        // A C int in CPython.
        match crate::calls::args::c_int(ts, keepends) {
            Some(v) => v != 0,
            None => return 0,
        }
    };
    let text = unsafe { bytes(this) };
    if unsafe { is_ascii(this) } {
        let mut found = Pieces::default();
        ascii_lines(text, keep, &mut found);
        return unsafe { make_list(ts, this, found.as_slice()) };
    }
    let mut pieces = Vec::new();
    let mut chars = utf8::chars(text);
    let mut line_start = 0;
    loop {
        let at = chars.offset();
        let Some(cp) = chars.next() else { break };
        if !unicode::is_linebreak(cp) {
            continue;
        }
        let mut after = chars.offset();
        if cp == u32::from(b'\r') && text.get(after) == Some(&b'\n') {
            chars.next();
            after += 1;
        }
        pieces.push((line_start, if keep { after } else { at }));
        line_start = after;
    }
    if line_start < text.len() {
        pieces.push((line_start, text.len()));
    }
    unsafe { make_list(ts, this, &pieces) }
}

/// The lines of an ASCII text, as `splitlines` cuts them.
fn ascii_lines(text: &[u8], keep: bool, pieces: &mut Pieces) {
    let mut line_start = 0;
    let mut at = 0;
    while at < text.len() {
        // Eight bytes at a time past those with no control character: every
        // line break an ASCII text can hold is below 0x20, and lines are
        // long, so the byte test below runs only near a break (or a tab).
        if let Some(chunk) = text.get(at..at + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            if !has_byte_below_space(word) {
                at += 8;
                continue;
            }
        }
        let byte = text[at];
        if !matches!(byte, 0x0A..=0x0D | 0x1C..=0x1E) {
            at += 1;
            continue;
        }
        let mut after = at + 1;
        if byte == b'\r' && text.get(after) == Some(&b'\n') {
            after += 1;
        }
        pieces.push((line_start, if keep { after } else { at }));
        line_start = after;
        at = after;
    }
    if line_start < text.len() {
        pieces.push((line_start, text.len()));
    }
}

/// Whether one of the eight ASCII bytes of `word` is below 0x20: a byte
/// below 0x20 borrows into its top bit when 0x20 is taken from it, and an
/// ASCII byte's top bit is clear, so no other byte sets one.
fn has_byte_below_space(word: u64) -> bool {
    const SPACES: u64 = 0x2020_2020_2020_2020;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    word.wrapping_sub(SPACES) & !word & TOPS != 0
}

/// How many pieces [`Pieces`] holds on the stack.
const INLINE_PIECES: usize = 32;

/// The byte ranges a split cuts, on the stack while there are few (a line
/// split into words, a short text into lines), so splitting allocates
/// nothing but the list and its strings: growing a vector of ranges cost
/// about as much as making the pieces.
struct Pieces {
    inline: [(usize, usize); INLINE_PIECES],
    len: usize,
    more: Vec<(usize, usize)>,
}

impl Default for Pieces {
    fn default() -> Self {
        Pieces {
            inline: [(0, 0); INLINE_PIECES],
            len: 0,
            more: Vec::new(),
        }
    }
}

impl Pieces {
    #[inline]
    fn push(&mut self, piece: (usize, usize)) {
        if self.len < INLINE_PIECES {
            self.inline[self.len] = piece;
        } else {
            if self.len == INLINE_PIECES {
                self.more.extend_from_slice(&self.inline);
            }
            self.more.push(piece);
        }
        self.len += 1;
    }

    fn len(&self) -> usize {
        self.len
    }

    fn as_slice(&self) -> &[(usize, usize)] {
        if self.len <= INLINE_PIECES {
            &self.inline[..self.len]
        } else {
            &self.more
        }
    }
}

pub unsafe extern "C" fn partition(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "partition", 1, 1, Style::One);
    unsafe { partition_common(ts, &SPEC, false, args, nargs, kwnames) }
}

pub unsafe extern "C" fn rpartition(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "rpartition", 1, 1, Style::One);
    unsafe { partition_common(ts, &SPEC, true, args, nargs, kwnames) }
}

unsafe fn partition_common(
    ts: *mut Thread,
    spec: &Spec,
    from_right: bool,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [sep])) = (unsafe { args::parse::<1>(ts, spec, args, nargs, kwnames) }) else {
        return 0;
    };
    if !is_str(sep) {
        return type_error(ts, &format!("must be str, not {}", type_of(sep).name));
    }
    let (text, sep_b) = unsafe { (bytes(this), bytes(sep)) };
    if sep_b.is_empty() {
        return value_error(ts, "empty separator");
    }
    let found = if from_right {
        rfind(text, sep_b)
    } else {
        find(text, sep_b)
    };
    let parts = match found {
        Some(at) => {
            let head = unsafe { substring(ts, this, 0, at) };
            let tail = unsafe { substring(ts, this, at + sep_b.len(), text.len()) };
            [head, sep, tail]
        }
        // CPython hands back the receiver itself here, even a subclass's.
        None if from_right => [empty(), empty(), this],
        None => [this, empty(), empty()],
    };
    if parts.contains(&0) {
        return 0;
    }
    tuple::new(ts, &parts)
}

pub unsafe extern "C" fn strip(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "strip", 0, 1, Style::Expected);
    unsafe { strip_common(ts, &SPEC, true, true, args, nargs, kwnames) }
}

pub unsafe extern "C" fn lstrip(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "lstrip", 0, 1, Style::Expected);
    unsafe { strip_common(ts, &SPEC, true, false, args, nargs, kwnames) }
}

pub unsafe extern "C" fn rstrip(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "rstrip", 0, 1, Style::Expected);
    unsafe { strip_common(ts, &SPEC, false, true, args, nargs, kwnames) }
}

unsafe fn strip_common(
    ts: *mut Thread,
    spec: &Spec,
    left: bool,
    right: bool,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [chars])) = (unsafe { args::parse::<1>(ts, spec, args, nargs, kwnames) })
    else {
        return 0;
    };
    let text = unsafe { bytes(this) };
    let (start, end) = if chars == 0 || chars == none::none() {
        if unsafe { is_ascii(this) } {
            trim_bytes(text, left, right, |b| unicode::is_space(u32::from(b)))
        } else {
            trim(text, left, right, unicode::is_space)
        }
    } else if is_str(chars) {
        let set = unsafe { bytes(chars) };
        if set.is_ascii() {
            // A non-ASCII code point's bytes are all >= 0x80, so none of
            // them is in an ASCII set: trimming bytes stops where it should.
            trim_bytes(text, left, right, |b| set.contains(&b))
        } else {
            let set: Vec<u32> = utf8::chars(set).collect();
            trim(text, left, right, |cp| set.contains(&cp))
        }
    } else {
        return type_error(ts, &format!("{} arg must be None or str", spec.name));
    };
    if start == 0 && end == text.len() {
        return unsafe { super::exact(ts, this) };
    }
    unsafe { substring(ts, this, start, end) }
}

/// [`trim`] over single bytes.
fn trim_bytes(text: &[u8], left: bool, right: bool, strips: impl Fn(u8) -> bool) -> (usize, usize) {
    let mut start = 0;
    if left {
        while start < text.len() && strips(text[start]) {
            start += 1;
        }
    }
    let mut end = text.len();
    if right {
        while end > start && strips(text[end - 1]) {
            end -= 1;
        }
    }
    (start, end)
}

/// Byte bounds of `text` without the leading/trailing code points `strips` accepts.
pub fn trim(text: &[u8], left: bool, right: bool, strips: impl Fn(u32) -> bool) -> (usize, usize) {
    let mut chars = utf8::chars(text);
    let mut start = 0;
    if left {
        loop {
            start = chars.offset();
            match chars.next() {
                Some(cp) if strips(cp) => continue,
                _ => break,
            }
        }
    }
    let mut end = text.len();
    if right {
        let mut back = utf8::chars(&text[start..]);
        loop {
            end = start + back.back_offset();
            match back.next_back() {
                Some(cp) if strips(cp) => continue,
                _ => break,
            }
        }
    }
    (start, end)
}

/// [`split_whitespace`] over an ASCII text.
fn split_ascii_whitespace(text: &[u8], max: usize, pieces: &mut Pieces) {
    let space = |b: u8| matches!(b, 0x09..=0x0D | 0x1C..=0x20);
    let mut at = 0;
    loop {
        while at < text.len() && space(text[at]) {
            at += 1;
        }
        if at == text.len() {
            return;
        }
        if pieces.len() == max {
            // Out of splits: the rest, trailing whitespace included, is one piece.
            pieces.push((at, text.len()));
            return;
        }
        let start = at;
        while at < text.len() && !space(text[at]) {
            at += 1;
        }
        pieces.push((start, at));
    }
}

fn split_whitespace(text: &[u8], max: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut chars = utf8::chars(text);
    let mut start: Option<usize> = None;
    loop {
        let at = chars.offset();
        let Some(cp) = chars.next() else { break };
        match (unicode::is_space(cp), start) {
            (true, Some(s)) => {
                pieces.push((s, at));
                start = None;
            }
            (false, None) if pieces.len() == max => {
                // Out of splits: the rest, trailing whitespace included, is one piece.
                pieces.push((at, text.len()));
                return pieces;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = start {
        pieces.push((s, text.len()));
    }
    pieces
}

fn rsplit_whitespace(text: &[u8], max: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut chars = utf8::chars(text);
    let mut end: Option<usize> = None;
    loop {
        let at = chars.back_offset();
        let Some(cp) = chars.next_back() else { break };
        match (unicode::is_space(cp), end) {
            (true, Some(e)) => {
                pieces.push((at, e));
                end = None;
            }
            (false, None) if pieces.len() == max => {
                pieces.push((0, at));
                pieces.reverse();
                return pieces;
            }
            (false, None) => end = Some(at),
            _ => {}
        }
    }
    if let Some(e) = end {
        pieces.push((0, e));
    }
    pieces.reverse();
    pieces
}

/// `this.split(sep, max)` for a non-empty `sep`: the matches are found in
/// one pass into [`Matches`] (on the stack while there are few), so the
/// list is made at its final size and the pieces go straight into it.
///
/// # Safety
/// `this` must be a `str`.
unsafe fn split_on_into_list(ts: *mut Thread, this: Word, sep: &[u8], max: usize) -> Word {
    let text = unsafe { bytes(this) };
    let mut found = Matches::default();
    let cuts = found.find(text, sep, max);
    if cuts.is_empty() {
        // The whole string is the one piece, as in CPython.
        let piece = unsafe { super::exact(ts, this) };
        return if piece == 0 {
            0
        } else {
            unsafe { list_of(ts, &[piece]) }
        };
    }
    let result = list::with_capacity(ts, cuts.len() + 1);
    if result == 0 {
        return 0;
    }
    let push = |from: usize, to: usize| {
        let piece = unsafe { substring(ts, this, from, to) };
        piece != 0 && unsafe { list::push(ts, result, piece) }
    };
    let mut at = 0;
    for &pos in cuts {
        if !push(at, pos) {
            return 0;
        }
        at = pos + sep.len();
    }
    if push(at, text.len()) { result } else { 0 }
}

/// A new list of the words `items`; 0 with an exception pending.
///
/// # Safety
/// Every item must be a valid word.
unsafe fn list_of(ts: *mut Thread, items: &[Word]) -> Word {
    let result = list::with_capacity(ts, items.len());
    if result == 0 {
        return 0;
    }
    for item in items {
        if unsafe { !list::push(ts, result, *item) } {
            return 0;
        }
    }
    result
}

fn rsplit_on(text: &[u8], sep: &[u8], max: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut end = text.len();
    for pos in super::search::rmatches(text, sep, max) {
        pieces.push((pos + sep.len(), end));
        end = pos;
    }
    pieces.push((0, end));
    pieces.reverse();
    pieces
}

unsafe fn make_list(ts: *mut Thread, this: Word, pieces: &[(usize, usize)]) -> Word {
    // The list is made first, at its final size, and holds each piece as
    // soon as it exists (no vector of words in between).
    // The offsets hold no words: a collection that runs while the pieces
    // are made need not read them as possible pointers (300,000 lines
    // are 600,000 words, read by each collection the split sets off).
    crate::gc::holds_no_words(pieces.as_ptr() as *const u8);
    let result = list::with_capacity(ts, pieces.len());
    if result == 0 {
        return 0;
    }
    let whole = unsafe { bytes(this) }.len();
    for (from, to) in pieces {
        // A piece that is the whole string is the string, as in CPython.
        let piece = if (*from, *to) == (0, whole) {
            unsafe { super::exact(ts, this) }
        } else {
            unsafe { substring(ts, this, *from, *to) }
        };
        if piece == 0 || unsafe { !list::push(ts, result, piece) } {
            return 0;
        }
    }
    result
}
