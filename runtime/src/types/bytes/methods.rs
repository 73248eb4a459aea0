//! The method table of `bytes` and its methods other than searching:
//! `decode`, `hex`, `join`, `replace`, `split`, the `strip` family and
//! ASCII case conversion.

use super::{ascii, data, is_buffer, new, parts, search};
use crate::error::{type_error, value_error};
use crate::object::{Word, type_of};
use crate::thread::Thread;
use crate::types::str::args::{self, Spec, Style};
use crate::types::str::{self as str_, search_matches};
use crate::types::{list, none};

crate::method_table! {
#[rustfmt::skip]
pub static METHODS, const ALL = "bytes" [
    Method { name: "decode", func: decode },
    Method { name: "hex", func: hex },
    Method { name: "fromhex", func: fromhex },
    Method { name: "join", func: join },
    Method { name: "find", func: search::find },
    Method { name: "index", func: search::index },
    Method { name: "count", func: search::count },
    Method { name: "startswith", func: search::startswith },
    Method { name: "endswith", func: search::endswith },
    Method { name: "replace", func: replace },
    Method { name: "split", func: split },
    Method { name: "strip", func: strip },
    Method { name: "lstrip", func: lstrip },
    Method { name: "rstrip", func: rstrip },
    Method { name: "upper", func: upper },
    Method { name: "lower", func: lower },
    Method { name: "rfind", func: search::rfind },
    Method { name: "rindex", func: search::rindex },
    Method { name: "capitalize", func: ascii::capitalize },
    Method { name: "swapcase", func: ascii::swapcase },
    Method { name: "title", func: ascii::title },
    Method { name: "isalnum", func: ascii::isalnum },
    Method { name: "isalpha", func: ascii::isalpha },
    Method { name: "isascii", func: ascii::isascii },
    Method { name: "isdigit", func: ascii::isdigit },
    Method { name: "islower", func: ascii::islower },
    Method { name: "isspace", func: ascii::isspace },
    Method { name: "istitle", func: ascii::istitle },
    Method { name: "isupper", func: ascii::isupper },
    Method { name: "center", func: ascii::center },
    Method { name: "ljust", func: ascii::ljust },
    Method { name: "rjust", func: ascii::rjust },
    Method { name: "zfill", func: ascii::zfill },
    Method { name: "expandtabs", func: ascii::expandtabs },
    Method { name: "partition", func: parts::partition },
    Method { name: "rpartition", func: parts::rpartition },
    Method { name: "rsplit", func: parts::rsplit },
    Method { name: "splitlines", func: parts::splitlines },
    Method { name: "removeprefix", func: parts::removeprefix },
    Method { name: "removesuffix", func: parts::removesuffix },
    Method { name: "translate", func: parts::translate },
    Method { name: "maketrans", func: parts::maketrans },
];
}

