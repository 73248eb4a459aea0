//! `dict`: an insertion-ordered hash map, laid out like CPython's compact
//! dict. A dense vector of `(hash, key, value)` entries keeps insertion
//! order; a sparse index table of positions into it, probed with CPython's
//! perturbation scheme, finds keys. Deleting leaves a hole in the entries
//! (key 0) and a dummy in the index; holes are squeezed out when the table
//! is rebuilt.
//!
//! A key comparison can run Python code that mutates the dict; `version`
//! changes with every structural change, and a lookup that sees it move
//! starts over, as CPython's does.
//!
//! The slots are in `slots.rs`, the methods in `methods.rs`, the view
//! objects (`d.keys()`, ...) in `views.rs`.

mod methods;
mod slots;
mod views;

use crate::gc;
use crate::object::{Header, TypeObject, Word, cast};
use crate::thread::Thread;
use crate::types::seq;

pub use views::{
    DICT_ITEMS_TYPE, DICT_KEYS_TYPE, DICT_VALUES_TYPE, DictViewObject, dict_of as view_dict,
};

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    /// 0 for a deleted entry.
    pub key: Word,
    pub value: Word,
}

#[repr(C)]
pub struct DictObject {
    pub header: Header,
    /// In insertion order, with holes where keys were deleted.
    pub entries: Vec<Entry>,
    /// Positions in `entries`, or [`EMPTY`] / [`DUMMY`]. Empty until the
    /// first insertion, then a power of two long.
    pub indices: Vec<u32>,
    /// Live entries.
    pub used: usize,
    /// Bumped by every insertion of a new key, deletion and rebuild.
    pub version: u64,
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;

pub static DICT_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "dict",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: Some(finalize),
    slots: slots::SLOTS,
    methods: methods::METHODS,
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    for e in unsafe { cast::<DictObject>(obj as Word) }.entries.iter() {
        if e.key != 0 {
            visit(e.key);
            visit(e.value);
        }
    }
}

unsafe fn finalize(obj: *mut Header) {
    let d = unsafe { cast::<DictObject>(obj as Word) };
    unsafe {
        std::ptr::drop_in_place(&mut d.entries);
        std::ptr::drop_in_place(&mut d.indices);
    }
}

/// A new empty dict; 0 with an exception pending.
pub fn new(ts: *mut Thread) -> Word {
    let value = DictObject {
        header: Header::new_static(&DICT_TYPE),
        entries: Vec::new(),
        indices: Vec::new(),
        used: 0,
        version: 0,
    };
    unsafe { gc::alloc_value(ts, &DICT_TYPE, value) }
}

/// # Safety
/// `d` must be a dict.
pub unsafe fn object<'a>(d: Word) -> &'a mut DictObject {
    unsafe { cast::<DictObject>(d) }
}

/// The number of keys.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn len(d: Word) -> usize {
    unsafe { object(d) }.used
}

/// `d[key]`: `Ok(Some(value))`, `Ok(None)` when absent, `Err(())` with an
/// exception pending (an unhashable key, a failing `__eq__`).
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn get(ts: *mut Thread, d: Word, key: Word) -> Result<Option<Word>, ()> {
    let hash = unsafe { seq::hash(ts, key) }.ok_or(())?;
    unsafe { get_with_hash(ts, d, key, hash) }
}

/// [`get`] with the key's hash already known.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn get_with_hash(
    ts: *mut Thread,
    d: Word,
    key: Word,
    hash: i64,
) -> Result<Option<Word>, ()> {
    match unsafe { lookup(ts, d, key, hash) }? {
        Probe::Found { entry, .. } => Ok(Some(unsafe { object(d) }.entries[entry].value)),
        Probe::Missing => Ok(None),
    }
}

/// `d[key] = value`; 0 on success, -1 with an exception pending.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn set(ts: *mut Thread, d: Word, key: Word, value: Word) -> i32 {
    match unsafe { seq::hash(ts, key) } {
        Some(hash) => unsafe { set_with_hash(ts, d, key, hash, value) },
        None => -1,
    }
}

