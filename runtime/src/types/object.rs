//! `object`: the root of every type, and the identity-based defaults
//! (`hash`, `repr`) other types reuse.

use crate::object::{Header, Method, Slots, TypeObject, Word, type_of};
use crate::thread::Thread;

pub static OBJECT_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "object",
    base: std::ptr::null(),
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(default_repr),
        hash: Some(identity_hash_slot),
        construct: Some(construct),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[
        Method {
            name: "__init__",
            func: object_init,
        },
        Method {
            name: "__setattr__",
            func: object_setattr,
        },
        Method {
            name: "__delattr__",
            func: object_delattr,
        },
        Method {
            name: "__repr__",
            func: object_repr,
        },
        Method {
            name: "__str__",
            func: object_str,
        },
        Method {
            name: "__hash__",
            func: object_hash,
        },
        Method {
            name: "__eq__",
            func: object_eq,
        },
        Method {
            name: "__init_subclass__",
            func: object_init_subclass,
        },
    ]),
};

/// `object.__init_subclass__()`: the hook's default, which does nothing.
unsafe extern "C" fn object_init_subclass(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    // Bound to the class it runs for, which names it in the messages.
    let owner = match unsafe { crate::calls::args::slice(args, nargs) }.first() {
        Some(cls) if crate::object::is_instance(*cls, &crate::types::type_::TYPE_TYPE) => {
            let ty = *cls as *const TypeObject;
            if crate::types::class::is_heap(ty) {
                unsafe { crate::types::str::lossy(crate::types::class::class_of(ty).qualname) }
            } else {
                unsafe { &*ty }.name.to_string()
            }
        }
        _ => "object".to_string(),
    };
    if kwnames != 0 && !unsafe { crate::types::tuple::items(kwnames) }.is_empty() {
        let message = format!("{owner}.__init_subclass__() takes no keyword arguments");
        return crate::error::type_error(ts, &message);
    }
    let given = nargs - 1;
    if given > 0 {
        let message = format!("{owner}.__init_subclass__() takes no arguments ({given} given)");
        return crate::error::type_error(ts, &message);
    }
    crate::types::none::none()
}

/// CPython's identity hash: the address rotated right by 4 bits (the low
/// bits are always zero), never -1.
pub fn identity_hash(w: Word) -> i64 {
    let hash = w.rotate_right(4) as i64;
    if hash == -1 { -2 } else { hash }
}

/// A `hash` slot for types hashed by identity.
///
/// # Safety
/// The words must be valid and of the types the slot is installed for.
pub unsafe fn identity_hash_slot(_ts: *mut Thread, w: Word) -> Option<i64> {
    Some(identity_hash(w))
}

/// `<T object at 0x7f...>`, the repr of objects without their own.
///
/// # Safety
/// The words must be valid and of the types the slot is installed for.
pub unsafe fn default_repr(ts: *mut Thread, w: Word) -> Word {
    let name = crate::types::class::qualified_name_with_main(type_of(w));
    crate::types::str::new(ts, &format!("<{name} object at {w:#x}>"))
}

/// `object()`: a featureless instance.
unsafe extern "C" fn construct(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if nargs > 0 {
        let _ = (args, kwnames);
        return crate::error::type_error(ts, "object() takes no arguments");
    }
    let obj = unsafe { crate::gc::alloc(ts, std::mem::size_of::<Header>(), &OBJECT_TYPE) };
    obj as Word
}

/// The receiver and the other arguments of a native method.
unsafe fn receiver<'a>(args: *const Word, nargs: i64) -> Option<(Word, &'a [Word])> {
    let all = unsafe { crate::calls::args::slice(args, nargs) };
    all.split_first().map(|(first, rest)| (*first, rest))
}

/// The built-in type whose slots serve `w` when a class's own special
/// method defers to its base (`super().__repr__()`).
fn solid(w: Word) -> &'static TypeObject {
    unsafe { &*crate::types::class::solid_base(type_of(w)) }
}

fn needs_receiver(ts: *mut Thread, name: &str) -> Word {
    crate::error::type_error(
        ts,
        &format!("descriptor '{name}' of 'object' object needs an argument"),
    )
}

