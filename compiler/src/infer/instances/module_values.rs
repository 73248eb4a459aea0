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
//! those; it stays known while its uses are attribute reads, calls of its
//! attributes, stores of its attributes, and stores into such a global or
//! local. Any other use (an argument, an element, a return value), and
//! the ways the runtime hands modules out (`sys.modules`,
//! `importlib.import_module`, a function's `__globals__`), let one
//! escape.

use std::collections::HashSet;

use crate::tir::{self, GlobalId, LocalId, Op, ValueId};

/// Attribute names that hand out module objects (or a module's globals).
const MODULE_DOORS: &[&str] = &["modules", "import_module", "__globals__", "getmodule"];

/// Where module objects are held, and whether one escapes.
pub struct ModuleValues<'p> {
    /// Where a module object first escapes (`module.function` and how).
    pub escape: Option<String>,
    holders: Holders<'p>,
}

impl<'p> ModuleValues<'p> {
    pub fn analyse(program: &'p tir::Program) -> ModuleValues<'p> {
        let holders = module_globals(program);
        let escape = program.functions.items.iter().find_map(|func| {
            let what = escape_in(program, func, &holders)?;
            let module = &program.modules[func.module].name;
            Some(format!("{what} in {module}.{}", func.name))
        });
        ModuleValues { escape, holders }
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
struct Holders<'p> {
    globals: HashSet<GlobalId>,
    names: HashSet<&'p str>,
}

impl<'p> Holders<'p> {
    fn new(program: &'p tir::Program, globals: HashSet<GlobalId>) -> Holders<'p> {
        let submodules = program
            .modules
            .items
            .iter()
            .map(|m| m.name.rsplit('.').next().unwrap_or(&m.name));
        let names = globals
            .iter()
            .map(|g| program.globals[*g].name.as_str())
            .chain(submodules)
            .collect();
        Holders { globals, names }
    }
}

/// The globals every store of which is a module object.
fn module_globals(program: &tir::Program) -> Holders<'_> {
    let mut holders = Holders::new(program, HashSet::new());
    let mut others: HashSet<GlobalId> = HashSet::new();
    // Stores of values that are modules only through other such globals:
    // iterate until no global changes side.
    loop {
        let mut modules = holders.globals.clone();
        let before = (modules.len(), others.len());
        for func in &program.functions.items {
            let held = module_values(program, func, &holders);
            for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
                match &inst.op {
                    Op::StoreGlobal { global, value }
                        if held.values.contains(value) && !others.contains(global) =>
                    {
                        modules.insert(*global);
                    }
                    Op::StoreGlobal { value, .. } if held.values.contains(value) => {}
                    Op::StoreGlobal { global, .. } | Op::DelGlobal(global) => {
                        others.insert(*global);
                        modules.remove(global);
                    }
                    _ => {}
                }
            }
        }
        let done = (modules.len(), others.len()) == before;
        holders = Holders::new(program, modules);
        if done {
            return holders;
        }
    }
}

/// What `func` holds module objects in: values, and locals every store
/// of which is one.
struct Held {
    values: HashSet<ValueId>,
    locals: HashSet<LocalId>,
}

/// The values and locals of `func` known to hold module objects. A value
/// wrongly taken for one only makes more uses count as escapes.
fn module_values(program: &tir::Program, func: &tir::Function, holders: &Holders<'_>) -> Held {
    let (globals, module_names) = (&holders.globals, &holders.names);
    let mut values: HashSet<ValueId> = HashSet::new();
    let mut locals: HashSet<LocalId> = HashSet::new();
    let mut other_locals: HashSet<LocalId> = HashSet::new();
    loop {
        let before = (values.len(), locals.len(), other_locals.len());
        for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
            let module = match &inst.op {
                Op::ImportModule(_) | Op::ImportNative(_) => true,
                Op::LoadGlobal(g) => globals.contains(g),
                Op::LoadLocal { local, .. } => locals.contains(local),
                Op::GetAttr { obj, name } => {
                    values.contains(obj)
                        && module_names.contains(super::discover::name_of(program, *name))
                }
                Op::StoreLocal { local, value } => {
                    match values.contains(value) {
                        true => locals.insert(*local),
                        false => other_locals.insert(*local),
                    };
                    false
                }
                Op::DelLocal(local) => {
                    other_locals.insert(*local);
                    false
                }
                _ => false,
            };
            if module {
                values.extend(inst.results.iter().copied());
            }
        }
        if (values.len(), locals.len(), other_locals.len()) == before {
            let locals = locals.difference(&other_locals).copied().collect();
            return Held { values, locals };
        }
    }
}

/// How a module object escapes in `func`, if it does.
fn escape_in(
    program: &tir::Program,
    func: &tir::Function,
    holders: &Holders<'_>,
) -> Option<String> {
    let globals = &holders.globals;
    let held = module_values(program, func, holders);
    let values = &held.values;
    for block in &func.blocks.items {
        for inst in &block.insts {
            if let Op::GetAttr { name, .. } | Op::CallMethod { name, .. } = &inst.op {
                let name = super::discover::name_of(program, *name);
                if MODULE_DOORS.contains(&name) {
                    return Some(format!("`.{name}` (line {})", inst.line));
                }
            }
            let kept = |v: &ValueId| match &inst.op {
                Op::GetAttr { obj, .. } | Op::CallMethod { obj, .. } | Op::DelAttr { obj, .. } => {
                    obj == v
                }
                // A submodule bound as its package's attribute.
                Op::SetAttr { obj, .. } => obj == v || values.contains(obj),
                Op::StoreGlobal { global, .. } => globals.contains(global),
                Op::StoreLocal { local, .. } => held.locals.contains(local),
                _ => false,
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
