//! `dict`: an insertion-ordered hash map, laid out like CPython's compact
//! dict. A dense vector of `(hash, key, value)` entries keeps insertion
//! order; a sparse index table of positions into it, probed with CPython's
//! perturbation scheme, finds keys. Deleting leaves a hole in the entries
//! (key 0) and a dummy in the index; holes are squeezed out when the table
//! is rebuilt. Both live in one GC-heap block per dict (`table.rs`), made
//! at the first insertion (or at the final size for a display), so small
//! dicts cost no `malloc`.
//!
//! A key comparison can run Python code that mutates the dict; `version`
//! changes with every structural change, and a lookup that sees it move
//! starts over, as CPython's does.
//!
//! The slots are in `slots.rs`, the methods in `methods.rs`, the view
//! objects (`d.keys()`, ...) in `views.rs`, displays (`{k: v}`) in
//! `display.rs`.

mod display;
mod hint;
mod int_key;
pub use int_key::{IntProbe, probe_small_int};
mod methods;
pub use display::{ty_build_dict, ty_build_dict_const};
pub use hint::store as store_hinted;
pub use methods::ty_dict_get;
mod slots;
mod table;
mod views;

use crate::gc;
use crate::object::{Header, TypeObject, Word, cast, is_exact};
use crate::thread::Thread;
use crate::types::seq;
use crate::types::str::{self as str_, STR_TYPE};
use table::{DUMMY, EMPTY, Table, next_slot};

pub use views::{
    DICT_ITEMS_TYPE, DICT_KEYS_TYPE, DICT_VALUES_TYPE, DictViewObject, dict_of as view_dict,
    is_exact_view, snapshot as view_snapshot,
};

#[derive(Clone, Copy)]
#[repr(C)]
pub struct Entry {
    pub hash: i64,
    /// 0 for a deleted entry.
    pub key: Word,
    pub value: Word,
}

#[repr(C)]
pub struct DictObject {
    pub header: Header,
    /// The index table and entries (see [`table`]); null until the first
    /// insertion.
    table: *mut Table,
    /// Live entries.
    pub used: usize,
    /// Bumped by every insertion of a new key, deletion and rebuild.
    pub version: u64,
}

const _: () = {
    use typhon_abi::dict_layout as abi;
    assert!(std::mem::offset_of!(DictObject, table) == abi::TABLE as usize);
    assert!(std::mem::offset_of!(DictObject, used) == abi::USED as usize);
    assert!(std::mem::size_of::<Entry>() == abi::ENTRY_SIZE as usize);
    assert!(std::mem::offset_of!(Entry, key) == abi::ENTRY_KEY as usize);
    assert!(std::mem::offset_of!(Entry, value) == abi::ENTRY_VALUE as usize);
};

pub static DICT_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "dict",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: slots::SLOTS,
    methods: methods::METHODS,
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let table = unsafe { cast::<DictObject>(obj as Word) }.table;
    if !table.is_null() {
        visit(table as Word);
    }
}

/// A new empty dict; 0 with an exception pending.
pub fn new(ts: *mut Thread) -> Word {
    let value = DictObject {
        header: Header::new_static(&DICT_TYPE),
        table: std::ptr::null_mut(),
        used: 0,
        version: 0,
    };
    unsafe { gc::alloc_value(ts, &DICT_TYPE, value) }
}

/// A new empty dict with room for `n` keys before it grows; 0 with an
/// exception pending.
pub fn with_capacity(ts: *mut Thread, n: usize) -> Word {
    let d = new(ts);
    if d == 0 || n == 0 {
        return d;
    }
    let t = unsafe { table::alloc(ts, table::size_for(n)) };
    if t.is_null() {
        return 0;
    }
    unsafe { object(d) }.table = t;
    d
}

/// # Safety
/// `d` must be a dict.
pub unsafe fn object<'a>(d: Word) -> &'a mut DictObject {
    unsafe { cast::<DictObject>(d) }
}

/// The entries of `d` in insertion order, with holes (key 0) where keys
/// were deleted. The slice is only valid until the dict next changes.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn entries<'a>(d: Word) -> &'a [Entry] {
    let t = unsafe { object(d) }.table;
    if t.is_null() {
        &[]
    } else {
        unsafe { (*t).entries() }
    }
}

/// Give the dict `target` (just made by copying `source`'s bytes, so it
/// still shares `source`'s table) storage of its own with the same
/// entries; false with `MemoryError` pending.
///
/// # Safety
/// Both must be dicts.
pub unsafe fn unshare(ts: *mut Thread, target: Word, source: Word) -> bool {
    let obj = unsafe { object(target) };
    obj.table = std::ptr::null_mut();
    obj.used = 0;
    unsafe { copy_entries(ts, target, source) }
}

