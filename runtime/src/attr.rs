//! Generic attribute access: `ty_getattr`, `ty_setattr` and `ty_delattr`.
//!
//! Lookup order: the type's `getattr` hook (module globals, exception
//! `args`, `range.start`, ...), then the type's native methods (giving a
//! bound method), then `__class__`. A hook that does not know a name returns
//! 0 with nothing pending (or with an `AttributeError`, which is kept as the
//! final error when nothing else matches, so modules keep their
//! "module 'm' has no attribute 'x'" wording).

use crate::object::{TypeObject, Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::exception::ATTRIBUTE_ERROR;
use crate::types::{function, str as str_};

/// `obj.name`.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_getattr(ts: *mut Thread, obj: Word, name: Word) -> Word {
    if !is_instance(name, &str_::STR_TYPE) {
        let message = format!(
            "attribute name must be string, not '{}'",
            type_of(name).name
        );
        return crate::error::type_error(ts, &message);
    }
    let ty = type_of(obj);
    let mut hook_error = 0;
    if let Some(hook) = ty.slots.getattr {
        let found = unsafe { hook(ts, obj, name) };
        if found != 0 {
            return found;
        }
        let pending = unsafe { std::mem::replace(&mut (*ts).exc, 0) };
        if pending != 0 && !is_instance(pending, &ATTRIBUTE_ERROR) {
            unsafe { (*ts).exc = pending };
            return 0;
        }
        hook_error = pending;
    }
    let key = unsafe { str_::bytes(name) };
    if key == b"__hash__" && crate::types::special::unhashable(ty) {
        return crate::types::none::none();
    }
    if let Some((method_name, func)) = find_method(ty, key) {
        return function::bind_native(ts, obj, method_name, func);
    }
    if key == b"__class__" {
        return ty as *const TypeObject as Word;
    }
    if hook_error != 0 {
        unsafe { (*ts).exc = hook_error };
        return 0;
    }
    crate::error::attribute_error(ts, &no_attribute(obj, key))
}

/// `obj.name = value`; 0, or -1 with an exception pending.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_setattr(ts: *mut Thread, obj: Word, name: Word, value: Word) -> i32 {
    if !is_instance(name, &str_::STR_TYPE) {
        let message = format!(
            "attribute name must be string, not '{}'",
            type_of(name).name
        );
        crate::error::type_error(ts, &message);
        return -1;
    }
    let ty = type_of(obj);
    if let Some(hook) = ty.slots.setattr {
        return unsafe { hook(ts, obj, name, value) };
    }
    let key = unsafe { str_::bytes(name) };
    let message = if find_method(ty, key).is_some() {
        format!(
            "'{}' object attribute '{}' is read-only",
            ty.name,
            String::from_utf8_lossy(key)
        )
    } else {
        no_attribute(obj, key)
    };
    crate::error::raise_status(ts, &ATTRIBUTE_ERROR, &message)
}

/// `del obj.name`; 0, or -1 with an exception pending. Each kind of object
/// that stores attributes removes them from its own storage; a user class
/// first gives its `__delattr__` the call.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_delattr(ts: *mut Thread, obj: Word, name: Word) -> i32 {
    if !is_instance(name, &str_::STR_TYPE) {
        let message = format!(
            "attribute name must be string, not '{}'",
            type_of(name).name
        );
        crate::error::type_error(ts, &message);
        return -1;
    }
    if crate::types::class::is_heap(type_of(obj)) {
        return unsafe { crate::types::class::instance::delattr(ts, obj, name) };
    }
    unsafe { builtin_delattr(ts, obj, name) }
}

/// Attribute deletion for objects of built-in types (and the exception
/// layout of exception subclasses).
///
/// # Safety
/// `name` must be a str.
pub unsafe fn builtin_delattr(ts: *mut Thread, obj: Word, name: Word) -> i32 {
    use crate::types::{exception, module, type_};
    let ty = type_of(obj);
    if is_instance(obj, &type_::TYPE_TYPE) {
        if crate::types::class::is_heap(obj as *const TypeObject) {
            return unsafe { crate::types::class::class_delattr(ts, obj, name) };
        }
        // Built-in types refuse with their `setattr` wording, as CPython's do.
        return match ty.slots.setattr {
            Some(hook) => unsafe { hook(ts, obj, name, 0) },
            None => -1,
        };
    }
    if std::ptr::eq(ty, &module::MODULE_TYPE) {
        return unsafe { module::delattr(ts, obj, name) };
    }
    if std::ptr::eq(ty, &function::FUNCTION_TYPE) {
        return unsafe { function::delattr(ts, obj, name) };
    }
    if exception::is_exception(obj) {
        return unsafe { exception::delattr(ts, obj, name) };
    }
    if let Some(hook) = ty.slots.setattr {
        // Types with their own attribute storage (struct sequences) refuse
        // deletion as they refuse assignment; their hook ignores the value.
        return unsafe { hook(ts, obj, name, 0) };
    }
    let key = unsafe { str_::bytes(name) };
    let attr = String::from_utf8_lossy(key);
    let message = if find_method(ty, key).is_some() {
        format!("'{}' object attribute '{attr}' is read-only", ty.name)
    } else if let Some(hook) = ty.slots.getattr
        && unsafe { hook(ts, obj, name) } != 0
    {
        // Attributes computed by the `getattr` hook are CPython's getset
        // descriptors.
        format!(
            "attribute '{attr}' of '{}' objects is not writable",
            ty.name
        )
    } else {
        unsafe { (*ts).exc = 0 };
        no_attribute(obj, key)
    };
    crate::error::raise_status(ts, &ATTRIBUTE_ERROR, &message)
}

