//! Unit tests for `dict`: insertion order through deletions, reinsertions
//! and rebuilds, the views, the methods and their errors. Expected strings
//! come from python3.

use super::{DICT_TYPE, del, new, set};
use crate::entry::{ty_binop, ty_compare, ty_getitem, ty_iter, ty_iter_next};
use crate::items::testing::{
    call, construct, int, int_list, int_tuple, method, show, string, thread,
};
use crate::object::Word;
use crate::thread::Thread;
use typhon_abi::{BinOp, CmpOp};

fn int_dict(ts: *mut Thread, pairs: &[(i64, i64)]) -> Word {
    let d = new(ts);
    for (k, v) in pairs {
        assert_eq!(unsafe { set(ts, d, int(*k), int(*v)) }, 0);
    }
    d
}

fn listed(ts: *mut Thread, iterable: Word) -> String {
    show(
        ts,
        construct(ts, &crate::types::list::LIST_TYPE, &[iterable]),
    )
}

#[test]
fn order_survives_deletion_and_reinsertion() {
    let ts = thread();
    let d = int_dict(ts, &[(5, 50), (3, 30), (9, 90), (1, 10)]);
    unsafe {
        assert!(matches!(del(ts, d, int(3)), Ok(Some(_))));
        set(ts, d, int(3), int(1));
        set(ts, d, int(7), int(2));
        assert!(matches!(del(ts, d, int(5)), Ok(Some(_))));
        assert!(matches!(del(ts, d, int(5)), Ok(None)));
    }
    assert_eq!(show(ts, d), "{9: 90, 1: 10, 3: 1, 7: 2}");
    assert_eq!(show(ts, method(ts, d, "popitem", &[], &[])), "(7, 2)");
    assert_eq!(show(ts, d), "{9: 90, 1: 10, 3: 1}");
    let keys = method(ts, d, "keys", &[], &[]);
    assert_eq!(show(ts, keys), "dict_keys([9, 1, 3])");
    assert_eq!(
        show(ts, method(ts, d, "values", &[], &[])),
        "dict_values([90, 10, 1])"
    );
    assert_eq!(
        show(ts, method(ts, d, "items", &[], &[])),
        "dict_items([(9, 90), (1, 10), (3, 1)])"
    );
}

#[test]
fn many_deletions_then_growth_keep_order() {
    let ts = thread();
    let d = new(ts);
    for i in 0..100 {
        unsafe { set(ts, d, int(i), int(i)) };
    }
    for i in (0..100).step_by(3) {
        assert!(matches!(unsafe { del(ts, d, int(i)) }, Ok(Some(_))));
    }
    unsafe { set(ts, d, int(1000), int(1)) };
    let keys: Vec<i64> = unsafe { super::entries(d) }
        .iter()
        .filter(|e| e.key != 0)
        .map(|e| crate::object::small_value(e.key))
        .collect();
    assert_eq!(keys.len(), 67);
    assert_eq!(&keys[..5], &[1, 2, 4, 5, 7]);
    assert_eq!(&keys[64..], &[97, 98, 1000]);
}

