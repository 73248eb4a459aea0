//! `str`: UTF-8 bytes stored inline after the header, with the length in
//! code points, an ASCII flag and a cached hash.
//!
//! The bytes are "generalised UTF-8": lone surrogates (`chr(0xD800)`) are
//! encoded like any other code point, so they are never handed to Rust as
//! `&str` without checking.

use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;

#[repr(C)]
pub struct StrObject {
    pub header: Header,
    /// Length in code points.
    pub len: u64,
    /// Length in bytes.
    pub byte_len: u64,
    /// Cached hash; -1 until computed.
    pub hash: i64,
    /// 1 when every byte is ASCII (so indexing is O(1)).
    pub ascii: u64,
    // The bytes follow.
}

pub static STR_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "str",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};

/// A new string from raw generalised-UTF-8 bytes; 0 with `MemoryError` pending.
pub fn from_bytes(ts: *mut Thread, bytes: &[u8]) -> Word {
    let size = std::mem::size_of::<StrObject>() + bytes.len();
    let obj = unsafe { gc::alloc(ts, size, &STR_TYPE) };
    if obj.is_null() {
        return 0;
    }
    let ascii = bytes.is_ascii();
    let len = if ascii { bytes.len() } else { bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count() };
    unsafe {
        let s = &mut *(obj as *mut StrObject);
        s.len = len as u64;
        s.byte_len = bytes.len() as u64;
        s.hash = -1;
        s.ascii = ascii as u64;
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), (obj as *mut u8).add(std::mem::size_of::<StrObject>()), bytes.len());
    }
    obj as Word
}

/// A new string from Rust text.
pub fn new(ts: *mut Thread, text: &str) -> Word {
    from_bytes(ts, text.as_bytes())
}

/// The bytes of a string object.
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn bytes<'a>(w: Word) -> &'a [u8] {
    unsafe {
        let s = cast::<StrObject>(w);
        std::slice::from_raw_parts((w as *const u8).add(std::mem::size_of::<StrObject>()), s.byte_len as usize)
    }
}

/// The text of a string, with lone surrogates replaced (for messages).
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn lossy(w: Word) -> String {
    String::from_utf8_lossy(unsafe { bytes(w) }).into_owned()
}
