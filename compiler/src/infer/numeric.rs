//! Numeric calls computed natively on unboxed floats: `math.<f>(x)` on
//! the `math` module when no code can rebind `math.<f>`, and the builtins
//! `abs`, `min`, `max`, `float`, `int` and `round` of float (or int)
//! arguments. Each becomes an `Op::NumCall` (or an `IntToFloat`), which
//! code generation turns into machine instructions or a pure runtime call
//! with a slow path for CPython's errors.

use super::kind::Kind;
use super::rewrite::Rewriter;
use crate::tir::{BinOp, Const, NumFn, Op, Type, ValueId};

/// Whether `kind` is an exact int, an exact float or either (`Kind::Num`).
pub fn is_real(kind: Kind) -> bool {
    matches!(kind, Kind::Int | Kind::Float | Kind::Num)
}

/// The join of two number kinds when they differ: `int | float` is
/// `Kind::Num`, a word holding either (`sum()` of floats, which is the int
/// `0` when empty, returns one). `None` for any other pair.
pub fn join(a: Kind, b: Kind) -> Option<Kind> {
    (is_real(a) && is_real(b)).then_some(Kind::Num)
}

/// `lhs op rhs` where one operand is `Kind::Num`. Exact ints and floats
/// run no user code: with a float on either side, `+ - * / // %` convert
/// the int (raising `OverflowError` past the float range, as CPython) and
/// give a float; with ints and `Num`s, `+ - *` give an int or a float, and
/// `/` always a float.
pub fn binop(op: BinOp, lhs: Kind, rhs: Kind) -> Kind {
    if !is_real(lhs) || !is_real(rhs) {
        return Kind::Obj;
    }
    let float = lhs == Kind::Float || rhs == Kind::Float;
    match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod if float => Kind::Float,
        BinOp::TrueDiv => Kind::Float,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod => Kind::Num,
        _ => Kind::Obj,
    }
}

impl Rewriter<'_> {
    /// Rewrite `op` (a `Call` or `CallMethod` whose result has type
    /// `result_ty`) into a native numeric operation; whether it did.
    pub(super) fn numeric_call(&mut self, op: &mut Op, result_ty: Option<Type>, line: u32) -> bool {
        let Some((func, args)) = self.numeric_target(op, result_ty) else {
            return false;
        };
        *op = match func {
            Target::IntToFloat => {
                let arg = args[0];
                match self.f64_able(arg) {
                    true => Op::NumCall {
                        func: NumFn::Max,
                        args: vec![self.as_f64(arg, line)],
                    },
                    false => Op::IntToFloat(arg),
                }
            }
            Target::Num(func) => {
                let args = args.iter().map(|a| self.as_f64(*a, line)).collect();
                Op::NumCall { func, args }
            }
        };
        true
    }

    fn numeric_target(&self, op: &Op, result_ty: Option<Type>) -> Option<(Target, Vec<ValueId>)> {
        let floats = |args: &[ValueId]| args.iter().all(|a| self.is_float(*a));
        let (target, args) = match op {
            Op::Call {
                callee,
                args,
                kwnames: None,
            } => {
                let index = (*self.builtins.get(callee.index())?)?;
                let name = *typhon_abi::BUILTINS.get(index as usize)?;
                let target = match (name, &args[..]) {
                    ("abs", [_]) if floats(args) => Target::Num(NumFn::Abs),
                    ("min", [_, _, ..]) if floats(args) => Target::Num(NumFn::Min),
                    ("max", [_, _, ..]) if floats(args) => Target::Num(NumFn::Max),
                    ("int", [_]) if floats(args) => Target::Num(NumFn::Trunc),
                    ("round", [_]) if floats(args) => Target::Num(NumFn::Round),
                    ("float", [x]) if self.is_float(*x) || self.ty(*x) == Type::Int => {
                        Target::IntToFloat
                    }
                    _ => return None,
                };
                (target, args.clone())
            }
            Op::CallMethod {
                obj,
                name,
                args,
                kwnames: None,
            } => {
                let Some(Kind::NativeModule(module)) = self.kinds.get(obj.index()).copied() else {
                    return None;
                };
                let Const::Str(name) = &self.program.pool[*name] else {
                    return None;
                };
                if typhon_abi::NATIVE_MODULES.get(module as usize) != Some(&"math")
                    || !self.program.writes.attr_fixed(name)
                {
                    return None;
                }
                // `log` of an int is exact for any size: only floats here.
                let ints_convert = !matches!(name.as_str(), "log" | "log2" | "log10");
                let real =
                    |a: &ValueId| self.is_float(*a) || (ints_convert && self.ty(*a) == Type::Int);
                let target = match (name.as_str(), &args[..]) {
                    ("floor", [_]) if floats(args) => NumFn::Floor,
                    ("ceil", [_]) if floats(args) => NumFn::Ceil,
                    ("trunc", [_]) if floats(args) => NumFn::Trunc,
                    (name, [x]) if real(x) => {
                        NumFn::Math(typhon_abi::math_unary_index(name)? as u32)
                    }
                    _ => return None,
                };
                (Target::Num(target), args.clone())
            }
            _ => return None,
        };
        let want = match target {
            Target::Num(func) if func.returns_int() => Type::Int,
            _ => Type::F64,
        };
        (result_ty == Some(want)).then_some((target, args))
    }
}

enum Target {
    Num(NumFn),
    /// `float(x)`: an int converted, a float itself.
    IntToFloat,
}
