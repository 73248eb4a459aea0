//! One level of a small recursive function inlined into itself, after
//! inlining (`inline`, `inline_blocks`).
//!
//! In: the typed program. Out: the same program where, in a small function
//! that calls itself directly (`fib`, `make` and `check` of a tree), each
//! such call is replaced by a copy of the function's body as it was, with
//! its own recursive calls left as calls. Each real call then does the work
//! of two levels of the recursion, so about half the calls (with their
//! prologue checks, saved registers and status tests) disappear; the
//! copies' leaf cases (`n < 2`) run without any call.
//!
//! The rules are those of [`super::inline_blocks`] (a graph leaf: no
//! exception handler, generator, closure cell, and only instructions that
//! cannot run Python code) except that direct calls are allowed in the
//! copy. What keeps CPython's behaviour:
//! - the copied frame's prologue check is `Op::RecursionCheck`, so
//!   `RecursionError` comes at the same depth, and a direct call in the
//!   copy passes its callee the depth one level deeper than the function's
//!   own callees (`Function::inlined_depth`, in code generation);
//! - the copy's lines are inlined frames, so a failure in it (an exception
//!   coming out of a deeper call included) adds the copied frame's
//!   traceback entry before the caller's, as the real call would have;
//! - the copy's other instructions cannot run Python code, so nothing can
//!   observe that the runtime's own depth (which only such code reads) is
//!   the function's callees' depth rather than one more.

use super::inline::{allowed_builtins, plain_function};
use super::inline_blocks::{graph_leaf_size, inline_self};
use crate::tir::{self, FuncId, Op};

/// Bodies larger than this (not counting local loads and stores) are not
/// copied: the saving is a call per level, the cost code size.
const MAX_OPS: usize = 40;

/// Unroll every small directly recursive function once.
pub fn run(program: &mut tir::Program) {
    let allowed = allowed_builtins();
    for idx in 0..program.functions.len() {
        let own = FuncId(idx as u32);
        let func = &program.functions[own];
        if !plain_function(func) || !calls_itself(func, own) {
            continue;
        }
        if graph_leaf_size(func, &allowed, true).is_none_or(|size| size > MAX_OPS) {
            continue;
        }
        let body = func.clone();
        inline_self(&mut program.functions[own], own, &body);
    }
}

/// Whether `func` (whose id is `own`) calls itself directly.
fn calls_itself(func: &tir::Function, own: FuncId) -> bool {
    func.blocks.items.iter().any(|block| {
        block
            .insts
            .iter()
            .any(|inst| matches!(inst.op, Op::CallDirect { func: callee, .. } if callee == own))
    })
}
