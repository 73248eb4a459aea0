//! Argument checking for the native methods of `str` and `bytes`, with the
//! exact `TypeError` wording CPython's various argument parsers produce
//! (each method uses one of a handful of styles; see [`Style`]).

use crate::error::{overflow_error, type_error};
use crate::object::{Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::{int, none, tuple};

/// How a method words its argument errors.
#[derive(Clone, Copy)]
pub enum Style {
    /// `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// `str.join() takes exactly one argument (0 given)`.
    One,
    /// `strip expected at most 1 argument, got 2`.
    Expected,
    /// `find() takes at least 1 argument (0 given)`.
    Counted,
    /// Keywords accepted, named as listed: `split() takes at most 2 arguments (3 given)`.
    Keywords(&'static [&'static str]),
}

/// One method's signature: `min..=max` arguments after `self`.
pub struct Spec {
    /// The owning type's name, for `str.upper()`-style messages.
    pub owner: &'static str,
    pub name: &'static str,
    pub min: usize,
    pub max: usize,
    pub style: Style,
}

impl Spec {
    pub const fn new(
        owner: &'static str,
        name: &'static str,
        min: usize,
        max: usize,
        style: Style,
    ) -> Spec {
        Spec {
            owner,
            name,
            min,
            max,
            style,
        }
    }
}