/// The native method `key` of `ty` or its bases, with its static name.
pub fn find_method(
    ty: &'static TypeObject,
    key: &[u8],
) -> Option<(&'static str, crate::object::NativeFn)> {
    // The type's own methods, then its slot wrappers (`(3).__add__`), then
    // `object`'s methods; for instances of plain user classes `object`'s
    // methods come before the wrappers (`object.__repr__` knows user
    // classes).
    let object: *const TypeObject = &crate::types::object::OBJECT_TYPE;
    let mut cursor: *const TypeObject = ty;
    while !cursor.is_null() && !std::ptr::eq(cursor, object) {
        let current: &'static TypeObject = unsafe { &*cursor };
        if let Some(method) = current.methods.iter().find(|m| m.name.as_bytes() == key) {
            return Some((method.name, method.func));
        }
        cursor = current.base;
    }
    let own = crate::types::object::OBJECT_TYPE
        .methods
        .iter()
        .find(|m| m.name.as_bytes() == key)
        .map(|m| (m.name, m.func));
    if own.is_some() && crate::types::special::object_based(ty) {
        return own;
    }
    crate::types::special::lookup(ty, key).or(own)
}

/// Whether `func` is one of `object`'s own methods or a slot wrapper of
/// `types::special`: both come after a type's `getattr` hook.
pub fn is_object_method(func: crate::object::NativeFn) -> bool {
    crate::types::special::is_wrapper(func)
        || crate::types::object::OBJECT_TYPE
            .methods
            .iter()
            .any(|method| std::ptr::fn_addr_eq(method.func, func))
}

/// Native methods whose receiver is the type rather than an instance
/// (CPython's classmethods and staticmethods: `dict.fromkeys`,
/// `str.maketrans`, `bytes.fromhex`). They live in their type's method table
/// like any method and ignore their receiver, so `d.fromkeys(...)` works as
/// is; listing them here makes `dict.fromkeys` bind the type instead of
/// giving an unbound descriptor that would demand an instance argument.
static CLASS_METHODS: &[(&TypeObject, &str)] = &[
    (&crate::types::dict::DICT_TYPE, "fromkeys"),
    (&str_::STR_TYPE, "maketrans"),
    (&crate::types::bytes::BYTES_TYPE, "fromhex"),
    (&crate::types::bytes::BYTES_TYPE, "maketrans"),
    (&crate::types::bytearray::BYTEARRAY_TYPE, "fromhex"),
    (&crate::types::bytearray::BYTEARRAY_TYPE, "maketrans"),
    (&crate::types::int::INT_TYPE, "from_bytes"),
    (&crate::types::float::FLOAT_TYPE, "fromhex"),
    (&crate::types::object::OBJECT_TYPE, "__init_subclass__"),
];

/// Whether the method `name` of `ty` (or of a base) takes the type as its
/// receiver.
pub fn is_class_method(ty: &'static TypeObject, name: &str) -> bool {
    let mut cursor: *const TypeObject = ty;
    while !cursor.is_null() {
        if CLASS_METHODS
            .iter()
            .any(|(owner, method)| std::ptr::eq(*owner, cursor) && *method == name)
        {
            return true;
        }
        cursor = unsafe { (*cursor).base };
    }
    false
}

/// "'int' object has no attribute 'x'".
pub fn no_attribute(obj: Word, key: &[u8]) -> String {
    if is_instance(obj, &crate::types::type_::TYPE_TYPE) {
        let ty = unsafe { &*(obj as *const TypeObject) };
        return format!(
            "type object '{}' has no attribute '{}'",
            ty.name,
            String::from_utf8_lossy(key)
        );
    }
    format!(
        "'{}' object has no attribute '{}'",
        type_of(obj).name,
        String::from_utf8_lossy(key)
    )
}
