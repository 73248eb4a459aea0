//! `set` and `frozenset`, sharing one layout and CPython's table algorithm
//! (in `table.rs`), so that iteration order matches CPython's. The set
//! algebra (`| & - ^`, subset tests) is in `ops.rs`, the methods in
//! `methods.rs`.

pub mod compare;
pub mod ints;
mod methods;
pub mod ops;
pub mod slots;
pub mod table;
#[cfg(test)]
mod tests;

use crate::gc;
use crate::object::{
    Header, Slots, TypeObject, Word, cast, is_exact, is_instance, is_small, type_of,
};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::seq;
use table::{MIN_SIZE, SetEntry, UNUSED};

#[repr(C)]
pub struct SetObject {
    pub header: Header,
    /// `mask + 1` slots, a power of two, at least 8.
    pub table: Vec<SetEntry>,
    /// Active plus dummy slots.
    pub fill: usize,
    /// Active slots.
    pub used: usize,
    /// Where the next `pop` starts scanning.
    pub finger: usize,
    /// The cached frozenset hash, -1 until computed.
    pub hash: i64,
    /// Which small ints are keys (`ints.rs`), kept by `table.rs`.
    pub ints: ints::IntIndex,
    /// Slot bitmaps of a small table with dummies (`slots.rs`), kept by
    /// `table.rs`; owned, so moved or dropped with the table.
    pub slots: Option<Box<slots::SlotMap>>,
}

// The int index starts with its `lo` (`ints.rs` checks the rest).
const _: () =
    assert!(std::mem::offset_of!(SetObject, ints) == typhon_abi::set_layout::INTS_LO as usize);

pub static SET_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "set",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: Some(finalize),
    slots: Slots {
        construct: Some(construct_set),
        ..SHARED_SLOTS
    },
    methods: methods::SET_METHODS,
};

pub static FROZENSET_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "frozenset",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: Some(finalize),
    slots: Slots {
        hash: Some(hash),
        construct: Some(construct_frozenset),
        ..SHARED_SLOTS
    },
    methods: methods::FROZENSET_METHODS,
};

const SHARED_SLOTS: Slots = Slots {
    repr: Some(repr),
    compare: Some(compare::compare),
    binop: Some(ops::binop),
    truthy: Some(truthy),
    len: Some(len),
    contains: Some(contains),
    iter: Some(iter),
    ..Slots::EMPTY
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    for e in unsafe { cast::<SetObject>(obj as Word) }.table.iter() {
        if e.key != 0 {
            visit(e.key);
        }
    }
}

unsafe fn finalize(obj: *mut Header) {
    let set = unsafe { cast::<SetObject>(obj as Word) };
    unsafe { std::ptr::drop_in_place(&mut set.table) };
    unsafe { std::ptr::drop_in_place(&mut set.slots) };
}

/// Whether `w` is a set or a frozenset.
pub fn is_any_set(w: Word) -> bool {
    is_instance(w, &SET_TYPE) || is_instance(w, &FROZENSET_TYPE)
}

/// The set object behind a word.
///
/// # Safety
/// `w` must be a set or frozenset.
pub unsafe fn object(w: Word) -> *mut SetObject {
    w as *mut SetObject
}

/// The number of keys.
///
/// # Safety
/// `w` must be a set or frozenset.
pub unsafe fn len_of(w: Word) -> usize {
    unsafe { (*object(w)).used }
}

/// A new empty set of type `ty` (set or frozenset); 0 with an exception pending.
pub fn new(ts: *mut Thread, ty: &'static TypeObject) -> Word {
    let value = SetObject {
        header: Header::new_static(ty),
        table: vec![UNUSED; MIN_SIZE],
        fill: 0,
        used: 0,
        finger: 0,
        hash: -1,
        ints: ints::IntIndex::EMPTY,
        slots: None,
    };
    unsafe { gc::alloc_value(ts, ty, value) }
}

/// A new set of type `ty` holding the items of `iterable`.
///
/// # Safety
/// `iterable` must be a valid word.
pub unsafe fn from_iterable(ts: *mut Thread, ty: &'static TypeObject, iterable: Word) -> Word {
    let s = new(ts, ty);
    if s == 0 || unsafe { update(ts, s, iterable) } < 0 {
        return 0;
    }
    s
}

