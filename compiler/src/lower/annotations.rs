//! Annotations: a function's `__annotations__` and the values annotations
//! evaluate to.
//!
//! CPython 3.11 evaluates a function's parameter and return annotations when
//! the `def` runs (after the defaults) and keeps them in a dict on the
//! function, parameters in order (positional, `*args`, keyword-only,
//! `**kwargs`) then `return`. Under `from __future__ import annotations`
//! every annotation is instead the string of its source text (CPython
//! unparses the expression, so spacing can differ from the source: see
//! docs/unsupported.md).
//!
//! At module level CPython evaluates every annotation of an annotated
//! assignment (after the value is stored) and keeps those of plain names in
//! the module's `__annotations__`; a target `a.b` or `a[i]` without a value
//! is evaluated too (the attribute or item itself is not read).

use super::builder::FnBuilder;
use crate::syntax::ast;
use crate::tir::{Op, ValueId};

impl<'a> FnBuilder<'_, 'a> {
    /// The value of one annotation.
    pub(super) fn lower_annotation(&mut self, annotation: &'a ast::Expr) -> ValueId {
        let module = &self.lw.resolved.modules[self.module];
        if !module.future_annotations {
            return self.lower_expr(annotation);
        }
        let range = super::expr::expr_range(annotation);
        let text = &self.lw.resolved.sources.file(module.file).text;
        let source = text
            .get(usize::from(range.start())..usize::from(range.end()))
            .unwrap_or_default()
            .to_string();
        let constant = self.lw.str_const(&source);
        self.emit(Op::Const(constant))
    }

    /// A function's annotations as `(name, value)` pairs, evaluated now;
    /// empty when it has none.
    pub(super) fn lower_function_annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a ast::Expr>,
    ) -> Vec<(ValueId, ValueId)> {
        let mut annotated: Vec<(&'a str, &'a ast::Expr)> = Vec::new();
        let mut add = |param: &'a ast::Arg| {
            if let Some(annotation) = &param.annotation {
                annotated.push((param.arg.as_str(), annotation));
            }
        };
        args.posonlyargs
            .iter()
            .chain(&args.args)
            .for_each(|param| add(&param.def));
        if let Some(vararg) = &args.vararg {
            add(vararg);
        }
        args.kwonlyargs.iter().for_each(|param| add(&param.def));
        if let Some(kwarg) = &args.kwarg {
            add(kwarg);
        }
        if let Some(returns) = returns {
            annotated.push(("return", returns));
        }
        let mut pairs = Vec::new();
        for (name, annotation) in annotated {
            let key = self.lw.str_const(name);
            let key = self.emit(Op::Const(key));
            let value = self.lower_annotation(annotation);
            pairs.push((key, value));
        }
        pairs
    }

    /// An annotated assignment at module level, after its value is stored.
    pub(super) fn lower_module_annotation(&mut self, assign: &'a ast::StmtAnnAssign) {
        if assign.value.is_none() {
            match assign.target.as_ref() {
                ast::Expr::Attribute(target) => {
                    self.lower_expr(&target.value);
                }
                ast::Expr::Subscript(target) => {
                    self.lower_expr(&target.value);
                    self.lower_expr(&target.slice);
                }
                _ => {}
            }
        }
        let annotation = self.lower_annotation(&assign.annotation);
        let ast::Expr::Name(name) = assign.target.as_ref() else {
            return;
        };
        let has_global = (self.lw.resolved.modules[self.module].globals.iter())
            .any(|global| global == "__annotations__");
        // The parser's `simple` misses parentheses: `(x): int` starts
        // before its target.
        let simple = assign.simple && assign.range.start() == name.range.start();
        if !simple || !has_global {
            // Nothing names the namespace's `__annotations__`: the dict
            // would be unobservable.
            return;
        }
        let global = self.lw.global(self.module, "__annotations__");
        let annotations = self.emit(Op::LoadGlobal(global));
        let key = self.lw.str_const(name.id.as_str());
        let key = self.emit(Op::Const(key));
        self.emit_void(Op::SetItem {
            obj: annotations,
            key,
            value: annotation,
        });
    }

    /// `function.__annotations__ = {...}` when there are annotations.
    pub(super) fn set_annotations(&mut self, function: ValueId, pairs: Vec<(ValueId, ValueId)>) {
        if pairs.is_empty() {
            return;
        }
        let value = self.emit(Op::BuildDict(pairs));
        let name = self.lw.str_const("__annotations__");
        self.emit_void(Op::SetAttr {
            obj: function,
            name,
            value,
        });
    }
}
