//! The heap's memory: size-class pages for small objects and a separate
//! space for large ones, plus the sweep that frees what marking left.
//!
//! A page is `PAGE_SIZE` bytes, aligned to its size, holding slots of one
//! size class after a small page header. A slot is either an object (its
//! first word is the type pointer, even and non-zero) or free (its first word
//! is the next free slot with the low bit set). That per-slot tag is the
//! object-start map conservative scanning needs: any address inside a page
//! resolves to its slot by arithmetic, and the tag says whether an object
//! starts there. Free slots of a class form one list the allocator pops.
//!
//! Objects larger than `MAX_SMALL` get their own allocation from the system
//! allocator and are found by address in an ordered map.
//!
//! Objects that hold no words (strings, floats, integers, bytes: a static
//! type without a trace function) live on *leaf* pages of their own, with
//! their free lists apart. Marking one sets a bit in its page's mark bitmap
//! (after the page header) and never touches the object; the sweep finds
//! the dead slots in the bitmap, so it never reads a live leaf object either.
//!
//! Each page header counts the objects marking reached on it and says
//! whether any object on it has a finalizer: a page nothing reached and
//! nothing needs finalizing on is reclaimed whole by the sweep without
//! reading its slots (a program whose objects die young sweeps almost only
//! such pages). Pages come in chunks aligned to their size, recorded in a
//! process-wide bitmap, so marking tells a small object from a large one
//! by its address alone.

use super::os;
use crate::object::{Header, TypeObject};
use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::{BTreeMap, HashSet};
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering::Relaxed};

/// Page size and alignment.
pub const PAGE_SIZE: usize = 64 * 1024;

/// Hashing for page addresses: the conservative scan asks the page set
/// about every stack and buffer word, and SipHash showed up in profiles.
/// Page addresses are distinct multiples of `PAGE_SIZE`, so a
/// multiplication of the page number spreads them well enough.
#[derive(Default, Clone, Copy)]
pub(super) struct PageHash;

impl std::hash::BuildHasher for PageHash {
    type Hasher = PageHasher;
    fn build_hasher(&self) -> PageHasher {
        PageHasher(0)
    }
}

pub(super) struct PageHasher(u64);

impl std::hash::Hasher for PageHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | b as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n / PAGE_SIZE) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}
/// See `Heap::large`.
pub(super) const LARGE_KEY_SHIFT: u32 = 4;
/// Offset of the first slot (the page header comes first).
const FIRST: usize = 64;
/// Words of a leaf page's mark bitmap: one bit per 16 bytes of the page.
pub(super) const BITMAP_WORDS: usize = PAGE_SIZE / 16 / 64;
/// Offset of a leaf page's first slot (its mark bitmap follows the header).
const FIRST_LEAF: usize = FIRST + BITMAP_WORDS * 8;
/// Pages reserved from the OS at once (address space only: untouched pages
/// cost no memory).
const CHUNK_PAGES: usize = 64;
pub use typhon_abi::gc_alloc::{CLASS_SIZES, MAX_SMALL};
pub const N_CLASSES: usize = CLASS_SIZES.len();
/// Free lists: one per size class for objects holding words, then one per
/// class for leaf objects (index [`LEAF_LISTS`] + class).
pub use typhon_abi::gc_alloc::LEAF_LISTS;
pub const N_LISTS: usize = 2 * N_CLASSES;
const _: () = assert!(LEAF_LISTS == N_CLASSES);

/// The class of each size, indexed by `(size + 15) / 16`.
pub static CLASS_OF: [u8; MAX_SMALL / 16 + 1] = {
    let mut table = [0u8; MAX_SMALL / 16 + 1];
    let mut units = 0;
    while units <= MAX_SMALL / 16 {
        let mut class = 0;
        while CLASS_SIZES[class] < units * 16 {
            class += 1;
        }
        table[units] = class as u8;
        units += 1;
    }
    table
};

/// Header bit: reached by the current marking.
pub const GC_MARK: u64 = 2;
/// Header bit: run the type's finalizer at exit if still alive.
pub const GC_EXIT_FINALIZE: u64 = 4;

