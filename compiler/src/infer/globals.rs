//! What inference may assume about module globals and native module
//! attributes: a global's kind is the join of every `StoreGlobal` to it in
//! the whole program, and `math.sqrt` is the built-in function, unless
//! some code can write them another way.
//!
//! The other ways are attribute stores on a module object (`m.X = 1`,
//! `math.sqrt = f`: any `SetAttr` / `DelAttr` whose receiver is `obj` can
//! reach a module, so its name is enough), and the reflective doors
//! (`setattr` on what may be a module, `globals()`, `vars()`, `__dict__`,
//! `__setattr__`, `exec`),
//! whose presence anywhere in the program (as a builtin or as a string
//! constant, which a `getattr` could use) makes every global `obj`.
//!
//! A global may also hold a list or dict kind (`SQUARES = [...]` read by
//! every function) when inference sees every read of it, so every store
//! into the container goes through a receiver of that kind: no door, no
//! `getattr` (which can read a module attribute by a computed name), and
//! no string constant spelling its name (`m.X`, `from m import X` and
//! `getattr(m, "X")` all name it by one). Any other way of reading a
//! module's globals must name them by string constants or be a door.
//!
//! `m.X` and `from m import X` of a global `X` of a user module are
//! `Op::ModuleAttr` reads of its slot: a read whose receiver is provably
//! that module ([`ModuleWrites::reads_slot`]) is a load of the global like
//! a `LoadGlobal`; any other counts as the string `X`. The store an
//! `import a.b` makes of submodule `b` on package `a` writes `a`'s global
//! `b` only ([`submodule_binding`]).

use std::collections::{HashMap, HashSet};

use super::instances::module_values::ModuleValues;
use super::instances::{HOOK_NAMES, WRITERS};
use super::kind::Kind;
use crate::tir::{self, Const, GlobalId, ModuleId, Op};

/// Names whose use anywhere could write a global or a module attribute
/// behind the program's back (`setattr` and `delattr` only where a module
/// may be their receiver: see [`module_setattr`]). Not `__dict__`: a
/// module has none in typhon (`m.__dict__` and `vars(m)` raise), and the
/// written-out reads are [`module_dict`]'s to judge all the same.
const DOORS: &[&str] = &[
    "setattr",
    "delattr",
    "globals",
    "vars",
    "exec",
    "eval",
    "__setattr__",
    "__delattr__",
];

/// The program-wide facts about writes to globals and module attributes.
#[derive(Debug, Default)]
pub struct ModuleWrites {
    /// A reflective door is used: nothing about globals can be assumed.
    escape: bool,
    /// Attribute names stored or deleted anywhere.
    attrs: HashSet<String>,
    /// Globals some `StoreGlobal` writes.
    stored: HashSet<GlobalId>,
    /// `getattr` is used somewhere: a module attribute can be read by a
    /// computed name.
    read_door: bool,
    /// The string constants some instruction uses (as a value, an
    /// attribute or method name, keyword names), tuples of them included.
    strings: HashSet<String>,
    /// `escape` would hold if module objects were loose, which the scan
    /// did not assume (see [`ModuleWrites::scan`]).
    loose_matters: bool,
    /// Globals every store of which stores one user module's object.
    holders: HashMap<GlobalId, ModuleId>,
    /// Package attributes `import a.b` binds to a submodule: writes of
    /// that one module's global, not of the name on every object.
    submodules: HashSet<(ModuleId, String)>,
}

