//! Raising exceptions from Rust code in the runtime.
//!
//! Every helper leaves the exception pending in the thread state and returns
//! the ABI's failure value, so callers can write `return raise(...)`.

use crate::object::{Header, TypeObject, Word};
use crate::thread::Thread;
use crate::types::{exception, str as str_, tuple};

/// Set `exc` (an exception instance) as pending, chaining the exception being
/// handled as its `__context__`, as CPython does for every raise.
pub fn set_pending(ts: *mut Thread, exc: Word) {
    unsafe {
        let handled = (*ts).handled;
        if handled != 0 && handled != exc && exception::is_exception(exc) {
            cut_context_cycle(handled, exc);
            crate::object::cast::<exception::ExceptionObject>(exc).context = handled;
        }
        (*ts).exc = exc;
    }
}

/// Before `exc.__context__ = handled`: if `exc` already appears in the context
/// chain of `handled`, unlink it there so the chain stays acyclic (CPython's
/// rule), without looping forever on a cycle that already exists.
unsafe fn cut_context_cycle(handled: Word, exc: Word) {
    let context_of = |w: Word| unsafe { crate::object::cast::<exception::ExceptionObject>(w) };
    let mut cursor = handled;
    let mut slow = handled;
    let mut advance_slow = false;
    loop {
        let next = context_of(cursor).context;
        if next == 0 {
            return;
        }
        if next == exc {
            context_of(cursor).context = 0;
            return;
        }
        cursor = next;
        if cursor == slow {
            return;
        }
        if advance_slow {
            slow = context_of(slow).context;
        }
        advance_slow = !advance_slow;
    }
}

/// Raise `ty(message)`; returns 0.
pub fn raise(ts: *mut Thread, ty: &'static TypeObject, message: &str) -> Word {
    let text = str_::new(ts, message);
    if text == 0 {
        return 0;
    }
    raise_with_args(ts, ty, &[text])
}

/// Raise `ty(*args)`; returns 0.
pub fn raise_with_args(ts: *mut Thread, ty: &'static TypeObject, args: &[Word]) -> Word {
    let args = tuple::new(ts, args);
    if args == 0 {
        return 0;
    }
    let exc = exception::new(ts, ty, args);
    if exc != 0 {
        set_pending(ts, exc);
    }
    0
}

/// Raise `ty(message)` from a status-returning function; returns -1.
pub fn raise_status(ts: *mut Thread, ty: &'static TypeObject, message: &str) -> i32 {
    raise(ts, ty, message);
    -1
}

/// How CPython's argument parsers name the type of a rejected argument
/// ("... must be str, not None"): `None` itself, else the type's name.
pub fn argument_type_name(w: crate::object::Word) -> &'static str {
    if w == crate::types::none::none() {
        "None"
    } else {
        crate::object::type_of(w).name
    }
}

pub fn type_error(ts: *mut Thread, message: &str) -> Word {
    raise(ts, &exception::TYPE_ERROR, message)
}

pub fn value_error(ts: *mut Thread, message: &str) -> Word {
    raise(ts, &exception::VALUE_ERROR, message)
}

pub fn index_error(ts: *mut Thread, message: &str) -> Word {
    raise(ts, &exception::INDEX_ERROR, message)
}

pub fn zero_division(ts: *mut Thread, message: &str) -> Word {
    raise(ts, &exception::ZERO_DIVISION_ERROR, message)
}

pub fn overflow_error(ts: *mut Thread, message: &str) -> Word {
    raise(ts, &exception::OVERFLOW_ERROR, message)
}

pub fn attribute_error(ts: *mut Thread, message: &str) -> Word {
    raise(ts, &exception::ATTRIBUTE_ERROR, message)
}

pub fn key_error(ts: *mut Thread, key: Word) -> Word {
    raise_with_args(ts, &exception::KEY_ERROR, &[key])
}

/// Raise a `SystemError` for a state the runtime should never reach; returns 0.
pub fn system_error(ts: *mut Thread, message: &str) -> Word {
    raise(ts, &exception::SYSTEM_ERROR, message)
}

/// The Python type name of `w`, for messages like "'int' object is not callable".
pub fn type_name(w: Word) -> &'static str {
    crate::object::type_of(w).name
}

/// `MemoryError` without allocating: a static instance is raised.
pub fn memory_error(ts: *mut Thread) -> *mut Header {
    unsafe {
        (*ts).exc = exception::new_static_memory_error();
    }
    std::ptr::null_mut()
}
