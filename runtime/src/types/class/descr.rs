//! Descriptors and `super`: `property` (getter, setter, deleter, the
//! `@x.setter` decorator form), `staticmethod`, `classmethod`, and the
//! `super` object. `get`/`set` apply CPython's descriptor protocol to a
//! value found on a class.

use super::{Dunder, is_heap, lookup_from, mro_of};
use crate::calls::args::Args;
use crate::error::type_error;
use crate::object::{Header, Method, Slots, TypeObject, Word, cast, is_instance, type_of};
use crate::thread::Thread;
use crate::types::exception::ATTRIBUTE_ERROR;
use crate::types::{function, none, str as str_, type_};

/// A `property`.
#[repr(C)]
pub struct PropertyObject {
    pub header: Header,
    pub fget: Word,
    pub fset: Word,
    pub fdel: Word,
    pub doc: Word,
    /// The attribute name it was assigned to in a class body (0 before).
    pub name: Word,
}

/// A `staticmethod` or `classmethod`: the wrapped callable.
#[repr(C)]
pub struct WrapperObject {
    pub header: Header,
    pub func: Word,
}

/// `super(cls, obj)`: attribute lookup that starts after `cls` in the MRO
/// of `obj`'s type.
#[repr(C)]
pub struct SuperObject {
    pub header: Header,
    pub cls: Word,
    pub obj: Word,
    /// `type(obj)`, or `obj` itself when it is a class (in a classmethod).
    pub obj_type: Word,
}

pub static PROPERTY_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&type_::TYPE_TYPE),
    name: "property",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_property),
    finalize: None,
    slots: Slots {
        hash: Some(crate::types::object::identity_hash_slot),
        getattr: Some(property_getattr),
        construct: Some(property_new),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[
        Method {
            name: "getter",
            func: property_getter,
        },
        Method {
            name: "setter",
            func: property_setter,
        },
        Method {
            name: "deleter",
            func: property_deleter,
        },
    ]),
};

