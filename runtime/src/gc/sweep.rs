//! The sweep: free every object marking did not reach, rebuild the free
//! lists, and reclaim pages nothing on them survived.
//!
//! A page with no marked object and no finalizer to run is reclaimed
//! without reading its slots. On a leaf page the mark bitmap says which
//! slots live, so only the dead slots are touched (to thread them onto the
//! free list); on other pages every slot's header is read and the marks
//! of the survivors cleared.
//!
//! A collection the allocator triggered sweeps leaf pages lazily: such a
//! page without finalizers is only counted (its header knows how many
//! objects marking reached) and queued on its free list's pending pages;
//! `Heap::refill` threads its free slots when that list runs dry. The
//! dead slots are then written just before the allocator writes them
//! again, instead of once by the sweep and once, tens of megabytes of
//! allocation later, by the allocator (two cache misses per slot). A
//! pending page still unthreaded when the next collection starts just has
//! its bitmap cleared: its dead slots still hold their type words, so a
//! stale stack word may keep one alive a while longer (they hold no words,
//! so nothing else is kept), and the next sweep frees them.

use super::heap::{
    BITMAP_WORDS, FREE_TAG, GC_MARK, Heap, LARGE_KEY_SHIFT, N_LISTS, PageHeader, bitmap, finalize,
};
use crate::object::Header;
use std::alloc::{GlobalAlloc, Layout, System};

/// The free slots a page's sweep found, in address order.
#[derive(Default)]
struct Chain {
    head: usize,
    tail: usize,
}

impl Chain {
    #[inline(always)]
    fn push(&mut self, slot: usize) {
        if self.tail == 0 {
            self.head = slot;
        } else {
            unsafe { *(self.tail as *mut usize) = slot | FREE_TAG };
        }
        self.tail = slot;
    }
}

impl Heap {
    /// Free every unmarked object and clear the marks of the others,
    /// rebuilding the free lists. Returns the number of objects freed.
    /// Freed slots are filled with a poison pattern when `poison` is set, so
    /// a use after free fails loudly.
    pub fn sweep(&mut self, poison: bool, lazy: bool) -> usize {
        let lazy = lazy && !poison;
        let mut freed = 0;
        let mut dead: Vec<(usize, usize)> = Vec::new();
        self.free = [std::ptr::null_mut(); N_LISTS];
        let mut tails: [usize; N_LISTS] = [0; N_LISTS];
        let mut live_bytes = 0;
        let mut free_slot_bytes = 0;
        let mut kept = Vec::with_capacity(self.pages.len());
        self.pages_taken = 0;
        for &page in &self.pages {
            let hdr = page as *mut PageHeader;
            let (size, nslots, list) = unsafe { ((*hdr).obj_size, (*hdr).nslots, (*hdr).list) };
            let (marked, finalizers) = unsafe { ((*hdr).live, (*hdr).finalizers) };
            unsafe { (*hdr).live = 0 };
            if marked == 0 && finalizers == 0 && !poison {
                // Nothing on it is reachable or needs finalizing: its slots
                // need not be read (`refill` rewrites them all).
                self.page_set.remove(&page);
                self.empty_pages.push(page);
                continue;
            }
            if lazy && finalizers == 0 && unsafe { (*hdr).leaf } != 0 {
                // Its dead slots are not read (nor counted as freed).
                live_bytes += marked * size;
                free_slot_bytes += (nslots - marked) * size;
                kept.push(page);
                if marked < nslots {
                    self.pending[list].push(page);
                } else {
                    unsafe { std::ptr::write_bytes(bitmap(page), 0, BITMAP_WORDS) };
                }
                continue;
            }
            let mut chain = Chain::default();
            let (live, live_finalizers, dead_here) = if unsafe { (*hdr).leaf } != 0 {
                unsafe { sweep_leaf(page, &mut chain, poison.then_some(&mut dead)) }
            } else {
                unsafe { sweep_plain(page, &mut chain, poison.then_some(&mut dead)) }
            };
            freed += dead_here;
            if live == 0 {
                self.page_set.remove(&page);
                self.empty_pages.push(page);
                continue;
            }
            live_bytes += live * size;
            free_slot_bytes += (nslots - live) * size;
            unsafe { (*hdr).finalizers = live_finalizers };
            kept.push(page);
            if chain.tail != 0 {
                unsafe { *(chain.tail as *mut usize) = FREE_TAG };
                if tails[list] == 0 {
                    self.free[list] = chain.head as *mut u8;
                } else {
                    unsafe { *(tails[list] as *mut usize) = chain.head | FREE_TAG };
                }
                tails[list] = chain.tail;
            }
        }
        self.pages = kept;
        self.small_live_bytes = live_bytes;
        self.free_slot_bytes = free_slot_bytes;
        freed += self.sweep_large(poison);
        // Poison only now: a dead instance's finalizer may still have read
        // its (dead, heap-allocated) type object above.
        for (slot, size) in dead {
            unsafe {
                std::ptr::write_bytes((slot + 8) as *mut u8, 0xdb, size - 8);
            }
        }
        freed
    }

