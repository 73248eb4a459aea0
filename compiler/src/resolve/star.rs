//! The names `from module import *` binds, fixed when compiling.
//!
//! CPython binds the module's `__all__` when it has one, else every global
//! whose name does not start with an underscore, as they stand when the
//! import runs. typhon decides the list at compile time: `__all__` must be
//! one literal list or tuple of strings bound once at module level (a
//! computed `__all__` is rejected), and the public globals are those the
//! module can bind; the lowering skips the ones unbound when the import runs,
//! as CPython does.

use rustpython_parser::text_size::TextRange;

use crate::syntax::ast;

/// What a module's `__all__` is, as far as compiling can tell.
#[derive(Clone, Debug, PartialEq)]
pub enum DunderAll {
    /// The module never binds `__all__`.
    Absent,
    /// One literal list or tuple of strings, bound once.
    Literal(Vec<String>),
    /// Bound in another way (computed, bound twice, mutated): the range of
    /// the first statement that does so.
    Computed(TextRange),
}

/// The names one `from module import *` binds.
#[derive(Clone, Debug, PartialEq)]
pub struct StarNames {
    pub names: Vec<String>,
    /// The names come from `__all__`: a missing one raises `AttributeError`
    /// (a public global that is unbound is skipped instead).
    pub from_all: bool,
}

/// CPython 3.11's public names of the native modules typhon provides whose
/// star import is supported (on Linux); names typhon's module lacks are
/// skipped at run time, as an unbound global would be.
pub const NATIVE_PUBLIC_NAMES: &[(&str, &[&str])] = &[(
    "math",
    &[
        "acos",
        "acosh",
        "asin",
        "asinh",
        "atan",
        "atan2",
        "atanh",
        "cbrt",
        "ceil",
        "comb",
        "copysign",
        "cos",
        "cosh",
        "degrees",
        "dist",
        "e",
        "erf",
        "erfc",
        "exp",
        "exp2",
        "expm1",
        "fabs",
        "factorial",
        "floor",
        "fmod",
        "frexp",
        "fsum",
        "gamma",
        "gcd",
        "hypot",
        "inf",
        "isclose",
        "isfinite",
        "isinf",
        "isnan",
        "isqrt",
        "lcm",
        "ldexp",
        "lgamma",
        "log",
        "log10",
        "log1p",
        "log2",
        "modf",
        "nan",
        "nextafter",
        "perm",
        "pi",
        "pow",
        "prod",
        "radians",
        "remainder",
        "sin",
        "sinh",
        "sqrt",
        "tan",
        "tanh",
        "tau",
        "trunc",
        "ulp",
    ],
)];

/// The `__all__` of a module body.
pub fn dunder_all(body: &[ast::Stmt]) -> DunderAll {
    let mut literals = Vec::new();
    let mut computed = None;
    scan(body, &mut literals, &mut computed);
    match (computed, literals.len()) {
        (Some(range), _) => DunderAll::Computed(range),
        (None, 0) => DunderAll::Absent,
        (None, 1) => DunderAll::Literal(literals.pop().map(|(names, _)| names).unwrap_or_default()),
        (None, _) => DunderAll::Computed(literals[1].1),
    }
}

/// The star imports inside function and class bodies, which CPython
/// refuses to compile ("import * only allowed at module level").
pub fn nested_star_imports(body: &[ast::Stmt]) -> Vec<TextRange> {
    let mut res = Vec::new();
    super::scope::walk_statements(body, &mut |stmt| {
        let nested = match stmt {
            ast::Stmt::FunctionDef(def) => &def.body,
            ast::Stmt::AsyncFunctionDef(def) => &def.body,
            ast::Stmt::ClassDef(def) => &def.body,
            _ => return,
        };
        // Only the statements of this body: deeper scopes are visited on
        // their own.
        scan_star_imports(nested, &mut res);
    });
    res.sort_by_key(|range| range.start());
    res.dedup();
    res
}

fn scan_star_imports(body: &[ast::Stmt], res: &mut Vec<TextRange>) {
    super::scope::walk_statements(body, &mut |stmt| {
        if let ast::Stmt::ImportFrom(import) = stmt
            && import.names.iter().any(|alias| alias.name.as_str() == "*")
        {
            res.push(import.range);
        }
    });
}

/// The public globals of a module (CPython's rule without `__all__`).
pub fn public_globals(globals: &[String]) -> Vec<String> {
    globals
        .iter()
        .filter(|name| !name.starts_with('_'))
        .cloned()
        .collect()
}

