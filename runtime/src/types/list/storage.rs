//! A list's item storage: a length and a buffer of words that lives in the
//! GC heap, so making and dropping lists costs no `malloc`/`free` and a
//! dead list's items are reclaimed by the sweep like any other object.
//!
//! The buffer is a heap object of its own (type [`BUFFER_TYPE`], never
//! visible to Python) holding its capacity and then the words. Its trace
//! visits every word up to the capacity, so the slots past the length must
//! hold 0: every operation that shortens the list clears the slots it
//! vacates. Because the buffer traces itself, a Rust slice over a list's
//! items (a pointer into the buffer on the native stack) keeps the items
//! alive even if Python code run meanwhile replaced the list's buffer, and
//! the words stay readable: the collector never moves or frees a buffer
//! something still points into.
//!
//! Growing allocates a new buffer and copies; the old one becomes garbage.
//! An empty list has no buffer at all, except an empty display that
//! generated code stores as an attribute, which gets room for two items
//! embedded (`codegen/list_paths.rs`).
//!
//! A list made with a known small size (a display, a slice, `[x] * n`)
//! keeps its items inline instead, in the same allocation: the capacity and
//! the words follow the storage fields, laid out so that `buf` pointing at
//! the storage fields themselves finds them where a buffer keeps them. Such
//! embedded storage is not an object: the list's trace visits its words,
//! and it must never be moved to another list ([`Items::take`] copies it
//! out first). The layout is part of the ABI (generated code indexes lists
//! inline): see `typhon_abi::list_layout`.
//!
//! The storage has a kind (`strategy.rs` decides it): object words, or the
//! raw bits of `f64`s. A float buffer has its own type whose trace visits
//! nothing, and the list's trace skips embedded float words, so the
//! collector never reads a double as a pointer. Everything here moves words
//! without looking at them, so it serves both kinds.

use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word};
use crate::thread::Thread;
use std::ops::{Deref, DerefMut};

/// The storage fields of a list, after its header.
#[repr(C)]
pub struct Items {
    len: usize,
    buf: *mut Buffer,
    /// [`OBJECTS`] or [`FLOATS`].
    kind: usize,
}

/// The words are objects.
pub const OBJECTS: usize = typhon_abi::list_layout::KIND_OBJECTS as usize;
/// The words are the bits of `f64`s (exact floats, never NaN).
pub const FLOATS: usize = typhon_abi::list_layout::KIND_FLOATS as usize;

/// How far past the storage fields an embedded buffer's `Buffer` overlay
/// starts: its `cap` is then the word right after the list's fields.
const EMBED_SHIFT: usize = std::mem::size_of::<Items>() - std::mem::size_of::<Header>();

/// A heap block of words; the words follow the fields.
#[repr(C)]
struct Buffer {
    header: Header,
    cap: usize,
}

const WORDS_OFFSET: usize = std::mem::size_of::<Buffer>();
const _: () = assert!(WORDS_OFFSET == typhon_abi::list_layout::BUFFER_ITEMS as usize);
const _: () =
    assert!(std::mem::offset_of!(Buffer, cap) == typhon_abi::list_layout::BUFFER_CAP as usize);

/// Largest capacity whose byte size cannot overflow.
const MAX_CAP: usize = (isize::MAX as usize - WORDS_OFFSET) / 8;

pub static BUFFER_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "list_buffer",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_buffer),
    finalize: None,
    slots: Slots::EMPTY,
    methods: crate::methods::Methods::EMPTY,
};

/// The buffer of a list in float storage: its words are not objects.
pub static FLOAT_BUFFER_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "list_float_buffer",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots::EMPTY,
    methods: crate::methods::Methods::EMPTY,
};

unsafe fn trace_buffer(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    unsafe { each_word(obj, visit) }
}

