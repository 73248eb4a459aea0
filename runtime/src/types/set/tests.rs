//! Unit tests for `set` and `frozenset`: iteration order, `pop` order and
//! frozenset hashes compared with CPython 3.11, through a small operation
//! language (one operation per `;`, results joined by `|`):
//!
//! `new a` (a = set()), `list a 1 2 3` (a = set([1, 2, 3])), `add a 5`,
//! `discard a 5`, `pop a`, `or|and|sub|xor a b c` (c = a op b),
//! `ior|iand|isub|ixor a b` (a op= b), `copy a b`, `clear a`, `frozen f a`
//! (f = frozenset(a)), and the outputs `show a` (repr) and `hash f`.
//!
//! The cases mix fixed scenarios (collisions, dummy reuse, growth, the
//! extreme hashes around 2**61) with random ones; each expectation is what
//! python3 printed for the same operations.

use crate::entry::{ty_binop, ty_inplace_binop};
use crate::items::testing::{int, method, show, thread};
use crate::object::Word;
use std::collections::HashMap;
use typhon_abi::BinOp;

fn check(ops: &str, expected: &str) {
    let ts = thread();
    let mut sets: HashMap<&str, Word> = HashMap::new();
    let mut out: Vec<String> = Vec::new();
    let binop = |name: &str| match name.trim_start_matches('i') {
        "or" => BinOp::BitOr,
        "and" => BinOp::BitAnd,
        "sub" => BinOp::Sub,
        _ => BinOp::BitXor,
    };
    for op in ops.split(';') {
        let p: Vec<&str> = op.split(' ').filter(|x| !x.is_empty()).collect();
        let value = |i: usize| int(p[i].parse::<i64>().unwrap_or(0));
        match p[0] {
            "new" => {
                sets.insert(p[1], super::new(ts, &super::SET_TYPE));
            }
            "list" => {
                let items = crate::types::list::new(ts, (2..p.len()).map(value).collect());
                sets.insert(p[1], unsafe {
                    super::from_iterable(ts, &super::SET_TYPE, items)
                });
            }
            "frozen" => {
                let frozen =
                    unsafe { super::from_iterable(ts, &super::FROZENSET_TYPE, sets[p[2]]) };
                sets.insert(p[1], frozen);
            }
            "add" | "discard" | "clear" => {
                let args: Vec<Word> = (2..p.len()).map(value).collect();
                assert_ne!(method(ts, sets[p[1]], p[0], &args, &[]), 0);
            }
            "pop" if unsafe { super::len_of(sets[p[1]]) } == 0 => out.push("empty".into()),
            "pop" => out.push(show(ts, method(ts, sets[p[1]], "pop", &[], &[]))),
            "or" | "and" | "sub" | "xor" => {
                let result = unsafe { ty_binop(ts, binop(p[0]) as i32, sets[p[1]], sets[p[2]]) };
                sets.insert(p[3], result);
            }
            "ior" | "iand" | "isub" | "ixor" => {
                let result =
                    unsafe { ty_inplace_binop(ts, binop(p[0]) as i32, sets[p[1]], sets[p[2]]) };
                assert_eq!(result, sets[p[1]]);
            }
            "copy" => {
                let copy = method(ts, sets[p[1]], "copy", &[], &[]);
                sets.insert(p[2], copy);
            }
            "show" => out.push(show(ts, sets[p[1]])),
            "hash" => {
                let h = unsafe { crate::types::seq::hash(ts, sets[p[1]]) };
                out.push(h.map_or_else(|| "unhashable".to_string(), |h| h.to_string()));
            }
            other => panic!("unknown operation {other}"),
        }
    }
    assert_eq!(out.join("|"), expected, "{ops}");
}

