//! Function definitions and module bodies.
//!
//! A `def` evaluates its defaults when it runs, lowers its body into a new
//! TIR function (with a generic entry, since any function can escape as a
//! value), and binds a function object to its name. Defaults of
//! direct-callable functions are also kept in hidden globals, which direct
//! calls read.

use super::builder::FnBuilder;
use super::closures::NestedSpec;
use crate::diag::DiagKind;
use crate::resolve::{closure, scope};
use crate::syntax::ast;
use crate::tir::{Op, Terminator};

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
        self.store_file_dunders();
        if self.lw.resolved.modules[self.module]
            .globals
            .iter()
            .any(|global| global == "__annotations__")
        {
            let global = self.lw.global(self.module, "__annotations__");
            let value = self.emit(Op::BuildDict(Vec::new()));
            self.emit_void(Op::StoreGlobal { global, value });
        }
        self.init_direct_guards();
        self.lower_body(body);
    }

    /// Before its `def` runs, a guard global holds a fresh object no
    /// global can hold, so a guarded call of a name bound some other way
    /// (through `setattr`) goes the generic way.
    fn init_direct_guards(&mut self) {
        // The module's own guards: a name another module's function is
        // imported under shares that module's guard, set by its `def`.
        let own = crate::tir::ModuleId(self.module as u32);
        let mut guards: Vec<_> = (self.lw.direct.values())
            .filter_map(|direct| direct.guard)
            .filter(|guard| self.lw.out.globals[*guard].module == own)
            .collect();
        if guards.is_empty() {
            return;
        }
        guards.sort();
        guards.dedup();
        let class = self.builtin_object("object");
        let sentinel = self.emit(Op::Call {
            callee: class,
            args: Vec::new(),
            kwnames: None,
        });
        for global in guards {
            self.emit_void(Op::StoreGlobal {
                global,
                value: sentinel,
            });
        }
    }

    /// `__package__` and `__file__`, when `resolve::file_attribute` made
    /// them globals.
    fn store_file_dunders(&mut self) {
        let module = &self.lw.resolved.modules[self.module];
        let is_main = self.module == self.lw.resolved.main;
        let package = (!is_main).then(|| module.package.clone());
        let file_path = module.file_path.clone();
        let has = |name: &str| module.globals.iter().any(|global| global == name);
        let (has_package, has_file) = (has("__package__"), has("__file__"));
        if has_package {
            let global = self.lw.global(self.module, "__package__");
            let value = match package {
                Some(package) => {
                    let text = self.lw.str_const(&package);
                    self.emit(Op::Const(text))
                }
                None => self.emit(Op::None),
            };
            self.emit_void(Op::StoreGlobal { global, value });
        }
        if has_file {
            let global = self.lw.global(self.module, "__file__");
            let value = match file_path {
                Some(path) => {
                    let text = self.lw.str_const(&path);
                    self.emit(Op::Const(text))
                }
                None => self.emit(Op::None),
            };
            self.emit_void(Op::StoreGlobal { global, value });
        }
    }

    pub fn lower_function_def(&mut self, def: &'a ast::StmtFunctionDef) {
        self.at(def.range);
        // Decorators first, then defaults, as CPython evaluates them.
        let decorators: Vec<_> = def
            .decorator_list
            .iter()
            .map(|decorator| {
                let range = super::expr::expr_range(decorator);
                (self.lower_expr(decorator), range)
            })
            .collect();
        self.at(def.range);
        let args = &def.args;
        let name = def.name.to_string();
        let (defaults, kwdefaults) = self.lower_defaults(args);
        let annotations = self.lower_function_annotations(args, def.returns.as_deref());
        self.at(def.range);

        let direct = if self.scope.is_none() && self.class_body.is_none() {
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
            for (name, global) in &direct.kwonly {
                let value = kwdefaults.iter().find(|(kw, _)| kw == name);
                if let (Some(global), Some((_, value))) = (global, value) {
                    self.emit_void(Op::StoreGlobal {
                        global: *global,
                        value: *value,
                    });
                }
            }
        }

        let func_scope = scope::function_scope(args, &def.body);
        let params = closure::parameter_names(args);
        let closure = closure::function(args, &def.body);
        let cellvars = closure.cells.clone();
        let spec = NestedSpec {
            name: name.clone(),
            closure,
            locals: func_scope.locals,
            params,
            // A parameter is bound on entry; reads need no check unless the
            // body can unbind it (`del x`, `except E as x`).
            unbound: scope::unbound_names(&def.body),
            escapes: true,
            shape: closure::parameter_shape(args),
            func_id: direct.as_ref().map(|direct| direct.func).or_else(|| {
                // This scope's own nested function, reserved for direct calls.
                let local = self.local_direct.get(&name)?;
                let own = self.locals.contains_key(&name);
                own.then_some(local.direct.func)
            }),
            globals: func_scope.globals,
            nonlocals: &func_scope.nonlocals,
        };
        let (func_id, free) = self.lower_nested(spec, |inner| {
            inner.func.is_generator = super::generators::contains_yield(&def.body);
            if crate::syntax::asyncs::is_async(&def.type_comment) {
                inner.mark_async_def();
            }
            inner.register_local_defs(&def.body);
            inner.lower_body(&def.body)
        });
        self.at(def.range);
        let function = self.make_function_object(func_id, &free, defaults);
        self.set_kwdefaults(function, &kwdefaults);
        self.set_annotations(function, annotations);
        if self.lw.wants_code {
            use super::code::{CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR};
            let is_generator = super::generators::contains_yield(&def.body);
            let is_async = crate::syntax::asyncs::is_async(&def.type_comment);
            let kind = match (is_async, is_generator) {
                (false, true) => CO_GENERATOR,
                (true, false) => CO_COROUTINE,
                (true, true) => CO_ASYNC_GENERATOR,
                (false, false) => 0,
            };
            let first = decorators.first().map_or(def.range, |(_, range)| *range);
            let facts = super::code::CodeFacts {
                name: name.clone(),
                varnames: crate::resolve::varnames::function(args, &def.body),
                first_offset: first.start().into(),
                flags: super::code::parameter_flags(args) | kind,
                args: (**args).clone(),
                cellvars,
                freevars: free.clone(),
            };
            self.set_code(function, func_id, facts);
        }
        // `__module__` is the defining module's name; `__doc__` the
        // docstring, when the body starts with a string literal.
        let module_name = self.lw.resolved.modules[self.module].name.clone();
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
        if let Some(guard) = direct.as_ref().and_then(|direct| direct.guard) {
            self.emit_void(Op::StoreGlobal {
                global: guard,
                value: function,
            });
        }
        let value = self.apply_decorators(&decorators, function);
        self.store_name(&name, value, def.range);
    }

    pub fn lower_return(&mut self, stmt: &'a ast::StmtReturn) {
        if self.scope.is_none() || self.class_body.is_some() {
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
pub(super) fn docstring(body: &[ast::Stmt]) -> Option<&str> {
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
