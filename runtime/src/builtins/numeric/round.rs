//! `round()`: ints round to a multiple of a power of ten, floats round
//! their exact binary value to decimal places (ties to even) and come back
//! as the nearest float, as CPython's `double_round` does.

use super::bind;
use crate::error::type_error;
use crate::object::{Word, type_of};
use crate::thread::Thread;
use crate::types::float;
use crate::types::int::{self, Int};
use crate::types::none::none;
use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, Zero};

/// `round(number, ndigits=None)`.
///
/// # Safety
/// `args` must hold `nargs` words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn round(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some([Some(x), ndigits]) =
        (unsafe { bind(ts, "round", args, nargs, kwnames, ["number", "ndigits"], 1) })
    else {
        return 0;
    };
    // A user class's `__round__` gets `ndigits` as given (CPython passes
    // it through unchecked, and omits it when it was not given).
    let ty = type_of(x);
    if crate::types::class::is_heap(ty) {
        let name = crate::types::str::new(ts, "__round__");
        if name == 0 {
            return 0;
        }
        if crate::types::class::lookup(ts, ty, name).is_some() {
            let call = crate::types::class::instance::call_method;
            return match ndigits {
                Some(n) if n != none() => unsafe { call(ts, x, name, &n, 1, 0) },
                _ => unsafe { call(ts, x, name, std::ptr::null(), 0, 0) },
            };
        }
    }
    // The type is checked before `ndigits`, as CPython looks `__round__` up first.
    if int::view(x).is_none() && !float::is_float(x) {
        return type_error(
            ts,
            &format!("type {} doesn't define __round__ method", ty.name),
        );
    }
    let ndigits = match ndigits {
        Some(n) if n != none() => match int::view(n) {
            // Out-of-range counts are clamped, as `PyNumber_AsSsize_t(n, NULL)` does.
            Some(v) => {
                Some(
                    v.to_i64()
                        .unwrap_or(if v.is_negative() { i64::MIN } else { i64::MAX }),
                )
            }
            None => {
                let name = type_of(n).name;
                return type_error(
                    ts,
                    &format!("'{name}' object cannot be interpreted as an integer"),
                );
            }
        },
        _ => None,
    };
    if let Some(v) = int::view(x) {
        return match ndigits {
            Some(n) if n < 0 => int::from_bigint(ts, round_int(v.to_bigint(), n.unsigned_abs())),
            _ => match v {
                Int::Small(v) => int::from_i64(ts, v),
                Int::Big(_) => x,
            },
        };
    }
    // Only a float is left.
    let value = unsafe { float::value(x) };
    match ndigits {
        None => int::from_f64(ts, value.round_ties_even()),
        Some(n) => match round_float(value, n) {
            Some(r) => float::new(ts, r),
            None => crate::error::overflow_error(ts, "rounded value too large to represent"),
        },
    }
}

/// `round(v, -k)` for an int: the nearest multiple of `10**k`, ties to even.
fn round_int(value: BigInt, k: u64) -> BigInt {
    // A value with fewer than `k` digits is below half of 10**k.
    if k > value.bits() / 3 + 1 {
        return BigInt::zero();
    }
    let unit = BigInt::from(10u32).pow(k as u32);
    let (q, r) = value.div_mod_floor(&unit);
    let twice = r * 2u32;
    let up = twice > unit || (twice == unit && q.is_odd());
    (if up { q + 1u32 } else { q }) * unit
}

/// `round(x, n)` for a float, correctly rounded as CPython's `double_round`
/// (round the exact binary value to `n` decimals, ties to even, then back to
/// the nearest float); `None` when the result overflows.
pub fn round_float(x: f64, n: i64) -> Option<f64> {
    // Beyond these, CPython returns x unchanged or a signed zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || n > NDIGITS_MAX {
        return Some(x);
    }
    if n < NDIGITS_MIN || x == 0.0 {
        return Some(0.0 * x);
    }
    let (m, e) = float::frexp(x.abs());
    // |x| == mantissa * 2**exponent exactly.
    let mantissa = BigUint::from((m * 9_007_199_254_740_992.0) as u64);
    let exponent = e as i64 - 53;
    let (mut num, mut den) = (mantissa, BigUint::one());
    if exponent >= 0 {
        num <<= exponent as u64;
    } else {
        den <<= (-exponent) as u64;
    }
    let ten_k = BigUint::from(10u32).pow(n.unsigned_abs() as u32);
    if n >= 0 {
        num *= &ten_k;
    } else {
        den *= &ten_k;
    }
    let (q, r) = num.div_rem(&den);
    let twice = r * 2u32;
    let nearest = if twice > den || (twice == den && q.is_odd()) {
        q + 1u32
    } else {
        q
    };
    let magnitude = if n >= 0 {
        int::ratio_to_f64(&nearest, &ten_k)?
    } else {
        int::big_to_f64(&BigInt::from(nearest * ten_k))?
    };
    Some(magnitude.copysign(x))
}
