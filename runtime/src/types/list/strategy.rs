//! Storage strategies of a list (after PyPy's): the items are object words,
//! or, while every item is an exact `float` that is not a NaN, the raw bits
//! of the doubles, so storing a float allocates nothing and generated code
//! loads an `f64` without unboxing.
//!
//! Float storage starts where floats are known to go: a display whose
//! items are all floats, and typed code storing an unboxed `f64` into an
//! empty list (`ty_list_append_f64`: generated code whose values inference
//! proved to be floats). Copies keep their source's kind (a slice, `copy()`,
//! `list(l)`, `l * n`, `l + m` of two float lists). Generic code storing a
//! float into an empty list keeps object storage (its loads would only box
//! again). Storing anything but a float (an int, a float subclass, a NaN)
//! into a float list converts it to object storage once, boxing every item. NaNs stay boxed so that identity keeps
//! the meaning CPython gives it in comparisons (`x in l`, `l == m` try `is`
//! before `==`, and only a NaN tells the two apart). What is lost is the
//! identity of the boxes themselves: each load makes a new float object, so
//! `l[0] is l[0]` is `False` (see docs/ARCHITECTURE.md).
//!
//! This module is the accessor layer the list's operations share: [`load`]
//! gives an item as an object word whatever the storage, [`encode`] makes a
//! list ready to hold a word and gives the word to store, and [`objects`]
//! converts, for code that needs object words (everything outside the list
//! type reaches items through it).

use super::storage::{FLOATS, Items, OBJECTS};
use super::{ListObject, raw};
use crate::object::{Word, cast, is_small};
use crate::thread::Thread;
use crate::types::float::{self, FLOAT_TYPE};

/// The value of `w` if a float list may hold it raw: an exact float, not
/// a NaN.
#[inline]
pub fn raw_float(w: Word) -> Option<f64> {
    if is_small(w) || !std::ptr::eq(crate::object::type_of(w), &FLOAT_TYPE) {
        return None;
    }
    let v = unsafe { float::value(w) };
    (!v.is_nan()).then_some(v)
}

/// The item at `idx` of storage `v` as an object word (a new float for
/// float storage); `None` past the end, `Some(0)` with `MemoryError`
/// pending.
#[inline]
pub fn load(ts: *mut Thread, v: &Items, idx: usize) -> Option<Word> {
    let w = *v.get(idx)?;
    Some(if v.is_floats() {
        float::new(ts, f64::from_bits(w))
    } else {
        w
    })
}

/// The item at `idx` of list `w` (see [`load`]).
///
/// # Safety
/// `w` must be a list.
#[inline]
pub unsafe fn item(ts: *mut Thread, w: Word, idx: usize) -> Option<Word> {
    load(ts, unsafe { raw(w) }, idx)
}

/// Make list `w` able to hold `value` and give the word to store for it: a
/// float list meeting anything but a raw-able float is converted (an empty
/// one just changes kind). `None` with `MemoryError` pending.
///
/// # Safety
/// `w` must be a list (reachable: a collection may run).
#[inline]
pub unsafe fn encode(ts: *mut Thread, w: Word, value: Word) -> Option<Word> {
    let v = unsafe { raw(w) };
    match raw_float(value) {
        Some(x) if v.is_floats() => Some(x.to_bits()),
        _ => {
            if v.is_floats() && !unsafe { to_objects(ts, w) } {
                return None;
            }
            Some(value)
        }
    }
}

/// Convert list `w` to object storage (a no-op if it is); false with
/// `MemoryError` pending.
///
/// # Safety
/// `w` must be a list (reachable: a collection may run).
pub unsafe fn to_objects(ts: *mut Thread, w: Word) -> bool {
    let v = unsafe { raw(w) };
    if !v.is_floats() {
        return true;
    }
    if v.is_empty() {
        v.set_kind_empty(OBJECTS);
        return true;
    }
    // Box into a temporary list's storage: it is reachable from this frame
    // (the conservative stack scan) and traced while it fills, and the list
    // keeps its floats until the swap.
    let n = v.len();
    let fresh = super::with_capacity(ts, n);
    if fresh == 0 {
        return false;
    }
    let mut idx = 0;
    while idx < n {
        // Boxing may collect, but nothing else runs: `w` keeps its items.
        let bits = unsafe { raw(w) }[idx];
        let boxed = float::new(ts, f64::from_bits(bits));
        if boxed == 0 {
            return false;
        }
        let done = unsafe { raw(fresh).push(ts, boxed) };
        debug_assert!(done, "the room was reserved");
        idx += 1;
    }
    let Some(taken) = (unsafe { raw(fresh).take(ts) }) else {
        return false;
    };
    unsafe { raw(w).replace_with(taken) };
    true
}

