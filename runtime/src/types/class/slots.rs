//! The slots of user classes: CPython's slot wrappers in miniature. A class
//! gets its solid base's slots, with a shim in every slot for which a class
//! along its MRO defines the special method; the shim calls that method
//! (cached in `ClassObject::dunders`) and checks its result as CPython does.
//! Every generic entry point (`ty_binop`, `ty_getitem`, printing, hashing,
//! iteration, ...) thus works on instances unchanged.

use super::{ClassObject, Dunder, binop_dunder, class_of, descr};
use crate::error::type_error;
use crate::object::{Slots, TypeObject, Word, type_of};
use crate::thread::Thread;
use crate::types::exception::{STOP_ITERATION, VALUE_ERROR};
use crate::types::none::{none, not_implemented};
use crate::types::{bool as bool_, function, int, object};
use typhon_abi::{CmpOp, ITER_DONE, UnaryOp};

/// The slots of `cls`, from its cached dunders.
pub fn compute(cls: &ClassObject) -> Slots {
    let solid: &TypeObject = unsafe { &*cls.solid };
    let has = |d: Dunder| cls.dunders[d as usize] != 0;
    let mut slots = solid.slots;
    slots.getattr = Some(super::instance::getattr);
    slots.setattr = Some(super::instance::setattr);
    slots.construct = None;
    if has(Dunder::Repr) {
        slots.repr = Some(repr);
    } else if std::ptr::eq(solid, &object::OBJECT_TYPE) {
        slots.repr = Some(super::instance::default_repr);
    }
    if has(Dunder::Str) {
        slots.str = Some(str);
    } else if has(Dunder::Repr)
        && (std::ptr::eq(solid, &int::INT_TYPE)
            || std::ptr::eq(solid, &crate::types::float::FLOAT_TYPE))
    {
        // `int` and `float` have no `__str__` of their own in CPython:
        // `str()` reaches `object.__str__`, which calls `__repr__`.
        slots.str = Some(repr);
    }
    match cls.dunders[Dunder::Hash as usize] {
        0 => {}
        w if w == none() => slots.hash = None,
        _ => slots.hash = Some(hash),
    }
    let compare_dunders = [
        Dunder::Eq,
        Dunder::Ne,
        Dunder::Lt,
        Dunder::Le,
        Dunder::Gt,
        Dunder::Ge,
    ];
    if compare_dunders.iter().any(|d| has(*d)) {
        slots.compare = Some(compare);
    }
    if (0..super::BINOP_NAMES.len())
        .any(|op| cls.dunders[binop_dunder(op, 0)] != 0 || cls.dunders[binop_dunder(op, 1)] != 0)
    {
        slots.binop = Some(binop);
    }
    if has(Dunder::Neg) || has(Dunder::Pos) || has(Dunder::Invert) {
        slots.unary = Some(unary);
    }
    if has(Dunder::Bool) {
        slots.truthy = Some(truthy);
    } else if has(Dunder::Len) {
        slots.truthy = None;
    }
    if has(Dunder::Len) {
        slots.len = Some(len);
    }
    if has(Dunder::GetItem) {
        slots.getitem = Some(getitem);
    }
    if has(Dunder::SetItem) {
        slots.setitem = Some(setitem);
    }
    if has(Dunder::DelItem) {
        slots.delitem = Some(delitem);
    }
    if has(Dunder::Contains) {
        slots.contains = Some(contains);
    }
    if has(Dunder::Iter) {
        slots.iter = Some(iter);
    }
    if has(Dunder::Next) {
        slots.next = Some(next);
    }
    if has(Dunder::Call) {
        slots.call = Some(call);
    }
    slots
}

fn class_for(obj: Word) -> &'static mut ClassObject {
    unsafe { class_of(type_of(obj)) }
}

/// Call the cached dunder `idx` of `obj`'s class with `obj` and `rest`.
///
/// # Safety
/// `obj` must be an instance of a user class defining the dunder.
pub unsafe fn call_dunder(ts: *mut Thread, obj: Word, idx: usize, rest: &[Word]) -> Word {
    let cls = class_for(obj);
    let func = cls.dunders[idx];
    if std::ptr::eq(type_of(func), &function::FUNCTION_TYPE) {
        let mut args = Vec::with_capacity(rest.len() + 1);
        args.push(obj);
        args.extend_from_slice(rest);
        return unsafe { crate::calls::ty_call(ts, func, args.as_ptr(), args.len() as i64, 0) };
    }
    let owner = type_of(obj) as *const TypeObject as Word;
    let bound = unsafe { descr::get(ts, func, obj, owner) };
    if bound == 0 {
        return 0;
    }
    unsafe { crate::calls::ty_call(ts, bound, rest.as_ptr(), rest.len() as i64, 0) }
}

