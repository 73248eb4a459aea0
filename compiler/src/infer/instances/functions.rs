//! Module-level functions whose function object nothing can reach.
//!
//! A `def` at module level makes a function object and binds it to a
//! global; calls of that global by name are `CallDirect`s, and once
//! `specialise` gave the function a typed copy, only other originals call
//! the original directly. When the function object is used by nothing but
//! its one global (and the `__module__` store on it), no load of that
//! global is used, no string or dynamic attribute load names it
//! (`getattr(m, "f")`, `m.f` on what may not be `m`), and no reflective
//! door exists (discovery failed otherwise), the original's generic entry
//! can never run. `from m import f` and `m.f` read the global's slot
//! (`Op::ModuleAttr`): a read used only for a direct call is unused, and
//! one stored into another global (`from m import f`) hands the function
//! to that global, whose loads and names then count as the function's.
//! A guarded direct call (a program whose `setattr` may rebind globals)
//! loads the global only to compare it with the `def`'s own
//! function and to call it where they differ: such a load reaches the
//! original never. Such an original is left out of the fixed point as long as
//! no function the fixed point analyses calls it directly, so its `obj`
//! parameters do not widen the attribute kinds of the instances and the
//! element kinds of the containers it receives; `--infer=checked` traps
//! at its entry.

use std::collections::{HashMap, HashSet};

use crate::tir::{self, FuncId, GlobalId, Op, Terminator, ValueId};

/// The originals found, with what decides whether one is still reached.
#[derive(Debug, Default)]
pub struct Hidden {
    /// Candidate originals, with the names of their global (and of the
    /// globals `from m import f` copies it into).
    names: HashMap<FuncId, Vec<String>>,
    /// The functions each candidate calls directly.
    callees: HashMap<FuncId, Vec<FuncId>>,
    /// Candidates some non-candidate calls directly.
    called_outside: HashSet<FuncId>,
}

impl Hidden {
    /// Scan `program` (after `specialise`).
    pub fn scan(program: &tir::Program, dynamic: &super::reflective::NameSet) -> Hidden {
        let mut stores: HashMap<GlobalId, usize> = HashMap::new();
        let mut used_loads: HashSet<GlobalId> = HashSet::new();
        // `from m import f` stores `m.f` into another global: a use of
        // that global is a use of `m.f`.
        let mut forwards: Vec<(GlobalId, GlobalId)> = Vec::new();
        for func in &program.functions.items {
            let uses = func.use_counts();
            let guarded = guarded_loads(program, func, &uses);
            let forwarded = forwarded_reads(func, &uses);
            for block in &func.blocks.items {
                for inst in &block.insts {
                    let used = inst
                        .results
                        .iter()
                        .any(|r| uses[r.index()] > 0 && !guarded.contains(r));
                    match &inst.op {
                        Op::StoreGlobal { global, .. } | Op::DelGlobal(global) => {
                            *stores.entry(*global).or_default() += 1;
                        }
                        Op::LoadGlobal(global) if used => {
                            used_loads.insert(*global);
                        }
                        Op::ModuleAttr { global, .. } => match forwarded.get(&inst.results[0]) {
                            Some(to) => forwards.push((*global, *to)),
                            None if used => {
                                used_loads.insert(*global);
                            }
                            None => {}
                        },
                        _ => {}
                    }
                }
            }
        }
        // Each global's names: its own and those of the globals it is
        // forwarded to, which a dynamic load may name as well.
        let mut aliases: HashMap<GlobalId, HashSet<GlobalId>> = HashMap::new();
        loop {
            let before = (
                used_loads.len(),
                aliases.values().map(HashSet::len).sum::<usize>(),
            );
            for (from, to) in &forwards {
                if used_loads.contains(to) || stores.get(to) != Some(&1) {
                    used_loads.insert(*from);
                }
                let mut reached: HashSet<GlobalId> = aliases.get(to).cloned().unwrap_or_default();
                reached.insert(*to);
                aliases.entry(*from).or_default().extend(reached);
            }
            let after = (
                used_loads.len(),
                aliases.values().map(HashSet::len).sum::<usize>(),
            );
            if after == before {
                break;
            }
        }
        let names_of = |global: GlobalId| -> Vec<String> {
            let mut names = vec![program.globals[global].name.clone()];
            for alias in aliases.get(&global).into_iter().flatten() {
                names.push(program.globals[*alias].name.clone());
            }
            names
        };
        let mut names = HashMap::new();
        for module in &program.modules.items {
            let init = &program.functions[module.init];
            let uses = init.use_counts();
            let mut made: HashMap<ValueId, FuncId> = HashMap::new();
            let mut kept: HashMap<ValueId, usize> = HashMap::new();
            let mut bound: HashMap<ValueId, GlobalId> = HashMap::new();
            for block in &init.blocks.items {
                for inst in &block.insts {
                    match &inst.op {
                        Op::MakeFunction { func, .. } => {
                            made.insert(inst.results[0], *func);
                        }
                        // Naming the function object is harmless.
                        Op::SetAttr { obj, value, .. } if obj != value => {
                            *kept.entry(*obj).or_default() += 1;
                        }
                        // The guard's copy of the function (`name$def`).
                        Op::StoreGlobal { global, value }
                            if program.globals[*global].name.ends_with("$def") =>
                        {
                            *kept.entry(*value).or_default() += 1;
                        }
                        Op::StoreGlobal { global, value } => {
                            *kept.entry(*value).or_default() += 1;
                            if bound.insert(*value, *global).is_some() {
                                bound.insert(*value, GlobalId(u32::MAX));
                            }
                        }
                        _ => {}
                    }
                }
            }
            for (value, func) in made {
                let Some(global) = bound.get(&value).copied() else {
                    continue;
                };
                let hidden = global.0 != u32::MAX
                    && kept.get(&value).copied() == Some(uses[value.index()])
                    && stores.get(&global) == Some(&1)
                    && !used_loads.contains(&global)
                    && !names_of(global).iter().any(|name| dynamic.contains(name))
                    && program.functions[func].generic.is_some();
                if hidden {
                    names.insert(func, names_of(global));
                }
            }
        }
        let mut callees: HashMap<FuncId, Vec<FuncId>> = HashMap::new();
        let mut called_outside = HashSet::new();
        for (id, func) in program.functions.iter() {
            for callee in crate::infer::solve::direct_callees(func) {
                if !names.contains_key(&callee) {
                    continue;
                }
                if names.contains_key(&id) {
                    callees.entry(id).or_default().push(callee);
                } else {
                    called_outside.insert(callee);
                }
            }
        }
        Hidden {
            names,
            callees,
            called_outside,
        }
    }

