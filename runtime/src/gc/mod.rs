//! The garbage-collected heap: the only way Python-visible objects are made.
//!
//! A tracing, non-moving mark-and-sweep collector. Every object is
//! allocated here with a [`Header`] naming its type, whose trace function
//! lets the collector find the words it holds and whose finalizer frees the
//! Rust-owned storage of a dead object. `heap.rs` owns the memory (size-class
//! pages, large objects, the sweep), `mark.rs` the roots and the tracing,
//! `budget.rs` the allocation volume that triggers a collection.
//!
//! A collection runs when the bytes allocated since the last one (objects
//! and Rust buffers alike) exceed a budget proportional to the live size it
//! left, so its cost stays amortised over the allocations that paid for it.
//! With `TYPHON_GC_STRESS=1` in the environment every allocation collects.

mod budget;
mod buffers;
mod heap;
mod mark;
mod os;
mod stats;
mod sweep;

use crate::object::{Header, TypeObject, Word};
use crate::thread::Thread;
use budget::{BUDGET, MALLOC_LIVE, charge};
use heap::{CLASS_OF, CLASS_SIZES, Heap, LEAF_LISTS, MAX_SMALL, PAGE_SIZE, is_leaf};
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

pub use buffers::holds_no_words;
pub use heap::GC_EXIT_FINALIZE;

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!("the collector spills callee-saved registers only on x86_64 and aarch64");

/// Entries of mark stack kept allocated between collections.
const MARK_STACK_KEPT: usize = 1 << 16;

/// The collector's per-thread state, owned by [`Thread`].
pub struct Gc {
    heap: Heap,
    /// Highest address of the program's stack; 0 until [`init`], and then
    /// collections never run (unit tests allocate without collecting).
    stack_top: usize,
    enabled: bool,
    stress: bool,
    collecting: bool,
    mark_stack: Vec<Word>,
    /// Words pinned by runtime code that holds them where the collector
    /// cannot see (see [`PinScope`]).
    pins: Vec<Word>,
    stats: stats::Stats,
    policy: budget::Policy,
}

impl Gc {
    pub fn new() -> Box<Gc> {
        Box::new(Gc {
            heap: Heap::new(),
            stack_top: 0,
            enabled: true,
            stress: false,
            collecting: false,
            mark_stack: Vec::new(),
            pins: Vec::new(),
            stats: stats::Stats::default(),
            policy: budget::Policy::default(),
        })
    }
}

/// The heads of `gc`'s size-class free lists, which generated code pops
/// inline (`typhon_abi::thread_offsets::FREE_LISTS`).
///
/// # Safety
/// `gc` must be a live collector state; the array stays where it is as long
/// as `gc` does.
pub unsafe fn free_lists(gc: *mut Gc) -> *mut *mut u8 {
    unsafe { (*gc).heap.free.as_mut_ptr() }
}

/// Make collections possible: `stack_top` bounds the stack scan. Reads
/// `TYPHON_GC_STRESS`.
///
/// # Safety
/// `ts` is the current thread, `stack_top` above every frame that will
/// hold object words.
pub unsafe fn init(ts: *mut Thread, stack_top: usize) {
    let gc = unsafe { &mut *(*ts).gc };
    gc.stack_top = stack_top;
    unsafe { (*ts).stack_top = stack_top };
    gc.stress = std::env::var_os("TYPHON_GC_STRESS").is_some_and(|v| !v.is_empty() && v != "0");
    gc.stats = stats::Stats::from_env();
    gc.policy = budget::Policy::from_env();
    os::fix_malloc_thresholds();
    reset_budget(gc);
}

/// Allocate a zeroed object of `size` bytes (header included) of type `ty`.
/// Returns null, with `MemoryError` pending, when memory is exhausted. May
/// collect first: words the caller holds only in Rust-owned buffers (a
/// `Vec` on its stack) are not seen by the collector; see [`alloc_value`]
/// and [`alloc_init`] for building objects from such words.
///
/// # Safety
/// `size` must be at least the header size and cover the type's layout.
#[inline]
pub unsafe fn alloc(ts: *mut Thread, size: usize, ty: *const TypeObject) -> *mut Header {
    if let Some(list) = unsafe { budgeted_free_list(ts, size, ty) } {
        let heap = unsafe { &mut (*(*ts).gc).heap };
        return unsafe { take_free_slot(heap, list, size, ty) };
    }
    unsafe { alloc_slow(ts, size, ty, true) }
}

