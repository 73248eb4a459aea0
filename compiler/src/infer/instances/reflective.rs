//! The whole-program part of discovery: uses that reach attributes or
//! namespaces by computed names (`getattr(x, name)`, `vars`, `__dict__`,
//! ...), which defeat instance inference everywhere, and the names a
//! string can reach attributes through, which make those names dynamic.

use std::collections::{HashMap, HashSet};

use super::discover::{Discovery, builtin_named, const_str, name_of};
use super::instance_dicts::dict_read;
use crate::infer::kind::Kind;
use crate::tir::{self, GlobalId, Op, ValueId};

/// Builtins whose use defeats the analysis for the whole program: they
/// reach namespaces or attributes by computed names. (`vars(x)` lowers to
/// `$vars`, which the solver judges: `instance_dicts`.)
const DEFEATING_BUILTINS: &[&str] = &[
    "vars",
    "globals",
    "locals",
    "exec",
    "eval",
    "compile",
    "__import__",
];

/// Attribute names whose use defeats the analysis: they reach instance
/// dicts or the attribute protocol itself. A read of `x.__dict__` is the
/// solver's to judge (`instance_dicts`); a store or a call is not.
const DEFEATING_NAMES: &[&str] = &["__dict__", "__setattr__", "__delattr__", "__getattribute__"];

/// The builtins that reach an attribute by a name passed as their second
/// argument (`$object_setattr`: `object.__setattr__(x, name, v)`, which
/// skips a class's own `__setattr__`), and those among them that store.
const NAME_BUILTINS: [&str; 6] = [
    "getattr",
    "hasattr",
    "setattr",
    "delattr",
    "$object_setattr",
    "$object_delattr",
];
pub(crate) const WRITERS: &[&str] = &["setattr", "delattr", "$object_setattr", "$object_delattr"];

/// Attribute names whose store on a class object installs a hook on the
/// attribute protocol of its instances: the solver judges which classes
/// it may reach (`State::hooked`).
pub(crate) const HOOK_NAMES: &[&str] = &["__setattr__", "__delattr__"];

/// Names the runtime itself calls methods by on user objects (`print`'s
/// `file.write`, `dict(mapping)`'s `keys`, a delegate's `close`...).
const PROTOCOL_NAMES: &[&str] = &[
    "write",
    "flush",
    "read",
    "readline",
    "readlines",
    "close",
    "keys",
    "items",
    "values",
    "get",
    "fileno",
];

/// Methods the runtime calls by name only on the iterator a `yield from`
/// or `await` delegates to (a method of these names elsewhere is typed).
const DELEGATE_NAMES: &[&str] = &["send", "throw"];

/// What defeated the analysis, and where: `--emit types` shows it, since
/// one reflective use anywhere in the program (the standard library's
/// modules included) leaves every class untyped.
#[derive(Debug, Clone)]
pub struct Defeat {
    pub what: String,
    /// The function using it, `module.name`.
    pub function: String,
}

impl Defeat {
    fn new(program: &tir::Program, func: &tir::Function, what: String) -> Defeat {
        let module = &program.modules[func.module].name;
        Defeat {
            what,
            function: format!("{module}.{}", func.name),
        }
    }
}

/// Attribute names strings may reach: some names, or every name once a
/// `getattr` / `hasattr` with a name computed at run time, or a class's
/// namespace, may reach the program's classes (decided by the solver:
/// [`computed_read`]).
#[derive(Debug, Default, Clone)]
pub struct NameSet {
    pub all: bool,
    names: HashSet<String>,
}

impl NameSet {
    pub fn contains(&self, name: &str) -> bool {
        self.all || self.names.contains(name)
    }

    /// Whether the set grew.
    pub fn insert(&mut self, name: String) -> bool {
        !self.all && self.names.insert(name)
    }

    /// Make it every name; whether the set grew.
    pub fn insert_all(&mut self) -> bool {
        !std::mem::replace(&mut self.all, true)
    }

    pub fn extend(&mut self, names: impl IntoIterator<Item = String>) {
        self.names.extend(names);
    }
}

