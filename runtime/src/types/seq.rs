//! Helpers shared by the container types.
//!
//! - Equality, ordering and hashing with fast paths for the value kinds
//!   containers hold most (small ints, exact strs, floats), falling back to
//!   the generic operators. Equality checks identity first, as CPython's
//!   containers do (`x in [x]` is true even for a NaN).
//! - The guard that makes `repr` of a container that contains itself print
//!   `[...]` (CPython's `Py_ReprEnter`).
//! - Sequence algorithms used by both `list` and `tuple`: repr,
//!   lexicographic comparison, index conversion and normalisation.
//!
//! Python code may run inside any comparison, hash or repr (a user
//! `__eq__`), and it may mutate the container being walked. Code here never
//! keeps a slice of a container across such a call: it re-reads the length
//! and copies the item out each time.

use crate::error::type_error;
use crate::object::{Word, cast, is_exact, is_instance, is_small, small, small_value, type_of};
use crate::thread::Thread;
use crate::types::bool::{BOOL_TYPE, BoolObject};
use crate::types::exception::INDEX_ERROR;
use crate::types::float::{self, FLOAT_TYPE};
use crate::types::int::INT_TYPE;
use crate::types::str::{self as str_, STR_TYPE};
use crate::types::tuple::{self, TUPLE_TYPE};
use std::cell::RefCell;
use typhon_abi::CmpOp;

/// `a == b` as 1 / 0, or -1 with an exception pending.
///
/// # Safety
/// `a` and `b` must be valid words.
#[inline]
pub unsafe fn eq(ts: *mut Thread, a: Word, b: Word) -> i32 {
    if a == b {
        return 1;
    }
    // Small ints are normalised, so two different small words are different ints.
    if is_small(a) && is_small(b) {
        return 0;
    }
    if is_exact(a, &STR_TYPE) && is_exact(b, &STR_TYPE) {
        return unsafe { str_::same_bytes(str_::bytes(a), str_::bytes(b)) as i32 };
    }
    unsafe { crate::ops::eq(ts, a, b) }
}

/// `a < b` as 1 / 0, or -1 with an exception pending.
///
/// # Safety
/// `a` and `b` must be valid words.
#[inline]
pub unsafe fn lt(ts: *mut Thread, a: Word, b: Word) -> i32 {
    if is_small(a) && is_small(b) {
        return (small_value(a) < small_value(b)) as i32;
    }
    if is_exact(a, &FLOAT_TYPE) && is_exact(b, &FLOAT_TYPE) {
        return unsafe { (float::value(a) < float::value(b)) as i32 };
    }
    if is_exact(a, &STR_TYPE) && is_exact(b, &STR_TYPE) {
        // UTF-8 byte order is code point order, lone surrogates included.
        return unsafe { (str_::bytes(a) < str_::bytes(b)) as i32 };
    }
    // Sort keys such as `(-count, name)` and `sorted(d.items())`'s pairs:
    // without the operator dispatch, the tuple slot and its recursion guard.
    if is_exact(a, &TUPLE_TYPE)
        && is_exact(b, &TUPLE_TYPE)
        && let Some(lt) = unsafe { plain_items_order(CmpOp::Lt, tuple::items(a), tuple::items(b)) }
    {
        return lt as i32;
    }
    unsafe { crate::entry::ty_compare_bool(ts, CmpOp::Lt as i32, a, b) }
}

/// `hash(w)`, or `None` with an exception pending (unhashable values).
///
/// # Safety
/// `w` must be a valid word.
#[inline]
pub unsafe fn hash(ts: *mut Thread, w: Word) -> Option<i64> {
    if is_small(w) {
        return Some(int_hash(small_value(w)));
    }
    if is_exact(w, &STR_TYPE) {
        return Some(unsafe { str_::hash_of(w) });
    }
    unsafe { crate::ops::hash(ts, w) }
}

/// CPython's hash of an int that fits in an `i64`: the value modulo the
/// Mersenne prime 2**61 - 1, keeping the sign, with -1 mapped to -2.
pub fn int_hash(v: i64) -> i64 {
    const MODULUS: u64 = (1 << 61) - 1;
    let magnitude = (v.unsigned_abs() % MODULUS) as i64;
    let h = if v < 0 { -magnitude } else { magnitude };
    if h == -1 { -2 } else { h }
}

