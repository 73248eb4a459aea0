//! `list`: a growable vector of words.
//!
//! The slots live here; the item storage (a buffer in the GC heap) in
//! `storage.rs`, its kinds (object words or raw floats) in `strategy.rs`,
//! item and slice access in `items.rs`, the methods in
//! `methods.rs` and the sort in `sort.rs`. Python code can run in the middle
//! of any operation (a user `__eq__`, `__repr__`, key function) and mutate
//! the list, so loops re-read the item vector after every such call.

mod items;
mod methods;
mod slicing;
mod sort;
mod storage;
mod strategy;

use crate::error::type_error;
use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast, is_exact, is_instance, type_of};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::none::not_implemented;
use crate::types::seq;
use typhon_abi::BinOp;

pub(crate) use items::gather;
pub use slicing::{ty_getslice, ty_setslice, ty_setslice_slice};
pub use sort::sort;
pub use storage::Items;
pub(crate) use storage::{BUFFER_TYPE, each_word as each_buffer_word};
pub use strategy::{item, objects as items, raw_float, sum_floats};

#[repr(C)]
pub struct ListObject {
    pub header: Header,
    pub items: Items,
}

const _: () = {
    assert!(std::mem::offset_of!(ListObject, items) == typhon_abi::list_layout::LEN as usize);
    assert!(std::mem::size_of::<ListObject>() == typhon_abi::list_layout::KIND as usize + 8);
};

// Exported: generated code compares a header's type with it to index exact
// lists inline.
#[unsafe(export_name = "TY_LIST_TYPE")]
pub static LIST_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "list",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        compare: Some(compare),
        binop: Some(binop),
        truthy: Some(truthy),
        len: Some(len),
        getitem: Some(items::getitem),
        setitem: Some(items::setitem),
        delitem: Some(items::delitem),
        contains: Some(contains),
        iter: Some(iter),
        construct: Some(construct),
        ..Slots::EMPTY
    },
    methods: methods::METHODS,
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    unsafe { cast::<ListObject>(obj as Word) }
        .items
        .trace(visit);
}

/// Largest item count a new list stores inline (in one allocation with the
/// list) rather than in a buffer of its own.
const MAX_EMBEDDED: usize = 16;

/// A new list of the words of `items`; 0 with `MemoryError` pending.
pub fn new(ts: *mut Thread, items: Vec<Word>) -> Word {
    from_slice(ts, &items)
}

/// A new empty list with room for `n` items; 0 with `MemoryError` pending.
pub fn with_capacity(ts: *mut Thread, n: usize) -> Word {
    with_capacity_kind(ts, n, storage::OBJECTS)
}

/// A new empty list of storage `kind` with room for `n` items; 0 with
/// `MemoryError` pending.
pub(crate) fn with_capacity_kind(ts: *mut Thread, n: usize, kind: usize) -> Word {
    let size = std::mem::size_of::<ListObject>();
    if n == 0 {
        let list = unsafe { gc::alloc(ts, size, &LIST_TYPE) } as Word;
        if list != 0 {
            unsafe { raw(list).set_kind_empty(kind) };
        }
        return list;
    }
    if n <= MAX_EMBEDDED {
        // The fields, the capacity, then the words.
        let total = gc::usable_size(size + 8 + 8 * n);
        let list = unsafe { gc::alloc(ts, total, &LIST_TYPE) } as Word;
        if list != 0 {
            unsafe { raw(list).embed(total) };
            unsafe { raw(list).set_kind_empty(kind) };
        }
        return list;
    }
    // The buffer first, then the list without a second collection check:
    // the buffer is only in a local meanwhile.
    let mut storage = Items::EMPTY;
    storage.set_kind_empty(kind);
    if !unsafe { storage.reserve_exact(ts, n) } {
        return 0;
    }
    let list = unsafe { gc::alloc_no_collect(ts, size, &LIST_TYPE) } as Word;
    if list != 0 {
        unsafe { *raw(list) = storage };
    }
    list
}

/// A new list of a copy of `words`; 0 with `MemoryError` pending.
pub fn from_slice(ts: *mut Thread, words: &[Word]) -> Word {
    let list = with_capacity(ts, words.len());
    if list != 0 {
        let done = unsafe { raw(list).extend_from_slice(ts, words) };
        debug_assert!(done, "the room was reserved");
    }
    list
}

