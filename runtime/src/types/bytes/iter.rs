//! The `bytes` iterator: yields each byte as an int.

use super::data;
use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast, small};
use crate::thread::Thread;
use typhon_abi::ITER_DONE;

#[repr(C)]
struct BytesIterObject {
    header: Header,
    data: Word,
    at: u64,
}

// Exported: generated code steps `enumerate` over a bytes iterator in line
// (`typhon_abi::bytes_layout`).
const _: () = {
    use typhon_abi::bytes_layout::{ITER_INDEX, ITER_SOURCE};
    assert!(std::mem::offset_of!(BytesIterObject, data) == ITER_SOURCE as usize);
    assert!(std::mem::offset_of!(BytesIterObject, at) == ITER_INDEX as usize);
};

#[unsafe(export_name = "TY_BYTES_ITER_TYPE")]
static BYTES_ITER_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "bytes_iterator",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(iter_trace),
    finalize: None,
    slots: Slots {
        iter: Some(iter_self),
        next: Some(iter_next),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

unsafe fn iter_trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    visit(unsafe { cast::<BytesIterObject>(obj as Word) }.data);
}

pub(crate) unsafe fn iter(ts: *mut Thread, w: Word) -> Word {
    let it = BytesIterObject {
        header: Header::new_static(&BYTES_ITER_TYPE),
        data: w,
        at: 0,
    };
    unsafe { gc::alloc_value(ts, &BYTES_ITER_TYPE, it) }
}

unsafe fn iter_self(_ts: *mut Thread, w: Word) -> Word {
    w
}

/// The next item of `w` (an int, or `ITER_DONE`) when it is a bytes or
/// bytearray iterator, stepped without the `next` slot call; `None` for any
/// other iterator (`enumerate` steps its iterator through here first).
///
/// # Safety
/// `w` must be a valid word.
#[inline]
pub(crate) unsafe fn next_if_bytes(w: Word) -> Option<Word> {
    if !std::ptr::eq(crate::object::type_of(w), &BYTES_ITER_TYPE) {
        return None;
    }
    let it = unsafe { cast::<BytesIterObject>(w) };
    let source = it.data;
    let bytes = if crate::types::bytearray::is_bytearray(source) {
        unsafe { crate::types::bytearray::data(source) }
    } else {
        unsafe { data(source) }
    };
    Some(match bytes.get(it.at as usize) {
        Some(byte) => {
            it.at += 1;
            small(*byte as i64).unwrap_or(0)
        }
        None => ITER_DONE,
    })
}

unsafe fn iter_next(_ts: *mut Thread, w: Word) -> Word {
    let it = unsafe { cast::<BytesIterObject>(w) };
    match unsafe { data(it.data) }.get(it.at as usize) {
        Some(byte) => {
            it.at += 1;
            small(*byte as i64).unwrap_or(0)
        }
        None => ITER_DONE,
    }
}
