//! `sum(elt for target in iterable if ...)` with the builtin `sum`, one
//! `for` clause and nothing else: instead of a generator object resumed
//! once per item, with each item boxed and added by the runtime, a nested
//! plain function `<genexpr>` runs the loop and adds as it goes, so the
//! element and the running total stay unboxed where inference types them.
//!
//! What CPython shows is kept: the iterable is evaluated (and `iter()`
//! taken) in the caller, the element and the iteration fail in a
//! `<genexpr>` frame, and the additions (which CPython's `sum` does in C,
//! for the caller) add no `<genexpr>` traceback entry (`NO_FRAME_LINE`);
//! a `StopIteration` escaping the loop becomes PEP 479's `RuntimeError`, as
//! it would leaving the generator.
//! The first item is added to `0` before the loop over the others, so a
//! running total of floats never holds the int `0` (inference keeps it a
//! native float). Over `range(...)` the nested function receives the range
//! object and counts with a hidden counter, as `for` loops over `range` do,
//! with the call-free copy of `lower::counting` when the bounds are small.

use super::builder::{FnBuilder, NameRef};
use crate::syntax::ast;
use crate::tir::{
    BinOp, BlockId, CmpOp, LocalId, NO_FRAME_LINE, Op, SmallIntOp, Terminator, ValueId,
};

/// Where the items come from inside the nested function.
#[derive(Clone, Copy)]
enum Source {
    /// The range's counter, stop and step temps; the step's sign; whether
    /// the step is exactly 1 or -1 (the counter then stays between two
    /// small bounds).
    Range {
        counter: LocalId,
        stop: LocalId,
        step: LocalId,
        sign: i64,
        unit: bool,
    },
    Iter(LocalId),
}

