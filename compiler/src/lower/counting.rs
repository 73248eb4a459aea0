//! The fast copy of a counting loop over `range(...)` with a step of 1 or
//! -1: when the range's `start` and `stop` are both small ints (tested
//! once, before the loop), the hidden counter stays between them, so its
//! test and its step are single machine instructions (`Op::SmallInt2`)
//! with no slow path. The loop body is lowered a second time for that
//! copy; the general loop (`lower_range_for`) runs when a bound is a big
//! int.
//!
//! The point is not the two instructions saved but the calls removed: a
//! call left anywhere in a loop (even on a cold path) makes the register
//! allocator keep the loop's values in stack slots. Only innermost loops
//! with small bodies that define nothing (no nested loop, function,
//! class, lambda, comprehension, `yield`, `await`, `try`, `with` or
//! `match`) get the copy, so code grows by at most one small body per loop.

use super::builder::FnBuilder;
use crate::syntax::ast;
use crate::tir::{BlockId, LocalId, Op, SmallIntOp};

/// Statements (nested ones included) above which a body is not copied.
const MAX_STATEMENTS: usize = 40;

/// The loop's hidden counter, its stop and step temps, and where the
/// general loop starts, ends and continues.
pub struct CountingLoop {
    pub counter: LocalId,
    pub stop: LocalId,
    pub step: LocalId,
    pub general_head: BlockId,
    pub orelse: BlockId,
    pub exit: BlockId,
}

/// The step (1 or -1) of `for ... in range(...)` when the loop can have a
/// fast copy: no step argument or a literal ±1, and a body that fits.
pub fn fast_step(stmt: &ast::StmtFor) -> Option<i64> {
    let ast::Expr::Call(call) = stmt.iter.as_ref() else {
        return None;
    };
    let step = match call.args.get(2) {
        None => 1,
        Some(step) => match super::stmt::constant_int(step)? {
            step @ (1 | -1) => step,
            _ => return None,
        },
    };
    let mut count = 0;
    (body_fits(&stmt.body, &mut count) && expr_fits(&stmt.target)).then_some(step)
}

fn body_fits(body: &[ast::Stmt], count: &mut usize) -> bool {
    body.iter().all(|stmt| {
        *count += 1;
        if *count > MAX_STATEMENTS {
            return false;
        }
        let own = match stmt {
            ast::Stmt::If(stmt) => body_fits(&stmt.body, count) && body_fits(&stmt.orelse, count),
            ast::Stmt::Expr(_)
            | ast::Stmt::Assign(_)
            | ast::Stmt::AugAssign(_)
            | ast::Stmt::AnnAssign(_)
            | ast::Stmt::Return(_)
            | ast::Stmt::Raise(_)
            | ast::Stmt::Assert(_)
            | ast::Stmt::Pass(_)
            | ast::Stmt::Break(_)
            | ast::Stmt::Continue(_) => true,
            _ => false,
        };
        let mut exprs = true;
        crate::resolve::walk::for_each_stmt_expr(stmt, &mut |expr| exprs &= expr_fits(expr));
        own && exprs
    })
}

fn expr_fits(expr: &ast::Expr) -> bool {
    match expr {
        ast::Expr::Lambda(_)
        | ast::Expr::GeneratorExp(_)
        | ast::Expr::ListComp(_)
        | ast::Expr::SetComp(_)
        | ast::Expr::DictComp(_)
        | ast::Expr::Yield(_)
        | ast::Expr::YieldFrom(_)
        | ast::Expr::Await(_) => false,
        _ => {
            let mut fits = true;
            crate::resolve::walk::for_each_child(expr, &mut |child| fits &= expr_fits(child));
            fits
        }
    }
}

impl<'a> FnBuilder<'_, 'a> {
    /// From the current block (the range's attributes are in their temps):
    /// the small-bounds test, then the fast copy of the loop, which leaves
    /// to the same `else` clause and exit as the general loop.
    pub(super) fn lower_fast_range_loop(
        &mut self,
        stmt: &'a ast::StmtFor,
        step: i64,
        parts: &CountingLoop,
    ) {
        let start = self.load_temp(parts.counter);
        let stop = self.load_temp(parts.stop);
        let small = self.emit_bool(Op::SmallInt2 {
            op: SmallIntOp::BothSmall,
            lhs: start,
            rhs: stop,
        });
        let (head, body, next) = (self.new_block(), self.new_block(), self.new_block());
        self.branch(small, head, parts.general_head);

        self.switch_to(head);
        let current = self.load_temp(parts.counter);
        let limit = self.load_temp(parts.stop);
        let (lhs, rhs) = if step > 0 {
            (current, limit)
        } else {
            (limit, current)
        };
        let more = self.emit_bool(Op::SmallInt2 {
            op: SmallIntOp::Less,
            lhs,
            rhs,
        });
        self.branch(more, body, parts.orelse);

        // The general copy, lowered next, reports the body's diagnostics.
        let reported = self.lw.diags.len();
        self.switch_to(body);
        let current = self.load_temp(parts.counter);
        self.store_target(&stmt.target, current);
        self.lower_loop_body(&stmt.body, parts.exit, next);
        self.jump(next);
        self.lw.diags.truncate(reported);

        // The counter is strictly between start - step and stop here, so
        // one step leaves it between start and stop: still small.
        self.switch_to(next);
        self.at(stmt.range);
        let current = self.load_temp(parts.counter);
        let increment = self.load_temp(parts.step);
        let advanced = self.emit(Op::SmallInt2 {
            op: SmallIntOp::Add,
            lhs: current,
            rhs: increment,
        });
        self.store_local(parts.counter, advanced);
        self.jump(head);
    }
}
