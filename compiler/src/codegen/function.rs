//! One TIR function -> one Cranelift function.
//!
//! Locals become Cranelift variables (so the frontend builds SSA), TIR
//! values become Cranelift values (a TIR value is used only where its
//! definition dominates, so blocks are translated in reverse postorder),
//! and each TIR block becomes one Cranelift block plus the continuation
//! blocks that checks for failure split it into. Failure edges are shared
//! per (handler, line): they record the traceback entry and jump on.

use std::collections::HashMap;

use cranelift_codegen::ir::{
    AbiParam, Block, FuncRef, GlobalValue, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind,
    TrapCode, UserFuncName, Value, condcodes::IntCC, types,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, FuncId as ClifFuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use typhon_abi::thread_offsets;

use super::data::ProgramData;
use super::runtime::Imports;
use super::{CodegenError, err};
use crate::tir::{self, BlockId, FuncId, Op, Terminator, Type};

/// Everything a function translation reads besides its own TIR.
pub struct Env<'m> {
    pub module: &'m mut ObjectModule,
    pub program: &'m tir::Program,
    pub imports: &'m Imports,
    pub data: &'m ProgramData,
    pub functions: &'m Functions,
}

/// Object-file ids of the generated functions.
pub struct Functions {
    /// Per TIR function: `fn(ts, params...) -> Word`.
    pub direct: Vec<ClifFuncId>,
    /// Per TIR function with a generic entry: `fn(ts, func, args, nargs, kwnames) -> Word`.
    pub generic: Vec<Option<ClifFuncId>>,
    pub program_main: ClifFuncId,
}

pub const WORD: types::Type = types::I64;

pub fn declare_all(
    module: &mut ObjectModule,
    program: &tir::Program,
) -> Result<Functions, CodegenError> {
    let mut direct = Vec::new();
    let mut generic = Vec::new();
    for (_, func) in program.functions.iter() {
        let sig = word_signature(module, 1 + func.params.len());
        direct.push(
            module
                .declare_function(&func.symbol, Linkage::Local, &sig)
                .map_err(|e| err(&func.symbol, e))?,
        );
        generic.push(match &func.generic {
            Some(_) => {
                let name = format!("{}$generic", func.symbol);
                Some(
                    module
                        .declare_function(&name, Linkage::Local, &word_signature(module, 5))
                        .map_err(|e| err(&name, e))?,
                )
            }
            None => None,
        });
    }
    let main_sig = word_signature(module, 1);
    let program_main = module
        .declare_function(typhon_abi::PROGRAM_ENTRY, Linkage::Export, &main_sig)
        .map_err(|e| err(typhon_abi::PROGRAM_ENTRY, e))?;
    Ok(Functions {
        direct,
        generic,
        program_main,
    })
}

/// `fn(word * n_params) -> word`.
pub fn word_signature(module: &ObjectModule, n_params: usize) -> cranelift_codegen::ir::Signature {
    let mut sig = module.make_signature();
    sig.params
        .extend((0..n_params).map(|_| AbiParam::new(WORD)));
    sig.returns.push(AbiParam::new(WORD));
    sig
}

/// Translate `func` into `ctx.func`.
pub fn translate(
    env: &mut Env,
    ctx: &mut cranelift_codegen::Context,
    fb_ctx: &mut FunctionBuilderContext,
    func_id: FuncId,
    func: &tir::Function,
) -> Result<(), CodegenError> {
    ctx.func.signature = word_signature(env.module, 1 + func.params.len());
    ctx.func.name = UserFuncName::user(0, env.functions.direct[func_id.index()].as_u32());
    let builder = FunctionBuilder::new(&mut ctx.func, fb_ctx);
    let mut tr = Translator::new(env, builder, func_id, func);
    tr.prologue();
    // Dominators first, so every value is translated before its uses;
    // unreachable blocks (none after lowering's cleanup) come last.
    let mut order = tir::cfg::reverse_postorder(func);
    let mut placed = vec![false; func.blocks.len()];
    order.iter().for_each(|block| placed[block.index()] = true);
    order.extend(
        func.blocks
            .iter()
            .map(|(id, _)| id)
            .filter(|id| !placed[id.index()]),
    );
    for block_id in order {
        tr.block(block_id, &func.blocks[block_id])?;
    }
    tr.finish_fail_blocks();
    tr.em.b.seal_all_blocks();
    let config = tr.em.env.module.target_config();
    tr.em.b.finalize(config);
    Ok(())
}