/// `s.add(key)`: 0, or -1 with an exception pending (unhashable key).
///
/// # Safety
/// `s` must be a set or frozenset under construction.
#[inline]
pub unsafe fn add(ts: *mut Thread, s: Word, key: Word) -> i32 {
    if is_small(key) {
        // An inline int the int index holds is a key already; any other
        // hashes without the hash dispatch.
        if unsafe { (*object(s)).ints.lookup(key) } == Some(true) {
            return 0;
        }
        return unsafe { table::add_entry(ts, object(s), key, ints::small_hash(key)) };
    }
    match unsafe { seq::hash(ts, key) } {
        Some(h) => unsafe { table::add_entry(ts, object(s), key, h) },
        None => -1,
    }
}

/// Add everything `other` holds (CPython's `set_update_internal`): sets are
/// merged table to table, dicts contribute their keys with their stored
/// hashes, anything else is iterated.
///
/// # Safety
/// `s` must be a set or frozenset under construction.
pub unsafe fn update(ts: *mut Thread, s: Word, other: Word) -> i32 {
    if is_any_set(other) {
        return unsafe { table::merge(ts, object(s), object(other)) };
    }
    if is_exact(other, &crate::types::dict::DICT_TYPE) {
        return unsafe { update_from_dict(ts, s, other) };
    }
    let it = unsafe { crate::entry::ty_iter(ts, other) };
    if it == 0 {
        return -1;
    }
    loop {
        match unsafe { crate::entry::ty_iter_next(ts, it) } {
            0 => return -1,
            typhon_abi::ITER_DONE => return 0,
            key => {
                if unsafe { add(ts, s, key) } < 0 {
                    return -1;
                }
            }
        }
    }
}

unsafe fn update_from_dict(ts: *mut Thread, s: Word, d: Word) -> i32 {
    let set = unsafe { object(s) };
    let size = unsafe { crate::types::dict::len(d) };
    let (fill, used, mask) = unsafe { ((*set).fill, (*set).used, (*set).table.len() - 1) };
    if (fill + size) * 5 >= mask * 3 && unsafe { table::resize(ts, set, (used + size) * 2) } < 0 {
        return -1;
    }
    let mut pos = 0;
    while let Some(e) = unsafe { crate::types::dict::next_entry(d, &mut pos) } {
        if unsafe { table::add_entry(ts, set, e.key, e.hash) } < 0 {
            return -1;
        }
    }
    0
}

/// `{a, b, c}` for generated code: the items are added in order, like
/// CPython's `BUILD_SET`.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_build_set(ts: *mut Thread, values: *const Word, n: i64) -> Word {
    let s = new(ts, &SET_TYPE);
    if s == 0 {
        return 0;
    }
    for idx in 0..n.max(0) as usize {
        if unsafe { add(ts, s, *values.add(idx)) } < 0 {
            return 0;
        }
    }
    s
}

/// The keys in table (iteration) order.
///
/// # Safety
/// `w` must be a set or frozenset.
pub unsafe fn keys(w: Word) -> Vec<Word> {
    unsafe { &(*object(w)).table }
        .iter()
        .filter(|e| e.key != 0)
        .map(|e| e.key)
        .collect()
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    let name = type_of(w).name;
    let exact_set = is_exact(w, &SET_TYPE);
    if unsafe { len_of(w) } == 0 {
        return crate::types::str::new(ts, &format!("{name}()"));
    }
    if !seq::repr_enter(w) {
        return crate::types::str::new(ts, &format!("{name}(...)"));
    }
    // The keys go into a list first, as CPython does: a key's repr may run
    // code that mutates the set.
    let list = crate::types::list::new(ts, unsafe { keys(w) });
    let mut out = Vec::new();
    if !exact_set {
        out.extend_from_slice(name.as_bytes());
        out.push(b'(');
    }
    out.push(b'{');
    let entered = list != 0 && seq::enter_recursive(ts, seq::IN_REPR);
    let mut ok = entered;
    let mut idx = 0;
    while ok
        && let Some(key) = unsafe { crate::types::list::items(ts, list) }
            .get(idx)
            .copied()
    {
        if idx > 0 {
            out.extend_from_slice(b", ");
        }
        ok = unsafe { seq::push_repr(ts, &mut out, key) };
        idx += 1;
    }
    if entered {
        seq::leave_recursive(ts);
    }
    seq::repr_leave(w);
    if !ok {
        return 0;
    }
    out.push(b'}');
    if !exact_set {
        out.push(b')');
    }
    crate::types::str::from_bytes(ts, &out)
}

