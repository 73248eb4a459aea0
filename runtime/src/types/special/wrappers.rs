//! One native function per special method name, applying the slot of the
//! receiver's built-in base (`args[0]` is the receiver). Binary operators
//! return `NotImplemented` for an operand the slot declines, as CPython's
//! slot wrappers do (`(1).__add__('a')`).

use crate::error::type_error;
use crate::object::{NativeFn, TypeObject, Word, type_of};
use crate::thread::Thread;
use crate::types::none::{none, not_implemented};
use crate::types::{bool as bool_, float, int};
use typhon_abi::{BinOp, CmpOp, UnaryOp};

use crate::types::class::builtin_base::arity;

fn solid_of(this: Word) -> &'static TypeObject {
    unsafe { &*crate::types::class::solid_base(type_of(this)) }
}

fn is_heap_instance(this: Word) -> bool {
    crate::types::class::is_heap(type_of(this))
}

unsafe fn binop(
    ts: *mut Thread,
    solid: &'static TypeObject,
    op: BinOp,
    this: Word,
    rest: &[Word],
    reflected: bool,
) -> Word {
    if !arity(ts, rest, 1) {
        return 0;
    }
    let Some(slot) = solid.slots.binop else {
        return not_implemented();
    };
    let other = rest[0];
    if reflected && std::ptr::eq(solid_of(other), solid) {
        // CPython's reflected wrapper calls the type's one slot function
        // with the operands swapped, which then sees two of its own
        // (`'ab'.__rmod__('c')` formats `'c' % 'ab'`).
        unsafe { slot(ts, op as i32, other, this, false) }
    } else if reflected {
        unsafe { slot(ts, op as i32, other, this, true) }
    } else {
        unsafe { slot(ts, op as i32, this, rest[0], false) }
    }
}

unsafe fn inplace(ts: *mut Thread, op: BinOp, this: Word, rest: &[Word]) -> Word {
    if !arity(ts, rest, 1) {
        return 0;
    }
    let result = unsafe { crate::ops::ty_inplace_binop(ts, op as i32, this, rest[0]) };
    if result == 0 {
        // Neither operand handled it: the slot itself says NotImplemented.
        let exc = unsafe { (*ts).exc };
        if crate::object::is_exact(exc, &crate::types::exception::TYPE_ERROR) {
            let args = unsafe { crate::types::exception::args_of(exc) };
            if let Some(message) = args.first()
                && crate::types::str::is_str(*message)
                && unsafe { crate::types::str::bytes(*message) }.starts_with(b"unsupported operand")
            {
                unsafe { (*ts).exc = 0 };
                return not_implemented();
            }
        }
    }
    result
}

unsafe fn compare(
    ts: *mut Thread,
    solid: &'static TypeObject,
    op: CmpOp,
    this: Word,
    rest: &[Word],
) -> Word {
    if !arity(ts, rest, 1) {
        return 0;
    }
    let other = rest[0];
    if solid.is_subtype(&int::INT_TYPE) && int::view(other).is_none() {
        // `int`'s own comparison takes ints only (`float` handles mixed ones).
        return not_implemented();
    }
    if let Some(slot) = solid.slots.compare {
        return unsafe { slot(ts, op as i32, this, other) };
    }
    // `object`'s comparisons: identity for `==`, the inverse of the type's
    // `==` for `!=`, and no ordering.
    match op {
        CmpOp::Eq if this == other => bool_::from_bool(true),
        CmpOp::Ne => {
            let eq = match type_of(this).slots.compare {
                Some(slot) => unsafe { slot(ts, CmpOp::Eq as i32, this, other) },
                None => unsafe { compare(ts, solid, CmpOp::Eq, this, rest) },
            };
            if eq == not_implemented() || eq == 0 {
                return eq;
            }
            match unsafe { crate::ops::ty_truthy(ts, eq) } {
                -1 => 0,
                t => bool_::from_bool(t == 0),
            }
        }
        _ => not_implemented(),
    }
}

unsafe fn unary(
    ts: *mut Thread,
    solid: &'static TypeObject,
    op: UnaryOp,
    this: Word,
    rest: &[Word],
) -> Word {
    if !arity(ts, rest, 0) {
        return 0;
    }
    if !is_heap_instance(this) {
        return unsafe { crate::ops::ty_unary(ts, op as i32, this) };
    }
    match solid.slots.unary {
        Some(slot) => unsafe { slot(ts, op as i32, this) },
        None => not_implemented(),
    }
}

