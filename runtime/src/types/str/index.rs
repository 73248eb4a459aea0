//! Code-point positions in non-ASCII strings: a lazily built index of the
//! byte offset of every 32nd code point, so `s[i]`, slicing and `find`
//! results cost O(1) amortised instead of a walk from the start, and a
//! cursor (the last position asked for), so scanning `s[i]` for growing `i`
//! steps one code point at a time.
//!
//! ASCII strings need no index (code point == byte). A long non-ASCII
//! string is allocated with room for its index after its bytes (4 bytes per
//! 32 code points), filled the first time it is indexed; strings are
//! immutable, so it never goes stale. Keeping it inline, rather than in an
//! object of its own, leaves strings without object words: the collector
//! marks them without tracing.

use super::{StrObject, bytes, utf8};
use crate::object::{Word, cast};
use crate::thread::Thread;

/// Code points between samples.
const STRIDE: usize = 32;

/// Byte offset of code point `index` (at most the length) of `w`.
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn byte_offset(ts: *mut Thread, w: Word, index: usize) -> usize {
    let s = unsafe { cast::<StrObject>(w) };
    let b = unsafe { bytes(w) };
    if s.ascii != 0 {
        return index.min(b.len());
    }
    let Some(table) = (unsafe { table(ts, w) }) else {
        return utf8::offset(b, index);
    };
    // A scan (`s[i]` for growing `i`) walks on from the last position asked
    // for; anything else starts at the sample at or before `index`.
    let (last_index, last_offset) = (table[0] as usize, table[1] as usize);
    let samples = &table[CURSOR..];
    let k = index / STRIDE;
    let (from_index, from_offset) = if index >= last_index && index - last_index < STRIDE {
        (last_index, last_offset)
    } else if k < samples.len() {
        (k * STRIDE, samples[k] as usize)
    } else {
        (0, 0)
    };
    let at = from_offset + utf8::offset(&b[from_offset..], index - from_index);
    if index <= s.len as usize {
        table[0] = index as u32;
        table[1] = at as u32;
    }
    at
}

/// Code-point index of byte offset `at` (a code-point boundary) of `w`.
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn char_index(ts: *mut Thread, w: Word, at: usize) -> usize {
    let s = unsafe { cast::<StrObject>(w) };
    let b = unsafe { bytes(w) };
    if s.ascii != 0 {
        return at;
    }
    match unsafe { table(ts, w) } {
        Some(table) => {
            let samples = &table[CURSOR..];
            let k = samples
                .partition_point(|offset| *offset as usize <= at)
                .saturating_sub(1);
            k * STRIDE + utf8::count(&b[samples[k] as usize..at])
        }
        None => utf8::count(&b[..at]),
    }
}

/// Words at the start of the index before the samples: the code-point
/// index and byte offset of the last [`byte_offset`] answer (the cursor).
const CURSOR: usize = 2;

/// The `u32` words of the index of a string of `len` code points in
/// `byte_len` bytes: none for ASCII and short strings (a walk is as fast).
fn index_words(byte_len: usize, len: usize, ascii: bool) -> usize {
    if ascii || len < 2 * STRIDE || byte_len > u32::MAX as usize {
        0
    } else {
        CURSOR + len / STRIDE + 1
    }
}

/// Where the index starts: after the bytes, 4-byte aligned.
fn index_offset(byte_len: usize) -> usize {
    (std::mem::size_of::<StrObject>() + byte_len + 3) & !3
}

/// The allocation size of a string (fields, bytes, index room); `None`
/// when it overflows.
pub(super) fn alloc_size(byte_len: usize, len: usize, ascii: bool) -> Option<usize> {
    let words = index_words(byte_len, len, ascii);
    if words == 0 {
        return std::mem::size_of::<StrObject>().checked_add(byte_len);
    }
    index_offset(byte_len).checked_add(words * 4)
}

/// The index of a long non-ASCII string (the cursor, then the samples),
/// filling it on first use; `None` for strings without one.
#[allow(clippy::mut_from_ref)]
unsafe fn table<'a>(_ts: *mut Thread, w: Word) -> Option<&'a mut [u32]> {
    let s = unsafe { cast::<StrObject>(w) };
    let b = unsafe { bytes(w) };
    let words = index_words(b.len(), s.len as usize, s.ascii != 0);
    if words == 0 {
        return None;
    }
    let table = unsafe {
        std::slice::from_raw_parts_mut((w as *mut u8).add(index_offset(b.len())) as *mut u32, words)
    };
    if s.index == 0 {
        table[0] = 0;
        table[1] = 0;
        let mut chars = utf8::chars(b);
        let mut count = 0;
        let mut at = CURSOR;
        loop {
            if count % STRIDE == 0 && at < words {
                table[at] = chars.offset() as u32;
                at += 1;
            }
            if chars.next().is_none() {
                break;
            }
            count += 1;
        }
        s.index = 1;
    }
    Some(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every position of a long mixed-width string, through the index,
    /// against a plain walk.
    #[test]
    fn index_agrees_with_walking() {
        let ts = super::super::testing::thread();
        let text: String = (0..1000)
            .map(|i| ['a', 'é', '日', '😀'][i % 7 % 4])
            .collect();
        let w = super::super::new(ts, &text);
        let b = text.as_bytes();
        for index in 0..=1000 {
            let at = unsafe { byte_offset(ts, w, index) };
            assert_eq!(at, utf8::offset(b, index), "offset of {index}");
            assert_eq!(unsafe { char_index(ts, w, at) }, index, "index at {at}");
        }
        // Backwards and in jumps, so the cursor is behind, ahead and far.
        for index in (0..=1000)
            .rev()
            .chain((0..=1000).step_by(37))
            .chain([999, 3, 500, 501])
        {
            let at = unsafe { byte_offset(ts, w, index) };
            assert_eq!(at, utf8::offset(b, index), "offset of {index}");
        }
        assert_ne!(unsafe { cast::<StrObject>(w) }.index, 0);
    }
}
