//! Generic operations on any value, dispatching through the type's slots:
//! the Rust-side helpers behind the operator entry points.
//!
//! CONTRACT: `hash` and `eq` are used by dict, set and the builtins; the
//! numbers owner completes them.

use crate::object::{Word, type_of};
use crate::thread::Thread;

/// `hash(w)`: `Some(h)`, or `None` with `TypeError` pending for unhashable values.
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn hash(ts: *mut Thread, w: Word) -> Option<i64> {
    let ty = type_of(w);
    match ty.slots.hash {
        Some(hash) => unsafe { hash(ts, w) },
        None => {
            crate::error::type_error(ts, &format!("unhashable type: '{}'", ty.name));
            None
        }
    }
}

/// `a == b` as 1 / 0, or -1 with an exception pending.
///
/// # Safety
/// `a` and `b` must be valid words.
pub unsafe fn eq(ts: *mut Thread, a: Word, b: Word) -> i32 {
    if a == b {
        return 1;
    }
    unsafe { crate::entry::ty_compare_bool(ts, typhon_abi::CmpOp::Eq as i32, a, b) }
}
