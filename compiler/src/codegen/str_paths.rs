//! Inline paths for operations on exact strings (`Op::Exact`, inference
//! proved the operands `str`): `s[i]` of an ASCII string, `==` / `!=`
//! answered by identity, by the byte lengths or by the one byte of a
//! one-character string, and `ch in "..."` of a one-byte `ch` and an ASCII
//! constant as a bit test, `ord(ch)` of a one-byte `ch`, and a step of
//! an ASCII string's iterator (a `for` over a str inference proved exact:
//! the byte at the iterator's offset, as the static one-character string
//! indexing gives). The layout read is `typhon_abi::str_layout`
//! (asserted by the runtime); every other case calls the runtime's entry,
//! which raises what CPython raises.

use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC, types,
};
use typhon_abi::str_layout::{ASCII, ASCII_STRIDE, BYTE_LEN, DATA, ITER_AT, ITER_TEXT, LEN};

use super::function::{Translator, WORD};

impl Translator<'_, '_, '_, '_> {
    /// `ord(s)`: a one-character ASCII string's byte in line; anything
    /// else (another length raises `TypeError`, a non-ASCII character,
    /// bytes) through `ty_str_ord`. `exact`: inference proved `s` an
    /// exact str; otherwise its type word is tested first.
    pub(super) fn str_ord(&mut self, s: Value, exact: bool) -> Value {
        let check_byte = self.em.b.create_block();
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);

        if !exact {
            let check_len = self.em.b.create_block();
            let str_type = self.em.env.imports.str_type;
            self.em.branch_on_type(s, str_type, check_len, slow);
            self.em.b.switch_to_block(check_len);
        }
        let len = self.em.load_word(s, LEN);
        let one = self.em.b.ins().icmp_imm_s(IntCC::Equal, len, 1);
        self.em.b.ins().brif(one, check_byte, &[], slow, &[]);

