//! `importlib.import_module(name)` compiled as an import.
//!
//! typhon resolves every import when compiling, so `import_module` is
//! faithful exactly when its module is known then: the name (and the
//! `package` of a relative name) written as string literals in the call.
//! Such a call imports the module as `import name` does (running it on
//! first import, making it an attribute of its package) and gives the
//! module itself, `os.path` for `"os.path"`. Any other use of
//! `import_module` (a computed name, the function as a value) and the
//! parts of `importlib` typhon lacks (`reload`, `util`, ...) are errors
//! when compiling. The calls are recognised by how the module binds the
//! names: `import importlib [as m]` and `from importlib import
//! import_module [as f]`, in any scope of the module. Because the names
//! are matched, not resolved, a module that also binds one of them some
//! other way (an assignment, a parameter, a `def`, another import) could
//! call something else under that name: such a binding is an error when
//! the module has calls to compile.

use rustpython_parser::text_size::TextRange;

use crate::syntax::ast;

/// The names a module binds to `importlib` and to its `import_module`.
pub type Names = super::module_aliases::ModuleAliases;

/// The attributes of `importlib` a program may read besides
/// `import_module` (`stdlib/importlib/__init__.py`).
const PROVIDED: &[&str] = &["import_module", "invalidate_caches"];

/// The names `body` binds to `importlib` and `importlib.import_module`.
pub fn names(body: &[ast::Stmt]) -> Names {
    super::module_aliases::module_aliases(body, "importlib", &["import_module"])
}

/// Whether `expr` is the function `importlib.import_module`.
fn is_import_module(names: &Names, expr: &ast::Expr) -> bool {
    match expr {
        ast::Expr::Name(name) => names.functions.contains_key(name.id.as_str()),
        ast::Expr::Attribute(attribute) => {
            attribute.attr.as_str() == "import_module"
                && matches!(attribute.value.as_ref(),
                    ast::Expr::Name(name) if names.modules.contains(name.id.as_str()))
        }
        _ => false,
    }
}

fn literal(expr: &ast::Expr) -> Option<Option<&str>> {
    match expr {
        ast::Expr::Constant(constant) => match &constant.value {
            ast::Constant::Str(text) => Some(Some(text.as_str())),
            ast::Constant::None => Some(None),
            _ => None,
        },
        _ => None,
    }
}

/// For a call of `import_module`: the absolute name of the module it
/// imports, or why it cannot be compiled. `None` for other calls.
pub fn call_target(names: &Names, call: &ast::ExprCall) -> Option<Result<String, String>> {
    if !is_import_module(names, &call.func) {
        return None;
    }
    let computed = || Err("a module name that is not a string literal".to_string());
    let mut package = None;
    for keyword in &call.keywords {
        match keyword.arg.as_ref().map(|a| a.as_str()) {
            Some("package") if package.is_none() && call.args.len() < 2 => {
                package = Some(&keyword.value)
            }
            _ => return Some(computed()),
        }
    }
    let (name, package) = match &call.args[..] {
        [name] => (name, package),
        [name, package] if package_is_free(&call.keywords) => (name, Some(package)),
        _ => return Some(computed()),
    };
    let Some(Some(name)) = literal(name) else {
        return Some(computed());
    };
    let package = match package.map(literal) {
        None => None,
        Some(Some(package)) => package,
        Some(None) => return Some(computed()),
    };
    Some(absolute(name, package))
}

fn package_is_free(keywords: &[ast::Keyword]) -> bool {
    keywords.is_empty()
}

/// CPython's `importlib._bootstrap._resolve_name` for a relative name.
fn absolute(name: &str, package: Option<&str>) -> Result<String, String> {
    let level = name.len() - name.trim_start_matches('.').len();
    if level == 0 {
        return Ok(name.to_string());
    }
    let Some(package) = package.filter(|p| !p.is_empty()) else {
        return Err(format!(
            "a relative name without its package (CPython raises TypeError: \
             the 'package' argument is required to perform a relative import for '{name}')"
        ));
    };
    let bits: Vec<&str> = package.rsplitn(level, '.').collect();
    if bits.len() < level {
        return Err("a relative name beyond the top-level package".to_string());
    }
    let base = bits[bits.len() - 1];
    let rest = &name[level..];
    Ok(if rest.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{rest}")
    })
}