/// `f(this, *rest)` for a built-in function.
unsafe fn builtin(ts: *mut Thread, f: NativeFn, this: Word, rest: &[Word]) -> Word {
    let mut all = Vec::with_capacity(rest.len() + 1);
    all.push(this);
    all.extend_from_slice(rest);
    unsafe { f(ts, all.as_ptr(), all.len() as i64, 0) }
}

/// `T(this)` for a built-in type.
unsafe fn convert(ts: *mut Thread, ty: &'static TypeObject, this: Word) -> Word {
    let args = [this];
    unsafe { crate::calls::ty_call(ts, ty.as_word(), args.as_ptr(), 1, 0) }
}

/// `float.__floor__` / `__ceil__`, and `int`'s (the int itself).
unsafe fn rounded(
    ts: *mut Thread,
    solid: &'static TypeObject,
    this: Word,
    rest: &[Word],
    up: bool,
) -> Word {
    if !arity(ts, rest, 0) {
        return 0;
    }
    if float::is_float(this) || solid.is_subtype(&float::FLOAT_TYPE) {
        let x = unsafe { float::value(this) };
        let whole = if up { x.ceil() } else { x.floor() };
        let boxed = float::new(ts, whole);
        if boxed == 0 {
            return 0;
        }
        return unsafe { convert(ts, &int::INT_TYPE, boxed) };
    }
    unsafe { convert(ts, &int::INT_TYPE, this) }
}

/// `divmod` for the operand types the receiver's own slot accepts.
unsafe fn divmod(ts: *mut Thread, this: Word, rest: &[Word], reflected: bool) -> Word {
    if !arity(ts, rest, 1) {
        return 0;
    }
    let other = rest[0];
    let is_int = |w: Word| int::view(w).is_some();
    let accepted = if is_int(this) {
        is_int(other)
    } else {
        is_int(other) || float::is_float(other) || type_of(other).is_subtype(&float::FLOAT_TYPE)
    };
    if !accepted {
        return not_implemented();
    }
    let args = if reflected {
        [other, this]
    } else {
        [this, other]
    };
    unsafe { crate::builtins::numeric::divmod(ts, args.as_ptr(), 2, 0) }
}

