//! Making the per-class copies of methods that direct calls go to, and
//! rewriting calls on known instances and constructions of known classes
//! into direct calls once the fixed point is reached.

use super::keywords::{self, Filled, Shape};
use super::{ClassId, Model, Target, union};
use crate::infer::kind::Kind;
use crate::infer::solve::{self, Facts, is_entry};
use crate::tir::{self, Const, FuncId, Inst, Op, Type, ValueId};

/// Solve, make the copies the direct calls of the solution want, and
/// again, until no new copy is wanted (each round only adds copies).
pub fn make_copies(program: &mut tir::Program, model: &mut Model) {
    model.hide_originals(program);
    if model.found.classes.is_empty() {
        return;
    }
    premake_operator_copies(program, model);
    // Chains of calls typed one after the other need a round each; a
    // call whose copy is still missing stays dynamic, which is sound.
    for _ in 0..8 {
        let entry: Vec<bool> = program.functions.iter().map(|(_, f)| is_entry(f)).collect();
        solve::solve(program, &entry, model);
        let mut requested: Vec<(FuncId, ClassId)> =
            model.state.borrow_mut().requested.drain().collect();
        if requested.is_empty() {
            return;
        }
        requested.sort();
        for (f, c) in requested {
            add_copy(program, model, f, c);
        }
    }
}

/// Every class's arithmetic methods get their copies before the first
/// solve: an operator whose copy is still missing goes through the
/// protocol, which makes every arithmetic original reachable with `obj`
/// operands, and their stores widen the attribute kinds the operands'
/// own direct calls then depend on (a `Vector + Vector` seen only once
/// `Vector.x` is precise would never ask for its copy). Copies no direct
/// call reaches are emptied by [`apply`].
fn premake_operator_copies(program: &mut tir::Program, model: &mut Model) {
    for c in 0..model.found.classes.len() as ClassId {
        let mut wanted: Vec<FuncId> = model.found.classes[c as usize]
            .mro
            .iter()
            .flat_map(|k| model.found.classes[*k as usize].names.iter())
            .filter(|(name, _)| super::operators::is_arith_dunder(name))
            .filter_map(|(name, _)| model.lookup(c, name).flatten())
            .collect();
        wanted.sort();
        wanted.dedup();
        for f in wanted {
            if !model.copies.contains_key(&(f, c)) {
                add_copy(program, model, f, c);
            }
        }
    }
}

/// Make the copy of method `f` for instances of class `c`.
fn add_copy(program: &mut tir::Program, model: &mut Model, f: FuncId, c: ClassId) {
    let mut copy = program.functions[f].clone();
    copy.generic = None;
    copy.symbol = format!("{}$c{c}", copy.symbol);
    if let Some(d) = model.found.super_class.get(&f) {
        let class = model.found.classes[*d as usize].global;
        bind_class_cell(&mut copy, class);
    }
    let id = program.functions.push(copy);
    model.copies.insert((f, c), id);
    model.copy_class.insert(id, c);
}

/// A copy of a method using `super()` reads the class its body defines
/// from that class's global (bound once, before any method can run)
/// instead of the `__class__` cell, so direct calls pass no cell.
fn bind_class_cell(copy: &mut tir::Function, class: tir::GlobalId) {
    let cell = copy.params.remove(0);
    copy.n_free = 0;
    let mut cell_loads = Vec::new();
    for block in copy.blocks.items.iter_mut() {
        for inst in block.insts.iter_mut() {
            match &inst.op {
                Op::LoadLocal { local, .. } if *local == cell => {
                    cell_loads.extend(inst.results.iter().copied());
                    inst.op = Op::None;
                }
                Op::LoadCell { cell, .. } if cell_loads.contains(cell) => {
                    inst.op = Op::LoadGlobal(class);
                }
                _ => {}
            }
        }
    }
}

