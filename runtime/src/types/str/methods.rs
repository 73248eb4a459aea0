//! The method table of `str` and the methods that fit no larger family:
//! `join`, `removeprefix`, `removesuffix`, `encode`, `expandtabs`.

use super::args::{self, Spec, Style};
use super::{
    bytes, case, char_len, format, from_bytes, is_ascii, is_str, pad, search, split, utf8,
};
use crate::error::{overflow_error, type_error};
use crate::object::{Word, is_exact, type_of};
use crate::thread::Thread;
use crate::types::exception::TYPE_ERROR;
use crate::types::{list, tuple};
use typhon_abi::ITER_DONE;

crate::method_table! {
#[rustfmt::skip]
pub static METHODS = "str" [
    Method { name: "join", func: join },
    Method { name: "split", func: split::split },
    Method { name: "rsplit", func: split::rsplit },
    Method { name: "splitlines", func: split::splitlines },
    Method { name: "strip", func: split::strip },
    Method { name: "lstrip", func: split::lstrip },
    Method { name: "rstrip", func: split::rstrip },
    Method { name: "partition", func: split::partition },
    Method { name: "rpartition", func: split::rpartition },
    Method { name: "upper", func: case::upper },
    Method { name: "lower", func: case::lower },
    Method { name: "title", func: case::title },
    Method { name: "capitalize", func: case::capitalize },
    Method { name: "swapcase", func: case::swapcase },
    Method { name: "casefold", func: case::casefold },
    Method { name: "startswith", func: search::startswith },
    Method { name: "endswith", func: search::endswith },
    Method { name: "find", func: search::find_method },
    Method { name: "rfind", func: search::rfind_method },
    Method { name: "index", func: search::index_method },
    Method { name: "rindex", func: search::rindex_method },
    Method { name: "count", func: search::count_method },
    Method { name: "replace", func: search::replace },
    Method { name: "isdigit", func: case::isdigit },
    Method { name: "isalpha", func: case::isalpha },
    Method { name: "isalnum", func: case::isalnum },
    Method { name: "isspace", func: case::isspace },
    Method { name: "isupper", func: case::isupper },
    Method { name: "islower", func: case::islower },
    Method { name: "isdecimal", func: case::isdecimal },
    Method { name: "isnumeric", func: case::isnumeric },
    Method { name: "isidentifier", func: case::isidentifier },
    Method { name: "istitle", func: case::istitle },
    Method { name: "isascii", func: case::isascii },
    Method { name: "isprintable", func: case::isprintable },
    Method { name: "ljust", func: pad::ljust },
    Method { name: "rjust", func: pad::rjust },
    Method { name: "center", func: pad::center },
    Method { name: "zfill", func: pad::zfill },
    Method { name: "format", func: format::format_method },
    Method { name: "format_map", func: format::format_map },
    Method { name: "__format__", func: format::dunder_format },
    Method { name: "encode", func: encode },
    Method { name: "removeprefix", func: removeprefix },
    Method { name: "removesuffix", func: removesuffix },
    Method { name: "expandtabs", func: expandtabs },
    Method { name: "translate", func: super::translate::translate },
    Method { name: "maketrans", func: super::translate::maketrans },
];
}

