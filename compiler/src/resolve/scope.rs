//! Which names a body binds, and the scope of a function.
//!
//! Python decides a name's scope from the whole body: a name assigned
//! anywhere in a function is local everywhere in it (hence
//! `UnboundLocalError`), unless declared `global`. Nested function and
//! class bodies are separate scopes; only their names bind here.

use std::collections::HashSet;

use crate::syntax::ast;

/// The scope of one function body.
#[derive(Debug, Default)]
pub struct FunctionScope {
    /// Local names in first-binding order, parameters first.
    pub locals: Vec<String>,
    /// Names declared `global`.
    pub globals: HashSet<String>,
    /// Names declared `nonlocal` (with the statement's range).
    pub nonlocals: Vec<(String, rustpython_parser::text_size::TextRange)>,
}

/// The globals every module has before its body runs.
pub const MODULE_DUNDERS: [&str; 2] = ["__name__", "__doc__"];

/// Names bound at module scope: module-level bindings plus names that
/// functions declare `global` and assign.
pub fn module_globals(body: &[ast::Stmt]) -> Vec<String> {
    let mut res: Vec<String> = MODULE_DUNDERS.iter().map(|name| name.to_string()).collect();
    let mut declared = Vec::new();
    bound_names(body, &mut res, &mut declared, &mut Vec::new());
    walk_statements(body, &mut |stmt| {
        if let ast::Stmt::FunctionDef(def) = stmt {
            let scope = function_scope(&def.args, &def.body);
            let mut assigned = Vec::new();
            bound_names(&def.body, &mut assigned, &mut Vec::new(), &mut Vec::new());
            for name in assigned {
                if scope.globals.contains(&name) {
                    push_unique(&mut res, name);
                }
            }
        }
    });
    res
}

/// The scope of a function with these parameters and body.
pub fn function_scope(args: &ast::Arguments, body: &[ast::Stmt]) -> FunctionScope {
    let mut locals = Vec::new();
    for param in args.posonlyargs.iter().chain(&args.args) {
        push_unique(&mut locals, param.def.arg.to_string());
    }
    if let Some(vararg) = &args.vararg {
        push_unique(&mut locals, vararg.arg.to_string());
    }
    for param in &args.kwonlyargs {
        push_unique(&mut locals, param.def.arg.to_string());
    }
    if let Some(kwarg) = &args.kwarg {
        push_unique(&mut locals, kwarg.arg.to_string());
    }
    let mut globals = Vec::new();
    let mut nonlocals = Vec::new();
    bound_names(body, &mut locals, &mut globals, &mut nonlocals);
    let globals: HashSet<String> = globals.into_iter().collect();
    locals.retain(|name| !globals.contains(name) && !nonlocals.iter().any(|(n, _)| n == name));
    FunctionScope {
        locals,
        globals,
        nonlocals,
    }
}

/// Names a body can unbind in its own scope: `del` targets and the names
/// of `except ... as name` clauses (unbound when the clause ends). A
/// parameter among them may be unbound when read.
pub fn unbound_names(body: &[ast::Stmt]) -> HashSet<String> {
    let mut res = HashSet::new();
    collect_unbound(body, &mut res);
    res
}

fn collect_unbound(body: &[ast::Stmt], res: &mut HashSet<String>) {
    for stmt in body {
        match stmt {
            ast::Stmt::Delete(delete) => {
                let mut names = Vec::new();
                for target in &delete.targets {
                    target_names(target, &mut names);
                }
                res.extend(names);
            }
            ast::Stmt::For(stmt) => {
                collect_unbound(&stmt.body, res);
                collect_unbound(&stmt.orelse, res);
            }
            ast::Stmt::While(stmt) => {
                collect_unbound(&stmt.body, res);
                collect_unbound(&stmt.orelse, res);
            }
            ast::Stmt::If(stmt) => {
                collect_unbound(&stmt.body, res);
                collect_unbound(&stmt.orelse, res);
            }
            ast::Stmt::With(stmt) => collect_unbound(&stmt.body, res),
            ast::Stmt::Match(stmt) => {
                for case in &stmt.cases {
                    collect_unbound(&case.body, res);
                }
            }
            ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => {
                if let Some(stmt) = crate::syntax::try_parts(stmt) {
                    collect_unbound(stmt.body, res);
                    for handler in stmt.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        if let Some(name) = &handler.name {
                            res.insert(name.to_string());
                        }
                        collect_unbound(&handler.body, res);
                    }
                    collect_unbound(stmt.orelse, res);
                    collect_unbound(stmt.finalbody, res);
                }
            }
            _ => {}
        }
    }
}

fn push_unique(list: &mut Vec<String>, name: String) {
    if !list.contains(&name) {
        list.push(name);
    }
}

