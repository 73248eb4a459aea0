//! Which classes instance inference may type, read off the TIR: a
//! module-level `class` statement whose class goes straight into a global
//! nothing else binds, with no decorator, metaclass or keywords, at most
//! one base that is itself such a class (or `object`), a body that only
//! binds names, and none of the hooks that change how instances are made
//! or how their attributes are found (`__new__`, `__getattr__`,
//! `__getattribute__`, `__setattr__`, `__delattr__`). `__slots__` is fine:
//! a slot holds what was stored into it, as an instance dict entry does.
//!
//! The same scan looks at the whole program for what defeats the analysis
//! everywhere (`vars`, `globals`, `__dict__`, `setattr` used as a
//! value, ...: then no class is typed) and for the names a string can reach
//! attributes through (`getattr(x, "m")`, `operator.methodcaller("m")`).

use std::collections::{HashMap, HashSet};

use super::ClassId;
use super::reflective::{self, Defeat};
use crate::infer::kind::Kind;
use crate::tir::{self, Const, FuncId, GlobalId, LocalId, Op, ValueId};

/// A class inference types.
#[derive(Debug)]
pub struct Class {
    pub name: String,
    pub global: GlobalId,
    /// The module body and the `$build_class` result that make it.
    call: (FuncId, ValueId),
    /// The class, then its base's MRO (`object` left out).
    pub mro: Vec<ClassId>,
    /// The names its body binds; `Some(f)` for a plain method (a function
    /// defined right there, with positional parameters only and no free
    /// variables, that nothing but the class dict holds).
    pub names: HashMap<String, Option<FuncId>>,
    /// Constant defaults of its plain methods (moved into `Discovery`).
    defaults: Vec<(FuncId, Defaults)>,
    /// Its plain methods that use `super()` (moved into `Discovery`).
    super_methods: Vec<FuncId>,
    /// Every function its body stores as is (moved into `Discovery`).
    functions: Vec<FuncId>,
    /// The names its body's `__slots__` declares, when that is a string
    /// constant or a tuple or list of them.
    pub slots: Option<Vec<String>>,
    /// The names its body binds once to a constant, the constant and its
    /// kind.
    pub consts: HashMap<String, (Op, Kind)>,
}

/// What the scan found.
#[derive(Debug, Default)]
pub struct Discovery {
    pub classes: Vec<Class>,
    /// Temps holding a base of a typed class, by the module body using them.
    pub base_temps: HashSet<(FuncId, LocalId)>,
    /// Every plain method, with its name.
    pub methods: HashMap<FuncId, String>,
    /// The default values of plain methods whose defaults are all
    /// constants (an instruction making each, for the last parameters).
    pub defaults: HashMap<FuncId, Defaults>,
    /// The class whose body defines each plain method that uses `super()`
    /// (its only use of the `__class__` cell, its first parameter).
    pub super_class: HashMap<FuncId, ClassId>,
    /// Where module objects are held, to judge where one may become an
    /// `obj` value no attribute read names (see [`super::module_values`]).
    pub modules: super::module_values::ModuleValues,
    /// Names a string reaches an attribute by (a method of that name may
    /// be called through its function object from anywhere).
    pub dynamic: reflective::NameSet,
    /// Names `setattr` / `delattr` change with a constant name.
    pub stored: HashSet<String>,
    /// Native code may run arithmetic methods (`sum`, `pow`, `divmod`,
    /// `math.prod`).
    pub arith_dynamic: bool,
    /// Class objects can be reached from instances (`x.__class__`,
    /// `type(x)`), so any `__init__` may run through its function object.
    pub init_dynamic: bool,
    /// A module namespace is read as a whole (`globals()`, `dir()`), so
    /// every global's value (class and function objects) can be reached.
    pub namespaces: bool,
    /// The names class bodies' `__slots__` declare, and whether anything
    /// reads a `__slots__` attribute (which makes them strings a program
    /// may use as attribute names).
    pub(super) slot_strings: Vec<String>,
    pub(super) slots_read: bool,
    /// Likewise for the names modules' `__all__` lists (a star import
    /// binds them at compile time, not through the strings).
    pub(super) all_strings: Vec<String>,
    pub(super) all_read: bool,
    /// Methods defined in the bodies of classes inference does not type
    /// (see `class_objects`).
    pub(super) untyped_methods: HashSet<FuncId>,
    /// Functions the bodies of typed classes bind, plain methods or not.
    typed_bodies: HashSet<FuncId>,
    /// Globals that hold one user module's object whenever bound (`import
    /// m`, stored by nothing else).
    pub module_holders: HashMap<GlobalId, tir::ModuleId>,
    /// Globals bound once to a typed class read from the module defining
    /// it (`from m import C`), with the class.
    pub aliases: HashMap<GlobalId, ClassId>,
    /// The names of those globals, with their classes.
    pub alias_names: Vec<(ClassId, String)>,
    /// Package attributes `import a.b` binds to a submodule (writes of
    /// that package's global only, see `globals::submodule_binding`).
    pub submodules: HashSet<(tir::ModuleId, String)>,
}