/// `obj.__index__()` when `obj`'s class is a user class defining it: the
/// int it returns, or 0 with an exception pending (CPython's check of the
/// result included); `None` when there is no such method.
///
/// # Safety
/// `obj` must be a valid word.
pub unsafe fn user_index(ts: *mut Thread, obj: Word) -> Option<Word> {
    if !super::is_heap(type_of(obj)) || class_for(obj).dunders[Dunder::Index as usize] == 0 {
        return None;
    }
    let result = unsafe { call_dunder(ts, obj, Dunder::Index as usize, &[]) };
    if result != 0 && !int::is_int(result) {
        let message = format!("__index__ returned non-int (type {})", type_of(result).name);
        type_error(ts, &message);
        return Some(0);
    }
    Some(result)
}

/// `obj.__int__()` or `obj.__float__()` (`dunder`) when `obj`'s class is
/// a user class defining it: the result, checked to be an int or a float as
/// CPython does, or 0 with an exception pending; `None` when there is no
/// such method.
///
/// # Safety
/// `obj` must be a valid word.
pub unsafe fn user_number(ts: *mut Thread, obj: Word, dunder: Dunder) -> Option<Word> {
    if !super::is_heap(type_of(obj)) || class_for(obj).dunders[dunder as usize] == 0 {
        return None;
    }
    let result = unsafe { call_dunder(ts, obj, dunder as usize, &[]) };
    if result == 0 {
        // The dunder raised: the kind checks below must not see a null word.
        return Some(0);
    }
    // CPython names the class for `__float__` only.
    let (ok, name, kind) = if matches!(dunder, Dunder::Float) {
        let name = format!("{}.__float__", type_of(obj).name);
        (crate::types::float::is_float(result), name, "float")
    } else {
        (int::is_int(result), "__int__".to_string(), "int")
    };
    if !ok {
        let message = format!("{name} returned non-{kind} (type {})", type_of(result).name);
        type_error(ts, &message);
        return Some(0);
    }
    Some(result)
}

unsafe fn repr(ts: *mut Thread, obj: Word) -> Word {
    unsafe { call_dunder(ts, obj, Dunder::Repr as usize, &[]) }
}

unsafe fn str(ts: *mut Thread, obj: Word) -> Word {
    unsafe { call_dunder(ts, obj, Dunder::Str as usize, &[]) }
}

unsafe fn hash(ts: *mut Thread, obj: Word) -> Option<i64> {
    let result = unsafe { call_dunder(ts, obj, Dunder::Hash as usize, &[]) };
    if result == 0 {
        return None;
    }
    if !int::is_int(result) {
        type_error(ts, "__hash__ method should return an integer");
        return None;
    }
    // CPython keeps a result that fits in a machine word as it is (-1
    // excepted) and hashes a bigger int.
    match int::view(result).and_then(|value| value.to_i64()) {
        Some(-1) => Some(-2),
        Some(value) => Some(value),
        None => unsafe { crate::ops::hash(ts, result) },
    }
}

fn compare_dunder(op: i32) -> Option<Dunder> {
    Some(match CmpOp::from_i32(op)? {
        CmpOp::Eq => Dunder::Eq,
        CmpOp::Ne => Dunder::Ne,
        CmpOp::Lt => Dunder::Lt,
        CmpOp::Le => Dunder::Le,
        CmpOp::Gt => Dunder::Gt,
        CmpOp::Ge => Dunder::Ge,
    })
}

unsafe fn compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let cls = class_for(a);
    let Some(dunder) = compare_dunder(op) else {
        return not_implemented();
    };
    if cls.dunders[dunder as usize] != 0 {
        return unsafe { call_dunder(ts, a, dunder as usize, &[b]) };
    }
    // `object.__ne__` inverts `__eq__`; a built-in base with comparisons
    // (`str`, `int`, `list`...) comes before `object` in the MRO, and its
    // own `__ne__` compares the values without calling the override.
    let base = unsafe { (*cls.solid).slots.compare };
    if dunder == Dunder::Ne && cls.dunders[Dunder::Eq as usize] != 0 && base.is_none() {
        let result = unsafe { call_dunder(ts, a, Dunder::Eq as usize, &[b]) };
        if result == 0 || result == not_implemented() {
            return result;
        }
        return match unsafe { crate::ops::ty_truthy(ts, result) } {
            -1 => 0,
            t => bool_::from_bool(t == 0),
        };
    }
    match base {
        Some(base) => unsafe { base(ts, op, a, b) },
        None => not_implemented(),
    }
}

unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, reflected: bool) -> Word {
    let (obj, other, kind) = if reflected { (b, a, 1) } else { (a, b, 0) };
    let cls = class_for(obj);
    let idx = binop_dunder(op as usize, kind);
    if cls.dunders[idx] != 0 {
        return unsafe { call_dunder(ts, obj, idx, &[other]) };
    }
    match unsafe { (*cls.solid).slots.binop } {
        Some(base) => unsafe { base(ts, op, a, b, reflected) },
        None => not_implemented(),
    }
}

