//! `print` and `input`.

use crate::calls::args::Args;
use crate::modules::stdio::{self, stream_fd};
use crate::object::{Word, is_exact, is_instance, type_of};
use crate::thread::Thread;
use crate::types::{exception, none, str as str_};

/// Where `print` sends its text.
enum Target {
    Stdout,
    Stderr,
    /// Any object with a `write` method.
    Object(Word),
}

/// `print(*args, sep=' ', end='\n', file=None, flush=False)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn print(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    let Some([sep, end, file, flush]) = call.keywords(ts, "print", ["sep", "end", "file", "flush"])
    else {
        return 0;
    };
    let file = match file.filter(|file| *file != none::none()) {
        Some(file) => file,
        None => match crate::modules::sys::current(ts, "stdout") {
            0 => stdio::stream_word(&stdio::STDOUT_OBJ),
            stdout if stdout == none::none() => return none::none(),
            stdout => stdout,
        },
    };
    let Some(sep) = text_option(ts, sep, "sep") else {
        return 0;
    };
    let Some(end) = text_option(ts, end, "end") else {
        return 0;
    };
    let target = match stream_fd(file) {
        Some(1) => Target::Stdout,
        Some(2) => Target::Stderr,
        _ => Target::Object(file),
    };
    let mut pending = Vec::new();
    let written = unsafe { emit_all(ts, &target, call.positional, sep, end, &mut pending) };
    // CPython writes each piece as it goes: what came before a failing
    // `str()` or encoding is out even when the call raises.
    match target {
        Target::Stdout => stdio::write_stdout(&pending),
        Target::Stderr => stdio::write_stderr(&pending),
        Target::Object(_) => {}
    }
    if !written {
        return 0;
    }
    let flush = match flush {
        Some(flag) => unsafe { crate::entry::ty_truthy(ts, flag) },
        None => 0,
    };
    match (flush, &target) {
        (truth, _) if truth < 0 => 0,
        (0, _) | (_, Target::Stderr) => none::none(),
        (_, Target::Stdout) => {
            stdio::flush_stdout();
            none::none()
        }
        (_, Target::Object(file)) => unsafe { call_method(ts, *file, "flush", &[]) },
    }
}

/// The text of every argument, separated by `sep` and followed by `end`;
/// false with the exception pending once one fails.
unsafe fn emit_all(
    ts: *mut Thread,
    target: &Target,
    values: &[Word],
    sep: Option<Word>,
    end: Option<Word>,
    pending: &mut Vec<u8>,
) -> bool {
    for (idx, arg) in values.iter().enumerate() {
        if idx > 0 && !unsafe { emit(ts, target, sep.unwrap_or(0), b" ", pending) } {
            return false;
        }
        let text = if is_exact(*arg, &str_::STR_TYPE) {
            *arg
        } else {
            unsafe { crate::entry::ty_str(ts, *arg) }
        };
        if text == 0 || !unsafe { emit(ts, target, text, b"", pending) } {
            return false;
        }
    }
    unsafe { emit(ts, target, end.unwrap_or(0), b"\n", pending) }
}

/// `input(prompt='')`: one line of stdin without its newline.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn input(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "input") || !call.count(ts, "input", 0, 1) {
        return 0;
    }
    if let Some(prompt) = call.positional.first() {
        let text = unsafe { crate::entry::ty_str(ts, *prompt) };
        if text == 0 {
            return 0;
        }
        let Some(bytes) = (unsafe { stdio::encodable(ts, text) }) else {
            return 0;
        };
        stdio::write_stdout(bytes);
    }
    match stdio::read_line() {
        Ok(line) if line.is_empty() => {
            crate::error::raise(ts, &exception::EOF_ERROR, "EOF when reading a line")
        }
        Ok(line) => stdio::decode(ts, line.strip_suffix(b"\n").unwrap_or(&line)),
        Err(error) => crate::error::raise(ts, &exception::OS_ERROR, &error.to_string()),
    }
}

/// `sep`/`end`: `Some(None)` for the default, `Some(Some(str))`, or `None`
/// with "sep must be None or a string, not int" pending.
fn text_option(ts: *mut Thread, value: Option<Word>, what: &str) -> Option<Option<Word>> {
    match value {
        None => Some(None),
        Some(value) if value == none::none() => Some(None),
        Some(value) if is_instance(value, &str_::STR_TYPE) => Some(Some(value)),
        Some(value) => {
            let message = format!(
                "{what} must be None or a string, not {}",
                type_of(value).name
            );
            crate::error::type_error(ts, &message);
            None
        }
    }
}

/// Send `text` (or `default` when `text` is 0) to the target: collected in
/// `pending` for the standard streams, written at once to other objects.
unsafe fn emit(
    ts: *mut Thread,
    target: &Target,
    text: Word,
    default: &[u8],
    pending: &mut Vec<u8>,
) -> bool {
    match target {
        Target::Object(file) => {
            let text = if text == 0 {
                str_::from_bytes(ts, default)
            } else {
                text
            };
            text != 0 && unsafe { call_method(ts, *file, "write", &[text]) } != 0
        }
        _ if text == 0 => {
            pending.extend_from_slice(default);
            true
        }
        // stderr uses `backslashreplace` (see `write_stderr`), so it never
        // fails to encode.
        Target::Stderr => {
            pending.extend_from_slice(unsafe { str_::bytes(text) });
            true
        }
        _ => match unsafe { stdio::encodable(ts, text) } {
            Some(bytes) => {
                pending.extend_from_slice(bytes);
                true
            }
            None => false,
        },
    }
}

unsafe fn call_method(ts: *mut Thread, obj: Word, name: &str, args: &[Word]) -> Word {
    let name = str_::new(ts, name);
    if name == 0 {
        return 0;
    }
    unsafe { crate::entry::ty_call_method(ts, obj, name, args.as_ptr(), args.len() as i64, 0) }
}
