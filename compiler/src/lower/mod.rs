//! AST -> TIR.
//!
//! In: the resolved program (parsed modules, their global names) and the
//! type table from `infer`. Out: a verified-shape [`tir::Program`] with one
//! function per Python function and one init function per module, or
//! diagnostics for constructs typhon does not compile.
//!
//! Every Python value is lowered as `obj` here (the dynamic reference path);
//! typed specialisations come from `infer` later. Calls to module-level
//! functions whose name is bound exactly once are direct calls with
//! arguments bound at compile time; everything else goes through the
//! generic call protocol. Entry point: [`lower_program`].

mod annotations;
mod builder;
mod calls;
mod class;
mod closures;
mod code;
mod comp_range;
mod compact;
mod coroutines;
mod counting;
mod expr;
mod functions;
mod generators;
mod imported;
mod match_check;
mod match_stmt;
mod namespaces;
mod python_builtins;
mod reductions;
mod star;
mod star_import;
mod stmt;
mod try_star;
mod try_stmt;
mod with_stmt;

use std::collections::HashMap;

use crate::diag::{DiagKind, Diagnostic, Span};
use crate::resolve;
use crate::syntax::ast;
use crate::tir::{self, Const, ConstId, FuncId, GlobalId, ModuleId};

pub use builder::FnBuilder;

/// Lower every module of the program.
pub fn lower_program(resolved: &resolve::Program) -> (tir::Program, Vec<Diagnostic>) {
    let mut lowerer = Lowerer::new(resolved);
    lowerer.declare_modules();
    for module_idx in 0..resolved.modules.len() {
        lowerer.lower_module(module_idx);
    }
    lowerer.out.main = ModuleId(resolved.main as u32);
    (lowerer.out, lowerer.diags)
}

/// A module-level function that callers may call directly.
#[derive(Clone, Debug)]
pub struct DirectFunction {
    pub func: FuncId,
    pub params: Vec<String>,
    /// Hidden global slots holding the default values of the last params.
    pub default_globals: Vec<GlobalId>,
    /// A generator function: a call makes a fresh generator nothing else
    /// references yet.
    pub is_generator: bool,
    /// How many of `params` are positional-only.
    pub n_posonly: usize,
    /// Keyword-only parameters (after `params` in the function's
    /// parameter list), with the hidden global holding each one's default.
    pub kwonly: Vec<(String, Option<GlobalId>)>,
    /// In a program that may rebind any module attribute (`setattr` with a
    /// computed name): the hidden global holding the function object the
    /// `def` made. A call is direct only while the name still holds it.
    pub guard: Option<GlobalId>,
}

/// State shared by all functions being lowered.
pub struct Lowerer<'a> {
    pub resolved: &'a resolve::Program,
    pub out: tir::Program,
    pub diags: Vec<Diagnostic>,
    globals: HashMap<(usize, String), GlobalId>,
    str_consts: HashMap<String, ConstId>,
    /// Direct-callable functions by (module, name).
    pub direct: HashMap<(usize, String), DirectFunction>,
    /// Attribute names assigned anywhere (`x.name = ...`): functions with
    /// such a name may be replaced through their module object.
    assigned_attributes: std::collections::HashSet<String>,
    /// A function's defaults may be replaced: no direct calls at all.
    any_attribute_assigned: bool,
    /// `setattr` is used with a computed name (or as a value): any module
    /// function may be replaced, so direct calls are guarded.
    guard_direct: bool,
    /// Globals an `import` binds to a user module, by (module, name).
    module_aliases: HashMap<(usize, String), imported::ModuleAlias>,
    /// The program names `__code__`: each function object gets its code
    /// object (`code.rs`); other programs pay nothing for them.
    pub wants_code: bool,
}

impl<'a> Lowerer<'a> {
    fn new(resolved: &'a resolve::Program) -> Self {
        // Every attribute store (`m.f = g`, `for m.f in ...`, `del m.f`) and
        // every `setattr` may replace a module's function.
        let mut assigned_attributes = std::collections::HashSet::new();
        let mut setattr_uses = SetattrUses::default();
        let mut wants_code = false;
        let mut diags = Vec::new();
        for module in &resolved.modules {
            resolve::walk::walk_exprs(&module.body, &mut |expr| {
                wants_code |= code::names_code(expr);
                if let Some(diag) = code::replaced_code(module.file, expr) {
                    diags.push(diag);
                }
                if let ast::Expr::Attribute(attribute) = expr
                    && attribute.ctx != ast::ExprContext::Load
                {
                    assigned_attributes.insert(attribute.attr.to_string());
                }
                setattr_uses.note(expr, &mut assigned_attributes);
            });
        }
        // Direct calls read defaults saved when the `def` ran, so a program
        // that replaces a function's defaults gets no direct calls.
        let any_attribute_assigned = assigned_attributes.contains("__defaults__")
            || assigned_attributes.contains("__kwdefaults__");
        // A computed `setattr`/`delattr` (or `setattr` as a value) may
        // rebind any module global through the module object's slot: a
        // guarded direct call checks the slot still holds the `def`'s
        // function. It may also replace a function's `__defaults__`, so a
        // guarded call that needs a default goes the generic way.
        let guard_direct = setattr_uses.any_attribute();
        Lowerer {
            resolved,
            out: tir::Program::default(),
            diags,
            globals: HashMap::new(),
            str_consts: HashMap::new(),
            direct: HashMap::new(),
            assigned_attributes,
            any_attribute_assigned,
            guard_direct,
            module_aliases: HashMap::new(),
            wants_code,
        }
    }

