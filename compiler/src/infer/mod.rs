//! Type inference: a static type for every value of the program.
//!
//! In: the resolved program. Out: a [`TypeTable`] that `lower` consults.
//! This first version assigns the dynamic type `obj` everywhere, which is
//! always sound (DESIGN.md: the dynamic path is the reference
//! implementation); whole-program inference with specialisation replaces
//! it. `--infer=none` selects this behaviour explicitly and will keep
//! doing so once inference exists.

use crate::resolve;

/// How much inference to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InferMode {
    /// Whole-program inference (currently equivalent to `None`).
    Full,
    /// Every value is `obj`.
    None,
}

/// Inferred types. Empty until inference lands: every lookup answers `obj`.
#[derive(Debug, Default)]
pub struct TypeTable {
    /// One line per module describing what was inferred, for `--emit types`.
    pub summary: Vec<String>,
}

/// Infer types for the whole program.
pub fn infer(program: &resolve::Program, mode: InferMode) -> TypeTable {
    let mut table = TypeTable::default();
    for module in &program.modules {
        let detail = match mode {
            InferMode::Full | InferMode::None => "every value: obj",
        };
        table
            .summary
            .push(format!("module {}: {detail}", module.name));
    }
    table
}