/// Shared state of code emission inside one Cranelift function; also used
/// by the start-up code and generic entries.
pub struct Emitter<'e, 'm, 'b> {
    pub env: &'e mut Env<'m>,
    pub b: FunctionBuilder<'b>,
    pub ts: Value,
    func_refs: HashMap<ClifFuncId, FuncRef>,
    data_refs: HashMap<DataId, GlobalValue>,
}

impl<'e, 'm, 'b> Emitter<'e, 'm, 'b> {
    pub fn new(env: &'e mut Env<'m>, b: FunctionBuilder<'b>) -> Self {
        Emitter {
            env,
            b,
            ts: Value::from_u32(0),
            func_refs: HashMap::new(),
            data_refs: HashMap::new(),
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

    /// Call a runtime entry point with `ts` prepended; its result, if any.
    pub fn call_entry(&mut self, name: &str, args: &[Value]) -> Option<Value> {
        let id = self.env.imports.entry(name);
        let callee = self.func_ref(id);
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(self.ts);
        all.extend_from_slice(args);
        let call = self.b.ins().call(callee, &all);
        self.b.inst_results(call).first().copied()
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

    pub fn load_const(&mut self, id: tir::ConstId) -> Value {
        let base = self.data_addr(self.env.data.consts);
        self.load_word(base, 8 * id.0 as i32)
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

/// How a failing instruction leaves: to which handler, recording which line.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct FailEdge {
    handler: Option<BlockId>,
    /// `None` for edges that add no traceback entry.
    line: Option<u32>,
}

pub struct Translator<'e, 'm, 'b, 't> {
    pub em: Emitter<'e, 'm, 'b>,
    pub b_func: &'t tir::Function,
    func_id: FuncId,
    locals: Vec<Variable>,
    values: Vec<Option<Value>>,
    blocks: Vec<Block>,
    fail_blocks: HashMap<FailEdge, Block>,
    fail_order: Vec<FailEdge>,
    /// The handler of the TIR block being translated.
    handler: Option<BlockId>,
    /// The line of the instruction being translated.
    pub line: u32,
}

impl<'e, 'm, 'b, 't> Translator<'e, 'm, 'b, 't> {
    fn new(
        env: &'e mut Env<'m>,
        b: FunctionBuilder<'b>,
        func_id: FuncId,
        func: &'t tir::Function,
    ) -> Self {
        Translator {
            em: Emitter::new(env, b),
            b_func: func,
            func_id,
            locals: Vec::new(),
            values: vec![None; func.values.len()],
            blocks: Vec::new(),
            fail_blocks: HashMap::new(),
            fail_order: Vec::new(),
            handler: None,
            line: func.line,
        }
    }

    /// Module-init guard, recursion check, depth count, locals.
    fn prologue(&mut self) {
        let func = self.b_func;
        let entry = self.em.b.create_block();
        self.em.b.append_block_params_for_function_params(entry);
        self.em.b.switch_to_block(entry);
        let params = self.em.b.block_params(entry).to_vec();
        self.em.ts = params[0];
        self.blocks = (0..func.blocks.len())
            .map(|_| self.em.b.create_block())
            .collect();

        if func.is_module_init {
            // A module body runs once; later imports see the module as is,
            // even while its body is still running (circular imports).
            let flags = self.em.data_addr(self.em.env.data.init_flags);
            let offset = func.module.0 as i32;
            let flag = self
                .em
                .b
                .ins()
                .load(types::I8, MemFlagsData::trusted(), flags, offset);
            let run = self.em.b.create_block();
            let done = self.em.b.create_block();
            self.em.b.ins().brif(flag, done, &[], run, &[]);
            self.em.b.switch_to_block(done);
            let none = self.em.singleton(Singleton::None);
            self.em.b.ins().return_(&[none]);
            self.em.b.switch_to_block(run);
            let one = self.em.b.ins().iconst(types::I8, 1);
            self.em
                .b
                .ins()
                .store(MemFlagsData::trusted(), one, flags, offset);
        }

        let ts = self.em.ts;
        let depth = self
            .em
            .b
            .ins()
            .load(WORD, MemFlagsData::trusted(), ts, thread_offsets::DEPTH);
        let limit = self.em.b.ins().load(
            WORD,
            MemFlagsData::trusted(),
            ts,
            thread_offsets::DEPTH_LIMIT,
        );
        let too_deep = self
            .em
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, depth, limit);
        let overflow = self.em.b.create_block();
        let check_stack = self.em.b.create_block();
        let body = self.em.b.create_block();
        self.em
            .b
            .ins()
            .brif(too_deep, overflow, &[], check_stack, &[]);
        self.em.b.set_cold_block(overflow);
        self.em.b.switch_to_block(overflow);
        self.em.call_entry("ty_raise_recursion_error", &[]);
        let zero = self.em.word(0);
        self.em.b.ins().return_(&[zero]);
        self.em.b.switch_to_block(check_stack);
        let sp = self.em.b.ins().get_stack_pointer(WORD);
        let stack_limit = self.em.b.ins().load(
            WORD,
            MemFlagsData::trusted(),
            ts,
            thread_offsets::STACK_LIMIT,
        );
        let low = self
            .em
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThan, sp, stack_limit);
        self.em.b.ins().brif(low, overflow, &[], body, &[]);
        self.em.b.switch_to_block(body);
        let deeper = self.em.b.ins().iadd_imm_s(depth, 1);
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), deeper, ts, thread_offsets::DEPTH);

        for (local_id, local) in func.locals.iter() {
            let ty = clif_value_type(local.ty);
            let var = self.em.b.declare_var(ty);
            let init = self.em.b.ins().iconst(ty, 0);
            self.em.b.def_var(var, init);
            debug_assert_eq!(local_id.index(), self.locals.len());
            self.locals.push(var);
        }
        for (idx, param) in func.params.iter().enumerate() {
            self.em
                .b
                .def_var(self.locals[param.index()], params[idx + 1]);
        }
        let first = self.blocks[0];
        self.em.b.ins().jump(first, &[]);
    }

