//! Unit tests of `str`: every row is a Python call whose expected result
//! (its `repr`, or `!Type: message`) was produced by CPython 3.11.

use super::testing::{V, V::*, call, check_all, op, thread};

type MethodRow = (
    V,
    &'static str,
    &'static [V],
    &'static [(&'static str, V)],
    &'static str,
);

#[rustfmt::skip]
const METHODS: &[MethodRow] = &[
        (S(" a  b "), "split", &[], &[], "['a', 'b']"),
        (S(" a  b "), "split", &[N, I(1)], &[], "['a', 'b ']"),
        (S(" a  b "), "rsplit", &[N, I(1)], &[], "[' a', 'b']"),
        (S("a,b,,c"), "split", &[S(",")], &[], "['a', 'b', '', 'c']"),
        (S("a,b,,c"), "split", &[S(","), I(2)], &[], "['a', 'b', ',c']"),
        (S("a,b,,c"), "rsplit", &[S(","), I(2)], &[], "['a,b', '', 'c']"),
        (S(""), "split", &[], &[], "[]"),
        (S(""), "split", &[S(",")], &[], "['']"),
        (S("   "), "split", &[], &[], "[]"),
        (S("a b"), "split", &[N, I(0)], &[], "['a b']"),
        (S("  a b  "), "split", &[N, I(0)], &[], "['a b  ']"),
        (S("  a b  "), "rsplit", &[N, I(0)], &[], "['  a b']"),
        (S("a\u{3000}b\u{1c}c\u{85}d"), "split", &[], &[], "['a', 'b', 'c', 'd']"),
        (S("a::b::c"), "split", &[S("::")], &[("maxsplit", I(1))], "['a', 'b::c']"),
        (S("a::b::c"), "rsplit", &[], &[("sep", S("::")), ("maxsplit", I(1))], "['a::b', 'c']"),
        (S("aXbXc"), "split", &[], &[("sep", S("X"))], "['a', 'b', 'c']"),
        (S("x"), "split", &[I(1)], &[], "!TypeError: must be str or None, not int"),
        (S("x"), "split", &[S("")], &[], "!ValueError: empty separator"),
        (S("x"), "split", &[S(",")], &[("sep", S(","))], "!TypeError: argument for split() given by name ('sep') and position (1)"),
        (S("x"), "split", &[], &[("bad", I(1))], "!TypeError: 'bad' is an invalid keyword argument for split()"),
        (S("x"), "split", &[S(","), I(1), I(2)], &[], "!TypeError: split() takes at most 2 arguments (3 given)"),
        (S("x"), "split", &[S(","), S("a")], &[], "!TypeError: 'str' object cannot be interpreted as an integer"),
        (S("h\u{e9}llo w\u{f6}rld"), "split", &[S("\u{f6}")], &[], "['h\u{e9}llo w', 'rld']"),
        (S("a\nb\u{d}\nc\u{d}d\u{b}e\u{1c}f\u{2028}g\n"), "splitlines", &[], &[], "['a', 'b', 'c', 'd', 'e', 'f', 'g']"),
        (S("a\nb\u{d}\n\nc"), "splitlines", &[B(true)], &[], "['a\\n', 'b\\r\\n', '\\n', 'c']"),
        (S("a\nb"), "splitlines", &[], &[("keepends", B(true))], "['a\\n', 'b']"),
        (S(""), "splitlines", &[], &[], "[]"),
        (S("\n"), "splitlines", &[], &[], "['']"),
        (S("  xx  "), "strip", &[], &[], "'xx'"),
        (S("  xx  "), "lstrip", &[], &[], "'xx  '"),
        (S("  xx  "), "rstrip", &[], &[], "'  xx'"),
        (S("xxhixx"), "strip", &[S("x")], &[], "'hi'"),
        (S("abchicba"), "strip", &[S("abc")], &[], "'hi'"),
        (S("\u{e9} ab \u{e9}"), "strip", &[S("\u{e9} ")], &[], "'ab'"),
        (S("\t\n\u{1f} hi \u{3000}"), "strip", &[], &[], "'hi'"),
        (S("hi"), "strip", &[N], &[], "'hi'"),
        (S("   "), "strip", &[], &[], "''"),
        (S("hi"), "lstrip", &[S("")], &[], "'hi'"),
        (S("hi"), "strip", &[I(1)], &[], "!TypeError: strip arg must be None or str"),
        (S("hi"), "strip", &[S("a"), S("b")], &[], "!TypeError: strip expected at most 1 argument, got 2"),
        (S("hi"), "rstrip", &[], &[("chars", S("h"))], "!TypeError: str.rstrip() takes no keyword arguments"),
        (S("a=b=c"), "partition", &[S("=")], &[], "('a', '=', 'b=c')"),
        (S("a=b=c"), "rpartition", &[S("=")], &[], "('a=b', '=', 'c')"),
        (S("abc"), "partition", &[S("=")], &[], "('abc', '', '')"),
        (S("abc"), "rpartition", &[S("=")], &[], "('', '', 'abc')"),
        (S("abc"), "partition", &[S("")], &[], "!ValueError: empty separator"),
        (S("abc"), "partition", &[I(1)], &[], "!TypeError: must be str, not int"),
        (S(", "), "join", &[L(&[S("a"), S("b"), S("c")])], &[], "'a, b, c'"),
        (S(""), "join", &[T(&[S("x"), S("\u{e9}")])], &[], "'x\u{e9}'"),
        (S("-"), "join", &[L(&[])], &[], "''"),
        (S("-"), "join", &[L(&[S("a"), I(1)])], &[], "!TypeError: sequence item 1: expected str instance, int found"),
        (S("-"), "join", &[], &[], "!TypeError: str.join() takes exactly one argument (0 given)"),
        (S("-"), "join", &[S("abc")], &[], "'a-b-c'"),
        (S("-"), "join", &[I(5)], &[], "!TypeError: can only join an iterable"),
        (S("Hello W\u{f6}rld \u{df}"), "upper", &[], &[], "'HELLO W\u{d6}RLD SS'"),
        (S("HELLO W\u{d6}RLD \u{130}"), "lower", &[], &[], "'hello w\u{f6}rld i\u{307}'"),
        (S("hello wORLD it's \u{1c6}"), "title", &[], &[], "\"Hello World It'S \u{1c5}\""),
        (S("hELLO wORLD"), "capitalize", &[], &[], "'Hello world'"),
        (S("\u{df}tra\u{df}e"), "capitalize", &[], &[], "'Sstra\u{df}e'"),
        (S("Hello \u{3a3}\u{391}\u{3a3}"), "swapcase", &[], &[], "'hELLO \u{3c3}\u{3b1}\u{3c2}'"),
        (S("\u{39f}\u{394}\u{39f}\u{3a3} \u{39f}\u{394}\u{39f}\u{3a3}."), "lower", &[], &[], "'\u{3bf}\u{3b4}\u{3bf}\u{3c2} \u{3bf}\u{3b4}\u{3bf}\u{3c2}.'"),
        (S("\u{39f}\u{394}\u{39f}\u{3a3} \u{39f}\u{394}\u{39f}\u{3a3}"), "title", &[], &[], "'\u{39f}\u{3b4}\u{3bf}\u{3c2} \u{39f}\u{3b4}\u{3bf}\u{3c2}'"),
        (S("Stra\u{df}e \u{fb01}"), "casefold", &[], &[], "'strasse fi'"),
        (S("x"), "upper", &[I(1)], &[], "!TypeError: str.upper() takes no arguments (1 given)"),
        (S("x"), "lower", &[], &[("a", I(1))], "!TypeError: str.lower() takes no keyword arguments"),
        (S("123abc"), "title", &[], &[], "'123Abc'"),
        (S("123"), "isdigit", &[], &[], "True"),
        (S("\u{b2}"), "isdigit", &[], &[], "True"),
        (S("\u{b2}"), "isdecimal", &[], &[], "False"),
        (S("\u{4e00}"), "isnumeric", &[], &[], "True"),
        (S(""), "isdigit", &[], &[], "False"),
        (S("abc\u{e9}"), "isalpha", &[], &[], "True"),
        (S("ab1"), "isalpha", &[], &[], "False"),
        (S("ab1"), "isalnum", &[], &[], "True"),
        (S(" \t\n\u{1c}"), "isspace", &[], &[], "True"),
        (S(""), "isspace", &[], &[], "False"),
        (S("ABC1"), "isupper", &[], &[], "True"),
        (S("abc1"), "islower", &[], &[], "True"),
        (S("123"), "islower", &[], &[], "False"),
        (S("Hello World"), "istitle", &[], &[], "True"),
        (S("Hello world"), "istitle", &[], &[], "False"),
        (S("\u{1c5}ungla"), "istitle", &[], &[], "True"),
        (S("_ok1"), "isidentifier", &[], &[], "True"),
        (S("1ok"), "isidentifier", &[], &[], "False"),
        (S("\u{e9}t\u{e9}"), "isidentifier", &[], &[], "True"),
        (S(""), "isidentifier", &[], &[], "False"),
        (S("abc"), "isascii", &[], &[], "True"),
        (S("\u{e9}"), "isascii", &[], &[], "False"),
        (S("a\tb"), "isprintable", &[], &[], "False"),
        (S("\u{e9} "), "isprintable", &[], &[], "True"),
        (S("hello"), "find", &[S("l")], &[], "2"),
        (S("hello"), "rfind", &[S("l")], &[], "3"),
        (S("hello"), "find", &[S("l"), I(3)], &[], "3"),
        (S("hello"), "find", &[S("l"), I(-2)], &[], "3"),
        (S("hello"), "find", &[S("z")], &[], "-1"),
        (S("hello"), "find", &[S("")], &[], "0"),
        (S("hello"), "find", &[S(""), I(5)], &[], "5"),
        (S("hello"), "find", &[S(""), I(6)], &[], "-1"),
        (S("hello"), "rfind", &[S("")], &[], "5"),
        (S("h\u{e9}llo"), "find", &[S("llo")], &[], "2"),
        (S("h\u{e9}llo"), "rfind", &[S("l"), I(0), I(3)], &[], "2"),
        (S("hello"), "find", &[S("l"), N, I(3)], &[], "2"),
        (S("hello"), "index", &[S("z")], &[], "!ValueError: substring not found"),
        (S("hello"), "rindex", &[S("l")], &[], "3"),
        (S("hello"), "find", &[], &[], "!TypeError: find() takes at least 1 argument (0 given)"),
        (S("hello"), "find", &[I(1)], &[], "!TypeError: must be str, not int"),
        (S("hello"), "find", &[S("l"), S("x")], &[], "!TypeError: slice indices must be integers or None or have an __index__ method"),
        (S("hello"), "find", &[S("l"), I(1), I(2), I(3)], &[], "!TypeError: find() takes at most 3 arguments (4 given)"),
        (S("hello"), "find", &[S("l")], &[("start", I(1))], "!TypeError: str.find() takes no keyword arguments"),
        (S("aaaa"), "count", &[S("aa")], &[], "2"),
        (S("abc"), "count", &[S("")], &[], "4"),
        (S("abc"), "count", &[S(""), I(-1)], &[], "2"),
        (S("abc"), "count", &[S(""), I(2), I(1)], &[], "0"),
        (S("\u{e9}\u{e9}\u{e9}"), "count", &[S("\u{e9}")], &[], "3"),
        (S("hello"), "startswith", &[S("he")], &[], "True"),
        (S("hello"), "startswith", &[T(&[S("x"), S("hel")])], &[], "True"),
        (S("hello"), "startswith", &[S("l"), I(2)], &[], "True"),
        (S("hello"), "endswith", &[S("lo")], &[], "True"),
        (S("hello"), "endswith", &[S("l"), I(0), I(4)], &[], "True"),
        (S("abc"), "startswith", &[S(""), I(3)], &[], "True"),
        (S("abc"), "startswith", &[S(""), I(4)], &[], "False"),
        (S("abc"), "startswith", &[S(""), I(2), I(1)], &[], "False"),
        (S("abc"), "startswith", &[I(1)], &[], "!TypeError: startswith first arg must be str or a tuple of str, not int"),
        (S("abc"), "endswith", &[T(&[S("a"), I(1)])], &[], "!TypeError: tuple for endswith must only contain str, not int"),
        (S("abc"), "startswith", &[], &[], "!TypeError: startswith() takes at least 1 argument (0 given)"),
        (S("aaa"), "replace", &[S("a"), S("b")], &[], "'bbb'"),
        (S("aaa"), "replace", &[S("a"), S("b"), I(2)], &[], "'bba'"),
        (S("abc"), "replace", &[S(""), S("-")], &[], "'-a-b-c-'"),
        (S("abc"), "replace", &[S(""), S("-"), I(2)], &[], "'-a-bc'"),
        (S("abc"), "replace", &[S("x"), S("y")], &[], "'abc'"),
        (S("h\u{e9}\u{e9}"), "replace", &[S("\u{e9}"), S("e")], &[], "'hee'"),
        (S("abc"), "replace", &[S("a"), S("b"), I(-1)], &[], "'bbc'"),
        (S("abc"), "replace", &[S("a")], &[], "!TypeError: replace expected at least 2 arguments, got 1"),
        (S("abc"), "replace", &[I(1), S("a")], &[], "!TypeError: replace() argument 1 must be str, not int"),
        (S("abc"), "replace", &[S("a"), I(1)], &[], "!TypeError: replace() argument 2 must be str, not int"),
        (S("abc"), "replace", &[S("a"), S("b"), S("c")], &[], "!TypeError: 'str' object cannot be interpreted as an integer"),
        (S("abc"), "replace", &[], &[("old", S("a")), ("new", S("b"))], "!TypeError: str.replace() takes no keyword arguments"),
        (S("ab"), "ljust", &[I(5)], &[], "'ab   '"),
        (S("ab"), "rjust", &[I(5), S("*")], &[], "'***ab'"),
        (S("ab"), "center", &[I(5)], &[], "'  ab '"),
        (S("ab"), "center", &[I(6), S("\u{e9}")], &[], "'\u{e9}\u{e9}ab\u{e9}\u{e9}'"),
        (S("abc"), "center", &[I(6)], &[], "' abc  '"),
        (S("a"), "center", &[I(4)], &[], "' a  '"),
        (S("ab"), "ljust", &[I(1)], &[], "'ab'"),
        (S("ab"), "ljust", &[I(5), S("ab")], &[], "!TypeError: The fill character must be exactly one character long"),
        (S("ab"), "ljust", &[I(5), I(1)], &[], "!TypeError: The fill character must be a unicode character, not int"),
        (S("ab"), "ljust", &[S("x")], &[], "!TypeError: 'str' object cannot be interpreted as an integer"),
        (S("ab"), "ljust", &[], &[], "!TypeError: ljust expected at least 1 argument, got 0"),
        (S("ab"), "center", &[F(2.5)], &[], "!TypeError: 'float' object cannot be interpreted as an integer"),
        (S("42"), "zfill", &[I(5)], &[], "'00042'"),
        (S("-42"), "zfill", &[I(5)], &[], "'-0042'"),
        (S("+42"), "zfill", &[I(2)], &[], "'+42'"),
        (S(""), "zfill", &[I(3)], &[], "'000'"),
        (S("ab"), "zfill", &[], &[], "!TypeError: str.zfill() takes exactly one argument (0 given)"),
        (S("prefix_x"), "removeprefix", &[S("prefix_")], &[], "'x'"),
        (S("x.py"), "removesuffix", &[S(".py")], &[], "'x'"),
        (S("x"), "removeprefix", &[S("")], &[], "'x'"),
        (S("x"), "removeprefix", &[I(1)], &[], "!TypeError: removeprefix() argument must be str, not int"),
        (S("a\tbc\td\n\te"), "expandtabs", &[], &[], "'a       bc      d\\n        e'"),
        (S("a\tb"), "expandtabs", &[I(4)], &[], "'a   b'"),
        (S("a\tb"), "expandtabs", &[], &[("tabsize", I(2))], "'a b'"),
        (S("a\tb"), "expandtabs", &[I(-1)], &[], "'ab'"),
        (S("\u{e9}\u{20ac}"), "encode", &[], &[], "b'\\xc3\\xa9\\xe2\\x82\\xac'"),
        (S("\u{e9}"), "encode", &[S("ascii")], &[], "!UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"),
        (S("\u{e9}"), "encode", &[S("ascii"), S("replace")], &[], "b'?'"),
        (S("\u{e9}"), "encode", &[S("latin-1")], &[], "b'\\xe9'"),
        (S("\u{20ac}"), "encode", &[S("latin-1")], &[], "!UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)"),
        (S("ab"), "encode", &[S("foo")], &[], "!LookupError: unknown encoding: foo"),
        (S("ab"), "encode", &[I(1)], &[], "!TypeError: encode() argument 'encoding' must be str, not int"),
        (S("\u{e9}\u{e9}"), "encode", &[S("ascii")], &[], "!UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)"),
        (S("a\u{e9}"), "encode", &[S("ascii"), S("backslashreplace")], &[], "b'a\\\\xe9'"),
        (S("a\u{e9}"), "encode", &[], &[("errors", S("ignore")), ("encoding", S("ascii"))], "b'a'"),
        (S("{}-{}"), "format", &[S("a"), S("b")], &[], "'a-b'"),
        (S("{1}{0}{1}"), "format", &[S("a"), S("b")], &[], "'bab'"),
        (S("{x}!{y}"), "format", &[], &[("x", S("X")), ("y", S("Y"))], "'X!Y'"),
        (S("{{}}{}"), "format", &[S("a")], &[], "'{}a'"),
        (S("{!r}"), "format", &[S("\u{e9}\n")], &[], "\"'\u{e9}\\\\n'\""),
        (S("{!a}"), "format", &[S("\u{e9}")], &[], "\"'\\\\xe9'\""),
        (S("{0[1]}"), "format", &[S("xy")], &[], "'y'"),
        (S("{0[0]}"), "format", &[L(&[S("p"), S("q")])], &[], "'p'"),
        (S("{}"), "format", &[], &[], "!IndexError: Replacement index 0 out of range for positional args tuple"),
        (S("{0}{}"), "format", &[S("a"), S("b")], &[], "!ValueError: cannot switch from manual field specification to automatic field numbering"),
        (S("{}{0}"), "format", &[S("a"), S("b")], &[], "!ValueError: cannot switch from automatic field numbering to manual field specification"),
        (S("{a}"), "format", &[], &[], "!KeyError: 'a'"),
        (S("{"), "format", &[], &[], "!ValueError: Single '{' encountered in format string"),
        (S("}"), "format", &[], &[], "!ValueError: Single '}' encountered in format string"),
        (S("x}}y{{"), "format", &[], &[], "'x}y{'"),
        (S("{0!x}"), "format", &[S("a")], &[], "!ValueError: Unknown conversion specifier x"),
        (S("{0!}"), "format", &[S("a")], &[], "!ValueError: unmatched '{' in format spec"),
        (S("{0!rr}"), "format", &[S("a")], &[], "!ValueError: expected ':' after conversion specifier"),
        (S("{0[}"), "format", &[S("a")], &[], "!ValueError: expected '}' before end of string"),
        (S("{0..}"), "format", &[S("a")], &[], "!ValueError: Empty attribute in format string"),
        (S("{0[]}"), "format", &[S("a")], &[], "!ValueError: Empty attribute in format string"),
        (S("{0[0]x}"), "format", &[L(&[S("a")])], &[], "!ValueError: Only '.' or '[' may follow ']' in format field specifier"),
        (S("{0{}"), "format", &[S("a")], &[], "!ValueError: unexpected '{' in field name"),
        (S("{:}}"), "format", &[S("a")], &[], "!ValueError: Single '}' encountered in format string"),
        (S("{:{}"), "format", &[S("a"), S("b")], &[], "!ValueError: unmatched '{' in format spec"),
        (S("{1000000000000000000000}"), "format", &[S("a")], &[], "!ValueError: Too many decimal digits in format string"),
        (S("{ 0 }"), "format", &[S("a")], &[], "!KeyError: ' 0 '"),
        (S("{:{:{}}}"), "format", &[S("a"), S("b"), S("c")], &[], "!ValueError: Max string recursion exceeded"),
        (S("{0!r:}"), "format", &[S("a")], &[], "\"'a'\""),
        (S("{0!s}"), "format", &[S("a")], &[], "'a'"),
        (S("abc"), "translate", &[M(&[(97, S("X")), (98, N), (99, I(100))])], &[], "'Xd'"),
        (S("abc"), "translate", &[M(&[(97, F(1.5))])], &[], "!TypeError: character mapping must return integer, None or str"),
        (S("abc"), "translate", &[M(&[(97, I(-1))])], &[], "!ValueError: character mapping must be in range(0x110000)"),
        (S("abc"), "translate", &[L(&[S("x")])], &[], "'abc'"),
        (S("abc"), "translate", &[I(5)], &[], "!TypeError: 'int' object is not subscriptable"),
        (S("{x}"), "format_map", &[D(&[("x", S("v"))])], &[], "'v'"),
        (S("{}"), "format_map", &[M(&[])], &[], "!ValueError: Format string contains positional fields"),
        (S("{y}"), "format_map", &[D(&[("x", S("v"))])], &[], "!KeyError: 'y'"),
        (S("{:>5}|{:<4}|{:^7.2f}|{!r:>6}"), "format", &[I(42), S("ab"), F(1.23456), S("x")], &[], "\"   42|ab  | 1.23  |   'x'\""),
        (S("{0:{1}}|{0:>{1}}"), "format", &[S("a"), I(4)], &[], "'a   |   a'"),
        (S("{:{}{}}"), "format", &[S("ab"), S(">"), I(5)], &[], "'   ab'"),
        (S("{0:>{1}}"), "format", &[S("a"), S("x")], &[], "!ValueError: Unknown format code 'x' for object of type 'str'"),
        (S("{:,} {:_x} {:+.1e}"), "format", &[I(1234567), I(65535), F(12345.0)], &[], "'1,234,567 ffff +1.2e+04'"),
        (S("{:d}"), "format", &[S("a")], &[], "!ValueError: Unknown format code 'd' for object of type 'str'"),
        (S("{}{}"), "format", &[I(1), N], &[], "'1None'"),
        (S("{0}{0}"), "format", &[B(true)], &[], "'TrueTrue'"),
];

