//! Global reads that cannot fail inside the function they bind.
//!
//! A direct call of a module-level function still reads the function's
//! global first, only so that a call before the `def` ran raises
//! `NameError` (`lower/calls.rs`); the value is unused. Inside that
//! function itself (a recursive call) the read cannot fail when the global
//! is bound once and never unbound: the function object is stored in the
//! global by its `def` and is reachable by nothing else before that, and
//! every direct call of the function (or of a copy inference made of it)
//! read the global first. So such unused reads are dropped there, which
//! saves a load and a branch per recursive call.
//!
//! "Bound once and never unbound": exactly one `StoreGlobal` in the whole
//! program, of a `MakeFunction` result used only by that store and by
//! attribute stores on the new function object, no `DelGlobal`, no
//! attribute store or delete of that name on any receiver (a module object
//! can be any `obj`), and no reflective door (`globals()`, `setattr`, ...:
//! `infer::globals::ModuleWrites`). Runs after inference, which makes the
//! copies (same module, qualified name and line as the original).

use std::collections::HashMap;

use crate::infer::globals::ModuleWrites;
use crate::tir::{FuncId, GlobalId, Op, Program, ValueId};

/// Drop the unused reads of their own global from functions bound once.
pub fn drop_own_global_checks(program: &mut Program) {
    let writes = ModuleWrites::scan_whole(program);
    let bound = bound_functions(program);
    let mut own: HashMap<(u32, &str, u32), GlobalId> = HashMap::new();
    for (global, func) in &bound {
        let name = &program.globals[*global].name;
        if !writes.attr_fixed(name) {
            continue;
        }
        let f = &program.functions[*func];
        own.insert((f.module.0, f.name.as_str(), f.line), *global);
    }
    let targets: Vec<(FuncId, GlobalId)> = program
        .functions
        .iter()
        .filter_map(|(id, f)| {
            own.get(&(f.module.0, f.name.as_str(), f.line))
                .map(|global| (id, *global))
        })
        .collect();
    for (func_id, global) in targets {
        let func = &mut program.functions[func_id];
        let mut used = vec![false; func.values.len()];
        for block in &func.blocks.items {
            for inst in &block.insts {
                inst.op.for_each_operand(|v| used[v.index()] = true);
            }
            for v in block.term.operands() {
                used[v.index()] = true;
            }
        }
        for block in func.blocks.items.iter_mut() {
            block.insts.retain(|inst| {
                !(inst.op == Op::LoadGlobal(global)
                    && inst.results.iter().all(|r| !used[r.index()]))
            });
        }
    }
}

/// The globals stored exactly once, by a fresh function object nothing
/// else holds, and never deleted; with the function stored.
fn bound_functions(program: &Program) -> Vec<(GlobalId, FuncId)> {
    let mut stores: HashMap<GlobalId, usize> = HashMap::new();
    let mut deleted: Vec<GlobalId> = Vec::new();
    let mut candidates: Vec<(GlobalId, FuncId)> = Vec::new();
    for func in &program.functions.items {
        let mut made: HashMap<ValueId, FuncId> = HashMap::new();
        let mut uses: HashMap<ValueId, usize> = HashMap::new();
        let mut attr_uses: HashMap<ValueId, usize> = HashMap::new();
        for block in &func.blocks.items {
            for v in block.term.operands() {
                *uses.entry(v).or_default() += 1;
            }
            for inst in &block.insts {
                inst.op
                    .for_each_operand(|v| *uses.entry(*v).or_default() += 1);
                match &inst.op {
                    Op::MakeFunction { func, .. } => {
                        if let Some(result) = inst.results.first() {
                            made.insert(*result, *func);
                        }
                    }
                    Op::SetAttr { obj, value, .. } if obj != value => {
                        *attr_uses.entry(*obj).or_default() += 1;
                    }
                    Op::StoreGlobal { global, .. } => {
                        *stores.entry(*global).or_default() += 1;
                    }
                    Op::DelGlobal(global) => deleted.push(*global),
                    _ => {}
                }
            }
        }
        for block in &func.blocks.items {
            for inst in &block.insts {
                let Op::StoreGlobal { global, value } = &inst.op else {
                    continue;
                };
                let Some(target) = made.get(value) else {
                    continue;
                };
                let others = uses.get(value).copied().unwrap_or(0)
                    - attr_uses.get(value).copied().unwrap_or(0);
                if others == 1 {
                    candidates.push((*global, *target));
                }
            }
        }
    }
    candidates.retain(|(global, _)| stores.get(global) == Some(&1) && !deleted.contains(global));
    candidates
}
