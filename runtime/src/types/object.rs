//! `object`: the root of every type.

use crate::object::{Header, Slots, TypeObject};

pub static OBJECT_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "object",
    base: std::ptr::null(),
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};
