//! More of the `_os` module: file descriptors (`open`, `close`, `read`,
//! `write`, `lseek`, `fstat`), `lstat`, `chmod`, `utime`, `access`, `statvfs`, symbolic links,
//! `uname`, the glibc version and the terminal size, which `shutil`, `tempfile`, `glob` and
//! `platform` build on. The Python wrappers in `stdlib/os` check argument
//! types, so these take plain `str` paths and `int`s.

use crate::calls::args;
use crate::error::type_error;
use crate::gc::PinScope;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{bytes, int, none, str as str_, tuple};
use std::ffi::{CString, c_char};

use super::os::{raise_os_error, raise_os_error_no_path};

pub(crate) static EXTRA_FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("lstat", lstat),
    BuiltinFunctionObject::new_static("fstat", fstat),
    BuiltinFunctionObject::new_static("chmod", chmod),
    BuiltinFunctionObject::new_static("utime", utime),
    BuiltinFunctionObject::new_static("access", access),
    BuiltinFunctionObject::new_static("statvfs", statvfs),
    BuiltinFunctionObject::new_static("open", open),
    BuiltinFunctionObject::new_static("close", close),
    BuiltinFunctionObject::new_static("read", read),
    BuiltinFunctionObject::new_static("write", write),
    BuiltinFunctionObject::new_static("lseek", lseek),
    BuiltinFunctionObject::new_static("symlink", symlink),
    BuiltinFunctionObject::new_static("readlink", readlink),
    BuiltinFunctionObject::new_static("uname", uname),
    BuiltinFunctionObject::new_static("terminal_size", terminal_size),
    BuiltinFunctionObject::new_static("libc_version", libc_version),
    BuiltinFunctionObject::new_static("_exit", exit_now),
    BuiltinFunctionObject::new_static("strerror", strerror),
    BuiltinFunctionObject::new_static("kill", kill),
];

#[repr(C)]
struct Timespec {
    sec: i64,
    nsec: i64,
}

/// glibc's `struct winsize`.
#[repr(C)]
struct Winsize {
    rows: u16,
    cols: u16,
    xpixel: u16,
    ypixel: u16,
}

unsafe extern "C" {
    #[link_name = "kill"]
    fn c_kill(pid: i32, signum: i32) -> i32;
    #[link_name = "open"]
    fn c_open(path: *const c_char, flags: i32, ...) -> i32;
    #[link_name = "close"]
    fn c_close(fd: i32) -> i32;
    #[link_name = "read"]
    fn c_read(fd: i32, buf: *mut u8, count: usize) -> isize;
    #[link_name = "write"]
    fn c_write(fd: i32, buf: *const u8, count: usize) -> isize;
    #[link_name = "lseek"]
    fn c_lseek(fd: i32, offset: i64, whence: i32) -> i64;
    #[link_name = "access"]
    fn c_access(path: *const c_char, mode: i32) -> i32;
    #[link_name = "utimensat"]
    fn c_utimensat(dirfd: i32, path: *const c_char, times: *const Timespec, flags: i32) -> i32;
    #[link_name = "statvfs"]
    fn c_statvfs(path: *const c_char, buf: *mut u64) -> i32;
    #[link_name = "uname"]
    fn c_uname(buf: *mut u8) -> i32;
    fn gnu_get_libc_version() -> *const c_char;
    #[link_name = "ioctl"]
    fn c_ioctl(fd: i32, request: u64, ...) -> i32;
}

const AT_FDCWD: i32 = -100;
const TIOCGWINSZ: u64 = 0x5413;

/// The positional arguments of `name`, exactly `count` of them.
unsafe fn positional<'a>(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    n: i64,
    kw: Word,
    count: usize,
) -> Option<&'a [Word]> {
    let parsed = unsafe { args::Args::new(argv, n, kw) };
    if !parsed.no_keywords(ts, name) || !parsed.count(ts, name, count, count) {
        return None;
    }
    Some(parsed.positional)
}

fn text(ts: *mut Thread, w: Word) -> Option<String> {
    if !str_::is_str(w) {
        let message = format!(
            "expected str, bytes or os.PathLike object, not {}",
            crate::object::type_of(w).name
        );
        type_error(ts, &message);
        return None;
    }
    Some(unsafe { str_::lossy(w) })
}

fn c_path(ts: *mut Thread, path: &str) -> Option<CString> {
    match CString::new(path) {
        Ok(path) => Some(path),
        Err(_) => {
            crate::error::value_error(ts, "embedded null byte");
            None
        }
    }
}

fn integer(ts: *mut Thread, w: Word) -> Option<i64> {
    unsafe { int::index_value(ts, w, "") }
}

