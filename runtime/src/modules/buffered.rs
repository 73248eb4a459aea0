//! `sys.stdout.buffer` and `sys.stderr.buffer` (`_io.BufferedWriter` in
//! CPython): bytes written straight to the standard streams.
//!
//! stdout's binary writes go into the same buffer as its text, so text and
//! bytes come out in program order. CPython keeps up to 8 KiB of text in the
//! text layer until a flush, so a program mixing the two without
//! `sys.stdout.flush()` may see another order there; `docs/unsupported.md`
//! notes the difference.

use super::stdio;
use crate::calls::args::Args;
use crate::object::{Header, Method, Slots, TypeObject, Word, cast, is_instance};
use crate::thread::Thread;
use crate::types::{bool as bool_, bytes, int, none, str as str_};

/// The binary layer under one standard output stream.
#[repr(C)]
pub struct BufferedObject {
    pub header: Header,
    pub fd: u64,
}

unsafe impl Sync for BufferedObject {}

pub static BUFFERED_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "_io.BufferedWriter",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        hash: Some(crate::types::object::identity_hash_slot),
        getattr: Some(getattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[
        Method {
            name: "write",
            func: write,
        },
        Method {
            name: "flush",
            func: flush,
        },
    ]),
};

pub static STDOUT_BUFFER: BufferedObject = BufferedObject {
    header: Header::new_static(&BUFFERED_TYPE),
    fd: 1,
};
pub static STDERR_BUFFER: BufferedObject = BufferedObject {
    header: Header::new_static(&BUFFERED_TYPE),
    fd: 2,
};

/// The `buffer` attribute of the text stream on `fd`, or 0 (no attribute):
/// stdin has no binary layer in typhon.
pub fn for_fd(fd: u64) -> Word {
    match fd {
        1 => &STDOUT_BUFFER as *const BufferedObject as Word,
        2 => &STDERR_BUFFER as *const BufferedObject as Word,
        _ => 0,
    }
}

fn fd_of(w: Word) -> u64 {
    if w != 0 && is_instance(w, &BUFFERED_TYPE) {
        unsafe { cast::<BufferedObject>(w) }.fd
    } else {
        1
    }
}

fn stream_name(fd: u64) -> &'static str {
    if fd == 2 { "<stderr>" } else { "<stdout>" }
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    str_::new(
        ts,
        &format!("<_io.BufferedWriter name='{}'>", stream_name(fd_of(w))),
    )
}

unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    match unsafe { str_::bytes(name) } {
        b"name" => str_::new(ts, stream_name(fd_of(w))),
        b"mode" => str_::new(ts, "wb"),
        b"closed" => bool_::from_bool(false),
        _ => 0,
    }
}

/// `buffer.write(b)`: the number of bytes written.
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
    if !call.no_keywords(ts, "BufferedWriter.write") {
        return 0;
    }
    let [stream, data] = call.positional else {
        let given = call.positional.len().saturating_sub(1);
        return crate::error::type_error(
            ts,
            &format!("BufferedWriter.write() takes exactly one argument ({given} given)"),
        );
    };
    if !bytes::is_buffer(*data) {
        return crate::error::type_error(
            ts,
            &format!(
                "a bytes-like object is required, not '{}'",
                crate::error::argument_type_name(*data)
            ),
        );
    }
    let content = unsafe { bytes::data(*data) };
    if fd_of(*stream) == 2 {
        stdio::flush_stdout();
        stdio::write_raw(2, content);
    } else {
        stdio::write_stdout(content);
    }
    int::from_i64(ts, content.len() as i64)
}

/// `buffer.flush()`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn flush(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "BufferedWriter.flush") {
        return 0;
    }
    if call.positional.len() != 1 {
        let given = call.positional.len().saturating_sub(1);
        return crate::error::type_error(
            ts,
            &format!("BufferedWriter.flush() takes no arguments ({given} given)"),
        );
    }
    stdio::flush_stdout();
    none::none()
}
