//! Attribute loads and stores at a fixed slot (`Op::LoadField`,
//! `Op::StoreField`): the receiver is an instance of exactly a class whose
//! layout the compiler fixed (`infer::fields`), so the slot of the name is
//! a constant and there is no type or cache check.
//!
//! The fast path still checks the instance itself, for what the class
//! cannot promise: that the slot exists (`cap`: an instance whose
//! attributes moved to a dict has none) and holds a value (deleted or
//! never set: 0). A store into an empty slot must also come after every
//! slot holding a value (`used`), which keeps slot order the insertion
//! order. Anything else takes the generic protocol (`ty_getattr`,
//! `ty_setattr`) in a cold block: `AttributeError`, class attributes,
//! `__getattr__`, the instance dict.
//!
//! A raw slot holds a float's bits XOR `RAW_KEY` (0 still meaning "no
//! value"): a load decodes them to an `f64`, a store encodes its `f64`,
//! and the one float whose encoding is 0 takes the generic path (which
//! moves the instance to a dict). The generic load of a raw field is
//! unboxed after a kind check (an abort, never a misread, if the value
//! is not a float).

use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC, types,
};
use typhon_abi::instance_layout;

use super::function::{Translator, WORD};
use crate::tir::{ConstId, ValueId};

impl Translator<'_, '_, '_, '_> {
    /// `obj.name` from slot `slot` (an `f64` with `raw`), through the
    /// block's cached slot pointer when there is one (`field_cache.rs`).
    pub(super) fn load_field(
        &mut self,
        obj_id: ValueId,
        name: ConstId,
        slot: u32,
        raw: bool,
    ) -> Value {
        if let Some(value) = self.forwarded_value(obj_id, slot) {
            return value;
        }
        if let Some(pointer) = self.guarded_pointer(obj_id) {
            // The guard found the slot set, and nothing since can unset it.
            let word = self.cached_slot(pointer, slot);
            let value = if raw { self.decode_raw(word) } else { word };
            self.remember_field(obj_id, slot, value, false);
            return value;
        }
        let obj = self.value(obj_id);
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self
            .em
            .b
            .append_block_param(done, if raw { types::F64 } else { WORD });
        self.em.b.set_cold_block(slow);

        let cached = self.slot_pointer(obj_id, obj, slot);
        let word = match cached {
            Some(pointer) => self.cached_slot(pointer, slot),
            None => {
                let addr = self.field_addr(obj, slot, slow);
                self.em.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0)
            }
        };
        if raw {
            let decode = self.em.b.create_block();
            self.em.b.ins().brif(word, decode, &[], slow, &[]);
            self.em.b.switch_to_block(decode);
            let float = self.decode_raw(word);
            self.em.b.ins().jump(done, &[BlockArg::Value(float)]);
        } else {
            self.em
                .b
                .ins()
                .brif(word, done, &[BlockArg::Value(word)], slow, &[]);
        }

