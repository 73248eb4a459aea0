//! `obj[start:stop:step]` and `obj[start:stop:step] = value` for generated
//! code, without a slice object: an exact list, or an exact ASCII `str` with
//! no step, whose bounds are ints or `None` is sliced directly, anything else gets a slice object and the
//! generic item protocol, so every type (and every `__getitem__` of a
//! subclass) behaves as with `obj[slice(start, stop, step)]`.

use super::storage::OBJECTS;
use super::{LIST_TYPE, items, raw};
use crate::object::{Word, is_exact, is_small, small_value};
use crate::thread::Thread;
use crate::types::none::none;
use crate::types::slice;
use crate::types::str::{self, STR_TYPE};
use crate::types::tuple::TUPLE_TYPE;

/// Whether a slice bound can be resolved without running Python code.
#[inline]
fn plain(w: Word) -> bool {
    is_small(w) || w == none()
}

/// `slice::indices_of_parts` for the common case, inline: bounds that are
/// small ints or `None` and a step other than zero; `None` otherwise (the
/// general function then decides, raising where CPython raises).
#[inline(always)]
fn small_indices(start: Word, stop: Word, step: Word, len: i64) -> Option<(i64, i64, i64, i64)> {
    let part = |w: Word, default: i64| -> Option<i64> {
        if w == none() {
            Some(default)
        } else if is_small(w) {
            Some(small_value(w))
        } else {
            None
        }
    };
    let step = part(step, 1)?;
    if step == 0 {
        return None;
    }
    let step = step.max(-i64::MAX);
    let (default_start, default_stop) = if step < 0 {
        (i64::MAX, i64::MIN)
    } else {
        (0, i64::MAX)
    };
    let start = part(start, default_start)?;
    let stop = part(stop, default_stop)?;
    Some(slice::adjust(start, stop, step, len))
}

/// [`small_indices`], else the general `slice::indices_of_parts`.
#[inline(always)]
fn indices(
    ts: *mut Thread,
    start: Word,
    stop: Word,
    step: Word,
    len: i64,
) -> Option<(i64, i64, i64, i64)> {
    match small_indices(start, stop, step, len) {
        Some(found) => Some(found),
        None => slice::indices_of_parts(ts, start, stop, step, len),
    }
}

/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_getslice(
    ts: *mut Thread,
    obj: Word,
    start: Word,
    stop: Word,
    step: Word,
) -> Word {
    if is_exact(obj, &LIST_TYPE) && plain(start) && plain(stop) && plain(step) {
        let len = unsafe { raw(obj) }.len() as i64;
        let Some((first, _, step, count)) = indices(ts, start, stop, step, len) else {
            return 0;
        };
        return unsafe { super::items::gather_list(ts, obj, first, step, count) };
    }
    if is_exact(obj, &STR_TYPE) && unsafe { str::is_ascii(obj) } {
        // An ASCII string's code points are its bytes: `clock[:2]` is a
        // substring, without a slice object or the item protocol.
        let len = unsafe { str::char_len(obj) } as i64;
        if let Some((first, _, 1, count)) = small_indices(start, stop, step, len) {
            if count == len {
                // The whole of an exact string is the string, as in CPython.
                return obj;
            }
            let (from, n) = (first as usize, count.max(0) as usize);
            return unsafe { str::substring(ts, obj, from, from + n) };
        }
    }
    let key = slice::new(ts, start, stop, step);
    if key == 0 {
        return 0;
    }
    unsafe { crate::entry::ty_getitem(ts, obj, key) }
}

