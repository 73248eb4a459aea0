//! Calls: direct calls to known module-level functions (arguments bound at
//! compile time), method calls, and the generic protocol for the rest.

use super::DirectFunction;
use super::builder::{FnBuilder, NameRef};
use crate::syntax::ast;
use crate::tir::{Op, ValueId};

impl<'a> FnBuilder<'_, 'a> {
    pub fn lower_call(&mut self, call: &'a ast::ExprCall) -> ValueId {
        if Self::has_star_arguments(call) {
            return self.lower_star_call(call);
        }
        if let Some(value) = self.lower_sum_of_genexp(call) {
            return value;
        }
        if let Some(value) = self.lower_zero_arg_super(call) {
            return value;
        }
        if let Some(value) = self.lower_vars_of_object(call) {
            return value;
        }
        if let Some(value) = self.lower_object_setattr(call) {
            return value;
        }
        // `importlib.import_module("m")`: the import, resolved when
        // compiling (`resolve/importlib.rs`).
        let importlib = &self.lw.resolved.modules[self.module].importlib;
        if let Some(Ok(module)) = crate::resolve::importlib::call_target(importlib, call) {
            self.at(call.range);
            return match self.import_module(&module) {
                Some(value) => value,
                None => self.emit(Op::None),
            };
        }
        if let Some(value) = self.lower_namespace_call(call) {
            return value;
        }
        self.reject_namespace_method(call);
        // A direct call still reads the function's global, so calling it
        // before its `def` ran raises `NameError` as in CPython.
        if self.class_body.is_none()
            && let ast::Expr::Name(name) = call.func.as_ref()
            && let Some(NameRef::Global(global)) = self.resolve_name(name.id.as_str())
        {
            let key = (self.module, name.id.to_string());
            if let Some(direct) = self.lw.direct.get(&key).cloned() {
                self.at(call.range);
                let current = self.emit(Op::LoadGlobal(global));
                return self.direct_call(&direct, current, call);
            }
        }
        if let Some(value) = self.lower_module_call(call) {
            return value;
        }
        if let ast::Expr::Name(name) = call.func.as_ref()
            && let Some(local) = self.local_direct.get(name.id.as_str()).cloned()
            && local.free.iter().all(|free| self.cells.contains_key(free))
            && matches!(
                self.resolve_name(name.id.as_str()),
                Some(NameRef::Local(_) | NameRef::Cell { .. })
            )
        {
            // Reading the name still raises when the `def` has not run.
            let callee = self.lower_expr(&call.func);
            let args = self.lower_arguments(call);
            if let Some(bound) = self.bind_direct(&local.direct, &args) {
                let mut values = self.closure_cells(&local.free);
                values.extend(bound);
                self.at(call.range);
                return self.emit(Op::CallDirect {
                    func: local.direct.func,
                    args: values,
                });
            }
            return self.generic_call(callee, call, args);
        }
        if let ast::Expr::Attribute(attribute) = call.func.as_ref() {
            let obj = self.lower_expr(&attribute.value);
            let name = self.lw.str_const(attribute.attr.as_str());
            let args = self.lower_arguments(call);
            let kwnames = self.kwnames(call);
            self.at_attribute(attribute);
            return self.emit(Op::CallMethod {
                obj,
                name,
                args: args.values,
                kwnames,
            });
        }
        let callee = self.lower_expr(&call.func);
        let args = self.lower_arguments(call);
        self.generic_call(callee, call, args)
    }

    /// A call of `direct`'s function, whose current value `current` holds:
    /// direct when the arguments fit (and, in a program that may rebind
    /// it, while `current` is still the function its `def` made).
    fn direct_call(
        &mut self,
        direct: &DirectFunction,
        current: ValueId,
        call: &'a ast::ExprCall,
    ) -> ValueId {
        let args = self.lower_arguments(call);
        if let Some(guard) = direct.guard {
            return self.guarded_direct_call(direct, guard, current, call, args);
        }
        if let Some(bound) = self.bind_direct(direct, &args) {
            self.at(call.range);
            return self.emit(Op::CallDirect {
                func: direct.func,
                args: bound,
            });
        }
        self.generic_call(current, call, args)
    }

    /// `m.f(args)` where an `import` binds `m` to a user module that binds
    /// `f`: `f` read from its slot (`imported.rs`), then called directly
    /// when `f` is a function of `m` callers may call directly and `m`
    /// always holds that module.
    fn lower_module_call(&mut self, call: &'a ast::ExprCall) -> Option<ValueId> {
        let ast::Expr::Attribute(attribute) = call.func.as_ref() else {
            return None;
        };
        if self.class_body.is_some() {
            return None;
        }
        let (alias, global) = self.module_global(attribute)?;
        let module = self.lower_expr(&attribute.value);
        self.at_attribute(attribute);
        let current = self.emit(Op::ModuleAttr {
            module,
            global,
            from: None,
        });
        let key = (alias.module, attribute.attr.to_string());
        match self.lw.direct.get(&key).cloned() {
            Some(direct) if alias.fixed || direct.guard.is_some() => {
                Some(self.direct_call(&direct, current, call))
            }
            _ => {
                let args = self.lower_arguments(call);
                Some(self.generic_call(current, call, args))
            }
        }
    }

    /// `vars(obj)` with one positional argument, where `vars` is CPython's
    /// builtin: the hidden builtin `$vars` reads `obj.__dict__`. `vars()`
    /// without an argument (the local namespace) stays rejected as a name.
    fn lower_vars_of_object(&mut self, call: &'a ast::ExprCall) -> Option<ValueId> {
        let ast::Expr::Name(name) = call.func.as_ref() else {
            return None;
        };
        if name.id.as_str() != "vars"
            || call.args.len() != 1
            || !call.keywords.is_empty()
            || self.resolve_name("vars").is_some()
        {
            return None;
        }
        let idx = typhon_abi::builtin_index("$vars")? as u32;
        self.at(call.range);
        let callee = self.emit(Op::Builtin(idx));
        let args = self.lower_arguments(call);
        Some(self.generic_call(callee, call, args))
    }

    /// `object.__setattr__(x, name, value)` and `object.__delattr__(x,
    /// name)` with positional arguments, where `object` is CPython's
    /// builtin: the hidden builtins `$object_setattr` / `$object_delattr`,
    /// so inference sees a store by name on `x` (as for `setattr`) rather
    /// than a read of the attribute protocol itself.
    fn lower_object_setattr(&mut self, call: &'a ast::ExprCall) -> Option<ValueId> {
        let ast::Expr::Attribute(attribute) = call.func.as_ref() else {
            return None;
        };
        let ast::Expr::Name(receiver) = attribute.value.as_ref() else {
            return None;
        };
        let (hidden, arity) = match attribute.attr.as_str() {
            "__setattr__" => ("$object_setattr", 3),
            "__delattr__" => ("$object_delattr", 2),
            _ => return None,
        };
        if receiver.id.as_str() != "object"
            || call.args.len() != arity
            || !call.keywords.is_empty()
            || !matches!(self.resolve_name("object"), Some(NameRef::Builtin(_)))
        {
            return None;
        }
        let idx = typhon_abi::builtin_index(hidden)? as u32;
        self.at(call.range);
        let callee = self.emit(Op::Builtin(idx));
        let args = self.lower_arguments(call);
        Some(self.generic_call(callee, call, args))
    }

    fn generic_call(
        &mut self,
        callee: ValueId,
        call: &'a ast::ExprCall,
        args: Arguments,
    ) -> ValueId {
        let kwnames = self.kwnames(call);
        self.at(call.range);
        self.emit(Op::Call {
            callee,
            args: args.values,
            kwnames,
        })
    }

    /// Evaluate positional then keyword arguments, in source order.
    fn lower_arguments(&mut self, call: &'a ast::ExprCall) -> Arguments {
        let mut values = Vec::new();
        for arg in &call.args {
            values.push(self.lower_expr(arg));
        }
        let mut keywords = Vec::new();
        for keyword in &call.keywords {
            values.push(self.lower_expr(&keyword.value));
            keywords.push(
                keyword
                    .arg
                    .as_ref()
                    .map(|a| a.to_string())
                    .unwrap_or_default(),
            );
        }
        Arguments {
            n_positional: call.args.len(),
            keywords,
            values,
        }
    }

    fn kwnames(&mut self, call: &ast::ExprCall) -> Option<crate::tir::ConstId> {
        if call.keywords.is_empty() {
            return None;
        }
        let names: Vec<String> = call
            .keywords
            .iter()
            .map(|kw| kw.arg.as_ref().map(|a| a.to_string()).unwrap_or_default())
            .collect();
        Some(self.lw.names_tuple(&names))
    }

    /// A direct call in a program that may rebind the callee's global
    /// through its module object: direct while the global still holds the
    /// function its `def` made, else the generic call of the current value
    /// with the same arguments. Defaults may have been replaced too, so a
    /// call that needs one is always generic.
    fn guarded_direct_call(
        &mut self,
        direct: &DirectFunction,
        guard: crate::tir::GlobalId,
        current: ValueId,
        call: &'a ast::ExprCall,
        args: Arguments,
    ) -> ValueId {
        let needs_default = args.values.len() < direct.params.len() + direct.kwonly.len();
        let bound = if needs_default {
            None
        } else {
            self.bind_direct(direct, &args)
        };
        let Some(bound) = bound else {
            return self.generic_call(current, call, args);
        };
        let result = self.temp("call");
        self.at(call.range);
        let made = self.emit(Op::LoadGlobal(guard));
        let same = self.emit_bool(Op::Is {
            lhs: current,
            rhs: made,
        });
        let (direct_block, generic_block, join) =
            (self.new_block(), self.new_block(), self.new_block());
        self.branch(same, direct_block, generic_block);
        self.switch_to(direct_block);
        self.at(call.range);
        let value = self.emit(Op::CallDirect {
            func: direct.func,
            args: bound,
        });
        self.store_local(result, value);
        self.jump(join);
        self.switch_to(generic_block);
        let value = self.generic_call(current, call, args);
        self.store_local(result, value);
        self.jump(join);
        self.switch_to(join);
        self.load_temp(result)
    }

    /// Bind arguments to parameters at compile time; `None` when the call
    /// does not fit (the generic path then raises CPython's `TypeError`).
    fn bind_direct(&mut self, direct: &DirectFunction, args: &Arguments) -> Option<Vec<ValueId>> {
        let n_params = direct.params.len();
        if args.n_positional > n_params {
            return None;
        }
        let mut slots: Vec<Option<ValueId>> = vec![None; n_params + direct.kwonly.len()];
        for (slot, value) in slots.iter_mut().zip(&args.values[..args.n_positional]) {
            *slot = Some(*value);
        }
        for (name, value) in args.keywords.iter().zip(&args.values[args.n_positional..]) {
            let idx = match direct.params[direct.n_posonly..]
                .iter()
                .position(|p| p == name)
            {
                Some(idx) => direct.n_posonly + idx,
                None => n_params + direct.kwonly.iter().position(|(kw, _)| kw == name)?,
            };
            if slots[idx].is_some() {
                return None;
            }
            slots[idx] = Some(*value);
        }
        let first_default = n_params - direct.default_globals.len();
        let mut bound = Vec::with_capacity(slots.len());
        for (idx, slot) in slots.into_iter().enumerate() {
            let default = if idx >= n_params {
                direct.kwonly[idx - n_params].1
            } else if idx >= first_default {
                Some(direct.default_globals[idx - first_default])
            } else {
                None
            };
            match (slot, default) {
                (Some(value), _) => bound.push(value),
                (None, Some(global)) => bound.push(self.emit(Op::LoadGlobal(global))),
                (None, None) => return None,
            }
        }
        Some(bound)
    }
}

/// Evaluated call arguments: positional first, then keywords in order.
struct Arguments {
    n_positional: usize,
    keywords: Vec<String>,
    values: Vec<ValueId>,
}
