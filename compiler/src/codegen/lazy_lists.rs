//! Scratch lists made at their first append.
//!
//! A local that only ever holds a fresh empty display (`line = []`) and
//! whose every read feeds one operation that cannot tell an empty list from
//! no list at all (`line.append(x)` on the exact list, the truth of it,
//! `other.extend(line)` into an exact list) holds the word 0 until the
//! first append, which makes the list then (a display of the one item,
//! with room for another). A loop that mostly leaves its list empty
//! (othello's `line` per direction) then allocates nothing for it: the
//! list is seen by nothing else, so when it is made cannot be observed.
//!
//! Each read must be used once, by an instruction of its own block with no
//! store to the local in between, so that the append may store the made
//! list back into the local for the reads after it. Only typed code has
//! these operations (inference proved the list exact, `infer/containers`).

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{BlockArg, InstBuilder, condcodes::IntCC, types};
use typhon_abi::list_layout::LEN;

use super::CodegenError;
use super::function::Translator;
use crate::tir::{self, LocalId, Op, Type, ValueId};

/// The lazy scratch lists of one function.
#[derive(Default)]
pub(super) struct LazyLists {
    /// The empty displays stored into such locals: the word 0.
    displays: HashSet<ValueId>,
    /// The reads of such locals, with the local read.
    loads: HashMap<ValueId, LocalId>,
}

/// Where a value is used: its block, the instruction's index, or `None`
/// for a use by a terminator.
type Site = (usize, Option<usize>);

/// Find the locals of `func` that can hold their list lazily.
pub(super) fn lazy_lists(func: &tir::Function) -> LazyLists {
    // A resume function keeps its locals in the generator's frame.
    if func.resume.is_some() || func.is_generator {
        return LazyLists::default();
    }
    let uses = func.use_counts();
    let single = |v: &ValueId| uses[v.index()] == 1;
    let mut empties = HashSet::new();
    let mut box_floats = HashSet::new();
    let mut sites: HashMap<ValueId, Site> = HashMap::new();
    let mut stores: HashMap<LocalId, Vec<ValueId>> = HashMap::new();
    let mut loads: HashMap<LocalId, Vec<(ValueId, usize, usize)>> = HashMap::new();
    let mut excluded: HashSet<LocalId> = func.params.iter().copied().collect();
    for (b, (_, block)) in func.blocks.iter().enumerate() {
        for (i, inst) in block.insts.iter().enumerate() {
            inst.op.for_each_operand(|v| {
                sites.insert(*v, (b, Some(i)));
            });
            match (&inst.op, &inst.results[..]) {
                (Op::BuildList(items), [result]) if items.is_empty() && single(result) => {
                    empties.insert(*result);
                }
                (Op::BoxFloat(_), [result]) => {
                    box_floats.insert(*result);
                }
                (Op::StoreLocal { local, value }, _) => {
                    stores.entry(*local).or_default().push(*value);
                }
                (Op::LoadLocal { local, checked }, [result]) => {
                    if *checked || !single(result) {
                        excluded.insert(*local);
                    }
                    loads.entry(*local).or_default().push((*result, b, i));
                }
                (Op::DelLocal(local), _) => {
                    excluded.insert(*local);
                }
                _ => {}
            }
        }
        for v in block.term.operands() {
            sites.insert(v, (b, None));
        }
    }
    let blocks: Vec<&tir::Block> = func.blocks.iter().map(|(_, block)| block).collect();
    // The one use of a read of `local`, at `(b, i)`, is one that an
    // absent list serves, later in the block with no store of `local`
    // between.
    let use_ok = |local: LocalId, v: ValueId, b: usize, i: usize| {
        let Some(&(ub, Some(ui))) = sites.get(&v) else {
            return false;
        };
        if ub != b || ui <= i {
            return false;
        }
        let insts = &blocks[b].insts;
        let stored_between = insts[i + 1..ui]
            .iter()
            .any(|inst| matches!(inst.op, Op::StoreLocal { local: l, .. } if l == local));
        let fits = match &insts[ui].op {
            Op::ListAppend { list, item } => {
                *list == v
                    && *item != v
                    && func.values[*item] != Type::F64
                    && !box_floats.contains(item)
            }
            Op::ListTruthy(list) => *list == v,
            Op::ListExtend {
                list,
                iterable,
                callee: None,
            } => *iterable == v && *list != v,
            _ => false,
        };
        fits && !stored_between
    };
    let mut lazy = LazyLists::default();
    for (local, values) in &stores {
        if excluded.contains(local) || !values.iter().all(|v| empties.contains(v)) {
            continue;
        }
        let reads = loads.get(local).map(Vec::as_slice).unwrap_or(&[]);
        if !reads.iter().all(|&(v, b, i)| use_ok(*local, v, b, i)) {
            continue;
        }
        lazy.displays.extend(values.iter().copied());
        lazy.loads
            .extend(reads.iter().map(|&(v, _, _)| (v, *local)));
    }
    lazy
}

