//! The methods of `set` and `frozenset`.

use super::{
    FROZENSET_TYPE, SET_TYPE, compare, hashed_key, is_any_set, len_of, object, ops, table,
    update as update_with,
};
use crate::error::{raise, raise_with_args, type_error};
use crate::object::{Word, is_exact, type_of};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::bool::from_bool;
use crate::types::exception::KEY_ERROR;
use crate::types::none::none;

crate::method_table! {
pub(super) static SET_METHODS = "set" [
    Method {
        name: "__init__",
        func: crate::types::class::builtin_base::set_init,
    },
    Method {
        name: "add",
        func: add,
    },
    Method {
        name: "remove",
        func: remove,
    },
    Method {
        name: "discard",
        func: discard,
    },
    Method {
        name: "pop",
        func: pop,
    },
    Method {
        name: "clear",
        func: clear,
    },
    Method {
        name: "update",
        func: update,
    },
    Method {
        name: "intersection_update",
        func: intersection_update,
    },
    Method {
        name: "difference_update",
        func: difference_update,
    },
    Method {
        name: "symmetric_difference_update",
        func: symmetric_difference_update,
    },
    Method {
        name: "copy",
        func: copy,
    },
    Method {
        name: "union",
        func: union,
    },
    Method {
        name: "intersection",
        func: intersection,
    },
    Method {
        name: "difference",
        func: difference,
    },
    Method {
        name: "symmetric_difference",
        func: symmetric_difference,
    },
    Method {
        name: "issubset",
        func: issubset,
    },
    Method {
        name: "issuperset",
        func: issuperset,
    },
    Method {
        name: "isdisjoint",
        func: isdisjoint,
    },
];
}

crate::method_table! {
pub(super) static FROZENSET_METHODS = "frozenset" [
    Method {
        name: "copy",
        func: copy,
    },
    Method {
        name: "union",
        func: union,
    },
    Method {
        name: "intersection",
        func: intersection,
    },
    Method {
        name: "difference",
        func: difference,
    },
    Method {
        name: "symmetric_difference",
        func: symmetric_difference,
    },
    Method {
        name: "issubset",
        func: issubset,
    },
    Method {
        name: "issuperset",
        func: issuperset,
    },
    Method {
        name: "isdisjoint",
        func: isdisjoint,
    },
];
}

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
            let message = format!(
                "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
                type_of(this).name
            );
            type_error(ts, &message);
            None
        }
        None => {
            type_error(
                ts,
                &format!("unbound method set.{name}() needs an argument"),
            );
            None
        }
    }
}

/// The body of a method taking one argument.
type OneArg = unsafe fn(*mut Thread, Word, Word) -> Word;
/// The body of a method taking any number of positional arguments.
type VarArgs = unsafe fn(*mut Thread, Word, &[Word]) -> Word;
/// The body of a method taking no arguments.
type NoArgs = unsafe fn(*mut Thread, Word) -> Word;

/// Check the receiver and one argument, then run `body`.
unsafe fn one_arg(
    ts: *mut Thread,
    call: (*const Word, i64, Word),
    name: &str,
    any: bool,
    body: OneArg,
) -> Word {
    let Some((this, a)) = (unsafe { receiver(ts, call.0, call.1, call.2, name, any) }) else {
        return 0;
    };
    if let ([arg], []) = (a.pos, a.names) {
        return unsafe { body(ts, this, *arg) };
    }
    let qualname = format!("{}.{name}", type_of(this).name);
    match args::one(ts, &a, &qualname) {
        Some(arg) => unsafe { body(ts, this, arg) },
        None => 0,
    }
}

/// Check the receiver and that no keywords are given, then run `body`.
unsafe fn var_args(
    ts: *mut Thread,
    call: (*const Word, i64, Word),
    name: &str,
    any: bool,
    body: VarArgs,
) -> Word {
    let Some((this, a)) = (unsafe { receiver(ts, call.0, call.1, call.2, name, any) }) else {
        return 0;
    };
    if !a.names.is_empty() {
        let qualname = format!("{}.{name}", type_of(this).name);
        args::no_keywords(ts, &a, &qualname);
        return 0;
    }
    unsafe { body(ts, this, a.pos) }
}

/// Check the receiver and that no arguments are given, then run `body`.
unsafe fn no_args(
    ts: *mut Thread,
    call: (*const Word, i64, Word),
    name: &str,
    any: bool,
    body: NoArgs,
) -> Word {
    let Some((this, a)) = (unsafe { receiver(ts, call.0, call.1, call.2, name, any) }) else {
        return 0;
    };
    let ok = a.pos.is_empty() && a.names.is_empty()
        || args::none(ts, &a, &format!("{}.{name}", type_of(this).name));
    if !ok {
        return 0;
    }
    unsafe { body(ts, this) }
}

