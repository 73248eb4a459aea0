//! Metaclasses and class keywords.
//!
//! `$prepare_class(name, bases, **keywords)` is what CPython's
//! `__build_class__` does before the class body runs: the metaclass is
//! `metaclass=` or the most derived type of the bases (a conflict is a
//! `TypeError`), and its `__prepare__`, when it has one, makes the
//! namespace. `$build_class` then calls a metaclass other than `type` with
//! `(name, bases, namespace, **keywords)`; a metaclass deriving from
//! `type` reaches `type.__new__` (`type_new`), which makes a class whose
//! type is the metaclass, so the metaclass's special methods (`__iter__`,
//! `__len__`, `__getitem__`, `__repr__`, `__call__`, ...) apply to the
//! class through the ordinary slots. `type.__init__` and `type.__call__`
//! are reachable through `super()` (`type_method`).

use super::{is_heap, lookup_from, mro_of};
use crate::calls::args::Args;
use crate::error::type_error;
use crate::object::{NativeFn, TypeObject, Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::{dict, str as str_, tuple, type_};

/// Class keywords: names (str words) parallel to values.
#[derive(Clone, Copy)]
pub struct Keywords<'a> {
    pub names: &'a [Word],
    pub values: &'a [Word],
}

impl Keywords<'_> {
    /// The names as a tuple, for a call's `kwnames`; 0 on failure.
    pub fn kwnames(&self, ts: *mut Thread) -> Word {
        tuple::new(ts, self.names)
    }

    /// `callee(*positional, **self)`.
    ///
    /// # Safety
    /// `kwnames` is `self.kwnames()`.
    pub unsafe fn call(
        &self,
        ts: *mut Thread,
        callee: Word,
        positional: &[Word],
        kwnames: Word,
    ) -> Word {
        let mut args = positional.to_vec();
        args.extend_from_slice(self.values);
        let kwnames = if self.names.is_empty() { 0 } else { kwnames };
        unsafe { crate::calls::ty_call(ts, callee, args.as_ptr(), args.len() as i64, kwnames) }
    }
}

/// `$prepare_class(name, bases, **keywords)`: `(metaclass, namespace,
/// resolved bases)`, the bases after `__mro_entries__` (PEP 560).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn prepare_class(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    let [name, original] = call.positional else {
        return crate::error::system_error(ts, "bad $prepare_class call");
    };
    let Some(resolved) = (unsafe { super::make::resolve_mro_entries(ts, *original) }) else {
        return 0;
    };
    let bases = &resolved;
    let (mut names, mut values) = (Vec::new(), Vec::new());
    let mut explicit = 0;
    for (key, value) in call.names.iter().zip(call.values) {
        if unsafe { str_::bytes(*key) } == b"metaclass" {
            explicit = *value;
        } else {
            names.push(*key);
            values.push(*value);
        }
    }
    let base_items = unsafe { tuple::items(*bases) };
    let (meta, is_class) = if explicit != 0 {
        (explicit, is_instance(explicit, &type_::TYPE_TYPE))
    } else {
        let first = base_items
            .first()
            .map_or(type_::TYPE_TYPE.as_word(), |base| {
                type_of(*base) as *const TypeObject as Word
            });
        (first, true)
    };
    let meta = if is_class {
        match calculate_metaclass(ts, meta as *const TypeObject, base_items) {
            Some(winner) => winner as Word,
            None => return 0,
        }
    } else {
        meta
    };
    let keywords = Keywords {
        names: &names,
        values: &values,
    };
    let namespace = match unsafe { prepare_namespace(ts, meta, is_class, *name, *bases, keywords) }
    {
        Some(namespace) => namespace,
        None => return 0,
    };
    tuple::new(ts, &[meta, namespace, resolved])
}

/// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta` and
/// the types of `bases`.
fn calculate_metaclass(
    ts: *mut Thread,
    meta: *const TypeObject,
    bases: &[Word],
) -> Option<*const TypeObject> {
    let mut winner = meta;
    for base in bases {
        let candidate: *const TypeObject = type_of(*base);
        if unsafe { &*winner }.is_subtype(candidate) {
            continue;
        }
        if unsafe { &*candidate }.is_subtype(winner) {
            winner = candidate;
            continue;
        }
        type_error(
            ts,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        );
        return None;
    }
    Some(winner)
}

/// The namespace the class body fills: `meta.__prepare__(name, bases,
/// **keywords)` when the metaclass has one, else a new dict.
unsafe fn prepare_namespace(
    ts: *mut Thread,
    meta: Word,
    is_class: bool,
    name: Word,
    bases: Word,
    keywords: Keywords,
) -> Option<Word> {
    let prepare = if is_class {
        let ty = meta as *const TypeObject;
        if !is_heap(ty) {
            None
        } else {
            match lookup_from(&mro_of(ty), 0, b"__prepare__") {
                Some((value, _)) => {
                    let bound = unsafe { super::descr::get_from_class(ts, value, meta) };
                    if bound == 0 {
                        return None;
                    }
                    Some(bound)
                }
                None => None,
            }
        }
    } else {
        let key = str_::new(ts, "__prepare__");
        if key == 0 {
            return None;
        }
        let found = unsafe { crate::entry::ty_getattr(ts, meta, key) };
        if found == 0 {
            unsafe { (*ts).exc = 0 };
            None
        } else {
            Some(found)
        }
    };
    let Some(prepare) = prepare else {
        let namespace = dict::new(ts);
        return (namespace != 0).then_some(namespace);
    };
    let kwnames = keywords.kwnames(ts);
    if kwnames == 0 {
        return None;
    }
    let namespace = unsafe { keywords.call(ts, prepare, &[name, bases], kwnames) };
    if namespace == 0 {
        return None;
    }
    let ty = type_of(namespace);
    if ty.slots.getitem.is_none() || ty.slots.setitem.is_none() {
        let owner = if is_class {
            unsafe { &*(meta as *const TypeObject) }.name
        } else {
            "<metaclass>"
        };
        let message = format!(
            "{owner}.__prepare__() must return a mapping, not {}",
            ty.name
        );
        type_error(ts, &message);
        return None;
    }
    Some(namespace)
}

