//! Instances of user classes: construction (`Point(1, 2)`) and the
//! attribute protocol, in CPython's order: data descriptors (properties) on
//! the type, the instance's own attributes, other class attributes
//! (functions become bound methods), native methods of a built-in base,
//! then `__getattr__`.
//!
//! Instances of `object` subclasses store their attributes in the value
//! slots of their class's shared layout, or in a dict (`layout`); those of
//! other built-in bases in a dict word after the built-in object
//! (`builtin_base`). Exception subclasses keep the exception layout and
//! store their attributes in its attribute list through the exception's
//! own hooks.

use super::{ClassObject, Dunder, class_of, layout};
use crate::object::{TypeObject, Word, type_of};
use crate::thread::Thread;
use crate::types::{dict, exception, function, none, object, str as str_, tuple};

/// Whether instances of `cls` are [`layout::InstanceObject`]s.
#[inline]
pub fn uses_instance_layout(cls: &ClassObject) -> bool {
    std::ptr::eq(cls.solid, &object::OBJECT_TYPE)
}

/// Whether instances of `cls` have a `__dict__` (`__slots__` without
/// `"__dict__"` takes it away).
fn has_dict(cls: &ClassObject) -> bool {
    cls.slot_names == 0 || is_slot(cls, b"__dict__")
}

/// Whether `key` is one of the `__slots__` names of `cls`.
pub fn is_slot(cls: &ClassObject, key: &[u8]) -> bool {
    cls.slot_names != 0
        && unsafe { tuple::items(cls.slot_names) }
            .iter()
            .any(|slot| unsafe { str_::bytes(*slot) } == key)
}

/// The instance dict of `obj`, an instance of `cls` with a built-in base
/// other than `object`; `None` for exception subclasses, whose attributes
/// live in the exception (and for `object` subclasses, see `layout`).
pub fn own_dict(obj: Word, cls: &ClassObject) -> Option<Word> {
    if super::builtin_base::is_builtin_solid(cls.solid) {
        Some(unsafe { *super::builtin_base::dict_slot(obj) })
    } else {
        None
    }
}

/// A new instance of `ty` (solid base `object`) without attributes.
pub fn new_plain(ts: *mut Thread, ty: &'static TypeObject) -> Word {
    layout::new(ts, ty, unsafe { class_of(ty) })
}

/// `Cls(*args)`: `type.__call__`: make the instance with the class's
/// `__new__` (a user one, else the solid base's), then, if it is an
/// instance of the class, run `__init__` (a user one, else the native
/// `__init__` of a mutable built-in base).
///
/// # Safety
/// `cls_word` must be a heap type; the arguments follow the ABI's conventions.
pub unsafe fn construct(
    ts: *mut Thread,
    cls_word: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    // CPython 3.11 counts `type.__call__` as one recursion level and the
    // `__new__`/`__init__` frames it runs one more.
    let Some(saved) = (unsafe { enter_type_call(ts) }) else {
        return 0;
    };
    let result = unsafe { construct_at_depth(ts, cls_word, args, nargs, kwnames) };
    unsafe { (*ts).depth = saved };
    result
}

/// The recursion level of a class call: `RecursionError` when the depth
/// the caller left in the thread (the level of the call itself) is past the
/// limit, else the depth to restore once the construction is done (the
/// methods it runs are one level deeper).
///
/// # Safety
/// `ts` is the current thread.
pub unsafe fn enter_type_call(ts: *mut Thread) -> Option<u64> {
    let saved = unsafe { (*ts).depth };
    if saved >= unsafe { (*ts).depth_limit } {
        crate::error::raise(
            ts,
            &crate::types::exception::RECURSION_ERROR,
            "maximum recursion depth exceeded while calling a Python object",
        );
        return None;
    }
    unsafe { (*ts).depth = saved + 1 };
    Some(saved)
}