/// Whether `op` is `type.__getattribute__(x, "__dict__")`: the namespace
/// of the class `x` (a copy in typhon; `TypeError` when `x` is no class).
/// Unlike `x.__dict__`, it never reaches an instance's attributes, so it
/// leaves instance inference standing (typhon's standard library reads
/// class namespaces this way).
pub(super) fn reads_class_namespace(program: &tir::Program, defs: &[Option<&Op>], op: &Op) -> bool {
    let Op::CallMethod {
        obj,
        name,
        args,
        kwnames: None,
    } = op
    else {
        return false;
    };
    name_of(program, *name) == "__getattribute__"
        && builtin_named(defs[obj.index()], "type")
        && args.len() == 2
        && const_str(program, defs[args[1].index()]) == Some("__dict__")
}

/// The receiver of `op` when it reads attributes by a name computed at run
/// time: `getattr` / `hasattr` with a computed name, or a class
/// namespace read ([`reads_class_namespace`]). The solver makes every name
/// reachable once such a receiver may be one of the program's instances or
/// classes (or a module holding them).
pub(super) fn computed_read(
    program: &tir::Program,
    defs: &[Option<&Op>],
    op: &Op,
) -> Option<ValueId> {
    if reads_class_namespace(program, defs, op) {
        let Op::CallMethod { args, .. } = op else {
            return None;
        };
        return Some(args[0]);
    }
    let Op::Call { callee, args, .. } = op else {
        return None;
    };
    let reads = ["getattr", "hasattr", "$getattr_checked", "$hasattr_checked"]
        .iter()
        .any(|name| builtin_named(defs[callee.index()], name));
    (reads && args.len() >= 2 && const_str(program, defs[args[1].index()]).is_none())
        .then(|| args[0])
}

/// The receiver of `op` when it stores or deletes an attribute by a name
/// computed at run time (`setattr` / `delattr`): the solver lets it reach
/// every attribute of the instances or classes it may be
/// ([`note_computed_write`]).
pub(super) fn computed_write(
    program: &tir::Program,
    defs: &[Option<&Op>],
    op: &Op,
) -> Option<ValueId> {
    let Op::Call { callee, args, .. } = op else {
        return None;
    };
    let writes = WRITERS
        .iter()
        .chain(&[
            "$setattr_checked",
            "$delattr_checked",
            "$object_setattr_checked",
            "$object_delattr_checked",
        ])
        .any(|name| builtin_named(defs[callee.index()], name));
    (writes && args.len() >= 2 && const_str(program, defs[args[1].index()]).is_none())
        .then(|| args[0])
}

/// Whether the class object `value` (`type(x)`, `x.__class__`) is only
/// compared, named (`__name__`, `__qualname__`, `__module__`) or passed as
/// the class of `isinstance` / `issubclass`, itself or through locals
/// holding it: then it cannot make an instance or reach an `__init__`.
pub(super) fn inspected_only(
    func: &tir::Function,
    defs: &[Option<&Op>],
    program: &tir::Program,
    value: ValueId,
) -> bool {
    Inspection {
        func,
        defs,
        program,
        locals: HashSet::new(),
    }
    .inspected(value)
}

struct Inspection<'a> {
    func: &'a tir::Function,
    defs: &'a [Option<&'a Op>],
    program: &'a tir::Program,
    /// Locals assumed inspected only (a local stored twice is checked once).
    locals: HashSet<tir::LocalId>,
}