/// Call `visit` with every word of the object-list buffer `obj` that may
/// be a heap object (the collector's marker calls this itself, without a
/// call per item).
///
/// # Safety
/// `obj` must be a [`BUFFER_TYPE`] object.
#[inline(always)]
pub unsafe fn each_word(obj: *mut Header, mut visit: impl FnMut(Word)) {
    let buf = obj as *mut Buffer;
    let words = unsafe { words_of(buf) };
    // Small ints, `True`, `False` and `None` are never marked: skipping them
    // here saves a call per item on big lists of ints and flags.
    let (yes, no, nothing) = (
        crate::types::bool::true_(),
        crate::types::bool::false_(),
        crate::types::none::none(),
    );
    for idx in 0..unsafe { (*buf).cap } {
        let w = unsafe { *words.add(idx) };
        if w != 0 && w & 1 == 0 && w != yes && w != no && w != nothing {
            visit(w);
        }
    }
}

#[inline]
unsafe fn words_of(buf: *mut Buffer) -> *mut Word {
    unsafe { (buf as *mut u8).add(WORDS_OFFSET) as *mut Word }
}

impl Items {
    pub const EMPTY: Items = Items {
        len: 0,
        buf: std::ptr::null_mut(),
        kind: OBJECTS,
    };

    /// [`OBJECTS`] or [`FLOATS`].
    #[inline]
    pub fn kind(&self) -> usize {
        self.kind
    }

    /// Whether the words are raw doubles.
    #[inline]
    pub fn is_floats(&self) -> bool {
        self.kind == FLOATS
    }

    /// Change the kind of an empty storage (no words to convert). An
    /// outgrown buffer of the other kind is dropped, embedded room kept.
    pub fn set_kind_empty(&mut self, kind: usize) {
        assert!(self.len == 0, "kind change of a non-empty storage");
        if self.kind != kind && !self.embedded() {
            self.buf = std::ptr::null_mut();
        }
        self.kind = kind;
    }

    /// Replace the words by `fresh` of another kind (the conversion in
    /// `strategy.rs`): its length and kind become the list's.
    pub fn replace_with(&mut self, fresh: Items) {
        *self = fresh;
    }

    /// Visit the items' storage for the list's trace: the buffer, or the
    /// embedded words.
    pub fn trace(&self, visit: &mut dyn FnMut(Word)) {
        if self.embedded() {
            if self.is_floats() {
                return;
            }
            for &w in unsafe { std::slice::from_raw_parts(self.data(), self.capacity()) } {
                if w != 0 {
                    visit(w);
                }
            }
        } else if !self.buf.is_null() {
            visit(self.buf as Word);
        }
    }

    /// Whether the items are stored inline after these fields.
    #[inline]
    fn embedded(&self) -> bool {
        std::ptr::eq(
            self.buf as *const u8,
            (self as *const Items as *const u8).wrapping_add(EMBED_SHIFT),
        )
    }

    /// Store the items inline: the list was allocated `total` bytes from
    /// its header, and the bytes after the storage fields hold the capacity
    /// and then the (zeroed) words.
    ///
    /// # Safety
    /// `self` must be the storage fields of a new, empty list of `total`
    /// bytes, larger than a plain list.
    pub unsafe fn embed(&mut self, total: usize) {
        let fields = std::mem::size_of::<Header>() + std::mem::size_of::<Items>();
        self.buf = unsafe { (self as *mut Items as *mut u8).add(EMBED_SHIFT) } as *mut Buffer;
        unsafe { (*self.buf).cap = (total - fields - 8) / 8 };
    }

    pub fn capacity(&self) -> usize {
        if self.buf.is_null() {
            0
        } else {
            unsafe { (*self.buf).cap }
        }
    }

    #[inline]
    fn data(&self) -> *mut Word {
        if self.buf.is_null() {
            std::ptr::NonNull::dangling().as_ptr()
        } else {
            unsafe { words_of(self.buf) }
        }
    }

