//! The slots of `dict`: repr, `==`, `|`, item access, `in`, iteration and
//! the constructor, plus `update`, shared by `dict(...)` and `dict.update`.

use super::{DICT_TYPE, get, get_with_hash, len as dict_len, next_entry, set, set_with_hash};
use crate::error::{raise, raise_with_args, type_error};
use crate::object::{Slots, Word, is_exact, is_instance};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::bool::from_bool;
use crate::types::exception::{KEY_ERROR, VALUE_ERROR};
use crate::types::none::not_implemented;
use crate::types::seq;
use typhon_abi::{BinOp, CmpOp};

pub(super) const SLOTS: Slots = Slots {
    repr: Some(repr),
    compare: Some(compare),
    binop: Some(binop),
    truthy: Some(truthy),
    len: Some(len),
    getitem: Some(getitem),
    setitem: Some(setitem),
    delitem: Some(delitem),
    contains: Some(contains),
    iter: Some(iter),
    construct: Some(construct),
    ..Slots::EMPTY
};

unsafe fn repr(ts: *mut Thread, d: Word) -> Word {
    if unsafe { dict_len(d) } == 0 {
        return crate::types::str::new(ts, "{}");
    }
    if !seq::repr_enter(d) {
        return crate::types::str::new(ts, "{...}");
    }
    let result = if seq::enter_recursive(ts, seq::IN_REPR) {
        let text = unsafe { repr_entries(ts, d) };
        seq::leave_recursive(ts);
        text
    } else {
        0
    };
    seq::repr_leave(d);
    result
}

unsafe fn repr_entries(ts: *mut Thread, d: Word) -> Word {
    let mut out = vec![b'{'];
    let mut pos = 0;
    let mut first = true;
    while let Some(e) = unsafe { next_entry(d, &mut pos) } {
        if !first {
            out.extend_from_slice(b", ");
        }
        first = false;
        if !unsafe { seq::push_repr(ts, &mut out, e.key) } {
            return 0;
        }
        out.extend_from_slice(b": ");
        if !unsafe { seq::push_repr(ts, &mut out, e.value) } {
            return 0;
        }
    }
    out.push(b'}');
    crate::types::str::from_bytes(ts, &out)
}

unsafe fn compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let equal_op = match CmpOp::from_i32(op) {
        Some(CmpOp::Eq) => true,
        Some(CmpOp::Ne) => false,
        _ => return not_implemented(),
    };
    if !is_instance(a, &DICT_TYPE) || !is_instance(b, &DICT_TYPE) {
        return not_implemented();
    }
    if !seq::enter_recursive(ts, seq::IN_COMPARISON) {
        return 0;
    }
    let result = unsafe { equal(ts, a, b) };
    seq::leave_recursive(ts);
    match result {
        Ok(same) => from_bool(same == equal_op),
        Err(()) => 0,
    }
}

/// CPython's `dict_equal`: the same size, and every key of `a` maps to an
/// equal value in `b`.
unsafe fn equal(ts: *mut Thread, a: Word, b: Word) -> Result<bool, ()> {
    if unsafe { dict_len(a) != dict_len(b) } {
        return Ok(false);
    }
    let mut pos = 0;
    while let Some(e) = unsafe { next_entry(a, &mut pos) } {
        let Some(other) = (unsafe { get_with_hash(ts, b, e.key, e.hash) })? else {
            return Ok(false);
        };
        match unsafe { seq::eq(ts, e.value, other) } {
            r if r < 0 => return Err(()),
            0 => return Ok(false),
            _ => {}
        }
    }
    Ok(true)
}

/// `a | b` (Python 3.9): a copy of `a` updated with `b`.
unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, _reflected: bool) -> Word {
    if BinOp::from_i32(op) != Some(BinOp::BitOr)
        || !is_instance(a, &DICT_TYPE)
        || !is_instance(b, &DICT_TYPE)
    {
        return not_implemented();
    }
    let result = unsafe { super::copy(ts, a) };
    if result == 0 || unsafe { merge(ts, result, b) } < 0 {
        return 0;
    }
    result
}

unsafe fn truthy(_ts: *mut Thread, d: Word) -> i32 {
    (unsafe { dict_len(d) } != 0) as i32
}

unsafe fn len(_ts: *mut Thread, d: Word) -> i64 {
    unsafe { dict_len(d) as i64 }
}

unsafe fn getitem(ts: *mut Thread, d: Word, key: Word) -> Word {
    match unsafe { get(ts, d, key) } {
        Ok(Some(value)) => value,
        Ok(None) if !is_exact(d, &DICT_TYPE) => unsafe { missing(ts, d, key) },
        Ok(None) => raise_with_args(ts, &KEY_ERROR, &[key]),
        Err(()) => 0,
    }
}

unsafe fn setitem(ts: *mut Thread, d: Word, key: Word, value: Word) -> i32 {
    unsafe { set(ts, d, key, value) }
}

unsafe fn delitem(ts: *mut Thread, d: Word, key: Word) -> i32 {
    match unsafe { super::del(ts, d, key) } {
        Ok(Some(_)) => 0,
        Ok(None) => {
            raise_with_args(ts, &KEY_ERROR, &[key]);
            -1
        }
        Err(()) => -1,
    }
}

unsafe fn contains(ts: *mut Thread, d: Word, key: Word) -> i32 {
    match unsafe { get(ts, d, key) } {
        Ok(found) => found.is_some() as i32,
        Err(()) => -1,
    }
}

unsafe fn iter(ts: *mut Thread, d: Word) -> Word {
    crate::types::iter::dict_iter(ts, d, crate::types::iter::DictIterKind::Keys, false)
}

