//! `range`: start, stop and step held as machine integers, with its length
//! precomputed. A range with a bound beyond 64 bits (CPython accepts any
//! int) is kept as int words instead; see `range/big.rs`.
//!
//! The compiler's counting-loop fast path reads `start`, `stop` and `step`
//! through the `getattr` slot, so those must keep working.

mod big;

use crate::error::{index_error, overflow_error, raise, type_error, value_error};
use crate::gc;
use crate::object::{Header, Method, Slots, TypeObject, Word, cast, is_exact, is_instance, small};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::bool::from_bool;
use crate::types::exception::VALUE_ERROR;
use crate::types::int::INT_TYPE;
use crate::types::none::not_implemented;
use crate::types::seq;
use crate::types::slice::SLICE_TYPE;
use typhon_abi::CmpOp;

#[repr(C)]
pub struct RangeObject {
    pub header: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: u64,
    /// 0, or for a range beyond 64 bits a tuple of its start, stop, step
    /// and length as ints (the fields above are then unused).
    pub big: Word,
}

pub static RANGE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "range",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        hash: Some(hash),
        compare: Some(compare),
        truthy: Some(truthy),
        len: Some(len),
        getitem: Some(getitem),
        contains: Some(contains),
        iter: Some(iter),
        getattr: Some(getattr),
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
    let big = unsafe { object(obj as Word) }.big;
    if big != 0 {
        visit(big);
    }
}

/// The number of items of `range(start, stop, step)`; `step` is not 0.
pub fn length(start: i64, stop: i64, step: i64) -> u64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 {
        (stop - start + step - 1) / step
    } else {
        (start - stop - step - 1) / -step
    };
    n.max(0) as u64
}

/// A new range; 0 with an exception pending.
pub fn new(ts: *mut Thread, start: i64, stop: i64, step: i64) -> Word {
    let len = length(start, stop, step);
    let value = RangeObject {
        header: Header::new_static(&RANGE_TYPE),
        start,
        stop,
        step,
        len,
        big: 0,
    };
    unsafe { gc::alloc_value(ts, &RANGE_TYPE, value) }
}

/// # Safety
/// `w` must be a range.
pub unsafe fn object<'a>(w: Word) -> &'a RangeObject {
    unsafe { cast::<RangeObject>(w) }
}

/// An iterator over a range (forwards, or backwards for `reversed`).
///
/// # Safety
/// `w` must be a range.
pub unsafe fn iterate(ts: *mut Thread, w: Word, reverse: bool) -> Word {
    let r = unsafe { object(w) };
    if r.big != 0 {
        return big::iterate(ts, r, reverse);
    }
    if reverse && r.len > 0 {
        let last = r.start as i128 + (r.len as i128 - 1) * r.step as i128;
        return crate::types::iter::range_iter(ts, last as i64, r.step.wrapping_neg(), r.len);
    }
    crate::types::iter::range_iter(ts, r.start, r.step, r.len)
}

/// One argument of `range(...)`: `Ok(Some(v))` for an int that fits 64
/// bits, `Ok(None)` for a bigger int, `Err` with TypeError pending otherwise.
unsafe fn argument(ts: *mut Thread, w: Word) -> Result<Option<i64>, ()> {
    match unsafe { seq::index_of(ts, w) } {
        Ok(Some(v)) => Ok(Some(v)),
        Ok(None) => {
            type_error(
                ts,
                &format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::object::type_of(w).name
                ),
            );
            Err(())
        }
        Err(()) => {
            unsafe { (*ts).exc = 0 };
            Ok(None)
        }
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
unsafe extern "C" fn construct(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    let Some(pos) = args::positional(ts, &a, "range", "range", 1, 3) else {
        return 0;
    };
    let mut values = [Some(0i64), Some(0), Some(1)];
    let targets: &mut [Option<i64>] = if pos.len() == 1 {
        &mut values[1..2]
    } else {
        &mut values[..pos.len()]
    };
    for (slot, w) in targets.iter_mut().zip(pos) {
        match unsafe { argument(ts, *w) } {
            Ok(v) => *slot = v,
            Err(()) => return 0,
        }
    }
    if values[2] == Some(0) {
        return value_error(ts, "range() arg 3 must not be zero");
    }
    match values {
        [Some(start), Some(stop), Some(step)] => new(ts, start, stop, step),
        _ => {
            let mut words = [small(0), small(0), small(1)].map(|w| w.unwrap_or(0));
            let slots: &mut [Word] = if pos.len() == 1 {
                &mut words[1..2]
            } else {
                &mut words[..pos.len()]
            };
            slots.copy_from_slice(pos);
            big::construct(ts, words)
        }
    }
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    let r = unsafe { object(w) };
    if r.big != 0 {
        return unsafe { big::repr(ts, r) };
    }
    let text = if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    };
    crate::types::str::new(ts, &text)
}