#[repr(C)]
pub(super) struct PageHeader {
    pub obj_size: usize,
    pub nslots: usize,
    /// The free list its slots go to (see [`N_LISTS`]).
    pub list: usize,
    /// Offset of the first slot: [`FIRST`], or [`FIRST_LEAF`] on a leaf page.
    pub first: usize,
    /// Non-zero on a leaf page (marks in the bitmap, not in headers).
    pub leaf: usize,
    /// Objects marked on this page by the current marking.
    pub live: usize,
    /// Non-zero when an object allocated here since the page was last swept
    /// (or one that survived that sweep) has a finalizer.
    pub finalizers: usize,
}
const _: () = assert!(std::mem::size_of::<PageHeader>() <= FIRST);

/// The mark bitmap of the leaf page `page`.
#[inline(always)]
pub(super) fn bitmap(page: usize) -> *mut u64 {
    (page + FIRST) as *mut u64
}

/// Whether `ty`'s objects go on leaf pages: they hold no words to trace,
/// and their type is static (a heap type must be reached through its
/// instances' headers, which leaf marking never reads).
#[inline(always)]
pub fn is_leaf(ty: *const TypeObject) -> bool {
    unsafe { (*ty).trace.is_none() && (*ty).header.gc & crate::object::GC_STATIC != 0 }
}

/// Bytes of address space per chunk bit.
const CHUNK_BITS: u32 = 22;
const _: () = assert!(CHUNK_PAGES * PAGE_SIZE == 1 << CHUNK_BITS);
/// Address bits the chunk bitmap covers.
const ADDRESS_BITS: u32 = 48;

/// One bit per chunk-sized range of address space: set when it is a chunk
/// of small-object pages (of any thread's heap). Anonymous memory, so only
/// the words covering used addresses are ever resident.
static CHUNKS: AtomicPtr<AtomicU64> = AtomicPtr::new(std::ptr::null_mut());

fn chunk_map() -> Option<*mut AtomicU64> {
    let map = CHUNKS.load(Relaxed);
    if !map.is_null() {
        return Some(map);
    }
    let words = 1usize << (ADDRESS_BITS - CHUNK_BITS - 6);
    let made = os::map_aligned(words * 8, 4096)? as *mut AtomicU64;
    match CHUNKS.compare_exchange(std::ptr::null_mut(), made, Relaxed, Relaxed) {
        Ok(_) => Some(made),
        Err(other) => Some(other),
    }
}

/// Whether `addr` lies in a chunk of small-object pages.
#[inline]
pub fn in_small_page(addr: usize) -> bool {
    let map = CHUNKS.load(Relaxed);
    if map.is_null() || addr >> ADDRESS_BITS != 0 {
        return false;
    }
    let chunk = addr >> CHUNK_BITS;
    unsafe { (*map.add(chunk / 64)).load(Relaxed) & (1 << (chunk % 64)) != 0 }
}

/// Count a newly marked object on its page (a small object's page).
///
/// # Safety
/// `obj` must be an object of a small-object page.
#[inline]
pub unsafe fn count_marked(obj: usize) {
    let hdr = (obj & !(PAGE_SIZE - 1)) as *mut PageHeader;
    unsafe { (*hdr).live += 1 };
}

/// Set in a word on the mark stack (objects are 8-byte aligned): the
/// object is in a small-object page, already looked up by [`to_queue`],
/// so marking it counts it on its page without looking again.
pub const SMALL_TAG: usize = 2;

/// The word marking must queue for `obj`, or 0 when marking is done with
/// it without queueing: a leaf object (marked here and now, in its page's
/// bitmap: nothing to trace, and marked before or not, nothing more to
/// do) or a static object (never marked: `None`, `True`, `False`, the
/// builtin types, constant strings, which fill many fields and list
/// slots). Any other object, whose mark is in its header and which must
/// be traced, is queued as itself, with [`SMALL_TAG`] when it is in a
/// small-object page.
///
/// # Safety
/// `obj` must be an object (heap or static).
#[inline(always)]
pub unsafe fn to_queue(obj: usize) -> usize {
    if !in_small_page(obj) {
        // A large object or a static one. A static object's header is
        // shared by every reference to it, so it is in cache, and a large
        // object's is read once marking pops it anyway.
        let fixed = unsafe { (*(obj as *const Header)).gc } & crate::object::GC_STATIC != 0;
        return if fixed { 0 } else { obj };
    }
    let page = obj & !(PAGE_SIZE - 1);
    let hdr = page as *mut PageHeader;
    if unsafe { (*hdr).leaf } == 0 {
        return obj | SMALL_TAG;
    }
    let unit = (obj - page) >> 4;
    unsafe {
        let word = bitmap(page).add(unit / 64);
        let bit = 1u64 << (unit % 64);
        if *word & bit == 0 {
            *word |= bit;
            (*hdr).live += 1;
        }
    }
    0
}

