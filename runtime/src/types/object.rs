//! `object`: the root of every type, and the identity-based defaults
//! (`hash`, `repr`) other types reuse.

use crate::object::{Header, Slots, TypeObject, Word, type_of};
use crate::thread::Thread;

pub static OBJECT_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "object",
    base: std::ptr::null(),
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(default_repr),
        hash: Some(identity_hash_slot),
        construct: Some(construct),
        ..Slots::EMPTY
    },
    methods: &[],
};

/// CPython's identity hash: the address rotated right by 4 bits (the low
/// bits are always zero), never -1.
pub fn identity_hash(w: Word) -> i64 {
    let hash = w.rotate_right(4) as i64;
    if hash == -1 { -2 } else { hash }
}

/// A `hash` slot for types hashed by identity.
///
/// # Safety
/// The words must be valid and of the types the slot is installed for.
pub unsafe fn identity_hash_slot(_ts: *mut Thread, w: Word) -> Option<i64> {
    Some(identity_hash(w))
}

/// `<T object at 0x7f...>`, the repr of objects without their own.
///
/// # Safety
/// The words must be valid and of the types the slot is installed for.
pub unsafe fn default_repr(ts: *mut Thread, w: Word) -> Word {
    crate::types::str::new(ts, &format!("<{} object at {w:#x}>", type_of(w).name))
}

/// `object()`: a featureless instance.
unsafe extern "C" fn construct(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if nargs > 0 {
        let _ = (args, kwnames);
        return crate::error::type_error(ts, "object() takes no arguments");
    }
    let obj = unsafe { crate::gc::alloc(ts, std::mem::size_of::<Header>(), &OBJECT_TYPE) };
    obj as Word
}
