//! Generator objects: the heap frame of a generator function plus the
//! protocol around its compiled resume function (`__next__`, `send`,
//! `throw`, `close`, `yield from` delegation, PEP 479).
//!
//! The compiler turns a generator function into a creation function (which
//! calls `ty_generator_new` and fills the parameter slots) and a resume
//! function `fn(ts, generator, sent, mode) -> Word` that switches on
//! `state` (see `typhon_abi::generator_layout`). A `yield from` suspends
//! with `delegate` set; the runtime then drives the delegate itself, as
//! CPython's `gen_send_ex` does, and resumes the frame with the delegate's
//! return value, or with its exception pending.

use crate::error::{raise, type_error};
use crate::object::{
    Header, Method, Slots, TypeObject, Word, cast, is_exact, is_instance, type_of,
};
use crate::thread::Thread;
use crate::types::exception::{
    self, ExceptionObject, GENERATOR_EXIT, RUNTIME_ERROR, STOP_ITERATION, VALUE_ERROR,
};
use crate::types::{bool as bool_, none, str as str_, tuple};
use typhon_abi::generator_layout::{DELEGATE, DONE, SLOTS, STATE};

/// The `state` of a finished generator.
pub const DONE_STATE: i64 = DONE;
use typhon_abi::{HEADER_SIZE, ITER_DONE};

/// A compiled resume function.
pub type ResumeFn = unsafe extern "C" fn(*mut Thread, Word, Word, i64) -> Word;

#[repr(C)]
pub struct GeneratorObject {
    pub header: Header,
    pub state: i64,
    pub delegate: Word,
    pub resume: ResumeFn,
    /// `__qualname__` (a str); `__name__` is its last dotted part.
    pub qualname: Word,
    /// `gi_running`.
    pub running: u64,
    /// The exception the frame was handling when it last suspended, 0 when
    /// none (restored while it runs, as CPython keeps a per-generator
    /// exception state).
    pub exc_state: Word,
    pub nslots: u64,
    // The frame's slots follow.
}

const _: () = {
    assert!(std::mem::offset_of!(GeneratorObject, state) == STATE as usize);
    assert!(std::mem::offset_of!(GeneratorObject, delegate) == DELEGATE as usize);
    assert!(std::mem::size_of::<GeneratorObject>() == SLOTS as usize);
    assert!(HEADER_SIZE as usize == std::mem::size_of::<Header>());
};

pub static GENERATOR_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "generator",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        hash: Some(crate::types::object::identity_hash_slot),
        iter: Some(crate::types::iter::iter_self),
        next: Some(next_slot),
        getattr: Some(getattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[
        Method {
            name: "send",
            func: method_send,
        },
        Method {
            name: "throw",
            func: method_throw,
        },
        Method {
            name: "close",
            func: method_close,
        },
        Method {
            name: "__next__",
            func: method_next,
        },
        Method {
            name: "__iter__",
            func: method_iter,
        },
    ]),
};

pub(crate) unsafe fn generator<'a>(w: Word) -> &'a mut GeneratorObject {
    unsafe { cast::<GeneratorObject>(w) }
}

unsafe fn slots<'a>(w: Word) -> &'a mut [Word] {
    let n = unsafe { generator(w) }.nslots as usize;
    unsafe { std::slice::from_raw_parts_mut((w as *mut u8).add(SLOTS as usize) as *mut Word, n) }
}

/// The frame's slots hold words of `obj` locals and 0/1 of native `bool`
/// locals (and the iteration-done marker): only 8-aligned non-zero words
/// are object pointers, so one rule traces every slot kind.
pub(crate) unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let w = obj as Word;
    let g = unsafe { generator(w) };
    for word in [g.delegate, g.qualname, g.exc_state] {
        if word != 0 {
            visit(word);
        }
    }
    for word in unsafe { slots(w) }.iter() {
        if *word != 0 && *word & 7 == 0 {
            visit(*word);
        }
    }
}

