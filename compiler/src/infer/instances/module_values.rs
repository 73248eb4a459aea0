//! Whether a module object can be an `obj` value that no attribute read
//! names statically.
//!
//! `getattr(x, name)` with a name computed at run time reaches every
//! global of a module `x` may be, class objects and functions included;
//! so the solver lets such a read on an `obj` receiver reach only the
//! escaped classes' attributes when no module object is such a value
//! (see `reflective::note_computed_read`). A module object comes from an
//! `import` (`ImportModule`), from an attribute of a module that names a
//! submodule (`os.path`), or from the globals and locals holding only
//! those; it stays known while its uses are attribute reads (but not
//! `m.__dict__`, its globals), calls of its attributes, stores of its
//! attributes, stores into such a global or local, `is` and truth tests;
//! `from m import name` (`$import_from(m, "name", path)` or, for a
//! global `m` binds, `Op::ModuleAttr`, which is an attribute read too; and
//! `$import_star_get` for `import *`) keeps `m` known, and gives a module
//! object when `name` may name one. Any other use (an argument, an
//! element, a return value), and the ways the runtime hands modules out
//! (`sys.modules`, `importlib.import_module`, a function's `__globals__`),
//! let one escape.
//!
//! An escape counts only where it can run: the instance solver notes one
//! when it analyses the function holding it (`Model::observe_entry`), so a
//! library function nothing calls (`typing.get_type_hints`, which reads
//! `sys.modules`) does not loosen every program importing it.

use std::collections::HashSet;

use super::discover::{builtin_named, const_str};
use crate::tir::{self, GlobalId, LocalId, Op, ValueId};

/// Attribute names that hand out module objects (or a module's globals).
const MODULE_DOORS: &[&str] = &["modules", "import_module", "__globals__", "getmodule"];

/// Where module objects are held.
#[derive(Debug, Default)]
pub struct ModuleValues {
    holders: Holders,
}

impl ModuleValues {
    pub fn analyse(program: &tir::Program) -> ModuleValues {
        ModuleValues {
            holders: module_globals(program),
        }
    }

    /// Where a module object first escapes in the whole program, whether
    /// or not that code can run (`module.function` and how).
    pub fn first_escape(&self, program: &tir::Program) -> Option<String> {
        program
            .functions
            .items
            .iter()
            .find_map(|func| self.escape(program, func))
    }

    /// How a module object escapes in `func` (`module.function` and how).
    pub fn escape(&self, program: &tir::Program, func: &tir::Function) -> Option<String> {
        let what = escape_in(program, func, &self.holders)?;
        let module = &program.modules[func.module].name;
        Some(format!("{what} in {module}.{}", func.name))
    }

    /// The values of `func` that may be module objects.
    pub fn held(&self, program: &tir::Program, func: &tir::Function) -> HashSet<ValueId> {
        module_values(program, func, &self.holders).values
    }
}

/// The globals every store of which is a module object, and the names an
/// attribute of a module that may be a module has: such a global's
/// (`json.sys`, `from m import sub`) or a submodule's last part
/// (`os.path`).
#[derive(Debug, Default)]
struct Holders {
    globals: HashSet<GlobalId>,
    names: HashSet<String>,
}

impl Holders {
    fn new(program: &tir::Program, globals: HashSet<GlobalId>) -> Holders {
        let submodules = program
            .modules
            .items
            .iter()
            .map(|m| m.name.rsplit('.').next().unwrap_or(&m.name));
        let names = globals
            .iter()
            .map(|g| program.globals[*g].name.as_str())
            .chain(submodules)
            .map(str::to_string)
            .collect();
        Holders { globals, names }
    }
}

/// The globals some store of which may be a module object.
fn module_globals(program: &tir::Program) -> Holders {
    let mut holders = Holders::new(program, HashSet::new());
    // Stores of values that are modules only through other such globals:
    // iterate until no global joins.
    loop {
        let mut modules = holders.globals.clone();
        for func in &program.functions.items {
            let held = module_values(program, func, &holders);
            for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
                if let Op::StoreGlobal { global, value } = &inst.op
                    && held.values.contains(value)
                {
                    modules.insert(*global);
                }
            }
        }
        let done = modules.len() == holders.globals.len();
        holders = Holders::new(program, modules);
        if done {
            return holders;
        }
    }
}

/// What `func` holds module objects in: values, and locals some store of
/// which may be one.
struct Held {
    values: HashSet<ValueId>,
    locals: HashSet<LocalId>,
}