unsafe fn hash(_ts: *mut Thread, w: Word) -> Option<i64> {
    let set = unsafe { &mut *object(w) };
    if set.hash == -1 {
        let hashes = set.table.iter().filter(|e| e.key != 0).map(|e| e.hash);
        set.hash = table::frozenset_hash(hashes, set.used);
    }
    Some(set.hash)
}

unsafe fn truthy(_ts: *mut Thread, w: Word) -> i32 {
    (unsafe { len_of(w) } != 0) as i32
}

unsafe fn len(_ts: *mut Thread, w: Word) -> i64 {
    unsafe { len_of(w) as i64 }
}

/// `key in s`. A set key that is unhashable is looked up as a frozenset,
/// as CPython does (`{1} in {frozenset({1})}` is true).
///
/// # Safety
/// `w` must be a set or frozenset.
pub unsafe fn contains(ts: *mut Thread, w: Word, key: Word) -> i32 {
    // The small-int index answers before the key is hashed.
    if let Some(known) = unsafe { (*object(w)).ints.lookup(key) } {
        return known as i32;
    }
    let Some((key, h)) = (unsafe { hashed_key(ts, key) }) else {
        return -1;
    };
    unsafe { table::contains_entry(ts, object(w), key, h) }
}

/// `key in s` on an exact set inference proved (`Op::SetContains`): 1 / 0,
/// or -1 with an exception pending.
///
/// # Safety
/// `ts` is the current thread; `s` is an exact `set`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_set_contains(ts: *mut Thread, s: Word, key: Word) -> i32 {
    unsafe { contains(ts, s, key) }
}

/// `s.discard(key)` on an exact set inference proved (`Op::SetDiscard`):
/// 0, or -1 with an exception pending.
///
/// # Safety
/// `ts` is the current thread; `s` is an exact `set`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_set_discard(ts: *mut Thread, s: Word, key: Word) -> i32 {
    match unsafe { methods::discard_key(ts, s, key) } {
        r if r < 0 => -1,
        _ => 0,
    }
}

/// A key and its hash, with a set key replaced by an equal frozenset.
///
/// # Safety
/// `key` must be a valid word.
#[inline]
pub unsafe fn hashed_key(ts: *mut Thread, key: Word) -> Option<(Word, i64)> {
    if is_small(key) {
        return Some((key, ints::small_hash(key)));
    }
    if is_instance(key, &SET_TYPE) {
        let frozen = unsafe { from_iterable(ts, &FROZENSET_TYPE, key) };
        if frozen == 0 {
            return None;
        }
        return unsafe { hash(ts, frozen) }.map(|h| (frozen, h));
    }
    unsafe { seq::hash(ts, key) }.map(|h| (key, h))
}

unsafe fn iter(ts: *mut Thread, w: Word) -> Word {
    crate::types::iter::set_iter(ts, w)
}

/// `set()`, `set(iterable)`.
unsafe extern "C" fn construct_set(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    let Some(pos) = args::positional(ts, &a, "set", "set", 0, 1) else {
        return 0;
    };
    match pos.first() {
        None => new(ts, &SET_TYPE),
        Some(iterable) => unsafe { from_iterable(ts, &SET_TYPE, *iterable) },
    }
}

/// `frozenset()`, `frozenset(iterable)`; a frozenset argument is returned as is.
unsafe extern "C" fn construct_frozenset(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    let Some(pos) = args::positional(ts, &a, "frozenset", "frozenset", 0, 1) else {
        return 0;
    };
    match pos.first() {
        None => new(ts, &FROZENSET_TYPE),
        Some(&iterable) if is_exact(iterable, &FROZENSET_TYPE) => iterable,
        Some(&iterable) => unsafe { from_iterable(ts, &FROZENSET_TYPE, iterable) },
    }
}
