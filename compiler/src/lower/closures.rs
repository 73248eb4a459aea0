//! Nested scopes: functions defined inside functions, lambdas and
//! comprehensions, with the cells their shared variables live in.
//!
//! A nested scope becomes a TIR function whose first `n_free` parameters
//! are the cells of its free variables. A function or lambda is wrapped in
//! a function object carrying those cells (`MakeClosure`; a scope without
//! free variables gets a plain `MakeFunction` and pays nothing); its
//! generic entry passes the cells on. A comprehension is called at once
//! with `CallDirect`, its cells and the iterator of its first iterable
//! (evaluated in the enclosing scope, as CPython does) as arguments.
//!
//! Reusable entry points for other nested scopes (generator expressions):
//! [`FnBuilder::lower_nested`] builds the function from a closure analysis
//! and a body callback; [`FnBuilder::closure_cells`] loads the cells to
//! pass, in the order of the returned free names.

use super::builder::FnBuilder;
use crate::diag::DiagKind;
use crate::resolve::closure::{self, Closure};
use crate::resolve::scope::FunctionScope;
use crate::syntax::ast;
use crate::tir::{FuncId, GenericEntry, Op, Terminator, ValueId};

/// How a nested scope is called.
pub struct NestedSpec<'s> {
    /// `__name__` and the traceback name (`inner`, `<lambda>`, `<listcomp>`).
    pub name: String,
    pub closure: Closure,
    /// Its own locals, parameters first.
    pub locals: Vec<String>,
    /// The parameters bound on entry, after the cells.
    pub params: Vec<String>,
    /// Parameters the body may unbind (`del x`), which need checked reads.
    pub unbound: std::collections::HashSet<String>,
    /// Whether the function can be called as a value (it needs a generic
    /// entry); comprehensions are only called directly.
    pub escapes: bool,
    /// The packed parameter kinds (`closure::parameter_shape`).
    pub shape: i64,
    /// The id to use when one was reserved for direct calls.
    pub func_id: Option<FuncId>,
    pub globals: std::collections::HashSet<String>,
    pub nonlocals: &'s [(String, ast::text_size::TextRange)],
}

/// A nested function that calls by name bind statically: its code, its
/// parameters (no defaults, no `*args` / `**kwargs`) and its free names.
#[derive(Clone, Debug)]
pub struct LocalDirect {
    pub direct: super::DirectFunction,
    pub free: Vec<String>,
}

/// Keyword-only defaults: each parameter's name and evaluated value.
pub type KwDefaults = Vec<(String, ValueId)>;

