//! Generic operations on any value, dispatching through the type's slots:
//! the operator entry points (`ty_binop`, `ty_unary`, `ty_truthy`, ...) and
//! the Rust-side helpers `hash` and `eq` that dict, set and the builtins use.
//!
//! Binary operators follow CPython's `binary_op1`: the left operand's slot
//! first (the right operand's first when its type is a proper subtype of
//! the left's), then the right operand's reflected slot, then `TypeError`.
//! A slot declines an operand by returning `NotImplemented`.

mod compare;
mod inplace;

pub use compare::{rich_compare, ty_compare, ty_compare_bool};
pub use inplace::ty_inplace_binop;

use crate::error::type_error;
use crate::object::{Word, is_small, small, small_value, type_of};
use crate::thread::Thread;
use crate::types::int::{self, Int};
use crate::types::none::{none, not_implemented};
use crate::types::{bool as bool_, float};
use typhon_abi::{BinOp, UnaryOp};

/// `hash(w)`: `Some(h)`, or `None` with `TypeError` pending for unhashable values.
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn hash(ts: *mut Thread, w: Word) -> Option<i64> {
    if is_small(w) {
        return Some(int::hash_int(Int::Small(small_value(w))));
    }
    let ty = type_of(w);
    match ty.slots.hash {
        Some(hash) => unsafe { hash(ts, w) },
        None => {
            crate::error::type_error(ts, &format!("unhashable type: '{}'", ty.name));
            None
        }
    }
}

/// `a == b` as 1 / 0, or -1 with an exception pending. Identity implies
/// equality here, as in CPython's containers (`nan in [nan]` is true).
///
/// # Safety
/// `a` and `b` must be valid words.
pub unsafe fn eq(ts: *mut Thread, a: Word, b: Word) -> i32 {
    if a == b {
        return 1;
    }
    // Small ints are equal only when their words are (the int invariant).
    if is_small(a) && is_small(b) {
        return 0;
    }
    unsafe { compare::ty_compare_bool(ts, typhon_abi::CmpOp::Eq as i32, a, b) }
}

/// Entry: `a op b` for a `BinOp` code.
///
/// # Safety
/// `a` and `b` must be valid words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_binop(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let result = match fast_binop(ts, op, a, b) {
        Some(result) => result,
        None => unsafe { dispatch_binop(ts, op, a, b) },
    };
    if result == not_implemented() {
        return unsupported_operands(ts, op, a, b, "");
    }
    result
}

/// The binop of small ints and of floats, without slot dispatch.
#[inline]
pub(crate) fn fast_binop(ts: *mut Thread, op: i32, a: Word, b: Word) -> Option<Word> {
    if is_small(a) && is_small(b) {
        let (x, y) = (small_value(a), small_value(b));
        // Sums of two 63-bit values cannot overflow an i64.
        let simple = match op {
            0 => Some(x + y),
            1 => Some(x - y),
            2 => x.checked_mul(y),
            _ => None,
        };
        if let Some(w) = simple.and_then(small) {
            return Some(w);
        }
        let op = BinOp::from_i32(op)?;
        return Some(int::int_op(ts, op, Int::Small(x), Int::Small(y)));
    }
    // Exact floats only: a subclass may override the operator.
    if float::is_exact_float(a) && float::is_exact_float(b) {
        let (x, y) = unsafe { (float::value(a), float::value(b)) };
        let result = match op {
            0 => x + y,
            1 => x - y,
            2 => x * y,
            3 if y != 0.0 => x / y,
            _ => return None,
        };
        return Some(float::new(ts, result));
    }
    if op == 0
        && crate::object::is_exact(a, &crate::types::str::STR_TYPE)
        && crate::object::is_exact(b, &crate::types::str::STR_TYPE)
    {
        // CPython gives back the other operand when one is empty: no copy.
        if unsafe { crate::types::str::char_len(b) } == 0 {
            return Some(a);
        }
        if unsafe { crate::types::str::char_len(a) } == 0 {
            return Some(b);
        }
        return Some(unsafe { crate::types::str::concat(ts, &[a, b]) });
    }
    None
}

/// The slot dispatch of a binary operator; `NotImplemented` when neither
/// operand handles it (the caller words the error).
///
/// # Safety
/// `a` and `b` must be valid words.
pub unsafe fn dispatch_binop(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let (ta, tb) = (type_of(a), type_of(b));
    let slot_a = ta.slots.binop;
    let mut slot_b = if std::ptr::eq(ta, tb) {
        None
    } else {
        tb.slots.binop
    };
    if let Some(reflected) = slot_b
        && tb.is_subtype(ta)
    {
        let result = unsafe { reflected(ts, op, a, b, true) };
        if result != not_implemented() {
            return result;
        }
        slot_b = None;
    }
    if let Some(direct) = slot_a {
        let result = unsafe { direct(ts, op, a, b, false) };
        if result != not_implemented() {
            return result;
        }
    }
    if let Some(reflected) = slot_b {
        let result = unsafe { reflected(ts, op, a, b, true) };
        if result != not_implemented() {
            return result;
        }
    }
    not_implemented()
}

/// "unsupported operand type(s) for +: 'int' and 'str'"; `suffix` is `"="`
/// for augmented assignment.
pub(crate) fn unsupported_operands(
    ts: *mut Thread,
    op: i32,
    a: Word,
    b: Word,
    suffix: &str,
) -> Word {
    let symbol = match BinOp::from_i32(op) {
        Some(BinOp::Pow) if suffix.is_empty() => "** or pow()",
        Some(op) => op.symbol(),
        None => "?",
    };
    type_error(
        ts,
        &format!(
            "unsupported operand type(s) for {symbol}{suffix}: '{}' and '{}'",
            type_of(a).name,
            type_of(b).name
        ),
    )
}

/// Entry: a unary operator (`-a`, `+a`, `~a`, `not a`).
///
/// # Safety
/// `a` must be a valid word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_unary(ts: *mut Thread, op: i32, a: Word) -> Word {
    let Some(kind) = UnaryOp::from_i32(op) else {
        return type_error(ts, "bad unary operator");
    };
    if kind == UnaryOp::Not {
        return match unsafe { ty_truthy(ts, a) } {
            -1 => 0,
            t => bool_::from_bool(t == 0),
        };
    }
    if is_small(a) {
        let v = small_value(a);
        return match kind {
            UnaryOp::Neg => int::from_i64(ts, -v),
            UnaryOp::Invert => int::from_i64(ts, !v),
            _ => a,
        };
    }
    let ty = type_of(a);
    if let Some(unary) = ty.slots.unary {
        let result = unsafe { unary(ts, op, a) };
        if result != not_implemented() {
            return result;
        }
    }
    let symbol = match kind {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        _ => "~",
    };
    type_error(
        ts,
        &format!("bad operand type for unary {symbol}: '{}'", ty.name),
    )
}

/// Entry: the truth value of `a`: 1, 0, or -1 with an exception pending.
///
/// # Safety
/// `a` must be a valid word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_truthy(ts: *mut Thread, a: Word) -> i32 {
    if is_small(a) {
        return (small_value(a) != 0) as i32;
    }
    if a == none() {
        return 0;
    }
    let ty = type_of(a);
    if std::ptr::eq(ty, &bool_::BOOL_TYPE) {
        return unsafe { bool_::value(a) } as i32;
    }
    if let Some(truthy) = ty.slots.truthy {
        return unsafe { truthy(ts, a) };
    }
    if let Some(len) = ty.slots.len {
        return match unsafe { len(ts, a) } {
            -1 => -1,
            n => (n != 0) as i32,
        };
    }
    1
}

#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
