//! TIR -> machine code in a relocatable object file, through Cranelift.
//!
//! In: a verified [`tir::Program`]. Out: the bytes of an object file that
//! defines one symbol per TIR function, a generic entry for each function
//! that can be called as a value, the program's static data, and
//! `typhon_program_main`, which the runtime's `main` calls. Every call into
//! the runtime goes through an entry point of the ABI table in
//! `typhon_abi`, whose signatures are turned into Cranelift signatures in
//! [`runtime`]; nothing here knows how the runtime implements them.
//!
//! Conventions of the generated code (the runtime relies on them):
//! - A function is `fn(ts, params...) -> Word`; 0 means an exception is
//!   pending. The prologue counts the call depth and checks the stack
//!   pointer, raising `RecursionError`; every exit undoes the count.
//! - When an instruction fails, the failing edge appends `(frame, line)` to
//!   the exception's traceback, then jumps to the block's handler or leaves
//!   the function. `Propagate` and bare `raise` add no entry.
//! - Module globals live in one static array per module (0 = unbound),
//!   constants in one static array filled at start-up, in id order.
//!
//! Entry points: [`compile`] and [`emit_clif`].

mod alloc;
mod attr_sites;
mod class_words;
mod closures;
mod cold;
mod data;
mod depth_checks;
mod dict_displays;
mod dict_iters;
mod emitter;
mod enumerate_paths;
mod fast_paths;
mod field_cache;
mod field_guard;
mod fields;
mod float_lists;
mod fresh_fields;
mod function;
mod generators;
mod instructions;
mod int_regions;
mod item_slots;
mod iter_paths;
mod lazy_lists;
mod list_paths;
mod loop_exits;
mod method_sites;
mod non_floats;
mod rare_calls;
mod runtime;
mod seq_iters;
mod set_paths;
mod signal_poll;
mod small_values;
mod stack_clearing;
mod startup;
mod str_paths;
mod truth_branches;
mod typed;
mod unpack_paths;
mod wide_sum;

use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::Module;
use cranelift_object::{ObjectBuilder, ObjectModule};
use target_lexicon::Triple;

use crate::tir;

/// What to generate code for.
pub struct CodegenOptions {
    pub triple: Triple,
    /// Run Cranelift's optimiser (`opt_level=speed`).
    pub optimize: bool,
}

impl CodegenOptions {
    /// Optimised code for `triple`'s baseline ISA (no CPU feature
    /// detection, so the executable runs on any machine of the target).
    pub fn for_target(triple: Triple) -> Self {
        CodegenOptions {
            triple,
            optimize: true,
        }
    }
}

/// A failure inside code generation: always a typhon bug or an unsupported
/// target, never a problem with the user's program.
#[derive(Debug)]
pub struct CodegenError(pub String);

impl std::fmt::Display for CodegenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn err(context: &str, error: impl std::fmt::Display) -> CodegenError {
    CodegenError(format!("{context}: {error}"))
}

/// Compile the program into an object file.
pub fn compile(program: &tir::Program, options: &CodegenOptions) -> Result<Vec<u8>, CodegenError> {
    let module = generate(program, options, None)?;
    module
        .finish()
        .emit()
        .map_err(|e| err("writing the object file", e))
}

/// The Cranelift IR of every generated function, as text.
pub fn emit_clif(program: &tir::Program, options: &CodegenOptions) -> Result<String, CodegenError> {
    let mut text = String::new();
    generate(program, options, Some(&mut text))?;
    Ok(text)
}