/// `sep.join(iterable)`.
pub unsafe extern "C" fn join(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "join", 1, 1, Style::One);
    let Some((sep, [iterable])) = (unsafe { args::parse::<1>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    // A list's or tuple's items are read in place: no Python code runs
    // before the result is built, so they cannot change meanwhile.
    let collected;
    let items: &[Word] = if is_exact(iterable, &list::LIST_TYPE) {
        unsafe { &list::items(ts, iterable)[..] }
    } else if is_exact(iterable, &tuple::TUPLE_TYPE) {
        unsafe { tuple::items(iterable) }
    } else {
        let Some(owned) = (unsafe { collect(ts, iterable) }) else {
            return 0;
        };
        collected = owned;
        &collected
    };
    for (idx, item) in items.iter().enumerate() {
        if !is_str(*item) {
            let message = format!(
                "sequence item {idx}: expected str instance, {} found",
                type_of(*item).name
            );
            return type_error(ts, &message);
        }
    }
    unsafe { join_strs(ts, sep, items) }
}

/// Join `items` (all `str`) with the `str` `sep` between them.
///
/// # Safety
/// `sep` and every item must be `str`s.
pub unsafe fn join_strs(ts: *mut Thread, sep: Word, items: &[Word]) -> Word {
    if let [only] = items
        && is_exact(*only, &super::STR_TYPE)
    {
        return *only;
    }
    let sep_b = unsafe { bytes(sep) };
    let gaps = items.len().saturating_sub(1);
    let mut len = unsafe { char_len(sep) } * gaps;
    let mut total = sep_b.len() * gaps;
    let mut ascii = unsafe { is_ascii(sep) };
    for item in items {
        len += unsafe { char_len(*item) };
        total += unsafe { bytes(*item) }.len();
        ascii &= unsafe { is_ascii(*item) };
    }
    super::build(ts, total, len, ascii, |buf| {
        let mut at = 0;
        for (idx, item) in items.iter().enumerate() {
            if idx > 0 && !sep_b.is_empty() {
                super::copy_piece(&mut buf[at..at + sep_b.len()], sep_b);
                at += sep_b.len();
            }
            // Short pieces (joined characters, fields, fasta's lines) are
            // moved in line: a `memcpy` call per piece cost more than the
            // rest of the join.
            let b = unsafe { bytes(*item) };
            match b {
                [byte] => buf[at] = *byte,
                _ => super::copy_piece(&mut buf[at..at + b.len()], b),
            }
            at += b.len();
        }
    })
}

/// The items of any iterable, for `str.join` and `bytes.join`: lists and
/// tuples directly, others through the iteration protocol. `None` with an
/// exception pending ("can only join an iterable" for a non-iterable).
///
/// # Safety
/// `iterable` must be a valid word.
pub unsafe fn collect(ts: *mut Thread, iterable: Word) -> Option<Vec<Word>> {
    // Exact types only, as CPython's `PySequence_Fast`: a subclass may
    // override `__iter__`.
    if is_exact(iterable, &list::LIST_TYPE) {
        return Some(unsafe { list::items(ts, iterable) }.to_vec());
    }
    if is_exact(iterable, &tuple::TUPLE_TYPE) {
        return Some(unsafe { tuple::items(iterable) }.to_vec());
    }
    let iter = unsafe { crate::entry::ty_iter(ts, iterable) };
    if iter == 0 {
        // CPython words a non-iterable argument its own way.
        let exc = unsafe { (*ts).exc };
        if exc != 0 && is_exact(exc, &TYPE_ERROR) {
            unsafe { (*ts).exc = 0 };
            type_error(ts, "can only join an iterable");
        }
        return None;
    }
    let mut items = Vec::new();
    if !unsafe { crate::calls::args::reserve_hint(ts, &mut items, iterable) } {
        return None;
    }
    loop {
        match unsafe { crate::entry::ty_iter_next(ts, iter) } {
            0 => return None,
            ITER_DONE => return Some(items),
            item => {
                // A huge iterable must raise MemoryError, not abort.
                if items.try_reserve(1).is_err() {
                    crate::error::memory_error(ts);
                    return None;
                }
                items.push(item);
            }
        }
    }
}

pub unsafe extern "C" fn removeprefix(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "removeprefix", 1, 1, Style::One);
    unsafe { remove_affix(ts, &SPEC, false, args, nargs, kwnames) }
}

pub unsafe extern "C" fn removesuffix(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "removesuffix", 1, 1, Style::One);
    unsafe { remove_affix(ts, &SPEC, true, args, nargs, kwnames) }
}

unsafe fn remove_affix(
    ts: *mut Thread,
    spec: &Spec,
    suffix: bool,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [affix])) = (unsafe { args::parse::<1>(ts, spec, args, nargs, kwnames) })
    else {
        return 0;
    };
    if !is_str(affix) {
        return type_error(
            ts,
            &format!(
                "{}() argument must be str, not {}",
                spec.name,
                crate::error::argument_type_name(affix)
            ),
        );
    }
    let (text, affix) = unsafe { (bytes(this), bytes(affix)) };
    let rest = if suffix {
        text.strip_suffix(affix)
    } else {
        text.strip_prefix(affix)
    };
    match rest {
        Some(rest) if !affix.is_empty() => from_bytes(ts, rest),
        _ => unsafe { super::exact(ts, this) },
    }
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub unsafe extern "C" fn encode(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new(
        "str",
        "encode",
        0,
        2,
        Style::Keywords(&["encoding", "errors"]),
    );
    let Some((this, [encoding, errors])) =
        (unsafe { args::parse::<2>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    for (name, arg) in [("encoding", encoding), ("errors", errors)] {
        if arg != 0 && !is_str(arg) {
            return type_error(
                ts,
                &format!(
                    "encode() argument '{name}' must be str, not {}",
                    crate::error::argument_type_name(arg)
                ),
            );
        }
    }
    unsafe { crate::types::bytes::codec::encode(ts, this, encoding, errors) }
}

/// `str.expandtabs(tabsize=8)`.
pub unsafe extern "C" fn expandtabs(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("str", "expandtabs", 0, 1, Style::Keywords(&["tabsize"]));
    let Some((this, [tabsize])) = (unsafe { args::parse::<1>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    let tabsize = if tabsize == 0 {
        8
    } else {
        match unsafe { args::size_arg(ts, tabsize) } {
            // CPython keeps the tab size in a C int.
            Some(v) if i32::try_from(v).is_err() => {
                return overflow_error(ts, "Python int too large to convert to C int");
            }
            Some(v) => v,
            None => return 0,
        }
    };
    let text = unsafe { bytes(this) };
    let mut out = Vec::with_capacity(text.len());
    let mut column: i64 = 0;
    for cp in utf8::chars(text) {
        match cp {
            0x09 => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    if !super::reserve(ts, &mut out, usize::try_from(spaces).ok()) {
                        return 0;
                    }
                    out.resize(out.len() + spaces as usize, b' ');
                    column = column.saturating_add(spaces);
                }
            }
            0x0A | 0x0D => {
                out.push(cp as u8);
                column = 0;
            }
            _ => {
                utf8::push(&mut out, cp);
                column += 1;
            }
        }
    }
    from_bytes(ts, &out)
}
