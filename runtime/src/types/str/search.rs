//! Substring search and the methods built on it: `find`, `rfind`, `index`,
//! `rindex`, `count`, `startswith`, `endswith`, `replace`.
//!
//! Searching works on the bytes: generalised UTF-8 is self-synchronising, so
//! a byte match of a whole needle always starts and ends on code-point
//! boundaries, and no text needs validating first. The `memchr` crate's
//! vectorised byte and substring searchers do the work (linear time).

use super::args::{self, Spec, Style};
use super::{bytes, char_len, is_str, utf8};
use crate::error::{type_error, value_error};
use crate::object::{Word, small, type_of};
use crate::thread::Thread;
use crate::types::{bool as bool_, tuple};
use memchr::memmem;

/// Byte offset of the first occurrence of `needle` in `hay` (an empty
/// needle is found at 0).
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        // `c in " \n"`: a loop beats setting up the vector search.
        [byte] if hay.len() < 16 => hay.iter().position(|b| b == byte),
        [byte] => memchr::memchr(*byte, hay),
        _ => memmem::find(hay, needle),
    }
}

/// Byte offset of the last occurrence of `needle` in `hay` (an empty
/// needle is found at the end).
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [byte] => memchr::memrchr(*byte, hay),
        _ => memmem::rfind(hay, needle),
    }
}

/// Call `f` with the byte offset of each of up to `max` non-overlapping
/// occurrences of `needle` in `hay`, left to right, while it returns true
/// (false when `f` stopped the walk). An empty needle matches at every
/// code-point boundary.
pub fn each_match(hay: &[u8], needle: &[u8], max: usize, mut f: impl FnMut(usize) -> bool) -> bool {
    match needle {
        [] => {
            let mut chars = utf8::chars(hay);
            for _ in 0..max {
                if !f(chars.offset()) {
                    return false;
                }
                if chars.next().is_none() {
                    break;
                }
            }
            true
        }
        // A line's or a field's separators: eight bytes at a time in line
        // beat a call into the vector search per match.
        [byte] if hay.len() < 256 => each_byte(hay, *byte, max, f),
        [byte] => memchr::memchr_iter(*byte, hay).take(max).all(f),
        _ => memmem::find_iter(hay, needle).take(max).all(f),
    }
}

/// [`each_match`] of one byte in a short `hay`, a word at a time: a byte
/// of `word ^ pattern` is zero where `byte` is, and the classic zero-byte
/// test flags every such byte (and may flag a byte above a true one, so
/// each flag is checked).
fn each_byte(hay: &[u8], byte: u8, max: usize, mut f: impl FnMut(usize) -> bool) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let pattern = ONES * u64::from(byte);
    let mut left = max;
    let mut found = |at: usize| -> Option<bool> {
        if left == 0 {
            return Some(true);
        }
        left -= 1;
        (!f(at)).then_some(false)
    };
    let mut at = 0;
    while let Some(chunk) = hay.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) ^ pattern;
        let mut flags = word.wrapping_sub(ONES) & !word & HIGH;
        while flags != 0 {
            let i = at + (flags.trailing_zeros() / 8) as usize;
            flags &= flags - 1;
            if hay[i] == byte
                && let Some(done) = found(i)
            {
                return done;
            }
        }
        at += 8;
    }
    for (i, b) in hay.iter().enumerate().skip(at) {
        if *b == byte
            && let Some(done) = found(i)
        {
            return done;
        }
    }
    true
}

/// How many match offsets [`Matches`] keeps without a heap vector.
const INLINE_MATCHES: usize = 24;

/// The offsets [`each_match`] finds, found in one pass and kept on the
/// stack while there are few (a line's field separators), so splitting or
/// replacing in a short string allocates nothing but its result. Filled in
/// place by [`Matches::find`]: returning a filled one by value copied it.
#[derive(Default)]
pub struct Matches {
    inline: [usize; INLINE_MATCHES],
    len: usize,
    more: Vec<usize>,
}

impl Matches {
    pub fn find(&mut self, hay: &[u8], needle: &[u8], max: usize) -> &[usize] {
        each_match(hay, needle, max, |at| {
            if self.len < INLINE_MATCHES {
                self.inline[self.len] = at;
            } else {
                if self.len == INLINE_MATCHES {
                    self.more.extend_from_slice(&self.inline);
                }
                self.more.push(at);
            }
            self.len += 1;
            true
        });
        self.as_slice()
    }