/// `dict()`, `dict(mapping_or_pairs)`, `dict(**kwargs)`.
unsafe extern "C" fn construct(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    if !args::count(ts, a.pos.len(), "dict", 0, 1) {
        return 0;
    }
    let d = super::new(ts);
    if d == 0 || unsafe { update(ts, d, &a) } < 0 {
        return 0;
    }
    d
}

/// `d.update(other, **kwargs)` with the positional part already checked to
/// be at most one argument; 0, or -1 with an exception pending.
///
/// # Safety
/// `d` must be a dict.
pub(super) unsafe fn update(ts: *mut Thread, d: Word, a: &Args) -> i32 {
    if let Some(&other) = a.pos.first() {
        let status = if is_instance(other, &DICT_TYPE) {
            unsafe { merge(ts, d, other) }
        } else {
            match unsafe { merge_mapping(ts, d, other) } {
                Some(status) => status,
                None => unsafe { merge_pairs(ts, d, other) },
            }
        };
        if status < 0 {
            return -1;
        }
    }
    for (name, value) in a.names.iter().zip(a.kw) {
        if unsafe { set(ts, d, *name, *value) } < 0 {
            return -1;
        }
    }
    0
}

/// Add every entry of the dict `other` to `d`.
unsafe fn merge(ts: *mut Thread, d: Word, other: Word) -> i32 {
    let mut pos = 0;
    while let Some(e) = unsafe { next_entry(other, &mut pos) } {
        if unsafe { set_with_hash(ts, d, e.key, e.hash, e.value) } < 0 {
            return -1;
        }
    }
    0
}

/// CPython's mapping protocol for `dict(m)` and `d.update(m)`: an object
/// with a `keys` attribute gives `m[k]` for each `k` in `m.keys()`. `None`
/// when `other` has no `keys` (it is then an iterable of pairs).
/// Only user classes can be such mappings besides dicts, so built-in
/// iterables skip the attribute lookup.
unsafe fn merge_mapping(ts: *mut Thread, d: Word, other: Word) -> Option<i32> {
    if !crate::types::class::is_heap(crate::object::type_of(other)) {
        return None;
    }
    let name = crate::types::str::new(ts, "keys");
    if name == 0 {
        return Some(-1);
    }
    let keys = unsafe { crate::entry::ty_getattr(ts, other, name) };
    if keys == 0 {
        let pending = unsafe { (*ts).exc };
        if is_instance(pending, &crate::types::exception::ATTRIBUTE_ERROR) {
            unsafe { (*ts).exc = 0 };
            return None;
        }
        return Some(-1);
    }
    let keys = unsafe { crate::calls::ty_call(ts, keys, std::ptr::null(), 0, 0) };
    let it = if keys == 0 {
        0
    } else {
        unsafe { crate::entry::ty_iter(ts, keys) }
    };
    if it == 0 {
        return Some(-1);
    }
    loop {
        let key = unsafe { crate::entry::ty_iter_next(ts, it) };
        if key == 0 {
            return Some(-1);
        }
        if key == typhon_abi::ITER_DONE {
            return Some(0);
        }
        let value = unsafe { crate::entry::ty_getitem(ts, other, key) };
        if value == 0 || unsafe { set(ts, d, key, value) } < 0 {
            return Some(-1);
        }
    }
}

/// Add the `(key, value)` pairs an iterable yields.
unsafe fn merge_pairs(ts: *mut Thread, d: Word, iterable: Word) -> i32 {
    let it = unsafe { crate::entry::ty_iter(ts, iterable) };
    if it == 0 {
        return -1;
    }
    let mut index = 0usize;
    loop {
        let item = unsafe { crate::entry::ty_iter_next(ts, it) };
        if item == 0 {
            return -1;
        }
        if item == typhon_abi::ITER_DONE {
            return 0;
        }
        let Some((key, value)) = (unsafe { pair(ts, item, index) }) else {
            return -1;
        };
        if unsafe { set(ts, d, key, value) } < 0 {
            return -1;
        }
        index += 1;
    }
}

/// The two halves of element `#index` of a `dict(pairs)` argument.
unsafe fn pair(ts: *mut Thread, item: Word, index: usize) -> Option<(Word, Word)> {
    if !crate::items::is_iterable(item) {
        type_error(
            ts,
            &format!("cannot convert dictionary update sequence element #{index} to a sequence"),
        );
        return None;
    }
    let halves = if is_exact(item, &crate::types::tuple::TUPLE_TYPE) {
        item
    } else {
        unsafe { crate::types::tuple::from_iterable(ts, item) }
    };
    if halves == 0 {
        return None;
    }
    match unsafe { crate::types::tuple::items(halves) } {
        [key, value] => Some((*key, *value)),
        other => {
            let message = format!(
                "dictionary update sequence element #{index} has length {}; 2 is required",
                other.len()
            );
            raise(ts, &VALUE_ERROR, &message);
            None
        }
    }
}

/// Raise `KeyError(key)`, the error of a missing key; returns 0.
pub(super) fn key_error(ts: *mut Thread, key: Word) -> Word {
    raise_with_args(ts, &KEY_ERROR, &[key])
}

/// A missing key of a dict subclass: its `__missing__(key)` if it has one,
/// else `KeyError`.
unsafe fn missing(ts: *mut Thread, d: Word, key: Word) -> Word {
    let ty = crate::object::type_of(d);
    let mro = crate::types::class::mro_of(ty);
    let Some((hook, _)) = crate::types::class::lookup_from(&mro, 0, b"__missing__") else {
        return raise_with_args(ts, &KEY_ERROR, &[key]);
    };
    let owner = ty as *const crate::object::TypeObject as Word;
    let bound = unsafe { crate::types::class::descr::get(ts, hook, d, owner) };
    if bound == 0 {
        return 0;
    }
    unsafe { crate::calls::ty_call(ts, bound, &key, 1, 0) }
}
