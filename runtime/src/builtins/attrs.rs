//! `getattr`, `setattr`, `hasattr` and `delattr`: the attribute protocol
//! (`ty_getattr` / `ty_setattr` / `ty_delattr`) as functions.

use crate::calls::args::Args;
use crate::object::{Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::{bool as bool_, exception, none, str as str_};

/// `getattr(obj, name[, default])`: the default replaces `AttributeError` only.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn getattr(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let args = unsafe { Args::new(argv, nargs, kwnames) };
    if !args.no_keywords(ts, "getattr") || !args.count(ts, "getattr", 2, 3) {
        return 0;
    }
    let (obj, name) = (args.positional[0], args.positional[1]);
    if !check_name(ts, name) {
        return 0;
    }
    let value = unsafe { crate::entry::ty_getattr(ts, obj, name) };
    match args.positional.get(2) {
        Some(&default) if value == 0 && take_attribute_error(ts) => default,
        _ => value,
    }
}

/// `hasattr(obj, name)`: whether getting it raises no `AttributeError`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn hasattr(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let args = unsafe { Args::new(argv, nargs, kwnames) };
    if !args.no_keywords(ts, "hasattr") || !args.count(ts, "hasattr", 2, 2) {
        return 0;
    }
    let (obj, name) = (args.positional[0], args.positional[1]);
    if !check_name(ts, name) {
        return 0;
    }
    if unsafe { crate::entry::ty_getattr(ts, obj, name) } != 0 {
        return bool_::true_();
    }
    if take_attribute_error(ts) {
        bool_::false_()
    } else {
        0
    }
}

/// `getattr` in a program whose classes inference typed: a name computed
/// at run time must not open an instance's namespace or the attribute
/// protocol of the program's instances and classes, which inference
/// assumed no code reaches (it rejects those names when they are written
/// out; here they arrive as data).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn getattr_checked(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if unsafe { opens_typed_namespace(ts, argv, nargs, "getattr") } {
        return 0;
    }
    unsafe { getattr(ts, argv, nargs, kwnames) }
}

/// `hasattr` in a program whose classes inference typed (see
/// [`getattr_checked`]).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn hasattr_checked(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if unsafe { opens_typed_namespace(ts, argv, nargs, "hasattr") } {
        return 0;
    }
    unsafe { hasattr(ts, argv, nargs, kwnames) }
}

/// `setattr` in a program whose classes inference typed: a name computed
/// at run time must not replace an instance's class or namespace, or the
/// attribute protocol of the program's classes (see [`getattr_checked`]).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn setattr_checked(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if unsafe { writes_typed_protocol(ts, argv, nargs, "setattr") } {
        return 0;
    }
    unsafe { setattr(ts, argv, nargs, kwnames) }
}

/// `delattr` in a program whose classes inference typed (see
/// [`setattr_checked`]).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn delattr_checked(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if unsafe { writes_typed_protocol(ts, argv, nargs, "delattr") } {
        return 0;
    }
    unsafe { delattr(ts, argv, nargs, kwnames) }
}

/// `object.__setattr__(x, name, value)` in a program whose classes
/// inference typed (see [`setattr_checked`]).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn object_setattr_checked(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if unsafe { writes_typed_protocol(ts, argv, nargs, "object.__setattr__") } {
        return 0;
    }
    unsafe { crate::types::object::object_setattr(ts, argv, nargs, kwnames) }
}

/// `object.__delattr__(x, name)` in a program whose classes inference
/// typed (see [`setattr_checked`]).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn object_delattr_checked(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if unsafe { writes_typed_protocol(ts, argv, nargs, "object.__delattr__") } {
        return 0;
    }
    unsafe { crate::types::object::object_delattr(ts, argv, nargs, kwnames) }
}

/// The names a computed read may not open on the program's objects.
const CLOSED: &[&[u8]] = &[
    b"__dict__",
    b"__setattr__",
    b"__delattr__",
    b"__getattribute__",
];

/// Raise typhon's `TypeError` when the call names `__dict__`,
/// `__setattr__`, `__delattr__` or `__getattribute__` of an instance or a
/// class the program defined.
unsafe fn opens_typed_namespace(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    what: &str,
) -> bool {
    unsafe { refuse_names(ts, argv, nargs, what, CLOSED) }
}

