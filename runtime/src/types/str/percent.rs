//! printf-style formatting: `'%5.2f %s' % (x, y)`, including `%(key)s`
//! lookups, `*` widths and CPython's error messages.
//!
//! Floats (and `%e`/`%f`/`%g` of ints) are delegated to `ty_format` with an
//! equivalent format spec; integers are laid out here because `%` allows
//! a precision on them (`'%.3d' % 5 == '005'`) which format specs do not.

use super::args::small_int;
use super::{bytes, char_len, from_bytes, is_str, utf8};
use crate::error::{overflow_error, raise, type_error, value_error};
use crate::object::{Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::exception::{OVERFLOW_ERROR, VALUE_ERROR};
use crate::types::{float, int, tuple};

/// `template % args`.
///
/// # Safety
/// `template` must be a `str`; `args` a valid word.
pub unsafe fn format(ts: *mut Thread, template: Word, args: Word) -> Word {
    let is_tuple = is_instance(args, &tuple::TUPLE_TYPE);
    let values: &[Word] = if is_tuple {
        unsafe { tuple::items(args) }
    } else {
        std::slice::from_ref(&args)
    };
    // CPython treats anything subscriptable but a tuple or str as a mapping.
    let mapping =
        (!is_tuple && !is_str(args) && type_of(args).slots.getitem.is_some()).then_some(args);
    let mut state = State {
        ts,
        values,
        next: 0,
        mapping,
        used_key: false,
    };
    let text = unsafe { bytes(template) };
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        i += 1;
        if c != b'%' {
            out.push(c);
            continue;
        }
        if text.get(i) == Some(&b'%') {
            out.push(b'%');
            i += 1;
            continue;
        }
        if unsafe { state.conversion(text, &mut i, &mut out) }.is_err() {
            return 0;
        }
    }
    if state.mapping.is_none() && !state.used_key && state.next < values.len() {
        return type_error(ts, "not all arguments converted during string formatting");
    }
    from_bytes(ts, &out)
}

struct State<'a> {
    ts: *mut Thread,
    values: &'a [Word],
    next: usize,
    mapping: Option<Word>,
    /// A `%(key)` was used: positional arguments are no longer available.
    used_key: bool,
}

#[derive(Default)]
struct Flags {
    left: bool,
    sign: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
}

/// Errors are pending in the thread.
type Step<T> = Result<T, ()>;

