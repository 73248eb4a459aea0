//! One exported accessor per non-function name of `typhon_abi::BUILTINS`
//! (types, exceptions, constants), named `ty_builtin$<name>` and taking no
//! argument; the built-in functions get theirs from `builtin_functions!`.
//!
//! Generated code loads a builtin through its own accessor instead of
//! `ty_builtin(index)`, whose table holds every builtin and so kept every
//! built-in type, function and method in every executable: with one
//! symbol per builtin, `--gc-sections` links only those a program names.
//! The unit test checks that every ABI name has an accessor giving
//! `super::named(name)`, and a missing one is an undefined symbol at link
//! time, never a wrong object.

use crate::object::Word;
use crate::types::{
    bool as bool_, bytearray, bytes, class, complex, dict, exception, float, int, list, none,
    object, range, set, slice, str as str_, tuple, type_,
};

macro_rules! accessors {
    ($($name:literal => $value:expr;)*) => {
        $(
            const _: () = {
                #[unsafe(export_name = concat!("ty_builtin$", $name))]
                extern "C" fn accessor() -> Word {
                    $value
                }
            };
        )*

        /// Every accessor's name and value, for the unit test.
        #[cfg(test)]
        pub(super) const VALUES: &[(&str, fn() -> Word)] = &[$(($name, || $value)),*];
    };
}

accessors! {
    "object" => object::OBJECT_TYPE.as_word();
    "int" => int::INT_TYPE.as_word();
    "float" => float::FLOAT_TYPE.as_word();
    "bool" => bool_::BOOL_TYPE.as_word();
    "str" => str_::STR_TYPE.as_word();
    "bytes" => bytes::BYTES_TYPE.as_word();
    "bytearray" => bytearray::BYTEARRAY_TYPE.as_word();
    "list" => list::LIST_TYPE.as_word();
    "tuple" => tuple::TUPLE_TYPE.as_word();
    "dict" => dict::DICT_TYPE.as_word();
    "set" => set::SET_TYPE.as_word();
    "frozenset" => set::FROZENSET_TYPE.as_word();
    "type" => type_::TYPE_TYPE.as_word();
    "slice" => slice::SLICE_TYPE.as_word();
    "property" => class::descr::PROPERTY_TYPE.as_word();
    "staticmethod" => class::descr::STATICMETHOD_TYPE.as_word();
    "classmethod" => class::descr::CLASSMETHOD_TYPE.as_word();
    "super" => class::descr::SUPER_TYPE.as_word();
    "complex" => complex::COMPLEX_TYPE.as_word();
    "memoryview" => crate::types::memoryview::MEMORYVIEW_TYPE.as_word();
    "range" => range::RANGE_TYPE.as_word();
    "NotImplemented" => none::not_implemented();
    "Ellipsis" => none::ellipsis();
    // CPython's aliases of OSError.
    "EnvironmentError" => exception::OS_ERROR.as_word();
    "IOError" => exception::OS_ERROR.as_word();
    // A search of `exception::ALL`, which links every exception type (they
    // share their slots and methods).
    "BaseException" => exception_named("BaseException");
    "Exception" => exception_named("Exception");
    "SystemExit" => exception_named("SystemExit");
    "KeyboardInterrupt" => exception_named("KeyboardInterrupt");
    "GeneratorExit" => exception_named("GeneratorExit");
    "StopIteration" => exception_named("StopIteration");
    "ArithmeticError" => exception_named("ArithmeticError");
    "ZeroDivisionError" => exception_named("ZeroDivisionError");
    "OverflowError" => exception_named("OverflowError");
    "AssertionError" => exception_named("AssertionError");
    "AttributeError" => exception_named("AttributeError");
    "LookupError" => exception_named("LookupError");
    "IndexError" => exception_named("IndexError");
    "KeyError" => exception_named("KeyError");
    "NameError" => exception_named("NameError");
    "UnboundLocalError" => exception_named("UnboundLocalError");
    "RuntimeError" => exception_named("RuntimeError");
    "RecursionError" => exception_named("RecursionError");
    "NotImplementedError" => exception_named("NotImplementedError");
    "TypeError" => exception_named("TypeError");
    "ValueError" => exception_named("ValueError");
    "UnicodeError" => exception_named("UnicodeError");
    "EOFError" => exception_named("EOFError");
    "OSError" => exception_named("OSError");
    "MemoryError" => exception_named("MemoryError");
    "SystemError" => exception_named("SystemError");
    "FloatingPointError" => exception_named("FloatingPointError");
    "BufferError" => exception_named("BufferError");
    "ImportError" => exception_named("ImportError");
    "ModuleNotFoundError" => exception_named("ModuleNotFoundError");
    "UnicodeDecodeError" => exception_named("UnicodeDecodeError");
    "UnicodeEncodeError" => exception_named("UnicodeEncodeError");
    "StopAsyncIteration" => exception_named("StopAsyncIteration");
    "FileExistsError" => exception_named("FileExistsError");
    "FileNotFoundError" => exception_named("FileNotFoundError");
    "IsADirectoryError" => exception_named("IsADirectoryError");
    "NotADirectoryError" => exception_named("NotADirectoryError");
    "PermissionError" => exception_named("PermissionError");
    "TimeoutError" => exception_named("TimeoutError");
    "BrokenPipeError" => exception_named("BrokenPipeError");
    "ConnectionError" => exception_named("ConnectionError");
    "ConnectionAbortedError" => exception_named("ConnectionAbortedError");
    "ConnectionRefusedError" => exception_named("ConnectionRefusedError");
    "ConnectionResetError" => exception_named("ConnectionResetError");
    "BlockingIOError" => exception_named("BlockingIOError");
    "ChildProcessError" => exception_named("ChildProcessError");
    "InterruptedError" => exception_named("InterruptedError");
    "ProcessLookupError" => exception_named("ProcessLookupError");
    "ReferenceError" => exception_named("ReferenceError");
    "SyntaxError" => exception_named("SyntaxError");
    "IndentationError" => exception_named("IndentationError");
    "TabError" => exception_named("TabError");
    "UnicodeTranslateError" => exception_named("UnicodeTranslateError");
    "Warning" => exception_named("Warning");
    "UserWarning" => exception_named("UserWarning");
    "DeprecationWarning" => exception_named("DeprecationWarning");
    "PendingDeprecationWarning" => exception_named("PendingDeprecationWarning");
    "SyntaxWarning" => exception_named("SyntaxWarning");
    "RuntimeWarning" => exception_named("RuntimeWarning");
    "FutureWarning" => exception_named("FutureWarning");
    "ImportWarning" => exception_named("ImportWarning");
    "UnicodeWarning" => exception_named("UnicodeWarning");
    "BytesWarning" => exception_named("BytesWarning");
    "ResourceWarning" => exception_named("ResourceWarning");
    "EncodingWarning" => exception_named("EncodingWarning");
    "BaseExceptionGroup" => exception_named("BaseExceptionGroup");
    "ExceptionGroup" => exception_named("ExceptionGroup");
}

fn exception_named(name: &str) -> Word {
    match exception::ALL.iter().find(|ty| ty.name == name) {
        Some(ty) => ty.as_word(),
        None => 0,
    }
}