/// Note that an object of type `ty` was allocated at `obj`, a slot of a
/// small-object page: the sweep must then look at that page's dead objects.
///
/// # Safety
/// `obj` must be a slot of a small-object page, `ty` a type object.
#[inline(always)]
pub unsafe fn note_type(obj: *mut u8, ty: *const TypeObject) {
    if unsafe { (*ty).finalize.is_some() } {
        let hdr = (obj as usize & !(PAGE_SIZE - 1)) as *mut PageHeader;
        unsafe { (*hdr).finalizers = 1 };
    }
}

/// Tag of a free slot's first word.
pub(super) const FREE_TAG: usize = 1;

pub struct Heap {
    /// Head of each free list (untagged), null when empty.
    pub free: [*mut u8; N_LISTS],
    pub(super) pages: Vec<usize>,
    pub(super) page_set: HashSet<usize, PageHash>,
    /// Pages reserved but never used, or emptied and given back to the OS
    /// (their memory costs nothing until touched).
    spare_pages: Vec<usize>,
    /// Pages emptied by a sweep whose memory is still resident.
    pub(super) empty_pages: Vec<usize>,
    /// Bounds of every page address, to reject most stack words quickly.
    lo: usize,
    hi: usize,
    /// Large objects: start address to size, keyed by the address shifted
    /// right by [`LARGE_KEY_SHIFT`] (objects are 16-aligned, so nothing is
    /// lost): the map's nodes are Rust buffers, and a stale stack word
    /// reaching one must not find real object addresses there and keep
    /// every large object alive.
    pub(super) large: BTreeMap<usize, usize>,
    /// Bytes in large objects.
    pub large_bytes: usize,
    /// Bytes in live small objects after the last sweep.
    pub small_live_bytes: usize,
    /// Pages given to free lists since the last sweep.
    pub pages_taken: usize,
    /// Bytes of free slots on the pages the last sweep kept.
    pub free_slot_bytes: usize,
    /// Leaf pages the last sweep left unthreaded, per free list: their
    /// mark bitmaps still say which slots live, and `refill` threads
    /// their free slots only when the list runs dry (see `sweep.rs`).
    pub(super) pending: Vec<Vec<usize>>,
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            free: [std::ptr::null_mut(); N_LISTS],
            pages: Vec::new(),
            page_set: HashSet::default(),
            spare_pages: Vec::new(),
            empty_pages: Vec::new(),
            lo: usize::MAX,
            hi: 0,
            large: BTreeMap::new(),
            large_bytes: 0,
            small_live_bytes: 0,
            pages_taken: 0,
            free_slot_bytes: 0,
            pending: vec![Vec::new(); N_LISTS],
        }
    }

    /// Fill free list `list` (see [`N_LISTS`]) with a new page; false when
    /// the OS refuses memory.
    pub fn refill(&mut self, list: usize) -> bool {
        if let Some(page) = self.pending[list].pop() {
            unsafe { self.thread_pending(page) };
            return true;
        }
        let Some(page) = self.take_page() else {
            return false;
        };
        let leaf = list >= LEAF_LISTS;
        let size = CLASS_SIZES[list % N_CLASSES];
        let first = if leaf { FIRST_LEAF } else { FIRST };
        let nslots = (PAGE_SIZE - first) / size;
        unsafe {
            let hdr = page as *mut PageHeader;
            (*hdr).obj_size = size;
            (*hdr).nslots = nslots;
            (*hdr).list = list;
            (*hdr).first = first;
            (*hdr).leaf = leaf as usize;
            (*hdr).live = 0;
            (*hdr).finalizers = 0;
            if leaf {
                // A reused page may have held slots where the bitmap goes.
                std::ptr::write_bytes(bitmap(page), 0, BITMAP_WORDS);
            }
            // Thread the slots in address order, the last one first on the
            // current list.
            let mut next = self.free[list] as usize;
            for idx in (0..nslots).rev() {
                let slot = page + first + idx * size;
                *(slot as *mut usize) = next | FREE_TAG;
                next = slot;
            }
            self.free[list] = next as *mut u8;
        }
        self.pages.push(page);
        self.page_set.insert(page);
        self.pages_taken += 1;
        true
    }

    fn take_page(&mut self) -> Option<usize> {
        if let Some(page) = self.empty_pages.pop() {
            return Some(page);
        }
        if self.spare_pages.is_empty() {
            let map = chunk_map()?;
            let chunk = os::map_aligned(CHUNK_PAGES * PAGE_SIZE, CHUNK_PAGES * PAGE_SIZE)?;
            let bit = chunk >> CHUNK_BITS;
            unsafe { (*map.add(bit / 64)).fetch_or(1 << (bit % 64), Relaxed) };
            for idx in (0..CHUNK_PAGES).rev() {
                self.spare_pages.push(chunk + idx * PAGE_SIZE);
            }
            self.lo = self.lo.min(chunk);
            self.hi = self.hi.max(chunk + CHUNK_PAGES * PAGE_SIZE);
        }
        self.spare_pages.pop()
    }

    /// A zeroed large object of `size` bytes, or null.
    pub fn alloc_large(&mut self, size: usize) -> *mut u8 {
        let Ok(layout) = Layout::from_size_align(size, 16) else {
            return std::ptr::null_mut();
        };
        let obj = unsafe { System.alloc_zeroed(layout) };
        if !obj.is_null() {
            self.large.insert(obj as usize >> LARGE_KEY_SHIFT, size);
            self.large_bytes += size;
            if size >= PAGE_SIZE && !self.empty_pages.is_empty() {
                // The emptied pages kept after a collection are sized for
                // the cycle's allocations; a large object spends that much
                // of the cycle's budget outside them, so as many bytes of
                // them would stay resident unused until the next
                // collection (fasta's 12 MB output string came on top of
                // 8 MB of idle pages). Refaulting a page costs far less
                // than zeroing and filling the large object.
                let kept = self.empty_pages.len() * PAGE_SIZE;
                self.release_spare_pages(kept.saturating_sub(size));
            }
        }
        obj
    }

    /// Small-object pages in use.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Emptied pages still resident.
    pub fn empty_page_count(&self) -> usize {
        self.empty_pages.len()
    }

    /// Give the memory of emptied pages back to the OS, keeping `keep`
    /// bytes' worth resident for the allocations to come.
    pub fn release_spare_pages(&mut self, keep: usize) {
        while self.empty_pages.len() * PAGE_SIZE > keep {
            let page = self.empty_pages.pop().expect("non-empty");
            os::release(page, PAGE_SIZE);
            self.spare_pages.push(page);
        }
    }

    /// The object containing address `addr`, if any: the conservative
    /// scanner's question.
    pub fn find_object(&self, addr: usize) -> Option<usize> {
        let page = addr & !(PAGE_SIZE - 1);
        // Large objects come from the system allocator and may sit between
        // the chunks of small-object pages, so an address in `lo..hi` that
        // is not on one of our pages can still be inside a large object.
        if addr >= self.lo && addr < self.hi && self.page_set.contains(&page) {
            let hdr = page as *const PageHeader;
            let first = unsafe { (*hdr).first };
            if addr < page + first {
                return None;
            }
            let size = unsafe { (*hdr).obj_size };
            let idx = (addr - page - first) / size;
            if idx >= unsafe { (*hdr).nslots } {
                return None;
            }
            let slot = page + first + idx * size;
            let first = unsafe { *(slot as *const usize) };
            return (first != 0 && first & FREE_TAG == 0).then_some(slot);
        }
        let (&key, &size) = self.large.range(..=addr >> LARGE_KEY_SHIFT).next_back()?;
        let start = key << LARGE_KEY_SHIFT;
        (addr < start + size).then_some(start)
    }
}

/// Run `obj`'s type's finalizer, if it has one.
pub(super) unsafe fn finalize(obj: *mut Header) {
    let ty: *const TypeObject = unsafe { (*obj).ty };
    if let Some(finalize) = unsafe { (*ty).finalize } {
        unsafe { finalize(obj) };
    }
}
