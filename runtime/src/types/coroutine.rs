//! Coroutine objects and the hidden helpers of `await`, `async for` and
//! `async with`.
//!
//! A coroutine is a generator object (`types/generator.rs`, same layout and
//! resume machinery) whose header names [`COROUTINE_TYPE`]: the creation
//! function of an `async def` retypes it with `$as_coroutine`. It is not
//! iterable; `__await__` gives a `coroutine_wrapper` iterator over it.
//! `await x` delegates (as `yield from`) to what `$get_awaitable(x)`
//! returns, with CPython's `GET_AWAITABLE` checks and messages.
//! Asynchronous generators are in `async_gen.rs`.

use crate::calls::args::slice;
use crate::error::{raise, type_error};
use crate::object::{Header, Method, Slots, TypeObject, Word, cast, is_exact, type_of};
use crate::thread::Thread;
use crate::types::class::context::special;
use crate::types::exception::RUNTIME_ERROR;
use crate::types::generator::{self, GENERATOR_TYPE, Step, generator as frame};
use crate::types::{bool as bool_, none, str as str_, tuple};

pub static COROUTINE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "coroutine",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(generator::trace),
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        hash: Some(crate::types::object::identity_hash_slot),
        getattr: Some(getattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[
        Method {
            name: "send",
            func: generator::method_send,
        },
        Method {
            name: "throw",
            func: generator::method_throw,
        },
        Method {
            name: "close",
            func: generator::method_close,
        },
        Method {
            name: "__await__",
            func: method_await,
        },
    ]),
};

/// The iterator `coroutine.__await__()` returns.
#[repr(C)]
pub struct WrapperObject {
    pub header: Header,
    pub coro: Word,
}

pub static WRAPPER_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "coroutine_wrapper",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_wrapper),
    finalize: None,
    slots: Slots {
        hash: Some(crate::types::object::identity_hash_slot),
        iter: Some(crate::types::iter::iter_self),
        next: Some(wrapper_next),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[
        Method {
            name: "send",
            func: wrapper_send,
        },
        Method {
            name: "throw",
            func: wrapper_throw,
        },
        Method {
            name: "close",
            func: wrapper_close,
        },
        Method {
            name: "__next__",
            func: wrapper_next_method,
        },
    ]),
};

/// How messages name a generator object of this kind.
pub fn kind_name(w: Word) -> &'static str {
    let ty = type_of(w);
    if std::ptr::eq(ty, &COROUTINE_TYPE) {
        "coroutine"
    } else if std::ptr::eq(ty, &super::async_gen::ASYNC_GEN_TYPE) {
        "async generator"
    } else {
        "generator"
    }
}

pub(crate) unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    let name = unsafe { str_::lossy(frame(w).qualname) };
    let kind = type_of(w).name;
    str_::new(ts, &format!("<{kind} object {name} at 0x{w:x}>"))
}

/// The attributes coroutines and asynchronous generators share, under
/// their `prefix` (`cr_`, `ag_`).
pub(crate) unsafe fn frame_getattr(ts: *mut Thread, w: Word, name: Word, prefix: &str) -> Word {
    let g = unsafe { frame(w) };
    let name = unsafe { str_::bytes(name) };
    match name {
        b"__qualname__" => return g.qualname,
        b"__name__" => {
            let qualname = unsafe { str_::lossy(g.qualname) };
            let short = qualname.rsplit('.').next().unwrap_or(&qualname).to_string();
            return str_::new(ts, &short);
        }
        _ => {}
    }
    let Some(rest) = name.strip_prefix(prefix.as_bytes()) else {
        return 0;
    };
    match rest {
        b"running" => bool_::from_bool(g.running != 0),
        b"await" => {
            if g.delegate == 0 {
                none::none()
            } else {
                g.delegate
            }
        }
        _ => 0,
    }
}

unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    unsafe { frame_getattr(ts, w, name, "cr_") }
}

unsafe fn trace_wrapper(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    visit(unsafe { cast::<WrapperObject>(obj as Word) }.coro);
}

fn new_wrapper(ts: *mut Thread, coro: Word) -> Word {
    let value = WrapperObject {
        header: Header::new_static(&WRAPPER_TYPE),
        coro,
    };
    unsafe { crate::gc::alloc_value(ts, &WRAPPER_TYPE, value) }
}