pub static STATICMETHOD_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&type_::TYPE_TYPE),
    name: "staticmethod",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_wrapper),
    finalize: None,
    slots: Slots {
        repr: Some(wrapper_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        call: Some(staticmethod_call),
        getattr: Some(wrapper_getattr),
        construct: Some(staticmethod_new),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

pub static CLASSMETHOD_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&type_::TYPE_TYPE),
    name: "classmethod",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_wrapper),
    finalize: None,
    slots: Slots {
        repr: Some(wrapper_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        getattr: Some(wrapper_getattr),
        construct: Some(classmethod_new),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

pub static SUPER_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&type_::TYPE_TYPE),
    name: "super",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_super),
    finalize: None,
    slots: Slots {
        hash: Some(crate::types::object::identity_hash_slot),
        getattr: Some(super_getattr),
        construct: Some(super_new),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

unsafe fn trace_property(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let p = unsafe { cast::<PropertyObject>(obj as Word) };
    for w in [p.fget, p.fset, p.fdel, p.doc, p.name] {
        if w != 0 {
            visit(w);
        }
    }
}

unsafe fn trace_wrapper(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    visit(unsafe { cast::<WrapperObject>(obj as Word) }.func);
}

unsafe fn trace_super(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let s = unsafe { cast::<SuperObject>(obj as Word) };
    for w in [s.cls, s.obj, s.obj_type] {
        visit(w);
    }
}

/// Whether `value` found on a class takes precedence over instance
/// attributes (a property, or an instance of a user class defining
/// `__set__` or `__delete__`).
pub fn is_data_descriptor(value: Word) -> bool {
    crate::object::is_exact(value, &PROPERTY_TYPE)
        || user_dunder(value, Dunder::Set) != 0
        || user_dunder(value, Dunder::Delete) != 0
}

/// Whether reading class attribute `value` through an instance gives
/// `value` itself (it is no kind of descriptor), as [`get`] decides.
pub fn is_plain_value(value: Word) -> bool {
    let ty = type_of(value);
    ![
        &function::FUNCTION_TYPE,
        &function::METHOD_DESCRIPTOR_TYPE,
        &PROPERTY_TYPE,
        &STATICMETHOD_TYPE,
        &CLASSMETHOD_TYPE,
    ]
    .iter()
    .any(|special| std::ptr::eq(ty, *special))
        && user_dunder(value, Dunder::Get) == 0
}

/// The special method `dunder` of `value`'s class when that is a user
/// class defining it, else 0.
fn user_dunder(value: Word, dunder: Dunder) -> Word {
    let ty = type_of(value);
    if !is_heap(ty) {
        return 0;
    }
    unsafe { super::class_of(ty) }.dunders[dunder as usize]
}

/// `value.__get__(obj, owner)` for an instance of a user class defining it.
unsafe fn user_get(ts: *mut Thread, value: Word, obj: Word, owner: Word) -> Option<Word> {
    if user_dunder(value, Dunder::Get) == 0 {
        return None;
    }
    let get = Dunder::Get as usize;
    Some(unsafe { super::slots::call_dunder(ts, value, get, &[obj, owner]) })
}

/// The value of class attribute `value` read through instance `obj` of
/// class `owner`.
///
/// # Safety
/// The words must be valid.
pub unsafe fn get(ts: *mut Thread, value: Word, obj: Word, owner: Word) -> Word {
    let ty = type_of(value);
    if std::ptr::eq(ty, &function::FUNCTION_TYPE) {
        return function::bind(ts, value, obj);
    }
    if std::ptr::eq(ty, &function::METHOD_DESCRIPTOR_TYPE) {
        let descr = unsafe { cast::<function::MethodDescriptorObject>(value) };
        if type_of(obj).is_subtype(descr.owner) {
            return function::bind_native(ts, obj, descr.name, descr.func);
        }
        return value;
    }
    if std::ptr::eq(ty, &PROPERTY_TYPE) {
        let p = unsafe { cast::<PropertyObject>(value) };
        if p.fget == none::none() {
            return property_error(ts, p, obj, "getter");
        }
        return unsafe { crate::calls::ty_call(ts, p.fget, &obj, 1, 0) };
    }
    if let Some(result) = unsafe { user_get(ts, value, obj, owner) } {
        return result;
    }
    unsafe { get_from_class(ts, value, owner) }
}

/// The value of class attribute `value` read through the class `cls`.
///
/// # Safety
/// The words must be valid.
pub unsafe fn get_from_class(ts: *mut Thread, value: Word, cls: Word) -> Word {
    let ty = type_of(value);
    if std::ptr::eq(ty, &STATICMETHOD_TYPE) {
        return unsafe { cast::<WrapperObject>(value) }.func;
    }
    if std::ptr::eq(ty, &CLASSMETHOD_TYPE) {
        return function::bind(ts, unsafe { cast::<WrapperObject>(value) }.func, cls);
    }
    if let Some(result) = unsafe { user_get(ts, value, none::none(), cls) } {
        return result;
    }
    value
}

/// Assign through a data descriptor (a property or a user descriptor).
///
/// # Safety
/// `descr` must be a data descriptor.
pub unsafe fn set(ts: *mut Thread, descr: Word, obj: Word, _name: Word, value: Word) -> i32 {
    if !crate::object::is_exact(descr, &PROPERTY_TYPE) {
        if user_dunder(descr, Dunder::Set) == 0 {
            crate::error::raise(ts, &ATTRIBUTE_ERROR, "__set__");
            return -1;
        }
        let set = Dunder::Set as usize;
        let result = unsafe { super::slots::call_dunder(ts, descr, set, &[obj, value]) };
        return if result == 0 { -1 } else { 0 };
    }
    let p = unsafe { cast::<PropertyObject>(descr) };
    if p.fset == none::none() {
        property_error(ts, p, obj, "setter");
        return -1;
    }
    let args = [obj, value];
    let result = unsafe { crate::calls::ty_call(ts, p.fset, args.as_ptr(), 2, 0) };
    if result == 0 { -1 } else { 0 }
}

/// `del obj.name` through a data descriptor: a property's deleter or a
/// user descriptor's `__delete__`.
///
/// # Safety
/// `descr` must be a data descriptor.
pub unsafe fn delete(ts: *mut Thread, descr: Word, obj: Word) -> i32 {
    if !crate::object::is_exact(descr, &PROPERTY_TYPE) {
        if user_dunder(descr, Dunder::Delete) == 0 {
            crate::error::raise(ts, &ATTRIBUTE_ERROR, "__delete__");
            return -1;
        }
        let delete = Dunder::Delete as usize;
        let result = unsafe { super::slots::call_dunder(ts, descr, delete, &[obj]) };
        return if result == 0 { -1 } else { 0 };
    }
    let p = unsafe { cast::<PropertyObject>(descr) };
    if p.fdel == none::none() {
        property_error(ts, p, obj, "deleter");
        return -1;
    }
    let result = unsafe { crate::calls::ty_call(ts, p.fdel, &obj, 1, 0) };
    if result == 0 { -1 } else { 0 }
}

/// Give properties in a new class's namespace their attribute names.
///
/// # Safety
/// `namespace` must be a dict.
pub unsafe fn set_names(namespace: Word) {
    let mut pos = 0;
    while let Some(entry) = unsafe { crate::types::dict::next_entry(namespace, &mut pos) } {
        if crate::object::is_exact(entry.value, &PROPERTY_TYPE) {
            let p = unsafe { cast::<PropertyObject>(entry.value) };
            if p.name == 0 {
                p.name = entry.key;
            }
        }
    }
}

fn property_error(ts: *mut Thread, p: &PropertyObject, obj: Word, what: &str) -> Word {
    let message = if p.name == 0 {
        format!("property of '{}' object has no {what}", type_of(obj).name)
    } else {
        format!(
            "property '{}' of '{}' object has no {what}",
            unsafe { str_::lossy(p.name) },
            type_of(obj).name
        )
    };
    crate::error::raise(ts, &ATTRIBUTE_ERROR, &message)
}

fn new_property(
    ts: *mut Thread,
    fget: Word,
    fset: Word,
    fdel: Word,
    doc: Word,
    name: Word,
) -> Word {
    let value = PropertyObject {
        header: Header::new_static(&PROPERTY_TYPE),
        fget,
        fset,
        fdel,
        doc,
        name,
    };
    unsafe { crate::gc::alloc_value(ts, &PROPERTY_TYPE, value) }
}

unsafe extern "C" fn property_new(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    let mut slots = [none::none(); 4];
    if call.positional.len() > 4 {
        return type_error(ts, "property() takes at most 4 arguments");
    }
    slots[..call.positional.len()].copy_from_slice(call.positional);
    for (name, value) in call.names.iter().zip(call.values) {
        let idx = match unsafe { str_::bytes(*name) } {
            b"fget" => 0,
            b"fset" => 1,
            b"fdel" => 2,
            b"doc" => 3,
            other => {
                let message = format!(
                    "property() got an unexpected keyword argument '{}'",
                    String::from_utf8_lossy(other)
                );
                return type_error(ts, &message);
            }
        };
        slots[idx] = *value;
    }
    new_property(ts, slots[0], slots[1], slots[2], slots[3], 0)
}

unsafe fn property_getattr(ts: *mut Thread, obj: Word, name: Word) -> Word {
    let p = unsafe { cast::<PropertyObject>(obj) };
    match unsafe { str_::bytes(name) } {
        b"fget" => p.fget,
        b"fset" => p.fset,
        b"fdel" => p.fdel,
        b"__doc__" if p.doc == none::none() && p.fget != none::none() => unsafe {
            crate::entry::ty_getattr(ts, p.fget, name)
        },
        b"__doc__" => p.doc,
        _ => 0,
    }
}

/// `prop.getter(f)` / `.setter(f)` / `.deleter(f)`: a copy with one
/// accessor replaced.
unsafe fn property_copy(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    which: usize,
    name: &str,
) -> Word {
    let args = unsafe { crate::calls::args::slice(argv, nargs) };
    let [this, func] = args else {
        let message = format!(
            "{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        );
        return type_error(ts, &message);
    };
    let p = unsafe { cast::<PropertyObject>(*this) };
    let mut accessors = [p.fget, p.fset, p.fdel];
    accessors[which] = *func;
    new_property(ts, accessors[0], accessors[1], accessors[2], p.doc, p.name)
}

unsafe extern "C" fn property_getter(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kw: Word,
) -> Word {
    unsafe { property_copy(ts, argv, nargs, 0, "getter") }
}

unsafe extern "C" fn property_setter(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kw: Word,
) -> Word {
    unsafe { property_copy(ts, argv, nargs, 1, "setter") }
}

unsafe extern "C" fn property_deleter(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kw: Word,
) -> Word {
    unsafe { property_copy(ts, argv, nargs, 2, "deleter") }
}

pub(super) fn new_wrapper(
    ts: *mut Thread,
    ty: &'static TypeObject,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, ty.name) {
        return 0;
    }
    let [func] = call.positional else {
        let message = format!(
            "{} expected 1 argument, got {}",
            ty.name,
            call.positional.len()
        );
        return type_error(ts, &message);
    };
    let value = WrapperObject {
        header: Header::new_static(ty),
        func: *func,
    };
    unsafe { crate::gc::alloc_value(ts, ty, value) }
}

unsafe extern "C" fn staticmethod_new(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    new_wrapper(ts, &STATICMETHOD_TYPE, argv, nargs, kwnames)
}

unsafe extern "C" fn classmethod_new(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    new_wrapper(ts, &CLASSMETHOD_TYPE, argv, nargs, kwnames)
}

unsafe fn staticmethod_call(
    ts: *mut Thread,
    callee: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let func = unsafe { cast::<WrapperObject>(callee) }.func;
    unsafe { crate::calls::ty_call(ts, func, args, nargs, kwnames) }
}

unsafe fn wrapper_repr(ts: *mut Thread, obj: Word) -> Word {
    let func = unsafe { cast::<WrapperObject>(obj) }.func;
    let inner = unsafe { crate::entry::ty_repr(ts, func) };
    if inner == 0 {
        return 0;
    }
    let text = format!("<{}({})>", type_of(obj).name, unsafe { str_::lossy(inner) });
    str_::new(ts, &text)
}

unsafe fn wrapper_getattr(ts: *mut Thread, obj: Word, name: Word) -> Word {
    let func = unsafe { cast::<WrapperObject>(obj) }.func;
    match unsafe { str_::bytes(name) } {
        b"__func__" | b"__wrapped__" => func,
        _ => unsafe { crate::entry::ty_getattr(ts, func, name) },
    }
}

unsafe extern "C" fn super_new(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "super") {
        return 0;
    }
    let [cls, obj] = call.positional else {
        return crate::error::raise(
            ts,
            &crate::types::exception::RUNTIME_ERROR,
            "super(): no arguments",
        );
    };
    if !is_instance(*cls, &type_::TYPE_TYPE) {
        let message = format!(
            "super() argument 1 must be a type, not {}",
            type_of(*cls).name
        );
        return type_error(ts, &message);
    }
    let cls_ty = *cls as *const TypeObject;
    let obj_type = if is_instance(*obj, &type_::TYPE_TYPE)
        && unsafe { &*(*obj as *const TypeObject) }.is_subtype(cls_ty)
    {
        *obj
    } else if type_of(*obj).is_subtype(cls_ty) {
        type_of(*obj) as *const TypeObject as Word
    } else {
        return type_error(
            ts,
            "super(type, obj): obj must be an instance or subtype of type",
        );
    };
    let value = SuperObject {
        header: Header::new_static(&SUPER_TYPE),
        cls: *cls,
        obj: *obj,
        obj_type,
    };
    unsafe { crate::gc::alloc_value(ts, &SUPER_TYPE, value) }
}

