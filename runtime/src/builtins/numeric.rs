//! Numeric built-in functions: `abs`, `round`, `divmod`, `pow`, `hex`,
//! `oct`, `bin`, `hash` (CONTRACT: NativeFn each, names fixed), with
//! CPython's argument checking and messages.

use crate::error::type_error;
use crate::object::{Word, type_of};
use crate::thread::Thread;
use crate::types::int::{self, Int};
use crate::types::none::none;
use crate::types::{float, str as str_, tuple};
use num_traits::Signed;
use typhon_abi::BinOp;

mod round;
mod user_divmod;

pub use round::{round, round_float};

/// `abs(x)`.
///
/// # Safety
/// `args` must hold `nargs` words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn abs(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(x) = (unsafe { one_arg(ts, "abs", args, nargs, kwnames) }) else {
        return 0;
    };
    match int::view(x) {
        Some(Int::Small(v)) => return int::from_i64(ts, v.abs()),
        Some(Int::Big(b)) => return int::from_bigint(ts, b.abs()),
        None => {}
    }
    if float::is_float(x) {
        return float::new(ts, unsafe { float::value(x) }.abs());
    }
    if crate::types::complex::is_complex(x) {
        let (re, im) = unsafe { crate::types::complex::parts(x) };
        return crate::types::complex::abs_value(ts, re, im);
    }
    if let Some(cls) = crate::types::class::user_class_of(x)
        && cls.dunders[crate::types::class::Dunder::Abs as usize] != 0
    {
        let idx = crate::types::class::Dunder::Abs as usize;
        return unsafe { crate::types::class::slots::call_dunder(ts, x, idx, &[]) };
    }
    type_error(
        ts,
        &format!("bad operand type for abs(): '{}'", type_of(x).name),
    )
}

/// `divmod(a, b)`.
///
/// # Safety
/// `args` must hold `nargs` words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn divmod(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if !names(kwnames).is_empty() {
        return type_error(ts, "divmod() takes no keyword arguments");
    }
    if nargs != 2 {
        return type_error(ts, &format!("divmod expected 2 arguments, got {nargs}"));
    }
    let (a, b) = unsafe { (*args, *args.add(1)) };
    if let Some(result) = unsafe { user_divmod::user_divmod(ts, a, b) } {
        return result;
    }
    if let (Some(x), Some(y)) = (int::view(a), int::view(b)) {
        if y.is_zero() {
            return crate::error::zero_division(ts, "integer division or modulo by zero");
        }
        let quotient = int::int_op(ts, BinOp::FloorDiv, x, y);
        let remainder = int::int_op(ts, BinOp::Mod, x, y);
        return pair(ts, quotient, remainder);
    }
    let numeric = |w: Word| float::is_float(w) || int::is_int(w);
    if numeric(a) && numeric(b) {
        let (Some(x), Some(y)) = (unsafe { as_f64(ts, a) }, unsafe { as_f64(ts, b) }) else {
            return 0;
        };
        if y == 0.0 {
            return crate::error::zero_division(ts, "float divmod()");
        }
        let (q, r) = float::divmod(x, y);
        return pair(ts, float::new(ts, q), float::new(ts, r));
    }
    type_error(
        ts,
        &format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_of(a).name,
            type_of(b).name
        ),
    )
}

/// `pow(base, exp, mod=None)`.
///
/// # Safety
/// `args` must hold `nargs` words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn pow(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some([Some(base), Some(exp), modulus]) =
        (unsafe { bind(ts, "pow", args, nargs, kwnames, ["base", "exp", "mod"], 2) })
    else {
        return 0;
    };
    let modulus = match modulus {
        Some(m) if m != none() => m,
        _ => return unsafe { crate::entry::ty_binop(ts, BinOp::Pow as i32, base, exp) },
    };
    if let (Some(x), Some(y), Some(z)) = (int::view(base), int::view(exp), int::view(modulus)) {
        return int::pow_mod(ts, x, y, z);
    }
    // The first float or complex operand's slot answers (int slots decline).
    for w in [base, exp, modulus] {
        if float::is_float(w) {
            return type_error(
                ts,
                "pow() 3rd argument not allowed unless all arguments are integers",
            );
        }
        if crate::types::complex::is_complex(w) {
            return crate::error::value_error(ts, "complex modulo");
        }
    }
    type_error(
        ts,
        &format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            type_of(base).name,
            type_of(exp).name,
            type_of(modulus).name
        ),
    )
}

/// `hex(x)`: `-0x1f`.
///
/// # Safety
/// `args` must hold `nargs` words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn hex(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { radix(ts, "hex", 16, "0x", args, nargs, kwnames) }
}

