//! Every kind of diagnostic and its wording: code, message, label, notes.
//!
//! Messages are lowercase with no trailing period and put code in
//! backticks; longer explanations go in notes.

use super::Severity;

#[derive(Clone, Debug, PartialEq)]
pub enum DiagKind {
    /// The parser rejected the text.
    SyntaxError { message: String },
    /// The source file could not be read.
    UnreadableFile { path: String, reason: String },
    /// An import names a module typhon cannot find.
    UnresolvedImport { module: String, searched: String },
    /// An import names a C extension or a standard module typhon lacks.
    UnavailableModule {
        module: String,
        is_extension: bool,
        /// A file of that name beside the program, which CPython would not
        /// import either (its built-in module comes first).
        local_file_ignored: bool,
    },
    /// `from m import x` where `m` has no `x`.
    UnresolvedImportName { module: String, name: String },
    /// `from . import x` where the importing module has no such package.
    InvalidRelativeImport { problem: RelativeImportProblem },
    /// A Python feature typhon does not compile (yet or ever).
    UnsupportedFeature { feature: String, reason: String },
    /// A construct CPython rejects when compiling.
    InvalidSyntax { message: String },
    /// A name used but never bound anywhere the program can see.
    UndefinedName { name: String },
    /// A construct CPython warns about when compiling (`SyntaxWarning`).
    SyntaxWarning { message: String },
}

/// Why a relative import cannot be resolved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RelativeImportProblem {
    /// The importing module is not in a package (the main file, a module beside it).
    NoParentPackage,
    /// More leading dots than the importing module has enclosing packages.
    BeyondTopLevel,
}

impl DiagKind {
    pub fn code(&self) -> &'static str {
        match self {
            DiagKind::SyntaxError { .. } | DiagKind::InvalidSyntax { .. } => "syntax-error",
            DiagKind::UnreadableFile { .. } => "unreadable-file",
            DiagKind::UnresolvedImport { .. }
            | DiagKind::UnresolvedImportName { .. }
            | DiagKind::InvalidRelativeImport { .. } => "unresolved-import",
            DiagKind::UnavailableModule { .. } => "unavailable-module",
            DiagKind::UnsupportedFeature { .. } => "unsupported-feature",
            DiagKind::UndefinedName { .. } => "undefined-name",
            DiagKind::SyntaxWarning { .. } => "syntax-warning",
        }
    }

    pub fn severity(&self) -> Severity {
        match self {
            DiagKind::UndefinedName { .. }
            | DiagKind::SyntaxWarning { .. }
            | DiagKind::UnresolvedImportName { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    pub fn message(&self) -> String {
        match self {
            DiagKind::SyntaxError { message }
            | DiagKind::InvalidSyntax { message }
            | DiagKind::SyntaxWarning { message } => message.clone(),
            DiagKind::UnreadableFile { path, reason } => format!("cannot read `{path}`: {reason}"),
            DiagKind::UnresolvedImport { module, .. } => format!("no module named `{module}`"),
            DiagKind::UnavailableModule { module, .. } => {
                format!("module `{module}` is not available in typhon")
            }
            DiagKind::UnresolvedImportName { module, name } => {
                format!("cannot import name `{name}` from `{module}`")
            }
            DiagKind::UnsupportedFeature { feature, .. } => {
                format!("typhon does not support {feature} yet")
            }
            // CPython's `ImportError` messages.
            DiagKind::InvalidRelativeImport {
                problem: RelativeImportProblem::NoParentPackage,
            } => "attempted relative import with no known parent package".into(),
            DiagKind::InvalidRelativeImport {
                problem: RelativeImportProblem::BeyondTopLevel,
            } => "attempted relative import beyond top-level package".into(),
            DiagKind::UndefinedName { name } => format!("name `{name}` is never defined"),
        }
    }

    /// Short text under the carets.
    pub fn label(&self) -> String {
        match self {
            DiagKind::SyntaxError { .. } | DiagKind::InvalidSyntax { .. } => "here".into(),
            DiagKind::SyntaxWarning { .. } => {
                "CPython prints a `SyntaxWarning` here when compiling".into()
            }
            DiagKind::UnreadableFile { .. } => "imported here".into(),
            DiagKind::UnresolvedImport { .. } | DiagKind::UnavailableModule { .. } => {
                "imported here".into()
            }
            DiagKind::UnresolvedImportName { .. } => {
                "not defined in that module: raises `ImportError` when run".into()
            }
            DiagKind::InvalidRelativeImport { .. } => "raises `ImportError` when run".into(),
            DiagKind::UnsupportedFeature { .. } => "not supported".into(),
            DiagKind::UndefinedName { .. } => "raises `NameError` when evaluated".into(),
        }
    }

    pub fn notes(&self) -> Vec<String> {
        match self {
            DiagKind::UnresolvedImport { searched, .. } => vec![format!("searched: {searched}")],
            DiagKind::UnavailableModule { is_extension: true, .. } => vec![
                "it is a C extension module; typhon compiles Python source and cannot load compiled extensions"
                    .into(),
            ],
            DiagKind::UnavailableModule {
                is_extension: false,
                local_file_ignored,
                module,
            } => {
                let mut notes = vec![
                    "see docs/unsupported.md for the standard-library modules typhon provides"
                        .to_string(),
                ];
                if *local_file_ignored {
                    notes.push(format!(
                        "the `{module}` beside the program is not imported: CPython finds its built-in module first"
                    ));
                }
                notes
            }
            DiagKind::UnsupportedFeature { reason, .. } => vec![reason.clone()],
            DiagKind::InvalidRelativeImport {
                problem: RelativeImportProblem::NoParentPackage,
            } => vec![
                "the main file and modules beside it are not in a package; import them by name"
                    .into(),
            ],
            _ => vec![],
        }
    }
}
