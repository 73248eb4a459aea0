//! A block whose field accesses can be checked all at once gets two
//! copies of its tail: one after a guard, whose accesses are plain loads
//! and stores, and the ordinary one (`field_cache.rs`) for when the guard
//! fails.
//!
//! nbody's pair loop reads and writes 20 float fields of two instances
//! per iteration; each checked access has a cold generic path that calls
//! the runtime and rejoins, and every float live across such a call is
//! kept on the stack. The guard, placed at the block's first field
//! access, checks that each instance has every slot the block touches on
//! it and that each of those slots holds a value: while the runtime's
//! `SLOT_HOLES` is 0 (no instance has ever had an empty slot below its
//! `used`; every path that could make one sets it, `fields.rs`,
//! `attr_sites.rs`, `fresh_fields.rs` and the runtime's `layout.rs` and
//! `sites.rs`), `used` past the highest slot says so for each instance in
//! one compare; otherwise `cap` and a test of every slot do. If so, nothing
//! in the rest of the block can change that, because the tail is made
//! only of instructions that run no Python code and leave attribute
//! storage alone (`field_cache::keeps_fields`), its float stores are of
//! results of float arithmetic (never the one float a raw slot cannot
//! hold, `field_cache::quiet_float`), and no attribute is deleted. So the
//! guarded copy has no slow path for its fields at all.
//!
//! Both copies end with the block's terminator (a jump or a branch), and
//! a value the tail defines is used only inside the block, so no value
//! has to be merged after them; locals are Cranelift variables, which the
//! frontend merges at the successors.

use cranelift_codegen::ir::{BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC, types};

use super::CodegenError;
use super::field_cache::{Key, keeps_fields};
use super::function::{Translator, WORD};
use crate::tir::{self, Op, Terminator, Type, ValueId};
use typhon_abi::instance_layout;

/// Fewer field accesses than this are not worth a second copy.
const MIN_ACCESSES: usize = 4;
/// At most this many instances are guarded.
const MAX_OBJECTS: usize = 4;

/// An instance the guard checks, and the slots it checks on it.
struct Checked {
    key: Key,
    slots: Vec<u32>,
    /// The local may be unbound at the guard (the block reads it with the
    /// unbound check, which would raise before the access): the guard
    /// then tests for the 0 word first.
    maybe_unbound: bool,
}

/// The guard of `block`: the index of its first field access and the
/// instances to check, when the block qualifies.
fn plan(
    func: &tir::Function,
    block_id: tir::BlockId,
    block: &tir::Block,
    keys: &dyn Fn(ValueId) -> Key,
) -> Option<(usize, Vec<Checked>)> {
    if func.resume.is_some()
        || !matches!(block.term, Terminator::Jump(_) | Terminator::Branch { .. })
    {
        return None;
    }
    let start = block
        .insts
        .iter()
        .position(|inst| matches!(inst.op, Op::LoadField { .. } | Op::StoreField { .. }))?;
    let tail = &block.insts[start..];
    let mut checked: Vec<Checked> = Vec::new();
    let mut accesses = 0;
    for inst in tail {
        if !keeps_fields(func, inst) {
            return None;
        }
        let (obj, slot) = match &inst.op {
            Op::LoadField { obj, slot, .. } => (*obj, *slot),
            Op::StoreField {
                obj,
                slot,
                raw,
                value,
                ..
            } => {
                if *raw && !quiet_value(func, tail, *value) {
                    return None;
                }
                (*obj, *slot)
            }
            _ => continue,
        };
        accesses += 1;
        let key = keys(obj);
        match key {
            // The instance must be the same at the guard: the local's
            // value there (after as many stores to it as come before the
            // tail), or a value defined before the tail.
            Key::Local(local, n) => {
                let before = block.insts[..start]
                    .iter()
                    .filter(|i| matches!(i.op, Op::StoreLocal { local: l, .. } if l == local))
                    .count();
                if n as usize != before {
                    return None;
                }
            }
            Key::Value(v) if tail.iter().any(|i| i.results.contains(&v)) => return None,
            // A new instance's slots are empty, so its guard would fail:
            // its stores are fast in the ordinary copy (`fresh_fields.rs`).
            Key::Value(v)
                if block.insts[..start]
                    .iter()
                    .any(|i| i.results.contains(&v) && matches!(i.op, Op::NewInstance { .. })) =>
            {
                return None;
            }
            Key::Value(_) => {}
        }
        match checked.iter_mut().find(|c| c.key == key) {
            Some(c) if !c.slots.contains(&slot) => c.slots.push(slot),
            Some(_) => {}
            None => checked.push(Checked {
                key,
                slots: vec![slot],
                maybe_unbound: match key {
                    Key::Local(local, _) => block.insts.iter().any(
                        |i| matches!(i.op, Op::LoadLocal { local: l, checked: true } if l == local),
                    ),
                    Key::Value(_) => false,
                },
            }),
        }
    }
    if accesses < MIN_ACCESSES || checked.len() > MAX_OBJECTS {
        return None;
    }
    tail_stays(func, block_id, tail).then_some((start, checked))
}

