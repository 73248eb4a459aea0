//! `list`: a growable vector of words.
//!
//! The slots live here; the item storage (a buffer in the GC heap) in
//! `storage.rs`, item and slice access in `items.rs`, the methods in
//! `methods.rs` and the sort in `sort.rs`. Python code can run in the middle
//! of any operation (a user `__eq__`, `__repr__`, key function) and mutate
//! the list, so loops re-read the item vector after every such call.

mod items;
mod methods;
mod slicing;
mod sort;
mod storage;

use crate::error::type_error;
use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast, is_instance, type_of};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::none::not_implemented;
use crate::types::seq;
use typhon_abi::BinOp;

pub(crate) use items::gather;
pub use slicing::{ty_getslice, ty_setslice};
pub use sort::sort;
pub use storage::Items;

#[repr(C)]
pub struct ListObject {
    pub header: Header,
    pub items: Items,
}

const _: () = {
    assert!(std::mem::offset_of!(ListObject, items) == typhon_abi::list_layout::LEN as usize);
    assert!(std::mem::size_of::<ListObject>() == typhon_abi::list_layout::BUFFER as usize + 8);
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
    let size = std::mem::size_of::<ListObject>();
    if n == 0 {
        return unsafe { gc::alloc(ts, size, &LIST_TYPE) } as Word;
    }
    if n <= MAX_EMBEDDED {
        // The fields, the capacity, then the words.
        let total = gc::usable_size(size + 8 + 8 * n);
        let list = unsafe { gc::alloc(ts, total, &LIST_TYPE) } as Word;
        if list != 0 {
            unsafe { items(list).embed(total) };
        }
        return list;
    }
    // The buffer first, then the list without a second collection check:
    // the buffer is only in a local meanwhile.
    let mut storage = Items::EMPTY;
    if !unsafe { storage.reserve_exact(ts, n) } {
        return 0;
    }
    let list = unsafe { gc::alloc_no_collect(ts, size, &LIST_TYPE) } as Word;
    if list != 0 {
        unsafe { *items(list) = storage };
    }
    list
}

/// A new list of a copy of `words`; 0 with `MemoryError` pending.
pub fn from_slice(ts: *mut Thread, words: &[Word]) -> Word {
    let list = with_capacity(ts, words.len());
    if list != 0 {
        let done = unsafe { items(list).extend_from_slice(ts, words) };
        debug_assert!(done, "the room was reserved");
    }
    list
}

/// The items of a list, mutable.
///
/// # Safety
/// `w` must be a list (or a subtype).
#[inline]
pub unsafe fn items<'a>(w: Word) -> &'a mut Items {
    unsafe { &mut cast::<ListObject>(w).items }
}

/// The items as a slice, for the shared sequence helpers.
unsafe fn slice(w: Word) -> &'static [Word] {
    unsafe { &cast::<ListObject>(w).items }
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
    // `a.extend(a)` appends the original items once: growing leaves the
    // old buffer, which `source` points into, as it was.
    if is_instance(iterable, &LIST_TYPE) {
        return unsafe { push_all(ts, list, items(iterable)) };
    }
    if is_instance(iterable, &crate::types::tuple::TUPLE_TYPE) {
        return unsafe { push_all(ts, list, crate::types::tuple::items(iterable)) };
    }
    let it = unsafe { crate::entry::ty_iter(ts, iterable) };
    if it == 0 {
        return -1;
    }
    match unsafe { crate::calls::args::length_hint(ts, iterable) } {
        Ok(n) => {
            if !unsafe { items(list).reserve(ts, n) } {
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
                if unsafe { push_all(ts, list, &[item]) } < 0 {
                    return -1;
                }
            }
        }
    }
}

/// Append words, raising `MemoryError` instead of aborting when the
/// allocation fails.
unsafe fn push_all(ts: *mut Thread, list: Word, new_items: &[Word]) -> i32 {
    if unsafe { items(list).extend_from_slice(ts, new_items) } {
        0
    } else {
        -1
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
    if unsafe { items(list).push(ts, item) } {
        0
    } else {
        -1
    }
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
    from_slice(ts, values)
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    if unsafe { items(w) }.is_empty() {
        return crate::types::str::new(ts, "[]");
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
    unsafe { seq::compare_items(ts, op, a, b, slice) }
}

unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, reflected: bool) -> Word {
    match BinOp::from_i32(op) {
        Some(BinOp::Add) if !reflected => {
            if !is_instance(b, &LIST_TYPE) {
                let message = format!(
                    "can only concatenate list (not \"{}\") to list",
                    type_of(b).name
                );
                return type_error(ts, &message);
            }
            let n = unsafe { items(a).len().saturating_add(items(b).len()) };
            let joined = with_capacity(ts, n);
            if joined != 0 {
                let target = unsafe { items(joined) };
                unsafe {
                    let done = target.extend_from_slice(ts, items(a))
                        && target.extend_from_slice(ts, items(b));
                    debug_assert!(done, "the room was reserved");
                }
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
    let len = unsafe { items(list) }.len();
    if n <= 0 || len == 0 {
        return with_capacity(ts, 0);
    }
    let Some(total) = (n as usize).checked_mul(len) else {
        return crate::error::memory_error(ts) as Word;
    };
    let result = with_capacity(ts, total);
    if result == 0 {
        return 0;
    }
    let (source, target) = unsafe { (items(list), items(result)) };
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
    (!unsafe { items(w) }.is_empty()) as i32
}

unsafe fn len(_ts: *mut Thread, w: Word) -> i64 {
    unsafe { items(w) }.len() as i64
}

unsafe fn contains(ts: *mut Thread, w: Word, x: Word) -> i32 {
    let mut idx = 0;
    while let Some(item) = unsafe { items(w) }.get(idx).copied() {
        match unsafe { seq::eq(ts, item, x) } {
            0 => idx += 1,
            r => return r,
        }
    }
    0
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
