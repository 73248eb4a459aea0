//! `UnicodeDecodeError`, `UnicodeEncodeError` and `UnicodeTranslateError`
//! as CPython has them: made from the five arguments `(encoding, object,
//! start, end, reason)` (the translate error: the last four, its
//! `encoding` is None), which are also their attributes, and a `str()`
//! built from those attributes (so setting `exc.reason` or `exc.start`
//! changes the message, not `args`).

use super::{
    ExceptionObject, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR, args_of,
};
use crate::object::{TypeObject, Word, cast, is_instance};
use crate::thread::Thread;
use crate::types::{bytearray, bytes, int, str as str_};

/// The attributes, in argument order (the translate error's arguments
/// start at `object`).
const NAMES: [&[u8]; 5] = [b"encoding", b"object", b"start", b"end", b"reason"];

/// Where `ty`'s arguments start in [`NAMES`]: 0 for the decode and encode
/// errors, 1 for the translate error, `None` for other exceptions.
fn first_name(ty: &TypeObject) -> Option<usize> {
    if ty.is_subtype(&UNICODE_DECODE_ERROR) || ty.is_subtype(&UNICODE_ENCODE_ERROR) {
        Some(0)
    } else if ty.is_subtype(&UNICODE_TRANSLATE_ERROR) {
        Some(1)
    } else {
        None
    }
}

/// Raise `UnicodeDecodeError(encoding, data, start, end, reason)`; returns 0.
pub fn raise_decode(
    ts: *mut Thread,
    encoding: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> Word {
    let object = bytes::new(ts, data);
    if object == 0 {
        return 0;
    }
    raise_five(
        ts,
        &UNICODE_DECODE_ERROR,
        encoding,
        object,
        start,
        end,
        reason,
    )
}

/// Raise `UnicodeEncodeError(encoding, text, start, end, reason)` (`text` a
/// `str`, positions in code points); returns 0.
pub fn raise_encode(
    ts: *mut Thread,
    encoding: &str,
    text: Word,
    start: usize,
    end: usize,
    reason: &str,
) -> Word {
    raise_five(
        ts,
        &UNICODE_ENCODE_ERROR,
        encoding,
        text,
        start,
        end,
        reason,
    )
}

fn raise_five(
    ts: *mut Thread,
    ty: &'static TypeObject,
    encoding: &str,
    object: Word,
    start: usize,
    end: usize,
    reason: &str,
) -> Word {
    // Each word stays on the stack while the next one is allocated, which
    // keeps it alive (the stack is scanned conservatively).
    let encoding = str_::new(ts, encoding);
    if encoding == 0 {
        return 0;
    }
    let start = int::from_i64(ts, start as i64);
    if start == 0 {
        return 0;
    }
    let end = int::from_i64(ts, end as i64);
    if end == 0 {
        return 0;
    }
    let reason = str_::new(ts, reason);
    if reason == 0 {
        return 0;
    }
    crate::error::raise_with_args(ts, ty, &[encoding, object, start, end, reason])
}

/// Whether `ty` is one of the three types with the argument form above.
pub fn has_unicode_arguments(ty: &TypeObject) -> bool {
    first_name(ty).is_some()
}

/// CPython's argument checks for `ty(*items)`: `Err(())` with the error
/// pending, else the `object` attribute when it differs from the argument
/// (a `bytearray` is kept as `bytes`).
///
/// # Safety
/// The words must be valid.
pub unsafe fn check_arguments(
    ts: *mut Thread,
    ty: &TypeObject,
    items: &[Word],
) -> Result<Option<Word>, ()> {
    let fail = |message: String| {
        crate::error::type_error(ts, &message);
        Err(())
    };
    let skip = first_name(ty).unwrap_or(0);
    if items.len() != 5 - skip {
        return fail(format!(
            "function takes exactly {} arguments ({} given)",
            5 - skip,
            items.len()
        ));
    }
    // Indexed as the five-argument form: `items` without the encoding
    // begins at 1.
    let item = |idx: usize| items[idx - skip];
    let must_be_str = |idx: usize| {
        format!(
            "argument {} must be str, not {}",
            idx + 1 - skip,
            crate::error::argument_type_name(item(idx))
        )
    };
    if skip == 0 && !is_instance(items[0], &str_::STR_TYPE) {
        return fail(must_be_str(0));
    }
    let decode = ty.is_subtype(&UNICODE_DECODE_ERROR);
    let mut object = None;
    if decode {
        if is_instance(items[1], &bytearray::BYTEARRAY_TYPE) {
            let copy = bytes::new(ts, unsafe { bytearray::data(items[1]) });
            if copy == 0 {
                return Err(());
            }
            object = Some(copy);
        } else if !is_instance(items[1], &bytes::BYTES_TYPE) {
            return fail(format!(
                "a bytes-like object is required, not '{}'",
                crate::object::type_of(items[1]).name
            ));
        }
    } else if !is_instance(item(1), &str_::STR_TYPE) {
        return fail(must_be_str(1));
    }
    for idx in [2, 3] {
        if !int::is_int(item(idx)) {
            return fail(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::object::type_of(item(idx)).name
            ));
        }
    }
    if !is_instance(item(4), &str_::STR_TYPE) {
        return fail(must_be_str(4));
    }
    Ok(object)
}

