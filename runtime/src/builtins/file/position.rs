//! The file methods about position and the OS file: `seek`, `tell`,
//! `truncate`, `seekable`, `fileno`, `isatty` and binary `readinto`.
//!
//! A move flushes pending writes and drops the read buffer; the position
//! is then the OS file's. Text files take only the cookies `tell` gives
//! (byte offsets) and the zero moves relative to the current position or
//! the end, as CPython's do.

use super::buffer;
use super::methods::receiver;
use super::{FileObject, flush_pending, raise_os_error};
use crate::error::{type_error, value_error};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::str::args::{self, Spec, Style};
use crate::types::{bool as bool_, bytearray, exception, int, none};
use std::io::Seek;
use std::os::fd::AsRawFd;

mod libc {
    unsafe extern "C" {
        pub fn lseek(fd: i32, offset: i64, whence: i32) -> i64;
        pub fn isatty(fd: i32) -> i32;
    }
}

/// The logical position: in the read buffer, or the OS position plus
/// what is pending.
fn position(file: &mut FileObject) -> std::io::Result<u64> {
    if file.loaded {
        return Ok(file.base + file.pos as u64);
    }
    let pending = file.pending.len() as u64;
    match file.file.as_mut() {
        Some(handle) => Ok(handle.stream_position()? + pending),
        None => Ok(pending),
    }
}

/// Flush and drop the buffer so the OS position is the logical one.
fn settle(file: &mut FileObject) -> std::io::Result<()> {
    buffer::unload(file)?;
    flush_pending(file)
}

fn raw_fd(file: &FileObject) -> i32 {
    file.file.as_ref().map_or(-1, |handle| handle.as_raw_fd())
}

