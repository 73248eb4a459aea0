//! `class` statements and class decorators.
//!
//! The class body is lowered in line, in the enclosing function (or module
//! init), with its names redirected to a namespace dict held in a hidden
//! local: assignments store into it, reads look in it first and then
//! resolve as they would outside the class (enclosing function locals,
//! globals, builtins). Functions defined in the body do not see the
//! namespace, as in CPython. The runtime helper `$build_class` then makes
//! the class from the name, qualified name, module, bases and namespace;
//! class decorators are applied and the name is bound.
//!
//! As in CPython, each run of a class statement makes a `__class__` cell
//! that the functions in its body capture when they use `__class__` or
//! `super` (the closure analysis counts `super` as a use of `__class__`);
//! the cell receives the class once it is built. Zero-argument `super()` in
//! a method becomes `super(__class__, first_arg)`.

use super::builder::FnBuilder;
use crate::syntax::ast;
use crate::tir::{LocalId, Op, ValueId};

/// What `$prepare_class` found, in temps.
struct Prepared {
    meta: LocalId,
    resolved: LocalId,
    original: LocalId,
}

/// The class body being lowered.
#[derive(Clone, Debug)]
pub struct ClassBody {
    /// The hidden local holding the namespace dict.
    pub namespace: LocalId,
    pub qualname: String,
}

