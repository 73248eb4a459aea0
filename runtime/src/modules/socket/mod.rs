//! The `_socket` module, native part of `stdlib/socket.py`: the C
//! library's socket calls on int file descriptors. `socket.py` holds the
//! `socket` class, checks argument types with CPython's messages and
//! resolves host names to numeric addresses before they get here.
//!
//! Timeouts follow CPython: a socket with a timeout (or non-blocking) has
//! `O_NONBLOCK` set, and each call takes the timeout in seconds (negative
//! for none): a call that would block waits in `poll` for the rest of it and
//! raises `TimeoutError('timed out')`, or `BlockingIOError` at once with a
//! zero timeout. Every call that can wait releases the global thread lock
//! (`threads::blocking`), so a thread blocked in `accept` or `recv` lets
//! the others run; nothing touches a Python object while it is released.

mod addr;
mod poll;

pub(super) use crate::calls::args::positional;
use crate::gc::PinScope;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::exception;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{bytes, float, int, none, str as str_, tuple};
use addr::Storage;
use std::ffi::c_char;
use std::time::{Duration, Instant};

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("socket", socket),
    BuiltinFunctionObject::new_static("socketpair", socketpair),
    BuiltinFunctionObject::new_static("close", close),
    BuiltinFunctionObject::new_static("bind", bind),
    BuiltinFunctionObject::new_static("listen", listen),
    BuiltinFunctionObject::new_static("accept", accept),
    BuiltinFunctionObject::new_static("connect", connect),
    BuiltinFunctionObject::new_static("send", send),
    BuiltinFunctionObject::new_static("sendto", sendto),
    BuiltinFunctionObject::new_static("recv", recv),
    BuiltinFunctionObject::new_static("recvfrom", recvfrom),
    BuiltinFunctionObject::new_static("shutdown", shutdown),
    BuiltinFunctionObject::new_static("setsockopt", setsockopt),
    BuiltinFunctionObject::new_static("getsockopt", getsockopt),
    BuiltinFunctionObject::new_static("set_nonblocking", set_nonblocking),
    BuiltinFunctionObject::new_static("getsockname", getsockname),
    BuiltinFunctionObject::new_static("getpeername", getpeername),
    BuiltinFunctionObject::new_static("gethostname", gethostname),
    BuiltinFunctionObject::new_static("getaddrinfo", getaddrinfo),
    BuiltinFunctionObject::new_static("gai_strerror", gai_strerror),
    BuiltinFunctionObject::new_static("strerror", strerror),
    BuiltinFunctionObject::new_static("inet_pton", inet_pton),
    BuiltinFunctionObject::new_static("inet_ntop", inet_ntop),
    BuiltinFunctionObject::new_static("poll", poll::poll),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native_functions(ts, "_socket", FUNCTIONS)
}

#[repr(C)]
pub(super) struct PollFd {
    pub fd: i32,
    pub events: i16,
    pub revents: i16,
}

