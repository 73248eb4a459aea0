//! `for x in range(a, b)` without a range object when inference proved the
//! bounds exact ints.
//!
//! Lowering (`lower/stmt.rs`, `lower/reductions.rs`) keeps CPython's
//! argument checks by calling the builtin `range` and reading the object's
//! `start`, `stop` and `step` into hidden locals. When every argument is a
//! `Type::Int` (an exact int, so no `__index__` runs and nothing can be
//! rejected) and a given step is a non-zero constant, the call cannot fail
//! and its three attributes are the arguments themselves (or the defaults
//! 0 and 1), so the reads become those values and the call goes: no
//! allocation, no generic attribute lookups per loop entry (nqueens' `for
//! col in range(n)` ran once per placement tried). Runs after inference.

use std::collections::HashMap;

use crate::tir::{self, Const, Op, Type, ValueId};

pub fn run(program: &mut tir::Program) {
    let Some(range) = typhon_abi::BUILTINS
        .iter()
        .position(|name| *name == "range")
    else {
        return;
    };
    let consts = &program.consts;
    for func in program.functions.items.iter_mut() {
        rewrite(func, range as u32, consts);
    }
}

/// Which attribute of a range object a constant names.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Start,
    Stop,
    Step,
}

fn part(consts: &tir::IndexVec<tir::ConstId, Const>, name: tir::ConstId) -> Option<Part> {
    match &consts[name] {
        Const::Str(s) if s == "start" => Some(Part::Start),
        Const::Str(s) if s == "stop" => Some(Part::Stop),
        Const::Str(s) if s == "step" => Some(Part::Step),
        _ => None,
    }
}

fn rewrite(func: &mut tir::Function, range: u32, consts: &tir::IndexVec<tir::ConstId, Const>) {
    let mut defs: HashMap<ValueId, Op> = HashMap::new();
    let mut uses = vec![0usize; func.values.len()];
    // Per value, the attribute reads of it (all other uses disqualify it).
    let mut reads = vec![0usize; func.values.len()];
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            inst.op.for_each_operand(|v| uses[v.index()] += 1);
            if let Op::GetAttr { obj, name } = &inst.op
                && part(consts, *name).is_some()
                && inst.results.iter().all(|r| func.values[*r] == Type::Int)
            {
                reads[obj.index()] += 1;
            }
            if let [result] = inst.results[..]
                && matches!(inst.op, Op::Builtin(_) | Op::SmallInt(_))
            {
                defs.insert(result, inst.op.clone());
            }
        }
        for v in block.term.operands() {
            uses[v.index()] += 1;
        }
    }
    // The range values to drop, with their call's arguments.
    let mut ranges: HashMap<ValueId, Vec<ValueId>> = HashMap::new();
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            let Op::Call {
                callee,
                args,
                kwnames: None,
            } = &inst.op
            else {
                continue;
            };
            let [result] = inst.results[..] else {
                continue;
            };
            if defs.get(callee) != Some(&Op::Builtin(range))
                || args.is_empty()
                || args.len() > 3
                || uses[result.index()] == 0
                || uses[result.index()] != reads[result.index()]
                || args.iter().any(|a| func.values[*a] != Type::Int)
            {
                continue;
            }
            // A step that may be 0 would raise ValueError.
            if let Some(step) = args.get(2)
                && !matches!(defs.get(step), Some(Op::SmallInt(s)) if *s != 0)
            {
                continue;
            }
            ranges.insert(result, args.clone());
        }
    }
    if ranges.is_empty() {
        return;
    }
    let mut forward: HashMap<ValueId, ValueId> = HashMap::new();
    for block in func.blocks.items.iter_mut() {
        block.insts.retain_mut(|inst| {
            if let Op::Call { .. } = inst.op
                && let [result] = inst.results[..]
                && ranges.contains_key(&result)
            {
                return false;
            }
            let Op::GetAttr { obj, name } = inst.op else {
                return true;
            };
            let (Some(args), Some(part)) = (ranges.get(&obj), part(consts, name)) else {
                return true;
            };
            let arg = match (part, args.len()) {
                (Part::Start, 1) => None,
                (Part::Start, _) => Some(args[0]),
                (Part::Stop, 1) => Some(args[0]),
                (Part::Stop, _) => Some(args[1]),
                (Part::Step, 3) => Some(args[2]),
                (Part::Step, _) => None,
            };
            match arg {
                Some(arg) => {
                    forward.insert(inst.results[0], arg);
                    false
                }
                None => {
                    inst.op = Op::SmallInt(i64::from(part == Part::Step));
                    true
                }
            }
        });
    }
    let resolve = |v: &mut ValueId| {
        if let Some(to) = forward.get(v) {
            *v = *to;
        }
    };
    let mut used = vec![false; func.values.len()];
    for block in func.blocks.items.iter_mut() {
        for inst in block.insts.iter_mut() {
            inst.op.for_each_operand_mut(|v| {
                resolve(v);
                used[v.index()] = true;
            });
        }
        block.term.for_each_operand_mut(|v| {
            resolve(v);
            used[v.index()] = true;
        });
    }
    // The `range` builtin loads the calls read, when nothing else does.
    for block in func.blocks.items.iter_mut() {
        block.insts.retain(|inst| {
            !matches!(inst.op, Op::Builtin(_)) || inst.results.iter().any(|r| used[r.index()])
        });
    }
}
