//! A dict's storage: one block in the GC heap holding the sparse index
//! table and the dense entries, so making, growing and dropping dicts costs
//! no `malloc`/`free` and a dead dict's storage is reclaimed by the sweep.
//!
//! The block is a heap object of its own (type [`TABLE_TYPE`], never
//! visible to Python): the fields below, then `size` index slots, then room
//! for `cap` entries, of which the first `len` are in use (holes
//! included). Its trace visits the keys and values of those `len` entries.
//! Growing allocates a new table and copies the live entries; the old one
//! becomes garbage, and stays readable while anything (a lookup suspended in
//! a key's `__eq__`) still points into it, since the collector never moves
//! or frees a block something points at.
//!
//! Index slots are as narrow as the entry count allows, as in CPython: one
//! byte up to 128 slots, two up to 32768, four beyond. They are stored
//! signed and read sign-extended, so the all-ones fill reads as [`EMPTY`]
//! and a truncated [`DUMMY`] as itself at every width. A narrower index
//! means fewer cache lines per probe in the large dicts lookups miss on,
//! and 24 fewer bytes in every small dict.

use super::Entry;
use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word};
use crate::thread::Thread;

/// An index slot that was never used.
pub const EMPTY: u32 = u32::MAX;
/// An index slot whose key was deleted.
pub const DUMMY: u32 = u32::MAX - 1;
/// The smallest index table (CPython's `PyDict_MINSIZE`).
pub const MIN_SIZE: usize = 8;

#[repr(C)]
pub struct Table {
    header: Header,
    /// Index slots, a power of two.
    size: u32,
    /// Entries there is room for: two thirds of `size`.
    cap: u32,
    /// Entries in use, holes included.
    len: usize,
}

const INDICES_OFFSET: usize = std::mem::size_of::<Table>();

pub static TABLE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "dict_table",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots::EMPTY,
    methods: crate::methods::Methods::EMPTY,
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    for e in unsafe { (*(obj as *mut Table)).entries() } {
        if e.key != 0 {
            visit(e.key);
            visit(e.value);
        }
    }
}

/// The largest table with one-byte index slots: its 85 entries stay below
/// `i8::MAX`, clear of the sentinels.
const MAX_I8_SIZE: u32 = 128;
/// The largest table with two-byte index slots (21845 entries).
const MAX_I16_SIZE: u32 = 32768;

const _: () = {
    use typhon_abi::dict_layout as abi;
    assert!(std::mem::offset_of!(Table, size) == abi::TABLE_SIZE as usize);
    assert!(std::mem::offset_of!(Table, len) == abi::TABLE_LEN as usize);
    assert!(INDICES_OFFSET == abi::TABLE_INDICES as usize);
    assert!(MAX_I8_SIZE as i64 == abi::MAX_I8_SIZE);
    assert!(MAX_I16_SIZE as i64 == abi::MAX_I16_SIZE);
};

/// Bytes per index slot in a table of `size` slots.
#[inline]
fn index_width(size: usize) -> usize {
    if size <= MAX_I8_SIZE as usize {
        1
    } else if size <= MAX_I16_SIZE as usize {
        2
    } else {
        4
    }
}

/// The entries an index table of `size` slots makes room for
/// (CPython's `USABLE_FRACTION`).
#[inline]
pub fn usable(size: usize) -> usize {
    size * 2 / 3
}

/// The smallest table size (a power of two, at least [`MIN_SIZE`]) with
/// room for `entries` entries.
pub fn size_for(entries: usize) -> usize {
    let mut size = MIN_SIZE;
    while usable(size) < entries {
        size *= 2;
    }
    size
}

/// A new table of `size` slots (a power of two), every slot empty; null
/// with `MemoryError` pending. May collect.
///
/// # Safety
/// `ts` is the current thread.
pub unsafe fn alloc(ts: *mut Thread, size: usize) -> *mut Table {
    if size > u32::MAX as usize / 2 {
        crate::error::memory_error(ts);
        return std::ptr::null_mut();
    }
    let obj = unsafe { alloc_block(ts, size) };
    if obj.is_null() {
        return obj;
    }
    unsafe {
        (*obj).size = size as u32;
        (*obj).cap = usable(size) as u32;
        (*obj).len = 0;
        // EMPTY is all ones at every width.
        std::ptr::write_bytes(
            (obj as *mut u8).add(INDICES_OFFSET),
            0xFF,
            size * index_width(size),
        );
    }
    obj
}

