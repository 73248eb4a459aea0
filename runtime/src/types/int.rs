//! `int`: inline small ints (63 bits in the word) and heap big integers.

use crate::object::{Header, Slots, TypeObject, Word};
use crate::thread::Thread;

pub static INT_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "int",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: &[],
};

/// An int from an `i64`: inline when it fits, boxed otherwise.
pub fn from_i64(ts: *mut Thread, value: i64) -> Word {
    match crate::object::small(value) {
        Some(w) => w,
        None => crate::error::overflow_error(ts, "big integers are not implemented"),
    }
}

/// The value of an int (or bool) used as an index or count: `Some(v)`, or
/// `None` with `TypeError` / `OverflowError`/`IndexError` pending as CPython
/// would raise for `what` (e.g. "list indices").
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn index_value(ts: *mut Thread, w: Word, what: &str) -> Option<i64> {
    if crate::object::is_small(w) {
        return Some(crate::object::small_value(w));
    }
    crate::error::type_error(ts, &format!("{what} must be integers"));
    None
}
