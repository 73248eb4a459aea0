//! The `str` iterator: yields one-character strings, walking the bytes.

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

pub static STR_ITER_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "str_iterator",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots {
        iter: Some(iter_self),
        next: Some(next),
        ..Slots::EMPTY
    },
    methods: &[],
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    visit(unsafe { cast::<StrIterObject>(obj as Word) }.text);
}

/// `iter(s)`.
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn iter(ts: *mut Thread, w: Word) -> Word {
    let it = StrIterObject {
        header: Header::new_static(&STR_ITER_TYPE),
        text: w,
        at: 0,
    };
    unsafe { gc::alloc_value(ts, &STR_ITER_TYPE, it) }
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