/// `seek(offset, whence=0)`: the new position.
pub(super) unsafe extern "C" fn seek(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("TextIOWrapper", "seek", 1, 2, Style::Expected);
    let Some((this, [offset, whence])) =
        (unsafe { args::parse::<2>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(file) = (unsafe { receiver(ts, this, "seek", None) }) else {
        return 0;
    };
    let Some(offset) = (unsafe { args::size_arg(ts, offset) }) else {
        return 0;
    };
    let whence = match whence {
        0 => 0,
        w => match unsafe { args::size_arg(ts, w) } {
            Some(whence) => whence,
            None => return 0,
        },
    };
    if !file.binary {
        if !(0..=2).contains(&whence) {
            return value_error(
                ts,
                &format!("invalid whence ({whence}, should be 0, 1 or 2)"),
            );
        }
        if whence == 1 && offset != 0 {
            return unsupported(ts, "can't do nonzero cur-relative seeks");
        }
        if whence == 2 && offset != 0 {
            return unsupported(ts, "can't do nonzero end-relative seeks");
        }
        if whence == 0 && offset < 0 {
            return value_error(ts, &format!("negative seek position {offset}"));
        }
    } else if !(0..=4).contains(&whence) {
        // 3 and 4 are Linux's SEEK_DATA and SEEK_HOLE.
        return value_error(ts, &format!("whence value {whence} unsupported"));
    }
    // A move relative to the current position counts from the logical one.
    let (offset, whence) = if whence == 1 {
        match position(file) {
            Ok(at) => (at as i64 + offset, 0),
            Err(error) => return raise_os_error(ts, &error, 0),
        }
    } else {
        (offset, whence)
    };
    if let Err(error) = settle(file) {
        return raise_os_error(ts, &error, 0);
    }
    let Ok(whence) = i32::try_from(whence) else {
        return raise_os_error(ts, &std::io::Error::from_raw_os_error(22), 0);
    };
    // SAFETY: the descriptor is the file's own, open.
    let at = unsafe { libc::lseek(raw_fd(file), offset, whence) };
    if at < 0 {
        return raise_os_error(ts, &std::io::Error::last_os_error(), 0);
    }
    int::from_i64(ts, at)
}

/// The `UnsupportedOperation` CPython raises; typhon's runtime has no
/// such type, so it is an `OSError` with the same message.
fn unsupported(ts: *mut Thread, message: &str) -> Word {
    crate::error::raise(ts, &exception::OS_ERROR, message)
}

pub(super) unsafe extern "C" fn tell(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("TextIOWrapper", "tell", 0, 0, Style::NoArgs);
    let Some((this, [])) = (unsafe { args::parse::<0>(ts, &SPEC, argv, nargs, kwnames) }) else {
        return 0;
    };
    let Some(file) = (unsafe { receiver(ts, this, "tell", None) }) else {
        return 0;
    };
    match position(file) {
        Ok(at) => int::from_i64(ts, at as i64),
        Err(error) => raise_os_error(ts, &error, 0),
    }
}

/// `truncate(size=None)`: cut (or extend) the file to `size`, by default
/// the position, which does not move; the size.
pub(super) unsafe extern "C" fn truncate(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("TextIOWrapper", "truncate", 0, 1, Style::Expected);
    let Some((this, [size])) = (unsafe { args::parse::<1>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(file) = (unsafe { receiver(ts, this, "truncate", None) }) else {
        return 0;
    };
    if !file.writable {
        return unsupported(ts, "truncate");
    }
    let here = match position(file) {
        Ok(at) => at,
        Err(error) => return raise_os_error(ts, &error, 0),
    };
    let size = if size == 0 || size == none::none() {
        here as i64
    } else {
        match unsafe { args::size_arg(ts, size) } {
            Some(size) => size,
            None => return 0,
        }
    };
    if size < 0 {
        return raise_os_error(ts, &std::io::Error::from_raw_os_error(22), 0);
    }
    let result = settle(file).and_then(|()| match file.file.as_mut() {
        Some(handle) => handle.set_len(size as u64),
        None => Ok(()),
    });
    match result {
        Ok(()) => int::from_i64(ts, size),
        Err(error) => raise_os_error(ts, &error, 0),
    }
}

/// `seekable()`, `fileno()`, `isatty()`: questions to the OS file.
unsafe fn query(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
    name: &'static str,
    answer: fn(*mut Thread, &mut FileObject) -> Word,
) -> Word {
    let spec = Spec::new("TextIOWrapper", name, 0, 0, Style::NoArgs);
    let Some((this, [])) = (unsafe { args::parse::<0>(ts, &spec, argv, nargs, kwnames) }) else {
        return 0;
    };
    match unsafe { receiver(ts, this, name, None) } {
        Some(file) => answer(ts, file),
        None => 0,
    }
}

pub(super) unsafe extern "C" fn seekable(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { query(ts, argv, nargs, kwnames, "seekable", can_seek) }
}

fn can_seek(_: *mut Thread, file: &mut FileObject) -> Word {
    // SAFETY: the descriptor is the file's own, open.
    bool_::from_bool(unsafe { libc::lseek(raw_fd(file), 0, 1) } >= 0)
}

pub(super) unsafe extern "C" fn fileno(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe {
        query(ts, argv, nargs, kwnames, "fileno", |ts, file| {
            int::from_i64(ts, raw_fd(file) as i64)
        })
    }
}

pub(super) unsafe extern "C" fn isatty(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { query(ts, argv, nargs, kwnames, "isatty", is_terminal) }
}

fn is_terminal(_: *mut Thread, file: &mut FileObject) -> Word {
    // SAFETY: the descriptor is the file's own, open.
    bool_::from_bool(unsafe { libc::isatty(raw_fd(file)) } == 1)
}

/// `readinto(b)` of a binary file: fill the bytearray from the file; the
/// count read.
pub(super) unsafe extern "C" fn readinto(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("BufferedReader", "readinto", 1, 1, Style::One);
    let Some((this, [target])) = (unsafe { args::parse::<1>(ts, &SPEC, argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(file) = (unsafe { receiver(ts, this, "readinto", Some(true)) }) else {
        return 0;
    };
    if !file.binary {
        return crate::error::raise(
            ts,
            &exception::ATTRIBUTE_ERROR,
            "'_io.TextIOWrapper' object has no attribute 'readinto'",
        );
    }
    if !bytearray::is_bytearray(target) {
        return type_error(
            ts,
            &format!(
                "readinto() argument must be read-write bytes-like object, not {}",
                crate::object::type_of(target).name
            ),
        );
    }
    if !buffer::load(ts, file) {
        return 0;
    }
    let out = unsafe { bytearray::buffer(target) };
    let count = out
        .len()
        .min(file.data.len() - file.pos.min(file.data.len()));
    out[..count].copy_from_slice(&file.data[file.pos..file.pos + count]);
    file.pos += count;
    int::from_i64(ts, count as i64)
}
