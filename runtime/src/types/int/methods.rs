//! The attributes and methods of `int` (and `bool`): `real`, `imag`,
//! `numerator`, `denominator`, `bit_length()`, `bit_count()`, `conjugate()`.

use super::{Int, from_i64, view};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::str as str_;

/// The number-protocol attributes: `n.real`, `n.imag`, `n.numerator`,
/// `n.denominator` (`True.real` is the int 1). Other names return 0 with
/// nothing pending, so methods are found next.
pub(super) unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    let Some(v) = view(w) else { return 0 };
    match unsafe { str_::bytes(name) } {
        b"real" | b"numerator" => match v {
            Int::Small(v) => from_i64(ts, v),
            Int::Big(_) => w,
        },
        b"imag" => from_i64(ts, 0),
        b"denominator" => from_i64(ts, 1),
        _ => 0,
    }
}

/// The receiver of a no-argument int method, or `None` with `TypeError`
/// pending ("int.bit_length() takes no arguments (1 given)").
unsafe fn no_arg_self<'a>(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
    name: &str,
) -> Option<Int<'a>> {
    if kwnames != 0 && !unsafe { crate::types::tuple::items(kwnames) }.is_empty() {
        crate::error::type_error(ts, &format!("int.{name}() takes no keyword arguments"));
        return None;
    }
    if nargs != 1 {
        crate::error::type_error(
            ts,
            &format!("int.{name}() takes no arguments ({} given)", nargs - 1),
        );
        return None;
    }
    let receiver = unsafe { *args };
    let v = view(receiver);
    if v.is_none() {
        crate::error::type_error(
            ts,
            &format!("descriptor '{name}' for 'int' objects doesn't apply"),
        );
    }
    v
}

pub(super) unsafe extern "C" fn bit_length(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { no_arg_self(ts, args, nargs, kwnames, "bit_length") } {
        Some(Int::Small(v)) => from_i64(ts, 64 - v.unsigned_abs().leading_zeros() as i64),
        Some(Int::Big(b)) => from_i64(ts, b.bits() as i64),
        None => 0,
    }
}

pub(super) unsafe extern "C" fn bit_count(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { no_arg_self(ts, args, nargs, kwnames, "bit_count") } {
        Some(Int::Small(v)) => from_i64(ts, v.unsigned_abs().count_ones() as i64),
        Some(Int::Big(b)) => {
            let ones: u64 = b
                .magnitude()
                .iter_u64_digits()
                .map(|d| d.count_ones() as u64)
                .sum();
            from_i64(ts, ones as i64)
        }
        None => 0,
    }
}

pub(super) unsafe extern "C" fn conjugate(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { no_arg_self(ts, args, nargs, kwnames, "conjugate") } {
        Some(Int::Small(v)) => from_i64(ts, v),
        Some(Int::Big(_)) => unsafe { *args },
        None => 0,
    }
}
