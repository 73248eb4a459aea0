//! `int`: inline small ints (63 bits in the word) and heap big integers.
//!
//! Invariant: an int whose value fits the small range is always an inline
//! small int, and a [`BigIntObject`] always holds a value outside it. The
//! identity and equality fast paths (`a == b` on words) rely on this, so every
//! constructor goes through [`from_i64`], [`from_i128`] or [`from_bigint`].
//!
//! `bool` is a subtype of `int`: everything here that reads an int accepts
//! `True` and `False` as 1 and 0 (see [`view`]).

mod arith;
mod bytes_conv;
mod convert;
mod methods;
mod parse;
mod wide_sum;

pub use arith::{int_op, pow_mod};
pub use convert::{
    big_to_f64, max_str_digits, ratio_to_f64, round_to_f64, set_max_str_digits, to_decimal, to_f64,
};
pub use parse::{ParseError, construct, from_f64, parse_int};
pub(crate) use parse::{from_exact_str, is_c_space, number_text, to_ascii_number};
pub use wide_sum::{ty_wide_sum_add, ty_wide_sum_total};

use crate::object::{Header, Slots, TypeObject, Word, cast, is_small, small, small_value, type_of};
use crate::thread::Thread;
use crate::types::bool::{BOOL_TYPE, BoolObject};
use crate::types::float;
use crate::types::none::not_implemented;
use crate::types::str as str_;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use typhon_abi::CmpOp;

/// A heap int: only for values outside the small range.
#[repr(C)]
pub struct BigIntObject {
    pub header: Header,
    pub value: BigInt,
}

pub static INT_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "int",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: Some(finalize),
    slots: SLOTS,
    methods: METHODS,
};

/// The slot table, shared with `bool` where the behaviour is the same.
pub(crate) const SLOTS: Slots = Slots {
    repr: Some(repr),
    str: Some(repr),
    hash: Some(hash),
    compare: Some(compare),
    binop: Some(arith::binop),
    unary: Some(unary),
    truthy: Some(truthy),
    getattr: Some(methods::getattr),
    construct: Some(construct),
    ..Slots::EMPTY
};

crate::method_table! {
pub(crate) static METHODS = "int" [
    Method {
        name: "bit_length",
        func: methods::bit_length,
    },
    Method {
        name: "bit_count",
        func: methods::bit_count,
    },
    Method {
        name: "conjugate",
        func: methods::conjugate,
    },
    Method {
        name: "to_bytes",
        func: bytes_conv::to_bytes,
    },
    Method {
        name: "from_bytes",
        func: bytes_conv::from_bytes,
    },
    Method {
        name: "as_integer_ratio",
        func: bytes_conv::as_integer_ratio,
    },
];
}

/// A borrowed view of an int (or bool) value.
#[derive(Clone, Copy)]
pub enum Int<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> Int<'a> {
    pub fn to_bigint(self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(v),
            Int::Big(b) => b.clone(),
        }
    }

    /// The value as a big integer, borrowed when it is one already.
    pub fn as_bigint(self) -> std::borrow::Cow<'a, BigInt> {
        match self {
            Int::Small(v) => std::borrow::Cow::Owned(BigInt::from(v)),
            Int::Big(b) => std::borrow::Cow::Borrowed(b),
        }
    }

    pub fn to_i128(self) -> Option<i128> {
        match self {
            Int::Small(v) => Some(v as i128),
            Int::Big(b) => b.to_i128(),
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            Int::Small(v) => v == 0,
            Int::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            Int::Small(v) => v < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    pub fn to_i64(self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(v),
            Int::Big(b) => b.to_i64(),
        }
    }

    pub fn compare(self, other: Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(&b),
            (a, b) => a.to_bigint().cmp(&b.to_bigint()),
        }
    }
}

/// The value of `w` if it is an int or a bool.
#[inline]
pub fn view<'a>(w: Word) -> Option<Int<'a>> {
    if is_small(w) {
        return Some(Int::Small(small_value(w)));
    }
    let ty = type_of(w);
    if std::ptr::eq(ty, &INT_TYPE) {
        Some(Int::Big(unsafe { &cast::<BigIntObject>(w).value }))
    } else if std::ptr::eq(ty, &BOOL_TYPE) {
        Some(Int::Small(unsafe { cast::<BoolObject>(w).value } as i64))
    } else if is_subclass_instance(ty) {
        // An int subclass's instance is boxed whatever its value; give
        // small values back as small ints, as everywhere else.
        let value = unsafe { &cast::<BigIntObject>(w).value };
        match value.to_i64().and_then(small) {
            Some(_) => Some(Int::Small(value.to_i64().unwrap_or_default())),
            None => Some(Int::Big(value)),
        }
    } else {
        None
    }
}

