//! `dir()` and the namespace builtins (`globals()`, `dir()` and `locals()`
//! at module level).
//!
//! `dir(obj)` is CPython's sorted list: a user `__dir__` when the class has
//! one; for a module its global names; for a class the names along its MRO
//! (user class dicts, CPython's lists for built-in bases); for an instance
//! its attributes plus its class's. Built-in types use CPython's own `dir()`
//! lists (`types/dir_names.rs`); a built-in type typhon has no list for is
//! refused with `NotImplementedError` rather than answered wrongly.

use crate::calls::args::Args;
use crate::object::{TypeObject, Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::class::{self, ClassObject};
use crate::types::{dict, exception, list, module, str as str_, tuple, type_};

/// `dir([obj])`; the compiler lowers `dir()` without an argument itself.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn dir(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(args, nargs, kwnames) };
    if !call.no_keywords(ts, "dir") {
        return 0;
    }
    match call.positional {
        [obj] => unsafe { dir_of(ts, *obj) },
        [] => crate::error::type_error(ts, "dir() without an argument is compiled, not called"),
        more => {
            let message = format!("dir expected at most 1 argument, got {}", more.len());
            crate::error::type_error(ts, &message)
        }
    }
}

/// `dir(obj)`, through a user `__dir__` when the class has one.
unsafe fn dir_of(ts: *mut Thread, obj: Word) -> Word {
    let ty = type_of(obj);
    if class::is_heap(ty) && class::lookup_from(&class::mro_of(ty), 0, b"__dir__").is_some() {
        let name = str_::new(ts, "__dir__");
        if name == 0 {
            return 0;
        }
        let result = unsafe { crate::calls::ty_call_method(ts, obj, name, std::ptr::null(), 0, 0) };
        if result == 0 {
            return 0;
        }
        let args = [result];
        return unsafe { crate::builtins::reduce::sorted(ts, args.as_ptr(), 1, 0) };
    }
    unsafe { dir_list(ts, obj) }
}

/// `object.__dir__(obj)` (and `type.__dir__`, `module.__dir__`), sorted.
///
/// # Safety
/// `obj` must be a valid word.
pub unsafe fn dir_list(ts: *mut Thread, obj: Word) -> Word {
    let mut names: Vec<Vec<u8>> = Vec::new();
    let ty = type_of(obj);
    let outcome = if std::ptr::eq(ty, &module::MODULE_TYPE) {
        unsafe { module_names(obj, &mut names) };
        Ok(())
    } else if is_instance(obj, &type_::TYPE_TYPE) {
        class_names(obj as *const TypeObject, &mut names)
    } else {
        unsafe { instance_names(obj, &mut names) }
    };
    if let Err(unknown) = outcome {
        let message = format!(
            "dir() of '{}' objects is not supported by typhon",
            unknown.name
        );
        return crate::error::raise(ts, &exception::NOT_IMPLEMENTED_ERROR, &message);
    }
    sorted_list(ts, names)
}

fn sorted_list(ts: *mut Thread, mut names: Vec<Vec<u8>>) -> Word {
    // UTF-8 byte order is code point order, which is how str sorts.
    names.sort();
    names.dedup();
    let mut items = Vec::with_capacity(names.len());
    let pins = unsafe { crate::gc::PinScope::new(ts) };
    for name in &names {
        let word = str_::from_bytes(ts, name);
        if word == 0 {
            return 0;
        }
        pins.pin(word);
        items.push(word);
    }
    list::new(ts, items)
}

/// The dunders CPython puts in every module's namespace, then the module's
/// bound globals.
unsafe fn module_names(module: Word, names: &mut Vec<Vec<u8>>) {
    for name in unsafe { module::standard_names(module) } {
        names.push(name.as_bytes().to_vec());
    }
    for (name, _) in unsafe { module::bound_globals(module) } {
        names.push(unsafe { str_::bytes(name) }.to_vec());
    }
}

