//! `k in s` on an exact set inference proved (`Op::SetContains`), answered
//! in line when `k` is an inline small int and the set's small-int index
//! is valid (`typhon_abi::set_layout`, kept by the runtime's
//! `types/set/ints.rs`): a tag test, the index's validity byte, a window
//! test and a bit test. While the index is valid an inline int is a key
//! exactly when it lies in the window and its bit is set, so the answer is
//! the runtime's. Any other key (a big int, a str, an instance whose
//! `__eq__` may run) or an invalid index takes `ty_set_contains`, out of
//! line, which hashes, probes and raises as before.

use cranelift_codegen::ir::{BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC, types};
use typhon_abi::set_layout::{INTS_BITS, INTS_LO, INTS_SPAN, INTS_VALID};

use super::function::{Translator, WORD};

impl Translator<'_, '_, '_, '_> {
    /// The truth (`i8`) of `item in set`, `set` an exact set.
    pub(super) fn set_contains(&mut self, set: Value, item: Value) -> Value {
        let flags = MemFlagsData::trusted();
        let indexed = self.em.b.create_block();
        let window = self.em.b.create_block();
        let bit = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::I8);
        self.em.b.set_cold_block(slow);

        let small = self.em.b.ins().band_imm_s(item, 1);
        self.em.b.ins().brif(small, indexed, &[], slow, &[]);

        self.em.b.switch_to_block(indexed);
        let valid = self.em.b.ins().uload8(types::I32, flags, set, INTS_VALID);
        self.em.b.ins().brif(valid, window, &[], slow, &[]);

        // Outside the window of a valid index: not a key.
        self.em.b.switch_to_block(window);
        let lo = self.em.load_word(set, INTS_LO);
        let value = self.em.b.ins().sshr_imm_s(item, 1);
        let offset = self.em.b.ins().isub(value, lo);
        let inside = self
            .em
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, offset, INTS_SPAN);
        let absent = self.em.b.ins().iconst(types::I8, 0);
        self.em
            .b
            .ins()
            .brif(inside, bit, &[], done, &[BlockArg::Value(absent)]);

        self.em.b.switch_to_block(bit);
        let word_index = self.em.b.ins().ushr_imm_s(offset, 6);
        let byte_offset = self.em.b.ins().ishl_imm_s(word_index, 3);
        let addr = self.em.b.ins().iadd(set, byte_offset);
        let bits = self.em.b.ins().load(WORD, flags, addr, INTS_BITS);
        let shift = self.em.b.ins().band_imm_s(offset, 63);
        let shifted = self.em.b.ins().ushr(bits, shift);
        let one = self.em.b.ins().band_imm_s(shifted, 1);
        let truth = self.em.b.ins().ireduce(types::I8, one);
        self.em.b.ins().jump(done, &[BlockArg::Value(truth)]);

        self.em.b.switch_to_block(slow);
        let status = self.em.call_entry_value("ty_set_contains", &[set, item]);
        let truth = self.check_status(status);
        if let Some(block) = self.em.b.current_block() {
            self.em.b.set_cold_block(block);
        }
        self.em.b.ins().jump(done, &[BlockArg::Value(truth)]);

        self.em.b.switch_to_block(done);
        result
    }
}
