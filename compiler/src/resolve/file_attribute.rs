//! The module attributes `__file__`, `__package__` and `__annotations__`.
//!
//! CPython sets them in every module. typhon binds them as globals of every
//! Python module only when some module of the program mentions the name
//! (in code or in a string, so `getattr(m, "__file__")` counts): `__file__`
//! is an absolute path of the build machine, which would otherwise make
//! every executable depend on the folder it was built in.
//!
//! Values, as CPython 3.11 gives them: the main module's `__file__` is the
//! path given on the command line joined to the current folder (not
//! normalised), an imported module's is its file under the main file's
//! folder with symbolic links resolved (`sys.path[0]`), a standard-library
//! module's is its `<typhon>/stdlib/...` path; `__package__` is `None` in the
//! main module, the package's name in a package and its submodules, and `''`
//! in a top-level module.
//!
//! `__annotations__` is bound, when mentioned, in the modules where CPython
//! 3.11 has it before any code reads it: the main module (always, `{}`
//! without annotations) and every module whose body (outside functions and
//! classes) holds an annotated assignment. Elsewhere `module.__annotations__`
//! makes an empty dict on first read, in the runtime, as CPython's module
//! type does.

use super::Program;
use crate::syntax::ast;

/// The dunders bound only when mentioned, in CPython's namespace order.
const OPTIONAL_DUNDERS: [&str; 2] = ["__package__", "__file__"];

/// Add the mentioned optional dunders to every module's globals, after
/// `__name__` and `__doc__`.
pub fn add_dunders(program: &mut Program) {
    let mentioned: Vec<&str> = OPTIONAL_DUNDERS
        .into_iter()
        .filter(|name| {
            program
                .modules
                .iter()
                .any(|module| program.sources.file(module.file).text.contains(name))
        })
        .collect();
    let annotations_mentioned = (program.modules.iter()).any(|module| {
        program
            .sources
            .file(module.file)
            .text
            .contains("__annotations__")
    });
    for (index, module) in program.modules.iter_mut().enumerate() {
        let mut at = super::scope::MODULE_DUNDERS.len().min(module.globals.len());
        let annotations =
            annotations_mentioned && (index == program.main || has_annotations(&module.body));
        // CPython's namespace order: `__package__`, then `__annotations__`,
        // then `__file__`.
        let names = mentioned.iter().flat_map(|name| {
            let extra = (*name == "__package__" && annotations).then_some("__annotations__");
            std::iter::once(*name).chain(extra)
        });
        let names: Vec<&str> = match mentioned.contains(&"__package__") {
            true => names.collect(),
            false => annotations
                .then_some("__annotations__")
                .into_iter()
                .chain(names)
                .collect(),
        };
        for name in names {
            if !module.globals.iter().any(|global| global == name) {
                module.globals.insert(at, name.to_string());
                at += 1;
            }
        }
    }
}

/// Whether a body holds an annotated assignment outside functions and
/// classes, where CPython 3.11 sets up the namespace's `__annotations__`.
pub fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        ast::Stmt::AnnAssign(_) => true,
        ast::Stmt::For(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        ast::Stmt::AsyncFor(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        ast::Stmt::While(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        ast::Stmt::If(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        ast::Stmt::With(s) => has_annotations(&s.body),
        ast::Stmt::AsyncWith(s) => has_annotations(&s.body),
        ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => {
            crate::syntax::try_parts(stmt).is_some_and(|s| {
                has_annotations(s.body)
                    || s.handlers.iter().any(|handler| {
                        let ast::ExceptHandler::ExceptHandler(handler) = handler;
                        has_annotations(&handler.body)
                    })
                    || has_annotations(s.orelse)
                    || has_annotations(s.finalbody)
            })
        }
        ast::Stmt::Match(s) => s.cases.iter().any(|case| has_annotations(&case.body)),
        _ => false,
    })
}
