//! Compile-time instance layouts: attribute access on an instance of a
//! known class is a load or store at a fixed slot (`Op::LoadField`,
//! `Op::StoreField`), and attributes that are always floats live unboxed
//! in their slots.
//!
//! A class typed by instance inference (`instances::discover`: no
//! `__new__`, `__getattr__`, `__setattr__`, metaclass, decorator...; the
//! whole program has no `eval`, `globals()` or attribute-protocol names)
//! gets a layout when no code can run between the class's creation and
//! its layout's seed (an `__init_subclass__` of a base, a `__set_name__`
//! of a value its body binds, when the program defines one), unless the attribute dict of its
//! instances may be read (`vars(x)`, `x.__dict__`: a seeded layout fills
//! an empty slot out of insertion order). A class whose `__slots__` is a
//! constant list of names (no `__dict__`, no typed base) gets exactly those
//! names in declaration order, the slots the runtime reserved when it made
//! the class; another class binding `__slots__` gets none. Otherwise the
//! layout holds the names stored through receivers of kind `Inst(c)`
//! (exactly that class; a subclass has its own), in the order the stores
//! first appear: `__init__`'s copy first, following its direct calls where
//! they happen, then every other function. Names some class in the MRO
//! binds (a method, class attribute or property may shadow or intercept
//! the instance attribute) and dunders are left out, as are names past the
//! runtime's `MAX_LAYOUT`. A store through an `obj` receiver of a name
//! outside the layout still works: the runtime appends it after the fixed
//! slots.
//!
//! A slot is raw (an unboxed `f64`) when every store that can reach the
//! attribute of that class stores a float (`Model::stored_kind`) and no
//! receiver of unknown type loads or stores the name, nor a string names
//! it (`Model::reached_by_string`): those go through the generic protocol,
//! which boxes a raw slot on every read, while a boxed slot's site cache
//! hands out the stored box. Such receivers cannot be instances of a class
//! whose instances never escape (`Model::instances_escape`), so its float
//! slots are raw whatever they do. Accesses in `__repr__`, `__str__` and
//! `__format__` do not count (they run once per conversion to text, not
//! in numeric loops).
//!
//! Right after the class statement binds its global, the module body
//! calls `$seed_layout(cls, raw_mask, *names)`, so the runtime's layout of
//! the class starts with exactly these names (`runtime/src/types/class/
//! layout.rs`); slots stay fixed because layouts only grow.

use std::collections::{HashMap, HashSet};

use super::instances::union;
use super::instances::{ClassId, Model};
use super::kind::Kind;
use super::solve::Facts;
use crate::tir::{self, Const, FuncId, Inst, Op, Type};

/// The runtime's `layout::MAX_LAYOUT`.
const MAX_LAYOUT: usize = 30;

/// The fixed layout of one class.
struct Layout {
    names: Vec<String>,
    raw: Vec<bool>,
}

impl Layout {
    fn slot(&self, name: &str) -> Option<(u32, bool)> {
        let idx = self.names.iter().position(|n| n == name)?;
        Some((idx as u32, self.raw[idx]))
    }
}

fn str_const(program: &tir::Program, id: tir::ConstId) -> &str {
    match &program.consts[id] {
        Const::Str(s) => s,
        _ => "",
    }
}

fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// Give known classes fixed layouts and rewrite attribute accesses on
/// their instances to slot accesses (before `rewrite`, which then sees raw
/// loads as producing `f64` and raw stores as taking one).
pub fn fix_layouts(program: &mut tir::Program, model: &Model, facts: &mut [Facts]) {
    if model.class_count() == 0 {
        return;
    }
    let set_name = program
        .consts
        .items
        .iter()
        .any(|c| matches!(c, Const::Str(s) if s == "__set_name__"));
    let untyped = untyped_names(program, facts);
    let layouts: HashMap<ClassId, Layout> = (0..model.class_count() as ClassId)
        .filter(|c| !model.creation_hooks(*c, set_name) && !model.attribute_hooked(*c))
        .filter_map(|c| {
            // `__slots__` fixes the layout the runtime reserves; a store
            // of another name still takes the protocol (and fails).
            let names = match model.declared_slots(c) {
                Some(slots) if slots.len() <= MAX_LAYOUT => slots,
                Some(_) => return None,
                None if model.binds(c, "__slots__") => return None,
                // A seeded layout fills an empty slot out of insertion
                // order, which the instance's `__dict__` would show.
                None if model.dict_observed(c) => return None,
                None => store_order(program, model, facts, c),
            };
            if names.is_empty() {
                return None;
            }
            let raw = names
                .iter()
                .map(|n| {
                    // Generic reads reach only instances that escape.
                    model.stored_kind(c, n) == Kind::Float
                        && (!model.instances_escape(c)
                            || !model.reached_by_string(n) && !untyped.contains(n.as_str()))
                })
                .collect();
            Some((c, Layout { names, raw }))
        })
        .collect();
    if layouts.is_empty() {
        return;
    }
    for (idx, func) in program.functions.items.iter_mut().enumerate() {
        let kinds = &facts[idx].values;
        for block in func.blocks.items.iter_mut() {
            for inst in block.insts.iter_mut() {
                let field = |obj: &tir::ValueId, name: &tir::ConstId| match kinds[obj.index()] {
                    Kind::Inst(c) => layouts.get(&c)?.slot(str_const_in(&program.consts, *name)),
                    // A union of classes that all put `name` in the same
                    // slot, raw in all or none: no class test needed.
                    Kind::Union(bits) if !union::has_none(bits) => {
                        let name = str_const_in(&program.consts, *name);
                        let mut slots = union::classes(bits).map(|c| layouts.get(&c)?.slot(name));
                        let first = slots.next()??;
                        slots.all(|s| s == Some(first)).then_some(first)
                    }
                    _ => None,
                };
                inst.op = match &inst.op {
                    Op::GetAttr { obj, name } => match field(obj, name) {
                        Some((slot, raw)) => Op::LoadField {
                            obj: *obj,
                            name: *name,
                            slot,
                            raw,
                        },
                        None => continue,
                    },
                    Op::SetAttr { obj, name, value } => match field(obj, name) {
                        Some((slot, raw)) => Op::StoreField {
                            obj: *obj,
                            name: *name,
                            slot,
                            raw,
                            value: *value,
                        },
                        None => continue,
                    },
                    _ => continue,
                };
            }
        }
    }
    let slots = layouts
        .iter()
        .map(|(c, layout)| (*c, layout.names.len() as u32))
        .collect();
    super::new_instances::rewrite(program, facts, &slots);
    seed(program, model, facts, &layouts);
}

/// Names some reached function reads or writes through a receiver that is
/// not a known instance (conversions to text aside).
fn untyped_names<'p>(program: &'p tir::Program, facts: &[Facts]) -> HashSet<&'p str> {
    let mut names = HashSet::new();
    for (idx, func) in program.functions.items.iter().enumerate() {
        if matches!(func.name.as_str(), "__repr__" | "__str__" | "__format__") {
            continue;
        }
        let kinds = &facts[idx].values;
        for block in &func.blocks.items {
            for inst in &block.insts {
                match &inst.op {
                    Op::GetAttr { obj, name }
                    | Op::SetAttr { obj, name, .. }
                    | Op::DelAttr { obj, name }
                    | Op::CallMethod { obj, name, .. }
                        if !matches!(
                            kinds.get(obj.index()),
                            Some(Kind::Inst(_) | Kind::Union(_) | Kind::Bottom) | None
                        ) =>
                    {
                        names.insert(str_const(program, *name));
                    }
                    _ => {}
                }
            }
        }
    }
    names
}

fn str_const_in(consts: &tir::IndexVec<tir::ConstId, Const>, id: tir::ConstId) -> &str {
    match &consts[id] {
        Const::Str(s) => s,
        _ => "",
    }
}