/// [`alloc`] for an object whose caller writes every field it reads: only
/// the header is zeroed on the fast path, so a string's bytes are written
/// once, not cleared first. A traced object qualifies when its trace reads
/// only fields the caller sets before it allocates again (a dict table's
/// trace reads its entry count, then only the entries counted).
///
/// # Safety
/// As [`alloc`]; the caller must initialise every byte it later reads, and
/// everything `ty`'s trace reads before the next allocation.
#[inline]
pub unsafe fn alloc_untraced(ts: *mut Thread, size: usize, ty: *const TypeObject) -> *mut Header {
    if let Some(list) = unsafe { budgeted_free_list(ts, size, ty) } {
        let heap = unsafe { &mut (*(*ts).gc).heap };
        return unsafe { take_free_slot(heap, list, std::mem::size_of::<Header>(), ty) };
    }
    unsafe { alloc_slow(ts, size, ty, true) }
}

/// The free list (see `heap::N_LISTS`) a small object of `size` bytes and
/// type `ty` comes from.
#[inline(always)]
fn list_of(size: usize, ty: *const TypeObject) -> usize {
    list_and_class(size, ty).0
}

/// [`list_of`] with the size class's slot size: the allocation fast paths
/// charge the budget with it, and taking it from the class (rather than
/// `list % LEAF_LISTS`, a division by a constant that is not a power of
/// two) saves about eight instructions an allocation.
#[inline(always)]
fn list_and_class(size: usize, ty: *const TypeObject) -> (usize, usize) {
    let class = CLASS_OF[(size + 15) >> 4] as usize;
    let list = if is_leaf(ty) {
        LEAF_LISTS + class
    } else {
        class
    };
    (list, CLASS_SIZES[class])
}

/// The free list of a small allocation of `size` bytes when it has a slot
/// and the budget covers it (the budget is then charged), else `None`: the
/// slow path collects or takes a fresh page.
///
/// # Safety
/// `ts` is the running thread.
#[inline(always)]
unsafe fn budgeted_free_list(ts: *mut Thread, size: usize, ty: *const TypeObject) -> Option<usize> {
    if size > MAX_SMALL {
        return None;
    }
    let heap = unsafe { &(*(*ts).gc).heap };
    let (list, slot_size) = list_and_class(size, ty);
    // The slot's size, not the object's: the budget measures memory.
    let budget = BUDGET.load(Relaxed) - slot_size as isize;
    if heap.free[list].is_null() || budget < 0 {
        return None;
    }
    BUDGET.store(budget, Relaxed);
    Some(list)
}

/// The bytes an allocation of `size` bytes really occupies (its size
/// class, for small objects), so variable-size buffers can use the slack.
#[inline]
pub fn usable_size(size: usize) -> usize {
    if size <= MAX_SMALL {
        heap::CLASS_SIZES[CLASS_OF[(size + 15) >> 4] as usize]
    } else {
        size
    }
}

/// Pop the head of free list `list` (the caller checked it is not empty)
/// as a zeroed object of type `ty`.
#[inline(always)]
unsafe fn take_free_slot(
    heap: &mut Heap,
    list: usize,
    size: usize,
    ty: *const TypeObject,
) -> *mut Header {
    let head = heap.free[list];
    unsafe {
        let next = (*(head as *const usize) & !1) as *mut u8;
        heap.free[list] = next;
        // Reading a free slot's link is a cache miss when the sweep left
        // it long ago: start loading the next one now, so the next
        // allocation of this class finds it (0 ends the list; prefetching
        // address 0 is harmless).
        mark::prefetch(next as Word);
        std::ptr::write_bytes(head, 0, size.max(16));
        heap::note_type(head, ty);
        let obj = head as *mut Header;
        (*obj).ty = ty;
        obj
    }
}

#[cold]
#[inline(never)]
unsafe fn alloc_slow(
    ts: *mut Thread,
    size: usize,
    ty: *const TypeObject,
    may_collect: bool,
) -> *mut Header {
    if may_collect && BUDGET.load(Relaxed) < size as isize {
        unsafe { collect_if_due(ts, &[]) };
    }
    let mut obj = unsafe { raw_alloc(&mut (*(*ts).gc).heap, size, ty) };
    if obj.is_null() {
        // Out of memory: everything unreachable may make room.
        unsafe { collect(ts, &[]) };
        obj = unsafe { raw_alloc(&mut (*(*ts).gc).heap, size, ty) };
    }
    if obj.is_null() {
        return crate::error::memory_error(ts);
    }
    if size <= MAX_SMALL {
        charge(CLASS_SIZES[CLASS_OF[(size + 15) >> 4] as usize]);
        unsafe { heap::note_type(obj, ty) };
    } else {
        charge(size);
    }
    let obj = obj as *mut Header;
    unsafe { (*obj).ty = ty };
    obj
}