/// Split a native method call into `self` and up to `N` arguments (0 for
/// absent ones), or `None` with `TypeError` pending.
///
/// # Safety
/// `args` must hold `nargs` words (at least one, `self`), `kwnames` must be 0
/// or a tuple of `str`.
pub unsafe fn parse<const N: usize>(
    ts: *mut Thread,
    spec: &Spec,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<(Word, [Word; N])> {
    let all = unsafe { std::slice::from_raw_parts(args, nargs.max(0) as usize) };
    let (this, rest) = all.split_first()?;
    // The common call, positional arguments only and as many as allowed,
    // gets exactly what the general path would give it, without its
    // keyword matching and message machinery.
    if kwnames == 0 && rest.len() >= spec.min && rest.len() <= spec.max.min(N) {
        // Word by word over the constant `N` (unrolled): a `copy_from_slice`
        // of the few arguments was a `memcpy` call.
        let mut out = [0; N];
        for (i, slot) in out.iter_mut().enumerate() {
            if i < rest.len() {
                *slot = rest[i];
            }
        }
        return Some((*this, out));
    }
    unsafe { parse_general(ts, spec, *this, rest, kwnames) }
}

/// [`parse`] for every other call: keywords, or a wrong number of
/// arguments (the error).
#[inline(never)]
unsafe fn parse_general<const N: usize>(
    ts: *mut Thread,
    spec: &Spec,
    this: Word,
    rest: &[Word],
    kwnames: Word,
) -> Option<(Word, [Word; N])> {
    let this = &this;
    // `bytes` methods serve `bytearray` too, whose messages name it.
    let renamed;
    let spec = if spec.owner == "bytes" && crate::types::bytearray::is_bytearray(*this) {
        renamed = Spec {
            owner: "bytearray",
            ..*spec
        };
        &renamed
    } else {
        spec
    };
    let out = unsafe { parse_args(ts, spec, rest, kwnames) }?;
    Some((*this, out))
}

/// [`parse`] for calls without `self` (constructors).
///
/// # Safety
/// `rest` holds every argument, the last `len(kwnames)` named by `kwnames`
/// (0 or a tuple of `str`).
pub unsafe fn parse_args<const N: usize>(
    ts: *mut Thread,
    spec: &Spec,
    rest: &[Word],
    kwnames: Word,
) -> Option<[Word; N]> {
    let names: &[Word] = if kwnames == 0 {
        &[]
    } else {
        unsafe { tuple::items(kwnames) }
    };
    let npos = rest.len().saturating_sub(names.len());
    let (positional, keywords) = rest.split_at(npos);
    let mut out = [0; N];
    let name = spec.name;
    let owner = spec.owner;
    let s = |n: usize| if n == 1 { "" } else { "s" };
    let fail = |message: String| {
        type_error(ts, &message);
        None
    };
    if let Style::Keywords(params) = spec.style {
        if rest.len() > spec.max {
            return fail(format!(
                "{name}() takes at most {} argument{} ({} given)",
                spec.max,
                s(spec.max),
                rest.len()
            ));
        }
        out[..npos].copy_from_slice(positional);
        for (kw, value) in names.iter().zip(keywords) {
            let kw = unsafe { super::lossy(*kw) };
            match params.iter().position(|p| *p == kw) {
                Some(idx) if idx < npos => {
                    return fail(format!(
                        "argument for {name}() given by name ('{kw}') and position ({})",
                        idx + 1
                    ));
                }
                Some(idx) => out[idx] = *value,
                None => {
                    return fail(format!(
                        "'{kw}' is an invalid keyword argument for {name}()"
                    ));
                }
            }
        }
        if let Some(missing) = out[..spec.min].iter().position(|w| *w == 0) {
            return fail(format!(
                "{name}() missing required argument '{}' (pos {})",
                params[missing],
                missing + 1
            ));
        }
        return Some(out);
    }
    if !names.is_empty() {
        return fail(format!("{owner}.{name}() takes no keyword arguments"));
    }
    if npos < spec.min || npos > spec.max {
        return fail(match spec.style {
            Style::NoArgs => format!("{owner}.{name}() takes no arguments ({npos} given)"),
            Style::One => format!("{owner}.{name}() takes exactly one argument ({npos} given)"),
            Style::Expected if npos < spec.min => {
                format!(
                    "{name} expected at least {} argument{}, got {npos}",
                    spec.min,
                    s(spec.min)
                )
            }
            Style::Expected => format!(
                "{name} expected at most {} argument{}, got {npos}",
                spec.max,
                s(spec.max)
            ),
            _ if npos < spec.min => {
                format!(
                    "{name}() takes at least {} argument{} ({npos} given)",
                    spec.min,
                    s(spec.min)
                )
            }
            _ => format!(
                "{name}() takes at most {} argument{} ({npos} given)",
                spec.max,
                s(spec.max)
            ),
        });
    }
    out[..npos].copy_from_slice(positional);
    Some(out)
}

/// An argument used as a size or count (`ljust(5)`, `maxsplit=2`):
/// "'float' object cannot be interpreted as an integer" for non-ints,
/// `OverflowError` for ints beyond 64 bits.
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn size_arg(ts: *mut Thread, w: Word) -> Option<i64> {
    if let Some(v) = unsafe { small_int(w) } {
        return Some(v);
    }
    if is_instance(w, &int::INT_TYPE) {
        overflow_error(ts, "Python int too large to convert to C ssize_t");
    } else {
        type_error(
            ts,
            &format!(
                "'{}' object cannot be interpreted as an integer",
                type_of(w).name
            ),
        );
    }
    None
}

/// An optional limit (`maxsplit`, `replace`'s `count`): omitted (0) or
/// negative means none, `usize::MAX`; `None` with an exception pending.
///
/// # Safety
/// `w` must be 0 (omitted) or a valid word.
pub unsafe fn limit_arg(ts: *mut Thread, w: Word) -> Option<usize> {
    if w == 0 {
        return Some(usize::MAX);
    }
    unsafe { size_arg(ts, w) }.map(|n| usize::try_from(n).unwrap_or(usize::MAX))
}

/// An optional `start`/`end` bound of `find`, `count`, `startswith`...:
/// `None` (or absent) gives `default`; ints beyond 64 bits clamp.
///
/// # Safety
/// `w` must be 0 or a valid word.
pub unsafe fn slice_bound(ts: *mut Thread, w: Word, default: i64) -> Option<i64> {
    if w == 0 || w == none::none() {
        return Some(default);
    }
    if let Some(v) = unsafe { small_int(w) } {
        return Some(v);
    }
    if is_instance(w, &int::INT_TYPE) {
        // A big int: only its sign matters once clamped to the string.
        let negative =
            unsafe { crate::entry::ty_compare_bool(ts, typhon_abi::CmpOp::Lt as i32, w, 1) };
        return match negative {
            -1 => None,
            1 => Some(i64::MIN),
            _ => Some(i64::MAX),
        };
    }
    type_error(
        ts,
        "slice indices must be integers or None or have an __index__ method",
    );
    None
}

/// The value of an int or a bool that fits in an `i64` (CPython's
/// `Py_ssize_t`), whether stored inline or as a big int: callers treat
/// `None` for an int as "cannot fit", which only values beyond 64 bits are.
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn small_int(w: Word) -> Option<i64> {
    int::view(w).and_then(int::Int::to_i64)
}