/// Collect the literal bindings of `__all__` in module-level statements
/// (compound statements included, function and class bodies not), and the
/// first statement binding or mutating it otherwise.
fn scan(
    body: &[ast::Stmt],
    literals: &mut Vec<(Vec<String>, TextRange)>,
    computed: &mut Option<TextRange>,
) {
    for stmt in body {
        if let Some(names) = literal_assignment(stmt) {
            literals.push((names, stmt_range(stmt)));
            continue;
        }
        let mut children: Vec<&[ast::Stmt]> = Vec::new();
        match stmt {
            ast::Stmt::If(s) => children.extend([&s.body[..], &s.orelse[..]]),
            ast::Stmt::While(s) => children.extend([&s.body[..], &s.orelse[..]]),
            ast::Stmt::For(s) => {
                if binds_all(&s.target) {
                    computed.get_or_insert(s.range);
                }
                children.extend([&s.body[..], &s.orelse[..]]);
            }
            ast::Stmt::With(s) => {
                if s.items
                    .iter()
                    .filter_map(|item| item.optional_vars.as_deref())
                    .any(binds_all)
                {
                    computed.get_or_insert(s.range);
                }
                children.push(&s.body);
            }
            ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => {
                if let Some(parts) = crate::syntax::try_parts(stmt) {
                    children.extend([parts.body, parts.orelse, parts.finalbody]);
                    for handler in parts.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        if handler.name.as_deref() == Some("__all__") {
                            computed.get_or_insert(handler.range);
                        }
                        children.push(&handler.body);
                    }
                }
            }
            ast::Stmt::Match(s) => {
                let mut bound = Vec::new();
                for case in &s.cases {
                    super::bindings::pattern_names(&case.pattern, &mut bound);
                    children.push(&case.body);
                }
                if bound.iter().any(|name| name == "__all__") {
                    computed.get_or_insert(s.range);
                }
            }
            ast::Stmt::FunctionDef(_) | ast::Stmt::AsyncFunctionDef(_) | ast::Stmt::ClassDef(_) => {
                let mut bound = Vec::new();
                super::scope::bound_names(
                    std::slice::from_ref(stmt),
                    &mut bound,
                    &mut Vec::new(),
                    &mut Vec::new(),
                );
                if bound.iter().any(|name| name == "__all__") {
                    computed.get_or_insert(stmt_range(stmt));
                }
            }
            _ => {
                let mut bound = Vec::new();
                super::scope::bound_names(
                    std::slice::from_ref(stmt),
                    &mut bound,
                    &mut Vec::new(),
                    &mut Vec::new(),
                );
                if bound.iter().any(|name| name == "__all__") || mutates_all(stmt) {
                    computed.get_or_insert(stmt_range(stmt));
                }
            }
        }
        for child in children {
            scan(child, literals, computed);
        }
    }
}

/// `__all__ = [...]` / `(...)` (or annotated) with only string items.
fn literal_assignment(stmt: &ast::Stmt) -> Option<Vec<String>> {
    let value = match stmt {
        ast::Stmt::Assign(assign)
            if assign.targets.len() == 1 && is_all_name(&assign.targets[0]) =>
        {
            &assign.value
        }
        ast::Stmt::AnnAssign(assign) if is_all_name(&assign.target) => assign.value.as_ref()?,
        _ => return None,
    };
    let items = match &**value {
        ast::Expr::List(list) => &list.elts,
        ast::Expr::Tuple(tuple) => &tuple.elts,
        _ => return None,
    };
    items
        .iter()
        .map(|item| match item {
            ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(text),
                ..
            }) => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn is_all_name(expr: &ast::Expr) -> bool {
    matches!(expr, ast::Expr::Name(name) if name.id.as_str() == "__all__")
}

/// A target that binds `__all__` somewhere inside it.
fn binds_all(target: &ast::Expr) -> bool {
    match target {
        ast::Expr::Name(_) => is_all_name(target),
        ast::Expr::Tuple(tuple) => tuple.elts.iter().any(binds_all),
        ast::Expr::List(list) => list.elts.iter().any(binds_all),
        ast::Expr::Starred(starred) => binds_all(&starred.value),
        _ => false,
    }
}

/// `__all__.append(...)`, `__all__[i] = ...`, `del __all__[...]` and the
/// like: a statement that changes the list in place.
fn mutates_all(stmt: &ast::Stmt) -> bool {
    let mut found = false;
    let mut visit = |expr: &ast::Expr| {
        if let ast::Expr::Attribute(attr) = expr {
            found |= is_all_name(&attr.value);
        }
        if let ast::Expr::Subscript(sub) = expr {
            found |= is_all_name(&sub.value);
        }
    };
    match stmt {
        ast::Stmt::Expr(e) => walk_expr(&e.value, &mut visit),
        ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| walk_expr(t, &mut visit)),
        ast::Stmt::AugAssign(a) => walk_expr(&a.target, &mut visit),
        ast::Stmt::Delete(d) => d.targets.iter().for_each(|t| walk_expr(t, &mut visit)),
        _ => {}
    }
    found
}

fn walk_expr(expr: &ast::Expr, visit: &mut dyn FnMut(&ast::Expr)) {
    visit(expr);
    super::walk::for_each_child(expr, &mut |child| walk_expr(child, visit));
}

fn stmt_range(stmt: &ast::Stmt) -> TextRange {
    use rustpython_parser::ast::Ranged;
    stmt.range()
}
