//! Process start-up and shutdown.
//!
//! `main` builds the thread state, runs the generated program entry on a
//! large stack of its own (so deep recursion raises `RecursionError` instead
//! of overflowing), reports an uncaught exception as CPython does, flushes
//! stdout and exits with the program's status.

#[cfg(not(test))]
use crate::object::Word;
#[cfg(not(test))]
use crate::thread::Thread;

/// Stack reserved for the program's main thread. Only touched pages cost memory.
#[cfg(not(test))]
const PROGRAM_STACK: usize = 1 << 30;
/// Headroom below the stack limit for runtime frames (formatting, printing).
#[cfg(not(test))]
const STACK_HEADROOM: usize = 256 * 1024;

// The thread state is opaque to generated code, which reads only the
// leading fields whose offsets the ABI fixes.
#[cfg(not(test))]
#[allow(improper_ctypes)]
unsafe extern "C" {
    fn typhon_program_main(ts: *mut Thread) -> Word;
    fn signal(signum: i32, handler: usize) -> usize;
    fn sigfillset(set: *mut [u64; 16]) -> i32;
    fn pthread_sigmask(how: i32, set: *const [u64; 16], old: *mut [u64; 16]) -> i32;
}

/// Linux's `SIGPIPE` and `SIG_IGN`.
#[cfg(not(test))]
const SIGPIPE: i32 = 13;
#[cfg(not(test))]
const SIG_IGN: usize = 1;
#[cfg(not(test))]
const SIG_BLOCK: i32 = 0;

/// Command-line arguments, saved for `sys.argv`.
static ARGS: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();

pub fn args() -> &'static [Vec<u8>] {
    ARGS.get().map(|v| v.as_slice()).unwrap_or(&[])
}

// Unit tests link their own `main` and have no generated program.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub extern "C" fn main(argc: i32, argv: *const *const std::ffi::c_char) -> i32 {
    let mut collected = Vec::new();
    for idx in 0..argc.max(0) as usize {
        let arg = unsafe { std::ffi::CStr::from_ptr(*argv.add(idx)) };
        collected.push(arg.to_bytes().to_vec());
    }
    let _ = ARGS.set(collected);
    // A closed stdout pipe then shows up as a write error, which the stdout
    // writer turns into a quiet exit instead of death by signal.
    unsafe { signal(SIGPIPE, SIG_IGN) };
    // Only used when the linker could not route std's panic handler to
    // `panic::typhon_panic_handler` (see `panic`): the same message either way.
    std::panic::set_hook(Box::new(crate::panic::report));
    let runner = std::thread::Builder::new()
        .stack_size(PROGRAM_STACK)
        .spawn(run_program);
    // Signals sent to the process go to the program's thread (this one
    // only waits), so a Python handler interrupts the program's `sleep`.
    if runner.is_ok() {
        let mut all = [0u64; 16];
        unsafe {
            sigfillset(&mut all);
            pthread_sigmask(SIG_BLOCK, &all, std::ptr::null_mut());
        }
    }
    match runner.map(|handle| handle.join()) {
        Ok(Ok(status)) => status,
        _ => 70,
    }
}

#[cfg(not(test))]
fn run_program() -> i32 {
    let marker = 0u8;
    let stack_top = &marker as *const u8 as usize;
    // Every frame that holds object words is below this one, so the
    // collector's stack scan ends at `stack_top`.
    let status = run_below(stack_top);
    // Exit from here: returning would make the C library release this
    // thread's 1 GiB stack (an `madvise` and an `munmap` of the whole
    // reservation) and wake the main thread, only for it to exit.
    std::process::exit(status)
}

#[cfg(not(test))]
#[inline(never)]
fn run_below(stack_top: usize) -> i32 {
    let stack_limit = stack_top.saturating_sub(PROGRAM_STACK - STACK_HEADROOM);
    let mut thread = Thread::new(stack_limit as u64);
    crate::interrupt::mark_main_os_thread();
    let ts: *mut Thread = &mut thread;
    crate::thread::MAIN_THREAD.store(ts, std::sync::atomic::Ordering::Relaxed);
    unsafe { crate::gc::init(ts, stack_top) };
    crate::types::exception::init(ts);
    crate::interrupt::install_sigint();
    let result = unsafe { typhon_program_main(ts) };
    let status = if result == 0 {
        crate::types::exception::report_uncaught(ts)
    } else {
        0
    };
    unsafe { crate::threads::wait_for_non_daemon(ts) };
    crate::modules::atexit::run_callbacks(ts);
    unsafe { crate::gc::run_exit_finalizers(ts) };
    crate::modules::flush_std_streams();
    std::hint::black_box(&thread);
    status
}
