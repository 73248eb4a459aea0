//! `for` loops over an exact list or tuple without an iterator object.
//!
//! A `for` statement keeps its iterator in a hidden local (`$iterN`) that
//! only its `iter(x)` stores and only its step reads. When that is so
//! (every store is of a `GetIter` result used by nothing else, every read
//! feeds one `IterNext`), the iterator cannot be seen by any other code,
//! so for an exact list or tuple the local holds the sequence itself and
//! a Cranelift variable the next index; for anything else it holds the
//! iterator `ty_iter` made, never an exact list or tuple (`iter()` rejects
//! an `__iter__` returning one), so a step tells the two apart by the
//! type word, as the runtime's step does. A step then reads the length and the item straight
//! from the sequence, with the index in a register instead of a load and a
//! store through the iterator per item (othello's `for step in
//! DIRECTIONS`, once per direction; every `for p in points`), and the
//! `iter(x)` allocates nothing.
//!
//! The steps are those of the runtime's list and tuple iterators: the
//! length is read at each step (a list may grow or shrink while it is
//! iterated), and an exhausted iterator stays exhausted (its index becomes
//! the largest word, which no length reaches), as the runtime's lets go of
//! its sequence. A float list's item is boxed, as its iterator does.
//! Resume functions keep their locals in the generator's frame and are
//! left alone.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, Value, condcodes::IntCC};
use cranelift_frontend::Variable;
use typhon_abi::list_layout::{BUFFER, BUFFER_ITEMS, KIND, KIND_OBJECTS, LEN};
use typhon_abi::tuple_layout::ITEMS;

use super::CodegenError;
use super::function::{Translator, WORD};
use super::iter_paths::Known;
use crate::tir::{self, ExactFn, LocalId, Op, ValueId};

/// The iterator locals of one function held as a sequence and an index.
#[derive(Default)]
pub(super) struct SeqIters {
    /// The `GetIter` results stored into such locals, with the local.
    makes: HashMap<ValueId, LocalId>,
    /// The reads of such locals (each stepped once), with the local.
    steps: HashMap<ValueId, LocalId>,
    /// Per such local, its index variable (declared at entry).
    vars: HashMap<LocalId, Variable>,
    /// The locals every store of which is an exact list's iterator
    /// (`ExactFn::ListIter`), or every one an exact tuple's
    /// (`ExactFn::TupleIter`): their steps have only that type's path.
    exact: HashMap<LocalId, ExactFn>,
}

/// Find the iterator locals of `func` that no code but their loop sees,
/// but for those whose steps `known` (`iter_paths::known_iters`) says
/// are of a range, `enumerate` or dict iterator: those keep the iterator,
/// whose own step they try first.
pub(super) fn seq_iters(func: &tir::Function, known: &HashMap<ValueId, Known>) -> SeqIters {
    if func.resume.is_some() || func.is_generator {
        return SeqIters::default();
    }
    let uses = func.use_counts();
    let single = |v: &ValueId| uses[v.index()] == 1;
    let mut made: HashSet<ValueId> = HashSet::new();
    let mut exact_made: HashMap<ValueId, ExactFn> = HashMap::new();
    let mut stepped: HashSet<ValueId> = HashSet::new();
    let mut stores: HashMap<LocalId, Vec<ValueId>> = HashMap::new();
    let mut loads: HashMap<LocalId, Vec<ValueId>> = HashMap::new();
    let mut excluded: HashSet<LocalId> = func.params.iter().copied().collect();
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            match (&inst.op, &inst.results[..]) {
                (Op::GetIter(_), [result]) if single(result) => {
                    made.insert(*result);
                }
                (
                    Op::Exact {
                        func: func @ (ExactFn::ListIter | ExactFn::TupleIter),
                        ..
                    },
                    [result],
                ) if single(result) => {
                    made.insert(*result);
                    exact_made.insert(*result, *func);
                }
                (Op::IterNext(iter), _) => {
                    stepped.insert(*iter);
                }
                (Op::StoreLocal { local, value }, _) => {
                    stores.entry(*local).or_default().push(*value);
                }
                (Op::LoadLocal { local, checked }, [result]) => {
                    if *checked || !single(result) {
                        excluded.insert(*local);
                    }
                    loads.entry(*local).or_default().push(*result);
                }
                (Op::DelLocal(local), _) => {
                    excluded.insert(*local);
                }
                _ => {}
            }
        }
    }
    let mut iters = SeqIters::default();
    for (local, values) in &stores {
        let reads = loads.get(local).map(Vec::as_slice).unwrap_or(&[]);
        if excluded.contains(local)
            || !values.iter().all(|v| made.contains(v))
            || !reads.iter().all(|v| stepped.contains(v))
            || reads.iter().any(|v| known.contains_key(v))
        {
            continue;
        }
        let first = exact_made.get(&values[0]).copied();
        if let Some(func) = first
            && values.iter().all(|v| exact_made.get(v) == Some(&func))
        {
            iters.exact.insert(*local, func);
        }
        iters.makes.extend(values.iter().map(|v| (*v, *local)));
        iters.steps.extend(reads.iter().map(|v| (*v, *local)));
    }
    iters
}

