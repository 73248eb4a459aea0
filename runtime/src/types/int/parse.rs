//! `int(...)`: the constructor, and parsing of int text in any base with
//! CPython's rules (sign, `0x`/`0o`/`0b` prefixes, single underscores
//! between digits, surrounding whitespace, Unicode decimal digits).

use super::{INT_TYPE, Int, from_bigint, from_i64, max_str_digits, view};
use crate::error::{overflow_error, type_error, value_error};
use crate::object::{Word, is_exact, is_small, type_of};
use crate::thread::Thread;
use crate::types::{bytes, float, str as str_, tuple};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, Zero};

/// Why a text is not an int.
#[derive(Debug, PartialEq)]
pub enum ParseError {
    Invalid,
    /// More digits than `sys.get_int_max_str_digits()` allows (the count).
    TooManyDigits(usize),
}

/// The `construct` slot: `int()`, `int(x)`, `int(x, base)`.
///
/// # Safety
/// `args` must hold `nargs` words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn construct(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let all = if nargs <= 0 {
        &[][..]
    } else {
        unsafe { std::slice::from_raw_parts(args, nargs as usize) }
    };
    let names = if kwnames == 0 {
        &[][..]
    } else {
        unsafe { tuple::items(kwnames) }
    };
    let positional = &all[..all.len() - names.len().min(all.len())];
    if all.len() > 2 {
        return type_error(
            ts,
            &format!("int() takes at most 2 arguments ({} given)", all.len()),
        );
    }
    let mut base = positional.get(1).copied();
    for (name, value) in names.iter().zip(&all[positional.len()..]) {
        let name = unsafe { str_::lossy(*name) };
        if name != "base" {
            return type_error(
                ts,
                &format!("'{name}' is an invalid keyword argument for int()"),
            );
        }
        if base.is_some() {
            return type_error(
                ts,
                "argument for int() given by name ('base') and position (2)",
            );
        }
        base = Some(*value);
    }
    match (positional.first().copied(), base) {
        (None, None) => from_i64(ts, 0),
        (None, Some(_)) => type_error(ts, "int() missing string argument"),
        (Some(x), None) => unsafe { from_object(ts, x) },
        (Some(x), Some(base)) => unsafe { from_text_with_base(ts, x, base) },
    }
}

/// `int(s)` of an exact `str`, which has no `__int__` or `__index__`:
/// what [`from_object`] comes to for it, without the checks before.
///
/// # Safety
/// `s` must be an exact `str`.
pub(crate) unsafe fn from_exact_str(ts: *mut Thread, s: Word) -> Word {
    unsafe { from_str_word(ts, s, 10, 10) }
}

/// `int(x)` for one argument.
unsafe fn from_object(ts: *mut Thread, x: Word) -> Word {
    if is_small(x) || is_exact(x, &INT_TYPE) {
        return x;
    }
    if is_exact(x, &float::FLOAT_TYPE) {
        return from_f64(ts, unsafe { float::value(x) });
    }
    // A user class's `__int__` / `__index__` come before its built-in
    // base's value, as CPython's `nb_int` does (`class I(int)` or
    // `class S(str)` may define them).
    let int_dunder = crate::types::class::Dunder::Int;
    if let Some(result) = unsafe { crate::types::class::slots::user_number(ts, x, int_dunder) }
        .or_else(|| unsafe { crate::types::class::slots::user_index(ts, x) })
    {
        return if result == 0 {
            0
        } else {
            unsafe { from_object(ts, result) }
        };
    }
    match view(x) {
        Some(Int::Small(v)) => return from_i64(ts, v),
        Some(Int::Big(b)) => return from_bigint(ts, b.clone()),
        None => {}
    }
    if str_::is_str(x) || bytes::is_bytes(x) {
        return unsafe { from_str_word(ts, x, 10, 10) };
    }
    if bytes::is_buffer(x) {
        // A bytearray or memoryview: CPython parses a copy of its buffer,
        // and an error shows that copy as `bytes`.
        let copy = bytes::new(ts, unsafe { bytes::data(x) });
        return if copy == 0 {
            0
        } else {
            unsafe { from_str_word(ts, copy, 10, 10) }
        };
    }
    if crate::object::is_instance(x, &float::FLOAT_TYPE) {
        return from_f64(ts, unsafe { float::value(x) });
    }
    type_error(
        ts,
        &format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_of(x).name
        ),
    )
}