    /// Room for `additional` more items, growing by half again so appends
    /// stay amortised O(1); false with `MemoryError` pending.
    ///
    /// # Safety
    /// `ts` is the current thread; `self` must be inside a reachable list
    /// (a collection may run).
    #[inline]
    pub unsafe fn reserve(&mut self, ts: *mut Thread, additional: usize) -> bool {
        let cap = self.capacity();
        match self.len.checked_add(additional) {
            Some(need) if need <= cap => true,
            Some(need) => unsafe { self.grow(ts, need.max(cap + cap / 2 + 3)) },
            None => unsafe { self.grow(ts, usize::MAX) },
        }
    }

    /// Room for exactly `additional` more items (rounded up to the heap's
    /// size class); false with `MemoryError` pending.
    ///
    /// # Safety
    /// As [`Items::reserve`].
    pub unsafe fn reserve_exact(&mut self, ts: *mut Thread, additional: usize) -> bool {
        match self.len.checked_add(additional) {
            Some(need) if need <= self.capacity() => true,
            Some(need) => unsafe { self.grow(ts, need) },
            None => unsafe { self.grow(ts, usize::MAX) },
        }
    }

    #[cold]
    unsafe fn grow(&mut self, ts: *mut Thread, cap: usize) -> bool {
        if cap > MAX_CAP {
            crate::error::memory_error(ts);
            return false;
        }
        let size = gc::usable_size(WORDS_OFFSET + 8 * cap);
        let ty = if self.is_floats() {
            &FLOAT_BUFFER_TYPE
        } else {
            &BUFFER_TYPE
        };
        let fresh = unsafe { gc::alloc(ts, size, ty) } as *mut Buffer;
        if fresh.is_null() {
            return false;
        }
        let old = self.data();
        let old_buffer = !self.buf.is_null() && !self.embedded();
        unsafe {
            (*fresh).cap = (size - WORDS_OFFSET) / 8;
            std::ptr::copy_nonoverlapping(old, words_of(fresh), self.len);
            // The outgrown buffer stays allocated until a collection finds
            // it unreachable, but a stale stack word may still reach it:
            // with no capacity its trace visits no word, so it keeps none of
            // the items alive and costs no marking, without clearing the
            // words (which cost as much as copying them: a fifth of
            // building a big list by appends).
            if old_buffer {
                (*self.buf).cap = 0;
            }
        }
        self.buf = fresh;
        true
    }

    /// Append `w`; false with `MemoryError` pending.
    ///
    /// # Safety
    /// As [`Items::reserve`].
    #[inline]
    pub unsafe fn push(&mut self, ts: *mut Thread, w: Word) -> bool {
        if self.len == self.capacity() && !unsafe { self.reserve(ts, 1) } {
            return false;
        }
        unsafe { *self.data().add(self.len) = w };
        self.len += 1;
        true
    }

    /// Append `words` (which may be this list's own items, but no other
    /// list's that growing this one could clear); false with `MemoryError`
    /// pending.
    ///
    /// # Safety
    /// As [`Items::reserve`].
    pub unsafe fn extend_from_slice(&mut self, ts: *mut Thread, words: &[Word]) -> bool {
        // Growing leaves the old buffer untraced (its capacity 0): words of
        // this list's own items are read from the new one, at the same
        // positions.
        let old = self.data() as usize;
        let own = (words.as_ptr() as usize).wrapping_sub(old) / 8;
        let aliased = !words.is_empty() && (words.as_ptr() as usize) >= old && own < self.len;
        if !unsafe { self.reserve(ts, words.len()) } {
            return false;
        }
        let source = if aliased {
            unsafe { self.data().add(own) }
        } else {
            words.as_ptr()
        };
        unsafe { std::ptr::copy(source, self.data().add(self.len), words.len()) };
        self.len += words.len();
        true
    }