/// Hooks a typed class (and its bases) must not define.
const HOOKS: &[&str] = &[
    "__new__",
    "__getattr__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__class__",
    "__dict__",
    // `copy` gives a copy the attributes these return (`_tyreflect`).
    "__copy__",
    "__deepcopy__",
];

pub(super) fn builtin_named(op: Option<&Op>, name: &str) -> bool {
    matches!(op, Some(Op::Builtin(idx)) if typhon_abi::BUILTINS[*idx as usize] == name)
}

pub(super) fn const_str<'p>(program: &'p tir::Program, op: Option<&Op>) -> Option<&'p str> {
    match op {
        Some(Op::Const(id)) => match &program.consts[*id] {
            Const::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

pub(super) fn name_of(program: &tir::Program, id: tir::ConstId) -> &str {
    match &program.consts[id] {
        Const::Str(s) => s,
        _ => "",
    }
}

/// Scan the program; `Err` with the first use that defeats the analysis.
pub fn discover(program: &tir::Program) -> Result<Discovery, Defeat> {
    let mut found = Discovery::default();
    let mut stores: HashMap<GlobalId, usize> = HashMap::new();
    let mut attr_stores: HashSet<String> = HashSet::new();
    for (_, func) in program.functions.iter() {
        reflective::scan(program, func, &mut found, &mut stores, &mut attr_stores)?;
    }
    if found.slots_read || found.dynamic.contains("__slots__") {
        let names = std::mem::take(&mut found.slot_strings);
        found.dynamic.extend(names);
    }
    if found.all_read || found.dynamic.contains("__all__") {
        let names = std::mem::take(&mut found.all_strings);
        found.dynamic.extend(names);
    }
    found.untyped_methods = super::class_objects::class_body_functions(program);
    found.modules = super::module_values::ModuleValues::analyse(program);
    // `math.prod` (or `from math import prod`) multiplies anything.
    found.arith_dynamic |= found.dynamic.contains("prod") || attr_stores.contains("prod");
    // Globals an attribute store may write (a module's attributes are its
    // globals).
    let written: HashSet<GlobalId> = program
        .globals
        .iter()
        .filter(|(_, g)| {
            attr_stores.contains(&g.name) || found.submodules.contains(&(g.module, g.name.clone()))
        })
        .map(|(id, _)| id)
        .collect();
    found.module_holders = crate::infer::globals::module_holders(program);
    found.module_holders.retain(|g, _| !written.contains(g));
    // A module's classes may derive from classes of modules it imports,
    // whose bodies may come later: scan until no new class is found.
    loop {
        let known = (found.classes.len(), found.aliases.len());
        for module in program.modules.items.iter() {
            classes(
                program,
                module.init,
                &stores,
                &attr_stores,
                &written,
                &mut found,
            );
        }
        super::imported::class_aliases(program, &stores, &written, &mut found);
        if (found.classes.len(), found.aliases.len()) == known {
            break;
        }
    }
    let typed = std::mem::take(&mut found.typed_bodies);
    found.untyped_methods.retain(|f| !typed.contains(f));
    Ok(found)
}

/// Per-function maps the class pattern matching needs.
struct Body<'f> {
    func: &'f tir::Function,
    defs: Vec<Option<&'f Op>>,
    /// Every value stored into each local.
    local_stores: HashMap<LocalId, Vec<ValueId>>,
    /// How many times each value is used as an operand.
    uses: Vec<usize>,
    /// How many times each local is read.
    loads: HashMap<LocalId, usize>,
}

impl<'f> Body<'f> {
    fn new(func: &'f tir::Function) -> Self {
        let defs = crate::infer::solve::definitions(func);
        let mut local_stores: HashMap<LocalId, Vec<ValueId>> = HashMap::new();
        let mut uses = vec![0; func.values.len()];
        let mut loads: HashMap<LocalId, usize> = HashMap::new();
        for block in &func.blocks.items {
            for inst in &block.insts {
                match &inst.op {
                    Op::StoreLocal { local, value } => {
                        local_stores.entry(*local).or_default().push(*value);
                    }
                    Op::LoadLocal { local, .. } => *loads.entry(*local).or_default() += 1,
                    Op::DelLocal(local) => {
                        local_stores
                            .entry(*local)
                            .or_default()
                            .push(ValueId(u32::MAX));
                    }
                    _ => {}
                }
                inst.op.for_each_operand(|v| uses[v.index()] += 1);
            }
            for v in block.term.operands() {
                uses[v.index()] += 1;
            }
        }
        Body {
            func,
            defs,
            local_stores,
            uses,
            loads,
        }
    }

    fn def(&self, value: ValueId) -> Option<&'f Op> {
        self.defs.get(value.index()).copied().flatten()
    }

    /// The one value ever stored into `local`.
    fn single_store(&self, local: LocalId) -> Option<ValueId> {
        match self.local_stores.get(&local).map(Vec::as_slice) {
            Some([value]) if value.0 != u32::MAX => Some(*value),
            _ => None,
        }
    }

    /// `value` is a read of a local with exactly one store: that local.
    fn temp(&self, value: ValueId) -> Option<LocalId> {
        match self.def(value) {
            Some(Op::LoadLocal { local, .. }) => {
                self.single_store(*local)?;
                Some(*local)
            }
            _ => None,
        }
    }
}

