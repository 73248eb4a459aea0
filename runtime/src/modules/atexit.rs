//! The exit hook of `atexit`: when the program imported it, the runtime
//! calls its `_run_exitfuncs` once the program ended normally (after the
//! uncaught-exception report and the join of non-daemon threads, before
//! the finalizers and the final flush), as CPython's `Py_FinalizeEx` does.
//! `stdlib/atexit.py` keeps the callbacks and reports their exceptions.

use crate::thread::Thread;

/// Run the registered exit callbacks, if `atexit` was imported.
#[cold]
pub fn run_callbacks(ts: *mut Thread) {
    let Some(module) = super::sys_modules::find(b"atexit") else {
        return;
    };
    let Some(run) = (unsafe { crate::types::module::slot(module, b"_run_exitfuncs") }).map(|w| *w)
    else {
        return;
    };
    if run == 0 {
        return;
    }
    let result = unsafe { crate::calls::ty_call(ts, run, std::ptr::null(), 0, 0) };
    if result == 0 {
        // `_run_exitfuncs` reports errors itself; anything left is dropped.
        unsafe { (*ts).exc = 0 };
    }
}
