//! A compiled function's attributes: the special ones CPython keeps in the
//! function object (`__name__`, `__doc__`, `__defaults__`, ...), with
//! CPython's checks, and the others in the function's `__dict__`, a real
//! dict that `vars(f)`, `f.__dict__[...]` and `setattr(f, ...)` all see.

use super::FunctionObject;
use crate::object::{Word, cast};
use crate::thread::Thread;
use crate::types::{dict, none, str as str_, tuple};

/// The names CPython serves from the function object itself rather than
/// from its `__dict__` (those stored on demand in `FunctionObject::attrs`,
/// and those with fields of their own).
fn is_special(key: &[u8]) -> bool {
    matches!(
        key,
        b"__doc__"
            | b"__module__"
            | b"__name__"
            | b"__qualname__"
            | b"__annotations__"
            | b"__code__"
            | b"__defaults__"
            | b"__kwdefaults__"
            | b"__closure__"
            | b"__dict__"
    )
}

/// The function's `__dict__`, made on first need; 0 with `MemoryError`
/// pending when it cannot be.
fn dict_of(ts: *mut Thread, obj: &mut FunctionObject) -> Word {
    if obj.dict == 0 {
        obj.dict = dict::new(ts);
    }
    obj.dict
}

/// The stored special attribute `key`, if the program or the compiler set it.
fn stored(obj: &FunctionObject, key: &[u8]) -> Option<Word> {
    obj.attrs
        .iter()
        .find(|(attr, _)| unsafe { str_::bytes(*attr) } == key)
        .map(|(_, value)| *value)
}

/// `f.name`; 0 without an exception for the generic look-up's
/// `AttributeError`.
///
/// # Safety
/// `func` must be a function and `name` a str.
pub(super) unsafe fn getattr(ts: *mut Thread, func: Word, name: Word) -> Word {
    let obj = unsafe { cast::<FunctionObject>(func) };
    let key = unsafe { str_::bytes(name) };
    if !is_special(key) {
        if obj.dict == 0 {
            return 0;
        }
        return match unsafe { dict::get(ts, obj.dict, name) } {
            Ok(Some(value)) => value,
            Ok(None) | Err(()) => 0,
        };
    }
    if let Some(value) = stored(obj, key) {
        return value;
    }
    match key {
        b"__qualname__" => obj.name,
        b"__name__" => {
            let qualname = unsafe { str_::bytes(obj.name) };
            match qualname.iter().rposition(|byte| *byte == b'.') {
                Some(dot) => str_::from_bytes(ts, &qualname[dot + 1..]),
                None => obj.name,
            }
        }
        b"__defaults__" if unsafe { tuple::items(obj.defaults) }.is_empty() => none::none(),
        b"__defaults__" => obj.defaults,
        b"__doc__" => none::none(),
        // CPython makes an empty dict on first access and keeps it.
        b"__annotations__" => {
            let annotations = dict::new(ts);
            if annotations != 0 {
                obj.attrs.push((name, annotations));
            }
            annotations
        }
        b"__kwdefaults__" if obj.kwdefaults == 0 => none::none(),
        b"__kwdefaults__" => obj.kwdefaults,
        b"__closure__" if obj.closure == 0 => none::none(),
        b"__closure__" => obj.closure,
        b"__dict__" => dict_of(ts, obj),
        _ => 0,
    }
}