/// A new, not yet started generator whose frame has `nslots` slots (all
/// unbound); the caller stores the arguments.
///
/// # Safety
/// `ts` is the current thread; `resume` is a compiled resume function.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_generator_new(
    ts: *mut Thread,
    resume: *const u8,
    nslots: i64,
    qualname: Word,
) -> Word {
    let size = SLOTS as usize + 8 * nslots as usize;
    let obj = unsafe { crate::gc::alloc(ts, size, &GENERATOR_TYPE) };
    if obj.is_null() {
        return 0;
    }
    let w = obj as Word;
    let g = unsafe { generator(w) };
    g.state = 0;
    g.delegate = 0;
    g.resume = unsafe { std::mem::transmute::<*const u8, ResumeFn>(resume) };
    g.qualname = qualname;
    g.running = 0;
    g.exc_state = 0;
    g.nslots = nslots as u64;
    w
}

/// Close `iter` when it is a generator (a `for` loop left early over an
/// iterator nothing else references). What `close` raises is dropped, as
/// CPython drops what a generator raises while being deallocated.
///
/// # Safety
/// `ts` is the current thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_close_iter(ts: *mut Thread, iter: Word) {
    if !is_exact(iter, &GENERATOR_TYPE) {
        return;
    }
    let saved = unsafe { std::mem::replace(&mut (*ts).exc, 0) };
    if unsafe { close(ts, iter) } == 0 {
        unsafe { (*ts).exc = 0 };
    }
    unsafe { (*ts).exc = saved };
}

/// How one step of a generator ended.
pub enum Step {
    Yielded(Word),
    Returned(Word),
    /// An exception is pending.
    Raised,
}

/// Resume `w` with `sent` (or, with `throw`, with the pending exception).
///
/// # Safety
/// `ts` is the current thread and `w` a generator.
pub unsafe fn step(ts: *mut Thread, w: Word, sent: Word, throw: bool) -> Step {
    let g = unsafe { generator(w) };
    let kind = crate::types::coroutine::kind_name(w);
    if g.running != 0 {
        if throw {
            unsafe { (*ts).exc = 0 };
        }
        raise(ts, &VALUE_ERROR, &format!("{kind} already executing"));
        return Step::Raised;
    }
    if g.state == DONE && is_exact(w, &crate::types::coroutine::COROUTINE_TYPE) {
        unsafe { (*ts).exc = 0 };
        raise(ts, &RUNTIME_ERROR, "cannot reuse already awaited coroutine");
        return Step::Raised;
    }
    if g.state == DONE {
        return if throw {
            Step::Raised
        } else {
            Step::Returned(none::none())
        };
    }
    // Thrown into a generator that has not started, an exception is raised
    // at its first line without running its body (the resume function
    // does it, to add the traceback entry).
    if g.state == 0 && !throw && sent != none::none() {
        type_error(
            ts,
            &format!("can't send non-None value to a just-started {kind}"),
        );
        return Step::Raised;
    }
    g.running = 1;
    let outcome = unsafe { run(ts, w, sent, throw) };
    unsafe { generator(w) }.running = 0;
    outcome
}

/// How many levels of a `yield from` chain of plain generators `run`
/// enters without recursing (deeper ones recurse through `delegate_step`).
const CHAIN: usize = 32;

