//! The running total of `sum(elt for ...)` over exact ints in a native
//! accumulator: `lower/reductions.rs` makes the loop, storing `total +
//! element` (its `+` marked `NO_FRAME_LINE`, work CPython's `sum` does in
//! C) in a `$sum` temp. Once inference types that temp `int`, each partial
//! sum that outgrows the 63-bit inline ints used to be a new big int (a
//! heap object and its digits); sums of powers and products live just past
//! that range. Here the temp becomes an accumulator in the frame
//! (`Op::WideSumNew`, an `i128` part plus an overflow word, see
//! `runtime/src/types/int/wide_sum.rs`): each addition is
//! `Op::WideSumAdd`, and reads of the temp (the final `return`) are
//! `Op::WideSumTotal`. An element `x ** k` with `x` an exact int and `k` a
//! constant from 2 to 127 is added as `WideSumAdd` with `pow: k`, so the
//! power is not allocated either when it fits an `i128`.
//!
//! Exactness: int addition is exact and associative, so where the partial
//! sums are kept does not change the total; ints cannot make `+` or `**`
//! (non-negative exponent) raise, so the fused `**` keeps the power's line.
//! Runs after inference, before inlining.

use crate::tir::{self, BinOp, Inst, LocalId, NO_FRAME_LINE, Op, Type, ValueId};

/// The largest exponent added in the accumulator (`i128::checked_pow`
/// needs a `u32`; anything past 127 overflows unless the base is 0 or ±1).
const MAX_POW: i64 = 127;

pub fn run(program: &mut tir::Program) {
    for func in program.functions.items.iter_mut() {
        let candidates: Vec<LocalId> = func
            .locals
            .iter()
            .filter(|(_, local)| local.ty == Type::Int && local.name.starts_with("$sum"))
            .map(|(id, _)| id)
            .collect();
        for local in candidates {
            rewrite(func, local);
        }
    }
}

/// Where each value is defined: (block index, instruction index).
fn definitions(func: &tir::Function) -> Vec<Option<(usize, usize)>> {
    let mut defs = vec![None; func.values.len()];
    for (b, block) in func.blocks.items.iter().enumerate() {
        for (i, inst) in block.insts.iter().enumerate() {
            for r in &inst.results {
                defs[r.index()] = Some((b, i));
            }
        }
    }
    defs
}

fn use_counts(func: &tir::Function) -> Vec<usize> {
    let mut uses = vec![0usize; func.values.len()];
    for block in func.blocks.items.iter() {
        for inst in &block.insts {
            inst.op.for_each_operand(|v| uses[v.index()] += 1);
        }
        for v in block.term.operands() {
            uses[v.index()] += 1;
        }
    }
    uses
}

/// One `total = total + element` (or `total = 0 + element`) to replace.
struct Addition {
    /// The `+` instruction's place and the store's.
    add: (usize, usize),
    store: (usize, usize),
    /// The `LoadLocal` of the total feeding the `+`, if any.
    load: Option<(usize, usize)>,
    /// What to add: the element, or the base of `base ** pow`.
    item: ValueId,
    pow: u32,
    /// The fused `**` instruction (removed) and its line.
    power: Option<((usize, usize), u32)>,
}

fn rewrite(func: &mut tir::Function, total: LocalId) {
    let defs = definitions(func);
    let uses = use_counts(func);
    let op_at = |(b, i): (usize, usize)| &func.blocks.items[b].insts[i];
    let def_op = |v: ValueId| defs[v.index()].map(|at| (at, &op_at(at).op));
    let mut additions = Vec::new();
    let mut fed_loads = Vec::new();
    let mut other_loads = Vec::new();
    for (b, block) in func.blocks.items.iter().enumerate() {
        for (i, inst) in block.insts.iter().enumerate() {
            match &inst.op {
                Op::DelLocal(local) if *local == total => return,
                Op::LoadLocal { local, checked } if *local == total => {
                    if *checked {
                        return;
                    }
                    other_loads.push((b, i));
                }
                Op::StoreLocal { local, value } if *local == total => {
                    let Some((
                        add_at,
                        Op::BinOp {
                            op: BinOp::Add,
                            lhs,
                            rhs,
                        },
                    )) = def_op(*value)
                    else {
                        return;
                    };
                    if op_at(add_at).line != NO_FRAME_LINE || uses[value.index()] != 1 {
                        return;
                    }
                    let load = match def_op(*lhs) {
                        Some((at, Op::LoadLocal { local, .. }))
                            if *local == total && uses[lhs.index()] == 1 =>
                        {
                            Some(at)
                        }
                        Some((_, Op::SmallInt(0))) => None,
                        _ => return,
                    };
                    if let Some(at) = load {
                        fed_loads.push(at);
                    }
                    let (item, pow, power) = match def_op(*rhs) {
                        Some((
                            pow_at,
                            Op::BinOp {
                                op: BinOp::Pow,
                                lhs: base,
                                rhs: exponent,
                            },
                        )) if uses[rhs.index()] == 1
                            && pow_at.0 == add_at.0
                            && func.values[*base] == Type::Int =>
                        {
                            match def_op(*exponent) {
                                Some((_, Op::SmallInt(k))) if (2..=MAX_POW).contains(k) => {
                                    (*base, *k as u32, Some((pow_at, op_at(pow_at).line)))
                                }
                                _ => (*rhs, 1, None),
                            }
                        }
                        _ => (*rhs, 1, None),
                    };
                    additions.push(Addition {
                        add: add_at,
                        store: (b, i),
                        load,
                        item,
                        pow,
                        power,
                    });
                }
                _ => {}
            }
        }
    }
    if additions.is_empty() {
        return;
    }
    let acc = func.values.push(Type::Obj);
    // Mark what goes (as `None`s, removed at the end) and what changes.
    let mut dead = Vec::new();
    for addition in &additions {
        dead.push(addition.store);
        dead.extend(addition.load);
        let (b, i) = addition.add;
        let inst = &mut func.blocks.items[b].insts[i];
        inst.results.clear();
        inst.op = Op::WideSumAdd {
            acc,
            item: addition.item,
            pow: addition.pow,
        };
        if let Some((at, line)) = addition.power {
            inst.line = line;
            dead.push(at);
        }
    }
    for (b, i) in other_loads {
        if fed_loads.contains(&(b, i)) {
            continue;
        }
        let inst = &mut func.blocks.items[b].insts[i];
        inst.op = Op::WideSumTotal(acc);
    }
    for (b, i) in dead {
        func.blocks.items[b].insts[i].op = Op::None;
        func.blocks.items[b].insts[i].results.clear();
    }
    for block in func.blocks.items.iter_mut() {
        block
            .insts
            .retain(|inst| !(matches!(inst.op, Op::None) && inst.results.is_empty()));
    }
    // The accumulator starts at 0 on entry, before anything reads it.
    let entry = &mut func.blocks.items[0];
    entry.insts.insert(
        0,
        Inst {
            results: vec![acc],
            op: Op::WideSumNew,
            line: func.line,
        },
    );
}
