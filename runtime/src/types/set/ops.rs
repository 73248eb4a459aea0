//! Set algebra, following CPython 3.11 operation by operation: which
//! operand is iterated, which one is probed, and when a result is pre-sized
//! all decide the order the result iterates in.

use super::table::{self, SetEntry};
use super::{FROZENSET_TYPE, SET_TYPE, from_iterable, is_any_set, len_of, new, object, update};
use crate::object::{TypeObject, Word, is_exact, is_instance};
use crate::thread::Thread;
use crate::types::none::not_implemented;
use crate::types::seq;
use typhon_abi::BinOp;

/// The type of a result derived from `w`: a set stays a set, a frozenset a frozenset.
fn base_type(w: Word) -> &'static TypeObject {
    if is_instance(w, &SET_TYPE) {
        &SET_TYPE
    } else {
        &FROZENSET_TYPE
    }
}

/// The active entries of a set, in table order.
pub(super) unsafe fn entries(w: Word) -> Vec<SetEntry> {
    unsafe { &(*object(w)).table }
        .iter()
        .filter(|e| e.key != 0)
        .copied()
        .collect()
}

/// Walk an iterable, calling `f` on each item until it returns false.
/// Returns 0, or -1 with an exception pending.
pub(super) unsafe fn for_each(
    ts: *mut Thread,
    iterable: Word,
    mut f: impl FnMut(Word) -> Result<bool, ()>,
) -> i32 {
    let it = unsafe { crate::entry::ty_iter(ts, iterable) };
    if it == 0 {
        return -1;
    }
    loop {
        match unsafe { crate::entry::ty_iter_next(ts, it) } {
            0 => return -1,
            typhon_abi::ITER_DONE => return 0,
            item => match f(item) {
                Ok(true) => {}
                Ok(false) => return 0,
                Err(()) => return -1,
            },
        }
    }
}

/// `s.copy()`.
///
/// # Safety
/// `s` must be a set or frozenset.
pub unsafe fn copy(ts: *mut Thread, s: Word) -> Word {
    unsafe { from_iterable(ts, base_type(s), s) }
}

/// `s.union(*others)`.
///
/// # Safety
/// `s` must be a set or frozenset; `others` valid words.
pub unsafe fn union(ts: *mut Thread, s: Word, others: &[Word]) -> Word {
    let result = unsafe { copy(ts, s) };
    if result == 0 {
        return 0;
    }
    for &other in others {
        if other != s && unsafe { update(ts, result, other) } < 0 {
            return 0;
        }
    }
    result
}

/// `s & other` and `s.intersection(other)`.
///
/// # Safety
/// `s` must be a set or frozenset; `other` a valid word.
pub unsafe fn intersection(ts: *mut Thread, s: Word, other: Word) -> Word {
    if s == other {
        return unsafe { copy(ts, s) };
    }
    let result = new(ts, base_type(s));
    if result == 0 {
        return 0;
    }
    if is_any_set(other) {
        // Iterate the smaller set, probe the larger.
        let (probed, iterated) = if unsafe { len_of(other) > len_of(s) } {
            (other, s)
        } else {
            (s, other)
        };
        for e in unsafe { entries(iterated) } {
            match unsafe { table::contains_entry(ts, object(probed), e.key, e.hash) } {
                r if r < 0 => return 0,
                0 => {}
                _ => {
                    if unsafe { table::add_entry(ts, object(result), e.key, e.hash) } < 0 {
                        return 0;
                    }
                }
            }
        }
        return result;
    }
    let status = unsafe {
        for_each(ts, other, |key| {
            let h = seq::hash(ts, key).ok_or(())?;
            match table::contains_entry(ts, object(s), key, h) {
                r if r < 0 => Err(()),
                0 => Ok(true),
                _ => {
                    if table::add_entry(ts, object(result), key, h) < 0 {
                        Err(())
                    } else {
                        Ok(true)
                    }
                }
            }
        })
    };
    if status < 0 { 0 } else { result }
}