unsafe extern "C" {
    #[link_name = "socket"]
    fn c_socket(family: i32, ty: i32, proto: i32) -> i32;
    #[link_name = "socketpair"]
    fn c_socketpair(family: i32, ty: i32, proto: i32, fds: *mut i32) -> i32;
    #[link_name = "close"]
    fn c_close(fd: i32) -> i32;
    #[link_name = "bind"]
    fn c_bind(fd: i32, addr: *const u8, len: u32) -> i32;
    #[link_name = "listen"]
    fn c_listen(fd: i32, backlog: i32) -> i32;
    fn accept4(fd: i32, addr: *mut u8, len: *mut u32, flags: i32) -> i32;
    #[link_name = "connect"]
    fn c_connect(fd: i32, addr: *const u8, len: u32) -> i32;
    #[link_name = "sendto"]
    fn c_sendto(fd: i32, buf: *const u8, n: usize, flags: i32, addr: *const u8, len: u32) -> isize;
    #[link_name = "recvfrom"]
    fn c_recvfrom(
        fd: i32,
        buf: *mut u8,
        n: usize,
        flags: i32,
        addr: *mut u8,
        len: *mut u32,
    ) -> isize;
    #[link_name = "shutdown"]
    fn c_shutdown(fd: i32, how: i32) -> i32;
    #[link_name = "setsockopt"]
    fn c_setsockopt(fd: i32, level: i32, name: i32, value: *const u8, len: u32) -> i32;
    #[link_name = "getsockopt"]
    fn c_getsockopt(fd: i32, level: i32, name: i32, value: *mut u8, len: *mut u32) -> i32;
    #[link_name = "getsockname"]
    fn c_getsockname(fd: i32, addr: *mut u8, len: *mut u32) -> i32;
    #[link_name = "getpeername"]
    fn c_getpeername(fd: i32, addr: *mut u8, len: *mut u32) -> i32;
    #[link_name = "gethostname"]
    fn c_gethostname(name: *mut c_char, len: usize) -> i32;
    fn fcntl(fd: i32, cmd: i32, ...) -> i32;
    #[link_name = "poll"]
    pub(super) fn c_poll(fds: *mut PollFd, n: u64, timeout: i32) -> i32;
    #[link_name = "strerror"]
    fn c_strerror(code: i32) -> *const c_char;
}

const SOCK_CLOEXEC: i32 = 0o2000000;
const MSG_NOSIGNAL: i32 = 0x4000;
const O_NONBLOCK: i32 = 0o4000;
const F_GETFL: i32 = 3;
const F_SETFL: i32 = 4;
const POLLIN: i16 = 1;
const POLLOUT: i16 = 4;
const EINTR: i32 = 4;
const EAGAIN: i32 = 11;
const EINPROGRESS: i32 = 115;
const SOL_SOCKET: i32 = 1;
const SO_ERROR: i32 = 4;

pub(super) fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

fn message_of(code: i32) -> String {
    let text = unsafe { c_strerror(code) };
    if text.is_null() {
        return format!("Unknown error {code}");
    }
    unsafe { std::ffi::CStr::from_ptr(text) }
        .to_string_lossy()
        .into_owned()
}

/// Raise the `OSError` subclass CPython picks for `code`, with
/// `(code, strerror(code))`; returns 0.
pub(super) fn raise_errno(ts: *mut Thread, code: i32) -> Word {
    let pins = unsafe { PinScope::new(ts) };
    let number = pins.pin(int::from_i64(ts, i64::from(code)));
    let text = pins.pin(str_::new(ts, &message_of(code)));
    if number == 0 || text == 0 {
        return 0;
    }
    let ty = exception::os_error_subclass(i64::from(code));
    crate::error::raise_with_args(ts, ty, &[number, text])
}

fn timed_out(ts: *mut Thread) -> Word {
    crate::error::raise(ts, &exception::TIMEOUT_ERROR, "timed out")
}

/// Why a call failed: an errno, or the socket's timeout passed.
enum Failure {
    Errno(i32),
    TimedOut,
}

fn raise_failure(ts: *mut Thread, failure: Failure) -> Word {
    match failure {
        Failure::Errno(code) => raise_errno(ts, code),
        Failure::TimedOut => timed_out(ts),
    }
}

/// Wait until `fd` is ready for `events` or `deadline` passes, with the
/// global lock released; false on timeout.
fn wait_ready(ts: *mut Thread, fd: i32, events: i16, deadline: Instant) -> Result<bool, i32> {
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let millis = left.as_millis().min(i32::MAX as u128) as i32
            + i32::from(!left.subsec_nanos().is_multiple_of(1_000_000));
        let mut entry = PollFd {
            fd,
            events,
            revents: 0,
        };
        let (n, err) = crate::threads::blocking(ts, || {
            let n = unsafe { c_poll(&mut entry, 1, millis) };
            (n, if n < 0 { errno() } else { 0 })
        });
        match n {
            0 => return Ok(false),
            n if n > 0 => return Ok(true),
            _ if err == EINTR => continue,
            _ => return Err(err),
        }
    }
}

