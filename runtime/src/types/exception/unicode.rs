//! `UnicodeDecodeError` and `UnicodeEncodeError` as CPython has them: made
//! from the five arguments `(encoding, object, start, end, reason)`, which
//! are also their attributes, and a `str()` built from those attributes
//! (so setting `exc.reason` or `exc.start` changes the message, not `args`).

use super::{ExceptionObject, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, args_of};
use crate::object::{TypeObject, Word, cast, is_instance};
use crate::thread::Thread;
use crate::types::{bytearray, bytes, int, str as str_};

/// The attributes, in argument order.
const NAMES: [&[u8]; 5] = [b"encoding", b"object", b"start", b"end", b"reason"];

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

/// Whether `ty` is one of the two types with the five-argument form.
pub fn has_five_arguments(ty: &TypeObject) -> bool {
    ty.is_subtype(&UNICODE_DECODE_ERROR) || ty.is_subtype(&UNICODE_ENCODE_ERROR)
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
    if items.len() != 5 {
        return fail(format!(
            "function takes exactly 5 arguments ({} given)",
            items.len()
        ));
    }
    let must_be_str = |idx: usize| {
        format!(
            "argument {} must be str, not {}",
            idx + 1,
            crate::error::argument_type_name(items[idx])
        )
    };
    if !is_instance(items[0], &str_::STR_TYPE) {
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
    } else if !is_instance(items[1], &str_::STR_TYPE) {
        return fail(must_be_str(1));
    }
    for idx in [2, 3] {
        if !int::is_int(items[idx]) {
            return fail(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::object::type_of(items[idx]).name
            ));
        }
    }
    if !is_instance(items[4], &str_::STR_TYPE) {
        return fail(must_be_str(4));
    }
    Ok(object)
}

/// The attribute `key` of a five-argument exception not set since it was
/// made: its argument.
///
/// # Safety
/// `exc` must be an exception.
pub unsafe fn attribute(exc: Word, key: &[u8]) -> Option<Word> {
    let ty = crate::object::type_of(exc);
    if !has_five_arguments(ty) {
        return None;
    }
    let idx = NAMES.iter().position(|name| *name == key)?;
    unsafe { args_of(exc) }.get(idx).copied()
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

/// CPython's `str()` of a five-argument exception, `None` when its
/// attributes do not have the types the message needs (the caller then
/// gives the generic form).
///
/// # Safety
/// `exc` must be an exception.
pub unsafe fn message(ts: *mut Thread, exc: Word) -> Option<Word> {
    let ty = crate::object::type_of(exc);
    if !has_five_arguments(ty) {
        return None;
    }
    let [encoding, object, start, end, reason] =
        NAMES.map(|name| unsafe { current(exc, name) }.unwrap_or(0));
    if [encoding, object, start, end, reason].contains(&0)
        || !is_instance(encoding, &str_::STR_TYPE)
        || !is_instance(reason, &str_::STR_TYPE)
    {
        return None;
    }
    let start = int::view(start)?.to_i64()?;
    let end = int::view(end)?.to_i64()?;
    let name = unsafe { str_::lossy(encoding) };
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
        match picked {
            Some(cp) => {
                let mut shown = Vec::new();
                crate::types::str::repr::push_escape(&mut shown, cp);
                let shown = String::from_utf8_lossy(&shown);
                format!(
                    "'{name}' codec can't encode character '{shown}' in position {start}: {why}"
                )
            }
            None => format!(
                "'{name}' codec can't encode characters in position {start}-{}: {why}",
                end - 1
            ),
        }
    };
    Some(str_::new(ts, &text))
}
