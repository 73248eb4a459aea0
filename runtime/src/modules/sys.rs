//! The `sys` module: `argv`, `exit`, the standard streams, the recursion
//! limit and a few constants (the rest in `sys_extra`).

use super::stdio::{STDERR_OBJ, STDIN_OBJ, STDOUT_OBJ, stream_word};
use super::structseq::{self, StructSeqType};
use crate::calls::args::{self, Args};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::exception;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{float, int, list, none, str as str_};

static EXIT: BuiltinFunctionObject = BuiltinFunctionObject::new_static("exit", exit);
static GETRECURSIONLIMIT: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("getrecursionlimit", getrecursionlimit);
static SETRECURSIONLIMIT: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("setrecursionlimit", setrecursionlimit);
static GET_INT_MAX_STR_DIGITS: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("get_int_max_str_digits", get_int_max_str_digits);
static SET_INT_MAX_STR_DIGITS: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("set_int_max_str_digits", set_int_max_str_digits);

/// The Python version whose behaviour typhon reproduces.
const VERSION: (i64, i64, i64) = (3, 11, 0);

static VERSION_INFO_TYPE: StructSeqType = structseq::new_type(
    "sys.version_info",
    &["major", "minor", "micro", "releaselevel", "serial"],
);
static FLOAT_INFO_TYPE: StructSeqType = structseq::new_type(
    "sys.float_info",
    &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
);
static INT_INFO_TYPE: StructSeqType = structseq::new_type(
    "sys.int_info",
    &[
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ],
);

static HASH_INFO_TYPE: StructSeqType = structseq::new_type(
    "sys.hash_info",
    &[
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ],
);

/// `sys.hash_info`: CPython's values on 64-bit platforms (numbers hash
/// modulo 2**61 - 1 as there).
fn hash_info(ts: *mut Thread) -> Word {
    let small = |value: i64| int::from_i64(ts, value);
    let values = [
        small(64),
        small((1 << 61) - 1),
        small(314_159),
        small(0),
        small(1_000_003),
        str_::new(ts, "siphash13"),
        small(64),
        small(128),
        small(0),
    ];
    if values.contains(&0) {
        return 0;
    }
    structseq::new(ts, &HASH_INFO_TYPE, &values)
}

/// `sys.version_info`, `sys.float_info` and `sys.int_info` (the last with
/// CPython's values on 64-bit platforms).
fn info_values(ts: *mut Thread) -> [Word; 3] {
    let small = |value: i64| int::from_i64(ts, value);
    let (major, minor, micro) = VERSION;
    let version = [
        small(major),
        small(minor),
        small(micro),
        str_::new(ts, "final"),
        small(0),
    ];
    let float = [
        float::new(ts, f64::MAX),
        small(f64::MAX_EXP as i64),
        small(f64::MAX_10_EXP as i64),
        float::new(ts, f64::MIN_POSITIVE),
        small(f64::MIN_EXP as i64),
        small(f64::MIN_10_EXP as i64),
        small(f64::DIGITS as i64),
        small(f64::MANTISSA_DIGITS as i64),
        float::new(ts, f64::EPSILON),
        small(f64::RADIX as i64),
        small(1),
    ];
    let int_info = [small(30), small(4), small(4300), small(640)];
    if version.contains(&0) || float.contains(&0) {
        return [0; 3];
    }
    [
        structseq::new(ts, &VERSION_INFO_TYPE, &version),
        structseq::new(ts, &FLOAT_INFO_TYPE, &float),
        structseq::new(ts, &INT_INFO_TYPE, &int_info),
    ]
}

static EXC_INFO: BuiltinFunctionObject = BuiltinFunctionObject::new_static("exc_info", exc_info);
static EXCEPTION: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("exception", exception_);

/// The exception being handled, or `None`.
fn handled_or_none(ts: *mut Thread) -> Word {
    match unsafe { (*ts).handled } {
        0 => none::none(),
        exc => exc,
    }
}

