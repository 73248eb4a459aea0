//! The generic item and iteration entry points: `x[k]`, `x[k] = v`,
//! `del x[k]`, `a, b = x`, `iter(x)`, `next(it)` and `k in x`, dispatching
//! through the type's slots with CPython's errors when a slot is missing.

#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;

use crate::error::{raise, type_error};
use crate::object::{Word, is_exact, is_small, type_of};
use crate::thread::Thread;
use crate::types::dict::{self, DICT_TYPE};
use crate::types::exception::VALUE_ERROR;
use crate::types::str::STR_TYPE;
use crate::types::{list, seq, tuple};
use typhon_abi::ITER_DONE;

/// `obj[key]`.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_getitem(ts: *mut Thread, obj: Word, key: Word) -> Word {
    // `d["name"]` on an exact dict: one probe, no slot dispatch or hashing.
    if is_exact(obj, &DICT_TYPE)
        && is_exact(key, &STR_TYPE)
        && let Some(value) = unsafe { dict::find_str(obj, key) }
    {
        return unsafe { *value };
    }
    // `d[i]` with an inline small int: the same without comparisons.
    if is_exact(obj, &DICT_TYPE)
        && is_small(key)
        && let dict::IntProbe::Found(value) = unsafe { dict::probe_small_int(obj, key) }
    {
        return unsafe { *value };
    }
    match type_of(obj).slots.getitem {
        Some(getitem) => unsafe { getitem(ts, obj, key) },
        None => type_error(
            ts,
            &format!("'{}' object is not subscriptable", type_of(obj).name),
        ),
    }
}

/// `obj[key] = value`: 0, or -1 with an exception pending.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_setitem(ts: *mut Thread, obj: Word, key: Word, value: Word) -> i32 {
    // Replacing the value of a string key of an exact dict changes nothing
    // else (not the dict's version, as in `dict::set_with_hash`). Right
    // after a lookup of the same key (`d.get(k)`, `k in d`) the entry, or
    // that the key is absent, is already known.
    if is_exact(obj, &DICT_TYPE) && is_exact(key, &STR_TYPE) {
        if let Some(done) = unsafe { dict::store_hinted(ts, obj, key, value) } {
            return done;
        }
        if let Some(slot) = unsafe { dict::find_str(obj, key) } {
            unsafe { *slot = value };
            return 0;
        }
    }
    if is_exact(obj, &DICT_TYPE)
        && is_small(key)
        && let dict::IntProbe::Found(slot) = unsafe { dict::probe_small_int(obj, key) }
    {
        unsafe { *slot = value };
        return 0;
    }
    match type_of(obj).slots.setitem {
        Some(setitem) => unsafe { setitem(ts, obj, key, value) },
        None => {
            type_error(
                ts,
                &format!(
                    "'{}' object does not support item assignment",
                    type_of(obj).name
                ),
            );
            -1
        }
    }
}

/// `del obj[key]`: 0, or -1 with an exception pending.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_delitem(ts: *mut Thread, obj: Word, key: Word) -> i32 {
    let ty = type_of(obj);
    if let Some(delitem) = ty.slots.delitem {
        return unsafe { delitem(ts, obj, key) };
    }
    // CPython words it differently for sequences indexed by an int
    // (`del "abc"[0]`) than for everything else (`del 1[0]`).
    let sequence_index =
        ty.slots.getitem.is_some() && matches!(unsafe { seq::index_of(ts, key) }, Ok(Some(_)));
    unsafe { (*ts).exc = 0 };
    let verb = if sequence_index {
        "doesn't"
    } else {
        "does not"
    };
    type_error(
        ts,
        &format!("'{}' object {verb} support item deletion", ty.name),
    );
    -1
}

/// Whether `iter(w)` can work: the type iterates, or is a sequence with
/// `__getitem__`.
pub fn is_iterable(w: Word) -> bool {
    let slots = &type_of(w).slots;
    slots.iter.is_some() || slots.getitem.is_some()
}

/// `iter(obj)`.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_iter(ts: *mut Thread, obj: Word) -> Word {
    let slots = &type_of(obj).slots;
    if let Some(iter) = slots.iter {
        return unsafe { iter(ts, obj) };
    }
    if slots.getitem.is_some() {
        return crate::types::iter::getitem_iter(ts, obj);
    }
    type_error(
        ts,
        &format!("'{}' object is not iterable", type_of(obj).name),
    )
}

/// `next(it)`: the next item, `ITER_DONE` when exhausted, or 0 with an
/// exception pending.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_iter_next(ts: *mut Thread, iter: Word) -> Word {
    match type_of(iter).slots.next {
        Some(next) => unsafe { next(ts, iter) },
        None => type_error(
            ts,
            &format!("'{}' object is not an iterator", type_of(iter).name),
        ),
    }
}

/// `item in container`: 1 / 0, or -1 with an exception pending.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_contains(ts: *mut Thread, container: Word, item: Word) -> i32 {
    let slots = &type_of(container).slots;
    if let Some(contains) = slots.contains {
        return unsafe { contains(ts, container, item) };
    }
    if !is_iterable(container) {
        type_error(
            ts,
            &format!(
                "argument of type '{}' is not iterable",
                type_of(container).name
            ),
        );
        return -1;
    }
    let it = unsafe { ty_iter(ts, container) };
    if it == 0 {
        return -1;
    }
    loop {
        match unsafe { ty_iter_next(ts, it) } {
            0 => return -1,
            ITER_DONE => return 0,
            x => match unsafe { seq::eq(ts, x, item) } {
                0 => {}
                r => return r,
            },
        }
    }
}

/// `a, b, c = obj`: fill `out[0..n]`; 0, or -1 with an exception pending.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_unpack(ts: *mut Thread, obj: Word, n: i64, out: *mut Word) -> i32 {
    let n = n.max(0) as usize;
    let fixed: Option<&[Word]> = if is_exact(obj, &tuple::TUPLE_TYPE) {
        Some(unsafe { tuple::items(obj) })
    } else if is_exact(obj, &list::LIST_TYPE) {
        Some(unsafe { list::items(ts, obj) })
    } else {
        None
    };
    if let Some(values) = fixed {
        if values.len() == n {
            unsafe { std::ptr::copy_nonoverlapping(values.as_ptr(), out, n) };
            return 0;
        }
        return unpack_error(ts, n, values.len());
    }
    if !is_iterable(obj) {
        type_error(
            ts,
            &format!("cannot unpack non-iterable {} object", type_of(obj).name),
        );
        return -1;
    }
    let it = unsafe { ty_iter(ts, obj) };
    if it == 0 {
        return -1;
    }
    for got in 0..n {
        match unsafe { ty_iter_next(ts, it) } {
            0 => return -1,
            ITER_DONE => return unpack_error(ts, n, got),
            item => unsafe { *out.add(got) = item },
        }
    }
    match unsafe { ty_iter_next(ts, it) } {
        0 => -1,
        ITER_DONE => 0,
        _ => unpack_error(ts, n, n + 1),
    }
}

/// The ValueError of an unpacking that got `got` values instead of `expected`.
fn unpack_error(ts: *mut Thread, expected: usize, got: usize) -> i32 {
    let message = if got < expected {
        format!("not enough values to unpack (expected {expected}, got {got})")
    } else {
        format!("too many values to unpack (expected {expected})")
    };
    raise(ts, &VALUE_ERROR, &message);
    -1
}
