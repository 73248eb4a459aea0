//! The methods of `list`, with CPython's argument checking and messages.

use super::{LIST_TYPE, extend, find, raw, strategy};
use crate::error::{index_error, raise, type_error};
use crate::object::{Word, is_exact, is_instance, is_small, small_value, type_of};
use crate::thread::Thread;
use crate::types::args;
use crate::types::exception::VALUE_ERROR;
use crate::types::none::none;
use crate::types::seq;

crate::method_table! {
pub(super) static METHODS = "list" [
    Method {
        name: "__init__",
        func: crate::types::class::builtin_base::list_init,
    },
    Method {
        name: "append",
        func: append,
    },
    Method {
        name: "extend",
        func: extend_method,
    },
    Method {
        name: "insert",
        func: insert,
    },
    Method {
        name: "pop",
        func: pop,
    },
    Method {
        name: "remove",
        func: remove,
    },
    Method {
        name: "index",
        func: index,
    },
    Method {
        name: "count",
        func: count,
    },
    Method {
        name: "reverse",
        func: reverse,
    },
    Method {
        name: "sort",
        func: sort,
    },
    Method {
        name: "copy",
        func: copy,
    },
    Method {
        name: "clear",
        func: clear,
    },
];
}

unsafe extern "C" fn append(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &LIST_TYPE, "append") })
    else {
        return 0;
    };
    let Some(item) = args::one(ts, &a, "list.append") else {
        return 0;
    };
    if !unsafe { super::push(ts, this, item) } {
        return 0;
    }
    none()
}

unsafe extern "C" fn extend_method(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &LIST_TYPE, "extend") })
    else {
        return 0;
    };
    let Some(iterable) = args::one(ts, &a, "list.extend") else {
        return 0;
    };
    if unsafe { extend(ts, this, iterable) } < 0 {
        return 0;
    }
    none()
}

unsafe extern "C" fn insert(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &LIST_TYPE, "insert") })
    else {
        return 0;
    };
    let Some(&[at, item]) = args::positional(ts, &a, "list.insert", "insert", 2, 2) else {
        return 0;
    };
    let Some(at) = (unsafe { seq::as_integer(ts, at) }) else {
        return 0;
    };
    let Some(word) = (unsafe { strategy::encode(ts, this, item) }) else {
        return 0;
    };
    let v = unsafe { raw(this) };
    if !unsafe { v.insert(ts, seq::clamp_bound(at, v.len()), word) } {
        return 0;
    }
    none()
}

unsafe extern "C" fn pop(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    // `xs.pop()` and `xs.pop(i)` with a small int: no argument parsing
    // (a worklist's loop pops once per item).
    if kwnames == 0 && (nargs == 1 || nargs == 2) {
        let this = unsafe { *argv };
        if is_exact(this, &LIST_TYPE) || is_instance(this, &LIST_TYPE) {
            if nargs == 1 {
                return unsafe { pop_at(ts, this, -1) };
            }
            let at = unsafe { *argv.add(1) };
            if is_small(at) {
                return unsafe { pop_at(ts, this, small_value(at)) };
            }
        }
    }
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &LIST_TYPE, "pop") })
    else {
        return 0;
    };
    let Some(pos) = args::positional(ts, &a, "list.pop", "pop", 0, 1) else {
        return 0;
    };
    let at = match pos.first() {
        None => -1,
        Some(w) => match unsafe { seq::as_integer(ts, *w) } {
            Some(v) => v,
            None => return 0,
        },
    };
    unsafe { pop_at(ts, this, at) }
}

/// Remove and return the item at `at` (negative from the end) of list
/// `this`; 0 with `IndexError` pending.
unsafe fn pop_at(ts: *mut Thread, this: Word, at: i64) -> Word {
    let v = unsafe { raw(this) };
    if v.is_empty() {
        return index_error(ts, "pop from empty list");
    }
    match seq::normalize(at, v.len()) {
        Some(i) => {
            // Boxed before removing: a failed allocation leaves the list as
            // it was.
            let word = strategy::load(ts, v, i).unwrap_or(0);
            if word != 0 {
                unsafe { raw(this) }.remove(i);
            }
            word
        }
        None => index_error(ts, "pop index out of range"),
    }
}

unsafe extern "C" fn remove(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &LIST_TYPE, "remove") })
    else {
        return 0;
    };
    let Some(x) = args::one(ts, &a, "list.remove") else {
        return 0;
    };
    match unsafe { find(ts, this, x, 0, usize::MAX) } {
        Ok(Some(i)) => {
            let v = unsafe { raw(this) };
            if i < v.len() {
                v.remove(i);
            }
            none()
        }
        Ok(None) => raise(ts, &VALUE_ERROR, "list.remove(x): x not in list"),
        Err(()) => 0,
    }
}

