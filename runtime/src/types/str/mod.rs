//! `str`: UTF-8 bytes stored inline after the header, with the length in
//! code points, an ASCII flag and a cached hash.
//!
//! The bytes are "generalised UTF-8" (see [`utf8`]): lone surrogates
//! (`chr(0xD800)`) are encoded like any other code point, so they are never
//! handed to Rust as `&str` without checking. The empty string and the 128
//! one-character ASCII strings are statics, so iterating over or indexing an
//! ASCII string does not allocate.

pub mod args;
mod case;
mod case_tables;
mod format;
pub mod index;
pub mod iter;
mod methods;
mod pad;
pub(crate) mod percent;
pub mod repr;
mod search;
mod slots;
pub use slots::ty_str_repeat;
mod split;
#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
mod translate;
pub mod unicode;
mod unicode_tables;
pub mod utf8;

pub use methods::{collect as join_items, join_strs};
pub use pad::padded;
pub use search::{
    adjust as adjust_bounds, find as search_bytes, matches as search_matches,
    rmatches as search_rmatches,
};
pub use slots::{char_at, concat};

use crate::gc;
use crate::object::{GC_STATIC, Header, Slots, TypeObject, Word, cast, is_instance};
use crate::thread::Thread;

#[repr(C)]
pub struct StrObject {
    pub header: Header,
    /// Length in code points.
    pub len: u64,
    /// Length in bytes.
    pub byte_len: u64,
    /// Cached hash; -1 until computed.
    pub hash: i64,
    /// 1 when every byte is ASCII (so indexing is O(1)).
    pub ascii: u32,
    /// 1 once the code-point index of a long non-ASCII string (see
    /// [`index`]) is built in the room reserved for it after the bytes; 0
    /// before, and for strings without that room. A string holds no
    /// object words, so the collector never traces it. The two flags share
    /// a word: a 48-byte object before the bytes (CPython's compact ASCII
    /// string is 48 bytes too), which makes the heap and every cycle's
    /// allocation volume smaller.
    pub index: u32,
    // The bytes follow.
}

// Generated code reads an exact string's length, flags and bytes inline
// (`Op::Exact`), and takes its one-character strings from `ASCII`.
const _: () = {
    use std::mem::{offset_of, size_of};
    use typhon_abi::str_layout;
    assert!(offset_of!(StrObject, len) == str_layout::LEN as usize);
    assert!(offset_of!(StrObject, byte_len) == str_layout::BYTE_LEN as usize);
    assert!(offset_of!(StrObject, ascii) == str_layout::ASCII as usize);
    assert!(size_of::<StrObject>() == str_layout::DATA as usize);
    assert!(size_of::<StaticStr>() == str_layout::ASCII_STRIDE as usize);
};

const _: () = assert!(std::mem::size_of::<StrObject>() == 48);

#[unsafe(export_name = "TY_STR_TYPE")]
pub static STR_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "str",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(slots::repr),
        str: Some(slots::str),
        hash: Some(slots::hash),
        compare: Some(slots::compare),
        binop: Some(slots::binop),
        truthy: Some(slots::truthy),
        len: Some(slots::len),
        getitem: Some(slots::getitem),
        contains: Some(slots::contains),
        iter: Some(iter::iter),
        construct: Some(slots::construct),
        ..Slots::EMPTY
    },
    methods: methods::METHODS,
};

/// A new string from raw generalised-UTF-8 bytes; 0 with `MemoryError` pending.
pub fn from_bytes(ts: *mut Thread, bytes: &[u8]) -> Word {
    let ascii = bytes.is_ascii();
    let len = if ascii {
        bytes.len()
    } else {
        utf8::count(bytes)
    };
    from_parts(ts, bytes, len, ascii)
}

/// The string of the bytes `from..to` of the string `w` (code-point
/// boundaries), without rescanning them when `w` is ASCII.
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn substring(ts: *mut Thread, w: Word, from: usize, to: usize) -> Word {
    let piece = unsafe { &bytes(w)[from..to] };
    if unsafe { is_ascii(w) } {
        from_parts(ts, piece, piece.len(), true)
    } else {
        from_bytes(ts, piece)
    }
}

