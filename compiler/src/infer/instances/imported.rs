//! Classes and globals read from the module that defines them
//! (`tir::Op::ModuleAttr`: `from m import C`, `m.C`, `m.f`), which the
//! instance model follows like loads of the global by name when the
//! receiver is provably that module.

use std::collections::{HashMap, HashSet};

use super::discover::Discovery;
use super::{ClassId, Model, State};
use crate::infer::kind::Kind;
use crate::tir::{self, GlobalId, Op, ValueId};

impl Discovery {
    /// The typed class `op` reads: the global of one, or of an alias of
    /// one, loaded by name or read from its module's slot.
    pub fn class_read(
        &self,
        program: &tir::Program,
        defs: &[Option<&Op>],
        op: &Op,
    ) -> Option<ClassId> {
        let global = match op {
            Op::LoadGlobal(global) => *global,
            Op::ModuleAttr { module, global, .. }
                if self.reads_slot(program, defs, *module, *global) =>
            {
                *global
            }
            _ => return None,
        };
        self.class_of_global(global)
    }

    /// The typed class global `global` holds (its own, or an alias's).
    pub fn class_of_global(&self, global: GlobalId) -> Option<ClassId> {
        if let Some(c) = self.aliases.get(&global) {
            return Some(*c);
        }
        self.classes
            .iter()
            .position(|c| c.global == global)
            .map(|c| c as ClassId)
    }

    /// Whether `module.<global>` (`tir::Op::ModuleAttr`) reads its slot:
    /// the receiver is the module defining `global`, by an `import` or a
    /// global only ever bound to that module.
    pub fn reads_slot(
        &self,
        program: &tir::Program,
        defs: &[Option<&Op>],
        module: ValueId,
        global: GlobalId,
    ) -> bool {
        crate::infer::globals::slot_receiver(program, defs, module, global, |g| {
            self.module_holders.get(&g).copied()
        })
    }
}

/// The globals bound once, by nothing but one `from m import C` (or
/// another read of `C` from its module's slot) of a typed class or of an
/// alias of one.
pub(super) fn class_aliases(
    program: &tir::Program,
    stores: &HashMap<GlobalId, usize>,
    written: &HashSet<GlobalId>,
    found: &mut Discovery,
) {
    let mut new = Vec::new();
    for func in &program.functions.items {
        let defs = crate::infer::solve::definitions(func);
        for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
            let Op::StoreGlobal { global, value } = &inst.op else {
                continue;
            };
            let Some(op @ Op::ModuleAttr { .. }) = defs[value.index()] else {
                continue;
            };
            // A global named like a builtin reads the builtin while unbound.
            if found.class_of_global(*global).is_some()
                || stores.get(global) != Some(&1)
                || written.contains(global)
                || typhon_abi::builtin_index(&program.globals[*global].name).is_some()
            {
                continue;
            }
            if let Some(c) = found.class_read(program, &defs, op) {
                new.push((*global, c));
            }
        }
    }
    for (global, c) in new {
        found.aliases.insert(global, c);
        found
            .alias_names
            .push((c, program.globals[global].name.clone()));
    }
}

impl Model {
    /// Whether the class object of `c` may be used where inference does
    /// not follow it: passed around, or reached by name through a module
    /// (`m.C`, `from m import C`).
    pub(super) fn class_escaped(&self, state: &State, c: ClassId) -> bool {
        let aliases = self.found.alias_names.iter().filter(|(a, _)| *a == c);
        let mut names =
            std::iter::once(self.class_name(c)).chain(aliases.map(|(_, name)| name.as_str()));
        state.escaped.contains(&c)
            || names.any(|name| self.found.dynamic.contains(name) || state.untyped.contains(name))
            || (state.class_read_any && self.inst_escaped_itself(c))
    }

    /// A module attribute read whose receiver may be another object is a
    /// load of that name on an `obj` receiver; one known to read the slot
    /// passes the global's value on with its kind.
    pub(super) fn observe_module_attr(
        &self,
        state: &mut State,
        program: &tir::Program,
        defs: &[Option<&Op>],
        op: &Op,
        k: &dyn Fn(ValueId) -> Kind,
    ) {
        if let Op::ModuleAttr { module, global, .. } = op
            && k(*module) != Kind::Bottom
            && !self.found.reads_slot(program, defs, *module, *global)
        {
            let name = &program.globals[*global].name;
            let grew = state.untyped.insert(name.clone()) | state.dynamic.insert(name.clone());
            state.changed |= grew;
        }
    }
}
