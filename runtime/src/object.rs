//! The object model shared by every built-in type and, later, user classes.
//!
//! A [`Word`] is either an inline small int (low bit set) or a pointer to an
//! object that starts with a [`Header`]. The header names the object's
//! [`TypeObject`]; the type object carries the behaviour hooks ([`Slots`])
//! that the generic entry points (`ty_binop`, `ty_getitem`, ...) dispatch
//! through, and the trace function the collector uses.

use crate::thread::Thread;
pub use typhon_abi::Word;

/// The first 16 bytes of every heap or static object.
#[repr(C)]
pub struct Header {
    pub ty: *const TypeObject,
    /// Collector bits (mark, static flag); the upper half is reserved for a
    /// future per-object lock.
    pub gc: u64,
}

/// GC flag: the object lives in static memory and is never freed.
pub const GC_STATIC: u64 = 1;

/// Header flag of a static built-in function of the `builtins` module
/// (`len`): its `__module__` is `'builtins'`, which the object does not
/// otherwise record. Outside the collector's bits.
pub const IN_BUILTINS: u64 = 1 << 8;

impl Header {
    pub const fn new_static(ty: &'static TypeObject) -> Header {
        Header {
            ty: ty as *const TypeObject,
            gc: GC_STATIC,
        }
    }
}

/// Visits every word an object holds, for the collector.
pub type TraceFn = unsafe fn(obj: *mut Header, visit: &mut dyn FnMut(Word));
/// Releases Rust-owned storage (a `Vec`, a big integer) when the object dies.
pub type FinalizeFn = unsafe fn(obj: *mut Header);

/// Signature of native functions and methods: positional and keyword
/// arguments in one array, the names of the last `kwnames.len()` in `kwnames`
/// (0 when there are none). Methods receive `self` as `args[0]`.
pub type NativeFn =
    unsafe extern "C" fn(ts: *mut Thread, args: *const Word, nargs: i64, kwnames: Word) -> Word;

/// `compare(ts, op, a, b)`: `op` is an `abi::CmpOp` code.
pub type CompareFn = unsafe fn(*mut Thread, i32, Word, Word) -> Word;
/// `binop(ts, op, a, b, reflected)`: `op` is an `abi::BinOp` code.
pub type BinopFn = unsafe fn(*mut Thread, i32, Word, Word, bool) -> Word;
/// `setitem(ts, obj, key, value)` and `setattr(ts, obj, name, value)`: 0 or -1.
pub type SetItemFn = unsafe fn(*mut Thread, Word, Word, Word) -> i32;
/// `call(ts, callee, args, nargs, kwnames)`, with `NativeFn`'s conventions.
pub type CallFn = unsafe fn(*mut Thread, Word, *const Word, i64, Word) -> Word;

/// Behaviour hooks, CPython's `tp_*` slots in miniature. Every hook follows
/// the ABI's conventions: a `Word` of 0 or a status of -1 means an exception
/// is pending. A hook returning `NOT_IMPLEMENTED` (see `types::none`) lets the
/// dispatcher try the reflected operation.
#[derive(Clone, Copy)]
pub struct Slots {
    pub repr: Option<unsafe fn(*mut Thread, Word) -> Word>,
    pub str: Option<unsafe fn(*mut Thread, Word) -> Word>,
    /// Returns the hash, or `None` with an exception pending.
    pub hash: Option<unsafe fn(*mut Thread, Word) -> Option<i64>>,
    /// Rich comparison: `op` is an `abi::CmpOp` code.
    pub compare: Option<CompareFn>,
    /// Binary operators where this type is the left (`reflected == false`) or
    /// right operand.
    pub binop: Option<BinopFn>,
    pub unary: Option<unsafe fn(*mut Thread, i32, Word) -> Word>,
    pub truthy: Option<unsafe fn(*mut Thread, Word) -> i32>,
    /// Returns the length, or -1 with an exception pending.
    pub len: Option<unsafe fn(*mut Thread, Word) -> i64>,
    pub getitem: Option<unsafe fn(*mut Thread, Word, Word) -> Word>,
    pub setitem: Option<SetItemFn>,
    pub delitem: Option<unsafe fn(*mut Thread, Word, Word) -> i32>,
    pub contains: Option<unsafe fn(*mut Thread, Word, Word) -> i32>,
    pub iter: Option<unsafe fn(*mut Thread, Word) -> Word>,
    /// Returns the next item, `ITER_DONE`, or 0.
    pub next: Option<unsafe fn(*mut Thread, Word) -> Word>,
    pub call: Option<CallFn>,
    pub getattr: Option<unsafe fn(*mut Thread, Word, Word) -> Word>,
    pub setattr: Option<SetItemFn>,
    /// Called when the type object itself is called (`int("3")`, `ValueError("x")`).
    pub construct: Option<NativeFn>,
}

