//! The values each instruction and terminator reads, walked by one match
//! written once: the verifier and the analyses read operands, compaction
//! and the generator pass rewrite them.

use super::{Op, Terminator, ValueId};

/// Calls `$fix` on every operand of `$op`; the same arms serve `&Op` and
/// `&mut Op`, since match ergonomics bind `&` or `&mut` to match.
macro_rules! visit_op_operands {
    ($op:expr, $fix:ident) => {
        match $op {
            Op::StoreLocal { value, .. } | Op::StoreGlobal { value, .. } => $fix(value),
            Op::BinOp { lhs, rhs, .. }
            | Op::InplaceBinOp { lhs, rhs, .. }
            | Op::Compare { lhs, rhs, .. }
            | Op::CompareBool { lhs, rhs, .. }
            | Op::Is { lhs, rhs } => {
                $fix(lhs);
                $fix(rhs);
            }
            Op::ClassIs { obj, .. } => $fix(obj),
            Op::NewInstance { class, .. } => $fix(class),
            Op::SmallInt2 { lhs, rhs, .. } => {
                $fix(lhs);
                $fix(rhs);
            }
            Op::Unary { operand, .. } => $fix(operand),
            Op::Contains { container, item } => {
                $fix(container);
                $fix(item);
            }
            Op::Truthy(v)
            | Op::ListTruthy(v)
            | Op::Not(v)
            | Op::BoxBool(v)
            | Op::Unpack(v)
            | Op::GetIter(v)
            | Op::IterNext(v)
            | Op::IsDone(v)
            | Op::IterNextUnpack(v)
            | Op::Str(v)
            | Op::Repr(v)
            | Op::Ascii(v)
            | Op::HandlerEnter(v)
            | Op::HandlerExit(v)
            | Op::RestoreException(v)
            | Op::WideSumTotal(v) => $fix(v),
            Op::WideSumAdd { acc, item, .. } => {
                $fix(acc);
                $fix(item);
            }
            Op::GetItem { obj, key }
            | Op::DelItem { obj, key }
            | Op::ListGetItem { list: obj, key } => {
                $fix(obj);
                $fix(key);
            }
            Op::SetItem { obj, key, value }
            | Op::ListSetItem {
                list: obj,
                key,
                value,
            } => {
                $fix(obj);
                $fix(key);
                $fix(value);
            }
            Op::GetAttr { obj, .. } => $fix(obj),
            Op::ModuleAttr { module, from, .. } => {
                $fix(module);
                if let Some(from) = from {
                    $fix(from);
                }
            }
            Op::SetAttr { obj, value, .. } => {
                $fix(obj);
                $fix(value);
            }
            Op::DelAttr { obj, .. } => $fix(obj),
            Op::BuildSlice { start, stop, step } => {
                $fix(start);
                $fix(stop);
                $fix(step);
            }
            Op::BuildList(items)
            | Op::BuildTuple(items)
            | Op::BuildSet(items)
            | Op::ConcatStr(items) => {
                for v in items {
                    $fix(v);
                }
            }
            Op::BuildDict(pairs) => {
                for (k, v) in pairs {
                    $fix(k);
                    $fix(v);
                }
            }
            Op::ListAppend { list, item } => {
                $fix(list);
                $fix(item);
            }
            Op::Format { value, spec } => {
                $fix(value);
                $fix(spec);
            }
            Op::Call { callee, args, .. } => {
                $fix(callee);
                {
                    for v in args {
                        $fix(v);
                    }
                };
            }
            Op::CallMethod { obj, args, .. } => {
                $fix(obj);
                {
                    for v in args {
                        $fix(v);
                    }
                };
            }
            Op::CallDirect { args, .. } => {
                for v in args {
                    $fix(v);
                }
            }
            Op::MakeFunction { defaults, .. } => $fix(defaults),
            Op::MakeGenerator { args, .. } => {
                for v in args {
                    $fix(v);
                }
            }
            Op::CloseIter(v) => $fix(v),
            Op::ResumeValue => {}
            Op::LoadCell { cell, .. } | Op::DelCell { cell, .. } => $fix(cell),
            Op::StoreCell { cell, value } => {
                $fix(cell);
                $fix(value);
            }
            Op::MakeClosure {
                defaults, closure, ..
            } => {
                $fix(defaults);
                $fix(closure);
            }
            Op::ListExtend {
                list: target,
                iterable: source,
                callee,
            }
            | Op::DictMerge {
                dict: target,
                mapping: source,
                callee,
            } => {
                $fix(target);
                $fix(source);
                if let Some(callee) = callee {
                    $fix(callee);
                }
            }
            Op::SetAdd { set, item }
            | Op::SetContains { set, item }
            | Op::SetDiscard { set, item } => {
                $fix(set);
                $fix(item);
            }
            Op::DictGet { dict, key, default } => {
                $fix(dict);
                $fix(key);
                if let Some(default) = default {
                    $fix(default);
                }
            }
            Op::CallEx {
                callee,
                args,
                kwargs,
            } => {
                $fix(callee);
                $fix(args);
                if let Some(kwargs) = kwargs {
                    $fix(kwargs);
                }
            }
            Op::UnpackEx { value, .. } => $fix(value),
            Op::BoxFloat(v) | Op::UnboxFloat(v) | Op::IntToFloat(v) => $fix(v),
            Op::CheckKind { value, .. } => $fix(value),
            Op::LoadField { obj, .. } => $fix(obj),
            Op::StoreField { obj, value, .. } => {
                $fix(obj);
                $fix(value);
            }
            Op::NumCall { args, .. } | Op::Exact { args, .. } => {
                for arg in args {
                    $fix(arg);
                }
            }
            Op::ExceptionMatches { exc, kind } => {
                $fix(exc);
                $fix(kind);
            }
            Op::MatchClass { subject, cls, .. } => {
                $fix(subject);
                $fix(cls);
            }
            Op::SmallInt(_)
            | Op::Const(_)
            | Op::None
            | Op::True
            | Op::False
            | Op::Builtin(_)
            | Op::LoadLocal { .. }
            | Op::DelLocal(_)
            | Op::LoadGlobal(_)
            | Op::DelGlobal(_)
            | Op::ImportNative(_)
            | Op::ImportModule(_)
            | Op::MakeCell
            | Op::Float(_)
            | Op::RecursionCheck { .. }
            | Op::TypeCallCheck { .. }
            | Op::WideSumNew
            | Op::FetchException => {}
        }
    };
}

