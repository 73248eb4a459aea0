//! Inline fast paths for the commonest operations on inline small ints
//! (`//` and `%` by a positive one too, and `+ - *` of two exact floats),
//! falling back to the runtime's
//! generic entry points.
//!
//! A small int is `value << 1 | 1`, so the tag test for two operands is one
//! `and`, tagged words compare in the same order as their values, and
//! `a + b` is `a + (b - 1)` on the tagged words, whose overflow flag is
//! exactly "the result does not fit in 63 bits".

use cranelift_codegen::ir::{BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC, types};
use typhon_abi::{BinOp, CmpOp, HEADER_SIZE};

use super::function::{Singleton, Translator, WORD};

impl Translator<'_, '_, '_, '_> {
    /// `lhs op rhs` through `entry` (`ty_binop` or `ty_inplace_binop`).
    pub fn binop(&mut self, entry: &str, op: BinOp, lhs: Value, rhs: Value) -> Value {
        if matches!(op, BinOp::FloorDiv | BinOp::Mod) {
            return self.floor_div_mod(entry, op, lhs, rhs);
        }
        if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul) {
            let code = self.em.i32(op as i64);
            return self.checked_call(entry, &[code, lhs, rhs]);
        }
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);

        let not_small = self.em.b.create_block();
        let both = self.em.b.ins().band(lhs, rhs);
        let tagged = self.em.b.ins().band_imm_s(both, 1);
        self.em.b.ins().brif(tagged, fast, &[], not_small, &[]);

        self.em.b.switch_to_block(fast);
        let rhs_even = self.em.b.ins().iadd_imm_s(rhs, -1);
        let (value, overflow) = match op {
            BinOp::Add => self.em.b.ins().sadd_overflow(lhs, rhs_even),
            BinOp::Sub => self.em.b.ins().ssub_overflow(lhs, rhs_even),
            _ => {
                // (a >> 1) * (b - 1) is 2ab; adding the tag cannot overflow.
                let lhs_value = self.em.b.ins().sshr_imm_s(lhs, 1);
                let (product, overflow) = self.em.b.ins().smul_overflow(lhs_value, rhs_even);
                (self.em.b.ins().bor_imm_s(product, 1), overflow)
            }
        };
        self.em
            .b
            .ins()
            .brif(overflow, slow, &[], done, &[BlockArg::Value(value)]);

        // Two exact floats: the native operation and an inline box (float
        // has no in-place methods, so `+=` is the same).
        self.em.b.switch_to_block(not_small);
        let either = self.em.b.ins().bor(lhs, rhs);
        let either_tagged = self.em.b.ins().band_imm_s(either, 1);
        let untagged = self.em.b.create_block();
        self.em
            .b
            .ins()
            .brif(either_tagged, slow, &[], untagged, &[]);
        self.em.b.switch_to_block(untagged);
        let flags = MemFlagsData::trusted();
        let float_type = self.em.data_addr(self.em.env.imports.float_type);
        let lhs_type = self.em.b.ins().load(WORD, flags, lhs, 0);
        let rhs_type = self.em.b.ins().load(WORD, flags, rhs, 0);
        let lhs_float = self.em.b.ins().icmp(IntCC::Equal, lhs_type, float_type);
        let rhs_float = self.em.b.ins().icmp(IntCC::Equal, rhs_type, float_type);
        let floats = self.em.b.ins().band(lhs_float, rhs_float);
        let float_block = self.em.b.create_block();
        self.em.b.ins().brif(floats, float_block, &[], slow, &[]);
        self.em.b.switch_to_block(float_block);
        let x = self.em.b.ins().load(types::F64, flags, lhs, HEADER_SIZE);
        let y = self.em.b.ins().load(types::F64, flags, rhs, HEADER_SIZE);
        let value = match op {
            BinOp::Add => self.em.b.ins().fadd(x, y),
            BinOp::Sub => self.em.b.ins().fsub(x, y),
            _ => self.em.b.ins().fmul(x, y),
        };
        let boxed = self.alloc_float(value);
        self.em.b.ins().jump(done, &[BlockArg::Value(boxed)]);

        // Only the runtime can fail; an inline result is a tagged word.
        self.em.b.switch_to_block(slow);
        let code = self.em.i32(op as i64);
        self.cold_call_into(entry, &[code, lhs, rhs], done);

        self.em.b.switch_to_block(done);
        result
    }

    /// `lhs // rhs` or `lhs % rhs` in line for two inline ints with a
    /// positive divisor (the quotient then always fits; floor rounding
    /// corrects the truncating division by the remainder's sign); anything
    /// else, zero and negative divisors included, through the runtime.
    fn floor_div_mod(&mut self, entry: &str, op: BinOp, lhs: Value, rhs: Value) -> Value {
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);

        let both = self.em.b.ins().band(lhs, rhs);
        let tagged = self.em.b.ins().band_imm_s(both, 1);
        // A tagged divisor of at least 1 is a word of at least 3.
        let positive = self.em.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, rhs, 1);
        let tagged = self.em.b.ins().icmp_imm_s(IntCC::NotEqual, tagged, 0);
        let ok = self.em.b.ins().band(tagged, positive);
        self.em.b.ins().brif(ok, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let x = self.em.b.ins().sshr_imm_s(lhs, 1);
        let y = self.em.b.ins().sshr_imm_s(rhs, 1);
        let quotient = self.em.b.ins().sdiv(x, y);
        let remainder = self.em.b.ins().srem(x, y);
        let negative = self
            .em
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedLessThan, remainder, 0);
        let value = match op {
            BinOp::FloorDiv => {
                let one_less = self.em.b.ins().iadd_imm_s(quotient, -1);
                self.em.b.ins().select(negative, one_less, quotient)
            }
            _ => {
                let wrapped = self.em.b.ins().iadd(remainder, y);
                self.em.b.ins().select(negative, wrapped, remainder)
            }
        };
        let shifted = self.em.b.ins().ishl_imm_s(value, 1);
        let word = self.em.b.ins().bor_imm_s(shifted, 1);
        self.em.b.ins().jump(done, &[BlockArg::Value(word)]);

        self.em.b.switch_to_block(slow);
        let code = self.em.i32(op as i64);
        self.cold_call_into(entry, &[code, lhs, rhs], done);

        self.em.b.switch_to_block(done);
        result
    }

    /// `lhs op rhs` as a native truth value.
    pub fn compare_bool(&mut self, op: CmpOp, lhs: Value, rhs: Value) -> Value {
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::I8);
        self.em.b.set_cold_block(slow);

        let both = self.em.b.ins().band(lhs, rhs);
        let tagged = self.em.b.ins().band_imm_s(both, 1);
        self.em.b.ins().brif(tagged, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let cc = match op {
            CmpOp::Lt => IntCC::SignedLessThan,
            CmpOp::Le => IntCC::SignedLessThanOrEqual,
            CmpOp::Eq => IntCC::Equal,
            CmpOp::Ne => IntCC::NotEqual,
            CmpOp::Gt => IntCC::SignedGreaterThan,
            CmpOp::Ge => IntCC::SignedGreaterThanOrEqual,
        };
        let fast_result = self.em.b.ins().icmp(cc, lhs, rhs);
        self.em.b.ins().jump(done, &[BlockArg::Value(fast_result)]);

        self.em.b.switch_to_block(slow);
        let code = self.em.i32(op as i64);
        let status = self
            .em
            .call_entry_value("ty_compare_bool", &[code, lhs, rhs]);
        let slow_result = self.check_status(status);
        self.em.b.ins().jump(done, &[BlockArg::Value(slow_result)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// `bool(value)` as a native truth value; small ints, `True` and
    /// `False` inline.
    pub fn truthy(&mut self, value: Value) -> Value {
        let small = self.em.b.create_block();
        let not_small = self.em.b.create_block();
        let not_true = self.em.b.create_block();
        let not_false = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::I8);
        self.em.b.set_cold_block(not_false);

        let tag = self.em.b.ins().band_imm_s(value, 1);
        self.em.b.ins().brif(tag, small, &[], not_small, &[]);

        self.em.b.switch_to_block(small);
        let nonzero = self.em.b.ins().icmp_imm_s(IntCC::NotEqual, value, 1);
        self.em.b.ins().jump(done, &[BlockArg::Value(nonzero)]);

        self.em.b.switch_to_block(not_small);
        let true_ = self.em.singleton(Singleton::True);
        let is_true = self.em.b.ins().icmp(IntCC::Equal, value, true_);
        let one = self.em.b.ins().iconst(types::I8, 1);
        self.em
            .b
            .ins()
            .brif(is_true, done, &[BlockArg::Value(one)], not_true, &[]);

        self.em.b.switch_to_block(not_true);
        let false_ = self.em.singleton(Singleton::False);
        let none = self.em.singleton(Singleton::None);
        let is_false = self.em.b.ins().icmp(IntCC::Equal, value, false_);
        let is_none = self.em.b.ins().icmp(IntCC::Equal, value, none);
        let falsy = self.em.b.ins().bor(is_false, is_none);
        let zero = self.em.b.ins().iconst(types::I8, 0);
        self.em
            .b
            .ins()
            .brif(falsy, done, &[BlockArg::Value(zero)], not_false, &[]);

        self.em.b.switch_to_block(not_false);
        let status = self.em.call_entry_value("ty_truthy", &[value]);
        let slow_result = self.check_status(status);
        self.em.b.ins().jump(done, &[BlockArg::Value(slow_result)]);

        self.em.b.switch_to_block(done);
        result
    }
}
