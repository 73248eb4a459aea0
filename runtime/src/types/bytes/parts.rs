//! `bytes` methods that cut or map a byte string: `partition`,
//! `rpartition`, `rsplit`, `splitlines`, `removeprefix`, `removesuffix`,
//! `translate` and the static `maketrans`.

use super::methods::{bytes_arg, is_space};
use super::{data, new};
use crate::error::value_error;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::args::Args;
use crate::types::str::args::{self, Spec, Style};
use crate::types::str::search_rmatches;
use crate::types::{list, none, tuple};

/// New bytes objects for `pieces`, or `None` with `MemoryError` pending.
fn all_new(ts: *mut Thread, pieces: &[&[u8]]) -> Option<Vec<Word>> {
    let mut items = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let item = new(ts, piece);
        if item == 0 {
            return None;
        }
        items.push(item);
    }
    Some(items)
}

unsafe fn partition_common(
    ts: *mut Thread,
    from_right: bool,
    spec: &Spec,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [sep])) = (unsafe { args::parse::<1>(ts, spec, argv, nargs, kwnames) }) else {
        return 0;
    };
    let Some(sep) = (unsafe { bytes_arg(ts, sep) }) else {
        return 0;
    };
    if sep.is_empty() {
        return value_error(ts, "empty separator");
    }
    let hay = unsafe { data(this) };
    let found = if from_right {
        search_rmatches(hay, sep, 1).first().copied()
    } else {
        crate::types::str::search_bytes(hay, sep)
    };
    let parts: [&[u8]; 3] = match found {
        Some(at) => [&hay[..at], sep, &hay[at + sep.len()..]],
        None if from_right => [&[], &[], hay],
        None => [hay, &[], &[]],
    };
    match all_new(ts, &parts) {
        Some(items) => tuple::new(ts, &items),
        None => 0,
    }
}

pub(super) unsafe extern "C" fn partition(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "partition", 1, 1, Style::One);
    unsafe { partition_common(ts, false, &SPEC, argv, nargs, kwnames) }
}

pub(super) unsafe extern "C" fn rpartition(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "rpartition", 1, 1, Style::One);
    unsafe { partition_common(ts, true, &SPEC, argv, nargs, kwnames) }
}

