//! Values stored within a block are read back from the register that
//! stored them, after inlining.
//!
//! In: the typed program after [`super::inline`]. Once a constructor and
//! its caller are inlined into a loop, `g = build(i)` followed by
//! `g.peer.peer.children[0].value` reads back, through a local, two
//! attribute sites and a list subscript, objects the same block just made
//! and stored. Out: the same program where, within one block,
//! - a `load_local` of a local stored (or loaded) earlier in the block
//!   is the value stored (or loaded) there;
//! - a `load_field` of a slot stored (or loaded) earlier in the block is
//!   that value, when the types agree;
//! - a generic `getattr` of an instance `NewInstance` made in the block,
//!   of a name a `store_field` of the block wrote into it, is the value
//!   stored: inference gave the name a slot in the class's layout only
//!   when no class in its MRO binds it (no descriptor, method or class
//!   attribute can intercept it) and the class has no `__getattr__` or
//!   `__getattribute__`, so the attribute is exactly the slot's word;
//! - a `getitem` with a constant int index of a list displayed in the block,
//!   in range of the items the display and the appends of the block gave
//!   it, is that item; one with a constant string key of a dict displayed
//!   in the block with constant string keys only, present among the keys
//!   the display and the item stores of the block gave it, is its value
//!   (string keys compare by their text, no `__eq__` runs).
//!
//! Field words and fresh instances known at the end of a block carry into
//! the blocks after it, when every predecessor is done and knows them
//! (blocks are visited in reverse postorder, so a loop head, whose back
//! edge is not done yet, starts empty, as do the entry and handlers, and a
//! block ending in a signal poll, which may run a handler, hands on
//! nothing): in
//! `self.x if self.x > o.x else o.x` the branches reuse the comparison's
//! reads, and a join reuses what both of its sides read or stored. Each
//! such value is defined on every path to its use, so in a block that
//! dominates it. A local's load is replaced only within its block (the
//! code generator's patterns over local loads stay as they were); a load
//! of a local whose value is known on entry is the same object for the
//! field facts.
//!
//! What is known is forgotten at any instruction that may run Python code
//! (`tir::effects`) or change storage behind the pass's back: a field store
//! forgets the same slot of every object that may be the same one (two
//! objects the block made are not), an append to a list not known forgets
//! every list. The instructions forwarded are removed: each would have read
//! exactly the value substituted, and none of them can raise there.
//! Generator functions keep their loads (their locals live in the frame
//! object across suspensions).

use std::collections::{HashMap, HashSet};

use crate::tir::{
    self, BlockId, Const, ConstId, Function, GlobalId, IndexVec, Inst, LocalId, Op, Type, ValueId,
    cfg, runs_no_python_code,
};

/// Forward the stores of every function's blocks.
pub fn run(program: &mut tir::Program) {
    let consts = &program.consts;
    for func in program.functions.items.iter_mut() {
        if !(func.is_generator || func.resume.is_some()) {
            forward(func, consts);
        }
    }
}

/// Whether a value of type `value` may replace a result of type `result`:
/// the same type, or an `int` word where an `obj` was (the same word).
fn fits(result: Type, value: Type) -> bool {
    result == value || (result == Type::Obj && value == Type::Int)
}

/// A field word known to hold `value`.
#[derive(Clone, PartialEq)]
struct Field {
    obj: ValueId,
    slot: u32,
    name: ConstId,
    raw: bool,
    value: ValueId,
}

/// What is known at the end of a block, for the blocks after it: the
/// locals' values, field words and fresh instances, all of values defined
/// on every path to that point.
#[derive(Clone, Default)]
struct Exit {
    locals: HashMap<LocalId, ValueId>,
    fields: Vec<Field>,
    instances: HashSet<ValueId>,
    globals: HashMap<GlobalId, ValueId>,
    compares: HashMap<CompareKey, ValueId>,
    /// The deepest inlined call depth checked (`RecursionCheck`).
    checked_depth: u32,
}

/// A typed comparison: its operator and operands.
type CompareKey = (i32, ValueId, ValueId);

impl Exit {
    /// What holds at the end of every one of `states`.
    fn meet(states: &[&Exit]) -> Exit {
        let Some((first, rest)) = states.split_first() else {
            return Exit::default();
        };
        let mut res = (*first).clone();
        for state in rest {
            res.locals.retain(|l, v| state.locals.get(l) == Some(v));
            res.fields.retain(|f| state.fields.contains(f));
            res.instances.retain(|v| state.instances.contains(v));
            res.globals.retain(|g, v| state.globals.get(g) == Some(v));
            res.compares.retain(|k, v| state.compares.get(k) == Some(v));
            res.checked_depth = res.checked_depth.min(state.checked_depth);
        }
        res
    }
}

