//! `async def`, `async for` and `async with` as their synchronous forms
//! plus a marker.
//!
//! Right after parsing, each of these statements becomes the matching
//! `def`/`for`/`with` node whose `type_comment` (a field typhon never reads
//! otherwise: type comments are not parsed into it by the 3.11 grammar it
//! accepts) holds [`ASYNC_MARK`]. Scope analysis, closures and every other
//! pass that only walks statements then handle them unchanged; lowering
//! asks [`is_async`] where the two forms differ (`lower/coroutines.rs`).

use super::ast;

/// The `type_comment` of a statement that was written `async`.
pub const ASYNC_MARK: &str = "\u{0}async";

/// Whether a `def`/`for`/`with` node was written with `async`.
pub fn is_async(type_comment: &Option<String>) -> bool {
    type_comment.as_deref() == Some(ASYNC_MARK)
}

/// Rewrite every async statement of `body`, nested bodies included.
pub fn desugar(body: &mut [ast::Stmt]) {
    for stmt in body.iter_mut() {
        desugar_stmt(stmt);
    }
}

fn mark() -> Option<String> {
    Some(ASYNC_MARK.to_string())
}

fn desugar_stmt(stmt: &mut ast::Stmt) {
    let placeholder = || {
        ast::Stmt::Pass(ast::StmtPass {
            range: Default::default(),
        })
    };
    match stmt {
        ast::Stmt::AsyncFunctionDef(_) => {
            let ast::Stmt::AsyncFunctionDef(def) = std::mem::replace(stmt, placeholder()) else {
                unreachable!()
            };
            *stmt = ast::Stmt::FunctionDef(ast::StmtFunctionDef {
                range: def.range,
                name: def.name,
                args: def.args,
                body: def.body,
                decorator_list: def.decorator_list,
                returns: def.returns,
                type_comment: mark(),
                type_params: def.type_params,
            });
        }
        ast::Stmt::AsyncFor(_) => {
            let ast::Stmt::AsyncFor(node) = std::mem::replace(stmt, placeholder()) else {
                unreachable!()
            };
            *stmt = ast::Stmt::For(ast::StmtFor {
                range: node.range,
                target: node.target,
                iter: node.iter,
                body: node.body,
                orelse: node.orelse,
                type_comment: mark(),
            });
        }
        ast::Stmt::AsyncWith(_) => {
            let ast::Stmt::AsyncWith(node) = std::mem::replace(stmt, placeholder()) else {
                unreachable!()
            };
            *stmt = ast::Stmt::With(ast::StmtWith {
                range: node.range,
                items: node.items,
                body: node.body,
                type_comment: mark(),
            });
        }
        _ => {}
    }
    match stmt {
        ast::Stmt::FunctionDef(def) => desugar(&mut def.body),
        ast::Stmt::ClassDef(def) => desugar(&mut def.body),
        ast::Stmt::For(node) => {
            desugar(&mut node.body);
            desugar(&mut node.orelse);
        }
        ast::Stmt::While(node) => {
            desugar(&mut node.body);
            desugar(&mut node.orelse);
        }
        ast::Stmt::If(node) => {
            desugar(&mut node.body);
            desugar(&mut node.orelse);
        }
        ast::Stmt::With(node) => desugar(&mut node.body),
        ast::Stmt::Match(node) => {
            for case in &mut node.cases {
                desugar(&mut case.body);
            }
        }
        ast::Stmt::Try(node) => try_bodies(
            &mut node.body,
            &mut node.handlers,
            &mut node.orelse,
            &mut node.finalbody,
        ),
        ast::Stmt::TryStar(node) => try_bodies(
            &mut node.body,
            &mut node.handlers,
            &mut node.orelse,
            &mut node.finalbody,
        ),
        _ => {}
    }
}

fn try_bodies(
    body: &mut [ast::Stmt],
    handlers: &mut [ast::ExceptHandler],
    orelse: &mut [ast::Stmt],
    finalbody: &mut [ast::Stmt],
) {
    desugar(body);
    for handler in handlers {
        let ast::ExceptHandler::ExceptHandler(handler) = handler;
        desugar(&mut handler.body);
    }
    desugar(orelse);
    desugar(finalbody);
}
