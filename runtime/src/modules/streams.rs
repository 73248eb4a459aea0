//! Methods of the standard stream objects (`sys.stdout.write`, ...).

use super::stdio::{self, stream_fd};
use crate::calls::args::Args;
use crate::object::{Word, cast, is_instance, type_of};
use crate::thread::Thread;
use crate::types::{bool as bool_, exception, int, list, none, seq, str as str_};

/// `stream.write(s)`: the number of characters written.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn write(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "TextIOWrapper.write") {
        return 0;
    }
    let [stream, text] = call.positional else {
        let given = call.positional.len().saturating_sub(1);
        return crate::error::type_error(
            ts,
            &format!("TextIOWrapper.write() takes exactly one argument ({given} given)"),
        );
    };
    if !is_instance(*text, &str_::STR_TYPE) {
        return crate::error::type_error(
            ts,
            &format!(
                "write() argument must be str, not {}",
                crate::error::argument_type_name(*text)
            ),
        );
    }
    match stream_fd(*stream) {
        Some(1) => match unsafe { stdio::encodable(ts, *text) } {
            Some(bytes) => stdio::write_stdout(bytes),
            None => return 0,
        },
        // stderr uses `backslashreplace` (see `write_stderr`), so it never
        // fails to encode.
        Some(2) => stdio::write_stderr(unsafe { str_::bytes(*text) }),
        _ => return crate::error::raise(ts, &exception::OS_ERROR, "not writable"),
    }
    int::from_i64(ts, unsafe { cast::<str_::StrObject>(*text) }.len as i64)
}

/// `stream.flush()`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn flush(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { no_arguments(ts, "TextIOWrapper.flush", argv, nargs, kwnames) } {
        return 0;
    }
    stdio::flush_stdout();
    none::none()
}

/// `stream.readline(size=-1)`: the next line with its newline ('' at end
/// of input), or at most `size` characters of it.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn readline(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(size) = (unsafe { reading(ts, "readline", argv, nargs, kwnames) }) else {
        return 0;
    };
    // Unlike `read`, `readline` takes no None.
    let limit = match size {
        None => None,
        Some(size) => match unsafe { seq::as_integer(ts, size) } {
            Some(n) => usize::try_from(n).ok(),
            None => return 0,
        },
    };
    unsafe { read_decoded(ts, limit, true) }
}

/// `stream.read(size=-1)`: the rest of the input, or at most `size`
/// characters.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn read(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(size) = (unsafe { reading(ts, "read", argv, nargs, kwnames) }) else {
        return 0;
    };
    match unsafe { optional_size(ts, size) } {
        Some(limit) => unsafe { read_decoded(ts, limit, false) },
        None => 0,
    }
}

/// `stream.readlines(hint=-1)`: the remaining lines, or lines until they
/// hold at least `hint` characters.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn readlines(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(hint) = (unsafe { reading(ts, "readlines", argv, nargs, kwnames) }) else {
        return 0;
    };
    let Some(hint) = (unsafe { optional_size(ts, hint) }) else {
        return 0;
    };
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = unsafe { read_decoded(ts, None, true) };
        if line == 0 {
            return 0;
        }
        let len = unsafe { str_::char_len(line) };
        if len == 0 {
            break;
        }
        lines.push(line);
        total += len;
        if hint.is_some_and(|hint| hint > 0 && total >= hint) {
            break;
        }
    }
    list::new(ts, lines)
}

/// `next(sys.stdin)`: the next line; the end of input ends iteration.
pub(super) unsafe fn next_line(ts: *mut Thread, stream: Word) -> Word {
    if stream_fd(stream) != Some(0) {
        return crate::error::raise(ts, &exception::OS_ERROR, "not readable");
    }
    let line = unsafe { read_decoded(ts, None, true) };
    if line != 0 && unsafe { str_::char_len(line) } == 0 {
        return typhon_abi::ITER_DONE;
    }
    line
}

/// `stream.writelines(lines)`: `write` each item.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn writelines(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "_IOBase.writelines") {
        return 0;
    }
    let [stream, lines] = call.positional else {
        let given = call.positional.len().saturating_sub(1);
        let message = format!("_IOBase.writelines() takes exactly one argument ({given} given)");
        return crate::error::type_error(ts, &message);
    };
    let it = unsafe { crate::entry::ty_iter(ts, *lines) };
    if it == 0 {
        return 0;
    }
    loop {
        match unsafe { crate::entry::ty_iter_next(ts, it) } {
            0 => return 0,
            typhon_abi::ITER_DONE => return none::none(),
            line => {
                let args = [*stream, line];
                if unsafe { write(ts, args.as_ptr(), 2, 0) } == 0 {
                    return 0;
                }
            }
        }
    }
}

