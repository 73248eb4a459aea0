//! Lookups of inline small-int keys without hashing dispatch, calls or
//! Python code: `d[i]`, `d.get(i)`, `i in d` and `d[i] = v` on a dict
//! whose keys are ints (`tasks[ident]`, memo tables, counters by id).
//!
//! An inline small int has no `__eq__` or `__hash__` of its own: its hash
//! is its value (CPython's `int` hash), and two small ints are equal only
//! when their words are. A stored key with the same hash that is not a
//! small int (`True`, `1.0`, a big int never equal to a small one is not
//! stored inline, an instance whose `__hash__` collides) may be equal
//! through a comparison that can run Python code, so the probe gives up
//! there and the caller takes the general path, which compares as CPython
//! does.

use super::object;
use super::table::{DUMMY, EMPTY, next_slot};
use crate::object::{Word, is_small, small_value};
use crate::types::seq::int_hash;

/// What probing for a small-int key found.
pub enum IntProbe {
    /// The key's value word.
    Found(*mut Word),
    /// The key is certainly absent.
    Missing,
    /// An entry with the key's hash is not a small int: only the general
    /// lookup, with its comparison, can tell.
    Unknown,
}

/// Probe `d` for the inline small int `key`.
///
/// # Safety
/// `d` must be a dict (of any class: the answer depends only on its
/// table) and `key` an inline small int.
#[inline]
pub unsafe fn probe_small_int(d: Word, key: Word) -> IntProbe {
    debug_assert!(is_small(key));
    let t = unsafe { object(d) }.table;
    if t.is_null() {
        return IntProbe::Missing;
    }
    let t = unsafe { &*t };
    // Below the hash modulus an int is its own hash: no division.
    let v = small_value(key);
    let hash = if (0..(1 << 61) - 1).contains(&v) {
        v
    } else {
        int_hash(v)
    };
    let mask = t.size() - 1;
    let mut perturb = hash as u64;
    let mut slot = hash as u64 as usize & mask;
    loop {
        let ix = t.index(slot);
        if ix == EMPTY {
            return IntProbe::Missing;
        }
        if ix != DUMMY {
            let e = t.entry_ptr(ix as usize);
            let (stored, stored_hash) = unsafe { ((*e).key, (*e).hash) };
            if stored == key {
                return IntProbe::Found(unsafe { &raw mut (*e).value });
            }
            if stored_hash == hash && !is_small(stored) {
                return IntProbe::Unknown;
            }
        }
        perturb >>= 5;
        slot = next_slot(slot, perturb, mask);
    }
}
