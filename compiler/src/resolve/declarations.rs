//! The checks CPython's symbol table makes on `global` declarations, which
//! make a program a `SyntaxError` before any of it runs:
//!
//! ```python
//! def f(x):
//!     print(y)
//!     global x, y   # name 'x' is parameter and global
//!                   # name 'y' is used prior to global declaration
//! ```
//!
//! Each scope (the module body, each function body) is walked in source
//! order, remembering which names it has used, assigned and annotated so
//! far; a `global` statement naming one of them is an error at that
//! statement, with CPython's message. Assigning to `__debug__` is rejected
//! here too.

use std::collections::HashSet;

use rustpython_parser::text_size::TextRange;

use crate::syntax::ast;

/// Every declaration error in a module, as (message, range), in source order.
pub fn check_module(body: &[ast::Stmt]) -> Vec<(String, TextRange)> {
    let mut errors = Vec::new();
    check_scope(body, &[], &mut errors);
    errors
}

/// What one scope has seen so far.
#[derive(Default)]
struct Scope {
    params: HashSet<String>,
    used: HashSet<String>,
    assigned: HashSet<String>,
    annotated: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
}

/// Walk one scope's statements; nested function bodies are checked as
/// scopes of their own once their header has been seen.
fn check_scope(body: &[ast::Stmt], params: &[String], errors: &mut Vec<(String, TextRange)>) {
    let mut scope = Scope {
        params: params.iter().cloned().collect(),
        ..Scope::default()
    };
    let mut nested = Vec::new();
    for stmt in body {
        scope.stmt(stmt, &mut nested, errors);
    }
    for (def_body, def_params) in nested {
        check_scope(def_body, &def_params, errors);
    }
}

type Nested<'a> = Vec<(&'a [ast::Stmt], Vec<String>)>;

