//! Loop exits placed out of line.
//!
//! Cranelift lays blocks out in reverse postorder of its dominator tree, so
//! a loop header's branch often falls through to the code after the loop
//! (or to the edge block leading there) and jumps to the loop body: two
//! taken branches a turn (into the body, and the back edge). Routing each
//! edge that leaves a loop through a cold block of its own (one `jump`)
//! moves the exit to the end of the function: the header then falls
//! through into the body, and only the back edge is taken. An exit edge is
//! taken once per entry into the loop, so its extra jump costs little.
//! Layout only: which edges are routed this way never changes behaviour.

use std::collections::HashSet;

use cranelift_codegen::ir::{InstBuilder, condcodes::IntCC};

use super::function::Translator;
use crate::tir::{self, BlockId, Terminator};

/// The edges `(from, to)` of `func` that leave a loop at a branch: `from`
/// is in some natural loop and `to` is not in it. `order_pos` is each
/// block's position in reverse postorder; an edge to a block not after its
/// source closes a cycle (as for the signal polls).
pub fn exit_edges(func: &tir::Function, order_pos: &[usize]) -> HashSet<(BlockId, BlockId)> {
    let n = func.blocks.len();
    let mut preds: Vec<Vec<BlockId>> = vec![Vec::new(); n];
    let mut back_edges = Vec::new();
    for (id, _) in func.blocks.iter() {
        for succ in tir::cfg::successors(func, id) {
            preds[succ.index()].push(id);
            if order_pos[succ.index()] <= order_pos[id.index()] {
                back_edges.push((id, succ));
            }
        }
    }
    let mut exits = HashSet::new();
    for (latch, header) in back_edges {
        // The natural loop: the header, and every block that reaches the
        // latch without passing through the header.
        let mut in_loop = vec![false; n];
        in_loop[header.index()] = true;
        let mut work = vec![latch];
        while let Some(block) = work.pop() {
            if !in_loop[block.index()] {
                in_loop[block.index()] = true;
                work.extend(preds[block.index()].iter().copied());
            }
        }
        for (id, block) in func.blocks.iter() {
            if !in_loop[id.index()] {
                continue;
            }
            if let Terminator::Branch {
                then_block,
                else_block,
                ..
            } = block.term
            {
                for target in [then_block, else_block] {
                    if !in_loop[target.index()] {
                        exits.insert((id, target));
                    }
                }
            }
        }
    }
    exits
}

impl Translator<'_, '_, '_, '_> {
    /// `brif cond, then_block, else_block`, each loop exit through a cold
    /// block that jumps to it.
    pub(super) fn branch_exits_cold(
        &mut self,
        cond: cranelift_codegen::ir::Value,
        then_block: BlockId,
        else_block: BlockId,
    ) {
        let from = BlockId(self.block_index as u32);
        let mut routes = Vec::new();
        let mut target = |tr: &mut Self, to: BlockId| {
            let block = tr.blocks[to.index()];
            if !tr.loop_exits.contains(&(from, to)) {
                return block;
            }
            let exit = tr.em.b.create_block();
            tr.em.b.set_cold_block(exit);
            routes.push((exit, block));
            exit
        };
        let then_target = target(self, then_block);
        let else_target = target(self, else_block);
        let else_exits = self.loop_exits.contains(&(from, else_block));
        if else_exits && !self.loop_exits.contains(&(from, then_block)) {
            // The first target of a `brif` is laid out last among its
            // successors: the exit goes first so that the loop's own
            // target follows the branch (the compare is inverted by
            // Cranelift's rewrites, not by an instruction).
            let stays = self.em.b.ins().icmp_imm_s(IntCC::Equal, cond, 0);
            self.em
                .b
                .ins()
                .brif(stays, else_target, &[], then_target, &[]);
        } else {
            self.em
                .b
                .ins()
                .brif(cond, then_target, &[], else_target, &[]);
        }
        for (exit, block) in routes {
            self.em.b.switch_to_block(exit);
            self.em.b.ins().jump(block, &[]);
        }
    }
}
