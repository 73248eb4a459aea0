//! `for i, x in enumerate(seq)` without a runtime call per step:
//! `Op::IterNextUnpack` into two words on an `enumerate` object whose
//! iterator is a bytes iterator over an exact `bytes` or `bytearray`, a
//! list iterator over a list in object storage, or a tuple iterator, reads
//! the next item and the count in line (layouts `typhon_abi::bytes_layout`,
//! `list_layout`, `tuple_layout`) and advances both. The source's length (and
//! a bytearray's pointer) is read at every step, so a list or bytearray
//! resized or mutated inside the loop is seen as the runtime would see it.
//! Everything else takes the caller's slow path (the runtime's
//! `ty_iter_next_unpack`), with nothing changed on the way: a subclass of
//! bytes or bytearray (or a memoryview), another iterator, a list in float
//! storage, the end of the data (the runtime ends the iteration and lets
//! go of the sequence), and a count that is not an inline int or would
//! leave the inline range (the runtime goes on in big ints).

use cranelift_codegen::ir::types;
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC};
use typhon_abi::bytes_layout::{
    BYTEARRAY_LEN, BYTEARRAY_PTR, BYTES_DATA, BYTES_LEN, ENUM_COUNT, ENUM_ITER, ITER_INDEX,
    ITER_SOURCE,
};
use typhon_abi::list_layout::{self, BUFFER, BUFFER_ITEMS, KIND, KIND_OBJECTS};
use typhon_abi::tuple_layout;

use super::function::{Translator, WORD};

/// An `enumerate` object being stepped: it, its inner iterator, its count
/// and the count after this step.
#[derive(Clone, Copy)]
struct EnumerateStep {
    iter: Value,
    inner: Value,
    count: Value,
    next: Value,
}

impl Translator<'_, '_, '_, '_> {
    /// Step `iter`, whose type word is `ty`, in line when it is an
    /// `enumerate` over a bytes iterator with a byte left, or over a list
    /// (object storage) or tuple iterator with an item left, and an inline
    /// count,
    /// passing (the enumerate object as the status, the count, the item)
    /// to `done`; otherwise jump to `slow`.
    pub(super) fn enumerate_step(&mut self, iter: Value, ty: Value, done: Block, slow: Block) {
        let enumerate_type = self.em.data_addr(self.em.env.imports.enumerate_type);
        let is_enumerate = self.em.b.ins().icmp(IntCC::Equal, ty, enumerate_type);
        let inner_block = self.em.b.create_block();
        self.em
            .b
            .ins()
            .brif(is_enumerate, inner_block, &[], slow, &[]);

        self.em.b.switch_to_block(inner_block);
        let inner = self.em.load_word(iter, ENUM_ITER);
        let count = self.em.load_word(iter, ENUM_COUNT);
        // The count is an inline int (tag bit 1) and `count + 1` stays one:
        // `count + 2` on the tagged word, whose overflow flag says it left.
        let two = self.em.word(2);
        let (next, overflow) = self.em.b.ins().sadd_overflow(count, two);
        let tag = self.em.b.ins().band_imm_s(count, 1);
        let untagged = self.em.b.ins().icmp_imm_s(IntCC::Equal, tag, 0);
        let bad = self.em.b.ins().bor(overflow, untagged);
        let fast = self.em.b.create_block();
        let ok_count = self.em.b.create_block();
        self.em.b.ins().brif(bad, slow, &[], ok_count, &[]);
        // Bytes first (sieve's `enumerate(flags)` over a bytearray), then
        // list and tuple iterators.
        self.em.b.switch_to_block(ok_count);
        let other = self.em.b.create_block();
        let (ptr, index, len) = self.bytes_cursor(inner, other);
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        self.em.b.ins().brif(in_range, fast, &[], slow, &[]);

        self.em.b.switch_to_block(other);
        let inner_type = self.em.load_word(inner, 0);
        let list_iter_type = self.em.data_addr(self.em.env.imports.list_iter_type);
        let is_list_iter = self
            .em
            .b
            .ins()
            .icmp(IntCC::Equal, inner_type, list_iter_type);
        let list_block = self.em.b.create_block();
        let not_list = self.em.b.create_block();
        let tuple_block = self.em.b.create_block();
        self.em
            .b
            .ins()
            .brif(is_list_iter, list_block, &[], not_list, &[]);

        let step = EnumerateStep {
            iter,
            inner,
            count,
            next,
        };
        self.em.b.switch_to_block(list_block);
        self.enumerate_seq_item(step, false, done, slow);

        self.em.b.switch_to_block(not_list);
        let tuple_iter_type = self.em.data_addr(self.em.env.imports.tuple_iter_type);
        let is_tuple_iter = self
            .em
            .b
            .ins()
            .icmp(IntCC::Equal, inner_type, tuple_iter_type);
        self.em
            .b
            .ins()
            .brif(is_tuple_iter, tuple_block, &[], slow, &[]);

        self.em.b.switch_to_block(tuple_block);
        self.enumerate_seq_item(step, true, done, slow);

        self.em.b.switch_to_block(fast);
        let addr = self.em.b.ins().iadd(ptr, index);
        let byte = self
            .em
            .b
            .ins()
            .uload8(types::I64, MemFlagsData::trusted(), addr, 0);
        let shifted = self.em.b.ins().ishl_imm_s(byte, 1);
        let item = self.em.b.ins().bor_imm_s(shifted, 1);
        let step = EnumerateStep {
            iter,
            inner,
            count,
            next,
        };
        self.enumerate_advance(step, (ITER_INDEX, index), item, done);
    }

