//! Dict rules (key and value kinds per class of dict allocation sites) and
//! the builtins that make typed iterators (`enumerate`, `zip`, `reversed`,
//! `iter`) or dicts.

use super::super::kind::Kind;
use super::rules::{Context, Visit};
use super::with;
use crate::tir;

/// `d[key] = value`.
pub fn set_item(c: u32, key: Kind, value: Kind) -> Visit {
    with(|t| {
        t.store_key(c, key);
        t.store(c, value);
    });
    Visit::Results(Vec::new())
}

/// `d.name(*args)` on a dict of class `c`.
pub fn method(
    cx: &Context,
    c: u32,
    name: &str,
    args: &[Kind],
    keywords: bool,
    inst: &tir::Inst,
) -> Visit {
    let result = |kind: Kind| Visit::Results(vec![kind]);
    with(|t| match (name, args, keywords) {
        ("get", [key], false) => {
            t.escape(*key);
            let e = t.elem(c);
            result(t.join(e, Kind::None))
        }
        ("get" | "pop", [key, default], false) => {
            t.escape(*key);
            let e = t.elem(c);
            result(t.join(e, *default))
        }
        ("pop", [key], false) => {
            t.escape(*key);
            result(t.elem(c))
        }
        ("setdefault", [key], false) => {
            t.store_key(c, *key);
            t.store(c, Kind::None);
            result(t.elem(c))
        }
        ("setdefault", [key, default], false) => {
            t.store_key(c, *key);
            t.store(c, *default);
            result(t.elem(c))
        }
        ("keys", [], false) => {
            let key = t.key(c);
            result(t.iter(key))
        }
        ("values", [], false) => {
            let e = t.elem(c);
            result(t.iter(e))
        }
        ("items", [], false) => {
            let (key, e) = (t.key(c), t.elem(c));
            let pair = t.tuple(vec![key, e]);
            result(t.iter(pair))
        }
        ("popitem", [], false) => {
            let (key, e) = (t.key(c), t.elem(c));
            result(t.tuple(vec![key, e]))
        }
        ("copy", [], false) => {
            let site = t.site(cx.id, inst.results[0]);
            let (key, e) = (t.key(c), t.elem(c));
            t.store_key(site, key);
            t.store(site, e);
            result(Kind::Dict(site))
        }
        ("clear", [], false) => result(Kind::None),
        ("update", [Kind::Dict(other)], false) => {
            let (key, e) = (t.key(*other), t.elem(*other));
            t.store_key(c, key);
            t.store(c, e);
            result(Kind::None)
        }
        _ => {
            t.escape_class(c);
            args.iter().for_each(|k| t.escape(*k));
            Visit::Pass
        }
    })
}

/// The builtins that build a dict or a typed iterator; `None` for others.
pub fn builtin(
    cx: &Context,
    name: &str,
    args: &[Kind],
    keywords: bool,
    inst: &tir::Inst,
) -> Option<Visit> {
    let result = |kind: Kind| Some(Visit::Results(vec![kind]));
    if keywords {
        return None;
    }
    with(|t| match (name, args) {
        ("dict", []) => result(Kind::Dict(t.site(cx.id, inst.results[0]))),
        // The count is an exact int when it starts from one.
        ("enumerate", [items] | [items, Kind::Int]) => {
            let item = t.iter_elem(*items);
            let pair = t.tuple(vec![Kind::Int, item]);
            result(t.iter(pair))
        }
        ("zip", [_, ..]) => {
            let items: Vec<Kind> = args.iter().map(|k| t.iter_elem(*k)).collect();
            let tuple = t.tuple(items);
            result(t.iter(tuple))
        }
        // A user `__reversed__` or `__iter__` could return anything.
        ("reversed", [k @ (Kind::List(_) | Kind::Tuple(_))])
        | ("iter", [k @ (Kind::Dict(_) | Kind::Iter(_) | Kind::Range | Kind::Bytearray)]) => {
            let item = t.iter_elem(*k);
            result(t.iter(item))
        }
        ("iter", [Kind::List(c)]) => result(Kind::ListIter(*c)),
        ("iter", [Kind::Tuple(s)]) => result(Kind::TupleIter(*s)),
        _ => None,
    })
}