/// The 13-tuple `_os.stat` gives, from `meta`.
pub(crate) fn stat_tuple(ts: *mut Thread, meta: &std::fs::Metadata) -> Word {
    use std::os::unix::fs::MetadataExt;
    let fields: [i128; 13] = [
        i128::from(meta.mode()),
        i128::from(meta.ino()),
        i128::from(meta.dev()),
        i128::from(meta.nlink()),
        i128::from(meta.uid()),
        i128::from(meta.gid()),
        i128::from(meta.size()),
        i128::from(meta.atime()),
        i128::from(meta.atime_nsec()),
        i128::from(meta.mtime()),
        i128::from(meta.mtime_nsec()),
        i128::from(meta.ctime()),
        i128::from(meta.ctime_nsec()),
    ];
    let pins = unsafe { PinScope::new(ts) };
    let mut words = Vec::with_capacity(fields.len());
    for value in fields {
        let word = pins.pin(int::from_i128(ts, value));
        if word == 0 {
            return 0;
        }
        words.push(word);
    }
    tuple::new(ts, &words)
}

/// `lstat(path)`: `stat` of a symbolic link itself.
unsafe extern "C" fn lstat(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[path]) = (unsafe { positional(ts, "lstat", argv, n, kw, 1) }) else {
        return 0;
    };
    let Some(path) = text(ts, path) else { return 0 };
    match std::fs::symlink_metadata(&path) {
        Ok(meta) => stat_tuple(ts, &meta),
        Err(err) => raise_os_error(ts, &err, &path),
    }
}

/// `fstat(fd)`: the status of an open file descriptor.
unsafe extern "C" fn fstat(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[fd]) = (unsafe { positional(ts, "fstat", argv, n, kw, 1) }) else {
        return 0;
    };
    let Some(fd) = integer(ts, fd) else { return 0 };
    let Ok(fd) = i32::try_from(fd) else {
        return raise_os_error_no_path(ts, &std::io::Error::from_raw_os_error(9));
    };
    // SAFETY: borrowed for the call only; ManuallyDrop leaves it open.
    let file = std::mem::ManuallyDrop::new(unsafe {
        <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd)
    });
    match file.metadata() {
        Ok(meta) => stat_tuple(ts, &meta),
        Err(err) => raise_os_error_no_path(ts, &err),
    }
}

/// `chmod(path, mode)`.
unsafe extern "C" fn chmod(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    use std::os::unix::fs::PermissionsExt;
    let Some(&[path, mode]) = (unsafe { positional(ts, "chmod", argv, n, kw, 2) }) else {
        return 0;
    };
    let (Some(path), Some(mode)) = (text(ts, path), integer(ts, mode)) else {
        return 0;
    };
    let permissions = std::fs::Permissions::from_mode(mode as u32);
    match std::fs::set_permissions(&path, permissions) {
        Ok(()) => none::none(),
        Err(err) => raise_os_error(ts, &err, &path),
    }
}

/// `utime(path, atime_ns, mtime_ns)`.
unsafe extern "C" fn utime(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[path, atime, mtime]) = (unsafe { positional(ts, "utime", argv, n, kw, 3) }) else {
        return 0;
    };
    let Some(path) = text(ts, path) else { return 0 };
    let (Some(atime), Some(mtime)) = (integer(ts, atime), integer(ts, mtime)) else {
        return 0;
    };
    let Some(c) = c_path(ts, &path) else { return 0 };
    let split = |ns: i64| Timespec {
        sec: ns.div_euclid(1_000_000_000),
        nsec: ns.rem_euclid(1_000_000_000),
    };
    let times = [split(atime), split(mtime)];
    if unsafe { c_utimensat(AT_FDCWD, c.as_ptr(), times.as_ptr(), 0) } != 0 {
        return raise_os_error(ts, &std::io::Error::last_os_error(), &path);
    }
    none::none()
}

/// `access(path, mode)`: whether the process may access `path` so.
unsafe extern "C" fn access(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[path, mode]) = (unsafe { positional(ts, "access", argv, n, kw, 2) }) else {
        return 0;
    };
    let (Some(path), Some(mode)) = (text(ts, path), integer(ts, mode)) else {
        return 0;
    };
    let Some(c) = c_path(ts, &path) else { return 0 };
    crate::types::bool::from_bool(unsafe { c_access(c.as_ptr(), mode as i32) } == 0)
}

