//! `slice`: the `start:stop:step` object, and [`indices`], CPython's rules
//! for turning a slice into concrete positions in a sequence of known length
//! (used by every sliceable type).

use crate::error::{type_error, value_error};
use crate::gc;
use crate::object::{
    Header, Slots, TypeObject, Word, cast, is_exact, is_instance, is_small, small_value,
};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::bool::BOOL_TYPE;
use crate::types::int::INT_TYPE;
use crate::types::none::none;
use crate::types::seq;

#[repr(C)]
pub struct SliceObject {
    pub header: Header,
    /// `None` when omitted, like the two below.
    pub start: Word,
    pub stop: Word,
    pub step: Word,
}

pub static SLICE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "slice",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        compare: Some(compare),
        getattr: Some(getattr),
        construct: Some(construct),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[crate::object::Method {
        name: "indices",
        func: indices_method,
    }]),
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let s = unsafe { cast::<SliceObject>(obj as Word) };
    for w in [s.start, s.stop, s.step] {
        visit(w);
    }
}

/// A new slice; pass `None` for omitted parts.
pub fn new(ts: *mut Thread, start: Word, stop: Word, step: Word) -> Word {
    let value = SliceObject {
        header: Header::new_static(&SLICE_TYPE),
        start,
        stop,
        step,
    };
    unsafe { gc::alloc_value(ts, &SLICE_TYPE, value) }
}

/// `x[start:stop:step]` built by generated code.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_slice_new(
    ts: *mut Thread,
    start: Word,
    stop: Word,
    step: Word,
) -> Word {
    new(ts, start, stop, step)
}

/// Resolve a slice against a sequence of `len` items: `(start, stop, step,
/// slicelength)` after CPython's clamping, or `None` with an exception
/// pending ("slice step cannot be zero", non-int indices).
pub fn indices(ts: *mut Thread, slice: Word, len: i64) -> Option<(i64, i64, i64, i64)> {
    let s = unsafe { cast::<SliceObject>(slice) };
    indices_of_parts(ts, s.start, s.stop, s.step, len)
}

/// [`indices`] of the parts of a slice not made into an object.
pub fn indices_of_parts(
    ts: *mut Thread,
    start_w: Word,
    stop_w: Word,
    step_w: Word,
    len: i64,
) -> Option<(i64, i64, i64, i64)> {
    let step = if step_w == none() {
        1
    } else {
        unsafe { bound(ts, step_w)? }
    };
    if step == 0 {
        value_error(ts, "slice step cannot be zero");
        return None;
    }
    // Keep `-step` representable, as CPython does.
    let step = step.max(-i64::MAX);
    let (default_start, default_stop) = if step < 0 {
        (i64::MAX, i64::MIN)
    } else {
        (0, i64::MAX)
    };
    let start = if start_w == none() {
        default_start
    } else {
        unsafe { bound(ts, start_w)? }
    };
    let stop = if stop_w == none() {
        default_stop
    } else {
        unsafe { bound(ts, stop_w)? }
    };
    Some(adjust(start, stop, step, len))
}

/// CPython's `PySlice_AdjustIndices`.
#[inline]
pub fn adjust(start: i64, stop: i64, step: i64, len: i64) -> (i64, i64, i64, i64) {
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            let v = v.saturating_add(len);
            if v < 0 {
                if step < 0 { -1 } else { 0 }
            } else {
                v
            }
        } else if v >= len {
            if step < 0 { len - 1 } else { len }
        } else {
            v
        }
    };
    let (start, stop) = (clamp(start), clamp(stop));
    // Steps of 1 and -1 (`a[i:j]`, `a[::-1]`) need no division.
    let slicelength = if step == 1 {
        (stop - start).max(0)
    } else if step == -1 {
        (start - stop).max(0)
    } else if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, slicelength)
}

/// One slice bound: ints as they are, huge ints clamped by sign.
unsafe fn bound(ts: *mut Thread, w: Word) -> Option<i64> {
    if is_small(w) {
        return Some(small_value(w));
    }
    if is_exact(w, &BOOL_TYPE) {
        return unsafe { seq::index_of(ts, w) }.ok().flatten();
    }
    if is_instance(w, &INT_TYPE) {
        return unsafe { seq::clamp_big(ts, w) };
    }
    if let Some(index) = unsafe { crate::types::class::slots::user_index(ts, w) } {
        return if index == 0 {
            None
        } else {
            unsafe { bound(ts, index) }
        };
    }
    type_error(
        ts,
        "slice indices must be integers or None or have an __index__ method",
    );
    None
}

