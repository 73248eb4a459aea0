//! Statements: assignments, control flow, imports.

use super::builder::{Cleanup, FnBuilder, LoopContext, NameRef};
use crate::diag::DiagKind;
use crate::resolve::ModuleRef;
use crate::syntax::ast;
use crate::tir::{ModuleId, Op, Terminator, ValueId};

impl<'a> FnBuilder<'_, 'a> {
    pub fn lower_body(&mut self, body: &'a [ast::Stmt]) {
        for stmt in body {
            self.lower_stmt(stmt);
        }
    }

    fn lower_stmt(&mut self, stmt: &'a ast::Stmt) {
        use ast::Ranged;
        self.at(stmt.range());
        match stmt {
            ast::Stmt::Expr(expr) => {
                self.lower_expr(&expr.value);
            }
            ast::Stmt::Assign(assign) => {
                let value = self.lower_expr(&assign.value);
                for target in &assign.targets {
                    self.store_target(target, value);
                }
            }
            ast::Stmt::AnnAssign(assign) => {
                if let Some(value) = &assign.value {
                    let value = self.lower_expr(value);
                    self.store_target(&assign.target, value);
                }
                match self.func.is_module_init && self.class_body.is_none() {
                    true => self.lower_module_annotation(assign),
                    false => self.lower_class_annotation(assign),
                }
            }
            ast::Stmt::AugAssign(assign) => self.lower_aug_assign(assign),
            ast::Stmt::If(stmt) => {
                let (then_block, else_block, join) =
                    (self.new_block(), self.new_block(), self.new_block());
                self.lower_branch(&stmt.test, then_block, else_block);
                self.switch_to(then_block);
                self.lower_body(&stmt.body);
                self.jump(join);
                self.switch_to(else_block);
                self.lower_body(&stmt.orelse);
                self.jump(join);
                self.switch_to(join);
            }
            ast::Stmt::While(stmt) => {
                let (head, body, orelse, exit) = (
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                    self.new_block(),
                );
                match self.fast_while(stmt) {
                    Some(parts) => self.lower_fast_while_loop(stmt, &parts, head, orelse, exit),
                    None => self.jump(head),
                }
                self.switch_to(head);
                self.at(stmt.test_range());
                self.lower_branch(&stmt.test, body, orelse);
                self.switch_to(body);
                self.lower_loop_body(&stmt.body, exit, head);
                self.jump(head);
                self.switch_to(orelse);
                self.lower_body(&stmt.orelse);
                self.jump(exit);
                self.switch_to(exit);
            }
            ast::Stmt::For(stmt) => self.lower_for(stmt),
            ast::Stmt::Break(stmt) => match self.loops.last() {
                Some(context) => {
                    let (target, depth) = (context.break_target, context.cleanup_depth);
                    self.run_cleanups(depth);
                    self.jump(target);
                }
                None => {
                    let span = self.span(stmt.range);
                    self.lw.error(
                        DiagKind::InvalidSyntax {
                            message: "'break' outside loop".into(),
                        },
                        span,
                    );
                }
            },
            ast::Stmt::Continue(stmt) => match self.loops.last() {
                Some(context) => {
                    let (target, depth) = (context.continue_target, context.cleanup_depth);
                    self.run_cleanups(depth);
                    self.jump(target);
                }
                None => {
                    let span = self.span(stmt.range);
                    self.lw.error(
                        DiagKind::InvalidSyntax {
                            message: "'continue' not properly in loop".into(),
                        },
                        span,
                    );
                }
            },
            ast::Stmt::Pass(_) | ast::Stmt::Global(_) => {}
            ast::Stmt::Nonlocal(stmt) => self.check_nonlocal(stmt),
            ast::Stmt::Delete(stmt) => {
                for target in &stmt.targets {
                    self.delete_target(target);
                }
            }
            ast::Stmt::FunctionDef(def) => self.lower_function_def(def),
            ast::Stmt::Return(stmt) => self.lower_return(stmt),
            ast::Stmt::Import(import) => self.lower_import(import),
            ast::Stmt::ImportFrom(import) => self.lower_import_from(import),
            ast::Stmt::Assert(stmt) => {
                if matches!(stmt.test.as_ref(), ast::Expr::Tuple(t) if !t.elts.is_empty()) {
                    let span = self.span(stmt.range);
                    self.lw.error(
                        DiagKind::SyntaxWarning {
                            message: "assertion is always true, perhaps remove parentheses?".into(),
                        },
                        span,
                    );
                }
                let (fail, ok) = (self.new_block(), self.new_block());
                self.lower_branch(&stmt.test, ok, fail);
                self.switch_to(fail);
                let message = stmt.msg.as_ref().map(|msg| self.lower_expr(msg));
                self.at(stmt.range);
                self.terminate(Terminator::AssertFail(message));
                self.switch_to(ok);
            }
            ast::Stmt::Raise(stmt) => self.lower_raise(stmt),
            ast::Stmt::Try(stmt) => self.lower_try(stmt),
            ast::Stmt::TryStar(stmt) => self.lower_try_star(stmt),
            ast::Stmt::Match(stmt) => self.lower_match(stmt),
            ast::Stmt::ClassDef(def) => self.lower_class_def(def),
            ast::Stmt::With(stmt) => self.lower_with(stmt),
            other => {
                let (feature, reason) = describe_unsupported(other);
                let span = self.span(other.range());
                self.lw.unsupported(feature, reason, span);
            }
        }
    }

    /// Lower a loop body with `break`/`continue` targets in place.
    pub(super) fn lower_loop_body(
        &mut self,
        body: &'a [ast::Stmt],
        break_target: crate::tir::BlockId,
        continue_target: crate::tir::BlockId,
    ) {
        self.loops.push(LoopContext {
            break_target,
            continue_target,
            cleanup_depth: self.cleanups.len(),
        });
        self.lower_body(body);
        self.loops.pop();
    }

    fn lower_for(&mut self, stmt: &'a ast::StmtFor) {
        if crate::syntax::asyncs::is_async(&stmt.type_comment) {
            return self.lower_async_for(stmt);
        }
        if let Some(step) = self.counting_range_step(&stmt.iter) {
            return self.lower_range_for(stmt, step);
        }
        if self.computed_range_step(&stmt.iter) {
            return self.lower_range_for(stmt, 0);
        }
        let iterable = self.lower_expr(&stmt.iter);
        self.at(stmt.iter_range());
        let iter = self.emit(Op::GetIter(iterable));
        let iter_local = self.temp("iter");
        self.store_local(iter_local, iter);
        let (orelse, exit) = (self.new_block(), self.new_block());
        // A loop over a generator only it can reach closes it when left
        // early, as CPython's reference counting does.
        let outer_handler = self.handler;
        let close = self.closes_iterator(&stmt.iter);
        let break_target = if close {
            self.handler = Some(self.close_iter_pad(iter_local));
            let block = self.new_block();
            self.cleanups.push(Cleanup::CloseIter(iter_local));
            block
        } else {
            exit
        };
        let (head, body) = (self.new_block(), self.new_block());
        self.jump(head);
        self.switch_to(head);
        let iter = self.load_temp(iter_local);
        self.at(stmt.iter_range());
        let item = self.emit(Op::IterNext(iter));
        let item_local = self.temp("item");
        self.store_local(item_local, item);
        let done = self.emit_bool(Op::IsDone(item));
        self.branch(done, orelse, body);
        self.switch_to(body);
        let item = self.load_temp(item_local);
        self.store_target(&stmt.target, item);
        self.lower_loop_body(&stmt.body, break_target, head);
        self.jump(head);
        if close {
            self.cleanups.pop();
            self.handler = outer_handler;
            self.switch_to(break_target);
            let iter = self.load_temp(iter_local);
            self.emit_void(Op::CloseIter(iter));
            self.jump(exit);
        }
        self.switch_to(orelse);
        self.lower_body(&stmt.orelse);
        self.jump(exit);
        self.switch_to(exit);
    }

    /// For `for x in range(...)` with the builtin `range` and a step known
    /// to be positive or negative, the step's sign (as 1 or -1).
    pub(super) fn counting_range_step(&mut self, iter: &ast::Expr) -> Option<i64> {
        let ast::Expr::Call(call) = iter else {
            return None;
        };
        let ast::Expr::Name(name) = call.func.as_ref() else {
            return None;
        };
        if name.id.as_str() != "range"
            || !call.keywords.is_empty()
            || call.args.is_empty()
            || call.args.len() > 3
        {
            return None;
        }
        if call
            .args
            .iter()
            .any(|arg| matches!(arg, ast::Expr::Starred(_)))
        {
            return None;
        }
        if !matches!(self.resolve_name("range"), Some(NameRef::Builtin(_))) {
            return None;
        }
        match call.args.get(2) {
            None => Some(1),
            Some(step) => match constant_int(step)? {
                0 => None,
                step if step > 0 => Some(1),
                _ => Some(-1),
            },
        }
    }

    /// `for x in range(...)` as a counting loop over the range object's own
    /// `start`, `stop` and `step` (so argument checking stays CPython's), with
    /// a hidden counter: assigning to `x` in the body does not disturb it.
    fn lower_range_for(&mut self, stmt: &'a ast::StmtFor, step_sign: i64) {
        let range = self.lower_expr(&stmt.iter);
        self.at(stmt.range);
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
        let (head, body, next, orelse, exit) = (
            self.new_block(),
            self.new_block(),
            self.new_block(),
            self.new_block(),
            self.new_block(),
        );
        let fast = match step_sign {
            0 => super::counting::fast_body(stmt).then_some(0),
            _ => super::counting::fast_step(stmt),
        };
        match fast {
            Some(fast_step) => {
                let parts = super::counting::CountingLoop {
                    counter,
                    stop,
                    step,
                    general_head: head,
                    orelse,
                    exit,
                };
                self.lower_fast_range_loop(stmt, fast_step, &parts);
            }
            None => self.jump(head),
        }
        self.switch_to(head);
        self.range_head_test((counter, stop, step), step_sign, body, orelse);
        self.switch_to(body);
        let current = self.load_temp(counter);
        self.store_target(&stmt.target, current);
        self.lower_loop_body(&stmt.body, exit, next);
        self.jump(next);
        self.switch_to(next);
        self.at(stmt.range);
        let current = self.load_temp(counter);
        let increment = self.load_temp(step);
        let advanced = self.emit(Op::BinOp {
            op: crate::tir::BinOp::Add,
            lhs: current,
            rhs: increment,
        });
        self.store_local(counter, advanced);
        self.jump(head);
        self.switch_to(orelse);
        self.lower_body(&stmt.orelse);
        self.jump(exit);
        self.switch_to(exit);
    }

    fn lower_aug_assign(&mut self, assign: &'a ast::StmtAugAssign) {
        let op = super::expr::binop_code(assign.op);
        match assign.target.as_ref() {
            ast::Expr::Name(name) => {
                let current = self.load_name(name.id.as_str(), name.range);
                let rhs = self.lower_expr(&assign.value);
                self.at(assign.range);
                let value = self.emit(Op::InplaceBinOp {
                    op,
                    lhs: current,
                    rhs,
                });
                self.store_name(name.id.as_str(), value, name.range);
            }
            ast::Expr::Subscript(subscript) => {
                self.reject_namespace_write(&subscript.value, subscript.range);
                let obj = self.lower_expr(&subscript.value);
                let key = self.lower_expr(&subscript.slice);
                self.at(subscript.range);
                let current = self.emit(Op::GetItem { obj, key });
                let rhs = self.lower_expr(&assign.value);
                self.at(assign.range);
                let value = self.emit(Op::InplaceBinOp {
                    op,
                    lhs: current,
                    rhs,
                });
                self.emit_void(Op::SetItem { obj, key, value });
            }
            ast::Expr::Attribute(attribute) => {
                let obj = self.lower_expr(&attribute.value);
                let name = self.lw.str_const(attribute.attr.as_str());
                self.at_attribute(attribute);
                let current = self.emit(Op::GetAttr { obj, name });
                let rhs = self.lower_expr(&assign.value);
                self.at(assign.range);
                let value = self.emit(Op::InplaceBinOp {
                    op,
                    lhs: current,
                    rhs,
                });
                self.at_attribute(attribute);
                self.emit_void(Op::SetAttr { obj, name, value });
            }
            other => {
                let span = self.span(super::expr::expr_range(other));
                self.lw.error(
                    DiagKind::InvalidSyntax {
                        message: format!(
                            "'{}' is an illegal expression for augmented assignment",
                            super::expr::expr_kind_name(other)
                        ),
                    },
                    span,
                );
            }
        }
    }

    /// Bind `value` to a name in the current scope.
    pub fn store_name(&mut self, name: &str, value: ValueId, range: ast::text_size::TextRange) {
        if self.class_body.is_some() {
            return self.store_class_body_name(name, value);
        }
        match self.resolve_name(name) {
            Some(NameRef::Local(local)) => self.store_local(local, value),
            Some(NameRef::Global(global)) => self.emit_void(Op::StoreGlobal { global, value }),
            Some(NameRef::Cell { local, .. }) => {
                let cell = self.load_temp(local);
                self.emit_void(Op::StoreCell { cell, value });
            }
            // The `nonlocal` statement was reported already.
            _ if self
                .scope
                .as_ref()
                .is_some_and(|scope| scope.nonlocals.iter().any(|(n, _)| n == name)) => {}
            _ => {
                // Every binding is found by the scope analysis; reaching here
                // means the analysis and lowering disagree.
                let span = self.span(range);
                self.lw.unsupported(
                    "this assignment target",
                    "typhon could not resolve its scope",
                    span,
                );
            }
        }
    }

    /// Assign `value` to an assignment target (name, item, attribute, or unpacking).
    pub fn store_target(&mut self, target: &'a ast::Expr, value: ValueId) {
        match target {
            ast::Expr::Name(name) => self.store_name(name.id.as_str(), value, name.range),
            // The starred element of a target list (`a, *rest = ...`).
            ast::Expr::Starred(starred) => self.store_target(&starred.value, value),
            ast::Expr::Subscript(subscript) => {
                self.reject_namespace_write(&subscript.value, subscript.range);
                let obj = self.lower_expr(&subscript.value);
                let key = self.lower_expr(&subscript.slice);
                self.at(subscript.range);
                self.emit_void(Op::SetItem { obj, key, value });
            }
            ast::Expr::Attribute(attribute) => {
                let obj = self.lower_expr(&attribute.value);
                let name = self.lw.str_const(attribute.attr.as_str());
                self.at_attribute(attribute);
                self.emit_void(Op::SetAttr { obj, name, value });
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, range, .. })
            | ast::Expr::List(ast::ExprList { elts, range, .. }) => {
                let n_starred = elts
                    .iter()
                    .filter(|e| matches!(e, ast::Expr::Starred(_)))
                    .count();
                if n_starred > 1 {
                    let span = self.span(*range);
                    let message = "multiple starred expressions in assignment".into();
                    self.lw.error(DiagKind::InvalidSyntax { message }, span);
                    return;
                }
                self.at(*range);
                let items = if n_starred == 1 {
                    self.unpack_starred(elts, value)
                } else {
                    self.emit_many(Op::Unpack(value), elts.len())
                };
                if elts.len() == 1 {
                    self.store_target(&elts[0], items[0]);
                    return;
                }
                // Later targets may be evaluated in new blocks: keep items in temps.
                let temps: Vec<_> = items
                    .iter()
                    .map(|item| {
                        let temp = self.temp("unpack");
                        self.store_local(temp, *item);
                        temp
                    })
                    .collect();
                for (element, temp) in elts.iter().zip(temps) {
                    let item = self.load_temp(temp);
                    self.store_target(element, item);
                }
            }
            other => {
                let span = self.span(super::expr::expr_range(other));
                self.lw.error(
                    DiagKind::InvalidSyntax {
                        message: format!("cannot assign to {}", super::expr::expr_kind_name(other)),
                    },
                    span,
                );
            }
        }
    }

    fn delete_target(&mut self, target: &'a ast::Expr) {
        match target {
            ast::Expr::Name(name) if self.class_body.is_some() => {
                self.delete_class_body_name(name.id.as_str());
            }
            ast::Expr::Name(name) => match self.resolve_name(name.id.as_str()) {
                Some(NameRef::Local(local)) => self.emit_void(Op::DelLocal(local)),
                Some(NameRef::Global(global)) => self.emit_void(Op::DelGlobal(global)),
                Some(NameRef::Cell { local, free }) => {
                    let cell = self.load_temp(local);
                    let name = self.lw.str_const(name.id.as_str());
                    self.emit_void(Op::DelCell { cell, name, free });
                }
                _ => {}
            },
            ast::Expr::Subscript(subscript) => {
                self.reject_namespace_write(&subscript.value, subscript.range);
                let obj = self.lower_expr(&subscript.value);
                let key = self.lower_expr(&subscript.slice);
                self.at(subscript.range);
                self.emit_void(Op::DelItem { obj, key });
            }
            ast::Expr::Tuple(tuple) => tuple.elts.iter().for_each(|e| self.delete_target(e)),
            ast::Expr::List(list) => list.elts.iter().for_each(|e| self.delete_target(e)),
            ast::Expr::Attribute(attribute) => {
                let obj = self.lower_expr(&attribute.value);
                let name = self.lw.str_const(attribute.attr.as_str());
                self.at_attribute(attribute);
                self.emit_void(Op::DelAttr { obj, name });
            }
            other => {
                let span = self.span(super::expr::expr_range(other));
                self.lw.error(
                    DiagKind::InvalidSyntax {
                        message: format!("cannot delete {}", super::expr::expr_kind_name(other)),
                    },
                    span,
                );
            }
        }
    }

    /// Emit the cleanups above `depth` (innermost first), as an early exit does.
    pub fn run_cleanups(&mut self, depth: usize) {
        let saved_stack = self.cleanups.clone();
        let saved_handler = self.handler;
        let saved_loops = std::mem::take(&mut self.loops);
        for level in (depth..saved_stack.len()).rev() {
            // A cleanup runs outside the region it protects: the cleanups
            // and loops inside that region are out of reach from it (a
            // `break` in a `finally` leaves the loop around the `try`).
            self.cleanups.truncate(level);
            self.loops = saved_loops
                .iter()
                .filter(|context| context.cleanup_depth <= level)
                .cloned()
                .collect();
            match &saved_stack[level] {
                Cleanup::Finally { body, handler } => {
                    self.handler = *handler;
                    let block = self.new_block();
                    self.jump(block);
                    self.switch_to(block);
                    self.lower_body(body);
                }
                Cleanup::HandlerExit(saved) => {
                    let saved = self.load_temp(*saved);
                    self.emit_void(Op::HandlerExit(saved));
                }
                Cleanup::UnbindName(name) => self.unbind_name(name),
                Cleanup::CloseIter(iter) => {
                    let iter = self.load_temp(*iter);
                    self.emit_void(Op::CloseIter(iter));
                }
                Cleanup::WithExit {
                    exit,
                    handler,
                    is_async,
                } => {
                    self.handler = *handler;
                    let block = self.new_block();
                    self.jump(block);
                    self.switch_to(block);
                    self.call_exit_with_nones(*exit, *is_async);
                }
            }
        }
        self.cleanups = saved_stack;
        self.loops = saved_loops;
        self.handler = saved_handler;
    }

    /// A module object for `dotted`, importing it (and its parents) first.
    pub(super) fn import_module(&mut self, dotted: &str) -> Option<ValueId> {
        let parts: Vec<&str> = dotted.split('.').collect();
        let mut result = None;
        for end in 1..=parts.len() {
            let name = parts[..end].join(".");
            let value = match self.lw.resolved.lookup(&name).cloned() {
                Some(ModuleRef::User(idx)) => self.emit(Op::ImportModule(ModuleId(idx as u32))),
                Some(ModuleRef::Native(idx)) => self.emit(Op::ImportNative(idx as u32)),
                None => return None,
            };
            if end > 1 {
                // `import a.b` makes `b` an attribute of package `a`.
                if let (Some(parent), Some(ModuleRef::User(_))) =
                    (result, self.lw.resolved.lookup(&parts[..end - 1].join(".")))
                {
                    let attr = self.lw.str_const(parts[end - 1]);
                    self.emit_void(Op::SetAttr {
                        obj: parent,
                        name: attr,
                        value,
                    });
                }
            }
            result = Some(value);
        }
        result
    }

    fn lower_import(&mut self, import: &'a ast::StmtImport) {
        for alias in &import.names {
            self.at(alias.range);
            let dotted = alias.name.to_string();
            let Some(module) = self.import_module(&dotted) else {
                continue;
            };
            match &alias.asname {
                Some(asname) => self.store_name(asname.as_str(), module, alias.range),
                None => {
                    let top = dotted.split('.').next().unwrap_or_default().to_string();
                    let top_module = if top == dotted {
                        module
                    } else {
                        self.import_module(&top).unwrap_or(module)
                    };
                    self.store_name(&top, top_module, alias.range);
                }
            }
        }
    }

    fn lower_import_from(&mut self, import: &'a ast::StmtImportFrom) {
        let absolute = absolute_module(self.lw.resolved, self.module, import);
        for alias in &import.names {
            self.at(alias.range);
            if alias.name.as_str() == "*" {
                self.lower_import_star(import, &absolute, alias);
                continue;
            }
            let target = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
            let submodule = if absolute.is_empty() {
                alias.name.to_string()
            } else {
                format!("{absolute}.{}", alias.name)
            };
            // CPython falls back to importing `pkg.name` when the package has
            // no such attribute; a resolved submodule wins here.
            let is_submodule = self.lw.resolved.lookup(&submodule).is_some();
            let value = if is_submodule {
                self.import_module(&submodule)
            } else {
                self.import_module(&absolute)
                    .map(|module| self.import_from(module, &absolute, alias.name.as_str()))
            };
            if let Some(value) = value {
                self.store_name(&target, value, alias.range);
            }
        }
    }
}