unsafe extern "C" fn method_await(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let args = unsafe { slice(argv, nargs) };
    if args.len() != 1 {
        return type_error(
            ts,
            &format!(
                "coroutine.__await__() takes no arguments ({} given)",
                args.len().saturating_sub(1)
            ),
        );
    }
    new_wrapper(ts, args[0])
}

unsafe fn wrapper_next(ts: *mut Thread, w: Word) -> Word {
    let coro = unsafe { cast::<WrapperObject>(w) }.coro;
    match unsafe { generator::step(ts, coro, none::none(), false) } {
        Step::Yielded(value) => value,
        Step::Returned(value) => generator::raise_stop(ts, value),
        Step::Raised => 0,
    }
}

/// Call the coroutine method `func` with the wrapper's coroutine as `self`.
unsafe fn forward(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
    func: crate::object::NativeFn,
) -> Word {
    let mut args = unsafe { slice(argv, nargs) }.to_vec();
    if args.is_empty() {
        return type_error(ts, "descriptor needs an argument");
    }
    args[0] = unsafe { cast::<WrapperObject>(args[0]) }.coro;
    unsafe { func(ts, args.as_ptr(), nargs, kwnames) }
}

unsafe extern "C" fn wrapper_send(ts: *mut Thread, a: *const Word, n: i64, k: Word) -> Word {
    unsafe { forward(ts, a, n, k, generator::method_send) }
}

unsafe extern "C" fn wrapper_throw(ts: *mut Thread, a: *const Word, n: i64, k: Word) -> Word {
    unsafe { forward(ts, a, n, k, generator::method_throw) }
}

unsafe extern "C" fn wrapper_close(ts: *mut Thread, a: *const Word, n: i64, k: Word) -> Word {
    unsafe { forward(ts, a, n, k, generator::method_close) }
}

unsafe extern "C" fn wrapper_next_method(
    ts: *mut Thread,
    a: *const Word,
    n: i64,
    _k: Word,
) -> Word {
    let args = unsafe { slice(a, n) };
    unsafe { wrapper_next(ts, args[0]) }
}

/// The single argument of a hidden helper.
unsafe fn one_arg(ts: *mut Thread, argv: *const Word, nargs: i64, what: &str) -> Option<Word> {
    match unsafe { slice(argv, nargs) } {
        [value] => Some(*value),
        _ => {
            crate::error::system_error(ts, &format!("bad {what} call"));
            None
        }
    }
}

/// `$as_coroutine(generator)`: the generator of an `async def` becomes a
/// coroutine (same object, same frame).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn as_coroutine(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let Some(w) = (unsafe { one_arg(ts, argv, nargs, "$as_coroutine") }) else {
        return 0;
    };
    unsafe { retype(w, &COROUTINE_TYPE) }
}

/// Give the generator object `w` the type `ty` (same layout).
pub(crate) unsafe fn retype(w: Word, ty: &'static TypeObject) -> Word {
    debug_assert!(is_exact(w, &GENERATOR_TYPE));
    unsafe { (*(w as *mut Header)).ty = ty as *const TypeObject };
    w
}

/// `type(obj).<name>` bound to `obj`, or 0 with an exception pending: the
/// lookup's own, or a `TypeError` worded by `message` when there is none.
///
/// # Safety
/// `obj` must be a valid word.
unsafe fn required_special(
    ts: *mut Thread,
    obj: Word,
    name: &str,
    message: impl FnOnce() -> String,
) -> Word {
    let method = unsafe { special(ts, obj, name) };
    if method == 0 && unsafe { (*ts).exc } == 0 {
        type_error(ts, &message());
    }
    method
}