/// What to do with one instruction.
enum Action {
    /// `x.m(args)` or an operator becomes a direct call of a copy, with
    /// these arguments (the receiver first).
    Direct(FuncId, Vec<Filled>),
    /// `C(args)`: a new instance, then (with a copy) its `__init__`.
    Construct(Option<(FuncId, Vec<Filled>)>),
    /// `--infer=checked`: assert that each of these results (a load
    /// inferred to be an instance: an attribute, an element, a local) is
    /// an instance of exactly one of these classes (or `None`, with
    /// `true`).
    Check(Vec<(ValueId, Vec<tir::GlobalId>, bool)>),
    /// A type switch over a union receiver (see [`super::switch`]).
    Switch(super::switch::Site),
}

/// Apply the solution: direct calls on known instances, constructions of
/// known classes without the protocol, empty bodies for copies nothing
/// calls, and (`checked`) a trap at the entry of method originals that
/// inference proved unreached.
pub fn apply(program: &mut tir::Program, model: &Model, facts: &mut [Facts], checked: bool) {
    if model.found.classes.is_empty() && !model.sound {
        return;
    }
    if model.sound && !model.found.classes.is_empty() {
        super::reflective::check_computed_names(program);
        super::class_objects::check_self_class_reads(program, model, facts);
    }
    let rets: Vec<Kind> = facts.iter().map(|f| f.ret).collect();
    let new_instance = typhon_abi::builtin_index("$new_instance").expect("ABI helper") as u32;
    let unreached = typhon_abi::builtin_index("$infer_unreached").expect("ABI helper") as u32;
    let check_class = typhon_abi::builtin_index("$infer_check_class").expect("ABI helper") as u32;
    // `__init__` copies a construction calls directly.
    let mut constructors = Vec::new();
    for (idx, f) in facts.iter_mut().enumerate() {
        let id = FuncId(idx as u32);
        let params: Vec<Kind> = program.functions[id]
            .params
            .iter()
            .map(|p| f.locals[p.index()])
            .collect();
        if model.copy_class.contains_key(&id) && model.skip(id, &params) {
            let func = &mut program.functions[id];
            func.blocks = tir::IndexVec::new();
            func.blocks.push(tir::Block::default());
            continue;
        }
        let plan = plan(program, model, f, &program.functions[id], &rets, checked);
        for (_, _, action) in &plan {
            if let Action::Construct(Some((copy, _))) = action {
                constructors.push(*copy);
            }
        }
        let trap = checked && model.unreached_original(id);
        let name = trap.then(|| {
            let name = program.functions[id].name.clone();
            program.consts.push(Const::Str(name))
        });
        let program_consts = &program.consts;
        let func = &mut program.functions[id];
        let mut switches = Vec::new();
        // Native truth values (`ClassIs` results).
        let mut bools = Vec::new();
        for (block_idx, block) in func.blocks.items.iter_mut().enumerate() {
            let mut out = Vec::with_capacity(block.insts.len());
            for (inst_idx, inst) in std::mem::take(&mut block.insts).into_iter().enumerate() {
                let action = plan
                    .iter()
                    .find(|(b, i, _)| *b == block_idx && *i == inst_idx)
                    .map(|(_, _, action)| action);
                let mut new_value = |kind: Kind| {
                    f.values.push(kind);
                    func.values.push(Type::Obj)
                };
                // A direct call's arguments, constant defaults made here.
                let line = inst.line;
                let defaults =
                    |filled: &[Filled],
                     out: &mut Vec<Inst>,
                     new_value: &mut dyn FnMut(Kind) -> ValueId| {
                        filled
                            .iter()
                            .map(|arg| match arg {
                                Filled::Value(value) => *value,
                                Filled::Const(op) => {
                                    let value = new_value(super::const_kind(program_consts, op));
                                    out.push(Inst {
                                        results: vec![value],
                                        op: op.clone(),
                                        line,
                                    });
                                    value
                                }
                            })
                            .collect::<Vec<ValueId>>()
                    };
                match (action, inst.op) {
                    (Some(Action::Switch(site)), op) => {
                        out.push(Inst { op, ..inst });
                        switches.push(site.clone());
                    }
                    (Some(Action::Direct(copy, filled)), _) => {
                        let args = defaults(filled, &mut out, &mut new_value);
                        out.push(Inst {
                            results: inst.results,
                            op: Op::CallDirect { func: *copy, args },
                            line: inst.line,
                        });
                    }
                    (Some(Action::Construct(init)), Op::Call { callee, .. }) => {
                        let builtin = new_value(Kind::Obj);
                        out.push(Inst {
                            results: vec![builtin],
                            op: Op::Builtin(new_instance),
                            line: inst.line,
                        });
                        let object = inst.results[0];
                        out.push(Inst {
                            results: vec![object],
                            op: Op::Call {
                                callee: builtin,
                                args: vec![callee],
                                kwnames: None,
                            },
                            line: inst.line,
                        });
                        if let Some((copy, filled)) = init {
                            let mut all = vec![object];
                            all.extend(defaults(filled, &mut out, &mut new_value));
                            let result = new_value(rets[copy.index()]);
                            out.push(Inst {
                                results: vec![result],
                                op: Op::CallDirect {
                                    func: *copy,
                                    args: all,
                                },
                                line: inst.line,
                            });
                        }
                    }
                    (Some(Action::Check(checks)), op) => {
                        out.push(Inst { op, ..inst });
                        for (value, classes, none) in checks {
                            let callee = new_value(Kind::Obj);
                            out.push(Inst {
                                results: vec![callee],
                                op: Op::Builtin(check_class),
                                line,
                            });
                            let mut args = vec![*value];
                            if let ([class], false) = (&classes[..], none) {
                                let cls = new_value(Kind::Obj);
                                out.push(Inst {
                                    results: vec![cls],
                                    op: Op::LoadGlobal(*class),
                                    line,
                                });
                                args.push(cls);
                            } else {
                                // A union's classes may not all be bound
                                // yet: test each without loading it.
                                for class in classes {
                                    let test = new_value(Kind::Bool);
                                    bools.push(test);
                                    let boxed = new_value(Kind::Bool);
                                    out.push(Inst {
                                        results: vec![test],
                                        op: Op::ClassIs {
                                            obj: *value,
                                            class: *class,
                                        },
                                        line,
                                    });
                                    out.push(Inst {
                                        results: vec![boxed],
                                        op: Op::BoxBool(test),
                                        line,
                                    });
                                    args.push(boxed);
                                }
                                if *none {
                                    let value = new_value(Kind::None);
                                    out.push(Inst {
                                        results: vec![value],
                                        op: Op::None,
                                        line,
                                    });
                                    args.push(value);
                                }
                            }
                            let result = new_value(Kind::Obj);
                            out.push(Inst {
                                results: vec![result],
                                op: Op::Call {
                                    callee,
                                    args,
                                    kwnames: None,
                                },
                                line,
                            });
                        }
                    }
                    (_, op) => out.push(Inst { op, ..inst }),
                }
            }
            block.insts = out;
        }
        for value in bools {
            func.values[value] = Type::Bool;
        }
        super::switch::expand(func, f, switches, program_consts);
        if let Some(name) = name {
            trap_entry(func, f, unreached, name);
        }
    }
    for copy in constructors {
        program.functions[copy].extra_depth = 1;
    }
}

