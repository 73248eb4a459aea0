//! `a, b = x, y` without the tuple: an `Unpack` of a `BuildTuple` with as
//! many items, where the unpack is the tuple's only use, becomes the items
//! themselves. A tuple nobody else sees cannot be observed, and unpacking
//! it cannot fail, so the swap idiom costs no allocation (and inference
//! sees the items' own types).

use std::collections::HashMap;

use crate::tir::{self, Op, ValueId};

pub fn run(program: &mut tir::Program) {
    for func in program.functions.items.iter_mut() {
        fold(func);
    }
}

fn fold(func: &mut tir::Function) {
    let uses = func.use_counts();
    let mut tuples: HashMap<ValueId, Vec<ValueId>> = HashMap::new();
    for block in &func.blocks.items {
        for inst in &block.insts {
            if let (Op::BuildTuple(items), [result]) = (&inst.op, &inst.results[..])
                && uses[result.index()] == 1
            {
                tuples.insert(*result, items.clone());
            }
        }
    }
    let mut replace: HashMap<ValueId, ValueId> = HashMap::new();
    let mut folded: Vec<ValueId> = Vec::new();
    for block in &func.blocks.items {
        for inst in &block.insts {
            if let Op::Unpack(tuple) = &inst.op
                && let Some(items) = tuples.get(tuple)
                && items.len() == inst.results.len()
            {
                for (result, item) in inst.results.iter().zip(items) {
                    replace.insert(*result, *item);
                }
                folded.push(*tuple);
            }
        }
    }
    if folded.is_empty() {
        return;
    }
    for block in func.blocks.items.iter_mut() {
        block.insts.retain(|inst| match &inst.op {
            Op::Unpack(tuple) => !folded.contains(tuple),
            Op::BuildTuple(_) => !inst.results.iter().any(|r| folded.contains(r)),
            _ => true,
        });
        let fix = |v: &mut ValueId| {
            if let Some(item) = replace.get(v) {
                *v = *item;
            }
        };
        for inst in block.insts.iter_mut() {
            inst.op.for_each_operand_mut(fix);
        }
        block.term.for_each_operand_mut(fix);
    }
}