/// `f.attr = value`: functions take any attribute, with CPython's checks on
/// the special ones.
///
/// # Safety
/// `func` must be a function and `name` a str.
pub(super) unsafe fn setattr(ts: *mut Thread, func: Word, name: Word, value: Word) -> i32 {
    let obj = unsafe { cast::<FunctionObject>(func) };
    let key = unsafe { str_::bytes(name) };
    if !is_special(key) {
        let d = dict_of(ts, obj);
        if d == 0 {
            return -1;
        }
        return unsafe { dict::set(ts, d, name, value) };
    }
    let is_str = crate::object::is_instance(value, &str_::STR_TYPE);
    match key {
        b"__name__" | b"__qualname__" if !is_str => {
            let attr = String::from_utf8_lossy(key);
            crate::error::type_error(ts, &format!("{attr} must be set to a string object"));
            return -1;
        }
        b"__qualname__" => {
            // `__name__` was derived from the old qualified name; keep it.
            if stored(obj, b"__name__").is_none() {
                let key = str_::new(ts, "__name__");
                let old = unsafe { getattr(ts, func, key) };
                if key == 0 || old == 0 {
                    return -1;
                }
                obj.attrs.push((key, old));
            }
            obj.name = value;
            return 0;
        }
        b"__defaults__" if value == none::none() => {
            let empty = tuple::new(ts, &[]);
            if empty == 0 {
                return -1;
            }
            obj.defaults = empty;
            return 0;
        }
        b"__defaults__" if crate::object::is_instance(value, &tuple::TUPLE_TYPE) => {
            obj.defaults = value;
            return 0;
        }
        b"__defaults__" => {
            crate::error::type_error(ts, "__defaults__ must be set to a tuple object");
            return -1;
        }
        b"__kwdefaults__" if value == none::none() => {
            obj.kwdefaults = 0;
            return 0;
        }
        b"__kwdefaults__" if crate::object::is_instance(value, &dict::DICT_TYPE) => {
            obj.kwdefaults = value;
            return 0;
        }
        b"__kwdefaults__" => {
            crate::error::type_error(ts, "__kwdefaults__ must be set to a dict object");
            return -1;
        }
        b"__dict__" if crate::object::is_instance(value, &dict::DICT_TYPE) => {
            obj.dict = value;
            return 0;
        }
        b"__dict__" => {
            let message = format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                crate::error::type_name(value)
            );
            crate::error::type_error(ts, &message);
            return -1;
        }
        b"__closure__" => {
            let error = &crate::types::exception::ATTRIBUTE_ERROR;
            return crate::error::raise_status(ts, error, "readonly attribute");
        }
        _ => {}
    }
    match obj
        .attrs
        .iter_mut()
        .find(|(attr, _)| unsafe { str_::bytes(*attr) } == key)
    {
        Some(entry) => entry.1 = value,
        None => obj.attrs.push((name, value)),
    }
    0
}

/// `del f.name`, with CPython's rules for the special attributes.
///
/// # Safety
/// `func` must be a function and `name` a str.
pub unsafe fn delattr(ts: *mut Thread, func: Word, name: Word) -> i32 {
    let obj = unsafe { cast::<FunctionObject>(func) };
    let key = unsafe { str_::bytes(name) };
    if !is_special(key) {
        if obj.dict != 0 {
            match unsafe { dict::del(ts, obj.dict, name) } {
                Ok(Some(_)) => return 0,
                Ok(None) => {}
                Err(()) => return -1,
            }
        }
        let message = crate::attr::no_attribute(func, key);
        return crate::error::raise_status(ts, &crate::types::exception::ATTRIBUTE_ERROR, &message);
    }
    match key {
        b"__name__" | b"__qualname__" => {
            let attr = String::from_utf8_lossy(key);
            crate::error::type_error(ts, &format!("{attr} must be set to a string object"));
            return -1;
        }
        b"__defaults__" => {
            let empty = tuple::new(ts, &[]);
            if empty == 0 {
                return -1;
            }
            obj.defaults = empty;
            return 0;
        }
        b"__kwdefaults__" => {
            obj.kwdefaults = 0;
            return 0;
        }
        b"__closure__" => {
            let error = &crate::types::exception::ATTRIBUTE_ERROR;
            return crate::error::raise_status(ts, error, "readonly attribute");
        }
        b"__dict__" => {
            crate::error::type_error(ts, "cannot delete __dict__");
            return -1;
        }
        _ => {}
    }
    if let Some(idx) = obj
        .attrs
        .iter()
        .position(|(attr, _)| unsafe { str_::bytes(*attr) } == key)
    {
        obj.attrs.remove(idx);
        return 0;
    }
    if key == b"__doc__" {
        return 0;
    }
    let message = crate::attr::no_attribute(func, key);
    crate::error::raise_status(ts, &crate::types::exception::ATTRIBUTE_ERROR, &message)
}
