//! Tests of the numeric builtins against CPython 3.11: results, argument
//! binding and every error message, plus `round(x, n)` on floats, which
//! must round the exact binary value.

use super::*;
use crate::object::NativeFn;
use crate::ops::testing::{show, thread, value};

#[test]
fn calls_match_cpython() {
    for (func, args, keywords, expected) in CALLS {
        let ts = thread();
        let mut words: Vec<Word> = args.iter().map(|a| value(ts, a)).collect();
        words.extend(keywords.iter().map(|(_, v)| value(ts, v)));
        let kwnames = if keywords.is_empty() {
            0
        } else {
            let names: Vec<Word> = keywords.iter().map(|(k, _)| str_::new(ts, k)).collect();
            tuple::new(ts, &names)
        };
        let result = unsafe { func(ts, words.as_ptr(), words.len() as i64, kwnames) };
        assert_eq!(&show(ts, result), expected, "{args:?} {keywords:?}");
    }
}

type Call = (
    NativeFn,
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
    &'static str,
);

/// `(function, positional, keywords, repr(result))` or the exception raised.
const CALLS: &[Call] = &[
    (abs, &["-5"], &[], "5"),
    (abs, &["-2**100"], &[], "1267650600228229401496703205376"),
    (abs, &["-4611686018427387904"], &[], "4611686018427387904"),
    (abs, &["True"], &[], "1"),
    (abs, &["-1.5"], &[], "1.5"),
    (abs, &["-0.0"], &[], "0.0"),
    (
        abs,
        &["'a'"],
        &[],
        "TypeError: bad operand type for abs(): 'str'",
    ),
    (
        abs,
        &["1", "2"],
        &[],
        "TypeError: abs() takes exactly one argument (2 given)",
    ),
    (
        abs,
        &[],
        &[],
        "TypeError: abs() takes exactly one argument (0 given)",
    ),
    (
        abs,
        &[],
        &[("x", "1")],
        "TypeError: abs() takes no keyword arguments",
    ),
    (round, &["2.5"], &[], "2"),
    (round, &["3.5"], &[], "4"),
    (round, &["-0.5"], &[], "0"),
    (
        round,
        &["1e300"],
        &[],
        "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
    ),
    (
        round,
        &["inf"],
        &[],
        "OverflowError: cannot convert float infinity to integer",
    ),
    (
        round,
        &["nan"],
        &[],
        "ValueError: cannot convert float NaN to integer",
    ),
    (round, &["2.675", "2"], &[], "2.67"),
    (round, &["5"], &[], "5"),
    (round, &["True"], &[], "1"),
    (round, &["True", "2"], &[], "1"),
    (round, &["25", "-1"], &[], "20"),
    (round, &["35", "-1"], &[], "40"),
    (round, &["-25", "-1"], &[], "-20"),
    (
        round,
        &["2**100", "-20"],
        &[],
        "1267650600200000000000000000000",
    ),
    (round, &["12345", "-1000"], &[], "0"),
    (round, &["150000", "-5"], &[], "200000"),
    (round, &["1.5", "10**30"], &[], "1.5"),
    (round, &["1.5", "-10**30"], &[], "0.0"),
    (round, &["-1.5", "-10**30"], &[], "-0.0"),
    (round, &["2.5", "None"], &[], "2"),
    (
        round,
        &["'a'"],
        &[],
        "TypeError: type str doesn't define __round__ method",
    ),
    (
        round,
        &["1.5", "'a'"],
        &[],
        "TypeError: 'str' object cannot be interpreted as an integer",
    ),
    (
        round,
        &["1", "2", "3"],
        &[],
        "TypeError: round() takes at most 2 arguments (3 given)",
    ),
    (
        round,
        &[],
        &[],
        "TypeError: round() missing required argument 'number' (pos 1)",
    ),
    (round, &[], &[("number", "2.5")], "2"),
    (round, &["2.567"], &[("ndigits", "1")], "2.6"),
    (
        round,
        &["1"],
        &[("number", "2")],
        "TypeError: argument for round() given by name ('number') and position (1)",
    ),
    (
        round,
        &["1"],
        &[("x", "2")],
        "TypeError: 'x' is an invalid keyword argument for round()",
    ),
    (divmod, &["-7", "2"], &[], "(-4, 1)"),
    (divmod, &["7", "-2"], &[], "(-4, -1)"),
    (
        divmod,
        &["2**100", "-7"],
        &[],
        "(-181092942889747057356671886483, -5)",
    ),
    (divmod, &["7.5", "-2"], &[], "(-4.0, -0.5)"),
    (divmod, &["-7.5", "2"], &[], "(-4.0, 0.5)"),
    (divmod, &["True", "2"], &[], "(0, 1)"),
    (
        divmod,
        &["1", "0"],
        &[],
        "ZeroDivisionError: integer division or modulo by zero",
    ),
    (
        divmod,
        &["1.0", "0"],
        &[],
        "ZeroDivisionError: float divmod()",
    ),
    (
        divmod,
        &["'a'", "1"],
        &[],
        "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'",
    ),
    (
        divmod,
        &["1"],
        &[],
        "TypeError: divmod expected 2 arguments, got 1",
    ),
    (
        divmod,
        &["1", "2"],
        &[("z", "1")],
        "TypeError: divmod() takes no keyword arguments",
    ),
    (
        divmod,
        &["10**400", "1.5"],
        &[],
        "OverflowError: int too large to convert to float",
    ),
    (pow, &["2", "10"], &[], "1024"),
    (pow, &["2", "-1"], &[], "0.5"),
    (pow, &["2", "10", "1000"], &[], "24"),
    (pow, &["3", "-1", "7"], &[], "5"),
    (
        pow,
        &["2", "-1", "4"],
        &[],
        "ValueError: base is not invertible for the given modulus",
    ),
    (
        pow,
        &["2", "3", "0"],
        &[],
        "ValueError: pow() 3rd argument cannot be 0",
    ),
    (pow, &["3", "2", "-5"], &[], "-1"),
    (pow, &["-3", "3", "5"], &[], "3"),
    (pow, &["2", "10**20", "10**9+7"], &[], "855473248"),
    (pow, &["0", "-1", "1"], &[], "0"),
    (
        pow,
        &["2.0", "3", "4"],
        &[],
        "TypeError: pow() 3rd argument not allowed unless all arguments are integers",
    ),
    (
        pow,
        &["2", "'a'"],
        &[],
        "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'",
    ),
    (
        pow,
        &["2", "3", "'a'"],
        &[],
        "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'",
    ),
    (
        pow,
        &["'a'", "3", "2"],
        &[],
        "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'",
    ),
    (pow, &["2", "3", "None"], &[], "8"),
    (
        pow,
        &["2", "3", "4", "5"],
        &[],
        "TypeError: pow() takes at most 3 arguments (4 given)",
    ),
    (
        pow,
        &["1"],
        &[],
        "TypeError: pow() missing required argument 'exp' (pos 2)",
    ),
    (
        pow,
        &[],
        &[("exp", "3")],
        "TypeError: pow() missing required argument 'base' (pos 1)",
    ),
    (
        pow,
        &["2"],
        &[("base", "3")],
        "TypeError: pow() missing required argument 'exp' (pos 2)",
    ),
    (pow, &[], &[("base", "2"), ("exp", "10")], "1024"),
    (pow, &["2", "10"], &[("mod", "7")], "2"),
    (hex, &["255"], &[], "'0xff'"),
    (hex, &["-31"], &[], "'-0x1f'"),
    (hex, &["2**100"], &[], "'0x10000000000000000000000000'"),
    (hex, &["0"], &[], "'0x0'"),
    (hex, &["True"], &[], "'0x1'"),
    (
        hex,
        &["1.5"],
        &[],
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    (
        hex,
        &[],
        &[],
        "TypeError: hex() takes exactly one argument (0 given)",
    ),
    (
        hex,
        &["1", "2"],
        &[],
        "TypeError: hex() takes exactly one argument (2 given)",
    ),
    (oct, &["-8"], &[], "'-0o10'"),
    (oct, &["8"], &[], "'0o10'"),
    (bin, &["-5"], &[], "'-0b101'"),
    (bin, &["0"], &[], "'0b0'"),
    (
        bin,
        &["2**70"],
        &[],
        "'0b10000000000000000000000000000000000000000000000000000000000000000000000'",
    ),
    (
        bin,
        &[],
        &[("x", "1")],
        "TypeError: bin() takes no keyword arguments",
    ),
    (hash, &["-1"], &[], "-2"),
    (hash, &["1.5"], &[], "1152921504606846977"),
    (hash, &["2**100"], &[], "549755813888"),
    (
        hash,
        &[],
        &[],
        "TypeError: hash() takes exactly one argument (0 given)",
    ),
    (hash, &["True"], &[], "1"),
];

#[test]
fn round_float_is_correctly_rounded() {
    for (x, n, expected) in ROUNDS {
        let got = match round_float(*x, *n) {
            Some(r) => float::repr_string(r),
            None => "OverflowError: rounded value too large to represent".into(),
        };
        assert_eq!(&got, expected, "round({x:e}, {n})");
    }
}

/// `(x, n, repr(round(x, n)))`.
const ROUNDS: &[(f64, i64, &str)] = &[
    (2.675_f64, 2, "2.67"),
    (0.125_f64, 2, "0.12"),
    (0.375_f64, 2, "0.38"),
    (-0.001_f64, 2, "-0.0"),
    (12345.678_f64, -2, "12300.0"),
    (1.5e+300_f64, -299, "1.5e+300"),
    (5e-324_f64, 323, "0.0"),
    (5e-324_f64, 324, "5e-324"),
    (1.23456789e-300_f64, 305, "1.23457e-300"),
    (2.5_f64, 0, "2.0"),
    (3.5_f64, 0, "4.0"),
    (-2.5_f64, 0, "-2.0"),
    (0.5_f64, 0, "0.0"),
    (1.0_f64, -1, "0.0"),
    (5.0_f64, -1, "0.0"),
    (15.0_f64, -1, "20.0"),
    (25.0_f64, -1, "20.0"),
    (1e+22_f64, -22, "1e+22"),
    (0.1_f64, 1, "0.1"),
    (0.15_f64, 1, "0.1"),
    (0.25_f64, 1, "0.2"),
    (0.35_f64, 1, "0.3"),
    (1.7976931348623157e+308_f64, -300, "1.79769313e+308"),
    (1e+300_f64, -301, "0.0"),
    (123.456_f64, 10, "123.456"),
    (f64::INFINITY, 2, "inf"),
    (f64::NAN, 2, "nan"),
    (-0.0_f64, 1, "-0.0"),
    (1.25_f64, 1, "1.2"),
    (1.35_f64, 1, "1.4"),
    (9.995_f64, 2, "9.99"),
    (1e-310_f64, 310, "1e-310"),
    (
        1.7e+308_f64,
        -308,
        "OverflowError: rounded value too large to represent",
    ),
];
