//! The `_signal` module, native part of `stdlib/signal.py`: installing the
//! C-level handler, `alarm`, `raise_signal`, `pause`, `strsignal`,
//! and running Python handlers at a safe point.
//!
//! The C handler and the safe points are the core's (`interrupt.rs`: the
//! handler records the signal, generated code polls on the back edges of
//! loops, `os.kill` and interrupted sleeps poll too); importing this module
//! makes them run the Python handlers (`dispatch`, through
//! `modules::SIGNAL_CHECK`, so the core does not link this module), also
//! right after `raise_signal` and `pause`. `stdlib/signal.py` keeps the
//! table of Python handlers; `_dispatch(signum)`, stored on this module,
//! calls one.

use std::sync::atomic::Ordering::Relaxed;

use crate::calls::args;
use crate::interrupt::{
    PENDING, SIG_DFL, SIG_IGN, is_main, os_disposition, record, set_os_handler,
};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::exception::ExceptionObject;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{int, none, str as str_};

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("install", install),
    BuiltinFunctionObject::new_static("disposition", disposition),
    BuiltinFunctionObject::new_static("alarm", alarm),
    BuiltinFunctionObject::new_static("raise_signal", raise_signal),
    BuiltinFunctionObject::new_static("pause", pause),
    BuiltinFunctionObject::new_static("strsignal", strsignal),
    BuiltinFunctionObject::new_static("is_main_thread", is_main_thread),
    BuiltinFunctionObject::new_static("default_int_handler", default_int_handler),
];

unsafe extern "C" {
    #[link_name = "alarm"]
    fn c_alarm(seconds: u32) -> u32;
    #[link_name = "raise"]
    fn c_raise(signum: i32) -> i32;
    #[link_name = "pause"]
    fn c_pause() -> i32;
    #[link_name = "strsignal"]
    fn c_strsignal(signum: i32) -> *const std::ffi::c_char;
}

/// Build the module; 0 with an exception pending. SIGINT already has the
/// handler that records it (`interrupt::install_sigint`, at start-up, as
/// CPython does for every program); from now on the Python handlers run
/// for the signals recorded.
pub fn create(ts: *mut Thread) -> Word {
    super::SIGNAL_CHECK.store(dispatch as *const () as usize, Relaxed);
    // `_dispatch` is a global of its own, so `stdlib/signal.py` stores its
    // dispatcher in a slot `ty_check_signals` finds.
    let attrs: Vec<(&str, Word)> = FUNCTIONS
        .iter()
        .map(|func| (func.name, func.as_word()))
        .chain([("_dispatch", none::none())])
        .collect();
    crate::types::module::new_native(ts, "_signal", &attrs)
}

/// Run the Python handlers of the signals received, in the main thread
/// (called by `interrupt::ty_check_signals`, which has cleared the flag);
/// None, or 0 with the exception a handler raised pending (the signals not
/// handled yet stay pending, as in CPython).
///
/// # Safety
/// `ts` is the main thread, holding the global lock.
unsafe fn dispatch(ts: *mut Thread) -> Word {
    let Some(index) = typhon_abi::native_module_index("_signal") else {
        return none::none();
    };
    let module = unsafe { (*ts).native_modules[index] };
    for (signum, pending) in PENDING.iter().enumerate().skip(1) {
        if !pending.swap(false, Relaxed) {
            continue;
        }
        let dispatch = match unsafe { crate::types::module::slot(module, b"_dispatch") } {
            Some(func) if *func != 0 && *func != none::none() => *func,
            _ => continue,
        };
        let number = int::from_i64(ts, signum as i64);
        if number == 0 {
            return 0;
        }
        let args = [number];
        let result = unsafe { crate::calls::ty_call(ts, dispatch, args.as_ptr(), 1, 0) };
        if result == 0 {
            unsafe { drop_dispatch_frame(ts) };
            if PENDING.iter().any(|p| p.load(Relaxed)) {
                crate::interrupt::SIGNALS.store(1, Relaxed);
            }
            return 0;
        }
    }
    none::none()
}

/// CPython calls a handler from its eval loop, so no frame of
/// `signal.py`'s `_dispatch` shows in the traceback of what the handler
/// raised: drop the one its failed call added last.
///
/// # Safety
/// `ts` is the current thread.
#[cold]
unsafe fn drop_dispatch_frame(ts: *mut Thread) {
    let exc = unsafe { (*ts).exc };
    if !crate::types::exception::is_exception(exc) {
        return;
    }
    let traceback = &mut unsafe { crate::object::cast::<ExceptionObject>(exc) }.traceback;
    if let Some(&(frame, _)) = traceback.last()
        && !frame.is_null()
        && !unsafe { (*frame).func }.is_null()
        && unsafe { std::ffi::CStr::from_ptr((*frame).func as *const std::ffi::c_char) }.to_bytes()
            == b"_dispatch"
    {
        traceback.pop();
    }
}

