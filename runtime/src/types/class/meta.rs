//! Metaclasses: classes derived from `type`, whose instances are classes.
//!
//! A class statement with `metaclass=M` (or a base whose type is `M`)
//! calls `M(name, bases, namespace, **keywords)`; `M.__new__` reaches
//! `type.__new__(M, ...)` through `super()`, which makes a `ClassObject`
//! whose header names `M` as its type. Such a class's operations
//! (`Color(1)`, `iter(Color)`, `len(Color)`, `Color['RED']`, `repr`) go
//! through `M`'s slots, which are `type`'s with a shim wherever `M` defines
//! the special method (`slots::compute` keeps `type`'s attribute hooks).
//! Attribute lookup on such a class follows `type.__getattribute__`: data
//! descriptors of the metaclass, the class's own MRO, then the metaclass's
//! other attributes bound to the class (`class_getattr`). The namespace is
//! a plain dict: `__prepare__` is not called.

use super::{class_of, is_heap, lookup_from, mro_of};
use crate::error::type_error;
use crate::object::{TypeObject, Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::{dict, str as str_, tuple, type_};

/// What `$build_class` does once the bases are resolved: pick the
/// metaclass (`metaclass=` or the most derived type of the bases) and
/// create the class through it.
///
/// # Safety
/// The words follow `$build_class`'s conventions.
pub unsafe fn build(
    ts: *mut Thread,
    name: Word,
    qualname: Word,
    module: Word,
    bases: Word,
    namespace: Word,
    keywords: &mut Vec<(Word, Word)>,
) -> Word {
    let explicit = keywords
        .iter()
        .position(|(key, _)| unsafe { str_::bytes(*key) } == b"metaclass")
        .map(|idx| keywords.remove(idx).1);
    let base_words = unsafe { tuple::items(bases) };
    let mut meta = match (explicit, base_words.first()) {
        (Some(meta), _) => meta,
        (None, Some(first)) => type_of(*first).as_word(),
        (None, None) => type_::TYPE_TYPE.as_word(),
    };
    if is_instance(meta, &type_::TYPE_TYPE) {
        match calculate(meta, base_words) {
            Some(winner) => meta = winner,
            None => {
                let message = "metaclass conflict: the metaclass of a derived class must be a \
                               (non-strict) subclass of the metaclasses of all its bases";
                return type_error(ts, message);
            }
        }
    }
    if meta == type_::TYPE_TYPE.as_word() {
        let meta = &type_::TYPE_TYPE as *const TypeObject;
        return unsafe {
            super::make::create_class(ts, meta, name, qualname, module, bases, namespace, keywords)
        };
    }
    let key = str_::new(ts, "__qualname__");
    if key == 0 || unsafe { dict::set(ts, namespace, key, qualname) } < 0 {
        return 0;
    }
    let mut args = vec![name, bases, namespace];
    args.extend(keywords.iter().map(|(_, value)| *value));
    let kwnames = if keywords.is_empty() {
        0
    } else {
        let names: Vec<Word> = keywords.iter().map(|(key, _)| *key).collect();
        let names = tuple::new(ts, &names);
        if names == 0 {
            return 0;
        }
        names
    };
    unsafe { crate::calls::ty_call(ts, meta, args.as_ptr(), args.len() as i64, kwnames) }
}

/// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta` and
/// the bases' types; `None` when two are unrelated.
fn calculate(meta: Word, bases: &[Word]) -> Option<Word> {
    let mut winner = meta as *const TypeObject;
    for base in bases {
        let candidate: &TypeObject = type_of(*base);
        if unsafe { &*winner }.is_subtype(candidate) {
            continue;
        }
        if candidate.is_subtype(winner) {
            winner = candidate;
            continue;
        }
        return None;
    }
    Some(winner as Word)
}

/// `type.__new__(meta, name, bases, namespace, **keywords)`: the class's
/// `__module__` and `__qualname__` come from the namespace (a copy), as in
/// CPython; the module defaults to `__main__`.
///
/// # Safety
/// `meta` must be `type` or a subclass of it.
pub unsafe fn type_new(
    ts: *mut Thread,
    meta: *const TypeObject,
    args: &[Word],
    keywords: &[(Word, Word)],
) -> Word {
    let meta_arg = meta;
    let [name, bases, namespace] = args else {
        let message = format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len()
        );
        return type_error(ts, &message);
    };
    let checks = [
        (*name, "str", str_::is_str(*name), 1),
        (*bases, "tuple", is_instance(*bases, &tuple::TUPLE_TYPE), 2),
        (
            *namespace,
            "dict",
            is_instance(*namespace, &dict::DICT_TYPE),
            3,
        ),
    ];
    for (value, expected, ok, position) in checks {
        if !ok {
            let message = format!(
                "type.__new__() argument {position} must be {expected}, not {}",
                type_of(value).name
            );
            return type_error(ts, &message);
        }
    }
    // A base's metaclass more derived than `meta` takes over (CPython's
    // `type_new` hands the call to its `__new__`).
    let Some(winner) = calculate(meta as Word, unsafe { tuple::items(*bases) }) else {
        let message = "metaclass conflict: the metaclass of a derived class must be a \
                       (non-strict) subclass of the metaclasses of all its bases";
        return type_error(ts, message);
    };
    let meta = winner as *const TypeObject;
    if winner != meta_arg as Word
        && is_heap(meta)
        && let Some((new, _)) = lookup_from(&mro_of(meta), 0, b"__new__")
    {
        {
            let func = unsafe { super::descr::get_from_class(ts, new, winner) };
            if func == 0 {
                return 0;
            }
            let mut all = vec![winner, *name, *bases, *namespace];
            all.extend(keywords.iter().map(|(_, value)| *value));
            let kwnames = if keywords.is_empty() {
                0
            } else {
                let names: Vec<Word> = keywords.iter().map(|(key, _)| *key).collect();
                tuple::new(ts, &names)
            };
            let n = all.len() as i64;
            return unsafe { crate::calls::ty_call(ts, func, all.as_ptr(), n, kwnames) };
        }
    }
    let namespace = unsafe { dict::copy(ts, *namespace) };
    if namespace == 0 {
        return 0;
    }
    let module = match unsafe { super::dict_get_str(namespace, b"__module__") } {
        Some(module) => module,
        None => {
            let module = str_::new(ts, "__main__");
            let key = str_::new(ts, "__module__");
            if module == 0 || key == 0 || unsafe { dict::set(ts, namespace, key, module) } < 0 {
                return 0;
            }
            module
        }
    };
    let mut qualname = *name;
    if let Some(given) = unsafe { super::dict_get_str(namespace, b"__qualname__") } {
        if !str_::is_str(given) {
            let message = format!(
                "type __qualname__ must be a str, not {}",
                type_of(given).name
            );
            return type_error(ts, &message);
        }
        qualname = given;
        let key = str_::new(ts, "__qualname__");
        if key == 0 || unsafe { dict::del(ts, namespace, key) }.is_err() {
            return 0;
        }
    }
    unsafe {
        super::make::create_class(
            ts, meta, *name, qualname, module, *bases, namespace, keywords,
        )
    }
}

