//! A comprehension's `for x in range(...)` as a counting loop, like the
//! `for` statement's (`stmt.rs`, `lower_range_for`): the range object
//! (built where CPython builds it, so its argument checks are CPython's)
//! is read for `start`, `stop` and `step`, and a hidden counter walks
//! them, with no range iterator in memory and no call per item.
//!
//! The first generator's range is built in the enclosing scope and passed
//! in as `.0` instead of its iterator: `iter()` of a range has no effect
//! anyone can see, and `.0` cannot be named by the program.
//!
//! Only an innermost generator whose filters and element define nothing
//! is walked so (elsewhere the range iterator's inline step is as quick):
//! as for the `for` statement (`counting.rs`) it gets a fast copy with
//! `SmallInt2` counter ops, entered when the bounds are small ints, and
//! the general copy runs when one is a big int.

use super::builder::FnBuilder;
use super::counting::CountingLoop;
use crate::tir::{BlockId, LocalId, Op, SmallIntOp, ValueId};

/// A counting loop in progress: the hidden counter, stop and step, the
/// general loop's head, body and stepping block (a comprehension's filter
/// that fails continues there), and the fast copy's.
pub(super) struct RangeTurn {
    counter: LocalId,
    stop: LocalId,
    step: LocalId,
    head: BlockId,
    pub body: BlockId,
    pub next: BlockId,
    /// The fast copy's head, body and stepping block.
    pub fast: (BlockId, BlockId, BlockId),
}

impl FnBuilder<'_, '_> {
    /// The step's sign of a builtin `range(...)` a counting loop can walk:
    /// 1 or -1 for a literal (or absent) step, 0 for a computed one.
    pub(super) fn range_walk_sign(&mut self, iter: &crate::syntax::ast::Expr) -> Option<i64> {
        if let Some(sign) = self.counting_range_step(iter) {
            return Some(sign);
        }
        self.computed_range_step(iter).then_some(0)
    }

    /// From the current block: the range's attributes into temps, then
    /// the small-int test into the fast copy's head, else the general
    /// head. Each head goes on to its body block or to
    /// `exit`. `unit` says the step is a literal 1 or -1 (the fast copy
    /// then needs no bound on it: see `counting.rs`).
    pub(super) fn range_walk_start(
        &mut self,
        range: ValueId,
        sign: i64,
        unit: bool,
        exit: BlockId,
    ) -> RangeTurn {
        let attribute = |builder: &mut Self, name: &str| {
            let name = builder.lw.str_const(name);
            let value = builder.emit(Op::GetAttr { obj: range, name });
            let local = builder.temp("range");
            builder.store_local(local, value);
            local
        };
        let counter = attribute(self, "start");
        let stop = attribute(self, "stop");
        let step = attribute(self, "step");
        let (head, body, next) = (self.new_block(), self.new_block(), self.new_block());
        let fast = (self.new_block(), self.new_block(), self.new_block());
        let turn = RangeTurn {
            counter,
            stop,
            step,
            head,
            body,
            next,
            fast,
        };
        self.range_fast_entry(&turn, sign, unit, exit);
        self.switch_to(head);
        self.range_head_test((counter, stop, step), sign, body, exit);
        turn
    }

    /// The test that enters the fast copy (its bounds are small ints, and
    /// a step that is not a literal ±1 is bounded), and the copy's head.
    fn range_fast_entry(&mut self, turn: &RangeTurn, sign: i64, unit: bool, exit: BlockId) {
        let (fast_head, fast_body, _) = turn.fast;
        let parts = CountingLoop {
            counter: turn.counter,
            stop: turn.stop,
            step: turn.step,
            general_head: turn.head,
            orelse: exit,
            exit,
        };
        self.fast_range_entry(&parts, !unit, sign, fast_head, fast_body);
    }

    /// The counter's value for this turn (in a body block).
    pub(super) fn range_walk_current(&mut self, turn: &RangeTurn) -> ValueId {
        self.load_temp(turn.counter)
    }

    /// The blocks that step the counter and go back to the heads: a small
    /// step in the fast copy (the counter was short of a small `stop`, so
    /// one step stays small), a generic addition in the general loop.
    pub(super) fn range_walk_step(&mut self, turn: &RangeTurn) {
        let (fast_head, _, fast_next) = turn.fast;
        self.switch_to(fast_next);
        let current = self.load_temp(turn.counter);
        let increment = self.load_temp(turn.step);
        let advanced = self.emit(Op::SmallInt2 {
            op: SmallIntOp::Add,
            lhs: current,
            rhs: increment,
        });
        self.store_local(turn.counter, advanced);
        self.jump(fast_head);
        self.switch_to(turn.next);
        let current = self.load_temp(turn.counter);
        let increment = self.load_temp(turn.step);
        let advanced = self.emit(Op::BinOp {
            op: crate::tir::BinOp::Add,
            lhs: current,
            rhs: increment,
        });
        self.store_local(turn.counter, advanced);
        self.jump(turn.head);
    }
}
