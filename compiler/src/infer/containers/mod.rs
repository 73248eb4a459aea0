//! Container kinds: tuples with a kind per element, lists, sets and dicts
//! with one element kind per class of allocation sites, and iterators over
//! them.
//!
//! A tuple's kind is its shape (interned, so `Kind` stays `Copy`); tuples
//! are immutable, so a shape is exact for as long as the value lives.
//!
//! Lists are mutable and can be aliased, so a list kind names a class of
//! allocation sites (union-find: sites whose lists meet in one local,
//! parameter or element are merged) with the join of everything stored
//! into any list of the class, anywhere in the program. That is sound only
//! while every store to such a list goes through a receiver inference sees
//! as that list kind. So a list *escapes* (its class gets `obj` elements)
//! as soon as it could be reached from code whose stores inference does
//! not see: when its kind is joined into `obj` (a local, parameter, return
//! or element that also holds other kinds) or it is an operand of any
//! operation not listed here as harmless (an unknown call, a global or
//! attribute store, a closure cell, a generator frame, a dict...). Escaping
//! a container escapes the containers inside it, since they become
//! reachable too. Comparisons, `sort` and builtins that hand elements out
//! escape the containers inside (user `__eq__` or a key function may get
//! them) but not the container itself.
//!
//! The tables live in a thread-local so `Kind::join` keeps its signature;
//! [`reset`] starts a solve afresh, [`take_changed`] tells the fixed point
//! that a table grew.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use super::instances::union;
use super::kind::Kind;
use crate::tir::{self, BlockId, FuncId, Op, Terminator, ValueId};

mod dicts;
mod rules;
mod typed;

pub use rules::{Context, Visit, terminator, visit};
pub use typed::rewrite as typed_sets;

/// Tuples nested deeper than this are `obj` (keeps the lattice finite).
const MAX_DEPTH: usize = 4;

#[derive(Default)]
struct Table {
    shapes: Vec<Vec<Kind>>,
    shape_ids: HashMap<Vec<Kind>, u32>,
    /// Union-find over list classes.
    parent: Vec<u32>,
    /// Element kind of each class root (a dict's value kind).
    elem: Vec<Kind>,
    /// Key kind of each class root (dicts only).
    key: Vec<Kind>,
    escaped: Vec<bool>,
    /// The known classes whose instances may be reached from code
    /// inference does not see (see [`instance_escaped`]).
    instances: HashSet<u32>,
    /// Where each class's instances first escaped (function, line).
    instance_sites: HashMap<u32, (FuncId, u32)>,
    /// The instruction the solver is at (for `instance_sites`).
    at: (FuncId, u32),
    /// The class of each allocation site, by function and result value.
    sites: HashMap<(FuncId, ValueId), u32>,
    changed: bool,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

fn with<R>(f: impl FnOnce(&mut Table) -> R) -> R {
    TABLE.with(|t| f(&mut t.borrow_mut()))
}

/// Forget every shape and class (a new solve starts).
pub fn reset() {
    with(|t| *t = Table::default());
}

/// Whether an element table grew, a class merged or escaped since the
/// last call.
pub fn take_changed() -> bool {
    with(|t| std::mem::take(&mut t.changed))
}

pub fn is_container(k: Kind) -> bool {
    matches!(
        k,
        Kind::Tuple(_)
            | Kind::List(_)
            | Kind::ListIter(_)
            | Kind::TupleIter(_)
            | Kind::Dict(_)
            | Kind::Set(_)
            | Kind::Iter(_)
            | Kind::Cell(_)
    )
}

impl Table {
    fn find(&mut self, mut c: u32) -> u32 {
        while self.parent[c as usize] != c {
            let up = self.parent[self.parent[c as usize] as usize];
            self.parent[c as usize] = up;
            c = up;
        }
        c
    }

    fn new_class(&mut self) -> u32 {
        let c = self.parent.len() as u32;
        self.parent.push(c);
        self.elem.push(Kind::Bottom);
        self.key.push(Kind::Bottom);
        self.escaped.push(false);
        c
    }

    fn elem(&mut self, c: u32) -> Kind {
        let r = self.find(c);
        self.elem[r as usize]
    }

