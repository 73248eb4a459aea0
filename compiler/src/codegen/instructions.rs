//! The translation of each TIR instruction and terminator: runtime calls
//! with their failure checks, inline loads and stores, and the fast paths
//! of `fast_paths.rs`.

use cranelift_codegen::ir::{InstBuilder, StackSlot, TrapCode, Value, condcodes::IntCC, types};

use typhon_abi::CmpOp;

use super::CodegenError;
use super::emitter::Singleton;
use super::function::{Translator, WORD};
use super::iter_paths::Known;
use crate::tir::{self, Op, Terminator, Type, UnaryOp};

impl Translator<'_, '_, '_, '_> {
    pub(super) fn inst(&mut self, inst: &tir::Inst) -> Result<(), CodegenError> {
        self.fresh_before(inst);
        if let Some(value) = self.float_list_inst(inst)? {
            if let Some(value) = value {
                self.define(inst, value);
            }
            return Ok(());
        }
        if self.lazy_list_inst(inst)? {
            return Ok(());
        }
        if self.seq_iter_inst(inst)? {
            return Ok(());
        }
        let value = match &inst.op {
            Op::SmallInt(v) => Some(self.em.word((v << 1) | 1)),
            Op::Const(k) => Some(self.em.load_const(*k)),
            Op::None => Some(self.em.singleton(Singleton::None)),
            Op::True => Some(self.em.singleton(Singleton::True)),
            Op::False => Some(self.em.singleton(Singleton::False)),
            Op::Builtin(index) => Some(self.em.builtin(*index as usize)?),
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
            Op::LoadGlobal(global)
                if self.use_counts[inst.results[0].index()] == 0
                    && self
                        .b_func
                        .reads_bound(&self.em.env.program.globals[*global]) =>
            {
                // An unused read that cannot fail (an inlined callee's):
                // Cranelift keeps a load it cannot prove free of traps.
                Some(self.em.word(0))
            }
            Op::LoadGlobal(global) => {
                let (addr, offset) = self.global_addr(*global);
                let value = self.em.load_word(addr, offset);
                let builtin = typhon_abi::builtin_index(&self.em.env.program.globals[*global].name);
                match builtin {
                    Some(index) => Some(self.or_builtin(value, index)?),
                    None if self
                        .b_func
                        .reads_bound(&self.em.env.program.globals[*global]) =>
                    {
                        Some(value)
                    }
                    None => {
                        let name = self.global_name(*global)?;
                        self.raise_if_zero(value, "ty_raise_name_error", &[name]);
                        Some(value)
                    }
                }
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
            Op::BinOp { op, lhs, rhs } | Op::InplaceBinOp { op, lhs, rhs } => {
                let entry = match inst.op {
                    Op::BinOp { .. } => "ty_binop",
                    _ => "ty_inplace_binop",
                };
                let float = self.b_func.values[inst.results[0]] == Type::F64;
                let int_operands = self.b_func.values[*lhs] == Type::Int;
                let ints = int_operands && self.b_func.values[*rhs] == Type::Int;
                let small = [self.small_ints.contains(lhs), self.small_ints.contains(rhs)];
                let (lhs, rhs) = (self.value(*lhs), self.value(*rhs));
                Some(match (float, int_operands) {
                    (true, true) => self.int_true_div(entry, lhs, rhs),
                    (true, false) => self.float_binop(entry, *op, lhs, rhs),
                    (false, _) => self.binop(entry, *op, [lhs, rhs], ints, small),
                })
            }
            Op::Unary { op, operand } if self.b_func.values[*operand] == Type::F64 => {
                let operand = self.value(*operand);
                Some(match op {
                    UnaryOp::Neg => self.em.b.ins().fneg(operand),
                    _ => operand,
                })
            }
            Op::Unary {
                op: op @ (UnaryOp::Neg | UnaryOp::Invert),
                operand,
            } => {
                let operand = self.value(*operand);
                Some(self.unary_int(*op, operand))
            }
            Op::Unary { op, operand } => {
                let operand = self.value(*operand);
                let op = self.em.i32(*op as i64);
                Some(self.checked_call("ty_unary", &[op, operand]))
            }
            Op::Compare { op, lhs, rhs } | Op::CompareBool { op, lhs, rhs }
                if self.b_func.values[*lhs] == Type::F64 =>
            {
                let (lhs, rhs) = (self.value(*lhs), self.value(*rhs));
                let truth = self.float_compare(*op, lhs, rhs);
                Some(match inst.op {
                    Op::Compare { .. } => self.box_truth(truth),
                    _ => truth,
                })
            }
            Op::Compare { op, lhs, rhs } => {
                let (lhs, rhs) = (self.value(*lhs), self.value(*rhs));
                let op = self.em.i32(*op as i64);
                Some(self.checked_call("ty_compare", &[op, lhs, rhs]))
            }
            Op::CompareBool { op, lhs, rhs } => {
                let str_const = self.str_const(*rhs) || self.str_const(*lhs);
                let small = [self.small_ints.contains(lhs), self.small_ints.contains(rhs)];
                let ints = [lhs, rhs]
                    .iter()
                    .all(|v| self.b_func.values[**v] == Type::Int);
                let (lhs, rhs) = (self.value(*lhs), self.value(*rhs));
                Some(match op {
                    CmpOp::Eq | CmpOp::Ne if str_const => self.compare_str_const(*op, lhs, rhs),
                    _ => self.compare_bool(*op, [lhs, rhs], ints, small),
                })
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
            Op::SetContains { set, item } => {
                let (set, item) = (self.value(*set), self.value(*item));
                Some(self.set_contains(set, item))
            }
            Op::Truthy(value) => {
                let ty = self.b_func.values[*value];
                let value = self.value(*value);
                Some(match ty {
                    Type::F64 => self.float_truthy(value),
                    Type::Int => self.int_truthy(value),
                    _ => self.truthy(value),
                })
            }
            Op::ListTruthy(list) => {
                let list = self.value(*list);
                Some(self.list_truthy(list))
            }
            Op::Not(value) => {
                let value = self.value(*value);
                Some(self.em.b.ins().icmp_imm_s(IntCC::Equal, value, 0))
            }
            Op::BoxBool(value) => {
                let value = self.value(*value);
                Some(self.box_truth(value))
            }
            // Read by the slice assignment it feeds (see
            // `list_paths::slice_copies`): its value is a placeholder.
            Op::GetItem { .. } if self.slice_copies.contains_key(&inst.results[0]) => {
                Some(self.em.word(0))
            }
            Op::GetItem { obj, key } => {
                let obj = self.value(*obj);
                Some(match self.slice_keys.get(key).copied() {
                    Some(parts) if self.whole_slices.contains(key) => {
                        let none = self.value(parts[0]);
                        self.list_copy(obj, none)
                    }
                    Some(parts) => {
                        let [start, stop, step] = parts.map(|v| self.value(v));
                        self.checked_call("ty_getslice", &[obj, start, stop, step])
                    }
                    None => {
                        let proven = self.proven(false, *key);
                        let key = self.value(*key);
                        self.getitem(obj, key, proven)
                    }
                })
            }
            Op::SetItem {
                obj,
                key,
                value: value_id,
            } => {
                let (obj, value) = (self.value(*obj), self.value(*value_id));
                match self.slice_keys.get(key).copied() {
                    Some(parts) if self.slice_copies.contains_key(value_id) => {
                        let (src, src_parts) = self.slice_copies[value_id];
                        let [start, stop, step] = parts.map(|v| self.value(v));
                        let src = self.value(src);
                        let src_parts = src_parts.map(|v| self.value(v));
                        self.setslice_slice(obj, [start, stop, step], src, src_parts);
                    }
                    Some(parts) => {
                        let [start, stop, step] = parts.map(|v| self.value(v));
                        let args = [obj, start, stop, step, value];
                        let status = self.em.call_entry_value("ty_setslice", &args);
                        self.check_status(status);
                    }
                    None => {
                        let proven = self.proven(false, *key);
                        let key = self.value(*key);
                        self.setitem(obj, key, value, proven);
                    }
                }
                None
            }
            Op::ListGetItem { list, key } => Some(self.list_getitem(*list, *key)),
            Op::ListSetItem { list, key, value } => {
                let value = self.value(*value);
                self.list_setitem(*list, *key, value);
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
                Some(self.getattr_site(obj, name)?)
            }
            Op::SetAttr { obj, name, value } => {
                let obj = self.value(*obj);
                let value = self.value(*value);
                let name = self.em.load_const(*name);
                self.setattr_site(obj, name, value)?;
                None
            }
            Op::DelAttr { obj, name } => {
                let obj = self.value(*obj);
                let name = self.em.load_const(*name);
                let status = self.em.call_entry_value("ty_delattr", &[obj, name]);
                self.check_status(status);
                None
            }
            // A slice only used as a subscript is never built (see
            // `list_paths::slice_keys`): its value is a placeholder.
            Op::BuildSlice { .. } if self.slice_keys.contains_key(&inst.results[0]) => {
                Some(self.em.word(0))
            }
            Op::BuildSlice { start, stop, step } => {
                let args = [self.value(*start), self.value(*stop), self.value(*step)];
                Some(self.checked_call("ty_slice_new", &args))
            }
            Op::BuildList(items) => {
                let room = self.member_lists.contains(&inst.results[0]);
                Some(self.build_list(items, room))
            }
            Op::BuildTuple(items) => Some(self.build("ty_build_tuple", items)),
            Op::BuildSet(items) => Some(self.build("ty_build_set", items)),
            Op::BuildDict(pairs) => Some(self.build_dict(pairs)),
            Op::ListAppend { list, item } => {
                let (list, item) = (self.value(*list), self.value(*item));
                self.list_append(list, item);
                None
            }
            Op::Unpack(obj) => {
                let obj = self.value(*obj);
                let parts = self.unpack(obj, inst.results.len());
                for (result, part) in inst.results.iter().zip(parts) {
                    self.values[result.index()] = Some(part);
                }
                None
            }
            Op::GetIter(obj) => {
                let obj = self.value(*obj);
                Some(self.get_iter(obj))
            }
            Op::IterNext(iter) => {
                let known = self.known_iters.get(iter).copied();
                let iter = self.value(*iter);
                Some(match known {
                    Some(known) => self.iter_next_known(iter, known),
                    None => self.iter_next(iter),
                })
            }
            Op::IterNextUnpack(iter) => {
                let known = self.known_iters.get(iter).copied();
                let iter = self.value(*iter);
                let n = inst.results.len() - 1;
                let (status, parts) = if known == Some(Known::Dict) && n == 2 {
                    self.iter_next_items(iter)
                } else {
                    self.iter_next_unpack(iter, n, known == Some(Known::Enumerate))
                };
                self.values[inst.results[0].index()] = Some(status);
                for (result, part) in inst.results[1..].iter().zip(parts) {
                    self.values[result.index()] = Some(part);
                }
                None
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
                let kwnames = self.kwnames(*kwnames);
                Some(self.call_method_site(obj, name, &values, kwnames)?)
            }
            Op::CallDirect { func, args } => {
                let callee = self.em.func_ref(self.em.env.functions.direct[func.index()]);
                let mut depth = self.em.depth.expect("a TIR function's depth");
                // A call in code inlined from another frame (a recursive
                // function unrolled by `opt::unroll`) runs that many
                // levels deeper.
                let program = self.em.env.program;
                let extra = self
                    .b_func
                    .inlined_depth(inst.line, |f| program.functions[f].extra_depth);
                if extra > 0 {
                    depth = self.em.b.ins().iadd_imm_s(depth, i64::from(extra));
                }
                let mut values = vec![self.em.ts, depth];
                values.extend(self.values_of(args));
                self.clear_stack_for(*func);
                let call = self.em.b.ins().call(callee, &values);
                self.em.depth_clobbered();
                let results = self.em.b.inst_results(call).to_vec();
                // A float-returning function adds a status word.
                self.check_word(*results.last().expect("a result"));
                Some(results[0])
            }
            Op::MakeFunction { func, defaults } => {
                let defaults = self.value(*defaults);
                let [entry, name, params] = self.function_parts(*func)?;
                let function =
                    self.checked_call("ty_function_new", &[entry, name, params, defaults]);
                self.set_shape(*func, function);
                Some(function)
            }
            Op::MakeCell
            | Op::LoadCell { .. }
            | Op::StoreCell { .. }
            | Op::DelCell { .. }
            | Op::MakeClosure { .. }
            | Op::ListExtend { .. }
            | Op::DictMerge { .. }
            | Op::SetAdd { .. }
            | Op::SetDiscard { .. }
            | Op::DictGet { .. }
            | Op::CallEx { .. }
            | Op::UnpackEx { .. } => return self.closure_inst(inst),
            Op::WideSumNew | Op::WideSumAdd { .. } | Op::WideSumTotal(_) => {
                return self.wide_sum_inst(inst);
            }
            Op::ImportNative(index) => {
                let index = self.em.i32(*index as i64);
                Some(self.checked_call("ty_import_native", &[index]))
            }
            Op::ImportModule(module) => {
                let init = self.em.env.program.modules[*module].init;
                let callee = self.em.func_ref(self.em.env.functions.direct[init.index()]);
                let ts = self.em.ts;
                let depth = self.em.depth.expect("a TIR function's depth");
                let call = self.em.b.ins().call(callee, &[ts, depth]);
                self.em.depth_clobbered();
                let result = self.em.b.inst_results(call)[0];
                self.check_word(result);
                let modules = self.em.data_addr(self.em.env.data.modules);
                Some(self.em.load_word(modules, 8 * module.0 as i32))
            }
            Op::ModuleAttr {
                module,
                global,
                from,
            } => Some(self.module_attr(*module, *global, *from)?),
            Op::FetchException => Some(self.em.call_entry_value("ty_fetch_exception", &[])),
            Op::MatchClass {
                subject,
                cls,
                n_positional,
                kwnames,
            } => {
                let (subject, cls) = (self.value(*subject), self.value(*cls));
                let n = self.em.word(i64::from(*n_positional));
                let kwnames = self.kwnames(*kwnames);
                Some(self.checked_call("ty_match_class", &[subject, cls, n, kwnames]))
            }
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
            Op::ResumeValue => Some(self.resume_value()?),
            Op::MakeGenerator { resume, args } => Some(self.make_generator(*resume, args)?),
            Op::CloseIter(iter) => {
                let iter = self.value(*iter);
                self.em.call_entry("ty_close_iter", &[iter]);
                None
            }
            Op::Float(value) => Some(self.em.b.ins().f64const(*value)),
            Op::BoxFloat(value) => {
                let value = self.value(*value);
                Some(self.box_float(value))
            }
            Op::UnboxFloat(word) => {
                let word = self.value(*word);
                Some(self.unbox_float(word))
            }
            Op::CheckKind { value, float } => {
                let value = self.value(*value);
                let kind = self.em.i32(i64::from(*float));
                self.em.call_entry("ty_check_kind", &[value, kind]);
                None
            }
            Op::IntToFloat(int) if self.small_ints.contains(int) => {
                let int = self.value(*int);
                let value = self.em.b.ins().sshr_imm_s(int, 1);
                Some(self.em.b.ins().fcvt_from_sint(types::F64, value))
            }
            Op::IntToFloat(int) => {
                let int = self.value(*int);
                Some(self.int_to_float(int))
            }
            Op::Exact { func, args } => Some(self.exact(*func, args)),
            Op::NumCall { func, args } => {
                let args: Vec<Value> = args.iter().map(|a| self.value(*a)).collect();
                Some(self.num_call(*func, &args))
            }
            Op::LoadField {
                obj,
                name,
                slot,
                raw,
            } => Some(self.load_field(*obj, *name, *slot, *raw)),
            Op::StoreField {
                obj,
                name,
                slot,
                raw,
                value,
            } => {
                self.store_field(*obj, *name, *slot, *raw, *value);
                None
            }
            Op::ClassIs { obj, class } => {
                let (addr, offset) = self.global_addr(*class);
                let class = self.em.load_word(addr, offset);
                Some(self.class_test(*obj, class))
            }
            Op::SmallInt2 { op, lhs, rhs } => {
                let (lhs, rhs) = (self.value(*lhs), self.value(*rhs));
                Some(self.small_int2(*op, lhs, rhs))
            }
            Op::RecursionCheck { depth } => {
                self.recursion_check(*depth);
                None
            }
            Op::TypeCallCheck { depth } => {
                self.type_call_check(*depth);
                None
            }
            Op::NewInstance {
                class,
                slots,
                depth,
            } => {
                let class = self.value(*class);
                let made = self.new_instance(class, *slots, *depth);
                self.fresh_made(inst.results[0], *slots);
                Some(made)
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

    pub(super) fn kwnames(&mut self, kwnames: Option<tir::ConstId>) -> Value {
        match kwnames {
            Some(k) => self.em.load_const(k),
            None => self.em.word(0),
        }
    }

    pub(super) fn terminator(&mut self, term: &Terminator) -> Result<(), CodegenError> {
        match term {
            Terminator::Jump(target) => {
                self.jump_polling(*target);
            }
            Terminator::Branch {
                cond,
                then_block,
                else_block,
            } => {
                self.poll_signals(&[*then_block, *else_block]);
                let cond = self.value(*cond);
                self.branch_exits_cold(cond, *then_block, *else_block);
            }
            Terminator::Return(value) => {
                let value = self.value(*value);
                self.mark_done();
                self.epilogue_return(value);
            }
            Terminator::Yield {
                value,
                resume,
                delegate,
            } => self.suspend(*value, *resume, *delegate)?,
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
                // Non-zero: the handled exception again, with no new
                // traceback entry; 0: `RuntimeError` (nothing to re-raise).
                let reraised = self.em.call_entry_value("ty_reraise", &[]);
                let (quiet, fresh) = (self.fail_block(false), self.fail_block(true));
                self.em.b.ins().brif(reraised, quiet, &[], fresh, &[]);
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
        Ok(())
    }
}

impl Translator<'_, '_, '_, '_> {
    /// Define `results` as the words an entry point wrote to `slot`, in order
    /// (`ty_unpack`, `ty_unpack_ex`).
    pub(super) fn bind_results_from_slot(&mut self, slot: StackSlot, results: &[tir::ValueId]) {
        for (idx, result) in results.iter().enumerate() {
            let item = self
                .em
                .b
                .ins()
                .stack_load(WORD, WORD, slot, (8 * idx) as i32);
            self.values[result.index()] = Some(item);
        }
    }
}