/// Defines the native entry of a method as a call to one of the shapes above.
macro_rules! method {
    ($fn_name:ident, $shape:ident, $py_name:literal, $any:expr, $body:path) => {
        unsafe extern "C" fn $fn_name(
            ts: *mut Thread,
            argv: *const Word,
            nargs: i64,
            kwnames: Word,
        ) -> Word {
            unsafe { $shape(ts, (argv, nargs, kwnames), $py_name, $any, $body) }
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

method!(add, one_arg, "add", false, add_body);
method!(remove, one_arg, "remove", false, remove_body);
method!(discard, one_arg, "discard", false, discard_body);
method!(pop, no_args, "pop", false, pop_body);
method!(clear, no_args, "clear", false, clear_body);
method!(update, var_args, "update", false, update_body);
method!(
    intersection_update,
    var_args,
    "intersection_update",
    false,
    intersection_update_body
);
method!(
    difference_update,
    var_args,
    "difference_update",
    false,
    difference_update_body
);
method!(
    symmetric_difference_update,
    one_arg,
    "symmetric_difference_update",
    false,
    symmetric_update_body
);
method!(copy, no_args, "copy", true, copy_body);
method!(union, var_args, "union", true, ops::union);
method!(
    intersection,
    var_args,
    "intersection",
    true,
    ops::intersection_multi
);
method!(
    difference,
    var_args,
    "difference",
    true,
    ops::difference_multi
);
method!(
    symmetric_difference,
    one_arg,
    "symmetric_difference",
    true,
    ops::symmetric_difference
);
method!(issubset, one_arg, "issubset", true, issubset_body);
method!(issuperset, one_arg, "issuperset", true, issuperset_body);
method!(isdisjoint, one_arg, "isdisjoint", true, isdisjoint_body);

unsafe fn add_body(ts: *mut Thread, this: Word, key: Word) -> Word {
    status_to_none(unsafe { super::add(ts, this, key) })
}

unsafe fn remove_body(ts: *mut Thread, this: Word, key: Word) -> Word {
    match unsafe { discard_key(ts, this, key) } {
        r if r < 0 => 0,
        0 => raise_with_args(ts, &KEY_ERROR, &[key]),
        _ => none(),
    }
}

unsafe fn discard_body(ts: *mut Thread, this: Word, key: Word) -> Word {
    status_to_none(unsafe { discard_key(ts, this, key) })
}

/// Remove `key`: 1 if present, 0 if not, -1 with an exception pending.
pub(super) unsafe fn discard_key(ts: *mut Thread, s: Word, key: Word) -> i32 {
    // An absent small int needs no hash, nor one whose slot the slot map
    // recorded.
    match unsafe { (*object(s)).ints.lookup(key) } {
        Some(false) => return 0,
        Some(true) if unsafe { table::discard_indexed(object(s), key) } => return 1,
        _ => {}
    }
    let Some((key, h)) = (unsafe { hashed_key(ts, key) }) else {
        return -1;
    };
    unsafe { table::discard_entry(ts, object(s), key, h) }
}

unsafe fn pop_body(ts: *mut Thread, this: Word) -> Word {
    if unsafe { len_of(this) } == 0 {
        return raise(ts, &KEY_ERROR, "pop from an empty set");
    }
    unsafe { table::pop(object(this)) }
}

unsafe fn clear_body(_ts: *mut Thread, this: Word) -> Word {
    unsafe { table::clear(object(this)) };
    none()
}

unsafe fn update_body(ts: *mut Thread, this: Word, others: &[Word]) -> Word {
    for &other in others {
        if unsafe { update_with(ts, this, other) } < 0 {
            return 0;
        }
    }
    none()
}

unsafe fn intersection_update_body(ts: *mut Thread, this: Word, others: &[Word]) -> Word {
    status_to_none(unsafe { ops::intersection_update(ts, this, others) })
}

unsafe fn difference_update_body(ts: *mut Thread, this: Word, others: &[Word]) -> Word {
    for &other in others {
        if unsafe { ops::difference_update(ts, this, other) } < 0 {
            return 0;
        }
    }
    none()
}

unsafe fn symmetric_update_body(ts: *mut Thread, this: Word, other: Word) -> Word {
    status_to_none(unsafe { ops::symmetric_difference_update(ts, this, other) })
}

unsafe fn copy_body(ts: *mut Thread, this: Word) -> Word {
    if is_exact(this, &FROZENSET_TYPE) {
        this
    } else {
        unsafe { ops::copy(ts, this) }
    }
}

unsafe fn issubset_body(ts: *mut Thread, this: Word, other: Word) -> Word {
    bool_result(unsafe { compare::issubset(ts, this, other) })
}

unsafe fn issuperset_body(ts: *mut Thread, this: Word, other: Word) -> Word {
    bool_result(unsafe { compare::issuperset(ts, this, other) })
}

unsafe fn isdisjoint_body(ts: *mut Thread, this: Word, other: Word) -> Word {
    bool_result(unsafe { compare::isdisjoint(ts, this, other) })
}