    /// Whether `id` is a candidate at all.
    pub fn contains(&self, id: FuncId) -> bool {
        self.names.contains_key(&id)
    }

    /// The candidates something may still enter, given the attribute
    /// names loaded dynamically so far.
    pub fn reached(&self, dynamic: &super::reflective::NameSet) -> HashSet<FuncId> {
        let mut reached: HashSet<FuncId> = self
            .names
            .iter()
            .filter(|(id, names)| {
                self.called_outside.contains(id) || names.iter().any(|n| dynamic.contains(n))
            })
            .map(|(id, _)| *id)
            .collect();
        let mut work: Vec<FuncId> = reached.iter().copied().collect();
        while let Some(id) = work.pop() {
            for callee in self.callees.get(&id).into_iter().flatten() {
                if reached.insert(*callee) {
                    work.push(*callee);
                }
            }
        }
        reached
    }
}

/// The values of `func` used once, by a store into a global: that global.
fn forwarded_reads(func: &tir::Function, uses: &[usize]) -> HashMap<ValueId, GlobalId> {
    func.blocks
        .items
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|inst| match &inst.op {
            Op::StoreGlobal { global, value } if uses[value.index()] == 1 => {
                Some((*value, *global))
            }
            _ => None,
        })
        .collect()
}

/// The loads of a global that only a guarded direct call uses
/// (`lower::calls`' `guarded_direct_call`): compared with the load of its
/// `name$def` global, which holds the function the `def` made, and
/// called generically only in the branch where the two differ, so they
/// never call that function.
fn guarded_loads(program: &tir::Program, func: &tir::Function, uses: &[usize]) -> HashSet<ValueId> {
    let defs = crate::infer::solve::definitions(func);
    let global_of = |v: ValueId| match defs[v.index()] {
        Some(Op::LoadGlobal(global)) => Some(&program.globals[*global].name),
        _ => None,
    };
    let mut guarded = HashSet::new();
    for block in &func.blocks.items {
        let Terminator::Branch {
            cond, else_block, ..
        } = &block.term
        else {
            continue;
        };
        let Some(Op::Is { lhs, rhs }) = defs[cond.index()] else {
            continue;
        };
        let (Some(name), Some(made)) = (global_of(*lhs), global_of(*rhs)) else {
            continue;
        };
        if made.strip_suffix("$def") != Some(name.as_str()) {
            continue;
        }
        let calls = func.blocks[*else_block]
            .insts
            .iter()
            .filter(|inst| {
                matches!(&inst.op, Op::Call { callee, args, .. }
                    if callee == lhs && !args.contains(lhs))
            })
            .count();
        if uses[lhs.index()] == 1 + calls {
            guarded.insert(*lhs);
        }
    }
    guarded
}
