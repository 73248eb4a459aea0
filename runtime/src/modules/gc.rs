//! The `gc` module: `collect()`, `enable()`, `disable()`, `isenabled()`.
//!
//! `collect()` returns the number of objects the collection freed, which
//! differs from CPython's count of unreachable objects in cycles (CPython
//! frees acyclic garbage earlier, by reference counting); see
//! `docs/memory.md`.

use crate::calls::args::{self, Args};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{bool as bool_, int, none};

static COLLECT: BuiltinFunctionObject = BuiltinFunctionObject::new_static("collect", collect);
static ENABLE: BuiltinFunctionObject = BuiltinFunctionObject::new_static("enable", enable);
static DISABLE: BuiltinFunctionObject = BuiltinFunctionObject::new_static("disable", disable);
static ISENABLED: BuiltinFunctionObject = BuiltinFunctionObject::new_static("isenabled", isenabled);

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native(
        ts,
        "gc",
        &[
            ("collect", COLLECT.as_word()),
            ("enable", ENABLE.as_word()),
            ("disable", DISABLE.as_word()),
            ("isenabled", ISENABLED.as_word()),
        ],
    )
}

/// `gc.collect(generation=2)`: every collection is a full one.
unsafe extern "C" fn collect(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.count(ts, "collect", 0, 1) {
        return 0;
    }
    let Some([generation]) = call.keywords(ts, "collect", ["generation"]) else {
        return 0;
    };
    let generation = call.positional.first().copied().or(generation);
    if let Some(generation) = generation {
        let Some(value) = args::c_int(ts, generation) else {
            return 0;
        };
        if !(0..=2).contains(&value) {
            return crate::error::value_error(ts, "invalid generation");
        }
    }
    let freed = unsafe { crate::gc::collect(ts, &[]) };
    int::from_i64(ts, freed as i64)
}

unsafe extern "C" fn enable(ts: *mut Thread, argv: *const Word, nargs: i64, kw: Word) -> Word {
    if !unsafe { args::none_given(ts, "gc.enable", argv, nargs, kw) } {
        return 0;
    }
    unsafe { crate::gc::set_enabled(ts, true) };
    none::none()
}

unsafe extern "C" fn disable(ts: *mut Thread, argv: *const Word, nargs: i64, kw: Word) -> Word {
    if !unsafe { args::none_given(ts, "gc.disable", argv, nargs, kw) } {
        return 0;
    }
    unsafe { crate::gc::set_enabled(ts, false) };
    none::none()
}

unsafe extern "C" fn isenabled(ts: *mut Thread, argv: *const Word, nargs: i64, kw: Word) -> Word {
    if !unsafe { args::none_given(ts, "gc.isenabled", argv, nargs, kw) } {
        return 0;
    }
    bool_::from_bool(unsafe { crate::gc::is_enabled(ts) })
}
