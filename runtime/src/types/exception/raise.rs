//! The entry points behind `raise`, `try`/`except` and tracebacks.
//!
//! Generated code propagates an exception by returning 0 with it pending in
//! `ts.exc`; each frame it leaves appends `(frame, line)` with
//! `ty_traceback_add`. A handler takes the exception with
//! `ty_fetch_exception`, tests it with `ty_exception_matches`, and brackets
//! its body with `ty_handler_enter` / `ty_handler_exit` so that bare `raise`
//! and implicit chaining see it.

use super::{ExceptionObject, as_type, is_exception, is_exception_type};
use crate::error::{raise, set_pending};
use crate::object::{Word, cast};
use crate::thread::Thread;
use crate::types::{none, tuple};
use typhon_abi::FrameInfo;

/// `raise X`: an exception instance, or an exception class called with no
/// arguments. Always returns 0.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_raise(ts: *mut Thread, exc: Word) -> Word {
    let exc = unsafe { instantiate(ts, exc, "exceptions must derive from BaseException") };
    if exc != 0 {
        set_pending(ts, exc);
    }
    0
}

/// `raise X from Y`: Y is None or an exception (instance or class).
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_raise_from(ts: *mut Thread, exc: Word, cause: Word) -> Word {
    let exc = unsafe { instantiate(ts, exc, "exceptions must derive from BaseException") };
    if exc == 0 {
        return 0;
    }
    let cause = if cause == none::none() {
        0
    } else {
        let cause =
            unsafe { instantiate(ts, cause, "exception causes must derive from BaseException") };
        if cause == 0 {
            return 0;
        }
        cause
    };
    let obj = unsafe { cast::<ExceptionObject>(exc) };
    obj.cause = cause;
    obj.suppress_context = 1;
    set_pending(ts, exc);
    0
}

/// Bare `raise`: the exception being handled, unchanged. An exception is
/// pending either way; the result tells generated code which case it is:
/// the re-raised exception (non-zero), after which it adds no traceback
/// entry (the frame's entry from when the exception first arrived stays, as
/// in CPython), or 0 for a new `RuntimeError` when nothing is being handled,
/// which gets this frame's entry like any other new exception.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_reraise(ts: *mut Thread) -> Word {
    let handled = unsafe { (*ts).handled };
    if handled == 0 {
        return raise(ts, &super::RUNTIME_ERROR, "No active exception to reraise");
    }
    unsafe { (*ts).exc = handled };
    handled
}

/// Take the pending exception (the start of every handler block).
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_fetch_exception(ts: *mut Thread) -> Word {
    unsafe { std::mem::replace(&mut (*ts).exc, 0) }
}

/// `except kind:` where `kind` is a class or a tuple of classes:
/// 1 if `exc` matches, 0 if not, -1 with `TypeError` pending when a class
/// does not derive from `BaseException` (checked even after a match, as
/// CPython does).
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_exception_matches(ts: *mut Thread, exc: Word, kind: Word) -> i32 {
    if !valid_except_kind(kind) {
        raise(
            ts,
            &super::TYPE_ERROR,
            "catching classes that do not inherit from BaseException is not allowed",
        );
        // The TypeError happens while `exc` is being handled.
        let pending = unsafe { (*ts).exc };
        if is_exception(pending) && pending != exc {
            unsafe { cast::<ExceptionObject>(pending) }.context = exc;
        }
        return -1;
    }
    i32::from(matches_kind(exc, kind))
}

/// Start an `except` block: `exc` becomes the handled exception; returns the
/// previous one for `ty_handler_exit`.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_handler_enter(ts: *mut Thread, exc: Word) -> Word {
    unsafe { std::mem::replace(&mut (*ts).handled, exc) }
}

/// End an `except` block, however it ends.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_handler_exit(ts: *mut Thread, saved: Word) {
    unsafe { (*ts).handled = saved };
}

/// Make `exc` pending again (no clause matched, or a `finally` finished),
/// without chaining and without a traceback entry.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_restore_exception(ts: *mut Thread, exc: Word) {
    unsafe { (*ts).exc = exc };
}

