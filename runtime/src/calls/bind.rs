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
    let shape = func.shape;
    let out = if params.is_empty() {
        &mut [][..]
    } else {
        unsafe { std::slice::from_raw_parts_mut(out, params.len()) }
    };
    // Not `fill` on an empty slice: glibc's AVX-512 memset of 0 bytes at
    // the dangling address of an empty slice takes a slow microcode assist,
    // which made every call of a parameterless function ten times slower.
    for slot in out.iter_mut() {
        *slot = 0;
    }
    let call = unsafe { Args::new(args, nargs, kwnames) };
    let name = || unsafe { str_::lossy(func.name) };
    let fail = |message: String| {
        crate::error::raise_status(ts, &crate::types::exception::TYPE_ERROR, &message)
    };
    let n_pos = params.len() - shape.n_kwonly - shape.varargs as usize - shape.varkw as usize;
    let n_named = n_pos + shape.n_kwonly;

    // CPython's order: positional arguments, `*args`, keywords (with
    // `**kwargs`), then the count and missing checks.
    let given = call.positional.len();
    for (slot, value) in out[..n_pos].iter_mut().zip(call.positional) {
        *slot = *value;
    }
    if shape.varargs {
        let rest = if given > n_pos {
            &call.positional[n_pos..]
        } else {
            &[][..]
        };
        let packed = tuple::new(ts, rest);
        if packed == 0 {
            return -1;
        }
        out[n_named] = packed;
    }
    let kwdict = if shape.varkw {
        let kwdict = crate::types::dict::new(ts);
        if kwdict == 0 {
            return -1;
        }
        out[params.len() - 1] = kwdict;
        kwdict
    } else {
        0
    };
    for (keyword, value) in call.names.iter().zip(call.values) {
        let key = unsafe { str_::bytes(*keyword) };
        let found = (shape.n_posonly..n_named)
            .find(|idx| params[*idx] == *keyword || unsafe { str_::bytes(params[*idx]) } == key);
        let shown = String::from_utf8_lossy(key);
        match found {
            None if kwdict != 0 => {
                if unsafe { crate::types::dict::set(ts, kwdict, *keyword, *value) } < 0 {
                    return -1;
                }
            }
            None => {
                let posonly: Vec<String> = params[..shape.n_posonly]
                    .iter()
                    .filter(|param| {
                        let param = unsafe { str_::bytes(**param) };
                        call.names
                            .iter()
                            .any(|k| unsafe { str_::bytes(*k) } == param)
                    })
                    .map(|param| unsafe { str_::lossy(*param) })
                    .collect();
                if !posonly.is_empty() {
                    return fail(format!(
                        "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                        name(),
                        posonly.join(", ")
                    ));
                }
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

    if given > n_pos && !shape.varargs {
        let kwonly_given = out[n_pos..n_named].iter().filter(|w| **w != 0).count();
        return fail(too_many_positional(
            &name(),
            n_pos,
            defaults.len(),
            given,
            kwonly_given,
        ));
    }
    let required = n_pos.saturating_sub(defaults.len());
    // The names are only formatted on failure: building (and dropping) an
    // empty list on every call showed up in profiles.
    let missing_names = |range: std::ops::Range<usize>, out: &[Word]| -> Vec<String> {
        range
            .filter(|idx| out[*idx] == 0)
            .map(|idx| format!("'{}'", unsafe { str_::lossy(params[idx]) }))
            .collect()
    };
    if (given..required).any(|idx| out[idx] == 0) {
        let missing = missing_names(given..required, out);
        return fail(missing_message(&name(), "positional", &missing));
    }
    for (slot, default) in out[required..n_pos].iter_mut().zip(defaults) {
        if *slot == 0 {
            *slot = *default;
        }
    }
    let mut any_missing = false;
    for idx in n_pos..n_named {
        if out[idx] != 0 {
            continue;
        }
        let default = if func.kwdefaults == 0 {
            None
        } else {
            match unsafe { crate::types::dict::get(ts, func.kwdefaults, params[idx]) } {
                Err(()) => return -1,
                Ok(found) => found,
            }
        };
        match default {
            Some(value) => out[idx] = value,
            None => any_missing = true,
        }
    }
    if any_missing {
        let missing = missing_names(n_pos..n_named, out);
        return fail(missing_message(&name(), "keyword-only", &missing));
    }
    0
}

/// Record the parameter kinds of a function whose parameters are not all
/// positional-or-keyword (`packed` as `Shape::unpack` reads it).
///
/// # Safety
/// `func` is a function object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_function_set_shape(_ts: *mut Thread, func: Word, shape: i64) {
    unsafe { cast::<FunctionObject>(func) }.shape = crate::types::function::Shape::unpack(shape);
}

fn missing_message(name: &str, kind: &str, missing: &[String]) -> String {
    let plural = if missing.len() == 1 { "" } else { "s" };
    format!(
        "{name}() missing {} required {kind} argument{plural}: {}",
        missing.len(),
        name_list(missing)
    )
}

fn too_many_positional(
    name: &str,
    count: usize,
    defaults: usize,
    given: usize,
    kwonly_given: usize,
) -> String {
    let (signature, plural) = if defaults > 0 {
        (
            format!("from {} to {count}", count - defaults.min(count)),
            "s",
        )
    } else {
        (count.to_string(), if count == 1 { "" } else { "s" })
    };
    let kwonly = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {kwonly_given} keyword-only argument{})",
            if given == 1 { "" } else { "s" },
            if kwonly_given == 1 { "" } else { "s" }
        )
    } else {
        String::new()
    };
    let verb = if given == 1 && kwonly_given == 0 {
        "was"
    } else {
        "were"
    };
    format!(
        "{name}() takes {signature} positional argument{plural} but {given}{kwonly} {verb} given"
    )
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
