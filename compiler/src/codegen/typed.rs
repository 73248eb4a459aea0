//! Code for the typed values inference introduces: unboxed floats (native
//! `f64` arithmetic and comparisons, boxing and unboxing) and words known
//! to be ints.
//!
//! Float arithmetic is IEEE arithmetic, as in CPython (overflow gives
//! `inf`, never an error). `/`, `//` and `%` check their divisor: zero
//! takes the generic path on boxed operands, which raises CPython's
//! `ZeroDivisionError` ("float division by zero", "float floor division
//! by zero", "float modulo"). `int / int` divides natively when both ints
//! fit in 53 bits (exact conversions, then one correctly rounded division,
//! which is CPython's result); other ints take the generic path.
//!
//! `Op::NumCall`s are machine instructions (`sqrt`, `floor`, `abs`, `min`)
//! or pure runtime calls; results that may stand for a Python error (a
//! negative square root, a non-finite libm result, a float too large for
//! an inline int) take a cold slow path that raises CPython's error.

use cranelift_codegen::ir::{
    BlockArg, InstBuilder, InstructionData, MemFlagsData, Opcode, Value, ValueDef,
    condcodes::FloatCC, condcodes::IntCC, types,
};
use typhon_abi::{BinOp, CmpOp, HEADER_SIZE};

use super::emitter::Singleton;
use super::function::{Translator, WORD};
use crate::tir::{ExactFn, NumFn, ValueId};

impl Translator<'_, '_, '_, '_> {
    /// `len(obj)`: an exact list's or tuple's count or an exact string's
    /// code-point count (all three at the same offset) read in line,
    /// anything else through `ty_len`.
    fn exact_len(&mut self, obj: Value) -> Value {
        const _: () = assert!(typhon_abi::list_layout::LEN == typhon_abi::tuple_layout::LEN);
        const _: () = assert!(typhon_abi::list_layout::LEN == typhon_abi::str_layout::LEN);
        let pointer = self.em.b.create_block();
        let not_list = self.em.b.create_block();
        let read = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);

        let tag = self.em.b.ins().band_imm_s(obj, 1);
        self.em.b.ins().brif(tag, slow, &[], pointer, &[]);
        self.em.b.switch_to_block(pointer);
        let ty = self.em.load_word(obj, 0);
        let list_type = self.em.data_addr(self.em.env.imports.list_type);
        let is_list = self.em.b.ins().icmp(IntCC::Equal, ty, list_type);
        self.em.b.ins().brif(is_list, read, &[], not_list, &[]);
        self.em.b.switch_to_block(not_list);
        let tuple_type = self.em.data_addr(self.em.env.imports.tuple_type);
        let is_tuple = self.em.b.ins().icmp(IntCC::Equal, ty, tuple_type);
        let not_tuple = self.em.b.create_block();
        self.em.b.ins().brif(is_tuple, read, &[], not_tuple, &[]);
        // A string's code-point count (`len(d["name"])`, whose kind
        // inference does not know), at the same offset too.
        self.em.b.switch_to_block(not_tuple);
        let str_type = self.em.data_addr(self.em.env.imports.str_type);
        let is_str = self.em.b.ins().icmp(IntCC::Equal, ty, str_type);
        self.em.b.ins().brif(is_str, read, &[], slow, &[]);

        self.em.b.switch_to_block(read);
        let len = self.em.load_word(obj, typhon_abi::list_layout::LEN);
        let shifted = self.em.b.ins().ishl_imm_s(len, 1);
        let tagged = self.em.b.ins().bor_imm_s(shifted, 1);
        self.em.b.ins().jump(done, &[BlockArg::Value(tagged)]);

