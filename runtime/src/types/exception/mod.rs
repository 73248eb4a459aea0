//! Exception objects and the built-in exception hierarchy.
//!
//! An exception carries its `args` tuple, its cause and context (for
//! chained tracebacks), the traceback entries appended by each generated
//! frame it propagates through, and any attributes a program sets on it.
//! Behaviour (construction, `str`, `repr`, attributes) is in `methods`, the
//! raising entry points in `raise`, the uncaught-exception report in `report`
//! (CPython's printer in `print`), exception groups in `group`.

pub mod group;
mod methods;
mod print;
mod star;
pub use star::{except_star_match, prep_reraise_star};
pub mod traceback;
pub mod unicode;
pub use methods::delattr;
mod raise;
mod report;

pub use methods::init as base_init;
pub use methods::{construct, os_error_subclass};
pub use print::format_exception;
pub(crate) use print::{frame_texts, source_line};
pub use raise::*;
pub use report::report_uncaught;

use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;
use typhon_abi::FrameInfo;

#[repr(C)]
pub struct ExceptionObject {
    pub header: Header,
    /// A tuple.
    pub args: Word,
    /// `__cause__`, 0 when unset (`raise ... from None` leaves it unset and
    /// sets `suppress_context`).
    pub cause: Word,
    /// `__context__`, 0 when unset.
    pub context: Word,
    /// `__suppress_context__` (set by `raise ... from ...`).
    pub suppress_context: u64,
    /// Frames the exception passed through, innermost first.
    pub traceback: Vec<(*const FrameInfo, i32)>,
    /// Attributes set by the program (`e.note = 1`), as (name, value) pairs.
    pub attrs: Vec<(Word, Word)>,
    /// An exception group's `message` (a str), 0 for other exceptions.
    pub group_message: Word,
    /// An exception group's `exceptions` (a non-empty tuple), 0 for other
    /// exceptions.
    pub group_excs: Word,
    /// The `__traceback__` object last made for this exception (0 when none
    /// was asked for), reused while the traceback has not grown.
    pub tb_object: Word,
}

pub(super) unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let exc = unsafe { cast::<ExceptionObject>(obj as Word) };
    for w in [
        exc.args,
        exc.cause,
        exc.context,
        exc.group_message,
        exc.group_excs,
        exc.tb_object,
    ] {
        if w != 0 {
            visit(w);
        }
    }
    for (name, value) in &exc.attrs {
        visit(*name);
        visit(*value);
    }
}

pub(super) unsafe fn finalize(obj: *mut Header) {
    let exc = unsafe { cast::<ExceptionObject>(obj as Word) };
    unsafe {
        std::ptr::drop_in_place(&mut exc.traceback);
        std::ptr::drop_in_place(&mut exc.attrs);
    }
}

/// Slots shared by every exception type (slots are not inherited).
pub(super) const EXCEPTION_SLOTS: Slots = Slots {
    repr: Some(methods::repr),
    str: Some(methods::str),
    hash: Some(crate::types::object::identity_hash_slot),
    getattr: Some(methods::getattr),
    setattr: Some(methods::setattr),
    ..Slots::EMPTY
};

crate::method_table! {
pub(super) static EXCEPTION_METHODS = "BaseException" [
    Method {
        name: "__init__",
        func: methods::init,
    },
    Method {
        name: "with_traceback",
        func: methods::with_traceback,
    },
    Method {
        name: "add_note",
        func: methods::add_note,
    },
];
}

macro_rules! exception_types {
    ($($static_name:ident = $py_name:literal : $base:expr;)*) => {
        $(
            pub static $static_name: TypeObject = TypeObject {
                header: Header::new_static(&crate::types::type_::TYPE_TYPE),
                name: $py_name,
                base: $base,
                trace: Some(trace),
                finalize: Some(finalize),
                slots: EXCEPTION_SLOTS,
                methods: EXCEPTION_METHODS,
            };
        )*
        /// Every built-in exception type, by Python name.
        pub static ALL: &[&TypeObject] = &[
            $(&$static_name,)*
            &group::BASE_EXCEPTION_GROUP,
            &group::EXCEPTION_GROUP,
        ];
    };
}

