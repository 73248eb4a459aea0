//! `float`: a boxed `f64`.

use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;

#[repr(C)]
pub struct FloatObject {
    pub header: Header,
    pub value: f64,
}

pub static FLOAT_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "float",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};

/// A new float; 0 with `MemoryError` pending.
pub fn new(ts: *mut Thread, value: f64) -> Word {
    unsafe { gc::alloc_value(ts, &FLOAT_TYPE, FloatObject { header: Header::new_static(&FLOAT_TYPE), value }) }
}

/// The value of a float object.
///
/// # Safety
/// `w` must be a float.
pub unsafe fn value(w: Word) -> f64 {
    unsafe { cast::<FloatObject>(w).value }
}
