//! `dict`: an insertion-ordered hash map from words to words.
//!
//! CONTRACT (other runtime files rely on these signatures; the containers
//! owner fills in the bodies and the layout).

use crate::object::{Header, Slots, TypeObject, Word};
use crate::thread::Thread;

pub static DICT_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "dict",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};

/// A new empty dict; 0 with an exception pending.
pub fn new(ts: *mut Thread) -> Word {
    crate::error::raise(ts, &crate::types::exception::SYSTEM_ERROR, "dict is not implemented");
    0
}

/// `d[key]`: `Ok(Some(value))`, `Ok(None)` when absent, `Err(())` with an
/// exception pending (an unhashable key, a failing `__eq__`).
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn get(ts: *mut Thread, d: Word, key: Word) -> Result<Option<Word>, ()> {
    let _ = (ts, d, key);
    Ok(None)
}

/// `d[key] = value`; 0 on success, -1 with an exception pending.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn set(ts: *mut Thread, d: Word, key: Word, value: Word) -> i32 {
    let _ = (d, key, value);
    crate::error::raise_status(ts, &crate::types::exception::SYSTEM_ERROR, "dict is not implemented")
}
