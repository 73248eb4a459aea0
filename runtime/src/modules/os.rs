//! The `_os` module: the native parts of `stdlib/os` (environment, working
//! folder, folder listings, `stat` for `os.path.exists` and friends,
//! removing files and folders, making folders), with
//! CPython's `OSError` subclasses and messages on failure.

use crate::calls::args;
use crate::error::type_error;
use crate::gc::PinScope;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::exception;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{int, list, str as str_, tuple};

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("environ_items", environ_items),
    BuiltinFunctionObject::new_static("getcwd", getcwd),
    BuiltinFunctionObject::new_static("listdir", listdir),
    BuiltinFunctionObject::new_static("getpid", getpid),
    BuiltinFunctionObject::new_static("stat_kind", stat_kind),
    BuiltinFunctionObject::new_static("getsize", getsize),
    BuiltinFunctionObject::new_static("remove", remove),
    BuiltinFunctionObject::new_static("rmdir", rmdir),
    BuiltinFunctionObject::new_static("mkdir", mkdir),
    BuiltinFunctionObject::new_static("chdir", chdir),
    BuiltinFunctionObject::new_static("stat", stat),
    BuiltinFunctionObject::new_static("rename", rename),
    BuiltinFunctionObject::new_static("fspath", fspath_entry),
    BuiltinFunctionObject::new_static("realpath", realpath),
    BuiltinFunctionObject::new_static("urandom", urandom),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    let attrs: Vec<(&str, Word)> = FUNCTIONS
        .iter()
        .chain(super::os_extra::EXTRA_FUNCTIONS)
        .map(|func| (func.name, func.as_word()))
        .collect();
    crate::types::module::new_native(ts, "_os", &attrs)
}

unsafe extern "C" {
    fn strerror(errnum: i32) -> *const std::ffi::c_char;
}

/// Raise the `OSError` subclass CPython raises for `err` on `path`:
/// `FileNotFoundError: [Errno 2] No such file or directory: 'x'`.
pub(crate) fn raise_os_error(ts: *mut Thread, err: &std::io::Error, path: &str) -> Word {
    raise_errno(ts, err, Some(path))
}

/// [`raise_os_error`] for an error about no file: `[Errno 32] Broken pipe`.
pub(crate) fn raise_os_error_no_path(ts: *mut Thread, err: &std::io::Error) -> Word {
    raise_errno(ts, err, None)
}

fn raise_errno(ts: *mut Thread, err: &std::io::Error, path: Option<&str>) -> Word {
    let errno = err.raw_os_error().unwrap_or(0);
    // The subclass follows the errno as `OSError(errno, ...)` picks it
    // (`EINTR` is `InterruptedError`, `ECONNREFUSED` ...), not Rust's kinds.
    let ty = exception::os_error_subclass(i64::from(errno));
    let message = unsafe {
        let text = strerror(errno);
        if text.is_null() {
            err.to_string()
        } else {
            std::ffi::CStr::from_ptr(text)
                .to_string_lossy()
                .into_owned()
        }
    };
    let pins = unsafe { PinScope::new(ts) };
    let code = pins.pin(int::from_i64(ts, i64::from(errno)));
    let message = pins.pin(str_::new(ts, &message));
    if code == 0 || message == 0 {
        return 0;
    }
    let Some(path) = path else {
        return crate::error::raise_with_args(ts, ty, &[code, message]);
    };
    let path = pins.pin(str_::new(ts, path));
    if path == 0 {
        return 0;
    }
    crate::error::raise_with_args(ts, ty, &[code, message, path])
}

/// `os.fspath(path)` for a `str` result: `path` itself when it is a `str`,
/// else the result of its class's `__fspath__` (a `pathlib.Path`); 0 with
/// CPython's `TypeError` pending otherwise.
///
/// # Safety
/// `path` must be a valid word.
pub unsafe fn fspath(ts: *mut Thread, path: Word) -> Word {
    if str_::is_str(path) {
        return path;
    }
    let ty = crate::object::type_of(path);
    if crate::types::class::is_heap(ty) {
        let name = str_::new(ts, "__fspath__");
        if name == 0 {
            return 0;
        }
        if let Some(func) = crate::types::class::lookup(ts, ty, name) {
            let args = [path];
            let result = unsafe { crate::calls::ty_call(ts, func, args.as_ptr(), 1, 0) };
            if result == 0 || str_::is_str(result) {
                return result;
            }
            let message = format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                ty.name,
                crate::object::type_of(result).name
            );
            return type_error(ts, &message);
        }
    }
    let message = format!("expected str, bytes or os.PathLike object, not {}", ty.name);
    type_error(ts, &message)
}

