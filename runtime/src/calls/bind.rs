//! Function objects and argument binding for their generic entries.
//!
//! A compiled function that escapes as a value gets a generic entry taking
//! boxed arguments; it calls `ty_bind_args` to lay them out by parameter,
//! checking them in CPython's order so the first error reported is the one
//! CPython reports: unknown or repeated keywords, then too many positional
//! arguments, then missing ones.

use crate::calls::args::Args;
use crate::object::{Word, cast, is_exact};
use crate::thread::Thread;
use crate::types::function::{FunctionObject, GenericEntry, new_function};
use crate::types::{str as str_, tuple};

/// A new function object: `entry` is its generic entry, `params` a tuple of
/// parameter names, `defaults` the values of the last `len(defaults)`.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_function_new(
    ts: *mut Thread,
    entry: *const u8,
    name: Word,
    params: Word,
    defaults: Word,
) -> Word {
    if !is_exact(name, &str_::STR_TYPE) || !is_exact(params, &tuple::TUPLE_TYPE) {
        return crate::error::system_error(ts, "ty_function_new: bad name or parameters");
    }
    let defaults = if defaults == 0 {
        tuple::new(ts, &[])
    } else {
        defaults
    };
    if defaults == 0 || !is_exact(defaults, &tuple::TUPLE_TYPE) {
        return crate::error::system_error(ts, "ty_function_new: bad defaults");
    }
    // SAFETY: generated code passes the address of a function with the
    // `GenericEntry` signature (or null).
    let entry = if entry.is_null() {
        None
    } else {
        Some(unsafe { std::mem::transmute::<*const u8, GenericEntry>(entry) })
    };
    new_function(ts, entry, name, params, defaults)
}

/// A new function object for a closure: as `ty_function_new`, plus
/// `closure`, the tuple of cells its free variables live in.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_closure_new(
    ts: *mut Thread,
    entry: *const u8,
    name: Word,
    params: Word,
    defaults: Word,
    closure: Word,
) -> Word {
    if !is_exact(closure, &tuple::TUPLE_TYPE) {
        return crate::error::system_error(ts, "ty_closure_new: bad closure");
    }
    let func = unsafe { ty_function_new(ts, entry, name, params, defaults) };
    if func != 0 {
        unsafe { cast::<FunctionObject>(func) }.closure = closure;
    }
    func
}

/// Copy the cells of `func`'s closure to `out` (the generic entry of a
/// closure passes them to its code before the arguments).
///
/// # Safety
/// `func` is a function object and `out` has room for its cells.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_function_cells(_ts: *mut Thread, func: Word, out: *mut Word) {
    let closure = unsafe { cast::<FunctionObject>(func) }.closure;
    if closure != 0 {
        let cells = unsafe { tuple::items(closure) };
        unsafe { std::ptr::copy_nonoverlapping(cells.as_ptr(), out, cells.len()) };
    }
}

/// Fill `out[..len(params)]` from the call's arguments and the defaults;
/// 0 on success, -1 with `TypeError` pending.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_bind_args(
    ts: *mut Thread,
    func: Word,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
    out: *mut Word,
) -> i32 {
    let func = unsafe { cast::<FunctionObject>(func) };
    let params = unsafe { tuple::items(func.params) };
    let defaults = unsafe { tuple::items(func.defaults) };
    let out = if params.is_empty() {
        &mut [][..]
    } else {
        unsafe { std::slice::from_raw_parts_mut(out, params.len()) }
    };
    out.fill(0);
    let call = unsafe { Args::new(args, nargs, kwnames) };
    let name = || unsafe { str_::lossy(func.name) };
    let fail = |message: String| {
        crate::error::raise_status(ts, &crate::types::exception::TYPE_ERROR, &message)
    };

    for (slot, value) in out.iter_mut().zip(call.positional) {
        *slot = *value;
    }
    for (keyword, value) in call.names.iter().zip(call.values) {
        let key = unsafe { str_::bytes(*keyword) };
        let found = params
            .iter()
            .position(|param| *param == *keyword || unsafe { str_::bytes(*param) } == key);
        let shown = String::from_utf8_lossy(key);
        match found {
            None => {
                return fail(format!(
                    "{}() got an unexpected keyword argument '{shown}'",
                    name()
                ));
            }
            Some(idx) if out[idx] != 0 => {
                return fail(format!(
                    "{}() got multiple values for argument '{shown}'",
                    name()
                ));
            }
            Some(idx) => out[idx] = *value,
        }
    }

    let given = call.positional.len();
    if given > params.len() {
        return fail(too_many_positional(
            &name(),
            params.len(),
            defaults.len(),
            given,
        ));
    }
    let required = params.len().saturating_sub(defaults.len());
    let missing: Vec<String> = (given..required)
        .filter(|idx| out[*idx] == 0)
        .map(|idx| format!("'{}'", unsafe { str_::lossy(params[idx]) }))
        .collect();
    if !missing.is_empty() {
        let plural = if missing.len() == 1 { "" } else { "s" };
        let message = format!(
            "{}() missing {} required positional argument{plural}: {}",
            name(),
            missing.len(),
            name_list(&missing)
        );
        return fail(message);
    }
    for (slot, default) in out[required..].iter_mut().zip(defaults) {
        if *slot == 0 {
            *slot = *default;
        }
    }
    0
}

