//! Float arithmetic: the `binop` slot of `float` (an int operand is
//! converted exactly or raises `OverflowError`), Python's floor division and
//! modulo (the result takes the divisor's sign, unlike C's `fmod`), and
//! `**` with CPython's special cases.

use super::{is_float, new, value};
use crate::error::{raise, raise_with_args, zero_division};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::exception::{OVERFLOW_ERROR, VALUE_ERROR};
use crate::types::int;
use crate::types::none::not_implemented;
use typhon_abi::BinOp;

/// The `binop` slot: float with float or int, in either order.
pub(super) unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, _reflected: bool) -> Word {
    let Some(op) = BinOp::from_i32(op) else {
        return not_implemented();
    };
    if !matches!(
        op,
        BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::TrueDiv
            | BinOp::FloorDiv
            | BinOp::Mod
            | BinOp::Pow
    ) {
        return not_implemented();
    }
    let (x, y) = match (unsafe { operand(ts, a) }, unsafe { operand(ts, b) }) {
        (Operand::Value(x), Operand::Value(y)) => (x, y),
        (Operand::Failed, _) | (_, Operand::Failed) => return 0,
        _ => return not_implemented(),
    };
    match op {
        BinOp::Add => new(ts, x + y),
        BinOp::Sub => new(ts, x - y),
        BinOp::Mul => new(ts, x * y),
        BinOp::TrueDiv if y == 0.0 => zero_division(ts, "float division by zero"),
        BinOp::TrueDiv => new(ts, x / y),
        BinOp::FloorDiv if y == 0.0 => zero_division(ts, "float floor division by zero"),
        BinOp::FloorDiv => new(ts, floor_divide(x, y)),
        BinOp::Mod if y == 0.0 => zero_division(ts, "float modulo"),
        BinOp::Mod => new(ts, modulo(x, y)),
        _ => pow(ts, x, y),
    }
}

enum Operand {
    Value(f64),
    /// Not a number this slot handles.
    Other,
    /// An int too large for a float: `OverflowError` is pending.
    Failed,
}

unsafe fn operand(ts: *mut Thread, w: Word) -> Operand {
    if is_float(w) {
        return Operand::Value(unsafe { value(w) });
    }
    if int::is_int(w) {
        return match unsafe { int::to_f64(ts, w) } {
            Some(v) => Operand::Value(v),
            None => Operand::Failed,
        };
    }
    Operand::Other
}

/// `divmod(x, y)` for floats and `y != 0`, as CPython's `float_divmod`:
/// the remainder has the divisor's sign and the quotient is rounded to the
/// nearest integer to absorb the error of `x - mod`.
pub fn divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// `x // y` for `y != 0`: `-7.5 // 2 == -4.0`.
pub fn floor_divide(x: f64, y: f64) -> f64 {
    divmod(x, y).0
}

/// `x % y` for `y != 0`: `-7.5 % 2 == 0.5`, `7.5 % -2 == -0.5`.
pub fn modulo(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) { m + y } else { m }
    } else {
        0.0f64.copysign(y)
    }
}

fn is_odd_integer(v: f64) -> bool {
    (v.abs() % 2.0) == 1.0
}

/// `x ** y` for floats, as CPython's `float_pow`: the IEEE special cases,
/// `ZeroDivisionError` for `0.0 ** -1`, `OverflowError` when a finite
/// result overflows.
pub fn pow(ts: *mut Thread, x: f64, y: f64) -> Word {
    if y == 0.0 {
        return new(ts, 1.0);
    }
    if x.is_nan() {
        return new(ts, x);
    }
    if y.is_nan() {
        return new(ts, if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let base = x.abs();
        return new(
            ts,
            if base == 1.0 {
                1.0
            } else if (y > 0.0) == (base > 1.0) {
                y.abs()
            } else {
                0.0
            },
        );
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return new(
            ts,
            match (y > 0.0, odd) {
                (true, true) => x,
                (true, false) => x.abs(),
                (false, true) => 0.0f64.copysign(x),
                (false, false) => 0.0,
            },
        );
    }
    if x == 0.0 {
        if y < 0.0 {
            return zero_division(ts, "0.0 cannot be raised to a negative power");
        }
        return new(ts, if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            // A negative base to a fractional power is complex, as in CPython.
            return crate::types::complex::pow_values(ts, (x, 0.0), (y, 0.0));
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return new(ts, if negate { -1.0 } else { 1.0 });
    }
    let result = base.powf(y);
    if result.is_infinite() {
        // CPython raises from errno: OverflowError(34, 'Numerical result out of range').
        let code = int::from_i64(ts, 34);
        let text = crate::types::str::new(ts, "Numerical result out of range");
        if text == 0 {
            return 0;
        }
        return raise_with_args(ts, &OVERFLOW_ERROR, &[code, text]);
    }
    if result.is_nan() {
        return raise(ts, &VALUE_ERROR, "math domain error");
    }
    new(ts, if negate { -result } else { result })
}