    /// Advance `step`'s inner iterator past `index` (its index field at
    /// the given offset) and its count to `next`, then pass (the enumerate
    /// object as the status, the count, `item`) to `done`.
    fn enumerate_advance(
        &mut self,
        step: EnumerateStep,
        (field, index): (i32, Value),
        item: Value,
        done: Block,
    ) {
        let after = self.em.b.ins().iadd_imm_s(index, 1);
        self.em.store_word(after, step.inner, field);
        self.em.store_word(step.next, step.iter, ENUM_COUNT);
        let args = [step.iter, step.count, item].map(BlockArg::Value);
        self.em.b.ins().jump(done, &args);
    }

    /// The next item of `step`'s list (or, with `tuple`, tuple) iterator,
    /// when its sequence has one at the index (a list in object storage),
    /// advanced as [`Self::enumerate_advance`] does; anything else to
    /// `slow`.
    fn enumerate_seq_item(&mut self, step: EnumerateStep, tuple: bool, done: Block, slow: Block) {
        let (seq, index, len) = self.iter_cursor(step.inner, slow);
        let fast = self.em.b.create_block();
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        if tuple {
            self.em.b.ins().brif(in_range, fast, &[], slow, &[]);
        } else {
            let check_kind = self.em.b.create_block();
            self.em.b.ins().brif(in_range, check_kind, &[], slow, &[]);
            self.em.b.switch_to_block(check_kind);
            let kind = self.em.load_word(seq, KIND);
            let objects = self.em.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_OBJECTS);
            self.em.b.ins().brif(objects, fast, &[], slow, &[]);
        }

        self.em.b.switch_to_block(fast);
        let offset = self.em.b.ins().ishl_imm_s(index, 3);
        let item = if tuple {
            let addr = self.em.b.ins().iadd(seq, offset);
            self.em.load_word(addr, tuple_layout::ITEMS)
        } else {
            let buffer = self.em.load_word(seq, BUFFER);
            let addr = self.em.b.ins().iadd(buffer, offset);
            self.em.load_word(addr, BUFFER_ITEMS)
        };
        self.enumerate_advance(step, (list_layout::ITER_INDEX, index), item, done);
    }

    /// The cursor of `iter` when it is a bytes iterator over an exact
    /// `bytes` or `bytearray`: continues in a new block with the address of
    /// the first byte, the next index and the length now; anything else
    /// jumps to `slow`.
    fn bytes_cursor(&mut self, iter: Value, slow: Block) -> (Value, Value, Value) {
        let source_block = self.em.b.create_block();
        let bytearray_block = self.em.b.create_block();
        let not_bytearray = self.em.b.create_block();
        let bytes_block = self.em.b.create_block();
        let cursor = self.em.b.create_block();
        let ptr = self.em.b.append_block_param(cursor, WORD);
        let len = self.em.b.append_block_param(cursor, WORD);

        let ty = self.em.load_word(iter, 0);
        let bytes_iter_type = self.em.data_addr(self.em.env.imports.bytes_iter_type);
        let is_bytes_iter = self.em.b.ins().icmp(IntCC::Equal, ty, bytes_iter_type);
        self.em
            .b
            .ins()
            .brif(is_bytes_iter, source_block, &[], slow, &[]);

        self.em.b.switch_to_block(source_block);
        let source = self.em.load_word(iter, ITER_SOURCE);
        let source_type = self.em.load_word(source, 0);
        let bytearray_type = self.em.data_addr(self.em.env.imports.bytearray_type);
        let is_bytearray = self
            .em
            .b
            .ins()
            .icmp(IntCC::Equal, source_type, bytearray_type);
        self.em
            .b
            .ins()
            .brif(is_bytearray, bytearray_block, &[], not_bytearray, &[]);

        self.em.b.switch_to_block(bytearray_block);
        let array_ptr = self.em.load_word(source, BYTEARRAY_PTR);
        let array_len = self.em.load_word(source, BYTEARRAY_LEN);
        self.em.b.ins().jump(
            cursor,
            &[BlockArg::Value(array_ptr), BlockArg::Value(array_len)],
        );

        self.em.b.switch_to_block(not_bytearray);
        let bytes_type = self.em.data_addr(self.em.env.imports.bytes_type);
        let is_bytes = self.em.b.ins().icmp(IntCC::Equal, source_type, bytes_type);
        self.em.b.ins().brif(is_bytes, bytes_block, &[], slow, &[]);

        self.em.b.switch_to_block(bytes_block);
        let bytes_ptr = self.em.b.ins().iadd_imm_s(source, BYTES_DATA as i64);
        let bytes_len = self.em.load_word(source, BYTES_LEN);
        self.em.b.ins().jump(
            cursor,
            &[BlockArg::Value(bytes_ptr), BlockArg::Value(bytes_len)],
        );

        self.em.b.switch_to_block(cursor);
        let index = self.em.load_word(iter, ITER_INDEX);
        (ptr, index, len)
    }
}
