//! Test support for the container unit tests: building values, calling
//! methods and slots the way generated code would, and rendering results
//! as Python's `repr` (or `!Type: message` for a pending exception), so
//! expectations can be pasted from python3.

use crate::object::{Word, small, type_of};
use crate::thread::Thread;
use crate::types::{list, tuple};

/// A thread ready to raise exceptions.
pub fn thread() -> *mut Thread {
    crate::calls::test_thread()
}

pub fn int(v: i64) -> Word {
    small(v).unwrap_or(1)
}

pub fn ints(values: &[i64]) -> Vec<Word> {
    values.iter().map(|v| int(*v)).collect()
}

pub fn string(ts: *mut Thread, text: &str) -> Word {
    crate::types::str::new(ts, text)
}

pub fn int_list(ts: *mut Thread, values: &[i64]) -> Word {
    list::new(ts, ints(values))
}

pub fn int_tuple(ts: *mut Thread, values: &[i64]) -> Word {
    tuple::new(ts, &ints(values))
}

/// `repr(w)`, or the pending exception when `w` is 0.
pub fn show(ts: *mut Thread, w: Word) -> String {
    if w == 0 {
        return pending(ts);
    }
    let text = unsafe { crate::entry::ty_repr(ts, w) };
    if text == 0 {
        return pending(ts);
    }
    unsafe { crate::types::str::lossy(text) }
}

/// `ok` for a status of 0 or 1, the pending exception for -1.
pub fn status(ts: *mut Thread, status: i32) -> String {
    if status < 0 {
        pending(ts)
    } else {
        format!("ok {status}")
    }
}

/// The pending exception as `!Type: message`, cleared.
pub fn pending(ts: *mut Thread) -> String {
    let exc = unsafe { (*ts).exc };
    unsafe { (*ts).exc = 0 };
    if exc == 0 {
        return "!<no exception pending>".to_string();
    }
    let text = unsafe { crate::entry::ty_str(ts, exc) };
    let message = if text == 0 {
        "<str failed>".to_string()
    } else {
        unsafe { crate::types::str::lossy(text) }
    };
    format!("!{}: {message}", type_of(exc).name)
}

/// `obj.name(*args, **dict(kwargs))` through the type's method table.
pub fn method(
    ts: *mut Thread,
    obj: Word,
    name: &str,
    args: &[Word],
    kwargs: &[(&str, Word)],
) -> Word {
    let Some(func) = type_of(obj).find_method(name) else {
        panic!("no method {name} on {}", type_of(obj).name);
    };
    let mut argv = vec![obj];
    argv.extend_from_slice(args);
    argv.extend(kwargs.iter().map(|(_, v)| *v));
    let names: Vec<Word> = kwargs.iter().map(|(k, _)| string(ts, k)).collect();
    let kwnames = if names.is_empty() {
        0
    } else {
        tuple::new(ts, &names)
    };
    unsafe { func(ts, argv.as_ptr(), argv.len() as i64, kwnames) }
}

/// Call a type (its constructor slot) with positional arguments.
pub fn construct(ts: *mut Thread, ty: &'static crate::object::TypeObject, args: &[Word]) -> Word {
    let Some(make) = ty.slots.construct else {
        panic!("{} has no constructor", ty.name);
    };
    unsafe { make(ts, args.as_ptr(), args.len() as i64, 0) }
}

/// Call a native function with positional arguments.
pub fn call(ts: *mut Thread, func: crate::object::NativeFn, args: &[Word]) -> Word {
    unsafe { func(ts, args.as_ptr(), args.len() as i64, 0) }
}