impl Inspection<'_> {
    fn inspected(&mut self, value: ValueId) -> bool {
        let (func, defs, program) = (self.func, self.defs, self.program);
        let mut stored = Vec::new();
        let inspects = |op: &Op, stored: &mut Vec<tir::LocalId>| match op {
            Op::Is { .. } | Op::Compare { .. } | Op::CompareBool { .. } => true,
            Op::Contains { item, container } => *item == value && *container != value,
            Op::SetContains { item, set } => *item == value && *set != value,
            Op::StoreLocal { local, .. } => {
                stored.push(*local);
                true
            }
            Op::GetAttr { obj, name } => {
                *obj == value
                    && matches!(
                        name_of(program, *name),
                        "__name__" | "__qualname__" | "__module__"
                    )
            }
            Op::Call {
                callee,
                args,
                kwnames: None,
            } => {
                let callee_def = defs[callee.index()];
                let checked = builtin_named(callee_def, "isinstance")
                    || builtin_named(callee_def, "issubclass");
                // `hasattr(type(x), "name")` answers a bool.
                let probed = builtin_named(callee_def, "hasattr")
                    && args.len() == 2
                    && args[1] != value
                    && const_str(program, defs[args[1].index()]).is_some();
                *callee != value && (checked || probed)
            }
            _ => false,
        };
        let direct = func.blocks.items.iter().all(|block| {
            !block.term.operands().contains(&value)
                && block.insts.iter().all(|inst| {
                    let mut used = false;
                    inst.op.for_each_operand(|v| used |= *v == value);
                    !used || inspects(&inst.op, &mut stored)
                })
        });
        direct
            && stored.into_iter().all(|local| {
                !self.locals.insert(local) || {
                    let loads: Vec<ValueId> = func
                        .blocks
                        .items
                        .iter()
                        .flat_map(|block| &block.insts)
                        .filter(
                            |inst| matches!(inst.op, Op::LoadLocal { local: l, .. } if l == local),
                        )
                        .flat_map(|inst| inst.results.iter().copied())
                        .collect();
                    loads.into_iter().all(|load| self.inspected(load))
                }
            })
    }
}

/// A computed read ([`computed_read`]) whose receiver has kind `receiver`:
/// when that may be one of the program's instances or classes, every name
/// of it may be reached: methods through their function objects, class
/// objects (`__class__`), hence `__init__` run through the protocol, and
/// arithmetic methods. With no module object loose (`modules_loose`: see
/// [`super::module_values`]), an `obj` receiver is an escaped instance or
/// class, whose attributes the escape rules already widen, and a known
/// instance or class receiver escapes; otherwise it may be a module
/// holding any class object and function, and every name of every class
/// is reached. Whether it may reach any.
pub(super) fn note_computed_read(state: &mut super::State, receiver: Kind) -> bool {
    let mut grew = false;
    match receiver {
        // `getattr(sys, name)` may read `sys.modules`; it reaches no class
        // itself.
        Kind::NativeModule(_) => {
            state.changed |= !std::mem::replace(&mut state.modules_loose, true);
            return false;
        }
        Kind::Obj | Kind::Inst(_) | Kind::Union(_) | Kind::Class(_) => {}
        _ => return false,
    }
    if state.modules_loose {
        grew |= state.untyped.insert_all();
        grew |= !std::mem::replace(&mut state.init_dynamic, true);
    } else {
        match receiver {
            Kind::Inst(c) => crate::infer::containers::escape_instance(c),
            Kind::Union(bits) => {
                super::union::classes(bits).for_each(crate::infer::containers::escape_instance)
            }
            Kind::Class(c) => grew |= state.escaped.insert(c),
            _ => {}
        }
        grew |= !std::mem::replace(&mut state.class_read_any, true);
    }
    grew |= state.dynamic.insert_all();
    grew |= !std::mem::replace(&mut state.arith_dynamic, true);
    state.changed |= grew;
    true
}

/// A computed store or delete ([`computed_write`]) whose receiver has kind
/// `receiver`: any attribute of the instances it may be may hold anything
/// (`Inst`, `Union`), any class attribute of a class it may be and its
/// subclasses may be replaced (`Class`), and through `obj` either, for
/// the classes whose instances or class objects escape. Whether it may
/// reach any.
pub(super) fn note_computed_write(state: &mut super::State, receiver: Kind) -> bool {
    let grew = match receiver {
        Kind::Inst(c) => state.instance_stores.insert(c),
        Kind::Union(bits) => super::union::classes(bits)
            .fold(false, |grew, c| state.instance_stores.insert(c) | grew),
        Kind::Class(c) => state.class_stores.insert(c),
        Kind::Bottom | Kind::NativeModule(_) | Kind::Iter(_) => return false,
        kind if kind.is_exact_builtin() => return false,
        _ => !std::mem::replace(&mut state.escaped_stores, true),
    };
    state.changed |= grew;
    true
}