/// Ranges are equal when they yield the same values, so the hash is that
/// of `(len, start, step)` with the parts that do not matter as `None`.
unsafe fn hash(ts: *mut Thread, w: Word) -> Option<i64> {
    let r = unsafe { object(w) };
    if r.big != 0 {
        return unsafe { big::hash(ts, r) };
    }
    let none_hash = unsafe { seq::hash(ts, crate::types::none::none()) }?;
    let len_hash = seq::int_hash(r.len as i64);
    let parts = match r.len {
        0 => [len_hash, none_hash, none_hash],
        1 => [len_hash, seq::int_hash(r.start), none_hash],
        _ => [len_hash, seq::int_hash(r.start), seq::int_hash(r.step)],
    };
    Some(crate::types::tuple::combine_hashes(&parts))
}

unsafe fn compare(_ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let equal_op = match CmpOp::from_i32(op) {
        Some(CmpOp::Eq) => true,
        Some(CmpOp::Ne) => false,
        _ => return not_implemented(),
    };
    if !is_exact(a, &RANGE_TYPE) || !is_exact(b, &RANGE_TYPE) {
        return not_implemented();
    }
    let (x, y) = unsafe { (object(a), object(b)) };
    let same = if x.big != 0 || y.big != 0 {
        big::equal(x, y)
    } else {
        x.len == y.len && (x.len == 0 || (x.start == y.start && (x.len == 1 || x.step == y.step)))
    };
    from_bool(same == equal_op)
}

unsafe fn truthy(_ts: *mut Thread, w: Word) -> i32 {
    let r = unsafe { object(w) };
    if r.big != 0 {
        return !big::is_empty(r) as i32;
    }
    (r.len != 0) as i32
}

unsafe fn len(ts: *mut Thread, w: Word) -> i64 {
    let r = unsafe { object(w) };
    if r.big != 0 {
        return big::len(ts, r);
    }
    let n = r.len;
    if n > i64::MAX as u64 {
        overflow_error(ts, "Python int too large to convert to C ssize_t");
        return -1;
    }
    n as i64
}

/// The `i`th value, for `0 <= i < len`.
fn item(r: &RangeObject, i: u64) -> i64 {
    (r.start as i128 + i as i128 * r.step as i128) as i64
}

unsafe fn getitem(ts: *mut Thread, w: Word, key: Word) -> Word {
    let r = unsafe { object(w) };
    if is_instance(key, &SLICE_TYPE) {
        return unsafe { big::subrange(ts, r, key) };
    }
    if r.big != 0
        && let Some(index) = crate::types::int::view(key)
    {
        return big::item(ts, r, &index.to_bigint());
    }
    match unsafe { seq::index_of(ts, key) } {
        Ok(Some(index)) => {
            let len = r.len as i128;
            let i = if index < 0 {
                index as i128 + len
            } else {
                index as i128
            };
            if i < 0 || i >= len {
                return index_error(ts, "range object index out of range");
            }
            crate::types::int::from_i64(ts, item(r, i as u64))
        }
        Ok(None) => type_error(
            ts,
            &format!(
                "range indices must be integers or slices, not {}",
                crate::object::type_of(key).name
            ),
        ),
        // CPython indexes ranges with unbounded ints: an index beyond 64
        // bits is simply out of range.
        Err(()) => {
            unsafe { (*ts).exc = 0 };
            index_error(ts, "range object index out of range")
        }
    }
}

/// The position of the int `v` in the range, if it is there.
fn position(r: &RangeObject, v: i64) -> Option<u64> {
    let offset = v as i128 - r.start as i128;
    let step = r.step as i128;
    if offset % step != 0 {
        return None;
    }
    let i = offset / step;
    (i >= 0 && i < r.len as i128).then_some(i as u64)
}

/// An exact int or bool key: `Some(Some(v))`, or `Some(None)` when it is
/// beyond 64 bits (and so in no range). `None` for anything else, which is
/// compared value by value, as CPython does for int subclasses and floats.
unsafe fn int_key(ts: *mut Thread, x: Word) -> Option<Option<i64>> {
    if !is_exact(x, &INT_TYPE) && !is_exact(x, &crate::types::bool::BOOL_TYPE) {
        return None;
    }
    match unsafe { seq::index_of(ts, x) } {
        Ok(v) => Some(v),
        Err(()) => {
            unsafe { (*ts).exc = 0 };
            Some(None)
        }
    }
}