/// What is known in the block so far.
#[derive(Default)]
struct Known<'a> {
    locals: HashMap<LocalId, ValueId>,
    /// The values of locals known on entry to the block (from the blocks
    /// before it): a load of one is not replaced, but it is the same
    /// object for the field facts (`canon`).
    outer: HashMap<LocalId, ValueId>,
    fields: Vec<Field>,
    /// Lists displayed in the block whose items are all known.
    lists: HashMap<ValueId, Vec<ValueId>>,
    /// Dict displays of the block whose keys are all constant strings,
    /// with their entries in order.
    dicts: HashMap<ValueId, Vec<(&'a str, ValueId)>>,
    /// Instances made in the block by `NewInstance` (distinct objects).
    instances: HashSet<ValueId>,
    /// Globals read or stored since code last ran.
    globals: HashMap<GlobalId, ValueId>,
    /// Comparisons of typed operands (which run no code and always give
    /// the same answer for the same operands).
    compares: HashMap<CompareKey, ValueId>,
    /// The deepest `RecursionCheck` passed since code last ran: the limit
    /// is the same until something calls `sys.setrecursionlimit`.
    checked_depth: u32,
}

impl Known<'_> {
    /// Whether `a` and `b` are surely different objects.
    fn distinct(&self, a: ValueId, b: ValueId) -> bool {
        a != b && self.is_fresh(a) && self.is_fresh(b)
    }

    fn is_fresh(&self, v: ValueId) -> bool {
        self.instances.contains(&v) || self.lists.contains_key(&v) || self.dicts.contains_key(&v)
    }

    /// Forget every container and field: code may have run.
    fn forget(&mut self) {
        self.fields.clear();
        self.globals.clear();
        self.checked_depth = 0;
        self.lists.clear();
        self.dicts.clear();
    }
}

