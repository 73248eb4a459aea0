//! `for a, b in pairs` over a list of tuples without a runtime call per
//! step: `Op::IterNextUnpack` on a list iterator whose next item is an
//! exact tuple of the target's length reads the list's and the tuple's
//! words in line (layouts `typhon_abi::list_layout` and `tuple_layout`);
//! an exhausted list iterator drops its list and ends in line too; two
//! targets over `enumerate` of bytes or a list are `enumerate_paths.rs`'s. Any
//! other case (another iterator, a float list, an item that is not such
//! a tuple) calls `ty_iter_next_unpack`, which steps and unpacks (or
//! raises) exactly as before, since nothing was changed on the way there.
//! `Op::Unpack` (`a, b = pair`) of an exact tuple of the target's length
//! reads its words the same way, anything else calling `ty_unpack`.

use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, Value, condcodes::IntCC};
use typhon_abi::list_layout::{BUFFER, BUFFER_ITEMS, ITER_INDEX, ITER_SEQ, KIND, KIND_OBJECTS};
use typhon_abi::tuple_layout;

use super::function::{Translator, WORD};

impl Translator<'_, '_, '_, '_> {
    /// One step of `iter` unpacked into `n` words: the status (the item,
    /// or `ITER_DONE`; an error has already been raised) and the parts
    /// (unspecified when the status is `ITER_DONE`). `enumerate`: the
    /// iterator is known to be made by `enumerate(...)`
    /// (`iter_paths::known_iters`), so its step is tried without the list
    /// iterator's test (which is left unreachable).
    pub(super) fn iter_next_unpack(
        &mut self,
        iter: Value,
        n: usize,
        enumerate: bool,
    ) -> (Value, Vec<Value>) {
        let check_item = self.em.b.create_block();
        let check_tuple = self.em.b.create_block();
        let fast = self.em.b.create_block();
        let exhausted = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let status = self.em.b.append_block_param(done, WORD);
        let parts: Vec<Value> = (0..n)
            .map(|_| self.em.b.append_block_param(done, WORD))
            .collect();
        self.em.b.set_cold_block(slow);
        self.em.b.set_cold_block(exhausted);

        let ty = self.em.load_word(iter, 0);
        let iter_type = self.em.data_addr(self.em.env.imports.list_iter_type);
        let is_list_iter = self.em.b.ins().icmp(IntCC::Equal, ty, iter_type);
        let cursor = self.em.b.create_block();
        if n == 2 {
            let other = self.em.b.create_block();
            if enumerate {
                self.em.b.ins().jump(other, &[]);
            } else {
                self.em.b.ins().brif(is_list_iter, cursor, &[], other, &[]);
            }
            self.em.b.switch_to_block(other);
            self.enumerate_step(iter, ty, done, slow);
        } else {
            self.em.b.ins().brif(is_list_iter, cursor, &[], slow, &[]);
        }

        self.em.b.switch_to_block(cursor);
        let (seq, index, len) = self.iter_cursor(iter, slow);
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        self.em
            .b
            .ins()
            .brif(in_range, check_item, &[], exhausted, &[]);

        self.em.b.switch_to_block(check_item);
        let kind = self.em.load_word(seq, KIND);
        let objects = self.em.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_OBJECTS);
        let buffer = self.em.load_word(seq, BUFFER);
        let offset = self.em.b.ins().ishl_imm_s(index, 3);
        let addr = self.em.b.ins().iadd(buffer, offset);
        let pointer_block = self.em.b.create_block();
        self.em.b.ins().brif(objects, pointer_block, &[], slow, &[]);

        self.em.b.switch_to_block(pointer_block);
        let item = self.em.load_word(addr, BUFFER_ITEMS);
        // Inline ints carry tag bit 1; every other word is an object.
        let tag = self.em.b.ins().band_imm_s(item, 1);
        self.em.b.ins().brif(tag, slow, &[], check_tuple, &[]);

