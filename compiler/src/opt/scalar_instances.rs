//! Instances that never leave the block that makes them are not made,
//! after inlining.
//!
//! In: the typed program after [`super::inline`]. Once `Vector.__sub__`
//! and `Vector.__init__` are inlined, `oc = ray.origin - self.center`
//! followed by `oc.dot(oc)` is a `$new_instance` call (or an
//! `Op::NewInstance`, its in-line form), stores of its
//! attribute slots and loads of them, all in one block, and the object
//! itself is never seen again. Out: the same program where such an
//! instance is replaced by one local per attribute slot: its slot stores
//! become local stores and its slot loads local loads, and the class
//! call's depth check stays (`Op::TypeCallCheck`, the check
//! `$new_instance` makes, so `RecursionError` is raised as before; for a
//! class call in inlined code, at the depth of the inlined frame's callees,
//! which a `$new_instance` call there gets as well).
//!
//! An instance qualifies when every use of the value `$new_instance` gave,
//! and of every load of a local it was stored into, is in the block that
//! made it, after it, and is
//! - the receiver of a `load_field` of a slot stored before it in the
//!   block (so no `AttributeError` is lost), with the stored value's type;
//! - the receiver of a `store_field` (not the stored value);
//! - a store into a local that is not deleted and whose every load follows
//!   a store of it in the load's own block (so no other block reads it).
//!
//! Nothing else can observe the object: no call, container, identity test
//! or return sees it.
//!
//! The same holds for a group of objects the block makes that reference
//! only each other (after [`super::forward`] has read their stores back):
//! instances, list displays and dict displays with constant keys, whose
//! remaining uses are field stores, appends, item stores with a constant
//! key (hashing a constant runs no user method) and being stored into
//! another object of the group. Candidates with any other use leave the
//! group until the rest is closed; then every object of it is dropped
//! (an instance keeps its depth check), with the stores into it. A program that defines `__del__` anywhere (or names
//! it in a string, for `setattr`) keeps every instance, since a finalizer
//! would observe when it dies.

use std::collections::{HashMap, HashSet};

use crate::tir::{
    self, BlockId, Const, Function, INLINED_LINE, Inst, Local, LocalId, Op, Type, ValueId,
};

/// Replace the qualifying instances of every function.
pub fn run(program: &mut tir::Program) {
    let Some(new_instance) = typhon_abi::builtin_index("$new_instance") else {
        return;
    };
    let finalizers = program
        .functions
        .items
        .iter()
        .any(|func| func.name == "__del__" || func.name.ends_with(".__del__"))
        || program
            .consts
            .items
            .iter()
            .any(|c| matches!(c, Const::Str(s) if s == "__del__"));
    for func in program.functions.items.iter_mut() {
        if !(finalizers || func.is_generator || func.resume.is_some()) {
            replace(func, new_instance as u32);
        }
        check_inlined_calls(func, new_instance as u32);
    }
}

/// How many inlined frames the instruction at `line` runs in.
fn nesting(func: &Function, mut line: u32) -> u32 {
    let mut frames = 0;
    while line & INLINED_LINE != 0 {
        frames += 1;
        line = func.inlined[(line & !INLINED_LINE) as usize].call_line;
    }
    frames
}