/// `bytes.decode(encoding='utf-8', errors='strict')`.
unsafe extern "C" fn decode(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word {
    const SPEC: Spec = Spec::new(
        "bytes",
        "decode",
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
        if arg != 0 && !str_::is_str(arg) {
            return type_error(
                ts,
                &format!(
                    "decode() argument '{name}' must be str, not {}",
                    crate::error::argument_type_name(arg)
                ),
            );
        }
    }
    unsafe { super::decode_with(ts, this, encoding, errors) }
}

/// `bytes.fromhex(string)`, a class method: its receiver (the type or an
/// instance) is ignored. Whitespace may precede each pair of digits.
unsafe extern "C" fn fromhex(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let all = unsafe { crate::types::args::Args::new(args, nargs, kwnames) }.skip_self();
    let Some(text) = crate::types::args::one(ts, &all, "bytes.fromhex") else {
        return 0;
    };
    if !str_::is_str(text) {
        let found = crate::error::argument_type_name(text);
        return type_error(ts, &format!("fromhex() argument must be str, not {found}"));
    }
    // Positions in the error are code point indices; every accepted
    // character is ASCII, so the first other character is an error anyway.
    let mut chars = str_::utf8::chars(unsafe { str_::bytes(text) })
        .enumerate()
        .peekable();
    let digit = |cp: Option<(usize, u32)>| cp.and_then(|(_, c)| char::from_u32(c)?.to_digit(16));
    let mut out = Vec::new();
    loop {
        while chars
            .next_if(|&(_, c)| matches!(c, 0x20 | 0x09..=0x0D))
            .is_some()
        {}
        let Some(&(at, _)) = chars.peek() else {
            break;
        };
        let Some(high) = digit(chars.next()) else {
            return non_hex(ts, at);
        };
        let Some(low) = digit(chars.next()) else {
            return non_hex(ts, at + 1);
        };
        out.push((high * 16 + low) as u8);
    }
    new(ts, &out)
}

fn non_hex(ts: *mut Thread, at: usize) -> Word {
    value_error(
        ts,
        &format!("non-hexadecimal number found in fromhex() arg at position {at}"),
    )
}

/// `bytes.hex([sep[, bytes_per_sep=1]])`: two hex digits per byte, with
/// `sep` between groups of `bytes_per_sep` bytes counted from the right (from
/// the left when negative).
pub(crate) unsafe extern "C" fn hex(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new(
        "bytes",
        "hex",
        0,
        2,
        Style::Keywords(&["sep", "bytes_per_sep"]),
    );
    let Some((this, [sep, per])) = (unsafe { args::parse::<2>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    let group = match per {
        0 => 1,
        _ => match crate::calls::args::c_int(ts, per) {
            Some(n) => n,
            None => return 0,
        },
    };
    let sep = if sep == 0 {
        None
    } else {
        match unsafe { hex_separator(ts, sep) } {
            Some(byte) => Some(byte),
            None => return 0,
        }
    };
    let data = unsafe { data(this) };
    let width = group.unsigned_abs() as usize;
    let mut out = String::with_capacity(data.len() * 3);
    for (idx, byte) in data.iter().enumerate() {
        // Bytes before this one, counted from the side the groups start at.
        let boundary = if group < 0 { idx } else { data.len() - idx };
        if let Some(sep) = sep
            && idx > 0
            && width > 0
            && boundary % width == 0
        {
            out.push(sep as char);
        }
        out.push_str(&format!("{byte:02x}"));
    }
    str_::new(ts, &out)
}

/// The separator of `bytes.hex`: one ASCII character, as a str or bytes.
unsafe fn hex_separator(ts: *mut Thread, sep: Word) -> Option<u8> {
    let ty = type_of(sep);
    let Some(len_slot) = ty.slots.len else {
        let message = format!("object of type '{}' has no len()", ty.name);
        type_error(ts, &message);
        return None;
    };
    let len = unsafe { len_slot(ts, sep) };
    if len < 0 {
        return None;
    }
    if len != 1 {
        value_error(ts, "sep must be length 1.");
        return None;
    }
    let code = if str_::is_str(sep) {
        str_::utf8::decode(unsafe { str_::bytes(sep) }, 0).0
    } else if is_buffer(sep) {
        u32::from(unsafe { data(sep) }[0])
    } else {
        type_error(ts, "sep must be str or bytes.");
        return None;
    };
    if code > 127 {
        value_error(ts, "sep must be ASCII.");
        return None;
    }
    Some(code as u8)
}

unsafe extern "C" fn join(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word {
    const SPEC: Spec = Spec::new("bytes", "join", 1, 1, Style::One);
    let Some((this, [iterable])) = (unsafe { args::parse::<1>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(items) = (unsafe { str_::join_items(ts, iterable) }) else {
        return 0;
    };
    let mut out = Vec::new();
    for (idx, item) in items.iter().enumerate() {
        if !is_buffer(*item) {
            let message = format!(
                "sequence item {idx}: expected a bytes-like object, {} found",
                type_of(*item).name
            );
            return type_error(ts, &message);
        }
        if idx > 0 {
            out.extend_from_slice(unsafe { data(this) });
        }
        out.extend_from_slice(unsafe { data(*item) });
    }
    new(ts, &out)
}

/// A bytes argument for `replace`, `split`, `strip`.
pub(super) unsafe fn bytes_arg<'a>(ts: *mut Thread, w: Word) -> Option<&'a [u8]> {
    if is_buffer(w) {
        return Some(unsafe { data(w) });
    }
    type_error(
        ts,
        &format!("a bytes-like object is required, not '{}'", type_of(w).name),
    );
    None
}

unsafe extern "C" fn replace(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "replace", 2, 3, Style::Expected);
    let Some((this, [old, new_w, count])) =
        (unsafe { args::parse::<3>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    // One at a time: the first bad argument is the one reported.
    let Some(old) = (unsafe { bytes_arg(ts, old) }) else {
        return 0;
    };
    let Some(new_b) = (unsafe { bytes_arg(ts, new_w) }) else {
        return 0;
    };
    let Some(max) = (unsafe { args::limit_arg(ts, count) }) else {
        return 0;
    };
    let hay = unsafe { data(this) };
    let mut out = Vec::with_capacity(hay.len());
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        for (idx, byte) in hay.iter().enumerate() {
            if idx < max {
                out.extend_from_slice(new_b);
            }
            out.push(*byte);
        }
        if hay.len() < max {
            out.extend_from_slice(new_b);
        }
        return new(ts, &out);
    }
    let mut at = 0;
    for pos in search_matches(hay, old, max) {
        out.extend_from_slice(&hay[at..pos]);
        out.extend_from_slice(new_b);
        at = pos + old.len();
    }
    out.extend_from_slice(&hay[at..]);
    new(ts, &out)
}

unsafe extern "C" fn split(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word {
    const SPEC: Spec = Spec::new(
        "bytes",
        "split",
        0,
        2,
        Style::Keywords(&["sep", "maxsplit"]),
    );
    let Some((this, [sep, maxsplit])) =
        (unsafe { args::parse::<2>(ts, &SPEC, args, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(max) = (unsafe { args::limit_arg(ts, maxsplit) }) else {
        return 0;
    };
    let hay = unsafe { data(this) };
    let mut pieces: Vec<&[u8]> = Vec::new();
    if sep == 0 || sep == none::none() {
        let mut rest = trim_start(hay);
        while !rest.is_empty() {
            if pieces.len() == max {
                pieces.push(rest);
                break;
            }
            let end = rest.iter().position(|b| is_space(*b)).unwrap_or(rest.len());
            pieces.push(&rest[..end]);
            rest = trim_start(&rest[end..]);
        }
    } else {
        let Some(sep) = (unsafe { bytes_arg(ts, sep) }) else {
            return 0;
        };
        if sep.is_empty() {
            return value_error(ts, "empty separator");
        }
        let mut at = 0;
        for pos in search_matches(hay, sep, max) {
            pieces.push(&hay[at..pos]);
            at = pos + sep.len();
        }
        pieces.push(&hay[at..]);
    }
    let mut items = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let item = new(ts, piece);
        if item == 0 {
            return 0;
        }
        items.push(item);
    }
    list::new(ts, items)
}

fn trim_start(b: &[u8]) -> &[u8] {
    &b[b.iter().position(|c| !is_space(*c)).unwrap_or(b.len())..]
}

/// CPython's `bytes.isspace` set (no 0x1C-0x1F, unlike `str`).
pub(super) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

unsafe fn strip_common(
    ts: *mut Thread,
    left: bool,
    right: bool,
    spec: &Spec,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [chars])) = (unsafe { args::parse::<1>(ts, spec, args, nargs, kwnames) })
    else {
        return 0;
    };
    let set: Option<&[u8]> = if chars == 0 || chars == none::none() {
        None
    } else {
        match unsafe { bytes_arg(ts, chars) } {
            Some(set) => Some(set),
            None => return 0,
        }
    };
    let strips = |b: &u8| match set {
        None => is_space(*b),
        Some(set) => set.contains(b),
    };
    let hay = unsafe { data(this) };
    let start = if left {
        hay.iter().position(|b| !strips(b)).unwrap_or(hay.len())
    } else {
        0
    };
    let end = if right {
        hay.iter()
            .rposition(|b| !strips(b))
            .map_or(start, |p| p + 1)
    } else {
        hay.len()
    };
    new(ts, &hay[start..end.max(start)])
}

unsafe extern "C" fn strip(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word {
    const SPEC: Spec = Spec::new("bytes", "strip", 0, 1, Style::Expected);
    unsafe { strip_common(ts, true, true, &SPEC, args, nargs, kwnames) }
}

unsafe extern "C" fn lstrip(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word {
    const SPEC: Spec = Spec::new("bytes", "lstrip", 0, 1, Style::Expected);
    unsafe { strip_common(ts, true, false, &SPEC, args, nargs, kwnames) }
}

unsafe extern "C" fn rstrip(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word {
    const SPEC: Spec = Spec::new("bytes", "rstrip", 0, 1, Style::Expected);
    unsafe { strip_common(ts, false, true, &SPEC, args, nargs, kwnames) }
}

unsafe extern "C" fn upper(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word {
    const SPEC: Spec = Spec::new("bytes", "upper", 0, 0, Style::NoArgs);
    let Some((this, [])) = (unsafe { args::parse::<0>(ts, &SPEC, args, nargs, kwnames) }) else {
        return 0;
    };
    new(ts, &unsafe { data(this) }.to_ascii_uppercase())
}

unsafe extern "C" fn lower(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word {
    const SPEC: Spec = Spec::new("bytes", "lower", 0, 0, Style::NoArgs);
    let Some((this, [])) = (unsafe { args::parse::<0>(ts, &SPEC, args, nargs, kwnames) }) else {
        return 0;
    };
    new(ts, &unsafe { data(this) }.to_ascii_lowercase())
}
