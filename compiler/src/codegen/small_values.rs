//! Values known to be inline small ints, so an int fast path tests only
//! the other operand's tag.
//!
//! A counting loop's copy (`lower::counting`) tests once that its range
//! bounds are small and steps its counter with `SmallInt2 Add`, so the
//! counter read in the body (`acc += i`) is always an inline int, but the
//! `+` fast path tested both tags: a `mov` and an `and` a turn. This is a
//! forward data-flow over the locals: a local is small at a point when
//! every path stores a small value into it, a value is small when it is an
//! `Op::SmallInt` constant, a `SmallInt2 Add` (whose operands were proved
//! small and whose sum the lowering proved in range), or a load of a small
//! local; the `then` edge of a branch on `SmallInt2 BothSmall x, y` makes
//! the locals holding `x` or `y` small. Operations on exact ints
//! (inference proved both operands ints) whose result cannot leave the
//! inline range are small too, whichever path computed them: `a % b` of a small `b`
//! (`|a % b| < |b|`), `a & c` with a constant `c >= 0` (`0 <= a & c <= c`),
//! `a >> b` and `a // c` (a constant `c > 0`) of a small `a`, `a & b`,
//! `a | b` and `a ^ b` of two small ints, `min` and `max` of two small
//! ints, and an exact str's length or a character's code point. Exception edges and generator
//! resumptions bring nothing known (the state there is not tracked), and
//! a local stored by anything but `StoreLocal` (`del`) is unknown.

use std::collections::{HashMap, HashSet};

use crate::tir::{
    self, BinOp, BlockId, ExactFn, LocalId, Op, SmallIntOp, Terminator, Type, ValueId,
};

/// The TIR values of `func` that always hold an inline small int.
pub fn small_values(func: &tir::Function) -> HashSet<ValueId> {
    let n = func.blocks.len();
    let order = tir::cfg::reverse_postorder(func);
    // `None`: not reached yet (top); `Some(set)`: locals small on entry.
    let mut entry: Vec<Option<HashSet<LocalId>>> = vec![None; n];
    let mut no_facts = vec![false; n];
    for (id, block) in func.blocks.iter() {
        if let Some(handler) = block.handler {
            no_facts[handler.index()] = true;
        }
        if let Terminator::Yield { resume, .. } = block.term {
            no_facts[resume.index()] = true;
        }
        let _ = id;
    }
    if let Some(first) = order.first() {
        no_facts[first.index()] = true;
    }
    let consts: HashMap<ValueId, i64> = func
        .blocks
        .iter()
        .flat_map(|(_, block)| &block.insts)
        .filter_map(|inst| match (&inst.op, inst.results.first()) {
            (Op::SmallInt(n), Some(&value)) => Some((value, *n)),
            _ => None,
        })
        .collect();
    let mut small = HashSet::new();
    let mut changed = true;
    let mut rounds = 0;
    while changed && rounds < 50 {
        changed = false;
        rounds += 1;
        small.clear();
        for &id in &order {
            let start = if no_facts[id.index()] {
                HashSet::new()
            } else {
                match &entry[id.index()] {
                    Some(set) => set.clone(),
                    None => continue,
                }
            };
            let (out, then_extra) = scan_block(func, &consts, id, start, &mut small);
            let block = &func.blocks[id];
            let mut flow = |target: BlockId, facts: HashSet<LocalId>| {
                let slot = &mut entry[target.index()];
                let next = match slot {
                    None => facts,
                    Some(old) => old.intersection(&facts).copied().collect(),
                };
                if slot.as_ref() != Some(&next) {
                    *slot = Some(next);
                    changed = true;
                }
            };
            match &block.term {
                Terminator::Jump(target) => flow(*target, out),
                Terminator::Branch {
                    then_block,
                    else_block,
                    ..
                } => {
                    let mut then_facts = out.clone();
                    then_facts.extend(then_extra);
                    flow(*then_block, then_facts);
                    flow(*else_block, out);
                }
                _ => {}
            }
        }
    }
    if changed {
        // No fixed point within the bound: claim nothing.
        small.clear();
    }
    small
}

