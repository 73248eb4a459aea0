//! Code that runs at most once per program gets Cranelift's quick
//! compilation instead of its optimiser.
//!
//! A module body without a loop runs each of its instructions once (a
//! module is imported once), so optimising it cannot pay for itself: the
//! standard library's module bodies (class statements, decorators, tables
//! of constants) were about a fifth of the code generated for a program
//! importing `argparse`, and among the slowest functions to allocate
//! registers for. Such a body is compiled with `opt_level=none`; every
//! other function, module bodies with a loop included, keeps the
//! optimised settings.

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::isa::TargetIsa;
use cranelift_module::{Module, ModuleReloc};
use cranelift_object::ObjectModule;

use super::{CodegenError, err};
use crate::tir;

/// Whether `func` runs at most once: a module body whose control flow has
/// no cycle, exception edges included (a handler may jump back).
pub fn runs_once(func: &tir::Function) -> bool {
    if !func.is_module_init || func.blocks.is_empty() {
        return false;
    }
    let order = tir::cfg::reverse_postorder(func);
    let mut position = vec![usize::MAX; func.blocks.len()];
    for (at, block) in order.iter().enumerate() {
        position[block.index()] = at;
    }
    // In reverse postorder every edge of an acyclic graph goes forward.
    order.iter().enumerate().all(|(at, &block)| {
        tir::cfg::successors(func, block)
            .iter()
            .all(|next| position[next.index()] > at)
    })
}

/// Compile the function in `ctx` with `isa` (the quick settings) and add
/// it to `module` as `id`, as `Module::define_function` does with the
/// module's own settings.
pub fn define(
    module: &mut ObjectModule,
    isa: &dyn TargetIsa,
    ctx: &mut cranelift_codegen::Context,
    id: cranelift_module::FuncId,
) -> Result<(), CodegenError> {
    if let Err(e) = ctx.compile(isa, &mut ControlPlane::default()) {
        let name = e.func.name.to_string();
        return Err(err(
            &format!("compiling `{name}`"),
            format!("{:?}", e.inner),
        ));
    }
    let code = ctx
        .compiled_code()
        .ok_or_else(|| CodegenError("no compiled code".into()))?;
    let relocs: Vec<ModuleReloc> = code
        .buffer
        .relocs()
        .iter()
        .map(|reloc| ModuleReloc::from_mach_reloc(reloc, &ctx.func, id))
        .collect();
    let alignment = code.buffer.alignment as u64;
    module
        .define_function_bytes(id, alignment, code.buffer.data(), &relocs)
        .map_err(|e| err("defining a function", format!("{e:?}")))
}