unsafe fn construct_at_depth(
    ts: *mut Thread,
    cls_word: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let ty: &'static TypeObject = unsafe { &*(cls_word as *const TypeObject) };
    let cls = unsafe { class_of(ty) };
    let init = cls.dunders[Dunder::Init as usize];
    let mro = super::mro_of(ty);
    let user_new = super::lookup_from(&mro, 0, b"__new__");
    let obj = if let Some((new, _)) = user_new {
        let func = unsafe { super::descr::get_from_class(ts, new, cls_word) };
        if func == 0 {
            return 0;
        }
        let mut all = Vec::with_capacity(nargs as usize + 1);
        all.push(cls_word);
        all.extend_from_slice(unsafe { crate::calls::args::slice(args, nargs) });
        let obj = unsafe { crate::calls::ty_call(ts, func, all.as_ptr(), nargs + 1, kwnames) };
        if obj == 0 || !type_of(obj).is_subtype(ty) {
            return obj;
        }
        obj
    } else if uses_instance_layout(cls) {
        if init == 0 && nargs > 0 {
            let message = format!("{}() takes no arguments", ty.name);
            return crate::error::type_error(ts, &message);
        }
        new_plain(ts, ty)
    } else if std::ptr::eq(cls.solid, &crate::types::type_::TYPE_TYPE) {
        unsafe { super::meta::type_new(ts, ty, args, nargs, kwnames) }
    } else if super::builtin_base::is_builtin_solid(cls.solid) {
        unsafe { super::builtin_base::new_instance(ts, ty, args, nargs, kwnames) }
    } else {
        let nkw = if kwnames == 0 {
            0
        } else {
            unsafe { tuple::items(kwnames) }.len() as i64
        };
        if init == 0 {
            return unsafe { exception::construct(ts, ty, args, nargs, kwnames) };
        }
        // `BaseException.__new__` keeps the positional arguments as `args`.
        unsafe { exception::construct(ts, ty, args, nargs - nkw, 0) }
    };
    if obj == 0 {
        return 0;
    }
    let obj_cls = unsafe { class_of(type_of(obj)) };
    let init = obj_cls.dunders[Dunder::Init as usize];
    if init == 0 {
        if let Some(native) = super::builtin_base::native_init(obj_cls.solid) {
            let mut all = Vec::with_capacity(nargs as usize + 1);
            all.push(obj);
            all.extend_from_slice(unsafe { crate::calls::args::slice(args, nargs) });
            if unsafe { native(ts, all.as_ptr(), nargs + 1, kwnames) } == 0 {
                return 0;
            }
        }
        return obj;
    }
    let result = unsafe { crate::calls::call_with_self(ts, init, obj, args, nargs, kwnames) };
    if result == 0 {
        return 0;
    }
    if result != none::none() {
        let message = format!(
            "__init__() should return None, not '{}'",
            type_of(result).name
        );
        return crate::error::type_error(ts, &message);
    }
    obj
}

/// The `getattr` slot of user classes.
///
/// # Safety
/// `obj` is an instance of a user class and `name` a str.
pub unsafe fn getattr(ts: *mut Thread, obj: Word, name: Word) -> Word {
    let cls = unsafe { class_of(type_of(obj)) };
    let hook = cls.dunders[Dunder::GetAttribute as usize];
    if hook == 0 {
        return unsafe { generic_getattr(ts, obj, name, true) };
    }
    // A user `__getattribute__` runs first; `__getattr__` only after it
    // raised `AttributeError`, as CPython's `slot_tp_getattr_hook` does.
    let args = [obj, name];
    let found = unsafe { crate::calls::ty_call(ts, hook, args.as_ptr(), 2, 0) };
    let fallback = cls.dunders[Dunder::GetAttr as usize];
    if found != 0 || fallback == 0 {
        return found;
    }
    if !crate::object::is_instance(unsafe { (*ts).exc }, &exception::ATTRIBUTE_ERROR) {
        return 0;
    }
    unsafe { (*ts).exc = 0 };
    unsafe { crate::calls::ty_call(ts, fallback, args.as_ptr(), 2, 0) }
}