/// The rewrites `func`'s instructions get, by (block, instruction).
fn plan(
    program: &tir::Program,
    model: &Model,
    f: &Facts,
    func: &tir::Function,
    rets: &[Kind],
    checked: bool,
) -> Vec<(usize, usize, Action)> {
    let k = |v: ValueId| f.values[v.index()];
    let defs = solve::definitions(func);
    let mut plan = Vec::new();
    for (block_idx, block) in func.blocks.items.iter().enumerate() {
        for (inst_idx, inst) in block.insts.iter().enumerate() {
            // Results inferred to be instances, asserted under `checked`.
            let check = || {
                let global = |c: ClassId| model.found.classes[c as usize].global;
                let checks: Vec<(ValueId, Vec<tir::GlobalId>, bool)> = inst
                    .results
                    .iter()
                    .filter_map(|r| match k(*r) {
                        Kind::Inst(c) => Some((*r, vec![global(c)], false)),
                        Kind::Union(bits) => Some((
                            *r,
                            union::classes(bits).map(global).collect(),
                            union::has_none(bits),
                        )),
                        _ => None,
                    })
                    .collect();
                (checked && !checks.is_empty()).then_some(Action::Check(checks))
            };
            let action = match &inst.op {
                Op::CallMethod { args, .. } => {
                    match model.method_target(program, &defs, &inst.op, &k) {
                        (Target::Copy(copy, fill), receiver, skip) => {
                            let mut all = vec![Filled::Value(receiver)];
                            all.extend(keywords::resolve(&fill, &args[skip..]));
                            Some(Action::Direct(copy, all))
                        }
                        (Target::Switch(cases, none), receiver, _) if inst.results.len() == 1 => {
                            let global = |c: ClassId| model.found.classes[c as usize].global;
                            Some(Action::Switch(super::switch::Site::new(
                                (inst.results[0], receiver),
                                (&cases, none, args),
                                &global,
                                rets,
                            )))
                        }
                        _ => check(),
                    }
                }
                Op::BinOp { .. } | Op::InplaceBinOp { .. } | Op::Unary { .. } => {
                    match model.operator_target(program, &inst.op, &k, &|f| rets[f.index()]) {
                        (Target::Copy(copy, fill), args) => {
                            let mut all = vec![Filled::Value(args[0])];
                            all.extend(keywords::resolve(&fill, &args[1..]));
                            Some(Action::Direct(copy, all))
                        }
                        _ => None,
                    }
                }
                Op::Call {
                    callee,
                    args,
                    kwnames,
                } => match (k(*callee), Shape::of(program, args, *kwnames, 0)) {
                    (Kind::Class(c), Some(shape)) => {
                        match model.init_target(program, c, shape, rets) {
                            Target::Copy(copy, fill) => Some(Action::Construct(Some((
                                copy,
                                keywords::resolve(&fill, args),
                            )))),
                            Target::Nothing => Some(Action::Construct(None)),
                            Target::Dynamic | Target::Switch(..) => None,
                        }
                    }
                    _ => None,
                },
                Op::GetAttr { .. }
                | Op::GetItem { .. }
                | Op::LoadLocal { .. }
                | Op::LoadCell { .. }
                | Op::Unpack(_) => check(),
                _ => None,
            };
            if let Some(action) = action {
                plan.push((block_idx, inst_idx, action));
            }
        }
    }
    plan
}

/// `$infer_unreached(name)` first thing in the entry block.
fn trap_entry(func: &mut tir::Function, f: &mut Facts, unreached: u32, name: tir::ConstId) {
    let mut push = |kind: Kind| {
        f.values.push(kind);
        func.values.push(Type::Obj)
    };
    let callee = push(Kind::Obj);
    let text = push(Kind::Obj);
    let result = push(Kind::Obj);
    let line = func.line;
    let trap = [
        Inst {
            results: vec![callee],
            op: Op::Builtin(unreached),
            line,
        },
        Inst {
            results: vec![text],
            op: Op::Const(name),
            line,
        },
        Inst {
            results: vec![result],
            op: Op::Call {
                callee,
                args: vec![text],
                kwnames: None,
            },
            line,
        },
    ];
    let entry = &mut func.blocks.items[0];
    entry.insts.splice(0..0, trap);
}
