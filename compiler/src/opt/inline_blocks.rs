//! Inlining of small callees with branches (several blocks), after
//! inference; the one-block case is [`super::inline`], whose rules this
//! follows (read its module doc first).
//!
//! A *graph leaf* is a function of several blocks, without exception
//! handler, generator, closure cell or call, whose every instruction cannot
//! run Python code (the same list as a one-block leaf) and whose blocks end
//! in `jump`, `branch` or `return`. Its body replaces a direct call as
//! follows: the caller's block is split at the call; the first half stores
//! the arguments into fresh caller locals (one per callee local) and jumps
//! to a copy of the callee's blocks, each `return v` of which stores `v`
//! into one more fresh local and jumps to the second half, which starts by
//! loading it as the call's result. Locals keep values across the copied
//! blocks as they did in the callee (code generation turns them into SSA
//! values, so nothing is stored in memory).
//!
//! Soundness, beyond what the one-block case argues:
//! - a callee local is read without an unbound check only where lowering
//!   proved it assigned in the callee, i.e. by the copy's own stores on
//!   every path from the copied entry, so the value an earlier run of the
//!   same copy left (the call inside a loop) is never read; checked loads
//!   are refused;
//! - a block with an exception handler is not split (the copied blocks
//!   would need the handler too, and values of the first half would have
//!   to reach it), nor are generator, resume or module bodies;
//! - the call's line becomes the copied terminators' line: none of them
//!   can raise (`jump`, `branch` on a `bool`, the store of the result).

use std::collections::HashMap;

use super::inline::{Site, plain_function, runs_no_python};
use crate::tir::{
    BlockId, FuncId, Function, InlinedFrame, Inst, Local, LocalId, Op, Terminator, Type, ValueId,
};

/// Graph leaves larger than this (not counting local loads and stores)
/// stay calls.
const MAX_OPS: usize = 80;

/// Operations one caller may receive from graph leaves in one round, so
/// that a function calling a leaf at many sites stays a reasonable size.
const MAX_GROWTH: usize = 1600;

/// Whether `func` is a graph leaf whose body can replace its calls; its
/// size if so.
/// With `direct_calls`, direct calls are accepted too (`super::unroll`:
/// they run their callee at the depth the inlined frame gives them).
pub(super) fn graph_leaf_size(
    func: &Function,
    allowed_builtins: &[u32],
    direct_calls: bool,
) -> Option<usize> {
    if func.blocks.len() < 2 || !plain_function(func) {
        return None;
    }
    let mut size = 0;
    let mut callable: Vec<ValueId> = Vec::new();
    for block in &func.blocks.items {
        let ends_well = matches!(
            block.term,
            Terminator::Jump(_)
                | Terminator::Branch { .. }
                | Terminator::Return(_)
                | Terminator::Unreachable
        );
        if block.handler.is_some() || !ends_well {
            return None;
        }
        for inst in &block.insts {
            let ok = match &inst.op {
                Op::LoadLocal { checked, .. } => !checked,
                Op::StoreLocal { .. } => true,
                Op::CallDirect { .. } if direct_calls => {
                    size += 1;
                    true
                }
                _ => {
                    size += 1;
                    runs_no_python(func, inst, allowed_builtins, &mut callable)
                }
            };
            if !ok {
                return None;
            }
        }
    }
    (size <= MAX_OPS).then_some(size)
}

/// Replace the calls of graph leaves (with their sizes) in `func`;
/// whether any was replaced.
pub(super) fn inline_calls(
    func: &mut Function,
    own: FuncId,
    leaves: &HashMap<FuncId, (Function, usize)>,
) -> bool {
    if leaves.is_empty() || func.is_generator || func.resume.is_some() || func.is_module_init {
        return false;
    }
    let mut frames: HashMap<InlinedFrame, u32> = func
        .inlined
        .iter()
        .enumerate()
        .map(|(idx, frame)| (frame.clone(), idx as u32))
        .collect();
    let mut budget = MAX_GROWTH;
    let mut changed = false;
    // The second half of a split block is appended, so it is scanned too.
    let mut block_idx = 0;
    while block_idx < func.blocks.len() {
        let block = &func.blocks.items[block_idx];
        let found = if block.handler.is_some() {
            None
        } else {
            block.insts.iter().enumerate().find_map(|(pos, inst)| {
                let Op::CallDirect { func: callee, args } = &inst.op else {
                    return None;
                };
                let (leaf, size) = leaves.get(callee)?;
                (*callee != own && *size <= budget && fits(func, leaf, args, &inst.results))
                    .then_some((pos, *callee, leaf, *size))
            })
        };
        if let Some((pos, callee, leaf, size)) = found {
            budget -= size;
            splice(func, &mut frames, block_idx, pos, callee, leaf);
            changed = true;
        }
        block_idx += 1;
    }
    changed
}

/// Replace each direct call of `func` to itself (`own`) by a copy of
/// `body` (`func` as it was before), scanning only `func`'s own blocks and
/// the second halves of the ones split, not the copies: one level of the
/// recursion is unrolled. Whether any call was replaced.
pub(super) fn inline_self(func: &mut Function, own: FuncId, body: &Function) -> bool {
    let mut frames: HashMap<InlinedFrame, u32> = func
        .inlined
        .iter()
        .enumerate()
        .map(|(idx, frame)| (frame.clone(), idx as u32))
        .collect();
    let mut todo: Vec<usize> = (0..func.blocks.len()).rev().collect();
    let mut changed = false;
    while let Some(block_idx) = todo.pop() {
        let block = &func.blocks.items[block_idx];
        if block.handler.is_some() {
            continue;
        }
        let found = block.insts.iter().position(|inst| {
            matches!(&inst.op, Op::CallDirect { func: callee, args }
                if *callee == own && fits(func, body, args, &inst.results))
        });
        if let Some(pos) = found {
            splice(func, &mut frames, block_idx, pos, own, body);
            changed = true;
            // The second half (the last block pushed) may hold another.
            todo.push(func.blocks.len() - 1);
        }
    }
    changed
}

