//! The contract between generated code and the runtime.
//!
//! Every runtime entry point that generated code may call is listed exactly
//! once, in [`entry_points!`]. The compiler turns the list into Cranelift
//! signatures ([`ENTRIES`]); the runtime expands the same list into
//! compile-time signature checks against its `extern "C"` functions, so the
//! two sides cannot drift apart. Object layouts that generated code reads
//! directly (the header, the thread state) and the small enums passed as
//! integers (operator codes) live here too.
//!
//! Conventions, shared by every entry:
//! - `ts` is the current thread state (`*mut Thread` in the runtime).
//! - `Word` is a Python value: low bit set means an inline small int
//!   (`value << 1 | 1`), otherwise a pointer to an object with a [`HEADER_SIZE`]
//!   header. A `Word` return of 0 means an exception is pending in `ts`.
//! - `I32` returns of "status" entries are 0 or 1 on success and -1 when an
//!   exception is pending.
//! - `Ptr`, `Words`, `Out` and `Frame` are pointers (bytes, a value array,
//!   an array the callee fills, a [`FrameInfo`]).

#![no_std]

/// A Python value as generated code sees it.
pub type Word = u64;

/// The return of an entry that failed: an exception waits in the thread state.
pub const WORD_ERROR: Word = 0;

/// What `ty_iter_next` returns when the iterator is exhausted. It is even
/// (so not a small int) and not 8-aligned (so not a pointer).
pub const ITER_DONE: Word = 2;

/// Size of every object header: the type pointer, then a GC word.
pub const HEADER_SIZE: i32 = 16;

/// Offsets of the thread-state fields that generated code touches inline.
pub mod thread_offsets {
    /// `u64`: the current call depth.
    pub const DEPTH: i32 = 0;
    /// `u64`: `sys.getrecursionlimit()`.
    pub const DEPTH_LIMIT: i32 = 8;
    /// `u64`: the lowest usable stack address (stack grows down).
    pub const STACK_LIMIT: i32 = 16;
    /// `*mut *mut u8`: the heads of the collector's size-class free lists
    /// (see [`gc_alloc`](super::gc_alloc)).
    pub const FREE_LISTS: i32 = 24;
    /// `Word`: what the last signal poll's `ty_check_signals` returned (0:
    /// an exception is pending; None in a thread other than the main one). The poll's trampoline saves every register,
    /// so it cannot return a value in one; it leaves it here.
    pub const POLL_RESULT: i32 = 32;
}

/// The collector's small-object classes, for the allocation sequence
/// generated code emits inline: pop the head of the size class's free list
/// (a free slot's first word is the next free slot with the low bit set, 0
/// ending the list), charge the allocation budget (`TY_GC_BUDGET`, an
/// `isize` that must stay non-negative), then write the header.
pub mod gc_alloc {
    /// Slot sizes: every multiple of 16 up to 256, then four classes per
    /// doubling up to [`MAX_SMALL`].
    pub const CLASS_SIZES: [usize; 28] = [
        16, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 320, 384, 448,
        512, 640, 768, 896, 1024, 1280, 1536, 1792, 2048,
    ];
    /// Largest object served from size-class pages.
    pub const MAX_SMALL: usize = 2048;
    /// The free lists are one per class for objects holding words, then
    /// one per class (this index + class) for *leaf* objects, which hold no
    /// words and have a static type (floats, strings): those live on pages
    /// of their own whose marks are kept apart from the objects.
    pub const LEAF_LISTS: usize = CLASS_SIZES.len();

    /// The size class of an object of `size` bytes, if it is small.
    pub const fn class_of(size: usize) -> Option<usize> {
        if size > MAX_SMALL {
            return None;
        }
        let mut class = 0;
        while CLASS_SIZES[class] < size {
            class += 1;
        }
        Some(class)
    }
}

/// The fields of a generator object that resume functions touch inline.
/// A resume function is `fn(ts, generator, sent, mode) -> Word`: `mode` 0
/// resumes with `sent` as the value of the `yield`, 1 with an exception
/// pending in `ts` (thrown in). It returns the yielded value (state >= 1),
/// the return value (state [`generator_layout::DONE`]) or 0 (raised).
pub mod generator_layout {
    /// `i64`: 0 not started, k >= 1 suspended at the k-th resume point,
    /// [`DONE`] finished.
    pub const STATE: i32 = 16;
    /// `Word`: the iterator a `yield from` delegates to, 0 when none.
    pub const DELEGATE: i32 = 24;
    /// Start of the frame: one word per local of the resume function.
    pub const SLOTS: i32 = 72;
    /// The state of a generator that returned or raised.
    pub const DONE: i64 = -1;
}