        self.em.b.switch_to_block(check_byte);
        let byte = self
            .em
            .b
            .ins()
            .uload8(types::I64, MemFlagsData::trusted(), s, DATA);
        let ascii = self
            .em
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThan, byte, 0x80);
        self.em.b.ins().brif(ascii, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let shifted = self.em.b.ins().ishl_imm_s(byte, 1);
        let word = self.em.b.ins().bor_imm_s(shifted, 1);
        self.em.b.ins().jump(done, &[BlockArg::Value(word)]);

        self.em.b.switch_to_block(slow);
        let slow_result = self.checked_call("ty_str_ord", &[s]);
        self.em.b.ins().jump(done, &[BlockArg::Value(slow_result)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// Step `iter`, whose type word is `ty`, in line when it is a string
    /// iterator whose next character is ASCII (one byte below 0x80, in
    /// any string), passing the static one-character string of it to
    /// `done`; otherwise (the end, a longer UTF-8 sequence, another
    /// iterator) jump to `slow`.
    pub(super) fn str_iter_step(&mut self, iter: Value, ty: Value, done: Block, slow: Block) {
        let check_at = self.em.b.create_block();
        let read = self.em.b.create_block();
        let fast = self.em.b.create_block();
        let ascii_iter = self.em.data_addr(self.em.env.imports.str_ascii_iter_type);
        let other_iter = self.em.data_addr(self.em.env.imports.str_iter_type);
        let is_ascii = self.em.b.ins().icmp(IntCC::Equal, ty, ascii_iter);
        let is_other = self.em.b.ins().icmp(IntCC::Equal, ty, other_iter);
        let is_str_iter = self.em.b.ins().bor(is_ascii, is_other);
        self.em.b.ins().brif(is_str_iter, check_at, &[], slow, &[]);

        self.em.b.switch_to_block(check_at);
        let text = self.em.load_word(iter, ITER_TEXT);
        let at = self.em.load_word(iter, ITER_AT);
        let len = self.em.load_word(text, BYTE_LEN);
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, at, len);
        self.em.b.ins().brif(in_range, read, &[], slow, &[]);

        self.em.b.switch_to_block(read);
        let addr = self.em.b.ins().iadd(text, at);
        let byte = self
            .em
            .b
            .ins()
            .uload8(types::I64, MemFlagsData::trusted(), addr, DATA);
        let one_byte = self
            .em
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThan, byte, 0x80);
        self.em.b.ins().brif(one_byte, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let next = self.em.b.ins().iadd_imm_s(at, 1);
        self.em.store_word(next, iter, ITER_AT);
        let item = self.ascii_str(byte);
        self.em.b.ins().jump(done, &[BlockArg::Value(item)]);
    }

    /// The runtime's static one-character string of the ASCII `byte`.
    fn ascii_str(&mut self, byte: Value) -> Value {
        let table = self.em.data_addr(self.em.env.imports.ascii_strs);
        let offset = self.em.b.ins().imul_imm_s(byte, i64::from(ASCII_STRIDE));
        self.em.b.ins().iadd(table, offset)
    }

    /// `s[key]`: an index from 0 up into an ASCII string reads its byte
    /// and gives the runtime's static one-character string of it (what
    /// `ty_getitem` gives too); a negative or big index, an index out of
    /// range and a non-ASCII string call `ty_getitem`. `small_key`: the
    /// key is known to be an inline int.
    pub(super) fn str_item(&mut self, s: Value, key: Value, small_key: bool) -> Value {
        let check_index = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);

        let ascii = self.em.b.ins().uload32(MemFlagsData::trusted(), s, ASCII);
        self.em.b.ins().brif(ascii, check_index, &[], slow, &[]);

        self.em.b.switch_to_block(check_index);
        let index = self.index_in_line(s, key, small_key, slow);
        let at = self.em.b.ins().iadd(s, index);
        let byte = self
            .em
            .b
            .ins()
            .uload8(types::I64, MemFlagsData::trusted(), at, DATA);
        let item = self.ascii_str(byte);
        self.em.b.ins().jump(done, &[BlockArg::Value(item)]);

        self.em.b.switch_to_block(slow);
        self.cold_call_into("ty_getitem", &[s, key], done);

        self.em.b.switch_to_block(done);
        result
    }

    /// The index `key` (an inline int unless it goes to `slow`) gives into
    /// `seq`, a str or tuple whose length is at `LEN`, when from 0 up and
    /// below the length, in a new current block; else on to `slow`.
    /// `small_key`: the key is known to be an inline int.
    pub(super) fn index_in_line(
        &mut self,
        seq: Value,
        key: Value,
        small_key: bool,
        slow: Block,
    ) -> Value {
        const _: () = assert!(LEN == typhon_abi::tuple_layout::LEN);
        let check_index = self.em.b.create_block();
        let fast = self.em.b.create_block();
        if small_key {
            self.em.b.ins().jump(check_index, &[]);
        } else {
            let tag = self.em.b.ins().band_imm_s(key, 1);
            self.em.b.ins().brif(tag, check_index, &[], slow, &[]);
        }

        self.em.b.switch_to_block(check_index);
        let len = self.em.load_word(seq, LEN);
        let index = self.em.b.ins().sshr_imm_s(key, 1);
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        self.em.b.ins().brif(in_range, fast, &[], slow, &[]);
        self.em.b.switch_to_block(fast);
        index
    }

    /// Whether exact strings `lhs` and `rhs` are equal, as a native truth
    /// value: the same object is, strings of different byte lengths are
    /// not, one-byte strings compare their byte; longer ones call
    /// `ty_str_eq`.
    pub(super) fn str_equal(&mut self, lhs: Value, rhs: Value) -> Value {
        let lengths = self.em.b.create_block();
        let one_byte = self.em.b.create_block();
        let bytes = self.em.b.create_block();
        let call = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::I8);
        let yes = self.em.b.ins().iconst(types::I8, 1);
        let same = self.em.b.ins().icmp(IntCC::Equal, lhs, rhs);
        self.em
            .b
            .ins()
            .brif(same, done, &[BlockArg::Value(yes)], lengths, &[]);

        self.em.b.switch_to_block(lengths);
        let lhs_len = self.em.load_word(lhs, BYTE_LEN);
        let rhs_len = self.em.load_word(rhs, BYTE_LEN);
        let no = self.em.b.ins().iconst(types::I8, 0);
        let same_len = self.em.b.ins().icmp(IntCC::Equal, lhs_len, rhs_len);
        self.em
            .b
            .ins()
            .brif(same_len, one_byte, &[], done, &[BlockArg::Value(no)]);

        self.em.b.switch_to_block(one_byte);
        let is_one = self.em.b.ins().icmp_imm_s(IntCC::Equal, lhs_len, 1);
        self.em.b.ins().brif(is_one, bytes, &[], call, &[]);

        self.em.b.switch_to_block(bytes);
        let flags = MemFlagsData::trusted();
        let a = self.em.b.ins().uload8(types::I64, flags, lhs, DATA);
        let b = self.em.b.ins().uload8(types::I64, flags, rhs, DATA);
        let equal = self.em.b.ins().icmp(IntCC::Equal, a, b);
        self.em.b.ins().jump(done, &[BlockArg::Value(equal)]);

        self.em.b.switch_to_block(call);
        let eq = self.em.call_entry_value("ty_str_eq", &[lhs, rhs]);
        let equal = self.em.b.ins().icmp_imm_s(IntCC::NotEqual, eq, 0);
        self.em.b.ins().jump(done, &[BlockArg::Value(equal)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// `item in text` for an exact `item` and the ASCII constant `text`,
    /// as a native truth value: a one-byte `item` (an ASCII character) is
    /// looked up in a 128-bit set of `text`'s bytes; anything else (the
    /// empty string is in every string) calls `ty_str_contains`.
    pub(super) fn str_in_ascii_const(
        &mut self,
        container: Value,
        item: Value,
        text: &str,
    ) -> Value {
        let [low, high] = ascii_set(text);
        let one_byte = self.em.b.create_block();
        let call = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::I8);
        let len = self.em.load_word(item, BYTE_LEN);
        let is_one = self.em.b.ins().icmp_imm_s(IntCC::Equal, len, 1);
        self.em.b.ins().brif(is_one, one_byte, &[], call, &[]);

        // A one-byte UTF-8 string is an ASCII character: below 128.
        self.em.b.switch_to_block(one_byte);
        let byte = self
            .em
            .b
            .ins()
            .uload8(types::I64, MemFlagsData::trusted(), item, DATA);
        let low = self.em.word(low as i64);
        let high = self.em.word(high as i64);
        let in_high = self
            .em
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, byte, 64);
        let set = self.em.b.ins().select(in_high, high, low);
        // Cranelift's shifts take the count modulo the width (64).
        let shifted = self.em.b.ins().ushr(set, byte);
        let bit = self.em.b.ins().band_imm_s(shifted, 1);
        let found = self.em.b.ins().icmp_imm_s(IntCC::NotEqual, bit, 0);
        self.em.b.ins().jump(done, &[BlockArg::Value(found)]);

        self.em.b.switch_to_block(call);
        let found = self
            .em
            .call_entry_value("ty_str_contains", &[container, item]);
        let found = self.em.b.ins().icmp_imm_s(IntCC::NotEqual, found, 0);
        self.em.b.ins().jump(done, &[BlockArg::Value(found)]);

        self.em.b.switch_to_block(done);
        result
    }
}

/// The bytes of ASCII `text` as a 128-bit set: bit `b` of word `b / 64`.
fn ascii_set(text: &str) -> [u64; 2] {
    let mut set = [0u64; 2];
    for byte in text.bytes() {
        set[usize::from(byte / 64)] |= 1 << (byte % 64);
    }
    set
}