/// `statvfs(path)`: `(f_bsize, f_frsize, f_blocks, f_bfree, f_bavail,
/// f_files, f_ffree, f_favail, f_flag, f_namemax)`.
unsafe extern "C" fn statvfs(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[path]) = (unsafe { positional(ts, "statvfs", argv, n, kw, 1) }) else {
        return 0;
    };
    let Some(path) = text(ts, path) else { return 0 };
    let Some(c) = c_path(ts, &path) else { return 0 };
    // glibc's 64-bit `struct statvfs`: eleven unsigned longs, then spare ints.
    let mut buf = [0u64; 16];
    if unsafe { c_statvfs(c.as_ptr(), buf.as_mut_ptr()) } != 0 {
        return raise_os_error(ts, &std::io::Error::last_os_error(), &path);
    }
    let pins = unsafe { PinScope::new(ts) };
    let mut words = Vec::new();
    for index in [0, 1, 2, 3, 4, 5, 6, 7, 9, 10] {
        let word = pins.pin(int::from_i128(ts, i128::from(buf[index])));
        if word == 0 {
            return 0;
        }
        words.push(word);
    }
    tuple::new(ts, &words)
}

/// `open(path, flags, mode)`: a new file descriptor.
unsafe extern "C" fn open(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[path, flags, mode]) = (unsafe { positional(ts, "open", argv, n, kw, 3) }) else {
        return 0;
    };
    let Some(path) = text(ts, path) else { return 0 };
    let (Some(flags), Some(mode)) = (integer(ts, flags), integer(ts, mode)) else {
        return 0;
    };
    let Some(c) = c_path(ts, &path) else { return 0 };
    // O_CLOEXEC, as CPython makes every descriptor non-inheritable.
    let fd = unsafe { c_open(c.as_ptr(), flags as i32 | 0o2000000, mode as u32) };
    if fd < 0 {
        return raise_os_error(ts, &std::io::Error::last_os_error(), &path);
    }
    int::from_i64(ts, i64::from(fd))
}

unsafe extern "C" fn close(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[fd]) = (unsafe { positional(ts, "close", argv, n, kw, 1) }) else {
        return 0;
    };
    let Some(fd) = integer(ts, fd) else { return 0 };
    if unsafe { c_close(fd as i32) } != 0 {
        return raise_os_error_no_path(ts, &std::io::Error::last_os_error());
    }
    none::none()
}

/// `kill(pid, signum)`: send a signal, then act on the signals received
/// (this process's own: the Python handlers, or `KeyboardInterrupt` for
/// SIGINT without `signal`), as CPython's eval loop would before the next
/// line.
unsafe extern "C" fn kill(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[pid, signum]) = (unsafe { positional(ts, "kill", argv, n, kw, 2) }) else {
        return 0;
    };
    let (Some(pid), Some(signum)) = (args::c_int(ts, pid), args::c_int(ts, signum)) else {
        return 0;
    };
    if unsafe { c_kill(pid, signum) } != 0 {
        return raise_os_error_no_path(ts, &std::io::Error::last_os_error());
    }
    if !super::check_signals(ts) {
        return 0;
    }
    none::none()
}

/// `strerror(code)`: the C library's message for an errno, as CPython's
/// `os.strerror` (`"Unknown error 999"` for a number it does not know).
unsafe extern "C" fn strerror(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[code]) = (unsafe { positional(ts, "strerror", argv, n, kw, 1) }) else {
        return 0;
    };
    let Some(code) = args::c_int(ts, code) else {
        return 0;
    };
    let message = std::io::Error::from_raw_os_error(code).to_string();
    // Rust renders an OS error as "<strerror> (os error N)".
    let text = message
        .rsplit_once(" (os error")
        .map_or(message.as_str(), |(text, _)| text);
    str_::new(ts, text)
}

/// `read(fd, count)`: at most `count` bytes.
unsafe extern "C" fn read(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[fd, count]) = (unsafe { positional(ts, "read", argv, n, kw, 2) }) else {
        return 0;
    };
    let (Some(fd), Some(count)) = (integer(ts, fd), integer(ts, count)) else {
        return 0;
    };
    let mut buf = vec![0u8; count.max(0) as usize];
    let got = unsafe { c_read(fd as i32, buf.as_mut_ptr(), buf.len()) };
    if got < 0 {
        return raise_os_error_no_path(ts, &std::io::Error::last_os_error());
    }
    bytes::new(ts, &buf[..got as usize])
}

/// `write(fd, data)`: the number of bytes written.
unsafe extern "C" fn write(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[fd, data]) = (unsafe { positional(ts, "write", argv, n, kw, 2) }) else {
        return 0;
    };
    let Some(fd) = integer(ts, fd) else { return 0 };
    if !bytes::is_buffer(data) {
        let message = format!(
            "a bytes-like object is required, not '{}'",
            crate::object::type_of(data).name
        );
        return type_error(ts, &message);
    }
    let data = unsafe { bytes::data(data) };
    let wrote = unsafe { c_write(fd as i32, data.as_ptr(), data.len()) };
    if wrote < 0 {
        return raise_os_error_no_path(ts, &std::io::Error::last_os_error());
    }
    int::from_i64(ts, wrote as i64)
}

