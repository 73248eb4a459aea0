//! Helpers for emitting Cranelift code shared by TIR functions, generic
//! entries and the start-up function: runtime calls, data addresses,
//! stack arrays, constants and the static singletons.

use std::collections::HashMap;

use cranelift_codegen::ir::{
    AbiParam, Block, FuncRef, GlobalValue, GlobalValueData, InstBuilder, MemFlagsData,
    StackSlotData, StackSlotKind, Value, condcodes::IntCC, types,
};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::{DataId, FuncId as ClifFuncId, Linkage, Module};

use super::CodegenError;
use super::function::{Env, WORD};
use crate::tir;

/// Shared state of code emission inside one Cranelift function; also used
/// by the start-up code and generic entries.
pub struct Emitter<'e, 'm, 'b> {
    pub env: &'e mut Env<'m>,
    pub b: FunctionBuilder<'b>,
    pub ts: Value,
    func_refs: HashMap<ClifFuncId, FuncRef>,
    data_refs: HashMap<DataId, GlobalValue>,
    /// The recursion depth this frame's callees run at, in a TIR function.
    /// Direct calls pass it as an argument; everything else (the runtime,
    /// generic entries, resume functions) reads it from the thread state,
    /// so it is stored there before such calls (see `sync_depth`).
    pub depth: Option<Value>,
    /// The block in which `depth` was last stored with no direct call
    /// since (a direct callee stores its own depth; everything else
    /// leaves the thread's depth as it found it).
    depth_stored_in: Option<Block>,
}

impl<'e, 'm, 'b> Emitter<'e, 'm, 'b> {
    pub fn new(env: &'e mut Env<'m>, b: FunctionBuilder<'b>) -> Self {
        Emitter {
            env,
            b,
            ts: Value::from_u32(0),
            func_refs: HashMap::new(),
            data_refs: HashMap::new(),
            depth: None,
            depth_stored_in: None,
        }
    }

    /// Store this frame's callee depth in the thread state, unless it is
    /// there already (stored earlier in the same block, no direct call
    /// since): runtime entries and generic entries read it from there.
    pub fn sync_depth(&mut self) {
        let Some(depth) = self.depth else {
            return;
        };
        let here = self.b.current_block();
        if here.is_some() && self.depth_stored_in == here {
            return;
        }
        self.b.ins().store(
            MemFlagsData::trusted(),
            depth,
            self.ts,
            typhon_abi::thread_offsets::DEPTH,
        );
        self.depth_stored_in = here;
    }

    /// A direct call returned: the thread's depth is the callee's.
    pub fn depth_clobbered(&mut self) {
        self.depth_stored_in = None;
    }

    /// How many blocks the function has so far (see `cold_from`).
    pub fn blocks_made(&self) -> usize {
        self.b.func.dfg.num_blocks()
    }

    /// Mark cold every block made since there were `first`: the general
    /// copy of a guarded tail (`field_guard.rs`, `int_regions.rs`), not
    /// only its entry, whose other blocks Cranelift would lay out among
    /// the guarded copy's, on the loop's path (spectral_norm: 14% slower
    /// with only the entry cold).
    pub fn cold_from(&mut self, first: usize) {
        for index in first..self.blocks_made() {
            let block = Block::from_u32(index as u32);
            self.b.set_cold_block(block);
        }
    }

    pub fn func_ref(&mut self, id: ClifFuncId) -> FuncRef {
        if let Some(r) = self.func_refs.get(&id) {
            return *r;
        }
        let r = self.env.module.declare_func_in_func(id, self.b.func);
        self.func_refs.insert(id, r);
        r
    }

    pub fn data_addr(&mut self, id: DataId) -> Value {
        let gv = match self.data_refs.get(&id) {
            Some(gv) => *gv,
            None => {
                let gv = self.env.module.declare_data_in_func(id, self.b.func);
                self.data_refs.insert(id, gv);
                gv
            }
        };
        self.b.ins().symbol_value(WORD, gv)
    }

    /// The address of the runtime data `id`, taken PC-relative (no GOT
    /// load): the runtime archive is linked into the executable, so the
    /// symbol is always defined next to the code. Only for data read on a
    /// hot path (the signal flag), since it changes how every use of `id`
    /// in this function is relocated.
    pub fn near_data_addr(&mut self, id: DataId) -> Value {
        let addr = self.data_addr(id);
        let gv = self.data_refs[&id];
        if let GlobalValueData::Symbol { colocated, .. } = &mut self.b.func.global_values[gv] {
            *colocated = true;
        }
        addr
    }

