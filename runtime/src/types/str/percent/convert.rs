//! The conversions of printf-style formatting (`percent.rs`): each turns
//! one argument into its text for `%c`, `%s`/`%b` of bytes, the integer
//! conversions and the float ones.

use super::super::args::small_int;
use super::super::{char_len, from_bytes, is_str};
use super::{Flags, Step};
use crate::error::{overflow_error, raise, type_error};
use crate::object::{Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::exception::OVERFLOW_ERROR;
use crate::types::{float, int};

/// `%c`: an int code point or a one-character string.
pub(super) unsafe fn char_arg(ts: *mut Thread, value: Word) -> Word {
    if is_str(value) && unsafe { char_len(value) } == 1 {
        return value;
    }
    match unsafe { small_int(value) } {
        Some(cp) if (0..0x110000).contains(&cp) => super::super::from_char(ts, cp as u32),
        Some(_) => overflow_error(ts, "%c arg not in range(0x110000)"),
        None if is_instance(value, &int::INT_TYPE) => {
            overflow_error(ts, "%c arg not in range(0x110000)")
        }
        None => type_error(ts, "%c requires int or char"),
    }
}

/// `%s`/`%b` of bytes formatting: the value must be bytes.
pub(super) unsafe fn bytes_piece(ts: *mut Thread, value: Word) -> Word {
    if crate::types::bytes::is_buffer(value) {
        return value;
    }
    let message = format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_of(value).name
    );
    type_error(ts, &message)
}

/// `%c` of bytes formatting: an int in `range(256)` or a single byte.
pub(super) unsafe fn byte_arg(ts: *mut Thread, value: Word) -> Word {
    if crate::types::bytes::is_bytes(value)
        && unsafe { crate::types::bytes::data(value) }.len() == 1
    {
        return value;
    }
    match unsafe { small_int(value) } {
        Some(byte) if (0..256).contains(&byte) => crate::types::bytes::new(ts, &[byte as u8]),
        Some(_) => overflow_error(ts, "%c arg not in range(256)"),
        None if is_instance(value, &int::INT_TYPE) => {
            overflow_error(ts, "%c arg not in range(256)")
        }
        None => type_error(ts, "%c requires an integer in range(256) or a single byte"),
    }
}

/// `%d`, `%x`, `%o` and friends, fully laid out.
pub(super) unsafe fn integer(
    ts: *mut Thread,
    value: Word,
    conv: char,
    flags: &Flags,
    precision: Option<i64>,
    width: usize,
) -> Step<String> {
    let decimal = matches!(conv, 'd' | 'i' | 'u');
    let mut value = value;
    if !is_instance(value, &int::INT_TYPE) {
        if decimal && is_instance(value, &float::FLOAT_TYPE) {
            // '%d' % 3.9 == '3': truncate through int(), which also raises
            // CPython's errors for inf and nan.
            value = unsafe { crate::entry::ty_call(ts, int::INT_TYPE.as_word(), &value, 1, 0) };
            if value == 0 {
                return Err(());
            }
        } else {
            let what = if decimal {
                "a real number"
            } else {
                "an integer"
            };
            type_error(
                ts,
                &format!(
                    "%{conv} format: {what} is required, not {}",
                    type_of(value).name
                ),
            );
            return Err(());
        }
    }
    let radix_spec = match conv {
        'x' | 'X' => "x",
        'o' => "o",
        _ => "d",
    };
    let mut digits = match unsafe { small_int(value) } {
        Some(v) => {
            let sign = if v < 0 { "-" } else { "" };
            match radix_spec {
                "x" => format!("{sign}{:x}", v.unsigned_abs()),
                "o" => format!("{sign}{:o}", v.unsigned_abs()),
                _ => v.to_string(),
            }
        }
        None => {
            let spec = from_bytes(ts, radix_spec.as_bytes());
            let text = if spec == 0 {
                0
            } else {
                unsafe { crate::entry::ty_format(ts, value, spec) }
            };
            if text == 0 {
                return Err(());
            }
            unsafe { super::super::lossy(text) }
        }
    };
    let negative = digits.starts_with('-');
    if negative {
        digits.remove(0);
    }
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let precision = precision.unwrap_or(0).max(0) as usize;
    if precision > i32::MAX as usize - 3 {
        raise(ts, &OVERFLOW_ERROR, "precision too large");
        return Err(());
    }
    let zeros = precision.saturating_sub(digits.len());
    let mut head = String::new();
    if negative {
        head.push('-');
    } else if flags.sign {
        head.push('+');
    } else if flags.blank {
        head.push(' ');
    }
    if flags.alternate {
        match conv {
            'x' => head.push_str("0x"),
            'X' => head.push_str("0X"),
            'o' => head.push_str("0o"),
            _ => {}
        }
    }
    let pad = width.saturating_sub(head.len() + zeros + digits.len());
    // Widths and precisions come from the program: a huge one must raise
    // MemoryError, not abort in the allocator.
    let mut out = Vec::new();
    if !super::super::reserve(ts, &mut out, Some(head.len() + zeros + digits.len() + pad)) {
        return Err(());
    }
    let fill = if flags.zero && !flags.left {
        b'0'
    } else {
        b' '
    };
    if fill == b' ' && !flags.left {
        out.resize(pad, b' ');
    }
    out.extend_from_slice(head.as_bytes());
    if fill == b'0' {
        out.resize(out.len() + pad, b'0');
    }
    out.resize(out.len() + zeros, b'0');
    out.extend_from_slice(digits.as_bytes());
    if flags.left {
        out.resize(out.len() + pad, b' ');
    }
    // Only ASCII was written.
    Ok(String::from_utf8(out).unwrap_or_default())
}

/// `%e`, `%f`, `%g` and their capitals, through the equivalent format spec.
pub(super) unsafe fn real(
    ts: *mut Thread,
    value: Word,
    conv: char,
    flags: &Flags,
    precision: Option<i64>,
    width: usize,
) -> Word {
    if !is_instance(value, &int::INT_TYPE) && !is_instance(value, &float::FLOAT_TYPE) {
        return type_error(
            ts,
            &format!("must be real number, not {}", type_of(value).name),
        );
    }
    // A width beyond what memory can hold is CPython's MemoryError; check
    // before handing it to the format-spec code.
    if !super::super::reserve(ts, &mut Vec::new(), Some(width)) {
        return 0;
    }
    let mut spec = String::new();
    if flags.left {
        spec.push('<');
    }
    if flags.sign {
        spec.push('+');
    } else if flags.blank {
        spec.push(' ');
    }
    if flags.alternate {
        spec.push('#');
    }
    if flags.zero && !flags.left {
        spec.push('0');
    }
    if width > 0 {
        spec.push_str(&width.to_string());
    }
    spec.push_str(&format!(".{}{conv}", precision.unwrap_or(6)));
    let spec = from_bytes(ts, spec.as_bytes());
    if spec == 0 {
        return 0;
    }
    unsafe { crate::entry::ty_format(ts, value, spec) }
}
