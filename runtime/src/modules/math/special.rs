//! `math.gamma`, `math.lgamma` and `math.remainder` with CPython's
//! results: the gamma functions by the Lanczos approximation CPython uses
//! (N = 13, g = 6.0246800407767296, the published "lanczos13m53"
//! coefficients, exact factorials for small integers), computed in the
//! same order with the same C library calls, so the bits agree;
//! `remainder` by the C library's, which is exact.

use super::floats::{c_cos, c_exp, c_log, c_pow, c_sin};
use super::{domain_error, fixed_args, one_arg, range_error, to_f64};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::float;

unsafe extern "C" {
    #[link_name = "remainderf64"]
    safe fn c_remainder(x: f64, y: f64) -> f64;
}

// Both are exact binary fractions, written with all their digits.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// Gamma is exact from a table up to this integer.
const GAMMA_INTEGRAL_MAX: f64 = 23.0;

/// The Lanczos sum for `x > 0`, by Horner's rule in `x` for small `x`
/// and in `1/x` for large (so neither overflows).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)` for finite `x`, reduced first so it is exact at integers.
fn sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i64 {
        0 => c_sin(pi * y),
        1 => c_cos(pi * (y - 0.5)),
        2 => c_sin(pi * (1.0 - y)),
        3 => -c_cos(pi * (y - 1.5)),
        _ => c_sin(pi * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// `n!` for `n <= 22`: every partial product's odd part fits in 53 bits,
/// so the float products are exact.
fn factorial(n: u32) -> f64 {
    (1..=n).map(f64::from).product()
}

/// CPython's `m_tgamma` for finite, non-pole `x`.
fn tgamma(x: f64) -> f64 {
    if x == x.floor() && x <= GAMMA_INTEGRAL_MAX {
        return factorial(x as u32 - 1);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 {
            0.0 / sinpi(x)
        } else {
            f64::INFINITY
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, recovered exactly.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * c_exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= c_pow(y, absx - 0.5);
        } else {
            let sqrtpow = c_pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / c_exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= c_pow(y, absx - 0.5);
        } else {
            let sqrtpow = c_pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    r
}

/// CPython's `m_lgamma` for finite, non-pole `x`.
fn lgamma_of(x: f64) -> f64 {
    if x == x.floor() && x <= 2.0 {
        return 0.0;
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -c_log(absx);
    }
    let mut r = c_log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (c_log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = c_log(std::f64::consts::PI) - c_log(sinpi(absx).abs()) - c_log(absx) - r;
    }
    r
}

/// Whether `x` is zero or a negative integer: a pole of the gamma function.
fn is_pole(x: f64) -> bool {
    x <= 0.0 && x == x.floor()
}

pub(super) unsafe extern "C" fn gamma(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(arg) = (unsafe { one_arg(ts, "gamma", argv, nargs, kwnames) }) else {
        return 0;
    };
    let Some(x) = to_f64(ts, arg) else {
        return 0;
    };
    if x.is_nan() {
        return float::new(ts, x);
    }
    if x.is_infinite() {
        return if x > 0.0 {
            float::new(ts, x)
        } else {
            domain_error(ts)
        };
    }
    if is_pole(x) {
        return domain_error(ts);
    }
    let r = tgamma(x);
    if r.is_infinite() {
        return range_error(ts);
    }
    float::new(ts, r)
}

pub(super) unsafe extern "C" fn lgamma(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(arg) = (unsafe { one_arg(ts, "lgamma", argv, nargs, kwnames) }) else {
        return 0;
    };
    let Some(x) = to_f64(ts, arg) else {
        return 0;
    };
    if x.is_nan() {
        return float::new(ts, x);
    }
    if x.is_infinite() {
        return float::new(ts, f64::INFINITY);
    }
    if is_pole(x) {
        return domain_error(ts);
    }
    let r = lgamma_of(x);
    if r.is_infinite() {
        return range_error(ts);
    }
    float::new(ts, r)
}

pub(super) unsafe extern "C" fn remainder(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some([a, b]) = (unsafe { fixed_args::<2>(ts, "remainder", argv, nargs, kwnames) }) else {
        return 0;
    };
    let Some(x) = to_f64(ts, a) else {
        return 0;
    };
    let Some(y) = to_f64(ts, b) else {
        return 0;
    };
    if x.is_nan() {
        return float::new(ts, x);
    }
    if y.is_nan() {
        return float::new(ts, y);
    }
    if x.is_infinite() || y == 0.0 {
        return domain_error(ts);
    }
    if y.is_infinite() {
        return float::new(ts, x);
    }
    float::new(ts, c_remainder(x, y))
}
