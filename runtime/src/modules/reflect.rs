//! The `_tyreflect` module: reflection the standard library needs, done by
//! the runtime so that `stdlib/` never reads `x.__dict__`, calls `setattr`
//! with computed names or holds attribute values `getattr` found by
//! computed names, any of which would leave the program's classes untyped
//! (`compiler/src/infer/instances/reflective.rs`).
//!
//! `copy` moves an instance's attributes to its copy here: every
//! attribute of an instance going to a new instance of the same class
//! keeps what inference proved about that class's attributes (classes
//! defining `__copy__` / `__deepcopy__`, whose copies may be anything, are
//! not typed). `abc` and `collections.abc` test attributes found by
//! computed names with a predicate (`_is_abstract`) that only inspects
//! them: the value never returns to Python code that could call it.
//! `typing`'s structural `isinstance` asks `has_attr` for the same reason.

use crate::calls::args;
use crate::gc::PinScope;
use crate::object::{Word, is_instance};
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{dict, none, str as str_};

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("has_state", has_state),
    BuiltinFunctionObject::new_static("copy_state", copy_state),
    BuiltinFunctionObject::new_static("get_item", get_item),
    BuiltinFunctionObject::new_static("set_item", set_item),
    BuiltinFunctionObject::new_static("test_attr", test_attr),
    BuiltinFunctionObject::new_static("test_own", test_own),
    BuiltinFunctionObject::new_static("has_attr", has_attr),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native_functions(ts, "_tyreflect", FUNCTIONS)
}

/// `has_state(x)`: `x.__dict__` exists (`AttributeError` when not; other
/// errors pass through).
unsafe extern "C" fn has_state(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([x]) = (unsafe { args::positional::<1>(ts, "has_state", argv, n, kw) }) else {
        return 0;
    };
    let pins = unsafe { PinScope::new(ts) };
    if state_of(ts, &pins, x) == 0 {
        return 0;
    }
    none::none()
}

/// `x.__dict__`, pinned; 0 with an exception pending.
fn state_of(ts: *mut Thread, pins: &PinScope, x: Word) -> Word {
    let name = pins.pin(str_::new(ts, "__dict__"));
    if name == 0 {
        return 0;
    }
    let state = pins.pin(unsafe { crate::attr::ty_getattr(ts, x, name) });
    if state != 0 && !is_instance(state, &dict::DICT_TYPE) {
        return crate::error::type_error(ts, "copy needs a dict as __dict__");
    }
    state
}

/// `copy_state(x, y, deepcopy, memo)`: CPython's
/// `y.__dict__.update(state)` where `state` is `x.__dict__`, or
/// `deepcopy(x.__dict__, memo)` unless `deepcopy` is None.
unsafe extern "C" fn copy_state(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([x, y, deep, memo]) =
        (unsafe { args::positional::<4>(ts, "copy_state", argv, n, kw) })
    else {
        return 0;
    };
    let pins = unsafe { PinScope::new(ts) };
    let mut state = state_of(ts, &pins, x);
    if state == 0 {
        return 0;
    }
    if deep != none::none() {
        let call = [state, memo];
        state = pins.pin(unsafe { crate::calls::ty_call(ts, deep, call.as_ptr(), 2, 0) });
        if state == 0 {
            return 0;
        }
    }
    let target = state_of(ts, &pins, y);
    let update = pins.pin(str_::new(ts, "update"));
    if target == 0 || update == 0 {
        return 0;
    }
    let arg = [state];
    unsafe { crate::calls::ty_call_method(ts, target, update, arg.as_ptr(), 1, 0) }
}

/// `get_item(x, name)`: `x.__dict__[name]`.
unsafe extern "C" fn get_item(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([x, name]) = (unsafe { args::positional::<2>(ts, "get_item", argv, n, kw) }) else {
        return 0;
    };
    let pins = unsafe { PinScope::new(ts) };
    let state = state_of(ts, &pins, x);
    if state == 0 {
        return 0;
    }
    match unsafe { dict::get(ts, state, name) } {
        Ok(Some(value)) => value,
        Ok(None) => crate::error::key_error(ts, name),
        Err(()) => 0,
    }
}

/// `set_item(x, name, value)`: `x.__dict__[name] = value`.
unsafe extern "C" fn set_item(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([x, name, value]) = (unsafe { args::positional::<3>(ts, "set_item", argv, n, kw) })
    else {
        return 0;
    };
    let pins = unsafe { PinScope::new(ts) };
    let state = state_of(ts, &pins, x);
    if state == 0 || unsafe { dict::set(ts, state, name, value) } < 0 {
        return 0;
    }
    none::none()
}

/// `test_attr(obj, name, predicate)`: `predicate(getattr(obj, name, None))`.
unsafe extern "C" fn test_attr(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([obj, name, predicate]) =
        (unsafe { args::positional::<3>(ts, "test_attr", argv, n, kw) })
    else {
        return 0;
    };
    let pins = unsafe { PinScope::new(ts) };
    let mut value = pins.pin(unsafe { crate::attr::ty_getattr(ts, obj, name) });
    if value == 0 {
        let pending = unsafe { (*ts).exc };
        if !is_instance(pending, &crate::types::exception::ATTRIBUTE_ERROR) {
            return 0;
        }
        unsafe { (*ts).exc = 0 };
        value = none::none();
    }
    let call = [value];
    unsafe { crate::calls::ty_call(ts, predicate, call.as_ptr(), 1, 0) }
}

/// `has_attr(obj, name)`: `hasattr(obj, name)` for a computed name, which
/// `typing`'s structural `isinstance` asks without holding the value.
unsafe extern "C" fn has_attr(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([obj, name]) = (unsafe { args::positional::<2>(ts, "has_attr", argv, n, kw) }) else {
        return 0;
    };
    let pins = unsafe { PinScope::new(ts) };
    let value = pins.pin(unsafe { crate::attr::ty_getattr(ts, obj, name) });
    if value == 0 {
        let pending = unsafe { (*ts).exc };
        if !is_instance(pending, &crate::types::exception::ATTRIBUTE_ERROR) {
            return 0;
        }
        unsafe { (*ts).exc = 0 };
    }
    crate::types::bool::from_bool(value != 0)
}

/// `test_own(cls, name, predicate)`: `predicate(value)` when the class
/// `cls`'s own namespace binds `name` to `value`, else `NotImplemented`.
unsafe extern "C" fn test_own(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([cls, name, predicate]) =
        (unsafe { args::positional::<3>(ts, "test_own", argv, n, kw) })
    else {
        return 0;
    };
    if !is_instance(cls, &crate::types::type_::TYPE_TYPE) {
        return crate::error::type_error(ts, "test_own() needs a class");
    }
    let pins = unsafe { PinScope::new(ts) };
    let state = state_of(ts, &pins, cls);
    if state == 0 {
        return 0;
    }
    match unsafe { dict::get(ts, state, name) } {
        Ok(Some(value)) => {
            let call = [pins.pin(value)];
            unsafe { crate::calls::ty_call(ts, predicate, call.as_ptr(), 1, 0) }
        }
        Ok(None) => none::not_implemented(),
        Err(()) => 0,
    }
}