/// The typed classes of one module body, appended in statement order (a
/// base is found before its subclasses).
fn classes(
    program: &tir::Program,
    init: FuncId,
    stores: &HashMap<GlobalId, usize>,
    attr_stores: &HashSet<String>,
    written: &HashSet<GlobalId>,
    found: &mut Discovery,
) {
    let func = &program.functions[init];
    let body = Body::new(func);
    for block in &func.blocks.items {
        for inst in &block.insts {
            let Op::Call {
                callee,
                args,
                kwnames: None,
            } = &inst.op
            else {
                continue;
            };
            if !builtin_named(body.def(*callee), "$build_class") {
                continue;
            }
            let [result] = inst.results[..] else {
                continue;
            };
            if found.classes.iter().any(|c| c.call == (init, result)) {
                continue;
            }
            if let Some(class) = class_statement(program, &body, init, result, args, found)
                && stores.get(&class.global) == Some(&1)
                && !written.contains(&class.global)
                // Read while unbound, a global named like a builtin gives
                // the builtin.
                && typhon_abi::builtin_index(&class.name).is_none()
            {
                let id = found.classes.len() as ClassId;
                let mut class = class;
                class.mro.insert(0, id);
                for (name, method) in &class.names {
                    if let Some(f) = method {
                        found.methods.insert(*f, name.clone());
                    }
                }
                for (f, mut defaults) in std::mem::take(&mut class.defaults) {
                    if attr_stores.contains("__defaults__") {
                        defaults.positional.clear();
                    }
                    if attr_stores.contains("__kwdefaults__") {
                        defaults.keyword.clear();
                    }
                    found.defaults.insert(f, defaults);
                }
                for f in std::mem::take(&mut class.super_methods) {
                    found.super_class.insert(f, id);
                }
                found
                    .typed_bodies
                    .extend(std::mem::take(&mut class.functions));
                found.classes.push(class);
            }
        }
    }
}