impl super::Model {
    /// Record what a `getattr` / `setattr` (...) with a computed name in
    /// `inst` may reach.
    pub(super) fn observe_computed_names(
        &self,
        state: &mut super::State,
        program: &tir::Program,
        (id, defs): (tir::FuncId, &[Option<&Op>]),
        inst: &tir::Inst,
        k: &dyn Fn(ValueId) -> Kind,
    ) {
        let op = &inst.op;
        if let Some(obj) = computed_read(program, defs, op)
            && note_computed_read(state, k(obj))
        {
            state.note_first(super::NAMES_WIDENING, (id, inst.line));
        }
        if let Some(obj) = computed_write(program, defs, op)
            && note_computed_write(state, k(obj))
        {
            state.note_first(super::WRITES_WIDENING, (id, inst.line));
            // The value is stored where inference does not look.
            if let Op::Call { args, .. } = op {
                let stored: Vec<Kind> = args.iter().skip(2).map(|a| k(*a)).collect();
                crate::infer::containers::escape_all(&stored);
            }
        }
        if let Op::SetAttr { obj, name, .. } | Op::DelAttr { obj, name } = op
            && HOOK_NAMES.contains(&name_of(program, *name))
            && self.note_hook(state, k(*obj))
        {
            state.note_first(super::hooks::HOOKS_WIDENING, (id, inst.line));
        }
        if let Some(obj) = super::instance_dicts::dict_read(program, defs, op)
            && self.note_dict_read(state, k(obj))
        {
            state.note_first(super::DICTS_WIDENING, (id, inst.line));
        }
    }
}

