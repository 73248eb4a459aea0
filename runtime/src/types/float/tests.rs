//! Tests of floats: repr (shortest round-trip digits in CPython's layout),
//! parsing, the constructor and methods. Expected values come from
//! CPython 3.11.

use super::*;
use crate::ops::testing::{show, thread, value};

#[test]
fn repr_matches_cpython() {
    for (x, expected) in REPRS {
        assert_eq!(repr_string(*x), *expected, "{x:e}");
    }
}

/// `(x, repr(x))`.
const REPRS: &[(f64, &str)] = &[
    (0.0_f64, "0.0"),
    (-0.0_f64, "-0.0"),
    (1.0_f64, "1.0"),
    (-1.5_f64, "-1.5"),
    (0.1_f64, "0.1"),
    (0.30000000000000004_f64, "0.30000000000000004"),
    (0.3333333333333333_f64, "0.3333333333333333"),
    (1e+16_f64, "1e+16"),
    (1000000000000000.0_f64, "1000000000000000.0"),
    (1.2345678901234568e+17_f64, "1.2345678901234568e+17"),
    (0.0001_f64, "0.0001"),
    (1e-05_f64, "1e-05"),
    (0.00012345_f64, "0.00012345"),
    (1.5e+300_f64, "1.5e+300"),
    (5e-324_f64, "5e-324"),
    (1.7976931348623157e+308_f64, "1.7976931348623157e+308"),
    (2.000000000000001e+16_f64, "2.000000000000001e+16"),
    (9007199254740992.0_f64, "9007199254740992.0"),
    (1e+22_f64, "1e+22"),
    (1e+23_f64, "1e+23"),
    (100.0_f64, "100.0"),
    (123.456_f64, "123.456"),
    (-1e-07_f64, "-1e-07"),
    // Exactly 804176572350605.25: the two shortest candidates are equally
    // near, and the even digit wins.
    (804176572350605.2_f64, "804176572350605.2"),
    (f64::INFINITY, "inf"),
    (f64::NEG_INFINITY, "-inf"),
    (f64::NAN, "nan"),
    (2.5e-05_f64, "2.5e-05"),
    (1234567890123456.8_f64, "1234567890123456.8"),
    (1.2345678901234568e+16_f64, "1.2345678901234568e+16"),
];

#[test]
fn parsing() {
    for (text, expected) in PARSES {
        let got = parse_float(text)
            .map(repr_string)
            .unwrap_or_else(|| "invalid".into());
        assert_eq!(&got, expected, "float({text:?})");
    }
}

/// `(text, repr(float(text)))`; "invalid" for a ValueError.
const PARSES: &[(&str, &str)] = &[
    ("1.5", "1.5"),
    (" 1.5 ", "1.5"),
    ("-1.5", "-1.5"),
    ("+1.5", "1.5"),
    ("1e5", "100000.0"),
    ("1E+5", "100000.0"),
    ("1.e3", "1000.0"),
    (".e3", "invalid"),
    ("1e", "invalid"),
    ("e5", "invalid"),
    ("+.5", "0.5"),
    ("-5.", "-5.0"),
    (".", "invalid"),
    ("1_0.5_0", "10.5"),
    ("1_0e1_0", "100000000000.0"),
    ("1._5", "invalid"),
    ("1_.5", "invalid"),
    ("_1", "invalid"),
    ("1_", "invalid"),
    ("nan", "nan"),
    ("-NaN", "nan"),
    ("inf", "inf"),
    ("-iNF", "-inf"),
    ("infinity", "inf"),
    ("+Infinity", "inf"),
    ("in", "invalid"),
    ("infinit", "invalid"),
    ("1.5e-500", "0.0"),
    ("1e500", "inf"),
    ("0x10", "invalid"),
    ("1 2", "invalid"),
    ("1\u{0}", "invalid"),
    ("", "invalid"),
    ("  ", "invalid"),
    ("\u{663}.\u{665}", "3.5"),
    ("1e-400", "0.0"),
    ("2.5e-5", "2.5e-05"),
    ("123456789012345678901234567890", "1.2345678901234568e+29"),
    ("0.1", "0.1"),
    ("-0", "-0.0"),
    ("-0.0", "-0.0"),
    ("1__0", "invalid"),
];

