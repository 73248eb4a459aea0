//! Inline fast paths for the commonest operations on inline small ints
//! (`//` and `%` by a positive one too, `<<` that stays small, unary `-`
//! and `~`, and `+ - *` of two exact floats),
//! falling back to the runtime's
//! generic entry points.
//!
//! A small int is `value << 1 | 1`, so the tag test for two operands is one
//! `and`, tagged words compare in the same order as their values, and
//! `a + b` is `a + (b - 1)` on the tagged words, whose overflow flag is
//! exactly "the result does not fit in 63 bits".

use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, InstructionData, MemFlagsData, Opcode, Value, ValueDef,
    condcodes::IntCC, types,
};
use typhon_abi::{BinOp, CmpOp, HEADER_SIZE, UnaryOp};

use super::function::{Singleton, Translator, WORD};
use crate::tir::{BlockId, Const, Op, SmallIntOp, ValueId};

impl Translator<'_, '_, '_, '_> {
    /// `lhs op rhs` through `entry` (`ty_binop` or `ty_inplace_binop`).
    /// `ints`: inference proved both operands ints, so the exact-float
    /// path is left out (it could never be taken). `small`: which operands
    /// are known inline ints (`small_values`), whose tags are not tested.
    pub fn binop(
        &mut self,
        entry: &str,
        op: BinOp,
        [lhs, rhs]: [Value; 2],
        ints: bool,
        small: [bool; 2],
    ) -> Value {
        if matches!(
            op,
            BinOp::FloorDiv
                | BinOp::Mod
                | BinOp::RShift
                | BinOp::LShift
                | BinOp::BitAnd
                | BinOp::BitOr
                | BinOp::BitXor
        ) {
            return self.int_division_or_bits(entry, op, [lhs, rhs], ints, small);
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

        // Two known inline ints are ints: no float path to reach.
        let ints = ints || small == [true, true];
        let not_small = if ints { slow } else { self.em.b.create_block() };
        self.tag_test([lhs, rhs], small, fast, not_small);

        self.em.b.switch_to_block(fast);
        let (value, overflow) = if let Some((word, step)) = self.constant_step(op, [lhs, rhs]) {
            self.add_constant_checked(word, step)
        } else {
            let rhs_even = self.em.b.ins().iadd_imm_s(rhs, -1);
            match op {
                BinOp::Add => self.em.b.ins().sadd_overflow(lhs, rhs_even),
                BinOp::Sub => self.em.b.ins().ssub_overflow(lhs, rhs_even),
                _ => {
                    // (a >> 1) * (b - 1) is 2ab; adding the tag cannot overflow.
                    let lhs_value = self.em.b.ins().sshr_imm_s(lhs, 1);
                    let (product, overflow) = self.em.b.ins().smul_overflow(lhs_value, rhs_even);
                    (self.em.b.ins().bor_imm_s(product, 1), overflow)
                }
            }
        };
        self.em
            .b
            .ins()
            .brif(overflow, slow, &[], done, &[BlockArg::Value(value)]);

        if !ints {
            self.exact_floats(op, lhs, rhs, not_small, slow, done);
        }

        // Only the runtime can fail; an inline result is a tagged word.
        // Between proven ints the runtime only sees big ints: rare.
        self.em.b.switch_to_block(slow);
        let code = self.em.i32(op as i64);
        self.int_slow_path(ints, small, entry, &[code, lhs, rhs], done);

        self.em.b.switch_to_block(done);
        result
    }

    /// The slow path of an int operation (arguments `args`, result to
    /// `done`): inside a guarded run of int arithmetic (`int_regions.rs`),
    /// an operation between two inline ints leaves for the run's ordinary
    /// copy; otherwise the runtime computes it, through the trampoline
    /// when both operands are proven ints.
    fn int_slow_path(
        &mut self,
        ints: bool,
        small: [bool; 2],
        entry: &str,
        args: &[Value],
        done: Block,
    ) {
        match self.int_bail {
            Some(bail) if ints && small == [true, true] => {
                self.em.b.ins().jump(bail, &[]);
            }
            _ => self.slow_call_into(ints, entry, args, done),
        }
    }

    /// `-x` or `~x` (`op`), with an inline path for an inline int: on the
    /// tagged word `2v + 1`, `~v` is the word's negation (never overflows:
    /// the word is odd, so not the least `i64`), and `-v` is `2 - word`,
    /// whose overflow flag is exactly "`-v` needs a big int". Anything else
    /// (a bool, a float, a big int, an object) goes to `ty_unary`.
    pub fn unary_int(&mut self, op: UnaryOp, operand: Value) -> Value {
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);
        let tagged = self.em.b.ins().band_imm_s(operand, 1);
        self.em.b.ins().brif(tagged, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        if op == UnaryOp::Invert {
            let value = self.em.b.ins().ineg(operand);
            self.em.b.ins().jump(done, &[BlockArg::Value(value)]);
        } else {
            let two = self.em.word(2);
            let (value, overflow) = self.em.b.ins().ssub_overflow(two, operand);
            self.em
                .b
                .ins()
                .brif(overflow, slow, &[], done, &[BlockArg::Value(value)]);
        }

        self.em.b.switch_to_block(slow);
        let code = self.em.i32(op as i64);
        self.cold_call_into("ty_unary", &[code, operand], done);

        self.em.b.switch_to_block(done);
        result
    }

    /// From `not_small`: two exact floats get the native operation and an
    /// inline box (float has no in-place methods, so `+=` is the same);
    /// anything else goes to `slow`.
    fn exact_floats(
        &mut self,
        op: BinOp,
        lhs: Value,
        rhs: Value,
        not_small: Block,
        slow: Block,
        done: Block,
    ) {
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
    }

    /// `//`, `%`, `>>`, `<<`, `&`, `|` and `^` of two small ints inline:
    /// none of them but `<<` can leave the 63-bit range when the divisor is
    /// positive and the shift count not negative, which the fast path
    /// requires; `<<` by at most 62 checks that no bit was lost (a zero or
    /// negative divisor, a negative or larger count, a result that needs a
    /// big int and every other operand take the runtime's path, errors
    /// included). Operands `small` says are inline ints are not tested.
    fn int_division_or_bits(
        &mut self,
        entry: &str,
        op: BinOp,
        [lhs, rhs]: [Value; 2],
        ints: bool,
        small: [bool; 2],
    ) -> Value {
        if let Some(shift) = self.power_of_two_divisor(op, rhs) {
            return self.int_division_by_power_of_two(entry, op, [lhs, rhs], ints, small[0], shift);
        }
        let check_rhs = self.em.b.create_block();
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);

        self.tag_test([lhs, rhs], small, check_rhs, slow);

        self.em.b.switch_to_block(check_rhs);
        // Tagged 1 is 3 and tagged 0 is 1: a positive divisor is a tagged
        // word above 1, a count that is not negative one above 0.
        let in_range = match op {
            BinOp::FloorDiv | BinOp::Mod => {
                self.em.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, rhs, 1)
            }
            BinOp::RShift => self.em.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, rhs, 0),
            // A count from 0 to 62 (tagged 1 to 125; a negative count is a
            // huge unsigned word).
            BinOp::LShift => self
                .em
                .b
                .ins()
                .icmp_imm_u(IntCC::UnsignedLessThan, rhs, 126),
            _ => self.em.b.ins().iconst(types::I8, 1),
        };
        self.em.b.ins().brif(in_range, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        if op == BinOp::LShift {
            // `2v << c` is the tagged result without its tag; it fits when
            // shifting it back gives `2v` again (else a big int: the runtime).
            let even = self.em.b.ins().iadd_imm_s(lhs, -1);
            let count = self.em.b.ins().sshr_imm_s(rhs, 1);
            let shifted = self.em.b.ins().ishl(even, count);
            let back = self.em.b.ins().sshr(shifted, count);
            let lost = self.em.b.ins().icmp(IntCC::NotEqual, back, even);
            let value = self.em.b.ins().bor_imm_s(shifted, 1);
            self.em
                .b
                .ins()
                .brif(lost, slow, &[], done, &[BlockArg::Value(value)]);
        }
        let value = match op {
            BinOp::LShift => None,
            BinOp::BitAnd => Some(self.em.b.ins().band(lhs, rhs)),
            BinOp::BitOr => Some(self.em.b.ins().bor(lhs, rhs)),
            BinOp::BitXor => {
                let bits = self.em.b.ins().bxor(lhs, rhs);
                Some(self.em.b.ins().bor_imm_s(bits, 1))
            }
            BinOp::RShift => {
                // Counts of 63 and more leave the sign: clamp to 63.
                let a = self.em.b.ins().sshr_imm_s(lhs, 1);
                let count = self.em.b.ins().sshr_imm_s(rhs, 1);
                let max = self.em.b.ins().iconst(WORD, 63);
                let count = self.em.b.ins().smin(count, max);
                let shifted = self.em.b.ins().sshr(a, count);
                Some(self.tag(shifted))
            }
            _ => {
                // Python rounds the quotient down and gives the remainder
                // the divisor's sign (here positive): when the truncated
                // remainder is negative, step the quotient down and the
                // remainder up by the divisor.
                // One division each: Cranelift keeps a division it cannot
                // prove free of traps even when its result is unused, and
                // does not merge a `sdiv` and `srem` of the same operands.
                let a = self.em.b.ins().sshr_imm_s(lhs, 1);
                let b = self.em.b.ins().sshr_imm_s(rhs, 1);
                let value = if op == BinOp::Mod {
                    let r = self.em.b.ins().srem(a, b);
                    let negative = self.em.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
                    let zero = self.em.word(0);
                    let adjust = self.em.b.ins().select(negative, b, zero);
                    self.em.b.ins().iadd(r, adjust)
                } else {
                    let q = self.em.b.ins().sdiv(a, b);
                    let product = self.em.b.ins().imul(q, b);
                    let r = self.em.b.ins().isub(a, product);
                    let negative = self.em.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
                    let wide = self.em.b.ins().uextend(WORD, negative);
                    self.em.b.ins().isub(q, wide)
                };
                Some(self.tag(value))
            }
        };
        if let Some(value) = value {
            self.em.b.ins().jump(done, &[BlockArg::Value(value)]);
        }

        self.em.b.switch_to_block(slow);
        let code = self.em.i32(op as i64);
        self.int_slow_path(ints, small, entry, &[code, lhs, rhs], done);

        self.em.b.switch_to_block(done);
        result
    }

    /// The word of `value` when it is a constant small int (an `iconst`
    /// object word with its tag bit set).
    fn small_int_constant(&self, value: Value) -> Option<i64> {
        let dfg = &self.em.b.func.dfg;
        let ValueDef::Result(inst, _) = dfg.value_def(value) else {
            return None;
        };
        let InstructionData::UnaryImm {
            opcode: Opcode::Iconst,
            imm,
        } = dfg.insts[inst]
        else {
            return None;
        };
        let word = imm.bits();
        (dfg.value_type(value) == WORD && word & 1 == 1).then_some(word)
    }

    /// For `a + c`, `c + a` or `a - c` with a constant small int `c`: the
    /// other operand's word and what adding the constant adds to it.
    fn constant_step(&self, op: BinOp, [lhs, rhs]: [Value; 2]) -> Option<(Value, i64)> {
        if !matches!(op, BinOp::Add | BinOp::Sub) {
            return None;
        }
        if let Some(word) = self.small_int_constant(rhs) {
            let even = word - 1;
            return match op {
                BinOp::Add => Some((lhs, even)),
                _ => even.checked_neg().map(|step| (lhs, step)),
            };
        }
        let word = self.small_int_constant(lhs)?;
        (op == BinOp::Add).then_some((rhs, word - 1))
    }

    /// `word + step` with its overflow as a comparison: adding a positive
    /// constant overflows exactly when the sum comes out below `word`, a
    /// negative one when it comes out above. Unlike `sadd_overflow`'s flag,
    /// which Cranelift materialises with `seto` and tests again, the
    /// comparison fuses with the branch (`lea; cmp; jl`).
    fn add_constant_checked(&mut self, word: Value, step: i64) -> (Value, Value) {
        let sum = self.em.b.ins().iadd_imm_s(word, step);
        let cc = if step >= 0 {
            IntCC::SignedLessThan
        } else {
            IntCC::SignedGreaterThan
        };
        let overflow = self.em.b.ins().icmp(cc, sum, word);
        (sum, overflow)
    }

    /// `k` when `op` is `//` or `%` and `rhs` is the constant small int
    /// `2**k`.
    fn power_of_two_divisor(&self, op: BinOp, rhs: Value) -> Option<i64> {
        if !matches!(op, BinOp::FloorDiv | BinOp::Mod) {
            return None;
        }
        let word = self.small_int_constant(rhs)?;
        if word <= 1 {
            return None;
        }
        let divisor = word >> 1;
        (divisor & (divisor - 1) == 0).then(|| i64::from(divisor.trailing_zeros()))
    }

    /// `lhs // 2**k` and `lhs % 2**k` for a small int `lhs`, one or two
    /// instructions: with `lhs = 2a + 1` and `a = q * 2**k + r`
    /// (`0 <= r < 2**k`, Python's rounding down), `lhs >> k` is `2q` or
    /// `2q + 1`, so setting the tag gives `q`'s word, and the low `k + 1`
    /// bits of `lhs` are `2r + 1`, `r`'s word. Anything else (a big int,
    /// a float, an object with `__floordiv__`) takes the runtime's path.
    fn int_division_by_power_of_two(
        &mut self,
        entry: &str,
        op: BinOp,
        [lhs, rhs]: [Value; 2],
        ints: bool,
        small_lhs: bool,
        shift: i64,
    ) -> Value {
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);

        self.tag_test([lhs, rhs], [small_lhs, true], fast, slow);

        self.em.b.switch_to_block(fast);
        let value = if op == BinOp::Mod {
            self.em.b.ins().band_imm_s(lhs, (2 << shift) - 1)
        } else {
            let quotient = self.em.b.ins().sshr_imm_s(lhs, shift);
            self.em.b.ins().bor_imm_s(quotient, 1)
        };
        self.em.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.em.b.switch_to_block(slow);
        let code = self.em.i32(op as i64);
        let small = [small_lhs, true];
        self.int_slow_path(ints, small, entry, &[code, lhs, rhs], done);

        self.em.b.switch_to_block(done);
        result
    }

    /// [`Op::SmallInt2`](crate::tir::Op::SmallInt2): tagged small ints
    /// compare in their values' order, and `a + (b - 1)` is the tagged sum.
    pub fn small_int2(&mut self, op: SmallIntOp, lhs: Value, rhs: Value) -> Value {
        match op {
            SmallIntOp::BothSmall => {
                let both = self.em.b.ins().band(lhs, rhs);
                let tag = self.em.b.ins().band_imm_s(both, 1);
                self.em.b.ins().icmp_imm_s(IntCC::NotEqual, tag, 0)
            }
            SmallIntOp::Less => self.em.b.ins().icmp(IntCC::SignedLessThan, lhs, rhs),
            SmallIntOp::Add => {
                let rhs_even = self.em.b.ins().iadd_imm_s(rhs, -1);
                self.em.b.ins().iadd(lhs, rhs_even)
            }
        }
    }

    /// To `fast` when both words are inline ints, else to `other`; the
    /// tags of operands known to be inline ints (`small`) are not tested
    /// (with both known, `other` is left unreached).
    fn tag_test(&mut self, [lhs, rhs]: [Value; 2], small: [bool; 2], fast: Block, other: Block) {
        let word = match small {
            [true, true] => {
                self.em.b.ins().jump(fast, &[]);
                return;
            }
            [true, false] => rhs,
            [false, true] => lhs,
            [false, false] => self.em.b.ins().band(lhs, rhs),
        };
        let tagged = self.em.b.ins().band_imm_s(word, 1);
        self.em.b.ins().brif(tagged, fast, &[], other, &[]);
    }

    /// The small-int word of `value`, which fits in 63 bits.
    fn tag(&mut self, value: Value) -> Value {
        let shifted = self.em.b.ins().ishl_imm_s(value, 1);
        self.em.b.ins().bor_imm_s(shifted, 1)
    }

    /// `lhs op rhs` as a native truth value.
    /// `small`: which operands are known inline ints (`small_values`).
    /// `ints`: inference proved both operands ints (the runtime then only
    /// sees big ints, rarely).
    pub fn compare_bool(
        &mut self,
        op: CmpOp,
        [lhs, rhs]: [Value; 2],
        ints: bool,
        small: [bool; 2],
    ) -> Value {
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::I8);
        self.em.b.set_cold_block(slow);

        self.tag_test([lhs, rhs], small, fast, slow);

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
        self.compare_bool_call(op, lhs, rhs, ints, done);

        self.em.b.switch_to_block(done);
        result
    }

    /// The runtime's `lhs op rhs` truth value (`ty_compare_bool`), passed
    /// to `done`; the current block is the slow path of a fast compare.
    fn compare_bool_call(&mut self, op: CmpOp, lhs: Value, rhs: Value, rare: bool, done: Block) {
        let code = self.em.i32(op as i64);
        let args = [code, lhs, rhs];
        let status = self.em.call_entry_word(rare, "ty_compare_bool", &args);
        let slow_result = self.check_status(status);
        self.em.b.ins().jump(done, &[BlockArg::Value(slow_result)]);
    }

    /// Whether `value` is a `str` constant made in the current block
    /// (where a comparison's literal operand is made).
    /// The text of `value` when the current block makes it as an ASCII
    /// `str` constant.
    pub fn ascii_const_text(&self, value: ValueId) -> Option<String> {
        let block = &self.b_func.blocks[BlockId(self.block_index as u32)];
        block
            .insts
            .iter()
            .find_map(|inst| match (&inst.op, inst.results.first()) {
                (Op::Const(k), Some(&result)) if result == value => {
                    match &self.em.env.program.consts[*k] {
                        Const::Str(text) if text.is_ascii() => Some(text.clone()),
                        _ => None,
                    }
                }
                _ => None,
            })
    }

    pub fn str_const(&self, value: ValueId) -> bool {
        let block = &self.b_func.blocks[BlockId(self.block_index as u32)];
        block.insts.iter().any(|inst| match inst.op {
            Op::Const(k) => {
                inst.results.first() == Some(&value)
                    && matches!(self.em.env.program.consts[k], Const::Str(_))
            }
            _ => false,
        })
    }

    /// `lhs == rhs` or `lhs != rhs` as a native truth value, when one side
    /// is a `str` constant (an exact str): the same object is equal, and
    /// `None` is not (neither `NoneType` nor `str` compares with the
    /// other, so Python falls back to identity); anything else goes to
    /// the runtime. Compares such as `task.step() == "stop"` on a
    /// `str | None` then make no call.
    pub fn compare_str_const(&mut self, op: CmpOp, lhs: Value, rhs: Value) -> Value {
        let not_same = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::I8);
        // Not cold: strs that are not the constant come here.
        let equal = self
            .em
            .b
            .ins()
            .iconst(types::I8, i64::from(op == CmpOp::Eq));
        let unequal = self
            .em
            .b
            .ins()
            .iconst(types::I8, i64::from(op != CmpOp::Eq));

        let same = self.em.b.ins().icmp(IntCC::Equal, lhs, rhs);
        self.em
            .b
            .ins()
            .brif(same, done, &[BlockArg::Value(equal)], not_same, &[]);

        self.em.b.switch_to_block(not_same);
        let none = self.em.singleton(Singleton::None);
        let lhs_none = self.em.b.ins().icmp(IntCC::Equal, lhs, none);
        let rhs_none = self.em.b.ins().icmp(IntCC::Equal, rhs, none);
        let either_none = self.em.b.ins().bor(lhs_none, rhs_none);
        self.em
            .b
            .ins()
            .brif(either_none, done, &[BlockArg::Value(unequal)], slow, &[]);

        self.em.b.switch_to_block(slow);
        self.compare_bool_call(op, lhs, rhs, false, done);

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