fn too_many_positional(name: &str, count: usize, defaults: usize, given: usize) -> String {
    let (signature, plural) = if defaults > 0 {
        (
            format!("from {} to {count}", count - defaults.min(count)),
            "s",
        )
    } else {
        (count.to_string(), if count == 1 { "" } else { "s" })
    };
    let verb = if given == 1 { "was" } else { "were" };
    format!("{name}() takes {signature} positional argument{plural} but {given} {verb} given")
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[String]) -> String {
    match names {
        [only] => only.clone(),
        [first, second] => format!("{first} and {second}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
        [] => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::small;

    /// Bind `positional` ints and `keywords` (name, int) to a function with
    /// `params` and int `defaults`; the bound values, or the error message.
    fn bind(
        params: &[&str],
        defaults: &[i64],
        positional: &[i64],
        keywords: &[(&str, i64)],
    ) -> String {
        let ts = crate::calls::test_thread();
        let int = |v: i64| small(v).unwrap_or(0);
        let params: Vec<Word> = params.iter().map(|p| str_::new(ts, p)).collect();
        let defaults: Vec<Word> = defaults.iter().map(|v| int(*v)).collect();
        let func = unsafe {
            ty_function_new(
                ts,
                std::ptr::null(),
                str_::new(ts, "f"),
                tuple::new(ts, &params),
                tuple::new(ts, &defaults),
            )
        };
        let mut args: Vec<Word> = positional.iter().map(|v| int(*v)).collect();
        args.extend(keywords.iter().map(|(_, v)| int(*v)));
        let names: Vec<Word> = keywords.iter().map(|(k, _)| str_::new(ts, k)).collect();
        let kwnames = if names.is_empty() {
            0
        } else {
            tuple::new(ts, &names)
        };
        let mut out = vec![0; params.len()];
        let status = unsafe {
            ty_bind_args(
                ts,
                func,
                args.as_ptr(),
                args.len() as i64,
                kwnames,
                out.as_mut_ptr(),
            )
        };
        if status == 0 {
            let shown: Vec<String> = out
                .iter()
                .map(|w| crate::object::small_value(*w).to_string())
                .collect();
            shown.join(" ")
        } else {
            let exc = unsafe { (*ts).exc };
            let arg = unsafe { crate::types::exception::args_of(exc) }[0];
            unsafe { str_::lossy(arg) }
        }
    }

    #[test]
    fn binds_positional_keyword_and_defaults() {
        assert_eq!(bind(&["a", "b", "c"], &[30], &[1], &[("b", 2)]), "1 2 30");
        assert_eq!(bind(&["a", "b"], &[], &[], &[("b", 2), ("a", 1)]), "1 2");
        assert_eq!(bind(&[], &[], &[], &[]), "");
    }

    #[test]
    fn too_many_positional_arguments() {
        assert_eq!(
            bind(&["a", "b"], &[], &[1, 2, 3], &[]),
            "f() takes 2 positional arguments but 3 were given"
        );
        assert_eq!(
            bind(&["a", "b"], &[5], &[1, 2, 3], &[]),
            "f() takes from 1 to 2 positional arguments but 3 were given"
        );
        assert_eq!(
            bind(&["a"], &[], &[1, 2], &[]),
            "f() takes 1 positional argument but 2 were given"
        );
        assert_eq!(
            bind(&[], &[], &[1], &[]),
            "f() takes 0 positional arguments but 1 was given"
        );
    }

    #[test]
    fn missing_arguments() {
        assert_eq!(
            bind(&["a", "b"], &[], &[1], &[]),
            "f() missing 1 required positional argument: 'b'"
        );
        assert_eq!(
            bind(&["a", "b"], &[], &[], &[]),
            "f() missing 2 required positional arguments: 'a' and 'b'"
        );
        assert_eq!(
            bind(&["a", "b", "c", "d"], &[4], &[], &[("b", 1)]),
            "f() missing 2 required positional arguments: 'a' and 'c'"
        );
        assert_eq!(
            bind(&["a", "b", "c"], &[], &[], &[]),
            "f() missing 3 required positional arguments: 'a', 'b', and 'c'"
        );
    }

    #[test]
    fn keyword_errors() {
        assert_eq!(
            bind(&["a"], &[], &[], &[("z", 1)]),
            "f() got an unexpected keyword argument 'z'"
        );
        assert_eq!(
            bind(&["a"], &[], &[1], &[("a", 2)]),
            "f() got multiple values for argument 'a'"
        );
        assert_eq!(
            bind(&["a"], &[], &[1, 2], &[("a", 2)]),
            "f() got multiple values for argument 'a'"
        );
    }
}
