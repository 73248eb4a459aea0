//! `int`: inline small ints (63 bits in the word) and heap big integers.

use crate::object::{Header, Slots, TypeObject};

pub static INT_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "int",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};
