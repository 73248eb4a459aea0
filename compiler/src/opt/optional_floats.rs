//! Locals holding "a float or `None`" without a float box, after inlining.
//!
//! In: the typed program after [`super::inline`]. A function returning
//! `float | None` (raytracer's `intersect`) boxes its float result; once
//! inlined, the box goes into a local (the inlined return value, then the
//! caller's variable), is tested against `None` and unboxed again where
//! the `is not None` test narrowed it. Out: the same program where such a
//! local keeps the float in a companion `f64` local and only a marker in
//! itself (`True` for "a float", or the `None` it was given), so no box is
//! made.
//!
//! A local qualifies when it is an `obj` local of an ordinary function (not
//! a parameter, never deleted, never read with an unbound check) and
//! - every value stored into it is a `box_float`, `None`, or a load of
//!   another qualifying local;
//! - every value loaded from it is only compared by identity with a `None`
//!   value, unboxed as a float, or stored into another qualifying local.
//!
//! These uses cannot tell the marker from the box: `x is None` gives the
//! same answer, an unbox reads the companion (the float the box held,
//! copied along with every local-to-local store), and nothing else sees
//! the word. A `box_float` left without a use is dropped.

use std::collections::HashMap;

use crate::tir::{self, Function, Inst, Local, LocalId, Op, Type, ValueId};

/// Split the qualifying locals of every function.
pub fn run(program: &mut tir::Program) {
    for func in program.functions.items.iter_mut() {
        if !(func.is_generator || func.resume.is_some() || func.is_module_init) {
            split(func);
        }
    }
}

/// How a value was made, as far as this pass cares.
#[derive(Clone, Copy)]
enum Def {
    BoxFloat(ValueId),
    None,
    Load(LocalId),
    Other,
}

/// How a value is used, as far as this pass cares.
#[derive(Clone, Copy)]
enum Use {
    IsNone,
    Unbox,
    Store(LocalId),
    Other,
}