/// The depth checks of class calls inlined code makes. `$new_instance`
/// checks the depth the thread holds, which is that of this frame's
/// callees, not that of the inlined frame's callees: a check for the
/// right depth goes before each such call (the runtime's own, at a
/// smaller depth, then never fails), and a replaced call's check gets
/// the same depth.
fn check_inlined_calls(func: &mut Function, new_instance: u32) {
    let mut builtins: Vec<bool> = vec![false; func.values.len()];
    for inst in func.blocks.items.iter().flat_map(|block| &block.insts) {
        if matches!(inst.op, Op::Builtin(index) if index == new_instance) {
            for result in &inst.results {
                builtins[result.index()] = true;
            }
        }
    }
    for block_idx in 0..func.blocks.len() {
        let insts = std::mem::take(&mut func.blocks.items[block_idx].insts);
        let mut out = Vec::with_capacity(insts.len());
        for mut inst in insts {
            let frames = nesting(func, inst.line);
            match &mut inst.op {
                Op::TypeCallCheck { depth } | Op::NewInstance { depth, .. } => *depth += frames,
                Op::Call { callee, .. } if frames > 0 && builtins[callee.index()] => {
                    out.push(Inst {
                        results: Vec::new(),
                        op: Op::TypeCallCheck { depth: 1 + frames },
                        line: inst.line,
                    });
                }
                _ => {}
            }
            out.push(inst);
        }
        func.blocks.items[block_idx].insts = out;
    }
}

/// Where a value is used: block and instruction index (`usize::MAX` for
/// the terminator).
type Place = (BlockId, usize);

fn replace(func: &mut Function, new_instance: u32) {
    let mut builtins: Vec<bool> = vec![false; func.values.len()];
    let mut uses: Vec<Vec<Place>> = vec![Vec::new(); func.values.len()];
    let mut stores: Vec<Vec<Place>> = vec![Vec::new(); func.locals.len()];
    let mut loads: Vec<Vec<Place>> = vec![Vec::new(); func.locals.len()];
    let mut deleted: Vec<bool> = vec![false; func.locals.len()];
    let mut consts: HashSet<ValueId> = HashSet::new();
    for (block_id, block) in func.blocks.iter() {
        for (idx, inst) in block.insts.iter().enumerate() {
            match &inst.op {
                Op::Const(_) | Op::SmallInt(_) | Op::None | Op::True | Op::False => {
                    consts.extend(inst.results.iter().copied());
                }
                Op::Builtin(index) if *index == new_instance => {
                    for result in &inst.results {
                        builtins[result.index()] = true;
                    }
                }
                Op::StoreLocal { local, .. } => stores[local.index()].push((block_id, idx)),
                Op::LoadLocal { local, .. } => loads[local.index()].push((block_id, idx)),
                Op::DelLocal(local) => deleted[local.index()] = true,
                _ => {}
            }
            for operand in inst.op.operands() {
                uses[operand.index()].push((block_id, idx));
            }
        }
        for operand in block.term.operands() {
            uses[operand.index()].push((block_id, usize::MAX));
        }
    }
    let facts = Facts {
        func,
        uses: &uses,
        stores: &stores,
        loads: &loads,
        deleted: &deleted,
        consts: &consts,
    };
    let mut plans: Vec<Plan> = Vec::new();
    for (block_id, block) in func.blocks.iter() {
        for (idx, inst) in block.insts.iter().enumerate() {
            let kind = match &inst.op {
                Op::Call {
                    callee,
                    args,
                    kwnames: None,
                } if builtins[callee.index()] && args.len() == 1 => Some(Made::Instance(1)),
                Op::NewInstance { depth, .. } => Some(Made::Instance(*depth)),
                Op::BuildList(_) => Some(Made::List),
                // Hashing and comparing constants runs no user method.
                Op::BuildDict(pairs) if pairs.iter().all(|(k, _)| consts.contains(k)) => {
                    Some(Made::Dict)
                }
                _ => None,
            };
            let (Some(made), [object]) = (kind, inst.results.as_slice()) else {
                continue;
            };
            if let Some(aliases) = facts.aliases(block_id, idx, *object) {
                plans.push(Plan {
                    block: block_id,
                    call: idx,
                    made,
                    aliases,
                    slots: Vec::new(),
                });
            }
        }
    }
    // Drop the objects some use of which is not a store into the group,
    // until the rest only reference each other.
    loop {
        let group: HashSet<ValueId> = plans.iter().flat_map(|p| p.aliases.clone()).collect();
        let before = plans.len();
        plans.retain_mut(|plan| match facts.check(plan, &group) {
            Some(slots) => {
                plan.slots = slots;
                true
            }
            None => false,
        });
        if plans.len() == before {
            break;
        }
    }
    let group: HashSet<ValueId> = plans.iter().flat_map(|p| p.aliases.clone()).collect();
    // Last first, so that removing instructions leaves the indices of the
    // plans still to apply alone.
    for plan in plans.into_iter().rev() {
        apply(func, plan, &group);
    }
}

