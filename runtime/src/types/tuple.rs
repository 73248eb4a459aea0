//! `tuple`: a fixed number of words stored inline after the header.
//!
//! The hash is CPython's (the xxHash-based `tuplehash`), so sets of tuples
//! iterate in CPython's order.

use crate::error::{index_error, raise, type_error};
use crate::gc;
use crate::object::{
    Header, Method, Slots, TypeObject, Word, cast, is_exact, is_instance, type_of,
};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::exception::VALUE_ERROR;
use crate::types::none::not_implemented;
use crate::types::seq;
use crate::types::slice::{self, SLICE_TYPE};
use typhon_abi::BinOp;

#[repr(C)]
pub struct TupleObject {
    pub header: Header,
    pub len: u64,
    // The items follow.
}

// Generated code unpacks tuples in line (`typhon_abi::tuple_layout`).
const _: () = assert!(
    std::mem::size_of::<TupleObject>() == typhon_abi::tuple_layout::ITEMS as usize
        && std::mem::offset_of!(TupleObject, len) == typhon_abi::tuple_layout::LEN as usize
);

#[unsafe(export_name = "TY_TUPLE_TYPE")]
pub static TUPLE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "tuple",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        hash: Some(hash),
        compare: Some(compare),
        binop: Some(binop),
        truthy: Some(truthy),
        len: Some(len),
        getitem: Some(getitem),
        contains: Some(contains),
        iter: Some(iter),
        construct: Some(construct),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[
        Method {
            name: "index",
            func: index,
        },
        Method {
            name: "count",
            func: count,
        },
    ]),
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    for item in unsafe { items(obj as Word) } {
        visit(*item);
    }
}

/// The empty tuple: like CPython, every `()` is this one object
/// (`() is tuple()`).
// Only the static empty object is shared: its type word never changes.
unsafe impl Sync for TupleObject {}

static EMPTY: TupleObject = TupleObject {
    header: Header::new_static(&TUPLE_TYPE),
    len: 0,
};

/// A tuple holding `values` (the shared empty tuple for none); 0 with an
/// exception pending on failure.
pub fn new(ts: *mut Thread, values: &[Word]) -> Word {
    if values.is_empty() {
        return &EMPTY as *const TupleObject as Word;
    }
    new_unique(ts, values)
}

/// A new tuple object holding `values`, even when empty (a struct
/// sequence retypes the object it gets).
pub fn new_unique(ts: *mut Thread, values: &[Word]) -> Word {
    let size = std::mem::size_of::<TupleObject>() + 8 * values.len();
    // `values` is often a Rust buffer the collector cannot see: copy the
    // items in before any collection.
    let obj = unsafe {
        gc::alloc_init(ts, size, &TUPLE_TYPE, |obj| {
            (*(obj as *mut TupleObject)).len = values.len() as u64;
            std::ptr::copy_nonoverlapping(values.as_ptr(), items_ptr(obj as Word), values.len());
        })
    };
    obj as Word
}

/// # Safety
/// `w` must be a tuple.
pub unsafe fn items<'a>(w: Word) -> &'a [Word] {
    unsafe { std::slice::from_raw_parts(items_ptr(w), cast::<TupleObject>(w).len as usize) }
}

/// Fill slot `idx` of a tuple under construction (no Python code has seen
/// it yet).
///
/// # Safety
/// `w` must be a tuple with more than `idx` items.
pub unsafe fn set_item(w: Word, idx: usize, value: Word) {
    unsafe { *items_ptr(w).add(idx) = value };
}

unsafe fn items_ptr(w: Word) -> *mut Word {
    unsafe { (w as *mut u8).add(std::mem::size_of::<TupleObject>()) as *mut Word }
}

unsafe fn slice_of(w: Word) -> &'static [Word] {
    unsafe { items(w) }
}

/// `(a, b, c)` for generated code.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_build_tuple(ts: *mut Thread, values: *const Word, n: i64) -> Word {
    let values = if n <= 0 || values.is_null() {
        &[][..]
    } else {
        unsafe { std::slice::from_raw_parts(values, n as usize) }
    };
    new(ts, values)
}

/// A tuple of the items of any iterable (the same object for an exact tuple).
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn from_iterable(ts: *mut Thread, w: Word) -> Word {
    if is_exact(w, &TUPLE_TYPE) {
        return w;
    }
    if is_exact(w, &crate::types::list::LIST_TYPE) {
        return new(ts, unsafe { crate::types::list::items(ts, w) });
    }
    let list = unsafe { crate::types::list::from_iterable(ts, w) };
    if list == 0 {
        return 0;
    }
    new(ts, unsafe { crate::types::list::items(ts, list) })
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    if unsafe { items(w) }.is_empty() {
        return crate::types::str::new(ts, "()");
    }
    if !seq::repr_enter(w) {
        return crate::types::str::new(ts, "(...)");
    }
    let result = if seq::enter_recursive(ts, seq::IN_REPR) {
        let text = unsafe { seq::repr_items(ts, w, slice_of, "(", ")", true) };
        seq::leave_recursive(ts);
        text
    } else {
        0
    };
    seq::repr_leave(w);
    result
}

/// CPython's `tuplehash` for 64-bit hashes.
unsafe fn hash(ts: *mut Thread, w: Word) -> Option<i64> {
    let mut hashes = Vec::with_capacity(unsafe { items(w) }.len());
    for item in unsafe { items(w) } {
        hashes.push(unsafe { seq::hash(ts, *item) }?);
    }
    Some(combine_hashes(&hashes))
}

