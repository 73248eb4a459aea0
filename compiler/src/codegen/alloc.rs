//! Inline allocation of fixed-size objects: the collector's fast path
//! emitted in line, so boxing a float costs a few loads and stores instead
//! of a runtime call.
//!
//! The sequence mirrors the runtime's `gc::alloc` (see
//! `typhon_abi::gc_alloc`): charge the allocation budget and pop the head of
//! the object's size-class free list; a spent budget (a collection is due,
//! or every allocation collects under `TYPHON_GC_STRESS`) or an empty list
//! takes the out-of-line runtime call instead, which refills, collects or
//! raises `MemoryError`. The header is the type pointer and a zero GC word;
//! the caller's fields follow.
//!
//! Instances of plain classes (`Op::NewInstance`) come the same way: the
//! compiler knows their size from the class's fixed layout, and writes
//! the instance fields the runtime's `layout::new` would (no dict, inline
//! value slots, all empty).

use cranelift_codegen::ir::{BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC};
use typhon_abi::{HEADER_SIZE, gc_alloc, instance_layout, thread_offsets};

use super::function::{Translator, WORD};

/// Bytes of a float object: header and the `f64`.
const FLOAT_SIZE: usize = HEADER_SIZE as usize + 8;

impl Translator<'_, '_, '_, '_> {
    /// A new `float` object holding `value` (an `f64`).
    pub(super) fn alloc_float(&mut self, value: Value) -> Value {
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        let slow = self.em.b.create_block();
        self.em.b.set_cold_block(slow);

        let type_addr = self.em.data_addr(self.em.env.imports.float_type);
        // A float holds no words: it goes on the collector's leaf pages.
        let obj = self.inline_alloc(FLOAT_SIZE, true, type_addr, slow);
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), value, obj, HEADER_SIZE);
        self.em.b.ins().jump(done, &[BlockArg::Value(obj)]);

        // A spent budget or an empty free list: rare, so through the
        // trampoline that clobbers no register (`rare_calls.rs`).
        self.em.b.switch_to_block(slow);
        let boxed = self.em.call_entry_rare("ty_float_new", &[value]);
        self.check_word(boxed);
        self.em.b.ins().jump(done, &[BlockArg::Value(boxed)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// `Op::NewInstance`: the class call's depth check (`depth` as in
    /// `Op::TypeCallCheck`), then a new instance of `class` with `slots`
    /// empty inline value slots.
    pub(super) fn new_instance(&mut self, class: Value, slots: u32, depth: u32) -> Value {
        self.type_call_check(depth);
        let inline = instance_layout::INLINE_VALUES;
        let size = inline as usize + 8 * slots as usize;
        if gc_alloc::class_of(size).is_none() {
            return self.checked_call("ty_instance_new", &[class]);
        }
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        let slow = self.em.b.create_block();
        self.em.b.set_cold_block(slow);

        let obj = self.inline_alloc(size, false, class, slow);
        let flags = MemFlagsData::trusted();
        let zero = self.em.word(0);
        self.em
            .b
            .ins()
            .store(flags, zero, obj, instance_layout::DICT);
        let values = self.em.b.ins().iadd_imm_s(obj, i64::from(inline));
        self.em
            .b
            .ins()
            .store(flags, values, obj, instance_layout::VALUES);
        // `cap` (the low half of the word, little endian) and `used` (0).
        let cap = self.em.word(i64::from(slots));
        self.em.b.ins().store(flags, cap, obj, instance_layout::CAP);
        for slot in 0..slots as i32 {
            self.em.b.ins().store(flags, zero, obj, inline + 8 * slot);
        }
        self.em.b.ins().jump(done, &[BlockArg::Value(obj)]);

        self.em.b.switch_to_block(slow);
        let made = self.em.call_entry_rare("ty_instance_new", &[class]);
        self.check_word(made);
        self.em.b.ins().jump(done, &[BlockArg::Value(made)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// Pop a slot of `size` bytes (a small object) and write its header
    /// (type `type_addr`, GC word 0); branches to `slow` when the budget is
    /// spent or the free list empty. `leaf`: the type has no trace function
    /// and is static (the runtime's `gc::heap::is_leaf`), so the slot comes
    /// from the leaf lists. The fields after the header are left as they
    /// are: the caller writes every one.
    pub(super) fn inline_alloc(
        &mut self,
        size: usize,
        leaf: bool,
        type_addr: Value,
        slow: cranelift_codegen::ir::Block,
    ) -> Value {
        let class = gc_alloc::class_of(size).expect("inline allocation of a small object");
        let flags = MemFlagsData::trusted();
        let budget_addr = self.em.data_addr(self.em.env.imports.gc_budget);
        let budget = self.em.b.ins().load(WORD, flags, budget_addr, 0);
        // The runtime charges the slot's size (see `gc::alloc`).
        let charge = gc_alloc::CLASS_SIZES[class] as i64;
        let left = self.em.b.ins().iadd_imm_s(budget, -charge);
        let spent = self.em.b.ins().icmp_imm_s(IntCC::SignedLessThan, left, 0);
        let has_budget = self.em.b.create_block();
        self.em.b.ins().brif(spent, slow, &[], has_budget, &[]);

        self.em.b.switch_to_block(has_budget);
        let lists = self
            .em
            .b
            .ins()
            .load(WORD, flags, self.em.ts, thread_offsets::FREE_LISTS);
        let list = if leaf {
            gc_alloc::LEAF_LISTS + class
        } else {
            class
        };
        let head_offset = (8 * list) as i32;
        let head = self.em.b.ins().load(WORD, flags, lists, head_offset);
        let has_slot = self.em.b.create_block();
        self.em.b.ins().brif(head, has_slot, &[], slow, &[]);

        self.em.b.switch_to_block(has_slot);
        let tagged = self.em.b.ins().load(WORD, flags, head, 0);
        let next = self.em.b.ins().band_imm_s(tagged, -2);
        self.em.b.ins().store(flags, next, lists, head_offset);
        self.em.b.ins().store(flags, left, budget_addr, 0);
        self.em.b.ins().store(flags, type_addr, head, 0);
        let zero = self.em.word(0);
        self.em.b.ins().store(flags, zero, head, 8);
        head
    }
}
