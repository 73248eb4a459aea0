//! Ranges whose bounds do not fit 64 bits (CPython accepts any int), and
//! the arithmetic every range shares when it needs unbounded ints: slicing
//! and equality. Such a range keeps its start, stop, step and length as int
//! words in a tuple (`RangeObject::big`); its iterator is CPython's
//! `longrange_iterator`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{RANGE_TYPE, RangeObject};
use crate::error::{index_error, overflow_error, type_error, value_error};
use crate::gc;
use crate::object::{Header, Word, cast};
use crate::thread::Thread;
use crate::types::int::{self, Int};
use crate::types::iter::iterator_type;
use crate::types::none::none;
use crate::types::{slice, tuple};
use typhon_abi::ITER_DONE;

/// Start, step and length of any range, unbounded (the stop matters only
/// through the length).
pub(super) struct Parts {
    pub start: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// The parts of the range `r`, whichever way it is stored.
pub(super) fn parts(r: &RangeObject) -> Parts {
    if r.big == 0 {
        return Parts {
            start: r.start.into(),
            step: r.step.into(),
            len: r.len.into(),
        };
    }
    let [start, _, step, len] = big_words(r).map(|w| unsafe { int::to_bigint(w) });
    Parts { start, step, len }
}

/// The words of a big range: start, stop, step, length.
pub(super) fn big_words(r: &RangeObject) -> [Word; 4] {
    match unsafe { tuple::items(r.big) } {
        [start, stop, step, len] => [*start, *stop, *step, *len],
        _ => [0; 4],
    }
}

/// `len(range(start, stop, step))`; `step` is not 0.
fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let n: BigInt = if step.is_positive() {
        (stop - start + step - 1u8).div_floor(step)
    } else {
        (start - stop - step - 1u8).div_floor(&-step)
    };
    n.max(BigInt::zero())
}

/// A new range from unbounded parts: stored inline when they fit 64 bits.
pub(super) fn make(ts: *mut Thread, start: BigInt, stop: BigInt, step: BigInt) -> Word {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        return super::new(ts, a, b, c);
    }
    let len = length(&start, &stop, &step);
    let mut words = [0; 4];
    for (slot, value) in words.iter_mut().zip([start, stop, step, len]) {
        *slot = int::from_bigint(ts, value);
        if *slot == 0 {
            return 0;
        }
    }
    let big = tuple::new(ts, &words);
    if big == 0 {
        return 0;
    }
    let value = RangeObject {
        header: Header::new_static(&RANGE_TYPE),
        start: 0,
        stop: 0,
        step: 0,
        len: 0,
        big,
    };
    unsafe { gc::alloc_value(ts, &RANGE_TYPE, value) }
}

/// `range(...)` when some argument is beyond 64 bits; `args` are ints.
pub(super) fn construct(ts: *mut Thread, args: [Word; 3]) -> Word {
    let [start, stop, step] = args.map(|w| unsafe { int::to_bigint(w) });
    make(ts, start, stop, step)
}

/// Whether two ranges yield the same values (CPython's `range_equals`).
pub(super) fn equal(a: &RangeObject, b: &RangeObject) -> bool {
    let (x, y) = (parts(a), parts(b));
    x.len == y.len
        && (x.len.is_zero() || (x.start == y.start && (x.len.is_one() || x.step == y.step)))
}

/// The hash of a big range: that of `(len, start, step)`, with the parts
/// that do not matter as `None`.
pub(super) unsafe fn hash(ts: *mut Thread, r: &RangeObject) -> Option<i64> {
    let none_hash = unsafe { crate::types::seq::hash(ts, none()) }?;
    let p = parts(r);
    let h = |v: &BigInt| int::hash_int(Int::Big(v));
    let items = if p.len.is_zero() {
        [h(&p.len), none_hash, none_hash]
    } else if p.len.is_one() {
        [h(&p.len), h(&p.start), none_hash]
    } else {
        [h(&p.len), h(&p.start), h(&p.step)]
    };
    Some(tuple::combine_hashes(&items))
}

/// `len(r)` of a big range.
pub(super) fn len(ts: *mut Thread, r: &RangeObject) -> i64 {
    match parts(r).len.to_i64() {
        Some(n) => n,
        None => {
            overflow_error(ts, "Python int too large to convert to C ssize_t");
            -1
        }
    }
}

/// `r[i]` for an int `i` of any size, on a big range.
pub(super) fn item(ts: *mut Thread, r: &RangeObject, index: &BigInt) -> Word {
    let p = parts(r);
    let i = if index.is_negative() {
        index + &p.len
    } else {
        index.clone()
    };
    if i.is_negative() || i >= p.len {
        return index_error(ts, "range object index out of range");
    }
    int::from_bigint(ts, p.start + i * p.step)
}

/// `r[a:b:c]` of any range, as CPython computes it with unbounded ints.
pub(super) unsafe fn subrange(ts: *mut Thread, r: &RangeObject, key: Word) -> Word {
    let [start_w, stop_w, step_w] = unsafe { slice::parts_of(key) };
    let p = parts(r);
    let Some(step) = (unsafe { bound(ts, step_w, BigInt::one()) }) else {
        return 0;
    };
    if step.is_zero() {
        return value_error(ts, "slice step cannot be zero");
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), &p.len - 1)
    } else {
        (BigInt::zero(), p.len.clone())
    };
    let (default_start, default_stop) = if step.is_negative() {
        (upper.clone(), lower.clone())
    } else {
        (lower.clone(), upper.clone())
    };
    let clamp = |v: BigInt| {
        if v.is_negative() {
            (v + &p.len).max(lower.clone())
        } else {
            v.min(upper.clone())
        }
    };
    let (Some(start), Some(stop)) = (
        unsafe { bound(ts, start_w, default_start.clone()) },
        unsafe { bound(ts, stop_w, default_stop.clone()) },
    ) else {
        return 0;
    };
    let start = if start_w == none() {
        start
    } else {
        clamp(start)
    };
    let stop = if stop_w == none() { stop } else { clamp(stop) };
    make(
        ts,
        &p.start + start * &p.step,
        &p.start + stop * &p.step,
        &p.step * step,
    )
}

