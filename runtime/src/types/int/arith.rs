//! Int arithmetic: the `binop` slot of `int` and `bool`, with a fast path on
//! small values and big-integer fallbacks, plus three-argument `pow`.

use super::{Int, from_bigint, from_i64, from_i128, ratio_to_f64, view};
use crate::error::{overflow_error, value_error, zero_division};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::float;
use crate::types::none::not_implemented;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};
use typhon_abi::BinOp;

/// Results larger than this many bits raise `MemoryError` up front instead
/// of exhausting memory (`2 ** 10**12`).
const MAX_BITS: u64 = 1 << 32;

/// The `binop` slot: both operands must be ints (or bools); anything else is
/// left to the other operand's slot (`1 + 2.5` is handled by `float`).
pub(super) unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, _reflected: bool) -> Word {
    match (view(a), view(b), BinOp::from_i32(op)) {
        (Some(x), Some(y), Some(op)) => int_op(ts, op, x, y),
        _ => not_implemented(),
    }
}

/// `x op y` for two ints; `NotImplemented` for `@`.
pub fn int_op(ts: *mut Thread, op: BinOp, x: Int, y: Int) -> Word {
    if let (Int::Small(p), Int::Small(q)) = (x, y)
        && let Some(result) = small_op(ts, op, p, q)
    {
        return result;
    }
    if let Some(result) = wide_op(ts, op, x, y) {
        return result;
    }
    big_op(ts, op, x, y)
}

/// `+ - * **` whose operands and result all fit an `i128`, the range just
/// past the small ints where sums of powers and products of a few words
/// live: computed without big-integer temporaries (each of those is a heap
/// allocation); `None` defers to [`big_op`].
fn wide_op(ts: *mut Thread, op: BinOp, x: Int, y: Int) -> Option<Word> {
    let p = x.to_i128()?;
    let result = match op {
        BinOp::Add => p.checked_add(y.to_i128()?),
        BinOp::Sub => p.checked_sub(y.to_i128()?),
        BinOp::Mul => p.checked_mul(y.to_i128()?),
        // A negative exponent gives a float, and any exponent past 127
        // overflows unless the base is 0 or ±1: both are `big_op`'s.
        BinOp::Pow => match y.to_i64() {
            Some(e @ 0..=127) => p.checked_pow(e as u32),
            _ => None,
        },
        _ => None,
    }?;
    Some(from_i128(ts, result))
}

/// The small-int cases that need no big integer; `None` defers to
/// [`big_op`]. Arithmetic is done in `i128`, which cannot overflow for
/// `i64` operands.
fn small_op(ts: *mut Thread, op: BinOp, p: i64, q: i64) -> Option<Word> {
    let (wide_p, wide_q) = (p as i128, q as i128);
    Some(match op {
        BinOp::Add => from_i128(ts, wide_p + wide_q),
        BinOp::Sub => from_i128(ts, wide_p - wide_q),
        BinOp::Mul => from_i128(ts, wide_p * wide_q),
        BinOp::TrueDiv if q == 0 => zero_division(ts, "division by zero"),
        // Both operands are exact doubles, so one division rounds correctly.
        BinOp::TrueDiv if p.unsigned_abs() <= 1 << 53 && q.unsigned_abs() <= 1 << 53 => {
            float::new(ts, p as f64 / q as f64)
        }
        BinOp::TrueDiv => return None,
        BinOp::FloorDiv if q == 0 => zero_division(ts, "integer division or modulo by zero"),
        // `i64::MIN // -1` is the one quotient beyond `i64`; otherwise the
        // native 64-bit division is far cheaper than an `i128` one.
        BinOp::FloorDiv if q == -1 => from_i128(ts, -wide_p),
        BinOp::FloorDiv => from_i64(ts, Integer::div_floor(&p, &q)),
        BinOp::Mod if q == 0 => zero_division(ts, "integer modulo by zero"),
        BinOp::Mod if q == -1 => from_i64(ts, 0),
        BinOp::Mod => from_i64(ts, Integer::mod_floor(&p, &q)),
        BinOp::Pow if q < 0 => return None,
        BinOp::Pow => from_i64(ts, u32::try_from(q).ok().and_then(|e| p.checked_pow(e))?),
        BinOp::LShift if q < 0 => value_error(ts, "negative shift count"),
        BinOp::LShift if p == 0 => from_i64(ts, 0),
        // `p` has at most 64 significant bits, so `p << 63` fits an `i128`.
        BinOp::LShift if q < 64 => from_i128(ts, wide_p << q),
        BinOp::LShift => return None,
        BinOp::RShift if q < 0 => value_error(ts, "negative shift count"),
        BinOp::RShift => from_i64(ts, p >> q.min(63)),
        BinOp::BitAnd => from_i64(ts, p & q),
        BinOp::BitOr => from_i64(ts, p | q),
        BinOp::BitXor => from_i64(ts, p ^ q),
        BinOp::MatMul => not_implemented(),
    })
}