    fn key(&mut self, c: u32) -> Kind {
        let r = self.find(c);
        self.key[r as usize]
    }

    /// Join `k` into the keys of dict class `c`; a user `__eq__` of a
    /// looked-up key can see them, so containers among them escape.
    fn store_key(&mut self, c: u32, k: Kind) {
        self.escape(k);
        let r = self.find(c) as usize;
        let old = self.key[r];
        let new = self.join(old, k);
        let r = self.find(r as u32) as usize;
        if new != self.key[r] {
            self.key[r] = new;
            self.changed = true;
        }
    }

    /// Join `k` into the elements of class `c`.
    fn store(&mut self, c: u32, k: Kind) {
        let r = self.find(c) as usize;
        let old = self.elem[r];
        let new = self.join(old, k);
        let r = self.find(r as u32) as usize;
        if new != self.elem[r] {
            self.elem[r] = new;
            self.changed = true;
        }
    }

    fn union(&mut self, a: u32, b: u32) -> u32 {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return ra;
        }
        self.parent[rb as usize] = ra;
        self.changed = true;
        let (ea, eb) = (self.elem[ra as usize], self.elem[rb as usize]);
        let (ka, kb) = (self.key[ra as usize], self.key[rb as usize]);
        if self.escaped[rb as usize] && !self.escaped[ra as usize] {
            self.escape_class(ra);
        }
        self.store(ra, ea);
        self.store(ra, eb);
        self.store_key(ra, ka);
        self.store_key(ra, kb);
        self.find(ra)
    }

    fn escape_class(&mut self, c: u32) {
        let r = self.find(c) as usize;
        if self.escaped[r] {
            return;
        }
        self.escaped[r] = true;
        self.changed = true;
        let old = std::mem::replace(&mut self.elem[r], Kind::Obj);
        self.escape(old);
        let r = self.find(r as u32) as usize;
        let old = std::mem::replace(&mut self.key[r], Kind::Obj);
        self.escape(old);
    }

    fn escape(&mut self, k: Kind) {
        match k {
            Kind::Inst(_) | Kind::Union(_) => self.escape_instances(k),
            Kind::List(c) | Kind::ListIter(c) | Kind::Dict(c) | Kind::Cell(c) | Kind::Set(c) => {
                self.escape_class(c)
            }
            Kind::Tuple(s) | Kind::TupleIter(s) | Kind::Iter(s) => {
                for item in self.shapes[s as usize].clone() {
                    self.escape(item);
                }
            }
            _ => {}
        }
    }

    /// The containers reachable from `k`'s elements escape, `k` itself not.
    fn escape_elements(&mut self, k: Kind) {
        match k {
            Kind::List(c) | Kind::ListIter(c) | Kind::Dict(c) | Kind::Set(c) => {
                let (e, key) = (self.elem(c), self.key(c));
                self.escape(e);
                self.escape(key);
            }
            Kind::Tuple(_) | Kind::TupleIter(_) | Kind::Iter(_) => self.escape(k),
            // Handed out itself (`max(a, b)`).
            Kind::Inst(_) | Kind::Union(_) => self.escape_instances(k),
            _ => {}
        }
    }

    /// The classes of an instance-like kind escape.
    fn escape_instances(&mut self, k: Kind) {
        let classes: Vec<u32> = match k {
            Kind::Inst(c) => vec![c],
            Kind::Union(bits) => union::classes(bits).collect(),
            _ => Vec::new(),
        };
        for c in classes {
            if self.instances.insert(c) {
                self.changed = true;
                self.instance_sites.insert(c, self.at);
            }
        }
    }

    /// The instances reachable from a value of kind `k` escape, the
    /// containers holding them not (a result handed to code that only
    /// reads it, such as a generic caller: it cannot store into the
    /// containers behind inference's back... but can hand their items on).
    fn escape_reachable_instances(&mut self, k: Kind, seen: &mut HashSet<Kind>) {
        if !seen.insert(k) {
            return;
        }
        match k {
            Kind::Inst(_) | Kind::Union(_) => self.escape_instances(k),
            Kind::List(c) | Kind::ListIter(c) | Kind::Dict(c) | Kind::Set(c) | Kind::Cell(c) => {
                let (e, key) = (self.elem(c), self.key(c));
                self.escape_reachable_instances(e, seen);
                self.escape_reachable_instances(key, seen);
            }
            Kind::Tuple(s) | Kind::TupleIter(s) | Kind::Iter(s) => {
                for item in self.shapes[s as usize].clone() {
                    self.escape_reachable_instances(item, seen);
                }
            }
            _ => {}
        }
    }

