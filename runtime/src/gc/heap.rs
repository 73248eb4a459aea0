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
struct PageHash;

impl std::hash::BuildHasher for PageHash {
    type Hasher = PageHasher;
    fn build_hasher(&self) -> PageHasher {
        PageHasher(0)
    }
}

struct PageHasher(u64);

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
/// Offset of the first slot (the page header comes first).
/// See `Heap::large`.
const LARGE_KEY_SHIFT: u32 = 4;
const FIRST: usize = 64;
/// Pages reserved from the OS at once (address space only: untouched pages
/// cost no memory).
const CHUNK_PAGES: usize = 64;
pub use typhon_abi::gc_alloc::{CLASS_SIZES, MAX_SMALL};
pub const N_CLASSES: usize = CLASS_SIZES.len();

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
struct PageHeader {
    obj_size: usize,
    nslots: usize,
    class: usize,
    /// Objects marked on this page by the current marking.
    live: usize,
    /// Non-zero when an object allocated here since the page was last swept
    /// (or one that survived that sweep) has a finalizer.
    finalizers: usize,
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
const FREE_TAG: usize = 1;

pub struct Heap {
    /// Head of each class's free list (untagged), null when empty.
    pub free: [*mut u8; N_CLASSES],
    pages: Vec<usize>,
    page_set: HashSet<usize, PageHash>,
    /// Pages reserved but never used, or emptied and given back to the OS
    /// (their memory costs nothing until touched).
    spare_pages: Vec<usize>,
    /// Pages emptied by a sweep whose memory is still resident.
    empty_pages: Vec<usize>,
    /// Bounds of every page address, to reject most stack words quickly.
    lo: usize,
    hi: usize,
    /// Large objects: start address to size, keyed by the address shifted
    /// right by [`LARGE_KEY_SHIFT`] (objects are 16-aligned, so nothing is
    /// lost): the map's nodes are Rust buffers, and a stale stack word
    /// reaching one must not find real object addresses there and keep
    /// every large object alive.
    large: BTreeMap<usize, usize>,
    /// Bytes in large objects.
    pub large_bytes: usize,
    /// Bytes in live small objects after the last sweep.
    pub small_live_bytes: usize,
    /// Pages given to free lists since the last sweep.
    pub pages_taken: usize,
    /// Bytes of free slots on the pages the last sweep kept.
    pub free_slot_bytes: usize,
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            free: [std::ptr::null_mut(); N_CLASSES],
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
        }
    }

    /// Fill the free list of `class` with a new page; false when the OS
    /// refuses memory.
    pub fn refill(&mut self, class: usize) -> bool {
        let Some(page) = self.take_page() else {
            return false;
        };
        let size = CLASS_SIZES[class];
        let nslots = (PAGE_SIZE - FIRST) / size;
        unsafe {
            let hdr = page as *mut PageHeader;
            (*hdr).obj_size = size;
            (*hdr).nslots = nslots;
            (*hdr).class = class;
            (*hdr).live = 0;
            (*hdr).finalizers = 0;
            // Thread the slots in address order, the last one first on the
            // current list.
            let mut next = self.free[class] as usize;
            for idx in (0..nslots).rev() {
                let slot = page + FIRST + idx * size;
                *(slot as *mut usize) = next | FREE_TAG;
                next = slot;
            }
            self.free[class] = next as *mut u8;
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
            if addr < page + FIRST {
                return None;
            }
            let hdr = page as *const PageHeader;
            let size = unsafe { (*hdr).obj_size };
            let idx = (addr - page - FIRST) / size;
            if idx >= unsafe { (*hdr).nslots } {
                return None;
            }
            let slot = page + FIRST + idx * size;
            let first = unsafe { *(slot as *const usize) };
            return (first != 0 && first & FREE_TAG == 0).then_some(slot);
        }
        let (&key, &size) = self.large.range(..=addr >> LARGE_KEY_SHIFT).next_back()?;
        let start = key << LARGE_KEY_SHIFT;
        (addr < start + size).then_some(start)
    }

    /// Free every unmarked object and clear the marks of the others,
    /// rebuilding the free lists. Returns the number of objects freed.
    /// Freed slots are filled with a poison pattern when `poison` is set, so
    /// a use after free fails loudly.
    pub fn sweep(&mut self, poison: bool) -> usize {
        let mut freed = 0;
        let mut dead: Vec<(usize, usize)> = Vec::new();
        self.free = [std::ptr::null_mut(); N_CLASSES];
        let mut tails: [usize; N_CLASSES] = [0; N_CLASSES];
        let mut live_bytes = 0;
        let mut free_slot_bytes = 0;
        let mut kept = Vec::with_capacity(self.pages.len());
        self.pages_taken = 0;
        for &page in &self.pages {
            let hdr = page as *mut PageHeader;
            let (size, nslots, class) = unsafe { ((*hdr).obj_size, (*hdr).nslots, (*hdr).class) };
            let (marked, finalizers) = unsafe { ((*hdr).live, (*hdr).finalizers) };
            unsafe { (*hdr).live = 0 };
            if marked == 0 && finalizers == 0 && !poison {
                // Nothing on it is reachable or needs finalizing: its slots
                // need not be read (`refill` rewrites them all).
                self.page_set.remove(&page);
                self.empty_pages.push(page);
                continue;
            }
            let mut head = 0usize;
            let mut tail = 0usize;
            let mut live = 0;
            let mut live_finalizers = 0;
            for idx in 0..nslots {
                let slot = page + FIRST + idx * size;
                let first = unsafe { *(slot as *const usize) };
                if first != 0 && first & FREE_TAG == 0 {
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
                    if poison {
                        dead.push((slot, size));
                    }
                }
                // Append the free slot, keeping address order.
                if tail == 0 {
                    head = slot;
                } else {
                    unsafe { *(tail as *mut usize) = slot | FREE_TAG };
                }
                tail = slot;
            }
            if live == 0 {
                self.page_set.remove(&page);
                self.empty_pages.push(page);
                continue;
            }
            live_bytes += live * size;
            free_slot_bytes += (nslots - live) * size;
            unsafe { (*hdr).finalizers = live_finalizers };
            kept.push(page);
            if tail != 0 {
                unsafe { *(tail as *mut usize) = FREE_TAG };
                if tails[class] == 0 {
                    self.free[class] = head as *mut u8;
                } else {
                    unsafe { *(tails[class] as *mut usize) = head | FREE_TAG };
                }
                tails[class] = tail;
            }
        }
        self.pages = kept;
        self.small_live_bytes = live_bytes;
        self.free_slot_bytes = free_slot_bytes;

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
        for (start, size) in large_dead {
            self.large.remove(&(start >> LARGE_KEY_SHIFT));
            self.large_bytes -= size;
            freed += 1;
            if poison {
                unsafe { std::ptr::write_bytes(start as *mut u8, 0xdb, size) };
            }
            let layout = Layout::from_size_align(size, 16).expect("large object layout");
            unsafe { System.dealloc(start as *mut u8, layout) };
        }
        // Poison only now: a dead instance's finalizer may still have read
        // its (dead, heap-allocated) type object above.
        for (slot, size) in dead {
            unsafe {
                std::ptr::write_bytes((slot + 8) as *mut u8, 0xdb, size - 8);
            }
        }
        freed
    }

    /// Run the exit finalizers of every object that asked for one.
    pub fn finalize_at_exit(&mut self) {
        let mut objects = Vec::new();
        for &page in &self.pages {
            let hdr = page as *const PageHeader;
            let (size, nslots) = unsafe { ((*hdr).obj_size, (*hdr).nslots) };
            for idx in 0..nslots {
                objects.push(page + FIRST + idx * size);
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
            if gc & GC_EXIT_FINALIZE != 0 {
                unsafe {
                    (*obj).gc = gc & !GC_EXIT_FINALIZE;
                    finalize(obj);
                }
            }
        }
    }
}

/// Run `obj`'s type's finalizer, if it has one.
unsafe fn finalize(obj: *mut Header) {
    let ty: *const TypeObject = unsafe { (*obj).ty };
    if let Some(finalize) = unsafe { (*ty).finalize } {
        unsafe { finalize(obj) };
    }
}
