//! Runs the pipeline stages in order; the only place that knows them all.
//!
//! parse + resolve -> lower -> (verify) -> opt -> infer -> (verify) -> codegen. The driver
//! takes a file reader from `main.rs`, so stages stay free of IO; linking,
//! which runs the system linker, is the one stage with side effects and is
//! invoked by `main.rs` on the driver's output.

use std::path::Path;

use crate::diag::{self, Diagnostic, SourceMap};
use crate::infer::{self, InferMode};
use crate::{lower, opt, resolve, tir};

/// What the front end produced: always the sources (for rendering
/// diagnostics), the program when there were no errors.
pub struct FrontEnd {
    pub sources: SourceMap,
    pub diags: Vec<Diagnostic>,
    pub types: Option<infer::TypeTable>,
    pub program: Option<tir::Program>,
}

/// Parse, resolve and lower `main_path` and everything it imports, then
/// run the passes and type inference.
pub fn front_end(
    main_path: &str,
    mode: InferMode,
    inline: bool,
    read: &dyn Fn(&Path) -> std::io::Result<String>,
) -> FrontEnd {
    let (mut resolved, mut diags) = resolve::resolve(main_path, read);
    if diag::has_errors(&diags) {
        let sources = std::mem::take(&mut resolved.sources);
        return FrontEnd {
            sources,
            diags,
            types: None,
            program: None,
        };
    }
    let (mut program, lower_diags) = lower::lower_program(&resolved);
    diags.extend(lower_diags);
    if !diag::has_errors(&diags) {
        opt::comp_captures::run(&mut program);
    }
    opt::bound::prune_checks(&mut program);
    let mut types = None;
    let program = if diag::has_errors(&diags) {
        None
    } else {
        let problems = tir::verifier::verify(&program);
        if !problems.is_empty() {
            panic!(
                "TIR verifier failed after lowering:\n{}",
                problems.join("\n")
            );
        }
        let mut program = program;
        crate::opt::run(&mut program);
        types = Some(infer::run(&mut program, mode));
        crate::opt::calls::drop_own_global_checks(&mut program);
        crate::opt::builtin_calls::run(&mut program);
        crate::opt::range_loops::run(&mut program);
        crate::opt::iter_unpack::run(&mut program);
        crate::opt::wide_sum::run(&mut program);
        if inline {
            crate::opt::inline::run(&mut program);
            crate::opt::unroll::run(&mut program);
        }
        crate::opt::optional_floats::run(&mut program);
        crate::opt::forward::run(&mut program);
        crate::opt::scalar_instances::run(&mut program);
        let problems = tir::verifier::verify(&program);
        if !problems.is_empty() {
            panic!(
                "TIR verifier failed after the passes:\n{}",
                problems.join("\n")
            );
        }
        Some(program)
    };
    // The sources move out of the resolved program so diagnostics can be
    // rendered whatever happened.
    let sources = std::mem::take(&mut resolved.sources);
    FrontEnd {
        sources,
        diags,
        types,
        program,
    }
}
