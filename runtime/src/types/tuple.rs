//! `tuple`: a fixed number of words stored inline after the header.

use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;

#[repr(C)]
pub struct TupleObject {
    pub header: Header,
    pub len: u64,
    // The items follow.
}

pub static TUPLE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "tuple",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    for item in unsafe { items(obj as Word) } {
        visit(*item);
    }
}

/// A new tuple holding `values`; 0 with an exception pending on failure.
pub fn new(ts: *mut Thread, values: &[Word]) -> Word {
    let size = std::mem::size_of::<TupleObject>() + 8 * values.len();
    let obj = unsafe { gc::alloc(ts, size, &TUPLE_TYPE) };
    if obj.is_null() {
        return 0;
    }
    unsafe {
        (*(obj as *mut TupleObject)).len = values.len() as u64;
        std::ptr::copy_nonoverlapping(values.as_ptr(), items_ptr(obj as Word), values.len());
    }
    obj as Word
}

/// # Safety
/// `w` must be a tuple.
pub unsafe fn items<'a>(w: Word) -> &'a [Word] {
    unsafe { std::slice::from_raw_parts(items_ptr(w), cast::<TupleObject>(w).len as usize) }
}

unsafe fn items_ptr(w: Word) -> *mut Word {
    unsafe { (w as *mut u8).add(std::mem::size_of::<TupleObject>()) as *mut Word }
}
