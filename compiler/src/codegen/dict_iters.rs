//! Dict iterators stepped in line: `for k in d`, `for v in d.values()` and
//! `for k, v in d.items()` read the next entry of the dict's table
//! without a runtime call (three calls a step before: about 130
//! instructions a step, now about 30).
//!
//! Only iterators `iter_paths::known_iters` finds to be dict iterators
//! take this path first (`Known::Dict`): appended to the generic chains
//! of type tests, its test cost every other iterator that ends in the
//! runtime's step (a str's, a zip's) a few instructions a step.
//!
//! The layouts are `typhon_abi::dict_layout`'s. A step is taken in line
//! only when nothing can go wrong: the iterator still holds its dict, the
//! dict has the size it had when iteration started, the entry at the
//! iterator's position is in the table and live (a deleted entry has key
//! 0), and items are still expected. Anything else (the end, a hole, a
//! dict that changed size, whose runtime step raises `RuntimeError`) takes
//! the runtime's step, which was not disturbed on the way: the iterator's
//! fields are written only once the step is certain.

use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC, types,
};
use typhon_abi::dict_layout::{
    ENTRY_KEY, ENTRY_SIZE, ENTRY_VALUE, ITER_DICT, ITER_POS, ITER_REMAINING, ITER_USED,
    MAX_I8_SIZE, MAX_I16_SIZE, TABLE, TABLE_INDICES, TABLE_LEN, TABLE_SIZE, USED,
};

use super::function::{Translator, WORD};

impl Translator<'_, '_, '_, '_> {
    /// One step of `iter`, which `iter_paths::known_iters` found holds a
    /// dict item iterator, unpacked into a key and a value: the status
    /// (`ITER_DONE` at the end) and the two parts, as
    /// `iter_next_unpack` gives them; the dict step first, anything else
    /// through `ty_iter_next_unpack`.
    pub(super) fn iter_next_items(&mut self, iter: Value) -> (Value, Vec<Value>) {
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let status = self.em.b.append_block_param(done, WORD);
        let parts = vec![
            self.em.b.append_block_param(done, WORD),
            self.em.b.append_block_param(done, WORD),
        ];
        self.em.b.set_cold_block(slow);
        let ty = self.em.load_word(iter, 0);
        self.dict_items_step(iter, ty, done, slow);
        self.em.b.switch_to_block(slow);
        self.iter_next_unpack_call(iter, 2, done);
        self.em.b.switch_to_block(done);
        (status, parts)
    }

    /// Step `iter`, whose type word is `ty`, in line when it is a dict key
    /// or value iterator with a live entry next, passing the key or value
    /// to `done`; otherwise jump to `slow`.
    pub(super) fn dict_iter_step(&mut self, iter: Value, ty: Value, done: Block, slow: Block) {
        let keys_type = self.em.data_addr(self.em.env.imports.dict_key_iter_type);
        let values_type = self.em.data_addr(self.em.env.imports.dict_value_iter_type);
        let is_keys = self.em.b.ins().icmp(IntCC::Equal, ty, keys_type);
        let is_values = self.em.b.ins().icmp(IntCC::Equal, ty, values_type);
        let either = self.em.b.ins().bor(is_keys, is_values);
        let step = self.em.b.create_block();
        self.em.b.ins().brif(either, step, &[], slow, &[]);

        self.em.b.switch_to_block(step);
        let (_, key, value) = self.dict_entry(iter, slow);
        let item = self.em.b.ins().select(is_keys, key, value);
        self.em.b.ins().jump(done, &[BlockArg::Value(item)]);
    }

    /// Step `iter`, whose type word is `ty`, in line when it is a dict item
    /// iterator with a live entry next, passing (the dict as the status,
    /// the key, the value) to `done`; otherwise jump to `slow`.
    fn dict_items_step(&mut self, iter: Value, ty: Value, done: Block, slow: Block) {
        let items_type = self.em.data_addr(self.em.env.imports.dict_item_iter_type);
        let is_items = self.em.b.ins().icmp(IntCC::Equal, ty, items_type);
        let step = self.em.b.create_block();
        self.em.b.ins().brif(is_items, step, &[], slow, &[]);

        self.em.b.switch_to_block(step);
        let (dict, key, value) = self.dict_entry(iter, slow);
        self.em.b.ins().jump(
            done,
            &[
                BlockArg::Value(dict),
                BlockArg::Value(key),
                BlockArg::Value(value),
            ],
        );
    }

    /// The dict, key and value of the entry a dict iterator yields next,
    /// the iterator advanced past it; to `slow` unless the step is
    /// certain (see the module doc).
    fn dict_entry(&mut self, iter: Value, slow: Block) -> (Value, Value, Value) {
        let dict = self.em.load_word(iter, ITER_DICT);
        let check_size = self.em.b.create_block();
        self.em.b.ins().brif(dict, check_size, &[], slow, &[]);

        self.em.b.switch_to_block(check_size);
        let started = self.em.load_word(iter, ITER_USED);
        let used = self.em.load_word(dict, USED);
        let same = self.em.b.ins().icmp(IntCC::Equal, started, used);
        let remaining = self.em.load_word(iter, ITER_REMAINING);
        let expected = self.em.b.ins().icmp_imm_s(IntCC::NotEqual, remaining, 0);
        let ok = self.em.b.ins().band(same, expected);
        let check_pos = self.em.b.create_block();
        self.em.b.ins().brif(ok, check_pos, &[], slow, &[]);

        // A dict with keys has a table, and `used` keys were expected.
        self.em.b.switch_to_block(check_pos);
        let table = self.em.load_word(dict, TABLE);
        let pos = self.em.load_word(iter, ITER_POS);
        let len = self.em.load_word(table, TABLE_LEN);
        let in_table = self.em.b.ins().icmp(IntCC::UnsignedLessThan, pos, len);
        let read = self.em.b.create_block();
        self.em.b.ins().brif(in_table, read, &[], slow, &[]);

        // The entries follow the index slots, as narrow as the table
        // allows: one byte up to MAX_I8_SIZE slots, two up to
        // MAX_I16_SIZE, four beyond.
        self.em.b.switch_to_block(read);
        let size32 = self
            .em
            .b
            .ins()
            .load(types::I32, MemFlagsData::trusted(), table, TABLE_SIZE);
        let size = self.em.b.ins().uextend(WORD, size32);
        let narrow = self
            .em
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThanOrEqual, size, MAX_I8_SIZE);
        let middle = self
            .em
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThanOrEqual, size, MAX_I16_SIZE);
        let two = self.em.word(2);
        let four = self.em.word(4);
        let one = self.em.word(1);
        let wide = self.em.b.ins().select(middle, two, four);
        let width = self.em.b.ins().select(narrow, one, wide);
        let indices = self.em.b.ins().imul(size, width);
        let entry_offset = self.em.b.ins().imul_imm_s(pos, ENTRY_SIZE);
        let offset = self.em.b.ins().iadd(indices, entry_offset);
        let base = self.em.b.ins().iadd(table, offset);
        let key = self.em.load_word(base, TABLE_INDICES + ENTRY_KEY);
        let live = self.em.b.create_block();
        self.em.b.ins().brif(key, live, &[], slow, &[]);

        self.em.b.switch_to_block(live);
        let value = self.em.load_word(base, TABLE_INDICES + ENTRY_VALUE);
        let next = self.em.b.ins().iadd_imm_s(pos, 1);
        self.em.store_word(next, iter, ITER_POS);
        let left = self.em.b.ins().iadd_imm_s(remaining, -1);
        self.em.store_word(left, iter, ITER_REMAINING);
        (dict, key, value)
    }
}