/// The body of `step` while `gi_running` is set: drive the delegate of a
/// `yield from`, then the frame itself.
///
/// A delegate that is itself a plain generator which `step` would simply
/// resume (not running, not finished, no value sent to a fresh one) is
/// entered in this loop instead of through a nested `step`: it is marked
/// running and counts one recursion level, as the nested call would, and
/// its parent is remembered in `chain`. Only the innermost frame of a
/// chain runs per item, so an item yielded at depth d costs d pointer
/// checks rather than d nested protocol calls, and a generator that
/// finishes hands its value to its parent's frame the same way.
unsafe fn run(ts: *mut Thread, top: Word, mut sent: Word, mut throw: bool) -> Step {
    let mut chain = [0 as Word; CHAIN];
    // The exception each entered level's parent saw as handled.
    let mut bases = [0 as Word; CHAIN];
    let mut entered = 0;
    let mut w = top;
    // The caller's handled exception, restored whenever control leaves a
    // frame, and the one `w` sees as its caller's: a suspended parent's
    // own handled exception shows through in what it delegates to, as
    // CPython's chain of exception states does.
    let outer = unsafe { (*ts).handled };
    let mut base = outer;
    loop {
        let delegate = unsafe { generator(w) }.delegate;
        let outcome = if delegate != 0 {
            let own = unsafe { generator(w) }.exc_state;
            let inner = if own != 0 { own } else { base };
            if entered < CHAIN && !throw && unsafe { can_enter(ts, delegate, sent) } {
                unsafe { generator(delegate) }.running = 1;
                unsafe { (*ts).depth += 1 };
                chain[entered] = w;
                bases[entered] = base;
                entered += 1;
                w = delegate;
                base = inner;
                continue;
            }
            unsafe { (*ts).handled = inner };
            let delegated = unsafe { delegate_step(ts, delegate, sent, throw) };
            unsafe { (*ts).handled = outer };
            match delegated {
                Step::Yielded(value) => Some(Step::Yielded(value)),
                Step::Returned(value) => {
                    unsafe { generator(w) }.delegate = 0;
                    sent = value;
                    throw = false;
                    unsafe { resume_frame(ts, w, sent, throw, base, outer) }
                }
                Step::Raised => {
                    unsafe { generator(w) }.delegate = 0;
                    throw = true;
                    unsafe { resume_frame(ts, w, sent, throw, base, outer) }
                }
            }
        } else {
            unsafe { resume_frame(ts, w, sent, throw, base, outer) }
        };
        let outcome = match outcome {
            // A `yield from` just started: its first step sends None.
            None => {
                sent = none::none();
                throw = false;
                continue;
            }
            Some(outcome) => outcome,
        };
        if entered == 0 {
            return outcome;
        }
        if let Step::Yielded(value) = outcome {
            // Every entered level suspends with its delegate in place.
            unsafe { generator(w) }.running = 0;
            for parent in &chain[1..entered] {
                unsafe { generator(*parent) }.running = 0;
            }
            unsafe { (*ts).depth -= entered as u64 };
            return Step::Yielded(value);
        }
        // `w` finished: its parent goes on with the value or the exception.
        unsafe { generator(w) }.running = 0;
        unsafe { (*ts).depth -= 1 };
        entered -= 1;
        w = chain[entered];
        base = bases[entered];
        unsafe { generator(w) }.delegate = 0;
        match outcome {
            Step::Returned(value) => {
                sent = value;
                throw = false;
            }
            _ => throw = true,
        }
    }
}

/// Whether `step(delegate, sent)` would only resume its frame: a plain
/// generator, not running or finished, not sent a value before it started,
/// and a recursion level left for it.
#[inline]
unsafe fn can_enter(ts: *mut Thread, delegate: Word, sent: Word) -> bool {
    if !is_exact(delegate, &GENERATOR_TYPE) {
        return false;
    }
    let g = unsafe { generator(delegate) };
    g.running == 0
        && g.state != DONE
        && (g.state != 0 || sent == none::none())
        && unsafe { (*ts).depth < (*ts).depth_limit }
}

/// Resume `w`'s own frame once, with `base` as its caller's handled
/// exception (`outer` is restored after). `None` when it suspended at the
/// start of a `yield from` (its delegate is set and takes the next step).
unsafe fn resume_frame(
    ts: *mut Thread,
    w: Word,
    sent: Word,
    throw: bool,
    base: Word,
    outer: Word,
) -> Option<Step> {
    let g = unsafe { generator(w) };
    let caller_handled = base;
    unsafe { (*ts).handled = if g.exc_state != 0 { g.exc_state } else { base } };
    let result = unsafe { (g.resume)(ts, w, sent, i64::from(throw)) };
    let g = unsafe { generator(w) };
    let handled = unsafe { std::mem::replace(&mut (*ts).handled, outer) };
    if result == 0 {
        g.state = DONE;
        g.delegate = 0;
        g.exc_state = 0;
        unsafe { stop_iteration_to_runtime_error(ts, w) };
        return Some(Step::Raised);
    }
    if g.state == DONE {
        g.exc_state = 0;
        return Some(Step::Returned(result));
    }
    g.exc_state = if handled != caller_handled {
        handled
    } else {
        0
    };
    if g.delegate != 0 {
        return None;
    }
    Some(Step::Yielded(result))
}

