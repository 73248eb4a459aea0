//! Python threads: one OS thread each, under one global lock.
//!
//! Only the thread holding the lock runs Python code or touches the heap,
//! so lists and dicts need no locks of their own and the collector, run by
//! the lock holder, sees the world stopped. A thread releases the lock only
//! around a blocking call ([`blocking`], [`wait_for_change`]), after
//! storing its callee-saved registers on its stack: everything it holds is
//! then in `[sp, stack top)`, in its [`Thread`] and in its pinned words,
//! which [`scan_parked`] hands to the collector. There is no periodic
//! switch: a thread runs until it blocks or ends.
//!
//! Every thread has its own [`Thread`] (pending exception, depth, stack
//! limit) and all share the collector's heap. Python's locks, conditions
//! and queues (`stdlib/threading.py`) are plain objects under the global
//! lock; a thread that must wait for one parks in [`wait_for_change`] until
//! any thread calls [`notify`] (a state change that may concern it).
//!
//! A program that never starts a thread pays nothing: until the first
//! start the lock is never touched.

pub mod module;

use crate::object::Word;
use crate::thread::Thread;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// Stack reserved for a started thread (only touched pages cost memory).
const THREAD_STACK: usize = 256 << 20;
/// Headroom below the stack limit for runtime frames, as on the main thread.
const STACK_HEADROOM: usize = 256 * 1024;

/// A thread known to the collector.
struct Record {
    /// Its `*mut Thread`.
    ts: usize,
    /// Lowest stack address holding its words while it is parked; 0 while
    /// it runs or before it first ran.
    sp: usize,
    /// Its pinned words while it is parked (see `gc::take_pins`).
    pins: Vec<Word>,
}

struct State {
    /// Whether some thread holds the global lock.
    held: bool,
    /// Bumped by every [`notify`]; a waiter wakes when it changes.
    generation: u64,
    /// Started non-daemon threads not finished yet (the program waits).
    non_daemon: usize,
    records: Vec<Record>,
    /// Threads waiting for the global lock.
    waiting: usize,
    /// Times the global lock was taken.
    switches: u64,
}

static STATE: Mutex<State> = Mutex::new(State {
    held: true,
    generation: 0,
    non_daemon: 0,
    records: Vec::new(),
    waiting: 0,
    switches: 0,
});
/// Signalled when the global lock is released.
static LOCK_FREE: Condvar = Condvar::new();
/// Signalled by [`notify`].
static CHANGED: Condvar = Condvar::new();
/// Set by the first thread start; before it the global lock is untouched.
static THREADED: AtomicBool = AtomicBool::new(false);

fn state() -> MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(|e| e.into_inner())
}

fn record(state: &mut State, ts: *mut Thread) -> Option<&mut Record> {
    state.records.iter_mut().find(|r| r.ts == ts as usize)
}

unsafe extern "C" {
    fn pthread_self() -> usize;
}

/// `threading.get_ident()` of `ts`.
///
/// # Safety
/// `ts` is the current thread.
pub unsafe fn ident(ts: *mut Thread) -> u64 {
    unsafe {
        if (*ts).ident == 0 {
            (*ts).ident = pthread_self() as u64;
        }
        (*ts).ident
    }
}

/// Give a native module `ts` just made (`sys` when `index` is `None`) to
/// every other thread, so each module exists once per process.
///
/// # Safety
/// `ts` is the current thread, holding the global lock.
pub unsafe fn share_module(ts: *mut Thread, index: Option<usize>, module: Word) {
    if !THREADED.load(Relaxed) || module == 0 {
        return;
    }
    for r in state().records.iter().filter(|r| r.ts != ts as usize) {
        let other = r.ts as *mut Thread;
        unsafe {
            match index {
                Some(idx) => (*other).native_modules[idx] = module,
                None => (*other).sys_module = module,
            }
        }
    }
}

