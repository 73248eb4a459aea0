//! Classes derived from built-in types other than `object` and the
//! exceptions (`class D(dict)`, `list`, `tuple`, `str`, `bytes`, `int`,
//! `float`, `set`, `frozenset`).
//!
//! An instance is the built-in object's layout (header included, so every
//! native method and slot of the base reads it unchanged) followed by one
//! word, the instance dict, at the first 8-aligned offset past the built-in
//! part. For the variable-sized types (`tuple`, `str`, `bytes`) that offset
//! depends on the object's own length; an `int` instance is always a boxed
//! big integer, whatever its value (`int::view` gives small values back as
//! small ints). The trace function visits the built-in part through the
//! base's own trace, then the dict.
//!
//! Instances are made by building a plain base object (`T.__new__` semantics:
//! empty for the mutable types, from the arguments for the immutable ones)
//! and copying it into the bigger allocation ([`wrap`]); storage a Rust
//! `Vec` owns is cloned, so the copied-from object stays valid (it may be
//! shared, as `frozenset(f)` returns `f`). This module also has the native
//! `__init__` of `list`, `dict` and `set`, `T.__new__(cls, ...)` for static
//! types, and the slot wrappers (`dict.__getitem__`, `super().__len__()`).

use super::{class_of, is_heap};
use crate::calls::args::{Args, slice};
use crate::error::type_error;
use crate::object::{Header, NativeFn, TypeObject, Word, cast, type_of};
use crate::thread::Thread;
use crate::types::{
    bytearray, bytes, dict, exception, float, int, list, none, object, set, str as str_, tuple,
};

/// The built-in types a class may extend with this layout.
fn extensible() -> [&'static TypeObject; 10] {
    [
        &bytearray::BYTEARRAY_TYPE,
        &dict::DICT_TYPE,
        &list::LIST_TYPE,
        &tuple::TUPLE_TYPE,
        &str_::STR_TYPE,
        &bytes::BYTES_TYPE,
        &int::INT_TYPE,
        &float::FLOAT_TYPE,
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
    ]
}

/// Whether instances of a class with solid base `solid` use this layout.
pub fn is_builtin_solid(solid: *const TypeObject) -> bool {
    extensible().iter().any(|ty| std::ptr::eq(*ty, solid))
}

/// Why a class may not derive from the static type `ty`: `Ok` when it may.
pub fn check_base(ts: *mut Thread, ty: *const TypeObject) -> Result<(), ()> {
    let base = unsafe { &*ty };
    if std::ptr::eq(ty, &object::OBJECT_TYPE)
        || std::ptr::eq(ty, &crate::types::type_::TYPE_TYPE)
        || base.is_subtype(&exception::BASE_EXCEPTION)
        || is_builtin_solid(ty)
    {
        return Ok(());
    }
    // CPython's types without `Py_TPFLAGS_BASETYPE`.
    const FINAL: &[&str] = &[
        "bool",
        "range",
        "slice",
        "NoneType",
        "NotImplementedType",
        "ellipsis",
        "function",
        "builtin_function_or_method",
        "method",
        "generator",
        "cell",
    ];
    if FINAL.contains(&base.name) {
        let message = format!("type '{}' is not an acceptable base type", base.name);
        type_error(ts, &message);
    } else {
        let message = format!(
            "typhon does not support subclassing the built-in type '{}'",
            base.name
        );
        crate::error::raise(ts, &exception::NOT_IMPLEMENTED_ERROR, &message);
    }
    Err(())
}

