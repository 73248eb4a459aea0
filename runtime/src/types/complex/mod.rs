//! `complex`: two boxed `f64`s, with CPython 3.11's arithmetic (mixed
//! operands are converted to complex first), its hash, equality with ints
//! and floats, repr (`(1+2j)`, `1j`, `(-0-0j)`), the constructor with its
//! string grammar (`parse.rs`) and `format()` (`format/complex.rs`).

mod arith;
mod parse;

pub use arith::{abs_value, pow_values};

use crate::error::type_error;
use crate::gc;
use crate::object::{Header, Method, Slots, TypeObject, Word, cast, is_exact, is_small};
use crate::thread::Thread;
use crate::types::bool::from_bool;
use crate::types::none::not_implemented;
use crate::types::str::args::{self, Spec, Style};
use crate::types::{float, int};
use std::cmp::Ordering;
use typhon_abi::{CmpOp, UnaryOp};

#[repr(C)]
pub struct ComplexObject {
    pub header: Header,
    pub re: f64,
    pub im: f64,
}

pub static COMPLEX_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "complex",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(repr_slot),
        str: Some(repr_slot),
        hash: Some(hash),
        compare: Some(compare),
        binop: Some(arith::binop),
        unary: Some(unary),
        truthy: Some(truthy),
        getattr: Some(getattr),
        construct: Some(parse::construct),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[Method {
        name: "conjugate",
        func: conjugate,
    }]),
};

/// A new complex; 0 with `MemoryError` pending.
pub fn new(ts: *mut Thread, re: f64, im: f64) -> Word {
    unsafe {
        gc::alloc_value(
            ts,
            &COMPLEX_TYPE,
            ComplexObject {
                header: Header::new_static(&COMPLEX_TYPE),
                re,
                im,
            },
        )
    }
}

/// Whether `w` is a complex.
pub fn is_complex(w: Word) -> bool {
    !is_small(w) && is_exact(w, &COMPLEX_TYPE)
}

/// The parts of a complex object.
///
/// # Safety
/// `w` must be a complex.
pub unsafe fn parts(w: Word) -> (f64, f64) {
    let c = unsafe { cast::<ComplexObject>(w) };
    (c.re, c.im)
}

/// Entry: a complex constant (`2j` is `ty_complex_new(0.0, 2.0)`).
///
/// # Safety
/// `ts` must be the current thread.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_complex_new(ts: *mut Thread, re: f64, im: f64) -> Word {
    new(ts, re, im)
}

/// `repr(z)`: CPython's `complex_repr`, which is `format(z, '')`.
pub fn repr_string(re: f64, im: f64) -> String {
    let text = crate::format::format_complex(re, im, "").unwrap_or_default();
    String::from_utf8(text).unwrap_or_default()
}

unsafe fn repr_slot(ts: *mut Thread, w: Word) -> Word {
    let (re, im) = unsafe { parts(w) };
    crate::types::str::new(ts, &repr_string(re, im))
}

/// CPython's `complex_hash`: `hash(re) + 1000003 * hash(im)`, wrapping.
unsafe fn hash(_ts: *mut Thread, w: Word) -> Option<i64> {
    let (re, im) = unsafe { parts(w) };
    let hash_re = float::hash_f64(re, w) as u64;
    let hash_im = float::hash_f64(im, w) as u64;
    let combined = hash_re.wrapping_add(1_000_003u64.wrapping_mul(hash_im)) as i64;
    Some(if combined == -1 { -2 } else { combined })
}

/// `==` and `!=` against complex, float and int (exactly, as CPython does
/// for a zero imaginary part); every ordering is `NotImplemented`.
unsafe fn compare(_ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    if op != CmpOp::Eq as i32 && op != CmpOp::Ne as i32 {
        return not_implemented();
    }
    let (re, im) = unsafe { parts(a) };
    let equal = if is_complex(b) {
        let (x, y) = unsafe { parts(b) };
        re == x && im == y
    } else if float::is_float(b) {
        im == 0.0 && re == unsafe { float::value(b) }
    } else if let Some(i) = int::view(b) {
        im == 0.0 && float::compare_int_float(i, re) == Some(Ordering::Equal)
    } else {
        return not_implemented();
    };
    from_bool(equal == (op == CmpOp::Eq as i32))
}

unsafe fn unary(ts: *mut Thread, op: i32, a: Word) -> Word {
    let (re, im) = unsafe { parts(a) };
    match UnaryOp::from_i32(op) {
        Some(UnaryOp::Neg) => new(ts, -re, -im),
        Some(UnaryOp::Pos) => new(ts, re, im),
        _ => not_implemented(),
    }
}

unsafe fn truthy(_ts: *mut Thread, w: Word) -> i32 {
    let (re, im) = unsafe { parts(w) };
    (re != 0.0 || im != 0.0) as i32
}

/// `z.real` and `z.imag`; other names return 0 with nothing pending.
unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    let (re, im) = unsafe { parts(w) };
    match unsafe { crate::types::str::bytes(name) } {
        b"real" => float::new(ts, re),
        b"imag" => float::new(ts, im),
        _ => 0,
    }
}

unsafe extern "C" fn conjugate(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new("complex", "conjugate", 0, 0, Style::NoArgs);
    let Some((this, [])) = (unsafe { args::parse::<0>(ts, &SPEC, argv, nargs, kwnames) }) else {
        return 0;
    };
    if !is_complex(this) {
        return type_error(
            ts,
            "descriptor 'conjugate' for 'complex' objects doesn't apply",
        );
    }
    let (re, im) = unsafe { parts(this) };
    new(ts, re, -im)
}
