//! The names a module binds, in any of its scopes, to a standard-library
//! module and to some of its functions: `import m [as a]` and `from m
//! import f [as g]`. The compile-time checks of `importlib.import_module`
//! and `timeit` recognise calls by these names.

use std::collections::{HashMap, HashSet};

use crate::syntax::ast;

#[derive(Debug, Default, Clone)]
pub struct ModuleAliases {
    /// Names bound to the module itself.
    pub modules: HashSet<String>,
    /// Names bound to one of the functions asked for, with its own name.
    pub functions: HashMap<String, String>,
}

impl ModuleAliases {
    pub fn is_empty(&self) -> bool {
        self.modules.is_empty() && self.functions.is_empty()
    }

    /// Whether `name` is bound to the module or one of the functions.
    pub fn holds(&self, name: &str) -> bool {
        self.modules.contains(name) || self.functions.contains_key(name)
    }
}

/// The names `body` binds to `module` and to its `functions`.
pub fn module_aliases(body: &[ast::Stmt], module: &str, functions: &[&str]) -> ModuleAliases {
    let mut aliases = ModuleAliases::default();
    super::scope::walk_statements(body, &mut |stmt| match stmt {
        ast::Stmt::Import(import) => {
            for alias in &import.names {
                if alias.name.as_str() == module {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    aliases.modules.insert(bound.to_string());
                }
            }
        }
        ast::Stmt::ImportFrom(import)
            if import.level.is_none_or(|l| l.to_u32() == 0)
                && import.module.as_ref().is_some_and(|m| m.as_str() == module) =>
        {
            for alias in &import.names {
                if functions.contains(&alias.name.as_str()) {
                    let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                    aliases
                        .functions
                        .insert(bound.to_string(), alias.name.to_string());
                }
            }
        }
        _ => {}
    });
    aliases
}