/// `s.intersection(*others)`.
///
/// # Safety
/// `s` must be a set or frozenset; `others` valid words.
pub unsafe fn intersection_multi(ts: *mut Thread, s: Word, others: &[Word]) -> Word {
    if others.is_empty() {
        return unsafe { copy(ts, s) };
    }
    let mut result = s;
    for &other in others {
        result = unsafe { intersection(ts, result, other) };
        if result == 0 {
            return 0;
        }
    }
    result
}

/// `s.intersection_update(*others)`: the intersection replaces the contents.
///
/// # Safety
/// `s` must be a set.
pub unsafe fn intersection_update(ts: *mut Thread, s: Word, others: &[Word]) -> i32 {
    let tmp = unsafe { intersection_multi(ts, s, others) };
    if tmp == 0 {
        return -1;
    }
    if tmp != s {
        unsafe { swap_bodies(s, tmp) };
    }
    0
}

/// Exchange the tables of two sets (CPython's `set_swap_bodies`).
unsafe fn swap_bodies(a: Word, b: Word) {
    let (a, b) = unsafe { (&mut *object(a), &mut *object(b)) };
    std::mem::swap(&mut a.table, &mut b.table);
    std::mem::swap(&mut a.fill, &mut b.fill);
    std::mem::swap(&mut a.used, &mut b.used);
    std::mem::swap(&mut a.ints, &mut b.ints);
    std::mem::swap(&mut a.slots, &mut b.slots);
    a.hash = -1;
    b.hash = -1;
}

/// `s - other` and `s.difference(other)`.
///
/// # Safety
/// `s` must be a set or frozenset; `other` a valid word.
pub unsafe fn difference(ts: *mut Thread, s: Word, other: Word) -> Word {
    let is_dict = is_exact(other, &crate::types::dict::DICT_TYPE);
    let other_size = if is_any_set(other) {
        unsafe { len_of(other) }
    } else if is_dict {
        unsafe { crate::types::dict::len(other) }
    } else {
        return unsafe { copy_and_difference(ts, s, other) };
    };
    // Much bigger than `other`: copying and removing is cheaper.
    if unsafe { len_of(s) } >> 2 > other_size {
        return unsafe { copy_and_difference(ts, s, other) };
    }
    let result = new(ts, base_type(s));
    if result == 0 {
        return 0;
    }
    for e in unsafe { entries(s) } {
        let present = if is_dict {
            match unsafe { crate::types::dict::get_with_hash(ts, other, e.key, e.hash) } {
                Ok(found) => found.is_some() as i32,
                Err(()) => -1,
            }
        } else {
            unsafe { table::contains_entry(ts, object(other), e.key, e.hash) }
        };
        match present {
            r if r < 0 => return 0,
            0 if unsafe { table::add_entry(ts, object(result), e.key, e.hash) } < 0 => return 0,
            _ => {}
        }
    }
    result
}

unsafe fn copy_and_difference(ts: *mut Thread, s: Word, other: Word) -> Word {
    let result = unsafe { copy(ts, s) };
    if result == 0 || unsafe { difference_update(ts, result, other) } < 0 {
        return 0;
    }
    result
}

/// `s.difference(*others)`.
///
/// # Safety
/// `s` must be a set or frozenset; `others` valid words.
pub unsafe fn difference_multi(ts: *mut Thread, s: Word, others: &[Word]) -> Word {
    let Some((&first, rest)) = others.split_first() else {
        return unsafe { copy(ts, s) };
    };
    let result = unsafe { difference(ts, s, first) };
    if result == 0 {
        return 0;
    }
    for &other in rest {
        if unsafe { difference_update(ts, result, other) } < 0 {
            return 0;
        }
    }
    result
}