fn forward(func: &mut Function, consts: &IndexVec<ConstId, Const>) {
    let mut small: HashMap<ValueId, i64> = HashMap::new();
    let mut strs: HashMap<ValueId, &str> = HashMap::new();
    for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
        match (&inst.op, inst.results.as_slice()) {
            (Op::SmallInt(n), [result]) => {
                small.insert(*result, *n);
            }
            (Op::Const(k), [result]) => {
                if let Const::Str(text) = &consts[*k] {
                    strs.insert(*result, text);
                }
            }
            _ => {}
        }
    }
    let mut subst: Vec<Option<ValueId>> = vec![None; func.values.len()];
    let resolve = |subst: &[Option<ValueId>], mut v: ValueId| {
        while let Some(next) = subst[v.index()] {
            v = next;
        }
        v
    };
    let mut changed = false;
    let (order, preds, handlers, polls) = block_order(func);
    let mut exits: Vec<Option<Exit>> = vec![None; func.blocks.len()];
    // A load of a local known on entry, mapped to the value known.
    let mut canon: HashMap<ValueId, ValueId> = HashMap::new();
    for block_id in order {
        let block_idx = block_id.index();
        let entry = entry_state(block_idx, &preds, &handlers, &exits);
        let insts = std::mem::take(&mut func.blocks.items[block_idx].insts);
        let mut out: Vec<Inst> = Vec::with_capacity(insts.len());
        let mut known = Known {
            outer: entry.locals,
            fields: entry.fields,
            instances: entry.instances,
            globals: entry.globals,
            compares: entry.compares,
            checked_depth: entry.checked_depth,
            ..Known::default()
        };
        for mut inst in insts {
            inst.op.for_each_operand_mut(|v| *v = resolve(&subst, *v));
            let result = inst.results.first().copied();
            let ty = |v: ValueId| func.values[v];
            let found: Option<ValueId> = match &inst.op {
                Op::LoadLocal { local, .. } => {
                    let hit = known.locals.get(local).copied();
                    if let (None, Some(r)) = (hit, result) {
                        known.locals.insert(*local, r);
                        if let Some(&outer) = known.outer.get(local) {
                            canon.insert(r, outer);
                        }
                    }
                    hit
                }
                Op::StoreLocal { local, value } => {
                    known.locals.insert(*local, *value);
                    known.outer.remove(local);
                    None
                }
                Op::DelLocal(local) => {
                    known.locals.remove(local);
                    known.outer.remove(local);
                    None
                }
                Op::LoadField {
                    obj,
                    name,
                    slot,
                    raw,
                } => {
                    let obj = &canonical(&canon, *obj);
                    let hit = known
                        .fields
                        .iter()
                        .find(|f| f.obj == *obj && f.slot == *slot && f.raw == *raw)
                        .map(|f| f.value)
                        .filter(|v| result.is_some_and(|r| fits(ty(r), ty(*v))));
                    if let (None, Some(r)) = (hit, result) {
                        known.fields.push(Field {
                            obj: *obj,
                            slot: *slot,
                            name: *name,
                            raw: *raw,
                            value: r,
                        });
                    }
                    hit
                }
                Op::StoreField {
                    obj,
                    name,
                    slot,
                    raw,
                    value,
                } => {
                    let (obj, slot) = (canonical(&canon, *obj), *slot);
                    let keep: Vec<bool> = known
                        .fields
                        .iter()
                        .map(|f| f.slot != slot || known.distinct(f.obj, obj))
                        .collect();
                    let mut keep = keep.into_iter();
                    known.fields.retain(|_| keep.next().unwrap_or(false));
                    known.fields.push(Field {
                        obj,
                        slot,
                        name: *name,
                        raw: *raw,
                        value: *value,
                    });
                    None
                }
                Op::GetAttr { obj, name } if known.instances.contains(&canonical(&canon, *obj)) => {
                    let obj = canonical(&canon, *obj);
                    let hit = known
                        .fields
                        .iter()
                        .find(|f| f.obj == obj && f.name == *name && !f.raw)
                        .map(|f| f.value)
                        .filter(|v| result.is_some_and(|r| fits(ty(r), ty(*v))));
                    if hit.is_none() {
                        known.forget();
                    }
                    hit
                }
                Op::GetItem { obj, key } | Op::ListGetItem { list: obj, key }
                    if known.lists.contains_key(obj) =>
                {
                    let items = &known.lists[obj];
                    let hit = small
                        .get(key)
                        .and_then(|&n| item_at(n, items.len()))
                        .map(|at| items[at]);
                    let hit = hit.filter(|v| result.is_some_and(|r| fits(ty(r), ty(*v))));
                    if hit.is_none() {
                        known.forget();
                    }
                    hit
                }
                Op::GetItem { obj, key } if known.dicts.contains_key(obj) => {
                    let hit = strs.get(key).and_then(|text| {
                        known.dicts[obj]
                            .iter()
                            .find(|(k, _)| k == text)
                            .map(|(_, v)| *v)
                    });
                    let hit = hit.filter(|v| result.is_some_and(|r| fits(ty(r), ty(*v))));
                    if hit.is_none() {
                        known.forget();
                    }
                    hit
                }
                Op::SetItem { obj, key, value } if known.dicts.contains_key(obj) => {
                    match strs.get(key) {
                        Some(text) => {
                            let entries = known.dicts.get_mut(obj).expect("known dict");
                            match entries.iter_mut().find(|(k, _)| k == text) {
                                Some(entry) => entry.1 = *value,
                                None => entries.push((text, *value)),
                            }
                        }
                        None => known.forget(),
                    }
                    None
                }
                Op::BuildDict(pairs) => {
                    let keys: Option<Vec<&str>> =
                        pairs.iter().map(|(k, _)| strs.get(k).copied()).collect();
                    if let (Some(keys), Some(r)) = (keys, result) {
                        let mut entries: Vec<(&str, ValueId)> = Vec::new();
                        for (text, (_, value)) in keys.into_iter().zip(pairs) {
                            match entries.iter_mut().find(|(k, _)| *k == text) {
                                Some(entry) => entry.1 = *value,
                                None => entries.push((text, *value)),
                            }
                        }
                        known.dicts.insert(r, entries);
                    }
                    None
                }
                Op::BuildList(items) => {
                    if let Some(r) = result {
                        known.lists.insert(r, items.clone());
                    }
                    None
                }
                Op::LoadGlobal(global) => {
                    let hit = known.globals.get(global).copied();
                    if let (None, Some(r)) = (hit, result) {
                        known.globals.insert(*global, r);
                    }
                    hit
                }
                // Storing may drop the last reference to a value, so
                // these are treated like code running.
                Op::StoreGlobal { global, value } => {
                    known.forget();
                    known.globals.insert(*global, *value);
                    None
                }
                Op::CompareBool { op, lhs, rhs } if runs_no_python_code(func, &inst.op) => {
                    let key = (*op as i32, canonical(&canon, *lhs), canonical(&canon, *rhs));
                    let hit = known.compares.get(&key).copied();
                    if let (None, Some(r)) = (hit, result) {
                        known.compares.insert(key, r);
                    }
                    hit
                }
                Op::RecursionCheck { depth } => {
                    if *depth <= known.checked_depth {
                        changed = true;
                        continue;
                    }
                    known.checked_depth = *depth;
                    None
                }
                Op::NewInstance { .. } => {
                    if let Some(r) = result {
                        known.instances.insert(r);
                    }
                    None
                }
                Op::ListAppend { list, item } => {
                    match known.lists.get_mut(list) {
                        Some(items) => items.push(*item),
                        None => known.lists.clear(),
                    }
                    None
                }
                // Runs no Python code, but changes a list: a known one
                // gets the new item, any other may be a known one's alias.
                Op::ListSetItem { list, key, value } => {
                    let at = known
                        .lists
                        .get(list)
                        .and_then(|items| item_at(*small.get(key)?, items.len()));
                    match (known.lists.get_mut(list), at) {
                        (Some(items), Some(at)) => items[at] = *value,
                        (Some(_), None) => {
                            known.lists.remove(list);
                        }
                        (None, _) => known.lists.clear(),
                    }
                    None
                }
                op if runs_no_python_code(func, op) => None,
                _ => {
                    known.forget();
                    None
                }
            };
            match (found, result) {
                (Some(value), Some(r)) if inst.results.len() == 1 && fits(ty(r), ty(value)) => {
                    subst[r.index()] = Some(value);
                    changed = true;
                }
                _ => out.push(inst),
            }
        }
        func.blocks.items[block_idx].insts = out;
        let mut locals = known.outer;
        for (local, value) in known.locals {
            locals.insert(local, canonical(&canon, value));
        }
        if polls[block_idx] {
            exits[block_idx] = Some(Exit::default());
            continue;
        }
        exits[block_idx] = Some(Exit {
            locals,
            fields: known.fields,
            instances: known.instances,
            globals: known.globals,
            compares: known.compares,
            checked_depth: known.checked_depth,
        });
    }
    if !changed {
        return;
    }
    for block in func.blocks.items.iter_mut() {
        for inst in &mut block.insts {
            inst.op.for_each_operand_mut(|v| *v = resolve(&subst, *v));
        }
        block
            .term
            .for_each_operand_mut(|v| *v = resolve(&subst, *v));
    }
}

