//! Native parts of standard-library modules, one file per module, plus the
//! standard streams they share and the module entry points.

pub mod atexit;
mod buffered;
pub mod gc;
mod hashlib;
pub(crate) mod math;
pub(crate) mod os;
mod os_extra;
mod random;
mod re;
mod reflect;
mod sha512;
pub mod signal;
mod socket;
mod stdenc;
pub mod stdio;
mod stream_config;
mod streams;
pub mod structseq;
mod subprocess;
pub mod sys;
mod sys_extra;
pub mod sys_hooks;
pub mod sys_modules;
mod time;
mod time_struct;
mod traceback;
mod unicodedata;
mod zlib;

pub use stdio::write_stderr;

use crate::object::Word;
use crate::thread::Thread;

/// `signal::dispatch` once `_signal` is imported, else 0: the core's
/// `interrupt::ty_check_signals` then runs the Python handlers through it
/// without linking the signal module.
pub static SIGNAL_CHECK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Act on the signals received (`interrupt::ty_check_signals`: the Python
/// handlers, or `KeyboardInterrupt` for SIGINT without `signal`), after a
/// blocking call a signal interrupted: false with the exception raised
/// pending.
pub fn check_signals(ts: *mut Thread) -> bool {
    unsafe { crate::interrupt::ty_check_signals(ts) != 0 }
}

/// Flush buffered standard streams; called at exit and before tracebacks.
pub fn flush_std_streams() {
    stdio::flush_stdout();
}

/// Makes a native module (`tynm$<name>` below).
type Create = unsafe extern "C" fn(*mut Thread) -> Word;

/// `native_modules! { "name" => path::create, ... }` exports each module's
/// constructor as the symbol `tynm$<name>`. `ty_import_native` reads them
/// through the table `tynmt`, one entry per `typhon_abi::NATIVE_MODULES`
/// name, which the runtime leaves undefined: the compiler's link step
/// writes it with the modules the program imports and null entries for the
/// others (`compiler/src/link/methods.rs`), so `--gc-sections` drops the
/// modules a program never imports. The runtime's unit tests get a full
/// table.
macro_rules! native_modules {
    ($($name:literal => $create:path,)*) => {
        $(const _: () = {
            #[unsafe(export_name = concat!("tynm$", $name))]
            unsafe extern "C" fn create(ts: *mut Thread) -> Word {
                $create(ts)
            }
        };)*
        #[cfg(not(test))]
        unsafe extern "C" {
            #[link_name = "tynmt"]
            static NATIVE_CREATE: [Option<Create>; typhon_abi::NATIVE_MODULES.len()];
        }
        #[cfg(test)]
        static NATIVE_CREATE: [Option<Create>; typhon_abi::NATIVE_MODULES.len()] = {
            let mut table: [Option<Create>; typhon_abi::NATIVE_MODULES.len()] =
                [None; typhon_abi::NATIVE_MODULES.len()];
            let mut i = 0;
            while i < table.len() {
                $(if const_eq(typhon_abi::NATIVE_MODULES[i], $name) {
                    unsafe extern "C" fn create(ts: *mut Thread) -> Word {
                        $create(ts)
                    }
                    table[i] = Some(create);
                })*
                i += 1;
            }
            table
        };
    };
}

native_modules! {
    "gc" => gc::create,
    "math" => math::create,
    "_random" => random::create,
    "_time" => time::create,
    "_os" => os::create,
    "_re" => re::create,
    "_hashlib" => hashlib::create,
    "_subprocess" => subprocess::create,
    "_tythreads" => crate::threads::module::create,
    "_traceback" => traceback::create,
    "_socket" => socket::create,
    "_unicodedata" => unicodedata::create,
    "_signal" => signal::create,
    "_zlib" => zlib::create,
    "_tyreflect" => reflect::create,
}

#[cfg(test)]
const fn const_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
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
        if module != 0 {
            sys_modules::note(ts, module, true);
        }
        unsafe { crate::threads::share_module(ts, None, module) };
        return module;
    }
    // The thread state holds every module made, as a root.
    let cached = unsafe { (*ts).native_modules[idx] };
    if cached != 0 {
        return cached;
    }
    // Only the modules the program imports are linked: the link step
    // fills their entries of the table (see `native_modules!`).
    // An extern static (unsafe to read), a plain one in unit tests.
    #[allow(unused_unsafe)]
    let create = unsafe { NATIVE_CREATE.get(idx).copied().flatten() };
    let module = match create {
        Some(create) => unsafe { create(ts) },
        None => crate::error::system_error(ts, &format!("no native module named {name}")),
    };
    unsafe { (*ts).native_modules[idx] = module };
    unsafe { crate::threads::share_module(ts, Some(idx), module) };
    if module != 0 {
        sys_modules::note(ts, module, true);
    }
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