/// The locals small at the end of block `id` given those small at its
/// start, adding the block's small values to `small`; and the locals the
/// `then` edge of its branch proves small (a `BothSmall` test).
fn scan_block(
    func: &tir::Function,
    consts: &HashMap<ValueId, i64>,
    id: BlockId,
    mut locals: HashSet<LocalId>,
    small: &mut HashSet<ValueId>,
) -> (HashSet<LocalId>, Vec<LocalId>) {
    let block = &func.blocks[id];
    // The value each local was last given in this block.
    let mut holds: Vec<(LocalId, ValueId)> = Vec::new();
    let mut both_small: Option<(ValueId, [ValueId; 2])> = None;
    for inst in &block.insts {
        let result = inst.results.first().copied();
        match &inst.op {
            Op::SmallInt(_)
            | Op::SmallInt2 {
                op: SmallIntOp::Add,
                ..
            } => small.extend(result),
            Op::BinOp { op, lhs, rhs } | Op::InplaceBinOp { op, lhs, rhs } => {
                let int = |v: &ValueId| small.contains(v) || func.values[*v] == Type::Int;
                if let Some(value) = result
                    && int(lhs)
                    && int(rhs)
                    && small_int_result(consts, small, *op, [*lhs, *rhs])
                {
                    small.insert(value);
                }
            }
            Op::Exact {
                func: ExactFn::StrLen | ExactFn::StrOrd | ExactFn::Ord,
                ..
            } => small.extend(result),
            // One of two small ints.
            Op::Exact {
                func: ExactFn::IntMin | ExactFn::IntMax,
                args,
            } if args.iter().all(|a| small.contains(a)) => small.extend(result),
            Op::LoadLocal { local, .. } => {
                if locals.contains(local) {
                    small.extend(result);
                }
                if let Some(value) = result {
                    holds.retain(|(l, _)| l != local);
                    holds.push((*local, value));
                }
            }
            Op::StoreLocal { local, value } => {
                if small.contains(value) {
                    locals.insert(*local);
                } else {
                    locals.remove(local);
                }
                holds.retain(|(l, _)| l != local);
                holds.push((*local, *value));
            }
            Op::DelLocal(local) => {
                locals.remove(local);
                holds.retain(|(l, _)| l != local);
            }
            Op::SmallInt2 {
                op: SmallIntOp::BothSmall,
                lhs,
                rhs,
            } => {
                if let Some(value) = result {
                    both_small = Some((value, [*lhs, *rhs]));
                }
            }
            _ => {}
        }
    }
    let mut then_extra = Vec::new();
    if let (Terminator::Branch { cond, .. }, Some((tested, operands))) = (&block.term, both_small)
        && *cond == tested
    {
        for (local, value) in &holds {
            if operands.contains(value) {
                then_extra.push(*local);
            }
        }
    }
    (locals, then_extra)
}

/// Whether `lhs op rhs`, an exact int, is always an inline small int given
/// the values known small so far and the small-int constants `consts`.
fn small_int_result(
    consts: &HashMap<ValueId, i64>,
    small: &HashSet<ValueId>,
    op: BinOp,
    [lhs, rhs]: [ValueId; 2],
) -> bool {
    let is_small = |v: ValueId| small.contains(&v);
    let constant_above = |v: ValueId, floor: i64| consts.get(&v).is_some_and(|&n| n >= floor);
    match op {
        BinOp::Mod => is_small(rhs),
        BinOp::RShift => is_small(lhs),
        BinOp::FloorDiv => is_small(lhs) && constant_above(rhs, 1),
        BinOp::BitAnd => {
            (is_small(lhs) && is_small(rhs)) || constant_above(lhs, 0) || constant_above(rhs, 0)
        }
        BinOp::BitOr | BinOp::BitXor => is_small(lhs) && is_small(rhs),
        _ => false,
    }
}