/// `oct(x)`: `0o17`.
///
/// # Safety
/// `args` must hold `nargs` words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn oct(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { radix(ts, "oct", 8, "0o", args, nargs, kwnames) }
}

/// `bin(x)`: `-0b101`.
///
/// # Safety
/// `args` must hold `nargs` words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn bin(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { radix(ts, "bin", 2, "0b", args, nargs, kwnames) }
}

/// `hash(x)`.
///
/// # Safety
/// `args` must hold `nargs` words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn hash(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(x) = (unsafe { one_arg(ts, "hash", args, nargs, kwnames) }) else {
        return 0;
    };
    match unsafe { crate::ops::hash(ts, x) } {
        Some(h) => int::from_i64(ts, h),
        None => 0,
    }
}

unsafe fn radix(
    ts: *mut Thread,
    name: &str,
    base: u32,
    prefix: &str,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(x) = (unsafe { one_arg(ts, name, args, nargs, kwnames) }) else {
        return 0;
    };
    // CPython's `PyNumber_Index`: an int (a subclass too) as it is, else
    // a user `__index__`'s result.
    let x = match unsafe { crate::types::class::slots::user_index(ts, x) } {
        _ if int::view(x).is_some() => x,
        Some(0) => return 0,
        Some(result) => result,
        None => x,
    };
    let Some(v) = int::view(x) else {
        let name = type_of(x).name;
        return type_error(
            ts,
            &format!("'{name}' object cannot be interpreted as an integer"),
        );
    };
    let value = v.to_bigint();
    let sign = if value.is_negative() { "-" } else { "" };
    str_::new(
        ts,
        &format!("{sign}{prefix}{}", value.magnitude().to_str_radix(base)),
    )
}

unsafe fn as_f64(ts: *mut Thread, w: Word) -> Option<f64> {
    if float::is_float(w) {
        Some(unsafe { float::value(w) })
    } else {
        unsafe { int::to_f64(ts, w) }
    }
}

fn pair(ts: *mut Thread, a: Word, b: Word) -> Word {
    if a == 0 || b == 0 {
        return 0;
    }
    tuple::new(ts, &[a, b])
}

fn names<'a>(kwnames: Word) -> &'a [Word] {
    if kwnames == 0 {
        &[]
    } else {
        unsafe { tuple::items(kwnames) }
    }
}

/// The single positional argument of `name(x)`: "abs() takes exactly one
/// argument (2 given)", "abs() takes no keyword arguments".
unsafe fn one_arg(
    ts: *mut Thread,
    name: &str,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<Word> {
    if !names(kwnames).is_empty() {
        type_error(ts, &format!("{name}() takes no keyword arguments"));
        return None;
    }
    if nargs != 1 {
        type_error(
            ts,
            &format!("{name}() takes exactly one argument ({nargs} given)"),
        );
        return None;
    }
    Some(unsafe { *args })
}

/// Bind positional-or-keyword parameters `params` (the first `required`
/// mandatory) with CPython's Argument Clinic messages.
pub(super) unsafe fn bind<const N: usize>(
    ts: *mut Thread,
    func: &str,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
    params: [&str; N],
    required: usize,
) -> Option<[Option<Word>; N]> {
    let all = if nargs <= 0 {
        &[][..]
    } else {
        unsafe { std::slice::from_raw_parts(args, nargs as usize) }
    };
    let keywords = names(kwnames);
    let npos = all.len().saturating_sub(keywords.len());
    if all.len() > N {
        let s = if N == 1 { "" } else { "s" };
        type_error(
            ts,
            &format!(
                "{func}() takes at most {N} argument{s} ({} given)",
                all.len()
            ),
        );
        return None;
    }
    let keyword_names: Vec<String> = keywords
        .iter()
        .map(|k| unsafe { str_::lossy(*k) })
        .collect();
    let mut bound = [None; N];
    for (i, slot) in bound.iter_mut().enumerate() {
        *slot = if i < npos {
            Some(all[i])
        } else {
            keyword_names
                .iter()
                .position(|k| k == params[i])
                .map(|at| all[npos + at])
        };
        if slot.is_none() && i < required {
            type_error(
                ts,
                &format!(
                    "{func}() missing required argument '{}' (pos {})",
                    params[i],
                    i + 1
                ),
            );
            return None;
        }
    }
    for name in &keyword_names {
        match params.iter().position(|p| p == name) {
            Some(i) if i < npos => {
                type_error(
                    ts,
                    &format!(
                        "argument for {func}() given by name ('{name}') and position ({})",
                        i + 1
                    ),
                );
                return None;
            }
            Some(_) => {}
            None => {
                type_error(
                    ts,
                    &format!("'{name}' is an invalid keyword argument for {func}()"),
                );
                return None;
            }
        }
    }
    Some(bound)
}

#[cfg(test)]
mod tests;