    pub fn error(&mut self, kind: DiagKind, span: Span) {
        self.diags.push(Diagnostic::new(kind, span));
    }

    pub fn unsupported(&mut self, feature: &str, reason: &str, span: Span) {
        self.error(
            DiagKind::UnsupportedFeature {
                feature: feature.into(),
                reason: reason.into(),
            },
            span,
        );
    }

    /// The slot of a module global, created on first use.
    pub fn global(&mut self, module: usize, name: &str) -> GlobalId {
        if let Some(id) = self.globals.get(&(module, name.to_string())) {
            return *id;
        }
        let id = self.out.globals.push(tir::Global {
            module: ModuleId(module as u32),
            name: name.to_string(),
            bound_at: None,
        });
        self.globals.insert((module, name.to_string()), id);
        let name_const = self.str_const(name);
        if let Some(tir_module) = self.out.modules.items.get_mut(module) {
            tir_module.globals.push(id);
            tir_module.global_name_consts.push(name_const);
        }
        id
    }

    pub fn str_const(&mut self, text: &str) -> ConstId {
        if let Some(id) = self.str_consts.get(text) {
            return *id;
        }
        let id = self.out.consts.push(Const::Str(text.to_string()));
        self.str_consts.insert(text.to_string(), id);
        id
    }

    pub fn constant(&mut self, constant: Const) -> ConstId {
        if let Const::Str(text) = &constant {
            return self.str_const(&text.clone());
        }
        if let Some((id, _)) = self
            .out
            .consts
            .iter()
            .find(|(_, existing)| const_identical(existing, &constant))
        {
            return id;
        }
        self.out.consts.push(constant)
    }

    /// A tuple constant of strings (keyword names, parameter names).
    pub fn names_tuple(&mut self, names: &[String]) -> ConstId {
        let items: Vec<ConstId> = names.iter().map(|name| self.str_const(name)).collect();
        self.constant(Const::Tuple(items))
    }

    /// Create the TIR modules, their globals and init functions, and the
    /// ids of direct-callable functions, before any body is lowered.
    fn declare_modules(&mut self) {
        for (module_idx, module) in self.resolved.modules.iter().enumerate() {
            let file = self.resolved.sources.file(module.file);
            let name_const = self.str_const(&module.name);
            let init = self.out.functions.push(placeholder_function(module_idx));
            self.out.modules.push(tir::Module {
                name: module.name.clone(),
                path: file.path.clone(),
                source: file.text.clone(),
                init,
                globals: Vec::new(),
                name_const,
                global_name_consts: Vec::new(),
            });
            for name in &module.globals {
                self.global(module_idx, name);
            }
        }
        for (module_idx, module) in self.resolved.modules.iter().enumerate() {
            let counts = binding_counts(&module.body);
            for stmt in &module.body {
                let ast::Stmt::FunctionDef(def) = stmt else {
                    continue;
                };
                let name = def.name.to_string();
                // Calls bind statically unless `*args` / `**kwargs` collect.
                let simple_params = def.args.vararg.is_none()
                    && def.args.kwarg.is_none()
                    && def.decorator_list.is_empty();
                // A body that binds the function's own name (through
                // `global`, or a nested function's `global`; a local of
                // that name counts too, which is only cautious) rebinds
                // it without adding a module-level statement.
                let rebinds_itself = resolve::scope::module_globals(&def.body).contains(&name);
                if counts.get(&name) != Some(&1)
                    || rebinds_itself
                    || !simple_params
                    || self.any_attribute_assigned
                    || self.assigned_attributes.contains(&name)
                {
                    continue;
                }
                let func = self.out.functions.push(placeholder_function(module_idx));
                let positional = || def.args.posonlyargs.iter().chain(&def.args.args);
                let params: Vec<String> = positional().map(|p| p.def.arg.to_string()).collect();
                let n_defaults = positional().filter(|p| p.default.is_some()).count();
                let default_globals = (params.len() - n_defaults..params.len())
                    .map(|idx| self.global(module_idx, &format!("{name}$defaults[{idx}]")))
                    .collect();
                let kwonly =
                    def.args
                        .kwonlyargs
                        .iter()
                        .map(|param| {
                            let kw = param.def.arg.to_string();
                            let global = param.default.as_ref().map(|_| {
                                self.global(module_idx, &format!("{name}$kwdefaults[{kw}]"))
                            });
                            (kw, global)
                        })
                        .collect();
                // A call of a function named like a builtin before its
                // `def` ran calls the builtin: such calls are guarded too.
                let builtin_name = typhon_abi::builtin_index(&name).is_some();
                let guard = (self.guard_direct || builtin_name)
                    .then(|| self.global(module_idx, &format!("{name}$def")));
                self.direct.insert(
                    (module_idx, name),
                    DirectFunction {
                        func,
                        params,
                        default_globals,
                        is_generator: generators::contains_yield(&def.body),
                        n_posonly: def.args.posonlyargs.len(),
                        kwonly,
                        guard,
                    },
                );
            }
        }
        self.declare_imports();
    }

