//! The methods of `set` and `frozenset`.

use super::{SET_TYPE, hashed_key, is_any_set, len_of, object, ops, table, update as update_with};
use crate::error::{raise, raise_with_args, type_error};
use crate::object::{Method, Word, type_of};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::bool::from_bool;
use crate::types::exception::KEY_ERROR;
use crate::types::none::none;

pub(super) static SET_METHODS: &[Method] = &[
    Method { name: "add", func: add },
    Method { name: "remove", func: remove },
    Method { name: "discard", func: discard },
    Method { name: "pop", func: pop },
    Method { name: "clear", func: clear },
    Method { name: "update", func: update },
    Method { name: "intersection_update", func: intersection_update },
    Method { name: "difference_update", func: difference_update },
    Method { name: "symmetric_difference_update", func: symmetric_difference_update },
    Method { name: "copy", func: copy },
    Method { name: "union", func: union },
    Method { name: "intersection", func: intersection },
    Method { name: "difference", func: difference },
    Method { name: "symmetric_difference", func: symmetric_difference },
    Method { name: "issubset", func: issubset },
    Method { name: "issuperset", func: issuperset },
    Method { name: "isdisjoint", func: isdisjoint },
];

pub(super) static FROZENSET_METHODS: &[Method] = &[
    Method { name: "copy", func: copy },
    Method { name: "union", func: union },
    Method { name: "intersection", func: intersection },
    Method { name: "difference", func: difference },
    Method { name: "symmetric_difference", func: symmetric_difference },
    Method { name: "issubset", func: issubset },
    Method { name: "issuperset", func: issuperset },
    Method { name: "isdisjoint", func: isdisjoint },
];

/// `self` (a set, or either kind when `any` is set) and the other arguments.
unsafe fn receiver<'a>(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
    name: &str,
    any: bool,
) -> Option<(Word, Args<'a>)> {
    if !any {
        return unsafe { args::method(ts, argv, nargs, kwnames, &SET_TYPE, name) };
    }
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    match a.pos.first() {
        Some(&this) if is_any_set(this) => Some((this, a.skip_self())),
        Some(&this) => {
            let message =
                format!("descriptor '{name}' for 'set' objects doesn't apply to a '{}' object", type_of(this).name);
            type_error(ts, &message);
            None
        }
        None => {
            type_error(ts, &format!("unbound method set.{name}() needs an argument"));
            None
        }
    }
}

/// Defines a method taking exactly one argument.
macro_rules! one_arg_method {
    ($fn_name:ident, $py_name:literal, $any:expr, |$ts:ident, $this:ident, $arg:ident| $body:expr) => {
        unsafe extern "C" fn $fn_name($ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
            let Some(($this, a)) = (unsafe { receiver($ts, argv, nargs, kwnames, $py_name, $any) }) else {
                return 0;
            };
            let qualname = format!("{}.{}", type_of($this).name, $py_name);
            let Some($arg) = args::one($ts, &a, &qualname) else {
                return 0;
            };
            #[allow(unused_unsafe)]
            unsafe {
                $body
            }
        }
    };
}

/// Defines a method taking any number of positional arguments.
macro_rules! varargs_method {
    ($fn_name:ident, $py_name:literal, $any:expr, |$ts:ident, $this:ident, $others:ident| $body:expr) => {
        unsafe extern "C" fn $fn_name($ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
            let Some(($this, a)) = (unsafe { receiver($ts, argv, nargs, kwnames, $py_name, $any) }) else {
                return 0;
            };
            let qualname = format!("{}.{}", type_of($this).name, $py_name);
            if !args::no_keywords($ts, &a, &qualname) {
                return 0;
            }
            let $others = a.pos;
            #[allow(unused_unsafe)]
            unsafe {
                $body
            }
        }
    };
}

/// Defines a method taking no arguments.
macro_rules! no_arg_method {
    ($fn_name:ident, $py_name:literal, $any:expr, |$ts:ident, $this:ident| $body:expr) => {
        unsafe extern "C" fn $fn_name($ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
            let Some(($this, a)) = (unsafe { receiver($ts, argv, nargs, kwnames, $py_name, $any) }) else {
                return 0;
            };
            let qualname = format!("{}.{}", type_of($this).name, $py_name);
            if !args::none($ts, &a, &qualname) {
                return 0;
            }
            #[allow(unused_unsafe)]
            unsafe {
                $body
            }
        }
    };
}

fn status_to_none(status: i32) -> Word {
    if status < 0 { 0 } else { none() }
}

fn bool_result(result: Result<bool, ()>) -> Word {
    match result {
        Ok(b) => from_bool(b),
        Err(()) => 0,
    }
}

one_arg_method!(add, "add", false, |ts, this, key| status_to_none(super::add(ts, this, key)));

one_arg_method!(remove, "remove", false, |ts, this, key| {
    match discard_key(ts, this, key) {
        r if r < 0 => 0,
        0 => raise_with_args(ts, &KEY_ERROR, &[key]),
        _ => none(),
    }
});

one_arg_method!(discard, "discard", false, |ts, this, key| status_to_none(discard_key(ts, this, key)));

/// Remove `key`: 1 if present, 0 if not, -1 with an exception pending.
unsafe fn discard_key(ts: *mut Thread, s: Word, key: Word) -> i32 {
    let Some((key, h)) = (unsafe { hashed_key(ts, key) }) else {
        return -1;
    };
    unsafe { table::discard_entry(ts, object(s), key, h) }
}

no_arg_method!(pop, "pop", false, |ts, this| {
    if len_of(this) == 0 { raise(ts, &KEY_ERROR, "pop from an empty set") } else { table::pop(object(this)) }
});

no_arg_method!(clear, "clear", false, |ts, this| {
    let _ = ts;
    table::clear(object(this));
    none()
});

varargs_method!(update, "update", false, |ts, this, others| {
    for &other in others {
        if update_with(ts, this, other) < 0 {
            return 0;
        }
    }
    none()
});

varargs_method!(intersection_update, "intersection_update", false, |ts, this, others| {
    status_to_none(ops::intersection_update(ts, this, others))
});

varargs_method!(difference_update, "difference_update", false, |ts, this, others| {
    for &other in others {
        if ops::difference_update(ts, this, other) < 0 {
            return 0;
        }
    }
    none()
});

one_arg_method!(symmetric_difference_update, "symmetric_difference_update", false, |ts, this, other| {
    status_to_none(ops::symmetric_difference_update(ts, this, other))
});

no_arg_method!(copy, "copy", true, |ts, this| {
    if crate::object::is_exact(this, &super::FROZENSET_TYPE) { this } else { ops::copy(ts, this) }
});

varargs_method!(union, "union", true, |ts, this, others| ops::union(ts, this, others));

varargs_method!(intersection, "intersection", true, |ts, this, others| ops::intersection_multi(ts, this, others));

varargs_method!(difference, "difference", true, |ts, this, others| ops::difference_multi(ts, this, others));

one_arg_method!(symmetric_difference, "symmetric_difference", true, |ts, this, other| {
    ops::symmetric_difference(ts, this, other)
});

one_arg_method!(issubset, "issubset", true, |ts, this, other| bool_result(ops::issubset(ts, this, other)));

one_arg_method!(issuperset, "issuperset", true, |ts, this, other| bool_result(ops::issuperset(ts, this, other)));

one_arg_method!(isdisjoint, "isdisjoint", true, |ts, this, other| bool_result(ops::isdisjoint(ts, this, other)));

