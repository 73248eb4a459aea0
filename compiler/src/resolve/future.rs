//! `from __future__ import ...`: compiler directives as well as imports.
//!
//! CPython reads them when compiling: they must open the module (after its
//! docstring), and each feature must be one it knows. Of 3.11's features
//! only `annotations` changes anything (annotations become strings); the
//! others are the default already. The statement also runs as an ordinary
//! import of `stdlib/__future__.py`.

use rustpython_parser::text_size::TextRange;

use crate::syntax::ast;

const FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Whether the module enables `annotations`, and CPython's `SyntaxError`s
/// for its future statements.
pub fn future_flags(body: &[ast::Stmt]) -> (bool, Vec<(String, TextRange)>) {
    let mut annotations = false;
    let mut errors = Vec::new();
    let mut at_start = true;
    for (idx, stmt) in body.iter().enumerate() {
        let future = match stmt {
            ast::Stmt::ImportFrom(import)
                if import.module.as_deref() == Some("__future__")
                    && import.level.map_or(0, |level| level.to_u32()) == 0 =>
            {
                import
            }
            ast::Stmt::Expr(expr) if idx == 0 && is_string(&expr.value) => continue,
            _ => {
                at_start = false;
                continue;
            }
        };
        if !at_start {
            let message = "from __future__ imports must occur at the beginning of the file";
            errors.push((message.to_string(), future.range));
            continue;
        }
        for alias in &future.names {
            let name = alias.name.as_str();
            if name == "annotations" {
                annotations = true;
            } else if name == "braces" {
                errors.push(("not a chance".to_string(), alias.range));
            } else if !FEATURES.contains(&name) {
                errors.push((format!("future feature {name} is not defined"), alias.range));
            }
        }
    }
    (annotations, errors)
}

fn is_string(expr: &ast::Expr) -> bool {
    matches!(
        expr,
        ast::Expr::Constant(ast::ExprConstant {
            value: ast::Constant::Str(_),
            ..
        })
    )
}
