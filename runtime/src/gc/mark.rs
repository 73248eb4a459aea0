//! Marking: find the roots, then trace the heap from them with an explicit
//! mark stack (so a million-node linked list needs no native recursion).
//!
//! Roots are the native stack from the collector's frame up to the
//! program's stack top and the callee-saved registers, scanned
//! conservatively (any word that points into an object, even into its
//! middle, keeps it); the thread state, scanned the same way so new fields
//! need no registration; and the precise root ranges generated code
//! registers (module globals, constant pools) plus the runtime's own
//! held references.

use super::heap::{GC_MARK, Heap, SMALL_TAG, count_marked, in_small_page, to_queue};
use crate::object::{GC_STATIC, Header, TraceFn, Word, is_small};
use crate::types::class::layout;
use crate::types::{bool as bool_, list, none};

/// Set the mark of the heap object `w` (not a leaf object: those are
/// marked before they would be queued), a word from the mark stack or a
/// ring (see [`SMALL_TAG`]); the object, or 0 when it is static or was
/// already marked.
#[inline(always)]
fn set_mark(w: Word) -> Word {
    let small = w as usize & SMALL_TAG != 0;
    let w = w & !(SMALL_TAG as Word);
    let obj = w as *mut Header;
    let gc = unsafe { (*obj).gc };
    if gc & (GC_STATIC | GC_MARK) != 0 {
        return 0;
    }
    unsafe { (*obj).gc = gc | GC_MARK };
    if small || in_small_page(w as usize) {
        unsafe { count_marked(w as usize) };
    }
    w
}

/// Queue `w` for marking if it may be a heap object; whether it is marked
/// already is only looked at when it comes out of the queue (after a
/// prefetch of its header). A leaf object is marked at once instead: its
/// page header, not the object, is read, and it has nothing to trace, so
/// only objects with mark bits in their headers are ever queued. Static
/// objects (`None` in every leaf of a tree) are never queued either.
#[inline(always)]
fn queue(stack: &mut Vec<Word>, w: Word) {
    if w == 0 || is_small(w) {
        return;
    }
    let q = unsafe { to_queue(w as usize) };
    if q != 0 {
        stack.push(q as Word);
    }
}

/// Ask the processor to start loading the cache line at `addr`.
#[inline(always)]
pub(super) fn prefetch(addr: Word) {
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(addr as *const i8);
    }
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!("prfm pldl1keep, [{0}]", in(reg) addr, options(nostack, readonly, preserves_flags));
    }
}

/// How far below the top of the mark stack the marker prefetches: marking
/// a large heap is bound by the cache misses on object headers.
const PREFETCH_AHEAD: usize = 8;

/// Words one object may put on the mark stack; the rest of its words are
/// marked and traced at once (see [`Marker::trace`]).
const DIRECT_AFTER: usize = 1024;

/// How many words of a long object are in flight (prefetched, not yet
/// marked) when its words are marked directly.
const RING: usize = 8;

/// Where the trace of one object stands (see [`Marker::trace`]).
struct Items {
    /// Depth of direct marking of the object.
    nest: usize,
    /// Words of the object pushed on the stack so far.
    pushed: usize,
    /// The stack's length when the object's first word was marked
    /// directly; 0 until then.
    level: usize,
    /// The ring entry the next directly marked word goes to.
    next: usize,
}

/// How deeply direct marking may nest (an item of a long list that is
/// itself a long list...) before the marker falls back to the stack.
const MAX_NEST: usize = 8;

pub struct Marker<'a> {
    pub heap: &'a Heap,
    pub stack: Vec<Word>,
    /// Rust buffers found from the stack, scanned once each.
    pub buffers: std::collections::HashSet<usize>,
    /// Depth of direct marking (see [`Marker::trace`]).
    pub nest: usize,
    /// The words in flight of the long object being marked directly at
    /// each depth.
    pub rings: [[Word; RING]; MAX_NEST],
}