impl ModuleWrites {
    /// The facts, with module objects taken for loose (an `obj` value no
    /// attribute read names, see `instances::module_values`) or not: the
    /// instance solver decides that from the code it finds reachable, and
    /// the caller solves again when it found them loose and
    /// [`ModuleWrites::loose_matters`].
    pub fn scan(program: &tir::Program, loose: bool) -> ModuleWrites {
        let mut writes = ModuleWrites::default();
        let str_const = |id: tir::ConstId| match &program.consts[id] {
            Const::Str(name) => Some(name.clone()),
            _ => None,
        };
        for func in &program.functions.items {
            let defs = super::solve::definitions(func);
            for block in &func.blocks.items {
                for inst in &block.insts {
                    if let Some((package, name)) = submodule_binding(program, &defs, &inst.op) {
                        writes.submodules.insert((package, name.to_string()));
                        continue;
                    }
                    match &inst.op {
                        Op::SetAttr { name, .. } | Op::DelAttr { name, .. } => {
                            writes.attrs.extend(str_const(*name));
                        }
                        Op::StoreGlobal { global, .. } => {
                            writes.stored.insert(*global);
                        }
                        Op::Const(id)
                        | Op::GetAttr { name: id, .. }
                        | Op::CallMethod {
                            kwnames: None,
                            name: id,
                            ..
                        }
                        | Op::Call {
                            kwnames: Some(id), ..
                        }
                        | Op::MatchClass {
                            kwnames: Some(id), ..
                        } => used_strings(program, *id, &mut writes.strings),
                        Op::CallMethod {
                            kwnames: Some(kw),
                            name,
                            ..
                        } => {
                            used_strings(program, *kw, &mut writes.strings);
                            used_strings(program, *name, &mut writes.strings);
                        }
                        Op::Builtin(index) => {
                            let name = typhon_abi::BUILTINS.get(*index as usize);
                            let writer = name.is_some_and(|n| WRITERS.contains(n));
                            writes.escape |= !writer && name.is_some_and(|n| DOORS.contains(n));
                            writes.read_door |= name == Some(&"getattr");
                        }
                        _ => {}
                    }
                }
            }
        }
        writes.escape |= door_strings(program);
        // Module tracking is analysed at most once, by the first test
        // that needs it.
        let mut modules = None;
        let setattr = module_setattr(program, &mut writes.attrs, &mut modules);
        let dict = module_dict(program);
        let loose_door = setattr.is_some() || dict;
        writes.escape |= setattr == Some(true) || loose && loose_door;
        writes.loose_matters = !loose && loose_door;
        writes.read_door |= writes.strings.contains("getattr");
        writes.escape |= program
            .globals
            .items
            .iter()
            .any(|g| DOORS.contains(&g.name.as_str()));
        writes.loose_matters &= !writes.escape;
        // Attribute stores of a holder's name are `global_start`'s to judge.
        writes.holders = module_holders(program);
        // A module attribute read whose receiver may be another object
        // names the global, as `m.X` does.
        for func in &program.functions.items {
            let defs = super::solve::definitions(func);
            for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
                if let Op::ModuleAttr { module, global, .. } = &inst.op
                    && !writes.reads_slot(program, &defs, *module, *global)
                {
                    writes.strings.insert(program.globals[*global].name.clone());
                }
            }
        }
        writes
    }

    /// The user module global `id` holds whenever it is bound, if it only
    /// ever holds one (`import m` at module level).
    fn module_held(&self, program: &tir::Program, id: GlobalId) -> Option<ModuleId> {
        let held = self.holders.get(&id).copied()?;
        (self.global_start(program, id) == Kind::Bottom).then_some(held)
    }

    /// Whether `module.<global>` (`Op::ModuleAttr`) reads the global's
    /// slot: its receiver is the module defining it, imported right there
    /// or held by a global only ever bound to it.
    pub fn reads_slot(
        &self,
        program: &tir::Program,
        defs: &[Option<&Op>],
        module: tir::ValueId,
        global: GlobalId,
    ) -> bool {
        slot_receiver(program, defs, module, global, |g| {
            self.module_held(program, g)
        })
    }

    /// The facts without the instance solver's judgement: module objects
    /// are loose if one escapes anywhere in the program, reachable or not.
    pub fn scan_whole(program: &tir::Program) -> ModuleWrites {
        let writes = ModuleWrites::scan(program, false);
        if !writes.loose_matters
            || ModuleValues::analyse(program)
                .first_escape(program)
                .is_none()
        {
            return writes;
        }
        ModuleWrites::scan(program, true)
    }

    /// Whether taking module objects for loose would change these facts.
    pub fn loose_matters(&self) -> bool {
        self.loose_matters
    }

    /// The kind global `id` starts from before its stores are joined in:
    /// `obj` when something else can write it, or when no store does (the
    /// runtime may set it) or it falls back to a builtin while unbound.
    pub fn global_start(&self, program: &tir::Program, id: GlobalId) -> Kind {
        let global = &program.globals[id];
        let name = &global.name;
        let fixed = !self.escape
            && !self.attrs.contains(name)
            && !self.submodules.contains(&(global.module, name.clone()))
            && self.stored.contains(&id)
            && typhon_abi::builtin_index(name).is_none();
        match fixed {
            true => Kind::Bottom,
            false => Kind::Obj,
        }
    }

    /// Whether only the program's `StoreGlobal`s and `DelGlobal`s of
    /// global `id` change it (see [`ModuleWrites::global_start`]).
    pub fn only_stores_write(&self, program: &tir::Program, id: GlobalId) -> bool {
        self.global_start(program, id) == Kind::Bottom
    }

    /// Whether global `id` may hold a list or dict kind: only its own
    /// `LoadGlobal`s can read it (see the module doc).
    pub fn private(&self, program: &tir::Program, id: GlobalId) -> bool {
        let name = &program.globals[id].name;
        self.global_start(program, id) == Kind::Bottom
            && !self.read_door
            && !self.strings.contains(name)
    }

    /// Whether a native module's attribute `name` is still the one the
    /// runtime created.
    pub fn attr_fixed(&self, name: &str) -> bool {
        !self.escape && !self.attrs.contains(name)
    }
}

