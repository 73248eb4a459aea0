//! `globals()`, and `dir()`, `locals()` and `vars()` without an argument at
//! module level: the hidden builtins `$globals` (a snapshot dict of the
//! module's namespace) and `$module_dir` (its sorted names) receive the
//! module object. Inside a function or class body, where the namespace is a
//! set of compiled locals, the argument-less forms stay rejected.

use super::builder::{FnBuilder, NameRef};
use crate::syntax::ast;
use crate::tir::{ModuleId, Op, ValueId};

impl<'a> FnBuilder<'_, 'a> {
    pub(super) fn lower_namespace_call(&mut self, call: &'a ast::ExprCall) -> Option<ValueId> {
        let ast::Expr::Name(name) = call.func.as_ref() else {
            return None;
        };
        let which = name.id.as_str();
        if !matches!(which, "globals" | "dir" | "locals" | "vars")
            || !call.args.is_empty()
            || !call.keywords.is_empty()
            || !matches!(self.resolve_name(which), None | Some(NameRef::Builtin(_)))
        {
            return None;
        }
        let module_level = self.scope.is_none() && self.class_body.is_none();
        let hidden = match which {
            "globals" => "$globals",
            _ if !module_level => {
                let span = self.span(call.range);
                self.lw.unsupported(
                    &format!("`{which}()` inside a function or class body"),
                    "typhon keeps local variables in compiled slots, not in a run-time namespace",
                    span,
                );
                return Some(self.emit(Op::None));
            }
            "dir" => "$module_dir",
            _ => "$globals",
        };
        let idx = typhon_abi::builtin_index(hidden)? as u32;
        self.at(call.range);
        let callee = self.emit(Op::Builtin(idx));
        let module = self.emit(Op::ImportModule(ModuleId(self.module as u32)));
        Some(self.emit(Op::Call {
            callee,
            args: vec![module],
            kwnames: None,
        }))
    }
}
