//! The two steps of `except*` (CPython 3.11's `CHECK_EG_MATCH` and
//! `PREP_RERAISE_STAR`), hidden builtins the lowering of `try`/`except*`
//! calls.
//!
//! Each clause takes the part of the still unhandled exception that
//! matches its types (`$except_star_match`); the exceptions its body
//! raises, and what no clause took, are collected in a list that
//! `$prep_reraise_star` turns into the one exception to raise: re-raised
//! parts keep the nesting they had in the original group, new ones become
//! siblings in a new `ExceptionGroup('')`.

use super::group::{self, Matcher, is_group};
use super::{ExceptionObject, TYPE_ERROR};
use crate::object::{Word, cast};
use crate::thread::Thread;
use crate::types::{list, none, tuple};

/// `$except_star_match(exc, kind)`: `(match, rest)`, where `match` is None
/// when nothing in `exc` matches (and `rest` is `exc` then). A matching
/// exception that is not a group comes wrapped in `ExceptionGroup('', ...)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn except_star_match(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let &[exc, kind] = (unsafe { crate::calls::args::slice(args, nargs) }) else {
        return crate::error::system_error(ts, "bad $except_star_match call");
    };
    if !super::raise::valid_except_kind(kind) {
        return crate::error::raise(
            ts,
            &TYPE_ERROR,
            "catching classes that do not inherit from BaseException is not allowed",
        );
    }
    let kinds: &[Word] = if crate::object::is_instance(kind, &tuple::TUPLE_TYPE) {
        unsafe { tuple::items(kind) }
    } else {
        std::slice::from_ref(&kind)
    };
    if kinds.iter().any(|item| {
        super::as_type(*item).is_some_and(|ty| ty.is_subtype(&group::BASE_EXCEPTION_GROUP))
    }) {
        return crate::error::raise(
            ts,
            &TYPE_ERROR,
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        );
    }
    let none = none::none();
    if super::raise::matches_kind(exc, kind) {
        let matched = if is_group(exc) {
            exc
        } else {
            let members = tuple::new(ts, &[exc]);
            if members == 0 {
                return 0;
            }
            group::create(ts, "", members)
        };
        if matched == 0 {
            return 0;
        }
        return tuple::new(ts, &[matched, none]);
    }
    if is_group(exc) {
        // Through the method, so a subclass's `split` is used.
        let name = crate::types::str::new(ts, "split");
        if name == 0 {
            return 0;
        }
        let pair = unsafe { crate::calls::ty_call_method(ts, exc, name, &kind, 1, 0) };
        if pair == 0 {
            return 0;
        }
        let parts = unsafe { tuple::items(pair) };
        if parts[0] == none {
            return tuple::new(ts, &[none, exc]);
        }
        return pair;
    }
    tuple::new(ts, &[none, exc])
}

/// `$prep_reraise_star(orig, excs)`: the exception a `try`/`except*`
/// raises at its end, or None. `excs` lists what each clause's body raised
/// and, last, what no clause took (None entries are skipped).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn prep_reraise_star(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let &[orig, excs] = (unsafe { crate::calls::args::slice(args, nargs) }) else {
        return crate::error::system_error(ts, "bad $prep_reraise_star call");
    };
    let none = none::none();
    let excs: Vec<Word> = unsafe { list::items(ts, excs) }
        .iter()
        .copied()
        .filter(|exc| *exc != none)
        .collect();
    if excs.is_empty() {
        return none;
    }
    if !is_group(orig) {
        // A naked exception was wrapped: one clause at most ran.
        return excs[0];
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for exc in excs {
        if unsafe { same_metadata(exc, orig) } {
            reraised.push(exc);
        } else {
            raised.push(exc);
        }
    }
    let mut leaves = Vec::new();
    for exc in &reraised {
        collect_leaves(*exc, &mut leaves);
    }
    let Ok((projection, _)) = group::split_recursive(ts, orig, Matcher::Leaves(&leaves), false)
    else {
        return 0;
    };
    if projection != 0 {
        raised.push(projection);
    }
    match raised.len() {
        0 => none,
        1 => raised[0],
        _ => {
            let members = list::new(ts, raised);
            if members == 0 {
                return 0;
            }
            group::create(ts, "", members)
        }
    }
}

/// CPython's `is_same_exception_metadata`: a part of the original group
/// that a clause re-raised still has its traceback, cause and context.
/// (It compares a `notes` field too, which 3.11 never sets: `__notes__`
/// lives in the instance dict.)
unsafe fn same_metadata(exc: Word, orig: Word) -> bool {
    let (a, b) = unsafe { (cast::<ExceptionObject>(exc), cast::<ExceptionObject>(orig)) };
    a.traceback == b.traceback && a.cause == b.cause && a.context == b.context
}

/// The exceptions inside `exc` that are not groups.
fn collect_leaves(exc: Word, leaves: &mut Vec<Word>) {
    if is_group(exc) {
        for member in unsafe { group::members(exc) } {
            collect_leaves(*member, leaves);
        }
    } else {
        leaves.push(exc);
    }
}
