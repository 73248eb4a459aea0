//! The standard streams: a buffered stdout, an unbuffered stderr, a
//! line reader for stdin, and the `sys.stdin`/`sys.stdout`/`sys.stderr`
//! objects (`_io.TextIOWrapper` in CPython).
//!
//! stdout is line-buffered on a terminal and block-buffered otherwise, as
//! CPython's is. It is flushed at exit, on request, before stdin is read and
//! before anything goes to stderr, so a terminal shows output in program
//! order. A closed pipe on stdout ends the program quietly with status 1.

use std::io::{BufRead, Write};
use std::sync::Mutex;

use crate::object::{Header, Method, Slots, TypeObject, Word, cast, is_instance};
use crate::thread::Thread;
use crate::types::str as str_;

pub use super::stdenc::{decode, encodable};

/// Bytes buffered before stdout is written out when it is not a terminal.
const BUFFER_LIMIT: usize = 64 * 1024;

struct Stdout {
    buffer: Vec<u8>,
    /// Whether fd 1 is a terminal; `None` until first needed.
    line_buffered: Option<bool>,
}

static STDOUT: Mutex<Stdout> = Mutex::new(Stdout {
    buffer: Vec::new(),
    line_buffered: None,
});

unsafe extern "C" {
    fn isatty(fd: i32) -> i32;
}

/// Append to stdout's buffer, writing it out when due.
pub fn write_stdout(bytes: &[u8]) {
    let mut out = STDOUT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if bytes.len() >= BUFFER_LIMIT {
        // A write of a buffer's worth or more would be written out at once
        // anyway: copying it into the buffer first would only hold a second
        // copy of it (fasta's one 12 MB write made peak memory exceed
        // CPython's).
        flush_locked(&mut out);
        write_fd(1, bytes);
        return;
    }
    out.buffer.extend_from_slice(bytes);
    let line_buffered = *out
        .line_buffered
        .get_or_insert_with(|| unsafe { isatty(1) } == 1);
    if out.buffer.len() >= BUFFER_LIMIT || (line_buffered && bytes.contains(&b'\n')) {
        flush_locked(&mut out);
    }
}

/// Write out whatever stdout holds.
pub fn flush_stdout() {
    let mut out = STDOUT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    flush_locked(&mut out);
}

/// Whether stdout is written out at each newline.
pub fn line_buffered() -> bool {
    let mut out = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    *out.line_buffered.get_or_insert_with(|| is_terminal(1))
}

/// `sys.stdout.reconfigure(line_buffering=...)`.
pub fn set_line_buffered(on: bool) {
    let mut out = STDOUT.lock().unwrap_or_else(|e| e.into_inner());
    out.line_buffered = Some(on);
    if on {
        flush_locked(&mut out);
    }
}

/// Write text to stderr at once, after flushing stdout. stderr uses
/// `backslashreplace`, so lone surrogates go out as `\udxxx` escapes.
pub fn write_stderr(bytes: &[u8]) {
    flush_stdout();
    write_fd(2, &super::stdenc::for_stderr(bytes));
}

fn flush_locked(out: &mut Stdout) {
    if !out.buffer.is_empty() {
        write_fd(1, &out.buffer);
        out.buffer.clear();
    }
}

/// Write bytes to `fd` at once, unbuffered and unconverted.
pub fn write_raw(fd: i32, bytes: &[u8]) {
    write_fd(fd, bytes);
}

fn write_fd(fd: i32, bytes: &[u8]) {
    use std::os::fd::FromRawFd;
    // The descriptor belongs to the process, not to this temporary File.
    let mut file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    if let Err(error) = file.write_all(bytes)
        && error.kind() == std::io::ErrorKind::BrokenPipe
    {
        std::process::exit(1);
    }
}

/// One line from stdin, its `\n` included; empty at end of input. On
/// POSIX CPython's `sys.stdin` translates no newlines (`\r` stays).
pub fn read_line() -> std::io::Result<Vec<u8>> {
    read_text(None, true)
}