#[test]
fn orders_match_cpython() {
    check(
        "new a;add a 5;add a 13;add a 21;add a 1;add a 100;add a -3;show a",
        "{1, 100, 5, 13, 21, -3}",
    );
    check(
        "new a;add a 0;add a 32;add a 64;add a 1000;add a 2000;discard a 0;discard a 64;add a 96;show a",
        "{32, 96, 1000, 2000}",
    );
    check(
        "new a;add a 0;add a 1;add a 2;add a 3;add a 4;add a 5;add a 6;add a 7;add a 8;add a 9;add a 10;add a 11;add a 12;add a 13;add a 14;add a 15;add a 16;add a 17;add a 18;add a 19;pop a;pop a;discard a 5;pop a;add a 0;pop a;show a",
        "0|1|2|3|{4, 0, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}",
    );
    check(
        "list a 2305843009213693951 2305843009213693952 -2305843009213693952 -1 -2 4611686018427387903 -4611686018427387904;show a",
        "{2305843009213693951, 2305843009213693952, 4611686018427387903, -2305843009213693952, -1, -4611686018427387904, -2}",
    );
    check(
        "list a 0 37 74 10 47 84 20 57 94 30 67 3 40 77 13 50 87 23 60 97 33 70 6 43 80 16 53 90 26 63 100 36 73 9 46 83 19 56 93 29 66 2 39 76 12 49 86 22 59 96 32 69 5 42 79 15 52 89 25 62;list b 0 7 14 21 28 35 42 49 56 63 70 77 84 91 98 105 112 119 126 133 140 147 154 161 168 175 182 189 196;or a b c;show c;and a b c;show c;sub a b c;show c;xor a b c;show c;xor b a c;show c;isub b a;show b;frozen f a;hash f",
        "{0, 2, 3, 5, 6, 7, 9, 10, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 25, 26, 28, 29, 30, 32, 33, 35, 36, 37, 39, 40, 42, 43, 46, 47, 49, 50, 52, 53, 56, 57, 59, 60, 62, 63, 66, 67, 69, 70, 73, 74, 76, 77, 79, 80, 83, 84, 86, 87, 89, 90, 91, 93, 94, 96, 97, 98, 100, 105, 112, 119, 126, 133, 140, 147, 154, 161, 168, 175, 182, 189, 196}|{0, 70, 42, 77, 49, 84, 56, 63}|{2, 3, 5, 6, 9, 10, 12, 13, 15, 16, 19, 20, 22, 23, 25, 26, 29, 30, 32, 33, 36, 37, 39, 40, 43, 46, 47, 50, 52, 53, 57, 59, 60, 62, 66, 67, 69, 73, 74, 76, 79, 80, 83, 86, 87, 89, 90, 93, 94, 96, 97, 100}|{2, 3, 5, 6, 7, 9, 10, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 25, 26, 28, 29, 30, 32, 33, 35, 36, 37, 39, 40, 43, 46, 47, 50, 52, 53, 57, 59, 60, 62, 66, 67, 69, 73, 74, 76, 79, 80, 83, 86, 87, 89, 90, 91, 93, 94, 96, 97, 98, 100, 105, 112, 119, 126, 133, 140, 147, 154, 161, 168, 175, 182, 189, 196}|{2, 3, 5, 6, 7, 9, 10, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 25, 26, 28, 29, 30, 32, 33, 35, 36, 37, 39, 40, 43, 46, 47, 50, 52, 53, 57, 59, 60, 62, 66, 67, 69, 73, 74, 76, 79, 80, 83, 86, 87, 89, 90, 91, 93, 94, 96, 97, 98, 100, 105, 112, 119, 126, 133, 140, 147, 154, 161, 168, 175, 182, 189, 196}|{133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 175, 182, 189, 196, 91, 98, 105, 112, 119, 126}|4396196577331351234",
    );
    check(
        "new a;new b;new c;add c -2400;add b -81;add a -79;list a -117 -134 29 -49 -148 -96 -29 134 -39 81 9 -181 -45 -140 -51;discard a 74;add c -99;add b 175;add b 138;discard a 704;add a 149;add a -25;discard c 125;add a 1872;discard b -1536;sub a a b;copy a b;discard a -12032;add a -184;add a 72;show a;show b;show c;frozen f a;hash f",
        "{134, 9, -117, 149, 29, -96, -184, 72, -181, -51, -49, 1872, 81, -45, -39, -29, -25, -148, -140, -134}|{134, 9, -117, -181, -51, -49, 1872, 81, -45, 149, -39, 29, -96, -29, -25, -148, -140, -134}|{-2400, -99}|8422989312915969751",
    );
    check(
        "new a;new b;new c;discard a 26;add a 32;show b;discard a 37;add b 144;add c 0;add c 3;show c;discard b 34;sub c c c;iand b c;add c 36;add a 38;discard b 18;show a;show b;show c;frozen f a;hash f",
        "set()|{0, 3}|{32, 38}|set()|{36}|1496550631306289014",
    );
    check(
        "new a;new b;new c;pop b;add b -38;add b -44;discard c -46;add c 12;ior b a;copy a b;add c -20;show b;discard c 3;sub b c b;copy c c;add b 6;add b 22;add c 18;add c -17;show c;discard a 48;show a;show b;show c;frozen f a;hash f",
        "empty|set()|{18, 12, -20, -17}|set()|{6, 22}|{18, 12, -20, -17}|133146708735736",
    );
    check(
        "new a;new b;new c;clear a;sub b c c;add c -291089441759232;add c -84944893408;add a 11287565673280;iand a c;or c c c;add c -598376271344;discard a -968705461363;show a;show b;show c;frozen f a;hash f",
        "set()|set()|{-291089441759232, -598376271344, -84944893408}|133146708735736",
    );
    check(
        "new a;new b;new c;and a a a;or c c b;discard c 39;add a 45;xor b c b;add c 45;add b 0;copy c b;add a 4;pop c;pop a;show c;add a 9;discard a 56;add c 41;copy c a;show a;add a 33;show a;show a;show b;show c;frozen f a;hash f",
        "45|4|set()|{41}|{41, 33}|{41, 33}|{45}|{41}|6115189301342474089",
    );
    check(
        "new a;new b;new c;add a 2364;or b c a;add b -3552;ior b b;add b -26688;pop a;add b 2531;xor b c b;or c c a;show a;show b;show c;frozen f a;hash f",
        "empty|set()|{-3552, 2531, -26688}|set()|133146708735736",
    );
    check(
        "new a;new b;new c;show c;add a 13;show b;add a 27;and c b a;add c 20;ior b c;add a 41;sub c a a;or c a b;show a;show b;show c;frozen f a;hash f",
        "set()|set()|{20}|{20}|{20}|4754053287603740395",
    );
    check(
        "new a;new b;new c;discard c 5;add b 3;list b 7 10 8 4 -8 0 -3 -10 -3;pop c;pop b;pop a;copy a b;discard b 2;or a a b;ior b b;discard b 7;discard a 6144;add a 7;discard a 64;add b 4;add c 6;add b 1;add c 8;add c 1;add b 2048;iand b a;list c 6 -10 -7 -10 4 2 -6 0 3 0;add c 0;discard b 5;show c;ixor a a;show a;show b;show c;frozen f a;hash f",
        "empty|0|empty|{0, 2, 3, 4, 6, -10, -7, -6}|set()|set()|{0, 2, 3, 4, 6, -10, -7, -6}|133146708735736",
    );
    check(
        "new a;new b;new c;add a 166;add c 20;add c 30;add c 166;show a;add a -150;add b -168;add c -21;xor c a a;discard a -125;add a -140;add b -160;discard c -143;and b a a;and a c a;clear b;copy c a;add c -74;discard a -112;clear c;add b 768;show a;or a b a;show a;discard b -10;show a;show b;show c;frozen f a;hash f",
        "{166}|{-21, 20, 166, 30}|{768, 20, 166, -21, 30}|{768, 20, 166, -21, 30}|{768}|set()|-4848426682998723520",
    );
}

