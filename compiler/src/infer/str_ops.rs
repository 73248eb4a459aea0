//! `a + b` of two exact strings (both inferred `str`) becomes
//! `Op::ConcatStr`, the f-string's concatenation: no operator dispatch
//! (`ty_binop`'s int and float tests, the slot look-up) before the bytes
//! are copied. An exact `str` has no user `__add__` or `__radd__` to run.
//!
//! `str(x)` and `repr(x)` of a built-in scalar are the conversion itself
//! (`Op::Str`, `Op::Repr`, as in an f-string), without the type call;
//! `len(x)` calls `ty_len` without the builtin call's argument handling,
//! and on an exact string reads its length field; `ord(s)`, `==`, `!=` and
//! `in` of exact strings call the string's own entry (`Op::Exact`): no
//! operator dispatch, and an exact `str` has no user `__eq__` or
//! `__contains__` (a subclass instance never gets the kind `str`). So does
//! `s * n` / `n * s` of an exact `str` and an exact `int` (`ty_str_repeat`):
//! neither has an operator that accepts the other; and `s[i]` of an exact
//! `str` and an exact `int` (no `__index__` or `__getitem__` to run).
//!
//! The result kinds of the methods of an exact `str` (no code can replace
//! them): `split` gives a fresh list of exact strings, `partition` a triple
//! of them, `strip` an exact string, `startswith` a bool, `find` an int...,
//! so what a program does with them later (concatenation, comparisons,
//! unpacking, dict keys) is typed too.

use super::kind::Kind;
use super::rewrite::Rewriter;
use crate::tir::{BinOp, CmpOp, ExactFn, Op, Type, ValueId};

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

    /// `len(x)`, and `ord`, `==`, `!=`, `in` of exact strings, as
    /// `Op::Exact`; a boxed comparison becomes the native one, boxed.
    pub(super) fn str_exact(&mut self, op: &mut Op, line: u32) {
        let is_str = |v: &ValueId| self.kinds.get(v.index()) == Some(&Kind::Str);
        let func = match op {
            Op::Call {
                callee,
                args,
                kwnames: None,
            } if args.len() == 1 => {
                let Some(Some(index)) = self.builtins.get(callee.index()) else {
                    return;
                };
                let scalar = matches!(
                    self.kinds.get(args[0].index()),
                    Some(Kind::Int | Kind::Float | Kind::Bool | Kind::Str)
                );
                match typhon_abi::BUILTINS[*index as usize] {
                    // The conversion itself (`ty_str`, `ty_repr`), without
                    // the type call: a built-in scalar's own `__str__`.
                    "str" if scalar => {
                        *op = Op::Str(args[0]);
                        return;
                    }
                    "repr" if scalar => {
                        *op = Op::Repr(args[0]);
                        return;
                    }
                    "len" if is_str(&args[0]) => ExactFn::StrLen,
                    "len" => ExactFn::Len,
                    "ord" if is_str(&args[0]) => ExactFn::StrOrd,
                    _ => return,
                }
            }
            Op::Compare { op, lhs, rhs } | Op::CompareBool { op, lhs, rhs }
                if is_str(lhs) && is_str(rhs) =>
            {
                match op {
                    CmpOp::Eq => ExactFn::StrEq,
                    CmpOp::Ne => ExactFn::StrNe,
                    _ => return,
                }
            }
            Op::Contains { container, item } if is_str(container) && is_str(item) => {
                ExactFn::StrContains
            }
            Op::BinOp {
                op: BinOp::Mul,
                lhs,
                rhs,
            }
            | Op::InplaceBinOp {
                op: BinOp::Mul,
                lhs,
                rhs,
            } if (is_str(lhs) && self.kinds.get(rhs.index()) == Some(&Kind::Int))
                || (self.kinds.get(lhs.index()) == Some(&Kind::Int) && is_str(rhs)) =>
            {
                ExactFn::StrRepeat
            }
            Op::GetItem { obj, key }
                if is_str(obj) && self.kinds.get(key.index()) == Some(&Kind::Int) =>
            {
                ExactFn::StrItem
            }
            _ => return,
        };
        let args = match op {
            Op::Call { args, .. } => args.clone(),
            Op::BinOp { lhs, rhs, .. } | Op::InplaceBinOp { lhs, rhs, .. } => vec![*lhs, *rhs],
            Op::Compare { lhs, rhs, .. } | Op::CompareBool { lhs, rhs, .. } => vec![*lhs, *rhs],
            Op::Contains { container, item } => vec![*container, *item],
            Op::GetItem { obj, key } => vec![*obj, *key],
            _ => return,
        };
        let exact = Op::Exact { func, args };
        *op = match op {
            Op::Compare { .. } => Op::BoxBool(self.emit(exact, Type::Bool, line)),
            _ => exact,
        };
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