/// Whether `ty` is a user class whose instances are ints.
#[inline]
fn is_subclass_instance(ty: &TypeObject) -> bool {
    crate::types::class::is_heap(ty) && std::ptr::eq(crate::types::class::solid_base(ty), &INT_TYPE)
}

/// Whether `w` is an int or a bool.
#[inline]
pub fn is_int(w: Word) -> bool {
    if is_small(w) {
        return true;
    }
    let ty = type_of(w);
    std::ptr::eq(ty, &INT_TYPE) || std::ptr::eq(ty, &BOOL_TYPE) || is_subclass_instance(ty)
}

/// An int from an `i64`: inline when it fits, boxed otherwise.
pub fn from_i64(ts: *mut Thread, value: i64) -> Word {
    match small(value) {
        Some(w) => w,
        None => boxed(ts, BigInt::from(value)),
    }
}

/// An int from an `i128`.
pub fn from_i128(ts: *mut Thread, value: i128) -> Word {
    match i64::try_from(value) {
        Ok(v) => from_i64(ts, v),
        Err(_) => boxed(ts, BigInt::from(value)),
    }
}

/// An int from a big integer, normalised to a small int when it fits.
pub fn from_bigint(ts: *mut Thread, value: BigInt) -> Word {
    match value.to_i64().and_then(small) {
        Some(w) => w,
        None => boxed(ts, value),
    }
}

fn boxed(ts: *mut Thread, value: BigInt) -> Word {
    let obj = BigIntObject {
        header: Header::new_static(&INT_TYPE),
        value,
    };
    unsafe { crate::gc::alloc_value(ts, &INT_TYPE, obj) }
}

/// The value of an int or bool word as a big integer (0 for anything else).
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn to_bigint(w: Word) -> BigInt {
    view(w).map(Int::to_bigint).unwrap_or_default()
}

/// The value of an int (or bool) used as an index: `Some(v)`, or `None` with
/// an exception pending. A value outside `i64` raises CPython's
/// `IndexError: cannot fit 'int' into an index-sized integer`.
///
/// `what` words the `TypeError` for a non-int: with a `{}` in it, the type
/// name replaces the `{}` (`"string indices must be integers, not '{}'"`);
/// empty, the message is "'float' object cannot be interpreted as an
/// integer"; otherwise it names the indexed thing (`"list indices"` gives
/// "list indices must be integers or slices, not str").
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn index_value(ts: *mut Thread, w: Word, what: &str) -> Option<i64> {
    unsafe { ssize_value(ts, w, what, &crate::types::exception::INDEX_ERROR) }
}

/// Like [`index_value`] for sizes and counts (`[0] * n`, `'a' * n`), where
/// CPython raises `OverflowError` for a value outside `i64`.
///
/// # Safety
/// `w` must be a valid word.
pub unsafe fn count_value(ts: *mut Thread, w: Word, what: &str) -> Option<i64> {
    unsafe { ssize_value(ts, w, what, &crate::types::exception::OVERFLOW_ERROR) }
}

unsafe fn ssize_value(
    ts: *mut Thread,
    w: Word,
    what: &str,
    huge: &'static TypeObject,
) -> Option<i64> {
    match view(w) {
        Some(v) => match v.to_i64() {
            Some(v) => Some(v),
            None => {
                crate::error::raise(ts, huge, "cannot fit 'int' into an index-sized integer");
                None
            }
        },
        None => {
            if let Some(result) = unsafe { crate::types::class::slots::user_index(ts, w) } {
                if result == 0 {
                    return None;
                }
                return unsafe { ssize_value(ts, result, what, huge) };
            }
            let name = type_of(w).name;
            let message = if what.is_empty() {
                format!("'{name}' object cannot be interpreted as an integer")
            } else if what.contains("{}") {
                what.replace("{}", name)
            } else {
                format!("{what} must be integers or slices, not {name}")
            };
            crate::error::type_error(ts, &message);
            None
        }
    }
}

/// Entry: an int from an `i64` computed by generated code.
///
/// # Safety
/// `ts` must be the current thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_int_from_i64(ts: *mut Thread, value: i64) -> Word {
    from_i64(ts, value)
}