impl<'a> FnBuilder<'_, 'a> {
    pub fn lower_class_def(&mut self, def: &'a ast::StmtClassDef) {
        self.at(def.range);
        if let Some(starred) = def
            .bases
            .iter()
            .find(|b| matches!(b, ast::Expr::Starred(_)))
        {
            let span = self.span(super::expr::expr_range(starred));
            self.lw.unsupported(
                "starred base classes",
                "planned with the language issue",
                span,
            );
            return;
        }
        if let Some(base) = def.bases.iter().find(|base| self.is_builtin_layout(base)) {
            let span = self.span(super::expr::expr_range(base));
            self.lw.unsupported(
                "subclassing this built-in type",
                "typhon extends `object`, the exceptions and the built-in data types only",
                span,
            );
            return;
        }
        let name = def.name.to_string();
        let decorators = self.lower_class_decorators(&def.decorator_list);
        let bases: Vec<LocalId> = def
            .bases
            .iter()
            .map(|base| {
                let value = self.lower_expr(base);
                let temp = self.temp("base");
                self.store_local(temp, value);
                temp
            })
            .collect();
        // With `**mapping` among the keywords, every keyword goes into one
        // dict, in source order, and both helpers are called with it.
        let keyword_dict = self.class_keyword_dict(def);
        let keywords: Vec<(String, LocalId)> = def
            .keywords
            .iter()
            .filter(|_| keyword_dict.is_none())
            .filter_map(|keyword| {
                let name = keyword.arg.as_ref()?.to_string();
                let value = self.lower_expr(&keyword.value);
                let temp = self.temp("class_keyword");
                self.store_local(temp, value);
                Some((name, temp))
            })
            .collect();
        self.at(def.range);
        let qualname = if let Some(outer) = &self.class_body {
            format!("{}.{name}", outer.qualname)
        } else if self.scope.is_some() {
            format!("{}.<locals>.{name}", self.qualname)
        } else {
            name.clone()
        };
        // Without bases or keywords the metaclass is `type` and the
        // namespace a plain dict; otherwise `$prepare_class` finds both.
        let metaclass = if bases.is_empty() && keywords.is_empty() && keyword_dict.is_none() {
            None
        } else {
            Some(self.prepare_class(&name, &bases, &keywords, keyword_dict))
        };
        let namespace = self.temp("namespace");
        match metaclass {
            Some((_, prepared)) => self.store_local(namespace, prepared),
            None => {
                let dict = self.emit(Op::BuildDict(Vec::new()));
                self.store_local(namespace, dict);
            }
        }
        let cell = self.emit(Op::MakeCell);
        let class_cell = self.temp("__class__.cell");
        self.store_local(class_cell, cell);
        let module_name = self.lw.resolved.modules[self.module].name.clone();
        self.set_namespace_item(namespace, "__module__", &module_name);
        if let Some(text) = super::functions::docstring(&def.body) {
            self.set_namespace_item(namespace, "__doc__", text);
        }

        if has_annotations(&def.body) {
            let ns = self.load_temp(namespace);
            let key = self.lw.str_const("__annotations__");
            let key = self.emit(Op::Const(key));
            let annotations = self.emit(Op::BuildDict(Vec::new()));
            self.emit_void(Op::SetItem {
                obj: ns,
                key,
                value: annotations,
            });
        }
        let saved_body = self.class_body.replace(ClassBody {
            namespace,
            qualname: qualname.clone(),
        });
        let saved_loops = std::mem::take(&mut self.loops);
        let saved_cell = self
            .cells
            .insert("__class__".to_string(), (class_cell, true));
        self.lower_body(&def.body);
        match saved_cell {
            Some(saved) => self.cells.insert("__class__".to_string(), saved),
            None => self.cells.remove("__class__"),
        };
        self.loops = saved_loops;
        self.class_body = saved_body;

        self.at(def.range);
        let build = typhon_abi::builtin_index("$build_class").expect("ABI helper") as u32;
        let builder = self.emit(Op::Builtin(build));
        let name_const = self.lw.str_const(&name);
        let name_value = self.emit(Op::Const(name_const));
        let qualname_const = self.lw.str_const(&qualname);
        let qualname_value = self.emit(Op::Const(qualname_const));
        let module_const = self.lw.str_const(&module_name);
        let module_value = self.emit(Op::Const(module_const));
        let base_values: Vec<ValueId> = bases.iter().map(|temp| self.load_temp(*temp)).collect();
        let mut bases_tuple = self.emit(Op::BuildTuple(base_values));
        if let Some((prepared, _)) = &metaclass {
            bases_tuple = self.load_temp(prepared.resolved);
        }
        let namespace_value = self.load_temp(namespace);
        let mut args = vec![
            name_value,
            qualname_value,
            module_value,
            bases_tuple,
            namespace_value,
        ];
        let mut kwnames = None;
        if let Some((prepared, _)) = metaclass {
            args.push(self.load_temp(prepared.meta));
            args.push(self.load_temp(prepared.original));
            let passed: Vec<&(String, LocalId)> = keywords
                .iter()
                .filter(|(name, _)| name != "metaclass")
                .collect();
            if !passed.is_empty() {
                let names: Vec<String> = passed.iter().map(|(name, _)| name.clone()).collect();
                kwnames = Some(self.lw.names_tuple(&names));
                for (_, temp) in passed {
                    args.push(self.load_temp(*temp));
                }
            }
        }
        let class = match keyword_dict {
            Some(dict) => {
                let args = self.emit(Op::BuildList(args));
                let kwargs = Some(self.load_temp(dict));
                self.emit(Op::CallEx {
                    callee: builder,
                    args,
                    kwargs,
                })
            }
            None => self.emit(Op::Call {
                callee: builder,
                args,
                kwnames,
            }),
        };
        let cell = self.load_temp(class_cell);
        self.emit_void(Op::StoreCell { cell, value: class });
        let class = self.apply_class_decorators(decorators, class);
        self.store_name(&name, class, def.range);
    }

    /// Whether `base` names a built-in type (other than `object` and the
    /// exceptions) whose instances typhon cannot extend yet.
    fn is_builtin_layout(&mut self, base: &ast::Expr) -> bool {
        let ast::Expr::Name(name) = base else {
            return false;
        };
        let builtin = matches!(
            self.resolve_name(name.id.as_str()),
            Some(super::builder::NameRef::Builtin(_))
        );
        builtin
            && matches!(
                name.id.as_str(),
                "slice" | "range" | "property" | "staticmethod" | "classmethod" | "super"
            )
    }

    /// `$prepare_class(name, bases, **keywords)`: the metaclass and the
    /// bases (as the statement named them and after `__mro_entries__`), in
    /// temps, and the namespace (from the metaclass's `__prepare__`).
    fn prepare_class(
        &mut self,
        name: &str,
        bases: &[LocalId],
        keywords: &[(String, LocalId)],
        keyword_dict: Option<LocalId>,
    ) -> (Prepared, ValueId) {
        let helper = typhon_abi::builtin_index("$prepare_class").expect("ABI helper") as u32;
        let callee = self.emit(Op::Builtin(helper));
        let name = self.lw.str_const(name);
        let name = self.emit(Op::Const(name));
        let base_values: Vec<ValueId> = bases.iter().map(|temp| self.load_temp(*temp)).collect();
        let bases_tuple = self.emit(Op::BuildTuple(base_values));
        let mut args = vec![name, bases_tuple];
        let mut kwnames = None;
        if !keywords.is_empty() {
            let names: Vec<String> = keywords.iter().map(|(name, _)| name.clone()).collect();
            kwnames = Some(self.lw.names_tuple(&names));
            for (_, temp) in keywords {
                args.push(self.load_temp(*temp));
            }
        }
        let pair = match keyword_dict {
            Some(dict) => {
                let args = self.emit(Op::BuildList(args));
                let kwargs = Some(self.load_temp(dict));
                self.emit(Op::CallEx {
                    callee,
                    args,
                    kwargs,
                })
            }
            None => self.emit(Op::Call {
                callee,
                args,
                kwnames,
            }),
        };
        let parts = self.emit_many(Op::Unpack(pair), 3);
        let meta = self.temp("metaclass");
        self.store_local(meta, parts[0]);
        let resolved = self.temp("resolved_bases");
        self.store_local(resolved, parts[2]);
        let original = self.temp("original_bases");
        self.store_local(original, bases_tuple);
        (
            Prepared {
                meta,
                resolved,
                original,
            },
            parts[1],
        )
    }

    /// The class keywords as one dict in a temp, when one of them is
    /// `**mapping` (CPython's messages for non-mappings and repeated names).
    fn class_keyword_dict(&mut self, def: &'a ast::StmtClassDef) -> Option<LocalId> {
        if def.keywords.iter().all(|keyword| keyword.arg.is_some()) {
            return None;
        }
        let build = typhon_abi::builtin_index("$build_class").expect("ABI helper") as u32;
        let callee = self.emit(Op::Builtin(build));
        let dict = self.gather_keywords(&def.keywords, def.range, callee);
        let temp = self.temp("class_keywords");
        self.store_local(temp, dict);
        Some(temp)
    }

    /// `namespace[key] = text` for a str constant.
    fn set_namespace_item(&mut self, namespace: LocalId, key: &str, text: &str) {
        let ns = self.load_temp(namespace);
        let key = self.lw.str_const(key);
        let key = self.emit(Op::Const(key));
        let text = self.lw.str_const(text);
        let value = self.emit(Op::Const(text));
        self.emit_void(Op::SetItem {
            obj: ns,
            key,
            value,
        });
    }

    /// `name: annotation` in a class body: the annotation is evaluated and
    /// stored in the namespace's `__annotations__`, as CPython 3.11 does
    /// (dataclasses and `NamedTuple` read it). Other targets' annotations
    /// are evaluated only in CPython's module and class scopes, and
    /// evaluating them has no effect typhon keeps.
    pub fn lower_class_annotation(&mut self, assign: &'a ast::StmtAnnAssign) {
        let Some(body) = self.class_body.clone() else {
            return;
        };
        let ast::Expr::Name(name) = assign.target.as_ref() else {
            return;
        };
        if !assign.simple {
            return;
        }
        let annotation = self.lower_annotation(&assign.annotation);
        let ns = self.load_temp(body.namespace);
        let key = self.lw.str_const("__annotations__");
        let key = self.emit(Op::Const(key));
        let annotations = self.emit(Op::GetItem { obj: ns, key });
        let name_key = self.lw.str_const(name.id.as_str());
        let name_key = self.emit(Op::Const(name_key));
        self.emit_void(Op::SetItem {
            obj: annotations,
            key: name_key,
            value: annotation,
        });
    }

    /// Evaluate decorator expressions (outermost first), kept in temps.
    fn lower_class_decorators(&mut self, decorators: &'a [ast::Expr]) -> Vec<LocalId> {
        decorators
            .iter()
            .map(|decorator| {
                let value = self.lower_expr(decorator);
                let temp = self.temp("decorator");
                self.store_local(temp, value);
                temp
            })
            .collect()
    }

    /// Apply evaluated decorators to `value`, innermost first.
    fn apply_class_decorators(&mut self, decorators: Vec<LocalId>, mut value: ValueId) -> ValueId {
        for temp in decorators.into_iter().rev() {
            let decorator = self.load_temp(temp);
            value = self.emit(Op::Call {
                callee: decorator,
                args: vec![value],
                kwnames: None,
            });
        }
        value
    }

    /// A name read in a class body: the namespace first, then the scopes
    /// outside the class.
    pub fn load_class_body_name(
        &mut self,
        name: &str,
        range: ast::text_size::TextRange,
    ) -> ValueId {
        let Some(body) = self.class_body.clone() else {
            return self.load_outer_name(name, range);
        };
        let ns = self.load_temp(body.namespace);
        let key = self.lw.str_const(name);
        let key_value = self.emit(Op::Const(key));
        let found = self.emit_bool(Op::Contains {
            container: ns,
            item: key_value,
        });
        let (inside, outside, join) = (self.new_block(), self.new_block(), self.new_block());
        let result = self.temp("classname");
        self.branch(found, inside, outside);
        self.switch_to(inside);
        let ns = self.load_temp(body.namespace);
        let key_value = self.emit(Op::Const(key));
        let value = self.emit(Op::GetItem {
            obj: ns,
            key: key_value,
        });
        self.store_local(result, value);
        self.jump(join);
        self.switch_to(outside);
        // Outside the class the name may be bound nowhere (only assigned
        // in the class body): reading it raises `NameError` at run time.
        let value = if self.resolve_name(name).is_some() {
            self.class_body = None;
            let value = self.load_outer_name(name, range);
            self.class_body = Some(body);
            value
        } else {
            let global = self.lw.global(self.module, name);
            self.emit(Op::LoadGlobal(global))
        };
        self.store_local(result, value);
        self.jump(join);
        self.switch_to(join);
        self.load_temp(result)
    }

    /// A name bound in a class body goes into the namespace.
    pub fn store_class_body_name(&mut self, name: &str, value: ValueId) {
        let Some(body) = self.class_body.clone() else {
            return;
        };
        let ns = self.load_temp(body.namespace);
        let key = self.lw.str_const(name);
        let key = self.emit(Op::Const(key));
        self.emit_void(Op::SetItem {
            obj: ns,
            key,
            value,
        });
    }

    /// `del name` in a class body.
    pub fn delete_class_body_name(&mut self, name: &str) {
        let Some(body) = self.class_body.clone() else {
            return;
        };
        let ns = self.load_temp(body.namespace);
        let key = self.lw.str_const(name);
        let key = self.emit(Op::Const(key));
        self.emit_void(Op::DelItem { obj: ns, key });
    }

    /// Zero-argument `super()` in a method: `super(C, first_arg)`.
    pub fn lower_zero_arg_super(&mut self, call: &ast::ExprCall) -> Option<ValueId> {
        let ast::Expr::Name(name) = call.func.as_ref() else {
            return None;
        };
        if name.id.as_str() != "super" || !call.args.is_empty() || !call.keywords.is_empty() {
            return None;
        }
        let Some(super::builder::NameRef::Builtin(idx)) = self.resolve_name("super") else {
            return None;
        };
        let first = self.method_of?;
        let &(class_cell, _) = self.cells.get("__class__")?;
        self.at(call.range);
        let callee = self.emit(Op::Builtin(idx));
        let args = match first {
            Some(local) => {
                let cell = self.load_temp(class_cell);
                let name = self.lw.str_const("__class__");
                let class = self.emit(Op::LoadCell {
                    cell,
                    name,
                    free: true,
                });
                let checked = !self.always_bound.contains(&local);
                let obj = self.emit(Op::LoadLocal { local, checked });
                vec![class, obj]
            }
            None => Vec::new(),
        };
        Some(self.emit(Op::Call {
            callee,
            args,
            kwnames: None,
        }))
    }
}

/// Whether a class body has an annotated simple name (CPython then makes
/// the namespace's `__annotations__` before running the body); nested
/// function and class bodies do not count.
fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|stmt| match stmt {
        ast::Stmt::AnnAssign(assign) => {
            assign.simple && matches!(assign.target.as_ref(), ast::Expr::Name(_))
        }
        ast::Stmt::If(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        ast::Stmt::For(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        ast::Stmt::While(s) => has_annotations(&s.body) || has_annotations(&s.orelse),
        ast::Stmt::With(s) => has_annotations(&s.body),
        ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => {
            crate::syntax::try_parts(stmt).is_some_and(|s| {
                has_annotations(s.body)
                    || s.handlers.iter().any(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        has_annotations(&h.body)
                    })
                    || has_annotations(s.orelse)
                    || has_annotations(s.finalbody)
            })
        }
        _ => false,
    })
}
