//! The container rules of each operation: what it stores into a list
//! class, which kinds its results get, and which of its operands escape
//! (see the parent module for the model).

use std::collections::HashMap;

use super::super::kind::Kind;
use super::super::solve::{Facts, small_int};
use super::super::str_ops::{self, StrContainer};
use super::{dicts, escape_all, tuple, with};
use crate::tir::{self, BinOp, FuncId, Op, Terminator, UnaryOp, ValueId};

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
    /// The globals that may hold lists and dicts
    /// (`globals::ModuleWrites::private`): every read of them is a
    /// `LoadGlobal` inference sees.
    pub private_globals: &'a [bool],
}

/// The effects of `inst` on the container tables, and its result kinds
/// when a container rule decides them. `direct`: `inst` is a call instance
/// inference makes direct (to copies whose parameters take the arguments'
/// kinds, so the containers among them stay seen).
pub fn visit(cx: &Context, f: &Facts, inst: &tir::Inst, direct: bool) -> Visit {
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
        Op::CallMethod { .. }
        | Op::Call { .. }
        | Op::BinOp { .. }
        | Op::InplaceBinOp { .. }
        | Op::Unary { .. }
            if direct =>
        {
            Visit::Pass
        }
        // These hand an instance only to its own dunders (`__str__`,
        // `__format__`...), whose `self` the instance model accounts for;
        // an attribute load or delete on an instance is the instance
        // model's to judge (`instances::Model::observe`).
        Op::Str(v) | Op::Repr(v) | Op::Ascii(v) | Op::Format { value: v, .. }
            if is_instance_like(k(v)) =>
        {
            escaping(&non_instances(
                &inst.op.operands().iter().map(k).collect::<Vec<_>>(),
            ))
        }
        Op::Unary {
            op: UnaryOp::Not,
            operand,
        } if is_instance_like(k(operand)) => Visit::Pass,
        Op::GetAttr { obj, .. } | Op::DelAttr { obj, .. } if is_instance_like(k(obj)) => {
            Visit::Pass
        }
        Op::LoadLocal { .. } => match inst.results.first().and_then(|r| cx.items.get(r)) {
            Some(iter) => match k(iter) {
                Kind::Bottom => result(Kind::Bottom),
                it @ (Kind::ListIter(_) | Kind::TupleIter(_) | Kind::Iter(_)) => {
                    result(with(|t| t.iter_elem(it)))
                }
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
        Op::BuildDict(pairs) => with(|t| {
            let c = t.site(cx.id, inst.results[0]);
            for (key, value) in pairs {
                t.store_key(c, k(key));
                t.store(c, k(value));
            }
            result(Kind::Dict(c))
        }),
        // A cell is a one-element container: the comprehensions and
        // generator expressions that get it directly see its stores.
        Op::MakeCell => with(|t| result(Kind::Cell(t.site(cx.id, inst.results[0])))),
        Op::StoreCell { cell, value } if matches!(k(cell), Kind::Cell(_)) => {
            let Kind::Cell(c) = k(cell) else {
                unreachable!()
            };
            with(|t| t.store(c, k(value)));
            Visit::Results(Vec::new())
        }
        Op::LoadCell { cell, .. } if matches!(k(cell), Kind::Cell(_)) => {
            let Kind::Cell(c) = k(cell) else {
                unreachable!()
            };
            result(with(|t| t.elem(c)))
        }
        Op::DelCell { cell, .. } if matches!(k(cell), Kind::Cell(_)) => Visit::Results(Vec::new()),
        // An attribute of a known instance is a location like a local:
        // loads through `Inst(c)` receivers give the kind stored, and the
        // instance model escapes the value when something else can load
        // it (`instances::Model::observe`).
        Op::SetAttr { obj, .. } if matches!(k(obj), Kind::Inst(_) | Kind::Union(_)) => {
            Visit::Results(Vec::new())
        }
        Op::MakeGenerator { .. } => Visit::Pass,
        // Its loads give the stored kind (`globals::stored_kind`).
        Op::StoreGlobal { global, value }
            if cx.private_globals[global.index()]
                && matches!(k(value), Kind::List(_) | Kind::Dict(_) | Kind::Set(_)) =>
        {
            Visit::Results(Vec::new())
        }
        // A global keeps instance kinds; the instance model judges whether
        // anything reads it as `obj`.
        Op::StoreGlobal { value, .. } if is_instance_like(k(value)) => Visit::Results(Vec::new()),
        Op::BuildTuple(items) => result(tuple(items.iter().map(k).collect())),
        // Set elements meet `__hash__` and `__eq__`, so containers among
        // them escape (as dict keys do).
        Op::BuildSet(items) => with(|t| {
            let c = t.site(cx.id, inst.results[0]);
            for item in items {
                t.escape(k(item));
                t.store(c, k(item));
            }
            result(Kind::Set(c))
        }),
        Op::SetAdd { set, item } if matches!(k(set), Kind::Set(_)) => {
            let Kind::Set(c) = k(set) else { unreachable!() };
            with(|t| {
                t.escape(k(item));
                t.store(c, k(item));
            });
            Visit::Results(Vec::new())
        }
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
            it @ Kind::Iter(_) => result(it),
            // Any range object's items are exact ints.
            Kind::Dict(_) | Kind::Set(_) | Kind::Range | Kind::Bytearray => with(|t| {
                let item = t.iter_elem(k(value));
                result(t.iter(item))
            }),
            other => escaping(&[other]),
        },
        Op::IterNext(iter)
            if matches!(
                k(iter),
                Kind::ListIter(_) | Kind::TupleIter(_) | Kind::Iter(_)
            ) =>
        {
            result(Kind::Obj)
        }
        Op::CloseIter(_) => Visit::Pass,
        Op::Unpack(value) => match k(value) {
            Kind::Bottom => Visit::Results(vec![Kind::Bottom; n]),
            it @ (Kind::List(_) | Kind::Dict(_) | Kind::Iter(_) | Kind::Bytearray) => {
                Visit::Results(vec![with(|t| t.iter_elem(it)); n])
            }
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
            Kind::Dict(c) => dicts::set_item(c, k(key), k(value)),
            other => escaping(&[other, k(key), k(value)]),
        },
        Op::DelItem { obj, key }
        | Op::Contains {
            container: obj,
            item: key,
        } if matches!(k(obj), Kind::Dict(_)) => {
            // Only the key is handed to `__eq__` of stored keys.
            escaping(&[k(key)])
        }
        Op::Contains { container, item } if matches!(k(container), Kind::Set(_)) => {
            escaping(&[k(item)])
        }
        Op::DelItem { obj, key } if matches!(k(obj), Kind::List(_)) => {
            escape_all(&[k(key)]);
            Visit::Results(Vec::new())
        }
        Op::Compare { lhs, rhs, .. } | Op::CompareBool { lhs, rhs, .. } => {
            compare(&[k(lhs), k(rhs)])
        }
        Op::Contains { container, item } => match k(container) {
            // The item meets the elements in `__eq__`, not the container.
            c @ (Kind::List(_) | Kind::Tuple(_) | Kind::Iter(_)) => {
                with(|t| {
                    t.escape_elements(c);
                    t.escape(k(item));
                });
                Visit::Pass
            }
            c => compare(&[c, k(item)]),
        },
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
                Kind::Dict(c) => dicts::method(cx, c, name, &args, kwnames.is_some(), inst),
                Kind::Set(c) => set_method(c, name, &args, kwnames.is_some()),
                Kind::Str if name == "join" && args.len() == 1 && kwnames.is_none() => Visit::Pass,
                Kind::Str => {
                    // A container argument (`startswith((a, b))`) reaches
                    // the runtime, which may raise with it, never stores it.
                    escape_all(&args);
                    match str_ops::container_result(name) {
                        Some(StrContainer::List) => with(|t| {
                            let c = t.site(cx.id, inst.results[0]);
                            t.store(c, Kind::Str);
                            Visit::Results(vec![Kind::List(c)])
                        }),
                        Some(StrContainer::Triple) => {
                            Visit::Results(vec![tuple(vec![Kind::Str; 3])])
                        }
                        None => Visit::Pass,
                    }
                }
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
        // The cells of a closure tuple reach only the closure's cell
        // parameters (see `infer::cells`).
        Op::MakeClosure {
            defaults, closure, ..
        } if super::super::cells::closure_tuple(cx.defs, *closure).is_some() => {
            escaping(&[k(defaults)])
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

/// Instances and unions of them (and `None`).
fn is_instance_like(k: Kind) -> bool {
    matches!(k, Kind::Inst(_) | Kind::Union(_))
}

/// The kinds that are no instance.
fn non_instances(kinds: &[Kind]) -> Vec<Kind> {
    kinds
        .iter()
        .copied()
        .filter(|k| !is_instance_like(*k))
        .collect()
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
            .all(|k| matches!(k, Kind::List(_) | Kind::Tuple(_) | Kind::Dict(_)));
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
        Kind::Dict(c) => {
            t.escape(key);
            result(t.elem(c))
        }
        // A bytearray's item is an int whatever it holds; a slice or a
        // bad key keeps the generic rule.
        Kind::Bytearray if matches!(key, Kind::Int | Kind::Bool) => result(Kind::Int),
        // A character or a slice of an exact string is an exact string.
        Kind::Str if matches!(key, Kind::Int | Kind::Bool) || is_slice(cx, key_value) => {
            result(Kind::Str)
        }
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

/// `s.name(*args)` on a set of class `c`: the element methods; any other
/// method lets the set escape.
fn set_method(c: u32, name: &str, args: &[Kind], keywords: bool) -> Visit {
    let result = |kind: Kind| Visit::Results(vec![kind]);
    with(|t| match (name, args, keywords) {
        ("add", [item], false) => {
            t.escape(*item);
            t.store(c, *item);
            result(Kind::None)
        }
        ("discard" | "remove", [item], false) => {
            t.escape(*item);
            result(Kind::None)
        }
        ("clear", [], false) => result(Kind::None),
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
    if let Some(visit) = dicts::builtin(cx, name, args, keywords, inst) {
        return visit;
    }
    with(|t| match (name, args, keywords) {
        ("list", [], false) => Visit::Results(vec![Kind::List(t.site(cx.id, inst.results[0]))]),
        ("set", [], false) => Visit::Results(vec![Kind::Set(t.site(cx.id, inst.results[0]))]),
        ("set", [iterable], false) => {
            t.escape_elements(*iterable);
            let site = t.site(cx.id, inst.results[0]);
            let e = t.iter_elem(*iterable);
            t.store(site, e);
            Visit::Results(vec![Kind::Set(site)])
        }
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
        // The class of a value is no container and holds none.
        ("type", [_], false) => Visit::Pass,
        // The super object keeps the instance, the instance model decides
        // whether it gets out.
        ("super", _, false) => {
            non_instances(args).iter().for_each(|k| t.escape(*k));
            Visit::Pass
        }
        // `vars(x)`: what the attribute dict reaches is the instance
        // model's to judge (`instances::instance_dicts`).
        ("$vars", [_], false) => {
            non_instances(args).iter().for_each(|k| t.escape(*k));
            Visit::Pass
        }
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
