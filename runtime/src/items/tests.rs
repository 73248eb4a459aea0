//! Unit tests for lists, tuples, ranges, slices, unpacking and the
//! iterator builtins. Expected strings come from running the same
//! operations under python3.

use super::testing::{
    call, construct, int, int_list, int_tuple, ints, method, show, status, string, thread,
};
use crate::entry::{
    ty_binop, ty_compare, ty_contains, ty_delitem, ty_getitem, ty_iter, ty_setitem, ty_unpack,
};
use crate::object::Word;
use crate::thread::Thread;
use crate::types::none::none;
use crate::types::slice;
use crate::types::{list, range, tuple};
use typhon_abi::{BinOp, CmpOp};

fn sl(ts: *mut Thread, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Word {
    let part = |v: Option<i64>| v.map_or(none(), int);
    slice::new(ts, part(start), part(stop), part(step))
}

fn range_list(ts: *mut Thread, n: i64) -> Word {
    int_list(ts, &(0..n).collect::<Vec<_>>())
}

/// `list(iterable)` rendered.
fn listed(ts: *mut Thread, iterable: Word) -> String {
    if iterable == 0 {
        return show(ts, 0);
    }
    show(ts, construct(ts, &list::LIST_TYPE, &[iterable]))
}

#[test]
fn list_repr_handles_self_reference() {
    let ts = thread();
    let l = list::new(ts, vec![int(1), string(ts, "a"), int_list(ts, &[2])]);
    assert_eq!(show(ts, l), "[1, 'a', [2]]");
    let cyclic = int_list(ts, &[1]);
    assert!(unsafe { list::items(ts, cyclic).push(ts, cyclic) });
    assert_eq!(show(ts, cyclic), "[1, [...]]");
    assert_eq!(show(ts, int_tuple(ts, &[1])), "(1,)");
    assert_eq!(show(ts, int_tuple(ts, &[])), "()");
}

#[test]
fn list_slices_read() {
    let ts = thread();
    let l = range_list(ts, 10);
    let get = |s: Word| show(ts, unsafe { ty_getitem(ts, l, s) });
    assert_eq!(get(sl(ts, None, None, Some(-3))), "[9, 6, 3, 0]");
    assert_eq!(get(sl(ts, Some(2), Some(8), Some(2))), "[2, 4, 6]");
    assert_eq!(get(sl(ts, Some(-3), None, None)), "[7, 8, 9]");
    assert_eq!(get(sl(ts, Some(5), Some(2), None)), "[]");
    assert_eq!(
        get(sl(ts, None, None, Some(0))),
        "!ValueError: slice step cannot be zero"
    );
    assert_eq!(get(int(10)), "!IndexError: list index out of range");
    assert_eq!(get(int(-10)), "0");
    assert_eq!(
        get(string(ts, "a")),
        "!TypeError: list indices must be integers or slices, not str"
    );
}

#[test]
fn list_slices_write_and_delete() {
    let ts = thread();
    let cases: [(i64, Word, Option<&[i64]>, &str); 9] = [
        (
            7,
            sl(ts, Some(1), Some(3), None),
            Some(&[9, 9, 9]),
            "[0, 9, 9, 9, 3, 4, 5, 6]",
        ),
        (
            7,
            sl(ts, None, None, Some(2)),
            Some(&[1, 2]),
            "!ValueError: attempt to assign sequence of size 2 to extended slice of size 4",
        ),
        (10, sl(ts, None, None, Some(3)), None, "[1, 2, 4, 5, 7, 8]"),
        (10, sl(ts, None, None, Some(-2)), None, "[0, 2, 4, 6, 8]"),
        (
            10,
            sl(ts, Some(7), Some(2), Some(-2)),
            None,
            "[0, 1, 2, 4, 6, 8, 9]",
        ),
        (
            10,
            sl(ts, Some(7), Some(2), Some(-2)),
            Some(&[-1, -2, -3]),
            "[0, 1, 2, -3, 4, -2, 6, -1, 8, 9]",
        ),
        (
            5,
            sl(ts, Some(3), Some(1), None),
            Some(&[8, 8]),
            "[0, 1, 2, 8, 8, 3, 4]",
        ),
        (5, sl(ts, Some(1), Some(4), None), Some(&[]), "[0, 4]"),
        (
            5,
            int(7),
            None,
            "!IndexError: list assignment index out of range",
        ),
    ];
    for (n, key, value, expected) in cases {
        let l = range_list(ts, n);
        let r = match value {
            Some(v) => unsafe { ty_setitem(ts, l, key, int_list(ts, v)) },
            None => unsafe { ty_delitem(ts, l, key) },
        };
        let got = if r < 0 { status(ts, r) } else { show(ts, l) };
        assert_eq!(got, expected);
    }
    let l = range_list(ts, 5);
    assert_eq!(
        status(ts, unsafe {
            ty_setitem(ts, l, sl(ts, None, None, None), l)
        }),
        "ok 0"
    );
    assert_eq!(show(ts, l), "[0, 1, 2, 3, 4]");
    assert_eq!(
        status(ts, unsafe {
            ty_setitem(ts, l, sl(ts, Some(0), Some(1), None), int(5))
        }),
        "!TypeError: can only assign an iterable"
    );
}

#[test]
fn list_sort_is_stable_and_reports_cpython_errors() {
    let ts = thread();
    let abs = crate::builtins::ABS.as_word();
    let l = int_list(ts, &[3, -1, 2, -3, 1]);
    method(ts, l, "sort", &[], &[("key", abs)]);
    assert_eq!(show(ts, l), "[-1, 1, 2, 3, -3]");
    let l = int_list(ts, &[3, -1, 2, -3, 1]);
    method(
        ts,
        l,
        "sort",
        &[],
        &[("key", abs), ("reverse", crate::types::bool::true_())],
    );
    assert_eq!(show(ts, l), "[3, -3, 2, -1, 1]");
    let l = int_list(ts, &[5, 2, 8, 2, 1, 9, 0, 3].repeat(3));
    method(ts, l, "sort", &[], &[("reverse", int(1))]);
    assert_eq!(
        show(ts, l),
        "[9, 9, 9, 8, 8, 8, 5, 5, 5, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 0, 0, 0]"
    );
    let mixed = list::new(ts, vec![int(3), int(1), string(ts, "a")]);
    let r = method(ts, mixed, "sort", &[], &[]);
    assert_eq!(
        show(ts, r),
        "!TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    assert_eq!(show(ts, mixed), "[3, 1, 'a']");
    assert_eq!(
        show(ts, method(ts, mixed, "sort", &[int(1)], &[])),
        "!TypeError: sort() takes no positional arguments"
    );
    let foo = method(ts, mixed, "sort", &[], &[("foo", int(1))]);
    assert_eq!(
        show(ts, foo),
        "!TypeError: 'foo' is an invalid keyword argument for sort()"
    );
}

#[test]
fn list_methods() {
    let ts = thread();
    let l = int_list(ts, &[1, 2]);
    method(ts, l, "insert", &[int(-10), int(0)], &[]);
    method(ts, l, "insert", &[int(10), int(9)], &[]);
    assert_eq!(show(ts, l), "[0, 1, 2, 9]");
    assert_eq!(
        show(ts, method(ts, l, "index", &[int(3)], &[])),
        "!ValueError: 3 is not in list"
    );
    assert_eq!(
        show(ts, method(ts, l, "index", &[int(2), int(-2)], &[])),
        "2"
    );
    assert_eq!(
        show(ts, method(ts, l, "pop", &[int(7)], &[])),
        "!IndexError: pop index out of range"
    );
    assert_eq!(show(ts, method(ts, l, "pop", &[], &[])), "9");
    assert_eq!(
        show(ts, method(ts, l, "remove", &[int(5)], &[])),
        "!ValueError: list.remove(x): x not in list"
    );
    assert_eq!(
        show(ts, method(ts, l, "append", &[], &[])),
        "!TypeError: list.append() takes exactly one argument (0 given)"
    );
    assert_eq!(
        show(ts, method(ts, l, "pop", &[int(1), int(2)], &[])),
        "!TypeError: pop expected at most 1 argument, got 2"
    );
    assert_eq!(
        show(ts, method(ts, l, "copy", &[int(1)], &[])),
        "!TypeError: list.copy() takes no arguments (1 given)"
    );
    method(ts, l, "extend", &[l], &[]);
    assert_eq!(show(ts, l), "[0, 1, 2, 0, 1, 2]");
    assert_eq!(show(ts, method(ts, l, "count", &[int(2)], &[])), "2");
    method(ts, l, "reverse", &[], &[]);
    assert_eq!(show(ts, l), "[2, 1, 0, 2, 1, 0]");
    assert_eq!(
        show(ts, construct(ts, &list::LIST_TYPE, &[int(5)])),
        "!TypeError: 'int' object is not iterable"
    );
}

#[test]
fn sequence_operators() {
    let ts = thread();
    let (a, b) = (int_list(ts, &[1, 2]), int_list(ts, &[1, 3]));
    let cmp = |op: CmpOp, x: Word, y: Word| show(ts, unsafe { ty_compare(ts, op as i32, x, y) });
    assert_eq!(cmp(CmpOp::Lt, a, b), "True");
    assert_eq!(cmp(CmpOp::Eq, a, int_list(ts, &[1, 2])), "True");
    assert_eq!(cmp(CmpOp::Lt, int_list(ts, &[1]), a), "True");
    assert_eq!(
        cmp(CmpOp::Gt, int_list(ts, &[2]), int_list(ts, &[1, 5])),
        "True"
    );
    assert_eq!(cmp(CmpOp::Ne, a, int_list(ts, &[1, 2])), "False");
    assert_eq!(
        cmp(CmpOp::Lt, int_tuple(ts, &[1]), int_tuple(ts, &[1, 2])),
        "True"
    );
    let op = |o: BinOp, x: Word, y: Word| show(ts, unsafe { ty_binop(ts, o as i32, x, y) });
    assert_eq!(op(BinOp::Add, a, b), "[1, 2, 1, 3]");
    assert_eq!(op(BinOp::Mul, a, int(2)), "[1, 2, 1, 2]");
    assert_eq!(op(BinOp::Mul, int(-1), a), "[]");
    assert_eq!(
        op(BinOp::Add, a, int(1)),
        "!TypeError: can only concatenate list (not \"int\") to list"
    );
    assert_eq!(op(BinOp::Mul, int_tuple(ts, &[7]), int(3)), "(7, 7, 7)");
    assert_eq!(
        op(BinOp::Add, int_tuple(ts, &[1]), a),
        "!TypeError: can only concatenate tuple (not \"list\") to tuple"
    );
    let t = int_tuple(ts, &[0, 1, 2, 3, 4, 5]);
    assert_eq!(
        show(ts, unsafe {
            ty_getitem(ts, t, sl(ts, None, None, Some(-1)))
        }),
        "(5, 4, 3, 2, 1, 0)"
    );
    assert_eq!(
        show(ts, unsafe {
            ty_getitem(ts, t, sl(ts, None, None, Some(2)))
        }),
        "(0, 2, 4)"
    );
    assert_eq!(
        show(ts, unsafe { ty_getitem(ts, t, int(6)) }),
        "!IndexError: tuple index out of range"
    );
    assert_eq!(
        status(ts, unsafe { ty_setitem(ts, t, int(0), int(1)) }),
        "!TypeError: 'tuple' object does not support item assignment"
    );
    assert_eq!(
        status(ts, unsafe { ty_delitem(ts, t, int(0)) }),
        "!TypeError: 'tuple' object doesn't support item deletion"
    );
    assert_eq!(
        show(ts, unsafe { ty_getitem(ts, int(1), int(0)) }),
        "!TypeError: 'int' object is not subscriptable"
    );
    assert_eq!(
        status(ts, unsafe { ty_delitem(ts, int(1), int(0)) }),
        "!TypeError: 'int' object does not support item deletion"
    );
    assert_eq!(
        status(ts, unsafe { ty_contains(ts, int(1), int(0)) }),
        "!TypeError: argument of type 'int' is not iterable"
    );
    assert_eq!(status(ts, unsafe { ty_contains(ts, t, int(5)) }), "ok 1");
}

#[test]
fn tuple_hash_is_cpython_s() {
    let ts = thread();
    let h = unsafe { crate::types::seq::hash(ts, int_tuple(ts, &[1, 2])) };
    assert_eq!(h, Some(-3550055125485641917));
    let unhashable = tuple::new(ts, &[int_list(ts, &[])]);
    assert_eq!(unsafe { crate::types::seq::hash(ts, unhashable) }, None);
    assert_eq!(
        super::testing::pending(ts),
        "!TypeError: unhashable type: 'list'"
    );
}

#[test]
fn ranges() {
    let ts = thread();
    let r = |args: &[i64]| construct(ts, &range::RANGE_TYPE, &ints(args));
    assert_eq!(show(ts, r(&[5])), "range(0, 5)");
    assert_eq!(show(ts, r(&[0, 10, 2])), "range(0, 10, 2)");
    assert_eq!(
        show(ts, r(&[1, 2, 0])),
        "!ValueError: range() arg 3 must not be zero"
    );
    assert_eq!(listed(ts, r(&[5, 0, -2])), "[5, 3, 1]");
    let get = |w: Word, key: Word| show(ts, unsafe { ty_getitem(ts, w, key) });
    assert_eq!(
        get(r(&[0, 10, 3]), sl(ts, None, None, Some(2))),
        "range(0, 12, 6)"
    );
    assert_eq!(
        get(r(&[0, 10, 3]), sl(ts, None, None, Some(-1))),
        "range(9, -3, -3)"
    );
    assert_eq!(get(r(&[10]), sl(ts, Some(2), Some(5), None)), "range(2, 5)");
    assert_eq!(get(r(&[10]), int(-1)), "9");
    assert_eq!(
        get(r(&[5]), int(10)),
        "!IndexError: range object index out of range"
    );
    assert_eq!(
        status(ts, unsafe { ty_contains(ts, r(&[0, 10, 3]), int(9)) }),
        "ok 1"
    );
    assert_eq!(
        status(ts, unsafe { ty_contains(ts, r(&[5]), int(-1)) }),
        "ok 0"
    );
    assert_eq!(
        show(ts, method(ts, r(&[0, 10, 3]), "index", &[int(9)], &[])),
        "3"
    );
    assert_eq!(
        show(ts, method(ts, r(&[5]), "index", &[int(10)], &[])),
        "!ValueError: 10 is not in range"
    );
    let rev = call(ts, crate::builtins::iter::reversed, &[r(&[10, 0, -3])]);
    assert_eq!(listed(ts, rev), "[1, 4, 7, 10]");
    let attr = unsafe { crate::entry::ty_getattr(ts, r(&[2, 9, 3]), string(ts, "stop")) };
    assert_eq!(show(ts, attr), "9");
}

#[test]
fn unpacking() {
    let ts = thread();
    let mut out = [0; 3];
    let unpack = |w: Word, n: usize, out: &mut [Word; 3]| {
        status(ts, unsafe { ty_unpack(ts, w, n as i64, out.as_mut_ptr()) })
    };
    assert_eq!(
        unpack(int_tuple(ts, &[1, 2]), 3, &mut out),
        "!ValueError: not enough values to unpack (expected 3, got 2)"
    );
    assert_eq!(
        unpack(int_list(ts, &[1, 2, 3]), 2, &mut out),
        "!ValueError: too many values to unpack (expected 2)"
    );
    assert_eq!(
        unpack(int(1), 2, &mut out),
        "!TypeError: cannot unpack non-iterable int object"
    );
    let it = unsafe { ty_iter(ts, int_list(ts, &[4, 5, 6])) };
    assert_eq!(unpack(it, 3, &mut out), "ok 0");
    assert_eq!(show(ts, tuple::new(ts, &out)), "(4, 5, 6)");
    let r = construct(ts, &range::RANGE_TYPE, &ints(&[3]));
    assert_eq!(
        unpack(r, 2, &mut out),
        "!ValueError: too many values to unpack (expected 2)"
    );
}

#[test]
fn iterator_builtins() {
    let ts = thread();
    let letters = list::new(ts, vec![string(ts, "a"), string(ts, "b")]);
    let e = call(ts, crate::builtins::iter::enumerate, &[letters, int(1)]);
    assert_eq!(listed(ts, e), "[(1, 'a'), (2, 'b')]");
    let z = call(
        ts,
        crate::builtins::iter::zip,
        &[int_list(ts, &[1, 2, 3]), int_list(ts, &[4, 5])],
    );
    assert_eq!(listed(ts, z), "[(1, 4), (2, 5)]");
    let f = call(
        ts,
        crate::builtins::iter::filter,
        &[none(), int_list(ts, &[0, 1, 2, 0, 3])],
    );
    assert_eq!(listed(ts, f), "[1, 2, 3]");
    let m = call(
        ts,
        crate::builtins::iter::map,
        &[crate::builtins::ABS.as_word(), int_list(ts, &[-1, 2])],
    );
    assert_eq!(listed(ts, m), "[1, 2]");
    let r = call(
        ts,
        crate::builtins::iter::reversed,
        &[int_tuple(ts, &[1, 2])],
    );
    assert_eq!(listed(ts, r), "[2, 1]");
    assert_eq!(
        show(ts, call(ts, crate::builtins::iter::reversed, &[int(1)])),
        "!TypeError: 'int' object is not reversible"
    );
    assert_eq!(
        show(ts, call(ts, crate::builtins::iter::map, &[none()])),
        "!TypeError: map() must have at least two arguments."
    );
}

#[test]
fn list_iterator_sees_appends_until_exhausted() {
    let ts = thread();
    let l = int_list(ts, &[1, 2]);
    let it = unsafe { ty_iter(ts, l) };
    assert_eq!(show(ts, unsafe { crate::entry::ty_iter_next(ts, it) }), "1");
    assert!(unsafe { list::items(ts, l).push(ts, int(5)) });
    assert_eq!(listed(ts, it), "[2, 5]");
    assert!(unsafe { list::items(ts, l).push(ts, int(6)) });
    assert_eq!(listed(ts, it), "[]");
}