/// The decimal text of `v` (`str(v)` of an int), written without a
/// temporary `String`: a one-digit value is a static string.
pub fn from_i64(ts: *mut Thread, v: i64) -> Word {
    if (0..10).contains(&v) {
        return ascii_char(b'0' + v as u8);
    }
    // The digits are written two at a time from the last into a buffer on
    // the stack, then moved in line (`copy_piece`): cheaper than counting
    // them first (`ilog10`) to write them in place.
    let mut text = [0u8; 20];
    let mut m = v.unsigned_abs();
    let mut at = text.len();
    while m >= 100 {
        let pair = (m % 100) as usize * 2;
        m /= 100;
        at -= 2;
        text[at..at + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    }
    if m >= 10 {
        let pair = m as usize * 2;
        at -= 2;
        text[at..at + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    } else {
        at -= 1;
        text[at] = b'0' + m as u8;
    }
    if v < 0 {
        at -= 1;
        text[at] = b'-';
    }
    let digits = &text[at..];
    from_parts(ts, digits, digits.len(), true)
}

/// "00" to "99", for writing decimals two digits at a time.
const DIGIT_PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// `w` itself when it is an exact `str`, else a plain `str` with its text:
/// a method with nothing to change returns its receiver, as CPython's do,
/// but never an instance of a subclass. 0 with `MemoryError` pending.
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn exact(ts: *mut Thread, w: Word) -> Word {
    if crate::object::is_exact(w, &STR_TYPE) {
        w
    } else {
        unsafe { substring(ts, w, 0, bytes(w).len()) }
    }
}

/// A new string from Rust text.
pub fn new(ts: *mut Thread, text: &str) -> Word {
    from_bytes(ts, text.as_bytes())
}

/// A new string whose code-point length and ASCII-ness the caller already
/// knows (they must be right: indexing trusts them).
pub fn from_parts(ts: *mut Thread, bytes: &[u8], len: usize, ascii: bool) -> Word {
    build(ts, bytes.len(), len, ascii, |buf| copy_piece(buf, bytes))
}

/// `dst.copy_from_slice(src)`, with the short pieces that splitting,
/// slicing, joining and concatenation copy (fields, words, separators, up
/// to 32 bytes) moved in line as two overlapping loads and stores of one
/// width: a `memcpy` call cost about as much as the rest of the copy.
#[inline(always)]
pub(super) fn copy_piece(dst: &mut [u8], src: &[u8]) {
    let n = src.len();
    if n > 32 || n != dst.len() {
        dst.copy_from_slice(src);
    } else if n >= 16 {
        dst[..16].copy_from_slice(&src[..16]);
        dst[n - 16..].copy_from_slice(&src[n - 16..]);
    } else if n >= 8 {
        dst[..8].copy_from_slice(&src[..8]);
        dst[n - 8..].copy_from_slice(&src[n - 8..]);
    } else if n >= 4 {
        dst[..4].copy_from_slice(&src[..4]);
        dst[n - 4..].copy_from_slice(&src[n - 4..]);
    } else if n >= 2 {
        // Two-byte moves: a byte loop here was compiled into a `memcpy` call.
        dst[..2].copy_from_slice(&src[..2]);
        dst[n - 2..].copy_from_slice(&src[n - 2..]);
    } else if n == 1 {
        dst[0] = src[0];
    }
}

/// A new string of `byte_len` bytes written in place by `fill` (so large
/// results are not built in a temporary buffer first). `len` and `ascii`
/// must describe what `fill` writes.
pub fn build(
    ts: *mut Thread,
    byte_len: usize,
    len: usize,
    ascii: bool,
    fill: impl FnOnce(&mut [u8]),
) -> Word {
    if byte_len <= 1 {
        let mut byte = [0u8; 1];
        fill(&mut byte[..byte_len]);
        return match byte_len {
            0 => empty(),
            _ if byte[0] < 0x80 => ascii_char(byte[0]),
            // A lone non-ASCII byte is malformed; keep it as given.
            _ => alloc_filled(ts, 1, len, ascii, |buf| buf[0] = byte[0]),
        };
    }
    alloc_filled(ts, byte_len, len, ascii, fill)
}

fn alloc_filled(
    ts: *mut Thread,
    byte_len: usize,
    len: usize,
    ascii: bool,
    fill: impl FnOnce(&mut [u8]),
) -> Word {
    let Some(size) = index::alloc_size(byte_len, len, ascii) else {
        crate::error::memory_error(ts);
        return 0;
    };
    let obj = unsafe { gc::alloc_untraced(ts, size, &STR_TYPE) };
    if obj.is_null() {
        return 0;
    }
    unsafe {
        let s = &mut *(obj as *mut StrObject);
        s.len = len as u64;
        s.byte_len = byte_len as u64;
        s.hash = -1;
        s.ascii = ascii as u32;
        s.index = 0;
        fill(std::slice::from_raw_parts_mut(
            data_ptr(obj as Word),
            byte_len,
        ));
    }
    obj as Word
}

/// The bytes a string object occupies: its fields, its bytes and the room
/// for its code-point index.
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn object_size(w: Word) -> usize {
    let s = unsafe { cast::<StrObject>(w) };
    index::alloc_size(s.byte_len as usize, s.len as usize, s.ascii != 0).unwrap_or(usize::MAX)
}

/// The bytes of a string object.
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn bytes<'a>(w: Word) -> &'a [u8] {
    unsafe { std::slice::from_raw_parts(data_ptr(w), cast::<StrObject>(w).byte_len as usize) }
}

/// The text of a string, with lone surrogates replaced (for messages).
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn lossy(w: Word) -> String {
    String::from_utf8_lossy(unsafe { bytes(w) }).into_owned()
}

/// Whether `w` is a `str` (or a subclass).
#[inline]
pub fn is_str(w: Word) -> bool {
    is_instance(w, &STR_TYPE)
}

/// Length in code points.
///
/// # Safety
/// `w` must be a `str`.
#[inline]
pub unsafe fn char_len(w: Word) -> usize {
    unsafe { cast::<StrObject>(w).len as usize }
}

/// # Safety
/// `w` must be a `str`.
#[inline]
pub unsafe fn is_ascii(w: Word) -> bool {
    unsafe { cast::<StrObject>(w).ascii != 0 }
}

/// The empty string.
pub fn empty() -> Word {
    &EMPTY as *const StaticStr as Word
}

/// The one-character string for code point `cp` (static below U+0100, as
/// CPython caches its Latin-1 characters).
pub fn from_char(ts: *mut Thread, cp: u32) -> Word {
    if cp < 0x80 {
        return ascii_char(cp as u8);
    }
    if cp < 0x100 {
        return &LATIN1[(cp - 0x80) as usize] as *const StaticStr as Word;
    }
    let mut buf = [0u8; 4];
    let n = utf8::encode(cp, &mut buf);
    from_parts(ts, &buf[..n], 1, false)
}

/// Make room for `extra` more bytes in `out` (`None`: the size overflowed),
/// raising `MemoryError` instead of aborting when that much memory cannot
/// be had, as CPython does for `'x'.ljust(10**15)`.
pub fn reserve(ts: *mut Thread, out: &mut Vec<u8>, extra: Option<usize>) -> bool {
    match extra {
        Some(extra) if out.try_reserve(extra).is_ok() => true,
        _ => {
            crate::error::memory_error(ts);
            false
        }
    }
}

/// The hash of a string, computed once and cached.
///
/// # Safety
/// `w` must be a `str`.
pub unsafe fn hash_of(w: Word) -> i64 {
    let s = unsafe { cast::<StrObject>(w) };
    if s.hash != -1 {
        return s.hash;
    }
    let h = hash_text(unsafe { bytes(w) }, s.len);
    // Statics carry their hash from compile time, so only heap strings are written.
    if s.header.gc & GC_STATIC == 0 {
        s.hash = h;
    }
    h
}

/// The hash `w` keeps, or -1 when it was never computed (the caller then
/// takes a path that hashes it).
///
/// # Safety
/// `w` must be a `str`.
#[inline]
pub unsafe fn cached_hash(w: Word) -> i64 {
    unsafe { cast::<StrObject>(w) }.hash
}

/// Equality of two strings' contents.
///
/// # Safety
/// `a` and `b` must be `str`s.
pub unsafe fn eq(a: Word, b: Word) -> bool {
    if a == b {
        return true;
    }
    let (sa, sb) = unsafe { (cast::<StrObject>(a), cast::<StrObject>(b)) };
    if sa.byte_len != sb.byte_len || (sa.hash != -1 && sb.hash != -1 && sa.hash != sb.hash) {
        return false;
    }
    same_bytes(unsafe { bytes(a) }, unsafe { bytes(b) })
}

/// `a == b` of two byte strings, with short ones (dict keys, words,
/// fields) compared in line as one or two overlapping words: a `bcmp`
/// call cost about as much as the rest of a dict probe.
#[inline(always)]
pub fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |s: &[u8], at: usize| u64::from_ne_bytes(s[at..at + 8].try_into().unwrap());
    let half = |s: &[u8], at: usize| u32::from_ne_bytes(s[at..at + 4].try_into().unwrap());
    match n {
        17.. => a == b,
        8.. => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        4.. => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        _ => a.iter().zip(b).all(|(x, y)| x == y),
    }
}

/// `a == b` of two exact strings for generated code (`Op::Exact`, both
/// inferred `str`): 1 or 0, never raises (an exact `str` has no user
/// `__eq__`).
///
/// # Safety
/// Both must be strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_str_eq(_ts: *mut Thread, a: Word, b: Word) -> i32 {
    unsafe { eq(a, b) as i32 }
}