/// [`set`] with the key's hash already known.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn set_with_hash(ts: *mut Thread, d: Word, key: Word, hash: i64, value: Word) -> i32 {
    match unsafe { lookup(ts, d, key, hash) } {
        Err(()) => -1,
        Ok(Probe::Found { entry, .. }) => {
            unsafe { object(d) }.entries[entry].value = value;
            0
        }
        Ok(Probe::Missing) => unsafe { insert_new(ts, d, key, hash, value) },
    }
}

/// `del d[key]`: `Ok(Some(value))` with the removed value, `Ok(None)` when
/// the key is absent (nothing raised), `Err(())` with an exception pending.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn del(ts: *mut Thread, d: Word, key: Word) -> Result<Option<Word>, ()> {
    let hash = unsafe { seq::hash(ts, key) }.ok_or(())?;
    match unsafe { lookup(ts, d, key, hash) }? {
        Probe::Found { entry, slot } => Ok(Some(unsafe { remove_at(d, entry, slot) })),
        Probe::Missing => Ok(None),
    }
}

/// The live entry at or after `*pos`, advancing `*pos` past it: the way to
/// walk a dict in insertion order.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn next_entry(d: Word, pos: &mut usize) -> Option<Entry> {
    let entries = &unsafe { object(d) }.entries;
    while let Some(e) = entries.get(*pos) {
        *pos += 1;
        if e.key != 0 {
            return Some(*e);
        }
    }
    None
}

/// Remove every key.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn clear(d: Word) {
    let obj = unsafe { object(d) };
    obj.entries = Vec::new();
    obj.indices = Vec::new();
    obj.used = 0;
    obj.version += 1;
}

/// A shallow copy; 0 with an exception pending.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn copy(ts: *mut Thread, d: Word) -> Word {
    let result = new(ts);
    if result == 0 {
        return 0;
    }
    let source = unsafe { object(d) };
    let target = unsafe { object(result) };
    target.entries = source
        .entries
        .iter()
        .filter(|e| e.key != 0)
        .copied()
        .collect();
    target.used = target.entries.len();
    unsafe { rebuild_indices(target, table_size(target.used * 3 / 2 + 1)) };
    result
}

/// Where a key was found, or that it is absent.
#[derive(Clone, Copy)]
enum Probe {
    Found { entry: usize, slot: usize },
    Missing,
}

unsafe fn lookup(ts: *mut Thread, d: Word, key: Word, hash: i64) -> Result<Probe, ()> {
    // Read through a raw pointer: the comparison below may run Python code
    // that mutates this dict.
    let obj = d as *mut DictObject;
    'restart: loop {
        let size = unsafe { (*obj).indices.len() };
        if size == 0 {
            return Ok(Probe::Missing);
        }
        let mask = size - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        loop {
            let ix = unsafe { (&(*obj).indices)[slot] };
            if ix == EMPTY {
                return Ok(Probe::Missing);
            }
            if ix != DUMMY {
                let e = unsafe { (&(*obj).entries)[ix as usize] };
                if e.key == key {
                    return Ok(Probe::Found {
                        entry: ix as usize,
                        slot,
                    });
                }
                if e.hash == hash {
                    let version = unsafe { (*obj).version };
                    let found = unsafe { seq::eq(ts, e.key, key) };
                    if found < 0 {
                        return Err(());
                    }
                    if unsafe { (*obj).version } != version {
                        continue 'restart;
                    }
                    if found == 1 {
                        return Ok(Probe::Found {
                            entry: ix as usize,
                            slot,
                        });
                    }
                }
            }
            perturb >>= 5;
            slot = next_slot(slot, perturb, mask);
        }
    }
}

/// CPython's probe sequence: `i = i * 5 + perturb + 1`.
#[inline]
fn next_slot(slot: usize, perturb: u64, mask: usize) -> usize {
    slot.wrapping_mul(5)
        .wrapping_add(perturb as usize)
        .wrapping_add(1)
        & mask
}