impl<'a> FnBuilder<'_, 'a> {
    /// `sum(<generator expression>)` lowered as a loop, when it qualifies.
    pub(super) fn lower_sum_of_genexp(&mut self, call: &'a ast::ExprCall) -> Option<ValueId> {
        let ast::Expr::Name(name) = call.func.as_ref() else {
            return None;
        };
        if name.id.as_str() != "sum" || call.args.len() != 1 || !call.keywords.is_empty() {
            return None;
        }
        let ast::Expr::GeneratorExp(expr) = &call.args[0] else {
            return None;
        };
        let [generator] = expr.generators.as_slice() else {
            return None;
        };
        if generator.is_async
            || !super::counting::expr_fits(&expr.elt)
            || !super::counting::expr_fits(&generator.target)
            || !generator.ifs.iter().all(super::counting::expr_fits)
            || self.closes_iterator(&generator.iter)
            || !matches!(self.resolve_name("sum"), Some(NameRef::Builtin(_)))
        {
            return None;
        }
        let range_sign = self.counting_range_step(&generator.iter);
        let unit = range_sign.is_some() && super::counting::unit_range_step(&generator.iter);
        let iterable = self.lower_expr(&generator.iter);
        self.at(expr.range);
        let source = match range_sign {
            Some(_) => iterable,
            None => self.emit(Op::GetIter(iterable)),
        };
        let spec = super::generators::genexpr_spec(expr);
        let (func, free) = self.lower_nested(spec, |inner| {
            inner.sum_loop_body(expr, range_sign, unit);
        });
        let mut args = self.closure_cells(&free);
        args.push(source);
        self.at(call.range);
        Some(self.emit(Op::CallDirect { func, args }))
    }

    fn sum_loop_body(&mut self, expr: &'a ast::ExprGeneratorExp, sign: Option<i64>, unit: bool) {
        let outer = self.handler;
        let pep479 = self.new_pad(outer);
        self.handler = Some(pep479);
        self.sum_loop(expr, sign, unit);
        self.handler = outer;
        self.switch_to(pep479);
        self.stop_iteration_to_runtime_error();
    }

    /// PEP 479, as the generator this loop stands for would apply it: a
    /// `StopIteration` escaping the element or a condition leaves as
    /// `RuntimeError("generator raised StopIteration")` caused by it (and,
    /// raised while it is being handled, with it as context); anything
    /// else passes unchanged. CPython raises it as the generator's frame
    /// ends, so it adds no `<genexpr>` traceback entry.
    fn stop_iteration_to_runtime_error(&mut self) {
        self.line = NO_FRAME_LINE;
        let exc = self.emit(Op::FetchException);
        let stop = self.builtin_object("StopIteration");
        let matches = self.emit_bool(Op::ExceptionMatches { exc, kind: stop });
        let (convert, other) = (self.new_block(), self.new_block());
        self.branch(matches, convert, other);
        self.switch_to(other);
        self.emit_void(Op::RestoreException(exc));
        self.terminate(Terminator::Propagate);

        self.switch_to(convert);
        let previous = self.emit(Op::HandlerEnter(exc));
        let saved = self.temp("handled");
        self.store_local(saved, previous);
        let outer = self.handler;
        let restore = self.new_pad(outer);
        self.handler = Some(restore);
        let raise = self.new_block();
        self.jump(raise);
        self.switch_to(raise);
        let kind = self.builtin_object("RuntimeError");
        let message = self.lw.str_const("generator raised StopIteration");
        let message = self.emit(Op::Const(message));
        let error = self.emit(Op::Call {
            callee: kind,
            args: vec![message],
            kwnames: None,
        });
        self.terminate(Terminator::Raise {
            exc: error,
            cause: Some(exc),
        });
        self.handler = outer;
        // Leaving: the caller's handled exception again.
        self.switch_to(restore);
        let pending = self.emit(Op::FetchException);
        let previous = self.load_temp(saved);
        self.emit_void(Op::HandlerExit(previous));
        self.emit_void(Op::RestoreException(pending));
        self.terminate(Terminator::Propagate);
    }

    fn sum_loop(&mut self, expr: &'a ast::ExprGeneratorExp, sign: Option<i64>, unit: bool) {
        let param = self.locals[".0"];
        self.at(expr.range);
        let source = match sign {
            Some(sign) => {
                let range = self.load_temp(param);
                let mut attribute = |name: &str| {
                    let name = self.lw.str_const(name);
                    let value = self.emit(Op::GetAttr { obj: range, name });
                    let local = self.temp("range");
                    self.store_local(local, value);
                    local
                };
                let counter = attribute("start");
                let stop = attribute("stop");
                let step = attribute("step");
                Source::Range {
                    counter,
                    stop,
                    step,
                    sign,
                    unit,
                }
            }
            None => Source::Iter(param),
        };
        let total = self.temp("sum");
        // The first item: `total = 0 + item`; without one, the sum is 0.
        let (empty, rest, done) = (self.new_block(), self.new_block(), self.new_block());
        let skip = self.new_block();
        let head = self.sum_phase(expr, source, None, total, false, empty, skip, rest);
        self.switch_to(skip);
        self.advance(source, false);
        self.jump(head);
        self.switch_to(empty);
        let zero = self.emit(Op::SmallInt(0));
        self.terminate(Terminator::Return(zero));

        // The others: `total = total + item`, over small range bounds in a
        // call-free copy, else in the general loop.
        self.switch_to(rest);
        self.advance(source, false);
        let general = self.new_block();
        if let Source::Range {
            counter,
            stop,
            unit: true,
            ..
        } = source
        {
            let fast = self.new_block();
            let start = self.load_temp(counter);
            let limit = self.load_temp(stop);
            let small = self.emit_bool(Op::SmallInt2 {
                op: SmallIntOp::BothSmall,
                lhs: start,
                rhs: limit,
            });
            self.branch(small, fast, general);
            self.switch_to(fast);
            // The general copy, lowered next, reports the diagnostics.
            let reported = self.lw.diags.len();
            let next = self.new_block();
            let head = self.sum_phase(expr, source, Some(total), total, true, done, next, next);
            self.switch_to(next);
            self.advance(source, true);
            self.jump(head);
            self.lw.diags.truncate(reported);
        } else {
            self.jump(general);
        }
        self.switch_to(general);
        let next = self.new_block();
        let head = self.sum_phase(expr, source, Some(total), total, false, done, next, next);
        self.switch_to(next);
        self.advance(source, false);
        self.jump(head);
        self.switch_to(done);
        let result = self.load_temp(total);
        self.terminate(Terminator::Return(result));
    }

    /// Step a range source's counter (an iterator steps when read); `fast`
    /// between small bounds, where the step cannot leave the small ints.
    fn advance(&mut self, source: Source, fast: bool) {
        if let Source::Range { counter, step, .. } = source {
            let current = self.load_temp(counter);
            let increment = self.load_temp(step);
            let op = if fast {
                Op::SmallInt2 {
                    op: SmallIntOp::Add,
                    lhs: current,
                    rhs: increment,
                }
            } else {
                Op::BinOp {
                    op: BinOp::Add,
                    lhs: current,
                    rhs: increment,
                }
            };
            let advanced = self.emit(op);
            self.store_local(counter, advanced);
        }
    }

    /// A loop head, jumped to from the current block and returned: take
    /// the next item (to `done` when there is none), bind the target, test
    /// the conditions (to `skip` when one fails), store `total + element`
    /// (`0 + element` without `base`) and go to `added`. `fast`: the range
    /// counter's test is one instruction (both bounds are small).
    #[allow(clippy::too_many_arguments)]
    fn sum_phase(
        &mut self,
        expr: &'a ast::ExprGeneratorExp,
        source: Source,
        base: Option<LocalId>,
        total: LocalId,
        fast: bool,
        done: BlockId,
        skip: BlockId,
        added: BlockId,
    ) -> BlockId {
        let generator = &expr.generators[0];
        let (head, body) = (self.new_block(), self.new_block());
        self.jump(head);
        self.switch_to(head);
        self.at(expr.range);
        let item = match source {
            Source::Range {
                counter,
                stop,
                sign,
                ..
            } => {
                let current = self.load_temp(counter);
                let limit = self.load_temp(stop);
                let more = if fast {
                    let (lhs, rhs) = if sign > 0 {
                        (current, limit)
                    } else {
                        (limit, current)
                    };
                    self.emit_bool(Op::SmallInt2 {
                        op: SmallIntOp::Less,
                        lhs,
                        rhs,
                    })
                } else {
                    let op = if sign > 0 { CmpOp::Lt } else { CmpOp::Gt };
                    self.emit_bool(Op::CompareBool {
                        op,
                        lhs: current,
                        rhs: limit,
                    })
                };
                self.branch(more, body, done);
                self.switch_to(body);
                self.load_temp(counter)
            }
            Source::Iter(iter_local) => {
                let iter = self.load_temp(iter_local);
                let item = self.emit(Op::IterNext(iter));
                let item_local = self.temp("item");
                self.store_local(item_local, item);
                let finished = self.emit_bool(Op::IsDone(item));
                self.branch(finished, done, body);
                self.switch_to(body);
                self.load_temp(item_local)
            }
        };
        self.store_target(&generator.target, item);
        for condition in &generator.ifs {
            let next = self.new_block();
            self.lower_branch(condition, next, skip);
            self.switch_to(next);
        }
        let element = self.lower_expr(&expr.elt);
        let lhs = match base {
            Some(local) => self.load_temp(local),
            None => self.emit(Op::SmallInt(0)),
        };
        self.line = NO_FRAME_LINE;
        let value = self.emit(Op::BinOp {
            op: BinOp::Add,
            lhs,
            rhs: element,
        });
        self.store_local(total, value);
        self.jump(added);
        head
    }
}