unsafe extern "C" fn fspath_entry(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(arg) = (unsafe { args::exactly_one(ts, "fspath", argv, n, kw) }) else {
        return 0;
    };
    unsafe { fspath(ts, arg) }
}

/// The one `str` argument of `name`.
unsafe fn path_arg(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Option<String> {
    let arg = unsafe { args::exactly_one(ts, name, argv, n, kw) }?;
    if !str_::is_str(arg) {
        let message = format!(
            "expected str, bytes or os.PathLike object, not {}",
            crate::object::type_of(arg).name
        );
        type_error(ts, &message);
        return None;
    }
    Some(unsafe { str_::lossy(arg) })
}

unsafe extern "C" fn environ_items(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    if !unsafe { args::none_given(ts, "environ_items", argv, n, kw) } {
        return 0;
    }
    let pins = unsafe { PinScope::new(ts) };
    let mut items = Vec::new();
    for (key, value) in std::env::vars_os() {
        let key = pins.pin(str_::new(ts, &key.to_string_lossy()));
        let value = pins.pin(str_::new(ts, &value.to_string_lossy()));
        if key == 0 || value == 0 {
            return 0;
        }
        let pair = pins.pin(tuple::new(ts, &[key, value]));
        if pair == 0 {
            return 0;
        }
        items.push(pair);
    }
    list::new(ts, items)
}

unsafe extern "C" fn getcwd(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    if !unsafe { args::none_given(ts, "getcwd", argv, n, kw) } {
        return 0;
    }
    match std::env::current_dir() {
        Ok(dir) => str_::new(ts, &dir.to_string_lossy()),
        Err(err) => raise_os_error(ts, &err, "."),
    }
}

unsafe extern "C" fn listdir(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(path) = (unsafe { path_arg(ts, "listdir", argv, n, kw) }) else {
        return 0;
    };
    let entries = match std::fs::read_dir(&path) {
        Ok(entries) => entries,
        Err(err) => return raise_os_error(ts, &err, &path),
    };
    let pins = unsafe { PinScope::new(ts) };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => {
                let name = pins.pin(str_::new(ts, &entry.file_name().to_string_lossy()));
                if name == 0 {
                    return 0;
                }
                names.push(name);
            }
            Err(err) => return raise_os_error(ts, &err, &path),
        }
    }
    list::new(ts, names)
}

unsafe extern "C" fn getpid(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    if !unsafe { args::none_given(ts, "getpid", argv, n, kw) } {
        return 0;
    }
    int::from_i64(ts, i64::from(std::process::id()))
}

/// 0 when `path` names nothing (or cannot be examined), 1 for a regular
/// file, 2 for a folder, 3 for anything else.
unsafe extern "C" fn stat_kind(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(path) = (unsafe { path_arg(ts, "stat_kind", argv, n, kw) }) else {
        return 0;
    };
    let kind = match std::fs::metadata(&path) {
        Ok(meta) if meta.is_file() => 1,
        Ok(meta) if meta.is_dir() => 2,
        Ok(_) => 3,
        Err(_) => 0,
    };
    int::from_i64(ts, kind)
}

unsafe extern "C" fn getsize(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(path) = (unsafe { path_arg(ts, "getsize", argv, n, kw) }) else {
        return 0;
    };
    match std::fs::metadata(&path) {
        Ok(meta) => int::from_i64(ts, meta.len() as i64),
        Err(err) => raise_os_error(ts, &err, &path),
    }
}

