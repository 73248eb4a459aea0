//! One TIR function -> one Cranelift function.
//!
//! Locals become Cranelift variables (so the frontend builds SSA), TIR
//! values become Cranelift values (a TIR value is used only where its
//! definition dominates, so blocks are translated in reverse postorder),
//! and each TIR block becomes one Cranelift block plus the continuation
//! blocks that checks for failure split it into. Failure edges are shared
//! per (handler, line): they record the traceback entry and jump on.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, InstBuilder, MemFlagsData, UserFuncName, Value, condcodes::IntCC,
    types,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{FuncId as ClifFuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use typhon_abi::thread_offsets;

use super::data::ProgramData;
pub use super::emitter::{Emitter, Singleton};
use super::runtime::Imports;
use super::{CodegenError, err};
use crate::tir::{self, BlockId, FuncId, Type};

/// Everything a function translation reads besides its own TIR.
pub struct Env<'m> {
    pub module: &'m mut ObjectModule,
    pub program: &'m tir::Program,
    pub imports: &'m Imports,
    pub data: &'m ProgramData,
    pub functions: &'m Functions,
    /// Whether the program imports `sys` (then module bodies report their
    /// imports for `sys.modules`); computed once per program.
    pub imports_sys: bool,
    /// Parameters that always receive a range or enumerate iterator (see
    /// `iter_paths::known_iter_params`); computed once per program.
    pub known_iter_params:
        std::collections::HashSet<(FuncId, tir::LocalId, super::iter_paths::Known)>,
    /// Per function: whether it never returns a float (see
    /// `non_floats::non_float_returns`); computed once per program.
    pub non_float_returns: Vec<bool>,
    /// Which direct calls clear the dead stack first (see
    /// `stack_clearing.rs`); computed once per program.
    pub stack_clearing: super::stack_clearing::StackClearing,
    /// The `preserve_all` trampolines rare slow paths call (see
    /// `rare_calls.rs`), declared as the code needs them.
    pub rare_calls: super::rare_calls::RareCalls,
}

/// Object-file ids of the generated functions.
pub struct Functions {
    /// Per TIR function: `fn(ts, params...) -> Word`.
    pub direct: Vec<ClifFuncId>,
    /// Per TIR function with a generic entry: `fn(ts, func, args, nargs, kwnames) -> Word`.
    pub generic: Vec<Option<ClifFuncId>>,
    pub program_main: ClifFuncId,
    /// `typhon$poll_signals`, which loops call when a signal arrived (see
    /// `signal_poll.rs`).
    pub poll_trampoline: ClifFuncId,
}

pub const WORD: types::Type = types::I64;

pub fn declare_all(
    module: &mut ObjectModule,
    program: &tir::Program,
) -> Result<Functions, CodegenError> {
    let mut direct = Vec::new();
    let mut generic = Vec::new();
    for (_, func) in program.functions.iter() {
        let sig = func_signature(module, func);
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
        poll_trampoline: super::signal_poll::declare_trampoline(module)?,
    })
}

