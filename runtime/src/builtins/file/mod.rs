//! `open()` and the file objects it returns: text files
//! (`TextIOWrapper`, UTF-8, the `newline` modes) and binary ones
//! (`BufferedReader`, `BufferedWriter`, `BufferedRandom` for `+` modes),
//! opened by path or file descriptor, with `read`, `readline`,
//! `readlines`, iteration, `write`, `writelines`, `flush`, `close`, `with`,
//! `seek`, `tell`, `truncate`, `fileno`, `isatty`. Reading loads the rest
//! of the file at the first read after opening or moving (`buffer.rs`);
//! writes are buffered and reach the file on `flush`, `close`, a read or
//! move, collection or exit (as CPython's buffered writers do), and
//! `OSError`s carry CPython's errno, message and file name.

use crate::error::{type_error, value_error};
use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast, type_of};
use crate::thread::Thread;
use crate::types::str::args::{self, Spec, Style};
use crate::types::{exception, int, none, str as str_};
use std::io::Write;

mod buffer;
mod methods;
mod position;
use buffer::Newline;
use methods::*;
use position::*;

#[repr(C)]
pub struct FileObject {
    pub header: Header,
    /// The path as given (a str).
    name: Word,
    /// The mode as given (a str).
    mode: Word,
    /// The encoding as given, else `'utf-8'` (CPython's in UTF-8 mode); 0
    /// for binary files.
    encoding: Word,
    binary: bool,
    readable: bool,
    writable: bool,
    closed: bool,
    /// Whether closing the file closes its descriptor (`closefd`).
    closefd: bool,
    newline: Newline,
    /// A text file's `errors` argument ("" for the default, strict).
    errors: String,
    /// Whether `data` holds the file from `base` (see `buffer.rs`).
    loaded: bool,
    base: u64,
    /// The file's bytes from `base` to its end, when loaded.
    data: Vec<u8>,
    /// The logical position, as an index into `data`.
    pos: usize,
    /// Written but not yet flushed.
    pending: Vec<u8>,
    file: Option<std::fs::File>,
}

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let file = unsafe { cast::<FileObject>(obj as Word) };
    visit(file.name);
    visit(file.mode);
    if file.encoding != 0 {
        visit(file.encoding);
    }
}

unsafe fn finalize(obj: *mut Header) {
    let file = unsafe { cast::<FileObject>(obj as Word) };
    let _ = flush_pending(file);
    release_handle(file);
    unsafe {
        std::ptr::drop_in_place(&mut file.data);
        std::ptr::drop_in_place(&mut file.pending);
        std::ptr::drop_in_place(&mut file.errors);
        std::ptr::drop_in_place(&mut file.file);
    }
}

/// Let go of the OS file, closing its descriptor unless `closefd=False`.
fn release_handle(file: &mut FileObject) {
    if let Some(handle) = file.file.take()
        && !file.closefd
    {
        let _ = std::os::fd::IntoRawFd::into_raw_fd(handle);
    }
}

const FILE_SLOTS: Slots = Slots {
    repr: Some(repr),
    iter: Some(iter_self),
    next: Some(next_line),
    getattr: Some(getattr),
    ..Slots::EMPTY
};

crate::method_table! {
static FILE_METHODS = "file" [
    Method {
        name: "read",
        func: read,
    },
    Method {
        name: "readline",
        func: readline,
    },
    Method {
        name: "readlines",
        func: readlines,
    },
    Method {
        name: "write",
        func: write,
    },
    Method {
        name: "writelines",
        func: writelines,
    },
    Method {
        name: "flush",
        func: flush,
    },
    Method {
        name: "close",
        func: close,
    },
    Method {
        name: "readable",
        func: readable,
    },
    Method {
        name: "writable",
        func: writable,
    },
    Method {
        name: "seek",
        func: seek,
    },
    Method {
        name: "tell",
        func: tell,
    },
    Method {
        name: "truncate",
        func: truncate,
    },
    Method {
        name: "seekable",
        func: seekable,
    },
    Method {
        name: "fileno",
        func: fileno,
    },
    Method {
        name: "isatty",
        func: isatty,
    },
    Method {
        name: "readinto",
        func: readinto,
    },
    Method {
        name: "__enter__",
        func: enter,
    },
    Method {
        name: "__exit__",
        func: exit,
    },
];
}

