//! Function definitions and module bodies.
//!
//! A `def` evaluates its defaults when it runs, lowers its body into a new
//! TIR function (with a generic entry, since any function can escape as a
//! value), and binds a function object to its name. Defaults of
//! direct-callable functions are also kept in hidden globals, which direct
//! calls read.

use super::builder::FnBuilder;
use crate::diag::DiagKind;
use crate::resolve::scope;
use crate::syntax::ast;
use crate::tir::{GenericEntry, Op, Terminator};

impl<'l, 'a> FnBuilder<'l, 'a> {
    pub fn lower_module_body(&mut self, body: &'a [ast::Stmt]) {
        let name_global = self.lw.global(self.module, "__name__");
        let module_name = self.lw.resolved.modules[self.module].name.clone();
        let name_const = self.lw.str_const(&module_name);
        let value = self.emit(Op::Const(name_const));
        self.emit_void(Op::StoreGlobal {
            global: name_global,
            value,
        });
        let doc_global = self.lw.global(self.module, "__doc__");
        let value = match docstring(body) {
            Some(text) => {
                let text = self.lw.str_const(text);
                self.emit(Op::Const(text))
            }
            None => self.emit(Op::None),
        };
        self.emit_void(Op::StoreGlobal {
            global: doc_global,
            value,
        });
        self.lower_body(body);
    }

    pub fn lower_function_def(&mut self, def: &'a ast::StmtFunctionDef) {
        self.at(def.range);
        let span = self.span(def.range);
        if !def.decorator_list.is_empty() {
            let span = self.span(super::expr::expr_range(&def.decorator_list[0]));
            self.lw
                .unsupported("decorators", "planned with the language issue", span);
            return;
        }
        let args = &def.args;
        if args.vararg.is_some()
            || args.kwarg.is_some()
            || !args.kwonlyargs.is_empty()
            || !args.posonlyargs.is_empty()
        {
            self.lw.unsupported(
                "`*args`, `**kwargs`, keyword-only and positional-only parameters",
                "planned with the language issue",
                span,
            );
            return;
        }
        let name = def.name.to_string();
        let defaults: Vec<_> = args
            .args
            .iter()
            .filter_map(|param| param.default.as_deref())
            .map(|d| self.lower_expr(d))
            .collect();
        self.at(def.range);

        let direct = if self.scope.is_none() {
            self.lw.direct.get(&(self.module, name.clone())).cloned()
        } else {
            None
        };
        if let Some(direct) = &direct {
            for (global, value) in direct.default_globals.iter().zip(&defaults) {
                self.emit_void(Op::StoreGlobal {
                    global: *global,
                    value: *value,
                });
            }
        }

        let func_scope = scope::function_scope(args, &def.body);
        // `nonlocal` itself is reported where the statement is lowered.
        let mut enclosing = self.enclosing.clone();
        if let Some(own) = &self.scope {
            enclosing.extend(own.locals.iter().cloned());
        }
        let line = self.line;
        let params: Vec<String> = args.args.iter().map(|p| p.def.arg.to_string()).collect();
        let param_names = self.lw.names_tuple(&params);
        let qualname = if self.scope.is_some() {
            format!("{}.<locals>.{name}", self.qualname)
        } else {
            name.clone()
        };
        // The function object gets its qualified name; the runtime derives
        // `__name__` from its last part.
        let name_const = self.lw.str_const(&qualname);
        let module = self.module;

        let mut inner = FnBuilder::new(self.lw, module, Some(func_scope), name.clone(), line);
        inner.enclosing = enclosing;
        inner.qualname = qualname;
        // A parameter is bound on entry; reads need no check unless the body
        // can unbind it (`del x`, `except E as x`).
        let unbound = scope::unbound_names(&def.body);
        for param in &params {
            let local = inner.locals[param];
            inner.func.params.push(local);
            if !unbound.contains(param) {
                inner.always_bound.push(local);
            }
        }
        inner.func.generic = Some(GenericEntry {
            param_names,
            name: name_const,
        });
        inner.func.is_generator = super::generators::contains_yield(&def.body);
        inner.lower_body(&def.body);
        let mut func = inner.finish();

        let func_id = match &direct {
            Some(direct) => direct.func,
            None => self
                .lw
                .out
                .functions
                .push(super::placeholder_function(module)),
        };
        func.symbol = format!(
            "{}${}${}",
            super::symbol_safe(&self.lw.resolved.modules[module].name),
            super::symbol_safe(&name),
            func_id.0
        );
        self.lw.out.functions[func_id] = func;

        let defaults_tuple = self.emit(Op::BuildTuple(defaults));
        let function = self.emit(Op::MakeFunction {
            func: func_id,
            defaults: defaults_tuple,
        });
        // `__module__` is the defining module's name; `__doc__` the
        // docstring, when the body starts with a string literal.
        let module_name = self.lw.resolved.modules[module].name.clone();
        let attributes = [
            ("__module__", Some(module_name)),
            ("__doc__", docstring(&def.body).map(str::to_string)),
        ];
        for (attribute, text) in attributes {
            if let Some(text) = text {
                let name = self.lw.str_const(attribute);
                let text = self.lw.str_const(&text);
                let value = self.emit(Op::Const(text));
                self.emit_void(Op::SetAttr {
                    obj: function,
                    name,
                    value,
                });
            }
        }
        self.store_name(&name, function, def.range);
    }

    pub fn lower_return(&mut self, stmt: &'a ast::StmtReturn) {
        if self.scope.is_none() {
            let span = self.span(stmt.range);
            self.lw.error(
                DiagKind::InvalidSyntax {
                    message: "'return' outside function".into(),
                },
                span,
            );
            return;
        }
        let value = match &stmt.value {
            Some(value) => self.lower_expr(value),
            None => self.emit(Op::None),
        };
        if self.cleanups.is_empty() {
            self.terminate(Terminator::Return(value));
            return;
        }
        // Run every pending `finally` (innermost first) before returning.
        let saved = self.temp("ret");
        self.store_local(saved, value);
        self.run_cleanups(0);
        let value = self.load_temp(saved);
        self.terminate(Terminator::Return(value));
    }
}

/// The docstring of a module or function body: a string literal as its
/// first statement.
fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    let Some(ast::Stmt::Expr(ast::StmtExpr { value, .. })) = body.first() else {
        return None;
    };
    match value.as_ref() {
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(text),
            ..
        }) => Some(text),
        _ => None,
    }
}