/// Bytes of the built-in part of `obj`, whose layout is `solid`'s.
fn base_size(solid: *const TypeObject, obj: Word) -> usize {
    use std::mem::size_of;
    let solid = unsafe { &*solid };
    if std::ptr::eq(solid, &tuple::TUPLE_TYPE) {
        size_of::<tuple::TupleObject>()
            + 8 * unsafe { cast::<tuple::TupleObject>(obj) }.len as usize
    } else if std::ptr::eq(solid, &str_::STR_TYPE) {
        unsafe { str_::object_size(obj) }
    } else if std::ptr::eq(solid, &bytes::BYTES_TYPE) {
        size_of::<bytes::BytesObject>() + unsafe { cast::<bytes::BytesObject>(obj) }.len as usize
    } else if std::ptr::eq(solid, &int::INT_TYPE) {
        size_of::<int::BigIntObject>()
    } else if std::ptr::eq(solid, &float::FLOAT_TYPE) {
        size_of::<float::FloatObject>()
    } else if std::ptr::eq(solid, &list::LIST_TYPE) {
        size_of::<list::ListObject>()
    } else if std::ptr::eq(solid, &dict::DICT_TYPE) {
        size_of::<dict::DictObject>()
    } else if std::ptr::eq(solid, &bytearray::BYTEARRAY_TYPE) {
        size_of::<bytearray::ByteArrayObject>()
    } else {
        size_of::<set::SetObject>()
    }
}

/// Where the instance dict of `obj` (an instance of a class with a
/// built-in solid base) lives.
pub fn dict_slot(obj: Word) -> *mut Word {
    let solid = super::solid_base(type_of(obj));
    let offset = (base_size(solid, obj) + 7) & !7;
    (obj as usize + offset) as *mut Word
}

/// Trace function of such instances: the base's words, then the dict.
///
/// # Safety
/// `obj` must be an instance of a class with a built-in solid base.
pub unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let solid = unsafe { &*super::solid_base((*obj).ty) };
    if let Some(base_trace) = solid.trace {
        unsafe { base_trace(obj, visit) };
    }
    let d = unsafe { *dict_slot(obj as Word) };
    if d != 0 {
        visit(d);
    }
}

/// An instance of heap class `cls` (built-in solid base) holding a copy of
/// the plain built-in object `base`, with an empty dict.
///
/// # Safety
/// `cls` must be a heap type with a built-in solid base and `base` an
/// instance of that base.
pub unsafe fn wrap(ts: *mut Thread, cls: *const TypeObject, base: Word) -> Word {
    let solid = unsafe { class_of(cls) }.solid;
    let size = base_size(solid, base);
    let offset = (size + 7) & !7;
    let d = dict::new(ts);
    if d == 0 {
        return 0;
    }
    let obj = unsafe { crate::gc::alloc(ts, offset + 8, cls) };
    if obj.is_null() {
        return 0;
    }
    let word = obj as Word;
    let header = std::mem::size_of::<Header>();
    unsafe {
        if std::ptr::eq(solid, &int::INT_TYPE) {
            let value = int::to_bigint(base);
            std::ptr::write(&mut cast::<int::BigIntObject>(word).value, value);
        } else {
            std::ptr::copy_nonoverlapping(
                (base as *const u8).add(header),
                (word as *mut u8).add(header),
                size - header,
            );
            // The copy aliases the base's Rust-owned storage: give the new
            // object storage of its own.
            if std::ptr::eq(solid, &list::LIST_TYPE) {
                std::ptr::write(
                    &mut cast::<list::ListObject>(word).items,
                    list::Items::EMPTY,
                );
                if !list::raw(word).extend_from_slice(ts, list::items(ts, base)) {
                    return 0;
                }
            } else if std::ptr::eq(solid, &dict::DICT_TYPE) {
                if !dict::unshare(ts, word, base) {
                    return 0;
                }
            } else if std::ptr::eq(solid, &bytearray::BYTEARRAY_TYPE) {
                let data = cast::<bytearray::ByteArrayObject>(base).data.clone();
                std::ptr::write(&mut cast::<bytearray::ByteArrayObject>(word).data, data);
            } else if std::ptr::eq(solid, &set::SET_TYPE)
                || std::ptr::eq(solid, &set::FROZENSET_TYPE)
            {
                let table = cast::<set::SetObject>(base).table.clone();
                std::ptr::write(&mut cast::<set::SetObject>(word).table, table);
                // The slot map is rebuilt on demand.
                std::ptr::write(&mut cast::<set::SetObject>(word).slots, None);
            }
        }
        *((word as usize + offset) as *mut Word) = d;
    }
    word
}