macro_rules! wrappers {
    ($($name:ident, $py:literal, |$ts:ident, $solid:ident, $this:ident, $rest:ident, $kw:ident| $body:expr;)*) => {
        /// The wrappers' bodies, given the built-in type whose slots apply:
        /// the receiver's built-in base, or the owner of an unbound
        /// descriptor (`int.__repr__(True)` is `'1'`).
        mod bodies {
            use super::*;
            $(
                pub(super) unsafe fn $name(
                    $ts: *mut Thread,
                    $solid: &'static TypeObject,
                    $this: Word,
                    $rest: &[Word],
                    $kw: Word,
                ) -> Word {
                    let _ = ($kw, $solid);
                    $body
                }
            )*
        }
        /// The wrappers as native functions of the receiver's base.
        mod entries {
            use super::*;
            $(
                pub(super) unsafe extern "C" fn $name(
                    ts: *mut Thread,
                    args: *const Word,
                    nargs: i64,
                    kw: Word,
                ) -> Word {
                    let all = unsafe { crate::calls::args::slice(args, nargs) };
                    let Some((&this, rest)) = all.split_first() else {
                        return type_error(ts, concat!("descriptor '", $py, "' needs an argument"));
                    };
                    unsafe { bodies::$name(ts, solid_of(this), this, rest, kw) }
                }
            )*
        }
        type Body = unsafe fn(*mut Thread, &'static TypeObject, Word, &[Word], Word) -> Word;
        static WRAPPERS: &[(&str, NativeFn, Body)] = &[$(($py, entries::$name, bodies::$name)),*];
    };
}

/// The wrapper named `key`.
pub fn find(key: &[u8]) -> Option<(&'static str, NativeFn)> {
    WRAPPERS
        .iter()
        .map(|(name, func, _)| (*name, *func))
        .chain(LINKED.iter().map(|m| (m.name, m.func)))
        .find(|(name, _)| name.as_bytes() == key)
}

pub fn is_wrapper(func: NativeFn) -> bool {
    WRAPPERS
        .iter()
        .map(|(_, f, _)| *f)
        .chain(LINKED.iter().map(|m| m.func))
        .any(|f| std::ptr::fn_addr_eq(f, func))
}

/// Calls the wrapper `func` with the slots of the built-in type `owner`
/// instead of those of the receiver's built-in base: the unbound
/// descriptor `owner.__name__` applied to an instance of a subtype.
/// `None` for the linked wrappers, which use no slot: the caller calls
/// `func` itself.
///
/// # Safety
/// `args` holds `nargs` words, the receiver first.
pub unsafe fn call_as(
    ts: *mut Thread,
    owner: &'static TypeObject,
    func: NativeFn,
    args: &[Word],
    kw: Word,
) -> Option<Word> {
    let (_, _, body) = WRAPPERS
        .iter()
        .find(|(_, f, _)| std::ptr::fn_addr_eq(*f, func))?;
    let (&this, rest) = args.split_first()?;
    Some(unsafe { body(ts, owner, this, rest, kw) })
}

wrappers! {
    add, "__add__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::Add, this, rest, false) };
    radd, "__radd__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::Add, this, rest, true) };
    sub, "__sub__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::Sub, this, rest, false) };
    rsub, "__rsub__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::Sub, this, rest, true) };
    mul, "__mul__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::Mul, this, rest, false) };
    rmul, "__rmul__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::Mul, this, rest, true) };
    truediv, "__truediv__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::TrueDiv, this, rest, false) };
    rtruediv, "__rtruediv__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::TrueDiv, this, rest, true) };
    floordiv, "__floordiv__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::FloorDiv, this, rest, false) };
    rfloordiv, "__rfloordiv__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::FloorDiv, this, rest, true) };
    modulo, "__mod__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::Mod, this, rest, false) };
    rmodulo, "__rmod__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::Mod, this, rest, true) };
    pow, "__pow__", |ts, solid, this, rest, kw| {
        if rest.len() == 2 && rest[1] != none() {
            return unsafe { builtin(ts, crate::builtins::numeric::pow, this, rest) };
        }
        let rest = if rest.len() == 2 { &rest[..1] } else { rest };
        unsafe { binop(ts, solid, BinOp::Pow, this, rest, false) }
    };
    rpow, "__rpow__", |ts, solid, this, rest, kw| {
        let rest = if rest.len() == 2 && rest[1] == none() { &rest[..1] } else { rest };
        unsafe { binop(ts, solid, BinOp::Pow, this, rest, true) }
    };
    lshift, "__lshift__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::LShift, this, rest, false) };
    rlshift, "__rlshift__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::LShift, this, rest, true) };
    rshift, "__rshift__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::RShift, this, rest, false) };
    rrshift, "__rrshift__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::RShift, this, rest, true) };
    and, "__and__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::BitAnd, this, rest, false) };
    rand, "__rand__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::BitAnd, this, rest, true) };
    or, "__or__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::BitOr, this, rest, false) };
    ror, "__ror__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::BitOr, this, rest, true) };
    xor, "__xor__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::BitXor, this, rest, false) };
    rxor, "__rxor__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::BitXor, this, rest, true) };
    matmul, "__matmul__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::MatMul, this, rest, false) };
    rmatmul, "__rmatmul__", |ts, solid, this, rest, kw| unsafe { binop(ts, solid, BinOp::MatMul, this, rest, true) };
    iadd, "__iadd__", |ts, solid, this, rest, kw| unsafe { inplace(ts, BinOp::Add, this, rest) };
    isub, "__isub__", |ts, solid, this, rest, kw| unsafe { inplace(ts, BinOp::Sub, this, rest) };
    imul, "__imul__", |ts, solid, this, rest, kw| unsafe { inplace(ts, BinOp::Mul, this, rest) };
    iand, "__iand__", |ts, solid, this, rest, kw| unsafe { inplace(ts, BinOp::BitAnd, this, rest) };
    ior, "__ior__", |ts, solid, this, rest, kw| unsafe { inplace(ts, BinOp::BitOr, this, rest) };
    ixor, "__ixor__", |ts, solid, this, rest, kw| unsafe { inplace(ts, BinOp::BitXor, this, rest) };
    eq, "__eq__", |ts, solid, this, rest, kw| unsafe { compare(ts, solid, CmpOp::Eq, this, rest) };
    ne, "__ne__", |ts, solid, this, rest, kw| unsafe { compare(ts, solid, CmpOp::Ne, this, rest) };
    lt, "__lt__", |ts, solid, this, rest, kw| unsafe { compare(ts, solid, CmpOp::Lt, this, rest) };
    le, "__le__", |ts, solid, this, rest, kw| unsafe { compare(ts, solid, CmpOp::Le, this, rest) };
    gt, "__gt__", |ts, solid, this, rest, kw| unsafe { compare(ts, solid, CmpOp::Gt, this, rest) };
    ge, "__ge__", |ts, solid, this, rest, kw| unsafe { compare(ts, solid, CmpOp::Ge, this, rest) };
    neg, "__neg__", |ts, solid, this, rest, kw| unsafe { unary(ts, solid, UnaryOp::Neg, this, rest) };
    pos, "__pos__", |ts, solid, this, rest, kw| unsafe { unary(ts, solid, UnaryOp::Pos, this, rest) };
    invert, "__invert__", |ts, solid, this, rest, kw| unsafe { unary(ts, solid, UnaryOp::Invert, this, rest) };
    abs, "__abs__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
        unsafe { builtin(ts, crate::builtins::numeric::abs, this, rest) }
    };
    bool_slot, "__bool__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
        let truth = match solid.slots.truthy {
            Some(slot) if is_heap_instance(this) => unsafe { slot(ts, this) },
            _ => unsafe { crate::ops::ty_truthy(ts, this) },
        };
        if truth < 0 { 0 } else { bool_::from_bool(truth == 1) }
    };
    hash, "__hash__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
        let ty = solid;
        match ty.slots.hash {
            Some(slot) => match unsafe { slot(ts, this) } {
                Some(h) => int::from_i64(ts, h),
                None => 0,
            },
            None => type_error(ts, &format!("unhashable type: '{}'", type_of(this).name)),
        }
    };
    index, "__index__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
        unsafe { convert(ts, &int::INT_TYPE, this) }
    };
    int_, "__int__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
        unsafe { convert(ts, &int::INT_TYPE, this) }
    };
    trunc, "__trunc__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
        unsafe { convert(ts, &int::INT_TYPE, this) }
    };
    float_, "__float__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
        unsafe { convert(ts, &float::FLOAT_TYPE, this) }
    };
    floor, "__floor__", |ts, solid, this, rest, kw| unsafe { rounded(ts, solid, this, rest, false) };
    ceil, "__ceil__", |ts, solid, this, rest, kw| unsafe { rounded(ts, solid, this, rest, true) };
    len, "__len__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
        match solid.slots.len {
            Some(slot) => match unsafe { slot(ts, this) } { -1 => 0, n => int::from_i64(ts, n) },
            None => type_error(ts, &format!("object of type '{}' has no len()", type_of(this).name)),
        }
    };
    getitem, "__getitem__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 1) { return 0; }
        match solid.slots.getitem {
            Some(slot) => unsafe { slot(ts, this, rest[0]) },
            None => unsafe { crate::items::ty_getitem(ts, this, rest[0]) },
        }
    };
    setitem, "__setitem__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 2) { return 0; }
        let status = match solid.slots.setitem {
            Some(slot) => unsafe { slot(ts, this, rest[0], rest[1]) },
            None => unsafe { crate::items::ty_setitem(ts, this, rest[0], rest[1]) },
        };
        if status < 0 { 0 } else { none() }
    };
    delitem, "__delitem__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 1) { return 0; }
        let status = match solid.slots.delitem {
            Some(slot) => unsafe { slot(ts, this, rest[0]) },
            None => unsafe { crate::items::ty_delitem(ts, this, rest[0]) },
        };
        if status < 0 { 0 } else { none() }
    };
    contains, "__contains__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 1) { return 0; }
        let found = match solid.slots.contains {
            Some(slot) => unsafe { slot(ts, this, rest[0]) },
            None => unsafe { crate::items::ty_contains(ts, this, rest[0]) },
        };
        if found < 0 { 0 } else { bool_::from_bool(found == 1) }
    };
    iter, "__iter__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
        match solid.slots.iter {
            Some(slot) => unsafe { slot(ts, this) },
            None => unsafe { crate::items::ty_iter(ts, this) },
        }
    };
    next, "__next__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
        let item = match solid.slots.next {
            Some(slot) => unsafe { slot(ts, this) },
            None => unsafe { crate::items::ty_iter_next(ts, this) },
        };
        if item == typhon_abi::ITER_DONE {
            let stop = &crate::types::exception::STOP_ITERATION;
            return crate::error::raise_with_args(ts, stop, &[]);
        }
        item
    };
    repr, "__repr__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
        match solid.slots.repr {
            Some(slot) => unsafe { slot(ts, this) },
            None => crate::text::default_repr(ts, this),
        }
    };
    str_, "__str__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 0) { return 0; }
                let number = solid.is_subtype(&int::INT_TYPE) || solid.is_subtype(&float::FLOAT_TYPE);
        match solid.slots.str {
            // `int` and `float` have no `__str__` of their own: `object`'s
            // calls the type's `__repr__`, a subclass's included.
            Some(slot) if !number => unsafe { slot(ts, this) },
            _ => unsafe { crate::text::ty_repr(ts, this) },
        }
    };
    format, "__format__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 1) { return 0; }
        if !crate::types::str::is_str(rest[0]) {
            let message = format!(
                "__format__() argument must be str, not {}",
                type_of(rest[0]).name
            );
            return type_error(ts, &message);
        }
        unsafe { crate::format::ty_format(ts, this, rest[0]) }
    };
    call, "__call__", |ts, solid, this, rest, kw| {
        let n = rest.len() as i64;
        match solid.slots.call {
            Some(slot) => unsafe { slot(ts, this, rest.as_ptr(), n, kw) },
            None => unsafe { crate::calls::ty_call(ts, this, rest.as_ptr(), n, kw) },
        }
    };
    getattribute, "__getattribute__", |ts, solid, this, rest, kw| {
        if !arity(ts, rest, 1) { return 0; }
        // On a user class's instance: the protocol without its own
        // `__getattribute__` (which is what calls this) or `__getattr__`.
        if crate::types::class::is_heap(type_of(this)) && crate::types::str::is_str(rest[0]) {
            return unsafe { crate::types::class::instance::generic_getattr(ts, this, rest[0], false) };
        }
        unsafe { crate::entry::ty_getattr(ts, this, rest[0]) }
    };
}

