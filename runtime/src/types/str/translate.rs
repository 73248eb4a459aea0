//! `str.translate(table)`: each code point is looked up with
//! `table[ord(c)]`; a `LookupError` keeps the character, `None` deletes it,
//! an int or a string replaces it.

use super::args::{self, Spec, Style, small_int};
use super::{bytes, from_bytes, is_str, utf8};
use crate::error::{type_error, value_error};
use crate::object::{Word, is_instance, small};
use crate::thread::Thread;
use crate::types::exception::LOOKUP_ERROR;
use crate::types::none;

pub unsafe extern "C" fn translate(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "translate", 1, 1, Style::One);
    let Some((this, [table])) = (unsafe { args::parse::<1>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    let text = unsafe { bytes(this) };
    let mut out = Vec::with_capacity(text.len());
    for cp in utf8::chars(text) {
        let key = small(cp as i64).unwrap_or(0);
        let mapped = unsafe { crate::entry::ty_getitem(ts, table, key) };
        if mapped == 0 {
            let exc = unsafe { (*ts).exc };
            if exc != 0 && is_instance(exc, &LOOKUP_ERROR) {
                unsafe { (*ts).exc = 0 };
                utf8::push(&mut out, cp);
                continue;
            }
            return 0;
        }
        if mapped == none::none() {
            continue;
        }
        if is_str(mapped) {
            out.extend_from_slice(unsafe { bytes(mapped) });
            continue;
        }
        match unsafe { small_int(mapped) } {
            Some(v) if (0..0x110000).contains(&v) => utf8::push(&mut out, v as u32),
            Some(_) => return value_error(ts, "character mapping must be in range(0x110000)"),
            None if is_instance(mapped, &crate::types::int::INT_TYPE) => {
                return value_error(ts, "character mapping must be in range(0x110000)");
            }
            None => return type_error(ts, "character mapping must return integer, None or str"),
        }
    }
    from_bytes(ts, &out)
}
