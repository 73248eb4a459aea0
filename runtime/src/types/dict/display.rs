//! Dict displays (`{k1: v1, k2: v2}`) for generated code.
//!
//! A display whose keys are all distinct `str` constants (the compiler
//! knows, `ty_build_dict_const`) lays out the same table every time it
//! runs: the first run builds it the general way and keeps an image of the
//! table (keys, hashes, index slots; `table::Image`) in the display's site
//! cache, and later runs copy that image and write the values in, with no
//! hashing, probing or per-key insertion. Constants live as long as the
//! program, so the keys an image names stay alive without it being traced.

use super::table::{self, Image};
use super::{Entry, object, set, with_capacity};
use crate::object::{Word, is_exact};
use crate::thread::Thread;
use crate::types::str::{self as str_, STR_TYPE};
use std::sync::atomic::{AtomicPtr, Ordering};

/// `{k1: v1, k2: v2}` for generated code.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_build_dict(
    ts: *mut Thread,
    keys: *const Word,
    values: *const Word,
    n: i64,
) -> Word {
    let d = with_capacity(ts, n.max(0) as usize);
    if d == 0 {
        return 0;
    }
    for idx in 0..n.max(0) as usize {
        let (key, value) = unsafe { (*keys.add(idx), *values.add(idx)) };
        if is_exact(key, &STR_TYPE) && unsafe { push_new_str(d, key, value) } {
            continue;
        }
        if unsafe { set(ts, d, key, value) } < 0 {
            return 0;
        }
    }
    d
}

/// [`ty_build_dict`] for a display whose `n` (at least 1) keys are
/// distinct `str` constants, with the word at `cache` (0 at first) its
/// own: it holds the image of the table the first run made, which later
/// runs copy. Should a run be given other keys than the image's (the
/// compiler never does), it takes the general path.
///
/// # Safety
/// As [`ty_build_dict`]; `cache` is this display's zeroed, word-aligned
/// cache, and the keys are objects that live as long as the program.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_build_dict_const(
    ts: *mut Thread,
    keys: *const Word,
    values: *const Word,
    n: i64,
    cache: *mut Word,
) -> Word {
    let cell = unsafe { &*(cache as *const AtomicPtr<Image>) };
    let image = cell.load(Ordering::Acquire);
    let n = n.max(0) as usize;
    let keys = unsafe { std::slice::from_raw_parts(keys, n) };
    if image.is_null() {
        return unsafe { first_build(ts, keys, values, cell) };
    }
    let image = unsafe { &*image };
    let entries = image.entries();
    if entries.len() != n || entries.iter().zip(keys).any(|(e, k)| e.key != *k) {
        return unsafe { ty_build_dict(ts, keys.as_ptr(), values, n as i64) };
    }
    let d = super::new(ts);
    if d == 0 {
        return 0;
    }
    let t = unsafe { table::alloc_from_image(ts, image) };
    if t.is_null() {
        return 0;
    }
    // Entry `i` is key `i`'s: the keys are distinct, so the first run
    // appended them in order.
    let copied = unsafe { (*t).entries_mut() };
    for (idx, e) in copied.iter_mut().enumerate() {
        e.value = unsafe { *values.add(idx) };
    }
    let obj = unsafe { object(d) };
    obj.table = t;
    obj.used = n;
    // As many changes as the general path's insertions count.
    obj.version = n as u64;
    d
}

/// The first run of a constant-key display: built the general way, then
/// imaged when it holds every key, in order, all exact strings.
#[cold]
unsafe fn first_build(
    ts: *mut Thread,
    keys: &[Word],
    values: *const Word,
    cell: &AtomicPtr<Image>,
) -> Word {
    let d = unsafe { ty_build_dict(ts, keys.as_ptr(), values, keys.len() as i64) };
    if d == 0 {
        return 0;
    }
    let obj = unsafe { object(d) };
    if obj.table.is_null() || obj.used != keys.len() {
        return d;
    }
    let t = unsafe { &*obj.table };
    let in_order = t.entries().len() == keys.len()
        && t.entries()
            .iter()
            .zip(keys)
            .all(|(e, k): (&Entry, &Word)| e.key == *k && is_exact(*k, &STR_TYPE));
    if in_order {
        let image = Box::into_raw(Box::new(t.image()));
        // Another thread may have stored one first: either image is right.
        if cell
            .compare_exchange(
                std::ptr::null_mut(),
                image,
                Ordering::AcqRel,
                Ordering::Acquire,
            )
            .is_err()
        {
            drop(unsafe { Box::from_raw(image) });
        }
    }
    d
}

/// Append `key` (an exact `str`) -> `value` to the dict a display is
/// building when no key already in it has the same hash, so it cannot be
/// present: one probe, no comparison, no call. False (nothing done) when
/// a key with that hash is there (maybe the same key again, maybe a
/// subclass instance whose `__eq__` must run) or the table is full: the
/// caller then takes the general path.
///
/// # Safety
/// `d` is a dict with a table; `key` an exact `str`.
#[inline]
unsafe fn push_new_str(d: Word, key: Word, value: Word) -> bool {
    let hash = unsafe { str_::hash_of(key) };
    let obj = unsafe { object(d) };
    let t = unsafe { &mut *obj.table };
    if t.is_full() {
        return false;
    }
    if !t.push_if_hash_absent(Entry { hash, key, value }) {
        return false;
    }
    obj.used += 1;
    obj.version += 1;
    true
}