/// The storage of a list, whatever its kind: the words are raw doubles in
/// float storage (see `strategy.rs`).
///
/// # Safety
/// `w` must be a list (or a subtype).
#[inline]
pub(crate) unsafe fn raw<'a>(w: Word) -> &'a mut Items {
    unsafe { &mut cast::<ListObject>(w).items }
}

/// The items as a slice, for the shared sequence helpers: only for lists
/// in object storage.
unsafe fn slice(w: Word) -> &'static [Word] {
    let v = unsafe { &cast::<ListObject>(w).items };
    debug_assert!(!v.is_floats(), "a float list read as objects");
    v
}

/// A new list of the items of any iterable (a copy for lists and tuples);
/// 0 with an exception pending.
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn from_iterable(ts: *mut Thread, w: Word) -> Word {
    let result = with_capacity(ts, 0);
    if result == 0 || unsafe { extend(ts, result, w) } < 0 {
        return 0;
    }
    result
}

/// `list.extend(iterable)`: 0, or -1 with an exception pending.
///
/// # Safety
/// `list` must be a list and `iterable` a valid word.
pub unsafe fn extend(ts: *mut Thread, list: Word, iterable: Word) -> i32 {
    // Exact types only, as CPython: a subclass may override `__iter__`.
    if is_exact(iterable, &LIST_TYPE) {
        return status(unsafe { strategy::extend_from_list(ts, list, iterable) });
    }
    // A list subclass extended by itself: its items (through its own
    // `__iter__`) are taken before any is added.
    if iterable == list {
        let Some(words) = (unsafe { crate::calls::args::collect(ts, iterable) }) else {
            return -1;
        };
        return status(unsafe { strategy::extend_from_words(ts, list, &words, false) });
    }
    if is_exact(iterable, &crate::types::tuple::TUPLE_TYPE) {
        let words = unsafe { crate::types::tuple::items(iterable) };
        return status(unsafe { strategy::extend_from_words(ts, list, words, false) });
    }
    let it = unsafe { crate::entry::ty_iter(ts, iterable) };
    if it == 0 {
        return -1;
    }
    match unsafe { crate::calls::args::length_hint(ts, iterable) } {
        Ok(n) => {
            if !unsafe { raw(list).reserve(ts, n) } {
                return -1;
            }
        }
        Err(()) => return -1,
    }
    loop {
        match unsafe { crate::entry::ty_iter_next(ts, it) } {
            0 => return -1,
            typhon_abi::ITER_DONE => return 0,
            item => {
                if !unsafe { push(ts, list, item) } {
                    return -1;
                }
            }
        }
    }
}

fn status(done: bool) -> i32 {
    if done { 0 } else { -1 }
}

/// Append `item` to list `list` in either storage; false with
/// `MemoryError` pending.
///
/// # Safety
/// `list` must be a list (reachable: a collection may run).
#[inline]
pub unsafe fn push(ts: *mut Thread, list: Word, item: Word) -> bool {
    match unsafe { strategy::encode(ts, list, item) } {
        Some(word) => unsafe { raw(list).push(ts, word) },
        None => false,
    }
}

/// `list.append(x)` for generated code: 0, or -1 with an exception pending.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_list_append(ts: *mut Thread, list: Word, item: Word) -> i32 {
    if !is_instance(list, &LIST_TYPE) {
        type_error(
            ts,
            &format!(
                "descriptor 'append' for 'list' objects doesn't apply to a '{}' object",
                type_of(list).name
            ),
        );
        return -1;
    }
    status(unsafe { push(ts, list, item) })
}

/// `list.append(x)` of an unboxed float, for generated code: 0, or -1
/// with an exception pending. `list` is an exact list.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_list_append_f64(ts: *mut Thread, list: Word, x: f64) -> i32 {
    status(unsafe { strategy::push_f64(ts, list, x) })
}