impl Scope {
    fn stmt<'a>(
        &mut self,
        stmt: &'a ast::Stmt,
        nested: &mut Nested<'a>,
        errors: &mut Vec<(String, TextRange)>,
    ) {
        match stmt {
            ast::Stmt::FunctionDef(def) => {
                // Decorators, defaults and annotations belong to this scope.
                for decorator in &def.decorator_list {
                    self.expr(decorator, errors);
                }
                let args = &def.args;
                let all_params = args
                    .posonlyargs
                    .iter()
                    .chain(&args.args)
                    .chain(&args.kwonlyargs);
                for param in all_params.clone() {
                    if let Some(default) = &param.default {
                        self.expr(default, errors);
                    }
                }
                let mut params: Vec<String> =
                    all_params.map(|param| param.def.arg.to_string()).collect();
                params.extend(args.vararg.iter().map(|arg| arg.arg.to_string()));
                params.extend(args.kwarg.iter().map(|arg| arg.arg.to_string()));
                if def.name.as_str() == "__debug__" || params.iter().any(|p| p == "__debug__") {
                    errors.push(("cannot assign to __debug__".into(), def.range));
                }
                self.assigned.insert(def.name.to_string());
                nested.push((&def.body, params));
            }
            ast::Stmt::ClassDef(def) => {
                for expr in def.decorator_list.iter().chain(&def.bases) {
                    self.expr(expr, errors);
                }
                self.assigned.insert(def.name.to_string());
                nested.push((&def.body, Vec::new()));
            }
            ast::Stmt::Global(global) => {
                for name in &global.names {
                    let name = name.to_string();
                    if let Some(message) = self.global_problem(&name) {
                        errors.push((message, global.range));
                    } else if self.nonlocals.contains(&name) {
                        errors.push((
                            format!("name '{name}' is nonlocal and global"),
                            global.range,
                        ));
                    }
                    self.globals.insert(name);
                }
            }
            ast::Stmt::Nonlocal(nonlocal) => {
                for name in &nonlocal.names {
                    let name = name.to_string();
                    if let Some(message) = self.nonlocal_problem(&name) {
                        errors.push((message, nonlocal.range));
                    } else if self.globals.contains(&name) {
                        errors.push((
                            format!("name '{name}' is nonlocal and global"),
                            nonlocal.range,
                        ));
                    }
                    self.nonlocals.insert(name);
                }
            }
            ast::Stmt::AnnAssign(assign) => {
                if let ast::Expr::Name(name) = assign.target.as_ref()
                    && assign.simple
                {
                    if self.globals.contains(name.id.as_str()) {
                        errors.push((
                            format!("annotated name '{}' can't be global", name.id),
                            assign.range,
                        ));
                    }
                    self.annotated.insert(name.id.to_string());
                }
                self.expr(&assign.annotation, errors);
                if let Some(value) = &assign.value {
                    self.expr(value, errors);
                    self.expr(&assign.target, errors);
                }
            }
            ast::Stmt::Import(import) => {
                for alias in &import.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    let top = name.split('.').next().unwrap_or_default();
                    self.assigned.insert(top.to_string());
                }
            }
            ast::Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.assigned.insert(name.to_string());
                }
            }
            ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => {
                if let Some(stmt) = crate::syntax::try_parts(stmt) {
                    self.stmts(stmt.body, nested, errors);
                    for handler in stmt.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        if let Some(kind) = &handler.type_ {
                            self.expr(kind, errors);
                        }
                        if let Some(name) = &handler.name {
                            self.assigned.insert(name.to_string());
                        }
                        self.stmts(&handler.body, nested, errors);
                    }
                    self.stmts(stmt.orelse, nested, errors);
                    self.stmts(stmt.finalbody, nested, errors);
                }
            }
            ast::Stmt::For(stmt) => {
                self.expr(&stmt.iter, errors);
                self.expr(&stmt.target, errors);
                self.stmts(&stmt.body, nested, errors);
                self.stmts(&stmt.orelse, nested, errors);
            }
            ast::Stmt::While(stmt) => {
                self.expr(&stmt.test, errors);
                self.stmts(&stmt.body, nested, errors);
                self.stmts(&stmt.orelse, nested, errors);
            }
            ast::Stmt::If(stmt) => {
                self.expr(&stmt.test, errors);
                self.stmts(&stmt.body, nested, errors);
                self.stmts(&stmt.orelse, nested, errors);
            }
            ast::Stmt::With(stmt) => {
                for item in &stmt.items {
                    self.expr(&item.context_expr, errors);
                    if let Some(vars) = &item.optional_vars {
                        self.expr(vars, errors);
                    }
                }
                self.stmts(&stmt.body, nested, errors);
            }
            ast::Stmt::Return(stmt) => {
                if let Some(value) = &stmt.value {
                    self.expr(value, errors);
                }
            }
            ast::Stmt::Delete(stmt) => stmt.targets.iter().for_each(|t| self.expr(t, errors)),
            ast::Stmt::Assign(stmt) => {
                self.expr(&stmt.value, errors);
                stmt.targets.iter().for_each(|t| self.expr(t, errors));
            }
            ast::Stmt::AugAssign(stmt) => {
                self.expr(&stmt.value, errors);
                self.expr(&stmt.target, errors);
            }
            ast::Stmt::Raise(stmt) => {
                for expr in stmt.exc.iter().chain(&stmt.cause) {
                    self.expr(expr, errors);
                }
            }
            ast::Stmt::Assert(stmt) => {
                self.expr(&stmt.test, errors);
                if let Some(msg) = &stmt.msg {
                    self.expr(msg, errors);
                }
            }
            ast::Stmt::Expr(stmt) => self.expr(&stmt.value, errors),
            // Everything else binds or uses nothing the checks care about,
            // or is rejected as unsupported elsewhere.
            _ => {}
        }
    }

    fn stmts<'a>(
        &mut self,
        body: &'a [ast::Stmt],
        nested: &mut Nested<'a>,
        errors: &mut Vec<(String, TextRange)>,
    ) {
        for stmt in body {
            self.stmt(stmt, nested, errors);
        }
    }

    /// CPython's complaint about declaring `name` global here, if any (the
    /// order of the tests is CPython's).
    fn global_problem(&self, name: &str) -> Option<String> {
        let problem = if self.params.contains(name) {
            "is parameter and global"
        } else if self.used.contains(name) {
            "is used prior to global declaration"
        } else if self.annotated.contains(name) {
            return Some(format!("annotated name '{name}' can't be global"));
        } else if self.assigned.contains(name) {
            "is assigned to before global declaration"
        } else {
            return None;
        };
        Some(format!("name '{name}' {problem}"))
    }

    /// CPython's complaint about declaring `name` nonlocal here, if any.
    fn nonlocal_problem(&self, name: &str) -> Option<String> {
        let problem = if self.params.contains(name) {
            "is parameter and nonlocal"
        } else if self.used.contains(name) {
            "is used prior to nonlocal declaration"
        } else if self.annotated.contains(name) {
            return Some(format!("annotated name '{name}' can't be nonlocal"));
        } else if self.assigned.contains(name) {
            "is assigned to before nonlocal declaration"
        } else {
            return None;
        };
        Some(format!("name '{name}' {problem}"))
    }

    /// Record the names an expression uses and binds in this scope.
    fn expr(&mut self, expr: &ast::Expr, errors: &mut Vec<(String, TextRange)>) {
        visit_names(expr, &mut |name| match name.ctx {
            ast::ExprContext::Load => {
                self.used.insert(name.id.to_string());
            }
            ast::ExprContext::Store | ast::ExprContext::Del => {
                if name.id.as_str() == "__debug__" {
                    let verb = if name.ctx == ast::ExprContext::Del {
                        "delete"
                    } else {
                        "assign to"
                    };
                    errors.push((format!("cannot {verb} __debug__"), name.range));
                }
                self.assigned.insert(name.id.to_string());
            }
        });
    }
}