/// Remove every key of `other` from `s` (CPython's
/// `set_difference_update_internal`): 0, or -1 with an exception pending.
///
/// # Safety
/// `s` must be a set (or a frozenset under construction).
pub unsafe fn difference_update(ts: *mut Thread, s: Word, other: Word) -> i32 {
    if s == other {
        unsafe { table::clear(object(s)) };
        return 0;
    }
    if is_any_set(other) {
        // Much bigger than `s`: only the common keys matter.
        let source = if unsafe { len_of(other) } >> 3 > unsafe { len_of(s) } {
            unsafe { intersection(ts, s, other) }
        } else {
            other
        };
        if source == 0 {
            return -1;
        }
        for e in unsafe { entries(source) } {
            if unsafe { table::discard_entry(ts, object(s), e.key, e.hash) } < 0 {
                return -1;
            }
        }
    } else {
        let status = unsafe {
            for_each(ts, other, |key| {
                let h = seq::hash(ts, key).ok_or(())?;
                if table::discard_entry(ts, object(s), key, h) < 0 {
                    Err(())
                } else {
                    Ok(true)
                }
            })
        };
        if status < 0 {
            return -1;
        }
    }
    // More than a quarter dummies: rebuild.
    let set = unsafe { &*object(s) };
    if set.fill - set.used <= (set.table.len() - 1) / 4 {
        return 0;
    }
    let used = set.used;
    unsafe {
        table::resize(
            ts,
            object(s),
            if used > 50000 { used * 2 } else { used * 4 },
        )
    }
}

/// `s ^ other` and `s.symmetric_difference(other)`: a set built from
/// `other`, then updated with `s`.
///
/// # Safety
/// `s` must be a set or frozenset; `other` a valid word.
pub unsafe fn symmetric_difference(ts: *mut Thread, s: Word, other: Word) -> Word {
    let result = unsafe { from_iterable(ts, base_type(s), other) };
    if result == 0 || unsafe { symmetric_difference_update(ts, result, s) } < 0 {
        return 0;
    }
    result
}

/// Toggle every key of `other` in `s`: 0, or -1 with an exception pending.
///
/// # Safety
/// `s` must be a set (or a frozenset under construction).
pub unsafe fn symmetric_difference_update(ts: *mut Thread, s: Word, other: Word) -> i32 {
    if s == other {
        unsafe { table::clear(object(s)) };
        return 0;
    }
    let pairs: Vec<(Word, i64)> = if is_exact(other, &crate::types::dict::DICT_TYPE) {
        let mut pos = 0;
        let mut v = Vec::new();
        while let Some(e) = unsafe { crate::types::dict::next_entry(other, &mut pos) } {
            v.push((e.key, e.hash));
        }
        v
    } else {
        let source = if is_any_set(other) {
            other
        } else {
            unsafe { from_iterable(ts, base_type(s), other) }
        };
        if source == 0 {
            return -1;
        }
        unsafe { entries(source) }
            .iter()
            .map(|e| (e.key, e.hash))
            .collect()
    };
    for (key, h) in pairs {
        match unsafe { table::discard_entry(ts, object(s), key, h) } {
            r if r < 0 => return -1,
            0 if unsafe { table::add_entry(ts, object(s), key, h) } < 0 => return -1,
            _ => {}
        }
    }
    0
}

/// `| & - ^` between two sets; NotImplemented for anything else.
pub(super) unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, _reflected: bool) -> Word {
    if !is_any_set(a) || !is_any_set(b) {
        return not_implemented();
    }
    match BinOp::from_i32(op) {
        Some(BinOp::BitOr) => unsafe { union(ts, a, &[b]) },
        Some(BinOp::BitAnd) => unsafe { intersection(ts, a, b) },
        Some(BinOp::Sub) => unsafe { difference(ts, a, b) },
        Some(BinOp::BitXor) => unsafe { symmetric_difference(ts, a, b) },
        _ => not_implemented(),
    }
}