        self.em.b.switch_to_block(check_tuple);
        let item_type = self.em.load_word(item, 0);
        let tuple_type = self.em.data_addr(self.em.env.imports.tuple_type);
        let is_tuple = self.em.b.ins().icmp(IntCC::Equal, item_type, tuple_type);
        let item_len = self.em.load_word(item, tuple_layout::LEN);
        let fits = self.em.b.ins().icmp_imm_s(IntCC::Equal, item_len, n as i64);
        let ok = self.em.b.ins().band(is_tuple, fits);
        self.em.b.ins().brif(ok, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let next = self.em.b.ins().iadd_imm_s(index, 1);
        self.em.store_word(next, iter, ITER_INDEX);
        let mut args = vec![BlockArg::Value(item)];
        for k in 0..n {
            let part = self.em.load_word(item, tuple_layout::ITEMS + 8 * k as i32);
            args.push(BlockArg::Value(part));
        }
        self.em.b.ins().jump(done, &args);

        // As the runtime's step: the iterator lets go of its list.
        self.em.b.switch_to_block(exhausted);
        let zero = self.em.word(0);
        self.em.store_word(zero, iter, ITER_SEQ);
        let end = self.em.word(typhon_abi::ITER_DONE as i64);
        let mut args = vec![BlockArg::Value(end)];
        args.extend((0..n).map(|_| BlockArg::Value(zero)));
        self.em.b.ins().jump(done, &args);

        self.em.b.switch_to_block(slow);
        self.iter_next_unpack_call(iter, n, done);

        self.em.b.switch_to_block(done);
        (status, parts)
    }

    /// In a cold block: step and unpack `iter` into `n` words through the
    /// runtime (`ty_iter_next_unpack`), passing the status and the parts
    /// to `done`.
    pub(super) fn iter_next_unpack_call(&mut self, iter: Value, n: usize, done: Block) {
        let slot = self.em.stack_slot(n);
        let out = self.em.b.ins().stack_addr(WORD, slot, 0);
        let count = self.em.word(n as i64);
        let result = self.checked_call("ty_iter_next_unpack", &[iter, count, out]);
        let mut args = vec![BlockArg::Value(result)];
        for k in 0..n {
            let part = self.em.b.ins().stack_load(WORD, WORD, slot, (8 * k) as i32);
            args.push(BlockArg::Value(part));
        }
        let slow_ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(slow_ok);
        self.em.b.ins().jump(done, &args);
    }

    /// `Op::Unpack` of `obj` into `n` words: in line for an exact tuple of
    /// length `n`, else through `ty_unpack` (iteration, errors).
    pub(super) fn unpack(&mut self, obj: Value, n: usize) -> Vec<Value> {
        let check_len = self.em.b.create_block();
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let parts: Vec<Value> = (0..n)
            .map(|_| self.em.b.append_block_param(done, WORD))
            .collect();
        self.em.b.set_cold_block(slow);

        let tuple_type = self.em.env.imports.tuple_type;
        self.em.branch_on_type(obj, tuple_type, check_len, slow);
        self.em.b.switch_to_block(check_len);
        let len = self.em.load_word(obj, tuple_layout::LEN);
        let fits = self.em.b.ins().icmp_imm_s(IntCC::Equal, len, n as i64);
        self.em.b.ins().brif(fits, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let args: Vec<BlockArg> = (0..n)
            .map(|k| {
                let part = self.em.load_word(obj, tuple_layout::ITEMS + 8 * k as i32);
                BlockArg::Value(part)
            })
            .collect();
        self.em.b.ins().jump(done, &args);

        self.em.b.switch_to_block(slow);
        let slot = self.em.stack_slot(n);
        let out = self.em.b.ins().stack_addr(WORD, slot, 0);
        let count = self.em.word(n as i64);
        let status = self.em.call_entry_value("ty_unpack", &[obj, count, out]);
        self.check_status(status);
        let slow_ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(slow_ok);
        let args: Vec<BlockArg> = (0..n)
            .map(|k| BlockArg::Value(self.em.b.ins().stack_load(WORD, WORD, slot, (8 * k) as i32)))
            .collect();
        self.em.b.ins().jump(done, &args);

        self.em.b.switch_to_block(done);
        parts
    }
}