/// The attribute `key` of a Unicode error not set since it was made: its
/// argument (None for a translate error's `encoding`).
///
/// # Safety
/// `exc` must be an exception.
pub unsafe fn attribute(exc: Word, key: &[u8]) -> Option<Word> {
    let skip = first_name(crate::object::type_of(exc))?;
    let idx = NAMES.iter().position(|name| *name == key)?;
    if idx < skip {
        return Some(crate::types::none::none());
    }
    unsafe { args_of(exc) }.get(idx - skip).copied()
}

/// The current value of attribute `key` (a set attribute first).
unsafe fn current(exc: Word, key: &[u8]) -> Option<Word> {
    let set = unsafe { cast::<ExceptionObject>(exc) }
        .attrs
        .iter()
        .find(|(attr, _)| unsafe { str_::bytes(*attr) } == key)
        .map(|(_, value)| *value);
    set.or_else(|| unsafe { attribute(exc, key) })
}

/// CPython's `str()` of a Unicode error, `None` when its attributes do not
/// have the types the message needs (the caller then gives the generic
/// form).
///
/// # Safety
/// `exc` must be an exception.
pub unsafe fn message(ts: *mut Thread, exc: Word) -> Option<Word> {
    let ty = crate::object::type_of(exc);
    let translate = first_name(ty)? == 1;
    let [encoding, object, start, end, reason] =
        NAMES.map(|name| unsafe { current(exc, name) }.unwrap_or(0));
    if [encoding, object, start, end, reason].contains(&0)
        || !(translate || is_instance(encoding, &str_::STR_TYPE))
        || !is_instance(reason, &str_::STR_TYPE)
    {
        return None;
    }
    let start = int::view(start)?.to_i64()?;
    let end = int::view(end)?.to_i64()?;
    let name = if translate {
        String::new()
    } else {
        unsafe { str_::lossy(encoding) }
    };
    let why = unsafe { str_::lossy(reason) };
    let text = if ty.is_subtype(&UNICODE_DECODE_ERROR) {
        if !is_instance(object, &bytes::BYTES_TYPE) {
            return None;
        }
        let data = unsafe { bytes::data(object) };
        if start >= 0 && (start as usize) < data.len() && end == start + 1 {
            format!(
                "'{name}' codec can't decode byte 0x{:02x} in position {start}: {why}",
                data[start as usize]
            )
        } else {
            format!(
                "'{name}' codec can't decode bytes in position {start}-{}: {why}",
                end - 1
            )
        }
    } else {
        if !is_instance(object, &str_::STR_TYPE) {
            return None;
        }
        let picked = if start >= 0 && end == start + 1 {
            crate::types::str::utf8::chars(unsafe { str_::bytes(object) }).nth(start as usize)
        } else {
            None
        };
        // The translate error's message names no codec.
        let (codec, verb) = if translate {
            (String::new(), "translate")
        } else {
            (format!("'{name}' codec "), "encode")
        };
        match picked {
            Some(cp) => {
                let mut shown = Vec::new();
                crate::types::str::repr::push_escape(&mut shown, cp);
                let shown = String::from_utf8_lossy(&shown);
                format!("{codec}can't {verb} character '{shown}' in position {start}: {why}")
            }
            None => format!(
                "{codec}can't {verb} characters in position {start}-{}: {why}",
                end - 1
            ),
        }
    };
    Some(str_::new(ts, &text))
}