/// PEP 479: a `StopIteration` escaping a generator's frame becomes
/// `RuntimeError("generator raised StopIteration")`, caused by it.
unsafe fn stop_iteration_to_runtime_error(ts: *mut Thread, w: Word) {
    let exc = unsafe { (*ts).exc };
    let kind = crate::types::coroutine::kind_name(w);
    let stop = if exc != 0 && is_instance(exc, &STOP_ITERATION) {
        "StopIteration"
    } else if exc != 0
        && kind == "async generator"
        && is_instance(exc, &exception::STOP_ASYNC_ITERATION)
    {
        "StopAsyncIteration"
    } else {
        return;
    };
    unsafe { (*ts).exc = 0 };
    if raise(ts, &RUNTIME_ERROR, &format!("{kind} raised {stop}")) != 0 {
        return;
    }
    let new = unsafe { (*ts).exc };
    if new != 0 && exception::is_exception(new) {
        let obj = unsafe { cast::<ExceptionObject>(new) };
        obj.cause = exc;
        obj.context = exc;
        obj.suppress_context = 1;
    }
}

/// One step of the iterator a `yield from` delegates to (PEP 380).
unsafe fn delegate_step(ts: *mut Thread, delegate: Word, sent: Word, throw: bool) -> Step {
    if is_exact(delegate, &GENERATOR_TYPE)
        || is_exact(delegate, &crate::types::coroutine::COROUTINE_TYPE)
    {
        if throw && unsafe { pending_is(ts, &GENERATOR_EXIT) } {
            // close() of the outer generator closes the inner one first.
            let exc = unsafe { std::mem::replace(&mut (*ts).exc, 0) };
            if unsafe { close(ts, delegate) } == 0 {
                return Step::Raised;
            }
            unsafe { (*ts).exc = exc };
            return Step::Raised;
        }
        // Each level of a `yield from` chain of generators resumes the
        // next one a level deeper, as CPython's nested `gen_send_ex`
        // calls count: a chain deeper than the limit raises
        // RecursionError instead of going on.
        if !crate::types::seq::enter_recursive(ts, "") {
            return Step::Raised;
        }
        let outcome = unsafe { step(ts, delegate, sent, throw) };
        crate::types::seq::leave_recursive(ts);
        return outcome;
    }
    if throw {
        let exc = unsafe { std::mem::replace(&mut (*ts).exc, 0) };
        let method = if is_instance(exc, &GENERATOR_EXIT) {
            "close"
        } else {
            "throw"
        };
        let found = unsafe { lookup_method(ts, delegate, method) };
        let Some(callee) = found else {
            if unsafe { (*ts).exc } != 0 {
                return Step::Raised;
            }
            unsafe { (*ts).exc = exc };
            return Step::Raised;
        };
        let args = if method == "throw" { vec![exc] } else { vec![] };
        let result =
            unsafe { crate::entry::ty_call(ts, callee, args.as_ptr(), args.len() as i64, 0) };
        if method == "close" {
            if result != 0 {
                unsafe { (*ts).exc = exc };
            }
            return Step::Raised;
        }
        return unsafe { finish_call(ts, result) };
    }
    if sent == none::none() {
        return match unsafe { crate::entry::ty_iter_next(ts, delegate) } {
            // `StopIteration(v)` from a native `__next__` returns `v`.
            0 => unsafe { finish_call(ts, 0) },
            ITER_DONE => Step::Returned(none::none()),
            value => Step::Yielded(value),
        };
    }
    let name = str_::new(ts, "send");
    if name == 0 {
        return Step::Raised;
    }
    let result = unsafe { crate::entry::ty_call_method(ts, delegate, name, &sent, 1, 0) };
    unsafe { finish_call(ts, result) }
}

