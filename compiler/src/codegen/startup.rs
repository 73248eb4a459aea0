//! Generated code that is not a TIR function: the generic entry of each
//! function that can be called as a value, and `typhon_program_main`,
//! which creates the constants and module objects and runs the main module.

use cranelift_codegen::ir::{InstBuilder, UserFuncName, Value, condcodes::IntCC};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

use cranelift_module::Module;

use super::CodegenError;
use super::function::{Emitter, Env, WORD, word_signature};
use crate::tir::{self, Const, FuncId};
use typhon_abi::thread_offsets;

/// `symbol$generic(ts, func, args, nargs, kwnames)`: bind the arguments
/// with `ty_bind_args`, then call the function's direct symbol. A function
/// whose parameters are all positional-or-keyword, called with exactly
/// that many positional arguments, skips the binding (most calls through
/// values and methods are such calls).
pub fn generic_entry(
    env: &mut Env,
    ctx: &mut cranelift_codegen::Context,
    fb_ctx: &mut FunctionBuilderContext,
    func_id: FuncId,
    func: &tir::Function,
) -> Result<(), CodegenError> {
    let id = env.functions.generic[func_id.index()]
        .ok_or_else(|| CodegenError("missing generic entry".into()))?;
    ctx.func.signature = word_signature(env.module, 5);
    ctx.func.name = UserFuncName::user(0, id.as_u32());
    let mut em = Emitter::new(env, FunctionBuilder::new(&mut ctx.func, fb_ctx));
    let entry = em.b.create_block();
    em.b.append_block_params_for_function_params(entry);
    em.b.switch_to_block(entry);
    let params = em.b.block_params(entry).to_vec();
    em.ts = params[0];
    // The caller (the runtime, or generated code that stored its depth
    // first) left the depth in the thread; the function runs there, and
    // the thread's depth is restored for the caller on return.
    let depth = em.load_word(em.ts, thread_offsets::DEPTH);

    // A closure's code takes the cells of its free variables first.
    let n_params = func.params.len();
    let slot = em.stack_slot(n_params);
    if func.n_free > 0 {
        let cells = em.b.ins().stack_addr(WORD, slot, 0);
        em.call_entry("ty_function_cells", &[params[1], cells]);
    }
    let callee = em.func_ref(em.env.functions.direct[func_id.index()]);
    let cells: Vec<Value> = (0..func.n_free)
        .map(|idx| em.b.ins().stack_load(WORD, WORD, slot, (8 * idx) as i32))
        .collect();

    let plain = func
        .generic
        .as_ref()
        .is_some_and(|generic| generic.shape == 0);
    if plain {
        let n_args = (n_params - func.n_free) as i64;
        let no_keywords = em.b.ins().icmp_imm_s(IntCC::Equal, params[4], 0);
        let exact = em.b.ins().icmp_imm_s(IntCC::Equal, params[3], n_args);
        let fast = em.b.ins().band(no_keywords, exact);
        let direct = em.b.create_block();
        let bind = em.b.create_block();
        em.b.ins().brif(fast, direct, &[], bind, &[]);
        em.b.switch_to_block(direct);
        let mut args = vec![em.ts, depth];
        args.extend(cells.iter().copied());
        for idx in 0..n_args {
            let flags = cranelift_codegen::ir::MemFlagsData::trusted();
            args.push(em.b.ins().load(WORD, flags, params[2], (8 * idx) as i32));
        }
        let call = em.b.ins().call(callee, &args);
        let result = em.b.inst_results(call)[0];
        em.store_word(depth, em.ts, thread_offsets::DEPTH);
        em.b.ins().return_(&[result]);
        em.b.switch_to_block(bind);
    }

    let out = em.b.ins().stack_addr(WORD, slot, (8 * func.n_free) as i32);
    let status = em.call_entry_value(
        "ty_bind_args",
        &[params[1], params[2], params[3], params[4], out],
    );
    let failed = em.b.ins().icmp_imm_s(IntCC::SignedLessThan, status, 0);
    bail_if(&mut em, failed);

    let mut args = vec![em.ts, depth];
    args.extend(cells.iter().copied());
    for idx in func.n_free..n_params {
        args.push(em.b.ins().stack_load(WORD, WORD, slot, (8 * idx) as i32));
    }
    let call = em.b.ins().call(callee, &args);
    let result = em.b.inst_results(call)[0];
    em.store_word(depth, em.ts, thread_offsets::DEPTH);
    em.b.ins().return_(&[result]);
    em.b.seal_all_blocks();
    let config = em.env.module.target_config();
    em.b.finalize(config);
    Ok(())
}