/// The start, stop and step words of a slice (`None` when omitted).
///
/// # Safety
/// `w` must be a slice.
pub unsafe fn parts_of(w: Word) -> [Word; 3] {
    unsafe { parts(w) }
}

unsafe fn parts(w: Word) -> [Word; 3] {
    let s = unsafe { cast::<SliceObject>(w) };
    [s.start, s.stop, s.step]
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    let mut out = b"slice(".to_vec();
    for (idx, part) in unsafe { parts(w) }.into_iter().enumerate() {
        if idx > 0 {
            out.extend_from_slice(b", ");
        }
        if !unsafe { seq::push_repr(ts, &mut out, part) } {
            return 0;
        }
    }
    out.push(b')');
    crate::types::str::from_bytes(ts, &out)
}

/// Slices compare like the tuples of their parts.
unsafe fn compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    if !is_instance(b, &SLICE_TYPE) {
        return crate::types::none::not_implemented();
    }
    let ta = crate::types::tuple::new(ts, &unsafe { parts(a) });
    if ta == 0 {
        return 0;
    }
    let tb = crate::types::tuple::new(ts, &unsafe { parts(b) });
    if tb == 0 {
        return 0;
    }
    unsafe { crate::entry::ty_compare(ts, op, ta, tb) }
}

unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    let [start, stop, step] = unsafe { parts(w) };
    match unsafe { crate::types::str::bytes(name) } {
        b"start" => start,
        b"stop" => stop,
        b"step" => step,
        _ => unsafe { seq::no_attribute(ts, w, name) },
    }
}

/// `s.indices(length)`: the `(start, stop, step)` a sequence of that length
/// would use.
unsafe extern "C" fn indices_method(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    let Some(&this) = a.pos.first() else {
        return type_error(ts, "unbound method slice.indices() needs an argument");
    };
    let Some(length) = args::one(ts, &a.skip_self(), "slice.indices") else {
        return 0;
    };
    let Some(length) = (unsafe { crate::types::int::count_value(ts, length, "") }) else {
        return 0;
    };
    if length < 0 {
        return value_error(ts, "length should not be negative");
    }
    let Some((start, stop, step, _)) = indices(ts, this, length) else {
        return 0;
    };
    let parts = [start, stop, step].map(|v| crate::types::int::from_i64(ts, v));
    if parts.contains(&0) {
        return 0;
    }
    crate::types::tuple::new(ts, &parts)
}

/// `slice(stop)`, `slice(start, stop[, step])`.
unsafe extern "C" fn construct(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    let Some(pos) = args::positional(ts, &a, "slice", "slice", 1, 3) else {
        return 0;
    };
    match *pos {
        [stop] => new(ts, none(), stop, none()),
        [start, stop] => new(ts, start, stop, none()),
        [start, stop, step] => new(ts, start, stop, step),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::adjust;

    fn check(start: i64, stop: i64, step: i64, len: i64, expected: (i64, i64, i64, i64)) {
        assert_eq!(
            adjust(start, stop, step, len),
            expected,
            "{start}:{stop}:{step} of {len}"
        );
    }

    #[test]
    fn adjust_matches_cpython() {
        // Values from python3: slice(a, b, c).indices(n) and len(range(n)[a:b:c]).
        check(0, i64::MAX, 1, 5, (0, 5, 1, 5));
        check(i64::MAX, i64::MIN, -1, 5, (4, -1, -1, 5));
        check(-2, i64::MAX, 1, 5, (3, 5, 1, 2));
        check(-100, 100, 2, 5, (0, 5, 2, 3));
        check(100, -100, -2, 5, (4, -1, -2, 3));
        check(3, 1, 1, 5, (3, 1, 1, 0));
        check(1, 3, -1, 5, (1, 3, -1, 0));
        check(0, 0, 1, 0, (0, 0, 1, 0));
        check(i64::MAX, i64::MIN, -3, 10, (9, -1, -3, 4));
        check(-1, -6, -2, 5, (4, -1, -2, 3));
    }
}
