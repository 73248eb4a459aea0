//! Names bound inside expressions and patterns, which the statement-level
//! scope analysis would not see: assignment expressions (`(n := len(x))`)
//! and the captures of `match` patterns (`case [x, *rest]`).
//!
//! A walrus inside a comprehension binds in the enclosing function (PEP
//! 572), so comprehensions are searched too (the comprehension then reaches
//! the name through a cell); a lambda is a scope of its own and is not.

use rustpython_parser::text_size::TextRange;

use crate::syntax::ast;

/// Push the names bound by assignment expressions in the expressions
/// `stmt` holds itself (not in the statements nested in it).
pub fn walrus_targets(stmt: &ast::Stmt, bound: &mut Vec<String>) {
    super::walk::for_each_stmt_expr(stmt, &mut |expr| expr_walrus_targets(expr, bound));
}

/// Push the names bound by assignment expressions in `expr` (a lambda's
/// body, for the lambda's own locals).
pub fn expr_walrus_targets(expr: &ast::Expr, bound: &mut Vec<String>) {
    match expr {
        ast::Expr::NamedExpr(named) => {
            expr_walrus_targets(&named.value, bound);
            if let ast::Expr::Name(name) = named.target.as_ref() {
                push_unique(bound, name.id.as_str());
            }
        }
        // A lambda's body is a scope of its own (its defaults are not); a
        // comprehension is too, but an assignment expression in it binds in
        // the enclosing scope.
        ast::Expr::Lambda(lambda) => {
            let args = &lambda.args;
            for param in args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .chain(&args.kwonlyargs)
            {
                if let Some(default) = &param.default {
                    expr_walrus_targets(default, bound);
                }
            }
        }
        other => super::walk::for_each_child(other, &mut |child| expr_walrus_targets(child, bound)),
    }
}

/// Push the names a pattern captures, in source order.
pub fn pattern_names(pattern: &ast::Pattern, bound: &mut Vec<String>) {
    match pattern {
        ast::Pattern::MatchValue(_) | ast::Pattern::MatchSingleton(_) => {}
        ast::Pattern::MatchSequence(seq) => {
            seq.patterns.iter().for_each(|p| pattern_names(p, bound))
        }
        ast::Pattern::MatchMapping(mapping) => {
            mapping
                .patterns
                .iter()
                .for_each(|p| pattern_names(p, bound));
            if let Some(rest) = &mapping.rest {
                push_unique(bound, rest.as_str());
            }
        }
        ast::Pattern::MatchClass(class) => class
            .patterns
            .iter()
            .chain(&class.kwd_patterns)
            .for_each(|p| pattern_names(p, bound)),
        ast::Pattern::MatchStar(star) => {
            if let Some(name) = &star.name {
                push_unique(bound, name.as_str());
            }
        }
        ast::Pattern::MatchAs(as_) => {
            if let Some(inner) = &as_.pattern {
                pattern_names(inner, bound);
            }
            if let Some(name) = &as_.name {
                push_unique(bound, name.as_str());
            }
        }
        ast::Pattern::MatchOr(or) => or.patterns.iter().for_each(|p| pattern_names(p, bound)),
    }
}

/// The expressions a pattern evaluates (values of value patterns, mapping
/// keys, class names), for walks over every expression of a statement.
pub fn pattern_exprs(pattern: &ast::Pattern, visit: &mut dyn FnMut(&ast::Expr)) {
    match pattern {
        ast::Pattern::MatchValue(value) => visit(&value.value),
        ast::Pattern::MatchSingleton(_) | ast::Pattern::MatchStar(_) => {}
        ast::Pattern::MatchSequence(seq) => {
            seq.patterns.iter().for_each(|p| pattern_exprs(p, visit))
        }
        ast::Pattern::MatchMapping(mapping) => {
            for (key, value) in mapping.keys.iter().zip(&mapping.patterns) {
                visit(key);
                pattern_exprs(value, visit);
            }
        }
        ast::Pattern::MatchClass(class) => {
            visit(&class.cls);
            class
                .patterns
                .iter()
                .chain(&class.kwd_patterns)
                .for_each(|p| pattern_exprs(p, visit));
        }
        ast::Pattern::MatchAs(as_) => {
            if let Some(inner) = &as_.pattern {
                pattern_exprs(inner, visit);
            }
        }
        ast::Pattern::MatchOr(or) => or.patterns.iter().for_each(|p| pattern_exprs(p, visit)),
    }
}

fn push_unique(list: &mut Vec<String>, name: &str) {
    if !list.iter().any(|existing| existing == name) {
        list.push(name.to_string());
    }
}

/// CPython's `SyntaxError` for an assignment expression in a comprehension
/// that targets one of the comprehension's iteration variables:
/// `[x := 0 for x in data]`, as (message, range) pairs.
pub fn comprehension_walrus_errors(body: &[ast::Stmt]) -> Vec<(String, TextRange)> {
    let mut errors = Vec::new();
    super::walk::walk_exprs(body, &mut |expr| {
        let (generators, elements): (&[ast::Comprehension], Vec<&ast::Expr>) = match expr {
            ast::Expr::ListComp(e) => (&e.generators, vec![&e.elt]),
            ast::Expr::SetComp(e) => (&e.generators, vec![&e.elt]),
            ast::Expr::GeneratorExp(e) => (&e.generators, vec![&e.elt]),
            ast::Expr::DictComp(e) => (&e.generators, vec![&e.key, &e.value]),
            _ => return,
        };
        let mut iteration = Vec::new();
        for generator in generators {
            comprehension_targets(&generator.target, &mut iteration);
        }
        let mut check = |expr: &ast::Expr| {
            find_walrus(expr, &mut |target, range| {
                if iteration.iter().any(|name| name == target) {
                    errors.push((
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{target}'"
                        ),
                        range,
                    ));
                }
            })
        };
        for generator in generators {
            generator.ifs.iter().for_each(&mut check);
        }
        elements.into_iter().for_each(check);
    });
    errors
}

fn comprehension_targets(target: &ast::Expr, names: &mut Vec<String>) {
    match target {
        ast::Expr::Name(name) => names.push(name.id.to_string()),
        ast::Expr::Tuple(tuple) => tuple
            .elts
            .iter()
            .for_each(|e| comprehension_targets(e, names)),
        ast::Expr::List(list) => list
            .elts
            .iter()
            .for_each(|e| comprehension_targets(e, names)),
        ast::Expr::Starred(starred) => comprehension_targets(&starred.value, names),
        _ => {}
    }
}

/// Every assignment expression in `expr` outside lambdas, with its target.
fn find_walrus(expr: &ast::Expr, found: &mut dyn FnMut(&str, TextRange)) {
    match expr {
        ast::Expr::NamedExpr(named) => {
            if let ast::Expr::Name(name) = named.target.as_ref() {
                found(name.id.as_str(), named.range);
            }
            find_walrus(&named.value, found);
        }
        ast::Expr::Lambda(_) => {}
        other => super::walk::for_each_child(other, &mut |child| find_walrus(child, found)),
    }
}