#[test]
fn constructor() {
    let ts = thread();
    let call = |args: &[Word], kwnames: Word| unsafe {
        construct(ts, args.as_ptr(), args.len() as i64, kwnames)
    };
    let s = |text: &str| crate::types::str::new(ts, text);
    assert_eq!(show(ts, call(&[], 0)), "0.0");
    assert_eq!(
        show(ts, call(&[value(ts, "2**53+1")], 0)),
        "9007199254740992.0"
    );
    assert_eq!(show(ts, call(&[value(ts, "True")], 0)), "1.0");
    assert_eq!(show(ts, call(&[s(" -1_000.5 ")], 0)), "-1000.5");
    assert_eq!(
        show(ts, call(&[value(ts, "10**400")], 0)),
        "OverflowError: int too large to convert to float"
    );
    assert_eq!(
        show(ts, call(&[value(ts, "1"), value(ts, "2")], 0)),
        "TypeError: float expected at most 1 argument, got 2"
    );
    let x = crate::types::tuple::new(ts, &[s("x")]);
    assert_eq!(
        show(ts, call(&[value(ts, "1")], x)),
        "TypeError: float() takes no keyword arguments"
    );
    let list = crate::types::list::new(ts, Vec::new());
    assert_eq!(
        show(ts, call(&[list], 0)),
        "TypeError: float() argument must be a string or a real number, not 'list'"
    );
}

#[test]
fn methods() {
    let ts = thread();
    let call = |f: crate::object::NativeFn, x: &str| {
        let w = value(ts, x);
        show(ts, unsafe { f(ts, &w, 1, 0) })
    };
    assert_eq!(call(is_integer, "2.0"), "True");
    assert_eq!(call(is_integer, "2.5"), "False");
    assert_eq!(call(is_integer, "inf"), "False");
    assert_eq!(call(as_integer_ratio, "0.75"), "(3, 4)");
    assert_eq!(call(as_integer_ratio, "-2.5"), "(-5, 2)");
    assert_eq!(
        call(as_integer_ratio, "0.1"),
        "(3602879701896397, 36028797018963968)"
    );
    assert_eq!(call(as_integer_ratio, "1e20"), "(100000000000000000000, 1)");
    assert_eq!(call(as_integer_ratio, "0.0"), "(0, 1)");
    assert_eq!(
        call(as_integer_ratio, "inf"),
        "OverflowError: cannot convert Infinity to integer ratio"
    );
    assert_eq!(
        call(as_integer_ratio, "nan"),
        "ValueError: cannot convert NaN to integer ratio"
    );
}

#[test]
fn floor_division_and_modulo_signs() {
    assert_eq!(divmod(-7.5, 2.0), (-4.0, 0.5));
    assert_eq!(divmod(7.5, -2.0), (-4.0, -0.5));
    assert_eq!(modulo(-0.0, 1.0).to_bits(), 0.0f64.to_bits());
    assert_eq!(modulo(0.0, -1.0).to_bits(), (-0.0f64).to_bits());
    assert_eq!(floor_divide(1.0, 0.1), 9.0);
    assert_eq!(modulo(1.0, 0.1), 0.09999999999999995);
    assert_eq!(floor_divide(-1e-300, 1e300).to_bits(), (-1.0f64).to_bits());
}

#[test]
fn constructor_messages_show_the_whole_text() {
    let ts = thread();
    let call = |arg: Word| unsafe { construct(ts, &arg, 1, 0) };
    let s = |text: &str| crate::types::str::new(ts, text);
    assert_eq!(
        show(ts, call(s("abc"))),
        "ValueError: could not convert string to float: 'abc'"
    );
    let long = show(ts, call(s(&"a".repeat(300))));
    assert_eq!(long.len(), "ValueError: ".len() + 35 + 302);
    assert_eq!(show(ts, call(crate::types::bytes::new(ts, b"1.5"))), "1.5");
    assert_eq!(
        show(ts, call(crate::types::bytes::new(ts, b"x"))),
        "ValueError: could not convert string to float: b'x'"
    );
}
