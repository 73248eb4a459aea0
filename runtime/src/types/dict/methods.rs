//! The methods of `dict`, with CPython's argument checking and messages.

use super::slots::{key_error, update as update_from};
use super::{DICT_TYPE, copy as copy_dict, get as lookup, new, pop_last, set};
use crate::error::raise;
use crate::object::{Word, is_exact, is_instance};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::exception::KEY_ERROR;
use crate::types::none::none;

crate::method_table! {
pub(super) static METHODS = "dict" [
    Method {
        name: "__init__",
        func: crate::types::class::builtin_base::dict_init,
    },
    Method {
        name: "get",
        func: get,
    },
    Method {
        name: "keys",
        func: keys,
    },
    Method {
        name: "values",
        func: values,
    },
    Method {
        name: "items",
        func: items,
    },
    Method {
        name: "pop",
        func: pop,
    },
    Method {
        name: "popitem",
        func: popitem,
    },
    Method {
        name: "setdefault",
        func: setdefault,
    },
    Method {
        name: "update",
        func: update,
    },
    Method {
        name: "copy",
        func: copy,
    },
    Method {
        name: "clear",
        func: clear,
    },
    Method {
        name: "fromkeys",
        func: fromkeys,
    },
];
}

macro_rules! receiver {
    ($ts:expr, $argv:expr, $nargs:expr, $kwnames:expr, $name:literal) => {
        match unsafe { args::method($ts, $argv, $nargs, $kwnames, &DICT_TYPE, $name) } {
            Some(pair) => pair,
            None => return 0,
        }
    };
}

unsafe extern "C" fn get(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let (this, a) = receiver!(ts, argv, nargs, kwnames, "get");
    let Some(pos) = args::positional(ts, &a, "dict.get", "get", 1, 2) else {
        return 0;
    };
    match unsafe { lookup(ts, this, pos[0]) } {
        Ok(Some(value)) => value,
        Ok(None) => pos.get(1).copied().unwrap_or_else(none),
        Err(()) => 0,
    }
}

/// `d.get(key)` / `d.get(key, default)` on an exact dict inference proved
/// (`Op::DictGet`; `default` 0 when not given): what the method returns,
/// 0 with an exception pending (an unhashable key, a raising `__eq__`).
///
/// # Safety
/// `ts` is the current thread; `d` is an exact `dict`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_dict_get(ts: *mut Thread, d: Word, key: Word, default: Word) -> Word {
    // A small-int key probed here: the general lookup's frame is not built.
    if crate::object::is_small(key) {
        match unsafe { super::probe_small_int(d, key) } {
            super::IntProbe::Found(value) => return unsafe { *value },
            super::IntProbe::Missing if default == 0 => return none(),
            super::IntProbe::Missing => return default,
            super::IntProbe::Unknown => {}
        }
    }
    match unsafe { lookup(ts, d, key) } {
        Ok(Some(value)) => value,
        Ok(None) if default == 0 => none(),
        Ok(None) => default,
        Err(()) => 0,
    }
}

unsafe extern "C" fn keys(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let (this, a) = receiver!(ts, argv, nargs, kwnames, "keys");
    if !args::none(ts, &a, "dict.keys") {
        return 0;
    }
    super::views::new(ts, this, &super::DICT_KEYS_TYPE)
}

unsafe extern "C" fn values(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let (this, a) = receiver!(ts, argv, nargs, kwnames, "values");
    if !args::none(ts, &a, "dict.values") {
        return 0;
    }
    super::views::new(ts, this, &super::DICT_VALUES_TYPE)
}

unsafe extern "C" fn items(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let (this, a) = receiver!(ts, argv, nargs, kwnames, "items");
    if !args::none(ts, &a, "dict.items") {
        return 0;
    }
    super::views::new(ts, this, &super::DICT_ITEMS_TYPE)
}

