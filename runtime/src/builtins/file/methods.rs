//! The methods and slots of file objects: reading (from the buffer of
//! `buffer.rs`), writing into the pending buffer, closing, and the `with`
//! protocol.

use super::buffer::{self, at_end, take};
use super::{FileObject, flush_pending, is_file, raise_os_error, release_handle};
use crate::error::{type_error, value_error};
use crate::object::{Word, cast, type_of};
use crate::thread::Thread;
use crate::types::str::args::{self, Spec, Style};
use crate::types::{bool as bool_, bytes, exception, int, list, none, str as str_};
use typhon_abi::ITER_DONE;

/// CPython's message for `name` called on a closed file: the text
/// wrapper's, the buffered reader's or writer's, or the raw file's.
fn closed_message(file: &FileObject, name: &str) -> &'static str {
    match (file.binary, name) {
        (_, "fileno" | "isatty" | "seekable" | "readable" | "writable") => {
            "I/O operation on closed file"
        }
        (false, _) | (true, "__iter__") => "I/O operation on closed file.",
        (true, "read" | "readinto") => "read of closed file",
        (true, "readline" | "readlines" | "__next__") => "readline of closed file",
        (true, "write" | "writelines") => "write to closed file",
        (true, "seek") => "seek of closed file",
        (true, "truncate") => "truncate of closed file",
        (true, "flush") if file.writable => "flush of closed file",
        (true, "tell") => "I/O operation on closed file",
        _ => "I/O operation on closed file.",
    }
}

/// The file a method was called on, checked open (and readable or
/// writable as asked); `None` with the error pending.
pub(super) unsafe fn receiver<'a>(
    ts: *mut Thread,
    this: Word,
    name: &str,
    need: Option<bool>,
) -> Option<&'a mut FileObject> {
    if !is_file(this) {
        type_error(ts, &format!("descriptor '{name}' requires a file object"));
        return None;
    }
    let file = unsafe { cast::<FileObject>(this) };
    // CPython's buffered readers and writers lack the other direction's
    // methods, closed or not; its text files check closing first. The
    // `UnsupportedOperation` is an `OSError` here (see `position.rs`).
    let wrong_way = match need {
        Some(true) if !file.readable => Some(("read", "not readable")),
        Some(false) if !file.writable => Some(("write", "not writable")),
        _ => None,
    };
    if let Some((binary_message, _)) = wrong_way
        && file.binary
    {
        crate::error::raise(ts, &exception::OS_ERROR, binary_message);
        return None;
    }
    if file.closed {
        value_error(ts, closed_message(file, name));
        return None;
    }
    match wrong_way {
        Some((_, text_message)) => {
            crate::error::raise(ts, &exception::OS_ERROR, text_message);
            None
        }
        None => Some(file),
    }
}

/// A size argument: `None` (or a negative int) reads everything.
unsafe fn size_limit(ts: *mut Thread, w: Word) -> Result<Option<usize>, ()> {
    if w == 0 || w == none::none() {
        return Ok(None);
    }
    match unsafe { args::size_arg(ts, w) } {
        Some(n) if n < 0 => Ok(None),
        Some(n) => Ok(Some(n as usize)),
        None => Err(()),
    }
}

pub(super) unsafe extern "C" fn read(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { read_upto(ts, argv, nargs, kwnames, "read") }
}

pub(super) unsafe extern "C" fn readline(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { read_upto(ts, argv, nargs, kwnames, "readline") }
}

