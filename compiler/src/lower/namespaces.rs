//! `globals()`, and `dir()`, `locals()` and `vars()` without an argument at
//! module level: the hidden builtins `$globals` (a snapshot dict of the
//! module's namespace) and `$module_dir` (its sorted names) receive the
//! module object. Inside a function or class body, where the namespace is a
//! set of compiled locals, the argument-less forms stay rejected.
//!
//! The dict is a snapshot, so a store through it (`globals()["f"] = g`,
//! `globals().update(...)`) would not change the module as it does in
//! CPython: such stores are rejected at compile time rather than ignored.

use rustpython_parser::text_size::TextRange;

use super::builder::{FnBuilder, NameRef};
use crate::syntax::ast;
use crate::tir::{ModuleId, Op, ValueId};

/// Dict methods that change the dict they are called on.
const MUTATING_METHODS: &[&str] = &[
    "update",
    "setdefault",
    "pop",
    "popitem",
    "clear",
    "__setitem__",
    "__delitem__",
    "__ior__",
];

impl<'a> FnBuilder<'_, 'a> {
    /// Whether `expr` is an argument-less `globals()` / `vars()` /
    /// `locals()` of the builtin: a snapshot of the module namespace.
    fn is_namespace_snapshot(&mut self, expr: &ast::Expr) -> bool {
        let ast::Expr::Call(call) = expr else {
            return false;
        };
        let ast::Expr::Name(name) = call.func.as_ref() else {
            return false;
        };
        let which = name.id.as_str();
        matches!(which, "globals" | "locals" | "vars")
            && call.args.is_empty()
            && call.keywords.is_empty()
            && matches!(self.resolve_name(which), None | Some(NameRef::Builtin(_)))
    }

    /// Rejects a store into a namespace snapshot: `dict` is the subscripted
    /// or method-called value, `range` the whole store.
    pub(super) fn reject_namespace_write(&mut self, dict: &ast::Expr, range: TextRange) -> bool {
        if !self.is_namespace_snapshot(dict) {
            return false;
        }
        let span = self.span(range);
        self.lw.unsupported(
            "changing the module's namespace through `globals()`",
            "typhon's `globals()` is a snapshot of the module's variables; assign the global by name instead",
            span,
        );
        true
    }

    /// `globals().update(...)` and the other mutating dict methods on a
    /// namespace snapshot.
    pub(super) fn reject_namespace_method(&mut self, call: &'a ast::ExprCall) -> bool {
        match call.func.as_ref() {
            ast::Expr::Attribute(method) if MUTATING_METHODS.contains(&method.attr.as_str()) => {
                self.reject_namespace_write(&method.value, call.range)
            }
            _ => false,
        }
    }

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