/// Collect the names `body` binds in its own scope.
pub(super) fn bound_names(
    body: &[ast::Stmt],
    bound: &mut Vec<String>,
    globals: &mut Vec<String>,
    nonlocals: &mut Vec<(String, rustpython_parser::text_size::TextRange)>,
) {
    for stmt in body {
        super::bindings::walrus_targets(stmt, bound);
        match stmt {
            ast::Stmt::Match(stmt) => {
                for case in &stmt.cases {
                    super::bindings::pattern_names(&case.pattern, bound);
                    bound_names(&case.body, bound, globals, nonlocals);
                }
            }
            ast::Stmt::FunctionDef(def) => push_unique(bound, def.name.to_string()),
            ast::Stmt::AsyncFunctionDef(def) => push_unique(bound, def.name.to_string()),
            ast::Stmt::ClassDef(def) => push_unique(bound, def.name.to_string()),
            ast::Stmt::Assign(assign) => {
                for target in &assign.targets {
                    target_names(target, bound);
                }
            }
            ast::Stmt::AugAssign(assign) => target_names(&assign.target, bound),
            ast::Stmt::AnnAssign(assign) => target_names(&assign.target, bound),
            ast::Stmt::Delete(delete) => {
                for target in &delete.targets {
                    target_names(target, bound);
                }
            }
            ast::Stmt::For(stmt) => {
                target_names(&stmt.target, bound);
                bound_names(&stmt.body, bound, globals, nonlocals);
                bound_names(&stmt.orelse, bound, globals, nonlocals);
            }
            ast::Stmt::While(stmt) => {
                bound_names(&stmt.body, bound, globals, nonlocals);
                bound_names(&stmt.orelse, bound, globals, nonlocals);
            }
            ast::Stmt::If(stmt) => {
                bound_names(&stmt.body, bound, globals, nonlocals);
                bound_names(&stmt.orelse, bound, globals, nonlocals);
            }
            ast::Stmt::With(stmt) => {
                for item in &stmt.items {
                    if let Some(vars) = &item.optional_vars {
                        target_names(vars, bound);
                    }
                }
                bound_names(&stmt.body, bound, globals, nonlocals);
            }
            ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => {
                if let Some(stmt) = crate::syntax::try_parts(stmt) {
                    bound_names(stmt.body, bound, globals, nonlocals);
                    for handler in stmt.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        if let Some(name) = &handler.name {
                            push_unique(bound, name.to_string());
                        }
                        bound_names(&handler.body, bound, globals, nonlocals);
                    }
                    bound_names(stmt.orelse, bound, globals, nonlocals);
                    bound_names(stmt.finalbody, bound, globals, nonlocals);
                }
            }
            ast::Stmt::Import(import) => {
                for alias in &import.names {
                    let name = match &alias.asname {
                        Some(asname) => asname.to_string(),
                        None => alias.name.split('.').next().unwrap_or_default().to_string(),
                    };
                    push_unique(bound, name);
                }
            }
            ast::Stmt::ImportFrom(import) => {
                for alias in &import.names {
                    let name = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                    if name != "*" {
                        push_unique(bound, name);
                    }
                }
            }
            ast::Stmt::Global(stmt) => {
                for name in &stmt.names {
                    push_unique(globals, name.to_string());
                }
            }
            ast::Stmt::Nonlocal(stmt) => {
                for name in &stmt.names {
                    nonlocals.push((name.to_string(), stmt.range));
                }
            }
            _ => {}
        }
    }
}

/// Names bound by an assignment target.
fn target_names(target: &ast::Expr, bound: &mut Vec<String>) {
    match target {
        ast::Expr::Name(name) => push_unique(bound, name.id.to_string()),
        ast::Expr::Tuple(tuple) => tuple.elts.iter().for_each(|e| target_names(e, bound)),
        ast::Expr::List(list) => list.elts.iter().for_each(|e| target_names(e, bound)),
        ast::Expr::Starred(starred) => target_names(&starred.value, bound),
        _ => {}
    }
}

/// Call `visit` on every statement, nested blocks and function bodies included.
pub fn walk_statements<'a>(body: &'a [ast::Stmt], visit: &mut dyn FnMut(&'a ast::Stmt)) {
    for stmt in body {
        visit(stmt);
        match stmt {
            ast::Stmt::FunctionDef(def) => walk_statements(&def.body, visit),
            ast::Stmt::AsyncFunctionDef(def) => walk_statements(&def.body, visit),
            ast::Stmt::ClassDef(def) => walk_statements(&def.body, visit),
            ast::Stmt::For(stmt) => {
                walk_statements(&stmt.body, visit);
                walk_statements(&stmt.orelse, visit);
            }
            ast::Stmt::While(stmt) => {
                walk_statements(&stmt.body, visit);
                walk_statements(&stmt.orelse, visit);
            }
            ast::Stmt::If(stmt) => {
                walk_statements(&stmt.body, visit);
                walk_statements(&stmt.orelse, visit);
            }
            ast::Stmt::With(stmt) => walk_statements(&stmt.body, visit),
            ast::Stmt::Match(stmt) => {
                for case in &stmt.cases {
                    walk_statements(&case.body, visit);
                }
            }
            ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => {
                if let Some(stmt) = crate::syntax::try_parts(stmt) {
                    walk_statements(stmt.body, visit);
                    for handler in stmt.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        walk_statements(&handler.body, visit);
                    }
                    walk_statements(stmt.orelse, visit);
                    walk_statements(stmt.finalbody, visit);
                }
            }
            _ => {}
        }
    }
}