/// Fill the empty dict `target` with the entries of `source`; false with
/// `MemoryError` pending.
unsafe fn copy_entries(ts: *mut Thread, target: Word, source: Word) -> bool {
    let used = unsafe { object(source) }.used;
    if used == 0 {
        return true;
    }
    let t = unsafe { table::alloc(ts, table::size_for(used)) };
    if t.is_null() {
        return false;
    }
    for e in unsafe { entries(source) } {
        if e.key != 0 {
            unsafe { (*t).push(*e) };
        }
    }
    let obj = unsafe { object(target) };
    obj.table = t;
    obj.used = used;
    obj.version += 1;
    true
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
    if crate::object::is_small(key) {
        match unsafe { probe_small_int(d, key) } {
            IntProbe::Found(value) => return Ok(Some(unsafe { *value })),
            IntProbe::Missing => return Ok(None),
            IntProbe::Unknown => {}
        }
    }
    let hash = unsafe { seq::hash(ts, key) }.ok_or(())?;
    let mut ran_code = false;
    let probe = unsafe { lookup_noting(ts, d, key, hash, &mut ran_code) }?;
    // A store of the same key may follow (`hint.rs`): one that would run
    // no Python code either (a stored key's `__eq__`) can skip its lookup.
    if is_exact(key, &STR_TYPE) && !ran_code {
        let entry = match probe {
            Probe::Found { entry, .. } => Some(entry),
            Probe::Missing => None,
        };
        unsafe { hint::remember(d, key, entry) };
    }
    match probe {
        Probe::Found { entry, .. } => Ok(Some(unsafe { (*object(d).table).entry(entry).value })),
        Probe::Missing => Ok(None),
    }
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
        Probe::Found { entry, .. } => Ok(Some(unsafe { (*object(d).table).entry(entry).value })),
        Probe::Missing => Ok(None),
    }
}

/// The value word of the exact `str` `key` in `d`, when the key indexed
/// for it is `key` itself or an exact `str` of the same bytes: found
/// without dispatch (a string keeps its hash once computed), calls or
/// Python code, which makes `d["name"]` and `d["name"] = v` on a dict
/// with string keys cheap.
/// `None` says only "not found this way": the key may be absent, or the
/// entry with its hash may be a key whose `__eq__` must run; the caller
/// then takes the general path.
///
/// # Safety
/// `d` must be a dict and `key` an exact `str`.
#[inline]
pub unsafe fn find_str(d: Word, key: Word) -> Option<*mut Word> {
    let t = unsafe { object(d) }.table;
    if t.is_null() {
        return None;
    }
    // A string made at run time (`"key" + str(i)`) is hashed here, once:
    // the general path would hash it anyway.
    let mut hash = unsafe { str_::cached_hash(key) };
    if hash == -1 {
        hash = unsafe { str_::hash_of(key) };
    }
    // The common case in line: the key object itself (a constant or an
    // interned name) in the first slot its hash probes.
    let t = unsafe { &*t };
    let ix = t.index(hash as u64 as usize & (t.size() - 1));
    if ix < DUMMY {
        let e = t.entry_ptr(ix as usize);
        if unsafe { (*e).key } == key {
            return Some(unsafe { &raw mut (*e).value });
        }
    }
    unsafe { find_str_probing(t, key, hash) }
}

/// [`find_str`] past its first probe, out of line.
#[inline(never)]
unsafe fn find_str_probing(t: &Table, key: Word, hash: i64) -> Option<*mut Word> {
    let mask = t.size() - 1;
    let mut perturb = hash as u64;
    let mut slot = (hash as u64 as usize) & mask;
    loop {
        let ix = t.index(slot);
        if ix == EMPTY {
            return None;
        }
        if ix != DUMMY {
            let e = t.entry_ptr(ix as usize);
            let (stored, stored_hash) = unsafe { ((*e).key, (*e).hash) };
            if stored == key {
                return Some(unsafe { &raw mut (*e).value });
            }
            if stored_hash == hash {
                if !is_exact(stored, &STR_TYPE) {
                    return None;
                }
                if unsafe { str_::eq(stored, key) } {
                    return Some(unsafe { &raw mut (*e).value });
                }
            }
        }
        perturb >>= 5;
        slot = next_slot(slot, perturb, mask);
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
            unsafe { (*object(d).table).entries_mut()[entry].value = value };
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
    let entries = unsafe { entries(d) };
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
    obj.table = std::ptr::null_mut();
    obj.used = 0;
    obj.version += 1;
}

/// A shallow copy; 0 with an exception pending.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn copy(ts: *mut Thread, d: Word) -> Word {
    let result = new(ts);
    if result == 0 || unsafe { !copy_entries(ts, result, d) } {
        return 0;
    }
    result
}