unsafe extern "C" fn pop(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let (this, a) = receiver!(ts, argv, nargs, kwnames, "pop");
    let Some(pos) = args::positional(ts, &a, "dict.pop", "pop", 1, 2) else {
        return 0;
    };
    match unsafe { super::del(ts, this, pos[0]) } {
        Ok(Some(value)) => value,
        Ok(None) => match pos.get(1) {
            Some(default) => *default,
            None => key_error(ts, pos[0]),
        },
        Err(()) => 0,
    }
}

unsafe extern "C" fn popitem(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let (this, a) = receiver!(ts, argv, nargs, kwnames, "popitem");
    if !args::none(ts, &a, "dict.popitem") {
        return 0;
    }
    match unsafe { pop_last(this) } {
        Some((key, value)) => crate::types::tuple::new(ts, &[key, value]),
        None => raise(ts, &KEY_ERROR, "popitem(): dictionary is empty"),
    }
}

unsafe extern "C" fn setdefault(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let (this, a) = receiver!(ts, argv, nargs, kwnames, "setdefault");
    let Some(pos) = args::positional(ts, &a, "dict.setdefault", "setdefault", 1, 2) else {
        return 0;
    };
    let default = pos.get(1).copied().unwrap_or_else(none);
    match unsafe { lookup(ts, this, pos[0]) } {
        Ok(Some(value)) => value,
        Ok(None) => {
            if unsafe { set(ts, this, pos[0], default) } < 0 {
                return 0;
            }
            default
        }
        Err(()) => 0,
    }
}

unsafe extern "C" fn update(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let (this, a) = receiver!(ts, argv, nargs, kwnames, "update");
    if !args::count(ts, a.pos.len(), "update", 0, 1) || unsafe { update_from(ts, this, &a) } < 0 {
        return 0;
    }
    none()
}

unsafe extern "C" fn copy(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let (this, a) = receiver!(ts, argv, nargs, kwnames, "copy");
    if !args::none(ts, &a, "dict.copy") {
        return 0;
    }
    unsafe { copy_dict(ts, this) }
}

unsafe extern "C" fn clear(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let (this, a) = receiver!(ts, argv, nargs, kwnames, "clear");
    if !args::none(ts, &a, "dict.clear") {
        return 0;
    }
    unsafe { super::clear(this) };
    none()
}

/// `dict.fromkeys(iterable, value=None)`. The receiver is the dict type or
/// an instance (both spellings call it); it is not used.
unsafe extern "C" fn fromkeys(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let all = unsafe { Args::new(argv, nargs, kwnames) };
    // A dict subclass (`Counter.fromkeys`, or through an instance) builds
    // an instance of itself, storing through its `__setitem__`.
    let mut subclass = None;
    let a = match all.pos.first() {
        Some(&first) if first == DICT_TYPE.as_word() || is_exact(first, &DICT_TYPE) => {
            all.skip_self()
        }
        Some(&first) if is_instance(first, &DICT_TYPE) => {
            subclass = Some(crate::object::type_of(first).as_word());
            all.skip_self()
        }
        Some(&first)
            if is_instance(first, &crate::types::type_::TYPE_TYPE)
                && unsafe { &*(first as *const crate::object::TypeObject) }
                    .is_subtype(&DICT_TYPE) =>
        {
            subclass = Some(first);
            all.skip_self()
        }
        _ => all,
    };
    let Some(pos) = args::positional(ts, &a, "dict.fromkeys", "fromkeys", 1, 2) else {
        return 0;
    };
    let value = pos.get(1).copied().unwrap_or_else(none);
    let d = match subclass {
        Some(cls) => unsafe { crate::calls::ty_call(ts, cls, std::ptr::null(), 0, 0) },
        None => new(ts),
    };
    if d == 0 {
        return 0;
    }
    let keys = unsafe { crate::types::list::from_iterable(ts, pos[0]) };
    if keys == 0 {
        return 0;
    }
    let mut idx = 0;
    while let Some(key) = unsafe { crate::types::list::items(ts, keys) }
        .get(idx)
        .copied()
    {
        let status = if subclass.is_some() {
            unsafe { crate::items::ty_setitem(ts, d, key, value) }
        } else {
            unsafe { set(ts, d, key, value) }
        };
        if status < 0 {
            return 0;
        }
        idx += 1;
    }
    d
}
