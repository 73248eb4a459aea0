//! `float`: a boxed `f64`, with CPython's hashing, exact comparisons against
//! ints of any size, and its repr (see `repr.rs`).

mod arith;
mod hex;
mod parse;
mod repr;

pub use arith::{divmod, floor_divide, modulo, pow};
pub use parse::{construct, parse_float};
pub use repr::{DtoaFlags, double_to_string, repr_string};

use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;
use crate::types::bool::from_bool;
use crate::types::int::{self, Int, cmp_holds};
use crate::types::none::not_implemented;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, One, Zero};
use std::cmp::Ordering;
use typhon_abi::{CmpOp, UnaryOp};

#[repr(C)]
pub struct FloatObject {
    pub header: Header,
    pub value: f64,
}

/// Exported: generated code writes its address into the floats it
/// allocates inline.
#[unsafe(export_name = "TY_FLOAT_TYPE")]
pub static FLOAT_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "float",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(repr::repr_slot),
        str: Some(repr::repr_slot),
        hash: Some(hash),
        compare: Some(compare),
        binop: Some(arith::binop),
        unary: Some(unary),
        truthy: Some(truthy),
        getattr: Some(getattr),
        construct: Some(construct),
        ..Slots::EMPTY
    },
    methods: METHODS,
};

// A linked table (`crate::methods`): `fromhex` and `hex` alone are 6 KiB
// that a program naming neither does not need.
crate::method_table! {
static METHODS = "float" [
    Method {
        name: "is_integer",
        func: is_integer,
    },
    Method {
        name: "conjugate",
        func: conjugate,
    },
    Method {
        name: "as_integer_ratio",
        func: as_integer_ratio,
    },
    Method {
        name: "hex",
        func: hex::hex,
    },
    Method {
        name: "fromhex",
        func: hex::fromhex,
    },
];
}

/// A new float; 0 with `MemoryError` pending. A float holds no words, so
/// the plain allocation (which may collect first) is safe and the header is
/// all it needs written besides the value.
#[inline]
pub fn new(ts: *mut Thread, value: f64) -> Word {
    let obj = unsafe { gc::alloc(ts, std::mem::size_of::<FloatObject>(), &FLOAT_TYPE) };
    if obj.is_null() {
        return 0;
    }
    unsafe { (*(obj as *mut FloatObject)).value = value };
    obj as Word
}

/// The value of a float object.
///
/// # Safety
/// `w` must be a float.
pub unsafe fn value(w: Word) -> f64 {
    unsafe { cast::<FloatObject>(w).value }
}

/// Whether `w` is a `float` itself, not an instance of a subclass.
#[inline]
pub fn is_exact_float(w: Word) -> bool {
    !crate::object::is_small(w) && std::ptr::eq(crate::object::type_of(w), &FLOAT_TYPE)
}

/// Whether `w` is a float.
pub fn is_float(w: Word) -> bool {
    if crate::object::is_small(w) {
        return false;
    }
    let ty = crate::object::type_of(w);
    std::ptr::eq(ty, &FLOAT_TYPE)
        || (crate::types::class::is_heap(ty)
            && std::ptr::eq(crate::types::class::solid_base(ty), &FLOAT_TYPE))
}

/// Entry: box an unboxed float.
///
/// # Safety
/// `ts` must be the current thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_float_new(ts: *mut Thread, value: f64) -> Word {
    new(ts, value)
}

/// Entry: an exact int as a new float, as arithmetic mixing it with a
/// float converts it (correctly rounded; `OverflowError` when too large).
///
/// # Safety
/// `ts` must be the current thread; `value` an int.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_int_to_float(ts: *mut Thread, value: Word) -> Word {
    match unsafe { crate::types::int::to_f64(ts, value) } {
        Some(f) => new(ts, f),
        None => 0,
    }
}

/// Entry of `--infer=checked`: abort unless `value` is an exact int
/// (`kind` 0) or an exact float (`kind` 1), as inference proved. A failure
/// is a typhon bug (an unsound inference), never a Python error.
///
/// # Safety
/// `value` must be a valid word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_check_kind(_ts: *mut Thread, value: Word, kind: i32) {
    let ok = match kind {
        0 => {
            crate::object::is_small(value)
                || crate::object::is_exact(value, &crate::types::int::INT_TYPE)
        }
        _ => is_float(value),
    };
    if !ok {
        let found = if value == 0 {
            "nothing"
        } else {
            crate::object::type_of(value).name
        };
        let expected = if kind == 0 { "int" } else { "float" };
        eprintln!("typhon: inference check failed: expected {expected}, found {found}");
        std::process::abort();
    }
}

/// CPython's hash of a float: integral values hash like the equal int, the
/// rest by the same modulus-2**61-1 reduction of the exact binary value.
pub fn hash_f64(v: f64, identity: Word) -> i64 {
    if v.is_nan() {
        // Since 3.10 a NaN hashes by identity (`_Py_HashPointer`).
        let h = identity.rotate_right(4) as i64;
        return if h == -1 { -2 } else { h };
    }
    if v.is_infinite() {
        return if v > 0.0 { 314_159 } else { -314_159 };
    }
    let modulus = int::HASH_MODULUS;
    let (mut m, mut e) = frexp(v);
    let negative = m < 0.0;
    m = m.abs();
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & modulus) | x >> (61 - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    } as u32;
    x = ((x << e) & modulus) | x >> (61 - e);
    let h = if negative { x.wrapping_neg() } else { x } as i64;
    if h == -1 { -2 } else { h }
}

