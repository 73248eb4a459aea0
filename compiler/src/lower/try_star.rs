//! `try` / `except*` (3.11), lowered as CPython 3.11 compiles it.
//!
//! The landing pad keeps the original exception and marks it as handled;
//! then each clause, in order, evaluates its types and calls
//! `$except_star_match(rest, types)` (`CHECK_EG_MATCH`), which returns the
//! matching part (None when nothing matches) and what remains. A clause
//! that matched binds the part to its name, marks it as handled and runs
//! its body; an exception leaving the body is appended to a list and the
//! next clause runs. What remains after the last clause joins that list,
//! and `$prep_reraise_star(original, list)` (`PREP_RERAISE_STAR`) gives the
//! exception to raise, or None. `else`, `finally` and the body are laid out
//! as for `except` (`try_stmt.rs`).
//!
//! `break`, `continue` and `return` may not leave an `except*` body; they
//! are the syntax error CPython reports.

use super::builder::{Cleanup, FnBuilder};
use crate::diag::DiagKind;
use crate::syntax::{TryParts, ast};
use crate::tir::{BlockId, Op, Terminator};

const JUMP_OUT_OF_STAR: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> FnBuilder<'_, 'a> {
    pub fn lower_try_star(&mut self, stmt: &'a ast::StmtTryStar) {
        for handler in &stmt.handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            self.check_jumps(&handler.body, false);
        }
        self.lower_try_parts(TryParts {
            body: &stmt.body,
            handlers: &stmt.handlers,
            orelse: &stmt.orelse,
            finalbody: &stmt.finalbody,
            star: true,
        });
    }

    /// Report each `return`, and each `break` / `continue` outside a loop
    /// nested in the clause, in `body` (nested functions and classes are
    /// their own scopes).
    fn check_jumps(&mut self, body: &'a [ast::Stmt], in_loop: bool) {
        for stmt in body {
            let nested: Vec<(&'a [ast::Stmt], bool)> = match stmt {
                ast::Stmt::Return(_) => {
                    self.report_jump(stmt);
                    continue;
                }
                ast::Stmt::Break(_) | ast::Stmt::Continue(_) if !in_loop => {
                    self.report_jump(stmt);
                    continue;
                }
                ast::Stmt::For(stmt) => vec![(&stmt.body, true), (&stmt.orelse, in_loop)],
                ast::Stmt::While(stmt) => vec![(&stmt.body, true), (&stmt.orelse, in_loop)],
                ast::Stmt::If(stmt) => vec![(&stmt.body, in_loop), (&stmt.orelse, in_loop)],
                ast::Stmt::With(stmt) => vec![(&stmt.body, in_loop)],
                ast::Stmt::Match(stmt) => stmt
                    .cases
                    .iter()
                    .map(|case| (&case.body[..], in_loop))
                    .collect(),
                _ => match crate::syntax::try_parts(stmt) {
                    Some(parts) => {
                        let mut nested = vec![
                            (parts.body, in_loop),
                            (parts.orelse, in_loop),
                            (parts.finalbody, in_loop),
                        ];
                        for handler in parts.handlers {
                            let ast::ExceptHandler::ExceptHandler(handler) = handler;
                            nested.push((&handler.body, in_loop));
                        }
                        nested
                    }
                    None => Vec::new(),
                },
            };
            for (body, in_loop) in nested {
                self.check_jumps(body, in_loop);
            }
        }
    }

    fn report_jump(&mut self, stmt: &ast::Stmt) {
        let range = match stmt {
            ast::Stmt::Return(stmt) => stmt.range,
            ast::Stmt::Break(stmt) => stmt.range,
            ast::Stmt::Continue(stmt) => stmt.range,
            _ => return,
        };
        let span = self.span(range);
        self.lw.error(
            DiagKind::InvalidSyntax {
                message: JUMP_OUT_OF_STAR.into(),
            },
            span,
        );
    }

    /// The clauses of `try`/`except*`, from the landing pad `landing` to
    /// `normal_end` (nothing left to raise) or out through `after_handlers`.
    pub(super) fn lower_star_handlers(
        &mut self,
        handlers: &'a [ast::ExceptHandler],
        landing: BlockId,
        after_handlers: Option<BlockId>,
        normal_end: BlockId,
    ) {
        self.switch_to(landing);
        self.handler = after_handlers;
        let exc = self.emit(Op::FetchException);
        let orig = self.temp("eg_orig");
        self.store_local(orig, exc);
        let previous = self.emit(Op::HandlerEnter(exc));
        let saved = self.temp("handled");
        self.store_local(saved, previous);
        // Evaluating a clause's types or matching failed: restore the
        // handled state and leave the statement.
        let match_pad = self.new_pad(after_handlers);
        self.handler = Some(match_pad);
        let start = self.new_block();
        self.jump(start);
        self.switch_to(start);
        let raised = self.emit(Op::BuildList(Vec::new()));
        let raised_local = self.temp("eg_raised");
        self.store_local(raised_local, raised);
        let rest_local = self.temp("eg_rest");
        let exc = self.load_temp(orig);
        self.store_local(rest_local, exc);

        for handler in handlers {
            let ast::ExceptHandler::ExceptHandler(handler) = handler;
            self.at(handler.range);
            let clause = self.new_block();
            let next = self.new_block();
            let kind = match &handler.type_ {
                Some(kind) => self.lower_expr(kind),
                None => {
                    let span = self.span(handler.range);
                    self.lw.error(
                        DiagKind::InvalidSyntax {
                            message: "expected one or more exception types".into(),
                        },
                        span,
                    );
                    self.emit(Op::None)
                }
            };
            self.at(handler.range);
            let rest = self.load_temp(rest_local);
            let pair = self.call_helper("$except_star_match", vec![rest, kind]);
            let parts = self.emit_many(Op::Unpack(pair), 2);
            let none = self.emit(Op::None);
            let missed = self.emit_bool(Op::Is {
                lhs: parts[0],
                rhs: none,
            });
            self.branch(missed, next, clause);

            self.switch_to(clause);
            self.store_local(rest_local, parts[1]);
            let matched = self.temp("eg_match");
            self.store_local(matched, parts[0]);
            // The matching part is what `sys.exc_info()` and bare `raise`
            // see in the body, and what its exceptions chain to.
            self.emit(Op::HandlerEnter(parts[0]));
            let clause_pad = self.new_pad(Some(match_pad));
            self.handler = Some(clause_pad);
            let body = self.new_block();
            self.jump(body);
            self.switch_to(body);
            let name = handler.name.as_ref().map(|name| name.as_str());
            if let Some(name) = name {
                let value = self.load_temp(matched);
                self.store_name(name, value, handler.range);
                self.cleanups.push(Cleanup::UnbindName(name));
            }
            self.lower_body(&handler.body);
            if let Some(name) = name {
                self.cleanups.pop();
                self.unbind_name(name);
            }
            self.handler = Some(match_pad);
            self.jump(next);

            // The body raised: keep the exception for the end.
            self.switch_to(clause_pad);
            let pending = self.emit(Op::FetchException);
            let list = self.load_temp(raised_local);
            self.emit_void(Op::ListAppend {
                list,
                item: pending,
            });
            if let Some(name) = name {
                self.unbind_name(name);
            }
            self.jump(next);

            self.switch_to(next);
        }
        let list = self.load_temp(raised_local);
        let rest = self.load_temp(rest_local);
        self.emit_void(Op::ListAppend { list, item: rest });
        let orig_value = self.load_temp(orig);
        let result = self.call_helper("$prep_reraise_star", vec![orig_value, list]);
        self.handler = after_handlers;
        let restore = self.new_block();
        self.jump(restore);
        self.switch_to(restore);
        let previous = self.load_temp(saved);
        self.emit_void(Op::HandlerExit(previous));
        let none = self.emit(Op::None);
        let done = self.emit_bool(Op::Is {
            lhs: result,
            rhs: none,
        });
        let reraise = self.new_block();
        self.branch(done, normal_end, reraise);
        self.switch_to(reraise);
        self.emit_void(Op::RestoreException(result));
        self.terminate(Terminator::Propagate);

        self.switch_to(match_pad);
        let pending = self.emit(Op::FetchException);
        let previous = self.load_temp(saved);
        self.emit_void(Op::HandlerExit(previous));
        self.emit_void(Op::RestoreException(pending));
        self.terminate(Terminator::Propagate);
    }

    /// Call the hidden builtin `name` with `args`.
    fn call_helper(&mut self, name: &str, args: Vec<crate::tir::ValueId>) -> crate::tir::ValueId {
        let helper = typhon_abi::builtin_index(name).expect("ABI helper") as u32;
        let callee = self.emit(Op::Builtin(helper));
        self.emit(Op::Call {
            callee,
            args,
            kwnames: None,
        })
    }
}
