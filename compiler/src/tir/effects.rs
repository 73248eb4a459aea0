//! What an instruction can do beyond computing its result: leave an
//! exception pending (`Op::can_raise`), or run Python code
//! ([`runs_no_python_code`]: the question both inlining (may an
//! instruction run in its caller's frame?) and the field cache of code
//! generation (does every instance's attribute storage stay where it
//! was?) start from, each adding the instructions only it can allow).

use super::{ExactFn, Function, Op, Type, ValueId};

/// Whether `op` in `func` runs no Python code and does not reach attribute
/// storage through the generic protocol: constants, boxing, typed
/// arithmetic and comparisons (a user method needs an untyped operand),
/// fixed-slot field accesses, and allocations (a collection may run, but
/// it moves nothing and runs no finalizer's Python code here). A list
/// display only allocates; an append to a list runs no method of the item,
/// nor does an exact list's item read or write with an exact int index, or
/// an operation on exact strings and tuples.
pub fn runs_no_python_code(func: &Function, op: &Op) -> bool {
    let typed = |v: &ValueId| func.values[*v] != Type::Obj;
    match op {
        Op::SmallInt(_)
        | Op::Const(_)
        | Op::None
        | Op::True
        | Op::False
        | Op::Float(_)
        | Op::LoadGlobal(_)
        | Op::Is { .. }
        | Op::ClassIs { .. }
        | Op::Not(_)
        | Op::BoxBool(_)
        | Op::BoxFloat(_)
        | Op::UnboxFloat(_)
        | Op::IntToFloat(_)
        | Op::CheckKind { .. }
        | Op::NumCall { .. }
        | Op::LoadField { .. }
        | Op::StoreField { .. }
        | Op::BuildTuple(_)
        | Op::BuildList(_)
        | Op::ListAppend { .. }
        | Op::ListGetItem { .. }
        | Op::ListSetItem { .. }
        | Op::RecursionCheck { .. }
        | Op::NewInstance { .. } => true,
        Op::BinOp { lhs, rhs, .. }
        | Op::InplaceBinOp { lhs, rhs, .. }
        | Op::Compare { lhs, rhs, .. }
        | Op::CompareBool { lhs, rhs, .. } => typed(lhs) && typed(rhs),
        Op::Unary { operand, .. } | Op::Truthy(operand) => typed(operand),
        // `len` may call a user `__len__`; the others work on exact
        // strings and tuples.
        Op::Exact { func, .. } => *func != ExactFn::Len,
        _ => false,
    }
}

impl Op {
    /// Whether the instruction can leave an exception pending.
    pub fn can_raise(&self) -> bool {
        !matches!(
            self,
            Op::SmallInt(_)
                | Op::Const(_)
                | Op::None
                | Op::True
                | Op::False
                | Op::LoadLocal { checked: false, .. }
                | Op::StoreLocal { .. }
                | Op::StoreGlobal { .. }
                | Op::Is { .. }
                | Op::ClassIs { .. }
                | Op::SmallInt2 { .. }
                | Op::Not(_)
                | Op::BoxBool(_)
                | Op::IsDone(_)
                | Op::FetchException
                | Op::HandlerEnter(_)
                | Op::HandlerExit(_)
                | Op::RestoreException(_)
                | Op::CloseIter(_)
                | Op::StoreCell { .. }
                | Op::Float(_)
                | Op::UnboxFloat(_)
                | Op::CheckKind { .. }
                | Op::ListTruthy(_)
                | Op::Exact {
                    func: ExactFn::StrLen | ExactFn::StrEq | ExactFn::StrNe | ExactFn::StrContains,
                    ..
                }
        )
    }
}