impl Translator<'_, '_, '_, '_> {
    /// The instructions on lazy lists (see [`LazyLists`]): true when
    /// `inst` was translated here.
    pub(super) fn lazy_list_inst(&mut self, inst: &tir::Inst) -> Result<bool, CodegenError> {
        let lazy = &self.lazy_lists;
        let is_lazy = |v: &ValueId| lazy.loads.contains_key(v);
        let local = |v: &ValueId| lazy.loads[v];
        match &inst.op {
            Op::BuildList(_) if lazy.displays.contains(&inst.results[0]) => {
                let zero = self.em.word(0);
                self.define(inst, zero);
            }
            Op::ListAppend { list, item } if is_lazy(list) => {
                let local = local(list);
                let (list, item_value) = (self.value(*list), self.value(*item));
                let make = self.em.b.create_block();
                let append = self.em.b.create_block();
                let done = self.em.b.create_block();
                self.em.b.ins().brif(list, append, &[], make, &[]);

                self.em.b.switch_to_block(make);
                let made = self.build_list(&[*item], true);
                self.em.b.def_var(self.locals[local.index()], made);
                self.em.b.ins().jump(done, &[]);

                self.em.b.switch_to_block(append);
                self.list_append(list, item_value);
                self.em.b.ins().jump(done, &[]);
                self.em.b.switch_to_block(done);
            }
            Op::ListTruthy(list) if is_lazy(list) => {
                let list = self.value(*list);
                let made = self.em.b.create_block();
                let done = self.em.b.create_block();
                let truth = self.em.b.append_block_param(done, types::I8);
                let no = self.em.b.ins().iconst(types::I8, 0);
                self.em
                    .b
                    .ins()
                    .brif(list, made, &[], done, &[BlockArg::Value(no)]);
                self.em.b.switch_to_block(made);
                let len = self.em.load_word(list, LEN);
                let some = self.em.b.ins().icmp_imm_s(IntCC::NotEqual, len, 0);
                self.em.b.ins().jump(done, &[BlockArg::Value(some)]);
                self.em.b.switch_to_block(done);
                self.define(inst, truth);
            }
            Op::ListExtend {
                list,
                iterable,
                callee: None,
            } if is_lazy(iterable) => {
                let (target, source) = (self.value(*list), self.value(*iterable));
                let made = self.em.b.create_block();
                let done = self.em.b.create_block();
                // Extending by an empty list changes nothing.
                self.em.b.ins().brif(source, made, &[], done, &[]);
                self.em.b.switch_to_block(made);
                let null = self.em.word(0);
                let status = self
                    .em
                    .call_entry_value("ty_list_extend", &[target, source, null]);
                self.check_status(status);
                self.em.b.ins().jump(done, &[]);
                self.em.b.switch_to_block(done);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}