/// `typhon_program_main(ts)`: register roots, create constants in id order,
/// create the module objects, run the main module's body.
pub fn program_main(
    env: &mut Env,
    ctx: &mut cranelift_codegen::Context,
    fb_ctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    ctx.func.signature = word_signature(env.module, 1);
    ctx.func.name = UserFuncName::user(0, env.functions.program_main.as_u32());
    let program = env.program;
    let mut em = Emitter::new(env, FunctionBuilder::new(&mut ctx.func, fb_ctx));
    let entry = em.b.create_block();
    em.b.append_block_params_for_function_params(entry);
    em.b.switch_to_block(entry);
    em.ts = em.b.block_params(entry)[0];

    let consts = em.data_addr(em.env.data.consts);
    let n_consts = em.word(program.consts.len() as i64);
    em.call_entry("ty_register_roots", &[consts, n_consts]);
    for (module_id, module) in program.modules.iter() {
        let globals = em.data_addr(em.env.data.module_globals[module_id.index()]);
        let n = em.word(module.globals.len() as i64);
        em.call_entry("ty_register_roots", &[globals, n]);
    }
    let modules = em.data_addr(em.env.data.modules);
    let n_modules = em.word(program.modules.len() as i64);
    em.call_entry("ty_register_roots", &[modules, n_modules]);

    for (const_id, constant) in program.consts.iter() {
        let value = make_const(&mut em, constant)?;
        bail_if_zero(&mut em, value);
        em.store_word(value, consts, 8 * const_id.0 as i32);
    }

    for (module_id, module) in program.modules.iter() {
        let names = em.data_addr(em.env.data.module_names[module_id.index()]);
        for (slot, name) in module.global_name_consts.iter().enumerate() {
            let name = em.load_word(consts, 8 * name.0 as i32);
            em.store_word(name, names, 8 * slot as i32);
        }
        let globals = em.data_addr(em.env.data.module_globals[module_id.index()]);
        let name = em.load_word(consts, 8 * module.name_const.0 as i32);
        let n = em.word(module.globals.len() as i64);
        // The module's init flag: 1 while its body runs, which makes a
        // failed attribute read say "partially initialized".
        let flags = em.data_addr(em.env.data.init_flags);
        let state = em.b.ins().iadd_imm_s(flags, module_id.0 as i64);
        let object = em.call_entry_value("ty_module_new", &[name, globals, names, n, state]);
        bail_if_zero(&mut em, object);
        em.store_word(object, modules, 8 * module_id.0 as i32);
    }

    let main_init = program.modules[program.main].init;
    let callee = em.func_ref(em.env.functions.direct[main_init.index()]);
    let ts = em.ts;
    let depth = em.load_word(ts, thread_offsets::DEPTH);
    let call = em.b.ins().call(callee, &[ts, depth]);
    let result = em.b.inst_results(call)[0];
    em.b.ins().return_(&[result]);
    em.b.seal_all_blocks();
    let config = em.env.module.target_config();
    em.b.finalize(config);
    Ok(())
}

fn make_const(em: &mut Emitter, constant: &Const) -> Result<Value, CodegenError> {
    let bytes_entry =
        |entry: &'static str, bytes: &[u8], em: &mut Emitter| -> Result<Value, CodegenError> {
            let data = em.env.data.string(em.env.module, bytes)?;
            let ptr = em.data_addr(data);
            let len = em.word(bytes.len() as i64);
            Ok(em.call_entry_value(entry, &[ptr, len]))
        };
    match constant {
        Const::Str(text) => bytes_entry("ty_str_from_utf8", text.as_bytes(), em),
        Const::BigInt(digits) => bytes_entry("ty_int_from_str", digits.as_bytes(), em),
        Const::Bytes(bytes) => bytes_entry("ty_bytes_new", bytes, em),
        Const::Float(value) => {
            let value = em.b.ins().f64const(*value);
            Ok(em.call_entry_value("ty_float_new", &[value]))
        }
        Const::Complex(re, im) => {
            let re = em.b.ins().f64const(*re);
            let im = em.b.ins().f64const(*im);
            Ok(em.call_entry_value("ty_complex_new", &[re, im]))
        }
        Const::Tuple(items) => {
            let consts = em.data_addr(em.env.data.consts);
            let values: Vec<Value> = items
                .iter()
                .map(|item| em.load_word(consts, 8 * item.0 as i32))
                .collect();
            let ptr = em.stack_words(&values);
            let n = em.word(values.len() as i64);
            Ok(em.call_entry_value("ty_build_tuple", &[ptr, n]))
        }
    }
}

/// Return 0 (exception pending) when `word` is zero.
fn bail_if_zero(em: &mut Emitter, word: Value) {
    let failed =
        em.b.ins()
            .icmp_imm_s(cranelift_codegen::ir::condcodes::IntCC::Equal, word, 0);
    bail_if(em, failed);
}

fn bail_if(em: &mut Emitter, failed: Value) {
    let fail = em.b.create_block();
    let ok = em.b.create_block();
    em.b.set_cold_block(fail);
    em.b.ins().brif(failed, fail, &[], ok, &[]);
    em.b.switch_to_block(fail);
    let zero = em.word(0);
    em.b.ins().return_(&[zero]);
    em.b.switch_to_block(ok);
}
