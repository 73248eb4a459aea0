//! The last lookup of an exact `str` key, remembered so that a store of
//! the same key object into the same dict right after it (`d[k] =
//! d.get(k, 0) + 1`, `if k not in d: d[k] = v`) needs no second probe,
//! comparison or hash: the value goes straight into the entry found, or a
//! missing key is appended at once.
//!
//! The hint is trusted only while nothing it depends on can have moved:
//! the same dict and key objects (no collection since, so neither was
//! freed and its address reused), the same table and version (no key was
//! added or removed and the table was not rebuilt; replacing a value
//! leaves both alone and changes no lookup's answer). An exact `str` key
//! has no `__eq__` or `__hash__` of its own, so the lookup ran no Python
//! code and its answer depends on nothing else. It lives in a thread-local
//! cell, which the collector does not scan: it keeps nothing alive.

use super::table::Table;
use super::{insert_new, object};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::str as str_;
use std::cell::Cell;

/// `entry` of a key the lookup did not find.
const ABSENT: usize = usize::MAX;

#[derive(Clone, Copy)]
struct Hint {
    dict: Word,
    key: Word,
    table: *const Table,
    version: u64,
    /// The collector's count of collections when the lookup ran.
    epoch: u64,
    /// Where the key's entry is, or [`ABSENT`].
    entry: usize,
}

thread_local! {
    static HINT: Cell<Hint> = const {
        Cell::new(Hint {
            dict: 0,
            key: 0,
            table: std::ptr::null(),
            version: 0,
            epoch: 0,
            entry: ABSENT,
        })
    };
}

/// Note that looking up the exact `str` `key` in `d` found it at `entry`
/// (`None`: absent).
///
/// # Safety
/// `d` is a dict, `key` an exact `str`, and the lookup ran on the dict's
/// current table.
#[inline]
pub(super) unsafe fn remember(d: Word, key: Word, entry: Option<usize>) {
    let obj = unsafe { object(d) };
    let hint = Hint {
        dict: d,
        key,
        table: obj.table,
        version: obj.version,
        // A hint from before the last collection may name freed objects.
        epoch: crate::gc::collections(),
        entry: entry.unwrap_or(ABSENT),
    };
    HINT.with(|cell| cell.set(hint));
}

/// `d[key] = value` through the hint when it is about this dict and key
/// object and still holds: `Some(0)`, or `Some(-1)` with `MemoryError`
/// pending (growing the table for a new key); `None` when the hint does
/// not apply (the caller then looks the key up).
///
/// # Safety
/// `d` is an exact dict and `key` an exact `str`.
#[inline]
pub unsafe fn store(ts: *mut Thread, d: Word, key: Word, value: Word) -> Option<i32> {
    let hint = HINT.with(|cell| cell.get());
    if hint.dict != d || hint.key != key {
        return None;
    }
    let obj = unsafe { object(d) };
    if !std::ptr::eq(obj.table, hint.table)
        || obj.version != hint.version
        || crate::gc::collections() != hint.epoch
    {
        return None;
    }
    if hint.entry == ABSENT {
        let hash = unsafe { str_::hash_of(key) };
        return Some(unsafe { insert_new(ts, d, key, hash, value) });
    }
    unsafe { (*obj.table).entries_mut()[hint.entry].value = value };
    Some(0)
}
