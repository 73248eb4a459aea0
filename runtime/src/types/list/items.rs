//! `list` item and slice access: `a[i]`, `a[i:j:k]`, assignment and
//! deletion of both, with CPython's errors.

use super::{Items, items, raw, strategy};
use crate::error::{index_error, raise, type_error};
use crate::object::{Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::exception::VALUE_ERROR;
use crate::types::seq;
use crate::types::slice::{self, SLICE_TYPE};

/// A key that is neither an int nor a slice: "list indices must be integers
/// or slices, not str".
fn bad_key(ts: *mut Thread, key: Word) -> Word {
    type_error(
        ts,
        &format!(
            "list indices must be integers or slices, not {}",
            type_of(key).name
        ),
    )
}

pub(super) unsafe fn getitem(ts: *mut Thread, w: Word, key: Word) -> Word {
    match unsafe { seq::index_of(ts, key) } {
        Ok(Some(index)) => {
            let v = unsafe { raw(w) };
            match seq::normalize(index, v.len()) {
                Some(i) => strategy::load(ts, v, i).unwrap_or(0),
                None => index_error(ts, "list index out of range"),
            }
        }
        Ok(None) if is_instance(key, &SLICE_TYPE) => unsafe { get_slice(ts, w, key) },
        Ok(None) => bad_key(ts, key),
        Err(()) => 0,
    }
}

unsafe fn get_slice(ts: *mut Thread, w: Word, key: Word) -> Word {
    let Some((start, _, step, count)) = slice::indices(ts, key, unsafe { raw(w) }.len() as i64)
    else {
        return 0;
    };
    unsafe { gather_list(ts, w, start, step, count) }
}

/// A new list of the `count` items of list `w` at `start, start + step,
/// ...` (a resolved slice); 0 with `MemoryError` pending.
///
/// # Safety
/// `w` must be a list and the slice resolved against its length.
pub(crate) unsafe fn gather_list(
    ts: *mut Thread,
    w: Word,
    start: i64,
    step: i64,
    count: i64,
) -> Word {
    let kind = unsafe { raw(w) }.kind();
    let result = super::with_capacity_kind(ts, count.max(0) as usize, kind);
    if result == 0 || count <= 0 {
        return result;
    }
    let (source, target) = unsafe { (raw(w), raw(result)) };
    let slots = target.extend_within_capacity(count as usize);
    if step == 1 {
        let start = start as usize;
        slots.copy_from_slice(&source[start..start + count as usize]);
    } else {
        for (k, slot) in slots.iter_mut().enumerate() {
            *slot = source[(start + k as i64 * step) as usize];
        }
    }
    result
}

/// The `count` items at `start, start + step, ...`.
pub(crate) fn gather(v: &[Word], start: i64, step: i64, count: i64) -> Vec<Word> {
    if step == 1 {
        let start = start as usize;
        return v[start..start + count as usize].to_vec();
    }
    (0..count).map(|k| v[(start + k * step) as usize]).collect()
}

pub(super) unsafe fn setitem(ts: *mut Thread, w: Word, key: Word, value: Word) -> i32 {
    match unsafe { seq::index_of(ts, key) } {
        Ok(Some(index)) => match seq::normalize(index, unsafe { raw(w) }.len()) {
            Some(i) => {
                let Some(word) = (unsafe { strategy::encode(ts, w, value) }) else {
                    return -1;
                };
                (unsafe { raw(w) })[i] = word;
                0
            }
            None => {
                index_error(ts, "list assignment index out of range");
                -1
            }
        },
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
    let Some((start, stop, step, count)) = slice::indices(ts, key, unsafe { raw(w) }.len() as i64)
    else {
        return -1;
    };
    let message = if step == 1 {
        "can only assign an iterable"
    } else {
        "must assign iterable to extended slice"
    };
    if !crate::items::is_iterable(value) {
        type_error(ts, message);
        return -1;
    }
    // Materialise first: `a[1:2] = a` and generators that read `a` must see
    // the list as it was.
    let source = unsafe { super::from_iterable(ts, value) };
    if source == 0 {
        return -1;
    }
    let source = unsafe { items(ts, source) };
    let v = unsafe { items(ts, w) };
    if step == 1 {
        // Iterating `value` may have run code that resized the list.
        let start = (start.max(0) as usize).min(v.len());
        let stop = (stop.max(0) as usize).clamp(start, v.len());
        return if unsafe { v.splice(ts, start, stop, source) } {
            0
        } else {
            -1
        };
    }
    if source.len() as i64 != count {
        let message = format!(
            "attempt to assign sequence of size {} to extended slice of size {count}",
            source.len()
        );
        raise(ts, &VALUE_ERROR, &message);
        return -1;
    }
    for (k, &item) in source.iter().enumerate() {
        let pos = start + k as i64 * step;
        if let Some(slot) = v.get_mut(pos as usize) {
            *slot = item;
        }
    }
    0
}

pub(super) unsafe fn delitem(ts: *mut Thread, w: Word, key: Word) -> i32 {
    match unsafe { seq::index_of(ts, key) } {
        Ok(Some(index)) => {
            let v = unsafe { raw(w) };
            match seq::normalize(index, v.len()) {
                Some(i) => {
                    v.remove(i);
                    0
                }
                None => {
                    index_error(ts, "list assignment index out of range");
                    -1
                }
            }
        }
        Ok(None) if is_instance(key, &SLICE_TYPE) => {
            let v = unsafe { raw(w) };
            let Some((start, stop, step, count)) = slice::indices(ts, key, v.len() as i64) else {
                return -1;
            };
            delete_slice(v, start, stop, step, count);
            0
        }
        Ok(None) => {
            bad_key(ts, key);
            -1
        }
        Err(()) => -1,
    }
}

/// Remove the `count` items a resolved slice selects.
fn delete_slice(v: &mut Items, start: i64, stop: i64, step: i64, count: i64) {
    if count <= 0 {
        return;
    }
    if step == 1 {
        v.remove_range(start as usize, stop as usize);
        return;
    }
    // Walk upwards whatever the step's sign: the selected positions are the
    // same set.
    let (first, stride) = if step > 0 {
        (start, step)
    } else {
        (start + (count - 1) * step, -step)
    };
    let mut next = first;
    let mut removed = 0;
    let mut idx = 0i64;
    v.retain(|_| {
        let drop = removed < count && idx == next;
        if drop {
            removed += 1;
            next += stride;
        }
        idx += 1;
        !drop
    });
}
