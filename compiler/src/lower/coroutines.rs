//! `async def`, `await`, `async for` and `async with`.
//!
//! An `async def` is a generator function (`tir::Function::is_generator`)
//! with an [`AsyncKind`]: the generator pass makes it a state machine like
//! any generator and its creation function retypes the generator object as
//! a coroutine or an asynchronous generator (`runtime/src/types/coroutine.rs`).
//! `await x` is a `yield from` of the iterator `$get_awaitable(x)` returns
//! (CPython's `GET_AWAITABLE`): the runtime drives it as a delegate, so what
//! the innermost awaitable yields (an asyncio future) reaches whoever
//! drives the outermost coroutine. In an asynchronous generator, `yield v`
//! suspends with `v` wrapped (`$async_gen_wrap`), which is how its
//! `__anext__` awaitables tell a produced value from an await passing by.
//!
//! `async for` calls `$aiter_for(it)` once and awaits `$anext_for(iter)`
//! per item; `StopAsyncIteration` from that await ends the loop.
//! `async with` is `lower/with_stmt.rs` with `$aenter_context` and the
//! results of `__aenter__`/`__aexit__` awaited.

use super::builder::FnBuilder;
use crate::diag::DiagKind;
use crate::syntax::ast;
use crate::tir::{AsyncKind, BlockId, LocalId, Op, Terminator, ValueId};

/// Comprehension functions: `await` and `async for` in them make
/// asynchronous comprehensions, which typhon does not compile yet.
fn is_comprehension(name: &str) -> bool {
    matches!(
        name,
        "<listcomp>" | "<setcomp>" | "<dictcomp>" | "<genexpr>" | "<lambda>"
    )
}

