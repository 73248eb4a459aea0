//! Diagnostics: what every stage reports about the user's program.
//!
//! Stages report [`DiagKind`] variants carrying the facts (span, names);
//! the wording, codes and notes live here, in [`kinds`], so all messages
//! read alike. [`render`] turns a list of diagnostics into rustc-style text
//! (via `codespan-reporting`) or JSON lines for CI.

mod kinds;
mod render;

pub use kinds::{DiagKind, RelativeImportProblem};
pub use render::{render_human, render_json};

/// Index of a source file in the [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A byte range in one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One reported problem.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub kind: DiagKind,
    pub span: Span,
}

impl Diagnostic {
    pub fn new(kind: DiagKind, span: Span) -> Diagnostic {
        Diagnostic { kind, span }
    }

    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

/// Whether any diagnostic in the list is an error.
pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(|d| d.severity() == Severity::Error)
}

/// One loaded source file, with a line index for `line:col` positions.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as given (relative to where the compiler ran).
    pub path: String,
    pub text: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: String, text: String) -> SourceFile {
        let mut line_starts = vec![0];
        for (idx, byte) in text.bytes().enumerate() {
            if byte == b'\n' {
                line_starts.push(idx as u32 + 1);
            }
        }
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(idx) => idx as u32 + 1,
            Err(idx) => idx as u32,
        }
    }

    /// 1-based column (in characters) of a byte offset.
    pub fn column_of(&self, offset: u32) -> u32 {
        let line_start = self.line_starts[self.line_of(offset) as usize - 1] as usize;
        let end = (offset as usize).min(self.text.len());
        self.text
            .get(line_start..end)
            .map(|s| s.chars().count())
            .unwrap_or(0) as u32
            + 1
    }
}

/// Every source file of the program, indexed by [`FileId`].
#[derive(Debug, Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, path: String, text: String) -> FileId {
        self.files.push(SourceFile::new(path, text));
        FileId(self.files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }
}

/// The long explanation of a diagnostic code, for `typhon explain`.
pub fn explain(code: &str) -> Option<&'static str> {
    Some(match code {
        "syntax-error" => {
            "The program is not valid Python 3.11: the parser rejected it, or it uses a construct CPython refuses when compiling (such as `return` outside a function)."
        }
        "unreadable-file" => {
            "A source file named on the command line or reached by an import could not be read."
        }
        "unresolved-import" => {
            "An import names a module that is neither a file beside the main program (`name.py` or `name/__init__.py`) nor a module typhon provides. A `from module import name` whose module never binds `name` is only a warning: CPython raises `ImportError` when the line runs, and the compiled program does the same."
        }
        "unavailable-module" => {
            "An import names a standard-library module typhon does not provide yet, or a C extension module. typhon compiles Python source into one executable and cannot load compiled extensions. docs/unsupported.md lists what is available."
        }
        "unsupported-feature" => {
            "The program uses a Python feature typhon does not compile. typhon rejects such programs instead of producing an executable that would behave differently from CPython. docs/unsupported.md lists every such feature and whether support is planned."
        }
        "undefined-name" => {
            "A name is used but never assigned anywhere in its module and is not a builtin. CPython raises `NameError` when the line runs; the compiled program does the same. This is a warning."
        }
        "syntax-warning" => {
            "CPython compiles the program but prints a `SyntaxWarning` for this construct, which is almost always a mistake (such as `assert (x, \"message\")`, which never fails). The compiled program behaves as CPython's does; it does not print the warning. This is a warning."
        }
        _ => return None,
    })
}
