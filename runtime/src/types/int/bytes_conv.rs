//! `int.to_bytes`, the class method `int.from_bytes` and
//! `int.as_integer_ratio`, with CPython 3.11's defaults (`length=1`,
//! `byteorder='big'`) and its `OverflowError` / `ValueError` messages.

use super::{from_bigint, from_i64, view};
use crate::error::{overflow_error, type_error, value_error};
use crate::object::{Word, type_of};
use crate::thread::Thread;
use crate::types::str::args::{self, Spec, Style};
use crate::types::{bool as bool_, bytes, str as str_, tuple};
use num_bigint::{BigInt, Sign};
use num_traits::Signed;

/// `'big'` -> true, `'little'` -> false; `None` with the error pending.
unsafe fn byteorder(ts: *mut Thread, w: Word, func: &str) -> Option<bool> {
    if w == 0 {
        return Some(true);
    }
    if !str_::is_str(w) {
        type_error(
            ts,
            &format!(
                "{func}() argument 'byteorder' must be str, not {}",
                type_of(w).name
            ),
        );
        return None;
    }
    match unsafe { str_::bytes(w) } {
        b"big" => Some(true),
        b"little" => Some(false),
        _ => {
            value_error(ts, "byteorder must be either 'little' or 'big'");
            None
        }
    }
}

/// `signed=` is keyword-only in CPython; a truthy value turns it on.
unsafe fn signed_flag(ts: *mut Thread, w: Word) -> Option<bool> {
    if w == 0 {
        return Some(false);
    }
    match unsafe { crate::ops::ty_truthy(ts, w) } {
        -1 => None,
        t => Some(t == 1),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub(super) unsafe extern "C" fn to_bytes(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new(
        "int",
        "to_bytes",
        0,
        3,
        Style::Keywords(&["length", "byteorder", "signed"]),
    );
    let Some((this, [length, order, signed])) =
        (unsafe { args::parse::<3>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(value) = view(this) else {
        return type_error(ts, "descriptor 'to_bytes' for 'int' objects doesn't apply");
    };
    let length = if length == 0 {
        1
    } else {
        match unsafe { args::size_arg(ts, length) } {
            Some(n) => n,
            None => return 0,
        }
    };
    if length < 0 {
        return value_error(ts, "length argument must be non-negative");
    }
    let Some(big_endian) = (unsafe { byteorder(ts, order, "to_bytes") }) else {
        return 0;
    };
    let Some(signed) = (unsafe { signed_flag(ts, signed) }) else {
        return 0;
    };
    let n = value.to_bigint();
    if !signed && n.is_negative() {
        return overflow_error(ts, "can't convert negative int to unsigned");
    }
    let mut out = n.to_signed_bytes_le();
    if !signed && out.len() > 1 && *out.last().unwrap() == 0 {
        // Non-negative: the sign byte `to_signed_bytes_le` adds is not needed.
        out.pop();
    }
    if n.sign() == Sign::NoSign {
        out.clear();
    }
    let length = length as usize;
    if out.len() > length {
        return overflow_error(ts, "int too big to convert");
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    out.resize(length, fill);
    if big_endian {
        out.reverse();
    }
    bytes::new(ts, &out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; the receiver
/// is the type (or an int) and is not used.
pub(super) unsafe extern "C" fn from_bytes(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new(
        "int",
        "from_bytes",
        1,
        3,
        Style::Keywords(&["bytes", "byteorder", "signed"]),
    );
    let Some((_, [source, order, signed])) =
        (unsafe { args::parse::<3>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(big_endian) = (unsafe { byteorder(ts, order, "from_bytes") }) else {
        return 0;
    };
    let Some(signed) = (unsafe { signed_flag(ts, signed) }) else {
        return 0;
    };
    let data = if bytes::is_bytes(source) {
        source
    } else if str_::is_str(source) {
        return type_error(ts, "cannot convert 'str' object to bytes");
    } else {
        let made = unsafe { bytes::from_object(ts, source) };
        if made == 0 {
            return 0;
        }
        made
    };
    let mut raw = unsafe { bytes::data(data) }.to_vec();
    if big_endian {
        raw.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&raw)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &raw)
    };
    from_bigint(ts, n)
}

/// `int.as_integer_ratio()`: `(n, 1)`, with `True` giving `(1, 1)`.
pub(super) unsafe extern "C" fn as_integer_ratio(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("int", "as_integer_ratio", 0, 0, Style::NoArgs);
    let Some((this, [])) = (unsafe { args::parse::<0>(ts, &SPEC, argv, nargs, kwnames) }) else {
        return 0;
    };
    let Some(value) = view(this) else {
        return type_error(
            ts,
            "descriptor 'as_integer_ratio' for 'int' objects doesn't apply",
        );
    };
    let numerator = if bool_::is_bool(this) {
        from_i64(ts, value.to_i64().unwrap_or(0))
    } else {
        this
    };
    let parts = [numerator, from_i64(ts, 1)];
    tuple::new(ts, &parts)
}