/// The outcome of calling a delegate's `send`/`throw`: a value is yielded,
/// `StopIteration(v)` means it returned `v`.
unsafe fn finish_call(ts: *mut Thread, result: Word) -> Step {
    if result != 0 {
        return Step::Yielded(result);
    }
    let exc = unsafe { (*ts).exc };
    if exc != 0 && is_instance(exc, &STOP_ITERATION) {
        unsafe { (*ts).exc = 0 };
        let args = unsafe { exception::args_of(exc) };
        return Step::Returned(args.first().copied().unwrap_or_else(none::none));
    }
    Step::Raised
}

/// `obj.name` when it exists; `None` with nothing pending when it does not.
pub(crate) unsafe fn lookup_method(ts: *mut Thread, obj: Word, name: &str) -> Option<Word> {
    let key = str_::new(ts, name);
    if key == 0 {
        return None;
    }
    let found = unsafe { crate::entry::ty_getattr(ts, obj, key) };
    if found == 0 {
        if unsafe { pending_is(ts, &exception::ATTRIBUTE_ERROR) } {
            unsafe { (*ts).exc = 0 };
        }
        return None;
    }
    Some(found)
}

pub(crate) unsafe fn pending_is(ts: *mut Thread, ty: &'static TypeObject) -> bool {
    let exc = unsafe { (*ts).exc };
    exc != 0 && is_instance(exc, ty)
}

/// `gen.close()`: None, or 0 with an exception pending.
///
/// # Safety
/// `ts` is the current thread and `w` a generator.
pub unsafe fn close(ts: *mut Thread, w: Word) -> Word {
    let g = unsafe { generator(w) };
    if g.state == DONE {
        return none::none();
    }
    if g.state == 0 && g.running == 0 {
        g.state = DONE;
        return none::none();
    }
    let exc = exception::new(ts, &GENERATOR_EXIT, tuple::new(ts, &[]));
    if exc == 0 {
        return 0;
    }
    unsafe { (*ts).exc = exc };
    match unsafe { step(ts, w, none::none(), true) } {
        Step::Yielded(_) => {
            let kind = crate::types::coroutine::kind_name(w);
            raise(ts, &RUNTIME_ERROR, &format!("{kind} ignored GeneratorExit"))
        }
        Step::Returned(_) => none::none(),
        Step::Raised => {
            if unsafe { pending_is(ts, &GENERATOR_EXIT) || pending_is(ts, &STOP_ITERATION) } {
                unsafe { (*ts).exc = 0 };
                return none::none();
            }
            0
        }
    }
}

/// `StopIteration(value)` pending (no arguments for None); returns 0.
pub(crate) fn raise_stop(ts: *mut Thread, value: Word) -> Word {
    if value == none::none() {
        crate::error::raise_with_args(ts, &STOP_ITERATION, &[])
    } else {
        crate::error::raise_with_args(ts, &STOP_ITERATION, &[value])
    }
}

/// `send`, `__next__` and `throw` as methods: a return is `StopIteration`.
fn method_result(ts: *mut Thread, step: Step) -> Word {
    match step {
        Step::Yielded(value) => value,
        Step::Returned(value) => raise_stop(ts, value),
        Step::Raised => 0,
    }
}

/// `next(gen[, default])`: the default, or `StopIteration(value)` when
/// the generator returns.
///
/// # Safety
/// `ts` is the current thread and `w` a generator.
pub unsafe fn next_or(ts: *mut Thread, w: Word, default: Option<&Word>) -> Word {
    match unsafe { step(ts, w, none::none(), false) } {
        Step::Yielded(value) => value,
        Step::Returned(value) => match default {
            Some(default) => *default,
            None => raise_stop(ts, value),
        },
        Step::Raised => 0,
    }
}

unsafe fn next_slot(ts: *mut Thread, w: Word) -> Word {
    match unsafe { step(ts, w, none::none(), false) } {
        Step::Yielded(value) => value,
        Step::Returned(_) => ITER_DONE,
        Step::Raised => 0,
    }
}