/// The values and locals of `func` that may hold module objects. A value
/// wrongly taken for one only makes more uses count as escapes, so a
/// local or global that holds a module on one path (a class body's name
/// lookup, `try: import m` / `except ImportError: m = None`) is taken
/// for one on every path.
fn module_values(program: &tir::Program, func: &tir::Function, holders: &Holders) -> Held {
    let (globals, module_names) = (&holders.globals, &holders.names);
    let mut values: HashSet<ValueId> = HashSet::new();
    let mut locals: HashSet<LocalId> = HashSet::new();
    let defs = crate::infer::solve::definitions(func);
    loop {
        let before = (values.len(), locals.len());
        for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
            let module = match &inst.op {
                Op::ImportModule(_) | Op::ImportNative(_) => true,
                Op::LoadGlobal(g) => globals.contains(g),
                Op::LoadLocal { local, .. } => locals.contains(local),
                Op::GetAttr { obj, name } => {
                    values.contains(obj)
                        && module_names.contains(super::discover::name_of(program, *name))
                }
                Op::ModuleAttr { module, global, .. } => {
                    values.contains(module) && module_names.contains(&program.globals[*global].name)
                }
                Op::StoreLocal { local, value } => {
                    if values.contains(value) {
                        locals.insert(*local);
                    }
                    false
                }
                op => match import_from(&defs, op) {
                    Some((from, name)) if values.contains(&from) => {
                        const_str(program, defs[name.index()])
                            .is_none_or(|name| module_names.contains(name))
                    }
                    _ => false,
                },
            };
            if module {
                values.extend(inst.results.iter().copied());
            }
        }
        if (values.len(), locals.len()) == before {
            return Held { values, locals };
        }
    }
}

/// How a module object escapes in `func`, if it does.
fn escape_in(program: &tir::Program, func: &tir::Function, holders: &Holders) -> Option<String> {
    let globals = &holders.globals;
    let held = module_values(program, func, holders);
    let values = &held.values;
    let defs = crate::infer::solve::definitions(func);
    for block in &func.blocks.items {
        for inst in &block.insts {
            let read = match &inst.op {
                Op::GetAttr { name, .. } | Op::CallMethod { name, .. } => {
                    Some(super::discover::name_of(program, *name))
                }
                Op::ModuleAttr { global, .. } => Some(program.globals[*global].name.as_str()),
                _ => None,
            };
            if let Some(name) = read
                && MODULE_DOORS.contains(&name)
            {
                return Some(format!("`.{name}` (line {})", inst.line));
            }
            if let Op::GetAttr { obj, name } = &inst.op
                && values.contains(obj)
                && super::discover::name_of(program, *name) == "__dict__"
            {
                return Some(format!("a module's `.__dict__` (line {})", inst.line));
            }
            let kept = |v: &ValueId| match &inst.op {
                Op::GetAttr { obj, .. } | Op::CallMethod { obj, .. } | Op::DelAttr { obj, .. } => {
                    obj == v
                }
                Op::ModuleAttr { module, .. } => module == v,
                // A submodule bound as its package's attribute.
                Op::SetAttr { obj, .. } => obj == v || values.contains(obj),
                Op::StoreGlobal { global, .. } => globals.contains(global),
                Op::StoreLocal { local, .. } => held.locals.contains(local),
                // Identity and truth run no code that could keep it (a
                // comparison may call the other operand's `__eq__`).
                Op::Is { .. } | Op::Truthy(_) => true,
                op => import_from(&defs, op).is_some_and(|(m, _)| m == *v),
            };
            let mut escaped = false;
            inst.op.for_each_operand(|v| {
                escaped |= values.contains(v) && !kept(v);
            });
            if escaped {
                return Some(format!(
                    "a module object used as a value (line {})",
                    inst.line
                ));
            }
        }
        if block.term.operands().iter().any(|v| values.contains(v)) {
            return Some("a module object returned or yielded".to_string());
        }
    }
    None
}

/// The module and the name of `from module import name`, when `op` is
/// the `$import_from` call it lowers to (or `$import_star_get`, one name
/// of a `from module import *`).
fn import_from(defs: &[Option<&Op>], op: &Op) -> Option<(ValueId, ValueId)> {
    match op {
        Op::Call {
            callee,
            args,
            kwnames: None,
        } => {
            let def = defs[callee.index()];
            let lowered = (args.len() == 3 && builtin_named(def, "$import_from"))
                || (args.len() == 2 && builtin_named(def, "$import_star_get"));
            lowered.then(|| (args[0], args[1]))
        }
        _ => None,
    }
}

impl super::Model {
    /// Note that module objects are loose if one escapes in `id`, which
    /// the solver is analysing.
    pub(super) fn note_module_escape(&self, program: &tir::Program, id: tir::FuncId) {
        let mut escapes = self.module_escapes.borrow_mut();
        let at = escapes
            .entry(id)
            .or_insert_with(|| self.found.modules.escape(program, &program.functions[id]));
        let Some(at) = at else {
            return;
        };
        let mut state = self.state.borrow_mut();
        state.changed |= !std::mem::replace(&mut state.modules_loose, true);
        state.loose_at.get_or_insert_with(|| at.clone());
    }

    /// Whether a solve must take module objects for loose from its start
    /// (`globals::ModuleWrites` judges every global by it before the
    /// solver runs): an earlier solve found them so; `None` when no
    /// analysis judges them (then an escape anywhere counts).
    pub fn modules_assumed_loose(&self) -> Option<bool> {
        self.sound.then(|| self.modules_were_loose.get())
    }

    /// Whether the solve just finished found module objects loose for the
    /// first time; later solves assume it (`modules_assumed_loose`).
    pub fn modules_went_loose(&self) -> bool {
        let loose = self.state.borrow().modules_loose;
        loose && !self.modules_were_loose.replace(true)
    }
}