    pub fn as_slice(&self) -> &[usize] {
        if self.len <= INLINE_MATCHES {
            &self.inline[..self.len]
        } else {
            &self.more
        }
    }
}

/// Byte offsets of up to `max` non-overlapping occurrences, left to right.
/// An empty needle matches at every code-point boundary.
pub fn matches(hay: &[u8], needle: &[u8], max: usize) -> Vec<usize> {
    if needle.is_empty() {
        let mut found = Vec::new();
        let mut chars = utf8::chars(hay);
        while found.len() < max {
            found.push(chars.offset());
            if chars.next().is_none() {
                break;
            }
        }
        return found;
    }
    match needle {
        [byte] => memchr::memchr_iter(*byte, hay).take(max).collect(),
        _ => memmem::find_iter(hay, needle).take(max).collect(),
    }
}

/// How many non-overlapping occurrences of the non-empty `needle` there are.
pub fn count(hay: &[u8], needle: &[u8]) -> usize {
    match needle {
        [byte] => memchr::memchr_iter(*byte, hay).count(),
        _ => memmem::find_iter(hay, needle).count(),
    }
}

/// Byte offsets of up to `max` non-overlapping occurrences, right to left.
/// An empty needle matches at every code-point boundary.
pub fn rmatches(hay: &[u8], needle: &[u8], max: usize) -> Vec<usize> {
    if needle.is_empty() {
        let mut found = Vec::new();
        let mut chars = utf8::chars(hay);
        while found.len() < max {
            found.push(chars.back_offset());
            if chars.next_back().is_none() {
                break;
            }
        }
        return found;
    }
    memmem::rfind_iter(hay, needle).take(max).collect()
}

/// CPython's `ADJUST_INDICES`: negative bounds count from the end, `end` is
/// capped at `len`; `start` may stay beyond `len` (the caller then finds
/// nothing).
pub fn adjust(start: i64, end: i64, len: usize) -> (i64, i64) {
    let len = len as i64;
    let fix = |v: i64| {
        if v < 0 {
            v.saturating_add(len).max(0)
        } else {
            v
        }
    };
    (fix(start), fix(end).min(len))
}

/// Byte range of the code points `start..end` (both within the string).
///
/// # Safety
/// `w` must be a `str`, `start <= end <= len(w)`.
pub unsafe fn byte_range(ts: *mut Thread, w: Word, start: usize, end: usize) -> (usize, usize) {
    unsafe {
        (
            super::index::byte_offset(ts, w, start),
            super::index::byte_offset(ts, w, end),
        )
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Which {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

macro_rules! search_method {
    ($($fn_name:ident = $py:literal, $which:expr;)*) => {$(
        pub unsafe extern "C" fn $fn_name(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word {
            const SPEC: Spec = Spec::new("str", $py, 1, 3, Style::Counted);
            unsafe { search(ts, &SPEC, $which, args, nargs, kwnames) }
        }
    )*};
}

search_method! {
    find_method = "find", Which::Find;
    rfind_method = "rfind", Which::RFind;
    index_method = "index", Which::Index;
    rindex_method = "rindex", Which::RIndex;
    count_method = "count", Which::Count;
}

unsafe fn search(
    ts: *mut Thread,
    spec: &Spec,
    which: Which,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [sub, start, end])) =
        (unsafe { args::parse::<3>(ts, spec, args, nargs, kwnames) })
    else {
        return 0;
    };
    // CPython converts the bounds before it looks at the substring.
    let (Some(start), Some(end)) = (unsafe { args::slice_bound(ts, start, 0) }, unsafe {
        args::slice_bound(ts, end, i64::MAX)
    }) else {
        return 0;
    };
    if !is_str(sub) {
        return type_error(ts, &format!("must be str, not {}", type_of(sub).name));
    }
    let len = unsafe { char_len(this) };
    let (start, end) = adjust(start, end, len);
    let needle = unsafe { bytes(sub) };
    let sub_len = unsafe { char_len(sub) } as i64;
    let result: i64 = if end - start < sub_len {
        if which == Which::Count { 0 } else { -1 }
    } else {
        let (from, to) = unsafe { byte_range(ts, this, start as usize, end as usize) };
        let hay = unsafe { &bytes(this)[from..to] };
        let found = match which {
            Which::Find | Which::Index => find(hay, needle),
            Which::RFind | Which::RIndex => rfind(hay, needle),
            Which::Count if needle.is_empty() => Some(matches(hay, needle, usize::MAX).len()),
            Which::Count => Some(count(hay, needle)),
        };
        match (which, found) {
            (Which::Count, Some(n)) => n as i64,
            (_, Some(at)) => unsafe { super::index::char_index(ts, this, from + at) as i64 },
            (_, None) => -1,
        }
    };
    if result < 0 && matches!(which, Which::Index | Which::RIndex) {
        return value_error(ts, "substring not found");
    }
    small(result).unwrap_or(0)
}

pub unsafe extern "C" fn startswith(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "startswith", 1, 3, Style::Counted);
    unsafe { tail_match(ts, &SPEC, false, args, nargs, kwnames) }
}

pub unsafe extern "C" fn endswith(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "endswith", 1, 3, Style::Counted);
    unsafe { tail_match(ts, &SPEC, true, args, nargs, kwnames) }
}