impl Marker<'_> {
    /// A precise root: a valid word or 0.
    pub fn root(&mut self, w: Word) {
        queue(&mut self.stack, w);
    }

    /// Every aligned word in `[start, end)` that points into an object, and
    /// (transitively) the words of the live Rust buffers such words start.
    pub fn scan_conservative(&mut self, start: usize, end: usize) {
        let mut pending = vec![(start, end)];
        while let Some((start, end)) = pending.pop() {
            let mut addr = (start + 7) & !7;
            while addr + 8 <= end {
                let word = unsafe { *(addr as *const usize) };
                if let Some(obj) = self.heap.find_object(word) {
                    queue(&mut self.stack, obj as Word);
                } else if let Some(size) = super::buffers::size_at(word)
                    && self.buffers.insert(word)
                {
                    pending.push((word, word + size));
                }
                addr += 8;
            }
        }
    }

    /// Trace from the queued objects until nothing new is reached. A heap
    /// type object (a user class) is reached through its instances' headers.
    ///
    /// Words on the stack are unexamined (an object may be queued more
    /// than once) and are marked and traced when popped, depth first:
    /// trees allocated depth first are then marked in (reverse) allocation
    /// order, which the processor's own prefetching follows. Each pop also
    /// prefetches the header of the word [`PREFETCH_AHEAD`] below the top,
    /// which the marker reaches soon when the top objects hold no words
    /// (a list of many small objects).
    pub fn drain(&mut self) {
        self.drain_to(0);
    }

    /// [`Marker::drain`] until the stack is back to `level` entries.
    fn drain_to(&mut self, level: usize) {
        while self.stack.len() > level {
            let w = self.stack.pop().expect("non-empty");
            let len = self.stack.len();
            if len >= PREFETCH_AHEAD {
                prefetch(self.stack[len - PREFETCH_AHEAD]);
            }
            let obj = set_mark(w);
            if obj != 0 {
                self.trace(obj as *mut Header);
            }
        }
    }

    /// Queue the words `obj` holds, its type included (unless static or
    /// marked: the type's header is in cache, unlike most queued words').
    ///
    /// Only the first [`DIRECT_AFTER`] words of one object go on the
    /// stack: the words of a list of ten million items would otherwise
    /// take 80 MB of mark stack. Each further word is prefetched, then,
    /// [`RING`] words later, marked and traced, and what that leaves on
    /// the stack is traced whenever it reaches [`DIRECT_AFTER`] words (so
    /// strings, floats or `True`s, which hold no words, never touch the
    /// stack, and the stack stays short).
    #[inline(always)]
    fn trace(&mut self, obj: *mut Header) {
        let ty = unsafe { (*obj).ty };
        if unsafe { (*ty).header.gc } & (GC_STATIC | GC_MARK) == 0 {
            self.stack.push(ty as Word);
        }
        let Some(trace) = (unsafe { (*ty).trace }) else {
            return;
        };
        // Instances are most of the objects of class-heavy programs and
        // hold at most a few dozen words (a layout has at most
        // `MAX_LAYOUT` names), all pushed: walked here, without a call per
        // word, and without pushing the `None`s, `True`s and `False`s that
        // fill many fields (static, never marked).
        if std::ptr::fn_addr_eq(trace, layout::trace as TraceFn) {
            let stack = &mut self.stack;
            let (nothing, yes, no) = (none::none(), bool_::true_(), bool_::false_());
            unsafe {
                layout::each_word(obj, |w| {
                    if w != nothing && w != yes && w != no {
                        queue(stack, w);
                    }
                })
            };
            return;
        }
        let mut items = Items {
            nest: self.nest,
            pushed: 0,
            level: 0,
            next: 0,
        };
        // The items of a list are walked here too (a long list of
        // instances is what most programs mark); any other object through
        // its type's trace function.
        if std::ptr::eq(ty, &list::BUFFER_TYPE) {
            unsafe { list::each_buffer_word(obj, |item| self.item(item, &mut items)) };
        } else {
            let me: *mut Marker = self;
            // `trace` only reads `obj`; marking an item directly needs all
            // of the marker, reached through `me`.
            unsafe { trace(obj, &mut |item| (*me).item(item, &mut items)) };
        }
        if items.level == 0 {
            return;
        }
        // Nested direct marking uses the rings of deeper levels only.
        let nest = items.nest;
        for idx in 0..RING {
            let due = self.rings[nest][(items.next + idx) % RING];
            if due != 0 {
                self.mark_now(due, items.level);
            }
        }
    }

    /// One word `item` of the object being traced (see [`Marker::trace`]):
    /// pushed while the object has pushed fewer than [`DIRECT_AFTER`],
    /// then marked directly through the ring.
    #[inline(always)]
    fn item(&mut self, item: Word, items: &mut Items) {
        // As in `queue`: leaf objects are marked here and now, static ones
        // never.
        if item == 0 || is_small(item) {
            return;
        }
        let item = unsafe { to_queue(item as usize) } as Word;
        if item == 0 {
            return;
        }
        if items.pushed < DIRECT_AFTER || items.nest >= MAX_NEST {
            items.pushed += 1;
            self.stack.push(item);
            return;
        }
        let nest = items.nest;
        if items.level == 0 {
            items.level = self.stack.len();
            self.rings[nest] = [0; RING];
        }
        prefetch(item);
        let due = std::mem::replace(&mut self.rings[nest][items.next], item);
        items.next = (items.next + 1) % RING;
        if due != 0 {
            self.mark_now(due, items.level);
        }
    }

    /// Mark `w` and trace it now; once the words that leaves on the stack
    /// above `level` (where the long object's own words end) reach
    /// [`DIRECT_AFTER`], trace them too. Letting them gather first keeps
    /// the prefetch of the stack walk useful (the items of a list of
    /// instances each leave a few attribute values).
    #[inline(never)]
    fn mark_now(&mut self, w: Word, level: usize) {
        let obj = set_mark(w);
        if obj != 0 {
            self.nest += 1;
            self.trace(obj as *mut Header);
            if self.stack.len() >= level + DIRECT_AFTER {
                self.drain_to(level);
            }
            self.nest -= 1;
        }
    }
}

/// Call `f` with the callee-saved registers stored in an array on this
/// frame, whose address is below every caller's frame: scanning from there
/// to the stack top covers both.
#[inline(never)]
pub fn with_registers_spilled(f: &mut dyn FnMut(&[usize; 12])) {
    let mut regs = [0usize; 12];
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx",
            "mov [{0} + 8], rbp",
            "mov [{0} + 16], r12",
            "mov [{0} + 24], r13",
            "mov [{0} + 32], r14",
            "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]",
            "stp x21, x22, [{0}, #16]",
            "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]",
            "stp x27, x28, [{0}, #64]",
            "stp x29, x30, [{0}, #80]",
            in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
    f(&regs);
    std::hint::black_box(&regs);
}