/// The iterator `await value` delegates to, or 0 with a `TypeError` whose
/// message `describe` writes from the type name when `value` is not
/// awaitable.
pub(crate) unsafe fn awaitable_iter(
    ts: *mut Thread,
    value: Word,
    describe: &dyn Fn(&str) -> String,
) -> Word {
    if is_exact(value, &COROUTINE_TYPE) {
        if unsafe { frame(value) }.delegate != 0 {
            return raise(ts, &RUNTIME_ERROR, "coroutine is being awaited already");
        }
        return value;
    }
    let method =
        unsafe { required_special(ts, value, "__await__", || describe(type_of(value).name)) };
    if method == 0 {
        return 0;
    }
    let iter = unsafe { crate::calls::ty_call(ts, method, std::ptr::null(), 0, 0) };
    if iter == 0 {
        return 0;
    }
    if is_exact(iter, &COROUTINE_TYPE) {
        return type_error(ts, "__await__() returned a coroutine");
    }
    let next = unsafe {
        required_special(ts, iter, "__next__", || {
            let name = type_of(iter).name;
            format!("__await__() returned non-iterator of type '{name}'")
        })
    };
    if next == 0 {
        return 0;
    }
    iter
}

/// `$get_awaitable(value)`: what `await value` delegates to.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn get_awaitable(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let Some(value) = (unsafe { one_arg(ts, argv, nargs, "$get_awaitable") }) else {
        return 0;
    };
    unsafe {
        awaitable_iter(ts, value, &|name| {
            format!("object {name} can't be used in 'await' expression")
        })
    }
}

/// `$aexit_awaitable(result)`: what awaiting `__aexit__`'s result
/// delegates to.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn aexit_awaitable(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let Some(value) = (unsafe { one_arg(ts, argv, nargs, "$aexit_awaitable") }) else {
        return 0;
    };
    unsafe {
        awaitable_iter(ts, value, &|name| {
            format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {name}"
            )
        })
    }
}

/// `$aenter_context(manager)`: `(bound __aexit__, awaitable of
/// __aenter__())`, as CPython's `BEFORE_ASYNC_WITH` and `GET_AWAITABLE`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn aenter_context(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let Some(mgr) = (unsafe { one_arg(ts, argv, nargs, "$aenter_context") }) else {
        return 0;
    };
    let name = type_of(mgr).name;
    let enter = unsafe {
        required_special(ts, mgr, "__aenter__", || {
            format!("'{name}' object does not support the asynchronous context manager protocol")
        })
    };
    if enter == 0 {
        return 0;
    }
    let exit = unsafe {
        required_special(ts, mgr, "__aexit__", || {
            format!(
                "'{name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )
        })
    };
    if exit == 0 {
        return 0;
    }
    let value = unsafe { crate::calls::ty_call(ts, enter, std::ptr::null(), 0, 0) };
    if value == 0 {
        return 0;
    }
    let awaitable = unsafe {
        awaitable_iter(ts, value, &|name| {
            format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {name}"
            )
        })
    };
    if awaitable == 0 {
        return 0;
    }
    tuple::new(ts, &[exit, awaitable])
}

/// `$aiter_for(iterable)`: `type(iterable).__aiter__(iterable)`, checked
/// to have `__anext__`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn aiter_for(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let Some(value) = (unsafe { one_arg(ts, argv, nargs, "$aiter_for") }) else {
        return 0;
    };
    let method = unsafe {
        required_special(ts, value, "__aiter__", || {
            let name = type_of(value).name;
            format!("'async for' requires an object with __aiter__ method, got {name}")
        })
    };
    if method == 0 {
        return 0;
    }
    let iter = unsafe { crate::calls::ty_call(ts, method, std::ptr::null(), 0, 0) };
    if iter == 0 {
        return 0;
    }
    let next = unsafe {
        required_special(ts, iter, "__anext__", || {
            let name = type_of(iter).name;
            format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {name}"
            )
        })
    };
    if next == 0 {
        return 0;
    }
    iter
}

/// `$anext_for(iter)`: the awaitable of `type(iter).__anext__(iter)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn anext_for(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let Some(iter) = (unsafe { one_arg(ts, argv, nargs, "$anext_for") }) else {
        return 0;
    };
    let method = unsafe {
        required_special(ts, iter, "__anext__", || {
            let name = type_of(iter).name;
            format!("'async for' requires an iterator with __anext__ method, got {name}")
        })
    };
    if method == 0 {
        return 0;
    }
    let value = unsafe { crate::calls::ty_call(ts, method, std::ptr::null(), 0, 0) };
    if value == 0 {
        return 0;
    }
    unsafe {
        awaitable_iter(ts, value, &|name| {
            format!("'async for' received an invalid object from __anext__: {name}")
        })
    }
}
