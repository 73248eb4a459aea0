//! `float.hex()` and the class method `float.fromhex()`, as CPython lays
//! them out (`0x1.8000000000000p+0`, subnormals with a leading `0x0.`) and
//! parses them (correctly rounded, with its two error messages).

use super::{frexp, new, value};
use crate::error::{overflow_error, type_error, value_error};
use crate::object::{Word, type_of};
use crate::thread::Thread;
use crate::types::int::round_to_f64;
use crate::types::str as str_;
use crate::types::str::args::{self, Spec, Style};
use num_bigint::BigUint;
use num_traits::{ToPrimitive, Zero};

/// The text of `x.hex()`.
pub fn hex_string(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let (m, e) = frexp(x.abs());
    // C's DBL_MIN_EXP is -1021: subnormals keep a leading 0 digit.
    let shift = 1 - (-1021 - e).max(0);
    let mut m = m * 2f64.powi(shift);
    let e = e - shift;
    let mut out = format!("{sign}0x");
    let digit = m as u32;
    out.push(char::from_digit(digit, 16).unwrap_or('0'));
    m -= digit as f64;
    out.push('.');
    for _ in 0..13 {
        m *= 16.0;
        let digit = m as u32;
        out.push(char::from_digit(digit, 16).unwrap_or('0'));
        m -= digit as f64;
    }
    out.push_str(&format!("p{e:+}"));
    out
}

pub(super) unsafe extern "C" fn hex(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("float", "hex", 0, 0, Style::NoArgs);
    let Some((this, [])) = (unsafe { args::parse::<0>(ts, &SPEC, argv, nargs, kwnames) }) else {
        return 0;
    };
    if !super::is_float(this) {
        return type_error(ts, "descriptor 'hex' for 'float' objects doesn't apply");
    }
    str_::new(ts, &hex_string(unsafe { value(this) }))
}

/// Why hexadecimal text did not give a float.
#[derive(Debug, PartialEq)]
pub enum HexError {
    Invalid,
    TooLarge,
}

/// Parse `float.fromhex` text.
pub fn parse_hex(text: &str) -> Result<f64, HexError> {
    let body = text.trim_matches(crate::types::int::is_c_space);
    let (negative, body) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let mut rest = lower.as_str();
    if let Some(stripped) = rest.strip_prefix("0x") {
        rest = stripped;
    }
    let (digits_part, exponent_part) = match rest.find('p') {
        Some(at) => (&rest[..at], Some(&rest[at + 1..])),
        None => (rest, None),
    };
    let (whole, fraction) = match digits_part.find('.') {
        Some(at) => (&digits_part[..at], &digits_part[at + 1..]),
        None => (digits_part, ""),
    };
    if whole.is_empty() && fraction.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut mantissa = BigUint::zero();
    for c in whole.chars().chain(fraction.chars()) {
        let digit = c.to_digit(16).ok_or(HexError::Invalid)?;
        mantissa = (mantissa << 4u32) + digit;
    }
    let mut exponent: i64 = 0;
    if let Some(text) = exponent_part {
        let (negative_exp, digits) = match text.as_bytes().first() {
            Some(b'-') => (true, &text[1..]),
            Some(b'+') => (false, &text[1..]),
            _ => (false, text),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(HexError::Invalid);
        }
        // Saturate: an exponent this large over- or underflows anyway.
        for b in digits.bytes() {
            exponent = (exponent * 10 + (b - b'0') as i64).min(1 << 40);
        }
        if negative_exp {
            exponent = -exponent;
        }
    }
    exponent -= 4 * fraction.len() as i64;
    if mantissa.is_zero() {
        return Ok(signed(0.0));
    }
    let bits = mantissa.bits() as i64;
    if bits + exponent > 1100 {
        return Err(HexError::TooLarge);
    }
    let result = if bits <= 62 {
        round_to_f64(mantissa.to_u64().unwrap_or(0), exponent)
    } else {
        let shift = (bits - 62) as u64;
        let top = (&mantissa >> shift).to_u64().unwrap_or(0);
        let sticky = mantissa.trailing_zeros().unwrap_or(0) < shift;
        round_to_f64(top | sticky as u64, exponent + shift as i64)
    };
    match result {
        Some(v) => Ok(signed(v)),
        None => Err(HexError::TooLarge),
    }
}

/// `float.fromhex(string)`; the receiver is the type (or a float).
pub(super) unsafe extern "C" fn fromhex(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("float", "fromhex", 1, 1, Style::One);
    let Some((_, [text])) = (unsafe { args::parse::<1>(ts, &SPEC, argv, nargs, kwnames) }) else {
        return 0;
    };
    if !str_::is_str(text) {
        return type_error(ts, &format!("must be str, not {}", type_of(text).name));
    }
    match parse_hex(&unsafe { str_::lossy(text) }) {
        Ok(v) => new(ts, v),
        Err(HexError::Invalid) => value_error(ts, "invalid hexadecimal floating-point string"),
        Err(HexError::TooLarge) => {
            overflow_error(ts, "hexadecimal value too large to represent as a float")
        }
    }
}
