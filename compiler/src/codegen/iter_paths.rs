//! Inline steps of iterators other than the list iterator (whose step is
//! in `list_paths.rs`): a range iterator, as comprehensions and generator
//! expressions get them from their callers, and as any `for` over an
//! iterator whose kind inference does not know sees them; and a tuple
//! iterator (`for d in DIRECTIONS`). The layouts read here are
//! `typhon_abi::range_iter_layout` and `typhon_abi::tuple_layout`; an
//! exhausted iterator, or a value past the inline-int range, takes the
//! runtime's `ty_iter_next`.

use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC};
use typhon_abi::list_layout::{ITER_INDEX, ITER_SEQ};
use typhon_abi::range_iter_layout::{NEXT, REMAINING, STEP};
use typhon_abi::tuple_layout::{ITEMS, LEN};

use super::function::Translator;

impl Translator<'_, '_, '_, '_> {
    /// Step `iter`, whose type word is `ty`, in line when it is a range
    /// iterator, passing the item to `done`; otherwise jump to `slow`.
    pub(super) fn range_iter_step(&mut self, iter: Value, ty: Value, done: Block, slow: Block) {
        let range_type = self.em.data_addr(self.em.env.imports.range_iter_type);
        let is_range = self.em.b.ins().icmp(IntCC::Equal, ty, range_type);
        let check = self.em.b.create_block();
        let fast = self.em.b.create_block();
        self.em.b.ins().brif(is_range, check, &[], slow, &[]);

        self.em.b.switch_to_block(check);
        let remaining = self.em.load_word(iter, REMAINING);
        let value = self.em.load_word(iter, NEXT);
        let shifted = self.em.b.ins().ishl_imm_s(value, 1);
        let back = self.em.b.ins().sshr_imm_s(shifted, 1);
        let fits = self.em.b.ins().icmp(IntCC::Equal, back, value);
        let left = self.em.b.ins().icmp_imm_s(IntCC::NotEqual, remaining, 0);
        let ok = self.em.b.ins().band(fits, left);
        self.em.b.ins().brif(ok, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let step = self.em.load_word(iter, STEP);
        // The value after the last one may not fit; it is never used.
        let next = self.em.b.ins().iadd(value, step);
        let remaining = self.em.b.ins().iadd_imm_s(remaining, -1);
        let flags = MemFlagsData::trusted();
        self.em.b.ins().store(flags, next, iter, NEXT);
        self.em.b.ins().store(flags, remaining, iter, REMAINING);
        let word = self.em.b.ins().bor_imm_s(shifted, 1);
        self.em.b.ins().jump(done, &[BlockArg::Value(word)]);
    }

    /// Step `iter`, whose type word is `ty`, in line when it is a tuple
    /// iterator with items left, passing the item to `done`; otherwise
    /// jump to `slow` (which also ends an exhausted one).
    pub(super) fn tuple_iter_step(&mut self, iter: Value, ty: Value, done: Block, slow: Block) {
        let tuple_type = self.em.data_addr(self.em.env.imports.tuple_iter_type);
        let is_tuple = self.em.b.ins().icmp(IntCC::Equal, ty, tuple_type);
        let cursor = self.em.b.create_block();
        let fast = self.em.b.create_block();
        self.em.b.ins().brif(is_tuple, cursor, &[], slow, &[]);

        self.em.b.switch_to_block(cursor);
        let (seq, index, len) = self.iter_cursor(iter, slow);
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        self.em.b.ins().brif(in_range, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let offset = self.em.b.ins().ishl_imm_s(index, 3);
        let addr = self.em.b.ins().iadd(seq, offset);
        let item = self.em.load_word(addr, ITEMS);
        let next = self.em.b.ins().iadd_imm_s(index, 1);
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), next, iter, ITER_INDEX);
        self.em.b.ins().jump(done, &[BlockArg::Value(item)]);
    }

    /// The cursor of a sequence iterator (a list or tuple iterator) known
    /// by its type: when it still holds its sequence, continues in a new
    /// block with the sequence, the next index and the sequence's length
    /// now, for the caller to compare; a let-go sequence jumps to `slow`.
    pub(super) fn iter_cursor(&mut self, iter: Value, slow: Block) -> (Value, Value, Value) {
        let check_index = self.em.b.create_block();
        let seq = self.em.load_word(iter, ITER_SEQ);
        self.em.b.ins().brif(seq, check_index, &[], slow, &[]);

        // The sequence (a list may have shrunk or grown since the last
        // step) decides with its length now.
        self.em.b.switch_to_block(check_index);
        let index = self.em.load_word(iter, ITER_INDEX);
        let len = self.em.load_word(seq, LEN);
        (seq, index, len)
    }
}