        self.em.b.switch_to_block(slow);
        let value = self.checked_call("ty_len", &[obj]);
        self.em.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// An `Op::Exact`: a field read or a runtime entry without dispatch,
    /// some with an inline path (`str_paths.rs`).
    pub(super) fn exact(&mut self, func: ExactFn, ids: &[ValueId]) -> Value {
        let args: Vec<Value> = ids.iter().map(|a| self.value(*a)).collect();
        let args = &args[..];
        match func {
            ExactFn::Len => self.exact_len(args[0]),
            ExactFn::StrOrd => self.str_ord(args[0], true),
            ExactFn::Ord => self.str_ord(args[0], false),
            ExactFn::StrRepeat => self.checked_call("ty_str_repeat", args),
            ExactFn::StrLen => {
                let len = self.em.load_word(args[0], typhon_abi::str_layout::LEN);
                let shifted = self.em.b.ins().ishl_imm_s(len, 1);
                self.em.b.ins().bor_imm_s(shifted, 1)
            }
            ExactFn::StrEq => self.str_equal(args[0], args[1]),
            ExactFn::StrNe => {
                let equal = self.str_equal(args[0], args[1]);
                self.em.b.ins().icmp_imm_s(IntCC::Equal, equal, 0)
            }
            ExactFn::StrContains => match self.ascii_const_text(ids[0]) {
                Some(text) => self.str_in_ascii_const(args[0], args[1], &text),
                None => {
                    let found = self.em.call_entry_value("ty_str_contains", args);
                    self.em.b.ins().icmp_imm_s(IntCC::NotEqual, found, 0)
                }
            },
            ExactFn::StrItem => {
                let small_key = self.small_ints.contains(&ids[1]);
                self.str_item(args[0], args[1], small_key)
            }
            ExactFn::TupleItem => {
                let small_key = self.small_ints.contains(&ids[1]);
                self.tuple_item(args[0], args[1], small_key)
            }
            // Not a `for` loop's own iterator (`seq_iters`): a real one.
            ExactFn::ListIter | ExactFn::TupleIter => self.get_iter(args[0]),
            ExactFn::DictIter | ExactFn::StrIter => self.checked_call("ty_iter", &[args[0]]),
            // The builtins keep `a` unless `b` is strictly better.
            ExactFn::IntMin | ExactFn::IntMax => {
                let op = if func == ExactFn::IntMin {
                    CmpOp::Lt
                } else {
                    CmpOp::Gt
                };
                let small = [
                    self.small_ints.contains(&ids[1]),
                    self.small_ints.contains(&ids[0]),
                ];
                // IntMin and IntMax are rewritten for two exact ints.
                let better = self.compare_bool(op, [args[1], args[0]], true, small);
                self.em.b.ins().select(better, args[1], args[0])
            }
        }
    }

    /// `t[key]` of an exact tuple: an index from 0 up within its length
    /// reads the item in line (`tuple_layout`); anything else (a negative
    /// or big index, out of range) calls `ty_getitem`. `small_key`: the key
    /// is known to be an inline int.
    fn tuple_item(&mut self, t: Value, key: Value, small_key: bool) -> Value {
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);
        let index = self.index_in_line(t, key, small_key, slow);
        let offset = self.em.b.ins().ishl_imm_s(index, 3);
        let at = self.em.b.ins().iadd(t, offset);
        let item = self.em.load_word(at, typhon_abi::tuple_layout::ITEMS);
        self.em.b.ins().jump(done, &[BlockArg::Value(item)]);

        self.em.b.switch_to_block(slow);
        self.cold_call_into("ty_getitem", &[t, key], done);

