//! Free variables and cell variables, following CPython's symbol table.
//!
//! A name used in a function (or lambda, or comprehension) that the scope
//! does not bind and does not declare `global` is *free* there: it refers
//! to a variable of the nearest enclosing function that binds it, or else
//! to a global or builtin. A local that some nested scope uses freely is a
//! *cell variable*: it lives in a heap cell that the nested function's
//! closure shares, so assignments on either side are seen by the other.
//!
//! Class bodies are scopes too, but functions nested in a class do not see
//! the class's names: a method's free names pass through the class body to
//! the function around it.
//!
//! The candidates computed here are filtered by the lowering against the
//! names the enclosing functions bind (whatever is left is global).

use std::collections::HashSet;

use super::scope;
use crate::syntax::ast;

/// What a scope shares with the scopes around it and inside it.
#[derive(Debug, Default, Clone)]
pub struct Closure {
    /// Locals used freely by a nested scope (they need cells), in the order
    /// of the scope's locals.
    pub cells: Vec<String>,
    /// Names used here or in nested scopes and not bound here (free
    /// variables once filtered by the enclosing functions' bindings), in
    /// first-use order.
    pub free: Vec<String>,
}

/// The closure of a `def` with these parameters and body.
pub fn function(args: &ast::Arguments, body: &[ast::Stmt]) -> Closure {
    let own = scope::function_scope(args, body);
    let mut uses = Uses::default();
    for (name, _) in &own.nonlocals {
        uses.add(name);
    }
    uses.stmts(body);
    finish(uses, &own.locals, &own.globals)
}

/// The closure of a lambda.
pub fn lambda(lambda: &ast::ExprLambda) -> Closure {
    let mut locals = parameter_names(&lambda.args);
    super::bindings::expr_walrus_targets(&lambda.body, &mut locals);
    let mut uses = Uses::default();
    uses.expr(&lambda.body);
    finish(uses, &locals, &HashSet::new())
}

/// The closure of a comprehension: its targets are its locals, and every
/// part except the first iterable (evaluated outside) is inside it.
pub fn comprehension(generators: &[ast::Comprehension], elements: &[&ast::Expr]) -> Closure {
    let locals = comprehension_locals(generators);
    let mut uses = Uses::default();
    for (idx, generator) in generators.iter().enumerate() {
        if idx > 0 {
            uses.expr(&generator.iter);
        }
        uses.expr(&generator.target);
        for condition in &generator.ifs {
            uses.expr(condition);
        }
    }
    for element in elements {
        uses.expr(element);
    }
    finish(uses, &locals, &HashSet::new())
}

/// The names a comprehension binds: its `for` targets, in order.
pub fn comprehension_locals(generators: &[ast::Comprehension]) -> Vec<String> {
    let mut locals = Vec::new();
    for generator in generators {
        target_names(&generator.target, &mut locals);
    }
    locals
}

/// Parameter names in CPython's order (`co_varnames`): positional-only,
/// positional, keyword-only, `*args`, `**kwargs`.
pub fn parameter_names(args: &ast::Arguments) -> Vec<String> {
    let mut names: Vec<String> = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs)
        .map(|param| param.def.arg.to_string())
        .collect();
    names.extend(args.vararg.iter().map(|arg| arg.arg.to_string()));
    names.extend(args.kwarg.iter().map(|arg| arg.arg.to_string()));
    names
}

/// The parameter kinds packed as the runtime's `Shape::unpack` reads them.
pub fn parameter_shape(args: &ast::Arguments) -> i64 {
    (args.posonlyargs.len() as i64 & 0xffff)
        | ((args.kwonlyargs.len() as i64 & 0xffff) << 16)
        | ((args.vararg.is_some() as i64) << 32)
        | ((args.kwarg.is_some() as i64) << 33)
}

fn finish(uses: Uses, locals: &[String], globals: &HashSet<String>) -> Closure {
    let cells = locals
        .iter()
        .filter(|name| uses.nested.contains(name.as_str()))
        .cloned()
        .collect();
    let free = uses
        .order
        .into_iter()
        .filter(|name| !locals.contains(name) && !globals.contains(name))
        .collect();
    Closure { cells, free }
}

fn target_names(target: &ast::Expr, res: &mut Vec<String>) {
    match target {
        ast::Expr::Name(name) if !res.iter().any(|n| n == name.id.as_str()) => {
            res.push(name.id.to_string());
        }
        ast::Expr::Tuple(tuple) => tuple.elts.iter().for_each(|e| target_names(e, res)),
        ast::Expr::List(list) => list.elts.iter().for_each(|e| target_names(e, res)),
        ast::Expr::Starred(starred) => target_names(&starred.value, res),
        _ => {}
    }
}