/// A zeroed block of `size` bytes for an object of type `ty` from `heap`,
/// or null; never collects.
unsafe fn raw_alloc(heap: &mut Heap, size: usize, ty: *const TypeObject) -> *mut u8 {
    if size > MAX_SMALL {
        return heap.alloc_large(size);
    }
    let list = list_of(size, ty);
    if heap.free[list].is_null() && !heap.refill(list) {
        return std::ptr::null_mut();
    }
    let head = heap.free[list];
    unsafe {
        heap.free[list] = (*(head as *const usize) & !1) as *mut u8;
        std::ptr::write_bytes(head, 0, size.max(16));
    }
    head
}

/// Allocate an object of `size` bytes, let `init` fill it, and only then
/// collect if one is due: the words `init` copies in (from a Rust buffer the
/// collector cannot see) are then already reachable through the object.
/// Returns null with `MemoryError` pending.
///
/// # Safety
/// As [`alloc`]; `init` must leave the object traceable.
pub unsafe fn alloc_init(
    ts: *mut Thread,
    size: usize,
    ty: *const TypeObject,
    init: impl FnOnce(*mut Header),
) -> *mut Header {
    let obj = unsafe { alloc_no_collect(ts, size, ty) };
    if obj.is_null() {
        return obj;
    }
    init(obj);
    if BUDGET.load(Relaxed) < 0 {
        unsafe { collect_if_due(ts, &[obj as Word]) };
    }
    obj
}

/// [`alloc`] without collecting: the free-list pop inline, anything else
/// out of line. A collection that comes due waits for the next [`alloc`],
/// so an object made of two allocations (a list and its item buffer) costs
/// one collection check.
///
/// # Safety
/// As [`alloc`].
#[inline]
pub unsafe fn alloc_no_collect(ts: *mut Thread, size: usize, ty: *const TypeObject) -> *mut Header {
    if size <= MAX_SMALL {
        let heap = unsafe { &mut (*(*ts).gc).heap };
        let (list, slot_size) = list_and_class(size, ty);
        if !heap.free[list].is_null() {
            charge(slot_size);
            return unsafe { take_free_slot(heap, list, size, ty) };
        }
    }
    unsafe { alloc_slow(ts, size, ty, false) }
}

/// Allocate an object laid out as `T` (whose first field is a `Header`) and
/// move `value` into it. The header in `value` is overwritten. Collects only
/// once `value` is in place, so words it holds in Rust buffers (a list's
/// `Vec`) are safe.
///
/// # Safety
/// `T` must be `#[repr(C)]` and start with a `Header`.
pub unsafe fn alloc_value<T>(ts: *mut Thread, ty: &'static TypeObject, value: T) -> Word {
    let obj = unsafe {
        alloc_init(ts, std::mem::size_of::<T>(), ty, |obj| {
            std::ptr::write(obj as *mut T, value);
            (*obj).ty = ty;
            (*obj).gc = 0;
        })
    };
    obj as Word
}

/// How many collections have started (one heap serves every thread).
/// Generated code compares it with what it saw when it last cleared the
/// dead stack below a call (`codegen/stack_clearing.rs`), to clear only
/// once per collection; the dict lookup hint (`dict/hint.rs`) trusts
/// only a lookup made since the last one.
#[unsafe(export_name = "TY_GC_EPOCH")]
pub static EPOCH: AtomicU64 = AtomicU64::new(0);

/// The number of collections so far ([`EPOCH`]).
#[inline]
pub fn collections() -> u64 {
    EPOCH.load(Relaxed)
}

/// Collect if the budget is spent (or in stress mode) and collecting is
/// possible, then give out a new budget.
unsafe fn collect_if_due(ts: *mut Thread, extra: &[Word]) {
    let gc = unsafe { &mut *(*ts).gc };
    if gc.stack_top == 0 || gc.collecting || !gc.enabled {
        reset_budget(gc);
        return;
    }
    unsafe { collect_with(ts, extra, true) };
}

/// The budget after a collection: proportional to what survived it.
fn reset_budget(gc: &mut Gc) {
    if gc.stress && gc.enabled && gc.stack_top != 0 {
        BUDGET.store(-1, Relaxed);
        return;
    }
    let budget = gc.policy.budget(live_bytes(gc));
    BUDGET.store(budget as isize, Relaxed);
}

