//! Runtime calls on slow paths that the types make rare, through
//! trampolines that clobber no register.
//!
//! An inline fast path whose slow path calls the runtime and rejoins (an
//! int `+` that overflowed into a big int, an int converted to a float
//! that is not inline) puts a System V call inside the loop around it.
//! Even on a cold path, that call clobbers every caller-saved register,
//! so Cranelift's register allocator keeps the loop's values in
//! callee-saved registers or, for floats (x86_64 has no callee-saved xmm
//! register), in stack slots for the whole loop: an accumulator's every
//! `+=` went through memory. The signal poll met the same problem and
//! solved it with a `preserve_all` trampoline (`signal_poll.rs`); this
//! module makes one such trampoline per runtime entry that a rare slow
//! path calls, `typhon$rare$<entry>`, emitted once per executable for the
//! entries its code uses.
//!
//! Cranelift's `preserve_all` convention takes arguments in the usual
//! registers but returns nothing (its epilogue restores every register),
//! so the trampoline leaves the entry's result in the thread's
//! `poll_result` word (`thread_offsets::POLL_RESULT`) and the caller reads
//! it back. The registers the trampoline saves sit in its frame on the
//! stack, where the collector's conservative scan finds the words they
//! hold, as for the poll.
//!
//! Only slow paths that the inferred types make rare use it: saving and
//! restoring every register costs some fifty instructions a call, more
//! than a generic operation on strings should pay on every use.

use std::collections::HashMap;

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Type, UserFuncName, Value};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId as ClifFuncId, Linkage, Module};
use typhon_abi::thread_offsets;

use super::function::{Emitter, Env, WORD};
use super::{CodegenError, err};

/// The trampolines declared so far, by runtime entry.
#[derive(Default)]
pub struct RareCalls {
    trampolines: HashMap<String, ClifFuncId>,
}

impl RareCalls {
    /// The trampoline for `entry` (whose result must be an int), declared on
    /// first use.
    fn trampoline(env: &mut Env, entry: &str) -> Result<ClifFuncId, CodegenError> {
        if let Some(id) = env.rare_calls.trampolines.get(entry) {
            return Ok(*id);
        }
        let name = format!("typhon$rare${entry}");
        let sig = trampoline_signature(env, entry);
        let id = env
            .module
            .declare_function(&name, Linkage::Local, &sig)
            .map_err(|e| err(&name, e))?;
        env.rare_calls.trampolines.insert(entry.to_string(), id);
        Ok(id)
    }
}

/// The entry's parameters (the thread first), with no result, under
/// `preserve_all`.
fn trampoline_signature(env: &Env, entry: &str) -> cranelift_codegen::ir::Signature {
    let id = env.imports.entry(entry);
    let mut sig = env
        .module
        .declarations()
        .get_function_decl(id)
        .signature
        .clone();
    sig.returns.clear();
    sig.call_conv = CallConv::PreserveAll;
    sig
}

impl Emitter<'_, '_, '_> {
    /// End a `preserve_all` trampoline (which returns nothing): leave
    /// `result`, widened to a word, in the thread's `poll_result`, return
    /// and finish the function.
    pub fn finish_trampoline(mut self, mut result: Value) {
        if self.b.func.dfg.value_type(result) != WORD {
            result = self.b.ins().sextend(WORD, result);
        }
        let ts = self.ts;
        self.b.ins().store(
            MemFlagsData::trusted(),
            result,
            ts,
            thread_offsets::POLL_RESULT,
        );
        self.b.ins().return_(&[]);
        self.b.seal_all_blocks();
        self.b.finalize(self.env.module.target_config());
    }

    /// `entry(ts, args...)`: through its trampoline when `rare`, else a
    /// plain call.
    pub fn call_entry_word(&mut self, rare: bool, entry: &str, args: &[Value]) -> Value {
        if rare {
            self.call_entry_rare(entry, args)
        } else {
            self.call_entry_value(entry, args)
        }
    }

    /// `entry(ts, args...)` through its trampoline: the call clobbers no
    /// register; the result word is read back from the thread.
    pub fn call_entry_rare(&mut self, entry: &str, args: &[Value]) -> Value {
        // Declaring a new local name cannot clash; should it fail all the
        // same, the plain call is as correct, only slower.
        let Ok(id) = RareCalls::trampoline(self.env, entry) else {
            return self.call_entry_value(entry, args);
        };
        let callee = self.func_ref(id);
        // The runtime reads the callee depth from the thread.
        self.sync_depth();
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(self.ts);
        all.extend_from_slice(args);
        self.b.ins().call(callee, &all);
        let ts = self.ts;
        let word = self.load_word(ts, thread_offsets::POLL_RESULT);
        match entry_result(self.env, entry) {
            WORD => word,
            narrow => self.b.ins().ireduce(narrow, word),
        }
    }
}

/// The type of `entry`'s result: a word or a narrower int (a status).
fn entry_result(env: &Env, entry: &str) -> Type {
    let id = env.imports.entry(entry);
    let sig = &env.module.declarations().get_function_decl(id).signature;
    sig.returns.first().map_or(WORD, |r| r.value_type)
}

/// Define every trampoline the program's code called: each calls its entry
/// and stores the result in the thread it was given.
pub fn define_all(
    env: &mut Env,
    ctx: &mut cranelift_codegen::Context,
    fb_ctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    let mut used: Vec<(String, ClifFuncId)> = env
        .rare_calls
        .trampolines
        .iter()
        .map(|(entry, id)| (entry.clone(), *id))
        .collect();
    used.sort_by_key(|(_, id)| id.as_u32());
    for (entry, id) in used {
        ctx.func.signature = trampoline_signature(env, &entry);
        ctx.func.name = UserFuncName::user(0, id.as_u32());
        let mut em = Emitter::new(env, FunctionBuilder::new(&mut ctx.func, fb_ctx));
        let block = em.b.create_block();
        em.b.append_block_params_for_function_params(block);
        em.b.switch_to_block(block);
        let params = em.b.block_params(block).to_vec();
        em.ts = params[0];
        let result = em.call_entry_value(&entry, &params[1..]);
        em.finish_trampoline(result);
        env.module.define_function(id, ctx).map_err(|e| {
            err(
                &format!("compiling `typhon$rare${entry}`"),
                format!("{e:?}"),
            )
        })?;
        env.module.clear_context(ctx);
    }
    Ok(())
}
