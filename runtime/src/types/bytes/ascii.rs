//! The ASCII-only methods of `bytes`: the `is...` predicates, case changes
//! (`capitalize`, `swapcase`, `title`), padding (`center`, `ljust`, `rjust`,
//! `zfill`) and `expandtabs`. Bytes outside ASCII are never letters,
//! digits or spaces, and pass through unchanged.

use super::{data, is_buffer, methods::is_space, new};
use crate::error::type_error;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::bool::from_bool;
use crate::types::str::args::{self, Spec, Style};

/// The bytes of a no-argument method's receiver, or `None` with the
/// argument error pending.
unsafe fn receiver<'a>(
    ts: *mut Thread,
    name: &'static str,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<&'a [u8]> {
    let spec = Spec::new("bytes", name, 0, 0, Style::NoArgs);
    let (this, []) = (unsafe { args::parse::<0>(ts, &spec, argv, nargs, kwnames) })?;
    Some(unsafe { data(this) })
}

/// Defines a predicate method from a test on the whole byte string.
macro_rules! predicate {
    ($fn_name:ident, $name:literal, $test:expr) => {
        pub(super) unsafe extern "C" fn $fn_name(
            ts: *mut Thread,
            argv: *const Word,
            nargs: i64,
            kwnames: Word,
        ) -> Word {
            let test: fn(&[u8]) -> bool = $test;
            match unsafe { receiver(ts, $name, argv, nargs, kwnames) } {
                Some(b) => from_bool(test(b)),
                None => 0,
            }
        }
    };
}

predicate!(isalnum, "isalnum", |b| !b.is_empty()
    && b.iter().all(u8::is_ascii_alphanumeric));
predicate!(isalpha, "isalpha", |b| !b.is_empty()
    && b.iter().all(u8::is_ascii_alphabetic));
predicate!(isdigit, "isdigit", |b| !b.is_empty()
    && b.iter().all(u8::is_ascii_digit));
predicate!(isspace, "isspace", |b| !b.is_empty()
    && b.iter().all(|c| is_space(*c)));
predicate!(isascii, "isascii", |b| b.is_ascii());
predicate!(islower, "islower", |b| b.iter().any(u8::is_ascii_lowercase)
    && !b.iter().any(u8::is_ascii_uppercase));
predicate!(isupper, "isupper", |b| b.iter().any(u8::is_ascii_uppercase)
    && !b.iter().any(u8::is_ascii_lowercase));
predicate!(istitle, "istitle", is_title);

/// Upper case only after an uncased byte, lower case only after a cased
/// one, and at least one cased byte.
fn is_title(b: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_cased = false;
    for c in b {
        if c.is_ascii_uppercase() {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// Defines a case-changing method from a byte-string transformation.
macro_rules! transform {
    ($fn_name:ident, $name:literal, $change:expr) => {
        pub(super) unsafe extern "C" fn $fn_name(
            ts: *mut Thread,
            argv: *const Word,
            nargs: i64,
            kwnames: Word,
        ) -> Word {
            let change: fn(&[u8]) -> Vec<u8> = $change;
            match unsafe { receiver(ts, $name, argv, nargs, kwnames) } {
                Some(b) => new(ts, &change(b)),
                None => 0,
            }
        }
    };
}

transform!(capitalize, "capitalize", |b| {
    let mut out = b.to_ascii_lowercase();
    if let Some(first) = out.first_mut() {
        first.make_ascii_uppercase();
    }
    out
});
transform!(swapcase, "swapcase", |b| b
    .iter()
    .map(|c| if c.is_ascii_alphabetic() {
        c ^ 0x20
    } else {
        *c
    })
    .collect());
transform!(title, "title", |b| {
    let mut previous_cased = false;
    b.iter()
        .map(|c| {
            let out = if previous_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            previous_cased = c.is_ascii_alphabetic();
            out
        })
        .collect()
});

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

pub(super) unsafe extern "C" fn ljust(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "ljust", 1, 2, Style::Expected);
    unsafe { pad_method(ts, &SPEC, Align::Left, argv, nargs, kwnames) }
}

pub(super) unsafe extern "C" fn rjust(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "rjust", 1, 2, Style::Expected);
    unsafe { pad_method(ts, &SPEC, Align::Right, argv, nargs, kwnames) }
}

pub(super) unsafe extern "C" fn center(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "center", 1, 2, Style::Expected);
    unsafe { pad_method(ts, &SPEC, Align::Center, argv, nargs, kwnames) }
}