/// Run `op` (a system call returning a count or -1 with errno set) the way
/// CPython's `sock_call` does: blocking with the global lock released when
/// `timeout` is negative, else retried after `poll` says the socket is
/// ready for `events` until the timeout passes.
fn sock_call(
    ts: *mut Thread,
    fd: i32,
    events: i16,
    timeout: f64,
    mut op: impl FnMut() -> isize,
) -> Result<isize, Failure> {
    let deadline =
        (timeout > 0.0).then(|| Instant::now() + Duration::from_secs_f64(timeout.min(1e9)));
    loop {
        let (result, err) = if timeout < 0.0 {
            crate::threads::blocking(ts, || {
                let r = op();
                (r, if r < 0 { errno() } else { 0 })
            })
        } else {
            let r = op();
            (r, if r < 0 { errno() } else { 0 })
        };
        if result >= 0 {
            return Ok(result);
        }
        match (err, deadline) {
            (EINTR, _) => continue,
            (EAGAIN, Some(deadline)) => match wait_ready(ts, fd, events, deadline) {
                Ok(true) => continue,
                Ok(false) => return Err(Failure::TimedOut),
                Err(code) => return Err(Failure::Errno(code)),
            },
            _ => return Err(Failure::Errno(err)),
        }
    }
}

/// The ints among `words` (all of them, else None with an exception).
pub(super) fn ints<const COUNT: usize>(ts: *mut Thread, words: &[Word]) -> Option<[i64; COUNT]> {
    let mut out = [0i64; COUNT];
    for (slot, w) in out.iter_mut().zip(words) {
        *slot = unsafe { int::index_value(ts, *w, "") }?;
    }
    Some(out)
}

/// A timeout argument: seconds as a float or int, negative for none.
fn seconds(ts: *mut Thread, w: Word) -> Option<f64> {
    if float::is_float(w) {
        return Some(unsafe { float::value(w) });
    }
    unsafe { int::index_value(ts, w, "") }.map(|v| v as f64)
}

pub(super) fn int_word(ts: *mut Thread, v: i64) -> Word {
    int::from_i64(ts, v)
}

fn status(ts: *mut Thread, r: i32) -> Word {
    if r < 0 {
        return raise_errno(ts, errno());
    }
    none::none()
}

/// The bytes of a bytes-like argument, copied: the lock may be released
/// while they are sent.
fn data_of(ts: *mut Thread, w: Word) -> Option<Vec<u8>> {
    if bytes::is_buffer(w) {
        return Some(unsafe { bytes::data(w) }.to_vec());
    }
    if crate::types::bytearray::is_bytearray(w) {
        return Some(unsafe { crate::types::bytearray::data(w) }.to_vec());
    }
    let message = format!(
        "a bytes-like object is required, not '{}'",
        crate::error::type_name(w)
    );
    crate::error::type_error(ts, &message);
    None
}

/// `socket(family, type, proto)`: a new socket's descriptor.
unsafe extern "C" fn socket(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<3>(ts, "socket", argv, n, kw) }) else {
        return 0;
    };
    let Some([family, ty, proto]) = ints::<3>(ts, &words) else {
        return 0;
    };
    let fd = unsafe { c_socket(family as i32, ty as i32 | SOCK_CLOEXEC, proto as i32) };
    if fd < 0 {
        return raise_errno(ts, errno());
    }
    int_word(ts, i64::from(fd))
}

