//! Allocation volume, the collector's trigger. Small and large objects and
//! Rust-owned buffers (list items, dict tables, big-integer digits) all
//! draw from one budget, so a program that churns through big lists
//! collects as promptly as one that churns through small objects. The
//! process-wide allocator is wrapped to charge the budget and to track how
//! many bytes Rust-owned buffers hold (part of the live size that sets the
//! next budget).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering::Relaxed};

/// Bytes that may still be allocated before the next collection; the
/// allocator's fast path takes the slow path once it goes negative.
/// Generated code charges its inline allocations here too.
#[unsafe(export_name = "TY_GC_BUDGET")]
pub static BUDGET: AtomicIsize = AtomicIsize::new(1 << 22);
/// Bytes currently held by Rust-owned buffers.
pub static MALLOC_LIVE: AtomicIsize = AtomicIsize::new(0);

// Plain load and store instead of read-modify-write: the program is single
// threaded, and an occasionally lost update in multi-threaded unit tests
// only shifts when a collection happens.
#[inline]
pub fn charge(bytes: usize) {
    BUDGET.store(BUDGET.load(Relaxed) - bytes as isize, Relaxed);
}

#[inline]
fn adjust_live(delta: isize) {
    MALLOC_LIVE.store(MALLOC_LIVE.load(Relaxed) + delta, Relaxed);
}

struct Counting;

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        charge(layout.size());
        adjust_live(layout.size() as isize);
        let ptr = unsafe { System.alloc(layout) };
        super::buffers::added(ptr);
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        charge(layout.size());
        adjust_live(layout.size() as isize);
        let ptr = unsafe { System.alloc_zeroed(layout) };
        super::buffers::added(ptr);
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        adjust_live(-(layout.size() as isize));
        super::buffers::removed(ptr);
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            charge(new_size - layout.size());
        }
        adjust_live(new_size as isize - layout.size() as isize);
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            super::buffers::removed(ptr);
            super::buffers::added(new);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;
