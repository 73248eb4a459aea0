//! The fast copy of a counting loop over `range(...)` with a step of 1 or
//! -1: when the range's `start` and `stop` are both small ints (tested
//! once, before the loop), the hidden counter stays between them, so its
//! test and its step are single machine instructions (`Op::SmallInt2`)
//! with no slow path. A computed step (`range(a, b, p)`) gets the same
//! copy when the step and `stop` are small ints well inside the inline
//! range (so the last step past `stop` stays inline too); the step's sign,
//! tested at each turn, picks the comparison. The loop body is lowered a second time for that
//! copy; the general loop (`lower_range_for`) runs when a bound is a big
//! int.
//!
//! The point is not the two instructions saved but the calls removed: a
//! call left anywhere in a loop (even on a cold path) makes the register
//! allocator keep the loop's values in stack slots. Only innermost loops
//! with small bodies that define nothing (no nested loop, function,
//! class, lambda, comprehension, `yield`, `await`, `try`, `with` or
//! `match`) get the copy, so code grows by at most one small body per loop.
//!
//! `while counter < limit:` loops whose body ends with `counter += 1`
//! (`>` with `-= 1`), both plain locals nothing else in the body stores
//! to, get the same copy ([`while_counter`]), also when the test goes on
//! with `and` operands (`while i < last and r >= bounds[i]:`).

use super::builder::FnBuilder;
use super::builder::NameRef;
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
    let step = unit_step(&stmt.iter)?;
    fast_body(stmt).then_some(step)
}

/// Whether a `for` loop's target and body are small enough for a fast copy
/// (any step: a computed one is tested before the copy runs).
pub fn fast_body(stmt: &ast::StmtFor) -> bool {
    let mut count = 0;
    body_fits(&stmt.body, &mut count) && expr_fits(&stmt.target)
}

/// The step of `range(...)` when it is absent or a literal 1 or -1.
fn unit_step(iter: &ast::Expr) -> Option<i64> {
    let ast::Expr::Call(call) = iter else {
        return None;
    };
    match call.args.get(2) {
        None => Some(1),
        Some(step) => match super::stmt::constant_int(step)? {
            step @ (1 | -1) => Some(step),
            _ => None,
        },
    }
}

/// Whether a `range(...)` call's step is absent or a literal 1 or -1.
pub(super) fn unit_range_step(iter: &ast::Expr) -> bool {
    unit_step(iter).is_some()
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

pub(super) fn expr_fits(expr: &ast::Expr) -> bool {
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
        let (head, body, next) = (self.new_block(), self.new_block(), self.new_block());
        self.fast_range_entry(parts, step == 0, step, head, body);

        // The general copy, lowered next, reports the body's diagnostics.
        let reported = self.lw.diags.len();
        self.switch_to(body);
        let current = self.load_temp(parts.counter);
        self.store_target(&stmt.target, current);
        self.lower_loop_body(&stmt.body, parts.exit, next);
        self.jump(next);
        self.lw.diags.truncate(reported);

        // The counter is strictly between start - step and stop here, so
        // one step leaves it between start and stop: still small. A
        // computed step may overshoot `stop`, by less than the step, which
        // `bounded_step_test` kept within a quarter of the small range.
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

/// A `while counter < limit:` (or `>`) loop whose body ends with
/// `counter += 1` (`-= 1`), and where nothing else stores to either name.
/// The test may go on with `and` operands (`while i < n and x >= a[i]:`):
/// the step is still reached only after `counter < limit` held.
pub struct WhileCounter<'a> {
    pub counter: &'a ast::ExprName,
    pub limit: &'a ast::Expr,
    /// The operands of the test's `and` after the counter's comparison.
    pub rest: &'a [ast::Expr],
    /// 1 for `<` with `+= 1`, -1 for `>` with `-= 1`.
    pub step: i64,
    /// The body without its final step.
    pub body: &'a [ast::Stmt],
    pub step_stmt: &'a ast::StmtAugAssign,
}

/// The parts of a `while` loop that can have a call-free counting copy:
/// the counter is tested against the limit right before each step, so
/// between two small ints the step stays a small int. Both names must be
/// plain locals (checked by the caller) the body never stores to.
pub fn while_counter(stmt: &ast::StmtWhile) -> Option<WhileCounter<'_>> {
    let (test, rest) = match stmt.test.as_ref() {
        ast::Expr::BoolOp(boolop) if boolop.op == ast::BoolOp::And => {
            let (first, rest) = boolop.values.split_first()?;
            // The other operands are lowered in both copies: nothing in
            // them may define a scope or store a name.
            if !rest.iter().all(|e| expr_fits(e) && !has_walrus(e)) {
                return None;
            }
            (first, rest)
        }
        test => (test, &[][..]),
    };
    let ast::Expr::Compare(test) = test else {
        return None;
    };
    let ([op], [limit]) = (test.ops.as_slice(), test.comparators.as_slice()) else {
        return None;
    };
    let ast::Expr::Name(counter) = test.left.as_ref() else {
        return None;
    };
    let (last, body) = stmt.body.split_last()?;
    let ast::Stmt::AugAssign(step_stmt) = last else {
        return None;
    };
    let step = match (op, step_stmt.op) {
        (ast::CmpOp::Lt, ast::Operator::Add) => 1,
        (ast::CmpOp::Gt, ast::Operator::Sub) => -1,
        _ => return None,
    };
    let ast::Expr::Name(target) = step_stmt.target.as_ref() else {
        return None;
    };
    if target.id != counter.id || super::stmt::constant_int(&step_stmt.value) != Some(1) {
        return None;
    }
    let limit_name = match limit {
        ast::Expr::Name(name) if name.id != counter.id => Some(name.id.as_str()),
        ast::Expr::Constant(_) if super::stmt::constant_int(limit).is_some() => None,
        _ => return None,
    };
    let mut count = 0;
    let names = [Some(counter.id.as_str()), limit_name];
    let fits = body_fits(body, &mut count) && body.iter().all(|stmt| !stores_any(stmt, &names));
    fits.then_some(WhileCounter {
        counter,
        limit,
        rest,
        step,
        body,
        step_stmt,
    })
}

