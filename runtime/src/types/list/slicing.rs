//! `obj[start:stop:step]` and `obj[start:stop:step] = value` for generated
//! code, without a slice object: an exact list whose bounds are ints or
//! `None` is sliced directly, anything else gets a slice object and the
//! generic item protocol, so every type (and every `__getitem__` of a
//! subclass) behaves as with `obj[slice(start, stop, step)]`.

use super::{LIST_TYPE, items, raw};
use crate::object::{Word, is_exact, is_small};
use crate::thread::Thread;
use crate::types::none::none;
use crate::types::slice;
use crate::types::tuple::TUPLE_TYPE;

/// Whether a slice bound can be resolved without running Python code.
#[inline]
fn plain(w: Word) -> bool {
    is_small(w) || w == none()
}

/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_getslice(
    ts: *mut Thread,
    obj: Word,
    start: Word,
    stop: Word,
    step: Word,
) -> Word {
    if is_exact(obj, &LIST_TYPE) && plain(start) && plain(stop) && plain(step) {
        let len = unsafe { raw(obj) }.len() as i64;
        let Some((first, _, step, count)) = slice::indices_of_parts(ts, start, stop, step, len)
        else {
            return 0;
        };
        return unsafe { super::items::gather_list(ts, obj, first, step, count) };
    }
    let key = slice::new(ts, start, stop, step);
    if key == 0 {
        return 0;
    }
    unsafe { crate::entry::ty_getitem(ts, obj, key) }
}

/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_setslice(
    ts: *mut Thread,
    obj: Word,
    start: Word,
    stop: Word,
    step: Word,
    value: Word,
) -> i32 {
    // A contiguous slice of an exact list replaced by the items of an exact
    // list or tuple: no iteration, so no Python code runs in between.
    if is_exact(obj, &LIST_TYPE)
        && plain(start)
        && plain(stop)
        && (step == none() || step == 3)
        && (is_exact(value, &LIST_TYPE) || is_exact(value, &TUPLE_TYPE))
    {
        let len = unsafe { raw(obj) }.len() as i64;
        let Some((first, last, _, _)) = slice::indices_of_parts(ts, start, stop, none(), len)
        else {
            return -1;
        };
        let first = first as usize;
        let last = (last.max(0) as usize).max(first);
        // Slice assignment keeps no float storage: both sides as objects.
        let target = unsafe { items(ts, obj) };
        let source: &[Word] = if is_exact(value, &LIST_TYPE) {
            unsafe { items(ts, value) }
        } else {
            unsafe { crate::types::tuple::items(value) }
        };
        // `a[i:j] = a`: copy the source first, as splicing moves it.
        let done = if value == obj {
            let copy = source.to_vec();
            unsafe { target.splice(ts, first, last, &copy) }
        } else {
            unsafe { target.splice(ts, first, last, source) }
        };
        return if done { 0 } else { -1 };
    }
    let key = slice::new(ts, start, stop, step);
    if key == 0 {
        return -1;
    }
    unsafe { crate::entry::ty_setitem(ts, obj, key, value) }
}
