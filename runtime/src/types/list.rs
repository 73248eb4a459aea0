//! `list`: a growable vector of words.

use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;

#[repr(C)]
pub struct ListObject {
    pub header: Header,
    pub items: Vec<Word>,
}

pub static LIST_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "list",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: Some(finalize),
    slots: Slots::EMPTY,
    methods: &[],
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    for item in unsafe { cast::<ListObject>(obj as Word) }.items.iter() {
        visit(*item);
    }
}

unsafe fn finalize(obj: *mut Header) {
    unsafe { std::ptr::drop_in_place(&mut cast::<ListObject>(obj as Word).items) };
}

/// A new list owning `items`; 0 with `MemoryError` pending.
pub fn new(ts: *mut Thread, items: Vec<Word>) -> Word {
    unsafe { gc::alloc_value(ts, &LIST_TYPE, ListObject { header: Header::new_static(&LIST_TYPE), items }) }
}

/// The items of a list, mutable.
///
/// # Safety
/// `w` must be a list (or a subtype).
pub unsafe fn items<'a>(w: Word) -> &'a mut Vec<Word> {
    unsafe { &mut cast::<ListObject>(w).items }
}

/// Sort a list in place, stably, using only `<` like CPython; `key` is 0 for
/// none. Returns 0, or -1 with an exception pending (a failed comparison).
///
/// # Safety
/// `list` must be a list.
pub unsafe fn sort(ts: *mut Thread, list: Word, key: Word, reverse: bool) -> i32 {
    let _ = (list, key, reverse);
    crate::error::raise_status(ts, &crate::types::exception::SYSTEM_ERROR, "list.sort is not implemented")
}