/// What is known of the function while instances are examined.
struct Facts<'a> {
    func: &'a Function,
    uses: &'a [Vec<Place>],
    stores: &'a [Vec<Place>],
    loads: &'a [Vec<Place>],
    deleted: &'a [bool],
    /// Values that are constants of the program.
    consts: &'a HashSet<ValueId>,
}

/// What made the object: a class call (with its depth check), a list
/// display or a dict display.
#[derive(Clone, Copy, PartialEq)]
enum Made {
    Instance(u32),
    List,
    Dict,
}

/// How one object is replaced.
struct Plan {
    block: BlockId,
    /// The `$new_instance` call, `NewInstance` or `BuildList`.
    call: usize,
    made: Made,
    /// The object and the loads of locals it was stored into.
    aliases: Vec<ValueId>,
    /// The type each slot's local has.
    slots: Vec<(u32, Type)>,
}

impl Facts<'_> {
    /// The object and the loads of the locals it is stored into, when every
    /// use is in its block after it and every such local is read only in
    /// blocks that stored it first (so dropping the store hides nothing).
    fn aliases(&self, block: BlockId, call: usize, object: ValueId) -> Option<Vec<ValueId>> {
        let mut aliases = vec![object];
        let mut next = 0;
        while next < aliases.len() {
            let value = aliases[next];
            next += 1;
            for &(use_block, idx) in &self.uses[value.index()] {
                if use_block != block || idx == usize::MAX || idx <= call {
                    return None;
                }
                let Op::StoreLocal { local, .. } = &self.func.blocks[block].insts[idx].op else {
                    continue;
                };
                let local = local.index();
                if self.deleted[local]
                    || !self.loads[local]
                        .iter()
                        .all(|&l| self.stored_before(local, l))
                {
                    return None;
                }
                let next_store = self.stores[local]
                    .iter()
                    .filter(|&&(b, i)| b == block && i > idx)
                    .map(|&(_, i)| i)
                    .min()
                    .unwrap_or(usize::MAX);
                for &(b, i) in &self.loads[local] {
                    if b == block && i > idx && i < next_store {
                        aliases.extend(self.func.blocks[block].insts[i].results.iter());
                    }
                }
            }
        }
        Some(aliases)
    }

    /// Whether the load of `local` at `place` follows a store of it in its block.
    fn stored_before(&self, local: usize, (block, idx): Place) -> bool {
        self.stores[local]
            .iter()
            .any(|&(b, i)| b == block && i < idx)
    }

    /// The slots of the object, when its every use is allowed: loads and
    /// stores of its fields (an instance), appends to it (a list), stores
    /// into a local (see `aliases`), and being stored or appended into
    /// another object of `group`.
    fn check(&self, plan: &Plan, group: &HashSet<ValueId>) -> Option<Vec<(u32, Type)>> {
        let instance = matches!(plan.made, Made::Instance(_));
        let list = plan.made == Made::List;
        let dict = plan.made == Made::Dict;
        let insts = &self.func.blocks[plan.block].insts;
        for &value in &plan.aliases {
            for &(_, idx) in &self.uses[value.index()] {
                let ok = match &insts[idx].op {
                    Op::LoadField { obj, .. } => instance && *obj == value,
                    Op::StoreField {
                        obj, value: stored, ..
                    } => {
                        (instance && *obj == value && *stored != value)
                            || (*stored == value && group.contains(obj))
                    }
                    Op::ListAppend { list: target, item } => {
                        (list && *target == value && *item != value)
                            || (*item == value && group.contains(target))
                    }
                    // A dict's item stores with a constant key (hashing and
                    // comparing constants runs no user method), or being the
                    // value such a store stores.
                    Op::SetItem {
                        obj,
                        key,
                        value: stored,
                    } => {
                        self.consts.contains(key)
                            && ((dict && *obj == value && *stored != value)
                                || (*stored == value && group.contains(obj)))
                    }
                    Op::BuildList(_) => insts[idx].results.iter().all(|r| group.contains(r)),
                    Op::BuildDict(pairs) => {
                        pairs.iter().all(|(k, _)| *k != value)
                            && insts[idx].results.iter().all(|r| group.contains(r))
                    }
                    Op::StoreLocal { .. } => true,
                    _ => false,
                };
                if !ok {
                    return None;
                }
            }
        }
        // Every load reads a slot stored before it, with the stored type,
        // and not an object of the group (which is not made).
        let mut slots: Vec<(u32, Type, bool)> = Vec::new();
        for inst in &insts[plan.call + 1..] {
            match &inst.op {
                Op::StoreField {
                    obj, slot, value, ..
                } if plan.aliases.contains(obj) => {
                    let ty = self.func.values[*value];
                    let gone = group.contains(value);
                    match slots.iter_mut().find(|(s, _, _)| s == slot) {
                        Some((_, known, _)) if *known != ty => return None,
                        Some(entry) => entry.2 = gone,
                        None => slots.push((*slot, ty, gone)),
                    }
                }
                Op::LoadField { obj, slot, .. } if plan.aliases.contains(obj) => {
                    let ty = self.func.values[*inst.results.first()?];
                    if !slots
                        .iter()
                        .any(|(s, known, gone)| s == slot && *known == ty && !gone)
                    {
                        return None;
                    }
                }
                _ => {}
            }
        }
        Some(slots.into_iter().map(|(s, ty, _)| (s, ty)).collect())
    }
}

