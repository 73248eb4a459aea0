//! Type inference on the TIR: a kind for every value, local, parameter and
//! return (see [`kind`]), and typed representations chosen from them.
//!
//! In: the program after lowering and the other passes. Out: the same
//! program with `Type::Int` / `Type::F64` values, locals, parameters and
//! returns, `BoxFloat` / `UnboxFloat` where representations meet, and a
//! [`TypeTable`] for `--emit types`.
//!
//! Steps: [`specialise`] gives each function that is both called directly
//! and reachable as a value (through its generic entry) a copy that only
//! direct calls reach, so that copy's parameters can be typed; [`calls`]
//! copies such functions again per kind tuple of their callers'
//! arguments; [`solve`] runs the fixed point; [`rewrite`] applies it. `--infer=none` skips all
//! of it, leaving every value `obj` (the reference behaviour).

mod calls;
mod cells;
mod class_consts;
mod containers;
mod def_guards;
mod fields;
pub(crate) mod globals;
mod instances;
mod kind;
mod new_instances;
mod numeric;
mod optional;
mod rewrite;
mod solve;
mod str_ops;

use std::collections::HashSet;

use crate::tir::{self, FuncId, Op};
use kind::Kind;
use solve::{Solution, is_entry};

/// How much inference to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InferMode {
    /// Whole-program inference.
    Full,
    /// Every value is `obj`.
    None,
    /// `Full`, plus a run-time assertion after every operation whose
    /// result kind a rule inferred (a failure aborts: inference was unsound).
    Checked,
}

/// What was inferred, for `--emit types`.
#[derive(Debug, Default)]
pub struct TypeTable {
    /// One line per function (parameters, return, typed locals).
    pub summary: Vec<String>,
}

/// Infer and apply types for the whole program.
pub fn run(program: &mut tir::Program, mode: InferMode) -> TypeTable {
    if mode == InferMode::None {
        let summary = vec!["inference off: every value is obj".to_string()];
        return TypeTable { summary };
    }
    def_guards::fold(program);
    let mut model = instances::Model::new(program);
    instances::make_copies(program, &mut model);
    // The originals `specialise` copied may now be unreachable, which
    // can type more receivers and want more method copies; those can in
    // turn give more direct callers typed arguments.
    for _ in 0..2 {
        specialise(program, &model);
        instances::make_copies(program, &mut model);
    }
    calls::split(program, &model);
    // The copies' typed receivers may want method copies of their own.
    instances::make_copies(program, &mut model);
    let entry: Vec<bool> = program.functions.iter().map(|(_, f)| is_entry(f)).collect();
    let Solution {
        mut facts,
        writes,
        globals,
    } = solve::solve(program, &entry, &model);
    instances::apply(program, &model, &mut facts, mode == InferMode::Checked);
    fields::fix_layouts(program, &model, &mut facts);
    class_consts::fold(program, &model, &facts);
    for (idx, func) in program.functions.items.iter_mut().enumerate() {
        rewrite::choose_locals(func, &facts[idx]);
    }
    let params: Vec<Vec<tir::Type>> = program
        .functions
        .items
        .iter()
        .map(|f| f.params.iter().map(|p| f.locals[*p].ty).collect())
        .collect();
    let rets: Vec<tir::Type> = program.functions.items.iter().map(|f| f.ret).collect();
    let table = summarise(program, &facts, &model, &globals);
    for (idx, func) in program.functions.items.iter_mut().enumerate() {
        containers::typed_sets(func, &facts[idx], &program.consts);
    }
    for (idx, func) in program.functions.items.iter_mut().enumerate() {
        let checked = mode == InferMode::Checked;
        let program_facts = rewrite::ProgramFacts {
            params: &params,
            rets: &rets,
            pool: &program.consts,
            writes: &writes,
        };
        rewrite::rewrite(func, &facts[idx], &program_facts, checked);
    }
    table
}

