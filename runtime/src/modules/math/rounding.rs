//! `floor`, `ceil` and `trunc`, which return ints: exact for ints and
//! floats, through a user class's `__floor__` / `__ceil__` / `__trunc__`
//! when it has one (looked up by name on the type, as CPython does).

use super::{one_arg, to_f64};
use crate::error::type_error;
use crate::object::{Word, type_of};
use crate::thread::Thread;
use crate::types::{float, int};

pub(super) unsafe extern "C" fn floor(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    unsafe { round_with(ts, "floor", "__floor__", f64::floor, argv, n, kw) }
}

pub(super) unsafe extern "C" fn ceil(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    unsafe { round_with(ts, "ceil", "__ceil__", f64::ceil, argv, n, kw) }
}

pub(super) unsafe extern "C" fn trunc(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    let Some(arg) = (unsafe { one_arg(ts, "trunc", argv, n, kw) }) else {
        return 0;
    };
    if let Some(result) = unsafe { exact(ts, arg, f64::trunc) } {
        return result;
    }
    if let Some(result) = unsafe { call_user_method(ts, arg, "__trunc__") } {
        return result;
    }
    let message = format!("type {} doesn't define __trunc__ method", type_of(arg).name);
    type_error(ts, &message)
}

unsafe fn round_with(
    ts: *mut Thread,
    name: &str,
    dunder: &str,
    func: fn(f64) -> f64,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    let Some(arg) = (unsafe { one_arg(ts, name, argv, n, kw) }) else {
        return 0;
    };
    if let Some(result) = unsafe { exact(ts, arg, func) } {
        return result;
    }
    if let Some(result) = unsafe { call_user_method(ts, arg, dunder) } {
        return result;
    }
    match to_f64(ts, arg) {
        Some(x) => int::from_f64(ts, func(x)),
        None => 0,
    }
}

/// The result for an int (itself, a bool as an int) or a float.
unsafe fn exact(ts: *mut Thread, arg: Word, func: fn(f64) -> f64) -> Option<Word> {
    if let Some(value) = int::view(arg) {
        return Some(match value {
            int::Int::Small(v) => int::from_i64(ts, v),
            int::Int::Big(_) => arg,
        });
    }
    if float::is_float(arg) {
        return Some(int::from_f64(ts, func(unsafe { float::value(arg) })));
    }
    None
}

/// `type(arg).name(arg)` when `arg` is an instance of a user class defining
/// `name`.
unsafe fn call_user_method(ts: *mut Thread, arg: Word, name: &str) -> Option<Word> {
    if !crate::types::class::is_heap(type_of(arg)) {
        return None;
    }
    let key = crate::types::str::new(ts, name);
    if key == 0 {
        return Some(0);
    }
    let method = crate::types::class::lookup(ts, type_of(arg), key)?;
    Some(unsafe { crate::calls::call_with_self(ts, method, arg, std::ptr::null(), 0, 0) })
}
