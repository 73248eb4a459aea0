//! Deleting attributes: `del obj.attr` (which compiles to the `delattr`
//! builtin) for instances of user classes and for classes. CPython routes
//! this through `tp_setattro` with a NULL value; typhon keeps it apart so
//! no assignment hook has to expect a missing value.

use super::instance::InstanceObject;
use super::{Dunder, class_of, is_heap};
use crate::error::raise_status;
use crate::object::{TypeObject, Word, cast, is_instance, type_of};
use crate::thread::Thread;
use crate::types::exception::{ATTRIBUTE_ERROR, ExceptionObject};
use crate::types::{dict, object, str as str_, tuple, type_};

/// `delattr(obj, name)` with `name` a str; 0 on success, -1 with an
/// exception pending.
///
/// # Safety
/// The words must be valid and `name` a str.
pub unsafe fn delattr(ts: *mut Thread, obj: Word, name: Word) -> i32 {
    let key = unsafe { str_::bytes(name) };
    if is_instance(obj, &type_::TYPE_TYPE) {
        let ty = obj as *const TypeObject;
        if is_heap(ty) {
            return unsafe { class_delattr(ts, obj, name) };
        }
        let message = format!(
            "cannot set '{}' attribute of immutable type '{}'",
            String::from_utf8_lossy(key),
            unsafe { (*ty).name }
        );
        return raise_status(ts, &crate::types::exception::TYPE_ERROR, &message);
    }
    let ty = type_of(obj);
    if is_heap(ty) {
        let custom = unsafe { class_of(ty) }.dunders[Dunder::DelAttr as usize];
        if custom != 0 {
            let idx = Dunder::DelAttr as usize;
            let result = unsafe { super::slots::call_dunder(ts, obj, idx, &[name]) };
            return if result == 0 { -1 } else { 0 };
        }
        return unsafe { generic_delattr(ts, obj, name) };
    }
    let message = if crate::attr::find_method(ty, key).is_some() {
        format!(
            "'{}' object attribute '{}' is read-only",
            ty.name,
            String::from_utf8_lossy(key)
        )
    } else {
        crate::attr::no_attribute(obj, key)
    };
    raise_status(ts, &ATTRIBUTE_ERROR, &message)
}

/// `object.__delattr__`: data descriptors, then the instance's storage.
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
    let missing = |ts: *mut Thread| {
        let in_slots = cls.slot_names != 0
            && unsafe { tuple::items(cls.slot_names) }
                .iter()
                .any(|slot| unsafe { str_::bytes(*slot) } == key);
        let message = if in_slots {
            String::from_utf8_lossy(key).into_owned()
        } else {
            crate::attr::no_attribute(obj, key)
        };
        raise_status(ts, &ATTRIBUTE_ERROR, &message)
    };
    if std::ptr::eq(cls.solid, &object::OBJECT_TYPE) {
        let d = unsafe { cast::<InstanceObject>(obj) }.dict;
        return match unsafe { dict::del(ts, d, name) } {
            Ok(Some(_)) => 0,
            Ok(None) => missing(ts),
            Err(()) => -1,
        };
    }
    let exc = unsafe { cast::<ExceptionObject>(obj) };
    let found = exc
        .attrs
        .iter()
        .position(|(attr, _)| unsafe { str_::bytes(*attr) } == key);
    match found {
        Some(idx) => {
            exc.attrs.remove(idx);
            0
        }
        None => missing(ts),
    }
}

/// `del Cls.attr` for a user class.
///
/// # Safety
/// `cls_word` must be a heap type and `name` a str.
unsafe fn class_delattr(ts: *mut Thread, cls_word: Word, name: Word) -> i32 {
    let cls = unsafe { class_of(cls_word as *const TypeObject) };
    match unsafe { dict::del(ts, cls.dict, name) } {
        Ok(Some(_)) => {}
        Ok(None) => {
            let message = format!(
                "type object '{}' has no attribute '{}'",
                cls.ty.name,
                unsafe { str_::lossy(name) }
            );
            return raise_status(ts, &ATTRIBUTE_ERROR, &message);
        }
        Err(()) => return -1,
    }
    super::CLASS_VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let key = unsafe { str_::bytes(name) };
    if key.starts_with(b"__") && key.ends_with(b"__") {
        super::make::refresh(cls);
    }
    0
}
