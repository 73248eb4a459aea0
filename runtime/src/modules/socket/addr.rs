//! Socket addresses: packing the Python forms `_socket` receives (a numeric
//! host and a port, a path) into the C library's `sockaddr` structures and
//! decoding them back into CPython's tuples, plus `getaddrinfo`.
//!
//! The layouts are Linux's (the same on x86-64 and aarch64): `sockaddr_in`
//! is 16 bytes, `sockaddr_in6` 28, `sockaddr_un` 110, all fitting in the
//! 128 bytes of `sockaddr_storage`.

use crate::gc::PinScope;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::{bytes, int, list, none, str as str_, tuple};
use std::ffi::{CStr, CString, c_char};

pub const AF_UNIX: i64 = 1;
pub const AF_INET: i64 = 2;
pub const AF_INET6: i64 = 10;

/// `sockaddr_storage`: room for any address, aligned for all of them.
#[repr(C, align(8))]
pub struct Storage {
    pub bytes: [u8; 128],
}

impl Storage {
    pub fn new() -> Storage {
        Storage { bytes: [0; 128] }
    }

    pub fn ptr(&self) -> *const u8 {
        self.bytes.as_ptr()
    }

    pub fn ptr_mut(&mut self) -> *mut u8 {
        self.bytes.as_mut_ptr()
    }

    fn family(&self) -> i64 {
        i64::from(u16::from_ne_bytes([self.bytes[0], self.bytes[1]]))
    }
}

#[repr(C)]
struct AddrInfo {
    flags: i32,
    family: i32,
    socktype: i32,
    protocol: i32,
    addrlen: u32,
    addr: *const u8,
    canonname: *const c_char,
    next: *mut AddrInfo,
}

unsafe extern "C" {
    fn inet_pton(family: i32, src: *const c_char, dst: *mut u8) -> i32;
    fn inet_ntop(family: i32, src: *const u8, dst: *mut c_char, size: u32) -> *const c_char;
    fn getaddrinfo(
        node: *const c_char,
        service: *const c_char,
        hints: *const AddrInfo,
        res: *mut *mut AddrInfo,
    ) -> i32;
    fn freeaddrinfo(res: *mut AddrInfo);
    #[link_name = "gai_strerror"]
    fn c_gai_strerror(code: i32) -> *const c_char;
}

/// A numeric host's bytes (4 or 16), None when `text` is not one.
pub fn parse_numeric(family: i64, text: &str) -> Option<Vec<u8>> {
    let c = CString::new(text).ok()?;
    let mut out = [0u8; 16];
    let ok = unsafe { inet_pton(family as i32, c.as_ptr(), out.as_mut_ptr()) };
    if ok != 1 {
        return None;
    }
    Some(out[..if family == AF_INET { 4 } else { 16 }].to_vec())
}

/// The text of a 4- or 16-byte address.
pub fn numeric_text(family: i64, raw: &[u8]) -> String {
    let mut out = [0 as c_char; 64];
    let text = unsafe { inet_ntop(family as i32, raw.as_ptr(), out.as_mut_ptr(), 64) };
    if text.is_null() {
        return String::new();
    }
    unsafe { CStr::from_ptr(text) }
        .to_string_lossy()
        .into_owned()
}

fn int_of(ts: *mut Thread, w: Word) -> Option<i64> {
    unsafe { int::index_value(ts, w, "") }
}

/// Pack `addr` (already checked by `socket.py`: `(host, port)` with a
/// numeric host for AF_INET, `(host, port, flowinfo, scope_id)` for
/// AF_INET6, a str or bytes path for AF_UNIX) into `out`; its length, or
/// None with an exception pending.
pub fn pack(ts: *mut Thread, family: i64, addr: Word, out: &mut Storage) -> Option<u32> {
    let b = &mut out.bytes;
    b[..2].copy_from_slice(&(family as u16).to_ne_bytes());
    if family == AF_UNIX {
        let path: &[u8] = if str_::is_str(addr) {
            unsafe { str_::bytes(addr) }
        } else if bytes::is_buffer(addr) {
            unsafe { bytes::data(addr) }
        } else {
            crate::error::type_error(ts, "a bytes-like object is required");
            return None;
        };
        if path.len() >= 108 {
            crate::error::raise(
                ts,
                &crate::types::exception::OS_ERROR,
                "AF_UNIX path too long",
            );
            return None;
        }
        b[2..2 + path.len()].copy_from_slice(path);
        return Some(2 + path.len() as u32 + u32::from(!path.starts_with(b"\0")));
    }
    let items = unsafe { tuple::items(addr) };
    let host = unsafe { str_::lossy(items[0]) };
    let port = int_of(ts, items[1])?;
    let Some(raw) = parse_numeric(family, &host) else {
        crate::error::raise(
            ts,
            &crate::types::exception::OS_ERROR,
            "illegal IP address string",
        );
        return None;
    };
    b[2..4].copy_from_slice(&(port as u16).to_be_bytes());
    if family == AF_INET {
        b[4..8].copy_from_slice(&raw);
        return Some(16);
    }
    let flowinfo = if items.len() > 2 {
        int_of(ts, items[2])?
    } else {
        0
    };
    let scope = if items.len() > 3 {
        int_of(ts, items[3])?
    } else {
        0
    };
    b[4..8].copy_from_slice(&(flowinfo as u32).to_be_bytes());
    b[8..24].copy_from_slice(&raw);
    b[24..28].copy_from_slice(&(scope as u32).to_ne_bytes());
    Some(28)
}