/// The per-site caches of attribute loads, stores and method calls
/// (`ty_getattr_site`, `ty_setattr_site`, `ty_call_method_site`): generated
/// code gives each site this many zeroed, writable bytes, which only the
/// runtime reads and writes (see the runtime's `types::class::sites`).
pub const SITE_CACHE_SIZE: usize = 144;

/// Offsets in a site cache that generated code reads to try the cache's
/// first entry inline.
pub mod site_layout {
    /// `u64`: the class version the entries were filled at.
    pub const VERSION: i32 = 0;
    /// The first entry: type, kind, then two operands.
    pub const ENTRY: i32 = 16;
    pub const TY: i32 = 0;
    pub const KIND: i32 = 8;
    pub const A: i32 = 16;
    pub const B: i32 = 24;
    /// Kind: an instance attribute in slot `A`.
    pub const SLOT: i64 = 1;
    /// Kind: a function on the class (`A`) whose name has slot `B` in the
    /// class layout (`u64::MAX` for none), which must hold no value.
    pub const METHOD: i64 = 2;
    /// Kind (method calls only): a native method of a built-in type, whose
    /// `NativeFn` is `A`.
    pub const NATIVE: i64 = 4;
}

/// Offsets in an instance of a user class whose solid base is `object`.
pub mod instance_layout {
    /// `Word`: 0 while the attributes are in value slots, else their dict.
    pub const DICT: i32 = 16;
    /// `*mut Word`: the value slots.
    pub const VALUES: i32 = 24;
    /// `u32`: how many value slots there are.
    pub const CAP: i32 = 32;
    /// `u32`: one past the last slot holding a value; a new attribute may
    /// only go to a slot at or after it.
    pub const USED: i32 = 36;
    /// Offset of the inline value slots of a new instance (`VALUES`
    /// points there until the instance outgrows them).
    pub const INLINE_VALUES: i32 = 40;
    /// A slot a class's compile-time layout gives to a float attribute
    /// holds the float's bits XOR this key (a NaN payload no arithmetic
    /// makes), so that 0 still means "no value".
    pub const RAW_KEY: i64 = 0x7ff4_5459_5048_4f4e;
}

/// Offsets in a list object, which generated code indexes inline (exact
/// lists only: the type pointer must be the data symbol `TY_LIST_TYPE`).
pub mod list_layout {
    /// `u64`: the number of items.
    pub const LEN: i32 = 16;
    /// Pointer to the item buffer (null when the list has never held
    /// items), whose words start at [`BUFFER_ITEMS`].
    pub const BUFFER: i32 = 24;
    /// Offset of the first item in the buffer.
    pub const BUFFER_ITEMS: i32 = 24;
    /// `u64`: the storage kind, [`KIND_OBJECTS`] (the buffer holds object
    /// words) or [`KIND_FLOATS`] (the raw bits of `f64`s, never a NaN).
    pub const KIND: i32 = 32;
    pub const KIND_OBJECTS: i64 = 0;
    pub const KIND_FLOATS: i64 = 1;
    /// In a list iterator (type `TY_LIST_ITER_TYPE`): `Word`, the list
    /// (0 once exhausted).
    pub const ITER_SEQ: i32 = 16;
    /// `u64`: the position of the next item.
    pub const ITER_INDEX: i32 = 24;
    /// In an item buffer: `u64`, how many words it has room for (an
    /// embedded buffer keeps it at the same offset from `BUFFER`).
    pub const BUFFER_CAP: i32 = 16;
}

/// Offsets in a set object of an exact `set`, whose small-int index
/// (`IntIndex` in the runtime's `types/set/ints.rs`) generated code reads
/// to answer `k in s` for an inline int `k` without a call.
pub mod set_layout {
    /// `i64`: the int the index's window starts at.
    pub const INTS_LO: i32 = 72;
    /// `[u64; SPAN / 64]`: bit `k` set when `lo + k` is a key.
    pub const INTS_BITS: i32 = 80;
    /// `u8`: nonzero while the index is valid (then an inline int is a key
    /// exactly when it lies in the window and its bit is set).
    pub const INTS_VALID: i32 = 112;
    /// How many ints the window spans.
    pub const INTS_SPAN: i64 = 256;
}

