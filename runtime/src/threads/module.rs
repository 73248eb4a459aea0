//! The `_tythreads` module, native part of `stdlib/threading.py`: `start`,
//! `get_ident`, `wait` and `notify` over the global lock of
//! `crate::threads`. Private: `threading` checks the arguments.

use crate::calls::args::Args;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{float, int, none};

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("start", start),
    BuiltinFunctionObject::new_static("get_ident", get_ident),
    BuiltinFunctionObject::new_static("wait", wait),
    BuiltinFunctionObject::new_static("notify", notify),
    BuiltinFunctionObject::new_static("hold", hold),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native_functions(ts, "_tythreads", FUNCTIONS)
}

/// `start(callable, daemon)`: run `callable()` on a new thread; its ident.
unsafe extern "C" fn start(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let args = unsafe { Args::new(argv, n, kw) };
    if !args.count(ts, "_tythreads.start", 2, 2) {
        return 0;
    }
    let daemon = match unsafe { crate::ops::ty_truthy(ts, args.positional[1]) } {
        -1 => return 0,
        v => v == 1,
    };
    match unsafe { super::start(ts, args.positional[0], daemon) } {
        Some(id) => int::from_i128(ts, i128::from(id)),
        None => crate::error::raise(
            ts,
            &crate::types::exception::RUNTIME_ERROR,
            "can't start new thread",
        ),
    }
}

unsafe extern "C" fn get_ident(ts: *mut Thread, _argv: *const Word, _n: i64, _kw: Word) -> Word {
    int::from_i128(ts, i128::from(unsafe { super::ident(ts) }))
}

/// `wait(timeout)`: park until a `notify` or `timeout` seconds (a float,
/// or None for no limit).
unsafe extern "C" fn wait(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let args = unsafe { Args::new(argv, n, kw) };
    if !args.count(ts, "_tythreads.wait", 1, 1) {
        return 0;
    }
    let arg = args.positional[0];
    let timeout = if arg == none::none() {
        None
    } else if float::is_float(arg) {
        let seconds = unsafe { float::value(arg) };
        Some(std::time::Duration::from_secs_f64(seconds.clamp(0.0, 1e9)))
    } else {
        match unsafe { int::index_value(ts, arg, "") } {
            Some(v) => Some(std::time::Duration::from_secs(v.max(0) as u64)),
            None => return 0,
        }
    };
    super::wait_for_change(ts, timeout);
    none::none()
}

unsafe extern "C" fn notify(_ts: *mut Thread, _argv: *const Word, _n: i64, _kw: Word) -> Word {
    super::notify();
    none::none()
}

/// `hold(delta)`: count `delta` more (or fewer) pieces of work the program
/// waits for at exit, like a non-daemon thread (`concurrent.futures`).
unsafe extern "C" fn hold(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let args = unsafe { Args::new(argv, n, kw) };
    if !args.count(ts, "_tythreads.hold", 1, 1) {
        return 0;
    }
    match unsafe { int::index_value(ts, args.positional[0], "") } {
        Some(delta) => {
            super::hold(delta);
            none::none()
        }
        None => 0,
    }
}