/// Whether the receiver `module` of a `ModuleAttr` read of `global` is the
/// module defining `global`: an `import` of it right there, or a load of a
/// global `held` says only ever holds it.
pub fn slot_receiver(
    program: &tir::Program,
    defs: &[Option<&Op>],
    module: tir::ValueId,
    global: GlobalId,
    held: impl Fn(GlobalId) -> Option<ModuleId>,
) -> bool {
    let owner = program.globals[global].module;
    match defs[module.index()] {
        Some(Op::ImportModule(m)) => *m == owner,
        Some(Op::LoadGlobal(g)) => held(*g) == Some(owner),
        _ => false,
    }
}

/// `import a.b` binding submodule `b` as an attribute of package `a`
/// (`lower::stmt`): the package and the name, when `op` is that store.
pub fn submodule_binding<'p>(
    program: &'p tir::Program,
    defs: &[Option<&Op>],
    op: &Op,
) -> Option<(ModuleId, &'p str)> {
    let Op::SetAttr { obj, name, value } = op else {
        return None;
    };
    let (Some(Op::ImportModule(package)), Some(Op::ImportModule(_))) =
        (defs[obj.index()], defs[value.index()])
    else {
        return None;
    };
    match &program.consts[*name] {
        Const::Str(name) => Some((*package, name.as_str())),
        _ => None,
    }
}

/// The globals every `StoreGlobal` of which (there is one at least)
/// stores the object of one user module, by the `import` it lowers to.
/// Other writes (attribute stores on a module, reflective doors) are the
/// caller's to rule out; a global named like a builtin is never one.
pub fn module_holders(program: &tir::Program) -> HashMap<GlobalId, ModuleId> {
    let mut held: HashMap<GlobalId, Option<ModuleId>> = HashMap::new();
    for func in &program.functions.items {
        let defs = super::solve::definitions(func);
        for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
            let (global, module) = match &inst.op {
                Op::StoreGlobal { global, value } => match defs[value.index()] {
                    Some(Op::ImportModule(m)) => (*global, Some(*m)),
                    _ => (*global, None),
                },
                Op::DelGlobal(global) => (*global, None),
                _ => continue,
            };
            let entry = held.entry(global).or_insert(module);
            if *entry != module {
                *entry = None;
            }
        }
    }
    // A global named like a builtin reads the builtin while unbound.
    held.into_iter()
        .filter(|(g, _)| typhon_abi::builtin_index(&program.globals[*g].name).is_none())
        .filter_map(|(g, m)| Some((g, m?)))
        .collect()
}

