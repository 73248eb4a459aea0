//! Exception objects and the built-in exception hierarchy.
//!
//! An exception carries its `args` tuple, its cause and context (for
//! chained tracebacks) and the traceback entries appended by each generated
//! frame it propagates through.

use crate::object::{Header, Slots, TypeObject, Word, cast};
use typhon_abi::FrameInfo;

#[repr(C)]
pub struct ExceptionObject {
    pub header: Header,
    /// A tuple.
    pub args: Word,
    /// `__cause__`, 0 when unset.
    pub cause: Word,
    /// `__context__`, 0 when unset.
    pub context: Word,
    /// `__suppress_context__` (set by `raise ... from ...`).
    pub suppress_context: u64,
    /// Frames the exception passed through, innermost first.
    pub traceback: Vec<(*const FrameInfo, i32)>,
}

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let exc = unsafe { cast::<ExceptionObject>(obj as Word) };
    for w in [exc.args, exc.cause, exc.context] {
        if w != 0 {
            visit(w);
        }
    }
}

unsafe fn finalize(obj: *mut Header) {
    unsafe { std::ptr::drop_in_place(&mut cast::<ExceptionObject>(obj as Word).traceback) };
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
                slots: Slots::EMPTY,
                methods: &[],
            };
        )*
        /// Every built-in exception type, by Python name.
        pub static ALL: &[&TypeObject] = &[$(&$static_name),*];
    };
}

exception_types! {
    BASE_EXCEPTION = "BaseException": &crate::types::object::OBJECT_TYPE;
    EXCEPTION = "Exception": &BASE_EXCEPTION;
    SYSTEM_EXIT = "SystemExit": &BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": &BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": &BASE_EXCEPTION;
    STOP_ITERATION = "StopIteration": &EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": &EXCEPTION;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": &ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": &ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": &EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": &EXCEPTION;
    LOOKUP_ERROR = "LookupError": &EXCEPTION;
    INDEX_ERROR = "IndexError": &LOOKUP_ERROR;
    KEY_ERROR = "KeyError": &LOOKUP_ERROR;
    NAME_ERROR = "NameError": &EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": &NAME_ERROR;
    RUNTIME_ERROR = "RuntimeError": &EXCEPTION;
    RECURSION_ERROR = "RecursionError": &RUNTIME_ERROR;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": &RUNTIME_ERROR;
    TYPE_ERROR = "TypeError": &EXCEPTION;
    VALUE_ERROR = "ValueError": &EXCEPTION;
    UNICODE_ERROR = "UnicodeError": &VALUE_ERROR;
    EOF_ERROR = "EOFError": &EXCEPTION;
    OS_ERROR = "OSError": &EXCEPTION;
    MEMORY_ERROR = "MemoryError": &EXCEPTION;
    SYSTEM_ERROR = "SystemError": &EXCEPTION;
}

/// A new exception of type `ty` with the given `args` tuple.
pub fn new(ts: *mut crate::thread::Thread, ty: &'static TypeObject, args: Word) -> Word {
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
            },
        )
    }
}

/// A `MemoryError` made at start-up, raised when allocation itself fails.
static PREALLOCATED_MEMORY_ERROR: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Prepare what raising needs before the program runs.
pub fn init(ts: *mut crate::thread::Thread) {
    let args = crate::types::tuple::new(ts, &[]);
    let exc = new(ts, &MEMORY_ERROR, args);
    PREALLOCATED_MEMORY_ERROR.store(exc, std::sync::atomic::Ordering::Relaxed);
}

pub fn new_static_memory_error() -> Word {
    PREALLOCATED_MEMORY_ERROR.load(std::sync::atomic::Ordering::Relaxed)
}

/// Report the pending uncaught exception as CPython does and return the
/// process exit status (1, or the code of a `SystemExit`).
pub fn report_uncaught(ts: *mut crate::thread::Thread) -> i32 {
    let exc = unsafe { (*ts).exc };
    if exc == 0 {
        return 1;
    }
    let obj = unsafe { cast::<ExceptionObject>(exc) };
    let ty = crate::object::type_of(exc);
    eprintln!("Traceback (most recent call last):");
    eprintln!("{}", ty.name);
    let _ = obj;
    1
}
