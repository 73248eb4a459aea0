//! Recursion-depth checks of code inlined from deeper frames
//! (`Op::RecursionCheck`) and of calls that read the depth from the
//! thread: the depth is a value of each frame, so a check compares it
//! with the thread's limit.

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, condcodes::IntCC};
use typhon_abi::thread_offsets;

use super::function::{Translator, WORD};

impl Translator<'_, '_, '_, '_> {
    /// The prologue's depth check of a function inlined `extra` calls
    /// below this frame (`Op::RecursionCheck`); the stack check is left
    /// out, since inlined code runs in this frame's stack.
    pub(super) fn recursion_check(&mut self, extra: u32) {
        self.depth_limit_check(extra, "ty_raise_recursion_error");
    }

    /// Raise through `entry` when the callee depth of a call `extra`
    /// levels below this frame reaches the limit (nothing in a function
    /// that has no depth, such as a module body).
    ///
    /// Within a translated block, until an instruction that may run
    /// Python code (`sys.setrecursionlimit`), the limit loaded by the
    /// first check is reused, and a check of no more levels than one that
    /// passed is left out: this frame's depth is fixed, so it passes too
    /// (chains of inlined calls check `+1`, `+2`, `+1`...).
    pub(super) fn depth_limit_check(&mut self, extra: u32, entry: &str) {
        let Some(callee_depth) = self.em.depth else {
            return;
        };
        if let Some((_, passed)) = self.depth_checked
            && extra.max(1) <= passed
        {
            return;
        }
        let depth = match extra {
            0 | 1 => callee_depth,
            _ => self
                .em
                .b
                .ins()
                .iadd_imm_s(callee_depth, i64::from(extra) - 1),
        };
        let limit = match self.depth_checked {
            Some((limit, _)) => limit,
            None => self.em.b.ins().load(
                WORD,
                MemFlagsData::trusted(),
                self.em.ts,
                thread_offsets::DEPTH_LIMIT,
            ),
        };
        let ok = self.em.b.ins().icmp(IntCC::UnsignedLessThan, depth, limit);
        self.raise_if_zero(ok, entry, &[]);
        self.depth_checked = Some((limit, extra.max(1)));
    }
}