/// Whether a `setattr` / `delattr` with a computed name (or used as a
/// value) may write a module attribute (see [`module_setattr`]), taking
/// module objects for loose if one escapes anywhere in the program.
pub fn module_setattr_possible(program: &tir::Program) -> bool {
    let mut modules = None;
    match module_setattr(program, &mut HashSet::new(), &mut modules) {
        Some(true) => true,
        Some(false) => {
            let modules = modules.get_or_insert_with(|| ModuleValues::analyse(program));
            modules.first_escape(program).is_some()
        }
        None => false,
    }
}

/// Whether a `setattr` / `delattr` may write a module attribute by a name
/// computed at run time: `Some(true)` when one is used other than called,
/// or called on a receiver that may be a module object held where
/// inference sees it; `Some(false)` when one is called with a computed
/// name on some other receiver, which reaches a module only if module
/// objects are loose; `None` when neither. Constant names join `attrs`.
fn module_setattr(
    program: &tir::Program,
    attrs: &mut HashSet<String>,
    modules: &mut Option<ModuleValues>,
) -> Option<bool> {
    let mut computed = false;
    for func in &program.functions.items {
        let defs = super::solve::definitions(func);
        let writer = |v: tir::ValueId| {
            matches!(defs[v.index()], Some(Op::Builtin(i))
                if typhon_abi::BUILTINS.get(*i as usize).is_some_and(|n| WRITERS.contains(n)))
        };
        if block_returns_writer(func, &writer) {
            return Some(true);
        }
        let mut held = None;
        for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
            let mut passed = false;
            inst.op.for_each_operand(|v| {
                passed |= writer(*v) && !matches!(&inst.op, Op::Call { callee, .. } if callee == v);
            });
            let call = match &inst.op {
                Op::Call {
                    callee,
                    args,
                    kwnames,
                } if writer(*callee) => Some((args, kwnames)),
                _ => None,
            };
            if passed {
                return Some(true);
            }
            let Some((args, kwnames)) = call else {
                continue;
            };
            let name = args.get(1).and_then(|a| match defs[a.index()] {
                Some(Op::Const(id)) => match &program.consts[*id] {
                    Const::Str(name) => Some(name.clone()),
                    _ => None,
                },
                _ => None,
            });
            if let (Some(name), None) = (name, kwnames) {
                attrs.insert(name);
                continue;
            }
            if kwnames.is_some() || args.is_empty() {
                return Some(true);
            }
            let modules = modules.get_or_insert_with(|| ModuleValues::analyse(program));
            let held = held.get_or_insert_with(|| modules.held(program, func));
            if held.contains(&args[0]) {
                return Some(true);
            }
            computed = true;
        }
    }
    computed.then_some(false)
}

/// Whether `vars(x)` or `x.__dict__` is used, which may read a module's
/// globals (the dict itself, which stores write through) once module
/// objects are loose (`m.__dict__` on a module makes one escape).
/// Typhon's modules have no `__dict__` yet; this keeps globals sound
/// should they get one.
fn module_dict(program: &tir::Program) -> bool {
    program.functions.items.iter().any(|func| {
        let defs = super::solve::definitions(func);
        func.blocks
            .items
            .iter()
            .flat_map(|b| &b.insts)
            .any(|inst| super::instances::dict_read(program, &defs, &inst.op).is_some())
    })
}

/// Whether a terminator of `func` passes on a value `writer` accepts.
fn block_returns_writer(func: &tir::Function, writer: &dyn Fn(tir::ValueId) -> bool) -> bool {
    func.blocks
        .items
        .iter()
        .any(|b| b.term.operands().into_iter().any(writer))
}