/// Whether `solid` is one of the mutable built-ins, whose `__new__` makes
/// an empty object and whose `__init__` fills it.
fn is_mutable(solid: *const TypeObject) -> bool {
    std::ptr::eq(solid, &list::LIST_TYPE)
        || std::ptr::eq(solid, &dict::DICT_TYPE)
        || std::ptr::eq(solid, &set::SET_TYPE)
        || std::ptr::eq(solid, &bytearray::BYTEARRAY_TYPE)
}

/// `T.__new__(cls, *args)` for a heap class `cls` with a built-in solid
/// base: an empty object for the mutable types, otherwise the base built
/// from the arguments.
///
/// # Safety
/// `cls` must be such a class; the arguments follow `NativeFn`'s convention.
pub unsafe fn new_instance(
    ts: *mut Thread,
    cls: *const TypeObject,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let solid = unsafe { &*class_of(cls).solid };
    let Some(construct) = solid.slots.construct else {
        return crate::error::system_error(ts, "built-in base without a constructor");
    };
    let base = if is_mutable(solid) {
        unsafe { construct(ts, std::ptr::null(), 0, 0) }
    } else {
        unsafe { construct(ts, args, nargs, kwnames) }
    };
    if base == 0 {
        return 0;
    }
    unsafe { wrap(ts, cls, base) }
}

/// The native `__init__` of the mutable built-in `solid`, if it has one.
pub fn native_init(solid: *const TypeObject) -> Option<NativeFn> {
    if std::ptr::eq(solid, &list::LIST_TYPE) {
        Some(list_init)
    } else if std::ptr::eq(solid, &dict::DICT_TYPE) {
        Some(dict_init)
    } else if std::ptr::eq(solid, &set::SET_TYPE) {
        Some(set_init)
    } else if std::ptr::eq(solid, &bytearray::BYTEARRAY_TYPE) {
        Some(bytearray_init)
    } else if unsafe { &*solid }.is_subtype(&exception::BASE_EXCEPTION) {
        // After a user `__new__`, `BaseException.__init__` sets `args` to
        // every argument of the call, as in CPython.
        Some(exception::base_init)
    } else {
        None
    }
}

/// The receiver of a native method, checked to be an instance of `ty`.
fn receiver<'a>(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    ty: &'static TypeObject,
    method: &str,
) -> Option<(Word, &'a [Word])> {
    let all = unsafe { slice(args, nargs) };
    match all.split_first() {
        Some((this, rest)) if type_of(*this).is_subtype(ty) => Some((*this, rest)),
        Some((this, _)) => {
            let message = format!(
                "descriptor '{method}' requires a '{}' object but received a '{}'",
                ty.name,
                type_of(*this).name
            );
            type_error(ts, &message);
            None
        }
        None => {
            let message = format!(
                "descriptor '{method}' of '{}' object needs an argument",
                ty.name
            );
            type_error(ts, &message);
            None
        }
    }
}

/// `list.__init__(self, iterable=())`: replaces the items.
///
/// # Safety
/// The arguments follow `NativeFn`'s convention.
pub unsafe extern "C" fn list_init(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, _)) = receiver(ts, args, nargs, &list::LIST_TYPE, "__init__") else {
        return 0;
    };
    let construct = list::LIST_TYPE.slots.construct.expect("list constructor");
    let fresh = unsafe { construct(ts, args.add(1), nargs - 1, kwnames) };
    if fresh == 0 {
        return 0;
    }
    let Some(taken) = (unsafe { list::raw(fresh).take(ts) }) else {
        return 0;
    };
    unsafe { *list::raw(this) = taken };
    none::none()
}

