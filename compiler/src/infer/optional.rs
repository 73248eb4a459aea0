//! Optional scalars and narrowing by `None` tests.
//!
//! `Kind::OptFloat` / `Kind::OptInt` are `float | None` / `int | None`
//! (a word: the `None` object or the number's usual word, so their
//! representation is `obj`); instances or `None` are `Kind::Union` (see
//! `instances::union`). Locals are flow-insensitive, so a local assigned
//! `None` on one path and a float on another keeps the optional kind; a
//! `load_local` the control flow proves not to be `None` gets the kind
//! without `None` (`float`, `int`, the union's classes), so what is
//! computed from it is typed.
//!
//! The proof is a forward must-analysis over the blocks of one function:
//! the set of locals known not to be `None` at each point, plus
//! implications "the bool local `c` is `True`, so local `l` is not `None`"
//! (how an `and` whose truth is used as a value, `not (a is None or b)`,
//! is lowered: it stores its outcome in a `$cond` local, then tests
//! `$cond is True`; a condition of `if`/`while` branches on each operand
//! instead, `lower_branch`, so its facts flow along the edges). Facts come
//! from branches on `l is None` (the false edge), `not (l is None)` and
//! `bool(l)` (the true edges: `None` is falsy; nothing is learnt on the
//! false edge, where `0.0` and `0` may be). A store to or `del` of a local
//! kills every fact about it; a handler edge and a generator (whose frame
//! is resumed from outside) know nothing. Only locals are narrowed: a
//! global, an attribute or an element can be changed by any call.

use std::collections::{BTreeSet, HashMap};

use super::instances::union;
use super::kind::Kind;
use crate::tir::{self, BlockId, Op, Terminator, ValueId};

/// The join of two kinds of which at least one is an optional scalar,
/// or `Float`/`Int` with `None`; `None` for any other pair.
pub fn join(a: Kind, b: Kind) -> Option<Kind> {
    let (base_a, none_a) = parts(a)?;
    let (base_b, none_b) = parts(b)?;
    let base = match (base_a, base_b) {
        (Some(x), Some(y)) if x != y => return None,
        (x, y) => x.or(y),
    };
    Some(from_parts(base, none_a || none_b))
}

/// `(the scalar kind, whether None is included)` of a kind this module
/// joins.
fn parts(kind: Kind) -> Option<(Option<Kind>, bool)> {
    match kind {
        Kind::Float | Kind::Int => Some((Some(kind), false)),
        Kind::OptFloat => Some((Some(Kind::Float), true)),
        Kind::OptInt => Some((Some(Kind::Int), true)),
        Kind::None => Some((None, true)),
        _ => None,
    }
}

fn from_parts(base: Option<Kind>, none: bool) -> Kind {
    match (base, none) {
        (Some(Kind::Float), true) => Kind::OptFloat,
        (Some(Kind::Int), true) => Kind::OptInt,
        (Some(kind), false) => kind,
        (_, _) => Kind::None,
    }
}

/// `kind` without its `None` member (what a value known not to be `None`
/// can be). A local that holds only `None` (so far: the fixed point
/// grows) gives `Bottom`, so a later join with its other stores does not
/// keep `None`.
pub fn strip_none(kind: Kind) -> Kind {
    match kind {
        Kind::None => Kind::Bottom,
        Kind::OptFloat => Kind::Float,
        Kind::OptInt => Kind::Int,
        Kind::Union(bits) if union::has_none(bits) => union::without_none(bits),
        _ => kind,
    }
}

/// What the analysis knows at one point.
#[derive(Clone, PartialEq, Eq)]
struct State {
    /// Locals known not to be `None`.
    not_none: Vec<bool>,
    /// `(c, l)`: when local `c` is `True`, local `l` is not `None`.
    implies: BTreeSet<(u32, u32)>,
}

impl State {
    fn empty(locals: usize) -> State {
        State {
            not_none: vec![false; locals],
            implies: BTreeSet::new(),
        }
    }

    fn meet(&mut self, other: &State) -> bool {
        let mut changed = false;
        for (mine, theirs) in self.not_none.iter_mut().zip(&other.not_none) {
            if *mine && !*theirs {
                *mine = false;
                changed = true;
            }
        }
        let before = self.implies.len();
        self.implies.retain(|pair| other.implies.contains(pair));
        changed || self.implies.len() != before
    }

    fn kill(&mut self, local: u32) {
        self.not_none[local as usize] = false;
        self.implies.retain(|(c, l)| *c != local && *l != local);
    }
}

/// A native truth value's meaning: `(l, when)` says local `l` is not
/// `None` when the value is `when`.
type Tests = Vec<(u32, bool)>;