impl<'a> FnBuilder<'_, 'a> {
    /// Mark the function being built as an `async def` (before its body is
    /// lowered).
    pub(super) fn mark_async_def(&mut self) {
        self.func.async_kind = if self.func.is_generator {
            AsyncKind::AsyncGenerator
        } else {
            AsyncKind::Coroutine
        };
        self.func.is_generator = true;
    }

    /// Whether `what` (`await`, `async for`, `async with`) may appear here;
    /// reports it when not.
    pub(super) fn async_allowed(&mut self, what: &str, range: ast::text_size::TextRange) -> bool {
        if self.func.async_kind != AsyncKind::None {
            return true;
        }
        self.report_outside_async(format!("'{what}' outside async function"), range);
        false
    }

    /// Report an asynchronous construct outside an async function: CPython's
    /// `SyntaxError` `message`, or, inside a generator expression or lambda
    /// nested in one (which CPython compiles), typhon's own refusal.
    fn report_outside_async(&mut self, message: String, range: ast::text_size::TextRange) {
        let span = self.span(range);
        if is_comprehension(&self.func.name) && self.scope.is_some() {
            self.lw.unsupported(
                "asynchronous comprehensions",
                "`await` and `async for` inside generator expressions and lambdas are not compiled yet",
                span,
            );
            return;
        }
        self.lw.error(DiagKind::InvalidSyntax { message }, span);
    }

    /// Call the hidden builtin `name` with `args`.
    fn call_async_helper(&mut self, name: &str, args: Vec<ValueId>) -> ValueId {
        let helper = typhon_abi::builtin_index(name).expect("ABI helper") as u32;
        let callee = self.emit(Op::Builtin(helper));
        self.emit(Op::Call {
            callee,
            args,
            kwnames: None,
        })
    }

    pub fn lower_await(&mut self, expr: &'a ast::ExprAwait) -> ValueId {
        if !self.async_allowed("await", expr.range) {
            return self.emit(Op::None);
        }
        let value = self.lower_expr(&expr.value);
        self.at(expr.range);
        let awaitable = self.call_async_helper("$get_awaitable", vec![value]);
        self.suspend(awaitable, true)
    }

    /// Await what `__aexit__` returned.
    pub(super) fn await_exit(&mut self, result: ValueId) -> ValueId {
        let awaitable = self.call_async_helper("$aexit_awaitable", vec![result]);
        self.suspend(awaitable, true)
    }

    /// In an asynchronous generator, the value a `yield` suspends with.
    pub(super) fn async_yield_value(&mut self, value: ValueId) -> ValueId {
        if self.func.async_kind == AsyncKind::AsyncGenerator {
            self.call_async_helper("$async_gen_wrap", vec![value])
        } else {
            value
        }
    }

    pub(super) fn lower_async_for(&mut self, stmt: &'a ast::StmtFor) {
        if !self.async_allowed("async for", stmt.range) {
            return;
        }
        let iterable = self.lower_expr(&stmt.iter);
        self.at(stmt.range);
        let iter = self.call_async_helper("$aiter_for", vec![iterable]);
        let iter_local = self.temp("aiter");
        self.store_local(iter_local, iter);
        let (orelse, exit) = (self.new_block(), self.new_block());
        let head = self.new_block();
        self.jump(head);
        self.switch_to(head);
        self.at(stmt.range);
        let item = self.async_next(iter_local, orelse);
        self.store_target(&stmt.target, item);
        self.lower_loop_body(&stmt.body, exit, head);
        self.jump(head);
        self.switch_to(orelse);
        self.lower_body(&stmt.orelse);
        self.jump(exit);
        self.switch_to(exit);
    }

    /// The next item of the asynchronous iterator in `iter_local`:
    /// `StopAsyncIteration` from `__anext__` or its awaitable goes to
    /// `done`, anything else on to the enclosing handler. Continues in a
    /// fresh block holding the item.
    pub(super) fn async_next(&mut self, iter_local: LocalId, done: BlockId) -> ValueId {
        let outer_handler = self.handler;
        let pad = self.new_block();
        self.handler = Some(pad);
        let next = self.new_block();
        self.jump(next);
        self.switch_to(next);
        let iter = self.load_temp(iter_local);
        let awaitable = self.call_async_helper("$anext_for", vec![iter]);
        let item = self.suspend(awaitable, true);
        let item_local = self.temp("item");
        self.store_local(item_local, item);
        self.handler = outer_handler;
        let body = self.new_block();
        self.jump(body);

        self.switch_to(pad);
        let exc = self.emit(Op::FetchException);
        let kind = self.builtin_object("StopAsyncIteration");
        let matches = self.emit_bool(Op::ExceptionMatches { exc, kind });
        let reraise = self.new_block();
        self.branch(matches, done, reraise);
        self.switch_to(reraise);
        self.emit_void(Op::RestoreException(exc));
        self.terminate(Terminator::Propagate);

        self.switch_to(body);
        self.load_temp(item_local)
    }

    /// Whether a comprehension is asynchronous (CPython 3.11: an `async
    /// for` clause, or an `await` in it outside its first iterable, or
    /// such a comprehension nested in it); reports one outside an
    /// `async def`. `None` when it is an error.
    pub(super) fn comprehension_is_async(
        &mut self,
        generators: &[ast::Comprehension],
        elements: &[&ast::Expr],
        range: ast::text_size::TextRange,
    ) -> Option<bool> {
        let mut found = generators.iter().any(|g| g.is_async);
        for (idx, generator) in generators.iter().enumerate() {
            if idx > 0 {
                found |= has_await(&generator.iter);
            }
            found |= generator.ifs.iter().any(has_await);
        }
        found |= elements.iter().any(|e| has_await(e));
        if !found {
            return Some(false);
        }
        if self.func.async_kind != AsyncKind::None {
            return Some(true);
        }
        let message = if generators.iter().any(|g| g.is_async) {
            "asynchronous comprehension outside of an asynchronous function"
        } else {
            "'await' outside async function"
        };
        self.report_outside_async(message.into(), range);
        None
    }

    /// Await the coroutine an asynchronous comprehension's call made.
    pub(super) fn await_comprehension(&mut self, coroutine: ValueId) -> ValueId {
        let awaitable = self.call_async_helper("$get_awaitable", vec![coroutine]);
        self.suspend(awaitable, true)
    }

    /// The iterator of an asynchronous comprehension's first `async for`.
    pub(super) fn aiter_of(&mut self, iterable: ValueId) -> ValueId {
        self.call_async_helper("$aiter_for", vec![iterable])
    }
}

/// Whether `expr` awaits, in itself or in a comprehension inside it (which
/// is then asynchronous too), not in lambdas or generator expressions.
fn has_await(expr: &ast::Expr) -> bool {
    match expr {
        ast::Expr::Await(_) => true,
        ast::Expr::Lambda(_) | ast::Expr::GeneratorExp(_) => false,
        ast::Expr::ListComp(c) => c.generators.iter().any(|g| g.is_async) || children_await(expr),
        ast::Expr::SetComp(c) => c.generators.iter().any(|g| g.is_async) || children_await(expr),
        ast::Expr::DictComp(c) => c.generators.iter().any(|g| g.is_async) || children_await(expr),
        _ => children_await(expr),
    }
}

fn children_await(expr: &ast::Expr) -> bool {
    let mut found = false;
    crate::resolve::walk::for_each_child(expr, &mut |child| {
        found |= has_await(child);
    });
    found
}