/// The uninitialised block of a table of `size` slots.
unsafe fn alloc_block(ts: *mut Thread, size: usize) -> *mut Table {
    let bytes =
        INDICES_OFFSET + size * index_width(size) + usable(size) * std::mem::size_of::<Entry>();
    // Not cleared: the trace reads `len` and the entries below it, and
    // every entry is written before `len` counts it.
    unsafe { gc::alloc_untraced(ts, bytes, &TABLE_TYPE) as *mut Table }
}

/// A table's contents outside the GC heap (everything after its header,
/// up to its last entry in use, with every value 0), from which
/// [`alloc_from_image`] makes copies: a dict display with constant keys
/// copies the table its first run laid out instead of probing for every
/// key again.
pub struct Image {
    size: usize,
    /// Words, so that the entries in it are aligned.
    words: Box<[u64]>,
}

/// Where an image's words start in a table (they are a multiple of 8 bytes).
const IMAGE_OFFSET: usize = std::mem::size_of::<Header>();

impl Table {
    /// An image of this table (see [`Image`]).
    pub fn image(&self) -> Image {
        let end = self.entries_ptr() as usize - self as *const Table as usize
            + self.len * std::mem::size_of::<Entry>();
        let n = (end - IMAGE_OFFSET) / 8;
        let from = unsafe { (self as *const Table as *const u8).add(IMAGE_OFFSET) };
        let mut image = Image {
            size: self.size(),
            words: unsafe { std::slice::from_raw_parts(from as *const u64, n) }.into(),
        };
        for e in image.entries_mut() {
            e.value = 0;
        }
        image
    }
}

impl Image {
    fn entries_start(&self) -> usize {
        INDICES_OFFSET - IMAGE_OFFSET + self.size * index_width(self.size)
    }

    /// The entries of the image, in order.
    pub fn entries(&self) -> &[Entry] {
        let start = self.entries_start();
        let n = (self.words.len() * 8 - start) / std::mem::size_of::<Entry>();
        unsafe {
            std::slice::from_raw_parts(
                (self.words.as_ptr() as *const u8).add(start) as *const Entry,
                n,
            )
        }
    }

    fn entries_mut(&mut self) -> &mut [Entry] {
        let start = self.entries_start();
        let n = (self.words.len() * 8 - start) / std::mem::size_of::<Entry>();
        unsafe {
            std::slice::from_raw_parts_mut(
                (self.words.as_mut_ptr() as *mut u8).add(start) as *mut Entry,
                n,
            )
        }
    }
}

/// A new table holding what `image` holds; null with `MemoryError`
/// pending. May collect.
///
/// # Safety
/// `ts` is the current thread; the keys in `image` must still be alive.
/// The values are 0 until the caller writes them.
pub unsafe fn alloc_from_image(ts: *mut Thread, image: &Image) -> *mut Table {
    let obj = unsafe { alloc_block(ts, image.size) };
    if !obj.is_null() {
        unsafe {
            let to = (obj as *mut u8).add(IMAGE_OFFSET) as *mut u64;
            std::ptr::copy_nonoverlapping(image.words.as_ptr(), to, image.words.len());
        }
    }
    obj
}

impl Table {
    /// Index slots.
    #[inline]
    pub fn size(&self) -> usize {
        self.size as usize
    }

    /// Whether no more entries fit.
    #[inline]
    pub fn is_full(&self) -> bool {
        self.len >= self.cap as usize
    }

    #[inline]
    fn indices_ptr(&self) -> *mut u8 {
        unsafe { (self as *const Table as *mut u8).add(INDICES_OFFSET) }
    }

    #[inline]
    fn entries_ptr(&self) -> *mut Entry {
        let size = self.size as usize;
        unsafe { self.indices_ptr().add(size * index_width(size)) as *mut Entry }
    }

