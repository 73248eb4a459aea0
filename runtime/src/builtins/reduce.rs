//! Built-in functions that consume an iterable: `min`, `max`, `sum`,
//! `sorted`, `any`, `all`.

use typhon_abi::{BinOp, CmpOp, ITER_DONE};

use crate::calls::args::{self, Args};
use crate::object::{Word, is_instance, is_small, small, small_value};
use crate::thread::Thread;
use crate::types::{bool as bool_, bytes, list, none, str as str_};

/// `min(iterable, *[, key, default])` or `min(a, b, *args[, key])`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn min(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { min_max(ts, argv, nargs, kwnames, "min", CmpOp::Lt) }
}

/// `max(iterable, *[, key, default])` or `max(a, b, *args[, key])`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn max(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { min_max(ts, argv, nargs, kwnames, "max", CmpOp::Gt) }
}

/// `sum(iterable, /, start=0)`: `start + item + ...`, left to right.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn sum(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    // CPython checks the total, then the positional count, then the names.
    let given = call.positional.len() + call.names.len();
    if given > 2 {
        // CPython says "keyword arguments" when none is positional.
        let kind = if call.positional.is_empty() {
            "keyword "
        } else {
            ""
        };
        return crate::error::type_error(
            ts,
            &format!("sum() takes at most 2 {kind}arguments ({given} given)"),
        );
    }
    if call.positional.is_empty() {
        return crate::error::type_error(
            ts,
            "sum() takes at least 1 positional argument (0 given)",
        );
    }
    let Some([start_keyword]) = call.keywords(ts, "sum", ["start"]) else {
        return 0;
    };
    let mut total = call
        .positional
        .get(1)
        .copied()
        .or(start_keyword)
        .unwrap_or_else(|| small(0).unwrap_or(1));
    // CPython takes the iterator before it looks at `start`.
    let mut source = call.positional[0];
    if !crate::object::is_exact(source, &list::LIST_TYPE) {
        source = unsafe { crate::entry::ty_iter(ts, source) };
        if source == 0 {
            return 0;
        }
    }
    if is_instance(total, &str_::STR_TYPE) {
        return crate::error::type_error(ts, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if is_instance(total, &bytes::BYTES_TYPE) {
        return crate::error::type_error(ts, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    let done = unsafe {
        each(ts, source, |item| {
            total = add(ts, total, item);
            total != 0
        })
    };
    if done { total } else { 0 }
}

/// `sorted(iterable, /, *, key=None, reverse=False)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn sorted(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.count(ts, "sorted", 1, 1) {
        return 0;
    }
    let Some([key, reverse]) = call.keywords(ts, "sort", ["key", "reverse"]) else {
        return 0;
    };
    let reverse = match reverse {
        Some(flag) => match args::c_int(ts, flag) {
            Some(value) => value != 0,
            None => return 0,
        },
        None => false,
    };
    let Some(items) = (unsafe { args::collect(ts, call.positional[0]) }) else {
        return 0;
    };
    let result = list::new(ts, items);
    if result == 0 {
        return 0;
    }
    let key = key.filter(|key| *key != none::none()).unwrap_or(0);
    if unsafe { list::sort(ts, result, key, reverse) } < 0 {
        return 0;
    }
    result
}

/// `any(iterable)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn any(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { any_all(ts, argv, nargs, kwnames, "any", true) }
}

/// `all(iterable)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn all(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { any_all(ts, argv, nargs, kwnames, "all", false) }
}

/// Stop at the first item whose truth is `stop_on`, and return it as a bool.
unsafe fn any_all(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
    name: &str,
    stop_on: bool,
) -> Word {
    let Some(iterable) = (unsafe { args::exactly_one(ts, name, argv, nargs, kwnames) }) else {
        return 0;
    };
    let mut found = false;
    let mut failed = false;
    let done = unsafe {
        each(ts, iterable, |item| {
            match crate::entry::ty_truthy(ts, item) {
                truth if truth < 0 => failed = true,
                truth => found = (truth == 1) == stop_on,
            }
            !failed && !found
        })
    };
    if !done || failed {
        return 0;
    }
    bool_::from_bool(found == stop_on)
}

unsafe fn min_max(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
    name: &str,
    op: CmpOp,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if call.positional.is_empty() {
        return crate::error::type_error(
            ts,
            &format!("{name} expected at least 1 argument, got 0"),
        );
    }
    if call.names.len() > 2 {
        let message = format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            call.names.len()
        );
        return crate::error::type_error(ts, &message);
    }
    let Some([key, default]) = call.keywords(ts, name, ["key", "default"]) else {
        return 0;
    };
    let several = call.positional.len() > 1;
    if several && default.is_some() {
        let message =
            format!("Cannot specify a default for {name}() with multiple positional arguments");
        return crate::error::type_error(ts, &message);
    }
    let key = key.filter(|key| *key != none::none());
    // (item, its key)
    let mut best: Option<(Word, Word)> = None;
    let mut failed = false;
    let mut visit = |item: Word| -> bool {
        let keyed = match key {
            Some(key) => unsafe { crate::entry::ty_call(ts, key, &item, 1, 0) },
            None => item,
        };
        if keyed == 0 {
            failed = true;
            return false;
        }
        match best {
            None => best = Some((item, keyed)),
            Some((_, best_key)) => {
                match unsafe { crate::entry::ty_compare_bool(ts, op as i32, keyed, best_key) } {
                    1 => best = Some((item, keyed)),
                    0 => {}
                    _ => {
                        failed = true;
                        return false;
                    }
                }
            }
        }
        true
    };
    if several {
        for item in call.positional {
            if !visit(*item) {
                break;
            }
        }
    } else if !unsafe { each(ts, call.positional[0], &mut visit) } {
        return 0;
    }
    if failed {
        return 0;
    }
    match (best, default) {
        (Some((item, _)), _) => item,
        (None, Some(default)) => default,
        (None, None) => {
            crate::error::value_error(ts, &format!("{name}() arg is an empty sequence"))
        }
    }
}

/// `a + b` with the inline-int fast path.
unsafe fn add(ts: *mut Thread, a: Word, b: Word) -> Word {
    if is_small(a)
        && is_small(b)
        && let Some(sum) = small_value(a).checked_add(small_value(b)).and_then(small)
    {
        return sum;
    }
    unsafe { crate::entry::ty_binop(ts, BinOp::Add as i32, a, b) }
}

/// Feed each item of `iterable` to `body` until it returns false. Returns
/// false when iteration itself failed (an exception is pending); `body`
/// reports its own failures.
unsafe fn each(ts: *mut Thread, iterable: Word, mut body: impl FnMut(Word) -> bool) -> bool {
    if crate::object::is_exact(iterable, &list::LIST_TYPE) {
        // Index each time: the body may run code that changes the list.
        let mut idx = 0;
        while let Some(item) = unsafe { list::item(ts, iterable, idx) } {
            if item == 0 {
                return false;
            }
            if !body(item) {
                return true;
            }
            idx += 1;
        }
        return true;
    }
    let iter = unsafe { crate::entry::ty_iter(ts, iterable) };
    if iter == 0 {
        return false;
    }
    loop {
        match unsafe { crate::entry::ty_iter_next(ts, iter) } {
            0 => return false,
            ITER_DONE => return true,
            item => {
                if !body(item) {
                    return true;
                }
            }
        }
    }
}