#[test]
fn errors_and_methods() {
    let ts = thread();
    let empty = new(ts);
    assert_eq!(
        show(ts, unsafe { ty_getitem(ts, empty, string(ts, "x")) }),
        "!KeyError: 'x'"
    );
    assert_eq!(
        show(ts, method(ts, empty, "popitem", &[], &[])),
        "!KeyError: 'popitem(): dictionary is empty'"
    );
    assert_eq!(
        show(ts, method(ts, empty, "get", &[], &[])),
        "!TypeError: get expected at least 1 argument, got 0"
    );
    let unhashable = int_list(ts, &[]);
    assert_eq!(
        show(ts, unsafe { ty_getitem(ts, empty, unhashable) }),
        "!TypeError: unhashable type: 'list'"
    );
    let d = int_dict(ts, &[(1, 2)]);
    assert_eq!(show(ts, method(ts, d, "pop", &[int(1)], &[])), "2");
    assert_eq!(
        show(ts, method(ts, d, "pop", &[int(1), string(ts, "dflt")], &[])),
        "'dflt'"
    );
    assert_eq!(
        show(ts, method(ts, d, "pop", &[int(1)], &[])),
        "!KeyError: 1"
    );
    assert_eq!(
        show(ts, method(ts, d, "setdefault", &[int(4), int(5)], &[])),
        "5"
    );
    assert_eq!(show(ts, method(ts, d, "get", &[int(9)], &[])), "None");
    assert_eq!(show(ts, d), "{4: 5}");
    let d = int_dict(ts, &[(1, 2)]);
    let pairs = crate::types::list::new(ts, vec![int_tuple(ts, &[3, 4])]);
    method(ts, d, "update", &[pairs], &[("x", int(5))]);
    method(ts, d, "update", &[int_dict(ts, &[(1, 9)])], &[]);
    assert_eq!(show(ts, d), "{1: 9, 3: 4, 'x': 5}");
    let bad = crate::types::list::new(ts, vec![int(1)]);
    let msg = show(ts, method(ts, d, "update", &[bad], &[]));
    assert_eq!(
        msg,
        "!TypeError: cannot convert dictionary update sequence element #0 to a sequence"
    );
    let bad = crate::types::list::new(ts, vec![int_tuple(ts, &[1, 2, 3])]);
    let msg = show(ts, construct(ts, &DICT_TYPE, &[bad]));
    assert_eq!(
        msg,
        "!ValueError: dictionary update sequence element #0 has length 3; 2 is required"
    );
    let keys = crate::types::list::new(ts, vec![int(3), int(1), int(3)]);
    assert_eq!(
        show(ts, method(ts, d, "fromkeys", &[keys, int(0)], &[])),
        "{3: 0, 1: 0}"
    );
}

#[test]
fn equality_merge_and_views() {
    let ts = thread();
    let cmp = |op: CmpOp, a: Word, b: Word| show(ts, unsafe { ty_compare(ts, op as i32, a, b) });
    assert_eq!(
        cmp(CmpOp::Eq, int_dict(ts, &[(1, 2)]), int_dict(ts, &[(1, 2)])),
        "True"
    );
    assert_eq!(
        cmp(CmpOp::Eq, int_dict(ts, &[(1, 2)]), int_dict(ts, &[(1, 3)])),
        "False"
    );
    assert_eq!(
        cmp(CmpOp::Ne, int_dict(ts, &[(1, 2)]), int_dict(ts, &[(2, 1)])),
        "True"
    );
    let merged = unsafe {
        ty_binop(
            ts,
            BinOp::BitOr as i32,
            int_dict(ts, &[(1, 1), (2, 2)]),
            int_dict(ts, &[(2, 3), (4, 4)]),
        )
    };
    assert_eq!(show(ts, merged), "{1: 1, 2: 3, 4: 4}");
    let d = int_dict(ts, &[(1, 2), (3, 4)]);
    let keys = method(ts, d, "keys", &[], &[]);
    let s35 = crate::entry::ty_build_set;
    let five_three = unsafe { s35(ts, [int(3), int(5)].as_ptr(), 2) };
    let op = |o: BinOp, a: Word, b: Word| show(ts, unsafe { ty_binop(ts, o as i32, a, b) });
    assert_eq!(op(BinOp::BitAnd, keys, five_three), "{3}");
    assert_eq!(op(BinOp::BitOr, keys, five_three), "{1, 3, 5}");
    assert_eq!(op(BinOp::BitXor, keys, five_three), "{1, 5}");
    let one = unsafe { s35(ts, [int(1), int(3)].as_ptr(), 2) };
    assert_eq!(cmp(CmpOp::Eq, keys, one), "True");
    let rev = call(
        ts,
        crate::builtins::iter::reversed,
        &[method(ts, d, "items", &[], &[])],
    );
    assert_eq!(listed(ts, rev), "[(3, 4), (1, 2)]");
}

#[test]
fn iteration_detects_size_change_and_cycles_print() {
    let ts = thread();
    let d = int_dict(ts, &[(1, 1)]);
    let it = unsafe { ty_iter(ts, d) };
    assert_eq!(show(ts, unsafe { ty_iter_next(ts, it) }), "1");
    unsafe { set(ts, d, int(2), int(1)) };
    assert_eq!(
        show(ts, unsafe { ty_iter_next(ts, it) }),
        "!RuntimeError: dictionary changed size during iteration"
    );
    let cyc = new(ts);
    unsafe { set(ts, cyc, string(ts, "self"), cyc) };
    assert_eq!(show(ts, cyc), "{'self': {...}}");
}