    /// The index slot `slot` (below [`Table::size`]): an entry position,
    /// [`EMPTY`] or [`DUMMY`].
    #[inline]
    pub fn index(&self, slot: usize) -> u32 {
        debug_assert!(slot < self.size as usize);
        let p = self.indices_ptr();
        // Sign extension turns a narrow -1 or -2 into EMPTY or DUMMY.
        unsafe {
            if self.size <= MAX_I8_SIZE {
                *(p as *const i8).add(slot) as i32 as u32
            } else if self.size <= MAX_I16_SIZE {
                *(p as *const i16).add(slot) as i32 as u32
            } else {
                *(p as *const u32).add(slot)
            }
        }
    }

    #[inline]
    pub fn set_index(&mut self, slot: usize, ix: u32) {
        debug_assert!(slot < self.size as usize);
        let p = self.indices_ptr();
        // Truncation keeps EMPTY and DUMMY their narrow -1 and -2.
        unsafe {
            if self.size <= MAX_I8_SIZE {
                *(p as *mut i8).add(slot) = ix as i8;
            } else if self.size <= MAX_I16_SIZE {
                *(p as *mut i16).add(slot) = ix as i16;
            } else {
                *(p as *mut u32).add(slot) = ix;
            }
        }
    }

    /// The entry at `ix` (below [`Table::len`]).
    #[inline]
    pub fn entry(&self, ix: usize) -> Entry {
        debug_assert!(ix < self.len);
        unsafe { *self.entries_ptr().add(ix) }
    }

    /// Where the entry at `ix` (below [`Table::len`]) lives.
    #[inline]
    pub fn entry_ptr(&self, ix: usize) -> *mut Entry {
        debug_assert!(ix < self.len);
        unsafe { self.entries_ptr().add(ix) }
    }

    /// The entries in use, holes included, in insertion order.
    #[inline]
    pub fn entries(&self) -> &[Entry] {
        unsafe { std::slice::from_raw_parts(self.entries_ptr(), self.len) }
    }

    #[inline]
    pub fn entries_mut(&mut self) -> &mut [Entry] {
        unsafe { std::slice::from_raw_parts_mut(self.entries_ptr(), self.len) }
    }

    /// Append an entry and point the first free slot for its hash at it;
    /// the caller checked [`Table::is_full`].
    #[inline]
    pub fn push(&mut self, e: Entry) {
        debug_assert!(!self.is_full());
        let ix = self.len;
        unsafe { *self.entries_ptr().add(ix) = e };
        self.len += 1;
        let slot = self.free_slot(e.hash);
        self.set_index(slot, ix as u32);
    }

    /// [`Table::push`] unless an indexed entry has `e`'s hash: one walk of
    /// the probe sequence, to its first empty slot, both answers and finds
    /// the first free slot. The caller checked [`Table::is_full`].
    #[inline]
    pub fn push_if_hash_absent(&mut self, e: Entry) -> bool {
        debug_assert!(!self.is_full());
        let mask = self.size as usize - 1;
        let mut perturb = e.hash as u64;
        let mut slot = (e.hash as u64 as usize) & mask;
        let mut dummy = None;
        loop {
            match self.index(slot) {
                EMPTY => break,
                DUMMY => {
                    dummy.get_or_insert(slot);
                }
                ix if self.entry(ix as usize).hash == e.hash => return false,
                _ => {}
            }
            perturb >>= 5;
            slot = next_slot(slot, perturb, mask);
        }
        let ix = self.len;
        unsafe { *self.entries_ptr().add(ix) = e };
        self.len += 1;
        self.set_index(dummy.unwrap_or(slot), ix as u32);
        true
    }

    /// Forget the entries from `len` on (they must not be indexed).
    pub fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }

    /// The first free (empty or dummy) index slot for `hash`.
    pub fn free_slot(&self, hash: i64) -> usize {
        let mask = self.size as usize - 1;
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        loop {
            let ix = self.index(slot);
            if ix == EMPTY || ix == DUMMY {
                return slot;
            }
            perturb >>= 5;
            slot = next_slot(slot, perturb, mask);
        }
    }
}

/// CPython's probe sequence: `i = i * 5 + perturb + 1`.
#[inline]
pub fn next_slot(slot: usize, perturb: u64, mask: usize) -> usize {
    slot.wrapping_mul(5)
        .wrapping_add(perturb as usize)
        .wrapping_add(1)
        & mask
}
