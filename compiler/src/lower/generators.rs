//! `yield`, `yield from` and generator expressions.
//!
//! Lowering only marks the suspension points: `yield v` ends the block with
//! `Terminator::Yield` and continues in a new block whose first instruction,
//! `ResumeValue`, is the value sent in (or raises what `throw` threw in).
//! `yield from it` is the same terminator with `delegate` set: the runtime
//! drives the delegate (forwarding `send`, `throw` and `close`) and resumes
//! the frame with its return value. Turning the function into a state
//! machine is the job of `opt::generators`, after lowering.
//!
//! A generator expression is a nested generator function `<genexpr>` with
//! one parameter, the iterator of its first `for` clause, which is
//! evaluated in the enclosing scope (as CPython 3.11 does).

use super::builder::{FnBuilder, NameRef};
use super::closures::NestedSpec;
use crate::diag::DiagKind;
use crate::resolve::closure;
use crate::syntax::ast;
use crate::tir::{BlockId, LocalId, Op, Terminator, ValueId};

/// Whether a function body contains `yield` or `yield from` of its own (not
/// in nested functions, classes, lambdas or generator expressions).
pub fn contains_yield(body: &[ast::Stmt]) -> bool {
    let mut found = false;
    own_statements(body, &mut |stmt| {
        crate::resolve::walk::for_each_stmt_expr(stmt, &mut |expr| {
            found |= expr_has_yield(expr);
        });
    });
    found
}

fn expr_has_yield(expr: &ast::Expr) -> bool {
    match expr {
        ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => true,
        ast::Expr::Lambda(_)
        | ast::Expr::GeneratorExp(_)
        | ast::Expr::ListComp(_)
        | ast::Expr::SetComp(_)
        | ast::Expr::DictComp(_) => false,
        _ => {
            let mut found = false;
            crate::resolve::walk::for_each_child(expr, &mut |child| {
                found |= expr_has_yield(child);
            });
            found
        }
    }
}

/// Every statement of a body, nested blocks included, but not the bodies
/// of nested functions and classes.
fn own_statements<'a>(body: &'a [ast::Stmt], visit: &mut dyn FnMut(&'a ast::Stmt)) {
    for stmt in body {
        visit(stmt);
        match stmt {
            ast::Stmt::For(stmt) => {
                own_statements(&stmt.body, visit);
                own_statements(&stmt.orelse, visit);
            }
            ast::Stmt::While(stmt) => {
                own_statements(&stmt.body, visit);
                own_statements(&stmt.orelse, visit);
            }
            ast::Stmt::If(stmt) => {
                own_statements(&stmt.body, visit);
                own_statements(&stmt.orelse, visit);
            }
            ast::Stmt::With(stmt) => own_statements(&stmt.body, visit),
            ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => {
                if let Some(stmt) = crate::syntax::try_parts(stmt) {
                    own_statements(stmt.body, visit);
                    for handler in stmt.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        own_statements(&handler.body, visit);
                    }
                    own_statements(stmt.orelse, visit);
                    own_statements(stmt.finalbody, visit);
                }
            }
            _ => {}
        }
    }
}