/// The names along a class's MRO: the keys of each user class's dict (with
/// the `__dict__` and `__weakref__` descriptors CPython adds), and CPython's
/// list for each built-in type.
fn class_names(ty: *const TypeObject, names: &mut Vec<Vec<u8>>) -> Result<(), &'static TypeObject> {
    for cursor in class::mro_of(ty) {
        if !class::is_heap(cursor) {
            let static_ty: &'static TypeObject = unsafe { &*cursor };
            let Some(list) = crate::types::special::dir_names(static_ty) else {
                return Err(static_ty);
            };
            names.extend(list.split(' ').map(|n| n.as_bytes().to_vec()));
            continue;
        }
        let cls: &ClassObject = unsafe { class::class_of(cursor) };
        let mut pos = 0;
        while let Some(entry) = unsafe { dict::next_entry(cls.dict, &mut pos) } {
            if str_::is_str(entry.key) {
                names.push(unsafe { str_::bytes(entry.key) }.to_vec());
            }
        }
        for name in ["__module__", "__doc__"] {
            names.push(name.as_bytes().to_vec());
        }
        if cls.slot_names != 0 {
            for name in unsafe { tuple::items(cls.slot_names) } {
                names.push(unsafe { str_::bytes(*name) }.to_vec());
            }
        } else {
            // The descriptors `type.__new__` adds: instances of exception
            // classes already have a dict, variable-size built-ins and sets
            // no weak reference slot.
            let solid = unsafe { &*cls.solid };
            if !solid.is_subtype(&exception::BASE_EXCEPTION) {
                names.push(b"__dict__".to_vec());
            }
            if !["int", "bytes", "tuple", "set", "frozenset"].contains(&solid.name) {
                names.push(b"__weakref__".to_vec());
            }
        }
    }
    Ok(())
}

/// An instance's own attributes, then its class's names.
unsafe fn instance_names(obj: Word, names: &mut Vec<Vec<u8>>) -> Result<(), &'static TypeObject> {
    let ty = type_of(obj);
    if class::is_heap(ty) {
        let cls: &ClassObject = unsafe { class::class_of(ty) };
        let own = if let Some(d) = class::instance::own_dict(obj, cls) {
            d
        } else if std::ptr::eq(cls.solid, &crate::types::object::OBJECT_TYPE) && cls.slot_names == 0
        {
            let inst = unsafe { class::layout::instance(obj) };
            if inst.dict == 0 && cls.layout != 0 {
                let layout = unsafe { list::raw(cls.layout) };
                for (name, value) in layout.iter().zip(class::layout::values(inst).iter()) {
                    if *value != 0 {
                        names.push(unsafe { str_::bytes(*name) }.to_vec());
                    }
                }
            }
            inst.dict
        } else {
            0
        };
        unsafe { push_keys(own, names) };
    } else if std::ptr::eq(ty, &crate::types::function::FUNCTION_TYPE) {
        let func = unsafe { crate::object::cast::<crate::types::function::FunctionObject>(obj) };
        unsafe { push_keys(func.dict, names) };
    }
    class_names(ty, names)
}

/// The str keys of `d` (a dict, or 0 for none).
unsafe fn push_keys(d: Word, names: &mut Vec<Vec<u8>>) {
    if d == 0 {
        return;
    }
    let mut pos = 0;
    while let Some(entry) = unsafe { dict::next_entry(d, &mut pos) } {
        if str_::is_str(entry.key) {
            names.push(unsafe { str_::bytes(entry.key) }.to_vec());
        }
    }
}

/// `$globals(module)`: `globals()`, a snapshot dict of the module's
/// namespace (see `module::namespace_dict`).
///
/// # Safety
/// The arguments follow the `NativeFn` convention; the compiler passes the
/// module object.
pub unsafe extern "C" fn globals(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kw: Word,
) -> Word {
    match unsafe { crate::calls::args::slice(args, nargs) } {
        [module] if std::ptr::eq(type_of(*module), &module::MODULE_TYPE) => unsafe {
            module::namespace_dict(ts, *module)
        },
        _ => crate::error::system_error(ts, "$globals expects the module"),
    }
}

/// `$module_dir(module)`: `dir()` at module level.
///
/// # Safety
/// As [`globals`].
pub unsafe extern "C" fn module_dir(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kw: Word,
) -> Word {
    match unsafe { crate::calls::args::slice(args, nargs) } {
        [module] if std::ptr::eq(type_of(*module), &module::MODULE_TYPE) => unsafe {
            dir_list(ts, *module)
        },
        _ => crate::error::system_error(ts, "$module_dir expects the module"),
    }
}