    /// Forget the pending pages before a marking: their bitmaps are
    /// cleared (the next sweep threads every slot marking does not reach).
    pub fn drop_pending(&mut self) {
        for pages in &mut self.pending {
            for &page in pages.iter() {
                unsafe { std::ptr::write_bytes(bitmap(page), 0, BITMAP_WORDS) };
            }
            pages.clear();
        }
    }

    /// Thread the free slots of the pending leaf page `page` (at least one)
    /// onto its free list, which is empty, and clear its bitmap.
    ///
    /// # Safety
    /// `page` was taken from `self.pending`.
    pub(super) unsafe fn thread_pending(&mut self, page: usize) {
        let hdr = page as *const PageHeader;
        let (size, nslots, first, list) =
            unsafe { ((*hdr).obj_size, (*hdr).nslots, (*hdr).first, (*hdr).list) };
        let marks = bitmap(page);
        let mut chain = Chain::default();
        for idx in 0..nslots {
            let offset = first + idx * size;
            let unit = offset >> 4;
            if unsafe { *marks.add(unit / 64) } & (1 << (unit % 64)) == 0 {
                chain.push(page + offset);
            }
        }
        unsafe {
            std::ptr::write_bytes(marks, 0, BITMAP_WORDS);
            *(chain.tail as *mut usize) = FREE_TAG;
        }
        self.free[list] = chain.head as *mut u8;
    }

    /// Free the unmarked large objects and clear the others' marks; returns
    /// how many were freed.
    fn sweep_large(&mut self, poison: bool) -> usize {
        let mut large_dead = Vec::new();
        for (&key, &size) in &self.large {
            let start = key << LARGE_KEY_SHIFT;
            let obj = start as *mut Header;
            let gc = unsafe { (*obj).gc };
            if gc & GC_MARK != 0 {
                unsafe { (*obj).gc = gc & !GC_MARK };
            } else {
                unsafe { finalize(obj) };
                large_dead.push((start, size));
            }
        }
        let freed = large_dead.len();
        for (start, size) in large_dead {
            self.large.remove(&(start >> LARGE_KEY_SHIFT));
            self.large_bytes -= size;
            if poison {
                unsafe { std::ptr::write_bytes(start as *mut u8, 0xdb, size) };
            }
            let layout = Layout::from_size_align(size, 16).expect("large object layout");
            unsafe { System.dealloc(start as *mut u8, layout) };
        }
        freed
    }

    /// Run the exit finalizers of every object that asked for one.
    pub fn finalize_at_exit(&mut self) {
        let mut objects = Vec::new();
        for &page in &self.pages {
            let hdr = page as *const PageHeader;
            // Objects asking for an exit finalizer have a finalizer (file
            // objects), so only pages that hold one can have them: a
            // program's exit no longer walks every slot of its heap.
            if unsafe { (*hdr).finalizers } == 0 {
                continue;
            }
            let (size, nslots, first) = unsafe { ((*hdr).obj_size, (*hdr).nslots, (*hdr).first) };
            for idx in 0..nslots {
                objects.push(page + first + idx * size);
            }
        }
        objects.extend(self.large.keys().map(|key| key << LARGE_KEY_SHIFT));
        for slot in objects {
            let first = unsafe { *(slot as *const usize) };
            if first == 0 || first & FREE_TAG != 0 {
                continue;
            }
            let obj = slot as *mut Header;
            let gc = unsafe { (*obj).gc };
            if gc & super::heap::GC_EXIT_FINALIZE != 0 {
                unsafe {
                    (*obj).gc = gc & !super::heap::GC_EXIT_FINALIZE;
                    finalize(obj);
                }
            }
        }
    }
}

