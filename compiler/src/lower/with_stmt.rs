//! `with` statements, as CPython runs them: the manager's `__enter__` and
//! `__exit__` are looked up on its type (`$enter_context` returns the bound
//! exit and the entered value), the value is bound to the target, and the
//! body runs in a region whose exceptional path calls `exit(type, value,
//! traceback)` with the exception being handled and re-raises it unless the
//! result is true. Normal completion and every early exit (`return`,
//! `break`, `continue`, see `Cleanup::WithExit`) call `exit(None, None,
//! None)`. Several managers nest, left to right.

use super::builder::{Cleanup, FnBuilder};
use crate::syntax::ast;
use crate::tir::{LocalId, Op, Terminator};

impl<'a> FnBuilder<'_, 'a> {
    pub fn lower_with(&mut self, stmt: &'a ast::StmtWith) {
        let is_async = crate::syntax::asyncs::is_async(&stmt.type_comment);
        if is_async && !self.async_allowed("async with", stmt.range) {
            return;
        }
        self.lower_with_items(&stmt.items, &stmt.body, stmt.range, is_async);
    }

    fn lower_with_items(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        range: ast::text_size::TextRange,
        is_async: bool,
    ) {
        let Some((item, rest)) = items.split_first() else {
            self.lower_body(body);
            return;
        };
        let manager = self.lower_expr(&item.context_expr);
        self.at(range);
        let enter = if is_async {
            "$aenter_context"
        } else {
            "$enter_context"
        };
        let helper = typhon_abi::builtin_index(enter).expect("ABI helper") as u32;
        let callee = self.emit(Op::Builtin(helper));
        let pair = self.emit(Op::Call {
            callee,
            args: vec![manager],
            kwnames: None,
        });
        let parts = self.emit_many(Op::Unpack(pair), 2);
        let exit_local = self.temp("with_exit");
        self.store_local(exit_local, parts[0]);
        let value = if is_async {
            self.suspend(parts[1], true)
        } else {
            parts[1]
        };
        let value_local = self.temp("with_value");
        self.store_local(value_local, value);

        let outer_handler = self.handler;
        let done = self.new_block();
        let pad = self.new_block();
        self.handler = Some(pad);
        let body_block = self.new_block();
        self.jump(body_block);
        self.switch_to(body_block);
        self.cleanups.push(Cleanup::WithExit {
            exit: exit_local,
            handler: outer_handler,
            is_async,
        });
        if let Some(target) = &item.optional_vars {
            let value = self.load_temp(value_local);
            self.store_target(target, value);
        }
        self.lower_with_items(rest, body, range, is_async);
        self.cleanups.pop();
        self.handler = outer_handler;
        let normal = self.new_block();
        self.jump(normal);
        self.switch_to(normal);
        self.at(range);
        self.call_exit_with_nones(exit_local, is_async);
        self.jump(done);

        // The body raised: `__exit__` sees the exception, being handled.
        self.switch_to(pad);
        self.handler = outer_handler;
        let exc = self.emit(Op::FetchException);
        let exc_local = self.temp("with_exc");
        self.store_local(exc_local, exc);
        let previous = self.emit(Op::HandlerEnter(exc));
        let handled = self.temp("handled");
        self.store_local(handled, previous);
        let exit_pad = self.new_block();
        self.handler = Some(exit_pad);
        let call_block = self.new_block();
        self.jump(call_block);
        self.switch_to(call_block);
        self.at(range);
        let exit = self.load_temp(exit_local);
        let exc = self.load_temp(exc_local);
        let type_index = typhon_abi::builtin_index("type").expect("builtin type") as u32;
        let type_builtin = self.emit(Op::Builtin(type_index));
        let kind = self.emit(Op::Call {
            callee: type_builtin,
            args: vec![exc],
            kwnames: None,
        });
        let name = self.lw.str_const("__traceback__");
        let traceback = self.emit(Op::GetAttr { obj: exc, name });
        let result = self.emit(Op::Call {
            callee: exit,
            args: vec![kind, exc, traceback],
            kwnames: None,
        });
        let result = if is_async {
            self.await_exit(result)
        } else {
            result
        };
        let suppress = self.emit_bool(Op::Truthy(result));
        self.handler = outer_handler;
        let (suppressed, reraise) = (self.new_block(), self.new_block());
        self.branch(suppress, suppressed, reraise);
        self.switch_to(suppressed);
        let previous = self.load_temp(handled);
        self.emit_void(Op::HandlerExit(previous));
        self.jump(done);
        self.switch_to(reraise);
        let previous = self.load_temp(handled);
        self.emit_void(Op::HandlerExit(previous));
        let exc = self.load_temp(exc_local);
        self.emit_void(Op::RestoreException(exc));
        self.terminate(Terminator::Propagate);
        // `__exit__` itself raised: restore the handled state, keep unwinding.
        self.switch_to(exit_pad);
        let pending = self.emit(Op::FetchException);
        let previous = self.load_temp(handled);
        self.emit_void(Op::HandlerExit(previous));
        self.emit_void(Op::RestoreException(pending));
        self.terminate(Terminator::Propagate);

        self.switch_to(done);
    }

    /// `exit(None, None, None)` (awaited in `async with`), its result ignored.
    pub fn call_exit_with_nones(&mut self, exit_local: LocalId, is_async: bool) {
        let exit = self.load_temp(exit_local);
        let none = self.emit(Op::None);
        let result = self.emit(Op::Call {
            callee: exit,
            args: vec![none, none, none],
            kwnames: None,
        });
        if is_async {
            self.await_exit(result);
        }
    }
}
