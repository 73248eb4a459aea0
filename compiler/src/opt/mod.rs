//! Passes on the typed IR, between lowering and code generation.
//!
//! In: a verified [`tir::Program`] from `lower`. Out: the same program,
//! still verified, ready for `codegen`. Passes today: [`bound`]
//! (definite assignment drops needless unbound-local checks; it runs right
//! after lowering), [`module_constants`] (globals a module body binds
//! before running any code: reads without the `NameError` test, constant
//! ones replaced by the constant), [`unpack`] (`a, b = x, y` without a
//! tuple) and
//! [`generators`] (generator functions become state machines). Type
//! inference (`crate::infer`) runs after them; [`calls`] (a recursive
//! call's read of its own global), [`builtin_calls`] (`ord(x)` of any `x`
//! without the generic call), [`iter_unpack`] (`for a, b in it`
//! without a tuple per step), [`inline`] (small direct callees copied
//! into their callers, with [`inline_blocks`] for callees with branches,
//! and [`unroll`] for one level of a small recursive function)
//! [`optional_floats`] (a `float | None` local without a box),
//! [`range_loops`] (`for x in range(a, b)` of exact ints without a range
//! object), [`wide_sum`] (the total of `sum(...)` over exact ints in an
//! `i128` accumulator of the frame) and
//! [`forward`] (values stored in a block read back from their registers),
//! [`scalar_instances`] (instances that never leave their block are not
//! made) run after inference, on the copies it made.

pub mod bound;
pub mod builtin_calls;
pub mod calls;
pub mod comp_captures;
pub mod forward;
pub mod generators;
pub mod inline;
pub mod inline_blocks;
pub mod iter_unpack;
pub mod module_constants;
pub mod optional_floats;
pub mod range_loops;
pub mod scalar_instances;
pub mod unpack;
pub mod unroll;
pub mod wide_sum;

use crate::tir;

/// Run every pass, in order.
pub fn run(program: &mut tir::Program) {
    unpack::run(program);
    module_constants::run(program);
    generators::run(program);
}