/// Offsets in a dict, its storage table and its key, value and item
/// iterators (types `TY_DICT_KEY_ITER_TYPE`, `TY_DICT_VALUE_ITER_TYPE`,
/// `TY_DICT_ITEM_ITER_TYPE`), which generated code steps in line
/// (`codegen/dict_iters.rs`).
pub mod dict_layout {
    /// In a dict: pointer to its table (null before the first insertion).
    pub const TABLE: i32 = 16;
    /// `u64`: the number of keys.
    pub const USED: i32 = 24;
    /// In a table: `u32`, the number of index slots (a power of two).
    pub const TABLE_SIZE: i32 = 16;
    /// `u64`: the entries in use, holes included.
    pub const TABLE_LEN: i32 = 24;
    /// Where the index slots start; the entries follow them.
    pub const TABLE_INDICES: i32 = 32;
    /// Index slots are one byte wide up to this many slots...
    pub const MAX_I8_SIZE: i64 = 128;
    /// ...two bytes up to this many, four beyond.
    pub const MAX_I16_SIZE: i64 = 32768;
    /// Bytes per entry (hash, key, value).
    pub const ENTRY_SIZE: i64 = 24;
    /// The key word of an entry (0 for a deleted one).
    pub const ENTRY_KEY: i32 = 8;
    pub const ENTRY_VALUE: i32 = 16;
    /// In a dict iterator: the dict (0 once exhausted).
    pub const ITER_DICT: i32 = 16;
    /// `u64`: the next entry position to look at.
    pub const ITER_POS: i32 = 24;
    /// `i64`: the dict's size when iteration started.
    pub const ITER_USED: i32 = 32;
    /// `u64`: items still expected.
    pub const ITER_REMAINING: i32 = 40;
}

/// Offsets in a tuple (type `TY_TUPLE_TYPE`) and its iterator (type
/// `TY_TUPLE_ITER_TYPE`, the list iterator's layout), which generated code
/// steps inline and whose items it reads when it unpacks one.
pub mod tuple_layout {
    /// `u64`: the number of items.
    pub const LEN: i32 = 16;
    /// Offset of the first item.
    pub const ITEMS: i32 = 24;
}

/// Offsets in a `str`, whose length generated code reads inline, and
/// whose bytes it reads for one-character reads, comparisons and `in`.
pub mod str_layout {
    /// `u64`: the length in code points.
    pub const LEN: i32 = 16;
    /// `u64`: the length in bytes (UTF-8).
    pub const BYTE_LEN: i32 = 24;
    /// `u32`: 1 when every byte is ASCII.
    pub const ASCII: i32 = 40;
    /// Offset of the first byte.
    pub const DATA: i32 = 48;
    /// Bytes between consecutive strings of `TY_ASCII_STRS`, the runtime's
    /// static one-character strings of the 128 ASCII characters (what
    /// indexing an ASCII string gives).
    pub const ASCII_STRIDE: i32 = 56;
    /// In a string iterator (type `TY_STR_ASCII_ITER_TYPE` for an ASCII
    /// string, `TY_STR_ITER_TYPE` for another): `Word`, the string.
    pub const ITER_TEXT: i32 = 16;
    /// `u64`: the byte offset of the next character.
    pub const ITER_AT: i32 = 24;
}

/// Offsets in a range iterator (type `TY_RANGE_ITER_TYPE`), which
/// generated code steps inline.
pub mod range_iter_layout {
    /// `i64`: the next value.
    pub const NEXT: i32 = 16;
    /// `i64`: the step.
    pub const STEP: i32 = 24;
    /// `u64`: the values still to come.
    pub const REMAINING: i32 = 32;
}