/// Whether a statement (of a body that fits) may store to one of `names`:
/// as an assignment target, or through any `:=` (not looked into).
fn stores_any(stmt: &ast::Stmt, names: &[Option<&str>]) -> bool {
    let mut walrus = false;
    crate::resolve::walk::for_each_stmt_expr(stmt, &mut |expr| walrus |= has_walrus(expr));
    let targets: Vec<&ast::Expr> = match stmt {
        ast::Stmt::Assign(assign) => assign.targets.iter().collect(),
        ast::Stmt::AugAssign(assign) => vec![&assign.target],
        ast::Stmt::AnnAssign(assign) => vec![&assign.target],
        ast::Stmt::If(stmt) => {
            return walrus
                || stmt.body.iter().any(|s| stores_any(s, names))
                || stmt.orelse.iter().any(|s| stores_any(s, names));
        }
        _ => Vec::new(),
    };
    walrus
        || targets
            .into_iter()
            .any(|target| target_names_any(target, names))
}

fn has_walrus(expr: &ast::Expr) -> bool {
    if matches!(expr, ast::Expr::NamedExpr(_)) {
        return true;
    }
    let mut found = false;
    crate::resolve::walk::for_each_child(expr, &mut |child| found |= has_walrus(child));
    found
}

fn target_names_any(target: &ast::Expr, names: &[Option<&str>]) -> bool {
    match target {
        ast::Expr::Name(name) => names.contains(&Some(name.id.as_str())),
        ast::Expr::Tuple(tuple) => tuple.elts.iter().any(|t| target_names_any(t, names)),
        ast::Expr::List(list) => list.elts.iter().any(|t| target_names_any(t, names)),
        ast::Expr::Starred(starred) => target_names_any(&starred.value, names),
        _ => false,
    }
}

