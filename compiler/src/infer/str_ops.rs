//! `a + b` of two exact strings (both inferred `str`) becomes
//! `Op::ConcatStr`, the f-string's concatenation: no operator dispatch
//! (`ty_binop`'s int and float tests, the slot look-up) before the bytes
//! are copied. An exact `str` has no user `__add__` or `__radd__` to run.
//!
//! The result kinds of the methods of an exact `str` (no code can replace
//! them): `split` gives a fresh list of exact strings, `partition` a triple
//! of them, `strip` an exact string, `startswith` a bool, `find` an int...,
//! so what a program does with them later (concatenation, comparisons,
//! unpacking, dict keys) is typed too.

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

/// The container a method of an exact `str` returns, if it returns one.
pub enum StrContainer {
    /// A new list whose items are all exact strings.
    List,
    /// A 3-tuple of exact strings.
    Triple,
}

pub fn container_result(method: &str) -> Option<StrContainer> {
    match method {
        "split" | "rsplit" | "splitlines" => Some(StrContainer::List),
        "partition" | "rpartition" => Some(StrContainer::Triple),
        _ => None,
    }
}

/// The kind of what method `method` of an exact `str` returns when it
/// returns (wrong arguments raise). Each is built by the runtime as an
/// exact object of that type, never an instance of a subclass, whatever
/// the arguments.
pub fn method_result(method: &str, args: &[Kind]) -> Kind {
    if args.contains(&Kind::Bottom) {
        return Kind::Bottom;
    }
    match method {
        "join" | "strip" | "lstrip" | "rstrip" | "upper" | "lower" | "title" | "capitalize"
        | "swapcase" | "casefold" | "replace" | "ljust" | "rjust" | "center" | "zfill"
        | "format" | "format_map" | "removeprefix" | "removesuffix" | "expandtabs"
        | "translate" => Kind::Str,
        "startswith" | "endswith" | "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper"
        | "islower" | "isdecimal" | "isnumeric" | "isidentifier" | "istitle" | "isascii"
        | "isprintable" => Kind::Bool,
        "find" | "rfind" | "index" | "rindex" | "count" => Kind::Int,
        _ => Kind::Obj,
    }
}
