//! Special methods of built-in types reachable as attributes: `(3).__add__`,
//! `'a'.__len__`, `int.__add__`, `super().__eq__` past a user override.
//!
//! CPython exposes each `tp_*` slot of a built-in type as a "slot wrapper"
//! attribute. typhon's static types have slots too; `wrappers.rs` has one
//! native function per special name that applies the slot of the receiver's
//! built-in base (so a subclass's override is skipped, as `super()` needs).
//! Which names a built-in type has comes from CPython's own `dir()` lists
//! (`dir_names.rs`), so `hasattr(5, '__len__')` is false as in CPython.

mod wrappers;

pub use wrappers::call_as;

use crate::object::{NativeFn, TypeObject};
use crate::types::dir_names::DIR_NAMES;

/// CPython's sorted `dir()` of the built-in type `ty`, when typhon has it.
pub fn dir_names(ty: &TypeObject) -> Option<&'static str> {
    DIR_NAMES
        .iter()
        .find(|(name, _)| *name == ty.name)
        .map(|(_, names)| *names)
}

/// The built-in type whose slots serve `ty`'s instances.
fn static_of(ty: &TypeObject) -> &'static TypeObject {
    unsafe { &*crate::types::class::solid_base(ty) }
}

/// Whether CPython's built-in type `ty` has the attribute `key` (own or
/// inherited); for a type typhon has no list for, whether it has the slot.
fn provides(ty: &'static TypeObject, key: &[u8]) -> bool {
    if let Some(names) = dir_names(ty) {
        return names.split(' ').any(|name| name.as_bytes() == key);
    }
    let slots = &ty.slots;
    match key {
        b"__len__" => slots.len.is_some(),
        b"__getitem__" => slots.getitem.is_some(),
        b"__setitem__" => slots.setitem.is_some(),
        b"__delitem__" => slots.delitem.is_some(),
        b"__contains__" => slots.contains.is_some(),
        b"__iter__" => slots.iter.is_some(),
        b"__next__" => slots.next.is_some(),
        b"__call__" => slots.call.is_some(),
        b"__repr__" | b"__str__" | b"__hash__" | b"__eq__" | b"__ne__" | b"__lt__" | b"__le__"
        | b"__gt__" | b"__ge__" | b"__getattribute__" | b"__format__" => true,
        _ => false,
    }
}

/// The slot wrapper `key` for instances of `ty` (a built-in type or a user
/// class, whose built-in base is used), when that type has it.
pub fn lookup(ty: &'static TypeObject, key: &[u8]) -> Option<(&'static str, NativeFn)> {
    if key.len() < 5 || !key.starts_with(b"__") || !key.ends_with(b"__") {
        return None;
    }
    let (name, func) = wrappers::find(key)?;
    provides(static_of(ty), key).then_some((name, func))
}

/// Whether `ty`'s instances get their special methods from `object` alone
/// (a user class without a built-in base, or `object` itself), where
/// `object`'s own methods (`__repr__` calling a user `__repr__`, ...) come
/// before the slot wrappers.
pub fn object_based(ty: &'static TypeObject) -> bool {
    std::ptr::eq(static_of(ty), &crate::types::object::OBJECT_TYPE)
}

/// Whether `func` is one of the slot wrappers.
pub fn is_wrapper(func: NativeFn) -> bool {
    wrappers::is_wrapper(func)
}

/// Whether CPython shows the special method `name` of a built-in type as a
/// "slot wrapper" (`int.__add__`) rather than a "method" (`int.__round__`,
/// the specials that have no `tp_*` slot).
pub fn is_slot_name(name: &str) -> bool {
    const METHODS: [&str; 7] = [
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__round__",
        "__reversed__",
        "__format__",
        "__dir__",
    ];
    // `__divmod__` by name: its wrapper may be left out of the executable
    // (`wrappers::LINKED`), its kind may not.
    let slot = wrappers::find(name.as_bytes()).is_some()
        || matches!(
            name,
            "__init__" | "__setattr__" | "__delattr__" | "__divmod__" | "__rdivmod__"
        );
    slot && !METHODS.contains(&name)
}

/// Whether the built-in type `ty` is unhashable, so its `__hash__`
/// attribute is `None` (`[].__hash__ is None`), as CPython's is.
pub fn unhashable(ty: &'static TypeObject) -> bool {
    !crate::types::class::is_heap(ty)
        && ty.slots.hash.is_none()
        && dir_names(ty).is_some_and(|names| names.split(' ').any(|n| n == "__hash__"))
}