/// The class a `$build_class` call makes, if inference may type it (its
/// `mro` still lacks the class itself).
fn class_statement(
    program: &tir::Program,
    body: &Body,
    init: FuncId,
    result: ValueId,
    args: &[ValueId],
    found: &mut Discovery,
) -> Option<Class> {
    // The class goes to a cell (read only by the `super()` of methods)
    // and to its global, nowhere else.
    let mut global = None;
    let mut cell_local = None;
    for block in &body.func.blocks.items {
        for inst in &block.insts {
            match &inst.op {
                Op::StoreGlobal { global: g, value } if *value == result => global = Some(*g),
                Op::StoreCell { cell, value } if *value == result => {
                    cell_local = Some(body.temp(*cell)?);
                }
                _ => {}
            }
        }
    }
    let cell_local = cell_local?;
    if body.uses[result.index()] != 2 {
        return None;
    }
    let global = global?;
    let name = program.globals[global].name.clone();
    // Bases: none, or one typed class (`$prepare_class` resolved them).
    let mut mro = Vec::new();
    let mut base_temp = None;
    match args {
        [_, _, _, bases, _] => {
            if !matches!(body.def(*bases), Some(Op::BuildTuple(items)) if items.is_empty()) {
                return None;
            }
        }
        [_, _, _, _, _, _, original] => {
            let tuple = body.single_store(body.temp(*original)?)?;
            let Some(Op::BuildTuple(items)) = body.def(tuple) else {
                return None;
            };
            let [base] = items[..] else {
                return None;
            };
            let temp = body.temp(base)?;
            let base = body.single_store(temp)?;
            match body.def(base) {
                Some(op @ (Op::LoadGlobal(_) | Op::ModuleAttr { .. })) => {
                    let base = found.class_read(program, &body.defs, op)?;
                    mro = found.classes[base as usize].mro.clone();
                }
                op if builtin_named(op, "object") => {}
                _ => return None,
            }
            base_temp = Some(temp);
        }
        _ => return None,
    }
    let namespace = body.temp(args[4])?;
    let ns = namespace_names(program, body, namespace, cell_local)?;
    // The cell: one store, then only the closures of `super()` methods.
    if body.loads.get(&cell_local) != Some(&(1 + ns.super_methods.len())) {
        return None;
    }
    let names = ns.names;
    let inherited = |hook: &str| {
        names.contains_key(hook)
            || mro
                .iter()
                .any(|c: &ClassId| found.classes[*c as usize].names.contains_key(hook))
    };
    if HOOKS.iter().any(|hook| inherited(hook)) {
        return None;
    }
    // `__init__`, if any, must be a plain method (a direct call replaces
    // the construction protocol).
    let init_entry = std::iter::once(&names)
        .chain(mro.iter().map(|c| &found.classes[*c as usize].names))
        .find_map(|names| names.get("__init__"));
    if matches!(init_entry, Some(None)) {
        return None;
    }
    // Only a typed class statement keeps its base's class object from
    // escaping: an untyped subclass's instances reach the base's methods.
    if let Some(temp) = base_temp {
        found.base_temps.insert((init, temp));
    }
    Some(Class {
        name,
        global,
        call: (init, result),
        mro,
        names,
        defaults: ns.defaults,
        super_methods: ns.super_methods,
        functions: ns.functions,
        slots: ns.slots,
        consts: ns.consts,
    })
}

