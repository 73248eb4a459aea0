//! Operations on sets and lists inference proved exact, rewritten to the
//! runtime's entry points or inline paths: `x in s`, `s.add(x)` and
//! `s.discard(x)` skip the type dispatch of `ty_contains` and the
//! method-call site (with its argument parsing), which a set used as a
//! search's stack pays at every step; `l.append(x)` becomes the inline
//! append comprehensions use, `l.extend(m)` of a list or tuple `m` the
//! runtime's extend, the truth of a list a length test, and `d.get(k)`
//! the runtime's lookup without the method's argument parsing; `l[i]` and
//! `l[i] = x` with an exact int `i` skip the list's type test, and `t[i]`
//! of a `Tuple` value reads the item in line (`ExactFn::TupleItem`), and
//! `iter(l)` (a `for` loop over a list or tuple) skips its type tests
//! (`ExactFn::ListIter`, `ExactFn::TupleIter`), as does `iter(d)` of a
//! dict (`ExactFn::DictIter`: the loop's steps try the dict iterator's
//! path first, `codegen/dict_iters.rs`) and `iter(s)` of a str
//! (`ExactFn::StrIter`, stepped by `codegen/str_paths.rs`). A
//! `Kind::Set`, `Kind::List` or `Kind::Dict` value is an exact `set`,
//! `list` or `dict` (the builtin or a display made it, and no subclass
//! instance gets that kind, nor has an instance dict to shadow `get`), so
//! the method is the built-in one; the entry points raise what the
//! methods raise (`unhashable type`, a key's `__eq__`'s exception; an
//! append or extend only `MemoryError`).

use super::super::kind::Kind;
use super::super::solve::Facts;
use crate::tir::{self, Const, ExactFn, Inst, Op};

/// Rewrite the set and list operations of `func` whose receiver `facts`
/// types.
pub fn rewrite(func: &mut tir::Function, facts: &Facts, pool: &tir::IndexVec<tir::ConstId, Const>) {
    let is_set = |v: &tir::ValueId| matches!(facts.values[v.index()], Kind::Set(_));
    let is_list = |v: &tir::ValueId| matches!(facts.values[v.index()], Kind::List(_));
    let is_dict = |v: &tir::ValueId| matches!(facts.values[v.index()], Kind::Dict(_));
    let is_str = |v: &tir::ValueId| matches!(facts.values[v.index()], Kind::Str);
    let is_int = |v: &tir::ValueId| matches!(facts.values[v.index()], Kind::Int);
    let is_tuple = |v: &tir::ValueId| matches!(facts.values[v.index()], Kind::Tuple(_));
    let is_sequence =
        |v: &tir::ValueId| matches!(facts.values[v.index()], Kind::List(_) | Kind::Tuple(_));
    for block in func.blocks.items.iter_mut() {
        let insts = std::mem::take(&mut block.insts);
        let mut out = Vec::with_capacity(insts.len());
        for inst in insts {
            let line = inst.line;
            match &inst.op {
                Op::Contains { container, item } if is_set(container) => {
                    let op = Op::SetContains {
                        set: *container,
                        item: *item,
                    };
                    out.push(Inst { op, ..inst });
                }
                Op::CallMethod {
                    obj,
                    name,
                    args,
                    kwnames: None,
                } if is_set(obj) && args.len() == 1 && inst.results.len() == 1 => {
                    let (set, item) = (*obj, args[0]);
                    let op = match &pool[*name] {
                        Const::Str(name) if name == "add" => Op::SetAdd { set, item },
                        Const::Str(name) if name == "discard" => Op::SetDiscard { set, item },
                        _ => {
                            out.push(inst);
                            continue;
                        }
                    };
                    push_call_without_result(&mut out, op, inst.results, line);
                }
                Op::CallMethod {
                    obj,
                    name,
                    args,
                    kwnames: None,
                } if is_dict(obj)
                    && matches!(args.len(), 1 | 2)
                    && inst.results.len() == 1
                    && matches!(&pool[*name], Const::Str(name) if name == "get") =>
                {
                    let op = Op::DictGet {
                        dict: *obj,
                        key: args[0],
                        default: args.get(1).copied(),
                    };
                    out.push(Inst { op, ..inst });
                }
                Op::GetItem { obj, key } if is_list(obj) && is_int(key) => {
                    let op = Op::ListGetItem {
                        list: *obj,
                        key: *key,
                    };
                    out.push(Inst { op, ..inst });
                }
                Op::GetItem { obj, key } if is_tuple(obj) && is_int(key) => {
                    let op = Op::Exact {
                        func: ExactFn::TupleItem,
                        args: vec![*obj, *key],
                    };
                    out.push(Inst { op, ..inst });
                }
                Op::SetItem { obj, key, value } if is_list(obj) && is_int(key) => {
                    let op = Op::ListSetItem {
                        list: *obj,
                        key: *key,
                        value: *value,
                    };
                    out.push(Inst { op, ..inst });
                }
                Op::GetIter(seq) if is_list(seq) || is_tuple(seq) => {
                    let func = if is_list(seq) {
                        ExactFn::ListIter
                    } else {
                        ExactFn::TupleIter
                    };
                    let op = Op::Exact {
                        func,
                        args: vec![*seq],
                    };
                    out.push(Inst { op, ..inst });
                }
                Op::GetIter(obj) if is_dict(obj) || is_str(obj) => {
                    let func = if is_dict(obj) {
                        ExactFn::DictIter
                    } else {
                        ExactFn::StrIter
                    };
                    let op = Op::Exact {
                        func,
                        args: vec![*obj],
                    };
                    out.push(Inst { op, ..inst });
                }
                Op::Truthy(value) if is_list(value) => {
                    let op = Op::ListTruthy(*value);
                    out.push(Inst { op, ..inst });
                }
                Op::CallMethod {
                    obj,
                    name,
                    args,
                    kwnames: None,
                } if is_list(obj) && args.len() == 1 && inst.results.len() == 1 => {
                    let (list, item) = (*obj, args[0]);
                    let op = match &pool[*name] {
                        Const::Str(name) if name == "append" => Op::ListAppend { list, item },
                        Const::Str(name) if name == "extend" && is_sequence(&item) => {
                            Op::ListExtend {
                                list,
                                iterable: item,
                                callee: None,
                            }
                        }
                        _ => {
                            out.push(inst);
                            continue;
                        }
                    };
                    push_call_without_result(&mut out, op, inst.results, line);
                }
                _ => out.push(inst),
            }
        }
        block.insts = out;
    }
}

/// A method call replaced by `op`, which has no result: the call's result
/// is `None`, as the method returned.
fn push_call_without_result(out: &mut Vec<Inst>, op: Op, results: Vec<tir::ValueId>, line: u32) {
    out.push(Inst {
        results: Vec::new(),
        op,
        line,
    });
    out.push(Inst {
        results,
        op: Op::None,
        line,
    });
}
