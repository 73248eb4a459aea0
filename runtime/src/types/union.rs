//! `types.UnionType`: what `X | Y` gives for types, `None` and generic
//! aliases (PEP 604, `int | None`, `list[str] | dict[str, int]`), as in
//! CPython's `unionobject.c`: the arguments flattened and deduplicated,
//! `None` kept as `NoneType`, a single remaining argument returned itself.
//! It prints as `int | None`, exposes `__args__`, compares as a set of
//! arguments, and `isinstance` / `issubclass` accept it like a tuple.

use crate::object::{Header, Slots, TypeObject, Word, cast, is_exact, is_instance};
use crate::thread::Thread;
use crate::types::generic_alias::GENERIC_ALIAS_TYPE;
use crate::types::{none, str as str_, tuple, type_};

/// A union: its arguments (a tuple of at least two).
#[repr(C)]
pub struct UnionObject {
    pub header: Header,
    pub args: Word,
}

pub static UNION_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&type_::TYPE_TYPE),
    name: "types.UnionType",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        getattr: Some(getattr),
        compare: Some(compare),
        hash: Some(hash),
        binop: Some(or_slot),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    visit(unsafe { cast::<UnionObject>(obj as Word) }.args);
}

/// What CPython's `is_unionable` accepts as an operand of `|`.
fn unionable(w: Word) -> bool {
    w == none::none()
        || is_instance(w, &type_::TYPE_TYPE)
        || is_exact(w, &GENERIC_ALIAS_TYPE)
        || is_exact(w, &UNION_TYPE)
}

/// The `binop` slot of `type`, generic aliases and unions: `a | b` when
/// both operands can be united, `NotImplemented` otherwise (so a
/// `typing` object's `__ror__` still gets its turn).
///
/// # Safety
/// `a` and `b` must be valid words.
pub unsafe fn or_slot(ts: *mut Thread, op: i32, a: Word, b: Word, _reflected: bool) -> Word {
    if op != typhon_abi::BinOp::BitOr as i32 || !unionable(a) || !unionable(b) {
        return none::not_implemented();
    }
    let mut args: Vec<Word> = Vec::new();
    for operand in [a, b] {
        let items: Vec<Word> = if is_exact(operand, &UNION_TYPE) {
            unsafe { tuple::items(cast::<UnionObject>(operand).args) }.to_vec()
        } else if operand == none::none() {
            vec![none::NONE_TYPE.as_word()]
        } else {
            vec![operand]
        };
        for item in items {
            let mut duplicate = false;
            for seen in &args {
                // Generic aliases are compared by value, everything else by identity.
                duplicate = if is_exact(item, &GENERIC_ALIAS_TYPE)
                    && is_exact(*seen, &GENERIC_ALIAS_TYPE)
                {
                    match unsafe { crate::ops::eq(ts, item, *seen) } {
                        -1 => return 0,
                        t => t == 1,
                    }
                } else {
                    item == *seen
                };
                if duplicate {
                    break;
                }
            }
            if !duplicate {
                args.push(item);
            }
        }
    }
    if args.len() == 1 {
        return args[0];
    }
    let args = tuple::new(ts, &args);
    if args == 0 {
        return 0;
    }
    let value = UnionObject {
        header: Header::new_static(&UNION_TYPE),
        args,
    };
    unsafe { crate::gc::alloc_value(ts, &UNION_TYPE, value) }
}

/// The arguments of a union, for `isinstance` and `issubclass`, which take
/// it as the tuple of its arguments; `Err` (with `TypeError` pending) when
/// one is a generic alias, as CPython refuses; `Ok(None)` for a non-union.
///
/// # Safety
/// `kind` must be a valid word.
pub unsafe fn check_args(ts: *mut Thread, kind: Word, func: &str) -> Result<Option<Word>, ()> {
    if !is_exact(kind, &UNION_TYPE) {
        return Ok(None);
    }
    let args = unsafe { cast::<UnionObject>(kind) }.args;
    if unsafe { tuple::items(args) }
        .iter()
        .any(|arg| is_exact(*arg, &GENERIC_ALIAS_TYPE))
    {
        let message = format!("{func}() argument 2 cannot be a parameterized generic");
        crate::error::type_error(ts, &message);
        return Err(());
    }
    Ok(Some(args))
}

/// The arguments of a union nested in a tuple given to `isinstance`.
pub fn args_of(kind: Word) -> Option<Word> {
    is_exact(kind, &UNION_TYPE).then(|| unsafe { cast::<UnionObject>(kind) }.args)
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    let args = unsafe { cast::<UnionObject>(w) }.args;
    let mut parts = Vec::new();
    for arg in unsafe { tuple::items(args) } {
        if *arg == none::NONE_TYPE.as_word() {
            parts.push("None".to_string());
            continue;
        }
        match unsafe { crate::types::generic_alias::arg_text(ts, *arg) } {
            Some(text) => parts.push(text),
            None => return 0,
        }
    }
    str_::new(ts, &parts.join(" | "))
}

unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    let union = unsafe { cast::<UnionObject>(w) };
    match unsafe { str_::bytes(name) } {
        b"__args__" => union.args,
        b"__parameters__" => tuple::new(ts, &[]),
        b"__class__" => UNION_TYPE.as_word(),
        other => {
            let attr = String::from_utf8_lossy(other);
            let message = format!("'types.UnionType' object has no attribute '{attr}'");
            crate::error::attribute_error(ts, &message)
        }
    }
}

/// Whether every argument of `x` is among those of `y` (1 / 0, -1 on error).
unsafe fn args_within(ts: *mut Thread, x: Word, y: Word) -> i32 {
    for a in unsafe { tuple::items(x) } {
        let mut found = false;
        for b in unsafe { tuple::items(y) } {
            match unsafe { crate::ops::eq(ts, *a, *b) } {
                -1 => return -1,
                1 => {
                    found = true;
                    break;
                }
                _ => {}
            }
        }
        if !found {
            return 0;
        }
    }
    1
}

unsafe fn compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let eq = typhon_abi::CmpOp::Eq as i32;
    let ne = typhon_abi::CmpOp::Ne as i32;
    if (op != eq && op != ne) || !is_exact(b, &UNION_TYPE) {
        return none::not_implemented();
    }
    let (x, y) = unsafe { (cast::<UnionObject>(a).args, cast::<UnionObject>(b).args) };
    let same = match unsafe { args_within(ts, x, y) } {
        -1 => return 0,
        0 => false,
        _ => match unsafe { args_within(ts, y, x) } {
            -1 => return 0,
            t => t == 1,
        },
    };
    crate::types::bool::from_bool(same == (op == eq))
}

/// Order-independent, as CPython hashes the frozenset of the arguments.
unsafe fn hash(ts: *mut Thread, w: Word) -> Option<i64> {
    let mut h: i64 = 0x5a17;
    for arg in unsafe { tuple::items(cast::<UnionObject>(w).args) } {
        h ^= unsafe { crate::ops::hash(ts, *arg) }?;
    }
    Some(h)
}
