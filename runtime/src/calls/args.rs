//! Argument handling for native functions (`NativeFn`): splitting the
//! argument array into positional and keyword parts, and CPython's wording
//! for the usual argument errors. Any runtime file may use these.

use crate::object::{Word, is_instance, is_small, small_value, type_of};
use crate::thread::Thread;
use crate::types::{bool as bool_, int, list, str as str_, tuple};

/// The `nargs` words at `args` (empty when `nargs` is 0, whatever `args` is).
///
/// # Safety
/// `args` must point at `nargs` valid words when `nargs > 0`.
#[inline]
pub unsafe fn slice<'a>(args: *const Word, nargs: i64) -> &'a [Word] {
    if nargs <= 0 || args.is_null() {
        &[]
    } else {
        unsafe { std::slice::from_raw_parts(args, nargs as usize) }
    }
}

/// The names in a `kwnames` word (0 or a tuple of str).
///
/// # Safety
/// `kwnames` must be 0 or a tuple.
#[inline]
pub unsafe fn names<'a>(kwnames: Word) -> &'a [Word] {
    if kwnames == 0 {
        &[]
    } else {
        unsafe { tuple::items(kwnames) }
    }
}

/// A native call's arguments, split.
pub struct Args<'a> {
    pub positional: &'a [Word],
    /// Keyword names (str words), parallel to `values`.
    pub names: &'a [Word],
    pub values: &'a [Word],
}

impl<'a> Args<'a> {
    /// # Safety
    /// The arguments must follow the `NativeFn` convention.
    pub unsafe fn new(args: *const Word, nargs: i64, kwnames: Word) -> Args<'a> {
        let all = unsafe { slice(args, nargs) };
        let names = unsafe { names(kwnames) };
        let split = all.len().saturating_sub(names.len());
        Args {
            positional: &all[..split],
            names,
            values: &all[split..],
        }
    }

    /// Raise "f() takes no keyword arguments" when there are some.
    pub fn no_keywords(&self, ts: *mut Thread, func: &str) -> bool {
        if self.names.is_empty() {
            return true;
        }
        crate::error::type_error(ts, &format!("{func}() takes no keyword arguments"));
        false
    }

    /// Check the positional count against `min..=max` with CPython's
    /// "f expected at least 1 argument, got 0" wording.
    pub fn count(&self, ts: *mut Thread, func: &str, min: usize, max: usize) -> bool {
        let got = self.positional.len();
        if (min..=max).contains(&got) {
            return true;
        }
        let (qualifier, expected) = if min == max {
            ("", min)
        } else if got < min {
            ("at least ", min)
        } else {
            ("at most ", max)
        };
        let plural = if expected == 1 { "" } else { "s" };
        crate::error::type_error(
            ts,
            &format!("{func} expected {qualifier}{expected} argument{plural}, got {got}"),
        );
        false
    }

    /// The keyword arguments named in `allowed`, in that order; any other
    /// name raises "'x' is an invalid keyword argument for f()".
    pub fn keywords<const N: usize>(
        &self,
        ts: *mut Thread,
        func: &str,
        allowed: [&str; N],
    ) -> Option<[Option<Word>; N]> {
        let mut found = [None; N];
        for (name, value) in self.names.iter().zip(self.values) {
            let key = unsafe { str_::bytes(*name) };
            match allowed
                .iter()
                .position(|candidate| candidate.as_bytes() == key)
            {
                Some(idx) => found[idx] = Some(*value),
                None => {
                    let shown = String::from_utf8_lossy(key);
                    crate::error::type_error(
                        ts,
                        &format!("'{shown}' is an invalid keyword argument for {func}()"),
                    );
                    return None;
                }
            }
        }
        Some(found)
    }
}