unsafe fn pad_method(
    ts: *mut Thread,
    spec: &Spec,
    align: Align,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [width, fill])) = (unsafe { args::parse::<2>(ts, spec, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(width) = (unsafe { args::size_arg(ts, width) }) else {
        return 0;
    };
    let fill = if fill == 0 {
        b' '
    } else {
        match is_buffer(fill).then(|| unsafe { data(fill) }) {
            Some(&[byte]) => byte,
            _ => {
                let message = format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    spec.name,
                    crate::error::argument_type_name(fill)
                );
                return type_error(ts, &message);
            }
        }
    };
    let text = unsafe { data(this) };
    if width <= text.len() as i64 {
        return this;
    }
    let margin = width as usize - text.len();
    let left = match align {
        Align::Left => 0,
        Align::Right => margin,
        // CPython's rounding, as for `str.center`.
        Align::Center => margin / 2 + (margin & width as usize & 1),
    };
    unsafe { padded(ts, text, left, margin - left, fill) }
}

/// `text` with `left` and `right` copies of `fill` around it; `MemoryError`
/// rather than an abort when the width is beyond reach.
unsafe fn padded(ts: *mut Thread, text: &[u8], left: usize, right: usize, fill: u8) -> Word {
    let mut out = Vec::new();
    let total = left
        .checked_add(right)
        .and_then(|pad| pad.checked_add(text.len()));
    if !crate::types::str::reserve(ts, &mut out, total) {
        return 0;
    }
    out.resize(left, fill);
    out.extend_from_slice(text);
    out.resize(out.len() + right, fill);
    new(ts, &out)
}

/// `zfill(width)`: zeros after any leading sign.
pub(super) unsafe extern "C" fn zfill(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "zfill", 1, 1, Style::One);
    let Some((this, [width])) = (unsafe { args::parse::<1>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(width) = (unsafe { args::size_arg(ts, width) }) else {
        return 0;
    };
    let text = unsafe { data(this) };
    if width <= text.len() as i64 {
        return this;
    }
    let zeros = width as usize - text.len();
    let (sign, digits) = match text.first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => (&text[..0], text),
    };
    let mut out = Vec::new();
    if !crate::types::str::reserve(ts, &mut out, Some(width as usize)) {
        return 0;
    }
    out.extend_from_slice(sign);
    out.resize(sign.len() + zeros, b'0');
    out.extend_from_slice(digits);
    new(ts, &out)
}

/// `expandtabs(tabsize=8)`: columns restart after `\n` and `\r`.
pub(super) unsafe extern "C" fn expandtabs(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "expandtabs", 0, 1, Style::Keywords(&["tabsize"]));
    let Some((this, [tabsize])) = (unsafe { args::parse::<1>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let tabsize = if tabsize == 0 {
        8
    } else {
        match unsafe { args::size_arg(ts, tabsize) } {
            Some(n) => n,
            None => return 0,
        }
    };
    let mut out = Vec::new();
    let mut column = 0usize;
    for &c in unsafe { data(this) } {
        match c {
            b'\t' if tabsize > 0 => {
                let spaces = tabsize as usize - column % tabsize as usize;
                if !crate::types::str::reserve(ts, &mut out, Some(spaces)) {
                    return 0;
                }
                out.resize(out.len() + spaces, b' ');
                column += spaces;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    new(ts, &out)
}
