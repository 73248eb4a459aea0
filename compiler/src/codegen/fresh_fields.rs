//! Stores into an instance the block has just made (`Op::NewInstance`),
//! as an inlined `__init__` does: plain stores, without the checks of
//! `fields.rs`.
//!
//! A checked store into an empty slot takes its cold path: the instance
//! may lack the slot or have moved its attributes to a dict, and a new
//! attribute past the filled ones moves `used`. For an instance made in
//! this block, with nothing since that could run Python code or touch its
//! attributes (the instructions of `field_cache::keeps_fields`), all of
//! that is known here: its value slots are the inline ones (the runtime's
//! `layout::new` makes them so too, with at least the compiler's count:
//! a class's layout only grows), no dict, and which slots hold a value
//! and what `used` is follow from the stores made since. So a store is
//! the word and, when it moves `used`, the new `used`.
//!
//! The knowledge ends with the first instruction outside that list, or a
//! field access that took the generic path (whose cold code may run
//! Python code); a raw float that may be the one unstorable float goes
//! the checked way and ends it too.

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, types};
use typhon_abi::instance_layout;

use super::field_cache::Key;
use super::function::Translator;
use crate::tir::ValueId;

/// An instance made in the current block, and what its slots hold.
#[derive(Clone, Copy)]
pub(super) struct Fresh {
    key: Key,
    /// The inline value slots it was made with (at least).
    slots: u32,
    /// Its `used`: one past the last slot filled (an earlier slot may be
    /// empty; a store there leaves `used` alone, as the checked one does).
    used: u32,
}

impl Translator<'_, '_, '_, '_> {
    /// `Op::NewInstance` made `obj` with `slots` empty slots.
    pub(super) fn made_instance(&mut self, obj: ValueId, slots: u32) {
        let key = Key::Value(obj);
        let fresh = &mut self.field_cache.fresh;
        fresh.retain(|f| f.key != key);
        if self.field_cache.guarded.is_none() {
            fresh.push(Fresh {
                key,
                slots,
                used: 0,
            });
        }
    }

    /// `obj.name = value` into slot `slot` of an instance made in this
    /// block, when that is known to be a plain store; false (nothing
    /// emitted) otherwise.
    pub(super) fn fresh_store(
        &mut self,
        obj_id: ValueId,
        slot: u32,
        raw: bool,
        value_id: ValueId,
    ) -> bool {
        if raw && !self.field_cache.is_quiet(value_id) {
            return false;
        }
        let key = self.field_cache.key(obj_id);
        let Some(idx) = self.field_cache.fresh.iter().position(|f| f.key == key) else {
            return false;
        };
        let Fresh { slots, used, .. } = self.field_cache.fresh[idx];
        if slot >= slots {
            return false;
        }
        let obj = self.value(obj_id);
        let value = self.value(value_id);
        let word = if raw {
            let bits = self
                .em
                .b
                .ins()
                .bitcast(types::I64, MemFlagsData::new(), value);
            self.em.b.ins().bxor_imm_s(bits, instance_layout::RAW_KEY)
        } else {
            value
        };
        let flags = MemFlagsData::trusted();
        let offset = instance_layout::INLINE_VALUES + 8 * slot as i32;
        self.em.b.ins().store(flags, word, obj, offset);
        if slot >= used {
            let next = self.em.b.ins().iconst(types::I32, i64::from(slot) + 1);
            self.em
                .b
                .ins()
                .store(flags, next, obj, instance_layout::USED);
        }
        let fresh = &mut self.field_cache.fresh[idx];
        fresh.used = used.max(slot + 1);
        // Another key may name the same instance (loaded back from where
        // it was stored): what was known of this slot is stale, except on
        // the other instances made in the block, which are other objects.
        let others: Vec<Key> = self
            .field_cache
            .fresh
            .iter()
            .map(|f| f.key)
            .filter(|k| *k != key)
            .collect();
        self.field_cache.forget_slot_except(slot, &others);
        self.remember_field(obj_id, slot, value, false);
        true
    }

    /// A field access took the checked way, whose generic path may run
    /// Python code: no instance is known fresh any more.
    pub(super) fn forget_fresh(&mut self) {
        self.field_cache.fresh.clear();
    }
}