        self.em.b.switch_to_block(slow);
        let name = self.em.load_const(name);
        let value = self.em.call_entry_value("ty_getattr", &[obj, name]);
        self.check_word(value);
        self.set_current_cold();
        let value = if raw {
            let kind = self.em.i32(1);
            self.em.call_entry("ty_check_kind", &[value, kind]);
            self.unbox_float(value)
        } else {
            value
        };
        // `ty_getattr` may have run Python code (a descriptor).
        self.reload_slot_pointers();
        self.em.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.em.b.switch_to_block(done);
        self.remember_field(obj_id, slot, result, true);
        self.forget_fresh();
        result
    }

    /// `obj.name = value` into slot `slot` (`value` an `f64` with `raw`):
    /// through the block's cached slot pointer into a slot that holds a
    /// value, else the checked store below in a cold block.
    pub(super) fn store_field(
        &mut self,
        obj_id: ValueId,
        name: ConstId,
        slot: u32,
        raw: bool,
        value_id: ValueId,
    ) {
        let obj = self.value(obj_id);
        let value = self.value(value_id);
        if let Some(pointer) = self.guarded_pointer(obj_id) {
            // The guard found the slot set, and the guarded copy stores
            // only floats that are storable raw.
            let word = if raw { self.encode_raw(value) } else { value };
            self.forget_forwarded(slot);
            let offset = i32::try_from(slot * 8).expect("slot offset");
            self.em
                .b
                .ins()
                .store(MemFlagsData::trusted(), word, pointer, offset);
            self.remember_field(obj_id, slot, value, false);
            return;
        }
        if self.fresh_store(obj_id, name, slot, raw, value_id) {
            return;
        }
        self.forget_fresh();
        // After the store (either path, or it raised) the field holds
        // `value`; what else was known is forgotten, since the generic
        // path ran.
        self.remember_field(obj_id, slot, value, true);
        let Some(pointer) = self.slot_pointer(obj_id, obj, slot) else {
            self.checked_store_field(obj, name, slot, raw, value, false);
            return;
        };
        let checked = self.em.b.create_block();
        let store = self.em.b.create_block();
        let done = self.em.b.create_block();
        self.em.b.set_cold_block(checked);
        let word = if raw {
            let word = self.encode_raw(value);
            if !self.field_cache.is_quiet(value_id) {
                let encodable = self.em.b.create_block();
                self.em.b.ins().brif(word, encodable, &[], checked, &[]);
                self.em.b.switch_to_block(encodable);
            }
            word
        } else {
            value
        };
        let old = self.cached_slot(pointer, slot);
        self.em.b.ins().brif(old, store, &[], checked, &[]);

        self.em.b.switch_to_block(store);
        let offset = i32::try_from(slot * 8).expect("slot offset");
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), word, pointer, offset);
        self.em.b.ins().jump(done, &[]);

        // An empty slot, a missing one or the unstorable float: the whole
        // check, whose generic path may move attributes.
        self.em.b.switch_to_block(checked);
        self.checked_store_field(obj, name, slot, raw, value, true);
        self.reload_slot_pointers();
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(done);
    }

    /// `obj.name = value` with every check made here; all of it laid out
    /// with the cold code when `cold`.
    pub(super) fn checked_store_field(
        &mut self,
        obj: Value,
        name: ConstId,
        slot: u32,
        raw: bool,
        value: Value,
        cold: bool,
    ) {
        let slow = self.em.b.create_block();
        let store = self.em.b.create_block();
        let empty = self.em.b.create_block();
        let append = self.em.b.create_block();
        let done = self.em.b.create_block();
        self.em.b.set_cold_block(slow);
        if cold {
            for block in [store, empty, append, done] {
                self.em.b.set_cold_block(block);
            }
        }

        let word = if raw {
            let word = self.encode_raw(value);
            let encodable = self.em.b.create_block();
            self.em.b.ins().brif(word, encodable, &[], slow, &[]);
            self.em.b.switch_to_block(encodable);
            if cold {
                self.set_current_cold();
            }
            word
        } else {
            value
        };
        let addr = self.field_addr(obj, slot, slow);
        if cold {
            self.set_current_cold();
        }
        let old = self.em.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0);
        self.em.b.ins().brif(old, store, &[], empty, &[]);

        // A new attribute goes to its empty slot; past every filled one it
        // also moves `used`. (The layout was seeded, so insertion order is
        // unobservable and an earlier empty slot may be filled too.)
        self.em.b.switch_to_block(empty);
        let used = self
            .em
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), obj, instance_layout::USED);
        let after =
            self.em
                .b
                .ins()
                .icmp_imm_s(IntCC::UnsignedLessThanOrEqual, used, i64::from(slot));
        self.em.b.ins().brif(after, append, &[], store, &[]);
        self.em.b.switch_to_block(append);
        let skips = self
            .em
            .b
            .ins()
            .icmp_imm_s(IntCC::NotEqual, used, i64::from(slot));
        self.note_holes_if(skips);
        let next = self.em.b.ins().iconst(types::I32, i64::from(slot) + 1);
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), next, obj, instance_layout::USED);
        self.em.b.ins().jump(store, &[]);

        self.em.b.switch_to_block(store);
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), word, addr, 0);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(slow);
        let boxed = if raw { self.box_float(value) } else { value };
        let name = self.em.load_const(name);
        let status = self.em.call_entry_value("ty_setattr", &[obj, name, boxed]);
        self.check_status(status);
        self.set_current_cold();
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(done);
    }

    /// The float a raw slot's word holds.
    fn decode_raw(&mut self, word: Value) -> Value {
        let bits = self.em.b.ins().bxor_imm_s(word, instance_layout::RAW_KEY);
        self.em
            .b
            .ins()
            .bitcast(types::F64, MemFlagsData::new(), bits)
    }

    /// The raw slot word of float `value` (0 for the one unstorable float).
    pub(super) fn encode_raw(&mut self, value: Value) -> Value {
        let bits = self
            .em
            .b
            .ins()
            .bitcast(types::I64, MemFlagsData::new(), value);
        self.em.b.ins().bxor_imm_s(bits, instance_layout::RAW_KEY)
    }

    /// Mark the block being filled cold (the rest of a slow path after a
    /// call's check), so that it is laid out after the hot code.
    fn set_current_cold(&mut self) {
        let block = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(block);
    }

    /// Whether `obj` is a pointer whose type word is `class` (a tagged
    /// int is no instance of any class).
    pub(super) fn class_is(&mut self, obj: Value, class: Value) -> Value {
        let pointer = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::I8);
        let tag = self.em.b.ins().band_imm_s(obj, 1);
        let no = self.em.b.ins().iconst(types::I8, 0);
        self.em
            .b
            .ins()
            .brif(tag, done, &[BlockArg::Value(no)], pointer, &[]);
        self.em.b.switch_to_block(pointer);
        let ty = self.em.b.ins().load(WORD, MemFlagsData::trusted(), obj, 0);
        let same = self.em.b.ins().icmp(IntCC::Equal, ty, class);
        self.em.b.ins().jump(done, &[BlockArg::Value(same)]);
        self.em.b.switch_to_block(done);
        result
    }

    /// The address of value slot `slot` of instance `obj`, going to `slow`
    /// when the instance has no such slot.
    fn field_addr(&mut self, obj: Value, slot: u32, slow: Block) -> Value {
        let cap = self
            .em
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), obj, instance_layout::CAP);
        let inside = self
            .em
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThan, cap, i64::from(slot));
        let fetch = self.em.b.create_block();
        self.em.b.ins().brif(inside, fetch, &[], slow, &[]);
        self.em.b.switch_to_block(fetch);
        let values =
            self.em
                .b
                .ins()
                .load(WORD, MemFlagsData::trusted(), obj, instance_layout::VALUES);
        self.em.b.ins().iadd_imm_s(values, i64::from(slot) * 8)
    }

    /// `Op::TypeCallCheck`: the depth check `$new_instance` makes (the
    /// callee depth of a call `extra` levels below this frame against the
    /// limit), for an instance that is not made.
    pub(super) fn type_call_check(&mut self, extra: u32) {
        self.depth_limit_check(extra, "ty_raise_type_call_recursion_error");
    }
}