/// `bytearray.__init__(self, source=b'', ...)`: replaces the contents.
///
/// # Safety
/// The arguments follow `NativeFn`'s convention.
pub unsafe extern "C" fn bytearray_init(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let ty = &bytearray::BYTEARRAY_TYPE;
    let Some((this, _)) = receiver(ts, args, nargs, ty, "__init__") else {
        return 0;
    };
    let construct = ty.slots.construct.expect("bytearray constructor");
    let fresh = unsafe { construct(ts, args.add(1), nargs - 1, kwnames) };
    if fresh == 0 {
        return 0;
    }
    unsafe {
        std::mem::swap(
            &mut cast::<bytearray::ByteArrayObject>(this).data,
            &mut cast::<bytearray::ByteArrayObject>(fresh).data,
        )
    };
    none::none()
}

/// `dict.__init__(self, *args, **kwargs)`: `self.update(...)`.
///
/// # Safety
/// The arguments follow `NativeFn`'s convention.
pub unsafe extern "C" fn dict_init(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if receiver(ts, args, nargs, &dict::DICT_TYPE, "__init__").is_none() {
        return 0;
    }
    let call = unsafe { Args::new(args.add(1), nargs - 1, kwnames) };
    if !call.count(ts, "dict", 0, 1) {
        return 0;
    }
    let update = dict::DICT_TYPE.find_method("update").expect("dict.update");
    unsafe { update(ts, args, nargs, kwnames) }
}

/// `set.__init__(self, iterable=())`: replaces the items.
///
/// # Safety
/// The arguments follow `NativeFn`'s convention.
pub unsafe extern "C" fn set_init(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, _)) = receiver(ts, args, nargs, &set::SET_TYPE, "__init__") else {
        return 0;
    };
    let construct = set::SET_TYPE.slots.construct.expect("set constructor");
    let fresh = unsafe { construct(ts, args.add(1), nargs - 1, kwnames) };
    if fresh == 0 {
        return 0;
    }
    unsafe {
        let (a, b) = (cast::<set::SetObject>(this), cast::<set::SetObject>(fresh));
        std::mem::swap(&mut a.table, &mut b.table);
        std::mem::swap(&mut a.fill, &mut b.fill);
        std::mem::swap(&mut a.used, &mut b.used);
        std::mem::swap(&mut a.finger, &mut b.finger);
        std::mem::swap(&mut a.ints, &mut b.ints);
        std::mem::swap(&mut a.slots, &mut b.slots);
    }
    none::none()
}

/// `T.__new__`, bound to the static type `T` (`args[0]`): `T.__new__(cls,
/// *rest)` makes an instance of `cls`, a subtype of `T`, the way `T` makes
/// its instances, without running `__init__`.
///
/// # Safety
/// The arguments follow `NativeFn`'s convention.
pub unsafe extern "C" fn static_new(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let all = unsafe { slice(args, nargs) };
    let owner = unsafe { &*(all[0] as *const TypeObject) };
    let Some(&cls) = all.get(1) else {
        let message = format!("{}.__new__(): not enough arguments", owner.name);
        return type_error(ts, &message);
    };
    if !crate::object::is_instance(cls, &crate::types::type_::TYPE_TYPE) {
        let message = format!(
            "{}.__new__(X): X is not a type object ({})",
            owner.name,
            type_of(cls).name
        );
        return type_error(ts, &message);
    }
    let cls_ty = unsafe { &*(cls as *const TypeObject) };
    if !cls_ty.is_subtype(owner) {
        let message = format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name, cls_ty.name, cls_ty.name, owner.name
        );
        return type_error(ts, &message);
    }
    let (rest, nrest) = (unsafe { args.add(2) }, nargs - 2);
    if !is_heap(cls_ty) {
        return unsafe { crate::calls::ty_call(ts, cls, rest, nrest, kwnames) };
    }
    let solid = unsafe { class_of(cls_ty) }.solid;
    if std::ptr::eq(solid, &crate::types::type_::TYPE_TYPE) {
        return unsafe { super::meta::type_new(ts, cls_ty, rest, nrest, kwnames) };
    }
    if std::ptr::eq(solid, &object::OBJECT_TYPE) {
        if nrest > 0 {
            let class = unsafe { class_of(cls_ty) };
            let mro = super::mro_of(cls_ty);
            let message = if super::lookup_from(&mro, 0, b"__new__").is_some() {
                "object.__new__() takes exactly one argument (the type to instantiate)".to_string()
            } else if class.dunders[super::Dunder::Init as usize] == 0 {
                format!("{}() takes no arguments", cls_ty.name)
            } else {
                String::new()
            };
            if !message.is_empty() {
                return type_error(ts, &message);
            }
        }
        return super::instance::new_plain(ts, cls_ty);
    }
    if cls_ty.is_subtype(&exception::BASE_EXCEPTION) {
        return unsafe { exception::construct(ts, cls_ty, rest, nrest, kwnames) };
    }
    unsafe { new_instance(ts, cls_ty, rest, nrest, kwnames) }
}

