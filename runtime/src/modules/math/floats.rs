//! The float functions of `math`: `libm` calls wrapped in CPython's error
//! rules, and the functions CPython special-cases (`pow`, `fmod`, `log`
//! with a base or of huge ints, `ldexp`, `isclose`, `modf`, `ulp`).

use super::{domain_error, fixed_args, one_arg, range_error, to_bigint, to_f64};
use crate::calls::args::Args;
use crate::error::{type_error, value_error, zero_division};
use crate::gc::PinScope;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::{bool as bool_, float, int, tuple};

use num_traits::{Signed, ToPrimitive, Zero};

// The C library's functions, by their `_Float64` names (glibc 2.27 and
// later), which are the very functions CPython calls: Rust's runtime
// libraries define some of the plain names (`cbrt`) with implementations
// that differ in the last bit, and the plain names would bind to those.
unsafe extern "C" {
    #[link_name = "sinf64"]
    pub(super) safe fn c_sin(x: f64) -> f64;
    #[link_name = "cosf64"]
    pub(super) safe fn c_cos(x: f64) -> f64;
    #[link_name = "tanf64"]
    pub(super) safe fn c_tan(x: f64) -> f64;
    #[link_name = "asinf64"]
    pub(super) safe fn c_asin(x: f64) -> f64;
    #[link_name = "acosf64"]
    pub(super) safe fn c_acos(x: f64) -> f64;
    #[link_name = "atanf64"]
    pub(super) safe fn c_atan(x: f64) -> f64;
    #[link_name = "sinhf64"]
    pub(super) safe fn c_sinh(x: f64) -> f64;
    #[link_name = "coshf64"]
    pub(super) safe fn c_cosh(x: f64) -> f64;
    #[link_name = "tanhf64"]
    pub(super) safe fn c_tanh(x: f64) -> f64;
    #[link_name = "asinhf64"]
    pub(super) safe fn c_asinh(x: f64) -> f64;
    #[link_name = "acoshf64"]
    pub(super) safe fn c_acosh(x: f64) -> f64;
    #[link_name = "atanhf64"]
    pub(super) safe fn c_atanh(x: f64) -> f64;
    #[link_name = "expf64"]
    pub(super) safe fn c_exp(x: f64) -> f64;
    #[link_name = "exp2f64"]
    pub(super) safe fn c_exp2(x: f64) -> f64;
    #[link_name = "expm1f64"]
    pub(super) safe fn c_expm1(x: f64) -> f64;
    #[link_name = "logf64"]
    pub(super) safe fn c_log(x: f64) -> f64;
    #[link_name = "log2f64"]
    pub(super) safe fn c_log2(x: f64) -> f64;
    #[link_name = "log10f64"]
    pub(super) safe fn c_log10(x: f64) -> f64;
    #[link_name = "log1pf64"]
    pub(super) safe fn c_log1p(x: f64) -> f64;
    #[link_name = "cbrtf64"]
    pub(super) safe fn c_cbrt(x: f64) -> f64;
    #[link_name = "erff64"]
    pub(super) safe fn c_erf(x: f64) -> f64;
    #[link_name = "erfcf64"]
    pub(super) safe fn c_erfc(x: f64) -> f64;
    #[link_name = "atan2f64"]
    pub(super) safe fn c_atan2(y: f64, x: f64) -> f64;
    #[link_name = "powf64"]
    pub(super) safe fn c_pow(x: f64, y: f64) -> f64;
    #[link_name = "ldexpf64"]
    pub(super) safe fn c_ldexp(x: f64, exp: i32) -> f64;
    #[link_name = "nextafterf64"]
    pub(super) safe fn c_nextafter(x: f64, y: f64) -> f64;
}

/// CPython's `math_1`: the result `r` of a function at `x`, or the error
/// it stands for.
fn math_1(ts: *mut Thread, x: f64, r: f64, can_overflow: bool) -> Word {
    if r.is_nan() && !x.is_nan() {
        return domain_error(ts);
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow {
            range_error(ts)
        } else {
            domain_error(ts)
        };
    }
    float::new(ts, r)
}