/// `socketpair(family, type, proto)`: two connected descriptors.
unsafe extern "C" fn socketpair(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<3>(ts, "socketpair", argv, n, kw) }) else {
        return 0;
    };
    let Some([family, ty, proto]) = ints::<3>(ts, &words) else {
        return 0;
    };
    let mut fds = [0i32; 2];
    let r = unsafe {
        c_socketpair(
            family as i32,
            ty as i32 | SOCK_CLOEXEC,
            proto as i32,
            fds.as_mut_ptr(),
        )
    };
    if r < 0 {
        return raise_errno(ts, errno());
    }
    let pins = unsafe { PinScope::new(ts) };
    let a = pins.pin(int_word(ts, i64::from(fds[0])));
    let b = pins.pin(int_word(ts, i64::from(fds[1])));
    if a == 0 || b == 0 {
        return 0;
    }
    tuple::new(ts, &[a, b])
}

/// `close(fd)`.
unsafe extern "C" fn close(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<1>(ts, "close", argv, n, kw) }) else {
        return 0;
    };
    let Some([fd]) = ints::<1>(ts, &words) else {
        return 0;
    };
    let r = unsafe { c_close(fd as i32) };
    // CPython ignores ECONNRESET from close.
    if r < 0 && errno() != 104 {
        return raise_errno(ts, errno());
    }
    none::none()
}

/// `bind(fd, family, address)`.
unsafe extern "C" fn bind(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([fd, family, address]) = (unsafe { positional::<3>(ts, "bind", argv, n, kw) }) else {
        return 0;
    };
    let Some([fd, family]) = ints::<2>(ts, &[fd, family]) else {
        return 0;
    };
    let mut storage = Storage::new();
    let Some(len) = addr::pack(ts, family, address, &mut storage) else {
        return 0;
    };
    status(ts, unsafe { c_bind(fd as i32, storage.ptr(), len) })
}

/// `listen(fd, backlog)`.
unsafe extern "C" fn listen(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<2>(ts, "listen", argv, n, kw) }) else {
        return 0;
    };
    let Some([fd, backlog]) = ints::<2>(ts, &words) else {
        return 0;
    };
    status(ts, unsafe {
        c_listen(fd as i32, backlog.clamp(0, i32::MAX as i64) as i32)
    })
}

/// `accept(fd, timeout)`: `(new_fd, address)`; the new socket is blocking.
unsafe extern "C" fn accept(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([fd, timeout]) = (unsafe { positional::<2>(ts, "accept", argv, n, kw) }) else {
        return 0;
    };
    let (Some([fd]), Some(timeout)) = (ints::<1>(ts, &[fd]), seconds(ts, timeout)) else {
        return 0;
    };
    let fd = fd as i32;
    let mut storage = Storage::new();
    let mut len = 128u32;
    let result = sock_call(ts, fd, POLLIN, timeout, || {
        len = 128;
        unsafe { accept4(fd, storage.ptr_mut(), &mut len, SOCK_CLOEXEC) as isize }
    });
    let new_fd = match result {
        Ok(new_fd) => new_fd,
        Err(failure) => return raise_failure(ts, failure),
    };
    let pins = unsafe { PinScope::new(ts) };
    let number = pins.pin(int_word(ts, new_fd as i64));
    let address = pins.pin(addr::unpack(ts, &storage, len));
    if number == 0 || address == 0 {
        return 0;
    }
    tuple::new(ts, &[number, address])
}

/// `connect(fd, family, address, timeout)`: 0 or the errno, as
/// `connect_ex` returns it (-1 when the timeout passed).
unsafe extern "C" fn connect(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([fd, family, address, timeout]) =
        (unsafe { positional::<4>(ts, "connect", argv, n, kw) })
    else {
        return 0;
    };
    let (Some([fd, family]), Some(timeout)) = (ints::<2>(ts, &[fd, family]), seconds(ts, timeout))
    else {
        return 0;
    };
    let fd = fd as i32;
    let mut storage = Storage::new();
    let Some(len) = addr::pack(ts, family, address, &mut storage) else {
        return 0;
    };
    let (r, mut err) = crate::threads::blocking(ts, || {
        let r = unsafe { c_connect(fd, storage.ptr(), len) };
        (r, if r < 0 { errno() } else { 0 })
    });
    if r < 0 && err == EINPROGRESS && timeout > 0.0 {
        // A socket with a timeout is non-blocking: wait for the outcome.
        let deadline = Instant::now() + Duration::from_secs_f64(timeout.min(1e9));
        err = match wait_ready(ts, fd, POLLOUT, deadline) {
            Ok(false) => -1,
            Err(code) => code,
            Ok(true) => {
                let mut value = 0i32;
                let mut size = 4u32;
                let r = unsafe {
                    c_getsockopt(
                        fd,
                        SOL_SOCKET,
                        SO_ERROR,
                        (&mut value as *mut i32).cast(),
                        &mut size,
                    )
                };
                if r < 0 { errno() } else { value }
            }
        };
    }
    int_word(ts, i64::from(err))
}

