//! `None`, `NotImplemented` and `Ellipsis`: static singletons.

use crate::object::{Header, Slots, TypeObject, Word};

#[repr(C)]
pub struct Singleton {
    pub header: Header,
}

unsafe impl Sync for Singleton {}

pub static NONE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "NoneType",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};

pub static NOT_IMPLEMENTED_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "NotImplementedType",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};

pub static ELLIPSIS_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "ellipsis",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};

#[unsafe(no_mangle)]
pub static TY_NONE: Singleton = Singleton { header: Header::new_static(&NONE_TYPE) };

pub static NOT_IMPLEMENTED_OBJ: Singleton = Singleton { header: Header::new_static(&NOT_IMPLEMENTED_TYPE) };
pub static ELLIPSIS_OBJ: Singleton = Singleton { header: Header::new_static(&ELLIPSIS_TYPE) };

/// The `None` word.
#[inline]
pub fn none() -> Word {
    &TY_NONE as *const Singleton as Word
}

/// The `NotImplemented` word, returned by slots that do not handle an operand.
#[inline]
pub fn not_implemented() -> Word {
    &NOT_IMPLEMENTED_OBJ as *const Singleton as Word
}

#[inline]
pub fn ellipsis() -> Word {
    &ELLIPSIS_OBJ as *const Singleton as Word
}