/// Append `(frame, line)` to the pending exception's traceback as it leaves
/// a generated frame.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_traceback_add(ts: *mut Thread, frame: *const FrameInfo, line: i32) {
    let exc = unsafe { (*ts).exc };
    if is_exception(exc) {
        unsafe { cast::<ExceptionObject>(exc) }
            .traceback
            .push((frame, line));
    }
}

/// Reading a local variable that has no value.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_raise_unbound_local(ts: *mut Thread, name: *const u8) -> Word {
    let name = unsafe { c_text(name) };
    let message =
        format!("cannot access local variable '{name}' where it is not associated with a value");
    raise(ts, &super::UNBOUND_LOCAL_ERROR, &message)
}

/// Reading a global or builtin name that has no value.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_raise_name_error(ts: *mut Thread, name: *const u8) -> Word {
    let name = unsafe { c_text(name) };
    raise(
        ts,
        &super::NAME_ERROR,
        &format!("name '{name}' is not defined"),
    )
}

/// A class call whose instance generated code does not make found the
/// depth limit exceeded (`$new_instance`'s check, with its message).
///
/// # Safety
/// `ts` is the current thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_raise_type_call_recursion_error(ts: *mut Thread) -> Word {
    raise(
        ts,
        &super::RECURSION_ERROR,
        "maximum recursion depth exceeded while calling a Python object",
    )
}

/// A prologue found the depth or stack limit exceeded.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_raise_recursion_error(ts: *mut Thread) -> Word {
    raise(
        ts,
        &super::RECURSION_ERROR,
        "maximum recursion depth exceeded",
    )
}

/// A failed `assert`: `message` is the assertion's message value, or 0.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_assert_fail(ts: *mut Thread, message: Word) -> Word {
    let args: &[Word] = if message == 0 {
        &[]
    } else {
        std::slice::from_ref(&message)
    };
    crate::error::raise_with_args(ts, &super::ASSERTION_ERROR, args)
}

/// The exception `raise` should set for `value`: an instance as is, a class
/// called with no arguments; otherwise `TypeError(message)`.
unsafe fn instantiate(ts: *mut Thread, value: Word, message: &str) -> Word {
    if is_exception(value) {
        return value;
    }
    if is_exception_type(value) {
        let result = unsafe { crate::entry::ty_call(ts, value, std::ptr::null(), 0, 0) };
        if result == 0 {
            return 0;
        }
        if !is_exception(result) {
            let got = crate::error::type_name(result);
            return crate::error::type_error(
                ts,
                &format!(
                    "calling {} should have returned an instance of BaseException, not {got}",
                    type_label(value)
                ),
            );
        }
        return result;
    }
    crate::error::type_error(ts, message)
}

fn type_label(ty: Word) -> String {
    as_type(ty).map_or_else(String::new, |ty| format!("<class '{}'>", ty.name))
}

/// A class, or a tuple of classes: CPython 3.11 rejects nested tuples here.
pub(super) fn valid_except_kind(kind: Word) -> bool {
    if is_exception_type(kind) {
        return true;
    }
    if kind != 0 && crate::object::is_instance(kind, &tuple::TUPLE_TYPE) {
        return unsafe { tuple::items(kind) }
            .iter()
            .all(|item| is_exception_type(*item));
    }
    false
}

pub(super) fn matches_kind(exc: Word, kind: Word) -> bool {
    let exc_type = crate::object::type_of(exc);
    match as_type(kind) {
        Some(ty) => exc_type.is_subtype(ty),
        None => unsafe { tuple::items(kind) }
            .iter()
            .filter_map(|item| as_type(*item))
            .any(|ty| exc_type.is_subtype(ty)),
    }
}

/// A NUL-terminated name from generated code, as text for a message.
unsafe fn c_text(name: *const u8) -> String {
    if name.is_null() {
        return String::new();
    }
    let bytes = unsafe { std::ffi::CStr::from_ptr(name as *const std::ffi::c_char) }.to_bytes();
    String::from_utf8_lossy(bytes).into_owned()
}
