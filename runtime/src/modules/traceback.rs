//! The `_traceback` module: what `stdlib/traceback.py` needs of the
//! runtime's traceback records, which carry no frame objects: each entry's
//! file, line, function and source line, and the whole report the
//! default exception printer writes (used for exception groups).

use crate::calls::args;
use crate::error::type_error;
use crate::gc::PinScope;
use crate::object::{Word, cast, is_exact};
use crate::thread::Thread;
use crate::types::exception::traceback::{TRACEBACK_TYPE, TracebackObject};
use crate::types::function::BuiltinFunctionObject;
use crate::types::{int, list, none, str as str_, tuple};

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("entries", entries),
    BuiltinFunctionObject::new_static("report", report),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native_functions(ts, "_traceback", FUNCTIONS)
}

/// `entries(tb)`: `[(filename, lineno, name, line), ...]` from `tb`
/// inwards along `tb_next`; `line` is the source line stripped, or None.
unsafe extern "C" fn entries(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(tb) = (unsafe { args::exactly_one(ts, "entries", argv, n, kw) }) else {
        return 0;
    };
    let pins = unsafe { PinScope::new(ts) };
    let mut items = Vec::new();
    let mut cursor = tb;
    while cursor != 0 && cursor != none::none() {
        if !is_exact(cursor, &TRACEBACK_TYPE) {
            return type_error(ts, "entries() expects a traceback");
        }
        let entry = unsafe { cast::<TracebackObject>(cursor) };
        let (file, func, source) = unsafe { crate::types::exception::frame_texts(entry.frame) };
        let line = crate::types::exception::source_line(source, entry.line as i32)
            .map(|text| String::from_utf8_lossy(text).trim().to_string());
        let file = pins.pin(str_::new(ts, &String::from_utf8_lossy(file)));
        let lineno = pins.pin(int::from_i64(ts, entry.line));
        let func = pins.pin(str_::new(ts, &String::from_utf8_lossy(func)));
        let line = match line {
            Some(text) => pins.pin(str_::new(ts, &text)),
            None => none::none(),
        };
        if file == 0 || lineno == 0 || func == 0 || line == 0 {
            return 0;
        }
        let item = pins.pin(tuple::new(ts, &[file, lineno, func, line]));
        if item == 0 {
            return 0;
        }
        items.push(item);
        cursor = entry.next;
    }
    list::new(ts, items)
}

/// `report(exc)`: the text the default exception printer writes for `exc`.
unsafe extern "C" fn report(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(exc) = (unsafe { args::exactly_one(ts, "report", argv, n, kw) }) else {
        return 0;
    };
    let text = crate::types::exception::format_exception(ts, exc);
    str_::new(ts, &String::from_utf8_lossy(&text))
}