/// The `COUNT` positional arguments of `func`, which takes no keywords
/// (the native halves of standard-library modules, called only by their
/// Python halves, check their arguments this way).
///
/// # Safety
/// The arguments must follow the `NativeFn` convention.
pub unsafe fn positional<const COUNT: usize>(
    ts: *mut Thread,
    func: &str,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<[Word; COUNT]> {
    let call = unsafe { Args::new(args, nargs, kwnames) };
    if !call.no_keywords(ts, func) || !call.count(ts, func, COUNT, COUNT) {
        return None;
    }
    call.positional.try_into().ok()
}

/// The single argument of a one-argument builtin, with CPython's errors
/// ("len() takes exactly one argument (2 given)").
///
/// # Safety
/// The arguments must follow the `NativeFn` convention.
pub unsafe fn exactly_one(
    ts: *mut Thread,
    func: &str,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<Word> {
    let parsed = unsafe { Args::new(args, nargs, kwnames) };
    if !parsed.no_keywords(ts, func) {
        return None;
    }
    match parsed.positional {
        [arg] => Some(*arg),
        other => {
            crate::error::type_error(
                ts,
                &format!(
                    "{func}() takes exactly one argument ({} given)",
                    other.len()
                ),
            );
            None
        }
    }
}

/// Raise "f() takes no arguments (1 given)" unless there are none.
///
/// # Safety
/// The arguments must follow the `NativeFn` convention.
pub unsafe fn none_given(
    ts: *mut Thread,
    func: &str,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> bool {
    let parsed = unsafe { Args::new(args, nargs, kwnames) };
    if !parsed.no_keywords(ts, func) {
        return false;
    }
    if parsed.positional.is_empty() {
        return true;
    }
    let given = parsed.positional.len();
    crate::error::type_error(ts, &format!("{func}() takes no arguments ({given} given)"));
    false
}

/// Every item of an iterable, in order; `None` with an exception pending.
///
/// # Safety
/// `iterable` must be a valid word.
pub unsafe fn collect(ts: *mut Thread, iterable: Word) -> Option<Vec<Word>> {
    if crate::object::is_exact(iterable, &tuple::TUPLE_TYPE) {
        return Some(unsafe { tuple::items(iterable) }.to_vec());
    }
    if crate::object::is_exact(iterable, &list::LIST_TYPE) {
        return Some(unsafe { list::items(ts, iterable) }.to_vec());
    }
    // `sorted(d.items())`, `list(d.keys())`: the dict's entries directly.
    if crate::types::dict::is_exact_view(iterable) {
        return unsafe { crate::types::dict::view_snapshot(ts, iterable) };
    }
    let iter = unsafe { crate::entry::ty_iter(ts, iterable) };
    if iter == 0 {
        return None;
    }
    let mut items = Vec::new();
    if !unsafe { reserve_hint(ts, &mut items, iterable) } {
        return None;
    }
    loop {
        match unsafe { crate::entry::ty_iter_next(ts, iter) } {
            0 => return None,
            typhon_abi::ITER_DONE => return Some(items),
            item => {
                // A huge iterable must raise MemoryError, not abort.
                if items.try_reserve(1).is_err() {
                    crate::error::memory_error(ts);
                    return None;
                }
                items.push(item);
            }
        }
    }
}

/// Make room for the items an iterable says it has, as CPython's
/// `PyObject_LengthHint` does before building a list: a sized iterable too
/// big for memory raises `MemoryError` (or its `len()` error, such as the
/// `OverflowError` of a huge range) at once instead of filling memory
/// first. False with the exception pending.
///
/// # Safety
/// `iterable` must be a valid word.
pub unsafe fn reserve_hint(ts: *mut Thread, items: &mut Vec<Word>, iterable: Word) -> bool {
    let Ok(n) = (unsafe { length_hint(ts, iterable) }) else {
        return false;
    };
    if items.try_reserve(n).is_err() {
        crate::error::memory_error(ts);
        return false;
    }
    true
}

/// How many items `iterable` says it has (0 when it has no `len`, or its
/// `len` raises `TypeError`); `Err` with another exception pending.
///
/// # Safety
/// `iterable` must be a valid word.
pub unsafe fn length_hint(ts: *mut Thread, iterable: Word) -> Result<usize, ()> {
    let Some(len) = type_of(iterable).slots.len else {
        return Ok(0);
    };
    let n = unsafe { len(ts, iterable) };
    if n < 0 {
        let exc = unsafe { (*ts).exc };
        if exc != 0 && is_instance(exc, &crate::types::exception::TYPE_ERROR) {
            unsafe { (*ts).exc = 0 };
            return Ok(0);
        }
        return Err(());
    }
    Ok(n as usize)
}

/// An int argument that must fit a C `int` (`chr`, `sys.setrecursionlimit`),
/// with CPython's errors: "'str' object cannot be interpreted as an integer",
/// "Python int too large to convert to C int".
pub fn c_int(ts: *mut Thread, w: Word) -> Option<i32> {
    let value = if is_small(w) {
        Some(small_value(w))
    } else if is_instance(w, &bool_::BOOL_TYPE) {
        Some(unsafe { crate::object::cast::<bool_::BoolObject>(w).value } as i64)
    } else if is_instance(w, &int::INT_TYPE) {
        // A big int, or an int subclass's instance (an `IntEnum` member).
        int::view(w).and_then(|v| v.to_i64())
    } else {
        let message = format!(
            "'{}' object cannot be interpreted as an integer",
            type_of(w).name
        );
        crate::error::type_error(ts, &message);
        return None;
    };
    match value.and_then(|v| i32::try_from(v).ok()) {
        Some(v) => Some(v),
        None => {
            crate::error::overflow_error(ts, "Python int too large to convert to C int");
            None
        }
    }
}
