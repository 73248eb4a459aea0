//! Closure cells as parameters: a closure's generic entry passes the cells
//! of its function object as its leading `n_free` parameters, and the only
//! thing that puts cells in a function object is the `MakeClosure` that
//! made it (`__closure__` is read-only and its cells' `cell_contents`
//! cannot be assigned). So those parameters get the join of the cells
//! every `MakeClosure` of the function puts in its closure tuple, instead
//! of `obj`, and a cell stays one container class shared by the function
//! that made it and the closures using it: its kind is the join of every
//! store into it, in any of them.

use super::kind::Kind;
use crate::tir::{self, Op, ValueId};

/// How many leading parameters of `func` are cells a `MakeClosure` gives
/// it (through its generic entry).
pub fn closure_cells(func: &tir::Function) -> usize {
    match func.generic {
        Some(_) if !func.is_module_init && func.resume.is_none() => func.n_free,
        _ => 0,
    }
}

/// The items of the closure tuple `closure`, when it is a tuple display
/// (the lowering builds it from the cells).
pub fn closure_tuple<'a>(defs: &[Option<&'a Op>], closure: ValueId) -> Option<&'a [ValueId]> {
    match defs[closure.index()] {
        Some(Op::BuildTuple(items)) => Some(items),
        _ => None,
    }
}

/// The kinds `make` (a `MakeClosure`) gives the cell parameters of its
/// function: the kinds of the closure tuple's items, or `obj` for each
/// when the tuple is not a display.
pub fn closure_args(
    program: &tir::Program,
    defs: &[Option<&Op>],
    make: &Op,
    k: &dyn Fn(ValueId) -> Kind,
) -> Vec<Kind> {
    let Op::MakeClosure { func, closure, .. } = make else {
        return Vec::new();
    };
    let n = closure_cells(&program.functions[*func]);
    match closure_tuple(defs, *closure) {
        Some(items) if items.len() == n => items.iter().map(|v| k(*v)).collect(),
        _ => vec![Kind::Obj; n],
    }
}
