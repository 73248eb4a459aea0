//! Tests of ints: hashing, parsing in every base, correctly rounded
//! conversion to float and true division, the decimal digit limit, and the
//! small-int invariant. Expected values come from CPython 3.11.

use super::methods::{bit_count, bit_length};
use super::*;
use crate::ops::testing::{int_expr, show, thread, value};

#[test]
fn hashes_match_cpython() {
    let ts = thread();
    for (token, expected) in HASHES {
        let w = value(ts, token);
        assert_eq!(
            unsafe { crate::ops::hash(ts, w) },
            Some(*expected),
            "hash({token})"
        );
    }
}

/// `(value, hash(value))`.
const HASHES: &[(&str, i64)] = &[
    ("0", 0),
    ("1", 1),
    ("-1", -2),
    ("-2", -2),
    ("2305843009213693951", 0),
    ("2305843009213693952", 1),
    ("-2305843009213693952", -2),
    ("4611686018427387903", 1),
    ("-4611686018427387904", -2),
    ("2**64", 8),
    ("-2**64", -8),
    ("10**100", 910685213754167845),
    ("-10**100", -910685213754167845),
    ("2**61-1", 0),
    ("-2**61+1", 0),
    ("1.5", 1152921504606846977),
    ("-1.0", -2),
    ("0.0", 0),
    ("-0.0", 0),
    ("1e100", 1822893315824342674),
    ("0.1", 230584300921369408),
    ("-0.1", -230584300921369408),
    ("1e-300", 482449582752280463),
    ("5e-324", 16777216),
    ("1.7976931348623157e+308", 2234066890152476671),
    ("inf", 314159),
    ("-inf", -314159),
    ("123456789.123", 283618680910892309),
    ("2305843009213693951.0", 1),
    ("True", 1),
    ("False", 0),
];

#[test]
fn parsing_in_any_base() {
    for (text, base, expected) in PARSES {
        let got = match to_ascii_number(text).map(|t| parse_int(&t, *base)) {
            Some(Ok(v)) => v.to_string(),
            _ => "invalid".to_string(),
        };
        assert_eq!(&got, expected, "int({text:?}, {base})");
    }
}

/// `(text, base, int(text, base))`; "invalid" for a ValueError.
const PARSES: &[(&str, u32, &str)] = &[
    ("12", 10, "12"),
    (" 12 ", 10, "12"),
    ("-12", 10, "-12"),
    ("+12", 10, "12"),
    ("1_000", 10, "1000"),
    ("_1", 10, "invalid"),
    ("1_", 10, "invalid"),
    ("1__0", 10, "invalid"),
    ("0x1f", 16, "31"),
    ("0x1f", 0, "31"),
    ("0X1F", 0, "31"),
    ("0o17", 0, "15"),
    ("0b101", 0, "5"),
    ("0b101", 2, "5"),
    ("0x_1f", 16, "31"),
    ("0x_1f", 0, "31"),
    ("0x", 16, "invalid"),
    ("010", 0, "invalid"),
    ("00", 0, "0"),
    ("0_0", 0, "0"),
    ("0", 0, "0"),
    ("-0x10", 0, "-16"),
    ("z", 36, "35"),
    ("Z", 36, "35"),
    ("12", 8, "10"),
    ("19", 8, "invalid"),
    ("", 10, "invalid"),
    (" ", 10, "invalid"),
    ("+ 1", 10, "invalid"),
    ("1 2", 10, "invalid"),
    ("\u{663}", 10, "3"),
    ("\u{661}\u{662}", 10, "12"),
    ("\u{2000}12\u{3000}", 10, "12"),
    ("\u{b}12\u{c}", 10, "12"),
    ("\u{1c}12", 10, "invalid"),
    ("99999999999999999999999", 10, "99999999999999999999999"),
    ("-99999999999999999999999", 10, "-99999999999999999999999"),
    ("1e5", 10, "invalid"),
    ("1.5", 10, "invalid"),
    ("12a", 16, "298"),
    ("0b2", 0, "invalid"),
];