/// Whether an instruction uses a string constant spelling a door.
fn door_strings(program: &tir::Program) -> bool {
    for func in &program.functions.items {
        let named = named_values(func);
        for inst in func.blocks.items.iter().flat_map(|block| &block.insts) {
            let mut ids = Vec::new();
            match &inst.op {
                // A string only tested with `in` or used as an item key
                // is data (`"__setattr__" in cls.__dict__`), as
                // `instances::reflective` holds too.
                Op::Const(_) if !inst.results.iter().any(|r| named.contains(r)) => {}
                // Installing the attribute hooks of a class
                // (`C.__setattr__ = f`) writes no global: the instance
                // analysis judges it (`instances::hooks`).
                Op::SetAttr { name: id, .. } | Op::DelAttr { name: id, .. } if matches!(&program.consts[*id], Const::Str(s) if HOOK_NAMES.contains(&s.as_str())) =>
                    {}
                Op::Const(id)
                | Op::GetAttr { name: id, .. }
                | Op::SetAttr { name: id, .. }
                | Op::DelAttr { name: id, .. }
                | Op::LoadCell { name: id, .. }
                | Op::DelCell { name: id, .. }
                | Op::LoadField { name: id, .. }
                | Op::StoreField { name: id, .. } => ids.push(*id),
                Op::CallMethod { name, kwnames, .. } => {
                    ids.push(*name);
                    ids.extend(kwnames);
                }
                Op::Call { kwnames, .. } | Op::MatchClass { kwnames, .. } => ids.extend(kwnames),
                _ => {}
            }
            let mut strings = HashSet::new();
            for id in ids {
                used_strings(program, id, &mut strings);
            }
            if strings.iter().any(|s| DOORS.contains(&s.as_str())) {
                return true;
            }
        }
    }
    false
}

/// The values of `func` used other than as the item of an `in` test or an
/// item key.
fn named_values(func: &tir::Function) -> HashSet<tir::ValueId> {
    let mut named = HashSet::new();
    for block in &func.blocks.items {
        for inst in &block.insts {
            match &inst.op {
                Op::Contains { container, .. } => {
                    named.insert(*container);
                }
                Op::GetItem { obj, .. } | Op::DelItem { obj, .. } => {
                    named.insert(*obj);
                }
                Op::SetItem { obj, value, .. } => {
                    named.extend([*obj, *value]);
                }
                op => op.for_each_operand(|v| {
                    named.insert(*v);
                }),
            }
        }
        named.extend(block.term.operands());
    }
    named
}

/// The strings constant `id` holds (itself, or a tuple's items).
fn used_strings(program: &tir::Program, id: tir::ConstId, out: &mut HashSet<String>) {
    match &program.consts[id] {
        Const::Str(s) => {
            out.insert(s.clone());
        }
        Const::Tuple(items) => items.iter().for_each(|i| used_strings(program, *i, out)),
        _ => {}
    }
}

/// What a store of a value of kind `kind` contributes to a global: scalar
/// kinds, modules, and instances (and their unions: attribute kinds join
/// the stores through every receiver, whatever held it), and tuples of
/// those; other containers stored in a global are `obj` (their analysis
/// tracks them through locals and values only).
pub fn global_kind(kind: Kind) -> Kind {
    match kind {
        Kind::Bottom
        | Kind::Int
        | Kind::Float
        | Kind::Bool
        | Kind::None
        | Kind::Str
        | Kind::Range
        | Kind::NativeModule(_)
        | Kind::Inst(_)
        | Kind::Union(_)
        | Kind::OptFloat
        | Kind::OptInt
        | Kind::Num => kind,
        // A tuple of constants (`DIRECTIONS = (-1, 1, ...)`) is immutable.
        Kind::Tuple(_) if super::containers::frozen_tuple(kind) => kind,
        _ => Kind::Obj,
    }
}

/// What a store of a value of kind `kind` contributes to a global that is
/// [`ModuleWrites::private`] when `private`: also lists, dicts and sets, whose
/// stores inference then sees through every read of the global.
pub fn stored_kind(kind: Kind, private: bool) -> Kind {
    match kind {
        Kind::List(_) | Kind::Dict(_) | Kind::Set(_) if private => kind,
        _ => global_kind(kind),
    }
}