/// `f(path)` for a file-system operation that returns nothing: `None`, or
/// CPython's `OSError` subclass on failure.
unsafe fn path_operation(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    n: i64,
    kw: Word,
    operation: fn(&str) -> std::io::Result<()>,
) -> Word {
    let Some(path) = (unsafe { path_arg(ts, name, argv, n, kw) }) else {
        return 0;
    };
    match operation(&path) {
        Ok(()) => crate::types::none::none(),
        Err(err) => raise_os_error(ts, &err, &path),
    }
}

unsafe extern "C" fn remove(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    // unlink(2) refuses folders with EISDIR, as `os.remove` reports.
    unsafe { path_operation(ts, "remove", argv, n, kw, |p| std::fs::remove_file(p)) }
}

unsafe extern "C" fn rmdir(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    unsafe { path_operation(ts, "rmdir", argv, n, kw, |p| std::fs::remove_dir(p)) }
}

unsafe extern "C" fn mkdir(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    unsafe { path_operation(ts, "mkdir", argv, n, kw, |p| std::fs::create_dir(p)) }
}

unsafe extern "C" fn chdir(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    unsafe { path_operation(ts, "chdir", argv, n, kw, |p| std::env::set_current_dir(p)) }
}

/// `stat(path)`: `(mode, ino, dev, nlink, uid, gid, size, atime, atime_nsec,
/// mtime, mtime_nsec, ctime, ctime_nsec)`, which `os.stat_result` lays out.
unsafe extern "C" fn stat(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(path) = (unsafe { path_arg(ts, "stat", argv, n, kw) }) else {
        return 0;
    };
    match std::fs::metadata(&path) {
        Ok(meta) => super::os_extra::stat_tuple(ts, &meta),
        Err(err) => raise_os_error(ts, &err, &path),
    }
}

/// `rename(src, dst)`; a failure names `src` (CPython's message also
/// names `dst`, as `'src' -> 'dst'`).
unsafe extern "C" fn rename(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let parsed = unsafe { args::Args::new(argv, n, kw) };
    if !parsed.no_keywords(ts, "rename") || !parsed.count(ts, "rename", 2, 2) {
        return 0;
    }
    let [src, dst] = [parsed.positional[0], parsed.positional[1]];
    if !str_::is_str(src) || !str_::is_str(dst) {
        return type_error(ts, "rename: paths must be str");
    }
    let src = unsafe { str_::lossy(src) };
    let dst = unsafe { str_::lossy(dst) };
    match std::fs::rename(&src, &dst) {
        Ok(()) => crate::types::none::none(),
        Err(err) => raise_os_error(ts, &err, &src),
    }
}

/// `realpath(path)` of an absolute, normalized `path`: symbolic links
/// resolved in its longest existing prefix, the rest kept as written (what
/// CPython's non-strict `os.path.realpath` gives when no `..` follows a link).
unsafe extern "C" fn realpath(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(path) = (unsafe { path_arg(ts, "realpath", argv, n, kw) }) else {
        return 0;
    };
    let mut existing = std::path::PathBuf::from(&path);
    let mut rest = Vec::new();
    loop {
        if let Ok(mut resolved) = std::fs::canonicalize(&existing) {
            for name in rest.iter().rev() {
                resolved.push(name);
            }
            return str_::new(ts, &resolved.to_string_lossy());
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_owned());
                existing = parent.to_path_buf();
            }
            _ => return str_::new(ts, &path),
        }
    }
}

/// `urandom(n)`: `n` bytes from the kernel's random source.
unsafe extern "C" fn urandom(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(arg) = (unsafe { args::exactly_one(ts, "urandom", argv, n, kw) }) else {
        return 0;
    };
    let Some(size) = (unsafe { int::index_value(ts, arg, "") }) else {
        return 0;
    };
    if size < 0 {
        return crate::error::value_error(ts, "negative argument not allowed");
    }
    let mut out = vec![0u8; size as usize];
    let read = std::fs::File::open("/dev/urandom")
        .and_then(|mut file| std::io::Read::read_exact(&mut file, &mut out));
    match read {
        Ok(()) => crate::types::bytes::new(ts, &out),
        Err(err) => raise_os_error_no_path(ts, &err),
    }
}
