//! `timeit` with a statement written as a string.
//!
//! CPython compiles `timeit.timeit("x * 2", setup="x = 3")`'s strings at
//! run time; a typhon program has no compiler at run time, so
//! `stdlib/timeit.py` takes callables only (and the empty statement
//! `"pass"`). A string literal given as the statement or the setup of
//! `timeit.timeit`, `timeit.repeat` or `timeit.Timer` is reported here,
//! when compiling, rather than failing when the program runs. The calls
//! are recognised by how the module binds the names: `import timeit [as
//! t]` and `from timeit import timeit/repeat/Timer [as f]`.

use rustpython_parser::text_size::TextRange;

use crate::syntax::ast;

/// The functions of `timeit` that take a statement and a setup.
const TAKES_STATEMENTS: &[&str] = &["timeit", "repeat", "Timer"];

/// The names a module binds to `timeit` and to its functions.
type Names = super::module_aliases::ModuleAliases;

fn names(body: &[ast::Stmt]) -> Names {
    super::module_aliases::module_aliases(body, "timeit", TAKES_STATEMENTS)
}

/// The `timeit` function `expr` names, if it is one taking statements.
fn callee<'a>(names: &'a Names, expr: &'a ast::Expr) -> Option<&'a str> {
    match expr {
        ast::Expr::Name(name) => names.functions.get(name.id.as_str()).map(|s| s.as_str()),
        ast::Expr::Attribute(attribute) => {
            let attr = attribute.attr.as_str();
            (TAKES_STATEMENTS.contains(&attr)
                && matches!(attribute.value.as_ref(),
                    ast::Expr::Name(name) if names.modules.contains(name.id.as_str())))
            .then_some(attr)
        }
        _ => None,
    }
}

/// A string literal other than the empty statement.
fn is_code_string(expr: &ast::Expr) -> bool {
    match expr {
        ast::Expr::Constant(constant) => match &constant.value {
            ast::Constant::Str(text) => !matches!(text.trim(), "" | "pass"),
            _ => false,
        },
        ast::Expr::JoinedStr(_) => true,
        _ => false,
    }
}

/// Each call in `body` of a `timeit` function with a statement or setup
/// written as a string: what it is, and the range of the string.
pub fn statement_strings(body: &[ast::Stmt]) -> Vec<(String, TextRange)> {
    let names = names(body);
    if names.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    super::walk::walk_exprs(body, &mut |expr| {
        let ast::Expr::Call(call) = expr else {
            return;
        };
        let Some(function) = callee(&names, &call.func) else {
            return;
        };
        let positional = ["stmt", "setup"].into_iter().zip(&call.args);
        let keywords = call.keywords.iter().filter_map(|keyword| {
            let arg = keyword.arg.as_ref()?.as_str();
            ["stmt", "setup"]
                .into_iter()
                .find(|name| *name == arg)
                .map(|name| (name, &keyword.value))
        });
        for (what, value) in positional.chain(keywords) {
            if is_code_string(value) {
                let feature = format!("`timeit.{function}` with its {what} as a string");
                found.push((feature, ast::Ranged::range(value)));
            }
        }
    });
    found
}
