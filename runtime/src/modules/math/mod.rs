//! The `math` module, with CPython 3.11's results and error messages.
//!
//! Float functions call the C library's `libm` (through Rust's `f64`
//! methods or `extern` declarations), as CPython does, so results agree to
//! the last bit; CPython's own algorithms (`fsum`, `hypot`, the integer
//! functions) are reimplemented in `sums.rs` and `ints.rs`. Errors follow
//! CPython's `math_1`: a NaN from a non-NaN argument is "math domain error",
//! an infinity from a finite argument "math range error" (`OverflowError`)
//! for functions that can overflow and a domain error otherwise.

mod floats;
mod ints;
pub(crate) mod native;
mod rounding;
mod special;
mod sums;

use crate::calls::args::Args;
use crate::error::{overflow_error, type_error, value_error};
use crate::gc::PinScope;
use crate::object::{Word, type_of};
use crate::thread::Thread;
use crate::types::class::Dunder;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{float, int};

use num_bigint::BigInt;

/// Every function of the module.
static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("acos", floats::acos),
    BuiltinFunctionObject::new_static("acosh", floats::acosh),
    BuiltinFunctionObject::new_static("asin", floats::asin),
    BuiltinFunctionObject::new_static("asinh", floats::asinh),
    BuiltinFunctionObject::new_static("atan", floats::atan),
    BuiltinFunctionObject::new_static("atan2", floats::atan2),
    BuiltinFunctionObject::new_static("atanh", floats::atanh),
    BuiltinFunctionObject::new_static("cbrt", floats::cbrt),
    BuiltinFunctionObject::new_static("ceil", rounding::ceil),
    BuiltinFunctionObject::new_static("comb", ints::comb),
    BuiltinFunctionObject::new_static("copysign", floats::copysign),
    BuiltinFunctionObject::new_static("cos", floats::cos),
    BuiltinFunctionObject::new_static("cosh", floats::cosh),
    BuiltinFunctionObject::new_static("degrees", floats::degrees),
    BuiltinFunctionObject::new_static("dist", sums::dist),
    BuiltinFunctionObject::new_static("erf", floats::erf),
    BuiltinFunctionObject::new_static("erfc", floats::erfc),
    BuiltinFunctionObject::new_static("exp", floats::exp),
    BuiltinFunctionObject::new_static("exp2", floats::exp2),
    BuiltinFunctionObject::new_static("expm1", floats::expm1),
    BuiltinFunctionObject::new_static("fabs", floats::fabs),
    BuiltinFunctionObject::new_static("factorial", ints::factorial),
    BuiltinFunctionObject::new_static("floor", rounding::floor),
    BuiltinFunctionObject::new_static("fmod", floats::fmod),
    BuiltinFunctionObject::new_static("frexp", floats::frexp),
    BuiltinFunctionObject::new_static("fsum", sums::fsum),
    BuiltinFunctionObject::new_static("gamma", special::gamma),
    BuiltinFunctionObject::new_static("gcd", ints::gcd),
    BuiltinFunctionObject::new_static("hypot", sums::hypot),
    BuiltinFunctionObject::new_static("isclose", floats::isclose),
    BuiltinFunctionObject::new_static("isfinite", floats::isfinite),
    BuiltinFunctionObject::new_static("isinf", floats::isinf),
    BuiltinFunctionObject::new_static("isnan", floats::isnan),
    BuiltinFunctionObject::new_static("isqrt", ints::isqrt),
    BuiltinFunctionObject::new_static("lcm", ints::lcm),
    BuiltinFunctionObject::new_static("ldexp", floats::ldexp),
    BuiltinFunctionObject::new_static("lgamma", special::lgamma),
    BuiltinFunctionObject::new_static("log", floats::log),
    BuiltinFunctionObject::new_static("log10", floats::log10),
    BuiltinFunctionObject::new_static("log1p", floats::log1p),
    BuiltinFunctionObject::new_static("log2", floats::log2),
    BuiltinFunctionObject::new_static("modf", floats::modf),
    BuiltinFunctionObject::new_static("nextafter", floats::nextafter),
    BuiltinFunctionObject::new_static("perm", ints::perm),
    BuiltinFunctionObject::new_static("pow", floats::pow),
    BuiltinFunctionObject::new_static("prod", sums::prod),
    BuiltinFunctionObject::new_static("radians", floats::radians),
    BuiltinFunctionObject::new_static("remainder", special::remainder),
    BuiltinFunctionObject::new_static("sin", floats::sin),
    BuiltinFunctionObject::new_static("sinh", floats::sinh),
    BuiltinFunctionObject::new_static("sqrt", floats::sqrt),
    BuiltinFunctionObject::new_static("tan", floats::tan),
    BuiltinFunctionObject::new_static("tanh", floats::tanh),
    BuiltinFunctionObject::new_static("trunc", rounding::trunc),
    BuiltinFunctionObject::new_static("ulp", floats::ulp),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    let pins = unsafe { PinScope::new(ts) };
    let mut attrs: Vec<(&str, Word)> = Vec::with_capacity(FUNCTIONS.len() + 5);
    for func in FUNCTIONS {
        attrs.push((func.name, func.as_word()));
    }
    for (name, value) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        let word = pins.pin(float::new(ts, value));
        if word == 0 {
            return 0;
        }
        attrs.push((name, word));
    }
    crate::types::module::new_native(ts, "math", &attrs)
}

