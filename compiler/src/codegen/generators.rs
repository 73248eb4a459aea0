//! Code generation for generators: resume functions and creation.
//!
//! A resume function (`tir::ResumeInfo`) is `fn(ts, generator, sent, mode)`.
//! Its locals are Cranelift variables loaded from the generator's frame
//! slots on entry and written back at each `yield`, so the body in between
//! is compiled like any other function. The entry switches on the saved
//! state: 0 starts at the first block, k resumes at the k-th resume block.
//! A `yield` stores the state and returns the value; a `return` stores
//! `DONE`. The runtime (`types/generator.rs`) does the rest of the protocol.

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, TrapCode, Value, types};
use cranelift_frontend::Switch;
use typhon_abi::generator_layout::{DELEGATE, DONE, SLOTS, STATE};

use super::CodegenError;
use super::function::{Translator, WORD};
use crate::tir::{self, BlockId, Type};

/// The arguments of a resume function.
#[derive(Clone, Copy)]
pub struct ResumeArgs {
    pub generator: Value,
    pub sent: Value,
    pub mode: Value,
}

fn slot_offset(slot: usize) -> i32 {
    SLOTS + 8 * slot as i32
}

impl Translator<'_, '_, '_, '_> {
    /// Load every local from the frame and jump to the block of the saved state.
    pub(super) fn resume_prologue(&mut self, info: &tir::ResumeInfo, params: &[Value]) {
        let args = ResumeArgs {
            generator: params[1],
            sent: params[2],
            mode: params[3],
        };
        self.resume = Some(args);
        for (idx, local) in self.b_func.locals.items.iter().enumerate() {
            let word = self.em.load_word(args.generator, slot_offset(idx));
            let value = match local.ty {
                Type::Obj | Type::Int => word,
                Type::Bool => self.em.b.ins().ireduce(types::I8, word),
                // Inference keeps frame locals boxed (`infer::rewrite`).
                Type::F64 => panic!("an unboxed float in a generator frame slot"),
            };
            self.em.b.def_var(self.locals[idx], value);
        }
        let state = self.em.load_word(args.generator, STATE);
        // An exception thrown into a generator that has not started is
        // raised at its `def` line, as CPython reports it.
        let start = self.em.b.create_block();
        let mut switch = Switch::new();
        switch.set_entry(0, start);
        for (idx, block) in info.resume_blocks.iter().enumerate() {
            switch.set_entry(idx as u128 + 1, self.blocks[block.index()]);
        }
        let invalid = self.em.b.create_block();
        self.em.b.set_cold_block(invalid);
        switch.emit(&mut self.em.b, state, invalid);
        self.em.b.switch_to_block(invalid);
        self.em.b.ins().trap(TrapCode::unwrap_user(2));
        self.em.b.switch_to_block(start);
        self.line = self.b_func.line;
        let thrown = self.fail_block(true);
        self.em
            .b
            .ins()
            .brif(args.mode, thrown, &[], self.blocks[0], &[]);
    }

    fn resume_args(&self) -> Result<ResumeArgs, CodegenError> {
        self.resume.ok_or_else(|| {
            CodegenError(format!(
                "`{}`: a generator operation outside a resume function",
                self.b_func.name
            ))
        })
    }

    /// `ResumeValue`: the sent value, or the thrown exception's failure edge.
    pub(super) fn resume_value(&mut self) -> Result<Value, CodegenError> {
        let args = self.resume_args()?;
        let fail = self.fail_block(true);
        let ok = self.em.b.create_block();
        self.em.b.ins().brif(args.mode, fail, &[], ok, &[]);
        self.em.b.switch_to_block(ok);
        Ok(args.sent)
    }

    /// `MakeGenerator`: allocate the generator and bind the arguments.
    pub(super) fn make_generator(
        &mut self,
        resume: tir::FuncId,
        args: &[tir::ValueId],
    ) -> Result<Value, CodegenError> {
        let target = &self.em.env.program.functions[resume];
        let info = target.resume.clone().ok_or_else(|| {
            CodegenError(format!(
                "make_generator of `{}`, not a resume function",
                target.name
            ))
        })?;
        let nslots = target.locals.len() as i64;
        let callee = self
            .em
            .func_ref(self.em.env.functions.direct[resume.index()]);
        let entry = self.em.b.ins().func_addr(WORD, callee);
        let nslots = self.em.word(nslots);
        let qualname = self.em.load_const(info.qualname);
        let generator = self.checked_call("ty_generator_new", &[entry, nslots, qualname]);
        for (arg, slot) in args.iter().zip(&info.param_slots) {
            let value = self.value(*arg);
            self.em
                .store_word(value, generator, slot_offset(slot.index()));
        }
        Ok(generator)
    }

    /// `Terminator::Yield`: save the frame and the state, hand out `value`.
    pub(super) fn suspend(
        &mut self,
        value: tir::ValueId,
        resume: BlockId,
        delegate: bool,
    ) -> Result<(), CodegenError> {
        let args = self.resume_args()?;
        let info = self
            .b_func
            .resume
            .as_ref()
            .expect("resume args imply resume info");
        let state = info
            .resume_blocks
            .iter()
            .position(|block| *block == resume)
            .ok_or_else(|| CodegenError("yield to an unlisted resume block".into()))?
            + 1;
        for (idx, local) in self.b_func.locals.items.iter().enumerate() {
            let var = self.em.b.use_var(self.locals[idx]);
            let word = match local.ty {
                Type::Obj | Type::Int => var,
                Type::Bool => self.em.b.ins().uextend(WORD, var),
                Type::F64 => return Err(CodegenError("an unboxed float in a frame slot".into())),
            };
            self.em.store_word(word, args.generator, slot_offset(idx));
        }
        let state = self.em.word(state as i64);
        self.em.store_word(state, args.generator, STATE);
        let value = self.value(value);
        if delegate {
            self.em.store_word(value, args.generator, DELEGATE);
        }
        self.epilogue_return(value);
        Ok(())
    }

    /// Before a resume function returns: the generator is finished.
    pub(super) fn mark_done(&mut self) {
        if let Some(args) = self.resume {
            let done = self.em.word(DONE);
            self.em
                .b
                .ins()
                .store(MemFlagsData::trusted(), done, args.generator, STATE);
        }
    }
}