/// `[a, b, c]` for generated code.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_build_list(ts: *mut Thread, values: *const Word, n: i64) -> Word {
    let values = if n <= 0 || values.is_null() {
        &[][..]
    } else {
        unsafe { std::slice::from_raw_parts(values, n as usize) }
    };
    let list = with_capacity(ts, values.len());
    if list != 0 {
        let done = unsafe { strategy::extend_from_words(ts, list, values, true) };
        debug_assert!(done, "the room was reserved");
    }
    list
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    if unsafe { raw(w) }.is_empty() {
        return crate::types::str::new(ts, "[]");
    }
    if unsafe { raw(w) }.is_floats() {
        // Float reprs run no Python code and cannot recurse.
        let mut out = vec![b'['];
        for (idx, &bits) in unsafe { raw(w) }.iter().enumerate() {
            if idx > 0 {
                out.extend_from_slice(b", ");
            }
            let text = crate::types::float::repr_string(f64::from_bits(bits));
            out.extend_from_slice(text.as_bytes());
        }
        out.push(b']');
        return crate::types::str::from_bytes(ts, &out);
    }
    if !seq::repr_enter(w) {
        return crate::types::str::new(ts, "[...]");
    }
    let result = if seq::enter_recursive(ts, seq::IN_REPR) {
        let text = unsafe { seq::repr_items(ts, w, slice, "[", "]", false) };
        seq::leave_recursive(ts);
        text
    } else {
        0
    };
    seq::repr_leave(w);
    result
}

unsafe fn compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    if !is_instance(a, &LIST_TYPE) || !is_instance(b, &LIST_TYPE) {
        return not_implemented();
    }
    if let Some(result) = unsafe { compare_floats(op, a, b) } {
        return crate::types::bool::from_bool(result);
    }
    unsafe {
        items(ts, a);
        items(ts, b);
        seq::compare_items(ts, op, a, b, slice)
    }
}

/// `compare` of two float lists: the first pair of items that differ
/// decides, else the lengths (no NaN, so `==` is the identity test too).
unsafe fn compare_floats(op: i32, a: Word, b: Word) -> Option<bool> {
    let (x, y) = unsafe { (raw(a), raw(b)) };
    if !x.is_floats() || !y.is_floats() {
        return None;
    }
    let as_f64 = |w: Word| f64::from_bits(w);
    let differing = x
        .iter()
        .zip(y.iter())
        .map(|(&p, &q)| (as_f64(p), as_f64(q)))
        .find(|(p, q)| p != q);
    let ord = match differing {
        Some((p, q)) => p.partial_cmp(&q)?,
        None => x.len().cmp(&y.len()),
    };
    use std::cmp::Ordering::*;
    Some(match typhon_abi::CmpOp::from_i32(op)? {
        typhon_abi::CmpOp::Eq => ord == Equal,
        typhon_abi::CmpOp::Ne => ord != Equal,
        typhon_abi::CmpOp::Lt => ord == Less,
        typhon_abi::CmpOp::Le => ord != Greater,
        typhon_abi::CmpOp::Gt => ord == Greater,
        typhon_abi::CmpOp::Ge => ord != Less,
    })
}

unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, reflected: bool) -> Word {
    match BinOp::from_i32(op) {
        Some(BinOp::Add) if !reflected => {
            if !is_instance(b, &LIST_TYPE) {
                if let Some(result) = unsafe { crate::types::seq::reflected_add(ts, a, b) } {
                    return result;
                }
                let message = format!(
                    "can only concatenate list (not \"{}\") to list",
                    type_of(b).name
                );
                return type_error(ts, &message);
            }
            let n = unsafe { raw(a).len().saturating_add(raw(b).len()) };
            // Float storage when both are floats (or one is an empty list).
            let (x, y) = unsafe { (raw(a), raw(b)) };
            let floats = (x.is_floats() || x.is_empty()) && (y.is_floats() || y.is_empty());
            let kind = if floats && n > 0 {
                storage::FLOATS
            } else {
                storage::OBJECTS
            };
            let joined = with_capacity_kind(ts, n, kind);
            if joined != 0
                && !unsafe {
                    strategy::extend_from_list(ts, joined, a)
                        && strategy::extend_from_list(ts, joined, b)
                }
            {
                return 0;
            }
            joined
        }
        Some(BinOp::Mul) => {
            let (list, count) = if reflected { (b, a) } else { (a, b) };
            match unsafe { crate::types::seq::repeat_count(ts, count, !reflected) } {
                Ok(Some(n)) => unsafe { repeat_list(ts, list, n) },
                Ok(None) => not_implemented(),
                Err(()) => 0,
            }
        }
        _ => not_implemented(),
    }
}

