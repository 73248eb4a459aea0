//! Star arguments and star unpacking: `f(*seq, **mapping)`, `[*a, *b]`,
//! `{**a, 'k': 1}`, `a, *rest = it`, and the `add` of set comprehensions.
//!
//! Generated code gathers the positional arguments of a call with a star
//! into a list (`ty_list_extend`) and its keywords into a dict
//! (`ty_dict_merge`), then calls `ty_call_ex`; the error messages name the
//! callee as CPython 3.11 does (`__main__.f() argument after ** must be a
//! mapping, not int`).

use crate::object::{Word, cast, is_instance, type_of};
use crate::thread::Thread;
use crate::types::function::{BuiltinFunctionObject, FunctionObject};
use crate::types::{dict, list, set, str as str_, tuple};

/// `set.add(item)` for set comprehensions and displays: 0, or -1.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_set_add(ts: *mut Thread, set: Word, item: Word) -> i32 {
    unsafe { set::add(ts, set, item) }
}

/// `list.extend(iterable)` for `[*a]` and `f(*a)`; `callee` (0 in a
/// display) names the function in the error for a non-iterable.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_list_extend(
    ts: *mut Thread,
    list: Word,
    iterable: Word,
    callee: Word,
) -> i32 {
    if !crate::items::is_iterable(iterable) {
        let kind = type_of(iterable).name;
        let message = if callee == 0 {
            format!("Value after * must be an iterable, not {kind}")
        } else {
            format!(
                "{} argument after * must be an iterable, not {kind}",
                function_str(callee)
            )
        };
        crate::error::type_error(ts, &message);
        return -1;
    }
    unsafe { list::extend(ts, list, iterable) }
}

/// Add the items of `mapping` to `dict`: `{**mapping}` when `callee` is 0
/// (later keys win), `f(**mapping)` otherwise (keys must be strings and
/// may not repeat).
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_dict_merge(
    ts: *mut Thread,
    dict: Word,
    mapping: Word,
    callee: Word,
) -> i32 {
    let Some(source) = (unsafe { mapping_dict(ts, mapping, callee) }) else {
        return -1;
    };
    let mut pos = 0;
    while let Some(entry) = unsafe { dict::next_entry(source, &mut pos) } {
        let (key, value) = (entry.key, entry.value);
        if callee != 0 {
            if !is_instance(key, &str_::STR_TYPE) {
                crate::error::type_error(ts, "keywords must be strings");
                return -1;
            }
            match unsafe { dict::get(ts, dict, key) } {
                Err(()) => return -1,
                Ok(Some(_)) => {
                    let message = format!(
                        "{} got multiple values for keyword argument '{}'",
                        function_str(callee),
                        unsafe { str_::lossy(key) }
                    );
                    crate::error::type_error(ts, &message);
                    return -1;
                }
                Ok(None) => {}
            }
        }
        if unsafe { dict::set(ts, dict, key, value) } < 0 {
            return -1;
        }
    }
    0
}

/// `callee(*args, **kwargs)` with `args` a list or tuple and `kwargs` a
/// dict of str keys (or 0).
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_call_ex(
    ts: *mut Thread,
    callee: Word,
    args: Word,
    kwargs: Word,
) -> Word {
    let mut values: Vec<Word> = if is_instance(args, &list::LIST_TYPE) {
        unsafe { list::items(ts, args) }.to_vec()
    } else {
        unsafe { tuple::items(args) }.to_vec()
    };
    let mut names = Vec::new();
    if kwargs != 0 {
        let mut pos = 0;
        while let Some(entry) = unsafe { dict::next_entry(kwargs, &mut pos) } {
            names.push(entry.key);
            values.push(entry.value);
        }
    }
    let kwnames = if names.is_empty() {
        0
    } else {
        let kwnames = tuple::new(ts, &names);
        if kwnames == 0 {
            return 0;
        }
        kwnames
    };
    unsafe { super::ty_call(ts, callee, values.as_ptr(), values.len() as i64, kwnames) }
}

