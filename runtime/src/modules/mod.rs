//! Native parts of standard-library modules, one file per module, plus the
//! standard streams they share and the module entry points.

mod buffered;
pub mod gc;
pub(crate) mod math;
pub(crate) mod os;
mod random;
mod re;
mod sha512;
mod stdenc;
pub mod stdio;
mod streams;
pub mod structseq;
pub mod sys;
mod time;
mod time_struct;

pub use stdio::write_stderr;

use crate::object::Word;
use crate::thread::Thread;

/// Flush buffered standard streams; called at exit and before tracebacks.
pub fn flush_std_streams() {
    stdio::flush_stdout();
}

/// The native module `typhon_abi::NATIVE_MODULES[index]`, made once.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_import_native(ts: *mut Thread, index: i32) -> Word {
    let Some(idx) = usize::try_from(index)
        .ok()
        .filter(|idx| *idx < typhon_abi::NATIVE_MODULES.len())
    else {
        return crate::error::system_error(ts, &format!("no native module with index {index}"));
    };
    let name = typhon_abi::NATIVE_MODULES[idx];
    if name == "sys" {
        let cached = unsafe { (*ts).sys_module };
        if cached != 0 {
            return cached;
        }
        let module = sys::create(ts);
        unsafe { (*ts).sys_module = module };
        return module;
    }
    // The thread state holds every module made, as a root.
    let cached = unsafe { (*ts).native_modules[idx] };
    if cached != 0 {
        return cached;
    }
    let module = match name {
        "gc" => gc::create(ts),
        "math" => math::create(ts),
        "_random" => random::create(ts),
        "_time" => time::create(ts),
        "_os" => os::create(ts),
        "_re" => re::create(ts),
        _ => crate::error::system_error(ts, &format!("no native module named {name}")),
    };
    unsafe { (*ts).native_modules[idx] = module };
    module
}

/// Generated code's static words (module globals, constants) as GC roots.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_register_roots(_ts: *mut Thread, slots: *const Word, n: i64) {
    if let Ok(count) = usize::try_from(n) {
        crate::gc::register_roots(slots, count);
    }
}