/// `items * n` as a new vector; `None` with `MemoryError` pending.
pub(crate) unsafe fn repeat(ts: *mut Thread, items: &[Word], n: i64) -> Option<Vec<Word>> {
    if n <= 0 || items.is_empty() {
        return Some(Vec::new());
    }
    let total = (n as usize)
        .checked_mul(items.len())
        .filter(|t| *t <= isize::MAX as usize / 8);
    let mut out = Vec::new();
    if total.is_none_or(|t| out.try_reserve_exact(t).is_err()) {
        crate::error::memory_error(ts);
        return None;
    }
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Some(out)
}

/// A new list of `list`'s items `n` times over; 0 with `MemoryError`
/// pending.
unsafe fn repeat_list(ts: *mut Thread, list: Word, n: i64) -> Word {
    let len = unsafe { raw(list) }.len();
    if n <= 0 || len == 0 {
        return with_capacity(ts, 0);
    }
    let Some(total) = (n as usize).checked_mul(len) else {
        return crate::error::memory_error(ts) as Word;
    };
    let kind = unsafe { raw(list) }.kind();
    let result = with_capacity_kind(ts, total, kind);
    if result == 0 {
        return 0;
    }
    let (source, target) = unsafe { (raw(list), raw(result)) };
    if len == 1 {
        let w = source[0];
        target.extend_within_capacity(total).fill(w);
    } else {
        for _ in 0..n {
            let done = unsafe { target.extend_from_slice(ts, source) };
            debug_assert!(done, "the room was reserved");
        }
    }
    result
}

unsafe fn truthy(_ts: *mut Thread, w: Word) -> i32 {
    (!unsafe { raw(w) }.is_empty()) as i32
}

unsafe fn len(_ts: *mut Thread, w: Word) -> i64 {
    unsafe { raw(w) }.len() as i64
}

unsafe fn contains(ts: *mut Thread, w: Word, x: Word) -> i32 {
    match unsafe { find(ts, w, x, 0, usize::MAX) } {
        Ok(found) => found.is_some() as i32,
        Err(()) => -1,
    }
}

/// The position of the first item equal to `x` in `lo..hi` (`in`,
/// `index`, `remove`): `Ok(None)` when there is none.
///
/// # Safety
/// `w` must be a list and `x` a valid word.
pub(crate) unsafe fn find(
    ts: *mut Thread,
    w: Word,
    x: Word,
    lo: usize,
    hi: usize,
) -> Result<Option<usize>, ()> {
    // A float list against a float compares doubles: no Python code runs,
    // and with no NaN stored, equality is what identity-then-`==` gives.
    if let Some(value) = raw_float(x)
        && unsafe { raw(w) }.is_floats()
    {
        let v = unsafe { raw(w) };
        let hi = hi.min(v.len());
        return Ok((lo.min(hi)..hi).find(|&i| f64::from_bits(v[i]) == value));
    }
    let mut idx = lo;
    while idx < hi {
        let Some(item) = (unsafe { strategy::item(ts, w, idx) }) else {
            break;
        };
        if item == 0 {
            return Err(());
        }
        match unsafe { seq::eq(ts, item, x) } {
            0 => idx += 1,
            r if r < 0 => return Err(()),
            _ => return Ok(Some(idx)),
        }
    }
    Ok(None)
}

unsafe fn iter(ts: *mut Thread, w: Word) -> Word {
    crate::types::iter::seq_iter(ts, w, crate::types::iter::SeqKind::List)
}

/// `list()`, `list(iterable)`.
unsafe extern "C" fn construct(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    let Some(pos) = args::positional(ts, &a, "list", "list", 0, 1) else {
        return 0;
    };
    match pos.first() {
        None => with_capacity(ts, 0),
        Some(iterable) => unsafe { from_iterable(ts, *iterable) },
    }
}
