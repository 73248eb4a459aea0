//! Signals in every program: the C-level handler that records a signal,
//! and `ty_check_signals`, which generated code calls at its safe points.
//!
//! CPython installs its SIGINT handler at start-up (unless SIGINT was
//! ignored), so Ctrl-C raises `KeyboardInterrupt` in any program: `except`
//! and `finally` blocks run, buffered output is flushed, and an uncaught one
//! prints its traceback before the process dies by SIGINT. `start.rs` calls
//! [`install_sigint`] for that; the handler only records the signal
//! (`PENDING`) and sets the `SIGNALS` flag, which generated code tests on
//! the back edge of every loop (`poll_signals` in the compiler) and
//! `os.kill` and interrupted sleeps test through `modules::check_signals`. Without the `signal` module, a recorded SIGINT
//! raises `KeyboardInterrupt` there; once `_signal` is imported, its
//! dispatcher (`modules::SIGNAL_CHECK`) runs the Python handlers instead.

use std::sync::atomic::{AtomicBool, AtomicU8, Ordering::Relaxed};

use crate::object::Word;
use crate::thread::{MAIN_THREAD, Thread};
use crate::types::none;

/// Linux's signal numbers run from 1 to 64 (`signal.NSIG` is 65).
pub const NSIG: usize = 65;

/// Nonzero when a signal arrived that the main thread has not acted on
/// yet. A global byte rather than a field of the thread, so a loop's poll
/// needs no thread pointer on its hot path; only the main thread acts on
/// it (`ty_check_signals`), a loop in another thread that sees it goes on.
#[unsafe(export_name = "TY_SIGNALS")]
pub static SIGNALS: AtomicU8 = AtomicU8::new(0);

/// Signals received whose Python handler has not run yet.
pub static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

pub const SIG_DFL: usize = 0;
pub const SIG_IGN: usize = 1;
pub const SIGINT: i32 = 2;
/// `SA_RESTART`: a read or write interrupted by a signal goes on, as
/// CPython retries it (PEP 475); `nanosleep` and `pause` still return
/// `EINTR`, so `time.sleep` and `signal.pause` run the handler in time.
const SA_FLAGS: i32 = 0x1000_0000;

/// glibc's `struct sigaction` on Linux (x86_64 and aarch64).
#[repr(C)]
struct SigAction {
    handler: usize,
    mask: [u64; 16],
    flags: i32,
    restorer: usize,
}

unsafe extern "C" {
    fn sigaction(signum: i32, act: *const SigAction, old: *mut SigAction) -> i32;
    fn raise(signum: i32) -> i32;
}

/// At start-up: SIGINT raises `KeyboardInterrupt` unless it was ignored
/// (a program started in the background by a shell), as in CPython.
pub fn install_sigint() {
    if os_disposition(SIGINT) == Some(SIG_DFL) {
        set_os_handler(SIGINT, record as *const () as usize);
    }
}

/// The C-level handler: record the signal and flag the main thread.
pub extern "C" fn record(signum: i32) {
    if signum == SIGINT
        && crate::modules::SIGNAL_CHECK.load(Relaxed) == 0
        && PENDING[SIGINT as usize].load(Relaxed)
    {
        // A second Ctrl-C before the program reached a safe point (it is
        // blocked, reading input say, where CPython would already have
        // raised): stop it as the default action does.
        set_os_handler(SIGINT, SIG_DFL);
        unsafe { raise(SIGINT) };
        return;
    }
    if let Some(slot) = usize::try_from(signum).ok().and_then(|n| PENDING.get(n)) {
        slot.store(true, Relaxed);
    }
    // A relaxed store: loops poll it with a plain load.
    SIGNALS.store(1, Relaxed);
}

/// Install `handler` (`SIG_DFL`, `SIG_IGN` or a function) for `signum`.
pub fn set_os_handler(signum: i32, handler: usize) -> bool {
    let act = SigAction {
        handler,
        mask: [0; 16],
        flags: SA_FLAGS,
        restorer: 0,
    };
    unsafe { sigaction(signum, &act, std::ptr::null_mut()) == 0 }
}

/// The handler installed for `signum`, `None` for an invalid number.
pub fn os_disposition(signum: i32) -> Option<usize> {
    let mut old = SigAction {
        handler: 0,
        mask: [0; 16],
        flags: 0,
        restorer: 0,
    };
    (unsafe { sigaction(signum, std::ptr::null(), &mut old) } == 0).then_some(old.handler)
}

thread_local! {
    /// Whether this OS thread runs the program's main module.
    static MAIN_OS_THREAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// At start-up, in the thread that runs the main module.
pub fn mark_main_os_thread() {
    MAIN_OS_THREAD.set(true);
}

pub fn is_main(ts: *mut Thread) -> bool {
    std::ptr::eq(ts, MAIN_THREAD.load(Relaxed))
}

/// Act on the signals received, in the main thread: run their Python
/// handlers when `signal` was imported, else raise `KeyboardInterrupt` for
/// a SIGINT. None, or 0 with the exception raised pending. Called from
/// another OS thread (a loop's poll there saw `SIGNALS` set, and the poll's
/// trampoline always passes the main thread), it does nothing.
///
/// # Safety
/// `ts` is the current thread, holding the global lock.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_check_signals(ts: *mut Thread) -> Word {
    if !is_main(ts) || SIGNALS.load(Relaxed) == 0 || !MAIN_OS_THREAD.get() {
        return none::none();
    }
    SIGNALS.store(0, Relaxed);
    let dispatch = crate::modules::SIGNAL_CHECK.load(Relaxed);
    if dispatch != 0 {
        let dispatch: unsafe fn(*mut Thread) -> Word = unsafe { std::mem::transmute(dispatch) };
        return unsafe { dispatch(ts) };
    }
    if PENDING[SIGINT as usize].swap(false, Relaxed) {
        return keyboard_interrupt(ts);
    }
    none::none()
}

#[cold]
fn keyboard_interrupt(ts: *mut Thread) -> Word {
    crate::error::raise_with_args(ts, &crate::types::exception::KEYBOARD_INTERRUPT, &[])
}
