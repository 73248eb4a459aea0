//! Generic traversal of expressions: the immediate sub-expressions of an
//! expression or statement, and every expression of a module. Scope rules
//! are left to the callers (a lambda's body and a comprehension's parts are
//! children here like any other).

use crate::syntax::ast;

/// Call `visit` on each immediate sub-expression of `expr`, in evaluation order.
pub fn for_each_child(expr: &ast::Expr, visit: &mut dyn FnMut(&ast::Expr)) {
    let mut all = |exprs: &mut dyn Iterator<Item = &ast::Expr>| exprs.for_each(&mut *visit);
    match expr {
        ast::Expr::Name(_) | ast::Expr::Constant(_) => {}
        ast::Expr::BoolOp(e) => all(&mut e.values.iter()),
        ast::Expr::NamedExpr(e) => all(&mut [&*e.value, &*e.target].into_iter()),
        ast::Expr::BinOp(e) => all(&mut [&*e.left, &*e.right].into_iter()),
        ast::Expr::UnaryOp(e) => all(&mut std::iter::once(&*e.operand)),
        ast::Expr::Lambda(e) => {
            all(&mut parameter_defaults(&e.args));
            all(&mut std::iter::once(&*e.body));
        }
        ast::Expr::IfExp(e) => all(&mut [&*e.test, &*e.body, &*e.orelse].into_iter()),
        ast::Expr::Dict(e) => {
            // Keys and values alternate in evaluation order.
            for (key, value) in e.keys.iter().zip(&e.values) {
                all(&mut key.iter().chain(std::iter::once(value)));
            }
        }
        ast::Expr::Set(e) => all(&mut e.elts.iter()),
        ast::Expr::ListComp(ast::ExprListComp {
            elt, generators, ..
        })
        | ast::Expr::SetComp(ast::ExprSetComp {
            elt, generators, ..
        })
        | ast::Expr::GeneratorExp(ast::ExprGeneratorExp {
            elt, generators, ..
        }) => {
            all(&mut comprehension_parts(generators));
            all(&mut std::iter::once(&**elt));
        }
        ast::Expr::DictComp(e) => {
            all(&mut comprehension_parts(&e.generators));
            all(&mut [&*e.key, &*e.value].into_iter());
        }
        ast::Expr::Await(e) => all(&mut std::iter::once(&*e.value)),
        ast::Expr::Yield(e) => all(&mut e.value.iter().map(|value| &**value)),
        ast::Expr::YieldFrom(e) => all(&mut std::iter::once(&*e.value)),
        ast::Expr::Compare(e) => all(&mut std::iter::once(&*e.left).chain(&e.comparators)),
        ast::Expr::Call(e) => all(&mut std::iter::once(&*e.func)
            .chain(&e.args)
            .chain(e.keywords.iter().map(|keyword| &keyword.value))),
        ast::Expr::FormattedValue(e) => {
            all(&mut std::iter::once(&*e.value).chain(e.format_spec.iter().map(|spec| &**spec)))
        }
        ast::Expr::JoinedStr(e) => all(&mut e.values.iter()),
        ast::Expr::Attribute(e) => all(&mut std::iter::once(&*e.value)),
        ast::Expr::Subscript(e) => all(&mut [&*e.value, &*e.slice].into_iter()),
        ast::Expr::Starred(e) => all(&mut std::iter::once(&*e.value)),
        ast::Expr::List(e) => all(&mut e.elts.iter()),
        ast::Expr::Tuple(e) => all(&mut e.elts.iter()),
        ast::Expr::Slice(e) => all(&mut [&e.lower, &e.upper, &e.step]
            .into_iter()
            .flatten()
            .map(|part| &**part)),
    }
}

/// Call `visit` on every expression in `body`, nested statements, function
/// bodies and sub-expressions included (parents before children).
pub fn walk_exprs(body: &[ast::Stmt], visit: &mut dyn FnMut(&ast::Expr)) {
    super::scope::walk_statements(body, &mut |stmt| {
        for_each_stmt_expr(stmt, &mut |expr| walk_expr(expr, visit));
    });
}

fn walk_expr(expr: &ast::Expr, visit: &mut dyn FnMut(&ast::Expr)) {
    visit(expr);
    for_each_child(expr, &mut |child| walk_expr(child, visit));
}

/// Call `visit` on the expressions a statement holds itself (not those of
/// the statements nested in it).
pub fn for_each_stmt_expr(stmt: &ast::Stmt, visit: &mut dyn FnMut(&ast::Expr)) {
    let mut all = |exprs: &mut dyn Iterator<Item = &ast::Expr>| exprs.for_each(&mut *visit);
    match stmt {
        ast::Stmt::FunctionDef(def) => all(&mut def
            .decorator_list
            .iter()
            .chain(parameter_defaults(&def.args))),
        ast::Stmt::ClassDef(def) => all(&mut def.decorator_list.iter().chain(&def.bases)),
        ast::Stmt::Return(stmt) => all(&mut stmt.value.iter().map(|value| &**value)),
        ast::Stmt::Delete(stmt) => all(&mut stmt.targets.iter()),
        ast::Stmt::Assign(stmt) => all(&mut std::iter::once(&*stmt.value).chain(&stmt.targets)),
        ast::Stmt::AugAssign(stmt) => all(&mut [&*stmt.value, &*stmt.target].into_iter()),
        ast::Stmt::AnnAssign(stmt) => all(&mut stmt
            .value
            .iter()
            .map(|value| &**value)
            .chain([&*stmt.annotation, &*stmt.target])),
        ast::Stmt::For(stmt) => all(&mut [&*stmt.iter, &*stmt.target].into_iter()),
        ast::Stmt::While(stmt) => all(&mut std::iter::once(&*stmt.test)),
        ast::Stmt::If(stmt) => all(&mut std::iter::once(&*stmt.test)),
        ast::Stmt::With(stmt) => all(&mut stmt.items.iter().flat_map(|item| {
            std::iter::once(&item.context_expr).chain(item.optional_vars.iter().map(|v| &**v))
        })),
        ast::Stmt::Raise(stmt) => all(&mut stmt.exc.iter().chain(&stmt.cause).map(|e| &**e)),
        ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => {
            let handlers = crate::syntax::try_parts(stmt).map_or(&[][..], |parts| parts.handlers);
            all(&mut handlers.iter().filter_map(|handler| {
                let ast::ExceptHandler::ExceptHandler(handler) = handler;
                handler.type_.as_deref()
            }))
        }
        ast::Stmt::Assert(stmt) => {
            all(&mut std::iter::once(&*stmt.test).chain(stmt.msg.iter().map(|msg| &**msg)))
        }
        ast::Stmt::Expr(stmt) => all(&mut std::iter::once(&*stmt.value)),
        ast::Stmt::Match(stmt) => {
            visit(&stmt.subject);
            for case in &stmt.cases {
                super::bindings::pattern_exprs(&case.pattern, visit);
                if let Some(guard) = &case.guard {
                    visit(guard);
                }
            }
        }
        // The rest hold no expressions typhon compiles (unsupported
        // statements are reported when they are lowered).
        _ => {}
    }
}

fn parameter_defaults(args: &ast::Arguments) -> impl Iterator<Item = &ast::Expr> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.kwonlyargs)
        .filter_map(|param| param.default.as_deref())
}

fn comprehension_parts(generators: &[ast::Comprehension]) -> impl Iterator<Item = &ast::Expr> {
    generators.iter().flat_map(|generator| {
        [&generator.iter, &generator.target]
            .into_iter()
            .chain(&generator.ifs)
    })
}