/// `needle in haystack` of two exact strings for generated code
/// (`Op::Exact`): 1 or 0, never raises.
///
/// # Safety
/// Both must be strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_str_contains(_ts: *mut Thread, haystack: Word, needle: Word) -> i32 {
    search::find(unsafe { bytes(haystack) }, unsafe { bytes(needle) }).is_some() as i32
}

/// A 64-bit hash of a byte string, eight bytes at a time: each whole word
/// is folded in with a multiply and a rotate, the last 1-8 bytes as one
/// word read overlapping the previous one (the length, mixed in first,
/// tells such tails apart: see `hash_text`), then a final avalanche so the
/// low bits that index hash tables depend on every byte. The values need not be
/// CPython's (its `str` hashes change with `PYTHONHASHSEED`, so no output
/// can depend on them) but must not change within a run: statics carry
/// theirs from compile time. Never -1 (CPython reserves -1 for errors).
/// `bytes` shares it, so `hash(b'a') == hash('a')` as in CPython.
#[inline]
pub const fn hash_bytes(b: &[u8]) -> i64 {
    hash_text(b, b.len() as u64)
}

/// `hash_bytes` with `units` mixed in first instead of the byte length: a
/// str passes its length in code points, so an ASCII str hashes as its
/// bytes (`hash('a') == hash(b'a')`, as in CPython, whose one-byte form of
/// ASCII text is those bytes) while a non-ASCII one does not hash as its
/// UTF-8 bytes (CPython hashes its 1-, 2- or 4-byte code units, so
/// `hash('é') != hash('é'.encode())` there), at no extra cost.
#[inline]
pub const fn hash_text(b: &[u8], units: u64) -> i64 {
    // CPython hashes every empty string (and bytes) to 0 whatever the seed,
    // which fixes where `''` lands in a set.
    let n = b.len();
    if n == 0 {
        return 0;
    }
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ units.wrapping_mul(K);
    let tail = if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            h = (h ^ word_at(b, i)).wrapping_mul(K).rotate_left(29);
            i += 8;
        }
        word_at(b, n - 8)
    } else if n >= 4 {
        // Two overlapping halves cover every byte of 4 to 7.
        (half_at(b, 0) as u64) | ((half_at(b, n - 4) as u64) << 32)
    } else {
        // The first, middle and last bytes are every byte of 1 to 3.
        (b[0] as u64) | ((b[n / 2] as u64) << 8) | ((b[n - 1] as u64) << 16)
    };
    h = (h ^ tail).wrapping_mul(K);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    if h as i64 == -1 { -2 } else { h as i64 }
}