thread_local! {
    /// Containers whose repr is being built on this thread.
    static REPR_ACTIVE: RefCell<Vec<Word>> = const { RefCell::new(Vec::new()) };
}

/// Mark `w` as being repr'd. Returns false when it already is: the caller
/// then prints `[...]` instead of recursing forever.
pub fn repr_enter(w: Word) -> bool {
    REPR_ACTIVE.with(|active| {
        let mut active = active.borrow_mut();
        if active.contains(&w) {
            false
        } else {
            active.push(w);
            true
        }
    })
}

/// The containers being repr'd, for the collector (they are on some
/// caller's stack too; this keeps that from mattering).
pub fn repr_roots(visit: &mut dyn FnMut(Word)) {
    REPR_ACTIVE.with(|active| active.borrow().iter().for_each(|&w| visit(w)));
}

/// Undo a successful [`repr_enter`].
pub fn repr_leave(w: Word) {
    REPR_ACTIVE.with(|active| {
        let mut active = active.borrow_mut();
        if let Some(pos) = active.iter().rposition(|x| *x == w) {
            active.remove(pos);
        }
    });
}

/// Append `repr(w)` to `out`; false with an exception pending.
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn push_repr(ts: *mut Thread, out: &mut Vec<u8>, w: Word) -> bool {
    let text = unsafe { crate::entry::ty_repr(ts, w) };
    if text == 0 {
        return false;
    }
    if !is_instance(text, &STR_TYPE) {
        type_error(
            ts,
            &format!("__repr__ returned non-string (type {})", type_of(text).name),
        );
        return false;
    }
    out.extend_from_slice(unsafe { str_::bytes(text) });
    true
}

/// How to read the items of a sequence: re-called after every call into
/// Python code, since that code may have resized the sequence.
pub type ItemsFn = unsafe fn(Word) -> &'static [Word];

/// `open + ", ".join(map(repr, items)) + close`, the sequence repr. A
/// one-item tuple gets its trailing comma from `single_comma`.
///
/// # Safety
/// `items(w)` must be valid for `w`.
pub unsafe fn repr_items(
    ts: *mut Thread,
    w: Word,
    items: ItemsFn,
    open: &str,
    close: &str,
    single_comma: bool,
) -> Word {
    let mut out = Vec::with_capacity(2 + 4 * unsafe { items(w) }.len());
    out.extend_from_slice(open.as_bytes());
    let mut idx = 0;
    while let Some(item) = unsafe { items(w) }.get(idx).copied() {
        if idx > 0 {
            out.extend_from_slice(b", ");
        }
        if !unsafe { push_repr(ts, &mut out, item) } {
            return 0;
        }
        idx += 1;
    }
    if single_comma && idx == 1 {
        out.push(b',');
    }
    out.extend_from_slice(close.as_bytes());
    str_::from_bytes(ts, &out)
}

/// Lexicographic comparison of two sequences of the same kind, CPython's
/// `list_richcompare`: find the first pair of items that differ (by `==`),
/// then compare those with `op`, or the lengths when there is none.
///
/// # Safety
/// `items` must be valid for both `a` and `b`.
pub unsafe fn compare_items(ts: *mut Thread, op: i32, a: Word, b: Word, items: ItemsFn) -> Word {
    let Some(cmp) = CmpOp::from_i32(op) else {
        return crate::types::none::not_implemented();
    };
    let (len_a, len_b) = unsafe { (items(a).len(), items(b).len()) };
    if len_a != len_b && matches!(cmp, CmpOp::Eq | CmpOp::Ne) {
        return crate::types::bool::from_bool(cmp == CmpOp::Ne);
    }
    if let Some(result) = unsafe { plain_items_order(cmp, items(a), items(b)) } {
        return crate::types::bool::from_bool(result);
    }
    if !enter_recursive(ts, IN_COMPARISON) {
        return 0;
    }
    let result = unsafe { compare_found(ts, op, cmp, a, b, items) };
    leave_recursive(ts);
    result
}