/// The whole-program part of the scan for one function.
pub(super) fn scan(
    program: &tir::Program,
    func: &tir::Function,
    found: &mut Discovery,
    stores: &mut HashMap<GlobalId, usize>,
    attr_stores: &mut HashSet<String>,
) -> Result<(), Defeat> {
    let defeat = |what: String| Defeat::new(program, func, what);
    let defs = crate::infer::solve::definitions(func);
    // Values in positions where a string is only data (item keys,
    // arguments of the class-building helpers); any other use of a
    // string constant may turn it into an attribute name.
    let mut unsafe_uses: HashSet<ValueId> = HashSet::new();
    // A class body's `__slots__` names are data unless something reads
    // `__slots__` back (see `discover`).
    let slot_values: HashSet<ValueId> = func
        .blocks
        .items
        .iter()
        .flat_map(|block| &block.insts)
        .filter_map(|inst| match &inst.op {
            Op::SetItem { key, value, .. }
                if const_str(program, defs[key.index()]) == Some("__slots__") =>
            {
                Some(*value)
            }
            _ => None,
        })
        .collect();
    // Likewise a module's `__all__` names.
    let all_values: HashSet<ValueId> = func
        .blocks
        .items
        .iter()
        .flat_map(|block| &block.insts)
        .filter_map(|inst| match &inst.op {
            Op::StoreGlobal { global, value } if program.globals[*global].name == "__all__" => {
                Some(*value)
            }
            _ => None,
        })
        .collect();
    for block in &func.blocks.items {
        for inst in &block.insts {
            if reads_class_namespace(program, &defs, &inst.op) {
                // Decided by the solver ([`computed_read`]).
                continue;
            }
            if let Some((package, name)) =
                crate::infer::globals::submodule_binding(program, &defs, &inst.op)
            {
                found.submodules.insert((package, name.to_string()));
                continue;
            }
            match &inst.op {
                Op::Builtin(idx) => {
                    let name = typhon_abi::BUILTINS[*idx as usize];
                    if DEFEATING_BUILTINS.contains(&name) {
                        return Err(defeat(format!("`{}`", name.trim_start_matches('$'))));
                    }
                    if matches!(name, "$globals" | "$module_dir") {
                        found.namespaces = true;
                        found.init_dynamic = true;
                    }
                }
                Op::GetAttr { name, .. } | Op::CallMethod { name, .. } => {
                    let name = name_of(program, *name);
                    let dict_read = dict_read(program, &defs, &inst.op).is_some();
                    if DEFEATING_NAMES.contains(&name) && !dict_read {
                        return Err(defeat(format!("attribute `{name}`")));
                    }
                    found.slots_read |= name == "__slots__";
                    found.all_read |= name == "__all__";
                }
                Op::SetAttr { obj, name, .. } | Op::DelAttr { obj, name } => {
                    let name = name_of(program, *name);
                    let hook = HOOK_NAMES.contains(&name);
                    if !hook && (DEFEATING_NAMES.contains(&name) || name == "__class__") {
                        return Err(defeat(format!("a store to attribute `{name}`")));
                    }
                    // A `def`'s own keyword-only defaults (`lower::closures`).
                    let own_kwdefaults = name == "__kwdefaults__"
                        && matches!(inst.op, Op::SetAttr { .. })
                        && matches!(
                            defs[obj.index()],
                            Some(Op::MakeFunction { .. } | Op::MakeClosure { .. })
                        );
                    if !own_kwdefaults {
                        attr_stores.insert(name.to_string());
                    }
                }
                Op::LoadGlobal(global) => {
                    found.all_read |= program.globals[*global].name == "__all__";
                }
                Op::StoreGlobal { global, .. } | Op::DelGlobal(global) => {
                    *stores.entry(*global).or_default() += 1;
                    if matches!(inst.op, Op::DelGlobal(_)) {
                        *stores.entry(*global).or_default() += 1;
                    }
                }
                _ => {}
            }
            match &inst.op {
                // Item keys are data.
                Op::SetItem { value, obj, .. } => {
                    unsafe_uses.insert(*value);
                    unsafe_uses.insert(*obj);
                }
                Op::GetItem { obj, .. } => {
                    unsafe_uses.insert(*obj);
                }
                // So is the item of an `in` test (a class body's
                // `__radd__ = __add__` tests its namespace): no builtin
                // container looks attributes up by it, and a user
                // `__contains__` can only by a computed name, which the
                // solver judges.
                Op::Contains { container, .. } => {
                    unsafe_uses.insert(*container);
                }
                // The class-building helpers take names as data.
                Op::Call { callee, .. }
                    if builtin_named(defs[callee.index()], "$build_class")
                        || builtin_named(defs[callee.index()], "$prepare_class") => {}
                Op::Call {
                    callee,
                    args,
                    kwnames,
                } if NAME_BUILTINS
                    .iter()
                    .any(|name| builtin_named(defs[callee.index()], name)) =>
                {
                    let builtin = NAME_BUILTINS
                        .into_iter()
                        .find(|name| builtin_named(defs[callee.index()], name))
                        .unwrap_or_default();
                    let writer = WRITERS.contains(&builtin);
                    let builtin = match builtin {
                        "$object_setattr" => "object.__setattr__",
                        "$object_delattr" => "object.__delattr__",
                        other => other,
                    };
                    let name = args
                        .get(1)
                        .and_then(|a| const_str(program, defs[a.index()]));
                    let Some(name) = name else {
                        if kwnames.is_some() || args.len() < 2 {
                            return Err(defeat(format!("`{builtin}` with a computed name")));
                        }
                        // Any name: decided by the solver ([`computed_read`],
                        // [`computed_write`]), the names that open a
                        // namespace or the protocol refused at run time
                        // (`$getattr_checked`, `$setattr_checked`).
                        unsafe_uses.extend(args.iter().copied());
                        continue;
                    };
                    if dict_read(program, &defs, &inst.op).is_some() {
                        // The solver's (`instance_dicts`).
                        unsafe_uses.insert(args[0]);
                        continue;
                    }
                    if kwnames.is_some()
                        || DEFEATING_NAMES.contains(&name)
                        || writer && name == "__class__"
                    {
                        return Err(defeat(format!("`{builtin}` of `{name}`")));
                    }
                    if writer {
                        found.stored.insert(name.to_string());
                        attr_stores.insert(name.to_string());
                    }
                    found.dynamic.insert(name.to_string());
                    unsafe_uses.insert(args[0]);
                    unsafe_uses.extend(args.iter().skip(2));
                }
                // `type(x)`: decided by the solver (`class_objects`).
                Op::Call { callee, args, .. } if builtin_named(defs[callee.index()], "type") => {
                    unsafe_uses.extend(args.iter().copied());
                }
                // An f-string's literal pieces become part of a new
                // string (a name computed at run time defeats the
                // analysis where it reaches `getattr`).
                Op::ConcatStr(_) => {}
                Op::BuildTuple(items) | Op::BuildList(items)
                    if inst
                        .results
                        .iter()
                        .any(|r| slot_values.contains(r) || all_values.contains(r)) =>
                {
                    let listed = if inst.results.iter().any(|r| slot_values.contains(r)) {
                        &mut found.slot_strings
                    } else {
                        &mut found.all_strings
                    };
                    for item in items {
                        match const_str(program, defs[item.index()]) {
                            Some(name) => listed.push(name.to_string()),
                            None => {
                                unsafe_uses.insert(*item);
                            }
                        }
                    }
                }
                op => op.for_each_operand(|v| {
                    unsafe_uses.insert(*v);
                }),
            }
        }
        unsafe_uses.extend(block.term.operands());
    }
    // The builtins reaching attributes by name must be called directly
    // with a constant name (checked above), never passed around: not as
    // an operand, nor returned or yielded.
    let reaching = |v: &ValueId| {
        NAME_BUILTINS
            .into_iter()
            .find(|name| builtin_named(defs[v.index()], name))
    };
    for block in &func.blocks.items {
        for inst in &block.insts {
            let callee = match &inst.op {
                Op::Call { callee, .. } => Some(*callee),
                _ => None,
            };
            let mut passed = None;
            inst.op.for_each_operand(|v| {
                if Some(*v) != callee {
                    passed = passed.or(reaching(v));
                }
            });
            if let Some(name) = passed {
                return Err(defeat(format!("`{name}` used as a value")));
            }
        }
        if let Some(name) = block.term.operands().iter().find_map(reaching) {
            return Err(defeat(format!("`{name}` used as a value")));
        }
    }
    for value in unsafe_uses {
        if let Some(s) = const_str(program, defs[value.index()]) {
            // The string `"__dict__"` as data (`functools.WRAPPER_UPDATES`)
            // can reach an attribute dict only through a computed
            // `getattr`, which refuses it ([`check_computed_names`]).
            if DEFEATING_NAMES.contains(&s) && s != "__dict__" {
                return Err(defeat(format!("the string `{s}` used as a name")));
            }
            found.dynamic.insert(s.to_string());
        }
    }
    found
        .dynamic
        .extend(PROTOCOL_NAMES.iter().map(|s| s.to_string()));
    if tir::cfg::delegates(func) {
        found
            .dynamic
            .extend(DELEGATE_NAMES.iter().map(|s| s.to_string()));
    }
    Ok(())
}

