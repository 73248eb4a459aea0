//! Entries typed code calls on unboxed floats: the one-argument `math`
//! functions of `typhon_abi::MATH_UNARY`, float `%` and `//`, and the
//! float-to-int conversion of `int()`, `round()` and `math.floor`.
//!
//! The fast entries never raise: code generation checks their result (a
//! non-finite result of a math function, a divisor of zero) and takes the
//! slow entry or the generic operator, which raise CPython's errors.

use super::floats::{
    c_acos, c_acosh, c_asin, c_asinh, c_atan, c_atanh, c_cbrt, c_cos, c_cosh, c_erf, c_erfc, c_exp,
    c_exp2, c_expm1, c_log1p, c_log2, c_log10, c_sin, c_sinh, c_tan, c_tanh, m_log,
};
use super::{domain_error, range_error};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::{float, int};

/// The functions of `typhon_abi::MATH_UNARY`, in its order.
static UNARY: [fn(f64) -> f64; 24] = [
    f64::sqrt,
    |x| c_sin(x),
    |x| c_cos(x),
    |x| c_tan(x),
    |x| c_asin(x),
    |x| c_acos(x),
    |x| c_atan(x),
    |x| c_sinh(x),
    |x| c_cosh(x),
    |x| c_tanh(x),
    |x| c_asinh(x),
    |x| c_acosh(x),
    |x| c_atanh(x),
    |x| c_exp(x),
    |x| c_exp2(x),
    |x| c_expm1(x),
    m_log,
    |x| c_log2(x),
    |x| c_log10(x),
    |x| c_log1p(x),
    f64::abs,
    |x| c_cbrt(x),
    |x| c_erf(x),
    |x| c_erfc(x),
];

fn unary(func: i32) -> fn(f64) -> f64 {
    UNARY[func as usize]
}

/// Entry: `MATH_UNARY[func](x)` with no error check; a non-finite result
/// sends typed code to [`ty_math_unary_slow`].
#[unsafe(no_mangle)]
pub extern "C" fn ty_math_unary(_ts: *mut Thread, func: i32, x: f64) -> f64 {
    unary(func)(x)
}

/// Entry: `MATH_UNARY[func](x)` boxed, or CPython's `math_1` error: NaN
/// from a non-NaN argument is a domain error, an infinity from a finite
/// one a range error for the functions that can overflow.
#[unsafe(no_mangle)]
pub extern "C" fn ty_math_unary_slow(ts: *mut Thread, func: i32, x: f64) -> Word {
    let r = unary(func)(x);
    if r.is_nan() && !x.is_nan() {
        return domain_error(ts);
    }
    if r.is_infinite() && x.is_finite() {
        return match typhon_abi::MATH_UNARY[func as usize].1 {
            true => range_error(ts),
            false => domain_error(ts),
        };
    }
    float::new(ts, r)
}

/// Entry: `int(x)` (truncating; `ValueError` for NaN, `OverflowError` for
/// infinities), for the values typed code cannot make an inline int of.
#[unsafe(no_mangle)]
pub extern "C" fn ty_float_to_int(ts: *mut Thread, x: f64) -> Word {
    int::from_f64(ts, x)
}

/// Entry: `x % y` for `y != 0` (the result takes the divisor's sign).
#[unsafe(no_mangle)]
pub extern "C" fn ty_float_mod(_ts: *mut Thread, x: f64, y: f64) -> f64 {
    float::modulo(x, y)
}

/// Entry: `x // y` for `y != 0`.
#[unsafe(no_mangle)]
pub extern "C" fn ty_float_floordiv(_ts: *mut Thread, x: f64, y: f64) -> f64 {
    float::floor_divide(x, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_follows_the_abi_order() {
        assert_eq!(UNARY.len(), typhon_abi::MATH_UNARY.len());
        let probe: f64 = 0.5;
        for (index, (name, _)) in typhon_abi::MATH_UNARY.iter().enumerate() {
            let expected = match *name {
                "sqrt" => probe.sqrt(),
                "fabs" => probe.abs(),
                "log" => probe.ln(),
                "sin" => probe.sin(),
                "cos" => probe.cos(),
                "exp" => probe.exp(),
                _ => continue,
            };
            assert!((UNARY[index](probe) - expected).abs() < 1e-15, "{name}");
        }
    }
}