fn live_bytes(gc: &Gc) -> usize {
    gc.heap.small_live_bytes + gc.heap.large_bytes + MALLOC_LIVE.load(Relaxed).max(0) as usize
}

/// Run a full collection now; `extra` are additional precise roots.
/// Returns the number of objects freed (0 when collecting is impossible:
/// before [`init`] or from inside a collection).
///
/// # Safety
/// `ts` is the current thread.
pub unsafe fn collect(ts: *mut Thread, extra: &[Word]) -> usize {
    unsafe { collect_with(ts, extra, false) }
}

/// [`collect`]; with `lazy`, leaf pages are swept as the allocator needs
/// them (`sweep.rs`), and their dead objects are not counted in the
/// result.
unsafe fn collect_with(ts: *mut Thread, extra: &[Word], lazy: bool) -> usize {
    let gc = unsafe { &mut *(*ts).gc };
    if gc.stack_top == 0 || gc.collecting {
        return 0;
    }
    gc.collecting = true;
    EPOCH.store(EPOCH.load(Relaxed).wrapping_add(1), Relaxed);
    gc.heap.drop_pending();
    let before = sizes(gc);
    gc.stats.start(before);
    // The marker's own buffers (mark stack, pending ranges, seen-set) grow
    // while it scans: they must never become scanned ranges themselves.
    buffers::pause(true);
    // Each thread's own stack (all share the heap: see `crate::threads`).
    let stack_top = unsafe { (*ts).stack_top };
    let stack = std::mem::take(&mut gc.mark_stack);
    // The mark stack's buffer, kept between collections, is reachable from
    // this frame but holds only stale words: counting it as already scanned
    // keeps the conservative scan from walking it (time) and from keeping
    // last collection's objects alive through it (memory).
    // The same for the collector's own state (reached through the thread's
    // `gc` field): its bookkeeping holds the address of every large object
    // and page, and scanning it would keep every large object alive.
    let own = unsafe { (*ts).gc } as usize;
    let buffers = std::collections::HashSet::from([stack.as_ptr() as usize, own]);
    let mut marker = mark::Marker {
        heap: &gc.heap,
        stack,
        buffers,
        nest: 0,
        rings: Default::default(),
    };
    mark::with_registers_spilled(&mut |regs| {
        for &reg in regs {
            if let Some(obj) = marker.heap.find_object(reg) {
                marker.root(obj as Word);
            }
        }
        marker.scan_conservative(regs.as_ptr() as usize, stack_top);
    });
    let thread = ts as usize;
    marker.scan_conservative(thread, thread + std::mem::size_of::<Thread>());
    unsafe {
        crate::threads::scan_parked(ts, &mut |start, end| marker.scan_conservative(start, end))
    };
    for &w in extra.iter().chain(gc.pins.iter()) {
        marker.root(w);
    }
    for &(start, n) in ROOTS.lock().unwrap_or_else(|e| e.into_inner()).iter() {
        for idx in 0..n {
            marker.root(unsafe { *(start as *const Word).add(idx) });
        }
    }
    crate::types::seq::repr_roots(&mut |w| marker.root(w));
    marker.root(crate::types::exception::new_static_memory_error());
    marker.drain();
    gc.mark_stack = marker.stack;
    // Direct marking keeps the stack short; one that still grew (a long
    // chain of long lists) is not kept resident until the next collection.
    if gc.mark_stack.capacity() > MARK_STACK_KEPT {
        gc.mark_stack = Vec::new();
    }
    buffers::pause(false);
    gc.stats.marked();
    let poison = gc.stress;
    let taken = gc.heap.pages_taken * PAGE_SIZE;
    let freed = gc.heap.sweep(poison, lazy);
    // Empty pages up to the next budget will be filled again before the
    // next collection: keep them mapped rather than fault them back in.
    // Partly filled pages and Rust buffers sharing the budget make the
    // pages a cycle takes differ from the budget; as many as the last
    // cycle took (up to twice the budget) are kept, but no more than the
    // free slots left on kept pages fall short of the budget by: when a
    // sweep leaves more holes than the next cycle allocates (a big
    // structure died among survivors), empty pages would stay resident
    // for nothing. A minimum budget's worth stays (a program collecting
    // often, or stress mode, would fault pages in at every collection).
    let budget = gc.policy.budget(live_bytes(gc));
    let floor = budget
        .saturating_sub(gc.heap.free_slot_bytes)
        .max(gc.policy.min_budget);
    gc.heap.release_spare_pages(taken.clamp(floor, 2 * budget));
    gc.collecting = false;
    reset_budget(gc);
    let after = sizes(gc);
    let number = collections();
    gc.stats.end(
        number,
        before,
        after,
        freed,
        BUDGET.load(Relaxed).max(0) as usize,
    );
    freed
}