/// Calls `$fix` on every operand of `$term` (a `&Terminator` or `&mut Terminator`).
macro_rules! visit_term_operands {
    ($term:expr, $fix:ident) => {
        match $term {
            Terminator::Branch { cond, .. } => $fix(cond),
            Terminator::Return(value) | Terminator::Yield { value, .. } => $fix(value),
            Terminator::Raise { exc, cause } => {
                $fix(exc);
                if let Some(cause) = cause {
                    $fix(cause);
                }
            }
            Terminator::AssertFail(Some(message)) => $fix(message),
            Terminator::AssertFail(None)
            | Terminator::Jump(_)
            | Terminator::Reraise
            | Terminator::Propagate
            | Terminator::Unreachable => {}
        }
    };
}

impl Op {
    /// Calls `fix` on each value the instruction reads, in order.
    pub fn for_each_operand(&self, mut fix: impl FnMut(&ValueId)) {
        visit_op_operands!(self, fix)
    }

    /// Calls `fix` on each value the instruction reads, so it can replace it.
    pub fn for_each_operand_mut(&mut self, mut fix: impl FnMut(&mut ValueId)) {
        visit_op_operands!(self, fix)
    }

    /// The values the instruction reads, in order.
    pub fn operands(&self) -> Vec<ValueId> {
        let mut out = Vec::new();
        self.for_each_operand(|v| out.push(*v));
        out
    }
}

impl Terminator {
    /// Calls `fix` on each value the terminator reads, so it can replace it.
    pub fn for_each_operand_mut(&mut self, mut fix: impl FnMut(&mut ValueId)) {
        visit_term_operands!(self, fix)
    }

    /// The values the terminator reads.
    pub fn operands(&self) -> Vec<ValueId> {
        let mut out = Vec::new();
        let mut push = |v: &ValueId| out.push(*v);
        visit_term_operands!(self, push);
        out
    }
}