    fn block(&mut self, block_id: BlockId, block: &tir::Block) -> Result<(), CodegenError> {
        self.em.b.switch_to_block(self.blocks[block_id.index()]);
        self.handler = block.handler;
        for inst in &block.insts {
            self.line = inst.line;
            self.inst(inst)?;
        }
        self.line = block.term_line;
        self.terminator(&block.term);
        Ok(())
    }

    pub fn value(&self, id: tir::ValueId) -> Value {
        match self.values[id.index()] {
            Some(v) => v,
            None => panic!("TIR value {id} used before its definition"),
        }
    }

    fn values_of(&self, ids: &[tir::ValueId]) -> Vec<Value> {
        ids.iter().map(|id| self.value(*id)).collect()
    }

    fn define(&mut self, inst: &tir::Inst, value: Value) {
        if let Some(result) = inst.results.first() {
            self.values[result.index()] = Some(value);
        }
    }

    /// Where a failure of the current instruction goes. The block's body is
    /// emitted at the end (the frontend cannot leave a block half-filled).
    fn fail_block(&mut self, add_traceback: bool) -> Block {
        let edge = FailEdge {
            handler: self.handler,
            line: add_traceback.then_some(self.line),
        };
        if let Some(block) = self.fail_blocks.get(&edge) {
            return *block;
        }
        let block = self.em.b.create_block();
        self.em.b.set_cold_block(block);
        self.fail_blocks.insert(edge, block);
        self.fail_order.push(edge);
        block
    }

    /// Emit the bodies of the failure edges and the error exit.
    fn finish_fail_blocks(&mut self) {
        let edges = std::mem::take(&mut self.fail_order);
        let exit = self.em.b.create_block();
        self.em.b.set_cold_block(exit);
        for edge in edges {
            self.em.b.switch_to_block(self.fail_blocks[&edge]);
            if let Some(line) = edge.line {
                let frame = self
                    .em
                    .data_addr(self.em.env.data.frames[self.func_id.index()]);
                let line = self.em.i32(line as i64);
                self.em.call_entry("ty_traceback_add", &[frame, line]);
            }
            let target = match edge.handler {
                Some(handler) => self.blocks[handler.index()],
                None => exit,
            };
            self.em.b.ins().jump(target, &[]);
        }
        self.em.b.switch_to_block(exit);
        let zero = self.em.word(0);
        self.epilogue_return(zero);
    }

