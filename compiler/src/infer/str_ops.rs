//! `a + b` of two exact strings (both inferred `str`) becomes
//! `Op::ConcatStr`, the f-string's concatenation: no operator dispatch
//! (`ty_binop`'s int and float tests, the slot look-up) before the bytes
//! are copied. An exact `str` has no user `__add__` or `__radd__` to run.

use super::kind::Kind;
use super::rewrite::Rewriter;
use crate::tir::{BinOp, Op};

impl Rewriter<'_> {
    pub(super) fn str_concat(&self, op: &mut Op) {
        if let Op::BinOp {
            op: BinOp::Add,
            lhs,
            rhs,
        }
        | Op::InplaceBinOp {
            op: BinOp::Add,
            lhs,
            rhs,
        } = op
            && self.kinds.get(lhs.index()) == Some(&Kind::Str)
            && self.kinds.get(rhs.index()) == Some(&Kind::Str)
        {
            *op = Op::ConcatStr(vec![*lhs, *rhs]);
        }
    }
}
