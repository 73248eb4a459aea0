//! Iterator objects of the built-in containers: over lists and tuples
//! (forwards and reversed), ranges, sequences with only `__getitem__`, and
//! (in `iter/`) dicts and sets. Every iterator returns itself from `iter()`.
//!
//! Exhaustion is sticky, as in CPython: once an iterator has reported the
//! end it drops its container, so `it = iter(l); list(it); l.append(1)`
//! leaves `it` empty.

mod mapping;
mod unpack;

pub use mapping::{DictIterKind, dict_iter, set_iter};
pub use unpack::ty_iter_next_unpack;

use crate::gc;
use crate::object::{Header, TypeObject, Word, cast, is_instance};
use crate::thread::Thread;
use crate::types::{list, seq, tuple};
use typhon_abi::ITER_DONE;

/// `iter()` of any iterator: itself.
pub(crate) unsafe fn iter_self(_ts: *mut Thread, w: Word) -> Word {
    w
}

macro_rules! iterator_type {
    ($(#[$attr:meta])* $name:ident, $py_name:literal, $trace:expr, $next:expr) => {
        $(#[$attr])*
        pub static $name: $crate::object::TypeObject = $crate::object::TypeObject {
            header: $crate::object::Header::new_static(&$crate::types::type_::TYPE_TYPE),
            name: $py_name,
            base: &$crate::types::object::OBJECT_TYPE,
            trace: Some($trace),
            finalize: None,
            slots: $crate::object::Slots {
                iter: Some($crate::types::iter::iter_self),
                next: Some($next),
                ..$crate::object::Slots::EMPTY
            },
            methods: crate::methods::Methods::EMPTY,
        };
    };
}
pub(crate) use iterator_type;

/// Which sequence a [`SeqIterObject`] walks.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u64)]
pub enum SeqKind {
    List,
    Tuple,
}

/// Forward iteration over a list or tuple, reading the sequence live (a
/// list may grow while it is iterated).
#[repr(C)]
pub struct SeqIterObject {
    pub header: Header,
    /// 0 once exhausted.
    pub seq: Word,
    pub index: u64,
}

iterator_type!(
    // Exported: generated code steps list iterators inline.
    #[unsafe(export_name = "TY_LIST_ITER_TYPE")]
    LIST_ITER_TYPE,
    "list_iterator",
    trace_seq,
    next_list
);
const _: () = {
    use typhon_abi::list_layout::{ITER_INDEX, ITER_SEQ};
    assert!(std::mem::offset_of!(SeqIterObject, seq) == ITER_SEQ as usize);
    assert!(std::mem::offset_of!(SeqIterObject, index) == ITER_INDEX as usize);
};
iterator_type!(
    // Exported: generated code steps tuple iterators inline.
    #[unsafe(export_name = "TY_TUPLE_ITER_TYPE")]
    TUPLE_ITER_TYPE,
    "tuple_iterator",
    trace_seq,
    next_tuple
);
const _: () = {
    use typhon_abi::tuple_layout::{ITEMS, LEN};
    assert!(std::mem::offset_of!(tuple::TupleObject, len) == LEN as usize);
    assert!(std::mem::size_of::<tuple::TupleObject>() == ITEMS as usize);
};
iterator_type!(
    LIST_REVERSE_ITER_TYPE,
    "list_reverseiterator",
    trace_seq,
    next_list_reversed
);
iterator_type!(REVERSED_TYPE, "reversed", trace_seq, next_reversed);
iterator_type!(SEQ_ITER_TYPE, "iterator", trace_seq, next_getitem);

unsafe fn trace_seq(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let it = unsafe { cast::<SeqIterObject>(obj as Word) };
    if it.seq != 0 {
        visit(it.seq);
    }
}

fn new_seq_iter(ts: *mut Thread, ty: &'static TypeObject, seq: Word, index: u64) -> Word {
    unsafe {
        gc::alloc_value(
            ts,
            ty,
            SeqIterObject {
                header: Header::new_static(ty),
                seq,
                index,
            },
        )
    }
}

/// A forward iterator over a list or tuple.
pub fn seq_iter(ts: *mut Thread, seq: Word, kind: SeqKind) -> Word {
    let ty = if kind == SeqKind::List {
        &LIST_ITER_TYPE
    } else {
        &TUPLE_ITER_TYPE
    };
    new_seq_iter(ts, ty, seq, 0)
}

/// `reversed(seq)` for a list (live, like CPython's `list_reverseiterator`)
/// or any other sequence with a length and `__getitem__`.
///
/// # Safety
/// `len` must be the current length of `seq`.
pub unsafe fn reversed_seq(ts: *mut Thread, seq: Word, len: usize) -> Word {
    let ty = if is_instance(seq, &list::LIST_TYPE) {
        &LIST_REVERSE_ITER_TYPE
    } else {
        &REVERSED_TYPE
    };
    // The index is one past the next item, so 0 means exhausted.
    new_seq_iter(ts, ty, seq, len as u64)
}

/// Iteration through `__getitem__` with 0, 1, 2, ... until IndexError (the
/// fallback for objects without `__iter__`).
pub fn getitem_iter(ts: *mut Thread, seq: Word) -> Word {
    new_seq_iter(ts, &SEQ_ITER_TYPE, seq, 0)
}

unsafe fn seq_state<'a>(w: Word) -> &'a mut SeqIterObject {
    unsafe { cast::<SeqIterObject>(w) }
}

unsafe fn next_list(ts: *mut Thread, w: Word) -> Word {
    let it = unsafe { seq_state(w) };
    if it.seq == 0 {
        return ITER_DONE;
    }
    match unsafe { list::item(ts, it.seq, it.index as usize) } {
        Some(item) => {
            // A failed float box (`MemoryError`) leaves the position.
            if item != 0 {
                it.index += 1;
            }
            item
        }
        None => {
            it.seq = 0;
            ITER_DONE
        }
    }
}

unsafe fn next_tuple(_ts: *mut Thread, w: Word) -> Word {
    let it = unsafe { seq_state(w) };
    if it.seq == 0 {
        return ITER_DONE;
    }
    match unsafe { tuple::items(it.seq) }.get(it.index as usize) {
        Some(item) => {
            it.index += 1;
            *item
        }
        None => {
            it.seq = 0;
            ITER_DONE
        }
    }
}

unsafe fn next_list_reversed(ts: *mut Thread, w: Word) -> Word {
    let it = unsafe { seq_state(w) };
    if it.seq == 0 || it.index == 0 {
        it.seq = 0;
        return ITER_DONE;
    }
    it.index -= 1;
    // The list may have shrunk: then iteration ends, as in CPython.
    match unsafe { list::item(ts, it.seq, it.index as usize) } {
        Some(item) => item,
        None => {
            it.seq = 0;
            ITER_DONE
        }
    }
}

unsafe fn next_reversed(ts: *mut Thread, w: Word) -> Word {
    let it = unsafe { seq_state(w) };
    if it.seq == 0 || it.index == 0 {
        it.seq = 0;
        return ITER_DONE;
    }
    it.index -= 1;
    let seq = it.seq;
    if is_instance(seq, &tuple::TUPLE_TYPE) {
        return unsafe { tuple::items(seq) }
            .get(it.index as usize)
            .copied()
            .unwrap_or(ITER_DONE);
    }
    let index = seq::int_from_usize(ts, it.index as usize);
    let item = unsafe { crate::entry::ty_getitem(ts, seq, index) };
    if item == 0 && unsafe { take_exception(ts, &crate::types::exception::INDEX_ERROR) } {
        unsafe { seq_state(w) }.seq = 0;
        return ITER_DONE;
    }
    item
}

unsafe fn next_getitem(ts: *mut Thread, w: Word) -> Word {
    let it = unsafe { seq_state(w) };
    if it.seq == 0 {
        return ITER_DONE;
    }
    let (seq, index) = (it.seq, it.index);
    let key = seq::int_from_usize(ts, index as usize);
    let item = unsafe { crate::entry::ty_getitem(ts, seq, key) };
    if item == 0 {
        let done = unsafe {
            take_exception(ts, &crate::types::exception::INDEX_ERROR)
                || take_exception(ts, &crate::types::exception::STOP_ITERATION)
        };
        if done {
            unsafe { seq_state(w) }.seq = 0;
            return ITER_DONE;
        }
        return 0;
    }
    unsafe { seq_state(w) }.index = index + 1;
    item
}

/// If the pending exception is an instance of `ty`, clear it and return true.
///
/// # Safety
/// `ts` must be the current thread.
pub unsafe fn take_exception(ts: *mut Thread, ty: &'static TypeObject) -> bool {
    let exc = unsafe { (*ts).exc };
    if exc != 0 && is_instance(exc, ty) {
        unsafe { (*ts).exc = 0 };
        return true;
    }
    false
}

/// Iteration over a range: the next value, the step and how many remain.
#[repr(C)]
pub struct RangeIterObject {
    pub header: Header,
    pub next: i64,
    pub step: i64,
    pub remaining: u64,
}

iterator_type!(
    // Exported: generated code steps range iterators inline.
    #[unsafe(export_name = "TY_RANGE_ITER_TYPE")]
    RANGE_ITER_TYPE,
    "range_iterator",
    trace_nothing,
    next_range
);
const _: () = {
    use typhon_abi::range_iter_layout::{NEXT, REMAINING, STEP};
    assert!(std::mem::offset_of!(RangeIterObject, next) == NEXT as usize);
    assert!(std::mem::offset_of!(RangeIterObject, step) == STEP as usize);
    assert!(std::mem::offset_of!(RangeIterObject, remaining) == REMAINING as usize);
};

unsafe fn trace_nothing(_obj: *mut Header, _visit: &mut dyn FnMut(Word)) {}

/// An iterator yielding `count` ints from `start` in steps of `step`.
pub fn range_iter(ts: *mut Thread, start: i64, step: i64, count: u64) -> Word {
    let value = RangeIterObject {
        header: Header::new_static(&RANGE_ITER_TYPE),
        next: start,
        step,
        remaining: count,
    };
    unsafe { gc::alloc_value(ts, &RANGE_ITER_TYPE, value) }
}

unsafe fn next_range(ts: *mut Thread, w: Word) -> Word {
    let it = unsafe { cast::<RangeIterObject>(w) };
    if it.remaining == 0 {
        return ITER_DONE;
    }
    let value = it.next;
    it.remaining -= 1;
    // The value after the last one may not fit; it is never used.
    it.next = value.wrapping_add(it.step);
    crate::types::int::from_i64(ts, value)
}