/// Every parked thread's roots, as address ranges to scan conservatively:
/// its thread state, its stack from where it parked, its pinned words.
///
/// # Safety
/// Called by the collector on `ts`, which holds the global lock.
pub unsafe fn scan_parked(ts: *mut Thread, scan: &mut dyn FnMut(usize, usize)) {
    if !THREADED.load(Relaxed) {
        return;
    }
    let state = state();
    for r in state.records.iter().filter(|r| r.ts != ts as usize) {
        scan(r.ts, r.ts + std::mem::size_of::<Thread>());
        let top = unsafe { (*(r.ts as *const Thread)).stack_top };
        if r.sp != 0 && top != 0 {
            scan(r.sp, top);
        }
        let pins = r.pins.as_ptr() as usize;
        scan(pins, pins + r.pins.len() * std::mem::size_of::<Word>());
    }
}

/// Release the global lock, parking `ts` with its words at `sp` and above.
fn park(state: &mut State, ts: *mut Thread, sp: usize) {
    let pins = unsafe { crate::gc::take_pins(ts) };
    if let Some(r) = record(state, ts) {
        r.sp = sp;
        r.pins = pins;
    }
    state.held = false;
    LOCK_FREE.notify_one();
}

/// Wait for the global lock and take it.
fn take_lock(mut state: MutexGuard<'static, State>) -> MutexGuard<'static, State> {
    state.waiting += 1;
    while state.held {
        state = LOCK_FREE.wait(state).unwrap_or_else(|e| e.into_inner());
    }
    state.waiting -= 1;
    state.held = true;
    state.switches += 1;
    state
}

/// Take the global lock back for `ts`.
fn unpark(state: MutexGuard<'static, State>, ts: *mut Thread) {
    let mut state = take_lock(state);
    let pins = match record(&mut state, ts) {
        Some(r) => {
            r.sp = 0;
            std::mem::take(&mut r.pins)
        }
        None => Vec::new(),
    };
    drop(state);
    unsafe { crate::gc::restore_pins(ts, pins) };
}

/// Run `f`, which must not touch Python objects, with the global lock
/// released (a sleep, a blocking read).
pub fn blocking<R>(ts: *mut Thread, f: impl FnOnce() -> R) -> R {
    if !THREADED.load(Relaxed) {
        return f();
    }
    let mut f = Some(f);
    let mut out = None;
    crate::gc::with_registers_on_stack(&mut |sp| {
        park(&mut state(), ts, sp);
        if let Some(f) = f.take() {
            out = Some(f());
        }
        unpark(state(), ts);
    });
    out.expect("blocking body ran")
}

/// Let the threads waiting for the global lock run first (`time.sleep(0)`).
pub fn yield_now(ts: *mut Thread) {
    if !THREADED.load(Relaxed) {
        return;
    }
    crate::gc::with_registers_on_stack(&mut |sp| {
        let mut state = state();
        if state.waiting == 0 {
            return;
        }
        let switches = state.switches;
        park(&mut state, ts, sp);
        // A waiter woken by the release takes the lock first.
        while state.switches == switches && state.waiting > 0 {
            state = LOCK_FREE
                .wait_timeout(state, Duration::from_millis(1))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        unpark(state, ts);
    });
}

/// Park until another thread calls [`notify`] or `timeout` passes; returns
/// with the global lock held again.
pub fn wait_for_change(ts: *mut Thread, timeout: Option<Duration>) {
    if !THREADED.load(Relaxed) {
        // No other thread can ever notify: what CPython does in a deadlock.
        match timeout {
            Some(t) => std::thread::sleep(t),
            None => loop {
                std::thread::park();
            },
        }
        return;
    }
    let deadline = timeout.map(|t| Instant::now() + t);
    crate::gc::with_registers_on_stack(&mut |sp| {
        let mut state = state();
        let generation = state.generation;
        park(&mut state, ts, sp);
        while state.generation == generation {
            state = match deadline {
                None => CHANGED.wait(state).unwrap_or_else(|e| e.into_inner()),
                Some(deadline) => {
                    let now = Instant::now();
                    if now >= deadline {
                        break;
                    }
                    CHANGED
                        .wait_timeout(state, deadline - now)
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
            };
        }
        unpark(state, ts);
    });
}

/// Wake every thread parked in [`wait_for_change`].
pub fn notify() {
    if THREADED.load(Relaxed) {
        state().generation += 1;
        CHANGED.notify_all();
    }
}

/// Count `delta` more pieces of work [`wait_for_non_daemon`] waits for.
pub fn hold(delta: i64) {
    let mut state = state();
    state.non_daemon = state.non_daemon.saturating_add_signed(delta as isize);
    state.generation += 1;
    CHANGED.notify_all();
}

/// Start a thread that calls `callable()`; returns its ident, or `None`
/// when the system refuses a thread.
///
/// # Safety
/// `ts` is the current thread, holding the global lock.
pub unsafe fn start(ts: *mut Thread, callable: Word, daemon: bool) -> Option<u64> {
    THREADED.store(true, Relaxed);
    unsafe { ident(ts) };
    let child = Box::into_raw(Box::new(Thread::new_child(unsafe { &*ts })));
    unsafe { (*child).start = callable };
    {
        let mut state = state();
        // The first start comes from the main thread, the only one then.
        if state.records.is_empty() {
            state.records.push(Record {
                ts: ts as usize,
                sp: 0,
                pins: Vec::new(),
            });
        }
        state.records.push(Record {
            ts: child as usize,
            sp: 0,
            pins: Vec::new(),
        });
        if !daemon {
            state.non_daemon += 1;
        }
    }
    let address = child as usize;
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || run_thread(address, daemon));
    match spawned {
        Ok(handle) => {
            use std::os::unix::thread::JoinHandleExt;
            let id = handle.as_pthread_t();
            // Read by the new thread only once it holds the global lock.
            unsafe { (*child).ident = id };
            Some(id)
        }
        Err(_) => {
            finish(address, daemon);
            drop(unsafe { Box::from_raw(child) });
            None
        }
    }
}

/// Forget thread `address` (holding the global lock): the program no
/// longer waits for it.
fn finish(address: usize, daemon: bool) {
    let mut state = state();
    state.records.retain(|r| r.ts != address);
    if !daemon {
        state.non_daemon -= 1;
    }
    state.generation += 1;
    CHANGED.notify_all();
}

fn run_thread(address: usize, daemon: bool) {
    let marker = 0u8;
    let stack_top = &marker as *const u8 as usize;
    run_below(address, daemon, stack_top);
    std::hint::black_box(&marker);
}

#[inline(never)]
fn run_below(address: usize, daemon: bool, stack_top: usize) {
    let ts = address as *mut Thread;
    drop(take_lock(state()));
    unsafe {
        (*ts).stack_top = stack_top;
        (*ts).stack_limit = stack_top.saturating_sub(THREAD_STACK - STACK_HEADROOM) as u64;
        let callable = (*ts).start;
        let result = crate::calls::ty_call(ts, callable, std::ptr::null(), 0, 0);
        if result == 0 {
            report_exception(ts);
        }
        (*ts).start = 0;
    }
    finish(address, daemon);
    // Freed while no collector can be scanning (a stale copy of its address
    // on another stack makes the marker read it).
    drop(unsafe { Box::from_raw(ts) });
    let mut state = state();
    state.held = false;
    LOCK_FREE.notify_one();
}

/// A thread's uncaught exception: `SystemExit` ends it quietly, anything
/// else prints its traceback (`threading` printed the header line).
unsafe fn report_exception(ts: *mut Thread) {
    let exc = unsafe { (*ts).exc };
    if crate::object::is_instance(exc, &crate::types::exception::SYSTEM_EXIT) {
        unsafe { (*ts).exc = 0 };
        return;
    }
    crate::types::exception::report_uncaught(ts);
}

/// At exit: wait until every non-daemon thread has finished (CPython's
/// `threading._shutdown`). Daemon threads stay parked while the program
/// exits.
///
/// # Safety
/// `ts` is the main thread, holding the global lock.
pub unsafe fn wait_for_non_daemon(ts: *mut Thread) {
    if !THREADED.load(Relaxed) {
        return;
    }
    while state().non_daemon != 0 {
        wait_for_change(ts, None);
    }
}
