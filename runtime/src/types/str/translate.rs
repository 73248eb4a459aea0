//! `str.translate(table)`: each code point is looked up with
//! `table[ord(c)]`; a `LookupError` keeps the character, `None` deletes it,
//! an int or a string replaces it. `str.maketrans` builds such tables.

use super::args::{self, Spec, Style, small_int};
use super::{bytes, from_bytes, is_str, utf8};
use crate::error::{type_error, value_error};
use crate::object::{Word, is_instance, small};
use crate::thread::Thread;
use crate::types::args::Args;
use crate::types::exception::LOOKUP_ERROR;
use crate::types::{dict, none};

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

/// `str.maketrans(x[, y[, z]])`, a static method: its receiver (the `str`
/// type or an instance) is ignored. Keys of the table are code points.
pub unsafe extern "C" fn maketrans(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let all = unsafe { Args::new(args, nargs, kwnames) }.skip_self();
    let Some(pos) = crate::types::args::positional(ts, &all, "str.maketrans", "maketrans", 1, 3)
    else {
        return 0;
    };
    let table = dict::new(ts);
    if table == 0 {
        return 0;
    }
    let done = match *pos {
        [mapping] => unsafe { from_mapping(ts, table, mapping) },
        // `positional` guarantees one to three arguments.
        _ => unsafe { from_strings(ts, table, pos[0], pos[1], pos.get(2)) },
    };
    if done.is_some() { table } else { 0 }
}

/// One-argument form: a dict whose keys are code points or 1-char strings.
unsafe fn from_mapping(ts: *mut Thread, table: Word, mapping: Word) -> Option<()> {
    if !is_instance(mapping, &dict::DICT_TYPE) {
        type_error(
            ts,
            "if you give only one argument to maketrans it must be a dict",
        );
        return None;
    }
    let mut at = 0;
    while let Some(entry) = unsafe { dict::next_entry(mapping, &mut at) } {
        let key = if is_str(entry.key) {
            let mut chars = utf8::chars(unsafe { bytes(entry.key) });
            match (chars.next(), chars.next()) {
                (Some(cp), None) => small(cp as i64).unwrap_or(0),
                _ => {
                    value_error(ts, "string keys in translate table must be of length 1");
                    return None;
                }
            }
        } else if is_instance(entry.key, &crate::types::int::INT_TYPE) {
            entry.key
        } else {
            type_error(ts, "keys in translate table must be strings or integers");
            return None;
        };
        if unsafe { dict::set(ts, table, key, entry.value) } < 0 {
            return None;
        }
    }
    Some(())
}

/// Two- and three-argument forms: `from[i]` maps to `to[i]`, and every
/// character of `delete` maps to `None`.
unsafe fn from_strings(
    ts: *mut Thread,
    table: Word,
    from: Word,
    to: Word,
    delete: Option<&Word>,
) -> Option<()> {
    // CPython's argument parser checks the second and third arguments
    // before the function looks at the first.
    for (position, value) in [(2, Some(&to)), (3, delete)] {
        if let Some(&value) = value
            && !is_str(value)
        {
            let found = crate::error::argument_type_name(value);
            type_error(
                ts,
                &format!("maketrans() argument {position} must be str, not {found}"),
            );
            return None;
        }
    }
    if !is_str(from) {
        type_error(
            ts,
            "first maketrans argument must be a string if there is a second argument",
        );
        return None;
    }
    let (from, to) = unsafe { (bytes(from), bytes(to)) };
    if utf8::count(from) != utf8::count(to) {
        value_error(
            ts,
            "the first two maketrans arguments must have equal length",
        );
        return None;
    }
    let code = |cp: u32| small(cp as i64).unwrap_or(0);
    for (a, b) in utf8::chars(from).zip(utf8::chars(to)) {
        if unsafe { dict::set(ts, table, code(a), code(b)) } < 0 {
            return None;
        }
    }
    for cp in utf8::chars(delete.map_or(&[][..], |&w| unsafe { bytes(w) })) {
        if unsafe { dict::set(ts, table, code(cp), none::none()) } < 0 {
            return None;
        }
    }
    Some(())
}