        self.em.b.switch_to_block(done);
        result
    }

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

    /// An int or float word as `f64`: inline ints convert exactly rounded
    /// in line, a float is unboxed, big ints go through the runtime (which
    /// raises `OverflowError`).
    pub(super) fn int_to_float(&mut self, int: Value) -> Value {
        let small = self.em.b.create_block();
        let big = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::F64);
        let tag = self.em.b.ins().band_imm_s(int, 1);
        self.em.b.ins().brif(tag, small, &[], big, &[]);

        self.em.b.switch_to_block(small);
        let value = self.em.b.ins().sshr_imm_s(int, 1);
        let converted = self.em.b.ins().fcvt_from_sint(types::F64, value);
        self.em.b.ins().jump(done, &[BlockArg::Value(converted)]);

        // A big int, or the float word of an `int | float` value
        // (`Kind::Num`), unboxed as it is.
        self.em.b.switch_to_block(big);
        let ty = self.em.load_word(int, 0);
        let float_type = self.em.data_addr(self.em.env.imports.float_type);
        let is_float = self.em.b.ins().icmp(IntCC::Equal, ty, float_type);
        let float = self.em.b.create_block();
        let convert = self.em.b.create_block();
        self.em.b.ins().brif(is_float, float, &[], convert, &[]);

        self.em.b.switch_to_block(float);
        let unboxed = self.unbox_float(int);
        self.em.b.ins().jump(done, &[BlockArg::Value(unboxed)]);

        self.em.b.switch_to_block(convert);
        self.em.b.set_cold_block(convert);
        // Only a big int gets here: rare.
        let boxed = self.em.call_entry_rare("ty_int_to_float", &[int]);
        self.check_word(boxed);
        let unboxed = self.unbox_float(boxed);
        self.em.b.ins().jump(done, &[BlockArg::Value(unboxed)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// `lhs op rhs` on unboxed floats (`+ - * / // %`; inference sends the
    /// others through the generic path).
    pub(super) fn float_binop(&mut self, entry: &str, op: BinOp, lhs: Value, rhs: Value) -> Value {
        match op {
            BinOp::Add => self.em.b.ins().fadd(lhs, rhs),
            BinOp::Sub => self.em.b.ins().fsub(lhs, rhs),
            BinOp::Mul => self.em.b.ins().fmul(lhs, rhs),
            // A nonzero constant divisor needs no zero test, nor one an
            // earlier division in this block already divided by (a zero
            // divisor raised there).
            BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod
                if self.nonzero_floats.contains(&rhs)
                    || (op == BinOp::TrueDiv && self.nonzero_f64_const(rhs)) =>
            {
                self.float_division(op, lhs, rhs)
            }
            // A zero divisor takes the generic operator, which raises
            // CPython's ZeroDivisionError.
            BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod => {
                let fast = self.em.b.create_block();
                let slow = self.em.b.create_block();
                let done = self.em.b.create_block();
                let result = self.em.b.append_block_param(done, types::F64);
                self.em.b.set_cold_block(slow);
                let zero = self.em.b.ins().f64const(0.0);
                let is_zero = self.em.b.ins().fcmp(FloatCC::Equal, rhs, zero);
                self.em.b.ins().brif(is_zero, slow, &[], fast, &[]);

                self.em.b.switch_to_block(fast);
                let value = self.float_division(op, lhs, rhs);
                self.em.b.ins().jump(done, &[BlockArg::Value(value)]);

                // A float divided by zero always raises: the slow path
                // does not rejoin, so no float has to survive its call.
                self.em.b.switch_to_block(slow);
                let boxed_lhs = self.box_float(lhs);
                let boxed_rhs = self.box_float(rhs);
                let code = self.em.i32(op as i64);
                self.em.call_entry(entry, &[code, boxed_lhs, boxed_rhs]);
                let fail = self.fail_block(true);
                self.em.b.ins().jump(fail, &[]);

                self.em.b.switch_to_block(done);
                self.nonzero_floats.insert(rhs);
                result
            }
            _ => panic!("no native float {op:?}"),
        }
    }

    /// `lhs / rhs`, `lhs // rhs` or `lhs % rhs` (`op`) by a nonzero `rhs`.
    fn float_division(&mut self, op: BinOp, lhs: Value, rhs: Value) -> Value {
        match op {
            BinOp::TrueDiv => self.em.b.ins().fdiv(lhs, rhs),
            BinOp::Mod => self.em.call_entry_value("ty_float_mod", &[lhs, rhs]),
            _ => self.em.call_entry_value("ty_float_floordiv", &[lhs, rhs]),
        }
    }

    /// Whether `value` is an `f64const` other than zero.
    fn nonzero_f64_const(&self, value: Value) -> bool {
        let dfg = &self.em.b.func.dfg;
        let ValueDef::Result(inst, _) = dfg.value_def(value) else {
            return false;
        };
        match dfg.insts[inst] {
            InstructionData::UnaryIeee64 {
                opcode: Opcode::F64const,
                imm,
            } => imm.as_f64() != 0.0,
            _ => false,
        }
    }

    /// `lhs / rhs` on two int words, as an `f64`.
    pub(super) fn int_true_div(&mut self, entry: &str, lhs: Value, rhs: Value) -> Value {
        let check_rhs = self.em.b.create_block();
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::F64);
        self.em.b.set_cold_block(slow);
        // Both inline (tag bit set), both within +-2**53, the divisor not 0.
        let tags = self.em.b.ins().band(lhs, rhs);
        let tag = self.em.b.ins().band_imm_s(tags, 1);
        let tag = self.em.b.ins().icmp_imm_s(IntCC::NotEqual, tag, 0);
        let x = self.em.b.ins().sshr_imm_s(lhs, 1);
        let y = self.em.b.ins().sshr_imm_s(rhs, 1);
        let x_fits = self.fits_53_bits(x);
        let ok = self.em.b.ins().band(tag, x_fits);
        self.em.b.ins().brif(ok, check_rhs, &[], slow, &[]);

        self.em.b.switch_to_block(check_rhs);
        let y_fits = self.fits_53_bits(y);
        let nonzero = self.em.b.ins().icmp_imm_s(IntCC::NotEqual, y, 0);
        let ok = self.em.b.ins().band(y_fits, nonzero);
        self.em.b.ins().brif(ok, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let fx = self.em.b.ins().fcvt_from_sint(types::F64, x);
        let fy = self.em.b.ins().fcvt_from_sint(types::F64, y);
        let quotient = self.em.b.ins().fdiv(fx, fy);
        self.em.b.ins().jump(done, &[BlockArg::Value(quotient)]);

        self.em.b.switch_to_block(slow);
        let code = self.em.i32(BinOp::TrueDiv as i64);
        let word = self.checked_call(entry, &[code, lhs, rhs]);
        let value = self.unbox_float(word);
        self.em.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// Whether `-2**53 <= value <= 2**53` (an exact `f64`), as an `i8`.
    fn fits_53_bits(&mut self, value: Value) -> Value {
        let shifted = self.em.b.ins().iadd_imm_s(value, 1 << 53);
        self.em
            .b
            .ins()
            .icmp_imm_u(IntCC::UnsignedLessThanOrEqual, shifted, 1 << 54)
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

    /// `func(args)` on unboxed floats: an `f64`, or an int word.
    pub(super) fn num_call(&mut self, func: NumFn, args: &[Value]) -> Value {
        match func {
            NumFn::Math(0) => self.checked_math(0, args[0], |t, x| t.em.b.ins().sqrt(x)),
            NumFn::Math(index) => self.checked_math(index, args[0], |t, x| {
                let code = t.em.i32(i64::from(index));
                t.em.call_entry_value("ty_math_unary", &[code, x])
            }),
            NumFn::Floor | NumFn::Ceil | NumFn::Trunc => self.rounded_to_int(func, args[0]),
            NumFn::Round => {
                let r = self.em.b.ins().nearest(args[0]);
                self.f64_to_int(r)
            }
            NumFn::Abs => self.em.b.ins().fabs(args[0]),
            // CPython's loop keeps the current item unless a later one
            // compares strictly less (greater): the first of equal items
            // wins (`max(0.0, -0.0)` is `0.0`), and NaN never replaces.
            NumFn::Min | NumFn::Max => {
                let cc = match func {
                    NumFn::Min => FloatCC::LessThan,
                    _ => FloatCC::GreaterThan,
                };
                let mut best = args[0];
                for &item in &args[1..] {
                    let better = self.em.b.ins().fcmp(cc, item, best);
                    best = self.em.b.ins().select(better, item, best);
                }
                best
            }
        }
    }

    /// `MATH_UNARY[index](x)` through `fast`; a result that may be an error
    /// (sqrt of a negative, any non-finite result of the others) is
    /// recomputed by `ty_math_unary_slow`, which raises or boxes it.
    fn checked_math(
        &mut self,
        index: u32,
        x: Value,
        fast: impl FnOnce(&mut Self, Value) -> Value,
    ) -> Value {
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::F64);
        self.em.b.set_cold_block(slow);
        let suspect = if index == 0 {
            let zero = self.em.b.ins().f64const(0.0);
            let r = fast(self, x);
            let negative = self.em.b.ins().fcmp(FloatCC::LessThan, x, zero);
            (r, negative)
        } else {
            let r = fast(self, x);
            // r - r is NaN exactly when r is infinite or NaN.
            let diff = self.em.b.ins().fsub(r, r);
            let odd = self.em.b.ins().fcmp(FloatCC::Unordered, diff, diff);
            (r, odd)
        };
        let (r, odd) = suspect;
        self.em
            .b
            .ins()
            .brif(odd, slow, &[], done, &[BlockArg::Value(r)]);

        self.em.b.switch_to_block(slow);
        let code = self.em.i32(i64::from(index));
        if index == 0 {
            // The square root of a negative always raises: the slow path
            // does not rejoin, so no float has to survive its call.
            self.em.call_entry("ty_math_unary_slow", &[code, x]);
            let fail = self.fail_block(true);
            self.em.b.ins().jump(fail, &[]);
        } else {
            let word = self.checked_call("ty_math_unary_slow", &[code, x]);
            let value = self.unbox_float(word);
            self.em.b.ins().jump(done, &[BlockArg::Value(value)]);
        }

        self.em.b.switch_to_block(done);
        result
    }

    /// An integral `f64` as an int word: inline when it is within the
    /// inline range, else (a big int, NaN or an infinity, which raise)
    /// through `ty_float_to_int`.
    fn f64_to_int(&mut self, r: Value) -> Value {
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);
        let fits = self.fits_inline_int(r);
        self.em.b.ins().brif(fits, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let int = self.em.b.ins().fcvt_to_sint(types::I64, r);
        let shifted = self.em.b.ins().ishl_imm_s(int, 1);
        let word = self.em.b.ins().bor_imm_s(shifted, 1);
        self.em.b.ins().jump(done, &[BlockArg::Value(word)]);

        self.em.b.switch_to_block(slow);
        let word = self.checked_call("ty_float_to_int", &[r]);
        self.em.b.ins().jump(done, &[BlockArg::Value(word)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// Whether `|x| < 2**62`, so that `x` truncated is an inline int (false
    /// for NaN).
    fn fits_inline_int(&mut self, x: Value) -> Value {
        let magnitude = self.em.b.ins().fabs(x);
        let limit = self.em.b.ins().f64const(4.611_686_018_427_388e18);
        self.em.b.ins().fcmp(FloatCC::LessThan, magnitude, limit)
    }

    /// `math.floor(x)`, `math.ceil(x)` or `int(x)` / `math.trunc(x)` of a
    /// float, as an int word. The baseline ISA has no rounding instruction
    /// (Cranelift calls the C library's `floor`, `ceil`, `trunc`), so an
    /// `x` whose truncation fits an inline int is converted truncating
    /// and then moved by one where the truncation went the wrong way for
    /// floor (it exceeds `x`) or ceil (it is below `x`); anything else
    /// (huge, infinite, NaN) rounds through the library call and
    /// `ty_float_to_int`, which raises as CPython does.
    fn rounded_to_int(&mut self, func: NumFn, x: Value) -> Value {
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);
        let fits = self.fits_inline_int(x);
        self.em.b.ins().brif(fits, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let int = self.em.b.ins().fcvt_to_sint(types::I64, x);
        let int = match func {
            NumFn::Floor | NumFn::Ceil => {
                let back = self.em.b.ins().fcvt_from_sint(types::F64, int);
                let (cc, delta) = match func {
                    NumFn::Floor => (FloatCC::GreaterThan, -1),
                    _ => (FloatCC::LessThan, 1),
                };
                let off = self.em.b.ins().fcmp(cc, back, x);
                let moved = self.em.b.ins().iadd_imm_s(int, delta);
                self.em.b.ins().select(off, moved, int)
            }
            _ => int,
        };
        let shifted = self.em.b.ins().ishl_imm_s(int, 1);
        let word = self.em.b.ins().bor_imm_s(shifted, 1);
        self.em.b.ins().jump(done, &[BlockArg::Value(word)]);

        self.em.b.switch_to_block(slow);
        let r = match func {
            NumFn::Floor => self.em.b.ins().floor(x),
            NumFn::Ceil => self.em.b.ins().ceil(x),
            _ => self.em.b.ins().trunc(x),
        };
        let word = self.checked_call("ty_float_to_int", &[r]);
        self.em.b.ins().jump(done, &[BlockArg::Value(word)]);

        self.em.b.switch_to_block(done);
        result
    }
}
