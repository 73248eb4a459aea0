//! Augmented assignment (`a += b`): mutable built-in containers change in
//! place, which aliases observe (`x = l; l += [1]` grows `x` too); every
//! other operand falls back to the plain binary operator, with CPython's
//! `+=`-style wording when nobody handles it.

use super::{dispatch_binop, fast_binop, unsupported_operands};
use crate::object::{Word, is_exact, is_small, type_of};
use crate::thread::Thread;
use crate::types::none::not_implemented;
use crate::types::{dict, list, set};
use typhon_abi::BinOp;

/// Entry: `a op= b`; returns the new value of `a` (`a` itself when it was
/// changed in place).
///
/// # Safety
/// `a` and `b` must be valid words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_inplace_binop(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    if !is_small(a)
        && let Some(kind) = BinOp::from_i32(op)
        && let Some(result) = unsafe { in_place(ts, kind, a, b, type_of(a)) }
    {
        return result;
    }
    if let Some(result) = unsafe { crate::types::class::slots::inplace(ts, op, a, b) } {
        return result;
    }
    // A subclass without its own in-place method uses its built-in base's
    // (`class L(list)`: `x += [1]` extends `x`, which stays an `L`).
    if !is_small(a)
        && crate::types::class::is_heap(type_of(a))
        && let Some(kind) = BinOp::from_i32(op)
        && let Some(result) =
            unsafe { in_place(ts, kind, a, b, crate::types::class::solid_base(type_of(a))) }
    {
        return result;
    }
    let result = match fast_binop(ts, op, a, b) {
        Some(result) => result,
        None => unsafe { dispatch_binop(ts, op, a, b) },
    };
    if result == not_implemented() {
        return unsupported_operands(ts, op, a, b, "=");
    }
    result
}

/// The in-place forms of list, set and dict; `None` when `a op= b` is not
/// one of them.
unsafe fn in_place(
    ts: *mut Thread,
    op: BinOp,
    a: Word,
    b: Word,
    ty: *const crate::object::TypeObject,
) -> Option<Word> {
    if std::ptr::eq(ty, &crate::types::bytearray::BYTEARRAY_TYPE) {
        return unsafe { crate::types::bytearray::in_place(ts, op, a, b) };
    }
    let method = if std::ptr::eq(ty, &list::LIST_TYPE) {
        match op {
            // CPython tries the number slots (`b.__radd__`) before a list's
            // in-place concatenation; a subclass instead runs the
            // `__iadd__` it inherits.
            BinOp::Add if std::ptr::eq(type_of(a), ty) => {
                if let Some(result) = unsafe { crate::types::seq::reflected_add(ts, a, b) } {
                    return Some(result);
                }
                "extend"
            }
            BinOp::Add => "extend",
            BinOp::Mul => return unsafe { repeat_list(ts, a, b) },
            _ => return None,
        }
    } else if std::ptr::eq(ty, &set::SET_TYPE) {
        // `s |= t` needs a set on the right; `s |= [1]` is a TypeError.
        let other_is_set =
            !is_small(b) && (is_exact(b, &set::SET_TYPE) || is_exact(b, &set::FROZENSET_TYPE));
        match op {
            _ if !other_is_set => return None,
            BinOp::BitOr => "update",
            BinOp::BitAnd => "intersection_update",
            BinOp::Sub => "difference_update",
            BinOp::BitXor => "symmetric_difference_update",
            _ => return None,
        }
    } else if std::ptr::eq(ty, &dict::DICT_TYPE) && op == BinOp::BitOr {
        "update"
    } else {
        return None;
    };
    let name = crate::types::str::new(ts, method);
    if name == 0 {
        return Some(0);
    }
    let result = unsafe { crate::entry::ty_call_method(ts, a, name, &b, 1, 0) };
    Some(if result == 0 { 0 } else { a })
}

/// `l *= n`: repeat the list's items in place (`n <= 0` empties it);
/// `None` when `n`'s `__rmul__` comes first.
unsafe fn repeat_list(ts: *mut Thread, a: Word, b: Word) -> Option<Word> {
    let count = match unsafe { crate::types::seq::repeat_count(ts, b, true) } {
        Ok(Some(count)) => count,
        Ok(None) => return None,
        Err(()) => return Some(0),
    };
    let items = unsafe { list::items(ts, a) };
    if count <= 0 {
        items.clear();
        return Some(a);
    }
    let len = items.len();
    let Some(total) = len
        .checked_mul(count as usize)
        .filter(|t| *t <= isize::MAX as usize / 8)
    else {
        crate::error::memory_error(ts);
        return Some(0);
    };
    if !unsafe { items.reserve_exact(ts, total - len) } {
        return Some(0);
    }
    for _ in 1..count {
        // The room is reserved, so the slice stays valid while copying.
        let head: &[Word] = unsafe { std::slice::from_raw_parts(items.as_ptr(), len) };
        let done = unsafe { items.extend_from_slice(ts, head) };
        debug_assert!(done, "the room was reserved");
    }
    Some(a)
}
