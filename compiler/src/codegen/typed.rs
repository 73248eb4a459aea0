//! Code for the typed values inference introduces: unboxed floats (native
//! `f64` arithmetic and comparisons, boxing and unboxing) and words known
//! to be ints.
//!
//! Float arithmetic is IEEE arithmetic, as in CPython (overflow gives
//! `inf`, never an error). Division checks its divisor: zero takes the
//! generic path on boxed operands, which raises CPython's
//! `ZeroDivisionError("float division by zero")`.

use cranelift_codegen::ir::{
    BlockArg, InstBuilder, MemFlagsData, Value, condcodes::FloatCC, condcodes::IntCC, types,
};
use typhon_abi::{BinOp, CmpOp, HEADER_SIZE};

use super::emitter::Singleton;
use super::function::Translator;

impl Translator<'_, '_, '_, '_> {
    /// A new `float` object holding `value`.
    pub(super) fn box_float(&mut self, value: Value) -> Value {
        self.alloc_float(value)
    }

    /// The `f64` in `word`, which inference proved to be an exact float.
    pub(super) fn unbox_float(&mut self, word: Value) -> Value {
        self.em
            .b
            .ins()
            .load(types::F64, MemFlagsData::trusted(), word, HEADER_SIZE)
    }

    /// An int word as `f64`: inline ints convert exactly rounded in line,
    /// big ones through the runtime (which raises `OverflowError`).
    pub(super) fn int_to_float(&mut self, int: Value) -> Value {
        let small = self.em.b.create_block();
        let big = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::F64);
        self.em.b.set_cold_block(big);
        let tag = self.em.b.ins().band_imm_s(int, 1);
        self.em.b.ins().brif(tag, small, &[], big, &[]);

        self.em.b.switch_to_block(small);
        let value = self.em.b.ins().sshr_imm_s(int, 1);
        let converted = self.em.b.ins().fcvt_from_sint(types::F64, value);
        self.em.b.ins().jump(done, &[BlockArg::Value(converted)]);

        self.em.b.switch_to_block(big);
        let boxed = self.checked_call("ty_int_to_float", &[int]);
        let unboxed = self.unbox_float(boxed);
        self.em.b.ins().jump(done, &[BlockArg::Value(unboxed)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// `lhs op rhs` on unboxed floats (`+ - * /` only; inference sends the
    /// others through the generic path).
    pub(super) fn float_binop(&mut self, entry: &str, op: BinOp, lhs: Value, rhs: Value) -> Value {
        match op {
            BinOp::Add => self.em.b.ins().fadd(lhs, rhs),
            BinOp::Sub => self.em.b.ins().fsub(lhs, rhs),
            BinOp::Mul => self.em.b.ins().fmul(lhs, rhs),
            BinOp::TrueDiv => {
                let fast = self.em.b.create_block();
                let slow = self.em.b.create_block();
                let done = self.em.b.create_block();
                let result = self.em.b.append_block_param(done, types::F64);
                self.em.b.set_cold_block(slow);
                let zero = self.em.b.ins().f64const(0.0);
                let is_zero = self.em.b.ins().fcmp(FloatCC::Equal, rhs, zero);
                self.em.b.ins().brif(is_zero, slow, &[], fast, &[]);

                self.em.b.switch_to_block(fast);
                let quotient = self.em.b.ins().fdiv(lhs, rhs);
                self.em.b.ins().jump(done, &[BlockArg::Value(quotient)]);

                self.em.b.switch_to_block(slow);
                let boxed_lhs = self.box_float(lhs);
                let boxed_rhs = self.box_float(rhs);
                let code = self.em.i32(op as i64);
                let word = self.checked_call(entry, &[code, boxed_lhs, boxed_rhs]);
                let value = self.unbox_float(word);
                self.em.b.ins().jump(done, &[BlockArg::Value(value)]);

                self.em.b.switch_to_block(done);
                result
            }
            _ => panic!("no native float {op:?}"),
        }
    }

    /// `lhs op rhs` on unboxed floats as a native truth value; NaN compares
    /// unequal to everything, itself included, as in CPython.
    pub(super) fn float_compare(&mut self, op: CmpOp, lhs: Value, rhs: Value) -> Value {
        let cc = match op {
            CmpOp::Lt => FloatCC::LessThan,
            CmpOp::Le => FloatCC::LessThanOrEqual,
            CmpOp::Eq => FloatCC::Equal,
            CmpOp::Ne => FloatCC::NotEqual,
            CmpOp::Gt => FloatCC::GreaterThan,
            CmpOp::Ge => FloatCC::GreaterThanOrEqual,
        };
        self.em.b.ins().fcmp(cc, lhs, rhs)
    }

    /// A native truth value as `True` / `False`.
    pub(super) fn box_truth(&mut self, truth: Value) -> Value {
        let yes = self.em.singleton(Singleton::True);
        let no = self.em.singleton(Singleton::False);
        self.em.b.ins().select(truth, yes, no)
    }

    /// `bool(x)` of an unboxed float: NaN is true, both zeros false.
    pub(super) fn float_truthy(&mut self, value: Value) -> Value {
        let zero = self.em.b.ins().f64const(0.0);
        self.em.b.ins().fcmp(FloatCC::NotEqual, value, zero)
    }

    /// `bool(x)` of an int word: big ints are never zero (results that fit
    /// are normalised to inline ints), so only inline 0 (the word 1) is false.
    pub(super) fn int_truthy(&mut self, value: Value) -> Value {
        self.em.b.ins().icmp_imm_s(IntCC::NotEqual, value, 1)
    }
}