    fn depth(&self, k: Kind) -> usize {
        match k {
            Kind::Tuple(s) | Kind::TupleIter(s) | Kind::Iter(s) => {
                1 + self.shapes[s as usize]
                    .iter()
                    .map(|k| self.depth(*k))
                    .max()
                    .unwrap_or(0)
            }
            _ => 0,
        }
    }

    fn canon(&mut self, k: Kind) -> Kind {
        match k {
            Kind::List(c) => Kind::List(self.find(c)),
            Kind::ListIter(c) => Kind::ListIter(self.find(c)),
            Kind::Dict(c) => Kind::Dict(self.find(c)),
            Kind::Set(c) => Kind::Set(self.find(c)),
            Kind::Cell(c) => Kind::Cell(self.find(c)),
            Kind::Tuple(s) => self.tuple(self.shapes[s as usize].clone()),
            Kind::Iter(s) => self.iter(self.shapes[s as usize][0]),
            _ => k,
        }
    }

    fn tuple(&mut self, items: Vec<Kind>) -> Kind {
        self.intern(items).map_or(Kind::Obj, Kind::Tuple)
    }

    /// An iterable whose items are of kind `item`.
    fn iter(&mut self, item: Kind) -> Kind {
        self.intern(vec![item]).map_or(Kind::Obj, Kind::Iter)
    }

    /// The shape of `items`, or `None` (and they escape) when too deep.
    fn intern(&mut self, items: Vec<Kind>) -> Option<u32> {
        let items: Vec<Kind> = items.into_iter().map(|k| self.canon(k)).collect();
        if items.iter().any(|k| self.depth(*k) >= MAX_DEPTH) {
            for item in items {
                self.escape(item);
            }
            return None;
        }
        if let Some(id) = self.shape_ids.get(&items) {
            return Some(*id);
        }
        let id = self.shapes.len() as u32;
        self.shapes.push(items.clone());
        self.shape_ids.insert(items, id);
        Some(id)
    }

    fn join(&mut self, a: Kind, b: Kind) -> Kind {
        match (a, b) {
            (Kind::Bottom, k) | (k, Kind::Bottom) => k,
            (a, b) if a == b => a,
            (Kind::List(x), Kind::List(y)) => Kind::List(self.union(x, y)),
            (Kind::ListIter(x), Kind::ListIter(y)) => Kind::ListIter(self.union(x, y)),
            (Kind::Dict(x), Kind::Dict(y)) => Kind::Dict(self.union(x, y)),
            (Kind::Set(x), Kind::Set(y)) => Kind::Set(self.union(x, y)),
            (Kind::Cell(x), Kind::Cell(y)) => Kind::Cell(self.union(x, y)),
            // An int and a float: `int | float` (no container involved).
            (a, b) if super::numeric::join(a, b).is_some() => Kind::Num,
            // Instances, `None` and their unions (`instances::union`).
            (a, b) if union::member_bits(a).is_some() && union::member_bits(b).is_some() => {
                let joined = union::join(a, b);
                if joined == Kind::Obj {
                    self.escape_instances(a);
                    self.escape_instances(b);
                }
                joined
            }
            (Kind::Iter(x), Kind::Iter(y)) => {
                let (p, q) = (self.shapes[x as usize][0], self.shapes[y as usize][0]);
                let item = self.join(p, q);
                self.iter(item)
            }
            (Kind::Tuple(x), Kind::Tuple(y))
                if self.shapes[x as usize].len() == self.shapes[y as usize].len() =>
            {
                let (xs, ys) = (
                    self.shapes[x as usize].clone(),
                    self.shapes[y as usize].clone(),
                );
                let items = xs.iter().zip(&ys).map(|(p, q)| self.join(*p, *q)).collect();
                self.tuple(items)
            }
            _ => {
                self.escape(a);
                self.escape(b);
                Kind::Obj
            }
        }
    }