/// Offsets generated code reads to step `enumerate` over a bytes or
/// bytearray iterator in line (`for i, b in enumerate(data)`).
pub mod bytes_layout {
    /// In an `enumerate` object (type `TY_ENUMERATE_TYPE`): `Word`, the
    /// iterator it steps.
    pub const ENUM_ITER: i32 = 16;
    /// `Word`: the next count (an int, small or big).
    pub const ENUM_COUNT: i32 = 24;
    /// In a bytes iterator (type `TY_BYTES_ITER_TYPE`): `Word`, the bytes
    /// or bytearray it steps over.
    pub const ITER_SOURCE: i32 = 16;
    /// `u64`: the position of the next byte.
    pub const ITER_INDEX: i32 = 24;
    /// In a `bytes` object (type `TY_BYTES_TYPE`): `u64`, the length.
    pub const BYTES_LEN: i32 = 16;
    /// Offset of the first byte.
    pub const BYTES_DATA: i32 = 32;
    /// In a `bytearray` (type `TY_BYTEARRAY_TYPE`): pointer to its bytes
    /// (its buffer moves when it grows).
    pub const BYTEARRAY_PTR: i32 = 24;
    /// `u64`: its current length.
    pub const BYTEARRAY_LEN: i32 = 32;
}

/// Offsets in a function object.
pub mod function_layout {
    /// The generic entry, `fn(ts, func, args, nargs, kwnames) -> Word`.
    pub const ENTRY: i32 = 16;
}

/// Static data generated code emits for each function, used by tracebacks.
/// All three are NUL-terminated UTF-8 strings.
#[repr(C)]
pub struct FrameInfo {
    /// The source path as given to the compiler.
    pub file: *const u8,
    /// The function's qualified name, `<module>` for module bodies.
    pub func: *const u8,
    /// The module's whole source text, for the traceback's source lines.
    pub source: *const u8,
}

/// Binary operator codes passed to `ty_binop` / `ty_inplace_binop`.
#[repr(i32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add = 0,
    Sub = 1,
    Mul = 2,
    TrueDiv = 3,
    FloorDiv = 4,
    Mod = 5,
    Pow = 6,
    LShift = 7,
    RShift = 8,
    BitAnd = 9,
    BitOr = 10,
    BitXor = 11,
    MatMul = 12,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::BitAnd,
        BinOp::BitOr,
        BinOp::BitXor,
        BinOp::MatMul,
    ];

    pub fn from_i32(code: i32) -> Option<BinOp> {
        BinOp::ALL.get(usize::try_from(code).ok()?).copied()
    }

    /// The operator as Python spells it, for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
}

/// Unary operator codes passed to `ty_unary`.
#[repr(i32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg = 0,
    Pos = 1,
    Invert = 2,
    Not = 3,
}

impl UnaryOp {
    pub fn from_i32(code: i32) -> Option<UnaryOp> {
        [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Not]
            .get(usize::try_from(code).ok()?)
            .copied()
    }
}

/// Rich comparison codes passed to `ty_compare` / `ty_compare_bool`.
#[repr(i32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub fn from_i32(code: i32) -> Option<CmpOp> {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ]
        .get(usize::try_from(code).ok()?)
        .copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
}

mod names;
pub use names::*;

/// Data symbols the runtime exports and generated code addresses.
pub const DATA_SYMBOLS: &[&str] = &[
    "TY_NONE",
    "TY_TRUE",
    "TY_FALSE",
    "TY_CLASS_VERSION",
    "TY_GC_BUDGET",
    "TY_GC_EPOCH",
    "TY_FLOAT_TYPE",
];

/// The symbol generated code defines for the main module's body; the
/// runtime's `main` calls it as `fn(ts) -> Word`.
pub const PROGRAM_ENTRY: &str = "typhon_program_main";

/// Parameter and return kinds of entry points, as Cranelift sees them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `*mut Thread`.
    Thread,
    /// A Python value (`u64`).
    Word,
    /// A 64-bit integer.
    I64,
    /// A 32-bit integer (operator codes, statuses).
    I32,
    /// A double.
    F64,
    /// A raw pointer to bytes (`*const u8`).
    Ptr,
    /// A pointer to an array of values (`*const Word`).
    Words,
    /// A pointer to values the callee writes (`*mut Word`).
    Out,
    /// A pointer to a [`FrameInfo`].
    Frame,
}

/// One runtime entry point.
#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub name: &'static str,
    pub params: &'static [Kind],
    /// `None` for entries returning nothing.
    pub ret: Option<Kind>,
    /// Whether the entry can leave an exception pending.
    pub raises: bool,
}

