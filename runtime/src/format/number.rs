//! Number formatting for `format()`: ints in bases 2, 8, 10 and 16, `c`,
//! floats through `float::double_to_string`, and CPython's layout of sign,
//! prefix, grouped digits and padding (`fill_number`), including zero
//! padding that runs through the separators (`format(1234, '08,')` is
//! `0,001,234`).

use super::{FormatError, Spec, parse_spec, unknown_code};
use crate::thread::Thread;
use crate::types::float::{DtoaFlags, double_to_string};
use crate::types::int::{self, Int};
use num_traits::Signed;

/// `format(n, spec)` for an int or bool `value` with a non-empty spec.
pub(super) fn format_int(
    ts: *mut Thread,
    value: Option<Int>,
    spec: &str,
    type_name: &str,
) -> Result<Vec<u8>, FormatError> {
    let value = value.unwrap_or(Int::Small(0));
    let spec = parse_spec(spec, Some('d'), '>', type_name)?;
    match spec.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = match value {
                Int::Small(v) => v as f64,
                Int::Big(b) => int::big_to_f64(b).ok_or_else(|| {
                    FormatError::Overflow("int too large to convert to float".into())
                })?,
            };
            checked_float(x, &spec)
        }
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') | None => int_digits(ts, value, &spec),
        Some(other) => Err(unknown_code(other, type_name)),
    }
}

fn int_digits(ts: *mut Thread, value: Int, spec: &Spec) -> Result<Vec<u8>, FormatError> {
    let error = |message: &str| Err(FormatError::Value(message.to_string()));
    if spec.precision.is_some() {
        return error("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_0 {
        return error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        if spec.sign.is_some() {
            return error("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return error("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let code = value.to_i64().ok_or_else(|| {
            FormatError::Overflow("Python int too large to convert to C long".into())
        })?;
        if !(0..=0x10FFFF).contains(&code) {
            return Err(FormatError::Overflow(
                "%c arg not in range(0x110000)".into(),
            ));
        }
        // CPython lays the character out as "remainder", never grouped or zero-filled.
        return Ok(layout(
            false,
            "",
            "",
            &encode_code_point(code as u32),
            spec,
            3,
        ));
    }
    let negative = value.is_negative();
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = match (value, base) {
        (Int::Small(v), 10) => v.unsigned_abs().to_string(),
        (Int::Small(v), 2) => format!("{:b}", v.unsigned_abs()),
        (Int::Small(v), 8) => format!("{:o}", v.unsigned_abs()),
        (Int::Small(v), _) => format!("{:x}", v.unsigned_abs()),
        (Int::Big(b), 10) => int::to_decimal(ts, &b.abs()).ok_or(FormatError::Pending)?,
        (Int::Big(b), _) => b.magnitude().to_str_radix(base),
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let group = if base == 10 { 3 } else { 4 };
    Ok(layout(negative, prefix, &digits, b"", spec, group))
}

/// `format(x, spec)` for a float.
pub(super) fn format_float_spec(x: f64, spec: &str) -> Result<Vec<u8>, FormatError> {
    let spec = parse_spec(spec, None, '>', "float")?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => checked_float(x, &spec),
        Some(other) => Err(unknown_code(other, "float")),
    }
}

/// `format_float` after CPython's limit on the precision (a C int).
fn checked_float(x: f64, spec: &Spec) -> Result<Vec<u8>, FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::Value("precision too big".into()));
    }
    Ok(format_float(x, spec))
}

/// CPython's `format_float_internal`.
pub(crate) fn format_float(x: f64, spec: &Spec) -> Vec<u8> {
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtoaFlags::default()
    };
    let ty = spec.ty;
    let mut default_precision = 6;
    let mut code = match ty {
        // No type: like repr, or like `g` keeping a `.0` when a precision is given.
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            b'r'
        }
        Some('n') => b'g',
        Some('%') => b'f',
        Some(c) => c.to_ascii_lowercase() as u8,
    };
    flags.upper = matches!(ty, Some('E' | 'F' | 'G'));
    let value = if ty == Some('%') { x * 100.0 } else { x };
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == b'r' {
                code = b'g';
            }
            p
        }
    };
    let mut text = double_to_string(value, code, precision, flags);
    if ty == Some('%') {
        text.push('%');
    }
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let split = unsigned.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = unsigned.split_at(split);
    layout(negative, "", digits, rest.as_bytes(), spec, 3)
}

/// CPython's `calc_number_widths` + `fill_number`: sign, prefix, grouped
/// integer digits, then `rest` (point, fraction, exponent, `%`, or the `c`
/// character), padded to the width.
pub(super) fn layout(
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &[u8],
    spec: &Spec,
    group: usize,
) -> Vec<u8> {
    let sign = match (negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some('+')) => Some('+'),
        (false, Some(' ')) => Some(' '),
        _ => None,
    };
    let align = spec.align.unwrap_or('>');
    let rest_len = rest.iter().filter(|b| **b & 0xC0 != 0x80).count();
    let fixed = sign.is_some() as usize + prefix.len() + rest_len;
    let min_width = if spec.fill == '0' && align == '=' {
        spec.width as isize - fixed as isize
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, spec.grouping.map(|sep| (sep, group)), min_width)
    };
    let total = spec.width.saturating_sub(fixed + grouped.len());
    let (left, middle, right) = match align {
        '<' => (0, 0, total),
        '^' => (total / 2, 0, total - total / 2),
        '=' => (0, total, 0),
        _ => (total, 0, 0),
    };
    let mut fill = [0u8; 4];
    let fill = spec.fill.encode_utf8(&mut fill).as_bytes();
    let mut out = Vec::with_capacity(fixed + grouped.len() + total * fill.len());
    (0..left).for_each(|_| out.extend_from_slice(fill));
    if let Some(sign) = sign {
        out.push(sign as u8);
    }
    out.extend_from_slice(prefix.as_bytes());
    (0..middle).for_each(|_| out.extend_from_slice(fill));
    out.extend_from_slice(grouped.as_bytes());
    out.extend_from_slice(rest);
    (0..right).for_each(|_| out.extend_from_slice(fill));
    out
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: digits in groups of
/// `size` from the right, zero-padded (through the separators) to at least
/// `min_width` characters.
fn group_digits(digits: &str, grouping: Option<(char, usize)>, min_width: isize) -> String {
    let mut remaining = digits.len() as isize;
    let Some((separator, size)) = grouping else {
        let zeros = remaining.max(min_width).max(1) - remaining;
        return "0".repeat(zeros.max(0) as usize) + digits;
    };
    let size = size as isize;
    let mut min_width = min_width;
    let mut end = digits.len();
    let mut groups: Vec<String> = Vec::new();
    loop {
        let len = size.min(remaining.max(min_width).max(1));
        let zeros = (len - remaining).max(0);
        let taken = remaining.min(len).max(0) as usize;
        groups.push("0".repeat(zeros as usize) + &digits[end - taken..end]);
        end -= taken;
        remaining -= taken as isize;
        min_width -= size;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(separator.encode_utf8(&mut [0u8; 4]))
}

/// A code point in generalised UTF-8 (lone surrogates included, as str stores them).
fn encode_code_point(code: u32) -> Vec<u8> {
    match char::from_u32(code) {
        Some(c) => c.to_string().into_bytes(),
        None => vec![
            0xE0 | (code >> 12) as u8,
            0x80 | ((code >> 6) & 0x3F) as u8,
            0x80 | (code & 0x3F) as u8,
        ],
    }
}