/// The dotted name of the module `from ... import` in module `module`
/// imports from (relative imports resolved against its package).
pub(super) fn absolute_module(
    resolved: &crate::resolve::Program,
    module: usize,
    import: &ast::StmtImportFrom,
) -> String {
    let level = import.level.map(|l| l.to_u32()).unwrap_or(0);
    let base = import
        .module
        .as_ref()
        .map(|m| m.to_string())
        .unwrap_or_default();
    if level == 0 {
        return base;
    }
    let package = &resolved.modules[module].package;
    let mut parts: Vec<String> = if package.is_empty() {
        vec![]
    } else {
        package.split('.').map(String::from).collect()
    };
    for _ in 1..level {
        parts.pop();
    }
    if !base.is_empty() {
        parts.push(base);
    }
    parts.join(".")
}

/// The value of an integer literal, possibly negated.
pub(super) fn constant_int(expr: &ast::Expr) -> Option<i64> {
    use num_traits::ToPrimitive;
    match expr {
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Int(value),
            ..
        }) => value.to_i64(),
        ast::Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::USub => {
            constant_int(&unary.operand).map(|v| -v)
        }
        _ => None,
    }
}

trait StmtRanges {
    fn test_range(&self) -> ast::text_size::TextRange;
}

impl StmtRanges for ast::StmtWhile {
    fn test_range(&self) -> ast::text_size::TextRange {
        super::expr::expr_range(&self.test)
    }
}