    /// The kind of the items iterating over a value of kind `k` gives.
    fn iter_elem(&mut self, k: Kind) -> Kind {
        match k {
            Kind::Bottom => Kind::Bottom,
            Kind::List(c) | Kind::ListIter(c) | Kind::Set(c) => self.elem(c),
            Kind::Tuple(s) | Kind::TupleIter(s) => self.shapes[s as usize]
                .clone()
                .into_iter()
                .fold(Kind::Bottom, |acc, k| self.join(acc, k)),
            Kind::Dict(c) => self.key(c),
            Kind::Iter(s) => self.shapes[s as usize][0],
            Kind::Range | Kind::Bytearray => Kind::Int,
            // Iterating a number raises.
            Kind::Int | Kind::Float | Kind::Num | Kind::Bool | Kind::None => Kind::Bottom,
            _ => Kind::Obj,
        }
    }

    fn site(&mut self, func: FuncId, value: ValueId) -> u32 {
        if let Some(c) = self.sites.get(&(func, value)) {
            return *c;
        }
        let c = self.new_class();
        self.sites.insert((func, value), c);
        c
    }
}

/// The join of two kinds at least one of which is a container.
pub fn join(a: Kind, b: Kind) -> Kind {
    with(|t| t.join(a, b))
}

/// `k` becomes reachable from code inference does not see.
pub fn escape_all(ks: &[Kind]) {
    with(|t| ks.iter().for_each(|k| t.escape(*k)));
}

/// The known classes some instance of which may be reached from code
/// inference does not see: an `obj` value, parameter, element or
/// attribute may hold one. Instances escape the way containers do (joined
/// into `obj`, operands of operations not known harmless, elements of an
/// escaping container), plus what the instance model adds
/// ([`escape_instance`]): receivers of attribute loads that may run a
/// method, values returned to generic callers.
pub fn instance_escaped(c: u32) -> bool {
    with(|t| t.instances.contains(&c))
}

/// The solver is at line `line` of function `func` (where escapes are
/// recorded as happening).
pub fn set_site(func: FuncId, line: u32) {
    with(|t| t.at = (func, line));
}

/// Each class whose instances escaped and where that first happened.
pub fn instance_escapes() -> Vec<(u32, FuncId, u32)> {
    with(|t| {
        let mut all: Vec<(u32, FuncId, u32)> = t
            .instance_sites
            .iter()
            .map(|(c, (func, line))| (*c, *func, *line))
            .collect();
        all.sort();
        all
    })
}

/// Instances of class `c` escape.
pub fn escape_instance(c: u32) {
    with(|t| t.escape_instances(Kind::Inst(c)));
}

/// The instances reachable from a value of kind `k` (through tuples and
/// container elements) escape; the containers themselves do not.
pub fn escape_reachable_instances(k: Kind) {
    with(|t| t.escape_reachable_instances(k, &mut HashSet::new()));
}

/// The kind of a tuple with items of kinds `items`.
pub fn tuple(items: Vec<Kind>) -> Kind {
    with(|t| t.tuple(items))
}

/// Whether `k` is a tuple holding, at any depth, only scalars, instances
/// and such tuples: nothing can change such a value or anything inside it
/// (an instance's attribute kinds join the stores through every receiver),
/// so a location may keep its exact shape wherever it is reachable from.
pub fn frozen_tuple(k: Kind) -> bool {
    fn frozen(t: &Table, k: Kind) -> bool {
        match k {
            Kind::Tuple(s) => t.shapes[s as usize].iter().all(|item| frozen(t, *item)),
            // The kinds a global keeps are the immutable ones.
            _ => super::globals::global_kind(k) == k,
        }
    }
    matches!(k, Kind::Tuple(_)) && with(|t| frozen(t, k))
}

/// How `--emit types` spells `k`; `other` spells the kinds inside that
/// are no containers or scalars (instances, classes).
pub fn describe(k: Kind, other: &dyn Fn(Kind) -> String) -> String {
    with(|t| describe_in(t, k, 0, other))
}