/// `a, *rest, z = obj`: fill `out` with `before` items, a list of the
/// middle, then `after` items.
///
/// # Safety
/// `ts` is the current thread and `out` has room for `before + 1 + after` words.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_unpack_ex(
    ts: *mut Thread,
    obj: Word,
    before: i64,
    after: i64,
    out: *mut Word,
) -> i32 {
    let (before, after) = (before.max(0) as usize, after.max(0) as usize);
    if !crate::items::is_iterable(obj) {
        let message = format!("cannot unpack non-iterable {} object", type_of(obj).name);
        crate::error::type_error(ts, &message);
        return -1;
    }
    let items = unsafe { list::from_iterable(ts, obj) };
    if items == 0 {
        return -1;
    }
    let values = unsafe { list::items(ts, items) };
    let got = values.len();
    if got < before + after {
        let message = format!(
            "not enough values to unpack (expected at least {}, got {got})",
            before + after
        );
        crate::error::value_error(ts, &message);
        return -1;
    }
    let middle = list::new(ts, values[before..got - after].to_vec());
    if middle == 0 {
        return -1;
    }
    let out = unsafe { std::slice::from_raw_parts_mut(out, before + 1 + after) };
    out[..before].copy_from_slice(&values[..before]);
    out[before] = middle;
    out[before + 1..].copy_from_slice(&values[got - after..]);
    0
}

/// A dict holding the items of a mapping: the dict itself, or a new dict
/// filled through `keys()` and `mapping[key]` for any other object with a
/// `keys` method (kept in a dict, not a Rust buffer, so the collector sees
/// the values while more are fetched).
unsafe fn mapping_dict(ts: *mut Thread, mapping: Word, callee: Word) -> Option<Word> {
    if is_instance(mapping, &dict::DICT_TYPE) {
        return Some(mapping);
    }
    let keys_name = str_::new(ts, "keys");
    let keys_method = if keys_name == 0 {
        0
    } else {
        unsafe { crate::entry::ty_getattr(ts, mapping, keys_name) }
    };
    if keys_method == 0 {
        let kind = type_of(mapping).name;
        let message = if callee == 0 {
            format!("'{kind}' object is not a mapping")
        } else {
            format!(
                "{} argument after ** must be a mapping, not {kind}",
                function_str(callee)
            )
        };
        crate::error::type_error(ts, &message);
        return None;
    }
    let keys = unsafe { super::ty_call(ts, keys_method, std::ptr::null(), 0, 0) };
    if keys == 0 {
        return None;
    }
    let keys = unsafe { list::from_iterable(ts, keys) };
    let res = dict::new(ts);
    if keys == 0 || res == 0 {
        return None;
    }
    let mut idx = 0;
    while let Some(&key) = unsafe { list::items(ts, keys) }.get(idx) {
        let value = unsafe { crate::entry::ty_getitem(ts, mapping, key) };
        if value == 0 || unsafe { dict::set(ts, res, key, value) } < 0 {
            return None;
        }
        idx += 1;
    }
    Some(res)
}

/// How CPython names a callee in call errors: `__main__.f()` for a Python
/// function, `print()` for a builtin, `'T' object` otherwise.
fn function_str(callee: Word) -> String {
    let ty = type_of(callee);
    if std::ptr::eq(ty, &crate::types::function::FUNCTION_TYPE) {
        let func = unsafe { cast::<FunctionObject>(callee) };
        let qualname = unsafe { str_::lossy(func.name) };
        let module = func
            .attrs
            .iter()
            .find(|(name, _)| unsafe { str_::bytes(*name) } == b"__module__")
            .filter(|(_, value)| is_instance(*value, &str_::STR_TYPE))
            .map(|(_, value)| unsafe { str_::lossy(*value) });
        return match module {
            Some(module) if module != "builtins" => format!("{module}.{qualname}()"),
            _ => format!("{qualname}()"),
        };
    }
    if std::ptr::eq(ty, &crate::types::function::BUILTIN_FUNCTION_TYPE) {
        let func = unsafe { cast::<BuiltinFunctionObject>(callee) };
        // Class keywords go through the class-building helper, which
        // CPython calls `__build_class__`.
        let name = if func.name == "$build_class" {
            "__build_class__"
        } else {
            func.name
        };
        return format!("{name}()");
    }
    format!("'{}' object", ty.name)
}
