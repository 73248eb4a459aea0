//! User classes: heap-allocated type objects.
//!
//! A [`ClassObject`] starts with a [`TypeObject`] (so every generic entry
//! point dispatches through its `Slots` as for a built-in type) and adds the
//! class dict, `__bases__`, `__mro__` (C3), `__qualname__`, `__module__`,
//! and a table of the special methods found along the MRO. Heap types are
//! told from static ones by their header: a static type has `GC_STATIC`.
//!
//! Instances use the layout of the class's *solid base*: `object` subclasses
//! are [`layout::InstanceObject`]s (a header and value slots in the order
//! of the class's shared attribute layout, or a dict), exception
//! subclasses are exception objects (whose attribute list serves as the
//! instance dict), subclasses of other built-in types (`dict`, `list`,
//! `tuple`, `str`, ...) are the built-in object followed by a dict word
//! (`builtin_base`). The slots of a class are the solid base's, replaced by
//! shims (`slots`) that call the dunder for every special method the class
//! defines. Creation and the type-level attribute protocol are in `make`,
//! instance attributes and construction in `instance`, the slot shims in
//! `slots`, `property`/`staticmethod`/`classmethod`/`super` in `descr`.

pub mod builtin_base;
pub mod context;
pub mod descr;
pub mod inferred;
pub mod instance;
pub mod layout;
pub mod make;
pub mod meta;
pub mod sites;
pub mod slots;

pub use make::{build_class, class_delattr, class_getattr, class_repr, class_setattr};

use crate::object::{GC_STATIC, Header, TypeObject, Word};
use crate::thread::Thread;
use crate::types::{dict, str as str_, tuple};

/// The special methods a class may define, cached per class (resolved along
/// the MRO) so slot shims need no dict lookup.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(usize)]
pub enum Dunder {
    Repr,
    Str,
    Hash,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Bool,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Iter,
    Next,
    Call,
    GetAttr,
    SetAttr,
    DelAttr,
    Init,
    Neg,
    Pos,
    Invert,
    Abs,
    Index,
    Int,
    Float,
    Format,
    Get,
    Set,
    Delete,
    GetAttribute,
    /// `__add__` .. `__matmul__`, in `abi::BinOp` order, then the reflected
    /// and in-place forms.
    BinOps,
}

/// Binary operator method names, in `abi::BinOp` order.
pub const BINOP_NAMES: [&str; 13] = [
    "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or",
    "xor", "matmul",
];

/// Number of cached dunders: the single ones plus three per binary operator.
pub const DUNDER_COUNT: usize = Dunder::BinOps as usize + 3 * BINOP_NAMES.len();

const SINGLE_NAMES: [&str; Dunder::BinOps as usize] = [
    "__repr__",
    "__str__",
    "__hash__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__bool__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__iter__",
    "__next__",
    "__call__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__init__",
    "__neg__",
    "__pos__",
    "__invert__",
    "__abs__",
    "__index__",
    "__int__",
    "__float__",
    "__format__",
    "__get__",
    "__set__",
    "__delete__",
    "__getattribute__",
];

/// The name of cached dunder `idx`.
pub fn dunder_name(idx: usize) -> String {
    if idx < Dunder::BinOps as usize {
        return SINGLE_NAMES[idx].to_string();
    }
    let rest = idx - Dunder::BinOps as usize;
    let (kind, op) = (rest / BINOP_NAMES.len(), rest % BINOP_NAMES.len());
    let prefix = ["", "r", "i"][kind];
    format!("__{prefix}{}__", BINOP_NAMES[op])
}

/// Index of the cached dunder for binary operator `op`: `kind` 0 plain, 1
/// reflected, 2 in-place.
pub fn binop_dunder(op: usize, kind: usize) -> usize {
    Dunder::BinOps as usize + kind * BINOP_NAMES.len() + op
}

