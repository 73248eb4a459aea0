//! `bytearray` item and slice access: `a[i]` (an int), `a[i:j:k]` (a new
//! `bytearray`), assignment and deletion of both, with CPython's errors.

use super::{buffer, byte_value, collect, data, new};
use crate::error::{index_error, raise, type_error};
use crate::object::{Word, is_exact, is_instance, small, type_of};
use crate::thread::Thread;
use crate::types::bytes::BYTES_TYPE;
use crate::types::exception::VALUE_ERROR;
use crate::types::seq;
use crate::types::slice::{self, SLICE_TYPE};

fn bad_key(ts: *mut Thread, key: Word) -> Word {
    type_error(
        ts,
        &format!(
            "bytearray indices must be integers or slices, not {}",
            type_of(key).name
        ),
    )
}

pub(super) unsafe fn getitem(ts: *mut Thread, w: Word, key: Word) -> Word {
    match unsafe { seq::index_of(ts, key) } {
        Ok(Some(index)) => {
            let v = unsafe { data(w) };
            match seq::normalize(index, v.len()) {
                Some(i) => small(v[i] as i64).unwrap_or(0),
                None => index_error(ts, "bytearray index out of range"),
            }
        }
        Ok(None) if is_instance(key, &SLICE_TYPE) => {
            let v = unsafe { data(w) };
            let Some((start, _, step, count)) = slice::indices(ts, key, v.len() as i64) else {
                return 0;
            };
            let picked: Vec<u8> = (0..count.max(0))
                .map(|k| v[(start + k * step) as usize])
                .collect();
            new(ts, picked)
        }
        Ok(None) => bad_key(ts, key),
        Err(()) => 0,
    }
}

pub(super) unsafe fn setitem(ts: *mut Thread, w: Word, key: Word, value: Word) -> i32 {
    match unsafe { seq::index_of(ts, key) } {
        Ok(Some(index)) => {
            let Some(byte) = (unsafe { byte_value(ts, value) }) else {
                return -1;
            };
            let v = unsafe { buffer(w) };
            match seq::normalize(index, v.len()) {
                Some(i) => {
                    v[i] = byte;
                    0
                }
                None => {
                    index_error(ts, "bytearray index out of range");
                    -1
                }
            }
        }
        Ok(None) if is_instance(key, &SLICE_TYPE) => unsafe { set_slice(ts, w, key, value) },
        Ok(None) => {
            bad_key(ts, key);
            -1
        }
        Err(()) => -1,
    }
}

/// `a[i:j:k] = value`.
unsafe fn set_slice(ts: *mut Thread, w: Word, key: Word, value: Word) -> i32 {
    let Some((start, stop, step, count)) = slice::indices(ts, key, unsafe { data(w) }.len() as i64)
    else {
        return -1;
    };
    const ONLY: &str = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
    if crate::object::is_small(value)
        || is_instance(value, &crate::types::int::INT_TYPE)
        || crate::types::str::is_str(value)
    {
        type_error(ts, ONLY);
        return -1;
    }
    if step != 1 && is_exact(value, &BYTES_TYPE) {
        // An exact bytes object can neither change nor be the bytearray:
        // stored from in place, without the copy below (sieve's
        // `flags[p * p :: p] = bytes(n)` would copy megabytes).
        let source = unsafe { crate::types::bytes::data(value) };
        return unsafe { store_strided(ts, w, start, step, count, source) };
    }
    // Materialise first: the source may be the bytearray itself, or run code
    // that resizes it.
    let Some(source) = (unsafe { collect(ts, value, ONLY) }) else {
        return -1;
    };
    let v = unsafe { buffer(w) };
    if step == 1 {
        let start = (start.max(0) as usize).min(v.len());
        let stop = (stop.max(0) as usize).clamp(start, v.len());
        v.splice(start..stop, source);
        return 0;
    }
    unsafe { store_strided(ts, w, start, step, count, &source) }
}

/// `a[start::step] = source` for an extended slice of `count` items.
unsafe fn store_strided(
    ts: *mut Thread,
    w: Word,
    start: i64,
    step: i64,
    count: i64,
    source: &[u8],
) -> i32 {
    if source.is_empty() {
        // CPython deletes the items of an extended slice assigned nothing.
        unsafe { delete_strided(buffer(w), start, step, count) };
        return 0;
    }
    if source.len() as i64 != count {
        let message = format!(
            "attempt to assign bytes of size {} to extended slice of size {count}",
            source.len()
        );
        raise(ts, &VALUE_ERROR, &message);
        return -1;
    }
    let v = unsafe { buffer(w) };
    // A forward slice whose last position is in the buffer (as the slice's
    // indices make it) is stored without a test per byte (the sieve's
    // `a[p*p::p] = bytes(n)`).
    if step > 0
        && start >= 0
        && count > 0
        && let Some(last) = (count - 1)
            .checked_mul(step)
            .and_then(|d| d.checked_add(start))
        && (last as usize) < v.len()
    {
        let base = v.as_mut_ptr();
        for (k, &byte) in source.iter().enumerate() {
            // In bounds: `start + k * step` <= `last` < `v.len()`.
            unsafe { *base.add(start as usize + k * step as usize) = byte };
        }
        return 0;
    }
    for (k, &byte) in source.iter().enumerate() {
        let pos = start + k as i64 * step;
        if let Some(slot) = v.get_mut(pos as usize) {
            *slot = byte;
        }
    }
    0
}

/// Removes the `count` items at `start`, `start + step`, ... (in bounds).
fn delete_strided(v: &mut Vec<u8>, start: i64, step: i64, count: i64) {
    if count > 0 {
        let mut drop = vec![false; v.len()];
        for k in 0..count {
            drop[(start + k * step) as usize] = true;
        }
        let mut at = 0;
        v.retain(|_| {
            at += 1;
            !drop[at - 1]
        });
    }
}

pub(super) unsafe fn delitem(ts: *mut Thread, w: Word, key: Word) -> i32 {
    match unsafe { seq::index_of(ts, key) } {
        Ok(Some(index)) => {
            let v = unsafe { buffer(w) };
            match seq::normalize(index, v.len()) {
                Some(i) => {
                    v.remove(i);
                    0
                }
                None => {
                    index_error(ts, "bytearray index out of range");
                    -1
                }
            }
        }
        Ok(None) if is_instance(key, &SLICE_TYPE) => {
            let v = unsafe { buffer(w) };
            let Some((start, _, step, count)) = slice::indices(ts, key, v.len() as i64) else {
                return -1;
            };
            delete_strided(v, start, step, count);
            0
        }
        Ok(None) => {
            bad_key(ts, key);
            -1
        }
        Err(()) => -1,
    }
}
