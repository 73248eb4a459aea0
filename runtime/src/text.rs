//! The text protocol: the `ty_str`, `ty_repr`, `ty_ascii`,
//! `ty_str_from_utf8` and `ty_str_concat_n` entry points, and the default
//! `<T object at 0x...>` repr every type without its own falls back to.
//!
//! Slots are looked up along the base chain, as CPython inherits `tp_repr`
//! and `tp_str`: `str(x)` uses the nearest `str` slot, and a type with none
//! (only `object` above it) shows its repr.

use crate::error::type_error;
use crate::object::{TypeObject, Word, type_of};
use crate::thread::Thread;
use crate::types::str as str_;

/// A `str` from the bytes of a literal (generalised UTF-8).
///
/// # Safety
/// `bytes` must point at `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_str_from_utf8(ts: *mut Thread, bytes: *const u8, len: i64) -> Word {
    if len <= 0 || bytes.is_null() {
        return str_::empty();
    }
    str_::from_bytes(ts, unsafe {
        std::slice::from_raw_parts(bytes, len as usize)
    })
}

/// `str(obj)`.
///
/// # Safety
/// `obj` must be a valid word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_str(ts: *mut Thread, obj: Word) -> Word {
    if crate::object::is_exact(obj, &str_::STR_TYPE) {
        return obj;
    }
    if crate::object::is_small(obj) {
        return str_::from_i64(ts, crate::object::small_value(obj));
    }
    match find_slot(type_of(obj), |ty| ty.slots.str) {
        Some(slot) => unsafe { checked(ts, slot(ts, obj), "__str__") },
        None => unsafe { ty_repr(ts, obj) },
    }
}

/// `repr(obj)`.
///
/// # Safety
/// `obj` must be a valid word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_repr(ts: *mut Thread, obj: Word) -> Word {
    match find_slot(type_of(obj), |ty| ty.slots.repr) {
        Some(slot) => unsafe { checked(ts, slot(ts, obj), "__repr__") },
        None => default_repr(ts, obj),
    }
}

/// `ascii(obj)`: the repr with every non-ASCII code point escaped.
///
/// # Safety
/// `obj` must be a valid word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_ascii(ts: *mut Thread, obj: Word) -> Word {
    let repr = unsafe { ty_repr(ts, obj) };
    if repr == 0 || unsafe { str_::is_ascii(repr) } {
        return repr;
    }
    let escaped = str_::repr::escape_non_ascii(unsafe { str_::bytes(repr) });
    str_::from_parts(ts, &escaped, escaped.len(), true)
}

/// Concatenate `n` strings (the pieces of an f-string).
///
/// # Safety
/// `parts` must point at `n` valid words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_str_concat_n(ts: *mut Thread, parts: *const Word, n: i64) -> Word {
    if n <= 0 || parts.is_null() {
        return str_::empty();
    }
    let parts = unsafe { std::slice::from_raw_parts(parts, n as usize) };
    if let Some(bad) = parts.iter().find(|part| !str_::is_str(**part)) {
        return type_error(
            ts,
            &format!(
                "can only concatenate str (not \"{}\") to str",
                type_of(*bad).name
            ),
        );
    }
    unsafe { str_::concat(ts, parts) }
}

/// `<typename object at 0x...>`, the repr of objects whose type has none.
pub fn default_repr(ts: *mut Thread, obj: Word) -> Word {
    str_::new(
        ts,
        &format!("<{} object at 0x{:x}>", type_of(obj).name, obj),
    )
}

/// The nearest slot along the base chain.
fn find_slot<T>(mut ty: &'static TypeObject, get: impl Fn(&TypeObject) -> Option<T>) -> Option<T> {
    loop {
        if let Some(slot) = get(ty) {
            return Some(slot);
        }
        if ty.base.is_null() {
            return None;
        }
        ty = unsafe { &*ty.base };
    }
}

/// A slot's result, which must be a `str` (user `__repr__` may return anything).
unsafe fn checked(ts: *mut Thread, result: Word, what: &str) -> Word {
    if result == 0 || str_::is_str(result) {
        return result;
    }
    type_error(
        ts,
        &format!("{what} returned non-string (type {})", type_of(result).name),
    )
}
