//! Guarded direct calls whose guard cannot fail.
//!
//! In a program that calls `setattr`/`delattr` with a name computed at run
//! time anywhere (the standard library's `enum`, `typing` and
//! `dataclasses` do), lowering guards every direct call of a module-level
//! function: `f is f$def` (the global still holds the function its `def`
//! made) picks the direct call, else the generic one (`lower/calls.rs`).
//! The generic branch's `obj` result then joins the call's result, so the
//! function's return kind is lost at every call site. When no such call
//! can reach a module object (`globals::module_setattr_possible`: the
//! receivers inference tracks), nothing but the visible stores the direct
//! call already requires can rebind `f`, so the guard always holds: the
//! branch becomes a jump to the direct call and the generic block is
//! dropped before inference.

use crate::tir::{self, Op, Terminator};

/// Fold the `f is f$def` guards of `program` when they cannot fail.
pub fn fold(program: &mut tir::Program) {
    if super::globals::module_setattr_possible(program) {
        return;
    }
    let writes = super::globals::ModuleWrites::scan_whole(program);
    let reads_slot: Vec<std::collections::HashSet<tir::ValueId>> = program
        .functions
        .items
        .iter()
        .map(|func| {
            let defs = super::solve::definitions(func);
            func.blocks
                .items
                .iter()
                .flat_map(|b| &b.insts)
                .filter(|inst| {
                    matches!(&inst.op, Op::ModuleAttr { module, global, .. }
                        if writes.reads_slot(program, &defs, *module, *global))
                })
                .flat_map(|inst| inst.results.iter().copied())
                .collect()
        })
        .collect();
    let globals = &program.globals;
    for (func, reads_slot) in program.functions.items.iter_mut().zip(&reads_slot) {
        let defs = super::solve::definitions(func);
        let folds: Vec<_> = func
            .blocks
            .items
            .iter()
            .enumerate()
            .filter_map(|(at, block)| {
                let Terminator::Branch {
                    cond,
                    then_block,
                    else_block,
                } = block.term
                else {
                    return None;
                };
                let Some(Op::Is { lhs, rhs }) = defs[cond.index()] else {
                    return None;
                };
                // The current value: the global's load, or its slot read
                // through its module (`m.f(...)`, `lower/imported.rs`).
                let current = match defs[lhs.index()] {
                    Some(Op::LoadGlobal(current)) => current,
                    Some(Op::ModuleAttr { global, .. }) if reads_slot.contains(lhs) => global,
                    _ => return None,
                };
                let Some(Op::LoadGlobal(made)) = defs[rhs.index()] else {
                    return None;
                };
                // A global named like a builtin holds the builtin until
                // its `def` ran: that guard can fail.
                let name = &globals[*current].name;
                let guard = format!("{name}$def");
                (globals[*made].name == guard && typhon_abi::builtin_index(name).is_none())
                    .then_some((at, cond, then_block, else_block))
            })
            .collect();
        // The test itself becomes a constant, so the loads of `f` and
        // `f$def` stay unused, as the hidden-originals scan expects of a
        // function object nothing reaches (`instances::functions`).
        let conds: Vec<_> = folds.iter().map(|(_, cond, ..)| *cond).collect();
        for inst in func.blocks.items.iter_mut().flat_map(|b| &mut b.insts) {
            if inst.results.iter().any(|r| conds.contains(r)) {
                inst.op = Op::True;
            }
        }
        for (at, _, then_block, else_block) in folds {
            func.blocks.items[at].term = Terminator::Jump(then_block);
            let generic = &mut func.blocks[else_block];
            generic.insts.clear();
            generic.term = Terminator::Unreachable;
        }
    }
}
