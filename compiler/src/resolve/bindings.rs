//! Names bound inside expressions and patterns, which the statement-level
//! scope analysis would not see: assignment expressions (`(n := len(x))`)
//! and the captures of `match` patterns (`case [x, *rest]`).
//!
//! A walrus inside a comprehension binds in the enclosing function (PEP
//! 572), but typhon does not descend into comprehensions or lambdas here:
//! until they bind the name in the right scope, lowering reports the target
//! as a name it cannot resolve instead of binding it in the wrong one.

use crate::syntax::ast;

/// Push the names bound by assignment expressions in the expressions
/// `stmt` holds itself (not in the statements nested in it).
pub fn walrus_targets(stmt: &ast::Stmt, bound: &mut Vec<String>) {
    super::walk::for_each_stmt_expr(stmt, &mut |expr| expr_walrus_targets(expr, bound));
}

fn expr_walrus_targets(expr: &ast::Expr, bound: &mut Vec<String>) {
    match expr {
        ast::Expr::NamedExpr(named) => {
            expr_walrus_targets(&named.value, bound);
            if let ast::Expr::Name(name) = named.target.as_ref() {
                push_unique(bound, name.id.as_str());
            }
        }
        ast::Expr::Lambda(_)
        | ast::Expr::ListComp(_)
        | ast::Expr::SetComp(_)
        | ast::Expr::DictComp(_)
        | ast::Expr::GeneratorExp(_) => {}
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