/// Once inference typed the program's classes, the `getattr` / `hasattr`
/// / `setattr` / `delattr` calls taking a computed name go to the checked
/// builtins, which refuse at run time the names discovery rejects when
/// written out.
pub(super) fn check_computed_names(program: &mut tir::Program) {
    let index = |name: &str| typhon_abi::builtin_index(name).expect("ABI helper") as u32;
    let pairs = [
        (index("getattr"), index("$getattr_checked")),
        (index("hasattr"), index("$hasattr_checked")),
        (index("setattr"), index("$setattr_checked")),
        (index("delattr"), index("$delattr_checked")),
        (index("$object_setattr"), index("$object_setattr_checked")),
        (index("$object_delattr"), index("$object_delattr_checked")),
    ];
    let computed: Vec<HashSet<ValueId>> = program
        .functions
        .items
        .iter()
        .map(|func| {
            let defs = crate::infer::solve::definitions(func);
            let mut callees = HashSet::new();
            for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
                if let Op::Call { callee, .. } = &inst.op
                    && (computed_read(program, &defs, &inst.op).is_some()
                        || computed_write(program, &defs, &inst.op).is_some())
                {
                    callees.insert(*callee);
                }
            }
            callees
        })
        .collect();
    for (func, computed) in program.functions.items.iter_mut().zip(computed) {
        for inst in func
            .blocks
            .items
            .iter_mut()
            .flat_map(|b| b.insts.iter_mut())
        {
            if inst.results.iter().any(|r| computed.contains(r))
                && let Op::Builtin(idx) = &mut inst.op
                && let Some((_, checked)) = pairs.iter().find(|(plain, _)| plain == idx)
            {
                *idx = *checked;
            }
        }
    }
}