fn generate(
    program: &tir::Program,
    options: &CodegenOptions,
    mut clif: Option<&mut String>,
) -> Result<ObjectModule, CodegenError> {
    let mut flags = settings::builder();
    let opt_level = if options.optimize { "speed" } else { "none" };
    flags
        .set("opt_level", opt_level)
        .map_err(|e| err("opt_level", e))?;
    // Debian's gcc links position-independent executables by default.
    flags.set("is_pic", "true").map_err(|e| err("is_pic", e))?;
    flags
        .set("preserve_frame_pointers", "true")
        .map_err(|e| err("frame pointers", e))?;
    // Functions start on a 64-byte line (Cranelift's default is 1 byte on
    // x86_64): where a hot loop falls relative to the instruction fetch
    // lines then depends on its own function's code only, not on the size
    // of every function before it (sum_loop's time moved by +-25% with
    // unrelated functions added before its loop). Hello world has three
    // generated functions, so the padding costs it nothing measurable.
    flags
        .set("log2_min_function_alignment", "6")
        .map_err(|e| err("function alignment", e))?;
    // Cranelift's IR verifier took about a seventh of a release build's
    // time (it runs several times per function). Debug builds of typhon,
    // which every test suite uses, keep it.
    let verify = if cfg!(debug_assertions) {
        "true"
    } else {
        "false"
    };
    flags
        .set("enable_verifier", verify)
        .map_err(|e| err("verifier", e))?;
    let isa = cranelift_codegen::isa::lookup(options.triple.clone())
        .map_err(|e| err("unsupported target", e))?
        .finish(settings::Flags::new(flags.clone()))
        .map_err(|e| err("target flags", e))?;
    // For code that runs once (`cold::runs_once`).
    flags
        .set("opt_level", "none")
        .map_err(|e| err("opt_level", e))?;
    let quick_isa = cranelift_codegen::isa::lookup(options.triple.clone())
        .map_err(|e| err("unsupported target", e))?
        .finish(settings::Flags::new(flags))
        .map_err(|e| err("target flags", e))?;
    let builder = ObjectBuilder::new(
        isa,
        "typhon_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| err("object builder", e))?;
    let mut module = ObjectModule::new(builder);

    let imports = runtime::Imports::declare(&mut module)?;
    let data = data::ProgramData::declare(&mut module, program)?;
    let functions = function::declare_all(&mut module, program)?;

    let mut ctx = module.make_context();
    let mut fb_ctx = cranelift_frontend::FunctionBuilderContext::new();
    let mut env = function::Env {
        module: &mut module,
        program,
        imports: &imports,
        data: &data,
        functions: &functions,
        imports_sys: function::imports_sys(program),
        known_iter_params: iter_paths::known_iter_params(program),
        non_float_returns: non_floats::non_float_returns(program),
        stack_clearing: stack_clearing::StackClearing::new(program),
        rare_calls: rare_calls::RareCalls::default(),
    };
    for (func_id, func) in program.functions.iter() {
        function::translate(&mut env, &mut ctx, &mut fb_ctx, func_id, func)?;
        let id = functions.direct[func_id.index()];
        if cold::runs_once(func) {
            if let Some(text) = clif.as_deref_mut() {
                text.push_str(&ctx.func.display().to_string());
                text.push('\n');
            }
            cold::define(env.module, &*quick_isa, &mut ctx, id)?;
            env.module.clear_context(&mut ctx);
        } else {
            define(&mut env, &mut ctx, id, clif.as_deref_mut())?;
        }
        if func.generic.is_some() {
            startup::generic_entry(&mut env, &mut ctx, &mut fb_ctx, func_id, func)?;
            let id = functions.generic[func_id.index()]
                .ok_or_else(|| CodegenError("generic entry".into()))?;
            define(&mut env, &mut ctx, id, clif.as_deref_mut())?;
        }
    }
    signal_poll::trampoline(&mut env, &mut ctx, &mut fb_ctx)?;
    define(
        &mut env,
        &mut ctx,
        functions.poll_trampoline,
        clif.as_deref_mut(),
    )?;
    startup::program_main(&mut env, &mut ctx, &mut fb_ctx)?;
    define(&mut env, &mut ctx, functions.program_main, clif)?;
    rare_calls::define_all(&mut env, &mut ctx, &mut fb_ctx)?;
    Ok(module)
}

fn define(
    env: &mut function::Env,
    ctx: &mut cranelift_codegen::Context,
    id: cranelift_module::FuncId,
    clif: Option<&mut String>,
) -> Result<(), CodegenError> {
    truth_branches::thread(&mut ctx.func);
    if let Some(text) = clif {
        text.push_str(&ctx.func.display().to_string());
        text.push('\n');
    }
    env.module
        .define_function(id, ctx)
        .map_err(|e| err(&format!("compiling `{}`", ctx.func.name), format!("{e:?}")))?;
    env.module.clear_context(ctx);
    Ok(())
}