/// The names stored through `Inst(c)` receivers, in first-store order.
fn store_order(program: &tir::Program, model: &Model, facts: &[Facts], c: ClassId) -> Vec<String> {
    let mut names = Vec::new();
    let mut seen = HashSet::new();
    let mut visited = HashSet::new();
    // Depth first, continuing a function after its direct callee: a stack
    // of (function, block, instruction) positions.
    let mut walk = |start: FuncId, names: &mut Vec<String>| {
        if !visited.insert(start) {
            return;
        }
        let mut pos: Vec<(FuncId, usize, usize)> = vec![(start, 0, 0)];
        while let Some((f, b, i)) = pos.pop() {
            let func = &program.functions[f];
            let Some(block) = func.blocks.items.get(b) else {
                continue;
            };
            let Some(inst) = block.insts.get(i) else {
                pos.push((f, b + 1, 0));
                continue;
            };
            pos.push((f, b, i + 1));
            match &inst.op {
                Op::SetAttr { obj, name, .. }
                    if facts[f.index()].values.get(obj.index()) == Some(&Kind::Inst(c)) =>
                {
                    let name = str_const(program, *name);
                    if !is_dunder(name)
                        && !model.binds(c, name)
                        && seen.insert(name.to_string())
                        && names.len() < MAX_LAYOUT
                    {
                        names.push(name.to_string());
                    }
                }
                Op::CallDirect { func: callee, .. } if visited.insert(*callee) => {
                    pos.push((*callee, 0, 0));
                }
                _ => {}
            }
        }
    };
    if let Some(init) = model.init_copy(c) {
        walk(init, &mut names);
    }
    for idx in 0..program.functions.len() {
        walk(FuncId(idx as u32), &mut names);
    }
    names
}

/// Insert `$seed_layout(cls, raw_mask, *names)` after the store of each
/// class with a layout into its global.
fn seed(
    program: &mut tir::Program,
    model: &Model,
    facts: &mut [Facts],
    layouts: &HashMap<ClassId, Layout>,
) {
    let seed_fn = typhon_abi::builtin_index("$seed_layout").expect("ABI helper") as u32;
    let by_global: HashMap<tir::GlobalId, ClassId> = layouts
        .keys()
        .map(|c| (model.class_global(*c), *c))
        .collect();
    let mut name_consts: HashMap<ClassId, Vec<tir::ConstId>> = HashMap::new();
    for (c, layout) in layouts {
        let ids = layout
            .names
            .iter()
            .map(|n| {
                let existing = program
                    .consts
                    .items
                    .iter()
                    .position(|k| matches!(k, Const::Str(s) if s == n));
                match existing {
                    Some(idx) => tir::ConstId(idx as u32),
                    None => program.consts.push(Const::Str(n.clone())),
                }
            })
            .collect();
        name_consts.insert(*c, ids);
    }
    for module in 0..program.modules.items.len() {
        let init = program.modules.items[module].init;
        let f = &mut facts[init.index()];
        let func = &mut program.functions[init];
        for block in func.blocks.items.iter_mut() {
            let mut out = Vec::with_capacity(block.insts.len());
            for inst in std::mem::take(&mut block.insts) {
                let target = match &inst.op {
                    Op::StoreGlobal { global, value } => {
                        by_global.get(global).map(|c| (*c, *value))
                    }
                    _ => None,
                };
                let line = inst.line;
                out.push(inst);
                let Some((c, cls)) = target else {
                    continue;
                };
                let layout = &layouts[&c];
                let mut new_value = |op: Op, out: &mut Vec<Inst>| {
                    f.values.push(Kind::Obj);
                    let value = func.values.push(Type::Obj);
                    out.push(Inst {
                        results: vec![value],
                        op,
                        line,
                    });
                    value
                };
                let callee = new_value(Op::Builtin(seed_fn), &mut out);
                let mask = layout
                    .raw
                    .iter()
                    .enumerate()
                    .fold(0i64, |m, (i, raw)| m | (i64::from(*raw) << i));
                let mut args = vec![cls, new_value(Op::SmallInt(mask), &mut out)];
                for id in &name_consts[&c] {
                    args.push(new_value(Op::Const(*id), &mut out));
                }
                new_value(
                    Op::Call {
                        callee,
                        args,
                        kwnames: None,
                    },
                    &mut out,
                );
            }
            block.insts = out;
        }
    }
}