/// Whether no value `tail` (of `block_id`) defines is used in another
/// block: a copied tail's values need no merging after the copies.
pub(super) fn tail_stays(func: &tir::Function, block_id: tir::BlockId, tail: &[tir::Inst]) -> bool {
    let defined: Vec<ValueId> = tail
        .iter()
        .flat_map(|i| i.results.iter().copied())
        .collect();
    func.blocks.iter().all(|(other_id, other)| {
        other_id == block_id
            || !other
                .insts
                .iter()
                .flat_map(|i| i.op.operands())
                .chain(other.term.operands())
                .any(|v| defined.contains(&v))
    })
}

/// Whether `value`, stored raw, is made in `tail` by float arithmetic.
fn quiet_value(func: &tir::Function, tail: &[tir::Inst], value: ValueId) -> bool {
    tail.iter().any(|inst| {
        inst.results.first() == Some(&value)
            && match &inst.op {
                Op::BinOp { op, lhs, .. } | Op::InplaceBinOp { op, lhs, .. } => {
                    super::field_cache::quiet_float(func, *op, *lhs, value)
                }
                _ => false,
            }
    }) && func.values[value] == Type::F64
}

impl Translator<'_, '_, '_, '_> {
    /// Translate `block`'s instructions and terminator, with a guarded
    /// copy of its tail when it qualifies (or, failing that, a copy
    /// guarding a run of int arithmetic, `int_regions.rs`).
    pub(super) fn block_body(
        &mut self,
        block_id: tir::BlockId,
        block: &tir::Block,
    ) -> Result<(), CodegenError> {
        let cache = &self.field_cache;
        let keys = |v: ValueId| cache.key(v);
        let planned = plan(self.b_func, block_id, block, &keys);
        let Some((start, checked)) = planned else {
            let region = super::int_regions::plan(self.b_func, block, &self.small_ints);
            return match region {
                Some(region) => self.int_region_body(block, region),
                None => self.insts_and_term(&block.insts, block, true),
            };
        };
        self.insts_and_term(&block.insts[..start], block, false)?;
        let Some(objects) = self.guard_objects(&checked) else {
            return self.insts_and_term(&block.insts[start..], block, true);
        };

        self.field_cache.split = true;
        let guarded = self.em.b.create_block();
        let general = self.em.b.create_block();
        self.em.b.set_cold_block(general);
        for (c, obj) in checked.iter().zip(&objects) {
            if c.maybe_unbound {
                let bound_here = self.em.b.create_block();
                self.em.b.ins().brif(*obj, bound_here, &[], general, &[]);
                self.em.b.switch_to_block(bound_here);
            }
        }
        // The guarded copy gets each instance's slot pointer from either
        // way of checking the slots, and loads each slot where it is first
        // used (passing the words the checks loaded kept them all live
        // across the float code: more spills than loads saved).
        let mut pointers = Vec::new();
        for c in &checked {
            pointers.push((c.key, self.em.b.append_block_param(guarded, WORD)));
        }
        let by_used = self.em.b.create_block();
        let by_slot = self.em.b.create_block();
        let holes_addr = self.em.data_addr(self.em.env.imports.slot_holes);
        let holes = self
            .em
            .b
            .ins()
            .uload8(types::I32, MemFlagsData::trusted(), holes_addr, 0);
        self.em.b.ins().brif(holes, by_slot, &[], by_used, &[]);

        // No instance has ever had a hole below its `used` (the runtime's
        // `SLOT_HOLES`), so `used` past the highest slot says every slot
        // the tail touches holds a value (and is within `cap`).
        self.em.b.switch_to_block(by_used);
        let mut args = Vec::new();
        for (c, obj) in checked.iter().zip(&objects) {
            let bound = c.slots.iter().max().copied().unwrap_or(0) + 1;
            let used =
                self.em
                    .b
                    .ins()
                    .uload32(MemFlagsData::trusted(), *obj, instance_layout::USED);
            let inside = self.em.b.ins().icmp_imm_s(
                IntCC::UnsignedGreaterThanOrEqual,
                used,
                i64::from(bound),
            );
            let next = self.em.b.create_block();
            self.em.b.ins().brif(inside, next, &[], general, &[]);
            self.em.b.switch_to_block(next);
            let values =
                self.em
                    .b
                    .ins()
                    .load(WORD, MemFlagsData::trusted(), *obj, instance_layout::VALUES);
            args.push(BlockArg::Value(values));
        }
        self.em.b.ins().jump(guarded, &args);

        // Otherwise each instance has every slot (`cap`) and each slot
        // holds a value: one branch per slot (a test and a jump on x86-64,
        // where and-ing the truth values first took a test, a set and an
        // `and` each).
        self.em.b.switch_to_block(by_slot);
        let mut args = Vec::new();
        for (c, obj) in checked.iter().zip(&objects) {
            let bound = c.slots.iter().max().copied().unwrap_or(0) + 1;
            let cap = self
                .em
                .b
                .ins()
                .uload32(MemFlagsData::trusted(), *obj, instance_layout::CAP);
            let inside = self.em.b.ins().icmp_imm_s(
                IntCC::UnsignedGreaterThanOrEqual,
                cap,
                i64::from(bound),
            );
            let next = self.em.b.create_block();
            self.em.b.ins().brif(inside, next, &[], general, &[]);
            self.em.b.switch_to_block(next);
            let values =
                self.em
                    .b
                    .ins()
                    .load(WORD, MemFlagsData::trusted(), *obj, instance_layout::VALUES);
            args.push(BlockArg::Value(values));
            for slot in &c.slots {
                let word = self.cached_slot(values, *slot);
                let next = self.em.b.create_block();
                self.em.b.ins().brif(word, next, &[], general, &[]);
                self.em.b.switch_to_block(next);
            }
        }
        self.em.b.ins().jump(guarded, &args);

        let before = self.values.clone();
        // Neither copy dominates what follows (see `class_words`).
        let words = self.class_words.clone();
        self.em.b.switch_to_block(guarded);
        self.field_cache.guarded = Some(pointers);
        self.forget_fields();
        let result = self.insts_and_term(&block.insts[start..], block, true);
        self.field_cache.guarded = None;
        self.forget_fields();
        result?;

        self.values = before;
        self.class_words = words.clone();
        self.em.b.switch_to_block(general);
        let first = self.em.blocks_made();
        let result = self.insts_and_term(&block.insts[start..], block, true);
        self.class_words = words;
        self.em.cold_from(first);
        result
    }