/// Read from stdin and decode: `limit` characters at most, one line or all.
unsafe fn read_decoded(ts: *mut Thread, limit: Option<usize>, one_line: bool) -> Word {
    match stdio::read_text(limit, one_line) {
        Ok(bytes) => stdio::decode(ts, &bytes),
        Err(error) => crate::error::raise(ts, &exception::OS_ERROR, &error.to_string()),
    }
}

/// A `read`/`readlines` size: an int (negative for no limit) or None.
/// `Some(limit)`, or `None` with the `TypeError` pending.
unsafe fn optional_size(ts: *mut Thread, size: Option<Word>) -> Option<Option<usize>> {
    let Some(size) = size.filter(|size| *size != none::none()) else {
        return Some(None);
    };
    if !is_instance(size, &int::INT_TYPE) {
        let message = format!(
            "argument should be integer or None, not '{}'",
            type_of(size).name
        );
        crate::error::type_error(ts, &message);
        return None;
    }
    unsafe { seq::as_integer(ts, size) }.map(|n| usize::try_from(n).ok())
}

/// `stream.isatty()`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn isatty_method(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { no_arguments(ts, "TextIOWrapper.isatty", argv, nargs, kwnames) } {
        return 0;
    }
    let fd = stream_fd(unsafe { *argv }).unwrap_or(0);
    bool_::from_bool(stdio::is_terminal(fd))
}

/// `stream.fileno()`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn fileno(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { no_arguments(ts, "TextIOWrapper.fileno", argv, nargs, kwnames) } {
        return 0;
    }
    int::from_i64(ts, stream_fd(unsafe { *argv }).unwrap_or(0) as i64)
}

/// A method taking only `self`.
unsafe fn no_arguments(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> bool {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, name) {
        return false;
    }
    match call.positional.len() {
        1 => true,
        given => {
            crate::error::type_error(
                ts,
                &format!(
                    "{name}() takes no arguments ({} given)",
                    given.saturating_sub(1)
                ),
            );
            false
        }
    }
}

/// The optional argument of `read`, `readline` and `readlines`, after
/// checking the call and that the stream is stdin: `Some(None)` when
/// absent, `None` with the error pending.
unsafe fn reading(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<Option<Word>> {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, &format!("TextIOWrapper.{name}")) {
        return None;
    }
    let Some((stream, rest)) = call.positional.split_first() else {
        crate::error::type_error(ts, &format!("{name} expected at least 1 argument, got 0"));
        return None;
    };
    if rest.len() > 1 {
        crate::error::type_error(
            ts,
            &format!("{name} expected at most 1 argument, got {}", rest.len()),
        );
        return None;
    }
    if stream_fd(*stream) != Some(0) {
        crate::error::raise(ts, &exception::OS_ERROR, "not readable");
        return None;
    }
    Some(rest.first().copied())
}

/// `iter(stream)`: a stream is its own iterator.
pub(super) unsafe fn iter_self(_ts: *mut Thread, stream: Word) -> Word {
    stream
}

/// The data attributes of a stream: `name`, `mode`, `encoding`, `errors`,
/// `closed`, `line_buffering`, and the binary layer `buffer`.
pub(super) unsafe fn getattr(ts: *mut Thread, stream: Word, name: Word) -> Word {
    let fd = stream_fd(stream).unwrap_or(0);
    let text = match unsafe { str_::bytes(name) } {
        b"name" => ["<stdin>", "<stdout>", "<stderr>"][fd.min(2) as usize],
        b"mode" if fd == 0 => "r",
        b"mode" => "w",
        b"encoding" => super::stream_config::encoding_of(fd),
        b"errors" if fd == 2 => "backslashreplace",
        b"errors" => super::stdenc::handler_of(fd),
        b"closed" => return bool_::from_bool(false),
        b"line_buffering" => return bool_::from_bool(fd == 1 && stdio::line_buffered()),
        b"buffer" => return super::buffered::for_fd(fd),
        _ => return 0,
    };
    str_::new(ts, text)
}