fn big_op(ts: *mut Thread, op: BinOp, x: Int, y: Int) -> Word {
    match op {
        BinOp::Pow => return pow(ts, x, y),
        BinOp::LShift => return shift_left(ts, x, y),
        BinOp::RShift => return shift_right(ts, x, y),
        BinOp::MatMul => return not_implemented(),
        _ => {}
    }
    // Borrowed, not cloned: a big operand may have thousands of digits.
    let (a, b) = (x.as_bigint(), y.as_bigint());
    let (a, b) = (&*a, &*b);
    match op {
        BinOp::Add => from_bigint(ts, a + b),
        BinOp::Sub => from_bigint(ts, a - b),
        BinOp::Mul => from_bigint(ts, a * b),
        BinOp::TrueDiv => true_divide(ts, a, b),
        BinOp::FloorDiv if b.is_zero() => zero_division(ts, "integer division or modulo by zero"),
        BinOp::FloorDiv => from_bigint(ts, a.div_floor(b)),
        BinOp::Mod if b.is_zero() => zero_division(ts, "integer modulo by zero"),
        BinOp::Mod => from_bigint(ts, a.mod_floor(b)),
        BinOp::BitAnd => from_bigint(ts, a & b),
        BinOp::BitOr => from_bigint(ts, a | b),
        BinOp::BitXor => from_bigint(ts, a ^ b),
        BinOp::Pow | BinOp::LShift | BinOp::RShift | BinOp::MatMul => not_implemented(),
    }
}

/// `a / b`, correctly rounded however large the operands are.
fn true_divide(ts: *mut Thread, a: &BigInt, b: &BigInt) -> Word {
    if b.is_zero() {
        return zero_division(ts, "division by zero");
    }
    match ratio_to_f64(a.magnitude(), b.magnitude()) {
        // The sign applies to a zero quotient too: `0 / -5` is `-0.0`.
        Some(q) => float::new(
            ts,
            if a.is_negative() != b.is_negative() {
                -q
            } else {
                q
            },
        ),
        None => overflow_error(ts, "integer division result too large for a float"),
    }
}

fn pow(ts: *mut Thread, x: Int, y: Int) -> Word {
    if y.is_negative() {
        // CPython hands a negative exponent to float pow: `2 ** -1 == 0.5`.
        let (Some(fx), Some(fy)) = (int_as_f64(ts, x), int_as_f64(ts, y)) else {
            return 0;
        };
        return float::pow(ts, fx, fy);
    }
    let base = x.as_bigint();
    if base.is_zero() || base.is_one() {
        return from_i64(ts, (base.is_one() || y.is_zero()) as i64);
    }
    if matches!(x, Int::Small(-1)) {
        let odd = match y {
            Int::Small(e) => e & 1 == 1,
            Int::Big(e) => e.is_odd(),
        };
        return from_i64(ts, if odd { -1 } else { 1 });
    }
    let exponent = y.to_i64().and_then(|e| u32::try_from(e).ok());
    match exponent {
        Some(e) if base.bits().saturating_mul(e as u64) <= MAX_BITS => from_bigint(ts, base.pow(e)),
        _ => {
            crate::error::memory_error(ts);
            0
        }
    }
}

fn shift_left(ts: *mut Thread, x: Int, y: Int) -> Word {
    if y.is_negative() {
        return value_error(ts, "negative shift count");
    }
    if x.is_zero() {
        return from_i64(ts, 0);
    }
    match y.to_i64() {
        None => overflow_error(ts, "too many digits in integer"),
        Some(n) if n as u64 > MAX_BITS => {
            crate::error::memory_error(ts);
            0
        }
        Some(n) => from_bigint(ts, x.to_bigint() << n as u64),
    }
}

fn shift_right(ts: *mut Thread, x: Int, y: Int) -> Word {
    if y.is_negative() {
        return value_error(ts, "negative shift count");
    }
    let value = x.to_bigint();
    match y.to_i64() {
        // Shifting out every bit leaves the sign: floor division by 2**n.
        Some(n) if (n as u64) < value.bits() => from_bigint(ts, value >> n as u64),
        _ => from_i64(ts, if value.is_negative() { -1 } else { 0 }),
    }
}

fn int_as_f64(ts: *mut Thread, x: Int) -> Option<f64> {
    match x {
        Int::Small(v) => Some(v as f64),
        Int::Big(b) => {
            let f = super::big_to_f64(b);
            if f.is_none() {
                overflow_error(ts, "int too large to convert to float");
            }
            f
        }
    }
}

/// `pow(x, y, z)` for three ints: the result takes the sign of `z`, and a
/// negative `y` uses the modular inverse of `x`.
pub fn pow_mod(ts: *mut Thread, x: Int, y: Int, z: Int) -> Word {
    if z.is_zero() {
        return value_error(ts, "pow() 3rd argument cannot be 0");
    }
    let modulus_signed = z.to_bigint();
    let modulus = modulus_signed.abs();
    let mut base = x.to_bigint().mod_floor(&modulus);
    let mut exponent = y.to_bigint();
    if exponent.is_negative() {
        let gcd = base.extended_gcd(&modulus);
        if !gcd.gcd.is_one() {
            return value_error(ts, "base is not invertible for the given modulus");
        }
        base = gcd.x.mod_floor(&modulus);
        exponent = -exponent;
    }
    let mut result = base.modpow(&exponent, &modulus);
    if modulus_signed.is_negative() && !result.is_zero() {
        result += &modulus_signed;
    }
    from_bigint(ts, result)
}