macro_rules! unary {
    ($($name:ident => $func:expr, $can_overflow:expr;)*) => {$(
        pub(super) unsafe extern "C" fn $name(
            ts: *mut Thread,
            argv: *const Word,
            nargs: i64,
            kwnames: Word,
        ) -> Word {
            let Some(arg) = (unsafe { one_arg(ts, stringify!($name), argv, nargs, kwnames) }) else {
                return 0;
            };
            let Some(x) = to_f64(ts, arg) else {
                return 0;
            };
            let func: fn(f64) -> f64 = $func;
            math_1(ts, x, func(x), $can_overflow)
        }
    )*};
}

unary! {
    acos => |x| c_acos(x), false;
    acosh => |x| c_acosh(x), false;
    asin => |x| c_asin(x), false;
    asinh => |x| c_asinh(x), false;
    atan => |x| c_atan(x), false;
    atanh => |x| c_atanh(x), false;
    cbrt => |x| c_cbrt(x), false;
    cos => |x| c_cos(x), false;
    cosh => |x| c_cosh(x), true;
    erf => |x| c_erf(x), false;
    erfc => |x| c_erfc(x), false;
    exp => |x| c_exp(x), true;
    exp2 => |x| c_exp2(x), true;
    expm1 => |x| c_expm1(x), true;
    fabs => f64::abs, false;
    log1p => |x| c_log1p(x), false;
    sin => |x| c_sin(x), false;
    sinh => |x| c_sinh(x), true;
    sqrt => f64::sqrt, false;
    tan => |x| c_tan(x), false;
    tanh => |x| c_tanh(x), false;
}

/// `degrees` and `radians` never fail: CPython multiplies without
/// checking (`degrees(1e308)` is `inf`).
macro_rules! scaling {
    ($($name:ident => $factor:expr;)*) => {$(
        pub(super) unsafe extern "C" fn $name(
            ts: *mut Thread,
            argv: *const Word,
            nargs: i64,
            kwnames: Word,
        ) -> Word {
            let Some(arg) = (unsafe { one_arg(ts, stringify!($name), argv, nargs, kwnames) }) else {
                return 0;
            };
            match to_f64(ts, arg) {
                Some(x) => float::new(ts, x * $factor),
                None => 0,
            }
        }
    )*};
}

scaling! {
    degrees => 180.0 / std::f64::consts::PI;
    radians => std::f64::consts::PI / 180.0;
}

macro_rules! predicate {
    ($($name:ident => $test:expr;)*) => {$(
        pub(super) unsafe extern "C" fn $name(
            ts: *mut Thread,
            argv: *const Word,
            nargs: i64,
            kwnames: Word,
        ) -> Word {
            let Some(arg) = (unsafe { one_arg(ts, stringify!($name), argv, nargs, kwnames) }) else {
                return 0;
            };
            let Some(x) = to_f64(ts, arg) else {
                return 0;
            };
            let test: fn(f64) -> bool = $test;
            bool_::from_bool(test(x))
        }
    )*};
}

predicate! {
    isfinite => f64::is_finite;
    isinf => f64::is_infinite;
    isnan => f64::is_nan;
}

