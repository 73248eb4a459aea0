//! The typhon runtime: linked into every executable typhon builds.
//!
//! Generated code calls the `extern "C"` entry points listed in
//! `typhon_abi::entry_points!` (re-exported from [`entry`]); `start` owns the
//! process entry (`main`), which runs the program on a large stack of its
//! own. The runtime knows nothing about the compiler beyond that table.

// Safe helpers take `ts: *mut Thread` by design: every entry point receives the current thread's state.
#![allow(clippy::not_unsafe_ptr_arg_deref)]
// `Err(())` means "an exception is pending in the thread state": the error value lives there.
#![allow(clippy::result_unit_err)]

pub mod attr;
pub mod builtins;
pub mod calls;
pub mod entry;
pub mod error;
pub mod format;
pub mod gc;
pub mod interrupt;
pub mod items;
pub mod matching;
pub mod methods;
pub mod modules;
pub mod object;
pub mod ops;
pub mod panic;
pub mod start;
pub mod text;
pub mod thread;
pub mod threads;
pub mod types;

/// Compile-time proof that every entry point in the ABI table exists with
/// exactly the listed signature.
macro_rules! check_entry_signatures {
    ($($name:ident($($param:ident: $kind:ident),* $(,)?) -> $ret:tt, $raises:ident;)*) => {
        $(
            const _: unsafe extern "C" fn($(check_entry_signatures!(@ty $kind)),*)
                -> check_entry_signatures!(@ty $ret) = entry::$name;
        )*
    };
    (@ty Thread) => { *mut thread::Thread };
    (@ty Word) => { object::Word };
    (@ty I64) => { i64 };
    (@ty I32) => { i32 };
    (@ty F64) => { f64 };
    (@ty Ptr) => { *const u8 };
    (@ty Words) => { *const object::Word };
    (@ty Out) => { *mut object::Word };
    (@ty Frame) => { *const typhon_abi::FrameInfo };
    (@ty ()) => { () };
}

typhon_abi::entry_points!(check_entry_signatures);