/// C's `frexp`: `v == m * 2**e` with `0.5 <= |m| < 1` (or `m == v` for 0).
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    if exponent == 0 {
        let (m, e) = frexp(v * 18_446_744_073_709_551_616.0);
        return (m, e - 64);
    }
    (
        f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)),
        exponent - 1022,
    )
}

/// How an int compares to a float, exactly (no rounding of huge ints);
/// `None` when the float is NaN.
pub fn compare_int_float(x: Int, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(v) = x
        && v.unsigned_abs() <= 1 << 53
    {
        return (v as f64).partial_cmp(&f);
    }
    let whole = f.trunc();
    let ordering = x
        .to_bigint()
        .cmp(&BigInt::from_f64(whole).unwrap_or_default());
    if ordering != Ordering::Equal {
        return Some(ordering);
    }
    // Equal integer parts: the fraction decides.
    Some(0.0.partial_cmp(&(f - whole)).unwrap_or(Ordering::Equal))
}

unsafe fn hash(_ts: *mut Thread, w: Word) -> Option<i64> {
    Some(hash_f64(unsafe { value(w) }, w))
}

unsafe fn compare(_ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let x = unsafe { value(a) };
    let ordering = if is_float(b) {
        x.partial_cmp(&unsafe { value(b) })
    } else if let Some(i) = int::view(b) {
        compare_int_float(i, x).map(Ordering::reverse)
    } else {
        return not_implemented();
    };
    from_bool(match ordering {
        Some(ordering) => cmp_holds(op, ordering),
        None => op == CmpOp::Ne as i32,
    })
}

unsafe fn unary(ts: *mut Thread, op: i32, a: Word) -> Word {
    match UnaryOp::from_i32(op) {
        Some(UnaryOp::Neg) => new(ts, -unsafe { value(a) }),
        Some(UnaryOp::Pos) => a,
        _ => not_implemented(),
    }
}

/// `x.real` and `x.imag`; other names return 0 with nothing pending.
unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    match unsafe { crate::types::str::bytes(name) } {
        b"real" => w,
        b"imag" => new(ts, 0.0),
        _ => 0,
    }
}

unsafe fn truthy(_ts: *mut Thread, w: Word) -> i32 {
    (unsafe { value(w) } != 0.0) as i32
}

/// The receiver of a no-argument float method, or `None` with `TypeError`
/// pending ("float.is_integer() takes no arguments (1 given)").
unsafe fn no_arg_self(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
    name: &str,
) -> Option<Word> {
    if kwnames != 0 && !unsafe { crate::types::tuple::items(kwnames) }.is_empty() {
        crate::error::type_error(ts, &format!("float.{name}() takes no keyword arguments"));
        return None;
    }
    if nargs != 1 {
        crate::error::type_error(
            ts,
            &format!("float.{name}() takes no arguments ({} given)", nargs - 1),
        );
        return None;
    }
    let receiver = unsafe { *args };
    if !is_float(receiver) {
        crate::error::type_error(
            ts,
            &format!("descriptor '{name}' for 'float' objects doesn't apply"),
        );
        return None;
    }
    Some(receiver)
}

unsafe extern "C" fn is_integer(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { no_arg_self(ts, args, nargs, kwnames, "is_integer") } {
        Some(w) => {
            let v = unsafe { value(w) };
            from_bool(v.is_finite() && v.trunc() == v)
        }
        None => 0,
    }
}

unsafe extern "C" fn conjugate(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    unsafe { no_arg_self(ts, args, nargs, kwnames, "conjugate") }.unwrap_or(0)
}

unsafe extern "C" fn as_integer_ratio(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(w) = (unsafe { no_arg_self(ts, args, nargs, kwnames, "as_integer_ratio") }) else {
        return 0;
    };
    let v = unsafe { value(w) };
    if v.is_nan() {
        return crate::error::value_error(ts, "cannot convert NaN to integer ratio");
    }
    if v.is_infinite() {
        return crate::error::overflow_error(ts, "cannot convert Infinity to integer ratio");
    }
    let (m, e) = frexp(v);
    // `m * 2**53` is an exact integer; divide out the common powers of two.
    let mut numerator = BigInt::from((m * 9_007_199_254_740_992.0) as i64);
    let mut exponent = e as i64 - 53;
    let mut denominator = BigInt::one();
    if numerator.is_zero() {
        exponent = 0;
    } else {
        let twos = numerator.trailing_zeros().unwrap_or(0) as i64;
        let cut = if exponent < 0 { twos.min(-exponent) } else { 0 };
        numerator >>= cut as u64;
        exponent += cut;
    }
    if exponent >= 0 {
        numerator <<= exponent as u64;
    } else {
        denominator <<= (-exponent) as u64;
    }
    let parts = [
        int::from_bigint(ts, numerator),
        int::from_bigint(ts, denominator),
    ];
    if parts.contains(&0) {
        return 0;
    }
    crate::types::tuple::new(ts, &parts)
}

#[cfg(test)]
mod tests;