/// The storage of list `w` as object words, converting a float list first.
/// Code outside the list type reaches items only through this.
///
/// Running out of memory while converting ends the process with
/// `MemoryError` (the callers have no error path; boxing a list's floats
/// needs as much memory as the list once did in CPython).
///
/// # Safety
/// `w` must be a list (or a subtype).
pub unsafe fn objects<'a>(ts: *mut Thread, w: Word) -> &'a mut Items {
    if unsafe { raw(w) }.is_floats() && !unsafe { to_objects(ts, w) } {
        eprintln!("MemoryError: out of memory converting a list of floats");
        std::process::abort();
    }
    unsafe { &mut cast::<ListObject>(w).items }
}

/// Append the items of list `source` to list `target` (which may be the
/// same list), keeping float storage when both are floats (or `target` is
/// empty); false with `MemoryError` pending.
///
/// # Safety
/// Both must be lists (reachable: a collection may run).
pub unsafe fn extend_from_list(ts: *mut Thread, target: Word, source: Word) -> bool {
    let (t, s) = unsafe { (raw(target), raw(source)) };
    if t.is_floats() != s.is_floats() {
        if t.is_empty() {
            t.set_kind_empty(if s.is_floats() { FLOATS } else { OBJECTS });
        } else if t.is_floats() {
            if !unsafe { to_objects(ts, target) } {
                return false;
            }
        } else {
            return unsafe { push_boxed(ts, target, source) };
        }
    }
    // `a.extend(a)` appends the original items once: growing leaves the
    // old buffer, which the slice points into, as it was.
    let (t, s) = unsafe { (raw(target), raw(source)) };
    unsafe { t.extend_from_slice(ts, s) }
}

/// Append the floats of float list `source`, boxed, to object list
/// `target` (a different list).
unsafe fn push_boxed(ts: *mut Thread, target: Word, source: Word) -> bool {
    let n = unsafe { raw(source) }.len();
    if !unsafe { raw(target).reserve(ts, n) } {
        return false;
    }
    let mut idx = 0;
    while let Some(item) = unsafe { item(ts, source, idx) } {
        if item == 0 || !unsafe { raw(target).push(ts, item) } {
            return false;
        }
        idx += 1;
    }
    true
}

/// Append `words` (object words, not the list's own) to list `w`, raw if
/// they all fit its float storage (with `adopt`, an empty list takes float
/// storage for them); false with `MemoryError` pending.
///
/// # Safety
/// `w` must be a list (reachable: a collection may run).
pub unsafe fn extend_from_words(ts: *mut Thread, w: Word, words: &[Word], adopt: bool) -> bool {
    let v = unsafe { raw(w) };
    let all_floats = !words.is_empty() && words.iter().all(|&x| raw_float(x).is_some());
    if all_floats && (v.is_floats() || (adopt && v.is_empty())) {
        if !v.is_floats() {
            v.set_kind_empty(FLOATS);
        }
        if !unsafe { v.reserve(ts, words.len()) } {
            return false;
        }
        let slots = unsafe { raw(w) }.extend_within_capacity(words.len());
        for (slot, &x) in slots.iter_mut().zip(words) {
            *slot = unsafe { float::value(x) }.to_bits();
        }
        return true;
    }
    if v.is_floats() && !unsafe { to_objects(ts, w) } {
        return false;
    }
    unsafe { raw(w).extend_from_slice(ts, words) }
}

/// Append the double `x` (an unboxed float of typed code) to list `w`:
/// raw in float storage, which an empty list takes; boxed otherwise (and
/// a NaN converts). False with `MemoryError` pending.
///
/// # Safety
/// `w` must be a list (reachable: a collection may run).
pub unsafe fn push_f64(ts: *mut Thread, w: Word, x: f64) -> bool {
    let v = unsafe { raw(w) };
    if !x.is_nan() && (v.is_floats() || v.is_empty()) {
        if !v.is_floats() {
            v.set_kind_empty(FLOATS);
        }
        return unsafe { v.push(ts, x.to_bits()) };
    }
    let boxed = float::new(ts, x);
    boxed != 0 && unsafe { super::push(ts, w, boxed) }
}