/// The list of entry points. Invoke as `entry_points!(callback)`; the
/// callback receives every entry as
/// `name(param: Kind, ...) -> Kind, raises|nothrow;` (`-> ()` for none).
#[macro_export]
macro_rules! entry_points {
    ($callback:ident) => {
        $callback! {
            // Values.
            ty_int_from_str(ts: Thread, digits: Ptr, len: I64) -> Word, raises;
            ty_int_from_i64(ts: Thread, value: I64) -> Word, raises;
            ty_float_new(ts: Thread, value: F64) -> Word, raises;
            ty_instance_new(ts: Thread, cls: Word) -> Word, raises;
            ty_complex_new(ts: Thread, re: F64, im: F64) -> Word, raises;
            ty_int_to_float(ts: Thread, value: Word) -> Word, raises;
            ty_check_kind(ts: Thread, value: Word, kind: I32) -> (), nothrow;
            ty_math_unary(ts: Thread, func: I32, x: F64) -> F64, nothrow;
            ty_math_unary_slow(ts: Thread, func: I32, x: F64) -> Word, raises;
            ty_float_to_int(ts: Thread, x: F64) -> Word, raises;
            ty_float_mod(ts: Thread, x: F64, y: F64) -> F64, nothrow;
            ty_float_floordiv(ts: Thread, x: F64, y: F64) -> F64, nothrow;
            ty_str_from_utf8(ts: Thread, bytes: Ptr, len: I64) -> Word, raises;
            ty_bytes_new(ts: Thread, bytes: Ptr, len: I64) -> Word, raises;
            ty_builtin(ts: Thread, index: I32) -> Word, raises;

            // Operators.
            ty_binop(ts: Thread, op: I32, a: Word, b: Word) -> Word, raises;
            ty_inplace_binop(ts: Thread, op: I32, a: Word, b: Word) -> Word, raises;
            ty_unary(ts: Thread, op: I32, a: Word) -> Word, raises;
            ty_compare(ts: Thread, op: I32, a: Word, b: Word) -> Word, raises;
            ty_compare_bool(ts: Thread, op: I32, a: Word, b: Word) -> I32, raises;
            ty_truthy(ts: Thread, a: Word) -> I32, raises;
            ty_contains(ts: Thread, container: Word, item: Word) -> I32, raises;

            // Items, attributes, slices.
            ty_getitem(ts: Thread, obj: Word, key: Word) -> Word, raises;
            ty_setitem(ts: Thread, obj: Word, key: Word, value: Word) -> I32, raises;
            ty_delitem(ts: Thread, obj: Word, key: Word) -> I32, raises;
            ty_getattr(ts: Thread, obj: Word, name: Word) -> Word, raises;
            ty_setattr(ts: Thread, obj: Word, name: Word, value: Word) -> I32, raises;
            ty_delattr(ts: Thread, obj: Word, name: Word) -> I32, raises;
            ty_slice_new(ts: Thread, start: Word, stop: Word, step: Word) -> Word, raises;
            // `obj[start:stop:step]` (get and store) without a slice object.
            ty_getslice(ts: Thread, obj: Word, start: Word, stop: Word, step: Word) -> Word, raises;
            ty_setslice(ts: Thread, obj: Word, start: Word, stop: Word, step: Word, value: Word) -> I32, raises;
            // `dst[a:b:c] = src[d:e:f]` without the intermediate list.
            ty_setslice_slice(ts: Thread, dst: Word, start: Word, stop: Word, step: Word, src: Word, src_start: Word, src_stop: Word, src_step: Word) -> I32, raises;

            // Attribute sites with a cache of SITE_CACHE_SIZE bytes each.
            ty_getattr_site(ts: Thread, obj: Word, name: Word, cache: Out) -> Word, raises;
            ty_setattr_site(ts: Thread, obj: Word, name: Word, value: Word, cache: Out) -> I32, raises;
            ty_call_method_site(ts: Thread, obj: Word, name: Word, args: Words, nargs: I64, kwnames: Word, cache: Out) -> Word, raises;

            // Containers.
            ty_build_list(ts: Thread, items: Words, n: I64) -> Word, raises;
            ty_build_tuple(ts: Thread, items: Words, n: I64) -> Word, raises;
            ty_build_set(ts: Thread, items: Words, n: I64) -> Word, raises;
            ty_build_dict(ts: Thread, keys: Words, values: Words, n: I64) -> Word, raises;
            // Keys all distinct `str` constants; a zeroed word of its own at `cache`.
            ty_build_dict_const(ts: Thread, keys: Words, values: Words, n: I64, cache: Out) -> Word, raises;
            ty_list_append(ts: Thread, list: Word, item: Word) -> I32, raises;
            // An unboxed float appended to an exact list (float storage).
            ty_list_append_f64(ts: Thread, list: Word, x: F64) -> I32, raises;
            ty_unpack(ts: Thread, obj: Word, n: I64, out: Out) -> I32, raises;

            // Iteration. `ty_iter_next` returns ITER_DONE when exhausted.
            ty_iter(ts: Thread, obj: Word) -> Word, raises;
            ty_iter_next(ts: Thread, iter: Word) -> Word, raises;
            // `next` of a loop whose item is unpacked at once into `out[0..n]`:
            // ITER_DONE, 0 on error, another word when `out` is filled.
            ty_iter_next_unpack(ts: Thread, iter: Word, n: I64, out: Out) -> Word, raises;

            // Strings and formatting.
            ty_str(ts: Thread, obj: Word) -> Word, raises;
            ty_repr(ts: Thread, obj: Word) -> Word, raises;
            ty_ascii(ts: Thread, obj: Word) -> Word, raises;
            ty_format(ts: Thread, obj: Word, spec: Word) -> Word, raises;
            ty_str_concat_n(ts: Thread, parts: Words, n: I64) -> Word, raises;
            // Builtins and operators on exact strings inference proved.
            ty_len(ts: Thread, obj: Word) -> Word, raises;
            ty_str_ord(ts: Thread, s: Word) -> Word, raises;
            // `s * n` / `n * s`, operands in source order.
            ty_str_repeat(ts: Thread, a: Word, b: Word) -> Word, raises;
            ty_str_eq(ts: Thread, a: Word, b: Word) -> I32, nothrow;
            ty_str_contains(ts: Thread, haystack: Word, needle: Word) -> I32, nothrow;

            // Calls. `kwnames` is 0 or a tuple of the names of the last
            // `len(kwnames)` arguments.
            ty_call(ts: Thread, callee: Word, args: Words, nargs: I64, kwnames: Word) -> Word, raises;
            ty_call_method(ts: Thread, obj: Word, name: Word, args: Words, nargs: I64, kwnames: Word) -> Word, raises;
            ty_function_new(ts: Thread, entry: Ptr, name: Word, params: Word, defaults: Word) -> Word, raises;
            ty_bind_args(ts: Thread, func: Word, args: Words, nargs: I64, kwnames: Word, out: Out) -> I32, raises;

            // Closures, star arguments and unpacking (functions issue).
            ty_closure_new(ts: Thread, entry: Ptr, name: Word, params: Word, defaults: Word, closure: Word) -> Word, raises;
            ty_function_cells(ts: Thread, func: Word, out: Out) -> (), nothrow;
            ty_function_set_shape(ts: Thread, func: Word, shape: I64) -> (), nothrow;
            ty_cell_new(ts: Thread, value: Word) -> Word, raises;
            ty_cell_get(ts: Thread, cell: Word, name: Word, free: I32) -> Word, raises;
            ty_cell_set(ts: Thread, cell: Word, value: Word) -> (), nothrow;
            ty_cell_del(ts: Thread, cell: Word, name: Word, free: I32) -> I32, raises;
            ty_set_add(ts: Thread, set: Word, item: Word) -> I32, raises;
            // Exact sets inference proved (containers).
            ty_set_contains(ts: Thread, set: Word, item: Word) -> I32, raises;
            ty_set_discard(ts: Thread, set: Word, item: Word) -> I32, raises;
            ty_list_extend(ts: Thread, list: Word, iterable: Word, callee: Word) -> I32, raises;
            ty_dict_merge(ts: Thread, dict: Word, mapping: Word, callee: Word) -> I32, raises;
            ty_dict_get(ts: Thread, dict: Word, key: Word, default: Word) -> Word, raises;
            // The running total of `sum` over exact ints: `acc` is a frame's
            // three-word accumulator (`opt::wide_sum`), `item ** pow` is added.
            ty_wide_sum_add(ts: Thread, acc: Out, item: Word, pow: I64) -> I32, raises;
            ty_wide_sum_total(ts: Thread, acc: Out) -> Word, raises;
            ty_call_ex(ts: Thread, callee: Word, args: Word, kwargs: Word) -> Word, raises;
            ty_unpack_ex(ts: Thread, obj: Word, before: I64, after: I64, out: Out) -> I32, raises;

            // Exceptions and tracebacks.
            ty_raise(ts: Thread, exc: Word) -> Word, raises;
            ty_raise_from(ts: Thread, exc: Word, cause: Word) -> Word, raises;
            ty_reraise(ts: Thread) -> Word, raises;
            ty_fetch_exception(ts: Thread) -> Word, nothrow;
            ty_exception_matches(ts: Thread, exc: Word, kind: Word) -> I32, raises;
            ty_handler_enter(ts: Thread, exc: Word) -> Word, nothrow;
            ty_handler_exit(ts: Thread, saved: Word) -> (), nothrow;
            ty_restore_exception(ts: Thread, exc: Word) -> (), nothrow;
            ty_traceback_add(ts: Thread, frame: Frame, line: I32) -> (), nothrow;
            ty_raise_unbound_local(ts: Thread, name: Ptr) -> Word, raises;
            ty_raise_name_error(ts: Thread, name: Ptr) -> Word, raises;
            ty_raise_recursion_error(ts: Thread) -> Word, raises;
            ty_raise_type_call_recursion_error(ts: Thread) -> Word, raises;
            ty_assert_fail(ts: Thread, message: Word) -> Word, raises;

            // Pattern matching. `ty_match_class` returns a tuple of the
            // matched attribute values, or None when the class pattern fails.
            ty_match_class(ts: Thread, subject: Word, cls: Word, n_positional: I64, kwnames: Word) -> Word, raises;

            // Modules and roots.
            ty_import_native(ts: Thread, index: I32) -> Word, raises;
            // `from module import name`, raising CPython's `ImportError`.
            ty_import_from(ts: Thread, module: Word, name: Word, path: Word) -> Word, raises;
            ty_module_new(ts: Thread, name: Word, globals: Out, names: Words, n: I64, state: Ptr) -> Word, raises;
            ty_register_roots(ts: Thread, slots: Words, n: I64) -> (), nothrow;
            ty_module_imported(ts: Thread, module: Word, started: I32) -> (), nothrow;
            ty_check_signals(ts: Thread) -> Word, raises;

            // Generators (layout in `generator_layout`).
            ty_generator_new(ts: Thread, resume: Ptr, nslots: I64, qualname: Word) -> Word, raises;
            ty_close_iter(ts: Thread, iter: Word) -> (), nothrow;
        }
    };
}

