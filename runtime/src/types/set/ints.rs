//! A membership bitmap of a set's small-int keys, kept next to the table.
//!
//! The table must stay CPython's slot for slot (programs print sets), and
//! CPython's table answers a miss only at an unused slot: a set used as a
//! stack of small ints (`cols.add(c)` ... `cols.discard(c)`, as
//! backtracking searches do) fills with dummies, and every miss walks
//! through them. The bitmap answers `k in s` for an inline int `k` in one
//! bit test, and tells `add` and `discard` whether the probe is needed.
//!
//! It is valid while every key of the set is an inline int inside the
//! window `[lo, lo + SPAN)` or an exact `str` (which never equals an int):
//! then an inline int is a key exactly when its bit is set. Any other key
//! (a bool, a float, a big int, an object with its own `__eq__`) or an int
//! outside the window turns it off until the set is empty again. It holds
//! no pointers, so copying a set's bytes copies a correct index along with
//! a copy of its table.

use crate::object::{Word, is_exact, is_small, small_value};
use crate::types::str::STR_TYPE;

/// The hash of the inline int `key` (CPython's `int` hash): below the
/// hash modulus an int is its own hash, so the common case needs no
/// division.
#[inline]
pub fn small_hash(key: Word) -> i64 {
    let v = small_value(key);
    if (0..(1 << 61) - 1).contains(&v) {
        v
    } else {
        crate::types::seq::int_hash(v)
    }
}

const WORDS: usize = 4;
const SPAN: u64 = 64 * WORDS as u64;
const _: () = {
    use typhon_abi::set_layout::{INTS_BITS, INTS_LO, INTS_SPAN, INTS_VALID};
    assert!(SPAN as i64 == INTS_SPAN);
    assert!(std::mem::offset_of!(IntIndex, lo) == 0);
    assert!(std::mem::offset_of!(IntIndex, bits) == (INTS_BITS - INTS_LO) as usize);
    assert!(std::mem::offset_of!(IntIndex, valid) == (INTS_VALID - INTS_LO) as usize);
};
/// Where the window starts below the first key of an empty set: keys
/// often count up from the first one, sometimes a little below it.
const BELOW: i64 = 64;

/// Laid out as `typhon_abi::set_layout` says (generated code reads it).
#[derive(Clone, Copy)]
#[repr(C)]
pub struct IntIndex {
    lo: i64,
    bits: [u64; WORDS],
    valid: bool,
}

impl IntIndex {
    /// The index of an empty set.
    pub const EMPTY: IntIndex = IntIndex {
        valid: true,
        lo: 0,
        bits: [0; WORDS],
    };

    /// Whether `key` is in the set, when the index knows it.
    #[inline]
    pub fn lookup(&self, key: Word) -> Option<bool> {
        if !self.valid || !is_small(key) {
            return None;
        }
        let off = small_value(key).wrapping_sub(self.lo) as u64;
        if off >= SPAN {
            return Some(false);
        }
        Some(self.bits[(off >> 6) as usize] >> (off & 63) & 1 != 0)
    }

    /// Where `key`, an inline int inside the window of a valid index, sits
    /// in the bitmap (what `slots.rs` indexes its slots by).
    #[inline]
    pub fn offset(&self, key: Word) -> Option<usize> {
        if !self.valid || !is_small(key) {
            return None;
        }
        let off = small_value(key).wrapping_sub(self.lo) as u64;
        (off < SPAN).then_some(off as usize)
    }

    /// `key` was just inserted into the set, which was empty before when
    /// `was_empty`.
    #[inline]
    pub fn added(&mut self, key: Word, was_empty: bool) {
        if was_empty {
            *self = IntIndex::EMPTY;
            if is_small(key) {
                // Inline ints have 63 bits: no overflow.
                self.lo = small_value(key) - BELOW;
            }
        }
        if !self.valid {
            return;
        }
        if !is_small(key) {
            self.valid = is_exact(key, &STR_TYPE);
            return;
        }
        let off = small_value(key).wrapping_sub(self.lo) as u64;
        if off >= SPAN {
            self.valid = false;
            return;
        }
        self.bits[(off >> 6) as usize] |= 1 << (off & 63);
    }

    /// The key `key` (the table's word) was just removed; the set is empty
    /// now when `now_empty`.
    #[inline]
    pub fn removed(&mut self, key: Word, now_empty: bool) {
        if now_empty {
            *self = IntIndex::EMPTY;
            return;
        }
        if !self.valid || !is_small(key) {
            return;
        }
        let off = small_value(key).wrapping_sub(self.lo) as u64;
        if off < SPAN {
            self.bits[(off >> 6) as usize] &= !(1 << (off & 63));
        }
    }
}
