//! `bool`: the two static objects `True` and `False`, a subtype of `int`.

use crate::object::{Header, Slots, TypeObject, Word};

#[repr(C)]
pub struct BoolObject {
    pub header: Header,
    /// 0 or 1.
    pub value: u64,
}

unsafe impl Sync for BoolObject {}

pub static BOOL_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "bool",
    base: &crate::types::int::INT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};

#[unsafe(no_mangle)]
pub static TY_TRUE: BoolObject = BoolObject { header: Header::new_static(&BOOL_TYPE), value: 1 };
#[unsafe(no_mangle)]
pub static TY_FALSE: BoolObject = BoolObject { header: Header::new_static(&BOOL_TYPE), value: 0 };

#[inline]
pub fn from_bool(value: bool) -> Word {
    if value { &TY_TRUE as *const BoolObject as Word } else { &TY_FALSE as *const BoolObject as Word }
}

#[inline]
pub fn true_() -> Word {
    from_bool(true)
}

#[inline]
pub fn false_() -> Word {
    from_bool(false)
}
