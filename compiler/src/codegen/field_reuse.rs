//! Fixed-slot attribute values reused inside one block: in
//! `self.x * self.x + self.y * self.y`, or `self.x /= n` after reading
//! `self.x`, the second `Op::LoadField` of a slot takes the value the first
//! load found (or the last `Op::StoreField` wrote) instead of checking and
//! loading the slot again.
//!
//! Why this is exact: a load or store of a slot takes its fast path only
//! when the instance has the slot and (for a load) it holds a value; the
//! value is then the slot's content. Between the two accesses, only
//! instructions that cannot run Python code nor write any instance slot are
//! allowed ([`transparent`]: constants, locals, arithmetic and comparisons
//! of ints, floats and truth values, native math, new instances, which
//! allocate but run no code (`__del__` is never called), and other
//! fixed-slot accesses). A store to the same slot index of another receiver
//! may alias, so it forgets that slot's other values. Whether every field
//! access since the last forgetting took its fast path is tracked in one
//! truth value: any slow path (`ty_getattr` / `ty_setattr`, which
//! may run `__getattr__`, a descriptor, or give a new bound method each
//! time) makes the later accesses of the block do their own loads. That
//! truth value lives in a stack slot the slow paths clear, so the fast
//! paths pay nothing for it: a reuse costs a load and a branch.
//!
//! Receivers are matched by TIR value, or by the local they were loaded
//! from when no store to that local came between. Only blocks with at least
//! one reuse pay for the tracking (a truth value per field access).

use std::collections::HashMap;

use cranelift_codegen::ir::{BlockArg, InstBuilder, StackSlot, Value, types};

use super::function::{Translator, WORD};
use crate::tir::{self, LocalId, Op, Type, ValueId};

/// Which receiver a value is, as far as one block can tell.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Receiver {
    Value(ValueId),
    /// The local, and how many stores to it came before the load.
    Local(LocalId, u32),
}

/// The plan of one block: per instruction, the earlier field access whose
/// value a load reuses, and whether the instruction forgets every value.
#[derive(Default)]
pub(super) struct BlockFields {
    reuse: Vec<Option<usize>>,
    forgets: Vec<bool>,
    /// The index of the instruction being translated.
    at: usize,
    /// The slot value each tracked access left (load result, stored value).
    values: HashMap<usize, Value>,
    /// Whether the flag was set since the last forgetting.
    armed: bool,
    /// The function's flag: a word, 1 while every field access since it
    /// was set took its fast path (the slow paths clear it).
    flag: Option<StackSlot>,
}

impl BlockFields {
    fn tracking(&self) -> bool {
        !self.reuse.is_empty()
    }
}

/// The plan of `block` (empty, so nothing is tracked, when no load can
/// reuse a value).
pub(super) fn plan(func: &tir::Function, block: &tir::Block) -> BlockFields {
    let n = block.insts.len();
    let mut reuse = vec![None; n];
    let mut forgets = vec![false; n];
    let mut any = false;
    let mut receivers: HashMap<ValueId, Receiver> = HashMap::new();
    let mut stores: HashMap<LocalId, u32> = HashMap::new();
    let mut known: HashMap<(Receiver, u32, bool), usize> = HashMap::new();
    let receiver = |receivers: &HashMap<ValueId, Receiver>, v: ValueId| {
        receivers.get(&v).copied().unwrap_or(Receiver::Value(v))
    };
    for (idx, inst) in block.insts.iter().enumerate() {
        match &inst.op {
            Op::LoadField { obj, slot, raw, .. } => {
                let key = (receiver(&receivers, *obj), *slot, *raw);
                match known.get(&key) {
                    Some(&src) => {
                        reuse[idx] = Some(src);
                        any = true;
                    }
                    None => {
                        known.insert(key, idx);
                    }
                }
            }
            Op::StoreField { obj, slot, raw, .. } => {
                known.retain(|(_, s, _), _| s != slot);
                known.insert((receiver(&receivers, *obj), *slot, *raw), idx);
            }
            Op::LoadLocal { local, .. } => {
                let count = stores.get(local).copied().unwrap_or(0);
                if let Some(&result) = inst.results.first() {
                    receivers.insert(result, Receiver::Local(*local, count));
                }
            }
            Op::StoreLocal { local, .. } => *stores.entry(*local).or_insert(0) += 1,
            op if transparent(func, op) => {}
            _ => {
                forgets[idx] = true;
                known.clear();
            }
        }
    }
    if !any {
        return BlockFields::default();
    }
    BlockFields {
        reuse,
        forgets,
        ..BlockFields::default()
    }
}