/// The `self` argument of a generator method, checked.
unsafe fn receiver<'a>(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
    min: usize,
    max: usize,
) -> Option<&'a [Word]> {
    let all = unsafe { crate::calls::args::slice(argv, nargs) };
    if kwnames != 0 && !unsafe { crate::calls::args::names(kwnames) }.is_empty() {
        type_error(
            ts,
            &format!("generator.{name}() takes no keyword arguments"),
        );
        return None;
    }
    let given = all.len().saturating_sub(1);
    if given < min || given > max {
        let message = if min == max {
            match min {
                0 => format!("generator.{name}() takes no arguments ({given} given)"),
                _ => format!("generator.{name}() takes exactly one argument ({given} given)"),
            }
        } else {
            format!(
                "{name} expected at least {min} argument{}, got {given}",
                if min == 1 { "" } else { "s" }
            )
        };
        type_error(ts, &message);
        return None;
    }
    Some(all)
}

pub(crate) unsafe extern "C" fn method_send(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(args) = (unsafe { receiver(ts, "send", argv, nargs, kwnames, 1, 1) }) else {
        return 0;
    };
    let step = unsafe { step(ts, args[0], args[1], false) };
    method_result(ts, step)
}

pub(crate) unsafe extern "C" fn method_next(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(args) = (unsafe { receiver(ts, "__next__", argv, nargs, kwnames, 0, 0) }) else {
        return 0;
    };
    let step = unsafe { step(ts, args[0], none::none(), false) };
    method_result(ts, step)
}

unsafe extern "C" fn method_iter(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { receiver(ts, "__iter__", argv, nargs, kwnames, 0, 0) } {
        Some(args) => args[0],
        None => 0,
    }
}

pub(crate) unsafe extern "C" fn method_close(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { receiver(ts, "close", argv, nargs, kwnames, 0, 0) } {
        Some(args) => unsafe { close(ts, args[0]) },
        None => 0,
    }
}

/// `throw(exc)` or `throw(type[, value[, traceback]])`.
pub(crate) unsafe extern "C" fn method_throw(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(args) = (unsafe { receiver(ts, "throw", argv, nargs, kwnames, 1, 3) }) else {
        return 0;
    };
    let exc = unsafe { thrown_exception(ts, args[1], args.get(2).copied()) };
    if exc == 0 {
        return 0;
    }
    unsafe { (*ts).exc = exc };
    let step = unsafe { step(ts, args[0], none::none(), true) };
    method_result(ts, step)
}

/// The exception instance `throw` raises in the generator.
pub(crate) unsafe fn thrown_exception(ts: *mut Thread, kind: Word, value: Option<Word>) -> Word {
    let none = none::none();
    if exception::is_exception_type(kind) {
        let value = value.unwrap_or(none);
        if exception::is_exception(value)
            && is_instance(
                value,
                exception::as_type(kind).unwrap_or(&exception::BASE_EXCEPTION),
            )
        {
            return value;
        }
        let args: Vec<Word> = if value == none {
            vec![]
        } else if is_exact(value, &tuple::TUPLE_TYPE) {
            unsafe { tuple::items(value) }.to_vec()
        } else {
            vec![value]
        };
        let result =
            unsafe { crate::entry::ty_call(ts, kind, args.as_ptr(), args.len() as i64, 0) };
        return result;
    }
    if exception::is_exception(kind) {
        if value.is_some_and(|v| v != none) {
            return type_error(ts, "instance exception may not have a separate value");
        }
        return kind;
    }
    type_error(
        ts,
        &format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            type_of(kind).name
        ),
    )
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    let name = unsafe { str_::lossy(generator(w).qualname) };
    str_::new(ts, &format!("<generator object {name} at 0x{w:x}>"))
}

unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    let g = unsafe { generator(w) };
    match unsafe { str_::bytes(name) } {
        b"__qualname__" => g.qualname,
        b"__name__" => {
            let qualname = unsafe { str_::lossy(g.qualname) };
            let short = qualname.rsplit('.').next().unwrap_or(&qualname).to_string();
            str_::new(ts, &short)
        }
        b"gi_running" => bool_::from_bool(g.running != 0),
        b"gi_yieldfrom" => {
            if g.delegate == 0 {
                none::none()
            } else {
                g.delegate
            }
        }
        _ => 0,
    }
}
