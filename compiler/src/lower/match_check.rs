//! The `SyntaxError`s CPython's compiler raises for `match` statements,
//! reported as diagnostics before any code is lowered:
//!
//! ```python
//! match command:
//!     case x: ...            # name capture 'x' makes remaining patterns unreachable
//!     case [y, y]: ...       # multiple assignments to name 'y' in pattern
//!     case [a] | (b): ...    # alternative patterns bind different names
//!     case P(k=1, k=2): ...  # attribute name repeated in class pattern: k
//! ```
//!
//! Irrefutable patterns are allowed only where CPython allows them: in the
//! last case or a guarded one, as the last alternative of such a case's
//! `|` pattern, and anywhere inside sequence, mapping and class patterns.

use rustpython_parser::text_size::TextRange;

use super::builder::FnBuilder;
use super::match_stmt::pattern_range;
use crate::diag::DiagKind;
use crate::syntax::ast;

/// Whether the statement is free of these errors (each found is reported).
pub fn check_match(builder: &mut FnBuilder, stmt: &ast::StmtMatch) -> bool {
    let mut errors = Vec::new();
    let last = stmt.cases.len().saturating_sub(1);
    for (idx, case) in stmt.cases.iter().enumerate() {
        let allow_irrefutable = case.guard.is_some() || idx == last;
        let mut names = Vec::new();
        check_pattern(&case.pattern, allow_irrefutable, &mut names, &mut errors);
    }
    let ok = errors.is_empty();
    for (message, range) in errors {
        let span = builder.span(range);
        builder.lw.error(DiagKind::InvalidSyntax { message }, span);
    }
    ok
}

fn check_pattern(
    pattern: &ast::Pattern,
    allow_irrefutable: bool,
    names: &mut Vec<String>,
    errors: &mut Vec<(String, TextRange)>,
) {
    let range = pattern_range(pattern);
    match pattern {
        ast::Pattern::MatchValue(_) | ast::Pattern::MatchSingleton(_) => {}
        ast::Pattern::MatchAs(as_) => {
            match &as_.pattern {
                None if !allow_irrefutable => {
                    let message = match &as_.name {
                        Some(name) => {
                            format!("name capture '{name}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    errors.push((message, range));
                    return;
                }
                None => {}
                Some(inner) => check_pattern(inner, allow_irrefutable, names, errors),
            }
            if let Some(name) = &as_.name {
                bind(name.as_str(), range, names, errors);
            }
        }
        ast::Pattern::MatchStar(star) => {
            if let Some(name) = &star.name {
                bind(name.as_str(), range, names, errors);
            }
        }
        ast::Pattern::MatchSequence(seq) => {
            let stars = seq
                .patterns
                .iter()
                .filter(|p| matches!(p, ast::Pattern::MatchStar(_)))
                .count();
            if stars > 1 {
                errors.push((
                    "multiple starred names in sequence pattern".to_string(),
                    range,
                ));
                return;
            }
            for sub in &seq.patterns {
                check_pattern(sub, true, names, errors);
            }
        }
        ast::Pattern::MatchMapping(mapping) => {
            if mapping
                .rest
                .as_ref()
                .is_some_and(|rest| rest.as_str() == "_")
            {
                errors.push(("invalid syntax".to_string(), range));
                return;
            }
            let mut seen: Vec<String> = Vec::new();
            for key in &mapping.keys {
                if let Some(shown) = literal_key_repr(key) {
                    if seen.contains(&shown) {
                        errors.push((
                            format!("mapping pattern checks duplicate key ({shown})"),
                            range,
                        ));
                        return;
                    }
                    seen.push(shown);
                }
            }
            for sub in &mapping.patterns {
                check_pattern(sub, true, names, errors);
            }
            if let Some(rest) = &mapping.rest {
                bind(rest.as_str(), range, names, errors);
            }
        }
        ast::Pattern::MatchClass(class) => {
            for (idx, attr) in class.kwd_attrs.iter().enumerate() {
                if class.kwd_attrs[..idx].contains(attr) {
                    let at = class.kwd_patterns.get(idx).map_or(range, pattern_range);
                    errors.push((
                        format!("attribute name repeated in class pattern: {attr}"),
                        at,
                    ));
                    return;
                }
            }
            for sub in class.patterns.iter().chain(&class.kwd_patterns) {
                check_pattern(sub, true, names, errors);
            }
        }
        ast::Pattern::MatchOr(or) => {
            let last = or.patterns.len().saturating_sub(1);
            let mut first: Option<Vec<String>> = None;
            for (idx, alternative) in or.patterns.iter().enumerate() {
                let mut alt_names = Vec::new();
                let before = errors.len();
                check_pattern(
                    alternative,
                    allow_irrefutable && idx == last,
                    &mut alt_names,
                    errors,
                );
                if errors.len() > before {
                    return;
                }
                match &first {
                    None => first = Some(alt_names),
                    Some(expected) => {
                        let mut a = expected.clone();
                        let mut b = alt_names;
                        a.sort();
                        b.sort();
                        if a != b {
                            errors.push((
                                "alternative patterns bind different names".to_string(),
                                pattern_range(alternative),
                            ));
                            return;
                        }
                    }
                }
            }
            for name in first.unwrap_or_default() {
                bind(&name, range, names, errors);
            }
        }
    }
}

fn bind(
    name: &str,
    range: TextRange,
    names: &mut Vec<String>,
    errors: &mut Vec<(String, TextRange)>,
) {
    if names.iter().any(|bound| bound == name) {
        errors.push((
            format!("multiple assignments to name '{name}' in pattern"),
            range,
        ));
    } else {
        names.push(name.to_string());
    }
}

/// The repr of a literal mapping key, for the keys whose repr is easy to
/// reproduce exactly (others are not checked for duplicates).
fn literal_key_repr(key: &ast::Expr) -> Option<String> {
    let ast::Expr::Constant(constant) = key else {
        return None;
    };
    match &constant.value {
        ast::Constant::Str(text)
            if text
                .chars()
                .all(|c| (' '..='~').contains(&c) && c != '\\' && c != '\'') =>
        {
            Some(format!("'{text}'"))
        }
        ast::Constant::Int(value) => Some(value.to_string()),
        ast::Constant::None => Some("None".to_string()),
        ast::Constant::Bool(value) => Some(if *value { "True" } else { "False" }.to_string()),
        _ => None,
    }
}