/// A float argument as CPython's `PyFloat_AsDouble` converts it: floats,
/// ints (OverflowError when too large), `__float__`, then `__index__`.
pub(crate) fn to_f64(ts: *mut Thread, w: Word) -> Option<f64> {
    if float::is_float(w) {
        return Some(unsafe { float::value(w) });
    }
    if int::is_int(w) {
        return unsafe { int::to_f64(ts, w) };
    }
    if crate::object::is_instance(w, &float::FLOAT_TYPE) {
        return Some(unsafe { float::value(w) });
    }
    if let Some(result) = unsafe { crate::types::class::slots::user_number(ts, w, Dunder::Float) } {
        return (result != 0).then(|| unsafe { float::value(result) });
    }
    if let Some(result) = unsafe { crate::types::class::slots::user_index(ts, w) } {
        if result == 0 {
            return None;
        }
        return unsafe { int::to_f64(ts, result) };
    }
    type_error(ts, &format!("must be real number, not {}", type_of(w).name));
    None
}

/// An integer argument through `__index__`, as a big integer; `None` with
/// "'float' object cannot be interpreted as an integer" pending otherwise.
pub(crate) fn to_bigint(ts: *mut Thread, w: Word) -> Option<BigInt> {
    if int::is_int(w) {
        return Some(unsafe { int::to_bigint(w) });
    }
    if let Some(result) = unsafe { crate::types::class::slots::user_index(ts, w) } {
        if result == 0 {
            return None;
        }
        return Some(unsafe { int::to_bigint(result) });
    }
    type_error(
        ts,
        &format!(
            "'{}' object cannot be interpreted as an integer",
            type_of(w).name
        ),
    );
    None
}

/// The one argument of `math.name(x)`.
unsafe fn one_arg(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<Word> {
    unsafe { crate::calls::args::exactly_one(ts, &format!("math.{name}"), argv, nargs, kwnames) }
}

/// The `N` positional arguments of `name(a, b)` ("atan2 expected 2
/// arguments, got 1").
unsafe fn fixed_args<const N: usize>(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<[Word; N]> {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, &format!("math.{name}")) || !call.count(ts, name, N, N) {
        return None;
    }
    call.positional.try_into().ok()
}

/// The positional arguments of a variadic function without keywords.
unsafe fn all_args<'a>(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<&'a [Word]> {
    let call: Args<'a> = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, &format!("math.{name}")) {
        return None;
    }
    Some(call.positional)
}

fn domain_error(ts: *mut Thread) -> Word {
    value_error(ts, "math domain error")
}

fn range_error(ts: *mut Thread) -> Word {
    overflow_error(ts, "math range error")
}