#[test]
fn digit_limit_applies_to_decimal_text() {
    let ts = thread();
    let long = "1".repeat(4301);
    assert_eq!(parse_int(&long, 10), Err(ParseError::TooManyDigits(4301)));
    assert!(parse_int(&"1".repeat(4300), 10).is_ok());
    assert!(
        parse_int(&"1".repeat(5000), 16).is_ok(),
        "power-of-two bases are not limited"
    );
    let big = value(ts, "10**4300");
    assert_eq!(
        show(ts, unsafe {
            crate::entry::ty_format(ts, big, crate::types::str::new(ts, "d"))
        }),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    let fits = int_expr("10**4300-1");
    assert_eq!(to_decimal(ts, &fits).map(|s| s.len()), Some(4300));
}

#[test]
fn conversion_to_float_rounds_to_nearest_even() {
    let ts = thread();
    for (token, expected) in TO_FLOAT {
        let w = value(ts, token);
        let got = match unsafe { to_f64(ts, w) } {
            Some(f) => crate::types::float::repr_string(f),
            None => show(ts, 0),
        };
        assert_eq!(&got, expected, "float({token})");
    }
}

#[test]
fn true_division_is_correctly_rounded() {
    let ts = thread();
    for (a, b, expected) in DIVISIONS {
        let (x, y) = (value(ts, a), value(ts, b));
        let result = unsafe { crate::entry::ty_binop(ts, typhon_abi::BinOp::TrueDiv as i32, x, y) };
        assert_eq!(&show(ts, result), expected, "{a} / {b}");
    }
}

const TO_FLOAT: &[(&str, &str)] = &[
    ("2**53+1", "9007199254740992.0"),
    ("2**53+3", "9007199254740996.0"),
    ("2**54+2", "1.8014398509481984e+16"),
    ("2**54+6", "1.801439850948199e+16"),
    ("2**64-1", "1.8446744073709552e+19"),
    ("2**63+2**10+1", "9.223372036854778e+18"),
    ("2**1022+2**1022+2**1022", "1.348269851146737e+308"),
    ("2**1024-2**970-1", "1.7976931348623157e+308"),
    (
        "2**1024-2**970",
        "OverflowError: int too large to convert to float",
    ),
    ("2**1023+2**970", "8.98846567431158e+307"),
    ("-2**80-2**27", "-1.2089258196146292e+24"),
    ("10**22", "1e+22"),
    ("10**23", "1e+23"),
    ("3**200", "2.6561398887587478e+95"),
    (
        "2**1024",
        "OverflowError: int too large to convert to float",
    ),
];

const DIVISIONS: &[(&str, &str, &str)] = &[
    ("1", "3", "0.3333333333333333"),
    ("2**1100+1", "2**1099", "2.0"),
    ("1", "2**1074", "5e-324"),
    ("1", "2**1075", "0.0"),
    ("3", "2**1076", "5e-324"),
    ("1", "2**1076", "0.0"),
    ("2**200+1", "3**100", "3117982410207.942"),
    ("10**500", "10**499+10**499+10**499", "3.3333333333333335"),
    ("1", "10**400", "0.0"),
    ("-1", "2**1075+1", "-0.0"),
    (
        "2**1024-1",
        "1",
        "OverflowError: integer division result too large for a float",
    ),
    ("2**1002+2**1001+2**1000", "2**1001", "3.5"),
    ("2**60+1", "2**60", "1.0"),
    ("-10**30", "-7", "1.4285714285714285e+29"),
];

#[test]
fn results_that_fit_are_small_ints() {
    let ts = thread();
    let big = value(ts, "2**62");
    assert!(!crate::object::is_small(big));
    let back =
        unsafe { crate::entry::ty_binop(ts, typhon_abi::BinOp::Sub as i32, big, value(ts, "1")) };
    assert!(crate::object::is_small(back), "2**62 - 1 is small");
    assert_eq!(back, value(ts, "4611686018427387903"));
    assert!(crate::object::is_small(from_bigint(ts, int_expr("-2**62"))));
    assert!(!crate::object::is_small(from_i64(ts, i64::MAX)));
}

#[test]
fn index_values() {
    let ts = thread();
    assert_eq!(
        unsafe { index_value(ts, value(ts, "True"), "list indices") },
        Some(1)
    );
    assert_eq!(
        unsafe { index_value(ts, value(ts, "-2**63"), "list indices") },
        Some(i64::MIN)
    );
    assert_eq!(
        unsafe { index_value(ts, value(ts, "2**63"), "list indices") },
        None
    );
    assert_eq!(
        show(ts, 0),
        "IndexError: cannot fit 'int' into an index-sized integer"
    );
    assert_eq!(unsafe { count_value(ts, value(ts, "2**70"), "") }, None);
    assert_eq!(
        show(ts, 0),
        "OverflowError: cannot fit 'int' into an index-sized integer"
    );
    assert_eq!(
        unsafe { index_value(ts, value(ts, "'a'"), "list indices") },
        None
    );
    assert_eq!(
        show(ts, 0),
        "TypeError: list indices must be integers or slices, not str"
    );
    assert_eq!(unsafe { index_value(ts, value(ts, "1.5"), "") }, None);
    assert_eq!(
        show(ts, 0),
        "TypeError: 'float' object cannot be interpreted as an integer"
    );
    assert_eq!(
        unsafe {
            index_value(
                ts,
                value(ts, "'a'"),
                "string indices must be integers, not '{}'",
            )
        },
        None
    );
    assert_eq!(
        show(ts, 0),
        "TypeError: string indices must be integers, not 'str'"
    );
}

#[test]
fn constructor() {
    let ts = thread();
    let call = |args: &[Word], kwnames: Word| unsafe {
        construct(ts, args.as_ptr(), args.len() as i64, kwnames)
    };
    let s = |text: &str| crate::types::str::new(ts, text);
    assert_eq!(show(ts, call(&[], 0)), "0");
    assert_eq!(show(ts, call(&[value(ts, "-2.9")], 0)), "-2");
    assert_eq!(
        show(ts, call(&[value(ts, "1e20")], 0)),
        "100000000000000000000"
    );
    assert_eq!(show(ts, call(&[value(ts, "True")], 0)), "1");
    assert_eq!(show(ts, call(&[s(" -1_000 ")], 0)), "-1000");
    assert_eq!(show(ts, call(&[s("ff"), value(ts, "16")], 0)), "255");
    let base = crate::types::tuple::new(ts, &[s("base")]);
    assert_eq!(show(ts, call(&[s("0b11"), value(ts, "0")], base)), "3");
    assert_eq!(
        show(ts, call(&[value(ts, "inf")], 0)),
        "OverflowError: cannot convert float infinity to integer"
    );
    assert_eq!(
        show(ts, call(&[value(ts, "nan")], 0)),
        "ValueError: cannot convert float NaN to integer"
    );
    assert_eq!(
        show(ts, call(&[value(ts, "5"), value(ts, "10")], 0)),
        "TypeError: int() can't convert non-string with explicit base"
    );
    assert_eq!(
        show(ts, call(&[s("5"), value(ts, "1")], 0)),
        "ValueError: int() base must be >= 2 and <= 36, or 0"
    );
    assert_eq!(
        show(ts, call(&[s("5"), value(ts, "10"), value(ts, "1")], 0)),
        "TypeError: int() takes at most 2 arguments (3 given)"
    );
    let list = crate::types::list::new(ts, Vec::new());
    assert_eq!(
        show(ts, call(&[list], 0)),
        "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'"
    );
    let x = crate::types::tuple::new(ts, &[s("x")]);
    assert_eq!(
        show(ts, call(&[s("5")], x)),
        "TypeError: 'x' is an invalid keyword argument for int()"
    );
}

#[test]
fn methods() {
    let ts = thread();
    let call = |f: crate::object::NativeFn, args: &[Word]| unsafe {
        f(ts, args.as_ptr(), args.len() as i64, 0)
    };
    assert_eq!(show(ts, call(bit_length, &[value(ts, "-2**100")])), "101");
    assert_eq!(show(ts, call(bit_length, &[value(ts, "0")])), "0");
    assert_eq!(
        show(ts, call(bit_length, &[value(ts, "-4611686018427387904")])),
        "63"
    );
    assert_eq!(show(ts, call(bit_count, &[value(ts, "-7")])), "3");
    assert_eq!(
        show(ts, call(bit_length, &[value(ts, "1"), value(ts, "2")])),
        "TypeError: int.bit_length() takes no arguments (1 given)"
    );
}

#[test]
fn constructor_messages_show_the_text() {
    let ts = thread();
    let call = |args: &[Word]| unsafe { construct(ts, args.as_ptr(), args.len() as i64, 0) };
    let s = |text: &str| crate::types::str::new(ts, text);
    assert_eq!(
        show(ts, call(&[s("abc")])),
        "ValueError: invalid literal for int() with base 10: 'abc'"
    );
    assert_eq!(
        show(ts, call(&[s("010"), value(ts, "0")])),
        "ValueError: invalid literal for int() with base 0: '010'"
    );
    // The repr in the message is cut to 200 characters, closing quote included.
    let long = show(ts, call(&[s(&"a".repeat(300))]));
    assert_eq!(long.len(), "ValueError: ".len() + 40 + 200);
    assert_eq!(
        show(ts, call(&[s(&"1".repeat(5000))])),
        "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; \
         use sys.set_int_max_str_digits() to increase the limit"
    );
    let data = crate::types::bytes::new(ts, b" 1_0 ");
    assert_eq!(show(ts, call(&[data, value(ts, "16")])), "16");
    let data = crate::types::bytes::new(ts, b"abc");
    assert_eq!(
        show(ts, call(&[data])),
        "ValueError: invalid literal for int() with base 10: b'abc'"
    );
}