impl State<'_> {
    fn next_arg(&mut self) -> Step<Word> {
        match self.values.get(self.next) {
            Some(value) if !self.used_key => {
                self.next += 1;
                Ok(*value)
            }
            _ => {
                type_error(self.ts, "not enough arguments for format string");
                Err(())
            }
        }
    }

    fn fail_value(&self, message: &str) -> Step<()> {
        value_error(self.ts, message);
        Err(())
    }

    /// One conversion: `text[*i]` is just after the `%`.
    unsafe fn conversion(&mut self, text: &[u8], i: &mut usize, out: &mut Vec<u8>) -> Step<()> {
        let ts = self.ts;
        let mut keyed = None;
        if text.get(*i) == Some(&b'(') {
            let Some(mapping) = self.mapping else {
                type_error(ts, "format requires a mapping");
                return Err(());
            };
            let start = *i + 1;
            let mut depth = 1;
            *i += 1;
            while *i < text.len() && depth > 0 {
                match text[*i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                *i += 1;
            }
            if depth > 0 {
                return self.fail_value("incomplete format key");
            }
            let key = from_bytes(ts, &text[start..*i - 1]);
            let value = if key == 0 {
                0
            } else {
                unsafe { crate::entry::ty_getitem(ts, mapping, key) }
            };
            if value == 0 {
                return Err(());
            }
            keyed = Some(value);
            self.used_key = true;
        }
        let mut flags = Flags::default();
        while let Some(c) = text.get(*i) {
            match c {
                b'-' => flags.left = true,
                b'+' => flags.sign = true,
                b' ' => flags.blank = true,
                b'#' => flags.alternate = true,
                b'0' => flags.zero = true,
                _ => break,
            }
            *i += 1;
        }
        let mut width = self.number(text, i, "width")?;
        if let Some(w) = width
            && w < 0
        {
            flags.left = true;
            width = Some(w.saturating_neg());
        }
        let mut precision = None;
        if text.get(*i) == Some(&b'.') {
            *i += 1;
            precision = Some(self.number(text, i, "precision")?.unwrap_or(0).max(0));
        }
        while matches!(text.get(*i), Some(b'h' | b'l' | b'L')) {
            *i += 1;
        }
        if *i >= text.len() {
            return self.fail_value("incomplete format");
        }
        let conv_at = *i;
        let (conv, conv_len) = utf8::decode(text, *i);
        *i += conv_len;
        let value = match keyed {
            Some(value) => value,
            None => self.next_arg()?,
        };
        let width = width.unwrap_or(0).max(0) as usize;
        let piece = match char::from_u32(conv).unwrap_or('?') {
            's' => unsafe { crate::entry::ty_str(ts, value) },
            'r' => unsafe { crate::entry::ty_repr(ts, value) },
            'a' => unsafe { crate::entry::ty_ascii(ts, value) },
            'c' => unsafe { char_arg(ts, value) },
            c @ ('d' | 'i' | 'u' | 'x' | 'X' | 'o') => {
                let digits = unsafe { integer(ts, value, c, &flags, precision, width) }?;
                out.extend_from_slice(digits.as_bytes());
                return Ok(());
            }
            c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => unsafe {
                real(ts, value, c, &flags, precision, width)
            },
            _ => {
                let shown = if (31..=126).contains(&conv) {
                    conv as u8 as char
                } else {
                    '?'
                };
                let index = utf8::count(&text[..conv_at]);
                let message =
                    format!("unsupported format character '{shown}' (0x{conv:x}) at index {index}");
                raise(ts, &VALUE_ERROR, &message);
                return Err(());
            }
        };
        if piece == 0 {
            return Err(());
        }
        let piece_text = unsafe { bytes(piece) };
        let mut len = unsafe { char_len(piece) };
        let mut end = piece_text.len();
        if let Some(p) = precision
            && matches!(conv, 0x73 | 0x72 | 0x61)
            && (p as usize) < len
        {
            end = utf8::offset(piece_text, p as usize);
            len = p as usize;
        }
        let pad = width.saturating_sub(len);
        if !super::reserve(self.ts, out, pad.checked_add(end)) {
            return Err(());
        }
        if !flags.left {
            out.resize(out.len() + pad, b' ');
        }
        out.extend_from_slice(&piece_text[..end]);
        if flags.left {
            out.resize(out.len() + pad, b' ');
        }
        Ok(())
    }

    /// A width or precision: digits, or `*` taking the next argument.
    fn number(&mut self, text: &[u8], i: &mut usize, what: &str) -> Step<Option<i64>> {
        if text.get(*i) == Some(&b'*') {
            *i += 1;
            let value = self.next_arg()?;
            // CPython reads a starred width as a C ssize_t and a starred
            // precision as a C int.
            let limit = if what == "width" { "ssize_t" } else { "int" };
            return match unsafe { small_int(value) } {
                Some(n) if what == "width" || i32::try_from(n).is_ok() => Ok(Some(n)),
                _ if is_instance(value, &int::INT_TYPE) => {
                    let message = format!("Python int too large to convert to C {limit}");
                    raise(self.ts, &OVERFLOW_ERROR, &message);
                    Err(())
                }
                _ => {
                    type_error(self.ts, "* wants int");
                    Err(())
                }
            };
        }
        let start = *i;
        let mut value: i64 = 0;
        while let Some(d) = text.get(*i).filter(|d| d.is_ascii_digit()) {
            value = match value
                .checked_mul(10)
                .and_then(|v| v.checked_add((d - b'0') as i64))
            {
                Some(v) if v <= i32::MAX as i64 => v,
                _ => {
                    value_error(self.ts, &format!("{what} too big"));
                    return Err(());
                }
            };
            *i += 1;
        }
        Ok((*i > start).then_some(value))
    }
}

/// `%c`: an int code point or a one-character string.
unsafe fn char_arg(ts: *mut Thread, value: Word) -> Word {
    if is_str(value) && unsafe { char_len(value) } == 1 {
        return value;
    }
    match unsafe { small_int(value) } {
        Some(cp) if (0..0x110000).contains(&cp) => super::from_char(ts, cp as u32),
        Some(_) => overflow_error(ts, "%c arg not in range(0x110000)"),
        None if is_instance(value, &int::INT_TYPE) => {
            overflow_error(ts, "%c arg not in range(0x110000)")
        }
        None => type_error(ts, "%c requires int or char"),
    }
}

/// `%d`, `%x`, `%o` and friends, fully laid out.
unsafe fn integer(
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
            unsafe { super::lossy(text) }
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
    if !super::reserve(ts, &mut out, Some(head.len() + zeros + digits.len() + pad)) {
        return Err(());
    }
    let fill = if flags.zero && !flags.left { b'0' } else { b' ' };
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
unsafe fn real(
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
