//! Calling values: `ty_call` dispatches through the callee type's `call`
//! slot (functions, native functions, bound methods, type objects);
//! `ty_call_method` calls `obj.name(...)` without making a bound method when
//! the type has a native method of that name. Argument binding for compiled
//! functions is in `bind`, helpers for native functions in `args`.

pub mod args;
mod bind;
mod star;

pub use bind::{
    ty_bind_args, ty_closure_new, ty_function_cells, ty_function_new, ty_function_set_shape,
};
pub use star::{ty_call_ex, ty_dict_merge, ty_list_extend, ty_set_add, ty_unpack_ex};

use crate::object::{NativeFn, Word, type_of};
use crate::thread::Thread;
use crate::types::str as str_;

/// Arguments at most this long are copied on the stack to prepend `self`.
const SMALL_ARGS: usize = 8;

/// `callee(*args)`: `nargs` counts positional then keyword arguments,
/// `kwnames` (0 or a tuple of str) names the last `len(kwnames)`.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_call(
    ts: *mut Thread,
    callee: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let ty = type_of(callee);
    match ty.slots.call {
        Some(call) => unsafe { call(ts, callee, args, nargs, kwnames) },
        None => crate::error::type_error(ts, &format!("'{}' object is not callable", ty.name)),
    }
}

/// `obj.name(*args)`; `args` excludes `obj`.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_call_method(
    ts: *mut Thread,
    obj: Word,
    name: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let ty = type_of(obj);
    if crate::types::class::is_heap(ty) {
        return unsafe {
            crate::types::class::instance::call_method(ts, obj, name, args, nargs, kwnames)
        };
    }
    if crate::object::is_instance(name, &str_::STR_TYPE)
        && let Some((_, func)) = crate::attr::find_method(ty, unsafe { str_::bytes(name) })
        // `object`'s methods (`__init__`, `__repr__`, ...) come after the
        // type's own `getattr` hook (`super().__init__`), as in `ty_getattr`.
        && (ty.slots.getattr.is_none() || !crate::attr::is_object_method(func))
    {
        return unsafe { call_native_with_self(ts, func, obj, args, nargs, kwnames) };
    }
    let callee = unsafe { crate::entry::ty_getattr(ts, obj, name) };
    if callee == 0 {
        return 0;
    }
    unsafe { ty_call(ts, callee, args, nargs, kwnames) }
}

/// `func(bound, *args)` for a native method.
///
/// # Safety
/// The arguments must follow the `NativeFn` convention.
pub unsafe fn call_native_with_self(
    ts: *mut Thread,
    func: NativeFn,
    bound: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { with_self(bound, args, nargs, |all, n| func(ts, all, n, kwnames)) }
}

/// `callee(bound, *args)` for any callable.
///
/// # Safety
/// The arguments must follow the `NativeFn` convention.
pub unsafe fn call_with_self(
    ts: *mut Thread,
    callee: Word,
    bound: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    // A compiled function (most methods): straight to its generic entry.
    if crate::object::is_exact(callee, &crate::types::function::FUNCTION_TYPE)
        && let Some(entry) =
            unsafe { crate::object::cast::<crate::types::function::FunctionObject>(callee) }.entry
    {
        return unsafe {
            with_self(bound, args, nargs, |all, n| {
                entry(ts, callee, all, n, kwnames)
            })
        };
    }
    unsafe {
        with_self(bound, args, nargs, |all, n| {
            ty_call(ts, callee, all, n, kwnames)
        })
    }
}

/// Call `body` with `[bound, *args]`, copying into a stack buffer when short.
///
/// # Safety
/// `args` must point to `nargs` words.
#[inline]
pub unsafe fn with_self(
    bound: Word,
    args: *const Word,
    nargs: i64,
    body: impl FnOnce(*const Word, i64) -> Word,
) -> Word {
    let rest = unsafe { args::slice(args, nargs) };
    if rest.len() < SMALL_ARGS {
        let mut buffer = [0 as Word; SMALL_ARGS];
        buffer[0] = bound;
        buffer[1..=rest.len()].copy_from_slice(rest);
        body(buffer.as_ptr(), rest.len() as i64 + 1)
    } else {
        let mut all = Vec::with_capacity(rest.len() + 1);
        all.push(bound);
        all.extend_from_slice(rest);
        body(all.as_ptr(), all.len() as i64)
    }
}

/// A thread for unit tests, with the exception machinery ready. Leaked:
/// tests are short-lived.
#[cfg(test)]
pub fn test_thread() -> *mut Thread {
    let ts = Box::into_raw(Box::new(Thread::new(0)));
    crate::types::exception::init(ts);
    ts
}