/// The attribute `key` of the metaclass of `cls` (a heap class whose type
/// is a user metaclass), found along the metaclass's MRO.
pub fn meta_lookup(cls: Word, key: &[u8]) -> Option<Word> {
    let meta = type_of(cls);
    if !is_heap(meta) {
        return None;
    }
    lookup_from(&mro_of(meta), 0, key).map(|(value, _)| value)
}

/// `type.__call__(cls, *args, **kwargs)`, as a method of `type` (what
/// `super().__call__(...)` in a metaclass reaches).
///
/// # Safety
/// The arguments follow `NativeFn`'s convention.
pub unsafe extern "C" fn type_call_method(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let all = unsafe { crate::calls::args::slice(args, nargs) };
    let Some(&cls) = all
        .first()
        .filter(|cls| is_instance(**cls, &type_::TYPE_TYPE))
    else {
        return type_error(ts, "descriptor '__call__' requires a 'type' object");
    };
    unsafe { type_::call_type(ts, cls, args.add(1), nargs - 1, kwnames) }
}

/// `type.__init__(cls, ...)`: nothing to do once `type.__new__` made the
/// class; it takes the same 1 or 3 arguments.
///
/// # Safety
/// The arguments follow `NativeFn`'s convention.
pub unsafe extern "C" fn type_init_method(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { crate::calls::args::Args::new(args, nargs, kwnames) };
    if !matches!(call.positional.len(), 2 | 4) {
        return type_error(ts, "type.__init__() takes 1 or 3 arguments");
    }
    crate::types::none::none()
}

/// Whether `cls` is a metaclass (a user class deriving from `type`).
pub fn is_metaclass(cls: &super::ClassObject) -> bool {
    std::ptr::eq(cls.solid, &type_::TYPE_TYPE)
}

/// `class_of` for a metaclass's instance check in `instance::construct`.
///
/// # Safety
/// `ty` must be a heap type.
pub unsafe fn solid_is_type(ty: *const TypeObject) -> bool {
    is_metaclass(unsafe { class_of(ty) })
}

/// After `type(name, bases, namespace)` made a class whose metaclass is a
/// user class: that metaclass's `__init__`, as `type.__call__` runs it.
///
/// # Safety
/// `cls` must be a class and `args` the three arguments.
pub unsafe fn init_after_type_call(ts: *mut Thread, cls: Word, args: &[Word]) -> Word {
    if cls == 0 {
        return 0;
    }
    let meta = type_of(cls);
    if !is_heap(meta) {
        return cls;
    }
    let init = unsafe { class_of(meta) }.dunders[super::Dunder::Init as usize];
    if init == 0 {
        return cls;
    }
    let result =
        unsafe { crate::calls::call_with_self(ts, init, cls, args.as_ptr(), args.len() as i64, 0) };
    if result == 0 { 0 } else { cls }
}