/// For every value of `func`, whether it is a `load_local` whose local
/// the control flow proves not to be `None` there.
pub fn narrowed_loads(func: &tir::Function) -> Vec<bool> {
    let mut narrowed = vec![false; func.values.len()];
    if func.resume.is_some() || func.blocks.is_empty() {
        return narrowed;
    }
    let locals = func.locals.len();
    let order = tir::cfg::reverse_postorder(func);
    let mut entry: Vec<Option<State>> = vec![None; func.blocks.len()];
    entry[order[0].index()] = Some(State::empty(locals));
    loop {
        let mut changed = false;
        for &block in &order {
            let Some(state) = entry[block.index()].clone() else {
                continue;
            };
            for (target, out) in transfer(func, block, state, &mut narrowed) {
                match &mut entry[target.index()] {
                    Some(known) => changed |= known.meet(&out),
                    slot @ None => {
                        *slot = Some(out);
                        changed = true;
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    // The final states: recompute which loads are narrowed from them.
    narrowed.iter_mut().for_each(|n| *n = false);
    for &block in &order {
        if let Some(state) = entry[block.index()].clone() {
            transfer(func, block, state, &mut narrowed);
        }
    }
    narrowed
}

/// Runs `block` from `state`; the state along each outgoing edge.
fn transfer(
    func: &tir::Function,
    block: BlockId,
    mut state: State,
    narrowed: &mut [bool],
) -> Vec<(BlockId, State)> {
    let data = &func.blocks[block];
    // Loads of locals not stored since, and what truth values mean.
    let mut loads: HashMap<ValueId, u32> = HashMap::new();
    let mut nones: Vec<ValueId> = Vec::new();
    let mut trues: Vec<ValueId> = Vec::new();
    let mut tests: HashMap<ValueId, Tests> = HashMap::new();
    for inst in &data.insts {
        let result = inst.results.first().copied();
        match (&inst.op, result) {
            (Op::LoadLocal { local, .. }, Some(r)) => {
                narrowed[r.index()] = state.not_none[local.index()];
                loads.insert(r, local.0);
            }
            (Op::None, Some(r)) => nones.push(r),
            (Op::True, Some(r)) => trues.push(r),
            (Op::Is { lhs, rhs }, Some(r)) => {
                let mut found = Tests::new();
                for (a, b) in [(lhs, rhs), (rhs, lhs)] {
                    let Some(&l) = loads.get(a) else { continue };
                    if nones.contains(b) {
                        found.push((l, false));
                    } else if trues.contains(b) {
                        // `c is True`: the implications on `c`.
                        found.extend(
                            state
                                .implies
                                .iter()
                                .filter(|(c, _)| *c == l)
                                .map(|(_, target)| (*target, true)),
                        );
                    }
                }
                tests.insert(r, found);
            }
            (Op::Truthy(value), Some(r)) => {
                if let Some(&l) = loads.get(value) {
                    tests.insert(r, vec![(l, true)]);
                }
            }
            (Op::Not(value) | Op::BoxBool(value), Some(r)) => {
                let flip = matches!(inst.op, Op::Not(_));
                if let Some(found) = tests.get(value) {
                    let found = found.iter().map(|(l, when)| (*l, *when != flip)).collect();
                    tests.insert(r, found);
                }
            }
            (Op::StoreLocal { local, value }, _) => {
                let c = local.0;
                state.kill(c);
                loads.retain(|_, l| *l != c);
                for found in tests.values_mut() {
                    found.retain(|(l, _)| *l != c);
                }
                // Facts that hold now stay true while `l` is not stored.
                for l in 0..state.not_none.len() {
                    if state.not_none[l] {
                        state.implies.insert((c, l as u32));
                    }
                }
                if let Some(found) = tests.get(value) {
                    for (l, when) in found {
                        if *when && *l != c {
                            state.implies.insert((c, *l));
                        }
                    }
                }
            }
            (Op::DelLocal(local), _) => {
                let c = local.0;
                state.kill(c);
                loads.retain(|_, l| *l != c);
                for found in tests.values_mut() {
                    found.retain(|(l, _)| *l != c);
                }
            }
            _ => {}
        }
    }
    let locals = state.not_none.len();
    let mut out = Vec::new();
    match &data.term {
        Terminator::Jump(target) => out.push((*target, state.clone())),
        Terminator::Branch {
            cond,
            then_block,
            else_block,
        } => {
            let found = tests.get(cond).cloned().unwrap_or_default();
            for (target, edge) in [(*then_block, true), (*else_block, false)] {
                let mut s = state.clone();
                if then_block != else_block {
                    for (l, when) in &found {
                        if *when == edge {
                            s.not_none[*l as usize] = true;
                        }
                    }
                }
                out.push((target, s));
            }
        }
        _ => {
            for target in tir::cfg::successors(func, block) {
                if Some(target) != data.handler {
                    out.push((target, State::empty(locals)));
                }
            }
        }
    }
    if let Some(handler) = data.handler {
        out.push((handler, State::empty(locals)));
    }
    out
}
