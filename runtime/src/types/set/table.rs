//! The hash table behind `set` and `frozenset`, step for step CPython
//! 3.11's (`Objects/setobject.c`), because programs print sets and the
//! iteration order is the table order.
//!
//! The table is a power of two long, at least 8. A key goes to `hash &
//! mask`; on a collision the next 9 slots are tried in a row (when they fit
//! before the end of the table), then the start moves to `(i * 5 + 1 +
//! perturb) & mask` with `perturb >>= 5` each round. A deleted key leaves a
//! dummy, and an insertion reuses the last dummy its probe passed. The
//! table grows when `fill * 5 >= mask * 3`, to the smallest power of two
//! above `used * 4` (`used * 2` past 50000 keys), re-inserting the keys in
//! table order.
//!
//! Key comparisons may run Python code that mutates the set: a lookup that
//! sees the table or the compared entry change starts over, as CPython's does.

use super::SetObject;
use super::ints::IntIndex;
use super::slots::{self, SlotMap};
use crate::object::{Word, is_exact, is_small};
use crate::thread::Thread;
use crate::types::seq;
use crate::types::str::{self as str_, STR_TYPE};

/// One slot. Unused: key 0 and hash 0. Dummy (deleted): key 0 and hash -1
/// (no real hash is -1). Active: key != 0.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SetEntry {
    pub key: Word,
    pub hash: i64,
}

pub const UNUSED: SetEntry = SetEntry { key: 0, hash: 0 };
pub const DUMMY: SetEntry = SetEntry { key: 0, hash: -1 };
pub const MIN_SIZE: usize = 8;
pub(super) const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// What a probe found for a key.
#[cfg_attr(test, derive(Debug, PartialEq))]
pub(super) enum Found {
    /// The key is at this slot.
    Active(usize),
    /// The key is absent; the probe ended at this unused slot, passing the
    /// dummy `dummy` last, if any.
    Unused(usize, Option<usize>),
}

/// How comparing a probed entry with the key (same hash, another word) ended.
enum Compared {
    Equal,
    Different,
    /// The comparison changed the table or the entry: start over.
    Restart,
    /// An exception is pending.
    Failed,
}

