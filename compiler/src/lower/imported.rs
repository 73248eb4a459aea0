//! Names one module imports from another, known before any body is
//! lowered: which globals hold a user module (`import m`, `import a.b as
//! n`, `from pkg import sub`), and which are another module's function
//! (`from m import f`), so `m.X` reads the global `X` of `m` by its slot
//! and `f(...)` / `m.f(...)` call `m`'s function directly, as a call of a
//! function of the same module does.
//!
//! A read through a module-holding global is exact whatever the global
//! holds: `tir::Op::ModuleAttr` checks at run time that its receiver is
//! the module and falls back to the generic read. A direct call needs the
//! name to hold the function on every path, so the global must be bound
//! by that one `import` statement only (as a `def` must for a direct call
//! of its own module's function): no other module-level binding, no
//! `global` assignment in a function, no attribute store of that name on
//! any object (a module's attributes are its globals). A program that may
//! rebind any global through `setattr` with a computed name gets guarded
//! calls (`calls.rs`), compared with the function the `def` made.

use std::collections::HashMap;

use super::Lowerer;
use crate::resolve::{self, ModuleRef};
use crate::syntax::ast;

/// A global some `import` binds to a user module.
#[derive(Clone, Copy, Debug)]
pub struct ModuleAlias {
    /// The module (an index into the resolved modules).
    pub module: usize,
    /// The global holds that module whenever it is bound.
    pub fixed: bool,
}

impl Lowerer<'_> {
    /// Find the module-holding globals and the imported functions of every
    /// module (after `declare_modules` found each module's own).
    pub(super) fn declare_imports(&mut self) {
        let resolved = self.resolved;
        let counts: Vec<HashMap<String, usize>> = resolved
            .modules
            .iter()
            .map(|module| super::binding_counts(&module.body))
            .collect();
        // A name bound only by that one `import` (a name like a builtin's
        // reads the builtin until the `import` ran).
        let bound_once = |this: &Self, module: usize, name: &str| {
            counts[module].get(name) == Some(&1)
                && !this.assigned_attributes.contains(name)
                && typhon_abi::builtin_index(name).is_none()
        };
        for (idx, module) in resolved.modules.iter().enumerate() {
            for stmt in &module.body {
                for (name, target) in module_bindings(resolved, idx, stmt) {
                    let fixed = bound_once(self, idx, &name);
                    self.module_aliases.insert(
                        (idx, name),
                        ModuleAlias {
                            module: target,
                            fixed,
                        },
                    );
                }
            }
        }
        // `from m import f` of a function `m` itself imported from another
        // module: repeat until no new name is found.
        loop {
            let mut found = Vec::new();
            for (idx, module) in resolved.modules.iter().enumerate() {
                for stmt in &module.body {
                    let ast::Stmt::ImportFrom(import) = stmt else {
                        continue;
                    };
                    let absolute = super::stmt::absolute_module(resolved, idx, import);
                    let Some(ModuleRef::User(source)) = resolved.lookup(&absolute).cloned() else {
                        continue;
                    };
                    for alias in &import.names {
                        let name = alias.name.to_string();
                        let target = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                        if self.direct.contains_key(&(idx, target.clone()))
                            || resolved.lookup(&format!("{absolute}.{name}")).is_some()
                            || !bound_once(self, idx, &target)
                        {
                            continue;
                        }
                        if let Some(direct) = self.direct.get(&(source, name)) {
                            found.push(((idx, target), direct.clone()));
                        }
                    }
                }
            }
            if found.is_empty() {
                break;
            }
            self.direct.extend(found);
        }
    }

    /// The module-holding global `name` of module `module`, if an
    /// `import` binds it.
    pub fn module_alias(&self, module: usize, name: &str) -> Option<ModuleAlias> {
        self.module_aliases
            .get(&(module, name.to_string()))
            .copied()
    }
}

/// The names a module-level statement binds to user modules, with each
/// one's module.
fn module_bindings(
    resolved: &resolve::Program,
    module: usize,
    stmt: &ast::Stmt,
) -> Vec<(String, usize)> {
    let user = |dotted: &str| match resolved.lookup(dotted) {
        Some(ModuleRef::User(idx)) => Some(*idx),
        _ => None,
    };
    let mut out = Vec::new();
    match stmt {
        ast::Stmt::Import(import) => {
            for alias in &import.names {
                let dotted = alias.name.to_string();
                let (name, target) = match &alias.asname {
                    Some(asname) => (asname.to_string(), user(&dotted)),
                    None => {
                        let top = dotted.split('.').next().unwrap_or_default().to_string();
                        let target = user(&top);
                        (top, target)
                    }
                };
                out.extend(target.map(|t| (name, t)));
            }
        }
        ast::Stmt::ImportFrom(import) => {
            let absolute = super::stmt::absolute_module(resolved, module, import);
            for alias in &import.names {
                let dotted = match absolute.is_empty() {
                    true => alias.name.to_string(),
                    false => format!("{absolute}.{}", alias.name),
                };
                let name = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                out.extend(user(&dotted).map(|t| (name, t)));
            }
        }
        _ => {}
    }
    out
}

impl super::FnBuilder<'_, '_> {
    /// For `m.X` where `m` names a global an `import` binds to a user
    /// module that binds `X`: that binding, and `X`'s global.
    pub(super) fn module_global(
        &mut self,
        attribute: &ast::ExprAttribute,
    ) -> Option<(ModuleAlias, crate::tir::GlobalId)> {
        let ast::Expr::Name(name) = attribute.value.as_ref() else {
            return None;
        };
        let Some(super::builder::NameRef::Global(_)) = self.resolve_name(name.id.as_str()) else {
            return None;
        };
        let alias = self.lw.module_alias(self.module, name.id.as_str())?;
        let attr = attribute.attr.as_str();
        let binds = self.lw.resolved.modules[alias.module]
            .globals
            .iter()
            .any(|g| g == attr);
        binds.then(|| (alias, self.lw.global(alias.module, attr)))
    }
}
