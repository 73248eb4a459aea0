//! Asynchronous generators (`async def` with `yield`).
//!
//! Like a coroutine, an asynchronous generator is a generator object
//! retyped after creation (`$as_async_gen`). Its frame suspends both for
//! its own `yield v` (compiled as a yield of `$async_gen_wrap(v)`, a
//! [`WRAPPED_TYPE`] box) and for the awaits inside it (whatever the
//! awaited object yields, e.g. an asyncio future). The awaitables its
//! `__anext__`/`asend` (type `async_generator_asend`) and `athrow`/`aclose`
//! (`async_generator_athrow`) return step the frame: a wrapped value ends
//! the awaitable with `StopIteration(v)`, anything else passes through to
//! whoever drives the await, and the frame returning is
//! `StopAsyncIteration`, as in CPython's `genobject.c`.

use crate::calls::args::slice;
use crate::error::{raise, raise_with_args, type_error};
use crate::object::{Header, Method, Slots, TypeObject, Word, cast, is_exact, is_instance};
use crate::thread::Thread;
use crate::types::exception::{
    self, GENERATOR_EXIT, RUNTIME_ERROR, STOP_ASYNC_ITERATION, STOP_ITERATION,
};
use crate::types::generator::{self, DONE_STATE, Step, generator as frame};
use crate::types::{none, tuple};

pub static ASYNC_GEN_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "async_generator",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(generator::trace),
    finalize: None,
    slots: Slots {
        repr: Some(super::coroutine::repr),
        hash: Some(crate::types::object::identity_hash_slot),
        getattr: Some(getattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[
        Method {
            name: "__aiter__",
            func: method_aiter,
        },
        Method {
            name: "__anext__",
            func: method_anext,
        },
        Method {
            name: "asend",
            func: method_asend,
        },
        Method {
            name: "athrow",
            func: method_athrow,
        },
        Method {
            name: "aclose",
            func: method_aclose,
        },
    ]),
};

/// A value the frame produced with `yield` (as opposed to an await's).
#[repr(C)]
pub struct WrappedObject {
    pub header: Header,
    pub value: Word,
}

pub static WRAPPED_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "async_generator_wrapped_value",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_wrapped),
    finalize: None,
    slots: Slots::EMPTY,
    methods: crate::methods::Methods::EMPTY,
};

/// What an `asend`/`athrow`/`aclose` awaitable does on its first step.
const SEND: u64 = 0;
const THROW: u64 = 1;
const CLOSE: u64 = 2;

/// Not started / started / finished.
const INIT: u64 = 0;
const ITER: u64 = 1;
const CLOSED: u64 = 2;

#[repr(C)]
pub struct AwaitableObject {
    pub header: Header,
    pub owner: Word,
    /// The value to send, or the exception to throw (0 for `aclose`).
    pub value: Word,
    pub mode: u64,
    pub state: u64,
}

const AWAITABLE_METHODS: &[Method] = &[
    Method {
        name: "send",
        func: awaitable_send,
    },
    Method {
        name: "throw",
        func: awaitable_throw,
    },
    Method {
        name: "close",
        func: awaitable_close,
    },
    Method {
        name: "__next__",
        func: awaitable_next_method,
    },
    Method {
        name: "__await__",
        func: awaitable_self,
    },
    Method {
        name: "__iter__",
        func: awaitable_self,
    },
];

pub static ASEND_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "async_generator_asend",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_awaitable),
    finalize: None,
    slots: Slots {
        hash: Some(crate::types::object::identity_hash_slot),
        iter: Some(crate::types::iter::iter_self),
        next: Some(awaitable_next),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(AWAITABLE_METHODS),
};

pub static ATHROW_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "async_generator_athrow",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_awaitable),
    finalize: None,
    slots: Slots {
        hash: Some(crate::types::object::identity_hash_slot),
        iter: Some(crate::types::iter::iter_self),
        next: Some(awaitable_next),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(AWAITABLE_METHODS),
};

unsafe fn trace_wrapped(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    visit(unsafe { cast::<WrappedObject>(obj as Word) }.value);
}

unsafe fn trace_awaitable(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let a = unsafe { cast::<AwaitableObject>(obj as Word) };
    for word in [a.owner, a.value] {
        if word != 0 {
            visit(word);
        }
    }
}

unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    unsafe { super::coroutine::frame_getattr(ts, w, name, "ag_") }
}

fn new_awaitable(ts: *mut Thread, owner: Word, value: Word, mode: u64) -> Word {
    let ty = if mode == SEND {
        &ASEND_TYPE
    } else {
        &ATHROW_TYPE
    };
    let object = AwaitableObject {
        header: Header::new_static(ty),
        owner,
        value,
        mode,
        state: INIT,
    };
    unsafe { crate::gc::alloc_value(ts, ty, object) }
}

/// The receiver and arguments of a method, checked against `count`.
unsafe fn method_args<'a>(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    name: &str,
    min: usize,
    max: usize,
) -> Option<&'a [Word]> {
    let args = unsafe { slice(argv, nargs) };
    let given = args.len().saturating_sub(1);
    if given < min || given > max {
        let message = match (min, max) {
            (0, 0) => format!("{name}() takes no arguments ({given} given)"),
            (1, 1) => format!("{name}() takes exactly one argument ({given} given)"),
            _ => format!("{name} expected at least {min} argument, got {given}"),
        };
        type_error(ts, &message);
        return None;
    }
    Some(args)
}

unsafe extern "C" fn method_aiter(ts: *mut Thread, a: *const Word, n: i64, _k: Word) -> Word {
    match unsafe { method_args(ts, a, n, "async_generator.__aiter__", 0, 0) } {
        Some(args) => args[0],
        None => 0,
    }
}

unsafe extern "C" fn method_anext(ts: *mut Thread, a: *const Word, n: i64, _k: Word) -> Word {
    match unsafe { method_args(ts, a, n, "async_generator.__anext__", 0, 0) } {
        Some(args) => new_awaitable(ts, args[0], none::none(), SEND),
        None => 0,
    }
}

unsafe extern "C" fn method_asend(ts: *mut Thread, a: *const Word, n: i64, _k: Word) -> Word {
    match unsafe { method_args(ts, a, n, "async_generator.asend", 1, 1) } {
        Some(args) => new_awaitable(ts, args[0], args[1], SEND),
        None => 0,
    }
}

unsafe extern "C" fn method_athrow(ts: *mut Thread, a: *const Word, n: i64, _k: Word) -> Word {
    let Some(args) = (unsafe { method_args(ts, a, n, "athrow", 1, 3) }) else {
        return 0;
    };
    let exc = unsafe { generator::thrown_exception(ts, args[1], args.get(2).copied()) };
    if exc == 0 {
        return 0;
    }
    new_awaitable(ts, args[0], exc, THROW)
}

unsafe extern "C" fn method_aclose(ts: *mut Thread, a: *const Word, n: i64, _k: Word) -> Word {
    match unsafe { method_args(ts, a, n, "async_generator.aclose", 0, 0) } {
        Some(args) => new_awaitable(ts, args[0], 0, CLOSE),
        None => 0,
    }
}

/// `$as_async_gen(generator)`: the generator of an `async def` with
/// `yield` becomes an asynchronous generator.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn as_async_gen(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    match unsafe { slice(argv, nargs) } {
        [w] => unsafe { super::coroutine::retype(*w, &ASYNC_GEN_TYPE) },
        _ => crate::error::system_error(ts, "bad $as_async_gen call"),
    }
}

/// `$async_gen_wrap(value)`: what an asynchronous generator's `yield`
/// suspends with.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn async_gen_wrap(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let [value] = (unsafe { slice(argv, nargs) }) else {
        return crate::error::system_error(ts, "bad $async_gen_wrap call");
    };
    let object = WrappedObject {
        header: Header::new_static(&WRAPPED_TYPE),
        value: *value,
    };
    unsafe { crate::gc::alloc_value(ts, &WRAPPED_TYPE, object) }
}