macro_rules! slot_wrappers {
    ($($name:ident, $py:literal, |$ts:ident, $this:ident, $rest:ident, $solid:ident| $body:expr;)*) => {
        $(
            unsafe extern "C" fn $name(
                $ts: *mut Thread,
                args: *const Word,
                nargs: i64,
                _kwnames: Word,
            ) -> Word {
                let all = unsafe { slice(args, nargs) };
                let Some((&$this, $rest)) = all.split_first() else {
                    return type_error($ts, concat!("descriptor '", $py, "' needs an argument"));
                };
                let $solid = unsafe { &*super::solid_base(type_of($this)) };
                $body
            }
        )*
        /// The special methods served by a static type's slots.
        static SLOT_METHODS: &[(&str, NativeFn)] = &[$(($py, $name)),*];
    };
}

/// Whether a slot wrapper got exactly `n` arguments after its receiver;
/// CPython's TypeError pending otherwise.
pub(crate) fn arity(ts: *mut Thread, rest: &[Word], n: usize) -> bool {
    if rest.len() == n {
        return true;
    }
    let plural = if n == 1 { "" } else { "s" };
    let message = format!("expected {n} argument{plural}, got {}", rest.len());
    type_error(ts, &message);
    false
}

fn no_slot(ts: *mut Thread) -> Word {
    type_error(
        ts,
        "the receiver's type does not provide this special method",
    )
}

fn status(result: i32) -> Word {
    if result < 0 { 0 } else { none::none() }
}

slot_wrappers! {
    wrap_getitem, "__getitem__", |ts, this, rest, solid| {
        if !arity(ts, rest, 1) { return 0; }
        match solid.slots.getitem { Some(f) => unsafe { f(ts, this, rest[0]) }, None => no_slot(ts) }
    };
    wrap_setitem, "__setitem__", |ts, this, rest, solid| {
        if !arity(ts, rest, 2) { return 0; }
        match solid.slots.setitem { Some(f) => status(unsafe { f(ts, this, rest[0], rest[1]) }), None => no_slot(ts) }
    };
    wrap_delitem, "__delitem__", |ts, this, rest, solid| {
        if !arity(ts, rest, 1) { return 0; }
        match solid.slots.delitem { Some(f) => status(unsafe { f(ts, this, rest[0]) }), None => no_slot(ts) }
    };
    wrap_len, "__len__", |ts, this, rest, solid| {
        if !arity(ts, rest, 0) { return 0; }
        match solid.slots.len {
            Some(f) => match unsafe { f(ts, this) } { -1 => 0, n => int::from_i64(ts, n) },
            None => no_slot(ts),
        }
    };
    wrap_contains, "__contains__", |ts, this, rest, solid| {
        if !arity(ts, rest, 1) { return 0; }
        match solid.slots.contains {
            Some(f) => match unsafe { f(ts, this, rest[0]) } {
                -1 => 0,
                n => crate::types::bool::from_bool(n == 1),
            },
            None => no_slot(ts),
        }
    };
    wrap_iter, "__iter__", |ts, this, rest, solid| {
        if !arity(ts, rest, 0) { return 0; }
        match solid.slots.iter { Some(f) => unsafe { f(ts, this) }, None => no_slot(ts) }
    };
    wrap_repr, "__repr__", |ts, this, rest, solid| {
        if !arity(ts, rest, 0) { return 0; }
        match solid.slots.repr { Some(f) => unsafe { f(ts, this) }, None => no_slot(ts) }
    };
}

