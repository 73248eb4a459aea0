//! `sys.modules`: the modules whose import has started, by name.
//!
//! Every module body announces itself when it starts running and, when it
//! raised, that it was forgotten (`ty_module_imported`); native modules do
//! so when they are made. The runtime keeps that list in import order even
//! before `sys` exists, so the dict made with `sys` starts with the modules
//! imported earlier; afterwards each announcement updates the dict that
//! `sys.modules` holds at that moment. The module objects are roots of
//! their own (generated code's module table, the thread's native modules),
//! so the list holds plain words.

use std::sync::Mutex;

use crate::object::Word;
use crate::thread::Thread;
use crate::types::dict;
use crate::types::module::ModuleObject;

/// Modules whose import has started and not failed, in import order.
static IMPORTED: Mutex<Vec<Word>> = Mutex::new(Vec::new());

fn module_name(module: Word) -> Word {
    unsafe { crate::object::cast::<ModuleObject>(module) }.name
}

/// Record that `module` started (or, `started == 0`, failed) importing.
///
/// # Safety
/// `ts` is the current thread and `module` a module object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_module_imported(ts: *mut Thread, module: Word, started: i32) {
    note(ts, module, started != 0);
}

/// Record a module made or forgotten, and mirror it in `sys.modules` when
/// `sys` was imported. A failure to update the dict (memory) is dropped:
/// the import itself goes on, as the list stays right.
pub fn note(ts: *mut Thread, module: Word, started: bool) {
    {
        let mut imported = IMPORTED.lock().unwrap_or_else(|e| e.into_inner());
        imported.retain(|m| *m != module);
        if started {
            imported.push(module);
        }
    }
    let modules = crate::modules::sys::current(ts, "modules");
    if modules == 0 || !crate::object::is_exact(modules, &dict::DICT_TYPE) {
        return;
    }
    let name = module_name(module);
    let failed = if started {
        unsafe { dict::set(ts, modules, name, module) != 0 }
    } else {
        unsafe { dict::del(ts, modules, name) }.is_err()
    };
    if failed {
        unsafe { (*ts).exc = 0 };
    }
}

/// A new dict of the modules imported so far, `sys` itself (`sys_module`)
/// included, for `sys.modules`; 0 with an exception pending on failure.
pub fn snapshot(ts: *mut Thread, sys_module: Word) -> Word {
    let modules = dict::new(ts);
    if modules == 0 {
        return 0;
    }
    let pins = unsafe { crate::gc::PinScope::new(ts) };
    pins.pin(modules);
    let imported: Vec<Word> = IMPORTED.lock().unwrap_or_else(|e| e.into_inner()).clone();
    for module in imported.into_iter().chain([sys_module]) {
        if unsafe { dict::set(ts, modules, module_name(module), module) } != 0 {
            return 0;
        }
    }
    modules
}

/// The imported module named `name`, if its import started and did not fail.
pub fn find(name: &[u8]) -> Option<Word> {
    let imported = IMPORTED.lock().unwrap_or_else(|e| e.into_inner());
    imported
        .iter()
        .copied()
        .find(|module| unsafe { crate::types::str::bytes(module_name(*module)) } == name)
}