/// The signal number argument, already range-checked by `signal.py`.
fn signum_arg(ts: *mut Thread, w: Word) -> Option<i32> {
    args::c_int(ts, w)
}

fn os_error(ts: *mut Thread) -> Word {
    super::os::raise_os_error_no_path(ts, &std::io::Error::last_os_error())
}

/// `install(signum, handler)`: 0 for `SIG_DFL`, 1 for `SIG_IGN`, 2 for a
/// Python handler (the C handler that records the signal).
unsafe extern "C" fn install(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([signum, mode]) = (unsafe { args::positional::<2>(ts, "install", argv, n, kw) })
    else {
        return 0;
    };
    let (Some(signum), Some(mode)) = (signum_arg(ts, signum), signum_arg(ts, mode)) else {
        return 0;
    };
    let handler = match mode {
        0 => SIG_DFL,
        1 => SIG_IGN,
        _ => record as *const () as usize,
    };
    if !set_os_handler(signum, handler) {
        return os_error(ts);
    }
    none::none()
}

/// `disposition(signum)`: 0 (`SIG_DFL`), 1 (`SIG_IGN`) or 2 (a handler).
unsafe extern "C" fn disposition(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([signum]) = (unsafe { args::positional::<1>(ts, "disposition", argv, n, kw) }) else {
        return 0;
    };
    let Some(signum) = signum_arg(ts, signum) else {
        return 0;
    };
    let code = match os_disposition(signum) {
        Some(SIG_DFL) => 0,
        Some(SIG_IGN) => 1,
        Some(_) => 2,
        None => return os_error(ts),
    };
    int::from_i64(ts, code)
}

/// `alarm(seconds)`: the seconds left of the previous alarm.
unsafe extern "C" fn alarm(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([seconds]) = (unsafe { args::positional::<1>(ts, "alarm", argv, n, kw) }) else {
        return 0;
    };
    let Some(seconds) = args::c_int(ts, seconds) else {
        return 0;
    };
    // CPython passes the C int on as the `unsigned int` alarm takes.
    int::from_i64(ts, i64::from(unsafe { c_alarm(seconds as u32) }))
}

/// `raise_signal(signum)`: send the signal to this thread, then run its
/// Python handler at once, as CPython does.
unsafe extern "C" fn raise_signal(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([signum]) = (unsafe { args::positional::<1>(ts, "raise_signal", argv, n, kw) }) else {
        return 0;
    };
    let Some(signum) = signum_arg(ts, signum) else {
        return 0;
    };
    if unsafe { c_raise(signum) } != 0 {
        return os_error(ts);
    }
    unsafe { crate::interrupt::ty_check_signals(ts) }
}

/// `pause()`: wait for a signal, then run the Python handlers.
unsafe extern "C" fn pause(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    if !unsafe { args::none_given(ts, "pause", argv, n, kw) } {
        return 0;
    }
    crate::threads::blocking(ts, || unsafe { c_pause() });
    unsafe { crate::interrupt::ty_check_signals(ts) }
}

/// `strsignal(signum)`: the C library's description, None for a number it
/// does not know.
unsafe extern "C" fn strsignal(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([signum]) = (unsafe { args::positional::<1>(ts, "strsignal", argv, n, kw) }) else {
        return 0;
    };
    let Some(signum) = signum_arg(ts, signum) else {
        return 0;
    };
    let text = unsafe { c_strsignal(signum) };
    if text.is_null() {
        return none::none();
    }
    let text = unsafe { std::ffi::CStr::from_ptr(text) }.to_string_lossy();
    if text.starts_with("Unknown signal") {
        return none::none();
    }
    str_::new(ts, &text)
}

/// `is_main_thread()`: whether the caller is the main thread.
unsafe extern "C" fn is_main_thread(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    if !unsafe { args::none_given(ts, "is_main_thread", argv, n, kw) } {
        return 0;
    }
    crate::types::bool::from_bool(is_main(ts))
}

/// `default_int_handler(signalnum, frame)`: raise `KeyboardInterrupt`.
unsafe extern "C" fn default_int_handler(
    ts: *mut Thread,
    _argv: *const Word,
    _n: i64,
    _kw: Word,
) -> Word {
    crate::error::raise_with_args(ts, &crate::types::exception::KEYBOARD_INTERRUPT, &[])
}
