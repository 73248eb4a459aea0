//! `complex(real=0, imag=0)` and `complex(string)`, following CPython
//! 3.11's `complex_new_impl` (how complex parts of the arguments combine,
//! and the wording of each `TypeError`) and `complex_from_string_inner`
//! (the accepted forms `<float>`, `<float>j`, `<float><signed-float>j`,
//! `<float><sign>j`, `<sign>j`, `j`, optionally in parentheses).

use super::{COMPLEX_TYPE, is_complex, new, parts};
use crate::error::{type_error, value_error};
use crate::object::{Word, is_exact, type_of};
use crate::thread::Thread;
use crate::types::str::args::{self, Spec, Style};
use crate::types::{float, int, str as str_};

/// The longest float at the start of `s` (C's `strtod` as CPython uses it:
/// digits with an optional point and exponent, or `inf`, `infinity`,
/// `nan`, each after an optional sign), with the bytes it took.
fn scan_float(s: &[u8]) -> Option<(f64, usize)> {
    let mut pos = 0;
    let negative = match s.first() {
        Some(b'-') => {
            pos = 1;
            true
        }
        Some(b'+') => {
            pos = 1;
            false
        }
        _ => false,
    };
    let rest = &s[pos..];
    let lower: Vec<u8> = rest.iter().take(8).map(u8::to_ascii_lowercase).collect();
    let special = if lower.starts_with(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if lower.starts_with(b"inf") {
        Some((f64::INFINITY, 3))
    } else if lower.starts_with(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((v, len)) = special {
        return Some((if negative { -v } else { v }, pos + len));
    }
    let start = pos;
    let digits = |s: &[u8], at: usize| s[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    let whole = digits(s, pos);
    pos += whole;
    let mut fraction = 0;
    if s.get(pos) == Some(&b'.') {
        fraction = digits(s, pos + 1);
        if whole + fraction > 0 {
            pos += 1 + fraction;
        }
    }
    if whole + fraction == 0 {
        return None;
    }
    if matches!(s.get(pos), Some(b'e' | b'E')) {
        let mut at = pos + 1;
        if matches!(s.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        let exp_digits = digits(s, at);
        if exp_digits > 0 {
            pos = at + exp_digits;
        }
    }
    let text = std::str::from_utf8(&s[start..pos]).ok()?;
    let v: f64 = text.parse().ok()?;
    Some((if negative { -v } else { v }, pos))
}

/// Parse complex text whose underscores were already removed; `None` when
/// it is malformed.
fn parse_text(s: &[u8]) -> Option<(f64, f64)> {
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let mut pos = 0;
    let skip = |pos: &mut usize| {
        while s.get(*pos).is_some_and(|b| space(*b)) {
            *pos += 1;
        }
    };
    skip(&mut pos);
    let bracket = s.get(pos) == Some(&b'(');
    if bracket {
        pos += 1;
        skip(&mut pos);
    }
    let is_j = |b: Option<&u8>| matches!(b, Some(b'j' | b'J'));
    let (mut x, mut y) = (0.0, 0.0);
    if let Some((z, len)) = scan_float(&s[pos..]) {
        pos += len;
        match s.get(pos) {
            Some(b'+' | b'-') => {
                x = z;
                match scan_float(&s[pos..]) {
                    Some((v, len)) => {
                        y = v;
                        pos += len;
                    }
                    None => {
                        y = if s[pos] == b'+' { 1.0 } else { -1.0 };
                        pos += 1;
                    }
                }
                if !is_j(s.get(pos)) {
                    return None;
                }
                pos += 1;
            }
            Some(b'j' | b'J') => {
                pos += 1;
                y = z;
            }
            _ => x = z,
        }
    } else {
        match s.get(pos) {
            Some(b'+') => {
                y = 1.0;
                pos += 1;
            }
            Some(b'-') => {
                y = -1.0;
                pos += 1;
            }
            _ => y = 1.0,
        }
        if !is_j(s.get(pos)) {
            return None;
        }
        pos += 1;
    }
    skip(&mut pos);
    if bracket {
        if s.get(pos) != Some(&b')') {
            return None;
        }
        pos += 1;
        skip(&mut pos);
    }
    (pos == s.len()).then_some((x, y))
}

/// CPython's `_Py_string_to_number_with_underscores` check: an underscore
/// only between two digits. `None` when one is misplaced.
fn remove_underscores(text: &str) -> Option<String> {
    if !text.contains('_') {
        return Some(text.to_string());
    }
    let mut out = String::with_capacity(text.len());
    let mut prev = '\0';
    for c in text.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

unsafe fn from_string(ts: *mut Thread, text: Word) -> Word {
    let raw = unsafe { str_::bytes(text) };
    let ascii = std::str::from_utf8(raw)
        .ok()
        .map(|t| crate::types::int::to_ascii_number(t).unwrap_or_else(|| "?".into()));
    let Some(ascii) = ascii else {
        return value_error(ts, "complex() arg is a malformed string");
    };
    let Some(clean) = remove_underscores(&ascii) else {
        let shown = unsafe { crate::entry::ty_repr(ts, text) };
        if shown == 0 {
            return 0;
        }
        let shown = unsafe { str_::lossy(shown) };
        return value_error(ts, &format!("could not convert string to complex: {shown}"));
    };
    match parse_text(clean.as_bytes()) {
        Some((re, im)) => new(ts, re, im),
        None => value_error(ts, "complex() arg is a malformed string"),
    }
}

/// A float or int argument's value; `Err` with an exception pending.
unsafe fn real_value(ts: *mut Thread, w: Word) -> Result<f64, ()> {
    if float::is_float(w) {
        return Ok(unsafe { float::value(w) });
    }
    unsafe { int::to_f64(ts, w) }.ok_or(())
}

/// `complex(real=0, imag=0)`.
pub(super) unsafe extern "C" fn construct(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new(
        "complex",
        "complex",
        0,
        2,
        Style::Keywords(&["real", "imag"]),
    );
    let all = unsafe { std::slice::from_raw_parts(argv, nargs.max(0) as usize) };
    let Some([r, i]) = (unsafe { args::parse_args::<2>(ts, &SPEC, all, kwnames) }) else {
        return 0;
    };
    if r == 0 && i == 0 {
        return new(ts, 0.0, 0.0);
    }
    if r != 0 && str_::is_str(r) {
        if i != 0 {
            return type_error(ts, "complex() can't take second arg if first is a string");
        }
        return unsafe { from_string(ts, r) };
    }
    if i != 0 && str_::is_str(i) {
        return type_error(ts, "complex() second arg can't be a string");
    }
    if r != 0 && i == 0 && is_exact(r, &COMPLEX_TYPE) {
        return r;
    }
    // A user class's `__complex__` comes first, as in CPython.
    let r = match unsafe { user_complex(ts, r) } {
        Some(0) => return 0,
        Some(converted) => converted,
        None => r,
    };
    if r != 0 && i == 0 && is_exact(r, &COMPLEX_TYPE) {
        return r;
    }
    // CPython checks both argument types before converting either.
    let number = |w: Word| is_complex(w) || float::is_float(w) || int::is_int(w);
    if r != 0 && !number(r) {
        return type_error(
            ts,
            &format!(
                "complex() first argument must be a string or a number, not '{}'",
                type_of(r).name
            ),
        );
    }
    if i != 0 && !number(i) {
        return type_error(
            ts,
            &format!(
                "complex() second argument must be a number, not '{}'",
                type_of(i).name
            ),
        );
    }
    let (mut cr, cr_is_complex) = if r == 0 {
        ((0.0, 0.0), false)
    } else if is_complex(r) {
        (unsafe { parts(r) }, true)
    } else {
        match unsafe { real_value(ts, r) } {
            Ok(v) => ((v, 0.0), false),
            Err(_) => return 0,
        }
    };
    let mut ci = if i == 0 {
        (cr.1, 0.0)
    } else if is_complex(i) {
        unsafe { parts(i) }
    } else {
        match unsafe { real_value(ts, i) } {
            Ok(v) => (v, 0.0),
            Err(_) => return 0,
        }
    };
    if i != 0 && is_complex(i) {
        cr.0 -= ci.1;
    }
    if cr_is_complex && i != 0 {
        ci.0 += cr.1;
    }
    new(ts, cr.0, ci.0)
}

/// `x.__complex__()` when `x`'s class is a user class defining it: the
/// complex it returns, or 0 with an exception pending (a result that is
/// not a complex is CPython's TypeError); `None` when there is no such
/// method.
unsafe fn user_complex(ts: *mut Thread, x: Word) -> Option<Word> {
    if x == 0 || !crate::types::class::is_heap(type_of(x)) {
        return None;
    }
    let key = str_::new(ts, "__complex__");
    if key == 0 {
        return Some(0);
    }
    let method = crate::types::class::lookup(ts, type_of(x), key)?;
    let result = unsafe { crate::calls::call_with_self(ts, method, x, std::ptr::null(), 0, 0) };
    if result == 0 || is_complex(result) {
        return Some(result);
    }
    let message = format!(
        "__complex__ returned non-complex (type {})",
        type_of(result).name
    );
    Some(type_error(ts, &message))
}