macro_rules! file_type {
    ($static_name:ident, $name:literal) => {
        pub static $static_name: TypeObject = TypeObject {
            header: Header::new_static(&crate::types::type_::TYPE_TYPE),
            name: $name,
            base: &crate::types::object::OBJECT_TYPE,
            trace: Some(trace),
            finalize: Some(finalize),
            slots: FILE_SLOTS,
            methods: FILE_METHODS,
        };
    };
}

file_type!(TEXT_FILE_TYPE, "TextIOWrapper");
file_type!(READER_TYPE, "BufferedReader");
file_type!(WRITER_TYPE, "BufferedWriter");
file_type!(RANDOM_TYPE, "BufferedRandom");

fn is_file(w: Word) -> bool {
    let ty = type_of(w);
    [&TEXT_FILE_TYPE, &READER_TYPE, &WRITER_TYPE, &RANDOM_TYPE]
        .iter()
        .any(|candidate| std::ptr::eq(ty, *candidate))
}

fn flush_pending(file: &mut FileObject) -> std::io::Result<()> {
    if file.pending.is_empty() {
        return Ok(());
    }
    let result = match file.file.as_mut() {
        Some(handle) => handle.write_all(&file.pending),
        None => Ok(()),
    };
    file.pending.clear();
    result
}

/// Raise the `OSError` subclass CPython maps `error`'s errno to, with
/// `args == (errno, strerror)` and `filename` set when given.
pub fn raise_os_error(ts: *mut Thread, error: &std::io::Error, filename: Word) -> Word {
    let code = error.raw_os_error().unwrap_or(0);
    let ty = exception::os_error_subclass(code as i64);
    // Rust renders an OS error as "<strerror> (os error N)".
    let text = error.to_string();
    let message = text
        .rsplit_once(" (os error")
        .map_or(text.as_str(), |(message, _)| message);
    let errno = int::from_i64(ts, code as i64);
    let message = str_::new(ts, message);
    if message == 0 {
        return 0;
    }
    let args = crate::types::tuple::new(ts, &[errno, message]);
    if args == 0 {
        return 0;
    }
    let exc = exception::new(ts, ty, args);
    if exc == 0 {
        return 0;
    }
    if filename != 0 {
        let key = str_::new(ts, "filename");
        if key == 0 {
            return 0;
        }
        unsafe { cast::<exception::ExceptionObject>(exc) }
            .attrs
            .push((key, filename));
    }
    crate::error::set_pending(ts, exc);
    0
}

/// Mode letters as CPython's `open` checks them.
struct Mode {
    create: bool,
    read: bool,
    write: bool,
    append: bool,
    update: bool,
    binary: bool,
}