/// The slot wrapper `name` of static type `ty` (`dict.__getitem__`), when
/// `ty` has that slot. It applies the slot of the receiver's built-in base,
/// so a subclass's override is skipped, as `super()` needs.
pub fn slot_method(ty: &TypeObject, name: &[u8]) -> Option<(&'static str, NativeFn)> {
    let slots = &ty.slots;
    let present = match name {
        b"__getitem__" => slots.getitem.is_some(),
        b"__setitem__" => slots.setitem.is_some(),
        b"__delitem__" => slots.delitem.is_some(),
        b"__len__" => slots.len.is_some(),
        b"__contains__" => slots.contains.is_some(),
        b"__iter__" => slots.iter.is_some(),
        b"__repr__" => slots.repr.is_some() && !std::ptr::eq(ty, &object::OBJECT_TYPE),
        _ => false,
    };
    if !present {
        return None;
    }
    SLOT_METHODS
        .iter()
        .find(|(py, _)| py.as_bytes() == name)
        .map(|(py, func)| (*py, *func))
}

/// Whether the static type `ty` itself provides the cached special method
/// `idx` (named `name`): through a slot, or its method table for
/// `__init__`. `int` and `float` have no `__str__` of their own (their
/// `str` slot is their repr, as CPython's `object.__str__` would give).
pub fn static_provides(ty: &TypeObject, idx: usize, name: &[u8]) -> bool {
    use super::Dunder;
    let slots = &ty.slots;
    if idx >= Dunder::BinOps as usize {
        return slots.binop.is_some();
    }
    let number = std::ptr::eq(ty, &int::INT_TYPE)
        || std::ptr::eq(ty, &float::FLOAT_TYPE)
        || std::ptr::eq(ty, &crate::types::bool::BOOL_TYPE);
    const SINGLE: [Dunder; 34] = [
        Dunder::Repr,
        Dunder::Str,
        Dunder::Hash,
        Dunder::Eq,
        Dunder::Ne,
        Dunder::Lt,
        Dunder::Le,
        Dunder::Gt,
        Dunder::Ge,
        Dunder::Bool,
        Dunder::Len,
        Dunder::GetItem,
        Dunder::SetItem,
        Dunder::DelItem,
        Dunder::Contains,
        Dunder::Iter,
        Dunder::Next,
        Dunder::Call,
        Dunder::GetAttr,
        Dunder::SetAttr,
        Dunder::DelAttr,
        Dunder::Init,
        Dunder::Neg,
        Dunder::Pos,
        Dunder::Invert,
        Dunder::Abs,
        Dunder::Index,
        Dunder::Int,
        Dunder::Float,
        Dunder::Format,
        Dunder::Get,
        Dunder::Set,
        Dunder::Delete,
        Dunder::GetAttribute,
    ];
    match SINGLE[idx] {
        Dunder::Repr => slots.repr.is_some(),
        Dunder::Str => slots.str.is_some() && !number,
        Dunder::Hash => slots.hash.is_some(),
        Dunder::Eq | Dunder::Ne | Dunder::Lt | Dunder::Le | Dunder::Gt | Dunder::Ge => {
            slots.compare.is_some()
        }
        Dunder::Bool => slots.truthy.is_some(),
        Dunder::Len => slots.len.is_some(),
        Dunder::GetItem => slots.getitem.is_some(),
        Dunder::SetItem => slots.setitem.is_some(),
        Dunder::DelItem => slots.delitem.is_some(),
        Dunder::Contains => slots.contains.is_some(),
        Dunder::Iter => slots.iter.is_some(),
        Dunder::Next => slots.next.is_some(),
        Dunder::Call => slots.call.is_some(),
        Dunder::Init => ty.methods.iter().any(|m| m.name.as_bytes() == name),
        Dunder::Neg | Dunder::Pos | Dunder::Invert => slots.unary.is_some(),
        Dunder::Abs | Dunder::Index | Dunder::Int | Dunder::Float => number,
        _ => false,
    }
}