/// Give every function with a generic entry that some `CallDirect` reaches
/// a copy without one, and point the direct calls at the copy: the
/// original then has only `obj` callers (its generic entry, and direct
/// calls from originals) and the copy only direct ones, whose argument
/// kinds inference can join. Copies are made only where a first solve
/// shows the direct callers pass or receive something more precise than
/// `obj`.
fn specialise(program: &mut tir::Program, model: &instances::Model) {
    let called: HashSet<FuncId> = program
        .functions
        .items
        .iter()
        .flat_map(solve::direct_callees)
        .collect();
    // Originals a previous round copied keep calling originals.
    let symbols: HashSet<&str> = program
        .functions
        .items
        .iter()
        .map(|f| f.symbol.as_str())
        .collect();
    let copied: HashSet<FuncId> = program
        .functions
        .iter()
        .filter(|(_, f)| symbols.contains(format!("{}$typed", f.symbol).as_str()))
        .map(|(id, _)| id)
        .collect();
    let eligible = |id: FuncId, f: &tir::Function| {
        f.generic.is_some()
            && !f.is_generator
            && f.resume.is_none()
            && called.contains(&id)
            && !copied.contains(&id)
    };
    // As if every eligible function had direct callers only.
    let entry: Vec<bool> = program
        .functions
        .iter()
        .map(|(id, f)| is_entry(f) && !eligible(id, f))
        .collect();
    let trial = solve::solve(program, &entry, model);
    let mut copies: Vec<(FuncId, FuncId)> = Vec::new();
    let n = program.functions.len();
    for idx in 0..n {
        let id = FuncId(idx as u32);
        let func = &program.functions[id];
        if !eligible(id, func) {
            continue;
        }
        let facts = &trial.facts[idx];
        let typed_param = func
            .params
            .iter()
            .any(|p| worth_copying(facts.locals[p.index()]));
        if !typed_param && facts.ret != Kind::Float {
            continue;
        }
        let mut copy = func.clone();
        copy.generic = None;
        copy.symbol = format!("{}$typed", func.symbol);
        calls::copy_resumes(program, &mut copy);
        let copy_id = program.functions.push(copy);
        copies.push((id, copy_id));
    }
    // The originals keep calling originals: their `obj` arguments would
    // otherwise widen the copies' parameters back to `obj`.
    for (idx, func) in program.functions.items.iter_mut().enumerate() {
        if copies.iter().any(|(orig, _)| orig.index() == idx)
            || copied.contains(&FuncId(idx as u32))
        {
            continue;
        }
        for block in func.blocks.items.iter_mut() {
            for inst in block.insts.iter_mut() {
                if let Op::CallDirect { func: callee, .. } = &mut inst.op
                    && let Some((_, copy)) = copies.iter().find(|(orig, _)| orig == callee)
                {
                    *callee = *copy;
                }
            }
        }
    }
}

/// Whether a parameter of this kind makes a typed copy pay: numbers get
/// native representations, and containers and instances keep their
/// element and attribute kinds only while no `obj` parameter receives them.
fn worth_copying(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Int
            | Kind::Float
            | Kind::Tuple(_)
            | Kind::List(_)
            | Kind::Dict(_)
            | Kind::Set(_)
            | Kind::Inst(_)
            | Kind::Union(_)
            | Kind::ListIter(_)
            | Kind::TupleIter(_)
            | Kind::Iter(_)
    )
}

fn summarise(
    program: &tir::Program,
    facts: &[solve::Facts],
    model: &instances::Model,
    globals: &[Kind],
) -> TypeTable {
    let mut summary = Vec::new();
    for (id, func) in program.functions.iter() {
        let f = &facts[id.index()];
        let params: Vec<String> = func
            .params
            .iter()
            .map(|p| {
                let local = &func.locals[*p];
                format!("{}: {}", local.name, describe(model, f.locals[p.index()]))
            })
            .collect();
        let mut line = format!(
            "{id} {}({}) -> {}",
            func.name,
            params.join(", "),
            describe(model, f.ret)
        );
        let typed: Vec<String> = func
            .locals
            .iter()
            .filter(|(local, _)| !func.params.contains(local))
            .filter(|(local, _)| !matches!(f.locals[local.index()], Kind::Obj | Kind::Bottom))
            .map(|(local, l)| format!("{}: {}", l.name, describe(model, f.locals[local.index()])))
            .collect();
        if !typed.is_empty() {
            line.push_str(&format!("; locals {}", typed.join(", ")));
        }
        summary.push(line);
    }
    let typed: Vec<String> = program
        .globals
        .iter()
        .filter(|(id, _)| !matches!(globals[id.index()], Kind::Obj | Kind::Bottom))
        .map(|(id, g)| format!("{}: {}", g.name, describe(model, globals[id.index()])))
        .collect();
    if !typed.is_empty() {
        summary.push(format!("globals {}", typed.join(", ")));
    }
    if let Some(defeat) = &model.defeat {
        summary.push(format!(
            "classes untyped: {} in {}",
            defeat.what, defeat.function
        ));
    }
    for widening in model.widenings(program) {
        summary.push(format!("widened: {widening}"));
    }
    let attrs = model.attribute_summary(&|kind| describe(model, kind));
    if !attrs.is_empty() {
        summary.push(format!("attributes {}", attrs.join(", ")));
    }
    TypeTable { summary }
}

/// A kind as `--emit types` prints it: classes and instances by their
/// class's name, containers with their item kinds.
fn describe(model: &instances::Model, kind: Kind) -> String {
    match kind {
        Kind::Class(_) | Kind::Inst(_) | Kind::Union(_) => model.describe(kind),
        _ => containers::describe(kind, &|item| model.describe(item)),
    }
}