    /// Call a runtime entry point with `ts` prepended; its result, if any.
    pub fn call_entry(&mut self, name: &str, args: &[Value]) -> Option<Value> {
        let id = self.env.imports.entry(name);
        let callee = self.func_ref(id);
        self.sync_depth();
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(self.ts);
        all.extend_from_slice(args);
        let call = self.b.ins().call(callee, &all);
        self.b.inst_results(call).first().copied()
    }

    /// The builtin `typhon_abi::BUILTINS[index]`, from its runtime
    /// accessor `ty_builtin$<name>` (no arguments, never fails): one symbol
    /// per builtin, so an executable links only the builtins it names
    /// (`ty_builtin(index)` would link them all).
    pub fn builtin(&mut self, index: usize) -> Result<Value, CodegenError> {
        let symbol = format!("ty_builtin${}", typhon_abi::BUILTINS[index]);
        let mut sig = self.env.module.make_signature();
        sig.returns.push(AbiParam::new(WORD));
        let id = self
            .env
            .module
            .declare_function(&symbol, Linkage::Import, &sig)
            .map_err(|e| super::err(&symbol, e))?;
        let callee = self.func_ref(id);
        let call = self.b.ins().call(callee, &[]);
        Ok(self.b.inst_results(call)[0])
    }

    pub fn call_entry_value(&mut self, name: &str, args: &[Value]) -> Value {
        match self.call_entry(name, args) {
            Some(v) => v,
            None => panic!("runtime entry `{name}` returns nothing"),
        }
    }

    pub fn word(&mut self, value: i64) -> Value {
        self.b.ins().iconst(WORD, value)
    }

    pub fn i32(&mut self, value: i64) -> Value {
        self.b.ins().iconst(types::I32, value)
    }

    /// Store `values` in a fresh stack array; its address (0 when empty).
    pub fn stack_words(&mut self, values: &[Value]) -> Value {
        if values.is_empty() {
            return self.word(0);
        }
        let slot = self.stack_slot(values.len());
        for (idx, value) in values.iter().enumerate() {
            self.b
                .ins()
                .stack_store(WORD, *value, slot, (8 * idx) as i32);
        }
        self.b.ins().stack_addr(WORD, slot, 0)
    }

    pub fn stack_slot(&mut self, n_words: usize) -> cranelift_codegen::ir::StackSlot {
        self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (8 * n_words.max(1)) as u32,
            3,
        ))
    }

    /// Branch to `yes` when `obj` is an object (not an inline int) whose
    /// type word is the runtime's type object `ty` exactly, else to `no`.
    pub fn branch_on_type(&mut self, obj: Value, ty: DataId, yes: Block, no: Block) {
        let check_type = self.b.create_block();
        let tag = self.b.ins().band_imm_s(obj, 1);
        self.b.ins().brif(tag, no, &[], check_type, &[]);
        self.b.switch_to_block(check_type);
        let word = self.load_word(obj, 0);
        let expected = self.data_addr(ty);
        let is_type = self.b.ins().icmp(IntCC::Equal, word, expected);
        self.b.ins().brif(is_type, yes, &[], no, &[]);
    }

    pub fn load_word(&mut self, addr: Value, offset: i32) -> Value {
        self.b
            .ins()
            .load(WORD, MemFlagsData::trusted(), addr, offset)
    }

    pub fn store_word(&mut self, value: Value, addr: Value, offset: i32) {
        self.b
            .ins()
            .store(MemFlagsData::trusted(), value, addr, offset);
    }

    /// The constant table is filled once by the start-up code before any
    /// program function runs and never written again (the collector does
    /// not move objects), so its loads are `readonly` and may move: Cranelift
    /// drops the unused ones and hoists the rest out of loops.
    pub fn load_const(&mut self, id: tir::ConstId) -> Value {
        let base = self.data_addr(self.env.data.consts);
        let flags = MemFlagsData::trusted().with_readonly().with_can_move();
        self.b.ins().load(WORD, flags, base, 8 * id.0 as i32)
    }

    pub fn singleton(&mut self, which: Singleton) -> Value {
        let id = match which {
            Singleton::None => self.env.imports.none,
            Singleton::True => self.env.imports.true_,
            Singleton::False => self.env.imports.false_,
        };
        self.data_addr(id)
    }

    /// Address of a NUL-terminated copy of `text`.
    pub fn cstring(&mut self, text: &str) -> Result<Value, CodegenError> {
        let id = self.env.data.string(self.env.module, text.as_bytes())?;
        Ok(self.data_addr(id))
    }
}

#[derive(Clone, Copy)]
pub enum Singleton {
    None,
    True,
    False,
}