/// Raise typhon's `TypeError` when a computed store or delete names one of
/// [`CLOSED`], `__class__` or `__getattr__` of an instance or a class the
/// program defined: inference assumed no store changes those.
unsafe fn writes_typed_protocol(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    what: &str,
) -> bool {
    const WRITE_CLOSED: &[&[u8]] = &[
        b"__dict__",
        b"__setattr__",
        b"__delattr__",
        b"__getattribute__",
        b"__getattr__",
        b"__class__",
    ];
    unsafe { refuse_names(ts, argv, nargs, what, WRITE_CLOSED) }
}

/// Raise typhon's `TypeError` when the call's name (its second argument)
/// is one of `closed` and its receiver is an instance or a class the
/// program defined; whether it did.
unsafe fn refuse_names(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    what: &str,
    closed: &[&[u8]],
) -> bool {
    if nargs < 2 {
        return false;
    }
    let (obj, name) = unsafe { (*argv, *argv.add(1)) };
    if !is_instance(name, &str_::STR_TYPE) {
        return false;
    }
    let bytes = unsafe { str_::bytes(name) };
    if !closed.contains(&bytes) {
        return false;
    }
    let ty = type_of(obj);
    let user = crate::types::class::is_heap(ty)
        || (is_instance(obj, &crate::types::type_::TYPE_TYPE)
            && crate::types::class::is_heap(obj as *const crate::object::TypeObject));
    if !user {
        return false;
    }
    let message = format!(
        "{what}() of '{}' computed at run time is not supported by typhon in a program whose classes it typed (write the name out to compile the program without typed classes)",
        String::from_utf8_lossy(bytes)
    );
    crate::error::type_error(ts, &message);
    true
}

/// `setattr(obj, name, value)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn setattr(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let args = unsafe { Args::new(argv, nargs, kwnames) };
    if !args.no_keywords(ts, "setattr") || !args.count(ts, "setattr", 3, 3) {
        return 0;
    }
    let (obj, name, value) = (args.positional[0], args.positional[1], args.positional[2]);
    if !check_name(ts, name) || unsafe { crate::entry::ty_setattr(ts, obj, name, value) } < 0 {
        return 0;
    }
    none::none()
}

/// `delattr(obj, name)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn delattr(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let args = unsafe { Args::new(argv, nargs, kwnames) };
    if !args.no_keywords(ts, "delattr") || !args.count(ts, "delattr", 2, 2) {
        return 0;
    }
    let (obj, name) = (args.positional[0], args.positional[1]);
    if !check_name(ts, name) || unsafe { crate::entry::ty_delattr(ts, obj, name) } < 0 {
        return 0;
    }
    none::none()
}

/// CPython: "attribute name must be string, not 'int'".
fn check_name(ts: *mut Thread, name: Word) -> bool {
    if is_instance(name, &str_::STR_TYPE) {
        return true;
    }
    let message = format!(
        "attribute name must be string, not '{}'",
        type_of(name).name
    );
    crate::error::type_error(ts, &message);
    false
}

/// Clear the pending exception if it is an `AttributeError`; whether it was.
fn take_attribute_error(ts: *mut Thread) -> bool {
    let pending = unsafe { (*ts).exc };
    if pending != 0 && is_instance(pending, &exception::ATTRIBUTE_ERROR) {
        unsafe { (*ts).exc = 0 };
        return true;
    }
    false
}

/// `vars(obj)`: `obj.__dict__`, or CPython's `TypeError` when it has none.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn vars(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let args = unsafe { Args::new(argv, nargs, kwnames) };
    if !args.no_keywords(ts, "vars") || !args.count(ts, "vars", 1, 1) {
        return 0;
    }
    let name = crate::types::str::new(ts, "__dict__");
    if name == 0 {
        return 0;
    }
    let value = unsafe { crate::entry::ty_getattr(ts, args.positional[0], name) };
    if value == 0 && take_attribute_error(ts) {
        return crate::error::type_error(ts, "vars() argument must have __dict__ attribute");
    }
    value
}