/// `lseek(fd, position, whence)`: the new position.
unsafe extern "C" fn lseek(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[fd, position, whence]) = (unsafe { positional(ts, "lseek", argv, n, kw, 3) }) else {
        return 0;
    };
    let (Some(fd), Some(position), Some(whence)) =
        (integer(ts, fd), integer(ts, position), integer(ts, whence))
    else {
        return 0;
    };
    let at = unsafe { c_lseek(fd as i32, position, whence as i32) };
    if at < 0 {
        return raise_os_error_no_path(ts, &std::io::Error::last_os_error());
    }
    int::from_i64(ts, at)
}

/// `symlink(src, dst)`.
unsafe extern "C" fn symlink(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[src, dst]) = (unsafe { positional(ts, "symlink", argv, n, kw, 2) }) else {
        return 0;
    };
    let (Some(src), Some(dst)) = (text(ts, src), text(ts, dst)) else {
        return 0;
    };
    match std::os::unix::fs::symlink(&src, &dst) {
        Ok(()) => none::none(),
        Err(err) => raise_os_error(ts, &err, &src),
    }
}

unsafe extern "C" fn readlink(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[path]) = (unsafe { positional(ts, "readlink", argv, n, kw, 1) }) else {
        return 0;
    };
    let Some(path) = text(ts, path) else { return 0 };
    match std::fs::read_link(&path) {
        Ok(target) => str_::new(ts, &target.to_string_lossy()),
        Err(err) => raise_os_error(ts, &err, &path),
    }
}

/// `uname()`: `(sysname, nodename, release, version, machine)`.
unsafe extern "C" fn uname(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    if !unsafe { args::none_given(ts, "uname", argv, n, kw) } {
        return 0;
    }
    // glibc's `struct utsname`: six fields of 65 bytes.
    let mut buf = [0u8; 6 * 65];
    if unsafe { c_uname(buf.as_mut_ptr()) } != 0 {
        return raise_os_error_no_path(ts, &std::io::Error::last_os_error());
    }
    let pins = unsafe { PinScope::new(ts) };
    let mut words = Vec::new();
    for field in buf.chunks(65).take(5) {
        let end = field.iter().position(|&b| b == 0).unwrap_or(field.len());
        let word = pins.pin(str_::new(ts, &String::from_utf8_lossy(&field[..end])));
        if word == 0 {
            return 0;
        }
        words.push(word);
    }
    tuple::new(ts, &words)
}

/// `terminal_size(fd)`: `(columns, lines)` of the terminal on `fd`.
unsafe extern "C" fn terminal_size(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(&[fd]) = (unsafe { positional(ts, "terminal_size", argv, n, kw, 1) }) else {
        return 0;
    };
    let Some(fd) = integer(ts, fd) else { return 0 };
    let mut size = Winsize {
        rows: 0,
        cols: 0,
        xpixel: 0,
        ypixel: 0,
    };
    if unsafe { c_ioctl(fd as i32, TIOCGWINSZ, &mut size as *mut Winsize) } != 0 {
        return raise_os_error_no_path(ts, &std::io::Error::last_os_error());
    }
    let pins = unsafe { PinScope::new(ts) };
    let cols = pins.pin(int::from_i64(ts, i64::from(size.cols)));
    let rows = pins.pin(int::from_i64(ts, i64::from(size.rows)));
    if cols == 0 || rows == 0 {
        return 0;
    }
    tuple::new(ts, &[cols, rows])
}

/// `libc_version()`: the glibc version the program runs on (`"2.36"`).
unsafe extern "C" fn libc_version(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    if !unsafe { args::none_given(ts, "libc_version", argv, n, kw) } {
        return 0;
    }
    let version = unsafe { std::ffi::CStr::from_ptr(gnu_get_libc_version()) };
    str_::new(ts, &version.to_string_lossy())
}

/// `_exit(status)`: end the process at once, as `os._exit` does: no
/// `atexit` callbacks, no finalizers, buffered output left unwritten.
unsafe extern "C" fn exit_now(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(status) = (unsafe { args::exactly_one(ts, "_exit", argv, n, kw) }) else {
        return 0;
    };
    let Some(status) = args::c_int(ts, status) else {
        return 0;
    };
    unsafe extern "C" {
        #[link_name = "_exit"]
        fn c_exit(status: i32) -> !;
    }
    unsafe { c_exit(status) }
}