/// `sys.exc_info()`: the handled exception's type, itself and its
/// `__traceback__`.
unsafe extern "C" fn exc_info(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { args::none_given(ts, "sys.exc_info", argv, nargs, kwnames) } {
        return 0;
    }
    let exc = handled_or_none(ts);
    if exc == none::none() {
        return crate::types::tuple::new(ts, &[exc, exc, exc]);
    }
    let ty = crate::object::type_of(exc).as_word();
    let tb = crate::types::exception::traceback::traceback_of(ts, exc);
    if tb == 0 {
        return 0;
    }
    crate::types::tuple::new(ts, &[ty, exc, tb])
}

/// `sys.exception()` (new in 3.11): the exception being handled, or `None`.
unsafe extern "C" fn exception_(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { args::none_given(ts, "sys.exception", argv, nargs, kwnames) } {
        return 0;
    }
    handled_or_none(ts)
}

static GETDEFAULTENCODING: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("getdefaultencoding", getdefaultencoding);
static GETFILESYSTEMENCODING: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("getfilesystemencoding", getfilesystemencoding);

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    let pins = unsafe { crate::gc::PinScope::new(ts) };
    let mut argv = Vec::new();
    for arg in crate::start::args() {
        let word = pins.pin(str_::new(ts, &String::from_utf8_lossy(arg)));
        if word == 0 {
            return 0;
        }
        argv.push(word);
    }
    let argv = list::new(ts, argv);
    let maxsize = {
        let digits = i64::MAX.to_string();
        unsafe { crate::entry::ty_int_from_str(ts, digits.as_ptr(), digits.len() as i64) }
    };
    let platform = str_::new(ts, "linux");
    let byteorder = str_::new(
        ts,
        if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        },
    );
    let [version_info, float_info, int_info] = info_values(ts);
    let (major, minor, micro) = VERSION;
    let version = str_::new(ts, &format!("{major}.{minor}.{micro} (typhon)"));
    // 0x030B00F0: major, minor, micro, release level `final` (0xF), serial.
    let hexversion = int::from_i64(ts, (major << 24) | (minor << 16) | (micro << 8) | 0xF0);
    let hash_info = hash_info(ts);
    if [
        hash_info,
        argv,
        maxsize,
        platform,
        byteorder,
        version_info,
        float_info,
        int_info,
        version,
        hexversion,
    ]
    .contains(&0)
    {
        return 0;
    }
    for word in [
        hash_info,
        argv,
        maxsize,
        version_info,
        float_info,
        int_info,
        version,
        hexversion,
    ] {
        pins.pin(word);
    }
    let Some(extra) = super::sys_extra::attributes(ts, version_info, hexversion) else {
        return 0;
    };
    let stdin = stream_word(&STDIN_OBJ);
    let stdout = stream_word(&STDOUT_OBJ);
    let stderr = stream_word(&STDERR_OBJ);
    let mut attrs = vec![
        ("argv", argv),
        ("exit", EXIT.as_word()),
        ("stdin", stdin),
        ("stdout", stdout),
        ("stderr", stderr),
        ("__stdin__", stdin),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
        ("getrecursionlimit", GETRECURSIONLIMIT.as_word()),
        ("setrecursionlimit", SETRECURSIONLIMIT.as_word()),
        ("get_int_max_str_digits", GET_INT_MAX_STR_DIGITS.as_word()),
        ("set_int_max_str_digits", SET_INT_MAX_STR_DIGITS.as_word()),
        ("maxsize", maxsize),
        ("maxunicode", int::from_i64(ts, 0x10ffff)),
        ("platform", platform),
        ("byteorder", byteorder),
        ("version_info", version_info),
        ("version", version),
        ("hexversion", hexversion),
        ("float_info", float_info),
        ("int_info", int_info),
        ("hash_info", hash_info),
        ("getdefaultencoding", GETDEFAULTENCODING.as_word()),
        ("exc_info", EXC_INFO.as_word()),
        ("exception", EXCEPTION.as_word()),
        ("getfilesystemencoding", GETFILESYSTEMENCODING.as_word()),
        // Filled below: the dict includes `sys` itself.
        ("modules", none::none()),
    ];
    attrs.extend(extra);
    let Some(hooks) = super::sys_hooks::attributes(ts) else {
        return 0;
    };
    attrs.extend(hooks);
    let module = crate::types::module::new_native(ts, "sys", &attrs);
    if module == 0 {
        return 0;
    }
    pins.pin(module);
    super::sys_hooks::DEFAULT_SEEN.store(1, std::sync::atomic::Ordering::Relaxed);
    let modules = crate::modules::sys_modules::snapshot(ts, module);
    if modules == 0 {
        return 0;
    }
    if let Some(slot) = unsafe { crate::types::module::slot(module, b"modules") } {
        *slot = modules;
    }
    module
}

