//! A function's `co_varnames` in CPython's order: its parameters, then its
//! other local variables in the order CPython's symbol table first meets
//! them (a read before the assignment counts), without the locals that
//! live in cells for nested scopes (`co_cellvars`).
//!
//! The walk follows `symtable.c`'s visiting order where it differs from
//! evaluation order: assignment targets before the value, a `def`'s or
//! `class`'s name before its defaults and decorators, a `try`'s `else`
//! before its handlers, a dict display's keys before its values. Nested
//! function, lambda, class and comprehension bodies are other scopes;
//! only what the enclosing scope evaluates of them is visited (defaults,
//! decorators, bases, a comprehension's first iterable and its walrus
//! targets, which bind here).

use super::closure;
use crate::syntax::ast;

/// `co_varnames` of a `def` with these parameters and body.
pub fn function(args: &ast::Arguments, body: &[ast::Stmt]) -> Vec<String> {
    let scope = super::scope::function_scope(args, body);
    let cells = closure::function(args, body).cells;
    let mut order = Order::default();
    order.stmts(body);
    finish(closure::parameter_names(args), order.names, |name| {
        scope.locals.iter().any(|local| local == name) && !cells.iter().any(|cell| cell == name)
    })
}

/// `co_varnames` of a lambda (its parameters and walrus targets).
pub fn lambda(lambda: &ast::ExprLambda) -> Vec<String> {
    let params = closure::parameter_names(&lambda.args);
    let cells = closure::lambda(lambda).cells;
    let mut bound = Vec::new();
    super::bindings::expr_walrus_targets(&lambda.body, &mut bound);
    let mut order = Order::default();
    order.expr(&lambda.body);
    finish(params, order.names, |name| {
        bound.iter().any(|b| b == name) && !cells.iter().any(|cell| cell == name)
    })
}

fn finish(params: Vec<String>, met: Vec<String>, local: impl Fn(&str) -> bool) -> Vec<String> {
    let mut names = params;
    for name in met {
        if local(&name) && !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// Names in first-met order.
#[derive(Default)]
struct Order {
    names: Vec<String>,
}

impl Order {
    fn add(&mut self, name: &str) {
        if !self.names.iter().any(|n| n == name) {
            self.names.push(name.to_string());
        }
    }

    fn stmts(&mut self, body: &[ast::Stmt]) {
        body.iter().for_each(|stmt| self.stmt(stmt));
    }

    fn exprs<'e>(&mut self, exprs: impl IntoIterator<Item = &'e ast::Expr>) {
        exprs.into_iter().for_each(|expr| self.expr(expr));
    }

    fn arguments_outside(&mut self, args: &ast::Arguments) {
        let params = || args.posonlyargs.iter().chain(&args.args);
        self.exprs(params().filter_map(|p| p.default.as_deref()));
        self.exprs(args.kwonlyargs.iter().filter_map(|p| p.default.as_deref()));
    }

    fn stmt(&mut self, stmt: &ast::Stmt) {
        match stmt {
            ast::Stmt::FunctionDef(def) => {
                self.add(def.name.as_str());
                self.arguments_outside(&def.args);
                self.exprs(&def.decorator_list);
            }
            ast::Stmt::ClassDef(def) => {
                self.add(def.name.as_str());
                self.exprs(&def.bases);
                self.exprs(def.keywords.iter().map(|k| &k.value));
                self.exprs(&def.decorator_list);
            }
            ast::Stmt::Return(s) => self.exprs(s.value.as_deref()),
            ast::Stmt::Delete(s) => self.exprs(&s.targets),
            ast::Stmt::Assign(s) => {
                self.exprs(&s.targets);
                self.expr(&s.value);
            }
            ast::Stmt::AugAssign(s) => {
                self.expr(&s.target);
                self.expr(&s.value);
            }
            ast::Stmt::AnnAssign(s) => {
                self.expr(&s.target);
                self.expr(&s.annotation);
                self.exprs(s.value.as_deref());
            }
            ast::Stmt::For(s) => {
                self.expr(&s.target);
                self.expr(&s.iter);
                self.stmts(&s.body);
                self.stmts(&s.orelse);
            }
            ast::Stmt::While(s) => {
                self.expr(&s.test);
                self.stmts(&s.body);
                self.stmts(&s.orelse);
            }
            ast::Stmt::If(s) => {
                self.expr(&s.test);
                self.stmts(&s.body);
                self.stmts(&s.orelse);
            }
            ast::Stmt::With(s) => {
                for item in &s.items {
                    self.expr(&item.context_expr);
                    self.exprs(item.optional_vars.as_deref());
                }
                self.stmts(&s.body);
            }
            ast::Stmt::Match(s) => {
                self.expr(&s.subject);
                for case in &s.cases {
                    let mut captures = Vec::new();
                    super::bindings::pattern_names(&case.pattern, &mut captures);
                    captures.iter().for_each(|name| self.add(name));
                    super::bindings::pattern_exprs(&case.pattern, &mut |e| self.expr(e));
                    self.exprs(case.guard.as_deref());
                    self.stmts(&case.body);
                }
            }
            ast::Stmt::Raise(s) => {
                self.exprs(s.exc.as_deref());
                self.exprs(s.cause.as_deref());
            }
            ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => {
                if let Some(parts) = crate::syntax::try_parts(stmt) {
                    self.stmts(parts.body);
                    self.stmts(parts.orelse);
                    for handler in parts.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        self.exprs(handler.type_.as_deref());
                        if let Some(name) = &handler.name {
                            self.add(name);
                        }
                        self.stmts(&handler.body);
                    }
                    self.stmts(parts.finalbody);
                }
            }
            ast::Stmt::Assert(s) => {
                self.expr(&s.test);
                self.exprs(s.msg.as_deref());
            }
            ast::Stmt::Import(s) => {
                for alias in &s.names {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.add(bound.split('.').next().unwrap_or_default());
                }
            }
            ast::Stmt::ImportFrom(s) => {
                for alias in &s.names {
                    self.add(alias.asname.as_ref().unwrap_or(&alias.name));
                }
            }
            ast::Stmt::Expr(s) => self.expr(&s.value),
            _ => {}
        }
    }

    fn expr(&mut self, expr: &ast::Expr) {
        match expr {
            ast::Expr::Name(name) => self.add(name.id.as_str()),
            ast::Expr::Lambda(e) => self.arguments_outside(&e.args),
            ast::Expr::NamedExpr(e) => {
                self.expr(&e.value);
                self.expr(&e.target);
            }
            ast::Expr::Dict(e) => {
                self.exprs(e.keys.iter().flatten());
                self.exprs(&e.values);
            }
            ast::Expr::ListComp(e) => self.comprehension(&e.generators, &[&e.elt]),
            ast::Expr::SetComp(e) => self.comprehension(&e.generators, &[&e.elt]),
            ast::Expr::GeneratorExp(e) => self.comprehension(&e.generators, &[&e.elt]),
            ast::Expr::DictComp(e) => self.comprehension(&e.generators, &[&e.key, &e.value]),
            _ => super::walk::for_each_child(expr, &mut |child| self.expr(child)),
        }
    }

    /// The first iterable is evaluated here; walrus targets inside bind here.
    fn comprehension(&mut self, generators: &[ast::Comprehension], elements: &[&ast::Expr]) {
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let mut bound = Vec::new();
        for element in elements {
            super::bindings::expr_walrus_targets(element, &mut bound);
        }
        for generator in generators {
            generator
                .ifs
                .iter()
                .for_each(|e| super::bindings::expr_walrus_targets(e, &mut bound));
        }
        bound.iter().for_each(|name| self.add(name));
    }
}