impl Slots {
    pub const EMPTY: Slots = Slots {
        repr: None,
        str: None,
        hash: None,
        compare: None,
        binop: None,
        unary: None,
        truthy: None,
        len: None,
        getitem: None,
        setitem: None,
        delitem: None,
        contains: None,
        iter: None,
        next: None,
        call: None,
        getattr: None,
        setattr: None,
        construct: None,
    };
}

/// One named method of a built-in type.
pub struct Method {
    pub name: &'static str,
    pub func: NativeFn,
}

/// A type: built-in types are statics, user classes are allocated (a
/// `types::class::ClassObject` starts with this struct).
#[repr(C)]
pub struct TypeObject {
    pub header: Header,
    pub name: &'static str,
    pub base: *const TypeObject,
    pub trace: Option<TraceFn>,
    pub finalize: Option<FinalizeFn>,
    pub slots: Slots,
    pub methods: crate::methods::Methods,
}

unsafe impl Sync for TypeObject {}

impl TypeObject {
    /// Whether `self` is `other` or derives from it.
    #[inline]
    pub fn is_subtype(&self, other: *const TypeObject) -> bool {
        std::ptr::eq(self, other) || self.is_proper_subtype(other)
    }

    /// [`TypeObject::is_subtype`] past the commonest answer (the type
    /// itself), kept out of line.
    fn is_proper_subtype(&self, other: *const TypeObject) -> bool {
        if self.header.gc & GC_STATIC == 0 {
            return crate::types::class::heap_is_subtype(self, other);
        }
        let mut cursor: *const TypeObject = self;
        while !cursor.is_null() {
            if std::ptr::eq(cursor, other) {
                return true;
            }
            if let Some(extra) = crate::types::exception::group::extra_base(cursor)
                && extra.is_subtype(other)
            {
                return true;
            }
            cursor = unsafe { (*cursor).base };
        }
        false
    }

    pub fn find_method(&self, name: &str) -> Option<NativeFn> {
        let mut cursor: *const TypeObject = self;
        while !cursor.is_null() {
            let ty = unsafe { &*cursor };
            if let Some(method) = ty.methods.iter().find(|m| m.name == name) {
                return Some(method.func);
            }
            cursor = ty.base;
        }
        None
    }

    pub fn as_word(&'static self) -> Word {
        self as *const TypeObject as Word
    }
}

/// Whether a word is an inline small int.
#[inline]
pub fn is_small(w: Word) -> bool {
    w & 1 == 1
}

/// The value of an inline small int.
#[inline]
pub fn small_value(w: Word) -> i64 {
    (w as i64) >> 1
}

/// Smallest and largest values an inline small int holds (63 bits).
pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

/// An inline small int, if `v` fits.
#[inline]
pub fn small(v: i64) -> Option<Word> {
    if (SMALL_MIN..=SMALL_MAX).contains(&v) {
        Some(((v << 1) | 1) as Word)
    } else {
        None
    }
}

#[inline]
pub fn header(w: Word) -> *mut Header {
    w as *mut Header
}

/// The type of any value, small ints included.
#[inline]
pub fn type_of(w: Word) -> &'static TypeObject {
    if is_small(w) {
        &crate::types::int::INT_TYPE
    } else {
        unsafe { &*(*header(w)).ty }
    }
}

/// Whether `w` is an instance of `ty` or of a subtype.
#[inline]
pub fn is_instance(w: Word, ty: &'static TypeObject) -> bool {
    type_of(w).is_subtype(ty)
}

/// Whether `w` is exactly of type `ty` (not a subtype).
#[inline]
pub fn is_exact(w: Word, ty: &'static TypeObject) -> bool {
    std::ptr::eq(type_of(w), ty)
}

/// Cast a word known to point at a `T` (whose first field is a `Header`).
///
/// # Safety
/// `w` must point at a live object laid out as `T`.
#[inline]
pub unsafe fn cast<'a, T>(w: Word) -> &'a mut T {
    unsafe { &mut *(w as *mut T) }
}
