//! `$enter_context(manager)`: the start of a `with` statement. Looks
//! `__enter__` and `__exit__` up on the manager's type (as CPython's
//! `BEFORE_WITH` does), calls `__enter__`, and returns `(bound __exit__,
//! value)`; the compiled code calls the exit with the exception's type and
//! value and traceback, or three `None`s.

use crate::calls::args::Args;
use crate::object::{TypeObject, Word, type_of};
use crate::thread::Thread;
use crate::types::{function, str as str_, tuple};

/// The attribute `name` of `mgr` as its type provides it (bound), or 0
/// with nothing pending when the type has none.
pub(crate) unsafe fn special(ts: *mut Thread, mgr: Word, name: &str) -> Word {
    let ty = type_of(mgr);
    if super::is_heap(ty) {
        let key = str_::new(ts, name);
        if key == 0 {
            return 0;
        }
        return match super::lookup(ts, ty, key) {
            Some(value) => unsafe {
                super::descr::get(ts, value, mgr, ty as *const TypeObject as Word)
            },
            None => 0,
        };
    }
    match crate::attr::find_method(ty, name.as_bytes()) {
        Some((method_name, func)) => function::bind_native(ts, mgr, method_name, func),
        None => 0,
    }
}

/// `$enter_context(manager)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn enter_context(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    let [mgr] = call.positional else {
        return crate::error::system_error(ts, "bad $enter_context call");
    };
    let name = type_of(*mgr).name;
    let enter = unsafe { special(ts, *mgr, "__enter__") };
    if enter == 0 {
        if unsafe { (*ts).exc } != 0 {
            return 0;
        }
        let message = format!("'{name}' object does not support the context manager protocol");
        return crate::error::type_error(ts, &message);
    }
    let exit = unsafe { special(ts, *mgr, "__exit__") };
    if exit == 0 {
        if unsafe { (*ts).exc } != 0 {
            return 0;
        }
        let message = format!(
            "'{name}' object does not support the context manager protocol (missed __exit__ method)"
        );
        return crate::error::type_error(ts, &message);
    }
    let value = unsafe { crate::calls::ty_call(ts, enter, std::ptr::null(), 0, 0) };
    if value == 0 {
        return 0;
    }
    tuple::new(ts, &[exit, value])
}