    /// Insert `w` before position `at` (at most the length); false with
    /// `MemoryError` pending.
    ///
    /// # Safety
    /// As [`Items::reserve`].
    pub unsafe fn insert(&mut self, ts: *mut Thread, at: usize, w: Word) -> bool {
        assert!(at <= self.len, "insert position out of range");
        if !unsafe { self.reserve(ts, 1) } {
            return false;
        }
        unsafe {
            let data = self.data();
            std::ptr::copy(data.add(at), data.add(at + 1), self.len - at);
            *data.add(at) = w;
        }
        self.len += 1;
        true
    }

    /// Lengthen by `n` items within the capacity, returning the new slots
    /// (holding 0) for the caller to fill.
    pub fn extend_within_capacity(&mut self, n: usize) -> &mut [Word] {
        assert!(n <= self.capacity() - self.len, "no room reserved");
        let start = self.len;
        self.len += n;
        &mut self[start..]
    }

    /// Remove and return the item at `at`.
    pub fn remove(&mut self, at: usize) -> Word {
        assert!(at < self.len, "remove position out of range");
        let data = self.data();
        unsafe {
            let w = *data.add(at);
            std::ptr::copy(data.add(at + 1), data.add(at), self.len - at - 1);
            self.len -= 1;
            *data.add(self.len) = 0;
            w
        }
    }

    /// Keep the first `n` items.
    pub fn truncate(&mut self, n: usize) {
        if n < self.len {
            unsafe { std::ptr::write_bytes(self.data().add(n), 0, self.len - n) };
            self.len = n;
        }
    }

    /// Drop every item and the buffer (the kind becomes objects).
    pub fn clear(&mut self) {
        *self = Items::EMPTY;
    }

    /// Replace the items at `start..stop` with `words` (not this list's own
    /// items); false with `MemoryError` pending.
    ///
    /// # Safety
    /// As [`Items::reserve`].
    pub unsafe fn splice(
        &mut self,
        ts: *mut Thread,
        start: usize,
        stop: usize,
        words: &[Word],
    ) -> bool {
        assert!(
            start <= stop && stop <= self.len,
            "splice range out of range"
        );
        let removed = stop - start;
        if words.len() > removed && !unsafe { self.reserve(ts, words.len() - removed) } {
            return false;
        }
        let old_len = self.len;
        let new_len = old_len - removed + words.len();
        unsafe {
            let data = self.data();
            std::ptr::copy(
                data.add(stop),
                data.add(start + words.len()),
                old_len - stop,
            );
            std::ptr::copy_nonoverlapping(words.as_ptr(), data.add(start), words.len());
            if new_len < old_len {
                std::ptr::write_bytes(data.add(new_len), 0, old_len - new_len);
            }
        }
        self.len = new_len;
        true
    }

    /// Remove the items at `start..stop`.
    pub fn remove_range(&mut self, start: usize, stop: usize) {
        let done = unsafe { self.splice(std::ptr::null_mut(), start, stop, &[]) };
        debug_assert!(done, "shrinking never allocates");
    }

    /// Keep only the items for which `keep` says true, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(Word) -> bool) {
        let mut kept = 0;
        for idx in 0..self.len {
            let w = self[idx];
            if keep(w) {
                self[kept] = w;
                kept += 1;
            }
        }
        self.truncate(kept);
    }

    /// Move the items out, leaving this storage empty: embedded items are
    /// first copied to a buffer of their own. `None` with `MemoryError`
    /// pending.
    ///
    /// # Safety
    /// As [`Items::reserve`].
    pub unsafe fn take(&mut self, ts: *mut Thread) -> Option<Items> {
        if self.embedded() && !unsafe { self.grow(ts, self.len) } {
            return None;
        }
        Some(std::mem::replace(self, Items::EMPTY))
    }
}

impl Deref for Items {
    type Target = [Word];
    #[inline]
    fn deref(&self) -> &[Word] {
        unsafe { std::slice::from_raw_parts(self.data(), self.len) }
    }
}

impl DerefMut for Items {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Word] {
        unsafe { std::slice::from_raw_parts_mut(self.data(), self.len) }
    }
}