/// One step of an awaitable: resume the frame with `sent` or, with
/// `throw`, the pending exception; then interpret how it suspended.
unsafe fn awaitable_step(ts: *mut Thread, w: Word, mut sent: Word, mut throw: bool) -> Word {
    let a = unsafe { cast::<AwaitableObject>(w) };
    if a.state == CLOSED {
        if throw {
            unsafe { (*ts).exc = 0 };
        }
        let message = if a.mode == SEND {
            "cannot reuse already awaited __anext__()/asend()"
        } else {
            "cannot reuse already awaited aclose()/athrow()"
        };
        return raise(ts, &RUNTIME_ERROR, message);
    }
    let owner = a.owner;
    if a.state == INIT {
        a.state = ITER;
        match a.mode {
            SEND if !throw && sent == none::none() => sent = a.value,
            THROW | CLOSE if !throw => {
                let g = unsafe { frame(owner) };
                if a.mode == CLOSE && (g.state == 0 || g.state == DONE_STATE) {
                    g.state = DONE_STATE;
                    a.state = CLOSED;
                    return raise_with_args(ts, &STOP_ITERATION, &[]);
                }
                let exc = if a.mode == CLOSE {
                    exception::new(ts, &GENERATOR_EXIT, tuple::new(ts, &[]))
                } else {
                    a.value
                };
                if exc == 0 {
                    return 0;
                }
                unsafe { (*ts).exc = exc };
                throw = true;
                sent = none::none();
            }
            _ => {}
        }
    }
    let mode = a.mode;
    let step = unsafe { generator::step(ts, owner, sent, throw) };
    let a = unsafe { cast::<AwaitableObject>(w) };
    match step {
        Step::Yielded(value) if is_exact(value, &WRAPPED_TYPE) => {
            a.state = CLOSED;
            if mode == CLOSE {
                return raise(ts, &RUNTIME_ERROR, "async generator ignored GeneratorExit");
            }
            let inner = unsafe { cast::<WrappedObject>(value) }.value;
            generator::raise_stop(ts, inner)
        }
        Step::Yielded(value) => value,
        Step::Returned(_) => {
            a.state = CLOSED;
            if mode == CLOSE {
                return raise_with_args(ts, &STOP_ITERATION, &[]);
            }
            raise_with_args(ts, &STOP_ASYNC_ITERATION, &[])
        }
        Step::Raised => {
            a.state = CLOSED;
            let exc = unsafe { (*ts).exc };
            if mode == CLOSE
                && exc != 0
                && (is_instance(exc, &GENERATOR_EXIT) || is_instance(exc, &STOP_ASYNC_ITERATION))
            {
                unsafe { (*ts).exc = 0 };
                return raise_with_args(ts, &STOP_ITERATION, &[]);
            }
            0
        }
    }
}

unsafe fn awaitable_next(ts: *mut Thread, w: Word) -> Word {
    unsafe { awaitable_step(ts, w, none::none(), false) }
}

unsafe extern "C" fn awaitable_next_method(
    ts: *mut Thread,
    a: *const Word,
    n: i64,
    _k: Word,
) -> Word {
    match unsafe { method_args(ts, a, n, "__next__", 0, 0) } {
        Some(args) => unsafe { awaitable_next(ts, args[0]) },
        None => 0,
    }
}

unsafe extern "C" fn awaitable_send(ts: *mut Thread, a: *const Word, n: i64, _k: Word) -> Word {
    match unsafe { method_args(ts, a, n, "send", 1, 1) } {
        Some(args) => unsafe { awaitable_step(ts, args[0], args[1], false) },
        None => 0,
    }
}

unsafe extern "C" fn awaitable_throw(ts: *mut Thread, a: *const Word, n: i64, _k: Word) -> Word {
    let Some(args) = (unsafe { method_args(ts, a, n, "throw", 1, 3) }) else {
        return 0;
    };
    let exc = unsafe { generator::thrown_exception(ts, args[1], args.get(2).copied()) };
    if exc == 0 {
        return 0;
    }
    unsafe { (*ts).exc = exc };
    unsafe { awaitable_step(ts, args[0], none::none(), true) }
}

unsafe extern "C" fn awaitable_close(ts: *mut Thread, a: *const Word, n: i64, _k: Word) -> Word {
    let Some(args) = (unsafe { method_args(ts, a, n, "close", 0, 0) }) else {
        return 0;
    };
    unsafe { cast::<AwaitableObject>(args[0]) }.state = CLOSED;
    none::none()
}

unsafe extern "C" fn awaitable_self(ts: *mut Thread, a: *const Word, n: i64, _k: Word) -> Word {
    match unsafe { method_args(ts, a, n, "__await__", 0, 0) } {
        Some(args) => args[0],
        None => 0,
    }
}
