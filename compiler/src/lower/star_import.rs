//! `from module import *`: the names were fixed by `resolve::star`; each is
//! read from the module object and bound as a global of the importer.
//!
//! Names from `__all__` are read with an ordinary attribute load, so a
//! missing one raises CPython's `AttributeError`; public globals are read
//! through `$import_star_get`, which gives the exhausted marker for a name
//! that is unbound when the import runs, and such a name is skipped, as
//! CPython copies only what the module's dict holds.

use super::builder::FnBuilder;
use crate::syntax::ast;
use crate::tir::Op;

impl<'a> FnBuilder<'_, 'a> {
    pub(super) fn lower_import_star(
        &mut self,
        import: &'a ast::StmtImportFrom,
        absolute: &str,
        alias: &'a ast::Alias,
    ) {
        if self.scope.is_some() || self.class_body.is_some() {
            // resolve reported CPython's SyntaxError.
            return;
        }
        let key = (self.module, import.range.start().to_u32());
        let Some(star) = self.lw.resolved.star_imports.get(&key).cloned() else {
            // resolve reported why (a computed `__all__`, an unknown module).
            return;
        };
        let Some(module) = self.import_module(absolute) else {
            return;
        };
        let helper = typhon_abi::builtin_index("$import_star_get").expect("ABI helper") as u32;
        for name in &star.names {
            let submodule = format!("{absolute}.{name}");
            if star.from_all && self.lw.resolved.lookup(&submodule).is_some() {
                if let Some(value) = self.import_module(&submodule) {
                    self.store_name(name, value, alias.range);
                }
                continue;
            }
            let attr = self.lw.str_const(name);
            if star.from_all {
                let value = self.emit(Op::GetAttr {
                    obj: module,
                    name: attr,
                });
                self.store_name(name, value, alias.range);
                continue;
            }
            let callee = self.emit(Op::Builtin(helper));
            let name_value = self.emit(Op::Const(attr));
            let value = self.emit(Op::Call {
                callee,
                args: vec![module, name_value],
                kwnames: None,
            });
            let missing = self.emit_bool(Op::IsDone(value));
            let bind = self.new_block();
            let next = self.new_block();
            self.branch(missing, next, bind);
            self.switch_to(bind);
            self.store_name(name, value, alias.range);
            self.jump(next);
            self.switch_to(next);
        }
    }
}