/// `object.__getattribute__`: the attribute protocol without a user
/// `__getattribute__`; `with_fallback` also tries `__getattr__` (what the
/// slot does for classes without `__getattribute__`).
///
/// # Safety
/// `obj` is an instance of a user class and `name` a str.
pub unsafe fn generic_getattr(ts: *mut Thread, obj: Word, name: Word, with_fallback: bool) -> Word {
    let ty = type_of(obj);
    let cls = unsafe { class_of(ty) };
    let key = unsafe { str_::bytes(name) };
    let descr = super::lookup(ts, ty, name);
    if let Some(value) = descr
        && super::descr::is_data_descriptor(value)
    {
        return unsafe { super::descr::get(ts, value, obj, ty as *const TypeObject as Word) };
    }
    if uses_instance_layout(cls) {
        if key == b"__dict__" && has_dict(cls) {
            return unsafe { layout::dict_of(ts, cls, obj) };
        }
        match unsafe { layout::get(ts, cls, obj, name) } {
            Ok(Some(value)) => return value,
            Ok(None) => {}
            Err(()) => return 0,
        }
    } else if let Some(d) = own_dict(obj, cls) {
        if let Ok(Some(value)) = unsafe { dict::get(ts, d, name) } {
            return value;
        }
        if key == b"__dict__" {
            return d;
        }
    } else if let Some(hook) = unsafe { (*cls.solid).slots.getattr } {
        let found = unsafe { hook(ts, obj, name) };
        if found != 0 {
            return found;
        }
        if unsafe { (*ts).exc } != 0 {
            let pending = unsafe { (*ts).exc };
            if !crate::object::is_instance(pending, &exception::ATTRIBUTE_ERROR) {
                return 0;
            }
            unsafe { (*ts).exc = 0 };
        }
    }
    if let Some(value) = descr {
        return unsafe { super::descr::get(ts, value, obj, ty as *const TypeObject as Word) };
    }
    if let Some((method_name, func)) = crate::attr::find_method(ty, key) {
        return function::bind_native(ts, obj, method_name, func);
    }
    if key == b"__class__" {
        return ty as *const TypeObject as Word;
    }
    let fallback = cls.dunders[Dunder::GetAttr as usize];
    if fallback != 0 && with_fallback {
        let args = [obj, name];
        return unsafe { crate::calls::ty_call(ts, fallback, args.as_ptr(), 2, 0) };
    }
    crate::error::attribute_error(ts, &crate::attr::no_attribute(obj, key))
}

/// The `setattr` slot of user classes.
///
/// # Safety
/// `obj` is an instance of a user class and `name` a str.
pub unsafe fn setattr(ts: *mut Thread, obj: Word, name: Word, value: Word) -> i32 {
    let ty = type_of(obj);
    let cls = unsafe { class_of(ty) };
    let custom = cls.dunders[Dunder::SetAttr as usize];
    if custom != 0 {
        let args = [obj, name, value];
        let result = unsafe { crate::calls::ty_call(ts, custom, args.as_ptr(), 3, 0) };
        return if result == 0 { -1 } else { 0 };
    }
    unsafe { generic_setattr(ts, obj, name, value) }
}

/// `object.__setattr__`: properties, then the instance's own storage.
///
/// # Safety
/// `obj` is an instance of a user class and `name` a str.
pub unsafe fn generic_setattr(ts: *mut Thread, obj: Word, name: Word, value: Word) -> i32 {
    let ty = type_of(obj);
    let cls = unsafe { class_of(ty) };
    let key = unsafe { str_::bytes(name) };
    if let Some(descr) = super::lookup(ts, ty, name)
        && super::descr::is_data_descriptor(descr)
    {
        return unsafe { super::descr::set(ts, descr, obj, name, value) };
    }
    if uses_instance_layout(cls) {
        if key == b"__dict__" && has_dict(cls) {
            if !crate::object::is_instance(value, &dict::DICT_TYPE) {
                let message = format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    type_of(value).name
                );
                crate::error::type_error(ts, &message);
                return -1;
            }
            unsafe { layout::replace_dict(obj, value) };
            return 0;
        }
        if cls.slot_names != 0 && !is_slot(cls, key) {
            let message = crate::attr::no_attribute(obj, key);
            return crate::error::raise_status(ts, &exception::ATTRIBUTE_ERROR, &message);
        }
        return unsafe { layout::set(ts, cls, obj, name, value) };
    }
    let Some(d) = own_dict(obj, cls) else {
        return match unsafe { (*cls.solid).slots.setattr } {
            Some(hook) => unsafe { hook(ts, obj, name, value) },
            None => -1,
        };
    };
    if cls.slot_names != 0
        && !unsafe { tuple::items(cls.slot_names) }
            .iter()
            .any(|slot| unsafe { str_::bytes(*slot) } == key)
    {
        let message = crate::attr::no_attribute(obj, key);
        return crate::error::raise_status(ts, &exception::ATTRIBUTE_ERROR, &message);
    }
    unsafe { dict::set(ts, d, name, value) }
}

