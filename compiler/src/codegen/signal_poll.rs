//! Signal polls on loop back edges, and the trampoline they call.
//!
//! Every loop turn tests the runtime's `TY_SIGNALS` byte (a load and a
//! branch) and, when a signal arrived, calls the runtime's
//! `ty_check_signals` on a cold path. The flag is a global at an address
//! taken PC-relative, not a field of the thread: testing the thread's field
//! made the register allocator copy the thread pointer into the cold
//! path's argument register on every turn. Cranelift hoists the flag's
//! address out of the loop, so it costs a register instead of that copy.
//!
//! A plain call on the cold path would clobber the caller-saved registers,
//! and even though it is cold the register allocator then moves the loop's
//! values into callee-saved registers or spills them around the whole loop.
//! So the cold path calls `typhon$poll_signals` instead, emitted once per
//! executable with Cranelift's `preserve_all` convention: it saves every
//! register it (and the runtime) may clobber, so at the loop the call
//! clobbers nothing and the loop's allocation is the one it would have
//! without a poll. `preserve_all` returns no value (its epilogue restores
//! every register), so the trampoline leaves `ty_check_signals`' result in
//! the main thread's `Thread::poll_result` for the loop to test. It takes
//! no argument either: passing the thread would pin it to the first
//! argument register around the loop (a copy on the hot path). Only the
//! main thread acts on signals, so the trampoline passes the main thread
//! (`TY_MAIN_THREAD`); called from another OS thread the runtime does
//! nothing, and that thread's own `poll_result`, never written, holds None,
//! so its loop goes on. The registers the trampoline saves are in its frame
//! on the stack, where the collector's conservative scan finds the words
//! they hold; tracebacks are recorded by the loop's own failure edge, as
//! before.

use cranelift_codegen::ir::{
    Block, InstBuilder, MemFlagsData, UserFuncName, Value, condcodes::IntCC, types,
};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId as ClifFuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use typhon_abi::thread_offsets;

use super::function::{Emitter, Env, Translator};
use super::{CodegenError, err};
use crate::tir::BlockId;

const TRAMPOLINE: &str = "typhon$poll_signals";

fn trampoline_signature(module: &ObjectModule) -> cranelift_codegen::ir::Signature {
    let mut sig = module.make_signature();
    sig.call_conv = CallConv::PreserveAll;
    sig
}

pub fn declare_trampoline(module: &mut ObjectModule) -> Result<ClifFuncId, CodegenError> {
    let sig = trampoline_signature(module);
    module
        .declare_function(TRAMPOLINE, Linkage::Local, &sig)
        .map_err(|e| err(TRAMPOLINE, e))
}

/// `typhon$poll_signals()`: `main.poll_result = ty_check_signals(main)`
/// for the main thread `main`.
pub fn trampoline(
    env: &mut Env,
    ctx: &mut cranelift_codegen::Context,
    fb_ctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    ctx.func.signature = trampoline_signature(env.module);
    ctx.func.name = UserFuncName::user(0, env.functions.poll_trampoline.as_u32());
    let mut em = Emitter::new(env, FunctionBuilder::new(&mut ctx.func, fb_ctx));
    let entry = em.b.create_block();
    em.b.switch_to_block(entry);
    let main = em.data_addr(em.env.imports.main_thread);
    em.ts = em.load_word(main, 0);
    let result = em.call_entry_value("ty_check_signals", &[]);
    em.finish_trampoline(result);
    Ok(())
}

impl Translator<'_, '_, '_, '_> {
    /// Whether a jump or branch to `targets` closes a cycle: one of them
    /// goes back in reverse postorder (every cycle of the CFG has such an
    /// edge, and a natural loop only its back edges, so a loop polls once
    /// an iteration).
    fn closes_cycle(&self, targets: &[BlockId]) -> bool {
        let here = self.order_pos[self.block_index];
        targets.iter().any(|t| self.order_pos[t.index()] <= here)
    }

    /// The jump to `target`, polling for signals first when it closes a
    /// cycle: act on the signals received (the runtime's `interrupt.rs`:
    /// Ctrl-C raises `KeyboardInterrupt` in every program, and the Python
    /// handlers run in a program that imports `signal`), as CPython's eval
    /// loop does between instructions. The flag's test branches straight to
    /// `target` (no block in between, whose edge copies would land on the
    /// loop's path); the call is cold and, through the trampoline, clobbers
    /// no register.
    pub(super) fn jump_polling(&mut self, target: BlockId) {
        let block = self.blocks[target.index()];
        if !self.closes_cycle(&[target]) {
            self.em.b.ins().jump(block, &[]);
            return;
        }
        let slow = self.signals_set();
        self.em.b.ins().brif(slow.0, slow.1, &[], block, &[]);
        self.em.b.switch_to_block(slow.1);
        self.check_signals(block);
    }

    /// Before a branch to `targets`: poll as `jump_polling` does when one
    /// closes a cycle.
    pub(super) fn poll_signals(&mut self, targets: &[BlockId]) {
        if !self.closes_cycle(targets) {
            return;
        }
        let (flag, slow) = self.signals_set();
        let done = self.em.b.create_block();
        self.em.b.ins().brif(flag, slow, &[], done, &[]);
        self.em.b.switch_to_block(slow);
        self.check_signals(done);
        self.em.b.switch_to_block(done);
    }

    /// Whether a signal arrived (a compare of the global flag in memory),
    /// and the cold block that acts on it.
    fn signals_set(&mut self) -> (Value, Block) {
        let addr = self.em.near_data_addr(self.em.env.imports.signals);
        let flag = self
            .em
            .b
            .ins()
            .load(types::I8, MemFlagsData::trusted(), addr, 0);
        let set = self.em.b.ins().icmp_imm_u(IntCC::NotEqual, flag, 0);
        let slow = self.em.b.create_block();
        self.em.b.set_cold_block(slow);
        (set, slow)
    }

    /// In the cold block: call the trampoline, fail if it raised, then go
    /// on to `next`.
    fn check_signals(&mut self, next: Block) {
        // The runtime reads the callee depth from the thread.
        self.em.sync_depth();
        let callee = self.em.func_ref(self.em.env.functions.poll_trampoline);
        self.em.b.ins().call(callee, &[]);
        let ts = self.em.ts;
        let result = self.em.load_word(ts, thread_offsets::POLL_RESULT);
        self.check_word(result);
        self.em.b.ins().jump(next, &[]);
    }
}