/// Whether the call's arguments and result have the representations the
/// leaf's parameters and every returned value have.
pub(super) fn fits(
    func: &Function,
    leaf: &Function,
    args: &[ValueId],
    results: &[ValueId],
) -> bool {
    let returns_fit = |ty: Type| {
        leaf.blocks.items.iter().all(|block| match block.term {
            Terminator::Return(value) => leaf.values[value] == ty,
            _ => true,
        })
    };
    args.len() == leaf.params.len()
        && args
            .iter()
            .zip(&leaf.params)
            .all(|(arg, param)| func.values[*arg] == leaf.locals[*param].ty)
        && results.len() <= 1
        && results
            .first()
            .is_none_or(|result| returns_fit(func.values[*result]))
}

/// Split block `block_idx` of `func` at instruction `pos`, a direct call of
/// `leaf`, and put a copy of the leaf's blocks in between.
fn splice(
    func: &mut Function,
    frames: &mut HashMap<InlinedFrame, u32>,
    block_idx: usize,
    pos: usize,
    callee: FuncId,
    leaf: &Function,
) {
    let mut after = func.blocks.items[block_idx].insts.split_off(pos);
    let call = after.remove(0);
    let Op::CallDirect { args, .. } = &call.op else {
        unreachable!("splice is given a direct call");
    };
    let site = Site {
        callee,
        leaf,
        call_line: call.line,
    };
    let locals: Vec<LocalId> = leaf
        .locals
        .items
        .iter()
        .map(|local| func.locals.push(local.clone()))
        .collect();
    let result_local = call.results.first().map(|result| {
        func.locals.push(Local {
            name: format!("$return_{}", leaf.name),
            ty: func.values[*result],
        })
    });
    let mut values: HashMap<ValueId, ValueId> = HashMap::new();
    for block in &leaf.blocks.items {
        for result in block.insts.iter().flat_map(|inst| &inst.results) {
            values.insert(*result, func.values.push(leaf.values[*result]));
        }
    }
    let first_block = func.blocks.len();
    let block_of = |id: BlockId| BlockId::from(first_block + id.index());
    let rest = BlockId::from(first_block + leaf.blocks.len());

    // The first half: the callee's prologue check, the arguments, the jump.
    let head = &mut func.blocks.items[block_idx];
    let term = std::mem::replace(&mut head.term, Terminator::Jump(block_of(BlockId::from(0))));
    let term_line = std::mem::replace(&mut head.term_line, call.line);
    head.insts.push(Inst {
        results: Vec::new(),
        op: Op::RecursionCheck {
            depth: 1 + leaf.extra_depth,
        },
        line: call.line,
    });
    for (param, arg) in leaf.params.iter().zip(args) {
        head.insts.push(Inst {
            results: Vec::new(),
            op: Op::StoreLocal {
                local: locals[param.index()],
                value: *arg,
            },
            line: call.line,
        });
    }

    for block in &leaf.blocks.items {
        let mut insts = Vec::with_capacity(block.insts.len() + 1);
        for inst in &block.insts {
            let mut op = inst.op.clone();
            op.for_each_operand_mut(|v| *v = values[v]);
            match &mut op {
                Op::LoadLocal { local, .. } | Op::StoreLocal { local, .. } => {
                    *local = locals[local.index()];
                }
                Op::RecursionCheck { depth } => *depth += 1 + leaf.extra_depth,
                _ => {}
            }
            let results = inst.results.iter().map(|result| values[result]).collect();
            let line = site.line(func, frames, inst.line);
            insts.push(Inst { results, op, line });
        }
        let term = match &block.term {
            Terminator::Jump(target) => Terminator::Jump(block_of(*target)),
            Terminator::Branch {
                cond,
                then_block,
                else_block,
            } => Terminator::Branch {
                cond: values[cond],
                then_block: block_of(*then_block),
                else_block: block_of(*else_block),
            },
            Terminator::Return(value) => {
                if let Some(local) = result_local {
                    insts.push(Inst {
                        results: Vec::new(),
                        op: Op::StoreLocal {
                            local,
                            value: values[value],
                        },
                        line: call.line,
                    });
                }
                Terminator::Jump(rest)
            }
            _ => Terminator::Unreachable,
        };
        func.blocks.push(crate::tir::Block {
            insts,
            term,
            term_line: call.line,
            handler: None,
        });
    }

    // The second half: the result, then what followed the call.
    let mut insts = Vec::with_capacity(after.len() + 1);
    if let (Some(local), Some(result)) = (result_local, call.results.first()) {
        insts.push(Inst {
            results: vec![*result],
            op: Op::LoadLocal {
                local,
                checked: false,
            },
            line: call.line,
        });
    }
    insts.extend(after);
    let pushed = func.blocks.push(crate::tir::Block {
        insts,
        term,
        term_line,
        handler: None,
    });
    debug_assert_eq!(pushed, rest);
}