/// [`compare_items`] once the recursion level is counted.
unsafe fn compare_found(
    ts: *mut Thread,
    op: i32,
    cmp: CmpOp,
    a: Word,
    b: Word,
    items: ItemsFn,
) -> Word {
    let mut idx = 0;
    let differing = loop {
        let pair = unsafe { (items(a).get(idx).copied(), items(b).get(idx).copied()) };
        let (Some(x), Some(y)) = pair else { break None };
        match unsafe { eq(ts, x, y) } {
            r if r < 0 => return 0,
            0 => break Some((x, y)),
            _ => idx += 1,
        }
    };
    match differing {
        None => {
            let (len_a, len_b) = unsafe { (items(a).len(), items(b).len()) };
            crate::types::bool::from_bool(compare_lengths(cmp, len_a, len_b))
        }
        Some(_) if cmp == CmpOp::Eq => crate::types::bool::false_(),
        Some(_) if cmp == CmpOp::Ne => crate::types::bool::true_(),
        Some((x, y)) => match unsafe { plain_order(cmp, x, y) } {
            Some(result) => crate::types::bool::from_bool(result),
            None => unsafe { crate::entry::ty_compare(ts, op, x, y) },
        },
    }
}

/// `x <op> y` for two small ints or two exact strs, the first differing
/// items of most sorted tuples (`sorted(d.items())`, `(-count, name)`
/// keys): what their own comparisons answer, without the dispatch (no
/// Python code can run for either). `None` for other operands.
///
/// # Safety
/// `x` and `y` must be valid words.
#[inline]
unsafe fn plain_order(cmp: CmpOp, x: Word, y: Word) -> Option<bool> {
    let order = if is_small(x) && is_small(y) {
        small_value(x).cmp(&small_value(y))
    } else if is_exact(x, &STR_TYPE) && is_exact(y, &STR_TYPE) {
        // Generalised UTF-8 sorts bytewise in code-point order.
        unsafe { str_::bytes(x).cmp(str_::bytes(y)) }
    } else {
        return None;
    };
    Some(match cmp {
        CmpOp::Lt => order.is_lt(),
        CmpOp::Le => order.is_le(),
        CmpOp::Eq => order.is_eq(),
        CmpOp::Ne => order.is_ne(),
        CmpOp::Gt => order.is_gt(),
        CmpOp::Ge => order.is_ge(),
    })
}

/// The lexicographic `xs <cmp> ys` when deciding it compares only small
/// ints and exact strs (each pair up to the first differing one, and that
/// one), which run no Python code and cannot recurse: no recursion guard,
/// and the slices stay valid throughout. `None` as soon as another pair
/// would have to be compared; the caller's general walk then starts over
/// (the equality tests made here had no effects).
///
/// # Safety
/// Every item must be a valid word.
#[inline(never)]
unsafe fn plain_items_order(cmp: CmpOp, xs: &[Word], ys: &[Word]) -> Option<bool> {
    for (&x, &y) in xs.iter().zip(ys) {
        // Identical items are equal, as `PyObject_RichCompareBool` says.
        if x == y {
            continue;
        }
        if is_small(x) && is_small(y) {
            // Different small words are different ints.
            return unsafe { plain_order(cmp, x, y) };
        }
        if is_exact(x, &STR_TYPE) && is_exact(y, &STR_TYPE) {
            if unsafe { str_::same_bytes(str_::bytes(x), str_::bytes(y)) } {
                continue;
            }
            return unsafe { plain_order(cmp, x, y) };
        }
        return None;
    }
    Some(compare_lengths(cmp, xs.len(), ys.len()))
}