unsafe fn from_text_with_base(ts: *mut Thread, x: Word, base: Word) -> Word {
    // A huge base is clamped, then rejected by the range check, as in CPython.
    let base_value = match view(base) {
        Some(v) => v.to_i64().unwrap_or(i64::MAX),
        None => {
            let name = type_of(base).name;
            return type_error(
                ts,
                &format!("'{name}' object cannot be interpreted as an integer"),
            );
        }
    };
    if base_value != 0 && !(2..=36).contains(&base_value) {
        return value_error(ts, "int() base must be >= 2 and <= 36, or 0");
    }
    if crate::types::bytearray::is_bytearray(x) {
        // Parsed as a copy of the buffer, as without a base.
        let copy = bytes::new(ts, unsafe { bytes::data(x) });
        if copy == 0 {
            return 0;
        }
        return unsafe { from_str_word(ts, copy, base_value as u32, base_value) };
    }
    if !str_::is_str(x) && !bytes::is_bytes(x) {
        return type_error(ts, "int() can't convert non-string with explicit base");
    }
    unsafe { from_str_word(ts, x, base_value as u32, base_value) }
}

/// `int(x, base)` for a str or bytes `x`.
unsafe fn from_str_word(ts: *mut Thread, x: Word, base: u32, shown_base: i64) -> Word {
    if base == 10
        && is_exact(x, &str_::STR_TYPE)
        && let Some(v) = short_decimal(unsafe { str_::bytes(x) })
    {
        return from_i64(ts, v);
    }
    let text = unsafe { number_text(x) };
    match text.as_deref().map(|t| parse_int(t, base)) {
        Some(Ok(v)) => from_bigint(ts, v),
        Some(Err(ParseError::TooManyDigits(n))) => value_error(
            ts,
            &format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; \
                 use sys.set_int_max_str_digits() to increase the limit",
                max_str_digits()
            ),
        ),
        _ => {
            let Some(shown) = (unsafe { short_repr(ts, x) }) else {
                return 0;
            };
            value_error(
                ts,
                &format!("invalid literal for int() with base {shown_base}: {shown}"),
            )
        }
    }
}

/// The value of base-10 text of at most 18 ASCII digits (so it fits an
/// `i64`), with an optional sign and C whitespace around it, and no
/// underscores: what `int(s)` almost always sees, parsed without the
/// general path's copies. `None` for anything else (which that path takes).
fn short_decimal(text: &[u8]) -> Option<i64> {
    let start = text.iter().position(|b| !is_c_space(*b as char))?;
    let end = text.iter().rposition(|b| !is_c_space(*b as char))? + 1;
    let body = &text[start..end];
    let (negative, digits) = match body.split_first()? {
        (b'-', rest) => (true, rest),
        (b'+', rest) => (false, rest),
        _ => (false, body),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut v: i64 = 0;
    for &b in digits {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (b - b'0') as i64;
    }
    Some(if negative { -v } else { v })
}

/// The text of a str or bytes-like `x` as the number parsers see it (see
/// [`to_ascii_number`]); bytes must be ASCII.
///
/// # Safety
/// `x` must be a str or a bytes.
pub(crate) unsafe fn number_text(x: Word) -> Option<String> {
    if bytes::is_buffer(x) {
        let data = unsafe { bytes::data(x) };
        return data
            .is_ascii()
            .then(|| String::from_utf8_lossy(data).into_owned());
    }
    std::str::from_utf8(unsafe { str_::bytes(x) })
        .ok()
        .and_then(to_ascii_number)
}

/// `repr(s)` cut to 200 characters, as CPython's `%.200R`.
///
/// # Safety
/// `s` must be a valid word.
unsafe fn short_repr(ts: *mut Thread, s: Word) -> Option<String> {
    let shown = unsafe { crate::entry::ty_repr(ts, s) };
    if shown == 0 {
        return None;
    }
    Some(unsafe { str_::lossy(shown) }.chars().take(200).collect())
}

/// `int(f)`: truncation toward zero.
pub fn from_f64(ts: *mut Thread, f: f64) -> Word {
    if f.is_nan() {
        return value_error(ts, "cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return overflow_error(ts, "cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return from_i64(ts, t as i64);
    }
    from_bigint(ts, BigInt::from_f64(t).unwrap_or_default())
}

/// The text CPython's number parsers see: non-ASCII whitespace becomes a
/// space and Unicode decimal digits become ASCII digits (`int('٣')` is 3);
/// any other non-ASCII character makes the text invalid (`None`).
pub(crate) fn to_ascii_number(text: &str) -> Option<String> {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                Some(c)
            } else if c.is_whitespace() {
                Some(' ')
            } else {
                unicode_decimal(c).map(|d| (b'0' + d) as char)
            }
        })
        .collect()
}

