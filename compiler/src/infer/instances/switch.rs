//! Type switches: `x.m(args)` with `x` a union of known classes becomes a
//! chain of class tests (`Op::ClassIs` against each class's global), each
//! calling that class's direct copy of `m`; the results meet in a new
//! local. Without `None` in the union the last class needs no test
//! (inference proved `x` is one of them, as it proves `Inst(c)` receivers
//! exact); with `None`, the call after the last test is the original
//! generic call, which raises `AttributeError` on `None` as CPython does
//! (and would still be right for any other object).

use super::keywords::Filled;
use super::union::Case;
use crate::infer::kind::Kind;
use crate::infer::solve::Facts;
use crate::tir::{self, Block, BlockId, GlobalId, Inst, Op, Terminator, Type, ValueId};

/// One call to expand: its result, the classes' globals with their copies
/// and defaults, and whether `None` is a member.
#[derive(Clone)]
pub struct Site {
    pub result: ValueId,
    /// The `self` of every case (the instance given to `super()`, or the
    /// call's receiver).
    pub receiver: ValueId,
    pub cases: Vec<(GlobalId, tir::FuncId, Vec<Filled>, Kind)>,
    pub none: bool,
}

impl Site {
    pub fn new(
        (result, receiver): (ValueId, ValueId),
        (cases, none, args): (&[Case<'_>], bool, &[ValueId]),
        global: &dyn Fn(u32) -> GlobalId,
        rets: &[Kind],
    ) -> Site {
        let cases = cases
            .iter()
            .map(|(c, copy, fill)| {
                let filled = super::keywords::resolve(fill, args);
                (global(*c), *copy, filled, rets[copy.index()])
            })
            .collect();
        Site {
            result,
            receiver,
            cases,
            none,
        }
    }
}

/// Expand every site of `func` (whose facts are `f`).
pub fn expand(
    func: &mut tir::Function,
    f: &mut Facts,
    sites: Vec<Site>,
    consts: &tir::IndexVec<tir::ConstId, tir::Const>,
) {
    for site in sites {
        expand_one(func, f, site, consts);
    }
}

fn expand_one(
    func: &mut tir::Function,
    f: &mut Facts,
    site: Site,
    consts: &tir::IndexVec<tir::ConstId, tir::Const>,
) {
    let found = func.blocks.iter().find_map(|(id, block)| {
        block
            .insts
            .iter()
            .position(|inst| inst.results == [site.result])
            .map(|at| (id, at))
    });
    let Some((at_block, at)) = found else {
        return;
    };
    let block = &mut func.blocks[at_block];
    let tail = block.insts.split_off(at + 1);
    let call = block.insts.pop().expect("the call");
    let obj = site.receiver;
    if !matches!(call.op, Op::CallMethod { .. }) {
        block.insts.push(call);
        block.insts.extend(tail);
        return;
    }
    let (line, handler) = (call.line, block.handler);
    let term = std::mem::take(&mut block.term);
    let term_line = block.term_line;
    let kind = f.values[site.result.index()];

    let tmp = func.locals.push(tir::Local {
        name: format!("$switch{}", site.result.index()),
        ty: Type::Obj,
    });
    f.locals.push(kind);
    let new_value = |func: &mut tir::Function, f: &mut Facts, kind: Kind, ty: Type| {
        f.values.push(kind);
        func.values.push(ty)
    };
    let inst = |results: Vec<ValueId>, op: Op| Inst { results, op, line };
    let new_block = |func: &mut tir::Function| {
        func.blocks.push(Block {
            handler,
            ..Block::default()
        })
    };

    // The join: the result is the local every case stored.
    let join = new_block(func);
    let mut join_insts = vec![inst(
        vec![site.result],
        Op::LoadLocal {
            local: tmp,
            checked: false,
        },
    )];
    join_insts.extend(tail);
    func.blocks[join].insts = join_insts;
    func.blocks[join].term = term;
    func.blocks[join].term_line = term_line;

    let n = site.cases.len();
    let mut test_block = at_block;
    for (idx, (global, copy, filled, ret)) in site.cases.into_iter().enumerate() {
        let last = idx + 1 == n && !site.none;
        let case_block = if last { test_block } else { new_block(func) };
        if !last {
            let test = new_value(func, f, Kind::Bool, Type::Bool);
            let next = new_block(func);
            let insts = &mut func.blocks[test_block].insts;
            insts.push(inst(vec![test], Op::ClassIs { obj, class: global }));
            func.blocks[test_block].term = Terminator::Branch {
                cond: test,
                then_block: case_block,
                else_block: next,
            };
            func.blocks[test_block].term_line = line;
            test_block = next;
        }
        let mut all = vec![obj];
        for arg in filled {
            let value = match arg {
                Filled::Value(value) => value,
                Filled::Const(op) => {
                    let value = new_value(func, f, super::const_kind(consts, &op), Type::Obj);
                    func.blocks[case_block].insts.push(inst(vec![value], op));
                    value
                }
            };
            all.push(value);
        }
        let result = new_value(func, f, ret, Type::Obj);
        let insts = &mut func.blocks[case_block].insts;
        insts.push(inst(
            vec![result],
            Op::CallDirect {
                func: copy,
                args: all,
            },
        ));
        insts.push(inst(
            vec![],
            Op::StoreLocal {
                local: tmp,
                value: result,
            },
        ));
        end_case(&mut func.blocks[case_block], join, line);
    }
    if site.none {
        // `None` (or, were inference wrong, anything else): the protocol.
        let result = new_value(func, f, kind, Type::Obj);
        let insts = &mut func.blocks[test_block].insts;
        insts.push(Inst {
            results: vec![result],
            ..call
        });
        insts.push(inst(
            vec![],
            Op::StoreLocal {
                local: tmp,
                value: result,
            },
        ));
        end_case(&mut func.blocks[test_block], join, line);
    }
}

fn end_case(block: &mut Block, join: BlockId, line: u32) {
    block.term = Terminator::Jump(join);
    block.term_line = line;
}