exception_types! {
    BASE_EXCEPTION = "BaseException": &crate::types::object::OBJECT_TYPE;
    EXCEPTION = "Exception": &BASE_EXCEPTION;
    SYSTEM_EXIT = "SystemExit": &BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": &BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": &BASE_EXCEPTION;
    STOP_ITERATION = "StopIteration": &EXCEPTION;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": &EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": &EXCEPTION;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": &ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": &ARITHMETIC_ERROR;
    FLOATING_POINT_ERROR = "FloatingPointError": &ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": &EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": &EXCEPTION;
    BUFFER_ERROR = "BufferError": &EXCEPTION;
    LOOKUP_ERROR = "LookupError": &EXCEPTION;
    INDEX_ERROR = "IndexError": &LOOKUP_ERROR;
    KEY_ERROR = "KeyError": &LOOKUP_ERROR;
    NAME_ERROR = "NameError": &EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": &NAME_ERROR;
    IMPORT_ERROR = "ImportError": &EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": &IMPORT_ERROR;
    RUNTIME_ERROR = "RuntimeError": &EXCEPTION;
    RECURSION_ERROR = "RecursionError": &RUNTIME_ERROR;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": &RUNTIME_ERROR;
    TYPE_ERROR = "TypeError": &EXCEPTION;
    VALUE_ERROR = "ValueError": &EXCEPTION;
    UNICODE_ERROR = "UnicodeError": &VALUE_ERROR;
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": &UNICODE_ERROR;
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": &UNICODE_ERROR;
    EOF_ERROR = "EOFError": &EXCEPTION;
    OS_ERROR = "OSError": &EXCEPTION;
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": &OS_ERROR;
    FILE_EXISTS_ERROR = "FileExistsError": &OS_ERROR;
    PERMISSION_ERROR = "PermissionError": &OS_ERROR;
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": &OS_ERROR;
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": &OS_ERROR;
    CONNECTION_ERROR = "ConnectionError": &OS_ERROR;
    BROKEN_PIPE_ERROR = "BrokenPipeError": &CONNECTION_ERROR;
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": &CONNECTION_ERROR;
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": &CONNECTION_ERROR;
    CONNECTION_RESET_ERROR = "ConnectionResetError": &CONNECTION_ERROR;
    BLOCKING_IO_ERROR = "BlockingIOError": &OS_ERROR;
    CHILD_PROCESS_ERROR = "ChildProcessError": &OS_ERROR;
    INTERRUPTED_ERROR = "InterruptedError": &OS_ERROR;
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": &OS_ERROR;
    TIMEOUT_ERROR = "TimeoutError": &OS_ERROR;
    MEMORY_ERROR = "MemoryError": &EXCEPTION;
    SYSTEM_ERROR = "SystemError": &EXCEPTION;
    REFERENCE_ERROR = "ReferenceError": &EXCEPTION;
    SYNTAX_ERROR = "SyntaxError": &EXCEPTION;
    INDENTATION_ERROR = "IndentationError": &SYNTAX_ERROR;
    TAB_ERROR = "TabError": &INDENTATION_ERROR;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": &UNICODE_ERROR;
    WARNING = "Warning": &EXCEPTION;
    USER_WARNING = "UserWarning": &WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": &WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": &WARNING;
    SYNTAX_WARNING = "SyntaxWarning": &WARNING;
    RUNTIME_WARNING = "RuntimeWarning": &WARNING;
    FUTURE_WARNING = "FutureWarning": &WARNING;
    IMPORT_WARNING = "ImportWarning": &WARNING;
    UNICODE_WARNING = "UnicodeWarning": &WARNING;
    BYTES_WARNING = "BytesWarning": &WARNING;
    RESOURCE_WARNING = "ResourceWarning": &WARNING;
    ENCODING_WARNING = "EncodingWarning": &WARNING;
}

/// A new exception of type `ty` with the given `args` tuple; 0 with
/// `MemoryError` pending.
pub fn new(ts: *mut Thread, ty: &'static TypeObject, args: Word) -> Word {
    unsafe {
        crate::gc::alloc_value(
            ts,
            ty,
            ExceptionObject {
                header: Header { ty, gc: 0 },
                args,
                cause: 0,
                context: 0,
                suppress_context: 0,
                traceback: Vec::new(),
                attrs: Vec::new(),
                group_message: 0,
                group_excs: 0,
                tb_object: 0,
            },
        )
    }
}

/// Whether `w` is an exception instance.
#[inline]
pub fn is_exception(w: Word) -> bool {
    w != 0 && crate::object::is_instance(w, &BASE_EXCEPTION)
}

/// Whether `w` is a type object deriving from `BaseException`.
pub fn is_exception_type(w: Word) -> bool {
    as_type(w).is_some_and(|ty| ty.is_subtype(&BASE_EXCEPTION))
}

/// The type object `w` is, if it is one.
pub fn as_type(w: Word) -> Option<&'static TypeObject> {
    if w != 0 && crate::object::is_instance(w, &crate::types::type_::TYPE_TYPE) {
        Some(unsafe { &*(w as *const TypeObject) })
    } else {
        None
    }
}

/// The exception's `args` items.
///
/// # Safety
/// `exc` must be an exception.
pub unsafe fn args_of<'a>(exc: Word) -> &'a [Word] {
    unsafe { crate::types::tuple::items(cast::<ExceptionObject>(exc).args) }
}

/// A `MemoryError` made at start-up, raised when allocation itself fails.
static PREALLOCATED_MEMORY_ERROR: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(0);

/// Prepare what raising needs before the program runs.
pub fn init(ts: *mut Thread) {
    let args = crate::types::tuple::new(ts, &[]);
    let exc = new(ts, &MEMORY_ERROR, args);
    PREALLOCATED_MEMORY_ERROR.store(exc, std::sync::atomic::Ordering::Relaxed);
}

pub fn new_static_memory_error() -> Word {
    PREALLOCATED_MEMORY_ERROR.load(std::sync::atomic::Ordering::Relaxed)
}

/// The `__notes__` attribute of an exception (what `add_note` appends to),
/// 0 when it has none.
///
/// # Safety
/// `exc` must be an exception.
pub unsafe fn notes_of(exc: Word) -> Word {
    unsafe { cast::<ExceptionObject>(exc) }
        .attrs
        .iter()
        .find(|(attr, _)| unsafe { crate::types::str::bytes(*attr) } == b"__notes__")
        .map_or(0, |(_, notes)| *notes)
}