/// The ASCII whitespace C's `isspace` accepts, which CPython strips around numbers.
pub(crate) fn is_c_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// Parse int text (already passed through [`to_ascii_number`]) in `base`
/// (0 = from the prefix, else 2..=36).
pub fn parse_int(text: &str, base: u32) -> Result<BigInt, ParseError> {
    let body = text.trim_matches(is_c_space).as_bytes();
    let (negative, body) = match body.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, body),
    };
    let second = body.get(1).map(u8::to_ascii_lowercase);
    let mut base = base;
    // `int('010', 0)` is an error (an old-style octal literal), but zeros are fine.
    let mut only_zero = false;
    if base == 0 {
        base = match (body.first(), second) {
            (Some(b'0'), Some(b'x')) => 16,
            (Some(b'0'), Some(b'o')) => 8,
            (Some(b'0'), Some(b'b')) => 2,
            (Some(b'0'), _) => {
                only_zero = true;
                10
            }
            _ => 10,
        };
    }
    let prefixed = body.first() == Some(&b'0')
        && matches!(
            (base, second),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        );
    let mut digits = if prefixed { &body[2..] } else { body };
    if prefixed && digits.first() == Some(&b'_') {
        digits = &digits[1..];
    }
    let mut clean = Vec::with_capacity(digits.len());
    let mut after_underscore = true;
    for &b in digits {
        if b == b'_' {
            if after_underscore {
                return Err(ParseError::Invalid);
            }
            after_underscore = true;
            continue;
        }
        match (b as char).to_digit(36) {
            Some(d) if d < base => clean.push(b),
            _ => return Err(ParseError::Invalid),
        }
        after_underscore = false;
    }
    if after_underscore {
        return Err(ParseError::Invalid);
    }
    let limit = max_str_digits();
    if !base.is_power_of_two() && limit > 0 && clean.len() > limit {
        return Err(ParseError::TooManyDigits(clean.len()));
    }
    let value = BigInt::parse_bytes(&clean, base).ok_or(ParseError::Invalid)?;
    if only_zero && !value.is_zero() {
        return Err(ParseError::Invalid);
    }
    Ok(if negative { -value } else { value })
}

/// The value of a Unicode decimal digit (category Nd), e.g. `'٣'` -> 3.
fn unicode_decimal(c: char) -> Option<u8> {
    // The zero of every run of ten decimal digits in Unicode 14 (CPython 3.11).
    const ZEROS: [u32; 66] = [
        0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
        0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
        0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0,
        0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
        0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0,
        0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
    ];
    let code = c as u32;
    let idx = ZEROS.partition_point(|zero| *zero <= code).checked_sub(1)?;
    let offset = code - ZEROS[idx];
    (offset < 10).then_some(offset as u8)
}
