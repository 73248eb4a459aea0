//! Dropping the blocks lowering leaves unreachable (code after `return`,
//! empty joins) and renumbering blocks and values in order, so the IR dump
//! reads cleanly and code generation sees only live code.

use std::collections::HashMap;

use crate::tir::{BlockId, Function, IndexVec, Terminator, ValueId};

pub fn compact(func: &mut Function) {
    let reachable = reachable_blocks(func);
    let mut block_map: HashMap<BlockId, BlockId> = HashMap::new();
    for (new_idx, old) in reachable.iter().enumerate() {
        block_map.insert(*old, BlockId(new_idx as u32));
    }
    let old_blocks = std::mem::take(&mut func.blocks.items);
    let old_values = std::mem::take(&mut func.values);
    let mut value_map: HashMap<ValueId, ValueId> = HashMap::new();
    let mut new_values = IndexVec::new();
    let mut slots: Vec<Option<crate::tir::Block>> = old_blocks.into_iter().map(Some).collect();
    let mut kept = Vec::with_capacity(reachable.len());
    // Number every result first: a value may be used in a later block that
    // its definition dominates, which creation order does not put after it.
    for old in &reachable {
        let Some(mut block) = slots[old.index()].take() else {
            continue;
        };
        for inst in &mut block.insts {
            for result in &mut inst.results {
                let fresh = new_values.push(old_values[*result]);
                value_map.insert(*result, fresh);
                *result = fresh;
            }
        }
        kept.push(block);
    }
    for mut block in kept {
        for inst in &mut block.insts {
            inst.op.for_each_operand_mut(|v| *v = value_map[v]);
        }
        remap_term(&mut block.term, &value_map, &block_map);
        // A handler that nothing in the block can reach was dropped.
        block.handler = block.handler.and_then(|h| block_map.get(&h).copied());
        func.blocks.push(block);
    }
    func.values = new_values;
}

fn successors(func: &Function, block: BlockId) -> Vec<BlockId> {
    let data = &func.blocks[block];
    let mut res = crate::tir::cfg::term_targets(&data.term);
    // The handler is reachable when some instruction or terminator can raise.
    let can_raise = data.insts.iter().any(|inst| inst.op.can_raise())
        || matches!(
            data.term,
            Terminator::Raise { .. }
                | Terminator::Reraise
                | Terminator::AssertFail(_)
                | Terminator::Propagate
        );
    if let (Some(handler), true) = (data.handler, can_raise) {
        res.push(handler);
    }
    res
}

/// Reachable blocks in creation order (entry first).
fn reachable_blocks(func: &Function) -> Vec<BlockId> {
    let mut seen = vec![false; func.blocks.len()];
    let mut stack = vec![BlockId(0)];
    while let Some(block) = stack.pop() {
        if std::mem::replace(&mut seen[block.index()], true) {
            continue;
        }
        stack.extend(successors(func, block));
    }
    (0..func.blocks.len())
        .filter(|idx| seen[*idx])
        .map(|idx| BlockId(idx as u32))
        .collect()
}

fn remap_term(
    term: &mut Terminator,
    values: &HashMap<ValueId, ValueId>,
    blocks: &HashMap<BlockId, BlockId>,
) {
    term.for_each_operand_mut(|v| *v = values[v]);
    match term {
        Terminator::Jump(target) | Terminator::Yield { resume: target, .. } => {
            *target = blocks[target]
        }
        Terminator::Branch {
            then_block,
            else_block,
            ..
        } => {
            *then_block = blocks[then_block];
            *else_block = blocks[else_block];
        }
        _ => {}
    }
}
