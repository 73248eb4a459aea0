//! The `_unicodedata` module: the Unicode 14.0 database of CPython 3.11
//! under `stdlib/unicodedata.py`, which checks the arguments and names the
//! property values. Its tables (`*.bin`, written by
//! `scripts/gen_unicodedata.py` from CPython's own module) are linked only
//! into programs that import `unicodedata`.
//!
//! `record(cp)` is the packed property record (`tables::record`),
//! `numeric(cp)` `(decimal, digit, value)` or `None`, `decomposition(cp)`
//! the text `unicodedata.decomposition` gives, `name(cp)` a str or `None`,
//! `lookup(name)` a code point or -1, `normalize(form, text)` the text in
//! form 0 (NFC), 1 (NFD), 2 (NFKC) or 3 (NFKD).

mod names;
mod normalize;
mod tables;

use crate::calls::args::positional;
use crate::error::type_error;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{float, int, none, str as str_, tuple};

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("record", record),
    BuiltinFunctionObject::new_static("numeric", numeric),
    BuiltinFunctionObject::new_static("decomposition", decomposition),
    BuiltinFunctionObject::new_static("name", name),
    BuiltinFunctionObject::new_static("lookup", lookup),
    BuiltinFunctionObject::new_static("normalize", normalize_fn),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native_functions(ts, "_unicodedata", FUNCTIONS)
}

/// The one code point argument (an int; `unicodedata.py` passes `ord(c)`).
unsafe fn code_point(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<u32> {
    let [w] = unsafe { positional::<1>(ts, name, argv, nargs, kwnames) }?;
    match int::view(w)
        .and_then(|v| v.to_i64())
        .and_then(|v| u32::try_from(v).ok())
    {
        Some(cp) if cp <= 0x10FFFF => Some(cp),
        _ => {
            type_error(ts, "expected a code point");
            None
        }
    }
}

fn text_arg(ts: *mut Thread, w: Word) -> Option<Vec<u32>> {
    if !str_::is_str(w) {
        type_error(ts, "expected a str");
        return None;
    }
    Some(str_::utf8::chars(unsafe { str_::bytes(w) }).collect())
}

unsafe extern "C" fn record(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    match unsafe { code_point(ts, "record", argv, n, kw) } {
        Some(cp) => int::from_i64(ts, i64::from(tables::record(cp))),
        None => 0,
    }
}

unsafe extern "C" fn numeric(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(cp) = (unsafe { code_point(ts, "numeric", argv, n, kw) }) else {
        return 0;
    };
    let Some((decimal, digit, value)) = tables::numeric(cp) else {
        return none::none();
    };
    let value = float::new(ts, value);
    if value == 0 {
        return 0;
    }
    let pins = unsafe { crate::gc::PinScope::new(ts) };
    let value = pins.pin(value);
    tuple::new(
        ts,
        &[
            int::from_i64(ts, i64::from(decimal)),
            int::from_i64(ts, i64::from(digit)),
            value,
        ],
    )
}

unsafe extern "C" fn decomposition(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(cp) = (unsafe { code_point(ts, "decomposition", argv, n, kw) }) else {
        return 0;
    };
    let mut text = String::new();
    if let Some((tag, parts)) = tables::decomposition(cp) {
        text.push_str(tables::TAGS[usize::from(tag)]);
        for part in parts {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&format!("{part:04X}"));
        }
    }
    str_::new(ts, &text)
}

unsafe extern "C" fn name(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(cp) = (unsafe { code_point(ts, "name", argv, n, kw) }) else {
        return 0;
    };
    match names::name(cp) {
        Some(text) => str_::new(ts, &text),
        None => none::none(),
    }
}

unsafe extern "C" fn lookup(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([w]) = (unsafe { positional::<1>(ts, "lookup", argv, n, kw) }) else {
        return 0;
    };
    if !str_::is_str(w) {
        type_error(ts, "expected a str");
        return 0;
    }
    let text = unsafe { str_::lossy(w) };
    let found = names::lookup(&text).map_or(-1, i64::from);
    int::from_i64(ts, found)
}

unsafe extern "C" fn normalize_fn(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([form, text]) = (unsafe { positional::<2>(ts, "normalize", argv, n, kw) }) else {
        return 0;
    };
    let Some(form) = int::view(form)
        .and_then(|v| v.to_i64())
        .filter(|f| (0..4).contains(f))
    else {
        type_error(ts, "expected a form number");
        return 0;
    };
    let Some(cps) = text_arg(ts, text) else {
        return 0;
    };
    let result = normalize::normalize(&cps, form as u32);
    if result == cps {
        return text;
    }
    let mut out = Vec::with_capacity(result.len());
    for cp in result {
        str_::utf8::push(&mut out, cp);
    }
    str_::from_bytes(ts, &out)
}
