//! `l[i] op= x` of an exact list: the write goes through the slot the read
//! found.
//!
//! `l[i] += x` (and any read of `l[i]` followed in the same block by a
//! write of `l[i]` with the same two TIR values) reads with
//! `Op::ListGetItem` and writes with `Op::ListSetItem`. The read's fast
//! path has the address of the item's slot in object storage; when the
//! block writes the same list and key later, the read passes that address
//! on (0 from its float-storage and runtime paths), and the write stores
//! through it when it is not 0, without the list's bounds and storage tests
//! again. The address stays good while the buffer stays: nothing between
//! may run Python code (the field cache's `keeps_fields`) or grow the list
//! (an append or extend), and a list in object storage never goes back to
//! float storage by a store. Addresses are per translated block copy:
//! `field_guard.rs` translates a block's tail twice, and each copy starts
//! with none.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, Value};
use typhon_abi::list_layout::{BUFFER_ITEMS, KIND_OBJECTS};

use super::field_cache::keeps_fields;
use super::function::{Translator, WORD};
use super::list_paths::Proven;
use crate::tir::{self, Op, ValueId};

/// The item slots known in the block being translated.
#[derive(Default)]
pub(super) struct ItemSlots {
    /// The (list, key) pairs the instructions being translated write.
    written: HashSet<(ValueId, ValueId)>,
    /// The slot address (or 0) a read of each pair found.
    live: HashMap<(ValueId, ValueId), Value>,
}

impl Translator<'_, '_, '_, '_> {
    /// Before translating `insts`: no address is known, and these are
    /// the pairs worth passing one on for.
    pub(super) fn item_slots_enter(&mut self, insts: &[tir::Inst]) {
        self.item_slots.live.clear();
        self.item_slots.written = insts
            .iter()
            .filter_map(|inst| match inst.op {
                Op::ListSetItem { list, key, .. } => Some((list, key)),
                _ => None,
            })
            .collect();
    }

    /// Before translating `inst`: forget the addresses when it may move
    /// a list's buffer.
    pub(super) fn item_slots_before(&mut self, inst: &tir::Inst) {
        let grows = matches!(inst.op, Op::ListAppend { .. } | Op::ListExtend { .. });
        if grows || !keeps_fields(self.b_func, inst) {
            self.item_slots.live.clear();
        }
    }

    /// `Op::ListGetItem`: remembers the slot when the block writes the
    /// same list and key later.
    pub(super) fn list_getitem(&mut self, list_id: ValueId, key_id: ValueId) -> Value {
        let proven = self.proven(true, key_id);
        let (list, key) = (self.value(list_id), self.value(key_id));
        let pair = (list_id, key_id);
        if !self.item_slots.written.contains(&pair) {
            return self.getitem_at(list, key, proven, false).0;
        }
        let (item, slot) = self.getitem_at(list, key, proven, true);
        if let Some(slot) = slot {
            self.item_slots.live.insert(pair, slot);
        }
        item
    }

    /// `Op::ListSetItem`: through the slot a read of the same list and
    /// key found, when it found one.
    pub(super) fn list_setitem(&mut self, list_id: ValueId, key_id: ValueId, value: Value) {
        let proven = self.proven(true, key_id);
        let (list, key) = (self.value(list_id), self.value(key_id));
        let Some(&slot) = self.item_slots.live.get(&(list_id, key_id)) else {
            self.setitem(list, key, value, proven);
            return;
        };
        let direct = self.em.b.create_block();
        let checked = self.em.b.create_block();
        let done = self.em.b.create_block();
        self.em.b.ins().brif(slot, direct, &[], checked, &[]);

        self.em.b.switch_to_block(direct);
        self.em.store_word(value, slot, BUFFER_ITEMS);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(checked);
        self.setitem(list, key, value, proven);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(done);
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: Value, key: Value, proven: Proven) -> Value {
        self.getitem_at(obj, key, proven, false).0
    }

    /// `obj[key]`, and with `slot` the address of the item's slot in
    /// object storage (0 when another path read it).
    fn getitem_at(
        &mut self,
        obj: Value,
        key: Value,
        proven: Proven,
        slot: bool,
    ) -> (Value, Option<Value>) {
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        let slot_param = slot.then(|| self.em.b.append_block_param(done, WORD));
        self.em.b.set_cold_block(slow);
        // A float list's item is boxed out of line.
        let floats = self.em.b.create_block();
        let float_addr = self.em.b.append_block_param(floats, WORD);
        self.em.b.set_cold_block(floats);
        let (fast, addr) =
            self.list_item_addr([obj, key], proven, slow, KIND_OBJECTS, Some(floats));

        self.em.b.switch_to_block(fast);
        let item = self.em.load_word(addr, BUFFER_ITEMS);
        self.jump_with_slot(done, item, slot.then_some(addr));

        self.em.b.switch_to_block(floats);
        let item = self.box_float_at(float_addr);
        let zero = slot.then(|| self.em.word(0));
        self.jump_with_slot(done, item, zero);

        // For a proven list only a negative or bad index gets here: rare.
        self.em.b.switch_to_block(slow);
        let item = self
            .em
            .call_entry_word(proven.list, "ty_getitem", &[obj, key]);
        self.check_word(item);
        let ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(ok);
        let zero = slot.then(|| self.em.word(0));
        self.jump_with_slot(done, item, zero);

        self.em.b.switch_to_block(done);
        (result, slot_param)
    }

    /// Jump to `done` with `item`, and `slot` when one is passed.
    fn jump_with_slot(&mut self, done: Block, item: Value, slot: Option<Value>) {
        let args: Vec<BlockArg> = std::iter::once(item)
            .chain(slot)
            .map(BlockArg::Value)
            .collect();
        self.em.b.ins().jump(done, &args);
    }
}