/// The wrappers that call a whole builtin (`reversed`, `dir`, `round`,
/// `divmod`) rather than a slot: each reaches kilobytes of the runtime
/// (`range`'s type through `reversed`, the number formatting of `round`),
/// and a program reaches them only by naming them as attributes
/// (`x.__round__`, `super().__dir__()`): the runtime's own lookups of
/// these names (`round(x)` calling a user `__round__`) search class dicts
/// only. So they form a method table written at link time
/// (`crate::methods`), which keeps each one only when the program names it.
mod linked {
    use super::*;

    macro_rules! linked {
        ($($name:ident, $py:literal, |$ts:ident, $this:ident, $rest:ident| $body:expr;)*) => {$(
            pub(super) unsafe extern "C" fn $name(
                $ts: *mut Thread,
                args: *const Word,
                nargs: i64,
                _kw: Word,
            ) -> Word {
                let all = unsafe { crate::calls::args::slice(args, nargs) };
                let Some((&$this, $rest)) = all.split_first() else {
                    return type_error($ts, concat!("descriptor '", $py, "' needs an argument"));
                };
                $body
            }
        )*};
    }

    linked! {
        divmod, "__divmod__", |ts, this, rest| unsafe { super::divmod(ts, this, rest, false) };
        rdivmod, "__rdivmod__", |ts, this, rest| unsafe { super::divmod(ts, this, rest, true) };
        round, "__round__", |ts, this, rest| {
            if rest.len() > 1 {
                let message = format!("__round__ expected at most 1 argument, got {}", rest.len());
                return type_error(ts, &message);
            }
            let rest = if rest.first() == Some(&none()) { &[][..] } else { rest };
            unsafe { builtin(ts, crate::builtins::numeric::round, this, rest) }
        };
        reversed, "__reversed__", |ts, this, rest| {
            if !arity(ts, rest, 0) { return 0; }
            unsafe { builtin(ts, crate::builtins::iter::reversed, this, rest) }
        };
        dir, "__dir__", |ts, this, rest| {
            if !arity(ts, rest, 0) { return 0; }
            unsafe { crate::builtins::dir::dir_list(ts, this) }
        };
    }
}

crate::method_table! {
    static LINKED = "wrappers" [
        Method { name: "__divmod__", func: linked::divmod },
        Method { name: "__rdivmod__", func: linked::rdivmod },
        Method { name: "__round__", func: linked::round },
        Method { name: "__reversed__", func: linked::reversed },
        Method { name: "__dir__", func: linked::dir },
    ];
}