/// Probe for `key`. `Err(())` with an exception pending when a comparison
/// fails.
///
/// The loop only looks at words: identity, unused, dummy and hash checks;
/// the rare entry of the same hash under another word is compared out of
/// line (`compare_entry`), so a probe through a table crowded with dummies
/// (a set used as a stack of small ints) stays a few instructions a slot.
#[inline]
unsafe fn probe(ts: *mut Thread, s: *mut SetObject, key: Word, hash: i64) -> Result<Found, ()> {
    'restart: loop {
        let table = unsafe { (*s).table.as_ptr() };
        let mask = unsafe { (*s).table.len() } - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot = usize::MAX;
        loop {
            let last = if i + LINEAR_PROBES <= mask {
                i + LINEAR_PROBES
            } else {
                i
            };
            let mut j = i;
            loop {
                // In bounds: `j <= last <= mask < table.len()`, and the
                // table only changes under `compare_entry`, which restarts.
                let e = unsafe { *table.add(j) };
                if e.key == key && e.hash == hash {
                    return Ok(Found::Active(j));
                }
                if e.key == 0 {
                    if e.hash == 0 {
                        let dummy = (freeslot != usize::MAX).then_some(freeslot);
                        return Ok(Found::Unused(j, dummy));
                    }
                    freeslot = j;
                } else if e.hash == hash {
                    match unsafe { compare_entry(ts, s, j, e.key, key) } {
                        Compared::Equal => return Ok(Found::Active(j)),
                        Compared::Different => {}
                        Compared::Restart => continue 'restart,
                        Compared::Failed => return Err(()),
                    }
                }
                if j == last {
                    break;
                }
                j += 1;
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }
}

/// Where a key known to be absent goes: the probe for `hash` up to its
/// first unused slot, with the last dummy it passed (what `probe` finds
/// for an absent key, without comparing keys).
///
/// # Safety
/// `s` must point at a live set.
pub(super) unsafe fn free_slot(s: *mut SetObject, hash: i64) -> Found {
    let table = unsafe { &(*s).table };
    let mask = table.len() - 1;
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    let mut freeslot = None;
    loop {
        let last = if i + LINEAR_PROBES <= mask {
            i + LINEAR_PROBES
        } else {
            i
        };
        for (j, e) in table[i..=last].iter().enumerate() {
            if e.key == 0 {
                if e.hash == 0 {
                    return Found::Unused(i + j, freeslot);
                }
                freeslot = Some(i + j);
            }
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// Compare the entry `startkey` at slot `j` with `key` (equal hashes,
/// different words), as CPython does: strings by content, anything else by
/// `==`, which may run code that changes the set.
#[cold]
#[inline(never)]
unsafe fn compare_entry(
    ts: *mut Thread,
    s: *mut SetObject,
    j: usize,
    startkey: Word,
    key: Word,
) -> Compared {
    if is_small(startkey) && is_small(key) {
        // Inline ints are canonical: different words, different values.
        return Compared::Different;
    }
    if is_exact(startkey, &STR_TYPE) && is_exact(key, &STR_TYPE) {
        return if unsafe { str_::same_bytes(str_::bytes(startkey), str_::bytes(key)) } {
            Compared::Equal
        } else {
            Compared::Different
        };
    }
    let table = unsafe { (*s).table.as_ptr() };
    let cmp = unsafe { seq::eq(ts, startkey, key) };
    if cmp < 0 {
        return Compared::Failed;
    }
    let moved = unsafe { (*s).table.as_ptr() != table || (&(*s).table)[j].key != startkey };
    if moved {
        Compared::Restart
    } else if cmp > 0 {
        Compared::Equal
    } else {
        Compared::Different
    }
}

/// Whether the set holds `key`: 1 / 0, or -1 with an exception pending.
///
/// # Safety
/// `s` must point at a live set.
#[inline]
pub unsafe fn contains_entry(ts: *mut Thread, s: *mut SetObject, key: Word, hash: i64) -> i32 {
    if let Some(known) = unsafe { (*s).ints.lookup(key) } {
        return known as i32;
    }
    match unsafe { probe(ts, s, key, hash) } {
        Ok(Found::Active(_)) => 1,
        Ok(Found::Unused(..)) => 0,
        Err(()) => -1,
    }
}

/// Add `key` (CPython's `set_add_entry`): 0, or -1 with an exception pending.
///
/// # Safety
/// `s` must point at a live set.
pub unsafe fn add_entry(ts: *mut Thread, s: *mut SetObject, key: Word, hash: i64) -> i32 {
    let found = match unsafe { (*s).ints.lookup(key) } {
        Some(true) => return 0,
        Some(false) => Ok(match unsafe { slot_map(s) } {
            Some(map) => map.free_slot(hash, unsafe { (*s).table.len() } - 1),
            None => unsafe { free_slot(s, hash) },
        }),
        None => unsafe { probe(ts, s, key, hash) },
    };
    match found {
        Err(()) => -1,
        Ok(Found::Active(_)) => 0,
        Ok(Found::Unused(_, Some(dummy))) => {
            let set = unsafe { &mut *s };
            set.table[dummy] = SetEntry { key, hash };
            set.ints.added(key, set.used == 0);
            set.used += 1;
            if let Some(map) = &mut set.slots {
                map.filled(dummy, set.ints.offset(key));
            }
            0
        }
        Ok(Found::Unused(slot, None)) => {
            let set = unsafe { &mut *s };
            set.table[slot] = SetEntry { key, hash };
            set.ints.added(key, set.used == 0);
            if let Some(map) = &mut set.slots {
                map.filled(slot, set.ints.offset(key));
            }
            set.fill += 1;
            set.used += 1;
            let mask = set.table.len() - 1;
            if set.fill * 5 < mask * 3 {
                return 0;
            }
            let used = set.used;
            unsafe { resize(ts, s, if used > 50000 { used * 2 } else { used * 4 }) }
        }
    }
}

/// Remove `key`, a small int the int index holds, at the slot the slot
/// map recorded for it, without its hash: whether it was removed that way
/// (false when the table has no slot map, the caller then probes).
///
/// # Safety
/// `s` must point at a live set.
pub unsafe fn discard_indexed(s: *mut SetObject, key: Word) -> bool {
    if let (Some(map), Some(k)) = (unsafe { slot_map(s) }, unsafe { (*s).ints.offset(key) }) {
        let j = map.slot_of(k);
        if unsafe { (&(*s).table)[j].key } == key {
            unsafe { remove_at(s, j) };
            return true;
        }
    }
    false
}

/// Remove `key` if present (CPython's `set_discard_entry`): 1 if it was
/// there, 0 if not, -1 with an exception pending.
///
/// # Safety
/// `s` must point at a live set.
pub unsafe fn discard_entry(ts: *mut Thread, s: *mut SetObject, key: Word, hash: i64) -> i32 {
    match unsafe { (*s).ints.lookup(key) } {
        Some(false) => return 0,
        Some(true) if unsafe { discard_indexed(s, key) } => return 1,
        _ => {}
    }
    match unsafe { probe(ts, s, key, hash) } {
        Err(()) => -1,
        Ok(Found::Unused(..)) => 0,
        Ok(Found::Active(j)) => {
            unsafe { remove_at(s, j) };
            1
        }
    }
}

/// Delete the active entry at slot `j`, leaving a dummy.
///
/// # Safety
/// `s` must point at a live set whose slot `j` is active.
unsafe fn remove_at(s: *mut SetObject, j: usize) {
    let set = unsafe { &mut *s };
    let removed = set.table[j].key;
    set.table[j] = DUMMY;
    set.used -= 1;
    set.ints.removed(removed, set.used == 0);
    if let Some(map) = &mut set.slots {
        map.emptied(j);
    }
}

/// The set's slot map (`slots.rs`), made now if the table is small and
/// holds dummies; `None` for a large table or one without dummies. Only
/// called while the int index is valid.
///
/// # Safety
/// `s` must point at a live set.
#[inline(always)]
unsafe fn slot_map<'a>(s: *mut SetObject) -> Option<&'a mut SlotMap> {
    let set = unsafe { &mut *s };
    if set.slots.is_none() {
        if set.table.len() > slots::MAX_SLOTS || set.fill == set.used {
            return None;
        }
        unsafe { build_slot_map(s) };
    }
    set.slots.as_deref_mut()
}

/// Make the slot map of a small table with dummies; out of line, since a
/// map, once made, serves every later `add` and `discard` until the table
/// is replaced.
#[cold]
#[inline(never)]
unsafe fn build_slot_map(s: *mut SetObject) {
    let set = unsafe { &mut *s };
    let ints = set.ints;
    set.slots = Some(SlotMap::build(&set.table, |key| ints.offset(key)));
}

/// Rebuild the table at the smallest size above `minused` (CPython's
/// `set_table_resize`): 0, or -1 with `MemoryError` pending.
///
/// # Safety
/// `s` must point at a live set.
pub unsafe fn resize(ts: *mut Thread, s: *mut SetObject, minused: usize) -> i32 {
    let set = unsafe { &mut *s };
    let mut newsize = MIN_SIZE;
    while newsize <= minused {
        newsize <<= 1;
    }
    if newsize == MIN_SIZE && set.table.len() == MIN_SIZE && set.fill == set.used {
        // Already the smallest table, and no dummies to purge.
        return 0;
    }
    let mut table = Vec::new();
    if table.try_reserve_exact(newsize).is_err() {
        crate::error::memory_error(ts);
        return -1;
    }
    table.resize(newsize, UNUSED);
    let old = std::mem::replace(&mut set.table, table);
    set.slots = None;
    set.fill = set.used;
    let mask = newsize - 1;
    for e in old.iter().filter(|e| e.key != 0) {
        insert_clean(&mut set.table, mask, e.key, e.hash);
    }
    0
}

/// Place a key known to be absent into a table without dummies (CPython's
/// `set_insert_clean`); the caller counts it in `fill` and `used`.
pub fn insert_clean(table: &mut [SetEntry], mask: usize, key: Word, hash: i64) {
    let mut i = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    loop {
        let probes = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        if let Some(slot) = table[i..=i + probes].iter_mut().find(|e| e.key == 0) {
            *slot = SetEntry { key, hash };
            return;
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// The active entry at or after `*pos` in table order, advancing `*pos`
/// past it (CPython's `set_next`).
///
/// # Safety
/// `s` must point at a live set.
pub unsafe fn next(s: *const SetObject, pos: &mut usize) -> Option<SetEntry> {
    let table = unsafe { &(*s).table };
    while let Some(e) = table.get(*pos) {
        *pos += 1;
        if e.key != 0 {
            return Some(*e);
        }
    }
    None
}

/// Remove and return an arbitrary key, scanning from where the last `pop`
/// stopped (CPython's `set_pop` and its `finger`).
///
/// # Safety
/// `s` must point at a live, non-empty set.
pub unsafe fn pop(s: *mut SetObject) -> Word {
    let set = unsafe { &mut *s };
    let mask = set.table.len() - 1;
    let mut i = set.finger & mask;
    while set.table[i].key == 0 {
        i = if i == mask { 0 } else { i + 1 };
    }
    let key = set.table[i].key;
    set.table[i] = DUMMY;
    set.used -= 1;
    set.ints.removed(key, set.used == 0);
    if let Some(map) = &mut set.slots {
        map.emptied(i);
    }
    set.finger = i + 1;
    key
}

/// Make the set empty with a fresh minimum-size table.
///
/// # Safety
/// `s` must point at a live set.
pub unsafe fn clear(s: *mut SetObject) {
    let set = unsafe { &mut *s };
    set.table = vec![UNUSED; MIN_SIZE];
    set.fill = 0;
    set.used = 0;
    set.hash = -1;
    set.ints = IntIndex::EMPTY;
    set.slots = None;
}

/// Add every key of the set `other` (CPython's `set_merge`): 0, or -1 with
/// an exception pending.
///
/// # Safety
/// Both must point at live sets.
pub unsafe fn merge(ts: *mut Thread, s: *mut SetObject, other: *const SetObject) -> i32 {
    if std::ptr::eq(s, other) || unsafe { (*other).used } == 0 {
        return 0;
    }
    let (fill, used, mask) = unsafe { ((*s).fill, (*s).used, (*s).table.len() - 1) };
    let other_used = unsafe { (*other).used };
    // One big resize up front rather than growing key by key.
    if (fill + other_used) * 5 >= mask * 3 && unsafe { resize(ts, s, (used + other_used) * 2) } < 0
    {
        return -1;
    }
    let set = unsafe { &mut *s };
    let source = unsafe { &*other };
    if set.fill == 0 {
        if set.table.len() == source.table.len() && source.fill == source.used {
            set.table.copy_from_slice(&source.table);
        } else {
            let mask = set.table.len() - 1;
            for e in source.table.iter().filter(|e| e.key != 0) {
                insert_clean(&mut set.table, mask, e.key, e.hash);
            }
        }
        set.fill = source.used;
        set.used = source.used;
        set.ints = source.ints;
        set.slots = None;
        return 0;
    }
    // Keys may repeat: ordinary insertions. Copy the entries first, since
    // the comparisons can run code that mutates `other`.
    let entries: Vec<SetEntry> = source
        .table
        .iter()
        .filter(|e| e.key != 0)
        .copied()
        .collect();
    for e in entries {
        if unsafe { add_entry(ts, s, e.key, e.hash) } < 0 {
            return -1;
        }
    }
    0
}

/// CPython's `frozenset` hash: the shuffled key hashes xor-ed together,
/// then mixed with the size.
pub fn frozenset_hash(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash = hashes.fold(0u64, |acc, h| acc ^ shuffle(h as u64));
    hash ^= (len as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        590923713
    } else {
        hash as i64
    }
}

/// The next slot of CPython's probe sequence (see the module doc).
#[inline(always)]
pub(super) fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}
