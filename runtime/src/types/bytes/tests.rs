//! Unit tests of `bytes`: every row is a Python call whose expected result
//! (its `repr`, or `!Type: message`) was produced by CPython 3.11.

use crate::types::str::testing::{V, V::*, call, check_all, op, show_v, thread};

type MethodRow = (
    V,
    &'static str,
    &'static [V],
    &'static [(&'static str, V)],
    &'static str,
);

#[rustfmt::skip]
const METHODS: &[MethodRow] = &[
        (Y(b"abc"), "decode", &[], &[], "'abc'"),
        (Y(b"\xc3\xa9"), "decode", &[], &[], "'\u{e9}'"),
        (Y(b"\xff"), "decode", &[], &[], "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (Y(b"\xe2\x82("), "decode", &[], &[], "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"),
        (Y(b"\xf0\x9f\x98"), "decode", &[], &[], "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"),
        (Y(b"a\xf0\x9f\x98b"), "decode", &[], &[], "!UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-3: invalid continuation byte"),
        (Y(b"a\xffb\xe2\x82"), "decode", &[S("utf-8"), S("replace")], &[], "'a\u{fffd}b\u{fffd}'"),
        (Y(b"a\xffb"), "decode", &[S("utf-8"), S("ignore")], &[], "'ab'"),
        (Y(b"a\xffb"), "decode", &[S("utf-8"), S("backslashreplace")], &[], "'a\\\\xffb'"),
        (Y(b"\xe9"), "decode", &[S("ascii")], &[], "!UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)"),
        (Y(b"\xe9"), "decode", &[S("latin-1")], &[], "'\u{e9}'"),
        (Y(b"a"), "decode", &[S("foo")], &[], "!LookupError: unknown encoding: foo"),
        (Y(b"a"), "decode", &[I(1)], &[], "!TypeError: decode() argument 'encoding' must be str, not int"),
        (Y(b"\xed\xa0\x80"), "decode", &[], &[], "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"),
        (Y(b"abc"), "hex", &[], &[], "'616263'"),
        (Y(b"abc"), "hex", &[S(":")], &[], "'61:62:63'"),
        (Y(b", "), "join", &[L(&[Y(b"a"), Y(b"b")])], &[], "b'a, b'"),
        (Y(b"-"), "join", &[L(&[I(1)])], &[], "!TypeError: sequence item 0: expected a bytes-like object, int found"),
        (Y(b"hello"), "find", &[Y(b"l")], &[], "2"),
        (Y(b"hello"), "find", &[I(108)], &[], "2"),
        (Y(b"hello"), "find", &[S("l")], &[], "!TypeError: argument should be integer or bytes-like object, not 'str'"),
        (Y(b"hello"), "index", &[Y(b"z")], &[], "!ValueError: subsection not found"),
        (Y(b"aaa"), "count", &[Y(b"a")], &[], "3"),
        (Y(b"a"), "count", &[Y(b"")], &[], "2"),
        (Y(b"hello"), "startswith", &[Y(b"he")], &[], "True"),
        (Y(b"hello"), "startswith", &[S("he")], &[], "!TypeError: startswith first arg must be bytes or a tuple of bytes, not str"),
        (Y(b"hello"), "endswith", &[T(&[Y(b"x"), Y(b"lo")])], &[], "True"),
        (Y(b"aXbXc"), "replace", &[Y(b"X"), Y(b"--")], &[], "b'a--b--c'"),
        (Y(b"abc"), "replace", &[Y(b""), Y(b"-")], &[], "b'-a-b-c-'"),
        (Y(b"abc"), "replace", &[Y(b""), Y(b"-"), I(2)], &[], "b'-a-bc'"),
        (Y(b" a  b\x0b"), "split", &[], &[], "[b'a', b'b']"),
        (Y(b"a,b"), "split", &[Y(b",")], &[], "[b'a', b'b']"),
        (Y(b"a b c"), "split", &[N, I(1)], &[], "[b'a', b'b c']"),
        (Y(b" \x0bab\x09"), "strip", &[], &[], "b'ab'"),
        (Y(b"xxaxx"), "lstrip", &[Y(b"x")], &[], "b'axx'"),
        (Y(b"xxaxx"), "rstrip", &[Y(b"x")], &[], "b'xxa'"),
        (Y(b"aB"), "upper", &[], &[], "b'AB'"),
        (Y(b"aB"), "lower", &[], &[], "b'ab'"),
];

#[rustfmt::skip]
const OPS: &[(&str, V, V, &str)] = &[
        ("repr", Y(b"a'\"\x00\xff\x09\\"), N, "'b\\'a\\\\\\'\"\\\\x00\\\\xff\\\\t\\\\\\\\\\''"),
        ("repr", Y(b"'"), N, "'b\"\\'\"'"),
        ("repr", Y(b""), N, "\"b''\""),
        ("+", Y(b"ab"), Y(b"cd"), "b'abcd'"),
        ("+", Y(b"ab"), S("cd"), "!TypeError: can't concat str to bytes"),
        ("*", Y(b"ab"), I(2), "b'abab'"),
        ("[]", Y(b"abc"), I(1), "98"),
        ("[]", Y(b"abc"), I(-1), "99"),
        ("[]", Y(b"abc"), I(5), "!IndexError: index out of range"),
        ("[]", Y(b"abc"), S("x"), "!TypeError: byte indices must be integers or slices, not str"),
        ("[:]", Y(b"abcdef"), T(&[I(1), N, I(2)]), "b'bdf'"),
        ("[:]", Y(b"abcdef"), T(&[N, N, I(-1)]), "b'fedcba'"),
        ("in", I(98), Y(b"abc"), "True"),
        ("in", I(256), Y(b"abc"), "!ValueError: byte must be in range(0, 256)"),
        ("in", Y(b"bc"), Y(b"abc"), "True"),
        ("in", S("a"), Y(b"abc"), "!TypeError: a bytes-like object is required, not 'str'"),
        ("==", Y(b"a"), Y(b"a"), "True"),
        ("<", Y(b"a"), Y(b"b"), "True"),
        ("len", Y(b"abc"), N, "3"),
        ("bytes()", T(&[]), N, "b''"),
        ("bytes()", T(&[I(3)]), N, "b'\\x00\\x00\\x00'"),
        ("bytes()", T(&[L(&[I(65), I(66)])]), N, "b'AB'"),
        ("bytes()", T(&[S("\u{e9}"), S("utf-8")]), N, "b'\\xc3\\xa9'"),
        ("bytes()", T(&[I(-1)]), N, "!ValueError: negative count"),
        ("bytes()", T(&[L(&[I(256)])]), N, "!ValueError: bytes must be in range(0, 256)"),
        ("bytes()", T(&[S("a")]), N, "!TypeError: string argument without an encoding"),
        ("bytes()", T(&[F(1.5)]), N, "!TypeError: cannot convert 'float' object to bytes"),
        ("bytes()", T(&[L(&[S("a")])]), N, "!TypeError: 'str' object cannot be interpreted as an integer"),
        ("bytes()", T(&[S("a"), S("foo")]), N, "!LookupError: unknown encoding: foo"),
        ("bytes()", T(&[I(1), S("utf-8")]), N, "!TypeError: encoding without a string argument"),
        ("bytes()", T(&[Y(b"xy")]), N, "b'xy'"),
        ("bytes()", T(&[]), D(&[("x", I(1))]), "!TypeError: 'x' is an invalid keyword argument for bytes()"),
];

#[test]
fn methods_match_cpython() {
    let ts = thread();
    let rows = METHODS
        .iter()
        .map(|(recv, name, args, kwargs, expected)| {
            (
                format!("{name} on {}", show_v(ts, *recv)),
                call(ts, *recv, name, args, kwargs),
                *expected,
            )
        })
        .collect();
    check_all(rows);
}

#[test]
fn operators_match_cpython() {
    let ts = thread();
    let rows = OPS
        .iter()
        .map(|(name, a, b, expected)| {
            (
                format!("{name} with {} and {}", show_v(ts, *a), show_v(ts, *b)),
                op(ts, name, *a, *b),
                *expected,
            )
        })
        .collect();
    check_all(rows);
}
