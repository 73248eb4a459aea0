//! `bool`: the two static objects `True` and `False`, a subtype of `int`.
//!
//! Arithmetic and comparisons are int's (`True + True == 2`), except that
//! `&`, `|` and `^` between two bools give a bool, and the repr is
//! `True`/`False`. Slots are not inherited, so the table reuses int's
//! functions, which read a bool as 0 or 1.

use crate::object::{Header, Slots, TypeObject, Word, cast, type_of};
use crate::thread::Thread;
use crate::types::int;
use typhon_abi::BinOp;

#[repr(C)]
pub struct BoolObject {
    pub header: Header,
    /// 0 or 1.
    pub value: u64,
}

unsafe impl Sync for BoolObject {}

pub static BOOL_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "bool",
    base: &crate::types::int::INT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        str: Some(repr),
        binop: Some(binop),
        construct: Some(construct),
        ..int::SLOTS
    },
    methods: crate::methods::Methods::EMPTY,
};

#[unsafe(no_mangle)]
pub static TY_TRUE: BoolObject = BoolObject {
    header: Header::new_static(&BOOL_TYPE),
    value: 1,
};
#[unsafe(no_mangle)]
pub static TY_FALSE: BoolObject = BoolObject {
    header: Header::new_static(&BOOL_TYPE),
    value: 0,
};

#[inline]
pub fn from_bool(value: bool) -> Word {
    if value {
        &TY_TRUE as *const BoolObject as Word
    } else {
        &TY_FALSE as *const BoolObject as Word
    }
}

#[inline]
pub fn true_() -> Word {
    from_bool(true)
}

#[inline]
pub fn false_() -> Word {
    from_bool(false)
}

/// Whether `w` is `True` or `False`.
#[inline]
pub fn is_bool(w: Word) -> bool {
    !crate::object::is_small(w) && std::ptr::eq(type_of(w), &BOOL_TYPE)
}

/// The value of a bool.
///
/// # Safety
/// `w` must be a bool.
#[inline]
pub unsafe fn value(w: Word) -> bool {
    unsafe { cast::<BoolObject>(w).value != 0 }
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    crate::types::str::new(ts, if unsafe { value(w) } { "True" } else { "False" })
}

unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, reflected: bool) -> Word {
    if is_bool(a) && is_bool(b) {
        let (x, y) = unsafe { (value(a), value(b)) };
        match BinOp::from_i32(op) {
            Some(BinOp::BitAnd) => return from_bool(x & y),
            Some(BinOp::BitOr) => return from_bool(x | y),
            Some(BinOp::BitXor) => return from_bool(x ^ y),
            _ => {}
        }
    }
    match int::SLOTS.binop {
        Some(int_binop) => unsafe { int_binop(ts, op, a, b, reflected) },
        None => crate::types::none::not_implemented(),
    }
}

/// `bool()` and `bool(x)`: the truth value of `x`.
///
/// # Safety
/// `args` must hold `nargs` words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn construct(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    if kwnames != 0 && !unsafe { crate::types::tuple::items(kwnames) }.is_empty() {
        return crate::error::type_error(ts, "bool() takes no keyword arguments");
    }
    if nargs > 1 {
        return crate::error::type_error(
            ts,
            &format!("bool expected at most 1 argument, got {nargs}"),
        );
    }
    if nargs <= 0 {
        return false_();
    }
    match unsafe { crate::entry::ty_truthy(ts, *args) } {
        -1 => 0,
        t => from_bool(t == 1),
    }
}