    /// Set the runtime's `SLOT_HOLES` when `skips` (a store past `used`
    /// that leaves empty slots before it), in a cold block.
    pub(super) fn note_holes_if(&mut self, skips: Value) {
        let mark = self.em.b.create_block();
        let after = self.em.b.create_block();
        self.em.b.set_cold_block(mark);
        self.em.b.ins().brif(skips, mark, &[], after, &[]);
        self.em.b.switch_to_block(mark);
        self.note_holes();
        self.em.b.ins().jump(after, &[]);
        self.em.b.switch_to_block(after);
    }

    /// Set the runtime's `SLOT_HOLES`.
    pub(super) fn note_holes(&mut self) {
        let addr = self.em.data_addr(self.em.env.imports.slot_holes);
        let one = self.em.b.ins().iconst(types::I8, 1);
        self.em.b.ins().store(MemFlagsData::trusted(), one, addr, 0);
    }

    /// The instances to guard, as values at this point (`None` when one is
    /// not defined yet).
    fn guard_objects(&mut self, checked: &[Checked]) -> Option<Vec<Value>> {
        let mut objects = Vec::new();
        for c in checked {
            objects.push(match c.key {
                Key::Local(local, _) => self.em.b.use_var(self.locals[local.index()]),
                Key::Value(v) => self.values[v.index()]?,
            });
        }
        Some(objects)
    }

    /// Translate `insts` (of `block`), then its terminator with `term`.
    pub(super) fn insts_and_term(
        &mut self,
        insts: &[tir::Inst],
        block: &tir::Block,
        term: bool,
    ) -> Result<(), CodegenError> {
        self.item_slots_enter(insts);
        // A divisor tested in another block copy is not known here, nor
        // a depth check's limit.
        self.nonzero_floats.clear();
        self.depth_checked = None;
        for inst in insts {
            self.line = inst.line;
            if !keeps_fields(self.b_func, inst) {
                self.depth_checked = None;
            }
            self.fields_before(inst);
            self.item_slots_before(inst);
            self.inst(inst)?;
        }
        if term {
            self.line = block.term_line;
            self.terminator(&block.term)?;
        }
        Ok(())
    }
}