/// One slice part: an int, `None` for `default`, or the slice TypeError.
unsafe fn bound(ts: *mut Thread, w: Word, default: BigInt) -> Option<BigInt> {
    if w == none() {
        return Some(default);
    }
    match int::view(w) {
        Some(v) => Some(v.to_bigint()),
        None => {
            type_error(
                ts,
                "slice indices must be integers or None or have an __index__ method",
            );
            None
        }
    }
}

/// The position of the int `v` in any range, if it is there.
pub(super) fn position(r: &RangeObject, v: &BigInt) -> Option<BigInt> {
    let p = parts(r);
    let (i, rest) = (v - &p.start).div_rem(&p.step);
    (rest.is_zero() && !i.is_negative() && i < p.len).then_some(i)
}

/// A big range's `start`, `stop` or `step`.
pub(super) fn attribute(r: &RangeObject, name: &[u8]) -> Option<Word> {
    let [start, stop, step, _] = big_words(r);
    match name {
        b"start" => Some(start),
        b"stop" => Some(stop),
        b"step" => Some(step),
        _ => None,
    }
}

/// `repr()` of a big range.
pub(super) unsafe fn repr(ts: *mut Thread, r: &RangeObject) -> Word {
    let [start, stop, step, _] = big_words(r);
    let mut text = b"range(".to_vec();
    let unit = int::view(step).and_then(Int::to_i64) == Some(1);
    let shown: &[Word] = if unit {
        &[start, stop]
    } else {
        &[start, stop, step]
    };
    for (idx, part) in shown.iter().enumerate() {
        if idx > 0 {
            text.extend_from_slice(b", ");
        }
        if !unsafe { crate::types::seq::push_repr(ts, &mut text, *part) } {
            return 0;
        }
    }
    text.push(b')');
    crate::types::str::from_bytes(ts, &text)
}

/// Iteration over a big range, as int words.
#[repr(C)]
pub struct LongRangeIterObject {
    pub header: Header,
    pub next: Word,
    pub step: Word,
    /// How many values remain.
    pub remaining: Word,
}

iterator_type!(
    LONGRANGE_ITER_TYPE,
    "longrange_iterator",
    trace_iter,
    next_value
);

unsafe fn trace_iter(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let it = unsafe { cast::<LongRangeIterObject>(obj as Word) };
    for w in [it.next, it.step, it.remaining] {
        visit(w);
    }
}

/// An iterator over a big range, backwards for `reversed`.
pub(super) fn iterate(ts: *mut Thread, r: &RangeObject, reverse: bool) -> Word {
    let p = parts(r);
    let (first, step) = if reverse {
        let last = &p.start + (&p.len - 1) * &p.step;
        (last, -p.step)
    } else {
        (p.start, p.step)
    };
    let words = [first, step, p.len].map(|v| int::from_bigint(ts, v));
    if words.contains(&0) {
        return 0;
    }
    let value = LongRangeIterObject {
        header: Header::new_static(&LONGRANGE_ITER_TYPE),
        next: words[0],
        step: words[1],
        remaining: words[2],
    };
    unsafe { gc::alloc_value(ts, &LONGRANGE_ITER_TYPE, value) }
}

unsafe fn next_value(ts: *mut Thread, w: Word) -> Word {
    let it = unsafe { cast::<LongRangeIterObject>(w) };
    let remaining = unsafe { int::to_bigint(it.remaining) };
    if !remaining.is_positive() {
        return ITER_DONE;
    }
    let value = it.next;
    let following = unsafe { int::to_bigint(value) + int::to_bigint(it.step) };
    let (following, remaining) = (
        int::from_bigint(ts, following),
        int::from_bigint(ts, remaining - 1),
    );
    if following == 0 || remaining == 0 {
        return 0;
    }
    it.next = following;
    it.remaining = remaining;
    value
}

/// Whether a big range yields nothing (its bounds alone may be big).
pub(super) fn is_empty(r: &RangeObject) -> bool {
    parts(r).len.is_zero()
}

/// Where `x` is in a big range: O(1) for an exact int, a scan with `==`
/// otherwise (as CPython does for floats and the like). `Ok(None)` when
/// absent; with `count_all`, the number of matches instead of a position.
pub(super) unsafe fn find(
    ts: *mut Thread,
    w: Word,
    x: Word,
    count_all: bool,
) -> Result<Option<BigInt>, ()> {
    let r = unsafe { super::object(w) };
    if crate::object::is_exact(x, &int::INT_TYPE)
        || crate::object::is_exact(x, &crate::types::bool::BOOL_TYPE)
    {
        let found = position(r, &unsafe { int::to_bigint(x) });
        return Ok(if count_all {
            Some(BigInt::from(found.is_some() as u8))
        } else {
            found
        });
    }
    let it = iterate(ts, r, false);
    if it == 0 {
        return Err(());
    }
    let mut at = BigInt::zero();
    let mut matches = BigInt::zero();
    loop {
        let value = unsafe { next_value(ts, it) };
        match value {
            0 => return Err(()),
            ITER_DONE => return Ok(count_all.then_some(matches)),
            _ => {}
        }
        match unsafe { crate::types::seq::eq(ts, value, x) } {
            e if e < 0 => return Err(()),
            0 => {}
            _ if count_all => matches += 1,
            _ => return Ok(Some(at)),
        }
        at += 1;
    }
}
