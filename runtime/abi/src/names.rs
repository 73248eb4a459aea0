//! The names generated code refers to by index: the builtins, the native
//! modules and the unary `math` functions with a native fast path. The
//! compiler and the runtime both index these lists, so an index is the
//! same on both sides.

/// The names in Python's `builtins` that typhon provides, in the order of
/// the indices `ty_builtin` takes. Functions and types alike.
pub const BUILTINS: &[&str] = &[
    // Functions.
    "print",
    "len",
    "abs",
    "min",
    "max",
    "sum",
    "sorted",
    "reversed",
    "enumerate",
    "zip",
    "range",
    "repr",
    "ord",
    "chr",
    "round",
    "divmod",
    "pow",
    "isinstance",
    "hash",
    "input",
    "iter",
    "next",
    "any",
    "all",
    "hex",
    "oct",
    "bin",
    "id",
    "callable",
    "format",
    "ascii",
    "map",
    "filter",
    "getattr",
    "setattr",
    "hasattr",
    "issubclass",
    "delattr",
    "open",
    "exit",
    "quit",
    // Hidden helpers of compiled code (not valid Python names).
    "$build_class",
    "$enter_context",
    "$vars",
    "$except_star_match",
    "$prep_reraise_star",
    "$import_from",
    "$prepare_class",
    "$new_instance",
    "$infer_unreached",
    "$infer_check_class",
    "$seed_layout",
    "$as_coroutine",
    "$as_async_gen",
    "$async_gen_wrap",
    "$get_awaitable",
    "$aexit_awaitable",
    "$aenter_context",
    "$aiter_for",
    "$anext_for",
    "$import_star_get",
    "$code",
    // Types.
    "object",
    "int",
    "float",
    "bool",
    "str",
    "bytes",
    "bytearray",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "type",
    "slice",
    "property",
    "staticmethod",
    "classmethod",
    "super",
    "complex",
    "memoryview",
    // Exceptions.
    "BaseException",
    "Exception",
    "SystemExit",
    "KeyboardInterrupt",
    "GeneratorExit",
    "StopIteration",
    "ArithmeticError",
    "ZeroDivisionError",
    "OverflowError",
    "AssertionError",
    "AttributeError",
    "LookupError",
    "IndexError",
    "KeyError",
    "NameError",
    "UnboundLocalError",
    "RuntimeError",
    "RecursionError",
    "NotImplementedError",
    "TypeError",
    "ValueError",
    "UnicodeError",
    "EOFError",
    "OSError",
    "MemoryError",
    "SystemError",
    "FloatingPointError",
    "BufferError",
    "ImportError",
    "ModuleNotFoundError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "StopAsyncIteration",
    "FileExistsError",
    "FileNotFoundError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "TimeoutError",
    "BrokenPipeError",
    "ConnectionError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "BlockingIOError",
    "ChildProcessError",
    "InterruptedError",
    "ProcessLookupError",
    "ReferenceError",
    "SyntaxError",
    "IndentationError",
    "TabError",
    "UnicodeTranslateError",
    "Warning",
    "UserWarning",
    "DeprecationWarning",
    "PendingDeprecationWarning",
    "SyntaxWarning",
    "RuntimeWarning",
    "FutureWarning",
    "ImportWarning",
    "UnicodeWarning",
    "BytesWarning",
    "ResourceWarning",
    "EncodingWarning",
    "EnvironmentError",
    "IOError",
    "BaseExceptionGroup",
    "ExceptionGroup",
    // Constants.
    "NotImplemented",
    "Ellipsis",
    // Namespaces (`globals()` and `dir()` at module level get the module).
    "dir",
    "$globals",
    "$module_dir",
    // `getattr` / `hasattr` / `setattr` / `delattr` with a computed name
    // where inference typed the program's classes (see
    // `infer/instances/reflective.rs`).
    "$getattr_checked",
    "$hasattr_checked",
    "$setattr_checked",
    "$delattr_checked",
    // `type(self)` in a method of a class inference left untyped, and the
    // mark on the classes it typed (see `infer/instances/class_objects.rs`).
    "$class_of_self",
    "$mark_typed",
    // `object.__setattr__(x, name, value)` / `object.__delattr__(x, name)`
    // written out, and their forms in a program whose classes inference
    // typed (they refuse the names `setattr` refuses there).
    "$object_setattr",
    "$object_delattr",
    "$object_setattr_checked",
    "$object_delattr_checked",
];

/// Index of a builtin name in [`BUILTINS`].
pub fn builtin_index(name: &str) -> Option<usize> {
    BUILTINS.iter().position(|candidate| *candidate == name)
}

/// The native (runtime-implemented) modules, in the order of the indices
/// `ty_import_native` takes.
pub const NATIVE_MODULES: &[&str] = &[
    "sys",
    "gc",
    "math",
    "_random",
    "_time",
    "_os",
    "_re",
    "_hashlib",
    "_subprocess",
    "_tythreads",
    "_traceback",
    "_socket",
    "_unicodedata",
    "_signal",
    "_zlib",
    "_tyreflect",
];

/// Index of a native module in [`NATIVE_MODULES`].
pub fn native_module_index(name: &str) -> Option<usize> {
    NATIVE_MODULES
        .iter()
        .position(|candidate| *candidate == name)
}

/// The one-argument `math` functions typed code calls natively on an
/// unboxed float (`ty_math_unary`, by index in this table), with whether an
/// infinite result from a finite argument is an `OverflowError` ("math
/// range error") rather than a domain error.
pub const MATH_UNARY: &[(&str, bool)] = &[
    ("sqrt", false),
    ("sin", false),
    ("cos", false),
    ("tan", false),
    ("asin", false),
    ("acos", false),
    ("atan", false),
    ("sinh", true),
    ("cosh", true),
    ("tanh", false),
    ("asinh", false),
    ("acosh", false),
    ("atanh", false),
    ("exp", true),
    ("exp2", true),
    ("expm1", true),
    ("log", false),
    ("log2", false),
    ("log10", false),
    ("log1p", false),
    ("fabs", false),
    ("cbrt", false),
    ("erf", false),
    ("erfc", false),
];

/// Index of a function in [`MATH_UNARY`].
pub fn math_unary_index(name: &str) -> Option<usize> {
    MATH_UNARY
        .iter()
        .position(|(candidate, _)| *candidate == name)
}