/// The first free (empty or dummy) index slot for `hash`.
fn free_slot(indices: &[u32], hash: i64) -> usize {
    let mask = indices.len() - 1;
    let mut perturb = hash as u64;
    let mut slot = (hash as u64 as usize) & mask;
    while indices[slot] != EMPTY && indices[slot] != DUMMY {
        perturb >>= 5;
        slot = next_slot(slot, perturb, mask);
    }
    slot
}

/// The smallest index table size (a power of two) holding `entries`
/// entries below the 2/3 load factor.
fn table_size(entries: usize) -> usize {
    let mut size = MIN_SIZE;
    while size * 2 / 3 < entries {
        size *= 2;
    }
    size
}

/// Add a key known to be absent; 0, or -1 with `MemoryError` pending.
unsafe fn insert_new(ts: *mut Thread, d: Word, key: Word, hash: i64, value: Word) -> i32 {
    let obj = unsafe { object(d) };
    if obj.indices.is_empty() || obj.entries.len() >= obj.indices.len() * 2 / 3 {
        // CPython grows to hold three times the live keys.
        let size = table_size((obj.used * 3).max(obj.used + 1));
        obj.entries.retain(|e| e.key != 0);
        if unsafe { !rebuild_indices(obj, size) } {
            crate::error::memory_error(ts);
            return -1;
        }
    }
    if obj.entries.try_reserve(1).is_err() {
        crate::error::memory_error(ts);
        return -1;
    }
    let slot = free_slot(&obj.indices, hash);
    obj.indices[slot] = obj.entries.len() as u32;
    obj.entries.push(Entry { hash, key, value });
    obj.used += 1;
    obj.version += 1;
    0
}

/// Rebuild the index table at `size` slots over compacted entries.
unsafe fn rebuild_indices(obj: &mut DictObject, size: usize) -> bool {
    let mut indices = Vec::new();
    if indices.try_reserve_exact(size).is_err() {
        return false;
    }
    indices.resize(size, EMPTY);
    for (pos, e) in obj.entries.iter().enumerate() {
        let slot = free_slot(&indices, e.hash);
        indices[slot] = pos as u32;
    }
    obj.indices = indices;
    obj.version += 1;
    true
}

/// Delete the entry found at `entry` through index slot `slot`; returns its value.
unsafe fn remove_at(d: Word, entry: usize, slot: usize) -> Word {
    let obj = unsafe { object(d) };
    let value = obj.entries[entry].value;
    obj.entries[entry] = Entry {
        hash: 0,
        key: 0,
        value: 0,
    };
    obj.indices[slot] = DUMMY;
    obj.used -= 1;
    obj.version += 1;
    value
}

/// Remove and return the last inserted `(key, value)`, as `popitem` does.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn pop_last(d: Word) -> Option<(Word, Word)> {
    let (pos, e, slot) = {
        let obj = unsafe { object(d) };
        let pos = obj.entries.iter().rposition(|e| e.key != 0)?;
        let e = obj.entries[pos];
        let mask = obj.indices.len() - 1;
        let mut perturb = e.hash as u64;
        let mut slot = (e.hash as u64 as usize) & mask;
        while obj.indices[slot] != pos as u32 {
            perturb >>= 5;
            slot = next_slot(slot, perturb, mask);
        }
        (pos, e, slot)
    };
    unsafe { remove_at(d, pos, slot) };
    // Dropping the tail keeps repeated `popitem` calls O(1).
    unsafe { object(d) }.entries.truncate(pos);
    Some((e.key, e.value))
}

/// `{k1: v1, k2: v2}` for generated code.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_build_dict(
    ts: *mut Thread,
    keys: *const Word,
    values: *const Word,
    n: i64,
) -> Word {
    let d = new(ts);
    if d == 0 {
        return 0;
    }
    for idx in 0..n.max(0) as usize {
        let (key, value) = unsafe { (*keys.add(idx), *values.add(idx)) };
        if unsafe { set(ts, d, key, value) } < 0 {
            return 0;
        }
    }
    d
}

#[cfg(test)]
mod tests;
