//! Per-thread state: the first argument of every entry point.
//!
//! Generated code reads `depth`, `depth_limit` and `stack_limit` at the fixed
//! offsets in `typhon_abi::thread_offsets`, so their order is part of the ABI.

use crate::object::Word;

#[repr(C)]
pub struct Thread {
    /// Current call depth (generated prologues increment it).
    pub depth: u64,
    /// `sys.getrecursionlimit()`.
    pub depth_limit: u64,
    /// Lowest usable stack address; prologues raise `RecursionError` below it.
    pub stack_limit: u64,
    /// The collector's free-list heads (generated code pops them inline).
    pub free_lists: *mut *mut u8,
    /// Written by generated code's signal-poll trampoline: the result of
    /// its `ty_check_signals` call, read back by the loop that polled.
    pub poll_result: Word,
    /// The pending exception, 0 when none.
    pub exc: Word,
    /// The exception being handled by the innermost active `except` block
    /// (for bare `raise` and implicit chaining), 0 when none.
    pub handled: Word,
    /// The `sys` module once imported (a runtime-held root), 0 before.
    pub sys_module: Word,
    /// The other native modules once imported (indexed like
    /// `typhon_abi::NATIVE_MODULES`), 0 before.
    pub native_modules: [Word; typhon_abi::NATIVE_MODULES.len()],
    /// The collector's state (heap, roots, settings).
    pub gc: *mut crate::gc::Gc,
    /// The newest method descriptor made (`types::function::descriptor`),
    /// 0 before the first; a runtime-held root.
    pub descriptors: Word,
    /// Highest address of this thread's stack (the collector's scan ends
    /// there); 0 until the thread runs Python code.
    pub stack_top: usize,
    /// `threading.get_ident()`: the thread's `pthread_t`, as CPython's.
    pub ident: u64,
    /// The callable a thread started by `runtime/src/threads` runs, held
    /// here (a root) until it is called; 0 otherwise.
    pub start: Word,
}

const _: () = {
    assert!(std::mem::offset_of!(Thread, depth) == typhon_abi::thread_offsets::DEPTH as usize);
    assert!(
        std::mem::offset_of!(Thread, depth_limit)
            == typhon_abi::thread_offsets::DEPTH_LIMIT as usize
    );
    assert!(
        std::mem::offset_of!(Thread, stack_limit)
            == typhon_abi::thread_offsets::STACK_LIMIT as usize
    );
    assert!(
        std::mem::offset_of!(Thread, free_lists) == typhon_abi::thread_offsets::FREE_LISTS as usize
    );
    assert!(
        std::mem::offset_of!(Thread, poll_result)
            == typhon_abi::thread_offsets::POLL_RESULT as usize
    );
};

/// The thread running the program's main module (signal handlers run
/// there, as in CPython); set once at start. Generated code's signal-poll
/// trampoline reads it by name: signals are acted on in this thread only
/// (`interrupt::SIGNALS`), and a loop elsewhere that sees the flag goes on
/// (`ty_check_signals` does nothing outside the main OS thread).
#[unsafe(export_name = "TY_MAIN_THREAD")]
pub static MAIN_THREAD: std::sync::atomic::AtomicPtr<Thread> =
    std::sync::atomic::AtomicPtr::new(std::ptr::null_mut());

impl Thread {
    pub fn new(stack_limit: u64) -> Thread {
        let gc = Box::into_raw(crate::gc::Gc::new());
        Thread {
            depth: 0,
            depth_limit: 1000,
            stack_limit,
            free_lists: unsafe { crate::gc::free_lists(gc) },
            // Only the main thread's is ever written (by the trampoline,
            // which acts on signals for it): a loop in another thread whose
            // poll saw the flag reads None here and goes on.
            poll_result: crate::types::none::none(),
            exc: 0,
            handled: 0,
            sys_module: 0,
            native_modules: [0; typhon_abi::NATIVE_MODULES.len()],
            gc,
            descriptors: 0,
            stack_top: 0,
            ident: 0,
            start: 0,
        }
    }

    /// The state of a new thread started by `parent`: the same heap, and
    /// the modules and descriptors `parent` has made so far.
    pub fn new_child(parent: &Thread) -> Thread {
        Thread {
            depth: 0,
            depth_limit: parent.depth_limit,
            stack_limit: 0,
            free_lists: parent.free_lists,
            // Only the main thread's is ever written (by the trampoline,
            // which acts on signals for it): a loop in another thread whose
            // poll saw the flag reads None here and goes on.
            poll_result: crate::types::none::none(),
            exc: 0,
            handled: 0,
            sys_module: parent.sys_module,
            native_modules: parent.native_modules,
            gc: parent.gc,
            descriptors: parent.descriptors,
            stack_top: 0,
            ident: 0,
            start: 0,
        }
    }
}
