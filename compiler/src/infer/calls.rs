//! Specialisation per argument kinds: a function reached only through
//! `CallDirect` whose call sites pass different kinds (`f(1)` here,
//! `f(1.5)` there) gets one copy per kind tuple, so each copy's parameters
//! stay typed instead of joining to `obj`.
//!
//! A solve gives every call site's argument kinds; sites are grouped by a
//! coarse key (scalar kinds exactly, containers by their sort, since the
//! container classes of one solve mean nothing in the next) and each group
//! of a function with several groups is pointed at a copy of its own, at
//! most [`MAX_COPIES`] per function (the other sites keep the original,
//! whose parameters are the join of theirs). Solving again can make the
//! sites inside the copies more precise (a recursive call of a copy now
//! passes the copy's kinds), so this repeats a few rounds, reusing the copy
//! made for a key. The grouping is only a heuristic: the final solve joins
//! the kinds of whatever sites reach each function, so any assignment of
//! sites to copies is sound.
//!
//! A generator's creation function is copied with its resume function
//! (whose frame slots get the creation function's arguments).

use std::collections::HashMap;

use super::instances::Model;
use super::kind::Kind;
use super::solve::{self, is_entry};
use crate::tir::{self, BlockId, FuncId, Op};

/// Copies per original function.
const MAX_COPIES: usize = 8;
/// Solve-and-split rounds.
const ROUNDS: usize = 4;

/// A kind as a grouping key: scalars exactly, containers by their sort.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Key {
    Exact(Kind),
    Tuple,
    List,
    ListIter,
    TupleIter,
    Dict,
    Set,
    Iter,
    Cell,
    /// Marks the key of a `MakeClosure` (whose copy keeps a generic entry).
    Closure,
}

fn key(kind: Kind) -> Key {
    match kind {
        Kind::Tuple(_) => Key::Tuple,
        Kind::List(_) => Key::List,
        Kind::ListIter(_) => Key::ListIter,
        Kind::TupleIter(_) => Key::TupleIter,
        Kind::Dict(_) => Key::Dict,
        Kind::Set(_) => Key::Set,
        Kind::Iter(_) => Key::Iter,
        Kind::Cell(_) => Key::Cell,
        other => Key::Exact(other),
    }
}

/// The key of a site: its arguments' keys, and the calling function when
/// it passes a cell (cells are containers whose classes merge where they
/// meet in one parameter, so each enclosing function, or copy of one,
/// gets its own copy of the comprehension or closure it passes its cells
/// to; recursive calls are not told apart).
type SiteKey = (Option<FuncId>, Vec<Key>);

/// One `CallDirect`: caller, block, instruction index, callee.
struct Site {
    caller: FuncId,
    block: BlockId,
    inst: usize,
    callee: FuncId,
    key: SiteKey,
}

/// Whether `func` may be copied: not a module body or resume function.
/// A function with a generic entry keeps it for the callers its copies
/// (which have none) do not take.
fn copyable(func: &tir::Function) -> bool {
    !func.is_module_init && func.resume.is_none()
}

