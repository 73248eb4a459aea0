//! `open()` and the file objects it returns: text files
//! (`TextIOWrapper`, UTF-8, universal newlines on reading) and binary ones
//! (`BufferedReader`, `BufferedWriter`), with `read`, `readline`,
//! `readlines`, iteration, `write`, `writelines`, `flush`, `close` and
//! `with`. A file being read is loaded whole when opened; writes are
//! buffered and reach the file on `flush`, `close`, collection or exit
//! (as CPython's buffered writers do), and `OSError`s carry CPython's errno,
//! message and file name.

use crate::error::{type_error, value_error};
use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast, type_of};
use crate::thread::Thread;
use crate::types::str::args::{self, Spec, Style};
use crate::types::{exception, int, none, str as str_};
use std::io::{Read, Write};

mod methods;
use methods::*;

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
    /// Everything left to read (text: decoded, newlines translated).
    data: Vec<u8>,
    pos: usize,
    /// Whether `data` of a text file was decoded yet.
    decoded: bool,
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
    unsafe {
        std::ptr::drop_in_place(&mut file.data);
        std::ptr::drop_in_place(&mut file.pending);
        std::ptr::drop_in_place(&mut file.file);
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

fn is_file(w: Word) -> bool {
    let ty = type_of(w);
    [&TEXT_FILE_TYPE, &READER_TYPE, &WRITER_TYPE]
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

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
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
        6,
        Style::Keywords(&["file", "mode", "buffering", "encoding", "errors", "newline"]),
    );
    let all = unsafe { std::slice::from_raw_parts(argv, nargs.max(0) as usize) };
    let Some([path, mode_word, _buffering, encoding, _errors, _newline]) =
        (unsafe { args::parse_args::<6>(ts, &SPEC, all, kwnames) })
    else {
        return 0;
    };
    let path = unsafe { crate::modules::os::fspath(ts, path) };
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
    let encoding_word = encoding;
    let encoding = if encoding == 0 || encoding == none::none() {
        None
    } else {
        Some(unsafe { str_::lossy(encoding) }.to_ascii_lowercase())
    };
    if mode.binary && encoding.is_some() {
        return value_error(ts, "binary mode doesn't take an encoding argument");
    }
    if let Some(name) = &encoding
        && !matches!(name.as_str(), "utf-8" | "utf8" | "utf_8")
    {
        return crate::error::raise(
            ts,
            &exception::NOT_IMPLEMENTED_ERROR,
            &format!("typhon's open() supports only UTF-8, not '{name}'"),
        );
    }
    if mode.update {
        return crate::error::raise(
            ts,
            &exception::NOT_IMPLEMENTED_ERROR,
            "typhon's open() does not support '+' modes yet",
        );
    }
    let path_text = unsafe { str_::lossy(path) };
    let mut options = std::fs::OpenOptions::new();
    options
        .read(mode.read)
        .write(mode.write || mode.append || mode.create)
        .append(mode.append)
        .truncate(mode.write)
        .create(mode.write || mode.append)
        .create_new(mode.create);
    let mut handle = match options.open(&path_text) {
        Ok(handle) => handle,
        Err(error) => return raise_os_error(ts, &error, path),
    };
    let mut data = Vec::new();
    if mode.read {
        if handle.metadata().is_ok_and(|meta| meta.is_dir()) {
            return raise_os_error(ts, &std::io::Error::from_raw_os_error(21), path);
        }
        if let Err(error) = handle.read_to_end(&mut data) {
            return raise_os_error(ts, &error, path);
        }
    }
    let encoding_word = match (mode.binary, encoding.is_some()) {
        (true, _) => 0,
        (false, true) => encoding_word,
        (false, false) => str_::new(ts, "utf-8"),
    };
    if !mode.binary && encoding_word == 0 {
        return 0;
    }
    let ty: &'static TypeObject = match (mode.binary, mode.read) {
        (false, _) => &TEXT_FILE_TYPE,
        (true, true) => &READER_TYPE,
        (true, false) => &WRITER_TYPE,
    };
    let obj = unsafe {
        gc::alloc_value(
            ts,
            ty,
            FileObject {
                header: Header { ty, gc: 0 },
                name: path,
                mode: mode_word,
                encoding: encoding_word,
                binary: mode.binary,
                readable: mode.read,
                writable: !mode.read,
                closed: false,
                data,
                pos: 0,
                decoded: mode.binary,
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
