//! printf-style formatting: `'%5.2f %s' % (x, y)`, including `%(key)s`
//! lookups, `*` widths and CPython's error messages, for `str` and for
//! `bytes` (where `%s`/`%b` take bytes, `%r`/`%a` give the ASCII repr and
//! widths count bytes).
//!
//! Floats (and `%e`/`%f`/`%g` of ints) are delegated to `ty_format` with an
//! equivalent format spec; integers are laid out here because `%` allows
//! a precision on them (`'%.3d' % 5 == '005'`) which format specs do not.

mod convert;

use super::args::small_int;
use super::{bytes, char_len, from_bytes, is_str, utf8};
use crate::error::{raise, type_error, value_error};
use crate::methods::Methods;
use crate::object::{Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::exception::{OVERFLOW_ERROR, VALUE_ERROR};
use crate::types::{int, tuple};
use convert::{byte_arg, bytes_piece, char_arg, integer, real};

// `%` of a str and of a bytes-like template, each a linked table of one
// entry (`crate::methods`), so that a program with no `%` operator (and
// naming no `__mod__` / `__rmod__`) does not link this module's 16 KiB
// (`compiler/src/link/reach.rs`).
crate::method_table! {
static STR_PERCENT = "percent_str" [
    Method {
        name: "format",
        func: str_entry,
    },
];
}

crate::method_table! {
static BYTES_PERCENT = "percent_bytes" [
    Method {
        name: "format",
        func: bytes_entry,
    },
];
}

/// `template % args` for a `str` template, through the linked table.
///
/// # Safety
/// `template` must be a `str`; `args` a valid word.
pub unsafe fn apply_str(ts: *mut Thread, template: Word, args: Word) -> Word {
    unsafe { through(ts, STR_PERCENT, template, args) }
}

/// `template % args` for a `bytes`, `bytearray` or `memoryview` template,
/// giving `bytes`, through the linked table.
///
/// # Safety
/// `template` must be bytes-like; `args` a valid word.
pub unsafe fn apply_bytes(ts: *mut Thread, template: Word, args: Word) -> Word {
    unsafe { through(ts, BYTES_PERCENT, template, args) }
}

unsafe fn through(ts: *mut Thread, table: Methods, template: Word, args: Word) -> Word {
    let Some(entry) = table.iter().next() else {
        // The link step keeps the table for every program that can reach
        // it: dropping it wrongly must fail loudly, never format wrongly.
        panic!("printf-style formatting was not linked");
    };
    let argv = [template, args];
    unsafe { (entry.func)(ts, argv.as_ptr(), 2, 0) }
}

unsafe extern "C" fn str_entry(ts: *mut Thread, argv: *const Word, _n: i64, _kw: Word) -> Word {
    let [template, args] = unsafe { *(argv as *const [Word; 2]) };
    unsafe { format(ts, template, args) }
}

unsafe extern "C" fn bytes_entry(ts: *mut Thread, argv: *const Word, _n: i64, _kw: Word) -> Word {
    let [template, args] = unsafe { *(argv as *const [Word; 2]) };
    unsafe { format_bytes(ts, crate::types::bytes::data(template), args) }
}

/// `template % args`.
///
/// # Safety
/// `template` must be a `str`; `args` a valid word.
pub unsafe fn format(ts: *mut Thread, template: Word, args: Word) -> Word {
    match unsafe { format_common(ts, bytes(template), args, false) } {
        Some(out) => from_bytes(ts, &out),
        None => 0,
    }
}

/// `template % args` for a `bytes` template.
///
/// # Safety
/// `args` must be a valid word.
pub unsafe fn format_bytes(ts: *mut Thread, template: &[u8], args: Word) -> Word {
    match unsafe { format_common(ts, template, args, true) } {
        Some(out) => crate::types::bytes::new(ts, &out),
        None => 0,
    }
}

unsafe fn format_common(
    ts: *mut Thread,
    text: &[u8],
    args: Word,
    bytes_mode: bool,
) -> Option<Vec<u8>> {
    let is_tuple = is_instance(args, &tuple::TUPLE_TYPE);
    let values: &[Word] = if is_tuple {
        unsafe { tuple::items(args) }
    } else {
        std::slice::from_ref(&args)
    };
    // CPython treats anything subscriptable but a tuple or a str (or, when
    // formatting bytes, a bytes) as a mapping.
    let excluded = is_tuple || is_str(args) || (bytes_mode && crate::types::bytes::is_bytes(args));
    let mapping = (!excluded && type_of(args).slots.getitem.is_some()).then_some(args);
    let mut state = State {
        ts,
        values,
        next: 0,
        mapping,
        used_key: false,
        bytes_mode,
    };
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
            return None;
        }
    }
    if state.mapping.is_none() && !state.used_key && state.next < values.len() {
        let what = if bytes_mode { "bytes" } else { "string" };
        type_error(
            ts,
            &format!("not all arguments converted during {what} formatting"),
        );
        return None;
    }
    Some(out)
}

struct State<'a> {
    ts: *mut Thread,
    values: &'a [Word],
    next: usize,
    mapping: Option<Word>,
    /// A `%(key)` was used: positional arguments are no longer available.
    used_key: bool,
    /// Formatting `bytes`: keys are bytes and lengths count bytes.
    bytes_mode: bool,
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
            let key = if self.bytes_mode {
                crate::types::bytes::new(ts, &text[start..*i - 1])
            } else {
                from_bytes(ts, &text[start..*i - 1])
            };
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
        let (conv, conv_len) = if self.bytes_mode {
            (u32::from(text[*i]), 1)
        } else {
            utf8::decode(text, *i)
        };
        *i += conv_len;
        let value = match keyed {
            Some(value) => value,
            None => self.next_arg()?,
        };
        let width = width.unwrap_or(0).max(0) as usize;
        let bytes_mode = self.bytes_mode;
        let piece = match char::from_u32(conv).unwrap_or('?') {
            's' | 'b' if bytes_mode => unsafe { bytes_piece(ts, value) },
            'r' | 'a' if bytes_mode => unsafe { crate::entry::ty_ascii(ts, value) },
            'c' if bytes_mode => unsafe { byte_arg(ts, value) },
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
            // CPython formats the byte as a signed C char here.
            _ if bytes_mode && conv >= 0x80 => {
                raise(
                    ts,
                    &OVERFLOW_ERROR,
                    "character argument not in range(0x110000)",
                );
                return Err(());
            }
            _ => {
                let shown = if (31..=126).contains(&conv) {
                    conv as u8 as char
                } else {
                    '?'
                };
                let index = if bytes_mode {
                    conv_at
                } else {
                    utf8::count(&text[..conv_at])
                };
                let message =
                    format!("unsupported format character '{shown}' (0x{conv:x}) at index {index}");
                raise(ts, &VALUE_ERROR, &message);
                return Err(());
            }
        };
        if piece == 0 {
            return Err(());
        }
        let (piece_text, mut len) = if is_str(piece) && !bytes_mode {
            unsafe { (bytes(piece), char_len(piece)) }
        } else if is_str(piece) {
            // An ASCII repr: its bytes are its characters.
            unsafe { (bytes(piece), bytes(piece).len()) }
        } else {
            let data = unsafe { crate::types::bytes::data(piece) };
            (data, data.len())
        };
        let mut end = piece_text.len();
        if let Some(p) = precision
            && matches!(char::from_u32(conv), Some('s' | 'r' | 'a' | 'b'))
            && (p as usize) < len
        {
            end = if bytes_mode {
                p as usize
            } else {
                utf8::offset(piece_text, p as usize)
            };
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
