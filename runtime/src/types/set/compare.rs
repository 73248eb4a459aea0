//! Set comparisons: subset, superset and disjointness tests, and the rich
//! comparison slot built on them.

use super::ops::{entries, for_each};
use super::{SET_TYPE, from_iterable, is_any_set, len_of, object, table};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::bool::from_bool;
use crate::types::none::not_implemented;
use typhon_abi::CmpOp;

/// `s <= other` and `s.issubset(other)`: Ok(bool), or Err with an exception pending.
///
/// # Safety
/// `s` must be a set or frozenset; `other` a valid word.
pub unsafe fn issubset(ts: *mut Thread, s: Word, other: Word) -> Result<bool, ()> {
    if !is_any_set(other) {
        let tmp = unsafe { from_iterable(ts, &SET_TYPE, other) };
        if tmp == 0 {
            return Err(());
        }
        return unsafe { issubset(ts, s, tmp) };
    }
    if unsafe { len_of(s) > len_of(other) } {
        return Ok(false);
    }
    for e in unsafe { entries(s) } {
        match unsafe { table::contains_entry(ts, object(other), e.key, e.hash) } {
            r if r < 0 => return Err(()),
            0 => return Ok(false),
            _ => {}
        }
    }
    Ok(true)
}

/// `s >= other` and `s.issuperset(other)`.
///
/// # Safety
/// `s` must be a set or frozenset; `other` a valid word.
pub unsafe fn issuperset(ts: *mut Thread, s: Word, other: Word) -> Result<bool, ()> {
    if is_any_set(other) {
        return unsafe { issubset(ts, other, s) };
    }
    let mut all = true;
    let status = unsafe {
        for_each(ts, other, |key| match super::contains(ts, s, key) {
            r if r < 0 => Err(()),
            0 => {
                all = false;
                Ok(false)
            }
            _ => Ok(true),
        })
    };
    if status < 0 { Err(()) } else { Ok(all) }
}

/// `s.isdisjoint(other)`.
///
/// # Safety
/// `s` must be a set or frozenset; `other` a valid word.
pub unsafe fn isdisjoint(ts: *mut Thread, s: Word, other: Word) -> Result<bool, ()> {
    if s == other {
        return Ok(unsafe { len_of(s) } == 0);
    }
    if is_any_set(other) {
        let (probed, iterated) = if unsafe { len_of(other) > len_of(s) } {
            (other, s)
        } else {
            (s, other)
        };
        for e in unsafe { entries(iterated) } {
            match unsafe { table::contains_entry(ts, object(probed), e.key, e.hash) } {
                r if r < 0 => return Err(()),
                0 => {}
                _ => return Ok(false),
            }
        }
        return Ok(true);
    }
    let mut disjoint = true;
    let status = unsafe {
        for_each(ts, other, |key| match super::contains(ts, s, key) {
            r if r < 0 => Err(()),
            0 => Ok(true),
            _ => {
                disjoint = false;
                Ok(false)
            }
        })
    };
    if status < 0 { Err(()) } else { Ok(disjoint) }
}

/// Rich comparison: subset and superset tests, NotImplemented for non-sets.
pub(super) unsafe fn compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let Some(cmp) = CmpOp::from_i32(op) else {
        return not_implemented();
    };
    if !is_any_set(a) || !is_any_set(b) {
        return not_implemented();
    }
    let (len_a, len_b) = unsafe { (len_of(a), len_of(b)) };
    let result = match cmp {
        CmpOp::Eq | CmpOp::Ne => {
            let (ha, hb) = unsafe { ((*object(a)).hash, (*object(b)).hash) };
            let equal = if len_a != len_b || (ha != -1 && hb != -1 && ha != hb) {
                Ok(false)
            } else {
                unsafe { issubset(ts, a, b) }
            };
            equal.map(|e| e == (cmp == CmpOp::Eq))
        }
        CmpOp::Le => unsafe { issubset(ts, a, b) },
        CmpOp::Ge => unsafe { issuperset(ts, a, b) },
        CmpOp::Lt if len_a >= len_b => Ok(false),
        CmpOp::Lt => unsafe { issubset(ts, a, b) },
        CmpOp::Gt if len_a <= len_b => Ok(false),
        CmpOp::Gt => unsafe { issuperset(ts, a, b) },
    };
    match result {
        Ok(b) => from_bool(b),
        Err(()) => 0,
    }
}
