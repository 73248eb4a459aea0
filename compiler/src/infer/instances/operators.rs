//! Operators on known instances: `a + b`, `2.0 * a`, `-a` as direct
//! calls of the copy of the user class's dunder, when nothing is tried
//! before it and its return kind rules out `NotImplemented`.

use super::keywords::Shape;
use super::{Model, Target};
use crate::infer::kind::Kind;
use crate::tir::{self, BinOp, FuncId, Op, UnaryOp, ValueId};

/// The methods a binary operator tries: forward, reflected, in place.
pub(super) fn binop_dunders(op: BinOp) -> [&'static str; 3] {
    match op {
        BinOp::Add => ["__add__", "__radd__", "__iadd__"],
        BinOp::Sub => ["__sub__", "__rsub__", "__isub__"],
        BinOp::Mul => ["__mul__", "__rmul__", "__imul__"],
        BinOp::TrueDiv => ["__truediv__", "__rtruediv__", "__itruediv__"],
        BinOp::FloorDiv => ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
        BinOp::Mod => ["__mod__", "__rmod__", "__imod__"],
        BinOp::Pow => ["__pow__", "__rpow__", "__ipow__"],
        BinOp::LShift => ["__lshift__", "__rlshift__", "__ilshift__"],
        BinOp::RShift => ["__rshift__", "__rrshift__", "__irshift__"],
        BinOp::BitAnd => ["__and__", "__rand__", "__iand__"],
        BinOp::BitOr => ["__or__", "__ror__", "__ior__"],
        BinOp::BitXor => ["__xor__", "__rxor__", "__ixor__"],
        BinOp::MatMul => ["__matmul__", "__rmatmul__", "__imatmul__"],
    }
}

pub(super) fn unary_dunder(op: UnaryOp) -> Option<&'static str> {
    match op {
        UnaryOp::Neg => Some("__neg__"),
        UnaryOp::Pos => Some("__pos__"),
        UnaryOp::Invert => Some("__invert__"),
        UnaryOp::Not => None,
    }
}

/// Builtins that run the arithmetic methods of the items or arguments
/// they get (as does `math.prod`).
pub(super) const ARITH_BUILTINS: &[&str] = &["sum", "pow", "divmod"];

/// The methods only operators (and [`ARITH_BUILTINS`], `math.prod`, which
/// the solver looks for) call implicitly.
pub(super) fn is_arith_dunder(name: &str) -> bool {
    BinOp::ALL
        .iter()
        .any(|op| binop_dunders(*op).contains(&name))
        || [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert]
            .iter()
            .any(|op| unary_dunder(*op) == Some(name))
}

/// Kinds whose operators never run user code.
pub(super) fn is_builtin_scalar(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Bottom
            | Kind::Int
            | Kind::Float
            | Kind::Num
            | Kind::Bool
            | Kind::Str
            | Kind::None
            | Kind::Range
    )
}

impl Model {
    /// Where an operator on a known instance goes, with the arguments of
    /// the direct call: `a + b` calls `a.__add__(b)` directly when `b` is
    /// of the same class or a built-in scalar (nothing is tried before
    /// it), and `2.0 * a` calls `a.__rmul__(2.0)` (a number's own method
    /// gives up on a user class); either only when the method provably
    /// never returns `NotImplemented` (its return kind is not `obj`),
    /// which would make CPython try the other operand. `-a` always calls
    /// `a.__neg__()`.
    pub(super) fn operator_target(
        &self,
        program: &tir::Program,
        op: &Op,
        k: &dyn Fn(ValueId) -> Kind,
        rets: &dyn Fn(FuncId) -> Kind,
    ) -> (Target<'_>, Vec<ValueId>) {
        let dynamic = (Target::Dynamic, Vec::new());
        let (op, lhs, rhs, inplace) = match op {
            Op::Unary { op, operand } => {
                let (Some(name), Kind::Inst(c)) = (unary_dunder(*op), k(*operand)) else {
                    return dynamic;
                };
                return match self.method(program, c, 0, name, Shape::positional(0)) {
                    Some((f, defaults)) => (self.copy(f, c, defaults), vec![*operand]),
                    None => dynamic,
                };
            }
            Op::BinOp { op, lhs, rhs } => (*op, *lhs, *rhs, false),
            Op::InplaceBinOp { op, lhs, rhs } => (*op, *lhs, *rhs, true),
            _ => return dynamic,
        };
        let [forward, reflected, in_place] = binop_dunders(op);
        let (c, name, args) = match (k(lhs), k(rhs)) {
            (Kind::Inst(c), other) if other == Kind::Inst(c) || is_builtin_scalar(other) => {
                if inplace && self.lookup(c, in_place).is_some() {
                    return dynamic;
                }
                (c, forward, vec![lhs, rhs])
            }
            (Kind::Int | Kind::Float | Kind::Bool, Kind::Inst(c)) => (c, reflected, vec![rhs, lhs]),
            _ => return dynamic,
        };
        match self.method(program, c, 0, name, Shape::positional(1)) {
            Some((f, defaults)) => match self.copy(f, c, defaults) {
                Target::Copy(copy, defaults) if rets(copy) != Kind::Obj => {
                    (Target::Copy(copy, defaults), args)
                }
                _ => dynamic,
            },
            None => dynamic,
        }
    }
}
