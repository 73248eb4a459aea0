//! Stores into an instance made earlier in the same block
//! (`Op::NewInstance`): an inlined `__init__`'s `self.x = x`.
//!
//! A new instance's storage is known without looking: no dict, its value
//! slots inline (`VALUES` points at `INLINE_VALUES`), at least as many of
//! them as the class's compile-time layout has names (the runtime's
//! layout only grows), every one empty, and `used` 0. While nothing that
//! may run Python code has come since, the block's own stores are the
//! only changes, so the compiler knows `used` too: a store writes its slot
//! at a fixed offset from the instance and, when it goes past `used`,
//! the new `used` as a constant, without the checks of `fields.rs` (the
//! capacity, the old value, the `used` comparison).
//!
//! What ends the knowledge: an instruction that may run code
//! (`field_cache::keeps_fields`), any field access with a generic path
//! (`ty_getattr` / `ty_setattr` may run a descriptor, which could reach
//! the instance if it escaped), and the start of each copy of a guarded
//! block's tail (`field_guard.rs`). A raw float store of a value that may
//! be the one float a raw slot cannot hold checks it, and its cold path
//! stores through the generic protocol, after which nothing is known.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, types};
use typhon_abi::instance_layout;

use super::field_cache::{Key, keeps_fields, quiet_float};
use super::function::Translator;
use crate::tir::{self, ConstId, LocalId, Op, Type, ValueId};

/// What a scan of the current TIR block found, and the instances known
/// fresh so far.
#[derive(Default)]
pub(super) struct FreshInstances {
    /// Locals holding a new instance of the block, by the key the field
    /// cache gives their loads after the store (`Key::Local(local, n)`).
    aliases: HashMap<Key, ValueId>,
    /// Float values of the block that are never a signalling NaN, so
    /// never the raw key.
    quiet: HashSet<ValueId>,
    /// Each fresh instance (the `NewInstance` result), its slot count and
    /// its `used` as the stores so far left it.
    live: Vec<(ValueId, u32, u32)>,
}

impl FreshInstances {
    pub(super) fn scan(func: &tir::Function, block: &tir::Block) -> FreshInstances {
        let mut fresh = FreshInstances::default();
        let mut made = HashSet::new();
        let mut stores: HashMap<LocalId, u32> = HashMap::new();
        for inst in &block.insts {
            let quiet = match &inst.op {
                Op::NewInstance { .. } => {
                    made.insert(inst.results[0]);
                    false
                }
                Op::StoreLocal { local, value } => {
                    let n = stores.entry(*local).or_insert(0);
                    *n += 1;
                    if made.contains(value) {
                        fresh.aliases.insert(Key::Local(*local, *n), *value);
                    }
                    false
                }
                // An int converts to a finite float (or raises).
                Op::IntToFloat(_) => true,
                Op::Float(f) => !is_signalling(*f),
                // A math function, `abs`, `min` or `max` of floats that are
                // not signalling NaNs returns a number or a quiet NaN.
                Op::NumCall { func: f, args } => {
                    !f.returns_int()
                        && args
                            .iter()
                            .all(|a| func.values[*a] == Type::Int || fresh.quiet.contains(a))
                }
                Op::BinOp { op, lhs, .. } | Op::InplaceBinOp { op, lhs, .. } => {
                    quiet_float(func, *op, *lhs, inst.results[0])
                }
                _ => false,
            };
            if quiet {
                fresh.quiet.insert(inst.results[0]);
            }
        }
        fresh
    }
}

/// Whether `f` is a signalling NaN (quiet bit clear).
fn is_signalling(f: f64) -> bool {
    f.is_nan() && f.to_bits() & (1 << 51) == 0
}

impl Translator<'_, '_, '_, '_> {
    /// `made` is a new instance with `slots` empty slots.
    pub(super) fn fresh_made(&mut self, made: ValueId, slots: u32) {
        self.fresh.live.push((made, slots, 0));
    }

    /// Before translating `inst`: forget every fresh instance when it may
    /// run code.
    pub(super) fn fresh_before(&mut self, inst: &tir::Inst) {
        if !keeps_fields(self.b_func, inst) {
            self.forget_fresh();
        }
    }

    /// Forget every fresh instance (after a generic attribute path, at the
    /// start of a copy of a block's tail).
    pub(super) fn forget_fresh(&mut self) {
        self.fresh.live.clear();
    }

    /// `obj.name = value` into slot `slot` when `obj` is a fresh instance
    /// that has the slot; `false` (nothing emitted) otherwise.
    pub(super) fn fresh_store(
        &mut self,
        obj_id: ValueId,
        name: ConstId,
        slot: u32,
        raw: bool,
        value_id: ValueId,
    ) -> bool {
        let made = match self.field_cache.key(obj_id) {
            Key::Value(v) => v,
            key => match self.fresh.aliases.get(&key) {
                Some(v) => *v,
                None => return false,
            },
        };
        let Some(index) = self
            .fresh
            .live
            .iter()
            .position(|(v, slots, _)| *v == made && slot < *slots)
        else {
            return false;
        };
        let used = self.fresh.live[index].2;
        let obj = self.value(obj_id);
        let value = self.value(value_id);
        let flags = MemFlagsData::trusted();
        let offset = instance_layout::INLINE_VALUES + i32::try_from(slot * 8).expect("slot offset");
        let checked =
            raw && !self.fresh.quiet.contains(&value_id) && !self.field_cache.is_quiet(value_id);
        let word = if raw { self.encode_raw(value) } else { value };
        let (general, done) = if checked {
            let store = self.em.b.create_block();
            let general = self.em.b.create_block();
            let done = self.em.b.create_block();
            self.em.b.set_cold_block(general);
            self.em.b.ins().brif(word, store, &[], general, &[]);
            self.em.b.switch_to_block(store);
            (Some(general), Some(done))
        } else {
            (None, None)
        };
        self.em.b.ins().store(flags, word, obj, offset);
        if slot > used {
            // Slots before this one stay empty for now.
            self.note_holes();
        }
        if slot >= used {
            let next = self.em.b.ins().iconst(types::I32, i64::from(slot) + 1);
            self.em
                .b
                .ins()
                .store(flags, next, obj, instance_layout::USED);
            self.fresh.live[index].2 = slot + 1;
        }
        if let (Some(general), Some(done)) = (general, done) {
            self.em.b.ins().jump(done, &[]);
            // The one float a raw slot cannot hold: the generic store moves
            // the attributes to a dict.
            self.em.b.switch_to_block(general);
            self.checked_store_field(obj, name, slot, raw, value, true);
            self.reload_slot_pointers();
            self.em.b.ins().jump(done, &[]);
            self.em.b.switch_to_block(done);
            self.forget_fresh();
            self.remember_field(obj_id, slot, value, true);
        } else {
            self.forget_forwarded(slot);
            self.remember_field(obj_id, slot, value, false);
        }
        true
    }
}