/// Call `visit` on every name an expression evaluates or binds in the
/// current scope (a lambda's body and a comprehension's inner parts are
/// scopes of their own).
fn visit_names(expr: &ast::Expr, visit: &mut dyn FnMut(&ast::ExprName)) {
    match expr {
        ast::Expr::Name(name) => visit(name),
        ast::Expr::Lambda(lambda) => {
            let args = &lambda.args;
            let defaults = args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .chain(&args.kwonlyargs)
                .filter_map(|param| param.default.as_deref());
            for default in defaults {
                visit_names(default, visit);
            }
        }
        ast::Expr::ListComp(ast::ExprListComp { generators, .. })
        | ast::Expr::SetComp(ast::ExprSetComp { generators, .. })
        | ast::Expr::DictComp(ast::ExprDictComp { generators, .. })
        | ast::Expr::GeneratorExp(ast::ExprGeneratorExp { generators, .. }) => {
            // Only the outermost iterable is evaluated in this scope.
            if let Some(first) = generators.first() {
                visit_names(&first.iter, visit);
            }
        }
        _ => super::walk::for_each_child(expr, &mut |child| visit_names(child, visit)),
    }
}

#[cfg(test)]
mod tests {
    fn check(source: &str, expected: &[&str]) {
        let body = crate::syntax::parse_module(source, "t.py", crate::diag::FileId(0))
            .unwrap_or_else(|_| panic!("test source does not parse"));
        let found: Vec<String> = super::check_module(&body)
            .into_iter()
            .map(|(message, _)| message)
            .collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn global_declarations() {
        check("x = 1\ndef f():\n    global x\n    x = 2\n", &[]);
        check(
            "def f(a):\n    global a\n",
            &["name 'a' is parameter and global"],
        );
        check(
            "def f():\n    print(y)\n    global y\n",
            &["name 'y' is used prior to global declaration"],
        );
        check(
            "def f():\n    y = 1\n    global y\n",
            &["name 'y' is assigned to before global declaration"],
        );
        check(
            "y = 1\nglobal y\n",
            &["name 'y' is assigned to before global declaration"],
        );
        check(
            "def f():\n    global y\n    y: int = 1\n",
            &["annotated name 'y' can't be global"],
        );
        // A nested function's names are its own.
        check("def f():\n    def g():\n        y = 1\n    global y\n", &[]);
        check("__debug__ = 1\n", &["cannot assign to __debug__"]);
    }

    #[test]
    fn nonlocal_declarations() {
        let wrap = |body: &str| format!("def f(a):\n    x = 1\n    def g(p):\n{body}");
        check(&wrap("        nonlocal x\n        x = 2\n"), &[]);
        check(
            &wrap("        nonlocal p\n"),
            &["name 'p' is parameter and nonlocal"],
        );
        check(
            &wrap("        print(x)\n        nonlocal x\n"),
            &["name 'x' is used prior to nonlocal declaration"],
        );
        check(
            &wrap("        x = 3\n        nonlocal x\n"),
            &["name 'x' is assigned to before nonlocal declaration"],
        );
        check(
            &wrap("        global x\n        nonlocal x\n"),
            &["name 'x' is nonlocal and global"],
        );
    }
}
