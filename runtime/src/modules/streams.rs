//! Methods of the standard stream objects (`sys.stdout.write`, ...).

use super::stdio::{self, stream_fd};
use crate::calls::args::{self, Args};
use crate::object::{Word, cast, is_instance, type_of};
use crate::thread::Thread;
use crate::types::{bool as bool_, exception, int, none, str as str_};

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
            &format!("write() argument must be str, not {}", type_of(*text).name),
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

/// `stream.readline()`: the next line with its newline, '' at end of input.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn readline(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { readable(ts, "readline", argv, nargs, kwnames) } {
        return 0;
    }
    match stdio::read_line() {
        Ok(line) => stdio::decode(ts, &line),
        Err(error) => crate::error::raise(ts, &exception::OS_ERROR, &error.to_string()),
    }
}

/// `stream.read()`: the rest of the input.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn read(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { readable(ts, "read", argv, nargs, kwnames) } {
        return 0;
    }
    let mut all = Vec::new();
    loop {
        match stdio::read_line() {
            Ok(line) if line.is_empty() => return stdio::decode(ts, &all),
            Ok(line) => all.extend_from_slice(&line),
            Err(error) => return crate::error::raise(ts, &exception::OS_ERROR, &error.to_string()),
        }
    }
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

/// `read`/`readline` take an optional size; only "all" (-1 or None) is
/// supported. Reading needs stdin.
unsafe fn readable(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> bool {
    let all = unsafe { args::slice(argv, nargs) };
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, name) {
        return false;
    }
    let Some((stream, rest)) = all.split_first() else {
        crate::error::type_error(ts, &format!("{name} expected at least 1 argument, got 0"));
        return false;
    };
    if rest.len() > 1 {
        crate::error::type_error(
            ts,
            &format!("{name} expected at most 1 argument, got {}", rest.len()),
        );
        return false;
    }
    if let Some(size) = rest.first()
        && *size != none::none()
        && crate::object::small(-1) != Some(*size)
    {
        crate::error::raise(
            ts,
            &exception::NOT_IMPLEMENTED_ERROR,
            &format!("{name}() with a size is not supported"),
        );
        return false;
    }
    if stream_fd(*stream) != Some(0) {
        crate::error::raise(ts, &exception::OS_ERROR, "not readable");
        return false;
    }
    true
}