trait ForRanges {
    fn iter_range(&self) -> ast::text_size::TextRange;
}

impl ForRanges for ast::StmtFor {
    fn iter_range(&self) -> ast::text_size::TextRange {
        // CPython reports errors in the loop header on the `for` line.
        self.range
    }
}

fn describe_unsupported(stmt: &ast::Stmt) -> (&'static str, &'static str) {
    const LANGUAGE: &str =
        "planned with the language issue (classes, closures, generators, `with`)";
    match stmt {
        ast::Stmt::ClassDef(_) => ("classes", LANGUAGE),
        ast::Stmt::With(_) => ("`with` statements", LANGUAGE),
        ast::Stmt::Nonlocal(_) => ("`nonlocal`", LANGUAGE),
        ast::Stmt::TryStar(_) => ("`except*`", LANGUAGE),
        ast::Stmt::TypeAlias(_) => (
            "`type` aliases",
            "this is Python 3.12 syntax; typhon follows 3.11",
        ),
        _ => ("this statement", LANGUAGE),
    }
}

impl FnBuilder<'_, '_> {
    /// The value `from module import name` binds: `$import_from` raises
    /// CPython's `ImportError` naming the module's file when it is missing.
    /// A global the module binds is read from its slot (`Op::ModuleAttr`),
    /// so inference sees which global the name is.
    fn import_from(&mut self, module: ValueId, dotted: &str, name: &str) -> ValueId {
        let path = match self.lw.resolved.lookup(dotted).cloned() {
            Some(ModuleRef::User(idx)) => {
                let file = self.lw.resolved.modules[idx].file;
                let path = self.lw.resolved.sources.file(file).path.clone();
                let path = self.lw.str_const(&path);
                let path = self.emit(Op::Const(path));
                if self.lw.resolved.modules[idx]
                    .globals
                    .iter()
                    .any(|g| g == name)
                {
                    let global = self.lw.global(idx, name);
                    return self.emit(Op::ModuleAttr {
                        module,
                        global,
                        from: Some(path),
                    });
                }
                path
            }
            _ => self.emit(Op::None),
        };
        let name = self.lw.str_const(name);
        let name = self.emit(Op::Const(name));
        let helper = typhon_abi::builtin_index("$import_from").expect("ABI helper") as u32;
        let callee = self.emit(Op::Builtin(helper));
        self.emit(Op::Call {
            callee,
            args: vec![module, name, path],
            kwnames: None,
        })
    }
}
