//! `type`: the type of type objects.

use crate::object::{Header, Slots, TypeObject};

pub static TYPE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&TYPE_TYPE),
    name: "type",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};