/// Where a key was found, or that it is absent.
#[derive(Clone, Copy)]
enum Probe {
    Found { entry: usize, slot: usize },
    Missing,
}

#[inline]
unsafe fn lookup(ts: *mut Thread, d: Word, key: Word, hash: i64) -> Result<Probe, ()> {
    unsafe { lookup_noting(ts, d, key, hash, &mut false) }
}

/// [`lookup`], setting `ran_code` when it compared keys through `__eq__`
/// (a key or a stored key of a type other than exact `str`).
#[inline]
unsafe fn lookup_noting(
    ts: *mut Thread,
    d: Word,
    key: Word,
    hash: i64,
    ran_code: &mut bool,
) -> Result<Probe, ()> {
    // Read through a raw pointer: the comparison below may run Python code
    // that mutates this dict (and replaces its table).
    let obj = d as *mut DictObject;
    'restart: loop {
        let t = unsafe { (*obj).table };
        if t.is_null() {
            return Ok(Probe::Missing);
        }
        let t = unsafe { &*t };
        let mask = t.size() - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        loop {
            let ix = t.index(slot);
            if ix == EMPTY {
                return Ok(Probe::Missing);
            }
            if ix != DUMMY {
                let e = t.entry(ix as usize);
                if e.key == key {
                    return Ok(Probe::Found {
                        entry: ix as usize,
                        slot,
                    });
                }
                if e.hash == hash {
                    // Two exact strings: equal bytes, no dispatch.
                    let found = if is_exact(key, &STR_TYPE) && is_exact(e.key, &STR_TYPE) {
                        unsafe { str_::eq(e.key, key) as i32 }
                    } else {
                        let version = unsafe { (*obj).version };
                        *ran_code = true;
                        let found = unsafe { seq::eq(ts, e.key, key) };
                        if found < 0 {
                            return Err(());
                        }
                        if unsafe { (*obj).version } != version {
                            continue 'restart;
                        }
                        found
                    };
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

/// Add a key known to be absent; 0, or -1 with `MemoryError` pending.
unsafe fn insert_new(ts: *mut Thread, d: Word, key: Word, hash: i64, value: Word) -> i32 {
    let t = unsafe { object(d) }.table;
    if t.is_null() || unsafe { (*t).is_full() } {
        // CPython grows to a table of three times the live keys.
        let used = unsafe { object(d) }.used;
        let size = (used * 3).next_power_of_two().max(table::MIN_SIZE);
        if unsafe { !resize(ts, d, size) } {
            return -1;
        }
    }
    let obj = unsafe { object(d) };
    unsafe { (*obj.table).push(Entry { hash, key, value }) };
    obj.used += 1;
    obj.version += 1;
    0
}

/// Move the live entries of `d` into a new table of `size` slots; false
/// with `MemoryError` pending.
unsafe fn resize(ts: *mut Thread, d: Word, size: usize) -> bool {
    let t = unsafe { table::alloc(ts, size) };
    if t.is_null() {
        return false;
    }
    for e in unsafe { entries(d) } {
        if e.key != 0 {
            unsafe { (*t).push(*e) };
        }
    }
    let obj = unsafe { object(d) };
    obj.table = t;
    obj.version += 1;
    true
}

/// Delete the entry found at `entry` through index slot `slot`; returns its value.
unsafe fn remove_at(d: Word, entry: usize, slot: usize) -> Word {
    let obj = unsafe { object(d) };
    let t = unsafe { &mut *obj.table };
    let e = &mut t.entries_mut()[entry];
    let value = e.value;
    *e = Entry {
        hash: 0,
        key: 0,
        value: 0,
    };
    t.set_index(slot, DUMMY);
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
        let entries = unsafe { entries(d) };
        let pos = entries.iter().rposition(|e| e.key != 0)?;
        let e = entries[pos];
        let t = unsafe { &*object(d).table };
        let mask = t.size() - 1;
        let mut perturb = e.hash as u64;
        let mut slot = (e.hash as u64 as usize) & mask;
        while t.index(slot) != pos as u32 {
            perturb >>= 5;
            slot = next_slot(slot, perturb, mask);
        }
        (pos, e, slot)
    };
    unsafe { remove_at(d, pos, slot) };
    // Dropping the tail keeps repeated `popitem` calls O(1).
    unsafe { (*object(d).table).truncate(pos) };
    Some((e.key, e.value))
}

#[cfg(test)]
mod tests;
