//! `type`: the type of type objects.
//!
//! Calling a type object constructs an instance: exception classes build
//! exceptions (their construction needs the class, which the `construct`
//! slot does not receive), every other type uses its `construct` slot.
//! `type(x)` itself returns the type of `x`.

use crate::object::{Header, Slots, TypeObject, Word, type_of};
use crate::thread::Thread;
use crate::types::{class, exception, function, none, str as str_, tuple};

pub static TYPE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&TYPE_TYPE),
    name: "type",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(crate::types::class::trace_type),
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        hash: Some(crate::types::object::identity_hash_slot),
        call: Some(call),
        getattr: Some(getattr),
        setattr: Some(setattr),
        construct: Some(construct),
        getitem: Some(crate::types::generic_alias::type_getitem),
        binop: Some(crate::types::union::or_slot),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

/// The type object a word is.
///
/// # Safety
/// `w` must be a type object.
pub unsafe fn as_type<'a>(w: Word) -> &'a TypeObject {
    unsafe { &*(w as *const TypeObject) }
}

/// `repr(int)`: `<class 'int'>`.
unsafe fn repr(ts: *mut Thread, ty: Word) -> Word {
    if class::is_heap(ty as *const TypeObject) {
        return unsafe { class::class_repr(ts, ty) };
    }
    let ty = unsafe { as_type(ty) };
    str_::new(ts, &format!("<class '{}'>", ty.name))
}

/// `T(*args)`.
unsafe fn call(
    ts: *mut Thread,
    callee: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let ty: &'static TypeObject = unsafe { as_type(callee) };
    // `str(x)` and `int(s)` are common in loops: skip the exception-subtype
    // walk (and for `int` of an exact `str`, the argument checks and the
    // `__int__` / `__index__` lookups, which an exact `str` has not).
    if nargs == 1 && kwnames == 0 {
        if std::ptr::eq(ty, &str_::STR_TYPE) {
            return unsafe { crate::text::ty_str(ts, *args) };
        }
        if std::ptr::eq(ty, &crate::types::int::INT_TYPE)
            && crate::object::is_exact(unsafe { *args }, &str_::STR_TYPE)
        {
            return unsafe { crate::types::int::from_exact_str(ts, *args) };
        }
    }
    if class::is_heap(ty) {
        return unsafe { class::instance::construct(ts, callee, args, nargs, kwnames) };
    }
    if ty.is_subtype(&exception::BASE_EXCEPTION) {
        return unsafe { exception::construct(ts, ty, args, nargs, kwnames) };
    }
    match ty.slots.construct {
        Some(construct) => unsafe { construct(ts, args, nargs, kwnames) },
        None => crate::error::type_error(ts, &format!("cannot create '{}' instances", ty.name)),
    }
}

/// `type(x)`: the type of `x`. Creating classes with three arguments is not
/// supported at run time (classes are compiled).
unsafe extern "C" fn construct(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { crate::calls::args::Args::new(args, nargs, kwnames) };
    if !call.no_keywords(ts, "type") {
        return 0;
    }
    match call.positional {
        [obj] => type_of(*obj) as *const TypeObject as Word,
        [name, bases, namespace]
            if str_::is_str(*name)
                && crate::object::is_exact(*bases, &tuple::TUPLE_TYPE)
                && crate::object::is_exact(*namespace, &crate::types::dict::DICT_TYPE) =>
        {
            let module = str_::new(ts, "__main__");
            let namespace = unsafe { crate::types::dict::copy(ts, *namespace) };
            if module == 0 || namespace == 0 {
                return 0;
            }
            let parts = [*name, *name, module, *bases, namespace];
            unsafe { class::build_class(ts, parts.as_ptr(), 5, 0) }
        }
        [_, _, _] => crate::error::raise(
            ts,
            &exception::NOT_IMPLEMENTED_ERROR,
            "type() with three arguments is not supported by typhon",
        ),
        _ => crate::error::type_error(ts, "type() takes 1 or 3 arguments"),
    }
}

/// Attributes of type objects: names, the base, and native methods as
/// unbound descriptors (`str.upper`).
unsafe fn getattr(ts: *mut Thread, ty: Word, name: Word) -> Word {
    if class::is_heap(ty as *const TypeObject) {
        return unsafe { class::class_getattr(ts, ty, name) };
    }
    let ty: &'static TypeObject = unsafe { as_type(ty) };
    let key = unsafe { str_::bytes(name) };
    match key {
        // A dotted name (`types.GenericAlias`) is the module and the name,
        // as CPython reads a static type's `tp_name`.
        b"__name__" | b"__qualname__" => {
            let short = ty.name.rsplit_once('.').map_or(ty.name, |(_, name)| name);
            return str_::new(ts, short);
        }
        b"__module__" => {
            let module = ty
                .name
                .rsplit_once('.')
                .map_or("builtins", |(module, _)| module);
            return str_::new(ts, module);
        }
        b"__dict__" => return unsafe { static_dict(ts, ty) },
        b"__base__" if ty.base.is_null() => return none::none(),
        b"__base__" => return ty.base as Word,
        b"__mro__" => {
            let chain: Vec<Word> = class::mro_of(ty).into_iter().map(|ty| ty as Word).collect();
            return tuple::new(ts, &chain);
        }
        b"__bases__" => {
            let mut bases = Vec::new();
            if !ty.base.is_null() {
                bases.push(ty.base as Word);
            }
            if let Some(extra) = crate::types::exception::group::extra_base(ty) {
                bases.push(extra.as_word());
            }
            return tuple::new(ts, &bases);
        }
        _ => {}
    }
    if key == b"__hash__" && crate::types::special::unhashable(ty) {
        return none::none();
    }
    if let Some((method_name, func)) = crate::attr::find_method(ty, key) {
        if crate::attr::is_class_method(ty, method_name) {
            return function::bind_native(ts, ty.as_word(), method_name, func);
        }
        return function::descriptor(ts, ty, method_name, func);
    }
    if key == b"__new__" {
        let new = class::builtin_base::static_new;
        return function::bind_native(ts, ty.as_word(), "__new__", new);
    }
    if let Some((method_name, func)) = class::builtin_base::slot_method(ty, key) {
        return function::descriptor(ts, ty, method_name, func);
    }
    let message = format!(
        "type object '{}' has no attribute '{}'",
        ty.name,
        String::from_utf8_lossy(key)
    );
    crate::error::attribute_error(ts, &message)
}

/// Built-in types are immutable.
unsafe fn setattr(ts: *mut Thread, ty: Word, name: Word, value: Word) -> i32 {
    if class::is_heap(ty as *const TypeObject) {
        return unsafe { class::class_setattr(ts, ty, name, value) };
    }
    let ty = unsafe { as_type(ty) };
    let key = String::from_utf8_lossy(unsafe { str_::bytes(name) });
    let message = format!(
        "cannot set '{key}' attribute of immutable type '{}'",
        ty.name
    );
    crate::error::raise_status(ts, &exception::TYPE_ERROR, &message)
}

/// `int.__dict__` for a built-in type: its own methods, as unbound
/// descriptors (a plain dict, where CPython gives a `mappingproxy`).
unsafe fn static_dict(ts: *mut Thread, ty: &'static TypeObject) -> Word {
    let d = crate::types::dict::new(ts);
    if d == 0 {
        return 0;
    }
    for method in ty.methods.iter() {
        let key = str_::new(ts, method.name);
        let value = function::descriptor(ts, ty, method.name, method.func);
        if key == 0 || value == 0 || unsafe { crate::types::dict::set(ts, d, key, value) } < 0 {
            return 0;
        }
    }
    d
}