/// The current value of `sys.<name>` if `sys` was imported (programs may
/// replace `sys.stdout`), else 0.
pub fn current(ts: *mut Thread, name: &str) -> Word {
    let module = unsafe { (*ts).sys_module };
    if module == 0 {
        return 0;
    }
    unsafe { crate::types::module::slot(module, name.as_bytes()) }.map_or(0, |slot| *slot)
}

/// `sys.exit([code])`: raise `SystemExit(code)`.
unsafe extern "C" fn exit(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "sys.exit") || !call.count(ts, "exit", 0, 1) {
        return 0;
    }
    crate::error::raise_with_args(ts, &exception::SYSTEM_EXIT, call.positional)
}

unsafe extern "C" fn getrecursionlimit(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { args::none_given(ts, "sys.getrecursionlimit", argv, nargs, kwnames) } {
        return 0;
    }
    int::from_i64(ts, unsafe { (*ts).depth_limit } as i64)
}

unsafe extern "C" fn setrecursionlimit(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(limit) =
        (unsafe { args::exactly_one(ts, "sys.setrecursionlimit", argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(limit) = args::c_int(ts, limit) else {
        return 0;
    };
    if limit < 1 {
        return crate::error::value_error(ts, "recursion limit must be greater or equal than 1");
    }
    // CPython counts the call to `setrecursionlimit` itself.
    let depth = unsafe { (*ts).depth } + 1;
    if depth >= limit as u64 {
        let message = format!(
            "cannot set the recursion limit to {limit} at the recursion depth {depth}: the limit is too low"
        );
        return crate::error::raise(ts, &exception::RECURSION_ERROR, &message);
    }
    unsafe { (*ts).depth_limit = limit as u64 };
    none::none()
}

unsafe extern "C" fn get_int_max_str_digits(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { args::none_given(ts, "sys.get_int_max_str_digits", argv, nargs, kwnames) } {
        return 0;
    }
    int::from_i64(ts, int::max_str_digits() as i64)
}

unsafe extern "C" fn set_int_max_str_digits(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    let Some([keyword]) = call.keywords(ts, "set_int_max_str_digits", ["maxdigits"]) else {
        return 0;
    };
    let value = match (call.positional, keyword) {
        ([value], None) => *value,
        ([], Some(value)) => value,
        _ => {
            let given = call.positional.len() + call.names.len();
            let message =
                format!("set_int_max_str_digits() takes exactly one argument ({given} given)");
            return crate::error::type_error(ts, &message);
        }
    };
    let Some(digits) = args::c_int(ts, value) else {
        return 0;
    };
    if digits != 0 && digits < 640 {
        return crate::error::value_error(ts, "maxdigits must be 0 or larger than 640");
    }
    // Non-negative here: 0 or at least 640.
    int::set_max_str_digits(digits as usize);
    none::none()
}

/// `sys.getdefaultencoding()`: typhon's strings are always UTF-8.
unsafe extern "C" fn getdefaultencoding(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { args::none_given(ts, "sys.getdefaultencoding", argv, nargs, kwnames) } {
        return 0;
    }
    str_::new(ts, "utf-8")
}

/// `sys.getfilesystemencoding()`: UTF-8, as CPython uses on Linux.
unsafe extern "C" fn getfilesystemencoding(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { args::none_given(ts, "sys.getfilesystemencoding", argv, nargs, kwnames) } {
        return 0;
    }
    str_::new(ts, "utf-8")
}