    fn lower_module(&mut self, module_idx: usize) {
        let module = &self.resolved.modules[module_idx];
        let init = self.out.modules[ModuleId(module_idx as u32)].init;
        let mut builder = FnBuilder::new(self, module_idx, None, "<module>".into(), 1);
        builder.func.is_module_init = true;
        builder.func.symbol = format!("{}$init", symbol_safe(&module.name));
        builder.lower_module_body(&module.body);
        let func = builder.finish();
        self.out.functions[init] = func;
    }
}

fn placeholder_function(module_idx: usize) -> tir::Function {
    tir::Function::empty(ModuleId(module_idx as u32))
}

/// How many module-level statements bind each name (a function that
/// assigns it through `global` counts as one).
fn binding_counts(body: &[ast::Stmt]) -> HashMap<String, usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for stmt in body {
        // `module_globals` of one statement lists each name it binds once,
        // nested blocks and `global` assignments in functions included.
        for name in resolve::scope::module_globals(std::slice::from_ref(stmt)) {
            if !resolve::scope::MODULE_DUNDERS.contains(&name.as_str()) {
                *counts.entry(name).or_default() += 1;
            }
        }
    }
    counts
}

/// What `setattr` (or `delattr`) may assign, found over the whole program.
#[derive(Default)]
struct SetattrUses {
    /// Loads of the name `setattr`.
    names: usize,
    /// Calls `setattr(obj, "name", value)` with a literal name.
    literal_calls: usize,
    /// Any other call of `setattr` (a computed name).
    computed_calls: usize,
}

impl SetattrUses {
    /// `setattr(m, "f", g)` replaces `m.f` as `m.f = g` does; a computed
    /// name, or `setattr` used as a value, may replace any attribute. A
    /// program that binds `setattr` itself is treated the same way, which is
    /// only cautious.
    fn note(&mut self, expr: &ast::Expr, assigned: &mut std::collections::HashSet<String>) {
        // `delattr(m, "f")` unbinds `m.f`, which a direct call must not
        // skip either, so it counts as a store.
        // `object.__setattr__(m, "f", g)` stores through a module too.
        let is_setattr = |expr: &ast::Expr| match expr {
            ast::Expr::Name(name) => matches!(name.id.as_str(), "setattr" | "delattr"),
            ast::Expr::Attribute(attribute) => {
                matches!(attribute.attr.as_str(), "__setattr__" | "__delattr__")
                    && matches!(attribute.value.as_ref(), ast::Expr::Name(name) if name.id.as_str() == "object")
            }
            _ => false,
        };
        if is_setattr(expr) {
            self.names += 1;
        }
        let ast::Expr::Call(call) = expr else {
            return;
        };
        if !is_setattr(&call.func) {
            return;
        }
        match call.args.get(1) {
            Some(ast::Expr::Constant(ast::ExprConstant {
                value: ast::Constant::Str(name),
                ..
            })) => {
                assigned.insert(name.clone());
                self.literal_calls += 1;
            }
            _ => self.computed_calls += 1,
        }
    }

    fn any_attribute(&self) -> bool {
        self.computed_calls > 0 || self.names > self.literal_calls
    }
}

/// Constants are shared only when indistinguishable (`1.0` and `-0.0` differ).
fn const_identical(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex(a, b), Const::Complex(x, y)) => {
            a.to_bits() == x.to_bits() && b.to_bits() == y.to_bits()
        }
        _ => a == b,
    }
}

/// A name usable inside an object-file symbol.
pub fn symbol_safe(name: &str) -> String {
    name.chars()
        .map(|ch| {
            if ch.is_ascii_alphanumeric() || ch == '_' {
                ch
            } else {
                '_'
            }
        })
        .collect()
}