/// A comprehension of one of the three kinds lowered here.
#[derive(Clone, Copy)]
pub enum Comprehension<'a> {
    List(&'a ast::ExprListComp),
    Set(&'a ast::ExprSetComp),
    Dict(&'a ast::ExprDictComp),
}

impl<'l, 'a> FnBuilder<'l, 'a> {
    /// Lower a nested scope into a new TIR function; `body` fills it in.
    /// Returns the function and the names of its free variables (the cells
    /// to pass it, see [`FnBuilder::closure_cells`]).
    pub fn lower_nested(
        &mut self,
        spec: NestedSpec<'_>,
        body: impl FnOnce(&mut FnBuilder<'_, 'a>),
    ) -> (FuncId, Vec<String>) {
        // Free names bound by no enclosing function are globals.
        let free: Vec<String> = spec
            .closure
            .free
            .iter()
            .filter(|name| self.cells.contains_key(*name))
            .cloned()
            .collect();
        let class_body = self.class_body.clone();
        let qualname = if let Some(class) = &class_body {
            format!("{}.{}", class.qualname, spec.name)
        } else if self.scope.is_some() {
            format!("{}.<locals>.{}", self.qualname, spec.name)
        } else {
            spec.name.clone()
        };
        let scope = FunctionScope {
            locals: spec.locals,
            globals: spec.globals,
            nonlocals: spec.nonlocals.to_vec(),
        };
        let module = self.module;
        let line = self.line;
        let param_names = self.lw.names_tuple(&spec.params);
        let name_const = self.lw.str_const(&qualname);
        let mut inner = FnBuilder::new(self.lw, module, Some(scope), spec.name.clone(), line);
        inner.qualname = qualname;
        if class_body.is_some() {
            let first = spec.params.first().map(|param| inner.locals[param]);
            inner.method_of = Some(first);
        }
        for name in &free {
            let local = inner.func.locals.push(crate::tir::Local {
                name: format!("{name}.cell"),
                ty: crate::tir::Type::Obj,
            });
            inner.func.params.push(local);
            inner.cells.insert(name.clone(), (local, true));
        }
        inner.func.n_free = free.len();
        // A name the nested scope binds itself is another variable.
        inner.local_direct = self
            .local_direct
            .iter()
            .filter(|(name, _)| {
                !inner.locals.contains_key(*name) && !inner.scope_declares_global(name)
            })
            .map(|(name, info)| (name.clone(), info.clone()))
            .collect();
        for param in &spec.params {
            let local = inner.locals[param];
            inner.func.params.push(local);
            if !spec.unbound.contains(param) {
                inner.always_bound.push(local);
            }
        }
        for name in &spec.closure.cells {
            let Some(&plain) = inner.locals.get(name) else {
                continue;
            };
            let cell = inner.emit(Op::MakeCell);
            let local = inner.func.locals.push(crate::tir::Local {
                name: format!("{name}.cell"),
                ty: crate::tir::Type::Obj,
            });
            inner.store_local(local, cell);
            if spec.params.contains(name) {
                let value = inner.load_temp(plain);
                inner.emit_void(Op::StoreCell { cell, value });
            }
            inner.cells.insert(name.clone(), (local, false));
        }
        if spec.escapes {
            inner.func.generic = Some(GenericEntry {
                param_names,
                name: name_const,
                shape: spec.shape,
            });
        }
        body(&mut inner);
        let mut func = inner.finish();
        let func_id = match spec.func_id {
            Some(id) => id,
            None => self
                .lw
                .out
                .functions
                .push(super::placeholder_function(module)),
        };
        func.symbol = format!(
            "{}${}${}",
            super::symbol_safe(&self.lw.resolved.modules[module].name),
            super::symbol_safe(&spec.name),
            func_id.0
        );
        self.lw.out.functions[func_id] = func;
        (func_id, free)
    }

    fn scope_declares_global(&self, name: &str) -> bool {
        self.scope
            .as_ref()
            .is_some_and(|scope| scope.globals.contains(name))
    }

    /// Reserve direct calls for the nested functions of this function body
    /// whose name is bound once, by a `def` among its statements, and never
    /// rebound through `nonlocal`: a call by that name runs that code with
    /// the cells of this invocation, whichever function object the `def`
    /// made. Functions with defaults, decorators, `*args` or `**kwargs` are
    /// left to the generic call.
    pub fn register_local_defs(&mut self, body: &'a [ast::Stmt]) {
        let mut counts: std::collections::HashMap<String, usize> = Default::default();
        for stmt in body {
            for name in crate::resolve::scope::module_globals(std::slice::from_ref(stmt)) {
                *counts.entry(name).or_default() += 1;
            }
        }
        let mut rebound = std::collections::HashSet::new();
        crate::resolve::scope::walk_statements(body, &mut |stmt| {
            if let ast::Stmt::Nonlocal(stmt) = stmt {
                rebound.extend(stmt.names.iter().map(|name| name.to_string()));
            }
        });
        for stmt in body {
            let ast::Stmt::FunctionDef(def) = stmt else {
                continue;
            };
            let name = def.name.to_string();
            let args = &def.args;
            let has_defaults = args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .chain(&args.kwonlyargs)
                .any(|param| param.default.is_some());
            if counts.get(&name) != Some(&1)
                || rebound.contains(&name)
                || !self.locals.contains_key(&name)
                || self.scope_declares_global(&name)
                || has_defaults
                || args.vararg.is_some()
                || args.kwarg.is_some()
                || !def.decorator_list.is_empty()
            {
                continue;
            }
            let free = closure::function(args, &def.body)
                .free
                .into_iter()
                .filter(|free| self.cells.contains_key(free))
                .collect();
            let func = self
                .lw
                .out
                .functions
                .push(super::placeholder_function(self.module));
            let direct = super::DirectFunction {
                func,
                params: args
                    .posonlyargs
                    .iter()
                    .chain(&args.args)
                    .map(|param| param.def.arg.to_string())
                    .collect(),
                default_globals: Vec::new(),
                n_posonly: args.posonlyargs.len(),
                kwonly: args
                    .kwonlyargs
                    .iter()
                    .map(|param| (param.def.arg.to_string(), None))
                    .collect(),
                is_generator: super::generators::contains_yield(&def.body),
                guard: None,
            };
            self.local_direct.insert(name, LocalDirect { direct, free });
        }
    }

    /// The cells of `free` (names visible here as cells), in order.
    pub fn closure_cells(&mut self, free: &[String]) -> Vec<ValueId> {
        free.iter()
            .filter_map(|name| self.cells.get(name).map(|(local, _)| *local))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|local| self.load_temp(local))
            .collect()
    }

    /// A function object for `func`, a closure when it has free variables.
    pub fn make_function_object(
        &mut self,
        func: FuncId,
        free: &[String],
        defaults: Vec<ValueId>,
    ) -> ValueId {
        let defaults = self.emit(Op::BuildTuple(defaults));
        if free.is_empty() {
            return self.emit(Op::MakeFunction { func, defaults });
        }
        let cells = self.closure_cells(free);
        let closure = self.emit(Op::BuildTuple(cells));
        self.emit(Op::MakeClosure {
            func,
            defaults,
            closure,
        })
    }

    /// Apply decorators (evaluated earlier, outermost first, with their
    /// source ranges) to `value`, innermost first: `@a @b def f` binds
    /// `a(b(f))`. A failing application is reported on its decorator's
    /// line, as CPython does.
    pub fn apply_decorators(
        &mut self,
        decorators: &[(ValueId, ast::text_size::TextRange)],
        mut value: ValueId,
    ) -> ValueId {
        for (decorator, range) in decorators.iter().rev() {
            self.at(*range);
            value = self.emit(Op::Call {
                callee: *decorator,
                args: vec![value],
                kwnames: None,
            });
        }
        value
    }

    pub fn lower_lambda(&mut self, lambda: &'a ast::ExprLambda) -> ValueId {
        let (defaults, kwdefaults) = self.lower_defaults(&lambda.args);
        self.at(lambda.range);
        let params = closure::parameter_names(&lambda.args);
        let spec = NestedSpec {
            name: "<lambda>".into(),
            closure: closure::lambda(lambda),
            locals: {
                // A walrus in a lambda binds in the lambda.
                let mut locals = params.clone();
                crate::resolve::bindings::expr_walrus_targets(&lambda.body, &mut locals);
                locals
            },
            params,
            unbound: Default::default(),
            escapes: true,
            shape: closure::parameter_shape(&lambda.args),
            func_id: None,
            globals: Default::default(),
            nonlocals: &[],
        };
        let (func, free) = self.lower_nested(spec, |inner| {
            let value = inner.lower_expr(&lambda.body);
            inner.terminate(Terminator::Return(value));
        });
        self.at(lambda.range);
        let function = self.make_function_object(func, &free, defaults);
        self.set_kwdefaults(function, &kwdefaults);
        if self.lw.wants_code {
            let facts = super::code::CodeFacts {
                name: "<lambda>".into(),
                varnames: crate::resolve::varnames::lambda(lambda),
                first_offset: lambda.range.start().into(),
                flags: super::code::parameter_flags(&lambda.args),
                args: (*lambda.args).clone(),
                cellvars: crate::resolve::closure::lambda(lambda).cells,
                freevars: free.clone(),
            };
            self.set_code(function, func, facts);
        }
        let module_name = self.lw.resolved.modules[self.module].name.clone();
        let (name, text) = (
            self.lw.str_const("__module__"),
            self.lw.str_const(&module_name),
        );
        let value = self.emit(Op::Const(text));
        self.emit_void(Op::SetAttr {
            obj: function,
            name,
            value,
        });
        function
    }

    /// Evaluate a parameter list's defaults, in CPython's order: the
    /// positional ones (a tuple's items), then the keyword-only ones (name
    /// constants and values, for `__kwdefaults__`).
    pub fn lower_defaults(&mut self, args: &'a ast::Arguments) -> (Vec<ValueId>, KwDefaults) {
        let defaults = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|param| param.default.as_deref())
            .map(|default| self.lower_expr(default))
            .collect();
        let mut pairs = Vec::new();
        for param in &args.kwonlyargs {
            if let Some(default) = &param.default {
                let value = self.lower_expr(default);
                pairs.push((param.def.arg.to_string(), value));
            }
        }
        (defaults, pairs)
    }

    /// `func.__kwdefaults__ = {...}`, when there are any.
    pub fn set_kwdefaults(&mut self, function: ValueId, kwdefaults: &KwDefaults) {
        if kwdefaults.is_empty() {
            return;
        }
        let mut pairs = Vec::new();
        for (name, value) in kwdefaults {
            let name = self.lw.str_const(name);
            pairs.push((self.emit(Op::Const(name)), *value));
        }
        let value = self.emit(Op::BuildDict(pairs));
        let name = self.lw.str_const("__kwdefaults__");
        self.emit_void(Op::SetAttr {
            obj: function,
            name,
            value,
        });
    }

    pub fn lower_comprehension(&mut self, comp: Comprehension<'a>) -> ValueId {
        let (generators, elements, name, range): (_, Vec<&'a ast::Expr>, _, _) = match comp {
            Comprehension::List(c) => (&c.generators, vec![&*c.elt], "<listcomp>", c.range),
            Comprehension::Set(c) => (&c.generators, vec![&*c.elt], "<setcomp>", c.range),
            Comprehension::Dict(c) => (
                &c.generators,
                vec![&*c.key, &*c.value],
                "<dictcomp>",
                c.range,
            ),
        };
        let Some(is_async) = self.comprehension_is_async(generators, &elements, range) else {
            return self.emit(Op::None);
        };
        // The first iterable is evaluated here, and its iterator passed in.
        // A counting loop only where it gets its fast copy: elsewhere the
        // range iterator's own inline step is as quick.
        let first_sign = match generators.len() == 1 && comprehension_fits(comp, &generators[0]) {
            true => self.range_walk_sign(&generators[0].iter),
            false => None,
        };
        let first = self.lower_expr(&generators[0].iter);
        self.at(range);
        let iter = if first_sign.is_some() {
            first
        } else if generators[0].is_async {
            self.aiter_of(first)
        } else {
            self.emit(Op::GetIter(first))
        };
        let mut locals = vec![".0".to_string()];
        locals.extend(closure::comprehension_locals(generators));
        let spec = NestedSpec {
            name: name.into(),
            closure: closure::comprehension(generators, &elements),
            locals,
            params: vec![".0".into()],
            unbound: Default::default(),
            escapes: false,
            shape: 0,
            func_id: None,
            globals: Default::default(),
            nonlocals: &[],
        };
        let (func, free) = self.lower_nested(spec, |inner| {
            if is_async {
                inner.func.is_generator = true;
                inner.func.async_kind = crate::tir::AsyncKind::Coroutine;
            }
            inner.at(range);
            let result = match comp {
                Comprehension::List(_) => inner.emit(Op::BuildList(vec![])),
                Comprehension::Set(_) => inner.emit(Op::BuildSet(vec![])),
                Comprehension::Dict(_) => inner.emit(Op::BuildDict(vec![])),
            };
            let result_local = inner.temp("result");
            inner.store_local(result_local, result);
            // The first iterator stays referenced by the comprehension's frame
            // (`.0`), which a traceback keeps alive until the handler ends,
            // so CPython closes it too late to model; inner ones it closes
            // while unwinding.
            inner.comprehension_loop(comp, generators, 0, result_local, false, first_sign);
            let result = inner.load_temp(result_local);
            inner.terminate(Terminator::Return(result));
        });
        let mut args = self.closure_cells(&free);
        args.push(iter);
        self.at(range);
        let result = self.emit(Op::CallDirect { func, args });
        if is_async {
            return self.await_comprehension(result);
        }
        result
    }

    /// The loop of generator `idx` and everything inside it.
    fn comprehension_loop(
        &mut self,
        comp: Comprehension<'a>,
        generators: &'a [ast::Comprehension],
        idx: usize,
        result: crate::tir::LocalId,
        close: bool,
        first_sign: Option<i64>,
    ) {
        let generator = &generators[idx];
        let sign = if idx == 0 {
            first_sign
        } else if idx + 1 == generators.len() && comprehension_fits(comp, generator) {
            self.range_walk_sign(&generator.iter)
        } else {
            None
        };
        let iter = if idx == 0 {
            let local = self.locals[".0"];
            self.load_temp(local)
        } else if sign.is_some() {
            self.lower_expr(&generator.iter)
        } else {
            let iterable = self.lower_expr(&generator.iter);
            self.at(super::expr::expr_range(&generator.iter));
            if generator.is_async {
                self.aiter_of(iterable)
            } else {
                self.emit(Op::GetIter(iterable))
            }
        };
        let outer_handler = self.handler;
        let exit = self.new_block();
        if let Some(sign) = sign {
            self.at(super::expr::expr_range(&generator.iter));
            let unit = super::counting::unit_range_step(&generator.iter);
            let turn = self.range_walk_start(iter, sign, unit, exit);
            // The general copy, lowered next, reports the diagnostics.
            let reported = self.lw.diags.len();
            let (_, body, next) = turn.fast;
            self.switch_to(body);
            let current = self.range_walk_current(&turn);
            self.store_target(&generator.target, current);
            self.comprehension_rest(comp, generators, idx, result, next);
            self.lw.diags.truncate(reported);
            self.switch_to(turn.body);
            let current = self.range_walk_current(&turn);
            self.store_target(&generator.target, current);
            self.comprehension_rest(comp, generators, idx, result, turn.next);
            self.range_walk_step(&turn);
        } else {
            let iter_local = self.temp("iter");
            self.store_local(iter_local, iter);
            // A fresh generator iterated here is closed when an exception
            // leaves the loop (see `closes_iterator`).
            if close {
                self.handler = Some(self.close_iter_pad(iter_local));
            }
            let head = self.new_block();
            self.jump(head);
            self.switch_to(head);
            self.iterator_turn(generator, iter_local, exit);
            self.comprehension_rest(comp, generators, idx, result, head);
        }
        self.handler = outer_handler;
        self.switch_to(exit);
    }

    /// Generator `idx`'s filters and what is inside them, from the block
    /// where its target is stored; every way on ends at `next`.
    fn comprehension_rest(
        &mut self,
        comp: Comprehension<'a>,
        generators: &'a [ast::Comprehension],
        idx: usize,
        result: crate::tir::LocalId,
        next: crate::tir::BlockId,
    ) {
        let generator = &generators[idx];
        for condition in &generator.ifs {
            let on = self.new_block();
            self.lower_branch(condition, on, next);
            self.switch_to(on);
        }
        if idx + 1 < generators.len() {
            let inner_close = generators
                .get(idx + 1)
                .is_some_and(|inner| self.closes_iterator(&inner.iter));
            self.comprehension_loop(comp, generators, idx + 1, result, inner_close, None);
        } else {
            let container = self.load_temp(result);
            match comp {
                Comprehension::List(c) => {
                    let item = self.lower_expr(&c.elt);
                    self.emit_void(Op::ListAppend {
                        list: container,
                        item,
                    });
                }
                Comprehension::Set(c) => {
                    let item = self.lower_expr(&c.elt);
                    self.emit_void(Op::SetAdd {
                        set: container,
                        item,
                    });
                }
                Comprehension::Dict(c) => {
                    let key = self.lower_expr(&c.key);
                    let value = self.lower_expr(&c.value);
                    self.emit_void(Op::SetItem {
                        obj: container,
                        key,
                        value,
                    });
                }
            }
        }
        self.jump(next);
    }

    /// The next item of an iterator loop's `iter_local` into the
    /// generator's target, or on to `exit` when it is done.
    fn iterator_turn(
        &mut self,
        generator: &'a ast::Comprehension,
        iter_local: crate::tir::LocalId,
        exit: crate::tir::BlockId,
    ) {
        if generator.is_async {
            let item = self.async_next(iter_local, exit);
            self.store_target(&generator.target, item);
        } else {
            let body = self.new_block();
            let iter = self.load_temp(iter_local);
            let item = self.emit(Op::IterNext(iter));
            let item_local = self.temp("item");
            self.store_local(item_local, item);
            let done = self.emit_bool(Op::IsDone(item));
            self.branch(done, exit, body);
            self.switch_to(body);
            let item = self.load_temp(item_local);
            self.store_target(&generator.target, item);
        }
    }

    /// `nonlocal x`: CPython's compile-time checks.
    pub fn check_nonlocal(&mut self, stmt: &ast::StmtNonlocal) {
        let span = self.span(stmt.range);
        if self.scope.is_none() {
            let message = "nonlocal declaration not allowed at module level".into();
            self.lw.error(DiagKind::InvalidSyntax { message }, span);
            return;
        }
        for name in &stmt.names {
            if !self.cells.contains_key(name.as_str()) {
                let message = format!("no binding for nonlocal '{name}' found");
                self.lw.error(DiagKind::InvalidSyntax { message }, span);
            }
        }
    }
}

/// Whether an innermost generator's target and filters and the element(s)
/// define nothing, so they can be lowered twice (`comp_range.rs`).
fn comprehension_fits(comp: Comprehension<'_>, generator: &ast::Comprehension) -> bool {
    let fits = super::counting::expr_fits;
    let elements = match comp {
        Comprehension::List(c) => fits(&c.elt),
        Comprehension::Set(c) => fits(&c.elt),
        Comprehension::Dict(c) => fits(&c.key) && fits(&c.value),
    };
    let sync = !generator.is_async;
    sync && elements && fits(&generator.target) && generator.ifs.iter().all(fits)
}