unsafe extern "C" fn index(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &LIST_TYPE, "index") })
    else {
        return 0;
    };
    let Some(pos) = args::positional(ts, &a, "list.index", "index", 1, 3) else {
        return 0;
    };
    let Some((lo, hi)) = (unsafe { seq::index_bounds(ts, &pos[1..], raw(this).len()) }) else {
        return 0;
    };
    match unsafe { find(ts, this, pos[0], lo, hi) } {
        Ok(Some(i)) => seq::int_from_usize(ts, i),
        Ok(None) => {
            let mut message = Vec::new();
            if !unsafe { seq::push_repr(ts, &mut message, pos[0]) } {
                return 0;
            }
            message.extend_from_slice(b" is not in list");
            raise(ts, &VALUE_ERROR, &String::from_utf8_lossy(&message))
        }
        Err(()) => 0,
    }
}

unsafe extern "C" fn count(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &LIST_TYPE, "count") })
    else {
        return 0;
    };
    let Some(x) = args::one(ts, &a, "list.count") else {
        return 0;
    };
    let mut total = 0;
    let mut idx = 0;
    if let Some(value) = strategy::raw_float(x)
        && unsafe { raw(this) }.is_floats()
    {
        let v = unsafe { raw(this) };
        let total = v
            .iter()
            .filter(|&&bits| f64::from_bits(bits) == value)
            .count();
        return seq::int_from_usize(ts, total);
    }
    while let Some(item) = unsafe { strategy::item(ts, this, idx) } {
        if item == 0 {
            return 0;
        }
        match unsafe { seq::eq(ts, item, x) } {
            r if r < 0 => return 0,
            r => total += r as usize,
        }
        idx += 1;
    }
    seq::int_from_usize(ts, total)
}

unsafe extern "C" fn reverse(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, a)) =
        (unsafe { args::method(ts, argv, nargs, kwnames, &LIST_TYPE, "reverse") })
    else {
        return 0;
    };
    if !args::none(ts, &a, "list.reverse") {
        return 0;
    }
    unsafe { raw(this) }.reverse();
    none()
}

/// `list.sort(*, key=None, reverse=False)`.
unsafe extern "C" fn sort(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &LIST_TYPE, "sort") })
    else {
        return 0;
    };
    // CPython checks the total count first, then for positional ones.
    let given = a.pos.len() + a.names.len();
    if given > 2 {
        let kind = if a.pos.is_empty() { "keyword " } else { "" };
        return type_error(
            ts,
            &format!("sort() takes at most 2 {kind}arguments ({given} given)"),
        );
    }
    if !a.pos.is_empty() {
        return type_error(ts, "sort() takes no positional arguments");
    }
    if !a.only_keywords(ts, &["key", "reverse"], "sort") {
        return 0;
    }
    let key = a.keyword("key").unwrap_or(0);
    let reverse = match a.keyword("reverse") {
        None => false,
        Some(flag) => match unsafe { reverse_flag(ts, flag) } {
            Some(b) => b,
            None => return 0,
        },
    };
    if unsafe { super::sort(ts, this, key, reverse) } < 0 {
        return 0;
    }
    none()
}

/// The `reverse=` argument of `sort` and `sorted`: an int, used as a flag.
///
/// # Safety
/// `flag` must be a valid word.
pub unsafe fn reverse_flag(ts: *mut Thread, flag: Word) -> Option<bool> {
    match unsafe { seq::index_of(ts, flag) } {
        Ok(Some(v)) => Some(v != 0),
        Ok(None) => {
            type_error(
                ts,
                &format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_of(flag).name
                ),
            );
            None
        }
        // Only a huge int gets here, and it is nonzero.
        Err(()) => {
            unsafe { (*ts).exc = 0 };
            Some(true)
        }
    }
}

unsafe extern "C" fn copy(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &LIST_TYPE, "copy") })
    else {
        return 0;
    };
    if !args::none(ts, &a, "list.copy") {
        return 0;
    }
    let v = unsafe { raw(this) };
    let copy = super::with_capacity_kind(ts, v.len(), v.kind());
    if copy == 0 || !unsafe { strategy::extend_from_list(ts, copy, this) } {
        return 0;
    }
    copy
}

unsafe extern "C" fn clear(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &LIST_TYPE, "clear") })
    else {
        return 0;
    };
    if !args::none(ts, &a, "list.clear") {
        return 0;
    }
    unsafe { raw(this) }.clear();
    none()
}
