//! `iter(callable, sentinel)`: an iterator calling `callable()` until it
//! returns `sentinel`.

use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;

#[repr(C)]
pub struct CallIterObject {
    pub header: Header,
    /// 0 once the sentinel was seen: the iterator stays exhausted.
    pub callable: Word,
    pub sentinel: Word,
}

pub static CALLABLE_ITERATOR_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "callable_iterator",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots {
        repr: Some(crate::types::object::default_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        iter: Some(iter_self),
        next: Some(next),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

/// A new callable iterator; TypeError "iter(v, w): v must be callable".
pub fn new(ts: *mut Thread, callable: Word, sentinel: Word) -> Word {
    if crate::object::type_of(callable).slots.call.is_none() {
        return crate::error::type_error(ts, "iter(v, w): v must be callable");
    }
    let value = CallIterObject {
        header: Header::new_static(&CALLABLE_ITERATOR_TYPE),
        callable,
        sentinel,
    };
    unsafe { gc::alloc_value(ts, &CALLABLE_ITERATOR_TYPE, value) }
}

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let it = unsafe { cast::<CallIterObject>(obj as Word) };
    if it.callable != 0 {
        visit(it.callable);
    }
    visit(it.sentinel);
}

unsafe fn iter_self(_ts: *mut Thread, it: Word) -> Word {
    it
}

unsafe fn next(ts: *mut Thread, it: Word) -> Word {
    let obj = unsafe { cast::<CallIterObject>(it) };
    if obj.callable == 0 {
        return typhon_abi::ITER_DONE;
    }
    let value = unsafe { crate::entry::ty_call(ts, obj.callable, std::ptr::null(), 0, 0) };
    if value == 0 {
        return 0;
    }
    match unsafe { crate::ops::eq(ts, value, obj.sentinel) } {
        0 => value,
        1 => {
            obj.callable = 0;
            typhon_abi::ITER_DONE
        }
        _ => 0,
    }
}