/// The native signature: the thread, the recursion depth the function runs
/// at (its caller's plus one), then the arguments in their types (a
/// generator's resume function takes `(ts, generator, sent, mode)` and
/// reads the depth from the thread, as generic entries do); the
/// result is a word (0: an exception is pending) or, for a function
/// returning an unboxed float, the float and a status word (0: failed).
pub fn func_signature(
    module: &ObjectModule,
    func: &tir::Function,
) -> cranelift_codegen::ir::Signature {
    if func.resume.is_some() {
        return word_signature(module, 4);
    }
    let mut sig = module.make_signature();
    sig.params.push(AbiParam::new(WORD));
    sig.params.push(AbiParam::new(WORD));
    sig.params.extend(
        func.params
            .iter()
            .map(|p| AbiParam::new(clif_value_type(func.locals[*p].ty))),
    );
    if func.ret == Type::F64 {
        sig.returns.push(AbiParam::new(types::F64));
    }
    sig.returns.push(AbiParam::new(WORD));
    sig
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
    ctx.func.signature = func_signature(env.module, func);
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
    tr.order_pos = vec![0; func.blocks.len()];
    for (pos, block) in order.iter().enumerate() {
        tr.order_pos[block.index()] = pos;
    }
    tr.loop_exits = super::loop_exits::exit_edges(func, &tr.order_pos);
    for block_id in order {
        tr.block(block_id, &func.blocks[block_id])?;
    }
    tr.finish_fail_blocks();
    tr.em.b.seal_all_blocks();
    let config = tr.em.env.module.target_config();
    tr.em.b.finalize(config);
    Ok(())
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
    pub(super) func_id: FuncId,
    pub(super) locals: Vec<Variable>,
    pub(super) values: Vec<Option<Value>>,
    pub(super) blocks: Vec<Block>,
    fail_blocks: HashMap<FailEdge, Block>,
    fail_order: Vec<FailEdge>,
    /// The handler of the TIR block being translated.
    handler: Option<BlockId>,
    /// The index of the TIR block being translated.
    pub(super) block_index: usize,
    /// Each TIR block's position in the translation order (reverse
    /// postorder): a jump to a block not after the current one closes a
    /// cycle, where `poll_signals` tests for signals.
    pub(super) order_pos: Vec<usize>,
    /// Branch edges that leave a loop, routed through cold blocks (see
    /// `loop_exits`).
    pub(super) loop_exits: std::collections::HashSet<(BlockId, BlockId)>,
    /// Values always holding an inline small int (see `small_values`).
    pub(super) small_ints: std::collections::HashSet<tir::ValueId>,
    /// How many instructions and terminators use each TIR value.
    pub(super) use_counts: Vec<usize>,
    /// Where an int operation between two inline ints goes when its result
    /// leaves the inline range, inside a guarded run (`int_regions.rs`).
    pub(super) int_bail: Option<Block>,
    /// The line of the instruction being translated.
    pub line: u32,
    /// The arguments of a generator's resume function.
    pub(super) resume: Option<super::generators::ResumeArgs>,
    /// Site caches handed out so far (see `site_cache`).
    sites_used: usize,
    /// Slices used only as subscripts (see `list_paths::slice_keys`).
    pub(super) slice_keys: HashMap<tir::ValueId, [tir::ValueId; 3]>,
    /// Slice reads done by the assignment they feed (see
    /// `list_paths::slice_copies`): the list and slice parts read.
    pub(super) slice_copies: HashMap<tir::ValueId, (tir::ValueId, [tir::ValueId; 3])>,
    /// Slice keys `[:]` (see `list_paths::whole_slices`).
    pub(super) whole_slices: std::collections::HashSet<tir::ValueId>,
    /// Float list loads and stores done without boxes (see `float_lists`).
    pub(super) float_ops: super::float_lists::FloatOps,
    /// Empty list displays made with room (see `list_paths::member_lists`).
    pub(super) member_lists: std::collections::HashSet<tir::ValueId>,
    /// Values that are never an exact float (see `non_floats.rs`).
    pub(super) non_floats: std::collections::HashSet<tir::ValueId>,
    /// Scratch lists made at their first append (see `lazy_lists`).
    pub(super) lazy_lists: super::lazy_lists::LazyLists,
    /// `for` loops over a list or tuple without an iterator (see `seq_iters`).
    pub(super) seq_iters: super::seq_iters::SeqIters,
    /// Values tested for their class more than once (see `class_words`),
    /// and the type words loaded so far.
    pub(super) shared_class_tests: HashMap<tir::ValueId, usize>,
    pub(super) class_words: HashMap<tir::ValueId, Value>,
    /// Iterators whose steps test a known kind first (see
    /// `iter_paths::known_iters`).
    pub(super) known_iters: HashMap<tir::ValueId, super::iter_paths::Known>,
    /// A resume function's depth on entry, restored on exit.
    entry_depth: Option<Value>,
    /// Instance slot pointers reused within the current block.
    pub(super) field_cache: super::field_cache::FieldCache,
    /// What the field cache carries from block to block.
    field_flow: super::field_cache::FieldFlow,
    /// Instances made in the current block whose slots are known empty
    /// (see `fresh_fields`).
    pub(super) fresh: super::fresh_fields::FreshInstances,
    /// List item slots a write reuses (see `item_slots`).
    pub(super) item_slots: super::item_slots::ItemSlots,
    /// Floats divided by earlier in the block being translated (a zero
    /// divisor raised there), so nonzero from there on.
    pub(super) nonzero_floats: HashSet<Value>,
    /// The recursion limit loaded by a depth check earlier in the block
    /// being translated, with the most levels below this frame a check
    /// passed since (see `depth_limit_check`); forgotten at anything that
    /// may run Python code, which alone can change the limit.
    pub(super) depth_checked: Option<(Value, u32)>,
}

