//! `float(...)`: the constructor, and parsing float text with CPython's
//! rules (surrounding whitespace, `inf`/`infinity`/`nan` in any case with a
//! sign, underscores only between digits, Unicode decimal digits).

use super::{FLOAT_TYPE, new};
use crate::error::type_error;
use crate::object::{Word, is_exact, type_of};
use crate::thread::Thread;
use crate::types::{int, str as str_, tuple};

/// The `construct` slot: `float()` and `float(x)`.
///
/// # Safety
/// `args` must hold `nargs` words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn construct(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if kwnames != 0 && !unsafe { tuple::items(kwnames) }.is_empty() {
        return type_error(ts, "float() takes no keyword arguments");
    }
    if nargs > 1 {
        return type_error(
            ts,
            &format!("float expected at most 1 argument, got {nargs}"),
        );
    }
    if nargs <= 0 {
        return new(ts, 0.0);
    }
    let x = unsafe { *args };
    if is_exact(x, &FLOAT_TYPE) {
        return x;
    }
    // CPython's order: `__float__`, `__index__`, a float subclass's
    // value, then text. The result is always an exact float (a subclass
    // instance a user `__float__` returns is copied, as CPython does).
    let float_dunder = crate::types::class::Dunder::Float;
    if let Some(result) = unsafe { crate::types::class::slots::user_number(ts, x, float_dunder) }
        .or_else(|| unsafe { crate::types::class::slots::user_index(ts, x) })
    {
        if result == 0 || is_exact(result, &FLOAT_TYPE) {
            return result;
        }
        if crate::object::is_instance(result, &FLOAT_TYPE) {
            return new(ts, unsafe { super::value(result) });
        }
        return match unsafe { int::to_f64(ts, result) } {
            Some(v) => new(ts, v),
            None => 0,
        };
    }
    if crate::object::is_instance(x, &FLOAT_TYPE) {
        return new(ts, unsafe { super::value(x) });
    }
    if int::is_int(x) {
        return match unsafe { int::to_f64(ts, x) } {
            Some(v) => new(ts, v),
            None => 0,
        };
    }
    // `bytes`, `bytearray` and `memoryview` are all parsed as text.
    if str_::is_str(x) || crate::types::bytes::is_buffer(x) {
        if let Some(v) = unsafe { int::number_text(x) }
            .as_deref()
            .and_then(parse_float)
        {
            return new(ts, v);
        }
        // Unlike int(), the whole repr is shown.
        let shown = unsafe { crate::entry::ty_repr(ts, x) };
        if shown == 0 {
            return 0;
        }
        let shown = unsafe { str_::lossy(shown) };
        return crate::error::value_error(
            ts,
            &format!("could not convert string to float: {shown}"),
        );
    }
    type_error(
        ts,
        &format!(
            "float() argument must be a string or a real number, not '{}'",
            type_of(x).name
        ),
    )
}

/// The value of float text, or `None` when CPython's `float()` rejects it.
pub fn parse_float(text: &str) -> Option<f64> {
    let ascii = int::to_ascii_number(text)?;
    let body = ascii.trim_matches(int::is_c_space);
    let (negative, unsigned) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let lower = unsigned.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    let clean = remove_underscores(unsigned)?;
    if !is_decimal_literal(&clean) {
        return None;
    }
    let v: f64 = clean.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// Drop underscores that sit between two digits; any other underscore
/// makes the text invalid.
fn remove_underscores(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(bytes.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = i > 0 && bytes[i - 1].is_ascii_digit();
            let after = bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(before && after) {
                return None;
            }
        } else {
            out.push(b as char);
        }
    }
    Some(out)
}

/// `digits [. digits] | . digits`, then an optional `e [sign] digits`.
fn is_decimal_literal(text: &str) -> bool {
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], Some(&text[at + 1..])),
        None => (text, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !all_digits(fraction) || whole.len() + fraction.len() == 0 {
        return false;
    }
    match exponent {
        None => true,
        Some(e) => {
            let e = e.strip_prefix(['+', '-']).unwrap_or(e);
            !e.is_empty() && all_digits(e)
        }
    }
}
