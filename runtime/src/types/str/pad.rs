//! Padding: `ljust`, `rjust`, `center`, `zfill`.

use super::args::{self, Spec, Style};
use super::{bytes, char_len, from_parts, is_ascii, is_str, utf8};
use crate::error::type_error;
use crate::object::{Word, type_of};
use crate::thread::Thread;

pub unsafe extern "C" fn ljust(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "ljust", 1, 2, Style::Expected);
    unsafe { pad_method(ts, &SPEC, Align::Left, args, nargs, kwnames) }
}

pub unsafe extern "C" fn rjust(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "rjust", 1, 2, Style::Expected);
    unsafe { pad_method(ts, &SPEC, Align::Right, args, nargs, kwnames) }
}

pub unsafe extern "C" fn center(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "center", 1, 2, Style::Expected);
    unsafe { pad_method(ts, &SPEC, Align::Center, args, nargs, kwnames) }
}

#[derive(Clone, Copy)]
enum Align {
    Left,
    Right,
    Center,
}

unsafe fn pad_method(
    ts: *mut Thread,
    spec: &Spec,
    align: Align,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [width, fill])) = (unsafe { args::parse::<2>(ts, spec, args, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(width) = (unsafe { args::size_arg(ts, width) }) else {
        return 0;
    };
    let fill = if fill == 0 {
        u32::from(b' ')
    } else if !is_str(fill) {
        return type_error(
            ts,
            &format!(
                "The fill character must be a unicode character, not {}",
                type_of(fill).name
            ),
        );
    } else if unsafe { char_len(fill) } != 1 {
        return type_error(ts, "The fill character must be exactly one character long");
    } else {
        utf8::decode(unsafe { bytes(fill) }, 0).0
    };
    let len = unsafe { char_len(this) };
    if width <= len as i64 {
        return unsafe { super::exact(ts, this) };
    }
    let margin = width as usize - len;
    let left = match align {
        Align::Left => 0,
        Align::Right => margin,
        // CPython's rounding: the odd space goes left only when `width` is odd too.
        Align::Center => margin / 2 + (margin & width as usize & 1),
    };
    unsafe { padded(ts, this, left, margin - left, fill) }
}

/// `w` with `left` and `right` copies of `fill` around it.
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn padded(ts: *mut Thread, w: Word, left: usize, right: usize, fill: u32) -> Word {
    let mut fill_b = Vec::with_capacity(4);
    utf8::push(&mut fill_b, fill);
    let text = unsafe { bytes(w) };
    let mut out = Vec::new();
    let pad_bytes = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill_b.len()));
    if !super::reserve(
        ts,
        &mut out,
        pad_bytes.and_then(|n| n.checked_add(text.len())),
    ) {
        return 0;
    }
    (0..left).for_each(|_| out.extend_from_slice(&fill_b));
    out.extend_from_slice(text);
    (0..right).for_each(|_| out.extend_from_slice(&fill_b));
    from_parts(
        ts,
        &out,
        unsafe { char_len(w) } + left + right,
        unsafe { is_ascii(w) } && fill < 0x80,
    )
}

pub unsafe extern "C" fn zfill(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "zfill", 1, 1, Style::One);
    let Some((this, [width])) = (unsafe { args::parse::<1>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(width) = (unsafe { args::size_arg(ts, width) }) else {
        return 0;
    };
    let len = unsafe { char_len(this) };
    if width <= len as i64 {
        return unsafe { super::exact(ts, this) };
    }
    let text = unsafe { bytes(this) };
    let zeros = width as usize - len;
    let mut out = Vec::new();
    if !super::reserve(ts, &mut out, text.len().checked_add(zeros)) {
        return 0;
    }
    // The sign stays in front of the zeros: '-42'.zfill(5) == '-0042'.
    let (sign, rest) = match text.first() {
        Some(b'+' | b'-') => text.split_at(1),
        _ => (&text[..0], text),
    };
    out.extend_from_slice(sign);
    out.resize(out.len() + zeros, b'0');
    out.extend_from_slice(rest);
    from_parts(ts, &out, width as usize, unsafe { is_ascii(this) })
}