/// `del obj.name` for an instance of a user class: its `__delattr__`, else
/// [`generic_delattr`].
///
/// # Safety
/// `obj` is an instance of a user class and `name` a str.
pub unsafe fn delattr(ts: *mut Thread, obj: Word, name: Word) -> i32 {
    let cls = unsafe { class_of(type_of(obj)) };
    let custom = cls.dunders[Dunder::DelAttr as usize];
    if custom != 0 {
        let args = [obj, name];
        let result = unsafe { crate::calls::ty_call(ts, custom, args.as_ptr(), 2, 0) };
        return if result == 0 { -1 } else { 0 };
    }
    unsafe { generic_delattr(ts, obj, name) }
}

/// `object.__delattr__`: a property's deleter, else the instance's own
/// storage. An unset `__slots__` name fails with the bare name, as
/// CPython's member descriptors do.
///
/// # Safety
/// `obj` is an instance of a user class and `name` a str.
pub unsafe fn generic_delattr(ts: *mut Thread, obj: Word, name: Word) -> i32 {
    let ty = type_of(obj);
    let cls = unsafe { class_of(ty) };
    let key = unsafe { str_::bytes(name) };
    if let Some(descr) = super::lookup(ts, ty, name)
        && super::descr::is_data_descriptor(descr)
    {
        return unsafe { super::descr::delete(ts, descr, obj) };
    }
    let deleted = if uses_instance_layout(cls) {
        unsafe { layout::delete(ts, cls, obj, name) }
    } else {
        let Some(d) = own_dict(obj, cls) else {
            return unsafe { crate::attr::builtin_delattr(ts, obj, name) };
        };
        unsafe { dict::del(ts, d, name) }.map(|old| old.is_some())
    };
    match deleted {
        Err(()) => -1,
        Ok(true) => 0,
        Ok(false) => {
            let message = if is_slot(cls, key) {
                String::from_utf8_lossy(key).into_owned()
            } else {
                crate::attr::no_attribute(obj, key)
            };
            crate::error::raise_status(ts, &exception::ATTRIBUTE_ERROR, &message)
        }
    }
}

/// `<__main__.Point object at 0x...>`.
///
/// # Safety
/// `obj` is an instance of a user class.
pub unsafe fn default_repr(ts: *mut Thread, obj: Word) -> Word {
    let name = super::qualified_name_with_main(type_of(obj));
    str_::new(ts, &format!("<{name} object at {obj:#x}>"))
}

/// `obj.name(*args)` for an instance of a user class: a function found on
/// the class (and not shadowed by an instance attribute) is called with
/// `obj` prepended, without making a bound method.
///
/// # Safety
/// `obj` is an instance of a user class; the arguments follow the ABI's
/// conventions.
pub unsafe fn call_method(
    ts: *mut Thread,
    obj: Word,
    name: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if str_::is_str(name) {
        let ty = type_of(obj);
        let cls = unsafe { class_of(ty) };
        if cls.dunders[Dunder::GetAttribute as usize] == 0
            && let Some(func) = super::lookup(ts, ty, name)
            && std::ptr::eq(type_of(func), &function::FUNCTION_TYPE)
            && !(if uses_instance_layout(cls) {
                matches!(unsafe { layout::get(ts, cls, obj, name) }, Ok(Some(_)))
            } else {
                own_dict(obj, cls)
                    .is_some_and(|d| matches!(unsafe { dict::get(ts, d, name) }, Ok(Some(_))))
            })
        {
            return unsafe { crate::calls::call_with_self(ts, func, obj, args, nargs, kwnames) };
        }
    }
    let callee = unsafe { crate::entry::ty_getattr(ts, obj, name) };
    if callee == 0 {
        return 0;
    }
    unsafe { crate::calls::ty_call(ts, callee, args, nargs, kwnames) }
}