/// `send(fd, data, flags, timeout)`: the count sent.
unsafe extern "C" fn send(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([fd, data, flags, timeout]) = (unsafe { positional::<4>(ts, "send", argv, n, kw) })
    else {
        return 0;
    };
    let Some(data) = data_of(ts, data) else {
        return 0;
    };
    let (Some([fd, flags]), Some(timeout)) = (ints::<2>(ts, &[fd, flags]), seconds(ts, timeout))
    else {
        return 0;
    };
    let fd = fd as i32;
    let flags = flags as i32 | MSG_NOSIGNAL;
    let result = sock_call(ts, fd, POLLOUT, timeout, || unsafe {
        c_sendto(fd, data.as_ptr(), data.len(), flags, std::ptr::null(), 0)
    });
    match result {
        Ok(sent) => int_word(ts, sent as i64),
        Err(failure) => raise_failure(ts, failure),
    }
}

/// `sendto(fd, data, flags, family, address, timeout)`: the count sent.
unsafe extern "C" fn sendto(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([fd, data, flags, family, address, timeout]) =
        (unsafe { positional::<6>(ts, "sendto", argv, n, kw) })
    else {
        return 0;
    };
    let Some(data) = data_of(ts, data) else {
        return 0;
    };
    let (Some([fd, flags, family]), Some(timeout)) =
        (ints::<3>(ts, &[fd, flags, family]), seconds(ts, timeout))
    else {
        return 0;
    };
    let mut storage = Storage::new();
    let Some(len) = addr::pack(ts, family, address, &mut storage) else {
        return 0;
    };
    let fd = fd as i32;
    let flags = flags as i32 | MSG_NOSIGNAL;
    let result = sock_call(ts, fd, POLLOUT, timeout, || unsafe {
        c_sendto(fd, data.as_ptr(), data.len(), flags, storage.ptr(), len)
    });
    match result {
        Ok(sent) => int_word(ts, sent as i64),
        Err(failure) => raise_failure(ts, failure),
    }
}

/// What a receive gives: the bytes, the sender's address and its length.
type Received = (Vec<u8>, Storage, u32);

/// The bytes received (at most `size`) and the sender's address storage.
fn receive(ts: *mut Thread, words: &[Word], name: &str) -> Option<Result<Received, Failure>> {
    let [fd, size, flags] = ints::<3>(ts, &words[..3])?;
    let timeout = seconds(ts, words[3])?;
    if size < 0 {
        crate::error::value_error(ts, &format!("negative buffersize in {name}"));
        return None;
    }
    let fd = fd as i32;
    let mut buffer = vec![0u8; size as usize];
    let mut storage = Storage::new();
    let mut len = 128u32;
    let result = sock_call(ts, fd, POLLIN, timeout, || {
        len = 128;
        unsafe {
            c_recvfrom(
                fd,
                buffer.as_mut_ptr(),
                buffer.len(),
                flags as i32,
                storage.ptr_mut(),
                &mut len,
            )
        }
    });
    Some(result.map(|got| {
        buffer.truncate(got as usize);
        (buffer, storage, len)
    }))
}