/// Names a scope uses, its own and its nested scopes' free ones.
#[derive(Default)]
struct Uses {
    /// Every name in first-use order (own uses and nested free names).
    order: Vec<String>,
    seen: HashSet<String>,
    /// Free names of nested scopes.
    nested: HashSet<String>,
}

impl Uses {
    fn add(&mut self, name: &str) {
        if self.seen.insert(name.to_string()) {
            self.order.push(name.to_string());
        }
    }

    fn add_nested(&mut self, closure: Closure) {
        for name in closure.free {
            self.add(&name);
            self.nested.insert(name);
        }
    }

    fn stmts(&mut self, body: &[ast::Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &ast::Stmt) {
        super::walk::for_each_stmt_expr(stmt, &mut |expr| self.expr(expr));
        match stmt {
            ast::Stmt::FunctionDef(def) => self.add_nested(function(&def.args, &def.body)),
            ast::Stmt::ClassDef(def) => self.add_nested(class_body(&def.body)),
            ast::Stmt::Nonlocal(stmt) => stmt.names.iter().for_each(|name| self.add(name)),
            ast::Stmt::For(stmt) => {
                self.stmts(&stmt.body);
                self.stmts(&stmt.orelse);
            }
            ast::Stmt::While(stmt) => {
                self.stmts(&stmt.body);
                self.stmts(&stmt.orelse);
            }
            ast::Stmt::If(stmt) => {
                self.stmts(&stmt.body);
                self.stmts(&stmt.orelse);
            }
            ast::Stmt::With(stmt) => self.stmts(&stmt.body),
            ast::Stmt::Match(stmt) => {
                for case in &stmt.cases {
                    let mut captures = Vec::new();
                    super::bindings::pattern_names(&case.pattern, &mut captures);
                    captures.iter().for_each(|name| self.add(name));
                    self.stmts(&case.body);
                }
            }
            ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => {
                if let Some(stmt) = crate::syntax::try_parts(stmt) {
                    self.stmts(stmt.body);
                    for handler in stmt.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        if let Some(name) = &handler.name {
                            self.add(name);
                        }
                        self.stmts(&handler.body);
                    }
                    self.stmts(stmt.orelse);
                    self.stmts(stmt.finalbody);
                }
            }
            _ => {}
        }
    }

    fn expr(&mut self, expr: &ast::Expr) {
        match expr {
            ast::Expr::Name(name) => {
                self.add(name.id.as_str());
                // CPython's symbol table: `super` implies the `__class__`
                // cell (zero-argument `super()` reads it).
                if name.id.as_str() == "super" {
                    self.add("__class__");
                }
            }
            ast::Expr::Lambda(e) => {
                let args = &e.args;
                for param in args
                    .posonlyargs
                    .iter()
                    .chain(&args.args)
                    .chain(&args.kwonlyargs)
                {
                    if let Some(default) = &param.default {
                        self.expr(default);
                    }
                }
                self.add_nested(lambda(e));
            }
            ast::Expr::ListComp(e) => self.comprehension(&e.generators, &[&e.elt]),
            ast::Expr::SetComp(e) => self.comprehension(&e.generators, &[&e.elt]),
            ast::Expr::GeneratorExp(e) => self.comprehension(&e.generators, &[&e.elt]),
            ast::Expr::DictComp(e) => self.comprehension(&e.generators, &[&e.key, &e.value]),
            _ => super::walk::for_each_child(expr, &mut |child| self.expr(child)),
        }
    }

    fn comprehension(&mut self, generators: &[ast::Comprehension], elements: &[&ast::Expr]) {
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        self.add_nested(comprehension(generators, elements));
    }
}

/// A class body's free names: its own uses of names it does not bind, and
/// every free name of the functions in it (which skip the class scope).
fn class_body(body: &[ast::Stmt]) -> Closure {
    let mut bound = Vec::new();
    let own = scope::function_scope(&ast::Arguments::empty(Default::default()), body);
    bound.extend(own.locals.iter().cloned());
    let mut uses = Uses::default();
    uses.stmts(body);
    let free = uses
        .order
        .into_iter()
        .filter(|name| uses.nested.contains(name) || !bound.contains(name))
        .filter(|name| !own.globals.contains(name))
        .collect();
    Closure {
        cells: Vec::new(),
        free,
    }
}
