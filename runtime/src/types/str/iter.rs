//! The `str` iterator: yields one-character strings, walking the bytes.
//! CPython 3.11 names the iterator of an all-ASCII string
//! `str_ascii_iterator`; both names share one implementation here.

use super::{bytes, from_char, utf8};
use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;
use typhon_abi::ITER_DONE;

#[repr(C)]
pub struct StrIterObject {
    pub header: Header,
    /// The string being iterated.
    pub text: Word,
    /// Byte offset of the next code point.
    pub at: u64,
}

macro_rules! str_iter_type {
    ($(#[$attr:meta])* $name:ident, $py_name:literal) => {
        $(#[$attr])*
        pub static $name: TypeObject = TypeObject {
            header: Header::new_static(&crate::types::type_::TYPE_TYPE),
            name: $py_name,
            base: &crate::types::object::OBJECT_TYPE,
            trace: Some(trace),
            finalize: None,
            slots: Slots {
                iter: Some(iter_self),
                next: Some(next),
                ..Slots::EMPTY
            },
            methods: crate::methods::Methods::EMPTY,
        };
    };
}

str_iter_type!(
    // Exported: generated code steps string iterators in line while the
    // next character is ASCII.
    #[unsafe(export_name = "TY_STR_ITER_TYPE")]
    STR_ITER_TYPE,
    "str_iterator"
);
str_iter_type!(
    #[unsafe(export_name = "TY_STR_ASCII_ITER_TYPE")]
    STR_ASCII_ITER_TYPE,
    "str_ascii_iterator"
);
const _: () = {
    use typhon_abi::str_layout::{ITER_AT, ITER_TEXT};
    assert!(std::mem::offset_of!(StrIterObject, text) == ITER_TEXT as usize);
    assert!(std::mem::offset_of!(StrIterObject, at) == ITER_AT as usize);
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    visit(unsafe { cast::<StrIterObject>(obj as Word) }.text);
}

/// `iter(s)`.
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn iter(ts: *mut Thread, w: Word) -> Word {
    let ty = if unsafe { super::is_ascii(w) } {
        &STR_ASCII_ITER_TYPE
    } else {
        &STR_ITER_TYPE
    };
    let it = StrIterObject {
        header: Header::new_static(ty),
        text: w,
        at: 0,
    };
    unsafe { gc::alloc_value(ts, ty, it) }
}

unsafe fn iter_self(_ts: *mut Thread, w: Word) -> Word {
    w
}

unsafe fn next(ts: *mut Thread, w: Word) -> Word {
    let it = unsafe { cast::<StrIterObject>(w) };
    let b = unsafe { bytes(it.text) };
    let at = it.at as usize;
    if at >= b.len() {
        return ITER_DONE;
    }
    let (cp, len) = utf8::decode(b, at);
    it.at += len as u64;
    from_char(ts, cp)
}