fn parse_mode(text: &str) -> Result<Mode, String> {
    let mut mode = Mode {
        create: false,
        read: false,
        write: false,
        append: false,
        update: false,
        binary: false,
    };
    let mut text_mode = false;
    let mut seen = String::new();
    for c in text.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(format!("invalid mode: '{text}'"));
        }
        seen.push(c);
        match c {
            'x' => mode.create = true,
            'r' => mode.read = true,
            'w' => mode.write = true,
            'a' => mode.append = true,
            '+' => mode.update = true,
            't' => text_mode = true,
            _ => mode.binary = true,
        }
    }
    if text_mode && mode.binary {
        return Err("can't have text and binary mode at once".into());
    }
    let kinds = [mode.create, mode.read, mode.write, mode.append];
    if kinds.iter().filter(|k| **k).count() != 1 {
        return Err("must have exactly one of create/read/write/append mode".into());
    }
    Ok(mode)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`: `file` a path or a file
/// descriptor.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn open(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new(
        "open",
        "open",
        1,
        8,
        Style::Keywords(&[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ]),
    );
    let all = unsafe { std::slice::from_raw_parts(argv, nargs.max(0) as usize) };
    let Some(
        [
            file,
            mode_word,
            _buffering,
            encoding,
            errors,
            newline,
            closefd,
            opener,
        ],
    ) = (unsafe { args::parse_args::<8>(ts, &SPEC, all, kwnames) })
    else {
        return 0;
    };
    let descriptor = unsafe { args::small_int(file) };
    let path = match descriptor {
        Some(_) => file,
        None => unsafe { crate::modules::os::fspath(ts, file) },
    };
    if path == 0 {
        return 0;
    }
    let mode_word = if mode_word == 0 {
        str_::new(ts, "r")
    } else {
        mode_word
    };
    if mode_word == 0 {
        return 0;
    }
    if !str_::is_str(mode_word) {
        return type_error(
            ts,
            &format!(
                "open() argument 'mode' must be str, not {}",
                type_of(mode_word).name
            ),
        );
    }
    let mode_text = unsafe { str_::lossy(mode_word) };
    let mode = match parse_mode(&mode_text) {
        Ok(mode) => mode,
        Err(message) => return value_error(ts, &message),
    };
    let Some(text) = (unsafe { text_options(ts, &mode, encoding, errors, newline) }) else {
        return 0;
    };
    let closefd = match closefd {
        0 => true,
        w => match unsafe { crate::ops::ty_truthy(ts, w) } {
            truth if truth < 0 => return 0,
            truth => truth != 0,
        },
    };
    if !closefd && descriptor.is_none() {
        return value_error(ts, "Cannot use closefd=False with file name");
    }
    if opener != 0 && opener != none::none() {
        return crate::error::raise(
            ts,
            &exception::NOT_IMPLEMENTED_ERROR,
            "typhon's open() does not support 'opener' yet",
        );
    }
    let handle = match descriptor {
        Some(fd) => match borrow_descriptor(fd) {
            Ok(handle) => handle,
            Err(error) => return raise_os_error(ts, &error, 0),
        },
        None => {
            let path_text = unsafe { str_::lossy(path) };
            let mut options = std::fs::OpenOptions::new();
            options
                .read(mode.read || mode.update)
                .write(mode.write || mode.append || mode.create || mode.update)
                .append(mode.append)
                .truncate(mode.write)
                .create(mode.write || mode.append)
                .create_new(mode.create);
            match options.open(&path_text) {
                Ok(handle) => handle,
                Err(error) => return raise_os_error(ts, &error, path),
            }
        }
    };
    if (mode.read || mode.update) && handle.metadata().is_ok_and(|meta| meta.is_dir()) {
        release_descriptor(handle, closefd);
        return raise_os_error(ts, &std::io::Error::from_raw_os_error(21), path);
    }
    let mut handle = handle;
    if mode.append {
        // CPython's appending files start at the end: `tell()` is the size.
        let _ = std::io::Seek::seek(&mut handle, std::io::SeekFrom::End(0));
    }
    let ty: &'static TypeObject = match (mode.binary, mode.update, mode.read) {
        (false, _, _) => &TEXT_FILE_TYPE,
        (true, true, _) => &RANDOM_TYPE,
        (true, false, true) => &READER_TYPE,
        (true, false, false) => &WRITER_TYPE,
    };
    let obj = unsafe {
        gc::alloc_value(
            ts,
            ty,
            FileObject {
                header: Header { ty, gc: 0 },
                name: path,
                mode: mode_word,
                encoding: text.encoding,
                binary: mode.binary,
                readable: mode.read || mode.update,
                writable: !mode.read || mode.update,
                closed: false,
                closefd,
                newline: text.newline,
                errors: text.errors,
                loaded: false,
                base: 0,
                data: Vec::new(),
                pos: 0,
                pending: Vec::new(),
                file: Some(handle),
            },
        )
    };
    if obj != 0 {
        unsafe { gc::finalize_at_exit(obj) };
    }
    obj
}

/// The OS file for an open descriptor, checked to be open.
fn borrow_descriptor(fd: i64) -> std::io::Result<std::fs::File> {
    let fd = i32::try_from(fd).map_err(|_| std::io::Error::from_raw_os_error(9))?;
    if fd < 0 {
        return Err(std::io::Error::from_raw_os_error(9));
    }
    // SAFETY: the descriptor is the program's to hand over (`closefd`
    // says whether the file object then owns it); fstat checks it is open.
    let handle = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd) };
    if let Err(error) = handle.metadata() {
        let _ = std::os::fd::IntoRawFd::into_raw_fd(handle);
        return Err(error);
    }
    Ok(handle)
}

fn release_descriptor(handle: std::fs::File, closefd: bool) {
    if !closefd {
        let _ = std::os::fd::IntoRawFd::into_raw_fd(handle);
    }
}

/// A text file's encoding word, `errors` and newline handling.
struct TextOptions {
    encoding: Word,
    errors: String,
    newline: Newline,
}

/// Check `open`'s `encoding`, `errors` and `newline` against the mode as
/// CPython does; `None` with the error pending.
unsafe fn text_options(
    ts: *mut Thread,
    mode: &Mode,
    encoding: Word,
    errors: Word,
    newline: Word,
) -> Option<TextOptions> {
    let given = |w: Word| w != 0 && w != none::none();
    for (word, what) in [
        (encoding, "an encoding"),
        (errors, "an errors"),
        (newline, "a newline"),
    ] {
        if mode.binary && given(word) {
            value_error(ts, &format!("binary mode doesn't take {what} argument"));
            return None;
        }
    }
    for (word, name) in [
        (encoding, "encoding"),
        (errors, "errors"),
        (newline, "newline"),
    ] {
        if given(word) && !str_::is_str(word) {
            type_error(
                ts,
                &format!(
                    "open() argument '{name}' must be str or None, not {}",
                    type_of(word).name
                ),
            );
            return None;
        }
    }
    if mode.binary {
        return Some(TextOptions {
            encoding: 0,
            errors: String::new(),
            newline: Newline::Universal,
        });
    }
    let newline = if !given(newline) {
        Newline::Universal
    } else {
        match unsafe { str_::bytes(newline) } {
            b"" => Newline::Any,
            b"\n" => Newline::Only(b"\n"),
            b"\r" => Newline::Only(b"\r"),
            b"\r\n" => Newline::Only(b"\r\n"),
            _ => {
                let shown = unsafe { str_::lossy(newline) };
                value_error(ts, &format!("illegal newline value: {shown}"));
                return None;
            }
        }
    };
    let encoding = if given(encoding) {
        let name = unsafe { str_::lossy(encoding) }.to_ascii_lowercase();
        if !matches!(name.as_str(), "utf-8" | "utf8" | "utf_8") {
            crate::error::raise(
                ts,
                &exception::NOT_IMPLEMENTED_ERROR,
                &format!("typhon's open() supports only UTF-8, not '{name}'"),
            );
            return None;
        }
        encoding
    } else {
        str_::new(ts, default_encoding())
    };
    if encoding == 0 {
        return None;
    }
    let errors = if given(errors) {
        unsafe { str_::lossy(errors) }.to_string()
    } else {
        String::new()
    };
    Some(TextOptions {
        encoding,
        errors,
        newline,
    })
}

/// The name CPython gives the locale's encoding: `UTF-8` under a UTF-8
/// locale, `utf-8` in its UTF-8 mode (the C/POSIX locale or
/// `PYTHONUTF8=1`). typhon reads and writes UTF-8 either way.
fn default_encoding() -> &'static str {
    let utf8_mode = std::env::var("PYTHONUTF8").is_ok_and(|v| v == "1");
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    if utf8_mode || matches!(locale.as_str(), "" | "C" | "POSIX") {
        "utf-8"
    } else {
        "UTF-8"
    }
}
