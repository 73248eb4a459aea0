//! Scratch: replay /tmp/setfuzz/cases.txt (temporary, not to be committed).
use crate::items::testing::{int, show, thread};
use crate::entry::{ty_binop, ty_inplace_binop};
use std::collections::HashMap;
use typhon_abi::BinOp;

#[test]
fn replay() {
    let Ok(text) = std::fs::read_to_string("/tmp/setfuzz/cases.txt") else { return };
    let ts = thread();
    let lines: Vec<&str> = text.lines().collect();
    let mut failures = 0;
    for (case, pair) in lines.chunks(2).enumerate() {
        let mut sets: HashMap<String, u64> = HashMap::new();
        let mut out: Vec<String> = Vec::new();
        for op in pair[0].split(';') {
            let p: Vec<&str> = op.split(' ').filter(|x| !x.is_empty()).collect();
            let v = |i: usize| int(p[i].parse::<i64>().unwrap());
            match p[0] {
                "new" => { sets.insert(p[1].into(), super::new(ts, &super::SET_TYPE)); }
                "list" => {
                    let l = crate::types::list::new(ts, (2..p.len()).map(|i| v(i)).collect());
                    sets.insert(p[1].into(), unsafe { super::from_iterable(ts, &super::SET_TYPE, l) });
                }
                "frozen" => { let s = sets[p[2]]; sets.insert(p[1].into(), unsafe { super::from_iterable(ts, &super::FROZENSET_TYPE, s) }); }
                "add" => { unsafe { super::add(ts, sets[p[1]], v(2)) }; }
                "discard" => { crate::items::testing::method(ts, sets[p[1]], "discard", &[v(2)], &[]); }
                "pop" => {
                    let s = sets[p[1]];
                    if unsafe { super::len_of(s) } == 0 { out.push("empty".into()) } else {
                        out.push(show(ts, crate::items::testing::method(ts, s, "pop", &[], &[])));
                    }
                }
                "or" | "and" | "sub" | "xor" => {
                    let op = match p[0] { "or" => BinOp::BitOr, "and" => BinOp::BitAnd, "sub" => BinOp::Sub, _ => BinOp::BitXor };
                    let r = unsafe { ty_binop(ts, op as i32, sets[p[1]], sets[p[2]]) };
                    sets.insert(p[3].into(), r);
                }
                "ior" | "iand" | "isub" | "ixor" => {
                    let op = match p[0] { "ior" => BinOp::BitOr, "iand" => BinOp::BitAnd, "isub" => BinOp::Sub, _ => BinOp::BitXor };
                    let r = unsafe { ty_inplace_binop(ts, op as i32, sets[p[1]], sets[p[2]]) };
                    assert_eq!(r, sets[p[1]], "inplace returned other object");
                }
                "copy" => { let c = crate::items::testing::method(ts, sets[p[1]], "copy", &[], &[]); sets.insert(p[2].into(), c); }
                "show" => out.push(show(ts, sets[p[1]])),
                "hash" => out.push(format!("{}", unsafe { crate::types::seq::hash(ts, sets[p[1]]) }.unwrap())),
                "clear" => { crate::items::testing::method(ts, sets[p[1]], "clear", &[], &[]); }
                other => panic!("op {other}"),
            }
        }
        let got = out.join("|");
        if got != pair[1] {
            failures += 1;
            if failures < 4 {
                eprintln!("case {case}: {}\n  expected {}\n  got      {}", pair[0], pair[1], got);
            }
        }
    }
    eprintln!("replayed {} cases", lines.len() / 2);
    assert_eq!(failures, 0);
}
