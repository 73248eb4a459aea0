//! Rich comparison, as CPython's `do_richcompare`: the left operand's
//! `compare` slot, then the right operand's with the mirrored operator (`<`
//! becomes `>`), the right one first when its type is a proper subtype of
//! the left's; `==` and `!=` fall back to identity, the orderings raise
//! `TypeError`.

use crate::error::type_error;
use crate::object::{Word, is_small, small_value, type_of};
use crate::thread::Thread;
use crate::types::bool as bool_;
use crate::types::float;
use crate::types::int::cmp_holds;
use crate::types::none::not_implemented;
use typhon_abi::CmpOp;

/// The operator that asks the same question with the operands swapped.
fn mirrored(op: i32) -> i32 {
    match CmpOp::from_i32(op) {
        Some(CmpOp::Lt) => CmpOp::Gt as i32,
        Some(CmpOp::Le) => CmpOp::Ge as i32,
        Some(CmpOp::Gt) => CmpOp::Lt as i32,
        Some(CmpOp::Ge) => CmpOp::Le as i32,
        _ => op,
    }
}

/// `a op b` as a Python object (usually a bool), 0 with an exception pending.
///
/// # Safety
/// `a` and `b` must be valid words.
pub unsafe fn rich_compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    // `None` against `None` or a built-in type's value (`result == "stop"`
    // with `result: str | None`): every static type's `compare` slot
    // answers `NotImplemented` for `None`, so `==` / `!=` is identity.
    // A class instance (heap type) may define `__eq__`: the slots run.
    let none = crate::types::none::none();
    if (a == none || b == none) && (op == CmpOp::Eq as i32 || op == CmpOp::Ne as i32) {
        let other = if a == none { b } else { a };
        if type_of(other).header.gc & crate::object::GC_STATIC != 0 {
            return bool_::from_bool((a == b) == (op == CmpOp::Eq as i32));
        }
    }
    let (ta, tb) = (type_of(a), type_of(b));
    let mut reverse_tried = false;
    if !std::ptr::eq(ta, tb)
        && tb.is_subtype(ta)
        && let Some(reflected) = tb.slots.compare
    {
        let result = unsafe { reflected(ts, mirrored(op), b, a) };
        if result != not_implemented() {
            return result;
        }
        reverse_tried = true;
    }
    if let Some(direct) = ta.slots.compare {
        let result = unsafe { direct(ts, op, a, b) };
        if result != not_implemented() {
            return result;
        }
    }
    if !reverse_tried && let Some(reflected) = tb.slots.compare {
        let result = unsafe { reflected(ts, mirrored(op), b, a) };
        if result != not_implemented() {
            return result;
        }
    }
    match CmpOp::from_i32(op) {
        Some(CmpOp::Eq) => bool_::from_bool(a == b),
        Some(CmpOp::Ne) => bool_::from_bool(a != b),
        Some(other) => type_error(
            ts,
            &format!(
                "'{}' not supported between instances of '{}' and '{}'",
                other.symbol(),
                ta.name,
                tb.name
            ),
        ),
        None => type_error(ts, "bad comparison operator"),
    }
}

/// Entry: `a op b` as a Python object.
///
/// # Safety
/// `a` and `b` must be valid words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    if let Some(holds) = fast_compare(op, a, b) {
        return bool_::from_bool(holds);
    }
    unsafe { rich_compare(ts, op, a, b) }
}

/// Entry: `a op b` as a truth value: 1, 0, or -1 with an exception pending.
///
/// # Safety
/// `a` and `b` must be valid words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_compare_bool(ts: *mut Thread, op: i32, a: Word, b: Word) -> i32 {
    if let Some(holds) = fast_compare(op, a, b) {
        return holds as i32;
    }
    let result = unsafe { rich_compare(ts, op, a, b) };
    if result == 0 {
        return -1;
    }
    if bool_::is_bool(result) {
        return unsafe { bool_::value(result) } as i32;
    }
    unsafe { super::ty_truthy(ts, result) }
}

/// Comparisons of two small ints or two floats, without slot dispatch.
#[inline]
fn fast_compare(op: i32, a: Word, b: Word) -> Option<bool> {
    if is_small(a) && is_small(b) {
        return Some(cmp_holds(op, small_value(a).cmp(&small_value(b))));
    }
    // Exact floats only: a subclass may override the operator.
    if float::is_exact_float(a) && float::is_exact_float(b) {
        let (x, y) = unsafe { (float::value(a), float::value(b)) };
        return Some(match x.partial_cmp(&y) {
            Some(ordering) => cmp_holds(op, ordering),
            None => op == CmpOp::Ne as i32,
        });
    }
    None
}
