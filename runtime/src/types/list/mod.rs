//! `list`: a growable vector of words.
//!
//! The slots live here; item and slice access in `items.rs`, the methods in
//! `methods.rs` and the sort in `sort.rs`. Python code can run in the middle
//! of any operation (a user `__eq__`, `__repr__`, key function) and mutate
//! the list, so loops re-read the item vector after every such call.

mod items;
mod methods;
mod sort;

use crate::error::type_error;
use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast, is_instance, type_of};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::none::not_implemented;
use crate::types::seq;
use typhon_abi::BinOp;

pub(crate) use items::gather;
pub use sort::sort;

#[repr(C)]
pub struct ListObject {
    pub header: Header,
    pub items: Vec<Word>,
}

pub static LIST_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "list",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: Some(finalize),
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
    for item in unsafe { cast::<ListObject>(obj as Word) }.items.iter() {
        visit(*item);
    }
}

unsafe fn finalize(obj: *mut Header) {
    unsafe { std::ptr::drop_in_place(&mut cast::<ListObject>(obj as Word).items) };
}

/// A new list owning `items`; 0 with `MemoryError` pending.
pub fn new(ts: *mut Thread, items: Vec<Word>) -> Word {
    unsafe {
        gc::alloc_value(
            ts,
            &LIST_TYPE,
            ListObject {
                header: Header::new_static(&LIST_TYPE),
                items,
            },
        )
    }
}

/// The items of a list, mutable.
///
/// # Safety
/// `w` must be a list (or a subtype).
pub unsafe fn items<'a>(w: Word) -> &'a mut Vec<Word> {
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
    let result = new(ts, Vec::new());
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
    if is_instance(iterable, &LIST_TYPE) || is_instance(iterable, &crate::types::tuple::TUPLE_TYPE)
    {
        // Copy first: `a.extend(a)` appends the original items once.
        let source: Vec<Word> = if is_instance(iterable, &LIST_TYPE) {
            unsafe { items(iterable) }.clone()
        } else {
            unsafe { crate::types::tuple::items(iterable) }.to_vec()
        };
        return unsafe { push_all(ts, list, &source) };
    }
    let it = unsafe { crate::entry::ty_iter(ts, iterable) };
    if it == 0 {
        return -1;
    }
    if !unsafe { crate::calls::args::reserve_hint(ts, items(list), iterable) } {
        return -1;
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
    let v = unsafe { items(list) };
    if v.try_reserve(new_items.len()).is_err() {
        crate::error::memory_error(ts);
        return -1;
    }
    v.extend_from_slice(new_items);
    0
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
    unsafe { push_all(ts, list, &[item]) }
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
    new(ts, values.to_vec())
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
            let (left, right) = unsafe { (items(a), items(b)) };
            let mut joined = Vec::new();
            if joined.try_reserve_exact(left.len() + right.len()).is_err() {
                return crate::error::memory_error(ts) as Word;
            }
            joined.extend_from_slice(left);
            joined.extend_from_slice(right);
            new(ts, joined)
        }
        Some(BinOp::Mul) => {
            let (list, count) = if reflected { (b, a) } else { (a, b) };
            match unsafe { crate::types::seq::repeat_count(ts, count, !reflected) } {
                Ok(Some(n)) => {
                    let repeated = unsafe { repeat(ts, items(list), n) };
                    match repeated {
                        Some(v) => new(ts, v),
                        None => 0,
                    }
                }
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
        None => new(ts, Vec::new()),
        Some(iterable) => unsafe { from_iterable(ts, *iterable) },
    }
}
