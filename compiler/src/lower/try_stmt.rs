//! `try` / `except` / `else` / `finally` and `raise`.
//!
//! Layout of `try: B except E as e: H else: L finally: F`:
//! - B runs with the landing pad as its blocks' handler;
//! - the landing pad fetches the exception and tests each clause in order;
//!   a matching clause marks the exception as handled (for bare `raise` and
//!   implicit chaining) around H, with its own pad restoring that state if H
//!   raises; no match re-raises without a new traceback entry;
//! - F is emitted once per way out: after normal completion, on the
//!   exceptional path (with the exception marked as handled around F, as
//!   CPython does; then it continues), and before each
//!   `return`/`break`/`continue` that leaves the region (see `run_cleanups`).

use super::builder::{Cleanup, FnBuilder};
use crate::syntax::{TryParts, ast};
use crate::tir::{Op, Terminator};

impl<'a> FnBuilder<'_, 'a> {
    pub fn lower_raise(&mut self, stmt: &'a ast::StmtRaise) {
        match &stmt.exc {
            None => {
                self.at(stmt.range);
                self.terminate(Terminator::Reraise);
            }
            Some(exc) => {
                let exc = self.lower_expr(exc);
                let cause = stmt.cause.as_ref().map(|cause| self.lower_expr(cause));
                self.at(stmt.range);
                self.terminate(Terminator::Raise { exc, cause });
            }
        }
    }

    pub fn lower_try(&mut self, stmt: &'a ast::StmtTry) {
        self.lower_try_parts(TryParts {
            body: &stmt.body,
            handlers: &stmt.handlers,
            orelse: &stmt.orelse,
            finalbody: &stmt.finalbody,
            star: false,
        });
    }

    /// `try` with `except` or (`stmt.star`) `except*` clauses.
    pub(super) fn lower_try_parts(&mut self, stmt: TryParts<'a>) {
        let outer_handler = self.handler;
        let exit = self.new_block();

        // The exceptional path through `finally`, when there is one.
        let finally_pad = if stmt.finalbody.is_empty() {
            None
        } else {
            let pad = self.new_block();
            let resume = self.current;
            self.switch_to(pad);
            self.handler = outer_handler;
            let exc = self.emit(Op::FetchException);
            let saved = self.temp("finally_exc");
            self.store_local(saved, exc);
            // While `finally` runs for an exception, that exception is being
            // handled: a new one chains to it, and bare `raise` re-raises it.
            let previous = self.emit(Op::HandlerEnter(exc));
            let handled = self.temp("handled");
            self.store_local(handled, previous);
            let body_pad = self.new_pad(outer_handler);
            self.handler = Some(body_pad);
            let body = self.new_block();
            self.jump(body);
            self.switch_to(body);
            self.cleanups.push(Cleanup::HandlerExit(handled));
            self.lower_body(stmt.finalbody);
            self.cleanups.pop();
            self.handler = outer_handler;
            let previous = self.load_temp(handled);
            self.emit_void(Op::HandlerExit(previous));
            let exc = self.load_temp(saved);
            self.emit_void(Op::RestoreException(exc));
            self.terminate(Terminator::Propagate);
            // `finally` itself raised: restore the handled state, keep unwinding.
            self.switch_to(body_pad);
            let pending = self.emit(Op::FetchException);
            let previous = self.load_temp(handled);
            self.emit_void(Op::HandlerExit(previous));
            self.emit_void(Op::RestoreException(pending));
            self.terminate(Terminator::Propagate);
            self.switch_to(resume);
            self.cleanups.push(Cleanup::Finally {
                body: stmt.finalbody,
                handler: outer_handler,
            });
            Some(pad)
        };
        let after_handlers = finally_pad.or(outer_handler);

        // The landing pad for the body.
        let landing = if stmt.handlers.is_empty() {
            None
        } else {
            Some(self.new_pad(after_handlers))
        };

        // Body, with the landing pad (or the finally pad) as handler.
        self.handler = landing.or(after_handlers);
        let body_block = self.new_block();
        self.jump(body_block);
        self.switch_to(body_block);
        self.lower_body(stmt.body);
        // `else` runs outside the handlers but inside `finally`.
        self.handler = after_handlers;
        let else_block = self.new_block();
        self.jump(else_block);
        self.switch_to(else_block);
        self.lower_body(stmt.orelse);
        // `finally` runs here outside its own region: its exceptions go to
        // the handler around the whole statement.
        let normal_end = self.new_pad(outer_handler);
        self.jump(normal_end);

        if let Some(landing) = landing {
            if stmt.star {
                self.lower_star_handlers(stmt.handlers, landing, after_handlers, normal_end);
            } else {
                self.lower_handlers(stmt.handlers, landing, after_handlers, normal_end);
            }
        }

        // Normal completion: run `finally` once, outside its own region.
        self.switch_to(normal_end);
        self.handler = outer_handler;
        if finally_pad.is_some() {
            self.cleanups.pop();
            self.lower_body(stmt.finalbody);
        }
        self.jump(exit);
        self.switch_to(exit);
    }

    /// A block whose handler is `handler`, starting with `FetchException`.
    pub(super) fn new_pad(&mut self, handler: Option<crate::tir::BlockId>) -> crate::tir::BlockId {
        let saved = self.handler;
        self.handler = handler;
        let pad = self.new_block();
        self.handler = saved;
        pad
    }

    fn lower_handlers(
        &mut self,
        handlers: &'a [ast::ExceptHandler],
        landing: crate::tir::BlockId,
        after_handlers: Option<crate::tir::BlockId>,
        normal_end: crate::tir::BlockId,
    ) {
        self.switch_to(landing);
        self.handler = after_handlers;
        let exc = self.emit(Op::FetchException);
        let exc_local = self.temp("exc");
        self.store_local(exc_local, exc);
        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            self.at(handler.range);
            let clause = self.new_block();
            let next = self.new_block();
            match &handler.type_ {
                Some(kind) => {
                    let kind = self.lower_expr(kind);
                    let exc = self.load_temp(exc_local);
                    self.at(handler.range);
                    let matches = self.emit_bool(Op::ExceptionMatches { exc, kind });
                    self.branch(matches, clause, next);
                }
                None => self.jump(clause),
            }

            // The clause body: the exception is "being handled" while it runs.
            self.switch_to(clause);
            let exc = self.load_temp(exc_local);
            let previous = self.emit(Op::HandlerEnter(exc));
            let saved = self.temp("handled");
            self.store_local(saved, previous);
            let clause_pad = self.new_pad(after_handlers);
            self.handler = Some(clause_pad);
            let clause_body = self.new_block();
            self.jump(clause_body);
            self.switch_to(clause_body);
            if let Some(name) = &handler.name {
                let exc = self.load_temp(exc_local);
                self.store_name(name.as_str(), exc, handler.range);
            }
            // CPython deletes the `as` name however the clause ends (it
            // wraps the body in `try: ... finally: name = None; del name`).
            let name = handler.name.as_ref().map(|name| name.as_str());
            self.cleanups.push(Cleanup::HandlerExit(saved));
            if let Some(name) = name {
                self.cleanups.push(Cleanup::UnbindName(name));
            }
            self.lower_body(&handler.body);
            if let Some(name) = name {
                self.cleanups.pop();
                self.unbind_name(name);
            }
            self.cleanups.pop();
            self.handler = after_handlers;
            let previous = self.load_temp(saved);
            self.emit_void(Op::HandlerExit(previous));
            self.jump(normal_end);

            // The clause raised: restore the handled state, keep unwinding.
            self.switch_to(clause_pad);
            let pending = self.emit(Op::FetchException);
            if let Some(name) = name {
                self.unbind_name(name);
            }
            let previous = self.load_temp(saved);
            self.emit_void(Op::HandlerExit(previous));
            self.emit_void(Op::RestoreException(pending));
            self.terminate(Terminator::Propagate);

            self.switch_to(next);
        }
        // No clause matched: the exception continues outward.
        let exc = self.load_temp(exc_local);
        self.emit_void(Op::RestoreException(exc));
        self.terminate(Terminator::Propagate);
    }

    /// `name = None; del name`, which cannot fail even when the clause
    /// deleted the name itself.
    pub(super) fn unbind_name(&mut self, name: &str) {
        let none = self.emit(Op::None);
        match self.resolve_name(name) {
            Some(super::builder::NameRef::Local(local)) => {
                self.store_local(local, none);
                self.emit_void(Op::DelLocal(local));
            }
            Some(super::builder::NameRef::Global(global)) => {
                self.emit_void(Op::StoreGlobal {
                    global,
                    value: none,
                });
                self.emit_void(Op::DelGlobal(global));
            }
            Some(super::builder::NameRef::Cell { local, free }) => {
                let cell = self.load_temp(local);
                self.emit_void(Op::StoreCell { cell, value: none });
                let name = self.lw.str_const(name);
                self.emit_void(Op::DelCell { cell, name, free });
            }
            _ => {}
        }
    }
}
