//! What the runtime does when its own Rust code fails: a panic (a typhon
//! bug) or a Rust allocation that cannot be satisfied.
//!
//! Both print one message and abort, as the standard library's handlers
//! would, but without them: std's panic hook and its allocation-failure
//! hook can print a backtrace, and that brings the whole symbolizer
//! (gimli, addr2line, rustc-demangle, miniz_oxide: about 250 KB of every
//! executable). The linker (`compiler/src/link/handlers.rs`) routes std's
//! two entry points, `rust_begin_unwind` and `__rust_alloc_error_handler`,
//! here with `--wrap`, so std's versions and everything only they reach
//! are dropped by `--gc-sections`. An executable linked without the
//! wrapping (an archive whose std spells the symbols differently) keeps
//! std's handlers and the hook `start` installs, and behaves the same.
//!
//! The runtime is built with `panic = "abort"`, so nothing unwinds either
//! way: the process ends with `SIGABRT` after the message.

use std::io::Write;

/// The message printed for a runtime panic, before the panic's own text.
pub const INTERNAL_ERROR: &str = "typhon: internal runtime error";
/// The line after it.
pub const REPORT_NOTE: &str =
    "note: this is a bug in typhon; please report it with the program that triggered it";

/// Print a panic the way `start`'s hook does.
pub fn report(info: &std::panic::PanicHookInfo<'_>) {
    let _ = writeln!(std::io::stderr(), "{INTERNAL_ERROR}: {info}\n{REPORT_NOTE}");
}

/// Replaces std's `rust_begin_unwind` (the `#[panic_handler]` of every
/// panic in the process, core's included).
#[unsafe(no_mangle)]
pub fn typhon_panic_handler(info: &core::panic::PanicInfo<'_>) -> ! {
    let mut err = std::io::stderr().lock();
    let _ = match info.location() {
        Some(at) => writeln!(
            err,
            "{INTERNAL_ERROR}: panicked at {}:{}:{}:\n{}\n{REPORT_NOTE}",
            at.file(),
            at.line(),
            at.column(),
            info.message()
        ),
        None => writeln!(err, "{INTERNAL_ERROR}: {}\n{REPORT_NOTE}", info.message()),
    };
    drop(err);
    std::process::abort()
}

/// Replaces std's `__rust_alloc_error_handler` (a Rust collection could
/// not grow; the collector's own allocations raise `MemoryError` instead).
#[unsafe(no_mangle)]
pub fn typhon_alloc_error_handler(size: usize, _align: usize) -> ! {
    let _ = writeln!(
        std::io::stderr(),
        "{INTERNAL_ERROR}: memory allocation of {size} bytes failed"
    );
    std::process::abort()
}
