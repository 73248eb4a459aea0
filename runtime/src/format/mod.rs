//! `format(value, spec)`: the format-spec mini-language for `int`, `bool`,
//! `float` and `str` (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`),
//! following CPython's `Python/formatter_unicode.c`: the same parse, the
//! same checks in the same order, the same error messages.
//!
//! `f'{x:>10}'` and `str.format` reach this through the `ty_format` entry.

mod complex;
mod number;

pub use complex::format_complex;

use crate::error::{overflow_error, type_error, value_error};
use crate::object::{Word, is_exact, is_small, small_value, type_of};
use crate::thread::Thread;
use crate::types::{bool as bool_, float, int, str as str_};

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    pub fill: char,
    /// `<`, `>`, `^` or `=`; `None` means the type's default.
    pub align: Option<char>,
    /// `+`, `-` or ` `.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type, or the caller's default.
    pub ty: Option<char>,
}

/// Why formatting failed; the exception is raised by [`ty_format`].
#[derive(Debug, PartialEq)]
pub enum FormatError {
    Value(String),
    Overflow(String),
    /// An exception is already pending (e.g. the int digit limit).
    Pending,
    /// The result would not fit in memory.
    Memory,
}

/// Entry: `format(obj, spec)`, where `spec` is a str (maybe empty).
///
/// # Safety
/// `obj` and `spec` must be valid words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_format(ts: *mut Thread, obj: Word, spec: Word) -> Word {
    if is_small(spec) || !is_exact(spec, &str_::STR_TYPE) {
        let name = type_of(spec).name;
        return type_error(ts, &format!("format() argument 2 must be str, not {name}"));
    }
    let ty = type_of(obj);
    if crate::types::class::is_heap(ty) {
        let format = crate::types::class::Dunder::Format as usize;
        if unsafe { crate::types::class::class_of(ty) }.dunders[format] != 0 {
            let text = unsafe { crate::types::class::slots::call_dunder(ts, obj, format, &[spec]) };
            if text != 0 && !str_::is_str(text) {
                let name = type_of(text).name;
                return type_error(ts, &format!("__format__ must return a str, not {name}"));
            }
            return text;
        }
    }
    if unsafe { str_::bytes(spec) }.is_empty() {
        // `format(x, '')` is `str(x)`; the number types and str answer
        // directly (an f-string's `{x}` of an untyped int: no `String`s).
        if is_small(obj) {
            return str_::from_i64(ts, small_value(obj));
        }
        if is_exact(obj, &str_::STR_TYPE) {
            return obj;
        }
        let ty = type_of(obj);
        let number = std::ptr::eq(ty, &int::INT_TYPE)
            || std::ptr::eq(ty, &float::FLOAT_TYPE)
            || bool_::is_bool(obj);
        if number && let Some(str_slot) = ty.slots.str {
            return unsafe { str_slot(ts, obj) };
        }
        return unsafe { crate::entry::ty_str(ts, obj) };
    }
    let spec_text = unsafe { str_::lossy(spec) };
    let result = if int::is_int(obj) {
        number::format_int(ts, int::view(obj), &spec_text, type_of(obj).name)
    } else if float::is_float(obj) {
        number::format_float_spec(unsafe { float::value(obj) }, &spec_text)
    } else if str_::is_str(obj) {
        format_str(unsafe { str_::bytes(obj) }, &spec_text)
    } else if crate::types::complex::is_complex(obj) {
        let (re, im) = unsafe { crate::types::complex::parts(obj) };
        format_complex(re, im, &spec_text)
    } else {
        let name = type_of(obj).name;
        return type_error(
            ts,
            &format!("unsupported format string passed to {name}.__format__"),
        );
    };
    match result {
        Ok(bytes) => str_::from_bytes(ts, &bytes),
        Err(FormatError::Value(message)) => value_error(ts, &message),
        Err(FormatError::Overflow(message)) => overflow_error(ts, &message),
        Err(FormatError::Pending) => 0,
        Err(FormatError::Memory) => {
            crate::error::memory_error(ts);
            0
        }
    }
}