impl<'a> FnBuilder<'_, 'a> {
    /// [`while_counter`] when both names are plain locals of a function.
    pub(super) fn fast_while(&mut self, stmt: &'a ast::StmtWhile) -> Option<WhileCounter<'a>> {
        let parts = while_counter(stmt)?;
        let local = |builder: &mut Self, name: &str| {
            matches!(builder.resolve_name(name), Some(NameRef::Local(_)))
        };
        let limit_local = match parts.limit {
            ast::Expr::Name(name) => local(self, name.id.as_str()),
            _ => true,
        };
        (self.scope.is_some() && local(self, parts.counter.id.as_str()) && limit_local)
            .then_some(parts)
    }

    /// From the current block: when the counter and the limit are both
    /// small ints, the fast copy of a `while` counting loop, which leaves to
    /// `orelse` and `exit`; else on to `general_head`.
    pub(super) fn lower_fast_while_loop(
        &mut self,
        stmt: &'a ast::StmtWhile,
        parts: &WhileCounter<'a>,
        general_head: BlockId,
        orelse: BlockId,
        exit: BlockId,
    ) {
        let counter = parts.counter.id.as_str();
        self.at(super::expr::expr_range(&stmt.test));
        let current = self.load_name(counter, parts.counter.range);
        let limit = self.lower_expr(parts.limit);
        let small = self.emit_bool(Op::SmallInt2 {
            op: SmallIntOp::BothSmall,
            lhs: current,
            rhs: limit,
        });
        let (head, body) = (self.new_block(), self.new_block());
        self.branch(small, head, general_head);

        self.switch_to(head);
        self.at(super::expr::expr_range(&stmt.test));
        let current = self.load_name(counter, parts.counter.range);
        let limit = self.lower_expr(parts.limit);
        let more = self.counter_short_of(current, limit, parts.step > 0);
        // The general copy, lowered next, reports the diagnostics of the
        // test's other operands and of the body.
        let reported = self.lw.diags.len();
        let mut on_true = self.new_block();
        self.branch(more, on_true, orelse);
        for operand in parts.rest {
            self.switch_to(on_true);
            on_true = self.new_block();
            self.lower_branch(operand, on_true, orelse);
        }
        self.switch_to(on_true);
        self.jump(body);

        self.switch_to(body);
        self.lower_loop_body(parts.body, exit, head);
        // Reached only with the counter as tested (nothing else stores
        // to it), so one step leaves it between the two small ints.
        self.at(parts.step_stmt.range);
        let current = self.load_name(counter, parts.counter.range);
        let step = self.emit(Op::SmallInt(parts.step));
        let advanced = self.emit(Op::SmallInt2 {
            op: SmallIntOp::Add,
            lhs: current,
            rhs: step,
        });
        self.store_name(counter, advanced, parts.counter.range);
        self.jump(head);
        self.lw.diags.truncate(reported);
    }
}

/// The bound on a computed step and on `stop` in the fast copy: a counter
/// before `stop` plus such a step stays a small int (inline ints have 62
/// bits besides the sign).
const STEP_BOUND: i64 = 1 << 60;

impl FnBuilder<'_, '_> {
    /// `counter < stop` (`stop < counter` for a negative step) of small
    /// ints, into `body` or the loop's `else`.
    /// Whether a small-int counter stepping up (`upward`) or down has not
    /// reached `limit` yet.
    fn counter_short_of(
        &mut self,
        current: crate::tir::ValueId,
        limit: crate::tir::ValueId,
        upward: bool,
    ) -> crate::tir::ValueId {
        let (lhs, rhs) = if upward {
            (current, limit)
        } else {
            (limit, current)
        };
        self.emit_bool(Op::SmallInt2 {
            op: SmallIntOp::Less,
            lhs,
            rhs,
        })
    }

    pub(super) fn small_counter_test(&mut self, parts: &CountingLoop, step: i64, body: BlockId) {
        let current = self.load_temp(parts.counter);
        let limit = self.load_temp(parts.stop);
        let more = self.counter_short_of(current, limit, step > 0);
        self.branch(more, body, parts.orelse);
    }

    /// From a block where `start` and `stop` are small: into `fast` when the
    /// step is small and both it and `stop` lie within `STEP_BOUND` of 0,
    /// else into the general loop.
    pub(super) fn bounded_step_test(&mut self, parts: &CountingLoop, fast: BlockId) {
        let increment = self.load_temp(parts.step);
        let small = self.emit_bool(Op::SmallInt2 {
            op: SmallIntOp::BothSmall,
            lhs: increment,
            rhs: increment,
        });
        let mut next = self.new_block();
        self.branch(small, next, parts.general_head);
        for local in [parts.step, parts.stop] {
            for below in [true, false] {
                self.switch_to(next);
                let value = self.load_temp(local);
                let (lhs, rhs) = if below {
                    (value, self.emit(Op::SmallInt(STEP_BOUND)))
                } else {
                    (self.emit(Op::SmallInt(-STEP_BOUND)), value)
                };
                let inside = self.emit_bool(Op::SmallInt2 {
                    op: SmallIntOp::Less,
                    lhs,
                    rhs,
                });
                next = self.new_block();
                self.branch(inside, next, parts.general_head);
            }
        }
        self.switch_to(next);
        self.jump(fast);
    }