/// Whether `op` can neither run Python code nor write an instance slot.
fn transparent(func: &tir::Function, op: &Op) -> bool {
    let scalar = |v: &ValueId| matches!(func.values[*v], Type::Int | Type::F64 | Type::Bool);
    match op {
        Op::SmallInt(_)
        | Op::Const(_)
        | Op::None
        | Op::True
        | Op::False
        | Op::Float(_)
        | Op::LoadGlobal(_)
        | Op::IntToFloat(_)
        | Op::NumCall { .. }
        | Op::BoxFloat(_)
        | Op::UnboxFloat(_)
        | Op::CheckKind { .. }
        | Op::BoxBool(_)
        | Op::Is { .. }
        | Op::SmallInt2 { .. }
        | Op::RecursionCheck { .. }
        | Op::TypeCallCheck { .. }
        | Op::NewInstance { .. } => true,
        Op::BinOp { lhs, rhs, .. }
        | Op::InplaceBinOp { lhs, rhs, .. }
        | Op::Compare { lhs, rhs, .. }
        | Op::CompareBool { lhs, rhs, .. } => scalar(lhs) && scalar(rhs),
        Op::Unary { operand, .. } => scalar(operand),
        Op::Truthy(v) | Op::Not(v) => scalar(v),
        _ => false,
    }
}

impl Translator<'_, '_, '_, '_> {
    /// Start tracking block `block` of the function being translated.
    pub(super) fn fields_enter_block(&mut self, block: &tir::Block) {
        let flag = self.fields.flag;
        self.fields = plan(self.b_func, block);
        self.fields.flag = flag;
    }

    /// Before instruction `idx` of the block.
    pub(super) fn fields_before(&mut self, idx: usize) {
        let fields = &mut self.fields;
        fields.at = idx;
        if fields.tracking() && fields.forgets[idx] {
            fields.armed = false;
        }
    }

    /// The function's flag slot, set to 1 unless already set since the
    /// last forgetting (`None` when the block tracks nothing).
    fn arm(&mut self) -> Option<StackSlot> {
        if !self.fields.tracking() {
            return None;
        }
        let flag = match self.fields.flag {
            Some(flag) => flag,
            None => {
                let flag = self.em.stack_slot(1);
                self.fields.flag = Some(flag);
                flag
            }
        };
        if !self.fields.armed {
            let one = self.em.word(1);
            self.em.b.ins().stack_store(WORD, one, flag, 0);
            self.fields.armed = true;
        }
        Some(flag)
    }

    /// `Op::LoadField`, reusing an earlier value of the block when planned.
    pub(super) fn tracked_load_field(
        &mut self,
        obj: Value,
        name: tir::ConstId,
        slot: u32,
        raw: bool,
    ) -> Value {
        let at = self.fields.at;
        let known = match self.fields.reuse.get(at) {
            Some(Some(src)) if self.fields.armed => self.fields.values.get(src).copied(),
            _ => None,
        };
        let flag = self.arm();
        let (Some(known), Some(flag)) = (known, flag) else {
            let value = self.load_field(obj, name, slot, raw, flag);
            self.fields.values.insert(at, value);
            return value;
        };
        let full = self.em.b.create_block();
        let done = self.em.b.create_block();
        let ty = if raw { types::F64 } else { WORD };
        let value = self.em.b.append_block_param(done, ty);
        self.em.b.set_cold_block(full);
        let clean = self.em.b.ins().stack_load(WORD, WORD, flag, 0);
        self.em
            .b
            .ins()
            .brif(clean, done, &[BlockArg::Value(known)], full, &[]);
        self.em.b.switch_to_block(full);
        let again = self.load_field(obj, name, slot, raw, None);
        self.em.b.ins().jump(done, &[BlockArg::Value(again)]);
        self.em.b.switch_to_block(done);
        value
    }

    /// `Op::StoreField`, remembering the stored value when tracking.
    pub(super) fn tracked_store_field(
        &mut self,
        obj: Value,
        name: tir::ConstId,
        slot: u32,
        raw: bool,
        value: Value,
    ) {
        let flag = self.arm();
        self.store_field(obj, name, slot, raw, value, flag);
        if flag.is_some() {
            self.fields.values.insert(self.fields.at, value);
        }
    }
}