    fn epilogue_return(&mut self, value: Value) {
        let ts = self.em.ts;
        let depth = self
            .em
            .b
            .ins()
            .load(WORD, MemFlagsData::trusted(), ts, thread_offsets::DEPTH);
        let shallower = self.em.b.ins().iadd_imm_s(depth, -1);
        self.em.b.ins().store(
            MemFlagsData::trusted(),
            shallower,
            ts,
            thread_offsets::DEPTH,
        );
        self.em.b.ins().return_(&[value]);
    }

    /// Continue when `word` is non-zero, else fail.
    pub fn check_word(&mut self, word: Value) {
        let fail = self.fail_block(true);
        let ok = self.em.b.create_block();
        self.em.b.ins().brif(word, ok, &[], fail, &[]);
        self.em.b.switch_to_block(ok);
    }

    /// Continue when a status is not negative, else fail; the status as a
    /// native truth value.
    pub fn check_status(&mut self, status: Value) -> Value {
        let fail = self.fail_block(true);
        let ok = self.em.b.create_block();
        let failed = self.em.b.ins().icmp_imm_s(IntCC::SignedLessThan, status, 0);
        self.em.b.ins().brif(failed, fail, &[], ok, &[]);
        self.em.b.switch_to_block(ok);
        self.em.b.ins().icmp_imm_s(IntCC::NotEqual, status, 0)
    }

    /// Call an entry returning a word and check it.
    pub fn checked_call(&mut self, name: &str, args: &[Value]) -> Value {
        let result = self.em.call_entry_value(name, args);
        self.check_word(result);
        result
    }

    /// Raise through `entry(args)` when `cond` (a word) is zero.
    fn raise_if_zero(&mut self, cond: Value, entry: &str, args: &[Value]) {
        let raise = self.em.b.create_block();
        let ok = self.em.b.create_block();
        self.em.b.set_cold_block(raise);
        self.em.b.ins().brif(cond, ok, &[], raise, &[]);
        self.em.b.switch_to_block(raise);
        self.em.call_entry(entry, args);
        let fail = self.fail_block(true);
        self.em.b.ins().jump(fail, &[]);
        self.em.b.switch_to_block(ok);
    }

    fn local_name(&mut self, local: tir::LocalId) -> Result<Value, CodegenError> {
        let name = self.b_func.locals[local].name.clone();
        self.em.cstring(&name)
    }

    fn global_name(&mut self, global: tir::GlobalId) -> Result<Value, CodegenError> {
        let name = self.em.env.program.globals[global].name.clone();
        self.em.cstring(&name)
    }

    fn global_addr(&mut self, global: tir::GlobalId) -> (Value, i32) {
        let (data, offset) = self.em.env.data.global_location(global);
        (self.em.data_addr(data), offset)
    }

