//! The garbage-collected heap: the only way Python-visible objects are made.
//!
//! Every object is allocated here with a [`Header`] naming its type, whose
//! trace function lets the collector find the words it holds. This first
//! version allocates from the system allocator and never collects; the
//! interface is the one the tracing collector keeps.

use crate::object::{Header, TypeObject, Word};
use crate::thread::Thread;

/// Allocate a zeroed object of `size` bytes (header included) of type `ty`.
/// Returns null, with `MemoryError` pending, when memory is exhausted.
///
/// # Safety
/// `size` must be at least the header size and cover the type's layout.
pub unsafe fn alloc(ts: *mut Thread, size: usize, ty: *const TypeObject) -> *mut Header {
    let layout = match std::alloc::Layout::from_size_align(size.max(16), 16) {
        Ok(layout) => layout,
        Err(_) => return crate::error::memory_error(ts),
    };
    let obj = unsafe { std::alloc::alloc_zeroed(layout) } as *mut Header;
    if obj.is_null() {
        return crate::error::memory_error(ts);
    }
    unsafe {
        (*obj).ty = ty;
        (*obj).gc = 0;
    }
    obj
}

/// Allocate an object laid out as `T` (whose first field is a `Header`) and
/// move `value` into it. The header in `value` is overwritten.
///
/// # Safety
/// `T` must be `#[repr(C)]` and start with a `Header`.
pub unsafe fn alloc_value<T>(ts: *mut Thread, ty: &'static TypeObject, value: T) -> Word {
    let obj = unsafe { alloc(ts, std::mem::size_of::<T>(), ty) };
    if obj.is_null() {
        return 0;
    }
    unsafe {
        std::ptr::write(obj as *mut T, value);
        (*obj).ty = ty;
        (*obj).gc = 0;
    }
    obj as Word
}

/// Global root ranges registered by generated code (module globals, constant pools).
pub fn register_roots(slots: *const Word, n: usize) {
    ROOTS.with(|roots| roots.borrow_mut().push((slots as usize, n)));
}

thread_local! {
    static ROOTS: std::cell::RefCell<Vec<(usize, usize)>> = const { std::cell::RefCell::new(Vec::new()) };
}