#[test]
fn reprs_and_errors() {
    let ts = thread();
    let empty = super::new(ts, &super::SET_TYPE);
    assert_eq!(show(ts, empty), "set()");
    assert_eq!(
        show(ts, method(ts, empty, "pop", &[], &[])),
        "!KeyError: 'pop from an empty set'"
    );
    assert_eq!(
        show(ts, method(ts, empty, "remove", &[int(1)], &[])),
        "!KeyError: 1"
    );
    let unhashable = crate::types::list::new(ts, Vec::new());
    assert_eq!(
        show(ts, method(ts, empty, "add", &[unhashable], &[])),
        "!TypeError: unhashable type: 'list'"
    );
    assert_eq!(
        show(ts, method(ts, empty, "add", &[], &[])),
        "!TypeError: set.add() takes exactly one argument (0 given)"
    );
    let frozen = unsafe { super::from_iterable(ts, &super::FROZENSET_TYPE, empty) };
    assert_eq!(show(ts, frozen), "frozenset()");
    method(ts, empty, "add", &[int(1)], &[]);
    let frozen = unsafe { super::from_iterable(ts, &super::FROZENSET_TYPE, empty) };
    assert_eq!(show(ts, frozen), "frozenset({1})");
    // A set key is looked up as a frozenset: `{1} in {frozenset({1})}`.
    let holder = super::new(ts, &super::SET_TYPE);
    method(ts, holder, "add", &[frozen], &[]);
    assert_eq!(
        crate::items::testing::status(ts, unsafe { crate::entry::ty_contains(ts, holder, empty) }),
        "ok 1"
    );
    assert_eq!(
        show(ts, unsafe {
            ty_binop(ts, BinOp::BitOr as i32, empty, int(1))
        }),
        "!TypeError: unsupported operand type(s) for |: 'set' and 'int'"
    );
}