unsafe fn super_getattr(ts: *mut Thread, sup: Word, name: Word) -> Word {
    let s = unsafe { cast::<SuperObject>(sup) };
    let key = unsafe { str_::bytes(name) };
    let mro = mro_of(s.obj_type as *const TypeObject);
    let start = mro
        .iter()
        .position(|ty| *ty as Word == s.cls)
        .map_or(mro.len(), |idx| idx + 1);
    let obj_is_class = s.obj == s.obj_type;
    for ty in &mro[start..] {
        if is_heap(*ty) {
            if let Some((value, _)) = lookup_from(std::slice::from_ref(ty), 0, key) {
                if obj_is_class {
                    return unsafe { get_from_class(ts, value, s.obj) };
                }
                return unsafe { get(ts, value, s.obj, s.obj_type) };
            }
            continue;
        }
        let static_ty = unsafe { &**ty };
        if key == b"__new__" {
            let new = super::builtin_base::static_new;
            return function::bind_native(ts, *ty as Word, "__new__", new);
        }
        if let Some(method) = static_ty.methods.iter().find(|m| m.name.as_bytes() == key) {
            return function::bind_native(ts, s.obj, method.name, method.func);
        }
        if std::ptr::eq(static_ty, &crate::types::type_::TYPE_TYPE)
            && let Some((name, func)) = super::meta::type_method(key)
        {
            return function::bind_native(ts, s.obj, name, func);
        }
        if !obj_is_class
            && let Some((name, func)) = super::builtin_base::slot_method(static_ty, key)
        {
            return function::bind_native(ts, s.obj, name, func);
        }
        // `object`'s other special methods come from the super object's own
        // type below; `__getattribute__` must bind the instance.
        if !obj_is_class
            && (!std::ptr::eq(static_ty, &crate::types::object::OBJECT_TYPE)
                || key == b"__getattribute__")
            && let Some((name, func)) = crate::types::special::lookup(static_ty, key)
        {
            return function::bind_native(ts, s.obj, name, func);
        }
    }
    // Not found past `__thisclass__`: the super object's own members, as
    // CPython's generic lookup on the super object then finds them.
    match key {
        b"__thisclass__" => return s.cls,
        b"__self__" => return s.obj,
        b"__self_class__" => return s.obj_type,
        _ => {}
    }
    let message = format!(
        "'super' object has no attribute '{}'",
        String::from_utf8_lossy(key)
    );
    crate::error::attribute_error(ts, &message)
}