unsafe fn tail_match(
    ts: *mut Thread,
    spec: &Spec,
    at_end: bool,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [affix, start, end])) =
        (unsafe { args::parse::<3>(ts, spec, args, nargs, kwnames) })
    else {
        return 0;
    };
    let (Some(start), Some(end)) = (unsafe { args::slice_bound(ts, start, 0) }, unsafe {
        args::slice_bound(ts, end, i64::MAX)
    }) else {
        return 0;
    };
    let name = spec.name;
    let candidates: &[Word] = if crate::object::is_instance(affix, &tuple::TUPLE_TYPE) {
        unsafe { tuple::items(affix) }
    } else if is_str(affix) {
        std::slice::from_ref(&affix)
    } else {
        let message = format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_of(affix).name
        );
        return type_error(ts, &message);
    };
    let (start, end) = adjust(start, end, unsafe { char_len(this) });
    for candidate in candidates {
        if !is_str(*candidate) {
            let message = format!(
                "tuple for {name} must only contain str, not {}",
                type_of(*candidate).name
            );
            return type_error(ts, &message);
        }
        let sub_len = unsafe { char_len(*candidate) } as i64;
        if end - sub_len < start {
            continue;
        }
        let (from, to) = unsafe { byte_range(ts, this, start as usize, end as usize) };
        let hay = unsafe { &bytes(this)[from..to] };
        let needle = unsafe { bytes(*candidate) };
        if (at_end && hay.ends_with(needle)) || (!at_end && hay.starts_with(needle)) {
            return bool_::true_();
        }
    }
    bool_::false_()
}

/// `str.replace(old, new, count=-1)`.
pub unsafe extern "C" fn replace(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "replace", 2, 3, Style::Expected);
    let Some((this, [old, new, count])) =
        (unsafe { args::parse::<3>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    for (position, arg) in [(1, old), (2, new)] {
        if !is_str(arg) {
            return type_error(
                ts,
                &format!(
                    "replace() argument {position} must be str, not {}",
                    crate::error::argument_type_name(arg)
                ),
            );
        }
    }
    let Some(max) = (unsafe { args::limit_arg(ts, count) }) else {
        return 0;
    };
    let hay = unsafe { bytes(this) };
    let (old_b, new_b) = unsafe { (bytes(old), bytes(new)) };
    let mut matches = Matches::default();
    let found = matches.find(hay, old_b, max);
    if found.is_empty() {
        return unsafe { super::exact(ts, this) };
    }
    // The result's sizes follow from the counts (matches of a whole needle
    // start and end on code-point boundaries), so it is written in place,
    // with no buffer in between and no rescan for its length.
    let n = found.len();
    let sizes = n.checked_mul(new_b.len()).and_then(|added| {
        let bytes = (hay.len() - n * old_b.len()).checked_add(added)?;
        let chars = unsafe { char_len(this) - n * char_len(old) + n * char_len(new) };
        Some((bytes, chars))
    });
    let Some((total, chars)) = sizes else {
        crate::error::memory_error(ts);
        return 0;
    };
    super::build(ts, total, chars, total == chars, |buf| {
        let (mut at, mut out) = (0, 0);
        for &pos in found {
            let kept = pos - at;
            super::copy_piece(&mut buf[out..out + kept], &hay[at..pos]);
            out += kept;
            super::copy_piece(&mut buf[out..out + new_b.len()], new_b);
            out += new_b.len();
            at = pos + old_b.len();
        }
        super::copy_piece(&mut buf[out..], &hay[at..]);
    })
}
