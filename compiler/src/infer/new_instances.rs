//! Class calls that allocate in line: `instances::apply` turned `C(args)`
//! for a plain class into a `$new_instance(C)` call (then a direct call of
//! `__init__`'s copy); once `fields` has fixed `C`'s layout, the size of
//! the instance is known at compile time, so the call becomes
//! `Op::NewInstance`, which generated code serves from the collector's
//! free lists like a boxed float (`codegen::alloc`).
//!
//! Only classes with a fixed layout qualify: their runtime layout starts
//! with exactly those names (`$seed_layout` runs before any instance
//! exists) and only grows, so an instance with that many slots is one the
//! runtime could have made (an instance with fewer slots than its class's
//! layout moves extra attributes out of line, as any older instance does).

use std::collections::{HashMap, HashSet};

use super::instances::ClassId;
use super::kind::Kind;
use super::solve::Facts;
use crate::tir::{self, Op, ValueId};

/// Rewrite the `$new_instance` calls of classes in `slots` (class to the
/// number of names of its fixed layout).
pub fn rewrite(program: &mut tir::Program, facts: &[Facts], slots: &HashMap<ClassId, u32>) {
    let Some(new_instance) = typhon_abi::builtin_index("$new_instance") else {
        return;
    };
    for (idx, func) in program.functions.items.iter_mut().enumerate() {
        let kinds = &facts[idx].values;
        let mut rewritten: HashSet<ValueId> = HashSet::new();
        for block in func.blocks.items.iter_mut() {
            // The `$new_instance` values `apply` made: each is used by its
            // one call, right after it.
            let mut callees: Vec<ValueId> = Vec::new();
            for inst in block.insts.iter_mut() {
                match &inst.op {
                    Op::Builtin(index) if *index as usize == new_instance => {
                        callees.extend(inst.results.iter().copied());
                    }
                    Op::Call {
                        callee,
                        args,
                        kwnames: None,
                    } if callees.contains(callee) && args.len() == 1 => {
                        let [object] = inst.results[..] else {
                            continue;
                        };
                        let Some(Kind::Inst(c)) = kinds.get(object.index()) else {
                            continue;
                        };
                        let Some(&n) = slots.get(c) else {
                            continue;
                        };
                        rewritten.insert(*callee);
                        inst.op = Op::NewInstance {
                            class: args[0],
                            slots: n,
                            depth: 1,
                        };
                    }
                    _ => {}
                }
            }
        }
        if rewritten.is_empty() {
            continue;
        }
        // A `$new_instance` value no call uses any more is dropped.
        let used: HashSet<ValueId> = func
            .blocks
            .items
            .iter()
            .flat_map(|block| {
                let insts = block.insts.iter().flat_map(|inst| inst.op.operands());
                insts.chain(block.term.operands())
            })
            .collect();
        for block in func.blocks.items.iter_mut() {
            block.insts.retain(|inst| {
                !(matches!(inst.op, Op::Builtin(_))
                    && inst
                        .results
                        .iter()
                        .all(|r| rewritten.contains(r) && !used.contains(r)))
            });
        }
    }
}