/// Two float arguments of `name(x, y)`.
unsafe fn two_floats(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<(f64, f64)> {
    let [a, b] = unsafe { fixed_args::<2>(ts, name, argv, nargs, kwnames) }?;
    Some((to_f64(ts, a)?, to_f64(ts, b)?))
}

pub(super) unsafe extern "C" fn atan2(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    match unsafe { two_floats(ts, "atan2", argv, n, kw) } {
        Some((y, x)) => float::new(ts, c_atan2(y, x)),
        None => 0,
    }
}

pub(super) unsafe extern "C" fn copysign(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    match unsafe { two_floats(ts, "copysign", argv, n, kw) } {
        Some((x, y)) => float::new(ts, x.copysign(y)),
        None => 0,
    }
}

pub(super) unsafe extern "C" fn nextafter(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    match unsafe { two_floats(ts, "nextafter", argv, n, kw) } {
        Some((x, y)) => float::new(ts, c_nextafter(x, y)),
        None => 0,
    }
}

pub(super) unsafe extern "C" fn fmod(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some((x, y)) = (unsafe { two_floats(ts, "fmod", argv, n, kw) }) else {
        return 0;
    };
    // fmod(x, +-inf) is x for finite x.
    if y.is_infinite() && x.is_finite() {
        return float::new(ts, x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain_error(ts);
    }
    float::new(ts, r)
}

/// CPython's `math.pow`: IEEE special values first, then `libm`'s `pow`.
pub(super) unsafe extern "C" fn pow(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some((x, y)) = (unsafe { two_floats(ts, "pow", argv, n, kw) }) else {
        return 0;
    };
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0_f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return float::new(ts, r);
    }
    let r = c_pow(x, y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return domain_error(ts);
    }
    if r.is_infinite() {
        return range_error(ts);
    }
    float::new(ts, r)
}

/// `ldexp(x, i)`: `i` must be an int; exponents beyond C's `int` overflow
/// or underflow as CPython decides.
pub(super) unsafe extern "C" fn ldexp(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    let Some([x, exp]) = (unsafe { fixed_args::<2>(ts, "ldexp", argv, n, kw) }) else {
        return 0;
    };
    let Some(x) = to_f64(ts, x) else {
        return 0;
    };
    if !int::is_int(exp) {
        return type_error(ts, "Expected an int as second argument to ldexp.");
    }
    let exp = unsafe { int::to_bigint(exp) };
    if x == 0.0 || !x.is_finite() {
        return float::new(ts, x);
    }
    let r = match exp.to_i32() {
        Some(e) => c_ldexp(x, e),
        None if exp.is_negative() => 0.0_f64.copysign(x),
        None => return range_error(ts),
    };
    if r.is_infinite() {
        return range_error(ts);
    }
    float::new(ts, r)
}

pub(super) unsafe extern "C" fn modf(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(arg) = (unsafe { one_arg(ts, "modf", argv, n, kw) }) else {
        return 0;
    };
    let Some(x) = to_f64(ts, arg) else {
        return 0;
    };
    let (frac, whole) = if x.is_infinite() {
        (0.0_f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let whole = x.trunc();
        ((x - whole).copysign(x), whole)
    };
    float_pair(ts, float::new(ts, frac), |ts| float::new(ts, whole))
}

pub(super) unsafe extern "C" fn frexp(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    let Some(arg) = (unsafe { one_arg(ts, "frexp", argv, n, kw) }) else {
        return 0;
    };
    let Some(x) = to_f64(ts, arg) else {
        return 0;
    };
    let (mantissa, exponent) = float::frexp(x);
    float_pair(ts, float::new(ts, mantissa), |ts| {
        int::from_i64(ts, i64::from(exponent))
    })
}

/// The tuple `(first, second(ts))`, keeping `first` alive meanwhile.
fn float_pair(ts: *mut Thread, first: Word, second: impl FnOnce(*mut Thread) -> Word) -> Word {
    if first == 0 {
        return 0;
    }
    let pins = unsafe { PinScope::new(ts) };
    pins.pin(first);
    let second = pins.pin(second(ts));
    if second == 0 {
        return 0;
    }
    tuple::new(ts, &[first, second])
}

pub(super) unsafe extern "C" fn ulp(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(arg) = (unsafe { one_arg(ts, "ulp", argv, n, kw) }) else {
        return 0;
    };
    let Some(x) = to_f64(ts, arg) else {
        return 0;
    };
    if x.is_nan() {
        return float::new(ts, x);
    }
    let x = x.abs();
    if x.is_infinite() {
        return float::new(ts, x);
    }
    let r = if x == f64::MAX {
        x - c_nextafter(x, 0.0)
    } else {
        c_nextafter(x, f64::INFINITY) - x
    };
    float::new(ts, r)
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
pub(super) unsafe extern "C" fn isclose(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    let call = unsafe { Args::new(argv, n, kw) };
    if call.positional.len() > 2 {
        let message = format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            call.positional.len()
        );
        return type_error(ts, &message);
    }
    let Some([a, b, rel_tol, abs_tol]) =
        call.keywords(ts, "isclose", ["a", "b", "rel_tol", "abs_tol"])
    else {
        return 0;
    };
    let mut operands = [a, b];
    for (idx, given) in call.positional.iter().enumerate() {
        operands[idx] = Some(*given);
    }
    let mut values = [0.0; 2];
    for (idx, name) in ["a", "b"].iter().enumerate() {
        let Some(word) = operands[idx] else {
            let message = format!(
                "isclose() missing required argument '{name}' (pos {})",
                idx + 1
            );
            return type_error(ts, &message);
        };
        let Some(value) = to_f64(ts, word) else {
            return 0;
        };
        values[idx] = value;
    }
    let [a, b] = values;
    let rel_tol = match rel_tol.map(|w| to_f64(ts, w)) {
        Some(None) => return 0,
        Some(Some(v)) => v,
        None => 1e-09,
    };
    let abs_tol = match abs_tol.map(|w| to_f64(ts, w)) {
        Some(None) => return 0,
        Some(Some(v)) => v,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return value_error(ts, "tolerances must be non-negative");
    }
    if a == b {
        return bool_::from_bool(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return bool_::from_bool(false);
    }
    let diff = (b - a).abs();
    let close = diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol;
    bool_::from_bool(close)
}

/// CPython's `loghelper`: ints are taken exactly (huge ones through their
/// binary exponent), anything else through `to_f64` and `math_1`'s rules.
fn log_of(ts: *mut Thread, w: Word, func: fn(f64) -> f64) -> Option<f64> {
    if int::is_int(w) {
        let value = to_bigint(ts, w)?;
        if !value.is_positive() {
            domain_error(ts);
            return None;
        }
        if let Some(x) = unsafe { int::to_f64(ts, w) } {
            return Some(func(x));
        }
        // Too large for a float: CPython goes on with the exponent.
        unsafe { (*ts).exc = 0 };
        // x = m * 2**e with m in [0.5, 1), m correctly rounded.
        let bits = value.bits();
        let shift = bits - 64;
        let top: num_bigint::BigInt = &value >> shift;
        let sticky = !(&value - (&top << shift)).is_zero();
        let top = top.to_u64().unwrap_or(u64::MAX) | u64::from(sticky);
        let mut m = top as f64 / 18_446_744_073_709_551_616.0;
        let mut e = bits as f64;
        if m == 1.0 {
            m = 0.5;
            e += 1.0;
        }
        return Some(func(m) + func(2.0) * e);
    }
    let x = to_f64(ts, w)?;
    let r = func(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        domain_error(ts);
        return None;
    }
    Some(r)
}

/// `libm`'s `log`, with C's results at 0 and below (which `log_of` turns
/// into domain errors).
pub(super) fn m_log(x: f64) -> f64 {
    if x.is_finite() && x <= 0.0 {
        if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else {
        c_log(x)
    }
}

/// `log(x[, base])`.
pub(super) unsafe extern "C" fn log(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let call = unsafe { Args::new(argv, n, kw) };
    if !call.no_keywords(ts, "math.log") {
        return 0;
    }
    if !(1..=2).contains(&call.positional.len()) {
        return type_error(ts, "math.log requires 1 to 2 arguments");
    }
    let Some(num) = log_of(ts, call.positional[0], m_log) else {
        return 0;
    };
    let Some(&base) = call.positional.get(1) else {
        return float::new(ts, num);
    };
    let Some(den) = log_of(ts, base, m_log) else {
        return 0;
    };
    if den == 0.0 {
        return zero_division(ts, "float division by zero");
    }
    float::new(ts, num / den)
}

pub(super) unsafe extern "C" fn log2(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(arg) = (unsafe { one_arg(ts, "log2", argv, n, kw) }) else {
        return 0;
    };
    match log_of(ts, arg, |x| c_log2(x)) {
        Some(r) => float::new(ts, r),
        None => 0,
    }
}

pub(super) unsafe extern "C" fn log10(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    let Some(arg) = (unsafe { one_arg(ts, "log10", argv, n, kw) }) else {
        return 0;
    };
    match log_of(ts, arg, |x| c_log10(x)) {
        Some(r) => float::new(ts, r),
        None => 0,
    }
}