/// `recv(fd, size, flags, timeout)`: the bytes received.
unsafe extern "C" fn recv(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<4>(ts, "recv", argv, n, kw) }) else {
        return 0;
    };
    match receive(ts, &words, "recv") {
        None => 0,
        Some(Err(failure)) => raise_failure(ts, failure),
        Some(Ok((data, _, _))) => bytes::new(ts, &data),
    }
}

/// `recvfrom(fd, size, flags, timeout)`: `(bytes, address)`.
unsafe extern "C" fn recvfrom(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<4>(ts, "recvfrom", argv, n, kw) }) else {
        return 0;
    };
    match receive(ts, &words, "recvfrom") {
        None => 0,
        Some(Err(failure)) => raise_failure(ts, failure),
        Some(Ok((data, storage, len))) => {
            let pins = unsafe { PinScope::new(ts) };
            let data = pins.pin(bytes::new(ts, &data));
            // A connected stream socket reports no address: None, as CPython.
            let address = if len == 0 {
                none::none()
            } else {
                pins.pin(addr::unpack(ts, &storage, len))
            };
            if data == 0 || address == 0 {
                return 0;
            }
            tuple::new(ts, &[data, address])
        }
    }
}

/// `shutdown(fd, how)`.
unsafe extern "C" fn shutdown(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<2>(ts, "shutdown", argv, n, kw) }) else {
        return 0;
    };
    let Some([fd, how]) = ints::<2>(ts, &words) else {
        return 0;
    };
    status(ts, unsafe { c_shutdown(fd as i32, how as i32) })
}

/// `setsockopt(fd, level, name, value)` with an int or bytes-like value.
unsafe extern "C" fn setsockopt(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([fd, level, name, value]) =
        (unsafe { positional::<4>(ts, "setsockopt", argv, n, kw) })
    else {
        return 0;
    };
    let Some([fd, level, name]) = ints::<3>(ts, &[fd, level, name]) else {
        return 0;
    };
    let data = if int::is_int(value) {
        let Some([v]) = ints::<1>(ts, &[value]) else {
            return 0;
        };
        (v as i32).to_ne_bytes().to_vec()
    } else {
        let Some(data) = data_of(ts, value) else {
            return 0;
        };
        data
    };
    let r = unsafe {
        c_setsockopt(
            fd as i32,
            level as i32,
            name as i32,
            data.as_ptr(),
            data.len() as u32,
        )
    };
    status(ts, r)
}

/// `getsockopt(fd, level, name, buflen)`: an int when `buflen` is 0, else
/// at most `buflen` bytes.
unsafe extern "C" fn getsockopt(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<4>(ts, "getsockopt", argv, n, kw) }) else {
        return 0;
    };
    let Some([fd, level, name, buflen]) = ints::<4>(ts, &words) else {
        return 0;
    };
    if !(0..=1024).contains(&buflen) {
        return crate::error::raise(ts, &exception::OS_ERROR, "getsockopt buflen out of range");
    }
    let mut buffer = vec![0u8; (buflen as usize).max(4)];
    let mut size = if buflen == 0 { 4 } else { buflen as u32 };
    let r = unsafe {
        c_getsockopt(
            fd as i32,
            level as i32,
            name as i32,
            buffer.as_mut_ptr(),
            &mut size,
        )
    };
    if r < 0 {
        return raise_errno(ts, errno());
    }
    if buflen == 0 {
        let v = i32::from_ne_bytes([buffer[0], buffer[1], buffer[2], buffer[3]]);
        return int_word(ts, i64::from(v));
    }
    bytes::new(ts, &buffer[..size as usize])
}

