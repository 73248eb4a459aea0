//! Conversions from ints: correctly rounded floats (`float(n)`, `a / b`) and
//! decimal text under CPython 3.11's digit limit (`str(10**5000)` raises).

use super::{Int, view};
use crate::object::Word;
use crate::thread::Thread;
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::sync::atomic::{AtomicUsize, Ordering};

/// `sys.get_int_max_str_digits()`: 0 means unlimited. One setting per
/// process, as in CPython.
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`; the caller has checked that `n` is 0 or
/// at least 640.
pub fn set_max_str_digits(limit: usize) {
    MAX_STR_DIGITS.store(limit, Ordering::Relaxed);
}

/// The float nearest to `m * 2**e` (ties to even), or `None` when it
/// overflows. When `m` is inexact, the caller ORs a "sticky" 1 into its
/// lowest bit and keeps at least two bits below the 53 that survive, so the
/// rounding direction is still decided correctly. Subnormal results are
/// rounded once, at their own precision.
pub fn round_to_f64(m: u64, e: i64) -> Option<f64> {
    if m == 0 {
        return Some(0.0);
    }
    let width = 64 - m.leading_zeros() as i64;
    let mut lsb = (e + width - 53).max(-1074);
    let mut mant = if lsb <= e {
        m << (e - lsb)
    } else {
        let drop = lsb - e;
        if drop > 64 {
            return Some(0.0);
        }
        let (kept, rest, half) = if drop == 64 {
            (0, m, 1u64 << 63)
        } else {
            (m >> drop, m & ((1u64 << drop) - 1), 1u64 << (drop - 1))
        };
        let up = rest > half || (rest == half && kept & 1 == 1);
        kept + up as u64
    };
    if mant == 1 << 53 {
        mant >>= 1;
        lsb += 1;
    }
    if mant < 1 << 52 {
        // Subnormal (or zero): the exponent field is 0 and `lsb` is -1074.
        return Some(f64::from_bits(mant));
    }
    let biased = lsb + 1075;
    if biased >= 2047 {
        return None;
    }
    Some(f64::from_bits(((biased as u64) << 52) | (mant - (1 << 52))))
}

/// The float nearest to a big integer, `None` when it is too large.
pub fn big_to_f64(value: &BigInt) -> Option<f64> {
    let magnitude = value.magnitude();
    let bits = magnitude.bits();
    let result = if bits <= 64 {
        round_to_f64(magnitude.to_u64().unwrap_or(0), 0)?
    } else {
        let shift = bits - 64;
        let top = (magnitude >> shift).to_u64().unwrap_or(0);
        let sticky = magnitude.trailing_zeros().unwrap_or(0) < shift;
        round_to_f64(top | sticky as u64, shift as i64)?
    };
    Some(if value.is_negative() { -result } else { result })
}

/// The float nearest to `a / b` for `b != 0`, `None` when it overflows.
pub fn ratio_to_f64(a: &BigUint, b: &BigUint) -> Option<f64> {
    if a.is_zero() {
        return Some(0.0);
    }
    // Scale so the quotient has 56 or 57 bits: enough below the 53 kept
    // bits for the sticky bit to carry the remainder's sign.
    let shift = a.bits() as i64 - b.bits() as i64 - 56;
    let (q, r) = if shift >= 0 {
        a.div_rem(&(b << shift as u64))
    } else {
        (a << (-shift) as u64).div_rem(b)
    };
    let m = q.to_u64()? | (!r.is_zero()) as u64;
    round_to_f64(m, shift)
}

/// `float(n)` for an int or bool word: `None` with `OverflowError` pending
/// when it is too large (or 0.0 for a non-int).
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn to_f64(ts: *mut Thread, w: Word) -> Option<f64> {
    match view(w) {
        Some(Int::Small(v)) => Some(v as f64),
        Some(Int::Big(b)) => {
            let f = big_to_f64(b);
            if f.is_none() {
                crate::error::overflow_error(ts, "int too large to convert to float");
            }
            f
        }
        None => Some(0.0),
    }
}

/// Decimal text of a big integer, or `None` with `ValueError` pending when
/// it has more digits than `sys.get_int_max_str_digits()` allows.
pub fn to_decimal(ts: *mut Thread, value: &BigInt) -> Option<String> {
    let limit = max_str_digits();
    // A lower bound on the digit count rejects huge values before the
    // quadratic conversion; the exact count is checked afterwards.
    let bits = value.bits();
    if limit > 0 && bits > 1 && (bits - 1).saturating_mul(301_029) / 1_000_000 + 1 > limit as u64 {
        digit_limit_error(ts);
        return None;
    }
    let text = value.to_string();
    let digits = text.len() - value.is_negative() as usize;
    if limit > 0 && digits > limit {
        digit_limit_error(ts);
        return None;
    }
    Some(text)
}

fn digit_limit_error(ts: *mut Thread) {
    let message = format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    );
    crate::error::value_error(ts, &message);
}
