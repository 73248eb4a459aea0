//! The less used attributes of `sys`: `flags`, `implementation`,
//! `warnoptions`, `executable`, `orig_argv` and a few constants and
//! functions whose CPython values hold for a compiled program too (what has
//! no faithful value, such as `sys.path` or `getsizeof`, is left out: see
//! docs/unsupported.md).

use super::structseq::{self, StructSeqType};
use crate::calls::args;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{bool as bool_, dict, float, int, list, none, str as str_};

static FLAGS_TYPE: StructSeqType = structseq::new_type(
    "sys.flags",
    &[
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ],
);

/// CPython prints `sys.implementation` (a `types.SimpleNamespace`) as
/// `namespace(name=..., ...)`, which a struct sequence of that name does too.
static IMPLEMENTATION_TYPE: StructSeqType = structseq::new_type(
    "namespace",
    &["name", "cache_tag", "version", "hexversion", "_multiarch"],
);

static GETTRACE: BuiltinFunctionObject = BuiltinFunctionObject::new_static("gettrace", no_hook);
static GETPROFILE: BuiltinFunctionObject = BuiltinFunctionObject::new_static("getprofile", no_hook);
static IS_FINALIZING: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("is_finalizing", is_finalizing);
static GETFILESYSTEMENCODEERRORS: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("getfilesystemencodeerrors", getfilesystemencodeerrors);
static GETSWITCHINTERVAL: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("getswitchinterval", getswitchinterval);
static SETSWITCHINTERVAL: BuiltinFunctionObject =
    BuiltinFunctionObject::new_static("setswitchinterval", setswitchinterval);

/// `sys.setswitchinterval`'s value, kept as f64 bits (CPython's default is
/// 5 ms); typhon's threads do not read it.
static SWITCH_INTERVAL: std::sync::atomic::AtomicU64 =
    std::sync::atomic::AtomicU64::new(0x3F74_7AE1_47AE_147B);

/// The extra attributes, in the order `sys` gets them; `None` with an
/// exception pending. `version_info` and `hexversion` are the module's own.
pub fn attributes(
    ts: *mut Thread,
    version_info: Word,
    hexversion: Word,
) -> Option<Vec<(&'static str, Word)>> {
    let pins = unsafe { crate::gc::PinScope::new(ts) };
    let made = |word: Word| (word != 0).then(|| pins.pin(word));
    let small = |value: i64| int::from_i64(ts, value);
    // The flags of `python3 prog.py` under the environment typhon's
    // behaviour matches: UTF-8 mode (typhon's text is always UTF-8), no
    // bytecode written, hashes not randomised, no `-O`, `-X` or `-W`.
    let flag_values = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, -2, 1, 0, -2, -1];
    let mut flags = Vec::with_capacity(flag_values.len());
    for value in flag_values {
        flags.push(match value {
            -2 => bool_::false_(),
            _ => made(small(value))?,
        });
    }
    let flags = made(structseq::new(ts, &FLAGS_TYPE, &flags))?;
    let implementation = [
        made(str_::new(ts, "cpython"))?,
        made(str_::new(ts, "cpython-311"))?,
        version_info,
        hexversion,
        made(str_::new(ts, multiarch()))?,
    ];
    let implementation = made(structseq::new(ts, &IMPLEMENTATION_TYPE, &implementation))?;
    let mut raw_args = Vec::new();
    for arg in crate::start::args() {
        raw_args.push(made(str_::new(ts, &String::from_utf8_lossy(arg)))?);
    }
    let executable = std::env::current_exe()
        .map(|path| path.to_string_lossy().into_owned())
        .unwrap_or_default();
    Some(vec![
        ("flags", flags),
        ("implementation", implementation),
        ("warnoptions", made(list::new(ts, Vec::new()))?),
        ("_xoptions", made(dict::new(ts))?),
        ("executable", made(str_::new(ts, &executable))?),
        ("orig_argv", made(list::new(ts, raw_args))?),
        ("dont_write_bytecode", bool_::true_()),
        ("api_version", made(small(1013))?),
        ("float_repr_style", made(str_::new(ts, "short"))?),
        ("abiflags", made(str_::new(ts, ""))?),
        ("platlibdir", made(str_::new(ts, "lib"))?),
        ("pycache_prefix", none::none()),
        ("gettrace", GETTRACE.as_word()),
        ("getprofile", GETPROFILE.as_word()),
        ("is_finalizing", IS_FINALIZING.as_word()),
        (
            "getfilesystemencodeerrors",
            GETFILESYSTEMENCODEERRORS.as_word(),
        ),
        ("getswitchinterval", GETSWITCHINTERVAL.as_word()),
        ("setswitchinterval", SETSWITCHINTERVAL.as_word()),
    ])
}

/// Debian's multiarch name of the target, as CPython's `_multiarch`.
fn multiarch() -> &'static str {
    if cfg!(target_arch = "aarch64") {
        "aarch64-linux-gnu"
    } else {
        "x86_64-linux-gnu"
    }
}

/// `sys.gettrace()` / `sys.getprofile()`: no tracer can be installed.
unsafe extern "C" fn no_hook(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { args::none_given(ts, "sys.gettrace", argv, nargs, kwnames) } {
        return 0;
    }
    none::none()
}

/// `sys.is_finalizing()`: Python code never runs during typhon's shutdown
/// after the interpreter state is gone.
unsafe extern "C" fn is_finalizing(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { args::none_given(ts, "sys.is_finalizing", argv, nargs, kwnames) } {
        return 0;
    }
    bool_::false_()
}

/// `sys.getfilesystemencodeerrors()`: CPython's on Linux.
unsafe extern "C" fn getfilesystemencodeerrors(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { args::none_given(ts, "sys.getfilesystemencodeerrors", argv, nargs, kwnames) } {
        return 0;
    }
    str_::new(ts, "surrogateescape")
}

unsafe extern "C" fn getswitchinterval(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !unsafe { args::none_given(ts, "sys.getswitchinterval", argv, nargs, kwnames) } {
        return 0;
    }
    let bits = SWITCH_INTERVAL.load(std::sync::atomic::Ordering::Relaxed);
    float::new(ts, f64::from_bits(bits))
}

unsafe extern "C" fn setswitchinterval(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(value) =
        (unsafe { args::exactly_one(ts, "sys.setswitchinterval", argv, nargs, kwnames) })
    else {
        return 0;
    };
    let Some(seconds) = super::math::to_f64(ts, value) else {
        return 0;
    };
    if seconds <= 0.0 {
        return crate::error::value_error(ts, "switch interval must be strictly positive");
    }
    SWITCH_INTERVAL.store(seconds.to_bits(), std::sync::atomic::Ordering::Relaxed);
    none::none()
}