fn compare_lengths(cmp: CmpOp, a: usize, b: usize) -> bool {
    match cmp {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

/// The value of an int used as an index: `Ok(Some(v))` for ints and bools,
/// `Ok(None)` when `w` is not an int (the caller words the TypeError), and
/// `Err(())` with IndexError pending for an int too big for an index.
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn index_of(ts: *mut Thread, w: Word) -> Result<Option<i64>, ()> {
    if is_small(w) {
        return Ok(Some(small_value(w)));
    }
    if is_exact(w, &BOOL_TYPE) {
        return Ok(Some(unsafe { cast::<BoolObject>(w).value } as i64));
    }
    if let Some(result) = unsafe { crate::types::class::slots::user_index(ts, w) } {
        if result == 0 {
            return Err(());
        }
        return unsafe { index_of(ts, result) };
    }
    if !is_instance(w, &INT_TYPE) {
        return Ok(None);
    }
    match unsafe { crate::types::int::index_value(ts, w, "index") } {
        Some(v) => Ok(Some(v)),
        None => {
            if unsafe { (*ts).exc } == 0 {
                crate::error::raise(
                    ts,
                    &INDEX_ERROR,
                    "cannot fit 'int' into an index-sized integer",
                );
            }
            Err(())
        }
    }
}

/// An int argument (`list.pop(i)`, `list.insert(i, x)`): the value, or
/// `None` with "'str' object cannot be interpreted as an integer" or, for an
/// int beyond 64 bits, "Python int too large to convert to C ssize_t" pending.
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn as_integer(ts: *mut Thread, w: Word) -> Option<i64> {
    match unsafe { index_of(ts, w) } {
        Ok(Some(v)) => Some(v),
        Ok(None) => {
            let name = type_of(w).name;
            type_error(
                ts,
                &format!("'{name}' object cannot be interpreted as an integer"),
            );
            None
        }
        Err(()) => {
            unsafe { (*ts).exc = 0 };
            crate::error::overflow_error(ts, "Python int too large to convert to C ssize_t");
            None
        }
    }
}

/// A Python index into a sequence of `len` items: negative counts from the end.
pub fn normalize(index: i64, len: usize) -> Option<usize> {
    let adjusted = if index < 0 {
        index.checked_add(len as i64)?
    } else {
        index
    };
    if adjusted >= 0 && (adjusted as usize) < len {
        Some(adjusted as usize)
    } else {
        None
    }
}

/// A start/stop argument of `index()` methods: clamped into `0..=len`
/// after adding `len` to negatives, as CPython's `list.index` does.
pub fn clamp_bound(v: i64, len: usize) -> usize {
    let len = len as i64;
    let v = if v < 0 { (v + len).max(0) } else { v };
    v.min(len) as usize
}

/// The start/stop arguments of `list.index(x, start, stop)` and friends.
///
/// # Safety
/// `args` must hold valid words.
pub unsafe fn index_bounds(ts: *mut Thread, args: &[Word], len: usize) -> Option<(usize, usize)> {
    let mut bounds = [0i64, i64::MAX];
    for (slot, w) in bounds.iter_mut().zip(args) {
        match unsafe { bound_value(ts, *w) } {
            Some(v) => *slot = v,
            None => return None,
        }
    }
    Some((clamp_bound(bounds[0], len), clamp_bound(bounds[1], len)))
}

/// An int used as a slice-like bound; huge ints clamp instead of failing.
unsafe fn bound_value(ts: *mut Thread, w: Word) -> Option<i64> {
    if is_small(w) || is_exact(w, &BOOL_TYPE) {
        return unsafe { index_of(ts, w) }.ok().flatten();
    }
    if !is_instance(w, &INT_TYPE) {
        type_error(
            ts,
            "slice indices must be integers or have an __index__ method",
        );
        return None;
    }
    unsafe { clamp_big(ts, w) }
}

/// A big int clamped to the `i64` range by its sign.
///
/// # Safety
/// `w` must be an int.
pub unsafe fn clamp_big(ts: *mut Thread, w: Word) -> Option<i64> {
    // Ints stored big can still fit (the inline range is only 63 bits).
    if let Some(v) = crate::types::int::view(w).and_then(crate::types::int::Int::to_i64) {
        return Some(v);
    }
    let zero = small(0).unwrap_or(1);
    match unsafe { crate::entry::ty_compare_bool(ts, CmpOp::Lt as i32, w, zero) } {
        r if r < 0 => None,
        1 => Some(i64::MIN),
        _ => Some(i64::MAX),
    }
}

/// A new small-int-or-big int from a `usize` count.
pub fn int_from_usize(ts: *mut Thread, v: usize) -> Word {
    crate::types::int::from_i64(ts, v as i64)
}

/// Raise "'range' object has no attribute 'x'" from a `getattr` slot; returns 0.
///
/// # Safety
/// `name` must be a str.
pub unsafe fn no_attribute(ts: *mut Thread, w: Word, name: Word) -> Word {
    let shown = unsafe { str_::lossy(name) };
    let message = format!("'{}' object has no attribute '{shown}'", type_of(w).name);
    crate::error::raise(ts, &crate::types::exception::ATTRIBUTE_ERROR, &message)
}

/// Count one level of native recursion (the repr or comparison of a nested
/// container), as CPython's `Py_EnterRecursiveCall` does, on the same
/// counter generated prologues use. False with RecursionError pending at
/// the limit: "maximum recursion depth exceeded{what}".
pub fn enter_recursive(ts: *mut Thread, what: &str) -> bool {
    unsafe {
        if (*ts).depth >= (*ts).depth_limit {
            let message = format!("maximum recursion depth exceeded{what}");
            crate::error::raise(ts, &crate::types::exception::RECURSION_ERROR, &message);
            return false;
        }
        (*ts).depth += 1;
    }
    true
}

/// Undo a successful [`enter_recursive`].
pub fn leave_recursive(ts: *mut Thread) {
    unsafe { (*ts).depth -= 1 };
}

/// The suffix of a RecursionError raised while building a repr.
pub const IN_REPR: &str = " while getting the repr of an object";
/// The suffix of a RecursionError raised while comparing.
pub const IN_COMPARISON: &str = " in comparison";

/// `a + b` where `a`'s concatenation refuses `b`: CPython tries `b`'s
/// `__radd__` (a number slot) before the sequence concatenation, so a class
/// defining it is called. `None` when `b`'s class has none or it returned
/// `NotImplemented`; then the concatenation's own `TypeError` follows.
///
/// # Safety
/// `a` and `b` must be valid words.
pub unsafe fn reflected_add(ts: *mut Thread, a: Word, b: Word) -> Option<Word> {
    let radd = crate::types::class::binop_dunder(typhon_abi::BinOp::Add as usize, 1);
    let defines = crate::types::class::user_class_of(b).is_some_and(|cls| cls.dunders[radd] != 0);
    let slot = type_of(b).slots.binop.filter(|_| defines)?;
    let result = unsafe { slot(ts, typhon_abi::BinOp::Add as i32, a, b, true) };
    (result != crate::types::none::not_implemented()).then_some(result)
}

/// The count in `seq * n` and `seq *= n` (CPython's `sq_repeat` operand):
/// an int, or an object whose class defines `__index__`. `Ok(None)` when
/// the operation should be left to the other operand's `__rmul__`
/// (`defer`: the sequence is the left operand and `n`'s class defines it,
/// which CPython tries before repeating); otherwise a non-index count is
/// "can't multiply sequence by non-int" and an int too big for an index
/// an `OverflowError`.
///
/// # Safety
/// `count` must be a valid word.
pub unsafe fn repeat_count(ts: *mut Thread, count: Word, defer: bool) -> Result<Option<i64>, ()> {
    let user_class = crate::types::class::user_class_of(count);
    let has = |dunder: usize| {
        user_class
            .as_ref()
            .is_some_and(|cls| cls.dunders[dunder] != 0)
    };
    let index = crate::types::class::Dunder::Index as usize;
    let rmul = crate::types::class::binop_dunder(typhon_abi::BinOp::Mul as usize, 1);
    if defer && !has(index) && has(rmul) {
        return Ok(None);
    }
    if !is_instance(count, &INT_TYPE) && !has(index) {
        let message = format!(
            "can't multiply sequence by non-int of type '{}'",
            crate::object::type_of(count).name
        );
        crate::error::type_error(ts, &message);
        return Err(());
    }
    match unsafe { index_of(ts, count) } {
        Ok(Some(n)) => Ok(Some(n)),
        Ok(None) => {
            let message = format!(
                "can't multiply sequence by non-int of type '{}'",
                crate::object::type_of(count).name
            );
            crate::error::type_error(ts, &message);
            Err(())
        }
        Err(()) => {
            let pending = unsafe { (*ts).exc };
            if is_instance(pending, &crate::types::exception::INDEX_ERROR) {
                // CPython: `[1] * 10**20` is an OverflowError, not an IndexError.
                unsafe { (*ts).exc = 0 };
                crate::error::overflow_error(ts, "cannot fit 'int' into an index-sized integer");
            }
            Err(())
        }
    }
}