/// The heap's parts now, for [`stats`].
fn sizes(gc: &Gc) -> stats::Sizes {
    stats::Sizes {
        pages: gc.heap.page_count() * PAGE_SIZE,
        empty: gc.heap.empty_page_count() * PAGE_SIZE,
        small_live: gc.heap.small_live_bytes,
        large: gc.heap.large_bytes,
        malloc: MALLOC_LIVE.load(Relaxed).max(0) as usize,
    }
}

/// Keeps words alive while runtime code holds them only in Rust buffers
/// (a `Vec<Word>` being gathered before it becomes a list or tuple): every
/// word [`PinScope::pin`]ned stays a root until the scope is dropped.
pub struct PinScope {
    ts: *mut Thread,
    depth: usize,
}

impl PinScope {
    /// # Safety
    /// `ts` is the current thread; scopes must be dropped in reverse order.
    pub unsafe fn new(ts: *mut Thread) -> PinScope {
        let depth = unsafe { (*(*ts).gc).pins.len() };
        PinScope { ts, depth }
    }

    /// Keep `w` alive for the rest of the scope; returns `w`.
    pub fn pin(&self, w: Word) -> Word {
        unsafe { (*(*self.ts).gc).pins.push(w) };
        w
    }

    /// Pin every word of `words`.
    pub fn pin_all(&self, words: &[Word]) {
        unsafe { (*(*self.ts).gc).pins.extend_from_slice(words) };
    }
}

impl Drop for PinScope {
    fn drop(&mut self) {
        unsafe { (*(*self.ts).gc).pins.truncate(self.depth) };
    }
}

/// `gc.enable()` / `gc.disable()`.
///
/// # Safety
/// `ts` is the current thread.
pub unsafe fn set_enabled(ts: *mut Thread, enabled: bool) {
    let gc = unsafe { &mut *(*ts).gc };
    gc.enabled = enabled;
    reset_budget(gc);
}

/// `gc.isenabled()`.
///
/// # Safety
/// `ts` is the current thread.
pub unsafe fn is_enabled(ts: *mut Thread) -> bool {
    unsafe { (*(*ts).gc).enabled }
}

/// Ask for `obj`'s finalizer to run at exit if it is still alive then (it
/// runs when `obj` is collected either way): file objects flush and close.
///
/// # Safety
/// `obj` must be a heap object.
pub unsafe fn finalize_at_exit(obj: Word) {
    unsafe { (*(obj as *mut Header)).gc |= GC_EXIT_FINALIZE };
}

/// Run the exit finalizers; called once when the program ends.
///
/// # Safety
/// `ts` is the current thread.
pub unsafe fn run_exit_finalizers(ts: *mut Thread) {
    let gc = unsafe { &mut *(*ts).gc };
    gc.stats.report(collections(), sizes(gc));
    gc.heap.finalize_at_exit();
}

/// Global root ranges registered by generated code (module globals, constant pools).
pub fn register_roots(slots: *const Word, n: usize) {
    ROOTS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push((slots as usize, n));
}

/// Shared by every thread: a module first imported by one thread is
/// reached from all.
static ROOTS: std::sync::Mutex<Vec<(usize, usize)>> = std::sync::Mutex::new(Vec::new());

/// The words pinned by the running thread's [`PinScope`]s, taken out when
/// it releases the global lock (`crate::threads`), so scopes of different
/// threads never interleave; the collector scans a parked thread's pins.
///
/// # Safety
/// `ts` is the current thread.
pub unsafe fn take_pins(ts: *mut Thread) -> Vec<Word> {
    unsafe { std::mem::take(&mut (*(*ts).gc).pins) }
}

/// Give back the pins [`take_pins`] took, when the thread runs again.
///
/// # Safety
/// `ts` is the current thread; no other thread's pins are in place.
pub unsafe fn restore_pins(ts: *mut Thread, pins: Vec<Word>) {
    unsafe { (*(*ts).gc).pins = pins };
}

/// Run `f` with the callee-saved registers stored on the stack below the
/// caller's frames, given the lowest address they occupy: a thread that
/// parks there leaves every word it holds in `[that, stack top)`.
pub fn with_registers_on_stack(f: &mut dyn FnMut(usize)) {
    mark::with_registers_spilled(&mut |regs| f(regs.as_ptr() as usize));
}