fn describe_in(t: &mut Table, k: Kind, depth: usize, other: &dyn Fn(Kind) -> String) -> String {
    if depth > 4 {
        return "...".to_string();
    }
    match k {
        Kind::List(c) => {
            let e = t.elem(c);
            format!("list[{}]", describe_in(t, e, depth + 1, other))
        }
        Kind::ListIter(c) => {
            let e = t.elem(c);
            format!("iter[{}]", describe_in(t, e, depth + 1, other))
        }
        Kind::Dict(c) => {
            let (key, e) = (t.key(c), t.elem(c));
            let key = describe_in(t, key, depth + 1, other);
            format!("dict[{key}, {}]", describe_in(t, e, depth + 1, other))
        }
        Kind::Cell(c) => {
            let e = t.elem(c);
            format!("cell[{}]", describe_in(t, e, depth + 1, other))
        }
        Kind::Set(c) => {
            let e = t.elem(c);
            format!("set[{}]", describe_in(t, e, depth + 1, other))
        }
        Kind::Iter(s) => {
            let item = t.shapes[s as usize][0];
            format!("iter[{}]", describe_in(t, item, depth + 1, other))
        }
        Kind::Tuple(s) | Kind::TupleIter(s) => {
            let items: Vec<String> = t.shapes[s as usize]
                .clone()
                .into_iter()
                .map(|k| describe_in(t, k, depth + 1, other))
                .collect();
            match k {
                Kind::Tuple(_) if items.len() == 1 => format!("tuple[{},]", items[0]),
                Kind::Tuple(_) => format!("tuple[{}]", items.join(", ")),
                _ => format!("iter[{}]", items.join(" | ")),
            }
        }
        Kind::Class(_) | Kind::Inst(_) | Kind::Union(_) => other(k),
        scalar => scalar.name().to_string(),
    }
}

/// The loads of `for` loop item locals that only run once the item is
/// known not to be the exhausted marker, with the iterator value each item
/// came from. The lowering of `for` stores `IterNext`'s result in a local
/// in the loop head, branches on `IsDone` and loads the local in the body,
/// whose only predecessor is the head.
pub fn loop_items(func: &tir::Function) -> HashMap<ValueId, ValueId> {
    let mut preds = vec![0usize; func.blocks.len()];
    for (id, _) in func.blocks.iter() {
        for succ in tir::cfg::successors(func, id) {
            preds[succ.index()] += 1;
        }
    }
    let mut defs: HashMap<ValueId, &Op> = HashMap::new();
    for block in &func.blocks.items {
        for inst in &block.insts {
            if let [result] = inst.results[..] {
                defs.insert(result, &inst.op);
            }
        }
    }
    let mut out = HashMap::new();
    for block in &func.blocks.items {
        let Terminator::Branch {
            cond, else_block, ..
        } = &block.term
        else {
            continue;
        };
        let Some(Op::IsDone(item)) = defs.get(cond) else {
            continue;
        };
        let Some(Op::IterNext(iter)) = defs.get(item) else {
            continue;
        };
        let body: BlockId = *else_block;
        if preds[body.index()] != 1 {
            continue;
        }
        let store_of_item = |inst: &tir::Inst| match &inst.op {
            Op::StoreLocal { local, value } if value == item => Some(*local),
            _ => None,
        };
        // The item local: the last store in the head, of the item; or
        // (comprehensions) a store of the item in the body, whose later
        // loads see it.
        let last_in_head = block
            .insts
            .iter()
            .rev()
            .find(|inst| matches!(inst.op, Op::StoreLocal { .. }));
        let body_insts = &func.blocks[body].insts;
        let (local, start) = match last_in_head.and_then(store_of_item) {
            Some(local) => (local, 0),
            None => match body_insts
                .iter()
                .position(|inst| store_of_item(inst).is_some())
            {
                Some(at) => (store_of_item(&body_insts[at]).expect("found above"), at + 1),
                None => continue,
            },
        };
        for inst in &body_insts[start..] {
            match &inst.op {
                Op::LoadLocal { local: l, .. } if *l == local => {
                    out.insert(inst.results[0], *iter);
                }
                Op::StoreLocal { local: l, .. } if *l == local => break,
                _ => {}
            }
        }
    }
    out
}