/// Split the functions whose direct callers pass different kinds.
pub fn split(program: &mut tir::Program, model: &Model) {
    // Original of every copy made here, and the copies of each original.
    let mut origin: HashMap<FuncId, FuncId> = HashMap::new();
    let mut copies: HashMap<FuncId, Vec<(SiteKey, FuncId)>> = HashMap::new();
    for _ in 0..ROUNDS {
        let entry: Vec<bool> = program.functions.iter().map(|(_, f)| is_entry(f)).collect();
        let solution = solve::solve(program, &entry, model);
        let sites = gather(program, &solution.facts, model, &origin, &copies);
        // The distinct keys of each original's sites.
        let mut keys: HashMap<FuncId, Vec<SiteKey>> = HashMap::new();
        for site in &sites {
            let root = *origin.get(&site.callee).unwrap_or(&site.callee);
            let seen = keys.entry(root).or_default();
            if !seen.contains(&site.key) {
                seen.push(site.key.clone());
            }
        }
        let mut moved = false;
        for site in &sites {
            let root = *origin.get(&site.callee).unwrap_or(&site.callee);
            let made = copies.entry(root).or_default();
            let target = match made.iter().position(|(k, _)| *k == site.key) {
                Some(at) => made[at].1,
                // One kind tuple needs no copy (yet), unless the function
                // also has a generic entry (whose parameters are `obj`).
                // (Closures and calls are counted apart: one function
                // making a closure and calling it directly needs no copy.)
                None if keys[&root]
                    .iter()
                    .filter(|k| is_closure(k) == is_closure(&site.key))
                    .count()
                    < 2
                    && made.is_empty()
                    && (program.functions[root].generic.is_none()
                        || !site
                            .key
                            .1
                            .iter()
                            .any(|k| matches!(k, Key::Exact(kind) if scalar(*kind)))) =>
                {
                    continue;
                }
                None if informative(&site.key.1) => {
                    // A copy whose key no site has any more (the kinds grew
                    // more precise) serves the new key.
                    let stale = made.iter().position(|(k, _)| !keys[&root].contains(k));
                    match stale {
                        Some(at) => {
                            made[at].0 = site.key.clone();
                            made[at].1
                        }
                        None if made.len() < MAX_COPIES => {
                            let copy = copy_function(program, root, is_closure(&site.key));
                            origin.insert(copy, root);
                            made.push((site.key.clone(), copy));
                            copy
                        }
                        None => root,
                    }
                }
                None => root,
            };
            if target != site.callee {
                retarget(program, site, target);
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    empty_unused(program, &origin);
}

/// Empty the copies no call reaches any more (their code would only cost
/// compile time and size).
fn empty_unused(program: &mut tir::Program, origin: &HashMap<FuncId, FuncId>) {
    let mut called: std::collections::HashSet<FuncId> = program
        .functions
        .items
        .iter()
        .flat_map(solve::direct_callees)
        .collect();
    for func in &program.functions.items {
        for block in &func.blocks.items {
            for inst in &block.insts {
                if let Op::MakeClosure { func, .. } = &inst.op {
                    called.insert(*func);
                }
            }
        }
    }
    for copy in origin.keys() {
        if !called.contains(copy) {
            let func = &mut program.functions[*copy];
            func.blocks = tir::IndexVec::new();
            func.blocks.push(tir::Block::default());
        }
    }
}

/// Whether a key is worth a copy: some argument is more than a container
/// sort or `obj` (containers alone still get one, see [`key`], when
/// another key of the function has a scalar).
fn informative(key: &[Key]) -> bool {
    key.iter()
        .any(|k| !matches!(k, Key::Exact(Kind::Obj) | Key::Exact(Kind::Bottom)))
}

fn is_closure(key: &SiteKey) -> bool {
    key.1 == [Key::Closure]
}

fn scalar(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Int | Kind::Float | Kind::Bool | Kind::Str | Kind::None | Kind::Range
    )
}

/// Every `CallDirect` to a copyable function whose arguments are all
/// reached (none `Bottom`), with its key.
fn gather(
    program: &tir::Program,
    facts: &[solve::Facts],
    model: &Model,
    origin: &HashMap<FuncId, FuncId>,
    copies: &HashMap<FuncId, Vec<(SiteKey, FuncId)>>,
) -> Vec<Site> {
    // A resume function calls on behalf of its creation function.
    let mut creator: HashMap<FuncId, FuncId> = HashMap::new();
    for (id, func) in program.functions.iter() {
        for block in &func.blocks.items {
            for inst in &block.insts {
                if let Op::MakeGenerator { resume, .. } = &inst.op {
                    creator.insert(*resume, id);
                }
            }
        }
    }
    let root = |f: FuncId| *origin.get(&f).unwrap_or(&f);
    let mut sites = Vec::new();
    for (caller, func) in program.functions.iter() {
        if model.unreached_original(caller) {
            continue;
        }
        let values = &facts[caller.index()].values;
        for (block, b) in func.blocks.iter() {
            for (inst, i) in b.insts.iter().enumerate() {
                // Each function making a closure (an enclosing function
                // or a copy of one) gets its own copy of it, whose cell
                // parameters then see only its cells.
                if let Op::MakeClosure { func: callee, .. } = &i.op
                    && copyable(&program.functions[*callee])
                    && root(caller) != root(*callee)
                {
                    sites.push(Site {
                        caller,
                        block,
                        inst,
                        callee: *callee,
                        key: (Some(caller), vec![Key::Closure]),
                    });
                    continue;
                }
                let Op::CallDirect { func: callee, args } = &i.op else {
                    continue;
                };
                if !copyable(&program.functions[*callee]) {
                    continue;
                }
                let kinds: Vec<Kind> = args.iter().map(|a| values[a.index()]).collect();
                if kinds.contains(&Kind::Bottom) {
                    continue;
                }
                let cells = kinds.iter().any(|k| matches!(k, Kind::Cell(_)));
                let on_behalf = *creator.get(&caller).unwrap_or(&caller);
                // An original's own recursive calls stay with it.
                if on_behalf == *callee && !origin.contains_key(callee) {
                    continue;
                }
                let by_caller = match cells {
                    false => None,
                    true if root(on_behalf) != root(*callee) => Some(caller),
                    // A recursive call stays in the caller's copy when it
                    // passes the same kinds.
                    true => copies
                        .get(&root(*callee))
                        .and_then(|made| made.iter().find(|(_, f)| *f == on_behalf))
                        .and_then(|((by, _), _)| *by),
                };
                sites.push(Site {
                    caller,
                    block,
                    inst,
                    callee: *callee,
                    key: (by_caller, kinds.into_iter().map(key).collect()),
                });
            }
        }
    }
    sites
}

fn retarget(program: &mut tir::Program, site: &Site, target: FuncId) {
    let func = &mut program.functions[site.caller];
    match &mut func.blocks[site.block].insts[site.inst].op {
        Op::CallDirect { func: callee, .. } | Op::MakeClosure { func: callee, .. } => {
            *callee = target;
        }
        _ => {}
    }
}

/// A copy of `root` (and of the resume functions its `MakeGenerator`s
/// start; a closure's copy keeps its generic entry); symbols take the new function's index, which is unique.
fn copy_function(program: &mut tir::Program, root: FuncId, closure: bool) -> FuncId {
    let mut copy = program.functions[root].clone();
    if !closure {
        copy.generic = None;
    }
    copy_resumes(program, &mut copy);
    copy.symbol = format!("{}$k{}", copy.symbol, program.functions.len());
    program.functions.push(copy)
}

/// Point the `MakeGenerator`s of `copy` (a copy of a generator's creation
/// function) at copies of their resume functions, whose frame slots then
/// receive only the copy's arguments.
pub(super) fn copy_resumes(program: &mut tir::Program, copy: &mut tir::Function) {
    for block in copy.blocks.items.iter_mut() {
        for inst in block.insts.iter_mut() {
            if let Op::MakeGenerator { resume, .. } = &mut inst.op {
                let mut body = program.functions[*resume].clone();
                body.symbol = format!("{}$k{}", body.symbol, program.functions.len());
                *resume = program.functions.push(body);
            }
        }
    }
}