/// The value `v` stands for in the field facts.
fn canonical(canon: &HashMap<ValueId, ValueId>, v: ValueId) -> ValueId {
    canon.get(&v).copied().unwrap_or(v)
}

/// The blocks in the order they are visited (reachable ones in reverse
/// postorder, so each after its dominators, then the rest), each block's
/// predecessors by jumps and branches, which blocks are handlers, and
/// which end in a signal poll.
fn block_order(func: &Function) -> (Vec<BlockId>, Vec<Vec<usize>>, Vec<bool>, Vec<bool>) {
    let n_blocks = func.blocks.len();
    let mut order = cfg::reverse_postorder(func);
    let mut seen = vec![false; n_blocks];
    for block in &order {
        seen[block.index()] = true;
    }
    order.extend(
        func.blocks
            .iter()
            .map(|(id, _)| id)
            .filter(|id| !seen[id.index()]),
    );
    let mut pos = vec![0; n_blocks];
    for (at, block) in order.iter().enumerate() {
        pos[block.index()] = at;
    }
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n_blocks];
    let mut handlers = vec![false; n_blocks];
    // The code generator polls for signals, whose handlers run Python
    // code, before a jump or branch with a target not after it in this
    // order (`codegen/signal_poll.rs`), on every path out of the block.
    let mut polls = vec![false; n_blocks];
    for (id, block) in func.blocks.iter() {
        for target in cfg::term_targets(&block.term) {
            preds[target.index()].push(id.index());
            polls[id.index()] |= pos[target.index()] <= pos[id.index()];
        }
        if let Some(handler) = block.handler {
            handlers[handler.index()] = true;
        }
    }
    (order, preds, handlers, polls)
}

/// What is known on entry to block `idx`: what holds at the end of every
/// predecessor, when all of them are done (a loop's back edge is not yet,
/// so a loop head starts empty, as do the entry and handlers, which
/// control reaches from elsewhere).
fn entry_state(
    idx: usize,
    preds: &[Vec<usize>],
    handlers: &[bool],
    exits: &[Option<Exit>],
) -> Exit {
    if idx == 0 || handlers[idx] || preds[idx].is_empty() {
        return Exit::default();
    }
    let states: Option<Vec<&Exit>> = preds[idx].iter().map(|p| exits[*p].as_ref()).collect();
    states.map_or_else(Exit::default, |states| Exit::meet(&states))
}

/// The position index `n` names in a list of `len` items (negative
/// indices count from the end), if it is in range.
fn item_at(n: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let at = if n < 0 { n + len } else { n };
    (0..len).contains(&at).then_some(at as usize)
}