/// `a op= b` through `__iop__`, if `a`'s class defines it; `None` otherwise
/// (the caller falls back to the binary operator).
///
/// # Safety
/// `a` and `b` must be valid words.
pub unsafe fn inplace(ts: *mut Thread, op: i32, a: Word, b: Word) -> Option<Word> {
    let cls = super::user_class_of(a)?;
    let idx = binop_dunder(usize::try_from(op).ok()?, 2);
    if cls.dunders.get(idx).copied().unwrap_or(0) == 0 {
        return None;
    }
    let result = unsafe { call_dunder(ts, a, idx, &[b]) };
    if result == not_implemented() {
        return None;
    }
    Some(result)
}

unsafe fn unary(ts: *mut Thread, op: i32, a: Word) -> Word {
    let dunder = match UnaryOp::from_i32(op) {
        Some(UnaryOp::Neg) => Dunder::Neg,
        Some(UnaryOp::Pos) => Dunder::Pos,
        Some(UnaryOp::Invert) => Dunder::Invert,
        _ => return not_implemented(),
    };
    if class_for(a).dunders[dunder as usize] == 0 {
        return not_implemented();
    }
    unsafe { call_dunder(ts, a, dunder as usize, &[]) }
}

unsafe fn truthy(ts: *mut Thread, obj: Word) -> i32 {
    let result = unsafe { call_dunder(ts, obj, Dunder::Bool as usize, &[]) };
    if result == 0 {
        return -1;
    }
    if !bool_::is_bool(result) {
        let message = format!(
            "__bool__ should return bool, returned {}",
            type_of(result).name
        );
        type_error(ts, &message);
        return -1;
    }
    unsafe { bool_::value(result) as i32 }
}

unsafe fn len(ts: *mut Thread, obj: Word) -> i64 {
    let result = unsafe { call_dunder(ts, obj, Dunder::Len as usize, &[]) };
    if result == 0 {
        return -1;
    }
    let Some(value) = int::view(result) else {
        let message = format!(
            "'{}' object cannot be interpreted as an integer",
            type_of(result).name
        );
        type_error(ts, &message);
        return -1;
    };
    match value.to_i64() {
        Some(n) if n >= 0 => n,
        Some(_) => {
            crate::error::raise(ts, &VALUE_ERROR, "__len__() should return >= 0");
            -1
        }
        None => {
            let message = "cannot fit 'int' into an index-sized integer";
            crate::error::raise(ts, &crate::types::exception::OVERFLOW_ERROR, message);
            -1
        }
    }
}

unsafe fn getitem(ts: *mut Thread, obj: Word, key: Word) -> Word {
    unsafe { call_dunder(ts, obj, Dunder::GetItem as usize, &[key]) }
}

unsafe fn setitem(ts: *mut Thread, obj: Word, key: Word, value: Word) -> i32 {
    let result = unsafe { call_dunder(ts, obj, Dunder::SetItem as usize, &[key, value]) };
    if result == 0 { -1 } else { 0 }
}

unsafe fn delitem(ts: *mut Thread, obj: Word, key: Word) -> i32 {
    let result = unsafe { call_dunder(ts, obj, Dunder::DelItem as usize, &[key]) };
    if result == 0 { -1 } else { 0 }
}

unsafe fn contains(ts: *mut Thread, obj: Word, item: Word) -> i32 {
    let result = unsafe { call_dunder(ts, obj, Dunder::Contains as usize, &[item]) };
    if result == 0 {
        return -1;
    }
    unsafe { crate::ops::ty_truthy(ts, result) }
}

unsafe fn iter(ts: *mut Thread, obj: Word) -> Word {
    let result = unsafe { call_dunder(ts, obj, Dunder::Iter as usize, &[]) };
    if result == 0 {
        return 0;
    }
    if type_of(result).slots.next.is_none() {
        let message = format!(
            "iter() returned non-iterator of type '{}'",
            type_of(result).name
        );
        return type_error(ts, &message);
    }
    result
}

unsafe fn next(ts: *mut Thread, obj: Word) -> Word {
    let result = unsafe { call_dunder(ts, obj, Dunder::Next as usize, &[]) };
    if result == 0 {
        let pending = unsafe { (*ts).exc };
        if crate::object::is_instance(pending, &STOP_ITERATION) {
            unsafe { (*ts).exc = 0 };
            return ITER_DONE;
        }
    }
    result
}

unsafe fn call(
    ts: *mut Thread,
    callee: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let func = class_for(callee).dunders[Dunder::Call as usize];
    if std::ptr::eq(type_of(func), &function::FUNCTION_TYPE) {
        return unsafe { crate::calls::call_with_self(ts, func, callee, args, nargs, kwnames) };
    }
    let owner = type_of(callee) as *const TypeObject as Word;
    let bound = unsafe { descr::get(ts, func, callee, owner) };
    if bound == 0 {
        return 0;
    }
    unsafe { crate::calls::ty_call(ts, bound, args, nargs, kwnames) }
}
