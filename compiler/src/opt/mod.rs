//! Passes on the typed IR, between lowering and code generation.
//!
//! In: a verified [`tir::Program`] from `lower`. Out: the same program,
//! still verified, ready for `codegen`. Passes today: [`bound`]
//! (definite assignment drops needless unbound-local checks; it runs right
//! after lowering) and [`generators`] (generator functions become state
//! machines).

pub mod bound;
pub mod generators;

use crate::tir::{self, ModuleId, Op, ValueId};

/// Run every pass, in order.
pub fn run(program: &mut tir::Program) {
    generators::run(program);
}

/// A function with no body, to be filled in.
fn empty_function(module: ModuleId) -> tir::Function {
    tir::Function {
        name: String::new(),
        symbol: String::new(),
        module,
        params: Vec::new(),
        generic: None,
        locals: tir::IndexVec::new(),
        values: tir::IndexVec::new(),
        blocks: tir::IndexVec::new(),
        line: 0,
        n_free: 0,
        is_module_init: false,
        is_generator: false,
        resume: None,
    }
}

/// Call `fix` on each value an instruction reads.
pub fn for_each_operand_mut(op: &mut Op, mut fix: impl FnMut(&mut ValueId)) {
    match op {
        Op::StoreLocal { value, .. } | Op::StoreGlobal { value, .. } => fix(value),
        Op::BinOp { lhs, rhs, .. }
        | Op::InplaceBinOp { lhs, rhs, .. }
        | Op::Compare { lhs, rhs, .. }
        | Op::CompareBool { lhs, rhs, .. }
        | Op::Is { lhs, rhs } => {
            fix(lhs);
            fix(rhs);
        }
        Op::Unary { operand, .. } => fix(operand),
        Op::Contains { container, item } => {
            fix(container);
            fix(item);
        }
        Op::Truthy(v)
        | Op::Not(v)
        | Op::BoxBool(v)
        | Op::Unpack(v)
        | Op::GetIter(v)
        | Op::IterNext(v)
        | Op::IsDone(v)
        | Op::Str(v)
        | Op::Repr(v)
        | Op::Ascii(v)
        | Op::HandlerEnter(v)
        | Op::HandlerExit(v)
        | Op::RestoreException(v) => fix(v),
        Op::GetItem { obj, key } | Op::DelItem { obj, key } => {
            fix(obj);
            fix(key);
        }
        Op::SetItem { obj, key, value } => {
            fix(obj);
            fix(key);
            fix(value);
        }
        Op::GetAttr { obj, .. } => fix(obj),
        Op::SetAttr { obj, value, .. } => {
            fix(obj);
            fix(value);
        }
        Op::DelAttr { obj, .. } => fix(obj),
        Op::BuildSlice { start, stop, step } => {
            fix(start);
            fix(stop);
            fix(step);
        }
        Op::BuildList(items)
        | Op::BuildTuple(items)
        | Op::BuildSet(items)
        | Op::ConcatStr(items) => items.iter_mut().for_each(&mut fix),
        Op::BuildDict(pairs) => pairs.iter_mut().for_each(|(k, v)| {
            fix(k);
            fix(v);
        }),
        Op::ListAppend { list, item } => {
            fix(list);
            fix(item);
        }
        Op::Format { value, spec } => {
            fix(value);
            fix(spec);
        }
        Op::Call { callee, args, .. } => {
            fix(callee);
            args.iter_mut().for_each(&mut fix);
        }
        Op::CallMethod { obj, args, .. } => {
            fix(obj);
            args.iter_mut().for_each(&mut fix);
        }
        Op::CallDirect { args, .. } => args.iter_mut().for_each(&mut fix),
        Op::MakeFunction { defaults, .. } => fix(defaults),
        Op::MakeGenerator { args, .. } => args.iter_mut().for_each(&mut fix),
        Op::CloseIter(v) => fix(v),
        Op::ResumeValue => {}
        Op::LoadCell { cell, .. } | Op::DelCell { cell, .. } => fix(cell),
        Op::StoreCell { cell, value } => {
            fix(cell);
            fix(value);
        }
        Op::MakeClosure {
            defaults, closure, ..
        } => {
            fix(defaults);
            fix(closure);
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
            fix(target);
            fix(source);
            callee.iter_mut().for_each(&mut fix);
        }
        Op::SetAdd { set, item } => {
            fix(set);
            fix(item);
        }
        Op::CallEx {
            callee,
            args,
            kwargs,
        } => {
            fix(callee);
            fix(args);
            kwargs.iter_mut().for_each(&mut fix);
        }
        Op::UnpackEx { value, .. } => fix(value),
        Op::ExceptionMatches { exc, kind } => {
            fix(exc);
            fix(kind);
        }
        Op::MatchClass { subject, cls, .. } => {
            fix(subject);
            fix(cls);
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
        | Op::FetchException => {}
    }
}