/// Why `expr`, which is not the callee of a compiled call, cannot be
/// compiled: `import_module` as a value, or an attribute of `importlib`
/// typhon does not provide.
pub fn misuse(names: &Names, expr: &ast::Expr) -> Option<String> {
    if is_import_module(names, expr) {
        return Some("`importlib.import_module` used other than called".to_string());
    }
    let ast::Expr::Attribute(attribute) = expr else {
        return None;
    };
    let ast::Expr::Name(name) = attribute.value.as_ref() else {
        return None;
    };
    let attr = attribute.attr.as_str();
    let dunder = attr.starts_with("__") && attr.ends_with("__");
    (names.modules.contains(name.id.as_str()) && !dunder && !PROVIDED.contains(&attr))
        .then(|| format!("`importlib.{attr}`"))
}

/// The places `body` binds a name of `names` other than by importing
/// `importlib` or its `import_module`, with the name.
pub fn rebindings(body: &[ast::Stmt], names: &Names) -> Vec<(String, TextRange)> {
    let held = |name: &str| names.holds(name);
    let mut found = Vec::new();
    let params = |args: &ast::Arguments, found: &mut Vec<_>| {
        let positional = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs);
        let rest = args.vararg.iter().chain(&args.kwarg).map(|arg| &**arg);
        for arg in positional.map(|param| &param.def).chain(rest) {
            if held(&arg.arg) {
                found.push((arg.arg.to_string(), arg.range));
            }
        }
    };
    super::walk::walk_exprs(body, &mut |expr| match expr {
        ast::Expr::Name(name) if !matches!(name.ctx, ast::ExprContext::Load) && held(&name.id) => {
            found.push((name.id.to_string(), name.range))
        }
        ast::Expr::Lambda(lambda) => params(&lambda.args, &mut found),
        _ => {}
    });
    super::scope::walk_statements(body, &mut |stmt| {
        let mut bound = Vec::new();
        match stmt {
            ast::Stmt::FunctionDef(def) => {
                bound.push(def.name.to_string());
                params(&def.args, &mut found);
            }
            ast::Stmt::AsyncFunctionDef(def) => {
                bound.push(def.name.to_string());
                params(&def.args, &mut found);
            }
            ast::Stmt::ClassDef(def) => bound.push(def.name.to_string()),
            ast::Stmt::Match(stmt) => {
                for case in &stmt.cases {
                    super::bindings::pattern_names(&case.pattern, &mut bound);
                }
            }
            ast::Stmt::Import(import) => {
                for alias in &import.names {
                    if alias.asname.is_some() && alias.name.as_str() != "importlib" {
                        bound.extend(alias.asname.as_ref().map(|name| name.to_string()));
                    } else if alias.asname.is_none()
                        && alias.name.split('.').next() != Some("importlib")
                    {
                        bound.extend(alias.name.split('.').next().map(str::to_string));
                    }
                }
            }
            ast::Stmt::ImportFrom(import) => {
                let from_importlib = import.level.is_none_or(|l| l.to_u32() == 0)
                    && import
                        .module
                        .as_ref()
                        .is_some_and(|m| m.as_str() == "importlib");
                for alias in &import.names {
                    if !(from_importlib && alias.name.as_str() == "import_module") {
                        bound.push(alias.asname.as_ref().unwrap_or(&alias.name).to_string());
                    }
                }
            }
            _ => {
                if let Some(parts) = crate::syntax::try_parts(stmt) {
                    for handler in parts.handlers {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        bound.extend(handler.name.as_ref().map(|name| name.to_string()));
                    }
                }
            }
        }
        let range = ast::Ranged::range(stmt);
        found.extend(
            bound
                .into_iter()
                .filter(|name| held(name))
                .map(|name| (name, range)),
        );
    });
    found.sort_by_key(|(_, range)| range.start());
    found
}
