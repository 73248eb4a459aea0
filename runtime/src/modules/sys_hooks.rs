//! `sys.intern`, `sys.path`, `sys.displayhook` and the default
//! `sys.excepthook` (also `sys.__excepthook__`); `types::exception::report`
//! calls a hook the program put in its place.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::calls::args;
use crate::object::{Word, is_exact, type_of};
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{dict, list, none, str as str_};

static INTERN: BuiltinFunctionObject = BuiltinFunctionObject::new_static("intern", intern);
static DISPLAYHOOK: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("displayhook", displayhook);
pub static EXCEPTHOOK: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("excepthook", excepthook);

/// The interned strings, a dict mapping each to itself; 0 until the first
/// `sys.intern`, then a registered root.
static mut INTERNED: Word = 0;

/// The attributes this file adds to `sys`; `None` with an exception pending.
pub fn attributes(ts: *mut Thread) -> Option<[(&'static str, Word); 6]> {
    let path = search_path(ts)?;
    let hook = EXCEPTHOOK.as_word();
    Some([
        ("intern", INTERN.as_word()),
        ("path", path),
        ("excepthook", hook),
        ("__excepthook__", hook),
        ("displayhook", DISPLAYHOOK.as_word()),
        ("__displayhook__", DISPLAYHOOK.as_word()),
    ])
}

/// `sys.path`: CPython's first entry is the script's folder, which for a
/// compiled program is the executable's; the embedded standard library
/// follows under the name its modules' `__file__` use. Imports are resolved
/// when compiling, so changing the list changes no import.
fn search_path(ts: *mut Thread) -> Option<Word> {
    let folder = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let pins = unsafe { crate::gc::PinScope::new(ts) };
    let mut items = Vec::new();
    for entry in [folder.as_str(), "<typhon>/stdlib"] {
        match str_::new(ts, entry) {
            0 => return None,
            word => items.push(pins.pin(word)),
        }
    }
    match list::new(ts, items) {
        0 => None,
        path => Some(path),
    }
}

/// `sys.intern(string)`: the one interned str equal to `string`.
unsafe extern "C" fn intern(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some(string) = (unsafe { args::exactly_one(ts, "sys.intern", argv, nargs, kwnames) })
    else {
        return 0;
    };
    if !is_exact(string, &str_::STR_TYPE) {
        let message = if str_::is_str(string) {
            format!("can't intern {}", type_of(string).name)
        } else {
            format!(
                "intern() argument must be str, not {}",
                crate::error::argument_type_name(string)
            )
        };
        return crate::error::type_error(ts, &message);
    }
    let table = unsafe { interned_table(ts) };
    if table == 0 {
        return 0;
    }
    match unsafe { dict::get(ts, table, string) } {
        Ok(Some(found)) => found,
        Ok(None) if unsafe { dict::set(ts, table, string, string) } == 0 => string,
        _ => 0,
    }
}

/// The table of interned strings, made and rooted on first use.
unsafe fn interned_table(ts: *mut Thread) -> Word {
    let slot = &raw mut INTERNED;
    unsafe {
        if *slot == 0 {
            let table = dict::new(ts);
            if table == 0 {
                return 0;
            }
            *slot = table;
            crate::gc::register_roots(slot, 1);
        }
        *slot
    }
}

/// `sys.displayhook(value)`: print `repr(value)` to `sys.stdout` unless it
/// is None (without binding `builtins._`, which compiled code cannot read).
unsafe extern "C" fn displayhook(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(value) = (unsafe { args::exactly_one(ts, "sys.displayhook", argv, nargs, kwnames) })
    else {
        return 0;
    };
    if value == none::none() {
        return value;
    }
    let text = unsafe { crate::text::ty_repr(ts, value) };
    if text == 0 {
        return 0;
    }
    unsafe { crate::builtins::io::print(ts, [text].as_ptr(), 1, 0) }
}

/// `sys.excepthook(type, value, traceback)`: print the exception to stderr
/// as an uncaught one is printed.
unsafe extern "C" fn excepthook(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { args::Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "excepthook") || !call.count(ts, "excepthook", 3, 3) {
        return 0;
    }
    let value = call.positional[1];
    crate::modules::flush_std_streams();
    if crate::types::exception::is_exception(value) {
        let text = crate::types::exception::format_exception(ts, value);
        crate::modules::write_stderr(&text);
    } else {
        let message = format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            crate::error::argument_type_name(value)
        );
        crate::modules::write_stderr(message.as_bytes());
    }
    none::none()
}

/// The hook `sys.excepthook` holds when the program replaced it, else 0
/// (also when `sys` was never imported); `MISSING` when it was deleted.
pub fn replaced_hook(ts: *mut Thread) -> Word {
    let module = unsafe { (*ts).sys_module };
    if module == 0 || DEFAULT_SEEN.load(Ordering::Relaxed) == 0 {
        return 0;
    }
    match unsafe { crate::types::module::slot(module, b"excepthook") } {
        Some(hook) if *hook == EXCEPTHOOK.as_word() => 0,
        Some(0) | None => MISSING,
        Some(hook) => *hook,
    }
}

/// What [`replaced_hook`] returns for a deleted `sys.excepthook`.
pub const MISSING: Word = 1;

/// Nonzero once `sys` holds the default hook (so a `sys` module made
/// without it, in unit tests, reports as before).
pub static DEFAULT_SEEN: AtomicUsize = AtomicUsize::new(0);
