//! Which instructions can run no Python code: the question both inlining
//! (may an instruction run in its caller's frame?) and the field cache of
//! code generation (does every instance's attribute storage stay where it
//! was?) start from, each adding the instructions only it can allow.

use super::{Function, Op, Type, ValueId};

/// Whether `op` in `func` runs no Python code and does not reach attribute
/// storage through the generic protocol: constants, boxing, typed
/// arithmetic and comparisons (a user method needs an untyped operand),
/// fixed-slot field accesses, and allocations (a collection may run, but
/// it moves nothing and runs no finalizer's Python code here). A list
/// display only allocates; an append to a list runs no method of the item.
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
        | Op::RecursionCheck { .. }
        | Op::NewInstance { .. } => true,
        Op::BinOp { lhs, rhs, .. }
        | Op::InplaceBinOp { lhs, rhs, .. }
        | Op::Compare { lhs, rhs, .. }
        | Op::CompareBool { lhs, rhs, .. } => typed(lhs) && typed(rhs),
        Op::Unary { operand, .. } | Op::Truthy(operand) => typed(operand),
        _ => false,
    }
}
