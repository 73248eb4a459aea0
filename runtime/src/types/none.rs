//! `None`, `NotImplemented` and `Ellipsis`: static singletons.

use crate::object::{Header, Slots, TypeObject, Word};
use crate::thread::Thread;

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
    slots: Slots {
        repr: Some(none_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        truthy: Some(none_truthy),
        construct: Some(none_construct),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

pub static NOT_IMPLEMENTED_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "NotImplementedType",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(not_implemented_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        construct: Some(not_implemented_construct),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

pub static ELLIPSIS_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "ellipsis",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(ellipsis_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        construct: Some(ellipsis_construct),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

#[unsafe(no_mangle)]
pub static TY_NONE: Singleton = Singleton {
    header: Header::new_static(&NONE_TYPE),
};

pub static NOT_IMPLEMENTED_OBJ: Singleton = Singleton {
    header: Header::new_static(&NOT_IMPLEMENTED_TYPE),
};
pub static ELLIPSIS_OBJ: Singleton = Singleton {
    header: Header::new_static(&ELLIPSIS_TYPE),
};

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

unsafe fn none_repr(ts: *mut Thread, _w: Word) -> Word {
    crate::types::str::new(ts, "None")
}

unsafe fn not_implemented_repr(ts: *mut Thread, _w: Word) -> Word {
    crate::types::str::new(ts, "NotImplemented")
}

unsafe fn ellipsis_repr(ts: *mut Thread, _w: Word) -> Word {
    crate::types::str::new(ts, "Ellipsis")
}

unsafe fn none_truthy(_ts: *mut Thread, _w: Word) -> i32 {
    0
}

/// `type(None)()` and friends return the singleton.
unsafe fn singleton_construct(ts: *mut Thread, nargs: i64, type_name: &str, value: Word) -> Word {
    if nargs > 0 {
        return crate::error::type_error(ts, &format!("{type_name} takes no arguments"));
    }
    value
}

unsafe extern "C" fn none_construct(
    ts: *mut Thread,
    _args: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    unsafe { singleton_construct(ts, nargs, "NoneType", none()) }
}

unsafe extern "C" fn not_implemented_construct(
    ts: *mut Thread,
    _args: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    unsafe { singleton_construct(ts, nargs, "NotImplementedType", not_implemented()) }
}

unsafe extern "C" fn ellipsis_construct(
    ts: *mut Thread,
    _args: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    unsafe { singleton_construct(ts, nargs, "ellipsis", ellipsis()) }
}
