//! Complex arithmetic, step by step as CPython 3.11's `complexobject.c`:
//! an int or float operand becomes `x+0j` first, division is `_Py_c_quot`,
//! `**` uses repeated squaring for small integral exponents (`c_powi`) and
//! polar form otherwise (`_Py_c_pow`), with its errno-driven errors.

use super::{is_complex, new, parts};
use crate::error::{overflow_error, zero_division};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::none::not_implemented;
use crate::types::{float, int};
use typhon_abi::BinOp;

type C = (f64, f64);

enum Operand {
    Value(C),
    Other,
    /// An int too large for a float: `OverflowError` is pending.
    Failed,
}

unsafe fn operand(ts: *mut Thread, w: Word) -> Operand {
    if is_complex(w) {
        return Operand::Value(unsafe { parts(w) });
    }
    if float::is_float(w) {
        return Operand::Value((unsafe { float::value(w) }, 0.0));
    }
    if int::is_int(w) {
        return match unsafe { int::to_f64(ts, w) } {
            Some(v) => Operand::Value((v, 0.0)),
            None => Operand::Failed,
        };
    }
    Operand::Other
}

/// The `binop` slot: `+ - * / **` with complex, float or int operands.
pub(super) unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, _reflected: bool) -> Word {
    let Some(op) = BinOp::from_i32(op) else {
        return not_implemented();
    };
    if !matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::Pow
    ) {
        return not_implemented();
    }
    let (x, y) = match (unsafe { operand(ts, a) }, unsafe { operand(ts, b) }) {
        (Operand::Value(x), Operand::Value(y)) => (x, y),
        (Operand::Failed, _) | (_, Operand::Failed) => return 0,
        _ => return not_implemented(),
    };
    match op {
        BinOp::Add => new(ts, x.0 + y.0, x.1 + y.1),
        BinOp::Sub => new(ts, x.0 - y.0, x.1 - y.1),
        BinOp::Mul => {
            let (re, im) = prod(x, y);
            new(ts, re, im)
        }
        BinOp::TrueDiv => match quot(x, y) {
            Some((re, im)) => new(ts, re, im),
            None => zero_division(ts, "complex division by zero"),
        },
        _ => pow_values(ts, x, y),
    }
}

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; `None` for a zero divisor (CPython's `EDOM`).
fn quot(a: C, b: C) -> Option<C> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one part of the divisor is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// `_Py_c_pow`; `None` for zero to a negative or complex power.
fn c_pow(a: C, b: C) -> Option<C> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Some((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

fn c_powi(x: C, n: i64) -> Option<C> {
    if n > 0 {
        Some(c_powu(x, n))
    } else {
        quot((1.0, 0.0), c_powu(x, -n))
    }
}

/// `a ** b` for complex values (also what `float ** float` gives for a
/// negative base and a fractional exponent).
pub fn pow_values(ts: *mut Thread, a: C, b: C) -> Word {
    let result = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        c_powi(a, b.0 as i64)
    } else {
        c_pow(a, b)
    };
    match result {
        None => zero_division(ts, "0.0 to a negative or complex power"),
        Some((re, im)) if re.is_infinite() || im.is_infinite() => {
            overflow_error(ts, "complex exponentiation")
        }
        Some((re, im)) => new(ts, re, im),
    }
}

/// `abs(z)`: `hypot`, with `OverflowError` when finite parts overflow.
pub fn abs_value(ts: *mut Thread, re: f64, im: f64) -> Word {
    let result = re.hypot(im);
    if result.is_infinite() && re.is_finite() && im.is_finite() {
        return overflow_error(ts, "absolute value too large");
    }
    float::new(ts, result)
}