macro_rules! make_table {
    ($($name:ident($($param:ident: $kind:ident),* $(,)?) -> $ret:tt, $raises:ident;)*) => {
        /// Every runtime entry point, in declaration order.
        pub const ENTRIES: &[Entry] = &[
            $(Entry {
                name: stringify!($name),
                params: &[$(Kind::$kind),*],
                ret: make_table!(@ret $ret),
                raises: make_table!(@raises $raises),
            },)*
        ];
    };
    (@ret ()) => { None };
    (@ret $kind:ident) => { Some(Kind::$kind) };
    (@raises raises) => { true };
    (@raises nothrow) => { false };
}

entry_points!(make_table);

/// Look up an entry point by name.
pub fn entry(name: &str) -> Option<&'static Entry> {
    ENTRIES.iter().find(|candidate| candidate.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_names_are_unique_and_prefixed() {
        for (idx, first) in ENTRIES.iter().enumerate() {
            assert!(first.name.starts_with("ty_"), "{}", first.name);
            for second in &ENTRIES[idx + 1..] {
                assert_ne!(first.name, second.name);
            }
        }
    }

    #[test]
    fn every_entry_takes_the_thread_first() {
        for candidate in ENTRIES {
            assert_eq!(
                candidate.params.first(),
                Some(&Kind::Thread),
                "{}",
                candidate.name
            );
        }
    }
}