/// A class statement whose metaclass is not `type`: `meta(name, bases,
/// namespace, **keywords)`, with `__qualname__` in the namespace as the
/// body would have set it.
///
/// # Safety
/// The words are valid; `bases` is a tuple.
pub unsafe fn call_metaclass(
    ts: *mut Thread,
    meta: Word,
    [name, qualname, bases, namespace]: [Word; 4],
    keywords: Keywords,
) -> Word {
    let key = str_::new(ts, "__qualname__");
    if key == 0 || unsafe { crate::entry::ty_setitem(ts, namespace, key, qualname) } < 0 {
        return 0;
    }
    let kwnames = keywords.kwnames(ts);
    if kwnames == 0 {
        return 0;
    }
    unsafe { keywords.call(ts, meta, &[name, bases, namespace], kwnames) }
}

/// `type.__new__(mcs, name, bases, namespace, **keywords)` for `mcs`, a
/// user class deriving from `type`: the namespace is copied, its
/// `__qualname__` taken out.
///
/// # Safety
/// The arguments follow the `NativeFn` convention (without `mcs`).
pub unsafe fn type_new(
    ts: *mut Thread,
    mcs: &'static TypeObject,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(args, nargs, kwnames) };
    let &[name, bases, namespace] = call.positional else {
        let message = format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            call.positional.len()
        );
        return type_error(ts, &message);
    };
    for (idx, (value, expected)) in [
        (name, &str_::STR_TYPE),
        (bases, &tuple::TUPLE_TYPE),
        (namespace, &dict::DICT_TYPE),
    ]
    .into_iter()
    .enumerate()
    {
        if !is_instance(value, expected) {
            let message = format!(
                "type.__new__() argument {} must be {}, not {}",
                idx + 1,
                expected.name,
                type_of(value).name
            );
            return type_error(ts, &message);
        }
    }
    if calculate_metaclass(ts, mcs, unsafe { tuple::items(bases) }).is_none() {
        return 0;
    }
    let namespace = unsafe { dict::copy(ts, namespace) };
    let qualname_key = str_::new(ts, "__qualname__");
    if namespace == 0 || qualname_key == 0 {
        return 0;
    }
    let qualname = match unsafe { dict::del(ts, namespace, qualname_key) } {
        Err(()) => return 0,
        Ok(Some(qualname)) if !str_::is_str(qualname) => {
            let message = format!(
                "type __qualname__ must be a str, not {}",
                type_of(qualname).name
            );
            return type_error(ts, &message);
        }
        Ok(Some(qualname)) => qualname,
        Ok(None) => name,
    };
    let module = match unsafe { super::dict_get_str(namespace, b"__module__") } {
        Some(module) => module,
        None => str_::new(ts, "__main__"),
    };
    if module == 0 {
        return 0;
    }
    let keywords = Keywords {
        names: call.names,
        values: call.values,
    };
    let parts = [name, qualname, module, bases, namespace];
    unsafe { super::make::new_class(ts, mcs, parts, keywords) }
}

/// `type`'s methods a metaclass reaches through `super()`.
pub fn type_method(name: &[u8]) -> Option<(&'static str, NativeFn)> {
    match name {
        b"__init__" => Some(("__init__", type_init)),
        b"__call__" => Some(("__call__", type_call)),
        _ => None,
    }
}

/// `type.__init__(cls, *args)`: checks the arguments only.
unsafe extern "C" fn type_init(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    let given = call.positional.len().saturating_sub(1);
    if given == 1 && !call.names.is_empty() {
        return type_error(ts, "type.__init__() takes no keyword arguments");
    }
    if given != 1 && given != 3 {
        return type_error(ts, "type.__init__() takes 1 or 3 arguments");
    }
    crate::types::none::none()
}

/// `type.__call__(cls, *args, **kwargs)`: make and initialise an instance,
/// bypassing a metaclass's own `__call__`.
unsafe extern "C" fn type_call(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let all = unsafe { crate::calls::args::slice(argv, nargs) };
    let Some(&cls) = all.first() else {
        return type_error(
            ts,
            "descriptor '__call__' of 'type' object needs an argument",
        );
    };
    if !is_instance(cls, &type_::TYPE_TYPE) {
        let message = format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            type_of(cls).name
        );
        return type_error(ts, &message);
    }
    match type_::TYPE_TYPE.slots.call {
        Some(call) => unsafe { call(ts, cls, argv.add(1), nargs - 1, kwnames) },
        None => crate::error::system_error(ts, "type has no call slot"),
    }
}
