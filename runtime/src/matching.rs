//! Class patterns of `match` statements (CPython's `MATCH_CLASS`).
//!
//! `case Point(0, y=yy)` asks: is the subject an instance of `Point`, and
//! does it have the attributes the sub-patterns name? Positional
//! sub-patterns name attributes through `cls.__match_args__`, except for
//! the built-in types that match the subject itself with one positional
//! sub-pattern (`case int(n)` binds the int). A missing attribute is a
//! failed match; a malformed pattern is a `TypeError` with CPython's text.

use crate::object::{Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::{
    bool as bool_, bytes, dict, exception, float, int, list, none, set, str as str_, tuple, type_,
};

/// The types whose single positional sub-pattern matches the subject
/// itself (CPython's `_Py_TPFLAGS_MATCH_SELF`).
fn matches_self(cls: &crate::object::TypeObject) -> bool {
    let builtins: [&crate::object::TypeObject; 10] = [
        &bool_::BOOL_TYPE,
        &bytes::BYTES_TYPE,
        &dict::DICT_TYPE,
        &float::FLOAT_TYPE,
        &set::FROZENSET_TYPE,
        &int::INT_TYPE,
        &list::LIST_TYPE,
        &set::SET_TYPE,
        &str_::STR_TYPE,
        &tuple::TUPLE_TYPE,
    ];
    builtins.iter().any(|builtin| std::ptr::eq(*builtin, cls))
}

/// `subject` against `cls(<n_positional sub-patterns>, **kwnames)`: the
/// attribute values as a tuple, `None` when the pattern fails, 0 on error.
///
/// # Safety
/// `kwnames` is 0 or a tuple of strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_match_class(
    ts: *mut Thread,
    subject: Word,
    cls: Word,
    n_positional: i64,
    kwnames: Word,
) -> Word {
    if !is_instance(cls, &type_::TYPE_TYPE) {
        return crate::error::type_error(ts, "called match pattern must be a type");
    }
    let class = unsafe { type_::as_type(cls) };
    if !type_of(subject).is_subtype(class) {
        return none::none();
    }
    let n_positional = n_positional as usize;
    let mut values = Vec::new();
    let mut seen: Vec<Word> = Vec::new();
    if n_positional > 0 {
        let match_args = optional_attr(ts, cls, "__match_args__");
        let Some(match_args) = match_args else {
            return 0;
        };
        let (allowed, names) = match match_args {
            0 if matches_self(class) => (1, None),
            0 => (0, None),
            args if is_instance(args, &tuple::TUPLE_TYPE) => {
                let items = unsafe { tuple::items(args) };
                (items.len(), Some(items))
            }
            args => {
                let message = format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    class.name,
                    type_of(args).name
                );
                return crate::error::type_error(ts, &message);
            }
        };
        if allowed < n_positional {
            let plural = if allowed == 1 { "" } else { "s" };
            let message = format!(
                "{}() accepts {allowed} positional sub-pattern{plural} ({n_positional} given)",
                class.name
            );
            return crate::error::type_error(ts, &message);
        }
        match names {
            None => values.push(subject),
            Some(names) => {
                for &name in &names[..n_positional] {
                    if !is_instance(name, &str_::STR_TYPE) {
                        let message = format!(
                            "__match_args__ elements must be strings (got {})",
                            type_of(name).name
                        );
                        return crate::error::type_error(ts, &message);
                    }
                    match unsafe { class_attr(ts, subject, class.name, name, &mut seen) } {
                        Some(0) => return none::none(),
                        Some(value) => values.push(value),
                        None => return 0,
                    }
                }
            }
        }
    }
    if kwnames != 0 {
        for &name in unsafe { tuple::items(kwnames) } {
            match unsafe { class_attr(ts, subject, class.name, name, &mut seen) } {
                Some(0) => return none::none(),
                Some(value) => values.push(value),
                None => return 0,
            }
        }
    }
    tuple::new(ts, &values)
}

/// `getattr(obj, name)` with `AttributeError` as `Some(0)`; `None` on any
/// other error.
fn optional_attr(ts: *mut Thread, obj: Word, name: &str) -> Option<Word> {
    let name = str_::new(ts, name);
    if name == 0 {
        return None;
    }
    optional_attr_word(ts, obj, name)
}

fn optional_attr_word(ts: *mut Thread, obj: Word, name: Word) -> Option<Word> {
    let value = unsafe { crate::entry::ty_getattr(ts, obj, name) };
    if value != 0 {
        return Some(value);
    }
    let pending = unsafe { (*ts).exc };
    if pending != 0 && is_instance(pending, &exception::ATTRIBUTE_ERROR) {
        unsafe { (*ts).exc = 0 };
        return Some(0);
    }
    None
}

/// One attribute of the subject for a sub-pattern, refusing an attribute
/// named twice: `Some(0)` when it is missing, `None` on error.
unsafe fn class_attr(
    ts: *mut Thread,
    subject: Word,
    class_name: &str,
    name: Word,
    seen: &mut Vec<Word>,
) -> Option<Word> {
    if seen.iter().any(|&other| unsafe { str_::eq(other, name) }) {
        let shown = unsafe { crate::entry::ty_repr(ts, name) };
        if shown == 0 {
            return None;
        }
        let message = format!(
            "{class_name}() got multiple sub-patterns for attribute {}",
            unsafe { str_::lossy(shown) }
        );
        crate::error::type_error(ts, &message);
        return None;
    }
    seen.push(name);
    optional_attr_word(ts, subject, name)
}