    fn inst(&mut self, inst: &tir::Inst) -> Result<(), CodegenError> {
        let value = match &inst.op {
            Op::SmallInt(v) => Some(self.em.word((v << 1) | 1)),
            Op::Const(k) => Some(self.em.load_const(*k)),
            Op::None => Some(self.em.singleton(Singleton::None)),
            Op::True => Some(self.em.singleton(Singleton::True)),
            Op::False => Some(self.em.singleton(Singleton::False)),
            Op::Builtin(index) => {
                let index = self.em.i32(*index as i64);
                Some(self.checked_call("ty_builtin", &[index]))
            }
            Op::LoadLocal { local, checked } => {
                let value = self.em.b.use_var(self.locals[local.index()]);
                if *checked {
                    let name = self.local_name(*local)?;
                    self.raise_if_zero(value, "ty_raise_unbound_local", &[name]);
                }
                Some(value)
            }
            Op::StoreLocal { local, value } => {
                let value = self.value(*value);
                self.em.b.def_var(self.locals[local.index()], value);
                None
            }
            Op::DelLocal(local) => {
                let var = self.locals[local.index()];
                let value = self.em.b.use_var(var);
                let name = self.local_name(*local)?;
                self.raise_if_zero(value, "ty_raise_unbound_local", &[name]);
                let zero = self.em.word(0);
                self.em.b.def_var(var, zero);
                None
            }
            Op::LoadGlobal(global) => {
                let (addr, offset) = self.global_addr(*global);
                let value = self.em.load_word(addr, offset);
                let name = self.global_name(*global)?;
                self.raise_if_zero(value, "ty_raise_name_error", &[name]);
                Some(value)
            }
            Op::StoreGlobal { global, value } => {
                let value = self.value(*value);
                let (addr, offset) = self.global_addr(*global);
                self.em.store_word(value, addr, offset);
                None
            }
            Op::DelGlobal(global) => {
                let (addr, offset) = self.global_addr(*global);
                let value = self.em.load_word(addr, offset);
                let name = self.global_name(*global)?;
                self.raise_if_zero(value, "ty_raise_name_error", &[name]);
                let zero = self.em.word(0);
                self.em.store_word(zero, addr, offset);
                None
            }
            Op::BinOp { op, lhs, rhs } => {
                let (lhs, rhs) = (self.value(*lhs), self.value(*rhs));
                Some(self.binop("ty_binop", *op, lhs, rhs))
            }
            Op::InplaceBinOp { op, lhs, rhs } => {
                let (lhs, rhs) = (self.value(*lhs), self.value(*rhs));
                Some(self.binop("ty_inplace_binop", *op, lhs, rhs))
            }
            Op::Unary { op, operand } => {
                let operand = self.value(*operand);
                let op = self.em.i32(*op as i64);
                Some(self.checked_call("ty_unary", &[op, operand]))
            }
            Op::Compare { op, lhs, rhs } => {
                let (lhs, rhs) = (self.value(*lhs), self.value(*rhs));
                let op = self.em.i32(*op as i64);
                Some(self.checked_call("ty_compare", &[op, lhs, rhs]))
            }
            Op::CompareBool { op, lhs, rhs } => {
                let (lhs, rhs) = (self.value(*lhs), self.value(*rhs));
                Some(self.compare_bool(*op, lhs, rhs))
            }
            Op::Is { lhs, rhs } => {
                let (lhs, rhs) = (self.value(*lhs), self.value(*rhs));
                Some(self.em.b.ins().icmp(IntCC::Equal, lhs, rhs))
            }
            Op::Contains { container, item } => {
                let (container, item) = (self.value(*container), self.value(*item));
                let status = self.em.call_entry_value("ty_contains", &[container, item]);
                Some(self.check_status(status))
            }
            Op::Truthy(value) => {
                let value = self.value(*value);
                Some(self.truthy(value))
            }
            Op::Not(value) => {
                let value = self.value(*value);
                Some(self.em.b.ins().icmp_imm_s(IntCC::Equal, value, 0))
            }
            Op::BoxBool(value) => {
                let value = self.value(*value);
                let yes = self.em.singleton(Singleton::True);
                let no = self.em.singleton(Singleton::False);
                Some(self.em.b.ins().select(value, yes, no))
            }
            Op::GetItem { obj, key } => {
                let args = [self.value(*obj), self.value(*key)];
                Some(self.checked_call("ty_getitem", &args))
            }
            Op::SetItem { obj, key, value } => {
                let args = [self.value(*obj), self.value(*key), self.value(*value)];
                let status = self.em.call_entry_value("ty_setitem", &args);
                self.check_status(status);
                None
            }
            Op::DelItem { obj, key } => {
                let args = [self.value(*obj), self.value(*key)];
                let status = self.em.call_entry_value("ty_delitem", &args);
                self.check_status(status);
                None
            }
            Op::GetAttr { obj, name } => {
                let obj = self.value(*obj);
                let name = self.em.load_const(*name);
                Some(self.checked_call("ty_getattr", &[obj, name]))
            }
            Op::SetAttr { obj, name, value } => {
                let obj = self.value(*obj);
                let value = self.value(*value);
                let name = self.em.load_const(*name);
                let status = self.em.call_entry_value("ty_setattr", &[obj, name, value]);
                self.check_status(status);
                None
            }
            Op::BuildSlice { start, stop, step } => {
                let args = [self.value(*start), self.value(*stop), self.value(*step)];
                Some(self.checked_call("ty_slice_new", &args))
            }
            Op::BuildList(items) => Some(self.build("ty_build_list", items)),
            Op::BuildTuple(items) => Some(self.build("ty_build_tuple", items)),
            Op::BuildSet(items) => Some(self.build("ty_build_set", items)),
            Op::BuildDict(pairs) => {
                let keys: Vec<Value> = pairs.iter().map(|(k, _)| self.value(*k)).collect();
                let values: Vec<Value> = pairs.iter().map(|(_, v)| self.value(*v)).collect();
                let keys = self.em.stack_words(&keys);
                let values = self.em.stack_words(&values);
                let n = self.em.word(pairs.len() as i64);
                Some(self.checked_call("ty_build_dict", &[keys, values, n]))
            }
            Op::ListAppend { list, item } => {
                let args = [self.value(*list), self.value(*item)];
                let status = self.em.call_entry_value("ty_list_append", &args);
                self.check_status(status);
                None
            }
            Op::Unpack(obj) => {
                let obj = self.value(*obj);
                let n = inst.results.len();
                let slot = self.em.stack_slot(n);
                let out = self.em.b.ins().stack_addr(WORD, slot, 0);
                let count = self.em.word(n as i64);
                let status = self.em.call_entry_value("ty_unpack", &[obj, count, out]);
                self.check_status(status);
                for (idx, result) in inst.results.iter().enumerate() {
                    let item = self
                        .em
                        .b
                        .ins()
                        .stack_load(WORD, WORD, slot, (8 * idx) as i32);
                    self.values[result.index()] = Some(item);
                }
                None
            }
            Op::GetIter(obj) => {
                let obj = self.value(*obj);
                Some(self.checked_call("ty_iter", &[obj]))
            }
            Op::IterNext(iter) => {
                let iter = self.value(*iter);
                Some(self.checked_call("ty_iter_next", &[iter]))
            }
            Op::IsDone(item) => {
                let item = self.value(*item);
                Some(
                    self.em
                        .b
                        .ins()
                        .icmp_imm_s(IntCC::Equal, item, typhon_abi::ITER_DONE as i64),
                )
            }
            Op::Str(v) => self.unary_call("ty_str", *v),
            Op::Repr(v) => self.unary_call("ty_repr", *v),
            Op::Ascii(v) => self.unary_call("ty_ascii", *v),
            Op::Format { value, spec } => {
                let args = [self.value(*value), self.value(*spec)];
                Some(self.checked_call("ty_format", &args))
            }
            Op::ConcatStr(parts) => Some(self.build("ty_str_concat_n", parts)),
            Op::Call {
                callee,
                args,
                kwnames,
            } => {
                let callee = self.value(*callee);
                let values = self.values_of(args);
                let args = self.em.stack_words(&values);
                let n = self.em.word(values.len() as i64);
                let kwnames = self.kwnames(*kwnames);
                Some(self.checked_call("ty_call", &[callee, args, n, kwnames]))
            }
            Op::CallMethod {
                obj,
                name,
                args,
                kwnames,
            } => {
                let obj = self.value(*obj);
                let name = self.em.load_const(*name);
                let values = self.values_of(args);
                let args = self.em.stack_words(&values);
                let n = self.em.word(values.len() as i64);
                let kwnames = self.kwnames(*kwnames);
                Some(self.checked_call("ty_call_method", &[obj, name, args, n, kwnames]))
            }
            Op::CallDirect { func, args } => {
                let callee = self.em.func_ref(self.em.env.functions.direct[func.index()]);
                let mut values = vec![self.em.ts];
                values.extend(self.values_of(args));
                let call = self.em.b.ins().call(callee, &values);
                let result = self.em.b.inst_results(call)[0];
                self.check_word(result);
                Some(result)
            }
            Op::MakeFunction { func, defaults } => {
                let defaults = self.value(*defaults);
                let target = &self.em.env.program.functions[*func];
                let generic = target.generic.clone().ok_or_else(|| {
                    CodegenError(format!(
                        "make_function of `{}` without a generic entry",
                        target.name
                    ))
                })?;
                let entry_id = self.em.env.functions.generic[func.index()]
                    .ok_or_else(|| CodegenError("missing generic entry".into()))?;
                let entry_ref = self.em.func_ref(entry_id);
                let entry = self.em.b.ins().func_addr(WORD, entry_ref);
                let name = self.em.load_const(generic.name);
                let params = self.em.load_const(generic.param_names);
                Some(self.checked_call("ty_function_new", &[entry, name, params, defaults]))
            }
            Op::ImportNative(index) => {
                let index = self.em.i32(*index as i64);
                Some(self.checked_call("ty_import_native", &[index]))
            }
            Op::ImportModule(module) => {
                let init = self.em.env.program.modules[*module].init;
                let callee = self.em.func_ref(self.em.env.functions.direct[init.index()]);
                let ts = self.em.ts;
                let call = self.em.b.ins().call(callee, &[ts]);
                let result = self.em.b.inst_results(call)[0];
                self.check_word(result);
                let modules = self.em.data_addr(self.em.env.data.modules);
                Some(self.em.load_word(modules, 8 * module.0 as i32))
            }
            Op::FetchException => Some(self.em.call_entry_value("ty_fetch_exception", &[])),
            Op::ExceptionMatches { exc, kind } => {
                let args = [self.value(*exc), self.value(*kind)];
                let status = self.em.call_entry_value("ty_exception_matches", &args);
                Some(self.check_status(status))
            }
            Op::HandlerEnter(exc) => {
                let exc = self.value(*exc);
                Some(self.em.call_entry_value("ty_handler_enter", &[exc]))
            }
            Op::HandlerExit(saved) => {
                let saved = self.value(*saved);
                self.em.call_entry("ty_handler_exit", &[saved]);
                None
            }
            Op::RestoreException(exc) => {
                let exc = self.value(*exc);
                self.em.call_entry("ty_restore_exception", &[exc]);
                None
            }
        };
        if let Some(value) = value {
            self.define(inst, value);
        }
        Ok(())
    }

