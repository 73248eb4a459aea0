//! Source text -> AST, wrapping `rustpython-parser`.
//!
//! In: a file's text and its [`FileId`]. Out: the module's statements with
//! byte ranges, or a `syntax-error` diagnostic. The parser accepts the
//! Python 3.11 grammar; anything it rejects is reported here, and nothing
//! after this stage sees malformed text.

pub mod asyncs;
mod surrogates;

pub use rustpython_parser::ast;
use rustpython_parser::{Parse, text_size::TextRange};

use crate::diag::{DiagKind, Diagnostic, FileId, Span};

/// Parse a whole module.
pub fn parse_module(text: &str, path: &str, file: FileId) -> Result<Vec<ast::Stmt>, Diagnostic> {
    let mut body = ast::Suite::parse(text, path).map_err(|err| {
        let offset = u32::from(err.offset).min(text.len() as u32);
        let message = describe(&err.error);
        Diagnostic::new(
            DiagKind::SyntaxError { message },
            Span {
                file,
                start: offset,
                end: offset,
            },
        )
    })?;
    surrogates::check(text, file)?;
    asyncs::desugar(&mut body);
    Ok(body)
}

/// The span of an AST range in `file`.
pub fn span(file: FileId, range: TextRange) -> Span {
    Span {
        file,
        start: range.start().into(),
        end: range.end().into(),
    }
}

fn describe(error: &rustpython_parser::ParseErrorType) -> String {
    use rustpython_parser::ParseErrorType;
    match error {
        ParseErrorType::Eof => "unexpected end of file".into(),
        ParseErrorType::ExtraToken(tok) => format!("unexpected `{tok}`"),
        ParseErrorType::InvalidToken => "invalid token".into(),
        ParseErrorType::UnrecognizedToken(tok, _) => format!("invalid syntax: unexpected `{tok}`"),
        ParseErrorType::Lexical(lexical) => format!("invalid syntax: {lexical}"),
    }
}

/// The parts of a `try` statement, with `except` or `except*` clauses
/// (`star`): the passes that only walk statements treat both alike.
pub struct TryParts<'a> {
    pub body: &'a [ast::Stmt],
    pub handlers: &'a [ast::ExceptHandler],
    pub orelse: &'a [ast::Stmt],
    pub finalbody: &'a [ast::Stmt],
    pub star: bool,
}

/// `stmt`'s parts when it is a `try` statement.
pub fn try_parts(stmt: &ast::Stmt) -> Option<TryParts<'_>> {
    match stmt {
        ast::Stmt::Try(stmt) => Some(TryParts {
            body: &stmt.body,
            handlers: &stmt.handlers,
            orelse: &stmt.orelse,
            finalbody: &stmt.finalbody,
            star: false,
        }),
        ast::Stmt::TryStar(stmt) => Some(TryParts {
            body: &stmt.body,
            handlers: &stmt.handlers,
            orelse: &stmt.orelse,
            finalbody: &stmt.finalbody,
            star: true,
        }),
        _ => None,
    }
}
