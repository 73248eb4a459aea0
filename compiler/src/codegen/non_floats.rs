//! Values of `obj` representation that can never be an exact `float`:
//! `None`, booleans, small ints, non-float constants, new displays and
//! instances, and the results of direct calls to functions that only ever
//! return such values. A list display takes float storage when its first
//! item is a float (`ty_build_list` decides), so a display whose first
//! item is one of these skips the in-line test of that item's type word:
//! the nodes of a tree of lists (`[None, None]`, `[make(d), make(d)]`)
//! are built without it.

use std::collections::HashSet;

use crate::tir::{self, AsyncKind, Const, FuncId, Op, Terminator, Type, ValueId};

/// Per function of the program (by `FuncId` index): whether every value it
/// returns is never a float. Each function is read once, for the direct
/// callees whose results it returns; the greatest fixed point over those
/// lists lets mutually recursive builders (`make` calling `make`) qualify.
pub(super) fn non_float_returns(program: &tir::Program) -> Vec<bool> {
    let summaries: Vec<Option<Vec<FuncId>>> = program
        .functions
        .iter()
        .map(|(_, func)| returned_callees(program, func))
        .collect();
    let mut returns: Vec<bool> = summaries.iter().map(Option::is_some).collect();
    loop {
        let mut changed = false;
        for (idx, summary) in summaries.iter().enumerate() {
            if !returns[idx] {
                continue;
            }
            let callees = summary.as_deref().unwrap_or_default();
            if !callees
                .iter()
                .all(|callee| callee_qualifies(*callee, &returns))
            {
                returns[idx] = false;
                changed = true;
            }
        }
        if !changed {
            return returns;
        }
    }
}

/// The direct callees whose results `func` returns, when every other value
/// it returns is never a float; `None` when some returned value may be one
/// (or the function returns through a generator or a typed result).
fn returned_callees(program: &tir::Program, func: &tir::Function) -> Option<Vec<FuncId>> {
    if func.ret != Type::Obj
        || func.is_generator
        || func.resume.is_some()
        || func.async_kind != AsyncKind::None
    {
        return None;
    }
    let mut returned = HashSet::new();
    for (_, block) in func.blocks.iter() {
        if let Terminator::Return(value) = block.term {
            returned.insert(value);
        }
    }
    let mut callees = Vec::new();
    let mut proven = 0;
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            let [result] = inst.results[..] else {
                continue;
            };
            if !returned.contains(&result) {
                continue;
            }
            match &inst.op {
                Op::CallDirect { func: callee, .. } if func.values[result] == Type::Obj => {
                    callees.push(*callee);
                    proven += 1;
                }
                op if func.values[result] == Type::Obj && never_float_op(program, op) => {
                    proven += 1;
                }
                _ => return None,
            }
        }
    }
    // A returned value defined by no instruction (a block parameter, if
    // any) is not proven.
    (proven == returned.len()).then_some(callees)
}

/// The values of `func` that are never an exact float (see the module
/// doc), given which functions' results never are.
pub(super) fn non_float_values(
    program: &tir::Program,
    func: &tir::Function,
    returns: &[bool],
) -> HashSet<ValueId> {
    let mut res = HashSet::new();
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            let [result] = inst.results[..] else {
                continue;
            };
            if func.values[result] != Type::Obj {
                continue;
            }
            let never_float = match &inst.op {
                Op::CallDirect { func: callee, .. } => callee_qualifies(*callee, returns),
                op => never_float_op(program, op),
            };
            if never_float {
                res.insert(result);
            }
        }
    }
    res
}

/// Whether `op`'s result, of `obj` representation, is never an exact float
/// whatever its operands.
fn never_float_op(program: &tir::Program, op: &Op) -> bool {
    match op {
        Op::None
        | Op::True
        | Op::False
        | Op::SmallInt(_)
        | Op::BuildList(_)
        | Op::BuildTuple(_)
        | Op::BuildSet(_)
        | Op::BuildDict(_)
        | Op::NewInstance { .. } => true,
        Op::Const(id) => !matches!(program.consts[*id], Const::Float(_)),
        _ => false,
    }
}

fn callee_qualifies(callee: FuncId, returns: &[bool]) -> bool {
    returns.get(callee.index()).copied().unwrap_or(false)
}