/// A user class.
#[repr(C)]
pub struct ClassObject {
    pub ty: TypeObject,
    /// The class namespace: a dict of str to value, in definition order.
    pub dict: Word,
    /// A tuple of the base classes.
    pub bases: Word,
    /// A tuple: the class, then its linearised bases.
    pub mro: Word,
    pub qualname: Word,
    pub module: Word,
    /// The built-in type whose instance layout instances of this class use.
    pub solid: *const TypeObject,
    /// The names `__slots__` allows (a tuple), 0 when instances have a dict.
    pub slot_names: Word,
    /// The special methods found along the MRO (0 when absent; `None` for
    /// a `__hash__ = None`).
    pub dunders: [Word; DUNDER_COUNT],
    /// Results of `lookup` by name pointer: (name, value or 0 for absent),
    /// valid while `cache_version` equals `CLASS_VERSION`.
    pub cache: [(Word, Word); CACHE_SIZE],
    pub cache_version: u64,
    /// The attribute names of instances, in slot order (a list of str, 0
    /// while empty; see `layout`).
    pub layout: Word,
    /// Bit `i` set: slot `i` holds a raw float (`layout::RAW_KEY`), set
    /// once by `$seed_layout` before any instance has attributes.
    pub raw: u64,
    /// Whether `$seed_layout` fixed the layout: inference then proved that
    /// nothing can observe the instances' insertion order (`__dict__`,
    /// `vars`), so an empty slot may be filled out of order.
    pub seeded: bool,
    /// Whether instance inference typed this class (`$mark_typed`): its
    /// `__init__` may be proved to run only through direct calls.
    pub typed: bool,
    /// The classes created with this one among their bases, oldest first
    /// (a tuple, 0 while there are none), for `__subclasses__()`. CPython
    /// holds them weakly; here they stay alive with their base.
    pub subclasses: Word,
}

/// Entries of a class's attribute cache.
pub const CACHE_SIZE: usize = 32;

/// Bumped whenever a class dict changes (`Point.x = ...`), a class is
/// created or a class layout grows, which invalidates every class's
/// attribute cache (a subclass caches what it inherits) and every
/// attribute-site cache (`sites`).
#[unsafe(export_name = "TY_CLASS_VERSION")]
pub static CLASS_VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Whether `ty` is a user class.
#[inline]
pub fn is_heap(ty: *const TypeObject) -> bool {
    unsafe { (*ty).header.gc & GC_STATIC == 0 }
}

/// `ty` as a class object.
///
/// # Safety
/// `ty` must be a heap type.
#[inline]
pub unsafe fn class_of<'a>(ty: *const TypeObject) -> &'a mut ClassObject {
    unsafe { &mut *(ty as *mut ClassObject) }
}

/// The class of `w` when `w` is an instance of a user class.
#[inline]
pub fn user_class_of<'a>(w: Word) -> Option<&'a mut ClassObject> {
    let ty = crate::object::type_of(w);
    if is_heap(ty) {
        Some(unsafe { class_of(ty) })
    } else {
        None
    }
}

/// `self` is `other` or derives from it, for a heap type `this` (by MRO).
pub fn heap_is_subtype(this: &TypeObject, other: *const TypeObject) -> bool {
    let cls = unsafe { class_of(this) };
    unsafe { tuple::items(cls.mro) }
        .iter()
        .any(|ty| std::ptr::eq(*ty as *const TypeObject, other))
}

/// The MRO of any type, as a list of type pointers.
pub fn mro_of(ty: *const TypeObject) -> Vec<*const TypeObject> {
    if is_heap(ty) {
        let cls = unsafe { class_of(ty) };
        return unsafe { tuple::items(cls.mro) }
            .iter()
            .map(|w| *w as *const TypeObject)
            .collect();
    }
    let mut chain = Vec::new();
    let mut cursor = ty;
    while !cursor.is_null() {
        if let Some(extra) = crate::types::exception::group::extra_base(cursor) {
            // C3 of a built-in type with two bases whose lines meet: the
            // first base's own ancestors, then the second base's line.
            chain.push(cursor);
            let tail = mro_of(extra);
            let own = mro_of(unsafe { (*cursor).base });
            chain.extend(own.into_iter().filter(|ty| !tail.contains(ty)));
            chain.extend(tail);
            return chain;
        }
        chain.push(cursor);
        cursor = unsafe { (*cursor).base };
    }
    chain
}

/// The value `key` names in the dict of the first class along `mro` (from
/// position `start`) that defines it; static types are skipped (their
/// native methods are found separately).
pub fn lookup_from(
    mro: &[*const TypeObject],
    start: usize,
    key: &[u8],
) -> Option<(Word, *const TypeObject)> {
    for ty in mro.iter().skip(start) {
        if !is_heap(*ty) {
            continue;
        }
        let cls = unsafe { class_of(*ty) };
        if let Some(value) = unsafe { dict_get_str(cls.dict, key) } {
            return Some((value, *ty));
        }
    }
    None
}