    /// Whether `iter` is `range(start, stop, step)` of the builtin `range`
    /// with a step that is not a literal: a counting loop whose test picks
    /// its direction from the step's sign (see `lower_range_for`).
    pub(super) fn computed_range_step(&mut self, iter: &ast::Expr) -> bool {
        let ast::Expr::Call(call) = iter else {
            return false;
        };
        let ast::Expr::Name(name) = call.func.as_ref() else {
            return false;
        };
        name.id.as_str() == "range"
            && call.keywords.is_empty()
            && call.args.len() == 3
            && !call
                .args
                .iter()
                .any(|arg| matches!(arg, ast::Expr::Starred(_)))
            && super::stmt::constant_int(&call.args[2]).is_none()
            && matches!(self.resolve_name("range"), Some(NameRef::Builtin(_)))
    }

    /// From the current block: the test that enters the fast copy's `head`
    /// (the bounds are small ints and, when `bounded`, the step lies within
    /// the bound `bounded_step_test` checks; else the general head), then
    /// `head`'s test into `body` or the loop's `orelse` (`sign` 0: a
    /// computed step, whose sign picks the test).
    pub(super) fn fast_range_entry(
        &mut self,
        parts: &CountingLoop,
        bounded: bool,
        sign: i64,
        head: BlockId,
        body: BlockId,
    ) {
        let start = self.load_temp(parts.counter);
        let stop = self.load_temp(parts.stop);
        let small = self.emit_bool(Op::SmallInt2 {
            op: SmallIntOp::BothSmall,
            lhs: start,
            rhs: stop,
        });
        if bounded {
            let within = self.new_block();
            self.branch(small, within, parts.general_head);
            self.switch_to(within);
            self.bounded_step_test(parts, head);
        } else {
            self.branch(small, head, parts.general_head);
        }
        self.switch_to(head);
        if sign == 0 {
            let (ascending, descending) = (self.new_block(), self.new_block());
            let zero = self.emit(Op::SmallInt(0));
            let increment = self.load_temp(parts.step);
            let up = self.emit_bool(Op::SmallInt2 {
                op: SmallIntOp::Less,
                lhs: zero,
                rhs: increment,
            });
            self.branch(up, ascending, descending);
            self.switch_to(ascending);
            self.small_counter_test(parts, 1, body);
            self.switch_to(descending);
            self.small_counter_test(parts, -1, body);
        } else {
            self.small_counter_test(parts, sign, body);
        }
    }

    /// The general loop's head test from the current block: `counter <
    /// stop` (`>` for a negative step) into `body` or `orelse`; with
    /// `sign` 0 (a computed step, which the range object checked is not
    /// 0) the step's sign picks the test, a loop-invariant compare with a
    /// predictable branch.
    pub(super) fn range_head_test(
        &mut self,
        (counter, stop, step): (LocalId, LocalId, LocalId),
        sign: i64,
        body: BlockId,
        orelse: BlockId,
    ) {
        if sign != 0 {
            return self.range_loop_test(counter, stop, sign, body, orelse);
        }
        let increment = self.load_temp(step);
        let zero = self.emit(Op::SmallInt(0));
        let up = self.emit_bool(Op::CompareBool {
            op: crate::tir::CmpOp::Gt,
            lhs: increment,
            rhs: zero,
        });
        let (ascending, descending) = (self.new_block(), self.new_block());
        self.branch(up, ascending, descending);
        for (block, sign) in [(ascending, 1), (descending, -1)] {
            self.switch_to(block);
            self.range_loop_test(counter, stop, sign, body, orelse);
        }
    }

    /// `counter < stop` (`>` for a negative step) into `body` or `orelse`.
    pub(super) fn range_loop_test(
        &mut self,
        counter: LocalId,
        stop: LocalId,
        step_sign: i64,
        body: BlockId,
        orelse: BlockId,
    ) {
        let current = self.load_temp(counter);
        let limit = self.load_temp(stop);
        let op = if step_sign > 0 {
            crate::tir::CmpOp::Lt
        } else {
            crate::tir::CmpOp::Gt
        };
        let more = self.emit_bool(Op::CompareBool {
            op,
            lhs: current,
            rhs: limit,
        });
        self.branch(more, body, orelse);
    }
}