impl Translator<'_, '_, '_, '_> {
    /// At function entry: the index variable of each such local (a step
    /// before any `iter(x)` is not possible, but every variable needs a
    /// definition).
    pub(super) fn seq_iters_entry(&mut self) {
        let mut locals: Vec<LocalId> = self.seq_iters.makes.values().copied().collect();
        locals.sort_by_key(|l| l.index());
        locals.dedup();
        for local in locals {
            let index = self.em.b.declare_var(WORD);
            let zero = self.em.word(0);
            self.em.b.def_var(index, zero);
            self.seq_iters.vars.insert(local, index);
        }
    }

    /// `GetIter` and `IterNext` on such locals: true when `inst` was
    /// translated here.
    pub(super) fn seq_iter_inst(&mut self, inst: &tir::Inst) -> Result<bool, CodegenError> {
        match &inst.op {
            Op::GetIter(obj) if self.seq_iters.makes.contains_key(&inst.results[0]) => {
                let local = self.seq_iters.makes[&inst.results[0]];
                let index_var = self.seq_iters.vars[&local];
                let obj = self.value(*obj);
                let seq = self.em.b.create_block();
                let slow = self.em.b.create_block();
                let done = self.em.b.create_block();
                let result = self.em.b.append_block_param(done, WORD);
                self.em.b.set_cold_block(slow);
                self.branch_on_exact_seq(obj, seq, slow);

                self.em.b.switch_to_block(seq);
                let zero = self.em.word(0);
                self.em.b.def_var(index_var, zero);
                self.em.b.ins().jump(done, &[BlockArg::Value(obj)]);

                self.em.b.switch_to_block(slow);
                self.cold_call_into("ty_iter", &[obj], done);

                self.em.b.switch_to_block(done);
                self.define(inst, result);
            }
            Op::Exact {
                func: ExactFn::ListIter | ExactFn::TupleIter,
                args,
            } if self.seq_iters.makes.contains_key(&inst.results[0]) => {
                let local = self.seq_iters.makes[&inst.results[0]];
                let index_var = self.seq_iters.vars[&local];
                let zero = self.em.word(0);
                self.em.b.def_var(index_var, zero);
                let list = self.value(args[0]);
                self.define(inst, list);
            }
            Op::IterNext(iter) if self.seq_iters.steps.contains_key(iter) => {
                let local = self.seq_iters.steps[iter];
                let index_var = self.seq_iters.vars[&local];
                let iter = self.value(*iter);
                if let Some(&func) = self.seq_iters.exact.get(&local) {
                    let step = self.exact_step(func, iter, index_var);
                    self.define(inst, step);
                    return Ok(true);
                }
                let list = self.em.b.create_block();
                let not_list = self.em.b.create_block();
                let tuple = self.em.b.create_block();
                let generic = self.em.b.create_block();
                let exhausted = self.em.b.create_block();
                let done = self.em.b.create_block();
                let result = self.em.b.append_block_param(done, WORD);
                self.em.b.set_cold_block(exhausted);
                // The sequence itself, or an iterator from `ty_iter` (never
                // an exact list or tuple: `iter()` rejects those).
                let ty = self.em.load_word(iter, 0);
                let list_type = self.em.data_addr(self.em.env.imports.list_type);
                let is_list = self.em.b.ins().icmp(IntCC::Equal, ty, list_type);
                self.em.b.ins().brif(is_list, list, &[], not_list, &[]);

                self.em.b.switch_to_block(not_list);
                let tuple_type = self.em.data_addr(self.em.env.imports.tuple_type);
                let is_tuple = self.em.b.ins().icmp(IntCC::Equal, ty, tuple_type);
                self.em.b.ins().brif(is_tuple, tuple, &[], generic, &[]);

                self.em.b.switch_to_block(generic);
                let next = self.iter_next(iter);
                self.em.b.ins().jump(done, &[BlockArg::Value(next)]);

                self.em.b.switch_to_block(list);
                self.list_step_into(iter, index_var, done, exhausted);

                self.em.b.switch_to_block(tuple);
                self.tuple_step_into(iter, index_var, done, exhausted);

                self.em.b.switch_to_block(exhausted);
                self.exhaust(index_var, done);

                self.em.b.switch_to_block(done);
                self.define(inst, result);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The step of an iterator local that only ever holds an exact list
    /// (`ExactFn::ListIter`) or an exact tuple: that type's path alone, no
    /// type test.
    fn exact_step(&mut self, func: ExactFn, seq: Value, index_var: Variable) -> Value {
        let exhausted = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(exhausted);
        if func == ExactFn::ListIter {
            self.list_step_into(seq, index_var, done, exhausted);
        } else {
            self.tuple_step_into(seq, index_var, done, exhausted);
        }

        self.em.b.switch_to_block(exhausted);
        self.exhaust(index_var, done);

        self.em.b.switch_to_block(done);
        result
    }

    /// Step the exact tuple `tuple` at the index in `index_var`: the item
    /// to `done`, or past the end to `exhausted`.
    fn tuple_step_into(
        &mut self,
        tuple: Value,
        index_var: Variable,
        done: Block,
        exhausted: Block,
    ) {
        let tuple_item = self.em.b.create_block();
        let index = self.em.b.use_var(index_var);
        let len = self.em.load_word(tuple, LEN);
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        self.em
            .b
            .ins()
            .brif(in_range, tuple_item, &[], exhausted, &[]);

        self.em.b.switch_to_block(tuple_item);
        let next = self.em.b.ins().iadd_imm_s(index, 1);
        self.em.b.def_var(index_var, next);
        let offset = self.em.b.ins().ishl_imm_s(index, 3);
        let addr = self.em.b.ins().iadd(tuple, offset);
        let word = self.em.load_word(addr, ITEMS);
        self.em.b.ins().jump(done, &[BlockArg::Value(word)]);
    }

    /// Step the exact list `list` at the index in `index_var`: the item
    /// (boxed out of line for a float list) to `done`, or past the end
    /// to `exhausted`. The length is read now: a list may have changed
    /// since the last step.
    fn list_step_into(&mut self, list: Value, index_var: Variable, done: Block, exhausted: Block) {
        let check_kind = self.em.b.create_block();
        let list_item = self.em.b.create_block();
        let boxed = self.em.b.create_block();
        self.em.b.set_cold_block(boxed);
        let index = self.em.b.use_var(index_var);
        let len = self.em.load_word(list, LEN);
        let storage = self.em.load_word(list, KIND);
        let buffer = self.em.load_word(list, BUFFER);
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        self.em
            .b
            .ins()
            .brif(in_range, check_kind, &[], exhausted, &[]);

        self.em.b.switch_to_block(check_kind);
        let objects = self
            .em
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, storage, KIND_OBJECTS);
        let offset = self.em.b.ins().ishl_imm_s(index, 3);
        let addr = self.em.b.ins().iadd(buffer, offset);
        let next = self.em.b.ins().iadd_imm_s(index, 1);
        self.em.b.ins().brif(objects, list_item, &[], boxed, &[]);

        self.em.b.switch_to_block(list_item);
        self.em.b.def_var(index_var, next);
        let word = self.em.load_word(addr, BUFFER_ITEMS);
        self.em.b.ins().jump(done, &[BlockArg::Value(word)]);

        self.em.b.switch_to_block(boxed);
        self.em.b.def_var(index_var, next);
        let word = self.box_float_at(addr);
        self.em.b.ins().jump(done, &[BlockArg::Value(word)]);
    }

    /// An exhausted iterator stays exhausted: its index becomes the
    /// largest word, which no length reaches. `ITER_DONE` to `done`.
    fn exhaust(&mut self, index_var: Variable, done: Block) {
        let never = self.em.word(-1);
        self.em.b.def_var(index_var, never);
        let end = self.em.word(typhon_abi::ITER_DONE as i64);
        self.em.b.ins().jump(done, &[BlockArg::Value(end)]);
    }
}
