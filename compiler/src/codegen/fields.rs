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
    Block, BlockArg, InstBuilder, MemFlagsData, StackSlot, Value, condcodes::IntCC, types,
};
use typhon_abi::instance_layout;

use super::function::{Translator, WORD};
use crate::tir::ConstId;

impl Translator<'_, '_, '_, '_> {
    /// `obj.name` from slot `slot` (an `f64` with `raw`); the slow path
    /// clears `dirty`'s flag when given (see `field_reuse`).
    pub(super) fn load_field(
        &mut self,
        obj: Value,
        name: ConstId,
        slot: u32,
        raw: bool,
        dirty: Option<StackSlot>,
    ) -> Value {
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self
            .em
            .b
            .append_block_param(done, if raw { types::F64 } else { WORD });
        self.em.b.set_cold_block(slow);

        let addr = self.field_addr(obj, slot, slow);
        let word = self.em.b.ins().load(WORD, MemFlagsData::trusted(), addr, 0);
        if raw {
            let decode = self.em.b.create_block();
            self.em.b.ins().brif(word, decode, &[], slow, &[]);
            self.em.b.switch_to_block(decode);
            let bits = self.em.b.ins().bxor_imm_s(word, instance_layout::RAW_KEY);
            let float = self
                .em
                .b
                .ins()
                .bitcast(types::F64, MemFlagsData::new(), bits);
            self.em.b.ins().jump(done, &[BlockArg::Value(float)]);
        } else {
            self.em
                .b
                .ins()
                .brif(word, done, &[BlockArg::Value(word)], slow, &[]);
        }

        self.em.b.switch_to_block(slow);
        self.clear_flag(dirty);
        let name = self.em.load_const(name);
        let value = self.em.call_entry_value("ty_getattr", &[obj, name]);
        self.check_word(value);
        let value = if raw {
            let kind = self.em.i32(1);
            self.em.call_entry("ty_check_kind", &[value, kind]);
            self.unbox_float(value)
        } else {
            value
        };
        self.em.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// `obj.name = value` into slot `slot` (`value` an `f64` with `raw`);
    /// the slow path clears `dirty`'s flag when given.
    pub(super) fn store_field(
        &mut self,
        obj: Value,
        name: ConstId,
        slot: u32,
        raw: bool,
        value: Value,
        dirty: Option<StackSlot>,
    ) {
        let slow = self.em.b.create_block();
        let store = self.em.b.create_block();
        let empty = self.em.b.create_block();
        let append = self.em.b.create_block();
        let done = self.em.b.create_block();
        self.em.b.set_cold_block(slow);

        let word = if raw {
            let bits = self
                .em
                .b
                .ins()
                .bitcast(types::I64, MemFlagsData::new(), value);
            let word = self.em.b.ins().bxor_imm_s(bits, instance_layout::RAW_KEY);
            let encodable = self.em.b.create_block();
            self.em.b.ins().brif(word, encodable, &[], slow, &[]);
            self.em.b.switch_to_block(encodable);
            word
        } else {
            value
        };
        let addr = self.field_addr(obj, slot, slow);
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
        self.clear_flag(dirty);
        let boxed = if raw { self.box_float(value) } else { value };
        let name = self.em.load_const(name);
        let status = self.em.call_entry_value("ty_setattr", &[obj, name, boxed]);
        self.check_status(status);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(done);
    }

    /// A slow path was taken: values remembered in the block are stale.
    fn clear_flag(&mut self, flag: Option<StackSlot>) {
        if let Some(flag) = flag {
            let zero = self.em.word(0);
            self.em.b.ins().stack_store(WORD, zero, flag, 0);
        }
    }

    /// The address of value slot `slot` of instance `obj`, going to `slow`
    /// when the instance has no such slot.
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