/// Entry: an int literal too large for the inline encoding, as decimal
/// digits with an optional leading `-` (underscores are skipped).
///
/// # Safety
/// `digits` must point at `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_int_from_str(ts: *mut Thread, digits: *const u8, len: i64) -> Word {
    let bytes = if digits.is_null() || len <= 0 {
        &[][..]
    } else {
        unsafe { std::slice::from_raw_parts(digits, len as usize) }
    };
    let (negative, body) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, bytes),
    };
    let clean: Vec<u8> = body.iter().copied().filter(|b| *b != b'_').collect();
    match BigInt::parse_bytes(&clean, 10) {
        Some(v) if !clean.is_empty() && clean.iter().all(u8::is_ascii_digit) => {
            from_bigint(ts, if negative { -v } else { v })
        }
        _ => crate::error::value_error(ts, "invalid integer literal"),
    }
}

unsafe fn finalize(obj: *mut Header) {
    unsafe { std::ptr::drop_in_place(&mut cast::<BigIntObject>(obj as Word).value) };
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    match view(w) {
        Some(Int::Small(v)) => str_::from_i64(ts, v),
        Some(Int::Big(b)) => match to_decimal(ts, b) {
            Some(text) => str_::new(ts, &text),
            None => 0,
        },
        None => crate::error::type_error(ts, "int.__repr__ requires an int"),
    }
}

/// CPython's numeric hash modulus, 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of an int: the value modulo 2**61 - 1 with its sign, and
/// -1 (the C-level error marker) mapped to -2.
pub fn hash_int(v: Int) -> i64 {
    let (negative, magnitude) = match v {
        Int::Small(v) => (v < 0, v.unsigned_abs() % HASH_MODULUS),
        Int::Big(b) => {
            let m = b.magnitude() % HASH_MODULUS;
            (b.is_negative(), m.to_u64().unwrap_or(0))
        }
    };
    let h = if negative {
        -(magnitude as i64)
    } else {
        magnitude as i64
    };
    if h == -1 { -2 } else { h }
}

unsafe fn hash(_ts: *mut Thread, w: Word) -> Option<i64> {
    Some(view(w).map(hash_int).unwrap_or(0))
}

/// Whether `ordering` (of left relative to right) satisfies `op`.
pub fn cmp_holds(op: i32, ordering: Ordering) -> bool {
    match CmpOp::from_i32(op) {
        Some(CmpOp::Lt) => ordering == Ordering::Less,
        Some(CmpOp::Le) => ordering != Ordering::Greater,
        Some(CmpOp::Eq) => ordering == Ordering::Equal,
        Some(CmpOp::Ne) => ordering != Ordering::Equal,
        Some(CmpOp::Gt) => ordering == Ordering::Greater,
        Some(CmpOp::Ge) => ordering != Ordering::Less,
        None => false,
    }
}

unsafe fn compare(_ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let Some(x) = view(a) else {
        return not_implemented();
    };
    if let Some(y) = view(b) {
        return crate::types::bool::from_bool(cmp_holds(op, x.compare(y)));
    }
    if std::ptr::eq(type_of(b), &float::FLOAT_TYPE) {
        let holds = match float::compare_int_float(x, unsafe { float::value(b) }) {
            Some(ordering) => cmp_holds(op, ordering),
            // Every comparison with NaN is false, except `!=`.
            None => op == CmpOp::Ne as i32,
        };
        return crate::types::bool::from_bool(holds);
    }
    not_implemented()
}

unsafe fn unary(ts: *mut Thread, op: i32, a: Word) -> Word {
    let Some(x) = view(a) else {
        return not_implemented();
    };
    match (typhon_abi::UnaryOp::from_i32(op), x) {
        (Some(typhon_abi::UnaryOp::Neg), Int::Small(v)) => from_i64(ts, -v),
        (Some(typhon_abi::UnaryOp::Neg), Int::Big(b)) => from_bigint(ts, -b),
        // `+True` is the int 1, but `+n` of an exact int is `n` itself.
        (Some(typhon_abi::UnaryOp::Pos), Int::Small(v)) => from_i64(ts, v),
        (Some(typhon_abi::UnaryOp::Pos), Int::Big(_)) => a,
        (Some(typhon_abi::UnaryOp::Invert), Int::Small(v)) => from_i64(ts, -v - 1),
        (Some(typhon_abi::UnaryOp::Invert), Int::Big(b)) => from_bigint(ts, -b - 1),
        _ => not_implemented(),
    }
}

unsafe fn truthy(_ts: *mut Thread, w: Word) -> i32 {
    view(w).is_some_and(|v| !v.is_zero()) as i32
}

#[cfg(test)]
mod tests;
