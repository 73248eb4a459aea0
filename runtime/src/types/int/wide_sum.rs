//! The running total of `sum(... for ...)` over exact ints, kept by the
//! generated code in a three-word accumulator of its frame
//! (`opt::wide_sum` in the compiler): an `i128` part and a word that is 0
//! or the int the `i128` part adds to. Sums of fourth powers and products
//! outgrow the 63-bit inline ints but rarely an `i128`, so most additions
//! allocate nothing, where each partial sum used to be a new big int.
//!
//! Int addition is exact and associative, so splitting the total between
//! the two parts changes no result: the `i128` part is folded into the word
//! only when an addition would overflow it. An item that is not an exact
//! int or bool (which inference rules out; kept for safety) folds both
//! parts and adds through the generic operator, as `sum` would.

use super::{BigIntObject, INT_TYPE, Int, from_i128, int_op};
use crate::object::{Word, cast, is_small, small, small_value, type_of};
use crate::ops::ty_binop;
use crate::thread::Thread;
use crate::types::bool::{BOOL_TYPE, BoolObject};
use typhon_abi::BinOp;

/// The accumulator's layout: the `i128` part as two words, then the word.
#[repr(C)]
pub struct WideSum {
    low: u64,
    high: u64,
    rest: Word,
}

impl WideSum {
    fn part(&self) -> i128 {
        ((self.high as i128) << 64) | self.low as i128
    }

    fn set_part(&mut self, value: i128) {
        self.low = value as u64;
        self.high = (value >> 64) as u64;
    }
}

/// The value of an exact int or bool word; `None` for anything else
/// (an int subclass may override its operators).
fn exact(w: Word) -> Option<Int<'static>> {
    if is_small(w) {
        return Some(Int::Small(small_value(w)));
    }
    let ty = type_of(w);
    if std::ptr::eq(ty, &INT_TYPE) {
        Some(Int::Big(unsafe { &cast::<BigIntObject>(w).value }))
    } else if std::ptr::eq(ty, &BOOL_TYPE) {
        Some(Int::Small(unsafe { cast::<BoolObject>(w).value } as i64))
    } else {
        None
    }
}

/// `x ** k` when it fits an `i128`. When the bit length of `x` times `k`
/// is at most 126 the result fits, so plain multiplications serve
/// (`checked_mul` on `i128` is a library call per step).
fn power(x: i128, k: u32) -> Option<i128> {
    let bits = 128 - x.unsigned_abs().leading_zeros();
    if u64::from(bits) * u64::from(k) > 126 {
        return x.checked_pow(k);
    }
    let mut result: i128 = 1;
    for _ in 0..k {
        result = result.wrapping_mul(x);
    }
    Some(result)
}

/// `acc += item` (`item ** pow` when `pow` > 1): 0, or -1 with an
/// exception set.
///
/// # Safety
/// `acc` points to a live accumulator; `item` is a valid word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_wide_sum_add(
    ts: *mut Thread,
    acc: *mut Word,
    item: Word,
    pow: i64,
) -> i32 {
    let acc = unsafe { &mut *(acc as *mut WideSum) };
    let value = exact(item).and_then(|x| {
        let x = x.to_i128()?;
        match pow {
            1 => Some(x),
            _ => power(x, u32::try_from(pow).ok()?),
        }
    });
    if let Some(value) = value {
        match acc.part().checked_add(value) {
            Some(total) => acc.set_part(total),
            None => {
                // Fold the `i128` part into the word; `value` starts anew.
                if fold(ts, acc).is_none() {
                    return -1;
                }
                acc.set_part(value);
            }
        }
        return 0;
    }
    let Some(word) = fold(ts, acc) else {
        return -1;
    };
    let addend = if pow == 1 {
        item
    } else {
        let Some(exponent) = small(pow) else {
            return -1;
        };
        match exact(item) {
            Some(x) => int_op(ts, BinOp::Pow, x, Int::Small(pow)),
            None => unsafe { ty_binop(ts, BinOp::Pow as i32, item, exponent) },
        }
    };
    if addend == 0 {
        return -1;
    }
    let total = add(ts, word, addend);
    if total == 0 {
        return -1;
    }
    acc.rest = total;
    0
}

/// Moves the `i128` part into the word (0 counting as the int 0) and
/// returns the word; `None` with an exception set.
fn fold(ts: *mut Thread, acc: &mut WideSum) -> Option<Word> {
    let part = acc.part();
    let word = match (acc.rest, part) {
        (0, _) => from_i128(ts, part),
        (rest, 0) => rest,
        (rest, _) => {
            let part = from_i128(ts, part);
            if part == 0 {
                return None;
            }
            add(ts, rest, part)
        }
    };
    if word == 0 {
        return None;
    }
    acc.rest = word;
    acc.set_part(0);
    Some(word)
}

/// `a + b`, directly for exact ints, else through the operator.
fn add(ts: *mut Thread, a: Word, b: Word) -> Word {
    match (exact(a), exact(b)) {
        (Some(x), Some(y)) => int_op(ts, BinOp::Add, x, y),
        _ => unsafe { ty_binop(ts, BinOp::Add as i32, a, b) },
    }
}

/// The total, an int word (0 with an exception set).
///
/// # Safety
/// `acc` points to a live accumulator.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_wide_sum_total(ts: *mut Thread, acc: *mut Word) -> Word {
    let acc = unsafe { &mut *(acc as *mut WideSum) };
    fold(ts, acc).unwrap_or(0)
}
