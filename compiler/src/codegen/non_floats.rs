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
/// returns is never a float. Found as a greatest fixed point, so mutually
/// recursive builders (`make` calling `make`) qualify.
pub(super) fn non_float_returns(program: &tir::Program) -> Vec<bool> {
    let mut returns: Vec<bool> = program
        .functions
        .iter()
        .map(|(_, func)| {
            func.ret == Type::Obj
                && !func.is_generator
                && func.resume.is_none()
                && func.async_kind == AsyncKind::None
        })
        .collect();
    loop {
        let mut changed = false;
        for (func_id, func) in program.functions.iter() {
            if !returns[func_id.index()] {
                continue;
            }
            let values = non_float_values(program, func, &returns);
            let all = func.blocks.iter().all(|(_, block)| match block.term {
                Terminator::Return(value) => values.contains(&value),
                _ => true,
            });
            if !all {
                returns[func_id.index()] = false;
                changed = true;
            }
        }
        if !changed {
            return returns;
        }
    }
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
                Op::CallDirect { func: callee, .. } => callee_qualifies(*callee, returns),
                _ => false,
            };
            if never_float {
                res.insert(result);
            }
        }
    }
    res
}

fn callee_qualifies(callee: FuncId, returns: &[bool]) -> bool {
    returns.get(callee.index()).copied().unwrap_or(false)
}