fn apply(func: &mut Function, plan: Plan, group: &HashSet<ValueId>) {
    let locals: HashMap<u32, LocalId> = plan
        .slots
        .iter()
        .map(|(slot, ty)| {
            let local = func.locals.push(Local {
                name: format!("$slot{slot}"),
                ty: *ty,
            });
            (*slot, local)
        })
        .collect();
    let insts = &mut func.blocks[plan.block].insts;
    let mut dropped = vec![false; insts.len()];
    match plan.made {
        Made::Instance(depth) => {
            insts[plan.call].op = Op::TypeCallCheck { depth };
            insts[plan.call].results.clear();
        }
        Made::List | Made::Dict => dropped[plan.call] = true,
    }
    for (idx, inst) in insts.iter_mut().enumerate().skip(plan.call + 1) {
        let op = match &inst.op {
            Op::StoreField {
                obj, slot, value, ..
            } if plan.aliases.contains(obj) => {
                if group.contains(value) {
                    dropped[idx] = true;
                    continue;
                }
                Op::StoreLocal {
                    local: locals[slot],
                    value: *value,
                }
            }
            Op::LoadField { obj, slot, .. } if plan.aliases.contains(obj) => Op::LoadLocal {
                local: locals[slot],
                checked: false,
            },
            Op::ListAppend { list: obj, .. } | Op::SetItem { obj, .. }
                if plan.aliases.contains(obj) =>
            {
                dropped[idx] = true;
                continue;
            }
            Op::StoreLocal { value, .. } if plan.aliases.contains(value) => {
                dropped[idx] = true;
                continue;
            }
            Op::LoadLocal { .. } if inst.results.iter().any(|r| plan.aliases.contains(r)) => {
                dropped[idx] = true;
                continue;
            }
            _ => continue,
        };
        inst.op = op;
    }
    let mut idx = 0;
    insts.retain(|_| {
        idx += 1;
        !dropped[idx - 1]
    });
}