/// `object.__init__(self)`.
unsafe extern "C" fn object_init(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kw: Word,
) -> Word {
    match unsafe { receiver(args, nargs) } {
        None => needs_receiver(ts, "__init__"),
        Some((_, [])) => crate::types::none::none(),
        Some(_) => crate::error::type_error(
            ts,
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ),
    }
}

/// `object.__setattr__(self, name, value)`: stores past any user `__setattr__`.
/// `object.__setattr__(x, name, value)`: the store without `x`'s class's
/// own `__setattr__` (also the hidden builtin `$object_setattr`).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn object_setattr(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kw: Word,
) -> Word {
    let Some((this, [name, value])) = (unsafe { receiver(args, nargs) }) else {
        return crate::error::type_error(ts, "expected 2 arguments");
    };
    if !crate::types::str::is_str(*name) {
        let message = format!(
            "attribute name must be string, not '{}'",
            type_of(*name).name
        );
        return crate::error::type_error(ts, &message);
    }
    let status = if crate::types::class::is_heap(type_of(this)) {
        unsafe { crate::types::class::instance::generic_setattr(ts, this, *name, *value) }
    } else {
        unsafe { crate::attr::ty_setattr(ts, this, *name, *value) }
    };
    if status < 0 {
        0
    } else {
        crate::types::none::none()
    }
}

/// `object.__delattr__(self, name)`: deletes past any user `__delattr__`.
/// `object.__delattr__(x, name)` (also `$object_delattr`).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn object_delattr(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kw: Word,
) -> Word {
    let Some((this, [name])) = (unsafe { receiver(args, nargs) }) else {
        return crate::error::type_error(ts, "expected 1 argument");
    };
    if !crate::types::str::is_str(*name) {
        let message = format!(
            "attribute name must be string, not '{}'",
            type_of(*name).name
        );
        return crate::error::type_error(ts, &message);
    }
    let status = if crate::types::class::is_heap(type_of(this)) {
        unsafe { crate::types::class::instance::generic_delattr(ts, this, *name) }
    } else {
        unsafe { crate::attr::ty_delattr(ts, this, *name) }
    };
    if status < 0 {
        0
    } else {
        crate::types::none::none()
    }
}

/// `object.__repr__(self)`: `<T object at 0x...>` whatever `T` is
/// (`object.__repr__(3)`); a built-in type's own repr is its slot wrapper.
unsafe extern "C" fn object_repr(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kw: Word,
) -> Word {
    let Some((this, _)) = (unsafe { receiver(args, nargs) }) else {
        return needs_receiver(ts, "__repr__");
    };
    unsafe { default_repr(ts, this) }
}

/// `object.__str__(self)`: `repr(self)`, the receiver's own `__repr__`
/// included (`object.__str__(S('a'))` for a str subclass with a repr).
unsafe extern "C" fn object_str(ts: *mut Thread, args: *const Word, nargs: i64, _kw: Word) -> Word {
    let Some((this, _)) = (unsafe { receiver(args, nargs) }) else {
        return needs_receiver(ts, "__str__");
    };
    unsafe { crate::entry::ty_repr(ts, this) }
}

/// `object.__hash__(self)`.
unsafe extern "C" fn object_hash(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kw: Word,
) -> Word {
    let Some((this, _)) = (unsafe { receiver(args, nargs) }) else {
        return needs_receiver(ts, "__hash__");
    };
    let hash = match solid(this).slots.hash {
        Some(slot) => match unsafe { slot(ts, this) } {
            Some(hash) => hash,
            None => return 0,
        },
        None => identity_hash(this),
    };
    crate::types::int::from_i64(ts, hash)
}

/// `object.__eq__(self, other)`: identity, else `NotImplemented`.
unsafe extern "C" fn object_eq(ts: *mut Thread, args: *const Word, nargs: i64, _kw: Word) -> Word {
    let Some((this, [other])) = (unsafe { receiver(args, nargs) }) else {
        return crate::error::type_error(ts, "expected 1 argument");
    };
    if this == *other {
        crate::types::bool::from_bool(true)
    } else {
        crate::types::none::not_implemented()
    }
}