/// Bytes from stdin holding at most `limit` characters (all when `None`),
/// ending after the first `\n` when `one_line`; empty at end of input.
/// Characters are counted as UTF-8 lead bytes, so a character is never
/// split.
pub fn read_text(limit: Option<usize>, one_line: bool) -> std::io::Result<Vec<u8>> {
    flush_stdout();
    let mut out = Vec::new();
    if limit == Some(0) {
        return Ok(out);
    }
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    if limit.is_none() && !one_line {
        // All of it: no character counting, and large reads straight into
        // the result instead of a buffer's worth at a time.
        loop {
            match std::io::Read::read_to_end(&mut input, &mut out) {
                Ok(_) => {
                    crate::gc::holds_no_words(out.as_ptr());
                    return Ok(out);
                }
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            }
        }
    }
    let mut chars = 0usize;
    // Continuation bytes the last character still needs: reading stops as
    // soon as the last allowed character is whole, without waiting for
    // more input.
    let mut pending = 0usize;
    loop {
        let chunk = match input.fill_buf() {
            Ok(chunk) => chunk,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if chunk.is_empty() {
            return Ok(out);
        }
        let mut taken = 0;
        let mut done = false;
        for &byte in chunk {
            if byte & 0xC0 == 0x80 && pending > 0 {
                pending -= 1;
            } else {
                if limit == Some(chars) {
                    done = true;
                    break;
                }
                chars += 1;
                pending = match byte {
                    0xC0..=0xDF => 1,
                    0xE0..=0xEF => 2,
                    0xF0..=0xF7 => 3,
                    _ => 0,
                };
            }
            taken += 1;
            if (one_line && byte == b'\n') || (limit == Some(chars) && pending == 0) {
                done = true;
                break;
            }
        }
        out.extend_from_slice(&chunk[..taken]);
        input.consume(taken);
        if done {
            return Ok(out);
        }
    }
}

/// `sys.stdin`, `sys.stdout`, `sys.stderr`.
#[repr(C)]
pub struct StreamObject {
    pub header: Header,
    pub fd: u64,
}

unsafe impl Sync for StreamObject {}

pub static STREAM_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "_io.TextIOWrapper",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(stream_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        iter: Some(super::streams::iter_self),
        next: Some(super::streams::next_line),
        getattr: Some(super::streams::getattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[
        Method {
            name: "write",
            func: super::streams::write,
        },
        Method {
            name: "flush",
            func: super::streams::flush,
        },
        Method {
            name: "readline",
            func: super::streams::readline,
        },
        Method {
            name: "read",
            func: super::streams::read,
        },
        Method {
            name: "readlines",
            func: super::streams::readlines,
        },
        Method {
            name: "writelines",
            func: super::streams::writelines,
        },
        Method {
            name: "isatty",
            func: super::streams::isatty_method,
        },
        Method {
            name: "fileno",
            func: super::streams::fileno,
        },
        Method {
            name: "reconfigure",
            func: super::stream_config::reconfigure,
        },
    ]),
};

pub static STDIN_OBJ: StreamObject = StreamObject {
    header: Header::new_static(&STREAM_TYPE),
    fd: 0,
};
pub static STDOUT_OBJ: StreamObject = StreamObject {
    header: Header::new_static(&STREAM_TYPE),
    fd: 1,
};
pub static STDERR_OBJ: StreamObject = StreamObject {
    header: Header::new_static(&STREAM_TYPE),
    fd: 2,
};

pub fn stream_word(stream: &'static StreamObject) -> Word {
    stream as *const StreamObject as Word
}

/// The descriptor of a stream object, if `w` is one.
pub fn stream_fd(w: Word) -> Option<u64> {
    if w != 0 && is_instance(w, &STREAM_TYPE) {
        Some(unsafe { cast::<StreamObject>(w) }.fd)
    } else {
        None
    }
}

/// Whether fd `fd` is a terminal.
pub fn is_terminal(fd: u64) -> bool {
    unsafe { isatty(fd as i32) == 1 }
}

unsafe fn stream_repr(ts: *mut Thread, w: Word) -> Word {
    let (name, mode) = match stream_fd(w) {
        Some(0) => ("<stdin>", "r"),
        Some(1) => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    str_::new(
        ts,
        &format!("<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"),
    )
}