/// Whether `x` is in the range: O(1) for ints, a scan with `==` otherwise.
unsafe fn contains(ts: *mut Thread, w: Word, x: Word) -> i32 {
    let r = unsafe { object(w) };
    if r.big != 0 {
        return unsafe { big::find(ts, w, x, false) }.map_or(-1, |found| found.is_some() as i32);
    }
    match unsafe { int_key(ts, x) } {
        Some(v) => v.and_then(|v| position(r, v)).is_some() as i32,
        None => unsafe { scan(ts, w, x, false) }.map_or(-1, |found| found.is_some() as i32),
    }
}

/// Look for `x` by comparing it with each value: the first position, or
/// the number of matches when `count_all` is set.
unsafe fn scan(ts: *mut Thread, w: Word, x: Word, count_all: bool) -> Result<Option<u64>, ()> {
    let r = unsafe { object(w) };
    let mut matches = 0;
    for i in 0..r.len {
        let v = crate::types::int::from_i64(ts, item(r, i));
        match unsafe { seq::eq(ts, v, x) } {
            e if e < 0 => return Err(()),
            0 => {}
            _ if count_all => matches += 1,
            _ => return Ok(Some(i)),
        }
    }
    Ok(if count_all { Some(matches) } else { None })
}

unsafe fn iter(ts: *mut Thread, w: Word) -> Word {
    unsafe { iterate(ts, w, false) }
}

unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    let r = unsafe { object(w) };
    if r.big != 0 {
        return match big::attribute(r, unsafe { crate::types::str::bytes(name) }) {
            Some(value) => value,
            None => unsafe { seq::no_attribute(ts, w, name) },
        };
    }
    let value = match unsafe { crate::types::str::bytes(name) } {
        b"start" => r.start,
        b"stop" => r.stop,
        b"step" => r.step,
        _ => return unsafe { seq::no_attribute(ts, w, name) },
    };
    crate::types::int::from_i64(ts, value)
}

unsafe extern "C" fn index(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &RANGE_TYPE, "index") })
    else {
        return 0;
    };
    let Some(x) = args::one(ts, &a, "range.index") else {
        return 0;
    };
    let r = unsafe { object(this) };
    let found = if r.big != 0 {
        unsafe { big::find(ts, this, x, false) }
    } else {
        match unsafe { int_key(ts, x) } {
            Some(v) => Ok(v.and_then(|v| position(r, v))),
            None => unsafe { scan(ts, this, x, false) },
        }
        .map(|found| found.map(num_bigint::BigInt::from))
    };
    match found {
        Ok(Some(i)) => crate::types::int::from_bigint(ts, i),
        Ok(None) => {
            let mut message = Vec::new();
            if !unsafe { seq::push_repr(ts, &mut message, x) } {
                return 0;
            }
            message.extend_from_slice(b" is not in range");
            raise(ts, &VALUE_ERROR, &String::from_utf8_lossy(&message))
        }
        Err(()) => 0,
    }
}

unsafe extern "C" fn count(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, a)) = (unsafe { args::method(ts, argv, nargs, kwnames, &RANGE_TYPE, "count") })
    else {
        return 0;
    };
    let Some(x) = args::one(ts, &a, "range.count") else {
        return 0;
    };
    let r = unsafe { object(this) };
    let found = if r.big != 0 {
        unsafe { big::find(ts, this, x, true) }
    } else {
        match unsafe { int_key(ts, x) } {
            Some(v) => Ok(Some(v.and_then(|v| position(r, v)).is_some() as u64)),
            None => unsafe { scan(ts, this, x, true) },
        }
        .map(|found| found.map(num_bigint::BigInt::from))
    };
    match found {
        Ok(n) => crate::types::int::from_bigint(ts, n.unwrap_or_default()),
        Err(()) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::length;

    #[test]
    fn lengths_match_cpython() {
        // len(range(...)) from python3.
        assert_eq!(length(0, 10, 1), 10);
        assert_eq!(length(0, 10, 3), 4);
        assert_eq!(length(10, 0, -3), 4);
        assert_eq!(length(5, 5, 1), 0);
        assert_eq!(length(5, 0, 1), 0);
        assert_eq!(length(-5, 5, 2), 5);
        assert_eq!(length(-(1 << 62), (1 << 62) - 1, 1), u64::MAX >> 1);
    }
}
