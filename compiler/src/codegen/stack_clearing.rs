//! Clearing the dead stack below a call to a function with a loop.
//!
//! The collector scans the native stack conservatively (DESIGN.md), so a
//! frame's spill slot that has not been written yet still holds whatever
//! the last frame at that address left there. A driver calling the same
//! worker in a loop (`for _ in range(8): best = benchmark(n)`) gives the
//! worker the very frame its last call had: the slot that held last turn's
//! list of 400,000 points still holds it while this turn builds the next
//! one, so every collection marks both lists and the heap is twice the
//! size it needs (bench/points: 73.5 MiB at the peak, marking 40% of the
//! run; 41 MiB and half the marking with the clearing).
//!
//! So before a direct call of a function whose body has a loop, the caller
//! zeroes [`CLEARED_BYTES`] of the stack below its stack pointer, where the
//! callee's frame (and its own callees' frames) will be: that memory is
//! dead (no Cranelift frame keeps anything below its stack pointer), so no
//! register or spill slot can be disturbed, and the callee starts with
//! slots that keep nothing alive. Writing its own frame instead would race
//! the register allocator, which may spill a parameter before any code of
//! the body runs.
//!
//! Clearing at every such call cost othello and scheduler 16-18% more
//! instructions (a function with a loop is not always a long one), so it
//! is gated: a stale word matters only to a collection, and the clearing
//! runs, in a cold block, only when a collection has started since a call
//! of that callee last cleared (the runtime's `TY_GC_EPOCH` against the
//! callee's word in `typhon$cleared_at`): a load, a compare and a branch
//! per call otherwise. Calls inside a recursive cycle (a caller and callee
//! in one strongly connected component of the direct-call graph, `go`
//! calling `go` in its `while` loop) are left alone, since they repeat at
//! every level. Only direct calls clear: a generic call goes through the
//! runtime's own frames first.

use cranelift_codegen::ir::{BlockArg, InstBuilder, MemFlagsData, condcodes::IntCC, types};

use super::function::{Translator, WORD};
use crate::tir::{self, FuncId, Op};

/// How much dead stack a clearing zeroes: the frames of most generated
/// functions are under 256 bytes, a few reach 1.5 KiB.
const CLEARED_BYTES: i64 = 1024;
/// Bytes zeroed per turn of the clearing loop (four 16-byte stores).
const STEP: i64 = 64;

/// Which direct calls clear the stack first; computed once per program.
pub struct StackClearing {
    /// Per function: whether its body has a loop.
    loops: Vec<bool>,
    /// Per function: its strongly connected component of the direct-call
    /// graph.
    component: Vec<usize>,
}

impl StackClearing {
    pub fn new(program: &tir::Program) -> StackClearing {
        let loops = program
            .functions
            .iter()
            .map(|(_, func)| tir::cfg::has_cycle(func))
            .collect();
        let callees: Vec<Vec<usize>> = program
            .functions
            .iter()
            .map(|(_, func)| direct_callees(func))
            .collect();
        StackClearing {
            loops,
            component: components(&callees),
        }
    }

    /// Whether `caller`'s direct call of `callee` clears the stack.
    fn clears(&self, caller: FuncId, callee: FuncId) -> bool {
        self.loops[callee.index()]
            && self.component[caller.index()] != self.component[callee.index()]
    }
}

fn direct_callees(func: &tir::Function) -> Vec<usize> {
    let mut out = Vec::new();
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            if let Op::CallDirect { func: callee, .. } = &inst.op {
                out.push(callee.index());
            }
        }
    }
    out
}

/// The strongly connected components of the graph `edges` (Kosaraju's
/// algorithm, both searches iterative): a component number per node.
fn components(edges: &[Vec<usize>]) -> Vec<usize> {
    let n = edges.len();
    let mut order = Vec::with_capacity(n);
    let mut seen = vec![false; n];
    for root in 0..n {
        if seen[root] {
            continue;
        }
        seen[root] = true;
        let mut stack = vec![(root, 0usize)];
        while let Some((node, next)) = stack.pop() {
            if let Some(&succ) = edges[node].get(next) {
                stack.push((node, next + 1));
                if !seen[succ] {
                    seen[succ] = true;
                    stack.push((succ, 0));
                }
            } else {
                order.push(node);
            }
        }
    }
    let mut reversed = vec![Vec::new(); n];
    for (node, succs) in edges.iter().enumerate() {
        for &succ in succs {
            reversed[succ].push(node);
        }
    }
    let mut component = vec![usize::MAX; n];
    for (number, &root) in order.iter().rev().enumerate() {
        if component[root] != usize::MAX {
            continue;
        }
        component[root] = number;
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            for &pred in &reversed[node] {
                if component[pred] == usize::MAX {
                    component[pred] = number;
                    stack.push(pred);
                }
            }
        }
    }
    component
}

impl Translator<'_, '_, '_, '_> {
    /// Before a direct call of `callee`: zero the dead stack below the
    /// stack pointer when the call clears (see the module doc) and a
    /// collection has started since a call of `callee` last did.
    pub(super) fn clear_stack_for(&mut self, callee: FuncId) {
        if !self.em.env.stack_clearing.clears(self.func_id, callee) {
            return;
        }
        let epoch_addr = self.em.near_data_addr(self.em.env.imports.gc_epoch);
        let cleared_addr = self.em.data_addr(self.em.env.data.cleared_at);
        let b = &mut self.em.b;
        let epoch = b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), epoch_addr, 0);
        let offset = 8 * callee.index() as i32;
        let cleared = b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), cleared_addr, offset);
        let stale = b.ins().icmp(IntCC::NotEqual, epoch, cleared);
        let clear = b.create_block();
        let turn = b.create_block();
        let after = b.create_block();
        b.ins().brif(stale, clear, &[], after, &[]);
        b.set_cold_block(clear);
        b.set_cold_block(turn);
        b.switch_to_block(clear);
        b.ins()
            .store(MemFlagsData::trusted(), epoch, cleared_addr, offset);
        let sp = b.ins().get_stack_pointer(WORD);
        let end = b.ins().iadd_imm_s(sp, -CLEARED_BYTES);
        let zero = b.ins().iconst(types::I64, 0);
        let zeros = b.ins().splat(types::I64X2, zero);
        let at = b.append_block_param(turn, WORD);
        b.ins().jump(turn, &[BlockArg::Value(sp)]);
        b.switch_to_block(turn);
        let low = b.ins().iadd_imm_s(at, -STEP);
        // Below the stack pointer nothing can fault but the guard page,
        // which the prologue's stack check keeps far away.
        let flags = MemFlagsData::new().with_notrap();
        for offset in (0..STEP).step_by(16) {
            b.ins().store(flags, zeros, low, offset as i32);
        }
        let more = b.ins().icmp(IntCC::UnsignedGreaterThan, low, end);
        b.ins()
            .brif(more, turn, &[BlockArg::Value(low)], after, &[]);
        b.switch_to_block(after);
    }
}