/// The class attribute `name` (a str) of heap type `ty`, found along its
/// MRO through the class dicts' hash tables.
pub fn lookup(ts: *mut Thread, ty: *const TypeObject, name: Word) -> Option<Word> {
    if !is_heap(ty) {
        return None;
    }
    let cls = unsafe { class_of(ty) };
    let version = CLASS_VERSION.load(std::sync::atomic::Ordering::Relaxed);
    if cls.cache_version != version {
        cls.cache = [(0, 0); CACHE_SIZE];
        cls.cache_version = version;
    }
    let slot = ((name >> 4) ^ (name >> 11)) as usize % CACHE_SIZE;
    let (cached_name, cached_value) = cls.cache[slot];
    if cached_name == name {
        return if cached_value == 0 {
            None
        } else {
            Some(cached_value)
        };
    }
    let found = lookup_uncached(ts, ty, name);
    cls.cache[slot] = (name, found.unwrap_or(0));
    found
}

/// `lookup` through the class dicts.
fn lookup_uncached(ts: *mut Thread, ty: *const TypeObject, name: Word) -> Option<Word> {
    let mro = unsafe { class_of(ty) }.mro;
    for cursor in unsafe { tuple::items(mro) } {
        let cursor = *cursor as *const TypeObject;
        if !is_heap(cursor) {
            continue;
        }
        let d = unsafe { class_of(cursor) }.dict;
        if let Ok(Some(value)) = unsafe { dict::get(ts, d, name) } {
            return Some(value);
        }
    }
    None
}

/// Look a str key up in a dict whose keys are all str, without allocating.
///
/// # Safety
/// `d` must be a dict.
pub unsafe fn dict_get_str(d: Word, key: &[u8]) -> Option<Word> {
    let mut pos = 0;
    while let Some(entry) = unsafe { dict::next_entry(d, &mut pos) } {
        if str_::is_str(entry.key) && unsafe { str_::bytes(entry.key) } == key {
            return Some(entry.value);
        }
    }
    None
}

/// The built-in type whose layout a heap type's instances use.
pub fn solid_base(ty: *const TypeObject) -> *const TypeObject {
    if is_heap(ty) {
        unsafe { class_of(ty) }.solid
    } else {
        ty
    }
}

/// "Point" for `__main__` classes and builtins, "mod.Point" otherwise (the
/// way tracebacks name exception types).
pub fn qualified_name(ty: &TypeObject) -> String {
    if !is_heap(ty) {
        return ty.name.to_string();
    }
    let cls = unsafe { class_of(ty) };
    let module = unsafe { str_::lossy(cls.module) };
    let qualname = unsafe { str_::lossy(cls.qualname) };
    if module == "__main__" || module == "builtins" {
        qualname
    } else {
        format!("{module}.{qualname}")
    }
}

/// The trace function of `type` objects: heap classes hold words.
///
/// # Safety
/// `obj` must be a type object.
pub unsafe fn trace_type(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    if !is_heap(obj as *const TypeObject) {
        return;
    }
    let cls = unsafe { class_of(obj as *const TypeObject) };
    for w in [
        cls.dict,
        cls.bases,
        cls.mro,
        cls.qualname,
        cls.module,
        cls.slot_names,
        cls.layout,
        cls.subclasses,
    ] {
        if w != 0 {
            visit(w);
        }
    }
    for w in cls.dunders {
        if w != 0 {
            visit(w);
        }
    }
    for (name, value) in cls.cache {
        if name != 0 {
            visit(name);
        }
        if value != 0 {
            visit(value);
        }
    }
}

/// "__main__.Point": the module and qualified name, as default reprs show.
pub fn qualified_name_with_main(ty: &TypeObject) -> String {
    if !is_heap(ty) {
        return ty.name.to_string();
    }
    let cls = unsafe { class_of(ty) };
    let module = unsafe { str_::lossy(cls.module) };
    let qualname = unsafe { str_::lossy(cls.qualname) };
    format!("{module}.{qualname}")
}