#[rustfmt::skip]
const OPS: &[(&str, V, V, &str)] = &[
        ("%", S("a%sb"), S("X"), "'aXb'"),
        ("%", S("%s|%r"), T(&[S("\u{e9}"), S("\u{e9}")]), "\"\u{e9}|'\u{e9}'\""),
        ("%", S("%a"), S("\u{e9}"), "\"'\\\\xe9'\""),
        ("%", S("%5s|%-5s|"), T(&[S("ab"), S("cd")]), "'   ab|cd   |'"),
        ("%", S("%.2s|%5.1s|"), T(&[S("abc"), S("xyz")]), "'ab|    x|'"),
        ("%", S("%d %i %u"), T(&[I(1), I(-2), I(3)]), "'1 -2 3'"),
        ("%", S("%x %X %o"), T(&[I(255), I(255), I(8)]), "'ff FF 10'"),
        ("%", S("%#x %#X %#o"), T(&[I(255), I(255), I(8)]), "'0xff 0XFF 0o10'"),
        ("%", S("%05d|%-5d|%+d|% d"), T(&[I(42), I(42), I(42), I(42)]), "'00042|42   |+42| 42'"),
        ("%", S("%.3d|%08.3d|%5.3x|%#5.3x|%#05x"), T(&[I(-5), I(-5), I(10), I(10), I(10)]), "'-005|-0000005|  00a|0x00a|0x00a'"),
        ("%", S("%c%c"), T(&[I(65), S("\u{e9}")]), "'A\u{e9}'"),
        ("%", S("%*d|%-*d|"), T(&[I(4), I(1), I(4), I(2)]), "'   1|2   |'"),
        ("%", S("%%|%s"), T(&[S("a")]), "'%|a'"),
        ("%", S("%(a)s-%(b)s"), D(&[("a", S("x")), ("b", S("y"))]), "'x-y'"),
        ("%", S("%s"), L(&[S("l")]), "\"['l']\""),
        ("%", S(""), L(&[S("l")]), "''"),
        ("%", S("%d"), B(true), "'1'"),
        ("%", S("%x"), B(true), "'1'"),
        ("%", S("%d %d"), T(&[I(1)]), "!TypeError: not enough arguments for format string"),
        ("%", S("%d"), T(&[I(1), I(2)]), "!TypeError: not all arguments converted during string formatting"),
        ("%", S(""), I(5), "!TypeError: not all arguments converted during string formatting"),
        ("%", S("%d"), S("x"), "!TypeError: %d format: a real number is required, not str"),
        ("%", S("%x"), S("x"), "!TypeError: %x format: an integer is required, not str"),
        ("%", S("%c"), S("ab"), "!TypeError: %c requires int or char"),
        ("%", S("%c"), I(1114112), "!OverflowError: %c arg not in range(0x110000)"),
        ("%", S("%z"), I(1), "!ValueError: unsupported format character 'z' (0x7a) at index 1"),
        ("%", S("%"), I(1), "!ValueError: incomplete format"),
        ("%", S("%(a)s"), I(1), "!TypeError: format requires a mapping"),
        ("%", S("%(a"), D(&[]), "!ValueError: incomplete format key"),
        ("%", S("%(a)"), D(&[("a", I(1))]), "!ValueError: incomplete format"),
        ("%", S("%(a)s %s"), D(&[("a", S("x"))]), "!TypeError: not enough arguments for format string"),
        ("%", S("%*d"), T(&[S("a"), I(3)]), "!TypeError: * wants int"),
        ("%", S("%5%"), T(&[I(1)]), "!ValueError: unsupported format character '%' (0x25) at index 2"),
        ("%", S("%f"), S("x"), "!TypeError: must be real number, not str"),
        ("%", S("%ld"), I(5), "'5'"),
        ("%", S("\u{e9}%s\u{e9}"), S("\u{fc}"), "'\u{e9}\u{fc}\u{e9}'"),
        ("%", S("%5.2f|%e|%g|%08.2f|%.0f|%d"), T(&[F(1.23456), F(12345.678), F(1e-05), F(-1.23456), F(2.5), F(3.9)]), "' 1.23|1.234568e+04|1e-05|-0001.23|2|3'"),
        ("%", S("%-8.3f|%+.1e|%#g|%G"), T(&[F(2.5), F(1.0), F(1.0), F(1e-10)]), "'2.500   |+1.0e+00|1.00000|1E-10'"),
        ("%", S("%d"), F(f64::INFINITY), "!OverflowError: cannot convert float infinity to integer"),
        ("%", S("%d"), F(f64::NAN), "!ValueError: cannot convert float NaN to integer"),
        ("%", S("%f"), F(f64::INFINITY), "'inf'"),
        ("%", S("%s %r"), T(&[F(1.5), F(0.1)]), "'1.5 0.1'"),
        ("%", S("%d"), F(1.1805916207174113e+21), "'1180591620717411303424'"),
        ("+", S("ab"), S("cd"), "'abcd'"),
        ("+", S("ab"), I(1), "!TypeError: can only concatenate str (not \"int\") to str"),
        ("*", S("ab"), I(3), "'ababab'"),
        ("*", S("ab"), I(-1), "''"),
        ("*", S("ab"), I(0), "''"),
        ("*", S("ab"), S("x"), "!TypeError: can't multiply sequence by non-int of type 'str'"),
        ("*", S("ab"), F(1.5), "!TypeError: can't multiply sequence by non-int of type 'float'"),
        ("r*", I(3), S("ab"), "'ababab'"),
        ("*", S("\u{e9}"), I(2), "'\u{e9}\u{e9}'"),
        ("[]", S("hello"), I(1), "'e'"),
        ("[]", S("hello"), I(-1), "'o'"),
        ("[]", S("hello"), I(5), "!IndexError: string index out of range"),
        ("[]", S("hello"), I(-6), "!IndexError: string index out of range"),
        ("[]", S("h\u{e9}llo"), I(1), "'\u{e9}'"),
        ("[]", S("h\u{e9}llo"), I(4), "'o'"),
        ("[]", S("hello"), S("x"), "!TypeError: string indices must be integers, not 'str'"),
        ("[]", S("hello"), F(1.0), "!TypeError: string indices must be integers, not 'float'"),
        ("[]", S("hello"), B(true), "'e'"),
        ("[:]", S("hello"), T(&[I(1), I(3), N]), "'el'"),
        ("[:]", S("hello"), T(&[N, N, I(-1)]), "'olleh'"),
        ("[:]", S("hello"), T(&[N, N, I(2)]), "'hlo'"),
        ("[:]", S("h\u{e9}llo w\u{f6}rld"), T(&[I(1), I(-1), N]), "'\u{e9}llo w\u{f6}rl'"),
        ("[:]", S("h\u{e9}llo w\u{f6}rld"), T(&[N, N, I(-2)]), "'drwolh'"),
        ("[:]", S("hello"), T(&[I(10), I(20), N]), "''"),
        ("[:]", S("hello"), T(&[N, N, I(0)]), "!ValueError: slice step cannot be zero"),
        ("[:]", S("hello"), T(&[I(-3), N, N]), "'llo'"),
        ("in", S("ell"), S("hello"), "True"),
        ("in", S("xyz"), S("hello"), "False"),
        ("in", S(""), S("hello"), "True"),
        ("in", S("\u{e9}"), S("h\u{e9}llo"), "True"),
        ("in", I(1), S("hello"), "!TypeError: 'in <string>' requires string as left operand, not int"),
        ("<", S("a"), S("b"), "True"),
        ("<", S("b"), S("a"), "False"),
        ("<", S("\u{e9}"), S("z"), "False"),
        ("<", S("ab"), S("abc"), "True"),
        ("==", S("ab"), S("ab"), "True"),
        ("==", S("ab"), S("ac"), "False"),
        ("!=", S("ab"), S("ac"), "True"),
        (">=", S("b"), S("b"), "True"),
        ("len", S("h\u{e9}llo"), N, "5"),
        ("len", S(""), N, "0"),
        ("len", S("\u{1f600}x"), N, "2"),
        ("repr", S("it's \"x\"\n"), N, "'\\'it\\\\\\'s \"x\"\\\\n\\''"),
        ("ascii", S("\u{e9}\u{20ac}\u{1f600}\u{7}"), N, "\"'\\\\xe9\\\\u20ac\\\\U0001f600\\\\x07'\""),
        ("str()", T(&[]), N, "''"),
        ("str()", T(&[S("abc")]), N, "'abc'"),
        ("str()", T(&[Y(b"abc"), S("utf-8")]), N, "'abc'"),
        ("str()", T(&[Y(b"\xff"), S("utf-8")]), N, "!UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        ("str()", T(&[Y(b"\xff")]), D(&[("encoding", S("utf-8")), ("errors", S("replace"))]), "'\u{fffd}'"),
        ("str()", T(&[S("a"), S("utf-8")]), N, "!TypeError: decoding str is not supported"),
        ("str()", T(&[I(1), S("utf-8")]), N, "!TypeError: decoding to str: need a bytes-like object, int found"),
        ("str()", T(&[I(1), I(2), I(3), I(4)]), N, "!TypeError: str() takes at most 3 arguments (4 given)"),
        ("str()", T(&[]), D(&[("x", I(1))]), "!TypeError: 'x' is an invalid keyword argument for str()"),
];

#[test]
fn methods_match_cpython() {
    let ts = thread();
    let rows = METHODS
        .iter()
        .map(|(recv, name, args, kwargs, expected)| {
            let what = format!("{name} on {}", super::testing::show_v(ts, *recv));
            (what, call(ts, *recv, name, args, kwargs), *expected)
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
            let what = format!(
                "{name} with {} and {}",
                super::testing::show_v(ts, *a),
                super::testing::show_v(ts, *b)
            );
            (what, op(ts, name, *a, *b), *expected)
        })
        .collect();
    check_all(rows);
}

/// One-character strings below U+0100 are statics that hash and compare as
/// any string with the same text.
#[test]
fn latin1_chars_are_shared_statics() {
    let ts = thread();
    for cp in [0x41u32, 0x80, 0xE9, 0xFF] {
        let a = super::from_char(ts, cp);
        let b = super::from_char(ts, cp);
        assert_eq!(a, b);
        let text = char::from_u32(cp).unwrap().to_string();
        let heap = super::from_parts(ts, text.as_bytes(), 1, cp < 0x80);
        unsafe {
            assert!(super::eq(a, heap));
            assert_eq!(super::hash_of(a), super::hash_of(heap));
            assert_eq!(super::char_len(a), 1);
            assert_eq!(super::is_ascii(a), cp < 0x80);
        }
    }
    let wide = super::from_char(ts, 0x65E5);
    assert_eq!(unsafe { super::bytes(wide) }, "日".as_bytes());
}

/// The byte searchers' answers for empty and one-byte needles.
#[test]
fn search_edges() {
    use super::search::{count, find, matches, rfind, rmatches};
    assert_eq!(find(b"abc", b""), Some(0));
    assert_eq!(rfind(b"abc", b""), Some(3));
    assert_eq!(find(b"", b""), Some(0));
    assert_eq!(find(b"abcb", b"b"), Some(1));
    assert_eq!(rfind(b"abcb", b"b"), Some(3));
    assert_eq!(find(b"abc", b"abcd"), None);
    assert_eq!(count(b"aaaa", b"aa"), 2);
    assert_eq!(count(b"abab", b"b"), 2);
    assert_eq!(matches(b"aaaaa", b"aa", 5), vec![0, 2]);
    assert_eq!(rmatches(b"aaaaa", b"aa", 5), vec![3, 1]);
    assert_eq!(matches("é".as_bytes(), b"", 5), vec![0, 2]);
}