/// `set_nonblocking(fd, flag)`: set or clear `O_NONBLOCK`.
unsafe extern "C" fn set_nonblocking(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<2>(ts, "set_nonblocking", argv, n, kw) }) else {
        return 0;
    };
    let Some([fd, flag]) = ints::<2>(ts, &words) else {
        return 0;
    };
    let fd = fd as i32;
    let flags = unsafe { fcntl(fd, F_GETFL) };
    if flags < 0 {
        return raise_errno(ts, errno());
    }
    let wanted = if flag != 0 {
        flags | O_NONBLOCK
    } else {
        flags & !O_NONBLOCK
    };
    if wanted != flags && unsafe { fcntl(fd, F_SETFL, wanted) } < 0 {
        return raise_errno(ts, errno());
    }
    none::none()
}

/// `getsockname(fd)` / `getpeername(fd)`.
fn name_of(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
    name: &str,
    call: unsafe extern "C" fn(i32, *mut u8, *mut u32) -> i32,
) -> Word {
    let Some(words) = (unsafe { positional::<1>(ts, name, argv, n, kw) }) else {
        return 0;
    };
    let Some([fd]) = ints::<1>(ts, &words) else {
        return 0;
    };
    let mut storage = Storage::new();
    let mut len = 128u32;
    if unsafe { call(fd as i32, storage.ptr_mut(), &mut len) } < 0 {
        return raise_errno(ts, errno());
    }
    addr::unpack(ts, &storage, len)
}

unsafe extern "C" fn getsockname(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    name_of(ts, argv, n, kw, "getsockname", c_getsockname)
}

unsafe extern "C" fn getpeername(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    name_of(ts, argv, n, kw, "getpeername", c_getpeername)
}

/// `gethostname()`.
unsafe extern "C" fn gethostname(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    if unsafe { positional::<0>(ts, "gethostname", argv, n, kw) }.is_none() {
        return 0;
    }
    let mut buffer = [0 as c_char; 256];
    if unsafe { c_gethostname(buffer.as_mut_ptr(), buffer.len() - 1) } < 0 {
        return raise_errno(ts, errno());
    }
    let text = unsafe { std::ffi::CStr::from_ptr(buffer.as_ptr()) }.to_string_lossy();
    str_::new(ts, &text)
}

/// `getaddrinfo(host, port, family, type, proto, flags)`; see
/// `addr::addr_info`.
unsafe extern "C" fn getaddrinfo(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<6>(ts, "getaddrinfo", argv, n, kw) }) else {
        return 0;
    };
    addr::addr_info(ts, &words)
}

/// `gai_strerror(code)` and `strerror(code)`: the C library's messages.
unsafe extern "C" fn gai_strerror(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<1>(ts, "gai_strerror", argv, n, kw) }) else {
        return 0;
    };
    let Some([code]) = ints::<1>(ts, &words) else {
        return 0;
    };
    str_::new(ts, &addr::gai_message(code))
}

unsafe extern "C" fn strerror(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(words) = (unsafe { positional::<1>(ts, "strerror", argv, n, kw) }) else {
        return 0;
    };
    let Some([code]) = ints::<1>(ts, &words) else {
        return 0;
    };
    str_::new(ts, &message_of(code as i32))
}

/// `inet_pton(family, text)`: the packed bytes, or None when not numeric.
unsafe extern "C" fn inet_pton(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([family, text]) = (unsafe { positional::<2>(ts, "inet_pton", argv, n, kw) }) else {
        return 0;
    };
    let Some([family]) = ints::<1>(ts, &[family]) else {
        return 0;
    };
    match addr::parse_numeric(family, &unsafe { str_::lossy(text) }) {
        Some(raw) => bytes::new(ts, &raw),
        None => none::none(),
    }
}

/// `inet_ntop(family, packed)`: the text of a 4- or 16-byte address.
unsafe extern "C" fn inet_ntop(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([family, packed]) = (unsafe { positional::<2>(ts, "inet_ntop", argv, n, kw) }) else {
        return 0;
    };
    let Some([family]) = ints::<1>(ts, &[family]) else {
        return 0;
    };
    let Some(raw) = data_of(ts, packed) else {
        return 0;
    };
    str_::new(ts, &addr::numeric_text(family, &raw))
}
