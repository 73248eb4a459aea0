//! Container kinds: tuples with a kind per element, lists with one element
//! kind per class of allocation sites, and iterators over them.
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
use std::collections::HashMap;

use super::kind::Kind;
use super::solve::{Facts, small_int};
use crate::tir::{self, BinOp, BlockId, FuncId, Op, Terminator, UnaryOp, ValueId};

/// Tuples nested deeper than this are `obj` (keeps the lattice finite).
const MAX_DEPTH: usize = 4;

#[derive(Default)]
struct Table {
    shapes: Vec<Vec<Kind>>,
    shape_ids: HashMap<Vec<Kind>, u32>,
    /// Union-find over list classes.
    parent: Vec<u32>,
    /// Element kind of each class root.
    elem: Vec<Kind>,
    escaped: Vec<bool>,
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
        Kind::Tuple(_) | Kind::List(_) | Kind::ListIter(_) | Kind::TupleIter(_)
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
        self.escaped.push(false);
        c
    }

    fn elem(&mut self, c: u32) -> Kind {
        let r = self.find(c);
        self.elem[r as usize]
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
        if self.escaped[rb as usize] && !self.escaped[ra as usize] {
            self.escape_class(ra);
        }
        self.store(ra, ea);
        self.store(ra, eb);
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
    }

    fn escape(&mut self, k: Kind) {
        match k {
            Kind::List(c) | Kind::ListIter(c) => self.escape_class(c),
            Kind::Tuple(s) | Kind::TupleIter(s) => {
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
            Kind::List(c) | Kind::ListIter(c) => {
                let e = self.elem(c);
                self.escape(e);
            }
            Kind::Tuple(_) | Kind::TupleIter(_) => self.escape(k),
            _ => {}
        }
    }

    fn depth(&self, k: Kind) -> usize {
        match k {
            Kind::Tuple(s) | Kind::TupleIter(s) => {
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
            Kind::Tuple(s) => self.tuple(self.shapes[s as usize].clone()),
            _ => k,
        }
    }

    fn tuple(&mut self, items: Vec<Kind>) -> Kind {
        let items: Vec<Kind> = items.into_iter().map(|k| self.canon(k)).collect();
        if items.iter().any(|k| self.depth(*k) >= MAX_DEPTH) {
            for item in items {
                self.escape(item);
            }
            return Kind::Obj;
        }
        if let Some(id) = self.shape_ids.get(&items) {
            return Kind::Tuple(*id);
        }
        let id = self.shapes.len() as u32;
        self.shapes.push(items.clone());
        self.shape_ids.insert(items, id);
        Kind::Tuple(id)
    }

    fn join(&mut self, a: Kind, b: Kind) -> Kind {
        match (a, b) {
            (Kind::Bottom, k) | (k, Kind::Bottom) => k,
            (a, b) if a == b => a,
            (Kind::List(x), Kind::List(y)) => Kind::List(self.union(x, y)),
            (Kind::ListIter(x), Kind::ListIter(y)) => Kind::ListIter(self.union(x, y)),
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
            Kind::List(c) | Kind::ListIter(c) => self.elem(c),
            Kind::Tuple(s) | Kind::TupleIter(s) => self.shapes[s as usize]
                .clone()
                .into_iter()
                .fold(Kind::Bottom, |acc, k| self.join(acc, k)),
            Kind::Range => Kind::Int,
            // Iterating a number raises.
            Kind::Int | Kind::Float | Kind::Bool | Kind::None => Kind::Bottom,
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
fn escape_all(ks: &[Kind]) {
    with(|t| ks.iter().for_each(|k| t.escape(*k)));
}

/// The kind of a tuple with items of kinds `items`.
pub fn tuple(items: Vec<Kind>) -> Kind {
    with(|t| t.tuple(items))
}

/// How `--emit types` spells `k`.
pub fn describe(k: Kind) -> String {
    with(|t| describe_in(t, k, 0))
}

fn describe_in(t: &mut Table, k: Kind, depth: usize) -> String {
    if depth > 4 {
        return "...".to_string();
    }
    match k {
        Kind::List(c) => {
            let e = t.elem(c);
            format!("list[{}]", describe_in(t, e, depth + 1))
        }
        Kind::ListIter(c) => {
            let e = t.elem(c);
            format!("iter[{}]", describe_in(t, e, depth + 1))
        }
        Kind::Tuple(s) | Kind::TupleIter(s) => {
            let items: Vec<String> = t.shapes[s as usize]
                .clone()
                .into_iter()
                .map(|k| describe_in(t, k, depth + 1))
                .collect();
            match k {
                Kind::Tuple(_) if items.len() == 1 => format!("tuple[{},]", items[0]),
                Kind::Tuple(_) => format!("tuple[{}]", items.join(", ")),
                _ => format!("iter[tuple[{}]]", items.join(", ")),
            }
        }
        other => other.name().to_string(),
    }
}

/// What [`visit`] decided about one instruction.
pub enum Visit {
    /// The kinds of the instruction's results.
    Results(Vec<Kind>),
    /// The ordinary rules decide the results.
    Pass,
}

/// Builtins that read their container arguments without keeping, mutating
/// or handing out the containers or their elements (user code they run,
/// `__repr__` or `__bool__` of a leaf, only sees that leaf).
const OBSERVERS: &[&str] = &[
    "print",
    "len",
    "repr",
    "str",
    "ascii",
    "bool",
    "any",
    "all",
    "hash",
    "isinstance",
    "id",
    "callable",
    "format",
];

/// Builtins that hand out the elements of their container arguments (as
/// results, to a key function) but cannot mutate or keep the containers.
const EXPOSERS: &[&str] = &[
    "min",
    "max",
    "sum",
    "iter",
    "enumerate",
    "zip",
    "reversed",
    "map",
    "filter",
    "set",
    "frozenset",
    "next",
    "dict",
    "tuple",
];

/// What a function needs to visit its instructions.
pub struct Context<'a> {
    pub program: &'a tir::Program,
    pub id: FuncId,
    pub defs: &'a [Option<&'a Op>],
    /// Loads of a `for` loop's item local inside the loop body: the
    /// iterator value they come from (see [`loop_items`]).
    pub items: &'a HashMap<ValueId, ValueId>,
}

/// The effects of `inst` on the container tables, and its result kinds
/// when a container rule decides them.
pub fn visit(cx: &Context, f: &Facts, inst: &tir::Inst) -> Visit {
    let k = |v: &ValueId| f.values[v.index()];
    let n = inst.results.len();
    let result = |kind: Kind| Visit::Results(vec![kind]);
    let waits = |op: &Op| {
        !matches!(op, Op::StoreLocal { .. } | Op::CallDirect { .. })
            && op.operands().iter().any(|v| k(v) == Kind::Bottom)
    };
    if waits(&inst.op) {
        // Not reached (yet): no effects until every operand has a kind.
        return Visit::Results(vec![Kind::Bottom; n]);
    }
    match &inst.op {
        Op::StoreLocal { .. } | Op::CallDirect { .. } | Op::Is { .. } | Op::Truthy(_) => {
            Visit::Pass
        }
        Op::LoadLocal { .. } => match inst.results.first().and_then(|r| cx.items.get(r)) {
            Some(iter) => match k(iter) {
                Kind::Bottom => result(Kind::Bottom),
                it @ (Kind::ListIter(_) | Kind::TupleIter(_)) => result(with(|t| t.iter_elem(it))),
                _ => Visit::Pass,
            },
            None => Visit::Pass,
        },
        Op::BuildList(items) => with(|t| {
            let c = t.site(cx.id, inst.results[0]);
            for item in items {
                t.store(c, k(item));
            }
            result(Kind::List(c))
        }),
        Op::BuildTuple(items) => result(tuple(items.iter().map(k).collect())),
        Op::ListAppend { list, item } if matches!(k(list), Kind::List(_)) => {
            let Kind::List(c) = k(list) else {
                unreachable!()
            };
            with(|t| t.store(c, k(item)));
            Visit::Results(Vec::new())
        }
        Op::ListExtend { list, iterable, .. } if matches!(k(list), Kind::List(_)) => {
            let Kind::List(c) = k(list) else {
                unreachable!()
            };
            with(|t| {
                let e = t.iter_elem(k(iterable));
                t.store(c, e);
            });
            Visit::Results(Vec::new())
        }
        Op::GetIter(value) => match k(value) {
            Kind::List(c) => result(Kind::ListIter(c)),
            Kind::Tuple(s) => result(Kind::TupleIter(s)),
            other => escaping(&[other]),
        },
        Op::IterNext(iter) if matches!(k(iter), Kind::ListIter(_) | Kind::TupleIter(_)) => {
            result(Kind::Obj)
        }
        Op::CloseIter(_) => Visit::Pass,
        Op::Unpack(value) => match k(value) {
            Kind::Bottom => Visit::Results(vec![Kind::Bottom; n]),
            Kind::List(c) => Visit::Results(vec![with(|t| t.elem(c)); n]),
            Kind::Tuple(s) => with(|t| {
                let shape = &t.shapes[s as usize];
                // A length mismatch raises.
                let kinds = if shape.len() == n {
                    shape.clone()
                } else {
                    vec![Kind::Bottom; n]
                };
                Visit::Results(kinds)
            }),
            other => escaping(&[other]),
        },
        Op::GetItem { obj, key } => get_item(cx, k(obj), k(key), *key, inst),
        Op::SetItem { obj, key, value } => match k(obj) {
            Kind::List(c) => {
                let (key_kind, value) = (k(key), k(value));
                with(|t| {
                    t.escape(key_kind);
                    let slice = is_slice(cx, *key);
                    if !slice {
                        t.store(c, value);
                    }
                    if slice || !matches!(key_kind, Kind::Int | Kind::Bool) {
                        let e = t.iter_elem(value);
                        t.store(c, e);
                    }
                });
                Visit::Results(Vec::new())
            }
            other => escaping(&[other, k(key), k(value)]),
        },
        Op::DelItem { obj, key } if matches!(k(obj), Kind::List(_)) => {
            escape_all(&[k(key)]);
            Visit::Results(Vec::new())
        }
        Op::Compare { lhs, rhs, .. } | Op::CompareBool { lhs, rhs, .. } => {
            compare(&[k(lhs), k(rhs)])
        }
        Op::Contains { container, item } => compare(&[k(container), k(item)]),
        Op::BinOp { op, lhs, rhs } => bin_op(cx, *op, k(lhs), k(rhs), inst, false),
        Op::InplaceBinOp { op, lhs, rhs } => bin_op(cx, *op, k(lhs), k(rhs), inst, true),
        Op::CallMethod {
            obj,
            name,
            args,
            kwnames,
        } => {
            let Some(tir::Const::Str(name)) = cx.program.consts.items.get(name.index()) else {
                return escaping(&[k(obj)]);
            };
            let args: Vec<Kind> = args.iter().map(k).collect();
            match k(obj) {
                Kind::List(c) => list_method(cx, c, name, &args, kwnames.is_some(), inst),
                Kind::Str if name == "join" && args.len() == 1 && kwnames.is_none() => Visit::Pass,
                other => {
                    let mut all = args.clone();
                    all.push(other);
                    escaping(&all)
                }
            }
        }
        Op::Call {
            callee,
            args,
            kwnames,
        } => {
            let values = args;
            let mut args: Vec<Kind> = values.iter().map(k).collect();
            let Some(name) = builtin_name(cx, *callee) else {
                return escaping(&args);
            };
            if matches!(name, "list" | "sorted")
                && let [value] = values[..]
                && let Some(Op::Call { callee, .. }) = cx.defs[value.index()]
                && builtin_name(cx, *callee) == Some("range")
            {
                // Any range object's items are exact ints.
                args[0] = Kind::Range;
            }
            builtin(cx, name, &args, kwnames.is_some(), inst)
        }
        op => {
            let kinds: Vec<Kind> = op.operands().iter().map(k).collect();
            escaping(&kinds)
        }
    }
}

/// The builtin `callee` is, when it is one.
fn builtin_name(cx: &Context, callee: ValueId) -> Option<&'static str> {
    match cx.defs[callee.index()] {
        Some(Op::Builtin(index)) => Some(typhon_abi::BUILTINS[*index as usize]),
        _ => None,
    }
}

fn escaping(kinds: &[Kind]) -> Visit {
    escape_all(kinds);
    Visit::Pass
}

/// A comparison may hand the elements to user `__eq__` / `__lt__`; with an
/// operand that is no container, the container itself (reflected operand).
fn compare(kinds: &[Kind]) -> Visit {
    with(|t| {
        let all_containers = kinds
            .iter()
            .all(|k| matches!(k, Kind::List(_) | Kind::Tuple(_)));
        for k in kinds {
            if all_containers {
                t.escape_elements(*k);
            } else {
                t.escape(*k);
            }
        }
    });
    Visit::Pass
}

/// The inline int constant `key` is, also when written `-k`.
fn constant_index(cx: &Context, key: ValueId) -> Option<i64> {
    match cx.defs[key.index()] {
        Some(Op::Unary {
            op: UnaryOp::Neg,
            operand,
        }) => small_int(cx.defs, *operand).map(|k| -k),
        _ => small_int(cx.defs, key),
    }
}

fn is_slice(cx: &Context, key: ValueId) -> bool {
    matches!(cx.defs[key.index()], Some(Op::BuildSlice { .. }))
}

fn get_item(cx: &Context, obj: Kind, key: Kind, key_value: ValueId, inst: &tir::Inst) -> Visit {
    let result = |kind: Kind| Visit::Results(vec![kind]);
    if key == Kind::Bottom {
        return result(Kind::Bottom);
    }
    with(|t| match obj {
        Kind::List(c) => {
            t.escape(key);
            if matches!(key, Kind::Int | Kind::Bool) {
                result(t.elem(c))
            } else if is_slice(cx, key_value) {
                let site = t.site(cx.id, inst.results[0]);
                let e = t.elem(c);
                t.store(site, e);
                result(Kind::List(site))
            } else {
                t.escape_elements(obj);
                Visit::Pass
            }
        }
        Kind::Tuple(s) => {
            t.escape(key);
            let shape = t.shapes[s as usize].clone();
            if let Some(index) = constant_index(cx, key_value) {
                let len = shape.len() as i64;
                let index = if index < 0 { index + len } else { index };
                // Out of range raises `IndexError`.
                let kind = shape.get(index as usize).copied();
                result(if (0..len).contains(&index) {
                    kind.unwrap_or(Kind::Bottom)
                } else {
                    Kind::Bottom
                })
            } else if matches!(key, Kind::Int | Kind::Bool) {
                result(t.iter_elem(obj))
            } else {
                t.escape(obj);
                Visit::Pass
            }
        }
        _ => {
            t.escape(obj);
            t.escape(key);
            Visit::Pass
        }
    })
}

fn bin_op(cx: &Context, op: BinOp, lhs: Kind, rhs: Kind, inst: &tir::Inst, inplace: bool) -> Visit {
    let result = |kind: Kind| Visit::Results(vec![kind]);
    let count = |k: Kind| matches!(k, Kind::Int | Kind::Bool);
    with(|t| match (op, lhs, rhs) {
        (_, Kind::Bottom, _) | (_, _, Kind::Bottom) => result(Kind::Bottom),
        // `l += it` extends `l` in place.
        (BinOp::Add, Kind::List(c), other) if inplace => {
            let e = t.iter_elem(other);
            t.store(c, e);
            result(Kind::List(c))
        }
        (BinOp::Mul, Kind::List(c), n) if inplace && count(n) => result(Kind::List(c)),
        (BinOp::Add, Kind::List(a), Kind::List(b)) => {
            let site = t.site(cx.id, inst.results[0]);
            let (ea, eb) = (t.elem(a), t.elem(b));
            t.store(site, ea);
            t.store(site, eb);
            result(Kind::List(site))
        }
        (BinOp::Mul, Kind::List(c), n) | (BinOp::Mul, n, Kind::List(c)) if count(n) => {
            let site = t.site(cx.id, inst.results[0]);
            let e = t.elem(c);
            t.store(site, e);
            result(Kind::List(site))
        }
        (BinOp::Add, Kind::Tuple(a), Kind::Tuple(b)) => {
            let mut items = t.shapes[a as usize].clone();
            items.extend(t.shapes[b as usize].clone());
            result(t.tuple(items))
        }
        _ => {
            t.escape(lhs);
            t.escape(rhs);
            Visit::Pass
        }
    })
}

fn list_method(
    cx: &Context,
    c: u32,
    name: &str,
    args: &[Kind],
    keywords: bool,
    inst: &tir::Inst,
) -> Visit {
    let result = |kind: Kind| Visit::Results(vec![kind]);
    with(|t| match (name, args, keywords) {
        ("append", [item], false) => {
            t.store(c, *item);
            result(Kind::None)
        }
        ("insert", [index, item], false) => {
            t.escape(*index);
            t.store(c, *item);
            result(Kind::None)
        }
        ("extend", [iterable], false) => {
            let e = t.iter_elem(*iterable);
            t.store(c, e);
            result(Kind::None)
        }
        ("pop", [], false) => result(t.elem(c)),
        ("pop", [index], false) => {
            t.escape(*index);
            result(t.elem(c))
        }
        ("remove" | "index" | "count", [_, ..], false) => {
            t.escape_elements(Kind::List(c));
            args.iter().for_each(|k| t.escape(*k));
            result(match name {
                "remove" => Kind::None,
                _ => Kind::Int,
            })
        }
        // A key function or `__lt__` sees the elements.
        ("sort", [], _) => {
            t.escape_elements(Kind::List(c));
            result(Kind::None)
        }
        ("reverse" | "clear", [], false) => result(Kind::None),
        ("copy", [], false) => {
            let site = t.site(cx.id, inst.results[0]);
            let e = t.elem(c);
            t.store(site, e);
            result(Kind::List(site))
        }
        _ => {
            t.escape_class(c);
            args.iter().for_each(|k| t.escape(*k));
            Visit::Pass
        }
    })
}

fn builtin(cx: &Context, name: &str, args: &[Kind], keywords: bool, inst: &tir::Inst) -> Visit {
    if args.contains(&Kind::Bottom) {
        return Visit::Pass;
    }
    with(|t| match (name, args, keywords) {
        ("list", [], false) => Visit::Results(vec![Kind::List(t.site(cx.id, inst.results[0]))]),
        ("list" | "sorted", [iterable], false) => {
            if name == "sorted" {
                t.escape_elements(*iterable);
            }
            let site = t.site(cx.id, inst.results[0]);
            let e = t.iter_elem(*iterable);
            t.store(site, e);
            Visit::Results(vec![Kind::List(site)])
        }
        ("tuple", [Kind::Tuple(s)], false) => Visit::Results(vec![Kind::Tuple(*s)]),
        _ if OBSERVERS.contains(&name) => Visit::Pass,
        _ if EXPOSERS.contains(&name) => {
            args.iter().for_each(|k| t.escape_elements(*k));
            Visit::Pass
        }
        _ => {
            args.iter().for_each(|k| t.escape(*k));
            Visit::Pass
        }
    })
}

/// The operands of terminators other than `Return` (whose value joins the
/// return kind) and `Branch` (a native truth value) escape.
pub fn terminator(term: &Terminator, f: &Facts) {
    match term {
        Terminator::Return(_) | Terminator::Branch { .. } | Terminator::Jump(_) => {}
        other => {
            let kinds: Vec<Kind> = other
                .operands()
                .iter()
                .map(|v| f.values[v.index()])
                .collect();
            escape_all(&kinds);
        }
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
        // The item local: the last store in the head, of the item.
        let Some((local, value)) = block.insts.iter().rev().find_map(|inst| match &inst.op {
            Op::StoreLocal { local, value } => Some((*local, *value)),
            _ => None,
        }) else {
            continue;
        };
        let body: BlockId = *else_block;
        if value != *item || preds[body.index()] != 1 {
            continue;
        }
        for inst in &func.blocks[body].insts {
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