/// Whether the slot's first word is an object's type pointer (not a free
/// slot's link, not a never-used zero).
#[inline(always)]
fn holds_object(slot: usize) -> bool {
    let first = unsafe { *(slot as *const usize) };
    first != 0 && first & FREE_TAG == 0
}

/// Sweep a page whose marks are in the object headers: returns the live
/// objects, whether one of them has a finalizer, and the objects freed.
///
/// # Safety
/// `page` is a page of the heap, not a leaf page.
unsafe fn sweep_plain(
    page: usize,
    chain: &mut Chain,
    mut dead: Option<&mut Vec<(usize, usize)>>,
) -> (usize, usize, usize) {
    let hdr = page as *const PageHeader;
    let (size, nslots, first, finalizers) = unsafe {
        (
            (*hdr).obj_size,
            (*hdr).nslots,
            (*hdr).first,
            (*hdr).finalizers,
        )
    };
    let (mut live, mut live_finalizers, mut freed) = (0, 0, 0);
    for idx in 0..nslots {
        let slot = page + first + idx * size;
        if holds_object(slot) {
            let obj = slot as *mut Header;
            let gc = unsafe { (*obj).gc };
            if gc & GC_MARK != 0 {
                unsafe { (*obj).gc = gc & !GC_MARK };
                live += 1;
                // A page where no object with a finalizer was ever
                // allocated needs no look at the live ones' types.
                if finalizers != 0 && unsafe { (*(*obj).ty).finalize.is_some() } {
                    live_finalizers = 1;
                }
                continue;
            }
            if finalizers != 0 {
                unsafe { finalize(obj) };
            }
            freed += 1;
            if let Some(dead) = dead.as_deref_mut() {
                dead.push((slot, size));
            }
        }
        chain.push(slot);
    }
    (live, live_finalizers, freed)
}

/// Sweep a leaf page: its mark bitmap says which slots live, so live
/// objects are never read (unless the page has finalizers, to see whether
/// one survives); the bitmap is cleared for the next marking.
///
/// # Safety
/// `page` is a leaf page of the heap.
unsafe fn sweep_leaf(
    page: usize,
    chain: &mut Chain,
    mut dead: Option<&mut Vec<(usize, usize)>>,
) -> (usize, usize, usize) {
    let hdr = page as *const PageHeader;
    let (size, nslots, first, finalizers) = unsafe {
        (
            (*hdr).obj_size,
            (*hdr).nslots,
            (*hdr).first,
            (*hdr).finalizers,
        )
    };
    let marks = bitmap(page);
    let (mut live, mut live_finalizers, mut freed) = (0, 0, 0);
    for idx in 0..nslots {
        let offset = first + idx * size;
        let unit = offset >> 4;
        let slot = page + offset;
        if unsafe { *marks.add(unit / 64) } & (1 << (unit % 64)) != 0 {
            live += 1;
            if finalizers != 0 {
                let obj = slot as *const Header;
                if unsafe { (*(*obj).ty).finalize.is_some() } {
                    live_finalizers = 1;
                }
            }
            continue;
        }
        if holds_object(slot) {
            if finalizers != 0 {
                unsafe { finalize(slot as *mut Header) };
            }
            freed += 1;
            if let Some(dead) = dead.as_deref_mut() {
                dead.push((slot, size));
            }
        }
        chain.push(slot);
    }
    unsafe { std::ptr::write_bytes(marks, 0, BITMAP_WORDS) };
    (live, live_finalizers, freed)
}