/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_setslice(
    ts: *mut Thread,
    obj: Word,
    start: Word,
    stop: Word,
    step: Word,
    value: Word,
) -> i32 {
    // A contiguous slice of an exact list replaced by the items of an exact
    // list or tuple: no iteration, so no Python code runs in between.
    if is_exact(obj, &LIST_TYPE)
        && plain(start)
        && plain(stop)
        && (step == none() || step == 3)
        && (is_exact(value, &LIST_TYPE) || is_exact(value, &TUPLE_TYPE))
    {
        let len = unsafe { raw(obj) }.len() as i64;
        let Some((first, last, _, _)) = indices(ts, start, stop, none(), len) else {
            return -1;
        };
        let first = first as usize;
        let last = (last.max(0) as usize).max(first);
        // Slice assignment keeps no float storage: both sides as objects.
        let target = unsafe { items(ts, obj) };
        let source: &[Word] = if is_exact(value, &LIST_TYPE) {
            unsafe { items(ts, value) }
        } else {
            unsafe { crate::types::tuple::items(value) }
        };
        // `a[i:j] = a`: copy the source first, as splicing moves it.
        let done = if value == obj {
            let copy = source.to_vec();
            unsafe { target.splice(ts, first, last, &copy) }
        } else {
            unsafe { target.splice(ts, first, last, source) }
        };
        return if done { 0 } else { -1 };
    }
    let key = slice::new(ts, start, stop, step);
    if key == 0 {
        return -1;
    }
    unsafe { crate::entry::ty_setitem(ts, obj, key, value) }
}

/// `dst[start:stop:step] = src[src_start:src_stop:src_step]` where generated
/// code proved nothing runs between the two (see `codegen/list_paths.rs`):
/// for exact lists in object storage with plain bounds and a contiguous
/// target, the source items are copied straight into the target (through
/// a buffer on the stack when they fit, since `src` may be `dst`), without
/// the intermediate list, which no code can see; anything else takes the
/// two steps.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn ty_setslice_slice(
    ts: *mut Thread,
    dst: Word,
    start: Word,
    stop: Word,
    step: Word,
    src: Word,
    src_start: Word,
    src_stop: Word,
    src_step: Word,
) -> i32 {
    let fast = is_exact(dst, &LIST_TYPE)
        && is_exact(src, &LIST_TYPE)
        && unsafe { raw(dst) }.kind() == OBJECTS
        && unsafe { raw(src) }.kind() == OBJECTS
        && plain(src_start)
        && plain(src_stop)
        && plain(src_step)
        && plain(start)
        && plain(stop)
        && (step == none() || step == 3);
    if !fast {
        let value = unsafe { ty_getslice(ts, src, src_start, src_stop, src_step) };
        if value == 0 {
            return -1;
        }
        return unsafe { ty_setslice(ts, dst, start, stop, step, value) };
    }
    // The source slice first, as CPython evaluates the right side first.
    let src_len = unsafe { raw(src) }.len() as i64;
    let Some((first, _, src_step, count)) = indices(ts, src_start, src_stop, src_step, src_len)
    else {
        return -1;
    };
    // `p[:k] = p[k-1::-1]` (a prefix reversed, or any range replaced by
    // itself reversed): swap in place. The target's bounds are plain and
    // its step 1, so resolving them first can neither fail nor run code.
    if src == dst && src_step == -1 && count > 0 {
        let len = unsafe { raw(dst) }.len() as i64;
        if let Some((to_first, to_last, _, _)) = small_indices(start, stop, none(), len) {
            let to_last = to_last.max(to_first);
            if to_last - to_first == count && first == to_last - 1 {
                let target: &mut [Word] = unsafe { raw(dst) };
                target[to_first as usize..to_last as usize].reverse();
                return 0;
            }
        }
    }
    const ON_STACK: usize = 32;
    let mut buffer = [0 as Word; ON_STACK];
    let mut heap: Vec<Word> = Vec::new();
    let source: &[Word] = unsafe { raw(src) };
    let words: &[Word] = if count as usize <= ON_STACK {
        let words = &mut buffer[..count.max(0) as usize];
        for (k, slot) in words.iter_mut().enumerate() {
            *slot = source[(first + k as i64 * src_step) as usize];
        }
        words
    } else {
        heap = super::items::gather(source, first, src_step, count);
        &heap
    };
    let len = unsafe { raw(dst) }.len() as i64;
    let Some((first, last, _, _)) = indices(ts, start, stop, none(), len) else {
        return -1;
    };
    let first = first as usize;
    let last = (last.max(0) as usize).max(first);
    if last - first == words.len() {
        // Same length (a reversed prefix): overwrite in place, word by
        // word, without moving the rest of the list.
        let target: &mut [Word] = unsafe { raw(dst) };
        for (slot, word) in target[first..last].iter_mut().zip(words) {
            *slot = *word;
        }
        return 0;
    }
    let done = unsafe { raw(dst).splice(ts, first, last, words) };
    drop(heap);
    if done { 0 } else { -1 }
}