impl<'e, 'm, 'b, 't> Translator<'e, 'm, 'b, 't> {
    fn new(
        env: &'e mut Env<'m>,
        b: FunctionBuilder<'b>,
        func_id: FuncId,
        func: &'t tir::Function,
    ) -> Self {
        let float_ops = super::float_lists::float_ops(func, env.program);
        let slice_keys = super::list_paths::slice_keys(func);
        let slice_copies = super::list_paths::slice_copies(func, &slice_keys);
        let whole_slices = super::list_paths::whole_slices(func, &slice_keys);
        let member_lists = super::list_paths::member_lists(func);
        let non_floats =
            super::non_floats::non_float_values(env.program, func, &env.non_float_returns);
        let known_iters =
            super::iter_paths::known_iters(env.program, func, func_id, &env.known_iter_params);
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
            block_index: 0,
            order_pos: Vec::new(),
            loop_exits: Default::default(),
            small_ints: super::small_values::small_values(func),
            use_counts: func.use_counts(),
            int_bail: None,
            line: func.line,
            resume: None,
            sites_used: 0,
            slice_keys,
            slice_copies,
            whole_slices,
            float_ops,
            member_lists,
            non_floats,
            lazy_lists: super::lazy_lists::lazy_lists(func),
            seq_iters: super::seq_iters::seq_iters(func, &known_iters),
            shared_class_tests: super::class_words::shared_class_tests(func),
            class_words: HashMap::new(),
            known_iters,
            entry_depth: None,
            field_cache: Default::default(),
            field_flow: super::field_cache::FieldFlow::new(func),
            fresh: Default::default(),
            item_slots: Default::default(),
            nonzero_floats: HashSet::new(),
            depth_checked: None,
        }
    }

    /// The address of the next site cache of this function.
    pub(super) fn site_cache(&mut self) -> Result<Value, CodegenError> {
        let sites = self.em.env.data.sites[self.func_id.index()];
        let Some((data, _)) = sites.filter(|(_, n)| self.sites_used < *n) else {
            return Err(CodegenError("more attribute sites than counted".into()));
        };
        let base = self.em.data_addr(data);
        let offset = (self.sites_used * typhon_abi::SITE_CACHE_SIZE) as i64;
        self.sites_used += 1;
        Ok(self.em.b.ins().iadd_imm_s(base, offset))
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
            self.note_module_import(1);
        }

        // The depth is a value, not a counter in memory that every call
        // and return would update: a callee gets `depth + 1` as an argument
        // (see `Emitter::sync_depth` for the calls that read it from the
        // thread). The check against the limit and the stack pointer
        // check stay in every prologue.
        let ts = self.em.ts;
        let depth = if func.resume.is_some() {
            let depth =
                self.em
                    .b
                    .ins()
                    .load(WORD, MemFlagsData::trusted(), ts, thread_offsets::DEPTH);
            self.entry_depth = Some(depth);
            depth
        } else if func.extra_depth > 0 {
            self.em
                .b
                .ins()
                .iadd_imm_s(params[1], i64::from(func.extra_depth))
        } else {
            params[1]
        };
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
        self.reset_init_flag();
        let failed = self.native_return(None);
        self.em.b.ins().return_(&failed);
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
        self.em.depth = Some(deeper);

        for (local_id, local) in func.locals.iter() {
            let ty = clif_value_type(local.ty);
            let var = self.em.b.declare_var(ty);
            if func.resume.is_none() {
                let init = match local.ty {
                    Type::F64 => self.em.b.ins().f64const(0.0),
                    _ => self.em.b.ins().iconst(ty, 0),
                };
                self.em.b.def_var(var, init);
            }
            debug_assert_eq!(local_id.index(), self.locals.len());
            self.locals.push(var);
        }
        self.seq_iters_entry();
        if let Some(info) = &func.resume {
            self.resume_prologue(info, &params);
            return;
        }
        for (idx, param) in func.params.iter().enumerate() {
            self.em
                .b
                .def_var(self.locals[param.index()], params[idx + 2]);
        }
        let first = self.blocks[0];
        self.em.b.ins().jump(first, &[]);
    }

    fn block(&mut self, block_id: BlockId, block: &tir::Block) -> Result<(), CodegenError> {
        self.em.b.switch_to_block(self.blocks[block_id.index()]);
        self.handler = block.handler;
        self.block_index = block_id.index();
        self.field_cache = self.field_flow.enter(self.b_func, block_id, block);
        self.fresh = super::fresh_fields::FreshInstances::scan(self.b_func, block);
        let result = self.block_body(block_id, block);
        self.field_flow.leave(block_id, &self.field_cache);
        result
    }

    pub fn value(&self, id: tir::ValueId) -> Value {
        match self.values[id.index()] {
            Some(v) => v,
            None => panic!("TIR value {id} used before its definition"),
        }
    }

    pub(super) fn values_of(&self, ids: &[tir::ValueId]) -> Vec<Value> {
        ids.iter().map(|id| self.value(*id)).collect()
    }

    pub(super) fn define(&mut self, inst: &tir::Inst, value: Value) {
        if let Some(result) = inst.results.first() {
            self.values[result.index()] = Some(value);
        }
    }

    /// Where a failure of the current instruction goes. The block's body is
    /// emitted at the end (the frontend cannot leave a block half-filled).
    pub(super) fn fail_block(&mut self, add_traceback: bool) -> Block {
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
                // Code inlined from other functions (`opt::inline`) adds
                // their frames first, as their own failure edges would have.
                for (func, line) in self.b_func.traceback_lines(self.func_id, line) {
                    let frame = self.em.data_addr(self.em.env.data.frames[func.index()]);
                    let line = self.em.i32(line as i64);
                    self.em.call_entry("ty_traceback_add", &[frame, line]);
                }
            }
            let target = match edge.handler {
                Some(handler) => self.blocks[handler.index()],
                None => exit,
            };
            self.em.b.ins().jump(target, &[]);
        }
        self.em.b.switch_to_block(exit);
        self.reset_init_flag();
        self.epilogue_depth();
        let failed = self.native_return(None);
        self.em.b.ins().return_(&failed);
    }

    /// The native results of returning `value`, or of failing (`None`).
    fn native_return(&mut self, value: Option<Value>) -> Vec<Value> {
        if self.b_func.ret == Type::F64 {
            let status = self.em.word(i64::from(value.is_some()));
            let value = value.unwrap_or_else(|| self.em.b.ins().f64const(0.0));
            vec![value, status]
        } else {
            vec![value.unwrap_or_else(|| self.em.word(0))]
        }
    }

    /// A module body that raised has not run: as CPython forgets a module
    /// whose import failed, the next import runs the body again.
    fn reset_init_flag(&mut self) {
        if !self.b_func.is_module_init {
            return;
        }
        let flags = self.em.data_addr(self.em.env.data.init_flags);
        let zero = self.em.b.ins().iconst(types::I8, 0);
        self.em.b.ins().store(
            MemFlagsData::trusted(),
            zero,
            flags,
            self.b_func.module.0 as i32,
        );
        self.note_module_import(0);
    }

    /// Tell the runtime this module's body started (1) or failed (0), for
    /// `sys.modules`; only in programs that import `sys`, so the others
    /// (hello world) do not carry the bookkeeping.
    fn note_module_import(&mut self, started: i64) {
        if !self.em.env.imports_sys {
            return;
        }
        let modules = self.em.data_addr(self.em.env.data.modules);
        let module = self.em.load_word(modules, 8 * self.b_func.module.0 as i32);
        let started = self.em.i32(started);
        self.em.call_entry("ty_module_imported", &[module, started]);
    }

    pub(super) fn epilogue_return(&mut self, value: Value) {
        if self.b_func.is_module_init {
            // The body ran to its end: no longer partially initialized.
            let flags = self.em.data_addr(self.em.env.data.init_flags);
            let done = self.em.b.ins().iconst(types::I8, 2);
            self.em.b.ins().store(
                MemFlagsData::trusted(),
                done,
                flags,
                self.b_func.module.0 as i32,
            );
        }
        self.epilogue_depth();
        let results = self.native_return(Some(value));
        self.em.b.ins().return_(&results);
    }

    /// A resume function, entered with the depth in the thread state,
    /// leaves it as it found it there.
    fn epilogue_depth(&mut self) {
        if let Some(depth) = self.entry_depth {
            self.em.b.ins().store(
                MemFlagsData::trusted(),
                depth,
                self.em.ts,
                thread_offsets::DEPTH,
            );
        }
    }

    /// Continue when `word` is non-zero, else fail.
    pub fn check_word(&mut self, word: Value) {
        let fail = self.fail_block(true);
        let ok = self.em.b.create_block();
        self.em.b.ins().brif(word, ok, &[], fail, &[]);
        self.em.b.switch_to_block(ok);
    }

    /// The slow path of an inline fast path: call `entry`, fail on a null
    /// result, else pass the result to `done` (the code after the call is
    /// cold too).
    pub fn cold_call_into(&mut self, entry: &str, args: &[Value], done: Block) {
        self.slow_call_into(false, entry, args, done);
    }

    /// `cold_call_into`, through a trampoline that clobbers no register
    /// when the types make the slow path rare (`rare`, see
    /// `rare_calls.rs`).
    pub fn slow_call_into(&mut self, rare: bool, entry: &str, args: &[Value], done: Block) {
        let result = self.em.call_entry_word(rare, entry, args);
        self.check_word(result);
        let ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(ok);
        self.em.b.ins().jump(done, &[BlockArg::Value(result)]);
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
    pub(super) fn raise_if_zero(&mut self, cond: Value, entry: &str, args: &[Value]) {
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

    /// `value`, or the builtin `BUILTINS[index]` when it is 0: a module
    /// global that shadows a builtin reads the builtin until the module
    /// binds it (or after `del`), as CPython's global lookup does.
    pub(super) fn or_builtin(&mut self, value: Value, index: usize) -> Result<Value, CodegenError> {
        let fallback = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(fallback);
        self.em
            .b
            .ins()
            .brif(value, done, &[BlockArg::Value(value)], fallback, &[]);
        self.em.b.switch_to_block(fallback);
        let builtin = self.em.builtin(index)?;
        self.em.b.ins().jump(done, &[BlockArg::Value(builtin)]);
        self.em.b.switch_to_block(done);
        Ok(result)
    }

    pub(super) fn local_name(&mut self, local: tir::LocalId) -> Result<Value, CodegenError> {
        let name = self.b_func.locals[local].name.clone();
        self.em.cstring(&name)
    }

    pub(super) fn global_name(&mut self, global: tir::GlobalId) -> Result<Value, CodegenError> {
        let name = self.em.env.program.globals[global].name.clone();
        self.em.cstring(&name)
    }

    pub(super) fn global_addr(&mut self, global: tir::GlobalId) -> (Value, i32) {
        let (data, offset) = self.em.env.data.global_location(global);
        (self.em.data_addr(data), offset)
    }

    /// `module.name` / `from module import name` for the global `name` of
    /// a user module (`tir::Op::ModuleAttr`): the slot's value when
    /// `module` is that module's object and the slot is bound, else the
    /// generic read, which raises CPython's error.
    pub(super) fn module_attr(
        &mut self,
        module: tir::ValueId,
        global: tir::GlobalId,
        from: Option<tir::ValueId>,
    ) -> Result<Value, CodegenError> {
        let program = self.em.env.program;
        let owner = program.globals[global].module;
        let index = program.modules[owner]
            .globals
            .iter()
            .position(|g| *g == global)
            .ok_or_else(|| err("module attribute", format!("{global} is not in its module")))?;
        let name_const = program.modules[owner].global_name_consts[index];
        let module = self.value(module);
        let modules = self.em.data_addr(self.em.env.data.modules);
        let expected = self.em.load_word(modules, 8 * owner.0 as i32);
        let (addr, offset) = self.global_addr(global);
        let slot = self.em.load_word(addr, offset);
        let same = self.em.b.ins().icmp(IntCC::Equal, module, expected);
        let zero = self.em.word(0);
        let bound = self.em.b.ins().icmp(IntCC::NotEqual, slot, zero);
        let fast = self.em.b.ins().band(same, bound);
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);
        self.em
            .b
            .ins()
            .brif(fast, done, &[BlockArg::Value(slot)], slow, &[]);
        self.em.b.switch_to_block(slow);
        let name = self.em.load_const(name_const);
        let read = match from {
            Some(path) => {
                let path = self.value(path);
                self.em
                    .call_entry_value("ty_import_from", &[module, name, path])
            }
            None => self.em.call_entry_value("ty_getattr", &[module, name]),
        };
        self.check_word(read);
        self.em.b.ins().jump(done, &[BlockArg::Value(read)]);
        self.em.b.switch_to_block(done);
        Ok(result)
    }
}

pub fn clif_value_type(ty: Type) -> types::Type {
    match ty {
        Type::Obj | Type::Int => WORD,
        Type::Bool => types::I8,
        Type::F64 => types::F64,
    }
}

/// Whether some function of `program` imports the native module `sys`.
pub fn imports_sys(program: &tir::Program) -> bool {
    imports_native(program, "sys")
}

/// Whether some function of `program` imports the native module `name`.
pub fn imports_native(program: &tir::Program, name: &str) -> bool {
    let Some(module) = typhon_abi::native_module_index(name) else {
        return false;
    };
    program.functions.iter().any(|(_, func)| {
        func.blocks
            .items
            .iter()
            .flat_map(|block| &block.insts)
            .any(|inst| matches!(inst.op, tir::Op::ImportNative(index) if index as usize == module))
    })
}