    fn unary_call(&mut self, entry: &str, value: tir::ValueId) -> Option<Value> {
        let value = self.value(value);
        Some(self.checked_call(entry, &[value]))
    }

    /// `entry(items, n)` over a stack array of the values.
    fn build(&mut self, entry: &str, items: &[tir::ValueId]) -> Value {
        let values = self.values_of(items);
        let ptr = self.em.stack_words(&values);
        let n = self.em.word(values.len() as i64);
        self.checked_call(entry, &[ptr, n])
    }

    fn kwnames(&mut self, kwnames: Option<tir::ConstId>) -> Value {
        match kwnames {
            Some(k) => self.em.load_const(k),
            None => self.em.word(0),
        }
    }

    fn terminator(&mut self, term: &Terminator) {
        match term {
            Terminator::Jump(target) => {
                let target = self.blocks[target.index()];
                self.em.b.ins().jump(target, &[]);
            }
            Terminator::Branch {
                cond,
                then_block,
                else_block,
            } => {
                let cond = self.value(*cond);
                let (then_block, else_block) = (
                    self.blocks[then_block.index()],
                    self.blocks[else_block.index()],
                );
                self.em.b.ins().brif(cond, then_block, &[], else_block, &[]);
            }
            Terminator::Return(value) => {
                let value = self.value(*value);
                self.epilogue_return(value);
            }
            Terminator::Raise { exc, cause } => {
                let exc = self.value(*exc);
                match cause {
                    Some(cause) => {
                        let cause = self.value(*cause);
                        self.em.call_entry("ty_raise_from", &[exc, cause]);
                    }
                    None => {
                        self.em.call_entry("ty_raise", &[exc]);
                    }
                }
                let fail = self.fail_block(true);
                self.em.b.ins().jump(fail, &[]);
            }
            Terminator::Reraise => {
                self.em.call_entry("ty_reraise", &[]);
                let fail = self.fail_block(false);
                self.em.b.ins().jump(fail, &[]);
            }
            Terminator::AssertFail(message) => {
                let message = match message {
                    Some(m) => self.value(*m),
                    None => self.em.word(0),
                };
                self.em.call_entry("ty_assert_fail", &[message]);
                let fail = self.fail_block(true);
                self.em.b.ins().jump(fail, &[]);
            }
            Terminator::Propagate => {
                let fail = self.fail_block(false);
                self.em.b.ins().jump(fail, &[]);
            }
            Terminator::Unreachable => {
                self.em.b.ins().trap(TrapCode::unwrap_user(1));
            }
        }
    }
}

pub fn clif_value_type(ty: Type) -> types::Type {
    match ty {
        Type::Obj => WORD,
        Type::Bool => types::I8,
    }
}
