//! `fsum`, `hypot`, `dist` and `prod`: CPython's algorithms, so results
//! agree to the last bit (`fsum` is exact, `hypot` uses the same
//! compensated vector norm).

use super::{all_args, fixed_args, one_arg, to_f64};
use crate::calls::args::{self, Args};
use crate::error::{overflow_error, type_error, value_error};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::{float, int};

/// `fsum(iterable)`: Shewchuk's exact partial sums, rounded once at the
/// end (half to even), with CPython's handling of infinities and NaNs.
pub(super) unsafe extern "C" fn fsum(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(iterable) = (unsafe { one_arg(ts, "fsum", argv, n, kw) }) else {
        return 0;
    };
    let Some(items) = (unsafe { args::collect(ts, iterable) }) else {
        return 0;
    };
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0;
    let mut inf_sum = 0.0;
    for item in items {
        let Some(mut x) = to_f64(ts, item) else {
            return 0;
        };
        let original = x;
        let mut kept = 0;
        for idx in 0..partials.len() {
            let mut y = partials[idx];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite sum of finite values is an overflow; else an
                // infinity or NaN among the inputs decides the result.
                if original.is_finite() {
                    return overflow_error(ts, "intermediate overflow in fsum");
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special_sum += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return value_error(ts, "-inf + inf in fsum");
        }
        return float::new(ts, special_sum);
    }
    float::new(ts, round_partials(&partials))
}

/// The correctly rounded sum of non-overlapping partials (increasing
/// magnitude).
fn round_partials(partials: &[f64]) -> f64 {
    let mut remaining = partials.len();
    if remaining == 0 {
        return 0.0;
    }
    remaining -= 1;
    let mut hi = partials[remaining];
    let mut lo = 0.0;
    while remaining > 0 {
        let x = hi;
        remaining -= 1;
        let y = partials[remaining];
        hi = x + y;
        let y_rounded = hi - x;
        lo = y - y_rounded;
        if lo != 0.0 {
            break;
        }
    }
    // Round half to even: when the rest is exactly half an ulp of `hi`
    // and the next partial pushes the same way, round away.
    if remaining > 0
        && ((lo < 0.0 && partials[remaining - 1] < 0.0)
            || (lo > 0.0 && partials[remaining - 1] > 0.0))
    {
        let y = lo * 2.0;
        let x = hi + y;
        let y_rounded = x - hi;
        if y == y_rounded {
            hi = x;
        }
    }
    hi
}

pub(super) unsafe extern "C" fn hypot(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    let Some(args) = (unsafe { all_args(ts, "hypot", argv, n, kw) }) else {
        return 0;
    };
    let mut coords = Vec::with_capacity(args.len());
    for arg in args {
        let Some(x) = to_f64(ts, *arg) else {
            return 0;
        };
        coords.push(x.abs());
    }
    float::new(ts, norm(&mut coords))
}

pub(super) unsafe extern "C" fn dist(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([p, q]) = (unsafe { fixed_args::<2>(ts, "dist", argv, n, kw) }) else {
        return 0;
    };
    let Some(p) = (unsafe { args::collect(ts, p) }) else {
        return 0;
    };
    let Some(q) = (unsafe { args::collect(ts, q) }) else {
        return 0;
    };
    if p.len() != q.len() {
        return value_error(ts, "both points must have the same number of dimensions");
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        let Some(a) = to_f64(ts, *a) else {
            return 0;
        };
        let Some(b) = to_f64(ts, *b) else {
            return 0;
        };
        diffs.push((a - b).abs());
    }
    float::new(ts, norm(&mut diffs))
}

/// The Euclidean norm of non-negative values as CPython 3.11 computes it:
/// scaled by a power of two so no step overflows, squares and their sum
/// kept in double length, then one correction step of the square root.
fn norm(values: &mut [f64]) -> f64 {
    let mut max = 0.0_f64;
    let mut found_nan = false;
    for x in values.iter() {
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let (_, max_e) = float::frexp(max);
    if max_e < -1023 {
        // Subnormal inputs: scale up first, since 2**-max_e would overflow.
        for x in values.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * norm(values);
    }
    let scale = pow2(-max_e);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    for x in values.iter() {
        let x = x * scale;
        let (sq_hi, sq_lo) = mul_exact(x, x);
        let (sum_hi, sum_lo) = fast_sum(csum, sq_hi);
        csum = sum_hi;
        frac1 += sq_lo;
        frac2 += sum_lo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (sq_hi, sq_lo) = mul_exact(-h, h);
    let (sum_hi, sum_lo) = fast_sum(csum, sq_hi);
    csum = sum_hi;
    frac1 += sq_lo;
    frac2 += sum_lo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// `2**k` for `-1074 <= k <= 1023`, subnormals included (`powi` would go
/// through an overflowing `2**-k`).
fn pow2(k: i32) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// Dekker's split of `x` into two halves of 26 bits.
fn split(x: f64) -> (f64, f64) {
    let t = x * 134_217_729.0;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// `x * y` exactly, as a sum of two floats (Dekker).
fn mul_exact(x: f64, y: f64) -> (f64, f64) {
    let (x_hi, x_lo) = split(x);
    let (y_hi, y_lo) = split(y);
    let p = x_hi * y_hi;
    let q = x_hi * y_lo + x_lo * y_hi;
    let z = p + q;
    let zz = p - z + q + x_lo * y_lo;
    (z, zz)
}

/// `a + b` exactly, as a sum of two floats, for `|a| >= |b|`.
fn fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

/// `prod(iterable, /, *, start=1)` with the generic `*`.
pub(super) unsafe extern "C" fn prod(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let call = unsafe { Args::new(argv, n, kw) };
    if call.positional.len() != 1 {
        let message = format!(
            "prod() takes exactly 1 positional argument ({} given)",
            call.positional.len()
        );
        return type_error(ts, &message);
    }
    let Some([start]) = call.keywords(ts, "prod", ["start"]) else {
        return 0;
    };
    let Some(items) = (unsafe { args::collect(ts, call.positional[0]) }) else {
        return 0;
    };
    let mut res = match start {
        Some(start) => start,
        None => int::from_i64(ts, 1),
    };
    for item in items {
        res = unsafe { crate::ops::ty_binop(ts, typhon_abi::BinOp::Mul as i32, res, item) };
        if res == 0 {
            return 0;
        }
    }
    res
}