impl<'a> FnBuilder<'_, 'a> {
    /// Whether a `yield` may appear here; reports it when not.
    fn yield_allowed(&mut self, range: ast::text_size::TextRange) -> bool {
        // Comprehensions are functions here, but `yield` in one is a
        // syntax error in Python 3.8 and later.
        let comprehension = match self.func.name.as_str() {
            "<listcomp>" => Some("list comprehension"),
            "<setcomp>" => Some("set comprehension"),
            "<dictcomp>" => Some("dict comprehension"),
            "<genexpr>" => Some("generator expression"),
            _ => None,
        };
        let message = match (comprehension, &self.scope) {
            (Some(kind), _) => format!("'yield' inside {kind}"),
            (None, Some(_)) => {
                self.func.is_generator = true;
                return true;
            }
            (None, None) => "'yield' outside function".into(),
        };
        let span = self.span(range);
        self.lw.error(DiagKind::InvalidSyntax { message }, span);
        false
    }

    /// Suspend with `value`; the result is what the generator is resumed with.
    pub(super) fn suspend(&mut self, value: ValueId, delegate: bool) -> ValueId {
        let resume = self.new_block();
        self.terminate(Terminator::Yield {
            value,
            resume,
            delegate,
        });
        self.switch_to(resume);
        self.emit(Op::ResumeValue)
    }

    pub fn lower_yield(&mut self, expr: &'a ast::ExprYield) -> ValueId {
        if !self.yield_allowed(expr.range) {
            return self.emit(Op::None);
        }
        let value = match &expr.value {
            Some(value) => self.lower_expr(value),
            None => self.emit(Op::None),
        };
        self.at(expr.range);
        let value = self.async_yield_value(value);
        self.suspend(value, false)
    }

    pub fn lower_yield_from(&mut self, expr: &'a ast::ExprYieldFrom) -> ValueId {
        if !self.yield_allowed(expr.range) {
            return self.emit(Op::None);
        }
        if self.func.async_kind != crate::tir::AsyncKind::None {
            let span = self.span(expr.range);
            let message = "'yield from' inside async function".into();
            self.lw.error(DiagKind::InvalidSyntax { message }, span);
            return self.emit(Op::None);
        }
        let iterable = self.lower_expr(&expr.value);
        self.at(expr.range);
        let iter = self.emit(Op::GetIter(iterable));
        self.suspend(iter, true)
    }

    /// Whether a `for` loop over `iterable` holds the only reference to the
    /// iterator: a generator expression, or a direct call of a generator
    /// function (module-level, or a nested `def` bound once): a fresh
    /// generator that its own body cannot reach either.
    pub fn closes_iterator(&mut self, iterable: &ast::Expr) -> bool {
        match iterable {
            ast::Expr::GeneratorExp(_) => true,
            ast::Expr::Call(call) => {
                let ast::Expr::Name(name) = call.func.as_ref() else {
                    return false;
                };
                let id = name.id.as_str();
                match self.resolve_name(id) {
                    Some(NameRef::Global(_)) => self
                        .lw
                        .direct
                        .get(&(self.module, id.to_string()))
                        // A guarded call may call whatever replaced the
                        // function, which may return a shared iterator.
                        .is_some_and(|direct| direct.is_generator && direct.guard.is_none()),
                    // A nested `def` bound once, called directly.
                    Some(NameRef::Local(_) | NameRef::Cell { .. }) => self
                        .local_direct
                        .get(id)
                        .is_some_and(|local| local.direct.is_generator),
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// The handler of a loop body that closes the loop's iterator before
    /// the exception leaves the loop.
    pub fn close_iter_pad(&mut self, iter: LocalId) -> BlockId {
        self.close_iter_pad_when(iter, false)
    }

    /// Like `close_iter_pad`; with `only_on_close`, only for
    /// `GeneratorExit`: the first iterator of a generator expression is
    /// its frame's parameter, which CPython frees when `close()` finishes
    /// but, for any other exception, only once the traceback holding the
    /// frame dies (after the handler), which typhon does not model.
    fn close_iter_pad_when(&mut self, iter: LocalId, only_on_close: bool) -> BlockId {
        let pad = self.new_block();
        let resume = self.current;
        self.switch_to(pad);
        let exc = self.emit(Op::FetchException);
        let (close, done) = (self.new_block(), self.new_block());
        if only_on_close {
            let kind = self.builtin_object("GeneratorExit");
            let matches = self.emit_bool(Op::ExceptionMatches { exc, kind });
            self.branch(matches, close, done);
        } else {
            self.jump(close);
        }
        self.switch_to(close);
        let iter = self.load_temp(iter);
        self.emit_void(Op::CloseIter(iter));
        self.jump(done);
        self.switch_to(done);
        self.emit_void(Op::RestoreException(exc));
        self.terminate(Terminator::Propagate);
        self.switch_to(resume);
        pad
    }

    /// `(elt for ...)`: call the `<genexpr>` generator function with the
    /// first iterator.
    pub fn lower_genexp(&mut self, expr: &'a ast::ExprGeneratorExp) -> ValueId {
        let first = &expr.generators[0];
        if expr.generators.iter().any(|generator| generator.is_async) {
            let span = self.span(expr.range);
            self.lw.unsupported(
                "asynchronous comprehensions",
                "`async for` inside generator expressions is not compiled yet",
                span,
            );
            return self.emit(Op::None);
        }
        let iterable = self.lower_expr(&first.iter);
        self.at(expr.range);
        let iter = self.emit(Op::GetIter(iterable));
        let close_first = self.closes_iterator(&first.iter);

        let spec = genexpr_spec(expr);
        let (func, free) = self.lower_nested(spec, |inner| {
            inner.func.is_generator = true;
            inner.genexp_level(expr, 0, close_first);
        });
        let mut args = self.closure_cells(&free);
        args.push(iter);
        self.at(expr.range);
        self.emit(Op::CallDirect { func, args })
    }

    /// The `for` clause `level` of a generator expression and everything
    /// inside it; the innermost level yields the element.
    /// With `close`, the clause's iterator is a fresh generator that the
    /// generator expression closes when it is closed or fails.
    fn genexp_level(&mut self, expr: &'a ast::ExprGeneratorExp, level: usize, close: bool) {
        let Some(generator) = expr.generators.get(level) else {
            let value = self.lower_expr(&expr.elt);
            self.at(expr.range);
            self.suspend(value, false);
            return;
        };
        let iter = if level == 0 {
            let param = self.locals[".0"];
            self.load_temp(param)
        } else {
            let iterable = self.lower_expr(&generator.iter);
            self.emit(Op::GetIter(iterable))
        };
        let iter_local = self.temp("iter");
        self.store_local(iter_local, iter);
        let outer_handler = self.handler;
        let exit = self.new_block();
        if close {
            self.handler = Some(self.close_iter_pad_when(iter_local, level == 0));
        }
        let (head, body) = (self.new_block(), self.new_block());
        self.jump(head);
        self.switch_to(head);
        let iter = self.load_temp(iter_local);
        let item = self.emit(Op::IterNext(iter));
        let done = self.emit_bool(Op::IsDone(item));
        self.branch(done, exit, body);
        self.switch_to(body);
        self.store_target(&generator.target, item);
        for condition in &generator.ifs {
            let next = self.new_block();
            self.lower_branch(condition, next, head);
            self.switch_to(next);
        }
        let inner_close = expr
            .generators
            .get(level + 1)
            .is_some_and(|inner| self.closes_iterator(&inner.iter));
        self.genexp_level(expr, level + 1, inner_close);
        self.jump(head);
        self.handler = outer_handler;
        self.switch_to(exit);
    }
}

/// The nested `<genexpr>` function of `expr`, called directly with the
/// first clause's iterable (`.0`) after its free cells.
pub(super) fn genexpr_spec(expr: &ast::ExprGeneratorExp) -> NestedSpec<'static> {
    let mut locals = vec![".0".to_string()];
    locals.extend(closure::comprehension_locals(&expr.generators));
    NestedSpec {
        name: "<genexpr>".into(),
        closure: closure::comprehension(&expr.generators, &[&expr.elt]),
        locals,
        params: vec![".0".into()],
        shape: 0,
        unbound: Default::default(),
        escapes: false,
        func_id: None,
        globals: Default::default(),
        nonlocals: &[],
    }
}