/// What a class body binds: every read of the namespace must be a store
/// or a load under a constant key (or the `$build_class` argument).
fn namespace_names(
    program: &tir::Program,
    body: &Body,
    namespace: LocalId,
    cell_local: LocalId,
) -> Option<Namespace> {
    let mut names: HashMap<String, Option<FuncId>> = HashMap::new();
    let mut functions = Vec::new();
    let mut defaults = Vec::new();
    let mut super_methods = Vec::new();
    let mut reads: HashSet<String> = HashSet::new();
    let mut slots = None;
    let mut consts = HashMap::new();
    let mut seen_loads = 0;
    let mut build_args = 0;
    for block in &body.func.blocks.items {
        for inst in &block.insts {
            match &inst.op {
                Op::SetItem { obj, key, value } if body.temp(*obj) == Some(namespace) => {
                    let key = const_str(program, body.def(*key))?.to_string();
                    seen_loads += 1;
                    if let Some(Op::MakeFunction { func, .. } | Op::MakeClosure { func, .. }) =
                        body.def(*value)
                    {
                        functions.push(*func);
                    }
                    let method = match body.def(*value) {
                        Some(Op::MakeFunction { func, .. }) => {
                            plain_method(program, body, *value, *func, 0)
                        }
                        Some(Op::MakeClosure { func, closure, .. })
                            if closure_of_cell(body, *closure, cell_local)
                                && super_only(&program.functions[*func]) =>
                        {
                            let method = plain_method(program, body, *value, *func, 1);
                            super_methods.extend(method);
                            method
                        }
                        _ => None,
                    };
                    if let (
                        Some(f),
                        Some(
                            Op::MakeFunction { defaults: d, .. }
                            | Op::MakeClosure { defaults: d, .. },
                        ),
                    ) = (method, body.def(*value))
                    {
                        defaults.push((f, constant_defaults(program, body, *value, *d)));
                    }
                    if key == "__slots__" {
                        slots = match names.contains_key(&key) {
                            false => constant_slots(program, body, *value),
                            true => None,
                        };
                    }
                    let op = body.def(*value);
                    match op.map(|op| super::const_kind(&program.consts, op)) {
                        Some(kind) if kind != Kind::Obj && !names.contains_key(&key) => {
                            consts.insert(key.clone(), (op.expect("a constant").clone(), kind))
                        }
                        _ => consts.remove(&key),
                    };
                    if names.insert(key.clone(), method).is_some() {
                        names.insert(key, None);
                    }
                }
                Op::GetItem { obj, key } if body.temp(*obj) == Some(namespace) => {
                    reads.insert(const_str(program, body.def(*key))?.to_string());
                    seen_loads += 1;
                }
                // A name read in the body asks the namespace first
                // (`lower::class`); the answer hands out no value.
                Op::Contains { container, item } if body.temp(*container) == Some(namespace) => {
                    const_str(program, body.def(*item))?;
                    seen_loads += 1;
                }
                Op::Call { callee, args, .. }
                    if builtin_named(body.def(*callee), "$build_class")
                        && args.get(4).and_then(|a| body.temp(*a)) == Some(namespace) =>
                {
                    build_args += 1;
                    seen_loads += 1;
                }
                _ => {}
            }
        }
    }
    if build_args != 1 || body.loads.get(&namespace) != Some(&seen_loads) {
        return None;
    }
    for name in reads {
        if let Some(entry) = names.get_mut(&name) {
            *entry = None;
        }
    }
    // A method bound under two names, or read by the body, is not plain.
    let plain: HashSet<FuncId> = names.values().flatten().copied().collect();
    defaults.retain(|(f, _)| plain.contains(f));
    super_methods.retain(|f| plain.contains(f));
    Some(Namespace {
        names,
        functions,
        defaults,
        super_methods,
        slots,
        consts,
    })
}

/// The names a `__slots__` value declares: a string constant, or a tuple
/// or list built of them.
fn constant_slots(program: &tir::Program, body: &Body, value: ValueId) -> Option<Vec<String>> {
    match body.def(value) {
        Some(Op::BuildTuple(items) | Op::BuildList(items)) => items
            .iter()
            .map(|item| const_str(program, body.def(*item)).map(str::to_string))
            .collect(),
        op => const_str(program, op).map(|name| vec![name.to_string()]),
    }
}

/// What a class body binds (see `Class`).
struct Namespace {
    names: HashMap<String, Option<FuncId>>,
    /// Every function object the body stores straight into the
    /// namespace, plain method or not.
    functions: Vec<FuncId>,
    defaults: Vec<(FuncId, Defaults)>,
    super_methods: Vec<FuncId>,
    slots: Option<Vec<String>>,
    consts: HashMap<String, (Op, Kind)>,
}

/// `closure` is the tuple holding just the class cell, for one closure.
fn closure_of_cell(body: &Body, closure: ValueId, cell_local: LocalId) -> bool {
    matches!(body.def(closure), Some(Op::BuildTuple(items))
        if items.len() == 1 && body.temp(items[0]) == Some(cell_local))
        && body.uses[closure.index()] == 1
}