fn split(func: &mut Function) {
    let mut defs: Vec<Def> = vec![Def::Other; func.values.len()];
    for inst in func.blocks.items.iter().flat_map(|block| &block.insts) {
        let def = match &inst.op {
            Op::BoxFloat(value) => Def::BoxFloat(*value),
            Op::None => Def::None,
            Op::LoadLocal { local, .. } => Def::Load(*local),
            _ => continue,
        };
        for result in &inst.results {
            defs[result.index()] = def;
        }
    }
    let is_none = |v: &ValueId| matches!(defs[v.index()], Def::None);
    let mut uses: Vec<Vec<Use>> = vec![Vec::new(); func.values.len()];
    let mut candidate: Vec<bool> = func
        .locals
        .iter()
        .map(|(id, local)| local.ty == Type::Obj && !func.params.contains(&id))
        .collect();
    for block in &func.blocks.items {
        for inst in &block.insts {
            match &inst.op {
                Op::Is { lhs, rhs } if is_none(rhs) => uses[lhs.index()].push(Use::IsNone),
                Op::Is { lhs, rhs } if is_none(lhs) => uses[rhs.index()].push(Use::IsNone),
                Op::UnboxFloat(value) => uses[value.index()].push(Use::Unbox),
                Op::StoreLocal { local, value } => uses[value.index()].push(Use::Store(*local)),
                Op::LoadLocal {
                    local,
                    checked: true,
                } => candidate[local.index()] = false,
                Op::DelLocal(local) => candidate[local.index()] = false,
                op => {
                    for operand in op.operands() {
                        uses[operand.index()].push(Use::Other);
                    }
                }
            }
        }
        for operand in block.term.operands() {
            uses[operand.index()].push(Use::Other);
        }
    }
    // The stores into and loads from each local.
    let mut stored: Vec<Vec<ValueId>> = vec![Vec::new(); func.locals.len()];
    let mut loaded: Vec<Vec<ValueId>> = vec![Vec::new(); func.locals.len()];
    for inst in func.blocks.items.iter().flat_map(|block| &block.insts) {
        match &inst.op {
            Op::StoreLocal { local, value } => stored[local.index()].push(*value),
            Op::LoadLocal { local, .. } => loaded[local.index()].extend(inst.results.iter()),
            _ => {}
        }
    }
    loop {
        let mut changed = false;
        for local in 0..candidate.len() {
            if !candidate[local] {
                continue;
            }
            let stores_ok = stored[local].iter().all(|value| match defs[value.index()] {
                Def::BoxFloat(_) | Def::None => true,
                Def::Load(other) => candidate[other.index()],
                Def::Other => false,
            });
            let loads_ok = loaded[local].iter().all(|value| {
                uses[value.index()].iter().all(|use_| match use_ {
                    Use::IsNone | Use::Unbox => true,
                    Use::Store(other) => candidate[other.index()],
                    Use::Other => false,
                })
            });
            if !(stores_ok && loads_ok) {
                candidate[local] = false;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Only candidates connected (through stores of loads) to a stored box
    // gain anything; the others keep their one local.
    let mut useful: Vec<bool> = (0..candidate.len())
        .map(|local| {
            candidate[local]
                && stored[local]
                    .iter()
                    .any(|value| matches!(defs[value.index()], Def::BoxFloat(_)))
        })
        .collect();
    loop {
        let mut changed = false;
        for local in (0..candidate.len()).filter(|l| candidate[*l]) {
            for value in &stored[local] {
                if let Def::Load(other) = defs[value.index()]
                    && useful[local] != useful[other.index()]
                {
                    useful[local] = true;
                    useful[other.index()] = true;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let candidate = useful;
    if !candidate.iter().any(|c| *c) {
        return;
    }
    rewrite(func, &candidate, &defs);
}

/// Give each candidate its `f64` companion and drop the boxes.
fn rewrite(func: &mut Function, candidate: &[bool], defs: &[Def]) {
    let mut companion: HashMap<LocalId, LocalId> = HashMap::new();
    for (local, _) in candidate.iter().enumerate().filter(|(_, c)| **c) {
        let id = LocalId::from(local);
        let name = format!("{}$float", func.locals[id].name);
        let new = func.locals.push(Local {
            name,
            ty: Type::F64,
        });
        companion.insert(id, new);
    }
    // The float each load of a candidate stands for.
    // (made first: blocks are not in dominance order).
    let mut float_of: HashMap<ValueId, ValueId> = HashMap::new();
    for block in &func.blocks.items {
        for inst in &block.insts {
            if let Op::LoadLocal { local, .. } = &inst.op
                && companion.contains_key(local)
            {
                float_of.insert(inst.results[0], func.values.push(Type::F64));
            }
        }
    }
    let mut subst: HashMap<ValueId, ValueId> = HashMap::new();
    for block_idx in 0..func.blocks.len() {
        let insts = std::mem::take(&mut func.blocks.items[block_idx].insts);
        let mut out = Vec::with_capacity(insts.len());
        for inst in insts {
            match &inst.op {
                Op::LoadLocal { local, .. } if companion.contains_key(local) => {
                    let value = float_of[&inst.results[0]];
                    let load = Inst {
                        results: vec![value],
                        op: Op::LoadLocal {
                            local: companion[local],
                            checked: false,
                        },
                        line: inst.line,
                    };
                    out.push(inst);
                    out.push(load);
                }
                Op::UnboxFloat(value) if float_of.contains_key(value) => {
                    subst.insert(inst.results[0], float_of[value]);
                }
                Op::StoreLocal { local, value } if companion.contains_key(local) => {
                    let float = companion[local];
                    let (local, value, line) = (*local, *value, inst.line);
                    match defs[value.index()] {
                        Def::BoxFloat(raw) => {
                            let marker = func.values.push(Type::Obj);
                            out.push(Inst {
                                results: vec![marker],
                                op: Op::True,
                                line,
                            });
                            out.push(store(local, marker, line));
                            out.push(store(float, raw, line));
                        }
                        Def::Load(_) => {
                            out.push(inst);
                            out.push(store(float, float_of[&value], line));
                        }
                        _ => out.push(inst),
                    }
                }
                _ => out.push(inst),
            }
        }
        func.blocks.items[block_idx].insts = out;
    }
    let resolve = |v: &mut ValueId| {
        while let Some(next) = subst.get(v) {
            *v = *next;
        }
    };
    let mut used = vec![false; func.values.len()];
    for block in func.blocks.items.iter_mut() {
        for inst in &mut block.insts {
            inst.op.for_each_operand_mut(resolve);
            for operand in inst.op.operands() {
                used[operand.index()] = true;
            }
        }
        block.term.for_each_operand_mut(resolve);
        for operand in block.term.operands() {
            used[operand.index()] = true;
        }
    }
    for block in func.blocks.items.iter_mut() {
        block.insts.retain(|inst| {
            !matches!(inst.op, Op::BoxFloat(_)) || inst.results.iter().any(|r| used[r.index()])
        });
    }
}

fn store(local: LocalId, value: ValueId, line: u32) -> Inst {
    Inst {
        results: Vec::new(),
        op: Op::StoreLocal { local, value },
        line,
    }
}
