//! Allocation volume, the collector's trigger. Small and large objects and
//! Rust-owned buffers (list items, dict tables, big-integer digits) all
//! draw from one budget, so a program that churns through big lists
//! collects as promptly as one that churns through small objects. The
//! process-wide allocator is wrapped to charge the budget and to track how
//! many bytes Rust-owned buffers hold (part of the live size that sets the
//! next budget).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering::Relaxed};

/// Smallest allocation budget between two collections: against 4 MiB,
/// 6 MiB saves a third of the collections of a program with a small live
/// heap that allocates briskly (a churn of short-lived strings and dicts)
/// while the numeric programs stay below CPython's peak memory (8 MiB put
/// nbody and spectral_norm at 13.4-14.2 MiB, over CPython's 13.3-13.4).
const MIN_BUDGET: usize = 6 << 20;
/// The budget is this many times the live size the last collection left
/// (in eighths).
const GROWTH_EIGHTHS: usize = 3;
/// A small live heap gets a budget of this many times its size, up to
/// [`SMALL_HEAP_CAP`] (which heaps from 4 to 43 MiB live get rather than
/// three eighths of their size): a program whose few MiB of long-lived
/// data sit among a brisk churn re-marked them every 6 MiB (a fifth of
/// str_dict_churn's instructions, its 3 MiB of records; a third of
/// binary_trees', its long-lived tree). A program with under 1.5 MiB live
/// keeps the minimum, so the numeric programs' peaks do not move, and the
/// cap keeps a small program's peak (live data, a budget of garbage and
/// the kept pages) within a small factor of CPython's own start-up
/// footprint of about 13 MiB plus its data. 16 MiB rather than 12 took
/// 8.8% of binary_trees' instructions (size 15; peak at its default size
/// 37.6 -> 41.9 MB, CPython 33.3) and 8.2% of points' (size 200,000;
/// 44.3 -> 48.3 MB, CPython 99); 20 MiB would take 14.6% of binary_trees'
/// for a peak of 45.8 MB, 1.37 times CPython's.
const SMALL_HEAP_FACTOR: usize = 4;
const SMALL_HEAP_CAP: usize = 16 << 20;

/// How the budget follows the live size: the defaults above, which
/// `TYPHON_GC_MIN_BUDGET` (MiB), `TYPHON_GC_GROWTH` (eighths of the
/// live size) and `TYPHON_GC_SMALL_HEAP` (the small-heap factor; 0 turns
/// it off) override, for tuning a program's time against its peak memory.
pub struct Policy {
    pub min_budget: usize,
    pub growth_eighths: usize,
    pub small_heap_factor: usize,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            min_budget: MIN_BUDGET,
            growth_eighths: GROWTH_EIGHTHS,
            small_heap_factor: SMALL_HEAP_FACTOR,
        }
    }
}

impl Policy {
    pub fn from_env() -> Policy {
        let knob = |name: &str| {
            std::env::var(name)
                .ok()
                .and_then(|text| text.trim().parse::<usize>().ok())
        };
        let mut policy = Policy::default();
        if let Some(mib) = knob("TYPHON_GC_MIN_BUDGET") {
            policy.min_budget = mib.max(1) << 20;
        }
        if let Some(eighths) = knob("TYPHON_GC_GROWTH") {
            policy.growth_eighths = eighths;
        }
        if let Some(factor) = knob("TYPHON_GC_SMALL_HEAP") {
            policy.small_heap_factor = factor;
        }
        policy
    }

    /// The budget after a collection that left `live` bytes.
    pub fn budget(&self, live: usize) -> usize {
        let small = live
            .saturating_mul(self.small_heap_factor)
            .min(SMALL_HEAP_CAP);
        (live / 8 * self.growth_eighths)
            .max(self.min_budget)
            .max(small)
    }
}

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

/// Record a new buffer for the stack scan (`buffers.rs`) only when it can
/// hold object words: a word is a `usize`, so any Rust type holding one is
/// aligned at least as a `usize` is. Byte buffers (`Vec<u8>`, `String`: a
/// bytearray's storage, text being built or read) hold none, and a big
/// one found from the stack was read word by word as possible pointers at
/// every collection (sieve's 20 MB bytearray, held in a register while a
/// comprehension's appends collected: 5.8 million `find_object` calls).
#[inline]
fn record(ptr: *mut u8, layout: Layout) {
    if layout.align() >= std::mem::align_of::<usize>() {
        super::buffers::added(ptr);
    }
}

struct Counting;

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        charge(layout.size());
        adjust_live(layout.size() as isize);
        let ptr = unsafe { System.alloc(layout) };
        record(ptr, layout);
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        charge(layout.size());
        adjust_live(layout.size() as isize);
        let ptr = unsafe { System.alloc_zeroed(layout) };
        record(ptr, layout);
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
            record(new, layout);
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;
