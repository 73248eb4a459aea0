//! `reconfigure()` of the standard streams: the error handler, line
//! buffering and newline checks CPython's `TextIOWrapper.reconfigure` does;
//! the encoding can only stay UTF-8 (typhon's streams know no other).

use super::stdio::{self, stream_fd};
use crate::calls::args::Args;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::{exception, none, str as str_};

/// `stream.reconfigure(*, encoding=None, errors=None, newline=None,
/// line_buffering=None, write_through=None)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn reconfigure(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    let names = [
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    let Some([encoding, errors, newline, line_buffering, _]) =
        call.keywords(ts, "reconfigure", names)
    else {
        return 0;
    };
    let [stream] = call.positional else {
        return crate::error::type_error(ts, "reconfigure() takes no positional arguments");
    };
    let fd = stream_fd(*stream).unwrap_or(0);
    let Some(encoding) = optional_str(ts, "encoding", encoding) else {
        return 0;
    };
    let Some(errors) = optional_str(ts, "errors", errors) else {
        return 0;
    };
    let Some(newline) = optional_str(ts, "newline", newline) else {
        return 0;
    };
    if let Some(newline) = newline {
        match newline.as_str() {
            "" | "\n" => {}
            "\r" | "\r\n" => {
                let message = "typhon's standard streams do not translate newlines";
                return crate::error::raise(ts, &exception::NOT_IMPLEMENTED_ERROR, message);
            }
            other => {
                let message = format!("illegal newline value: {other}");
                return crate::error::value_error(ts, &message);
            }
        }
    }
    if let Some(name) = &encoding {
        let normal = name.to_ascii_lowercase().replace('_', "-");
        if normal != "utf-8" && normal != "utf8" {
            let message = format!("typhon's standard streams are UTF-8 only, not {name}");
            return crate::error::raise(ts, &exception::NOT_IMPLEMENTED_ERROR, &message);
        }
    }
    if let Some(name) = &encoding {
        let mut names = ENCODINGS.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(slot) = names.get_mut(fd as usize) {
            // Leaked: a program reconfigures its streams a handful of times.
            *slot = Some(Box::leak(name.clone().into_boxed_str()));
        }
    }
    // A new encoding without `errors` resets it to 'strict', as in CPython;
    // stderr always uses `backslashreplace` (see `stdenc::for_stderr`).
    let errors = errors.or_else(|| encoding.is_some().then(|| "strict".to_string()));
    if let Some(errors) = errors
        && fd < 2
    {
        super::stdenc::set_handler(fd, &errors);
    }
    if let Some(flag) = line_buffering
        && flag != none::none()
        && fd == 1
    {
        match unsafe { crate::ops::ty_truthy(ts, flag) } {
            -1 => return 0,
            on => stdio::set_line_buffered(on == 1),
        }
    }
    none::none()
}

/// The encoding names `reconfigure` was given, as `stream.encoding` shows
/// them (all spell UTF-8).
static ENCODINGS: std::sync::Mutex<[Option<&'static str>; 3]> = std::sync::Mutex::new([None; 3]);

/// `stream.encoding` of stdin, stdout or stderr.
pub(super) fn encoding_of(fd: u64) -> &'static str {
    let names = ENCODINGS.lock().unwrap_or_else(|e| e.into_inner());
    names.get(fd as usize).copied().flatten().unwrap_or("utf-8")
}

/// A keyword argument that must be a str or None: `Some(None)` when absent
/// or None, `None` with CPython's `TypeError` pending.
fn optional_str(ts: *mut Thread, name: &str, value: Option<Word>) -> Option<Option<String>> {
    match value {
        None => Some(None),
        Some(value) if value == none::none() => Some(None),
        Some(value) if str_::is_str(value) => Some(Some(unsafe { str_::lossy(value) })),
        Some(value) => {
            let message = format!(
                "reconfigure() argument '{name}' must be str or None, not {}",
                crate::error::argument_type_name(value)
            );
            crate::error::type_error(ts, &message);
            None
        }
    }
}
