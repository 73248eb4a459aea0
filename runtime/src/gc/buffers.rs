//! The set of live Rust-owned buffers (every block the process allocator
//! hands out), so the stack scan can see words that runtime code holds in a
//! `Vec` on its stack (items gathered before they become a list or tuple):
//! a stack word that is the start of a live buffer makes the collector scan
//! that buffer conservatively too. Buffers owned by heap objects are not
//! roots: only the stack points at the start of a local `Vec`'s buffer.
//!
//! One bit per 16 bytes of address space says "a live buffer starts here",
//! in bitmaps of `REGION` bytes each made on first use (anonymous memory:
//! untouched parts cost nothing), found through a top-level table covering
//! the 48-bit address space. Recording is one atomic bit operation next to
//! the allocator's own bookkeeping; the size comes from the C allocator.
//!
//! A range found this way is scanned after the fact (the marker keeps a
//! list of pending ranges), so no recorded buffer may be freed or resized
//! while marking runs. The mutator is stopped then, but the marker itself
//! allocates: its mark stack, pending list and seen-set grow as it goes,
//! and their buffer pointers sit in the collector's frames on the scanned
//! stack. Buffers made while [`pause`]d are therefore never recorded, so
//! the collector's own storage is never mistaken for a root (a mark stack
//! recorded as a root and then moved by `realloc` left a pending range
//! over unmapped memory).

use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, Ordering::Relaxed};

/// Set while the collector marks: new buffers are its own, not roots.
static PAUSED: AtomicBool = AtomicBool::new(false);

/// Stop (or resume) recording new buffers. Buffers freed meanwhile are
/// still forgotten, so the set never holds a stale start.
pub fn pause(paused: bool) {
    PAUSED.store(paused, Relaxed);
}

/// Address bits covered, and bytes of address space per bitmap.
const ADDRESS_BITS: u32 = 48;
const REGION_BITS: u32 = 26;
const REGIONS: usize = 1 << (ADDRESS_BITS - REGION_BITS);
/// Words (of 64 bits, one per 16 bytes) in one region's bitmap.
const REGION_WORDS: usize = (1 << REGION_BITS) / 16 / 64;

/// The top-level table: `REGIONS` pointers to bitmaps, made on first use.
static TOP: AtomicPtr<AtomicPtr<AtomicU64>> = AtomicPtr::new(std::ptr::null_mut());

unsafe extern "C" {
    fn malloc_usable_size(ptr: *mut u8) -> usize;
}

fn top() -> Option<*mut AtomicPtr<AtomicU64>> {
    let table = TOP.load(Relaxed);
    if !table.is_null() {
        return Some(table);
    }
    let made = super::os::map_aligned(REGIONS * 8, 4096)? as *mut AtomicPtr<AtomicU64>;
    match TOP.compare_exchange(std::ptr::null_mut(), made, Relaxed, Relaxed) {
        Ok(_) => Some(made),
        Err(other) => Some(other),
    }
}

/// The bitmap word and bit for `addr`, making its region when `create`.
#[inline]
fn locate(addr: usize, create: bool) -> Option<(&'static AtomicU64, u64)> {
    if addr >> ADDRESS_BITS != 0 || addr & 15 != 0 {
        return None;
    }
    let slot = unsafe { &*top()?.add(addr >> REGION_BITS) };
    let mut bitmap = slot.load(Relaxed);
    if bitmap.is_null() {
        if !create {
            return None;
        }
        let made = super::os::map_aligned(REGION_WORDS * 8, 4096)? as *mut AtomicU64;
        bitmap = match slot.compare_exchange(std::ptr::null_mut(), made, Relaxed, Relaxed) {
            Ok(_) => made,
            Err(other) => other,
        };
    }
    let unit = (addr & ((1 << REGION_BITS) - 1)) >> 4;
    Some((unsafe { &*bitmap.add(unit / 64) }, 1 << (unit % 64)))
}

// Plain load and store rather than an atomic read-modify-write: only the
// program's thread allocates once it runs (the collector runs nowhere
// else), and a lost update between unit-test threads, which never collect,
// is harmless.

/// Record a new buffer.
#[inline]
pub fn added(addr: *mut u8) {
    if PAUSED.load(Relaxed) {
        return;
    }
    if let Some((word, bit)) = locate(addr as usize, true) {
        word.store(word.load(Relaxed) | bit, Relaxed);
    }
}

/// Forget a freed buffer.
#[inline]
pub fn removed(addr: *mut u8) {
    if let Some((word, bit)) = locate(addr as usize, false) {
        word.store(word.load(Relaxed) & !bit, Relaxed);
    }
}

/// Forget the live buffer at `addr` as a possible root: it holds bytes
/// (text read from a file), never words, so the stack scan need not read
/// it. A 30 MB input read whole would otherwise be scanned word by word
/// by every collection that runs while a frame still points at it.
/// Growing it by `realloc` records it again.
pub fn holds_no_words(addr: *const u8) {
    removed(addr as *mut u8);
}

/// The size of the live buffer starting at `addr`, if there is one.
pub fn size_at(addr: usize) -> Option<usize> {
    let (word, bit) = locate(addr, false)?;
    if word.load(Relaxed) & bit == 0 {
        return None;
    }
    Some(unsafe { malloc_usable_size(addr as *mut u8) })
}
