//! Argument checking for the native methods of the container types, with
//! CPython's wording for each calling convention:
//!
//! - no-argument methods: `list.copy() takes no arguments (1 given)`,
//! - one-argument methods: `list.append() takes exactly one argument (0 given)`,
//! - variable positional arguments: `pop expected at most 1 argument, got 2`,
//! - keyword arguments to a method that takes none:
//!   `list.append() takes no keyword arguments`.

use crate::error::type_error;
use crate::object::{TypeObject, Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::{str as str_, tuple};

/// The arguments of a native call, split into positional and keyword parts.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Word],
    /// Keyword values, in the order of `names`.
    pub kw: &'a [Word],
    /// Keyword names (str words).
    pub names: &'a [Word],
}

impl<'a> Args<'a> {
    /// Split a `NativeFn` argument array.
    ///
    /// # Safety
    /// `args` must point at `nargs` words and `kwnames` must be 0 or a tuple
    /// of at most `nargs` strs.
    #[inline]
    pub unsafe fn new(args: *const Word, nargs: i64, kwnames: Word) -> Args<'a> {
        let all: &'a [Word] = if nargs <= 0 || args.is_null() {
            &[]
        } else {
            unsafe { std::slice::from_raw_parts(args, nargs as usize) }
        };
        let names: &'a [Word] = if kwnames == 0 {
            &[]
        } else {
            unsafe { tuple::items(kwnames) }
        };
        let split = all.len().saturating_sub(names.len());
        Args {
            pos: &all[..split],
            kw: &all[split..],
            names,
        }
    }

    /// The same arguments without the first positional one (`self`).
    pub fn skip_self(self) -> Args<'a> {
        Args {
            pos: self.pos.get(1..).unwrap_or(&[]),
            ..self
        }
    }

    /// The value of keyword argument `name`, if given.
    pub fn keyword(&self, name: &str) -> Option<Word> {
        let idx = self
            .names
            .iter()
            .position(|n| unsafe { str_::bytes(*n) } == name.as_bytes())?;
        self.kw.get(idx).copied()
    }

    /// Whether every keyword is one of `allowed`; otherwise raises CPython's
    /// "'foo' is an invalid keyword argument for sort()" and returns false.
    pub fn only_keywords(&self, ts: *mut Thread, allowed: &[&str], func: &str) -> bool {
        for name in self.names {
            let text = unsafe { str_::bytes(*name) };
            if !allowed.iter().any(|a| a.as_bytes() == text) {
                let shown = unsafe { str_::lossy(*name) };
                type_error(
                    ts,
                    &format!("'{shown}' is an invalid keyword argument for {func}()"),
                );
                return false;
            }
        }
        true
    }
}

/// Reject keyword arguments: "list.append() takes no keyword arguments".
pub fn no_keywords(ts: *mut Thread, args: &Args, qualname: &str) -> bool {
    if args.names.is_empty() {
        return true;
    }
    type_error(ts, &format!("{qualname}() takes no keyword arguments"));
    false
}

/// A method taking nothing: "list.copy() takes no arguments (1 given)".
pub fn none(ts: *mut Thread, args: &Args, qualname: &str) -> bool {
    if !no_keywords(ts, args, qualname) {
        return false;
    }
    if args.pos.is_empty() {
        return true;
    }
    type_error(
        ts,
        &format!("{qualname}() takes no arguments ({} given)", args.pos.len()),
    );
    false
}

/// A method taking one positional argument:
/// "list.append() takes exactly one argument (0 given)".
pub fn one(ts: *mut Thread, args: &Args, qualname: &str) -> Option<Word> {
    if !no_keywords(ts, args, qualname) {
        return None;
    }
    if args.pos.len() == 1 {
        return Some(args.pos[0]);
    }
    type_error(
        ts,
        &format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.pos.len()
        ),
    );
    None
}

/// Check a positional argument count: "pop expected at most 1 argument, got 2",
/// "insert expected 2 arguments, got 1".
pub fn count(ts: *mut Thread, n: usize, name: &str, min: usize, max: usize) -> bool {
    if n < min {
        let qualifier = if min == max { "" } else { "at least " };
        let plural = if min == 1 { "" } else { "s" };
        type_error(
            ts,
            &format!("{name} expected {qualifier}{min} argument{plural}, got {n}"),
        );
        return false;
    }
    if n > max {
        let qualifier = if min == max { "" } else { "at most " };
        let plural = if max == 1 { "" } else { "s" };
        type_error(
            ts,
            &format!("{name} expected {qualifier}{max} argument{plural}, got {n}"),
        );
        return false;
    }
    true
}

/// Positional arguments only, between `min` and `max` of them.
pub fn positional<'a>(
    ts: *mut Thread,
    args: &Args<'a>,
    qualname: &str,
    name: &str,
    min: usize,
    max: usize,
) -> Option<&'a [Word]> {
    if no_keywords(ts, args, qualname) && count(ts, args.pos.len(), name, min, max) {
        Some(args.pos)
    } else {
        None
    }
}

/// Split a method call into `self`, checked to be a `ty`, and the other
/// arguments; `None` with CPython's descriptor TypeError pending otherwise.
///
/// # Safety
/// As for [`Args::new`].
#[inline]
pub unsafe fn method<'a>(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
    ty: &'static TypeObject,
    name: &str,
) -> Option<(Word, Args<'a>)> {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    match a.pos.first() {
        Some(&this) if is_instance(this, ty) => Some((this, a.skip_self())),
        first => {
            bad_receiver(ts, first.copied(), ty, name);
            None
        }
    }
}

/// Raise the `TypeError` of a native method called on no receiver or on
/// one of the wrong type.
#[cold]
fn bad_receiver(ts: *mut Thread, first: Option<Word>, ty: &'static TypeObject, name: &str) {
    match first {
        Some(this) => {
            let message = format!(
                "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
                ty.name,
                type_of(this).name
            );
            type_error(ts, &message);
        }
        None => {
            type_error(
                ts,
                &format!("unbound method {}.{name}() needs an argument", ty.name),
            );
        }
    }
}