/// The xxHash-style combination CPython applies to the item hashes.
pub fn combine_hashes(hashes: &[i64]) -> i64 {
    const PRIME_1: u64 = 11400714785074694791;
    const PRIME_2: u64 = 14029467366897019727;
    const PRIME_5: u64 = 2870177450012600261;
    let mut acc = PRIME_5;
    for h in hashes {
        acc = acc.wrapping_add((*h as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(hashes.len() as u64 ^ (PRIME_5 ^ 3527539));
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

unsafe fn compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    if !is_instance(a, &TUPLE_TYPE) || !is_instance(b, &TUPLE_TYPE) {
        return not_implemented();
    }
    unsafe { seq::compare_items(ts, op, a, b, slice_of) }
}

unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, reflected: bool) -> Word {
    match BinOp::from_i32(op) {
        Some(BinOp::Add) if !reflected => {
            if !is_instance(b, &TUPLE_TYPE) {
                if let Some(result) = unsafe { super::seq::reflected_add(ts, a, b) } {
                    return result;
                }
                let message = format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    type_of(b).name
                );
                return type_error(ts, &message);
            }
            let mut joined = unsafe { items(a) }.to_vec();
            joined.extend_from_slice(unsafe { items(b) });
            new(ts, &joined)
        }
        Some(BinOp::Mul) => {
            let (tuple, count) = if reflected { (b, a) } else { (a, b) };
            match unsafe { crate::types::seq::repeat_count(ts, count, !reflected) } {
                Ok(Some(1)) if is_exact(tuple, &TUPLE_TYPE) => tuple,
                Ok(Some(n)) => match unsafe { crate::types::list::repeat(ts, items(tuple), n) } {
                    Some(v) => new(ts, &v),
                    None => 0,
                },
                Ok(None) => not_implemented(),
                Err(()) => 0,
            }
        }
        _ => not_implemented(),
    }
}

unsafe fn truthy(_ts: *mut Thread, w: Word) -> i32 {
    (!unsafe { items(w) }.is_empty()) as i32
}

unsafe fn len(_ts: *mut Thread, w: Word) -> i64 {
    unsafe { items(w) }.len() as i64
}

unsafe fn getitem(ts: *mut Thread, w: Word, key: Word) -> Word {
    let v = unsafe { items(w) };
    match unsafe { seq::index_of(ts, key) } {
        Ok(Some(index)) => match seq::normalize(index, v.len()) {
            Some(i) => v[i],
            None => index_error(ts, "tuple index out of range"),
        },
        Ok(None) if is_instance(key, &SLICE_TYPE) => {
            let Some((start, _, step, count)) = slice::indices(ts, key, v.len() as i64) else {
                return 0;
            };
            if start == 0 && step == 1 && count as usize == v.len() && is_exact(w, &TUPLE_TYPE) {
                return w;
            }
            new(ts, &crate::types::list::gather(v, start, step, count))
        }
        Ok(None) => type_error(
            ts,
            &format!(
                "tuple indices must be integers or slices, not {}",
                type_of(key).name
            ),
        ),
        Err(()) => 0,
    }
}

unsafe fn contains(ts: *mut Thread, w: Word, x: Word) -> i32 {
    for item in unsafe { items(w) } {
        match unsafe { seq::eq(ts, *item, x) } {
            0 => {}
            r => return r,
        }
    }
    0
}

unsafe fn iter(ts: *mut Thread, w: Word) -> Word {
    crate::types::iter::seq_iter(ts, w, crate::types::iter::SeqKind::Tuple)
}

/// `tuple()`, `tuple(iterable)`.
unsafe extern "C" fn construct(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    let Some(pos) = args::positional(ts, &a, "tuple", "tuple", 0, 1) else {
        return 0;
    };
    match pos.first() {
        None => new(ts, &[]),
        Some(iterable) => unsafe { from_iterable(ts, *iterable) },
    }
}

unsafe extern "C" fn index(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &TUPLE_TYPE, "index") })
    else {
        return 0;
    };
    let Some(pos) = args::positional(ts, &a, "tuple.index", "index", 1, 3) else {
        return 0;
    };
    let v = unsafe { items(this) };
    let Some((lo, hi)) = (unsafe { seq::index_bounds(ts, &pos[1..], v.len()) }) else {
        return 0;
    };
    for (i, item) in v.iter().enumerate().take(hi).skip(lo) {
        match unsafe { seq::eq(ts, *item, pos[0]) } {
            0 => {}
            r if r < 0 => return 0,
            _ => return seq::int_from_usize(ts, i),
        }
    }
    raise(ts, &VALUE_ERROR, "tuple.index(x): x not in tuple")
}

unsafe extern "C" fn count(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &TUPLE_TYPE, "count") })
    else {
        return 0;
    };
    let Some(x) = args::one(ts, &a, "tuple.count") else {
        return 0;
    };
    let mut total = 0;
    for item in unsafe { items(this) } {
        match unsafe { seq::eq(ts, *item, x) } {
            r if r < 0 => return 0,
            r => total += r as usize,
        }
    }
    seq::int_from_usize(ts, total)
}

#[cfg(test)]
mod tests {
    use super::combine_hashes;

    #[test]
    fn hash_matches_cpython() {
        // hash(()), hash((1, 2)), hash((1,)), hash((-1,)) from python3.
        assert_eq!(combine_hashes(&[]), 5740354900026072187);
        assert_eq!(combine_hashes(&[1, 2]), -3550055125485641917);
        assert_eq!(combine_hashes(&[1]), -6644214454873602895);
        assert_eq!(combine_hashes(&[-2]), 8078679518589016365);
        // hash(((1, 2), 3)) nests the first result.
        assert_eq!(
            combine_hashes(&[-3550055125485641917, 3]),
            -333907151259015829
        );
    }
}