/// `rsplit(sep=None, maxsplit=-1)`: like `split`, counting splits from the
/// right.
pub(super) unsafe extern "C" fn rsplit(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new(
        "bytes",
        "rsplit",
        0,
        2,
        Style::Keywords(&["sep", "maxsplit"]),
    );
    let Some((this, [sep, maxsplit])) =
        (unsafe { args::parse::<2>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(max) = (unsafe { args::limit_arg(ts, maxsplit) }) else {
        return 0;
    };
    let hay = unsafe { data(this) };
    // Collected right to left, reversed at the end.
    let mut pieces: Vec<&[u8]> = Vec::new();
    if sep == 0 || sep == none::none() {
        let mut rest = trim_end(hay);
        while !rest.is_empty() {
            if pieces.len() == max {
                pieces.push(rest);
                break;
            }
            let start = rest.iter().rposition(|b| is_space(*b)).map_or(0, |p| p + 1);
            pieces.push(&rest[start..]);
            rest = trim_end(&rest[..start]);
        }
    } else {
        let Some(sep) = (unsafe { bytes_arg(ts, sep) }) else {
            return 0;
        };
        if sep.is_empty() {
            return value_error(ts, "empty separator");
        }
        let mut end = hay.len();
        for at in search_rmatches(hay, sep, max) {
            pieces.push(&hay[at + sep.len()..end]);
            end = at;
        }
        pieces.push(&hay[..end]);
    }
    pieces.reverse();
    match all_new(ts, &pieces) {
        Some(items) => list::new(ts, items),
        None => 0,
    }
}

fn trim_end(b: &[u8]) -> &[u8] {
    &b[..b.iter().rposition(|c| !is_space(*c)).map_or(0, |p| p + 1)]
}

/// `splitlines(keepends=False)`: lines end at `\n`, `\r` or `\r\n` only.
pub(super) unsafe extern "C" fn splitlines(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "splitlines", 0, 1, Style::Keywords(&["keepends"]));
    let Some((this, [keepends])) = (unsafe { args::parse::<1>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let keep = if keepends == 0 {
        false
    } else {
        // A C int in CPython.
        match crate::calls::args::c_int(ts, keepends) {
            Some(v) => v != 0,
            None => return 0,
        }
    };
    let hay = unsafe { data(this) };
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < hay.len() {
        let ending = match (hay[at], hay.get(at + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => {
                at += 1;
                continue;
            }
        };
        let end = if keep { at + ending } else { at };
        pieces.push(&hay[start..end]);
        at += ending;
        start = at;
    }
    if start < hay.len() {
        pieces.push(&hay[start..]);
    }
    match all_new(ts, &pieces) {
        Some(items) => list::new(ts, items),
        None => 0,
    }
}

unsafe fn remove_affix(
    ts: *mut Thread,
    suffix: bool,
    spec: &Spec,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, [affix])) = (unsafe { args::parse::<1>(ts, spec, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(affix) = (unsafe { bytes_arg(ts, affix) }) else {
        return 0;
    };
    let hay = unsafe { data(this) };
    let rest = if suffix {
        hay.strip_suffix(affix)
    } else {
        hay.strip_prefix(affix)
    };
    match rest {
        Some(rest) if !affix.is_empty() => new(ts, rest),
        _ => this,
    }
}

pub(super) unsafe extern "C" fn removeprefix(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "removeprefix", 1, 1, Style::One);
    unsafe { remove_affix(ts, false, &SPEC, argv, nargs, kwnames) }
}

pub(super) unsafe extern "C" fn removesuffix(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "removesuffix", 1, 1, Style::One);
    unsafe { remove_affix(ts, true, &SPEC, argv, nargs, kwnames) }
}

/// `translate(table, /, delete=b'')`: `table` is `None` or 256 bytes.
pub(super) unsafe extern "C" fn translate(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("bytes", "translate", 1, 2, Style::Keywords(&["", "delete"]));
    // The table is positional-only, whatever keywords come with it.
    let given = unsafe { Args::new(argv, nargs, kwnames) }
        .skip_self()
        .pos
        .len();
    if given < 1 {
        let message = format!("translate() takes at least 1 positional argument ({given} given)");
        return crate::error::type_error(ts, &message);
    }
    let Some((this, [table, delete])) =
        (unsafe { args::parse::<2>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let table = if table == none::none() {
        None
    } else {
        match unsafe { bytes_arg(ts, table) } {
            Some(t) if t.len() == 256 => Some(t),
            Some(_) => return value_error(ts, "translation table must be 256 characters long"),
            None => return 0,
        }
    };
    let delete: &[u8] = if delete == 0 {
        &[]
    } else {
        match unsafe { bytes_arg(ts, delete) } {
            Some(d) => d,
            None => return 0,
        }
    };
    let out: Vec<u8> = unsafe { data(this) }
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect();
    new(ts, &out)
}

/// `bytes.maketrans(frm, to)`, a static method (its receiver is ignored):
/// the identity table with each byte of `frm` mapped to the one of `to`.
pub(super) unsafe extern "C" fn maketrans(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let all = unsafe { Args::new(argv, nargs, kwnames) }.skip_self();
    let Some(pos) = crate::types::args::positional(ts, &all, "bytes.maketrans", "maketrans", 2, 2)
    else {
        return 0;
    };
    // One at a time: the first bad argument is the one reported.
    let Some(from) = (unsafe { bytes_arg(ts, pos[0]) }) else {
        return 0;
    };
    let Some(to) = (unsafe { bytes_arg(ts, pos[1]) }) else {
        return 0;
    };
    if from.len() != to.len() {
        return value_error(ts, "maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (a, b) in from.iter().zip(to) {
        table[*a as usize] = *b;
    }
    new(ts, &table)
}
