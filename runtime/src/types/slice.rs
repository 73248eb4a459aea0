//! `slice`.

use crate::object::{Header, Slots, TypeObject};

pub static SLICE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "slice",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};