/// The constant defaults of the method `function` (a `MakeFunction` or
/// `MakeClosure` result) whose positional defaults are the tuple
/// `defaults`: the instructions making them, and its `__kwdefaults__`.
fn constant_defaults(
    program: &tir::Program,
    body: &Body,
    function: ValueId,
    defaults: ValueId,
) -> Defaults {
    let constant = |item: &ValueId| match body.def(*item) {
        Some(op @ (Op::SmallInt(_) | Op::Const(_) | Op::None | Op::True | Op::False)) => {
            Some(op.clone())
        }
        _ => None,
    };
    let positional = match body.def(defaults) {
        Some(Op::BuildTuple(items)) => items.iter().map(constant).collect(),
        _ => None,
    };
    // `f.__kwdefaults__ = {name: value, ...}` right after the `def`.
    let pairs = body
        .func
        .blocks
        .items
        .iter()
        .flat_map(|block| &block.insts)
        .find_map(|inst| match &inst.op {
            Op::SetAttr { obj, name, value }
                if *obj == function && name_of(program, *name) == "__kwdefaults__" =>
            {
                match body.def(*value) {
                    Some(Op::BuildDict(pairs)) => Some(pairs),
                    _ => None,
                }
            }
            _ => None,
        });
    let keyword = pairs
        .into_iter()
        .flatten()
        .filter_map(|(key, value)| {
            Some((
                const_str(program, body.def(*key))?.to_string(),
                constant(value)?,
            ))
        })
        .collect();
    Defaults {
        positional: positional.unwrap_or_default(),
        keyword,
    }
}

/// The constant defaults of a plain method: of its positional parameters
/// (the last ones; none when any is not a constant), and of its
/// keyword-only ones by name (those that are constants).
#[derive(Debug, Default)]
pub struct Defaults {
    pub positional: Vec<Op>,
    pub keyword: Vec<(String, Op)>,
}

/// Whether `func`'s only free variable, its first parameter (the
/// `__class__` cell), is read only for `super(__class__, self)`.
fn super_only(func: &tir::Function) -> bool {
    if func.n_free != 1 {
        return false;
    }
    let cell = func.params[0];
    let defs = crate::infer::solve::definitions(func);
    let is_cell_load =
        |v: ValueId| matches!(defs[v.index()], Some(Op::LoadLocal { local, .. }) if *local == cell);
    let is_cell_read = |v: ValueId| matches!(defs[v.index()], Some(Op::LoadCell { cell: c, .. }) if is_cell_load(*c));
    for block in &func.blocks.items {
        for inst in &block.insts {
            let ok = match &inst.op {
                Op::StoreLocal { local, .. } | Op::DelLocal(local) if *local == cell => false,
                Op::LoadCell { cell: c, .. } if is_cell_load(*c) => true,
                Op::Call {
                    callee,
                    args,
                    kwnames: None,
                } if args.len() == 2
                    && is_cell_read(args[0])
                    && builtin_named(defs[callee.index()], "super") =>
                {
                    !is_cell_load(args[1]) && !is_cell_read(args[1])
                }
                op => op
                    .operands()
                    .iter()
                    .all(|v| !is_cell_load(*v) && !is_cell_read(*v)),
            };
            if !ok {
                return false;
            }
        }
        if block
            .term
            .operands()
            .iter()
            .any(|v| is_cell_load(*v) || is_cell_read(*v))
        {
            return false;
        }
    }
    true
}

/// `func` (made by `value` in a class body) as a plain method: positional
/// parameters only, no free variables but the `n_free` class cell, not a
/// generator, and the function object goes only into the namespace (after
/// its `__module__` is set).
fn plain_method(
    program: &tir::Program,
    body: &Body,
    value: ValueId,
    func: FuncId,
    n_free: usize,
) -> Option<FuncId> {
    let f = &program.functions[func];
    // Positional-or-keyword parameters, then keyword-only ones (the
    // shape's bits 16-31, see `resolve::closure::parameter_shape`).
    let plain = f
        .generic
        .as_ref()
        .is_some_and(|g| g.shape & !(0xffff << 16) == 0)
        && f.n_free == n_free
        && !f.is_generator
        && f.resume.is_none();
    let mut module_stores = 0;
    for block in &body.func.blocks.items {
        for inst in &block.insts {
            if let Op::SetAttr { obj, name, .. } = &inst.op
                && *obj == value
                && matches!(
                    name_of(program, *name),
                    "__module__" | "__doc__" | "__annotations__" | "__kwdefaults__"
                )
            {
                module_stores += 1;
            }
        }
    }
    (plain && body.uses[value.index()] == module_stores + 1).then_some(func)
}
