//! Tests of the format-spec mini-language against CPython 3.11: every
//! field of the spec for ints, bools, floats and strs, the error messages,
//! and the parse itself.

use super::*;
use crate::ops::testing::{show, thread, value};

enum V {
    I(&'static str),
    B(bool),
    F(f64),
    S(&'static str),
}
use V::*;

fn check(v: &V, spec: &str, expected: &str) {
    let ts = thread();
    let obj = match v {
        I(token) => value(ts, token),
        B(b) => crate::types::bool::from_bool(*b),
        F(f) => float::new(ts, *f),
        S(s) => str_::new(ts, s),
    };
    let got = unsafe { ty_format(ts, obj, str_::new(ts, spec)) };
    let got = if got == 0 {
        show(ts, 0)
    } else {
        unsafe { str_::lossy(got) }
    };
    assert_eq!(got, expected, "format(.., {spec:?})");
}

#[test]
fn format_matches_cpython() {
    for (v, spec, expected) in CASES {
        check(v, spec, expected);
    }
}

/// `(value, spec, format(value, spec))`, or the exception CPython raises.
const CASES: &[(V, &str, &str)] = &[
    (I("1234"), "", "1234"),
    (I("1234"), "d", "1234"),
    (I("1234"), ",", "1,234"),
    (I("1234"), "_", "1_234"),
    (I("-1234"), ",", "-1,234"),
    (I("1234"), "08,", "0,001,234"),
    (I("1234"), "09,", "0,001,234"),
    (I("1234"), "0=10,", "00,001,234"),
    (I("1234"), "x=10,", "xxxxx1,234"),
    (I("1234"), "010_", "00_001_234"),
    (I("1234"), "0>10,", "000001,234"),
    (I("12"), "#o", "0o14"),
    (I("12"), "#b", "0b1100"),
    (I("12"), "#X", "0XC"),
    (I("-12"), "#x", "-0xc"),
    (I("-12"), "#010x", "-0x000000c"),
    (I("12"), " d", " 12"),
    (I("-12"), " d", "-12"),
    (I("12"), "+d", "+12"),
    (I("255"), "#010_b", "0b1111_1111"),
    (I("12345678"), "_b", "1011_1100_0110_0001_0100_1110"),
    (I("12345678"), "_x", "bc_614e"),
    (I("12345678"), "#_x", "0xbc_614e"),
    (
        I("1000000000000000000000000000000"),
        ",",
        "1,000,000,000,000,000,000,000,000,000,000",
    ),
    (
        I("-1000000000000000000000000000000"),
        "_x",
        "-c_9f2c_9cd0_4674_edea_4000_0000",
    ),
    (
        I("18446744073709551616"),
        "_d",
        "18_446_744_073_709_551_616",
    ),
    (I("1"), "^9,", "    1    "),
    (I("5"), "=5", "    5"),
    (I("-5"), "=5", "-   5"),
    (I("-5"), "<05", "-5000"),
    (I("-1"), "0=5", "-0001"),
    (I("65"), "c", "A"),
    (I("65"), "5c", "    A"),
    (I("65"), "05c", "0000A"),
    (I("1"), "=c", "\u{1}"),
    (I("123"), "=^10", "===123===="),
    (I("12"), "n", "12"),
    (I("3"), "%", "300.000000%"),
    (I("3"), "e", "3.000000e+00"),
    (I("3"), ".2f", "3.00"),
    (B(true), ">5", "    1"),
    (B(true), "d", "1"),
    (B(true), "f", "1.000000"),
    (B(false), "^5", "  0  "),
    (
        I("1"),
        "abc",
        "ValueError: Invalid format specifier 'abc' for object of type 'int'",
    ),
    (
        I("1"),
        ".",
        "ValueError: Format specifier missing precision",
    ),
    (I("1"), ",x", "ValueError: Cannot specify ',' with 'x'."),
    (I("1"), "_x", "1"),
    (I("1"), ",_", "ValueError: Cannot specify both ',' and '_'."),
    (I("1"), "_,", "ValueError: Cannot specify both ',' and '_'."),
    (I("1"), ",,", "ValueError: Cannot specify ',' with ','."),
    (I("1"), "_n", "ValueError: Cannot specify '_' with 'n'."),
    (
        I("1"),
        ".2d",
        "ValueError: Precision not allowed in integer format specifier",
    ),
    (
        I("1"),
        "+c",
        "ValueError: Sign not allowed with integer format specifier 'c'",
    ),
    (
        I("1"),
        "#c",
        "ValueError: Alternate form (#) not allowed with integer format specifier 'c'",
    ),
    (I("-1"), "c", "OverflowError: %c arg not in range(0x110000)"),
    (
        I("1114112"),
        "c",
        "OverflowError: %c arg not in range(0x110000)",
    ),
    (
        I("1"),
        "z",
        "ValueError: Negative zero coercion (z) not allowed in integer format specifier",
    ),
    (
        I("1"),
        ".2c",
        "ValueError: Precision not allowed in integer format specifier",
    ),
    (
        I("1"),
        "z.2c",
        "ValueError: Precision not allowed in integer format specifier",
    ),
    (
        I("1"),
        "\u{e4}",
        "ValueError: Unknown format code '\\xe4' for object of type 'int'",
    ),
    (
        I("1"),
        "\u{1}",
        "ValueError: Unknown format code '\\x1' for object of type 'int'",
    ),
    (
        I("1"),
        "99999999999999999999",
        "ValueError: Too many decimal digits in format string",
    ),
    (I("1"), ",c", "ValueError: Cannot specify ',' with 'c'."),
    (
        I(
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        ),
        "e",
        "OverflowError: int too large to convert to float",
    ),
    (
        I("1"),
        "y",
        "ValueError: Unknown format code 'y' for object of type 'int'",
    ),
    (I("0"), "#b", "0b0"),
    (I("5"), "#x", "0x5"),
    (F(1.5_f64), "", "1.5"),
    (
        F(1.5_f64),
        "d",
        "ValueError: Unknown format code 'd' for object of type 'float'",
    ),
    (
        F(1.5_f64),
        "c",
        "ValueError: Unknown format code 'c' for object of type 'float'",
    ),
    (F(1.5_f64), ",x", "ValueError: Cannot specify ',' with 'x'."),
    (F(1.5_f64), "_n", "ValueError: Cannot specify '_' with 'n'."),
    (F(1.5_f64), "#", "1.5"),
    (F(1.0_f64), "#", "1.0"),
    (F(1.0_f64), "#.0f", "1."),
    (F(1.0_f64), "#.0e", "1.e+00"),
    (F(1.0_f64), "#g", "1.00000"),
    (F(1e+20_f64), "#.3g", "1.00e+20"),
    (F(0.0001_f64), "g", "0.0001"),
    (F(1e-05_f64), "g", "1e-05"),
    (F(123456789.0_f64), "g", "1.23457e+08"),
    (F(1e-05_f64), "", "1e-05"),
    (F(0.1_f64), ".0%", "10%"),
    (F(-0.0_f64), "", "-0.0"),
    (F(-0.0_f64), "z.0f", "0"),
    (F(-0.001_f64), "z.1f", "0.0"),
    (F(-0.001_f64), "z.1e", "-1.0e-03"),
    (F(-0.001_f64), "z.1g", "-0.001"),
    (F(-1e-07_f64), "z", "-1e-07"),
    (F(-1e-07_f64), "z.2f", "0.00"),
    (F(-0.0_f64), "+", "-0.0"),
    (F(2.5_f64), ".0f", "2"),
    (F(0.125_f64), ".2f", "0.12"),
    (F(0.375_f64), ".2f", "0.38"),
    (F(-1234.5_f64), "=+12,.2f", "-   1,234.50"),
    (F(-1234.5_f64), "012,.2f", "-0,001,234.50"),
    (F(1234.5_f64), "0<12,.2f", "1,234.500000"),
    (
        F(1e+300_f64),
        ",.0f",
        "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160",
    ),
    (F(f64::INFINITY), "F", "INF"),
    (F(f64::INFINITY), "E", "INF"),
    (F(f64::INFINITY), "%", "inf%"),
    (F(f64::NEG_INFINITY), "", "-inf"),
    (F(f64::INFINITY), "010", "0000000inf"),
    (F(f64::NAN), "=+10", "+      nan"),
    (F(f64::NAN), "0=10", "0000000nan"),
    (F(f64::NAN), "f", "nan"),
    (F(f64::NAN), "+", "+nan"),
    (F(0.5_f64), ".1%", "50.0%"),
    (F(1.5_f64), "10.2%", "   150.00%"),
    (F(-1.5_f64), "0=+10.2f", "-000001.50"),
    (F(1e+16_f64), "", "1e+16"),
    (F(1e+16_f64), ">10", "     1e+16"),
    (F(1e+16_f64), "n", "1e+16"),
    (F(1.0_f64), "n", "1"),
    (F(1.5_f64), "n", "1.5"),
    (F(1e+16_f64), "g", "1e+16"),
    (F(123.456_f64), ".2", "1.2e+02"),
    (F(123.456_f64), ".5", "123.46"),
    (F(1.0_f64), ".0", "1e+00"),
    (F(1.0_f64), ".1", "1e+00"),
    (F(1.0_f64), ".3", "1.0"),
    (F(1234.0_f64), ".3", "1.23e+03"),
    (F(100.0_f64), ".3", "1e+02"),
    (F(10.0_f64), ".1", "1e+01"),
    (F(10.0_f64), ".2", "1e+01"),
    (F(1.23_f64), ".3e", "1.230e+00"),
    (F(1.23e-100_f64), "e", "1.230000e-100"),
    (F(1.23e+100_f64), "E", "1.230000E+100"),
    (F(1234567.891_f64), "_f", "1_234_567.891000"),
    (F(1234567.891_f64), ",g", "1.23457e+06"),
    (F(1e+20_f64), ",", "1e+20"),
    (F(1e+20_f64), ",.2f", "100,000,000,000,000,000,000.00"),
    (F(12345.0_f64), ",", "12,345.0"),
    (F(0.5_f64), "%", "50.000000%"),
    (F(1.0_f64), ",n", "ValueError: Cannot specify ',' with 'n'."),
    (F(1.5_f64), "z", "1.5"),
    (F(-0.0_f64), "z", "0.0"),
    (F(-0.0_f64), "zf", "0.000000"),
    (F(123.456_f64), "f", "123.456000"),
    (F(123.456_f64), ".10f", "123.4560000000"),
    (F(0.1_f64), ".20f", "0.10000000000000000555"),
    (F(0.1_f64), ".17g", "0.10000000000000001"),
    (F(5e-324_f64), "e", "4.940656e-324"),
    (F(5e-324_f64), ".3g", "4.94e-324"),
    (
        F(1.7976931348623157e+308_f64),
        "f",
        "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000",
    ),
    (F(-1.5_f64), " ", "-1.5"),
    (F(1.5_f64), " 8.3f", "   1.500"),
    (F(1.5_f64), "*^12.3e", "*1.500e+00**"),
    (F(1e-07_f64), ".3", "1e-07"),
    (F(1e-07_f64), "G", "1E-07"),
    (F(123456.0_f64), ".5", "1.2346e+05"),
    (F(0.000123_f64), ".2", "0.00012"),
    (S("abc"), "", "abc"),
    (S("abc"), ".2", "ab"),
    (S("abc"), "^7", "  abc  "),
    (S("abc"), "*^8", "**abc***"),
    (S("abc"), ">5", "  abc"),
    (S("abc"), "5", "abc  "),
    (S("\u{e9}"), ">3", "  \u{e9}"),
    (S("ab"), "05", "ab000"),
    (
        S("ab"),
        "\u{1f600}^6",
        "\u{1f600}\u{1f600}ab\u{1f600}\u{1f600}",
    ),
    (
        S("a"),
        "d",
        "ValueError: Unknown format code 'd' for object of type 'str'",
    ),
    (S("a"), ",", "ValueError: Cannot specify ',' with 's'."),
    (S("a"), "_", "ValueError: Cannot specify '_' with 's'."),
    (
        S("a"),
        "+",
        "ValueError: Sign not allowed in string format specifier",
    ),
    (
        S("a"),
        "-",
        "ValueError: Sign not allowed in string format specifier",
    ),
    (
        S("a"),
        " ",
        "ValueError: Space not allowed in string format specifier",
    ),
    (
        S("a"),
        "#",
        "ValueError: Alternate form (#) not allowed in string format specifier",
    ),
    (
        S("a"),
        "=5",
        "ValueError: '=' alignment not allowed in string format specifier",
    ),
    (
        S("a"),
        "z",
        "ValueError: Negative zero coercion (z) not allowed in string format specifier",
    ),
    (
        S("a"),
        "c",
        "ValueError: Unknown format code 'c' for object of type 'str'",
    ),
    (S("x"), "0", "x"),
    (S("abcdef"), "10.3", "abc       "),
    (S("abc"), "s", "abc"),
    (S("abc"), ".0", ""),
];

#[test]
fn unsupported_types() {
    let ts = thread();
    let list = crate::types::list::new(ts, Vec::new());
    let got = unsafe { ty_format(ts, list, str_::new(ts, "x")) };
    assert_eq!(
        show(ts, got),
        "TypeError: unsupported format string passed to list.__format__"
    );
    let got = unsafe { ty_format(ts, value(ts, "1"), value(ts, "1")) };
    assert_eq!(
        show(ts, got),
        "TypeError: format() argument 2 must be str, not int"
    );
}

#[test]
fn spec_parse() {
    let spec = parse_spec("*^+z#012,.3f", None, '>', "float");
    let expected = Spec {
        fill: '*',
        align: Some('^'),
        sign: Some('+'),
        no_neg_0: true,
        alternate: true,
        width: 12,
        grouping: Some(','),
        precision: Some(3),
        ty: Some('f'),
    };
    // The fill is given, so the `0` is part of the width.
    assert_eq!(spec, Ok(expected));
}
