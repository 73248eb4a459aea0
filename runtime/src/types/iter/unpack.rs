//! `for a, b in it` without a tuple per step: the loop's `next` and the
//! unpacking of its item in one entry point. Iterators that build a fresh
//! tuple per item (`enumerate`, `zip`, dict item iterators) write the
//! parts straight into the caller's buffer when the arity matches, since
//! a tuple that is unpacked at once cannot be observed; any other
//! iterator's item is unpacked as `a, b = item` would be.

use crate::builtins::iter::{ENUMERATE_TYPE, ZIP_TYPE, enumerate_step, zip_arity, zip_step};
use crate::object::{Word, type_of};
use crate::thread::Thread;
use typhon_abi::ITER_DONE;

/// `next(iter)` unpacked into `out[0..n]`: a non-zero word other than
/// `ITER_DONE` when `out` was filled, `ITER_DONE` when the iterator is
/// exhausted, 0 with an exception pending (from `next` or from the
/// unpacking, with `ty_unpack`'s messages).
///
/// # Safety
/// `ts` is the current thread, `iter` an object, `out` holds `n` words the
/// collector sees (the caller's stack).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_iter_next_unpack(
    ts: *mut Thread,
    iter: Word,
    n: i64,
    out: *mut Word,
) -> Word {
    let n = n.max(0) as usize;
    let ty = type_of(iter);
    if n == 2 {
        let pair = unsafe { &mut *(out as *mut [Word; 2]) };
        if std::ptr::eq(ty, &ENUMERATE_TYPE) {
            return unsafe { enumerate_step(ts, iter, pair) };
        }
        if let Some(status) = unsafe { super::mapping::dict_item_step(ts, iter, pair) } {
            return status;
        }
    }
    if std::ptr::eq(ty, &ZIP_TYPE) && n > 0 && unsafe { zip_arity(iter) } == n {
        let items = unsafe { std::slice::from_raw_parts_mut(out, n) };
        return unsafe { zip_step(ts, iter, items) };
    }
    let item = unsafe { crate::entry::ty_iter_next(ts, iter) };
    if item == 0 || item == ITER_DONE {
        return item;
    }
    if unsafe { crate::entry::ty_unpack(ts, item, n as i64, out) } != 0 {
        return 0;
    }
    item
}