/// The eight bytes of `b` from `i`, little-endian (one load once inlined).
#[inline(always)]
const fn word_at(b: &[u8], i: usize) -> u64 {
    match b.split_at(i).1.first_chunk::<8>() {
        Some(w) => u64::from_le_bytes(*w),
        None => 0,
    }
}

/// The four bytes of `b` from `i`, little-endian.
#[inline(always)]
const fn half_at(b: &[u8], i: usize) -> u32 {
    match b.split_at(i).1.first_chunk::<4>() {
        Some(w) => u32::from_le_bytes(*w),
        None => 0,
    }
}

/// # Safety
/// `w` must point at a `StrObject`.
unsafe fn data_ptr(w: Word) -> *mut u8 {
    unsafe { (w as *mut u8).add(std::mem::size_of::<StrObject>()) }
}

/// A string object in static memory, with room for up to 8 bytes.
#[repr(C)]
pub struct StaticStr {
    obj: StrObject,
    data: [u8; 8],
}

unsafe impl Sync for StaticStr {}

const fn static_str(data: [u8; 8], byte_len: u64) -> StaticStr {
    static_text(data, byte_len, byte_len, true)
}

const fn static_text(data: [u8; 8], byte_len: u64, len: u64, ascii: bool) -> StaticStr {
    let (text, _) = data.split_at(byte_len as usize);
    StaticStr {
        obj: StrObject {
            header: Header::new_static(&STR_TYPE),
            len,
            byte_len,
            hash: hash_text(text, len),
            ascii: ascii as u32,
            index: 0,
        },
        data,
    }
}

static EMPTY: StaticStr = static_str([0; 8], 0);

#[unsafe(export_name = "TY_ASCII_STRS")]
static ASCII: [StaticStr; 128] = {
    let mut table = [const { static_str([0; 8], 0) }; 128];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = static_str([byte as u8, 0, 0, 0, 0, 0, 0, 0], 1);
        byte += 1;
    }
    table
};

/// U+0080 to U+00FF, two bytes each.
static LATIN1: [StaticStr; 128] = {
    let mut table = [const { static_str([0; 8], 0) }; 128];
    let mut k = 0;
    while k < 128 {
        let cp = 0x80 + k;
        let data = [
            0xC0 | (cp >> 6) as u8,
            0x80 | (cp & 0x3F) as u8,
            0,
            0,
            0,
            0,
            0,
            0,
        ];
        table[k] = static_text(data, 2, 1, false);
        k += 1;
    }
    table
};

fn ascii_char(byte: u8) -> Word {
    &ASCII[byte as usize & 0x7F] as *const StaticStr as Word
}