/// Parse `spec` as CPython's `parse_internal_render_format_spec` does.
/// `default_type` is `d` for ints, `s` for strs and `None` for floats.
pub fn parse_spec(
    spec: &str,
    default_type: Option<char>,
    default_align: char,
    type_name: &str,
) -> Result<Spec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut pos = 0;
    let mut out = Spec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: default_type,
    };
    let is_align = |c: Option<&char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut fill_given = false;
    if chars.len() >= 2 && is_align(chars.get(1)) {
        out.fill = chars[0];
        out.align = Some(chars[1]);
        fill_given = true;
        pos = 2;
    } else if is_align(chars.first()) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    // The `0` flag: zero fill, and `=` alignment for types aligned right.
    if !fill_given && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        if out.align.is_none() && default_align == '>' {
            out.align = Some('=');
        }
        pos += 1;
    }
    out.width = read_number(&chars, &mut pos)?.unwrap_or(0);
    // A padded result this wide cannot be allocated here; raising
    // MemoryError up front beats aborting when the allocation fails.
    if out.width > i32::MAX as usize {
        return Err(FormatError::Memory);
    }
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(FormatError::Value(
                "Cannot specify both ',' and '_'.".into(),
            ));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err(FormatError::Value(
            "Cannot specify both ',' and '_'.".into(),
        ));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        match read_number(&chars, &mut pos)? {
            Some(p) => out.precision = Some(p),
            None => {
                return Err(FormatError::Value(
                    "Format specifier missing precision".into(),
                ));
            }
        }
    }
    if chars.len() > pos + 1 {
        return Err(FormatError::Value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if let Some(&c) = chars.get(pos) {
        out.ty = Some(c);
    }
    if let Some(separator) = out.grouping {
        match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if separator == '_' => {}
            Some(ty) => {
                return Err(FormatError::Value(format!(
                    "Cannot specify '{separator}' with '{}'.",
                    show_code(ty)
                )));
            }
        }
    }
    Ok(out)
}

/// A presentation type as CPython shows it in messages: printable ASCII as
/// itself, anything else as `\x..`.
pub(crate) fn show_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// "Unknown format code 'd' for object of type 'float'".
pub(crate) fn unknown_code(c: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        show_code(c)
    ))
}

/// Read decimal digits at `pos`: `None` when there are none.
fn read_number(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::Value("Too many decimal digits in format string".into()))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// `format(s, spec)` for a str: fill, alignment (default left), width and
/// precision count code points.
pub fn format_str(text: &[u8], spec: &str) -> Result<Vec<u8>, FormatError> {
    let spec = parse_spec(spec, Some('s'), '<', "str")?;
    match spec.ty {
        Some('s') => {}
        Some(other) => return Err(unknown_code(other, "str")),
        None => {}
    }
    let error = |message: &str| Err(FormatError::Value(message.to_string()));
    match spec.sign {
        Some(' ') => return error("Space not allowed in string format specifier"),
        Some(_) => return error("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_0 {
        return error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return error("Alternate form (#) not allowed in string format specifier");
    }
    if spec.align == Some('=') {
        return error("'=' alignment not allowed in string format specifier");
    }
    // Code point boundaries of the generalised UTF-8 text.
    let starts: Vec<usize> = (0..text.len())
        .filter(|i| text[*i] & 0xC0 != 0x80)
        .collect();
    let (body, len) = match spec.precision {
        Some(p) if p < starts.len() => (&text[..starts[p]], p),
        _ => (text, starts.len()),
    };
    Ok(pad(body, len, &spec, '<'))
}

/// `body` (`len` code points) padded to the spec's width with its fill.
fn pad(body: &[u8], len: usize, spec: &Spec, default_align: char) -> Vec<u8> {
    let total = spec.width.saturating_sub(len);
    let (left, right) = match spec.align.unwrap_or(default_align) {
        '<' => (0, total),
        '^' => (total / 2, total - total / 2),
        _ => (total, 0),
    };
    let mut fill = [0u8; 4];
    let fill = spec.fill.encode_utf8(&mut fill).as_bytes();
    let mut out = Vec::with_capacity(body.len() + fill.len() * total);
    (0..left).for_each(|_| out.extend_from_slice(fill));
    out.extend_from_slice(body);
    (0..right).for_each(|_| out.extend_from_slice(fill));
    out
}

#[cfg(test)]
mod tests;
