//! Inline steps of iterators other than the list iterator (whose step is
//! in `list_paths.rs`): a range iterator, as comprehensions and generator
//! expressions get them from their callers, and as any `for` over an
//! iterator whose kind inference does not know sees them. The layout read
//! here is `typhon_abi::range_iter_layout`; an exhausted iterator, or a
//! value past the inline-int range, takes the runtime's `ty_iter_next`.

use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC};
use typhon_abi::range_iter_layout::{NEXT, REMAINING, STEP};

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
}