/// `read(size=-1)` or `readline(size=-1)` (which stops after a newline).
unsafe fn read_upto(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
    name: &'static str,
) -> Word {
    let spec = Spec::new("TextIOWrapper", name, 0, 1, Style::Expected);
    let Some((this, [size])) = (unsafe { args::parse::<1>(ts, &spec, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(file) = (unsafe { receiver(ts, this, name, Some(true)) }) else {
        return 0;
    };
    match unsafe { size_limit(ts, size) } {
        Ok(limit) => take(ts, file, limit, name == "readline"),
        Err(()) => 0,
    }
}

pub(super) unsafe extern "C" fn readlines(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("TextIOWrapper", "readlines", 0, 1, Style::Expected);
    let Some((this, [_hint])) = (unsafe { args::parse::<1>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(file) = (unsafe { receiver(ts, this, "readlines", Some(true)) }) else {
        return 0;
    };
    let mut lines = Vec::new();
    loop {
        match at_end(ts, file) {
            None => return 0,
            Some(true) => break,
            Some(false) => {}
        }
        let line = take(ts, file, None, true);
        if line == 0 {
            return 0;
        }
        lines.push(line);
    }
    list::new(ts, lines)
}

/// The `next` slot: the next line, `ITER_DONE` at the end.
pub(super) unsafe fn next_line(ts: *mut Thread, this: Word) -> Word {
    let Some(file) = (unsafe { receiver(ts, this, "__next__", Some(true)) }) else {
        return 0;
    };
    match at_end(ts, file) {
        None => 0,
        Some(true) => ITER_DONE,
        Some(false) => take(ts, file, None, true),
    }
}

pub(super) unsafe fn iter_self(ts: *mut Thread, this: Word) -> Word {
    match unsafe { receiver(ts, this, "__iter__", None) } {
        Some(_) => this,
        None => 0,
    }
}

/// Append `data` (a str for text files, bytes for binary ones) to the
/// pending writes; the count CPython returns, or `None` with `TypeError`.
unsafe fn buffer_write(ts: *mut Thread, file: &mut FileObject, data: Word) -> Option<i64> {
    if let Err(error) = buffer::unload(file) {
        raise_os_error(ts, &error, 0);
        return None;
    }
    if file.binary {
        if !bytes::is_buffer(data) {
            type_error(
                ts,
                &format!(
                    "a bytes-like object is required, not '{}'",
                    type_of(data).name
                ),
            );
            return None;
        }
        let raw = unsafe { bytes::data(data) };
        file.pending.extend_from_slice(raw);
        return Some(raw.len() as i64);
    }
    if !str_::is_str(data) {
        type_error(
            ts,
            &format!(
                "write() argument must be str, not {}",
                crate::error::argument_type_name(data)
            ),
        );
        return None;
    }
    let encoded = buffer::encode_text(file, unsafe { str_::bytes(data) });
    file.pending.extend_from_slice(&encoded);
    Some(unsafe { cast::<str_::StrObject>(data) }.len as i64)
}

pub(super) unsafe extern "C" fn write(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("TextIOWrapper", "write", 1, 1, Style::One);
    let Some((this, [data])) = (unsafe { args::parse::<1>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(file) = (unsafe { receiver(ts, this, "write", Some(false)) }) else {
        return 0;
    };
    match unsafe { buffer_write(ts, file, data) } {
        Some(count) => int::from_i64(ts, count),
        None => 0,
    }
}

pub(super) unsafe extern "C" fn writelines(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("TextIOWrapper", "writelines", 1, 1, Style::One);
    let Some((this, [lines])) = (unsafe { args::parse::<1>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    if unsafe { receiver(ts, this, "writelines", Some(false)) }.is_none() {
        return 0;
    }
    let items = unsafe { list::from_iterable(ts, lines) };
    if items == 0 {
        return 0;
    }
    let mut idx = 0;
    while let Some(item) = unsafe { list::items(ts, items) }.get(idx).copied() {
        let file = unsafe { cast::<FileObject>(this) };
        if unsafe { buffer_write(ts, file, item) }.is_none() {
            return 0;
        }
        idx += 1;
    }
    none::none()
}

pub(super) unsafe extern "C" fn flush(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("TextIOWrapper", "flush", 0, 0, Style::NoArgs);
    let Some((this, [])) = (unsafe { args::parse::<0>(ts, &SPEC, argv, nargs, kwnames) }) else {
        return 0;
    };
    let Some(file) = (unsafe { receiver(ts, this, "flush", None) }) else {
        return 0;
    };
    match flush_pending(file) {
        Ok(()) => none::none(),
        Err(error) => raise_os_error(ts, &error, 0),
    }
}

/// Flush and close; closing twice is allowed.
unsafe fn close_file(ts: *mut Thread, this: Word) -> Word {
    if !is_file(this) {
        return type_error(ts, "descriptor 'close' requires a file object");
    }
    let file = unsafe { cast::<FileObject>(this) };
    if file.closed {
        return none::none();
    }
    file.closed = true;
    let result = flush_pending(file);
    release_handle(file);
    file.loaded = false;
    file.data = Vec::new();
    match result {
        Ok(()) => none::none(),
        Err(error) => raise_os_error(ts, &error, 0),
    }
}

pub(super) unsafe extern "C" fn close(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("TextIOWrapper", "close", 0, 0, Style::NoArgs);
    let Some((this, [])) = (unsafe { args::parse::<0>(ts, &SPEC, argv, nargs, kwnames) }) else {
        return 0;
    };
    unsafe { close_file(ts, this) }
}

pub(super) unsafe extern "C" fn readable(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { mode_query(ts, argv, nargs, kwnames, "readable", |file| file.readable) }
}

pub(super) unsafe extern "C" fn writable(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { mode_query(ts, argv, nargs, kwnames, "writable", |file| file.writable) }
}

/// `readable()` / `writable()`: a flag of the open file as a bool.
unsafe fn mode_query(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
    name: &'static str,
    flag: fn(&FileObject) -> bool,
) -> Word {
    let spec = Spec::new("TextIOWrapper", name, 0, 0, Style::NoArgs);
    let Some((this, [])) = (unsafe { args::parse::<0>(ts, &spec, argv, nargs, kwnames) }) else {
        return 0;
    };
    match unsafe { receiver(ts, this, name, None) } {
        Some(file) => bool_::from_bool(flag(file)),
        None => 0,
    }
}

pub(super) unsafe extern "C" fn enter(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let this = if nargs > 0 { unsafe { *argv } } else { 0 };
    match unsafe { receiver(ts, this, "__enter__", None) } {
        Some(_) => this,
        None => 0,
    }
}

pub(super) unsafe extern "C" fn exit(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let this = if nargs > 0 { unsafe { *argv } } else { 0 };
    unsafe { close_file(ts, this) }
}

/// `name`, `mode`, `closed`, `encoding`, `errors`, `line_buffering`,
/// `newlines`; 0 with nothing pending otherwise.
pub(super) unsafe fn getattr(ts: *mut Thread, this: Word, name: Word) -> Word {
    let file = unsafe { cast::<FileObject>(this) };
    match unsafe { str_::bytes(name) } {
        b"name" => file.name,
        b"mode" => file.mode,
        b"closed" => bool_::from_bool(file.closed),
        b"encoding" if !file.binary => file.encoding,
        b"errors" if !file.binary => str_::new(
            ts,
            if file.errors.is_empty() {
                "strict"
            } else {
                &file.errors
            },
        ),
        b"line_buffering" if !file.binary => bool_::from_bool(false),
        _ => 0,
    }
}

/// `<_io.TextIOWrapper name='f.txt' mode='r' encoding='UTF-8'>`.
pub(super) unsafe fn repr(ts: *mut Thread, this: Word) -> Word {
    let file = unsafe { cast::<FileObject>(this) };
    let name = unsafe { crate::entry::ty_repr(ts, file.name) };
    if name == 0 {
        return 0;
    }
    let name = unsafe { str_::lossy(name) };
    let text = if file.binary {
        format!("<_io.{} name={name}>", type_of(this).name)
    } else {
        let mode = unsafe { str_::lossy(file.mode) };
        let encoding = unsafe { str_::lossy(file.encoding) };
        format!("<_io.TextIOWrapper name={name} mode='{mode}' encoding='{encoding}'>")
    };
    str_::new(ts, &text)
}