/// CPython's Python form of the address in `addr` (`len` bytes of it).
pub fn unpack(ts: *mut Thread, addr: &Storage, len: u32) -> Word {
    let b = &addr.bytes;
    let pins = unsafe { PinScope::new(ts) };
    match addr.family() {
        AF_INET => {
            let host = pins.pin(str_::new(ts, &numeric_text(AF_INET, &b[4..8])));
            let port = pins.pin(int::from_i64(
                ts,
                i64::from(u16::from_be_bytes([b[2], b[3]])),
            ));
            if host == 0 || port == 0 {
                return 0;
            }
            tuple::new(ts, &[host, port])
        }
        AF_INET6 => {
            let host = pins.pin(str_::new(ts, &numeric_text(AF_INET6, &b[8..24])));
            let port = pins.pin(int::from_i64(
                ts,
                i64::from(u16::from_be_bytes([b[2], b[3]])),
            ));
            let flow = u32::from_be_bytes([b[4], b[5], b[6], b[7]]);
            let flow = pins.pin(int::from_i64(ts, i64::from(flow)));
            let scope = u32::from_ne_bytes([b[24], b[25], b[26], b[27]]);
            let scope = pins.pin(int::from_i64(ts, i64::from(scope)));
            if host == 0 || port == 0 || flow == 0 || scope == 0 {
                return 0;
            }
            tuple::new(ts, &[host, port, flow, scope])
        }
        AF_UNIX => {
            let path = &b[2..(len as usize).clamp(2, 110)];
            if path.first() == Some(&0) {
                // An abstract name is bytes in CPython.
                return bytes::new(ts, path);
            }
            let end = path.iter().position(|c| *c == 0).unwrap_or(path.len());
            str_::new(ts, &String::from_utf8_lossy(&path[..end]))
        }
        // An unknown family (a socket that was never bound) is CPython's
        // `(family, data)` pair in spirit; `None` keeps it simple.
        _ => none::none(),
    }
}

/// `getaddrinfo(host, port, family, type, proto, flags)` with `host` and
/// `port` str or None: the list of `(family, type, proto, canonname,
/// address)` tuples, or the C library's error code (an int) for `socket.py`
/// to raise as `gaierror`.
pub fn addr_info(ts: *mut Thread, args: &[Word]) -> Word {
    let text = |w: Word| -> Option<CString> {
        if w == none::none() {
            None
        } else {
            CString::new(unsafe { str_::lossy(w) }).ok()
        }
    };
    let (host, port) = (text(args[0]), text(args[1]));
    let mut numbers = [0i64; 4];
    for (slot, w) in numbers.iter_mut().zip(&args[2..6]) {
        let Some(v) = int_of(ts, *w) else { return 0 };
        *slot = v;
    }
    let hints = AddrInfo {
        flags: numbers[3] as i32,
        family: numbers[0] as i32,
        socktype: numbers[1] as i32,
        protocol: numbers[2] as i32,
        addrlen: 0,
        addr: std::ptr::null(),
        canonname: std::ptr::null(),
        next: std::ptr::null_mut(),
    };
    let mut res: *mut AddrInfo = std::ptr::null_mut();
    let code = crate::threads::blocking(ts, || unsafe {
        getaddrinfo(
            host.as_ref().map_or(std::ptr::null(), |h| h.as_ptr()),
            port.as_ref().map_or(std::ptr::null(), |p| p.as_ptr()),
            &hints,
            &mut res,
        )
    });
    if code != 0 {
        return int::from_i64(ts, i64::from(code));
    }
    let pins = unsafe { PinScope::new(ts) };
    let out = pins.pin(list::new(ts, Vec::new()));
    let mut cursor = res;
    let mut ok = out != 0;
    while ok && !cursor.is_null() {
        let info = unsafe { &*cursor };
        cursor = info.next;
        let mut storage = Storage::new();
        let len = (info.addrlen as usize).min(128);
        unsafe { std::ptr::copy_nonoverlapping(info.addr, storage.ptr_mut(), len) };
        let canon = if info.canonname.is_null() {
            String::new()
        } else {
            unsafe { CStr::from_ptr(info.canonname) }
                .to_string_lossy()
                .into_owned()
        };
        let words = [
            pins.pin(int::from_i64(ts, i64::from(info.family))),
            pins.pin(int::from_i64(ts, i64::from(info.socktype))),
            pins.pin(int::from_i64(ts, i64::from(info.protocol))),
            pins.pin(str_::new(ts, &canon)),
            pins.pin(unpack(ts, &storage, len as u32)),
        ];
        ok = !words.contains(&0);
        if ok {
            let entry = pins.pin(tuple::new(ts, &words));
            ok = entry != 0 && unsafe { list::push(ts, out, entry) };
        }
    }
    unsafe { freeaddrinfo(res) };
    if ok { out } else { 0 }
}

/// The C library's message for a `getaddrinfo` error code.
pub fn gai_message(code: i64) -> String {
    let text = unsafe { c_gai_strerror(code as i32) };
    if text.is_null() {
        return format!("getaddrinfo error {code}");
    }
    unsafe { CStr::from_ptr(text) }
        .to_string_lossy()
        .into_owned()
}
