//! The whole-program fixed point: a kind for every value and local of
//! every function, the kinds of the parameters of functions reached only
//! through `CallDirect` (the join of the arguments at all call sites), and
//! every function's return kind (the join of its `Return`s).
//!
//! Locals are flow-insensitive (the join of all their stores); values are
//! SSA, so each has one definition. Everything starts at `Bottom` and only
//! grows, so the iteration ends (the lattice has height 2).

use super::containers::{self, Visit};
use super::globals::ModuleWrites;
use super::instances::Model;
use super::kind::{self, Kind};
use crate::tir::{self, Const, FuncId, Op, Terminator, ValueId};

/// What inference found for one function.
#[derive(Clone, Debug)]
pub struct Facts {
    pub values: Vec<Kind>,
    pub locals: Vec<Kind>,
    pub ret: Kind,
}

/// The solution for the whole program.
pub struct Solution {
    pub facts: Vec<Facts>,
    /// The kind of every module global (the join of its stores).
    pub globals: Vec<Kind>,
    pub writes: ModuleWrites,
}

/// Whether a function can be entered other than by `CallDirect` (so its
/// parameters can hold anything) or keeps its locals in generator frame
/// slots (so they are words of any kind).
pub fn is_entry(func: &tir::Function) -> bool {
    func.generic.is_some() || func.is_module_init || func.resume.is_some()
}

pub fn solve(program: &tir::Program, entry: &[bool], model: &Model) -> Solution {
    model.reset();
    containers::reset();
    let mut facts: Vec<Facts> = program
        .functions
        .iter()
        .map(|(_, func)| Facts {
            values: vec![Kind::Bottom; func.values.len()],
            locals: vec![Kind::Bottom; func.locals.len()],
            ret: Kind::Bottom,
        })
        .collect();
    // A resume function's "parameters" are its frame slots, by local.
    let mut params: Vec<Vec<Kind>> = program
        .functions
        .iter()
        .map(|(id, func)| match &func.resume {
            Some(_) => vec![Kind::Bottom; func.locals.len()],
            // A closure's cells come from its `MakeClosure`s (see below).
            None if entry[id.index()] => {
                let mut kinds = model.entry_params(program, id);
                let cells = super::cells::closure_cells(func);
                for kind in kinds.iter_mut().take(cells) {
                    *kind = Kind::Bottom;
                }
                kinds
            }
            None => vec![Kind::Bottom; func.params.len()],
        })
        .collect();
    let writes = match model.modules_assumed_loose() {
        Some(loose) => ModuleWrites::scan(program, loose),
        None => ModuleWrites::scan_whole(program),
    };
    let mut globals: Vec<Kind> = program
        .globals
        .iter()
        .map(|(id, _)| writes.global_start(program, id))
        .collect();
    let private: Vec<bool> = program
        .globals
        .iter()
        .map(|(id, _)| writes.private(program, id))
        .collect();
    // The program does not change during a solve: what the rules read of
    // each function's shape is computed once, not in every round.
    let shapes: Vec<Shape> = program
        .functions
        .items
        .iter()
        .map(|func| Shape {
            defs: definitions(func),
            items: containers::loop_items(func),
            narrowed: super::optional::narrowed_loads(func),
        })
        .collect();
    // Every function's return kind as found so far, kept up to date as
    // each function is analysed (so a later function in the same round
    // sees it, as it would reading `facts`).
    let mut rets: Vec<Kind> = facts.iter().map(|other| other.ret).collect();
    loop {
        let mut changed = false;
        for (id, func) in program.functions.iter() {
            if model.skip(id, &params[id.index()]) {
                continue;
            }
            let f = &mut facts[id.index()];
            let ctx = Context {
                program,
                id,
                rets: &rets,
                writes: &writes,
                private: &private,
                shape: &shapes[id.index()],
            };
            changed |= analyse(&ctx, func, &params[id.index()], &mut globals, f, model);
            rets[id.index()] = f.ret;
        }
        for (id, func) in program.functions.iter() {
            let defs = &shapes[id.index()].defs;
            for block in &func.blocks.items {
                for inst in &block.insts {
                    if let Op::CallDirect { func: callee, args } = &inst.op {
                        for (slot, arg) in params[callee.index()].iter_mut().zip(args) {
                            changed |= slot.absorb(facts[id.index()].values[arg.index()]);
                        }
                    }
                    if let Op::MakeGenerator { resume, args } = &inst.op
                        && let Some(info) = &program.functions[*resume].resume
                    {
                        for (local, arg) in info.param_slots.iter().zip(args) {
                            let kind = facts[id.index()].values[arg.index()];
                            changed |= params[resume.index()][local.index()].absorb(kind);
                        }
                    }
                    if let Op::MakeClosure { func: made, .. } = &inst.op {
                        let k = |v: ValueId| facts[id.index()].values[v.index()];
                        let cells = super::cells::closure_args(program, defs, &inst.op, &k);
                        for (slot, kind) in params[made.index()].iter_mut().zip(cells) {
                            changed |= slot.absorb(kind);
                        }
                    }
                    // Calls instance inference makes direct.
                    let k = |v: ValueId| facts[id.index()].values[v.index()];
                    for (callee, kinds) in model.edges(program, defs, &inst.op, &k, &rets) {
                        for (slot, kind) in params[callee.index()].iter_mut().zip(kinds) {
                            changed |= slot.absorb(kind);
                        }
                    }
                }
            }
        }
        // What instance inference bounds the parameters of method
        // originals to may widen as the fixed point grows.
        for (id, func) in program.functions.iter() {
            if entry[id.index()] && func.resume.is_none() {
                // The cells keep what their `MakeClosure`s give them.
                let cells = super::cells::closure_cells(func);
                for (slot, kind) in params[id.index()]
                    .iter_mut()
                    .zip(model.entry_params(program, id))
                    .skip(cells)
                {
                    changed |= slot.absorb(kind);
                }
            }
        }
        changed |= containers::take_changed();
        changed |= model.take_changed();
        if !changed {
            // The globals were judged with module objects kept: judge
            // them again now the solver found one loose.
            if model.modules_went_loose() && writes.loose_matters() {
                return solve(program, entry, model);
            }
            return Solution {
                facts,
                globals,
                writes,
            };
        }
    }
}

/// One function to its own fixed point, given its parameters' kinds and
/// the current return kinds of all functions (its own comes from `f`, so
/// recursion sees what it has found so far); whether anything grew.
/// What the rules read besides the function's own facts.
struct Context<'a> {
    program: &'a tir::Program,
    id: FuncId,
    rets: &'a [Kind],
    writes: &'a ModuleWrites,
    /// The globals that may hold lists and dicts (`ModuleWrites::private`).
    private: &'a [bool],
    shape: &'a Shape<'a>,
}

/// What the rules read of a function's instructions, fixed for a solve.
struct Shape<'a> {
    defs: Vec<Option<&'a Op>>,
    /// `containers::loop_items`.
    items: std::collections::HashMap<ValueId, ValueId>,
    /// `optional::narrowed_loads`.
    narrowed: Vec<bool>,
}

fn analyse(
    ctx: &Context,
    func: &tir::Function,
    params: &[Kind],
    globals: &mut [Kind],
    f: &mut Facts,
    model: &Model,
) -> bool {
    let mut grew = false;
    if let Some(info) = &func.resume {
        // Only the parameter slots are written other than by stores, by
        // `MakeGenerator` (see `solve`).
        for local in &info.param_slots {
            grew |= f.locals[local.index()].absorb(params[local.index()]);
        }
    }
    if func.resume.is_none() {
        for (local, kind) in func.params.iter().zip(params) {
            grew |= f.locals[local.index()].absorb(*kind);
        }
    }
    model.observe_entry(ctx.program, ctx.id, params);
    let defs = &ctx.shape.defs;
    let narrowed = &ctx.shape.narrowed;
    let (program, id, rets) = (ctx.program, ctx.id, ctx.rets);
    let cx = containers::Context {
        program,
        id,
        defs,
        items: &ctx.shape.items,
        private_globals: ctx.private,
    };
    loop {
        let mut changed = false;
        for block in &func.blocks.items {
            for inst in &block.insts {
                containers::set_site(id, inst.line);
                model.observe(program, id, defs, inst, f, rets);
                if let Op::StoreLocal { local, value } = &inst.op {
                    let value = f.values[value.index()];
                    changed |= f.locals[local.index()].absorb(value);
                    continue;
                }
                if let Op::StoreGlobal { global, value } = &inst.op {
                    let kind = super::globals::stored_kind(
                        f.values[value.index()],
                        ctx.private[global.index()],
                    );
                    changed |= globals[global.index()].absorb(kind);
                }
                // A call instance inference makes direct hands its
                // arguments to parameters the fixed point joins them into.
                let direct = matches!(
                    inst.op,
                    Op::CallMethod { .. }
                        | Op::Call { .. }
                        | Op::BinOp { .. }
                        | Op::InplaceBinOp { .. }
                        | Op::Unary { .. }
                ) && !model
                    .edges(program, defs, &inst.op, &|v| f.values[v.index()], rets)
                    .is_empty();
                if let Visit::Results(kinds) = containers::visit(&cx, f, inst, direct) {
                    for (result, kind) in inst.results.iter().zip(kinds) {
                        changed |= f.values[result.index()].absorb(kind);
                    }
                    continue;
                }
                let kind = match (&inst.op, result_kind(ctx, defs, f, &inst.op, model)) {
                    // A class global instance inference knows wins over the
                    // join of the global's stores.
                    (Op::LoadGlobal(global), Kind::Obj) => globals[global.index()],
                    // `m.X` read from the slot of global `X` (`Op::ModuleAttr`).
                    (Op::ModuleAttr { module, global, .. }, Kind::Obj)
                        if ctx.writes.reads_slot(program, defs, *module, *global) =>
                    {
                        globals[global.index()]
                    }
                    // A local the control flow proves not to be `None` here.
                    (Op::LoadLocal { .. }, kind) if narrowed[inst.results[0].index()] => {
                        super::optional::strip_none(kind)
                    }
                    (_, kind) => kind,
                };
                for result in &inst.results {
                    let kind = if inst.results.len() == 1 {
                        kind
                    } else {
                        Kind::Obj
                    };
                    changed |= f.values[result.index()].absorb(kind);
                }
            }
            model.observe_term(&block.term, f);
            model.observe_return(program, id, &block.term, f);
            if let Terminator::Return(value) = &block.term {
                changed |= f.ret.absorb(f.values[value.index()]);
            }
            containers::terminator(&block.term, f);
        }
        changed |= containers::take_changed();
        grew |= changed;
        if !changed {
            return grew;
        }
    }
}

/// The defining operation of every value (`None` for multi-result ones).
pub fn definitions(func: &tir::Function) -> Vec<Option<&Op>> {
    let mut defs = vec![None; func.values.len()];
    for block in &func.blocks.items {
        for inst in &block.insts {
            if let [result] = inst.results[..] {
                defs[result.index()] = Some(&inst.op);
            }
        }
    }
    defs
}

/// The inline int constant `value` is, if it is one.
pub fn small_int(defs: &[Option<&Op>], value: ValueId) -> Option<i64> {
    match defs[value.index()] {
        Some(Op::SmallInt(k)) => Some(*k),
        _ => None,
    }
}

fn result_kind(ctx: &Context, defs: &[Option<&Op>], f: &Facts, op: &Op, model: &Model) -> Kind {
    let (program, id, rets) = (ctx.program, ctx.id, ctx.rets);
    let k = |v: &ValueId| f.values[v.index()];
    let ret = |func: FuncId| {
        if func == id {
            f.ret
        } else {
            rets[func.index()]
        }
    };
    if let Some(kind) = model.result_kind(program, defs, op, &|v| f.values[v.index()], &ret) {
        return kind;
    }
    match op {
        Op::SmallInt(_) => Kind::Int,
        Op::SmallInt2 {
            op: tir::SmallIntOp::Add,
            ..
        } => Kind::Int,
        Op::Const(id) => match &program.consts[*id] {
            Const::Str(_) => Kind::Str,
            Const::BigInt(_) => Kind::Int,
            Const::Float(_) => Kind::Float,
            _ => Kind::Obj,
        },
        Op::None => Kind::None,
        Op::True | Op::False | Op::BoxBool(_) => Kind::Bool,
        Op::LoadLocal { local, .. } => f.locals[local.index()],
        Op::BinOp { op, lhs, rhs } | Op::InplaceBinOp { op, lhs, rhs } => {
            kind::binop(*op, k(lhs), k(rhs), small_int(defs, *rhs))
        }
        Op::Unary { op, operand } => kind::unary(*op, k(operand)),
        Op::Compare { lhs, rhs, .. } => kind::compare(k(lhs), k(rhs)),
        Op::Call {
            callee,
            args,
            kwnames: None,
        } => match defs[callee.index()] {
            Some(Op::Builtin(index)) => {
                let name = typhon_abi::BUILTINS[*index as usize];
                let kinds: Vec<Kind> = args.iter().map(k).collect();
                kind::builtin_call(name, &kinds)
            }
            _ => Kind::Obj,
        },
        Op::CallDirect { func, .. } if *func == id => f.ret,
        Op::CallDirect { func, .. } => rets[func.index()],
        // Monotone: a range may still appear once the object's kind is
        // known, and a method call on an instance may become a direct call
        // of a copy whose return is precise (`obj` now would stick).
        Op::GetAttr { obj, .. } | Op::CallMethod { obj, .. } if k(obj) == Kind::Bottom => {
            Kind::Bottom
        }
        // `NoneType` has only dunder attributes: any other name raises
        // `AttributeError`, so the result is never produced (a `packet`
        // still only `None` must not make `packet.m()` an `obj` forever).
        Op::GetAttr { obj, name } | Op::CallMethod { obj, name, .. }
            if k(obj) == Kind::None
                && matches!(&program.consts[*name], Const::Str(attr) if !attr.starts_with("__")) =>
        {
            Kind::Bottom
        }
        Op::GetAttr { obj, name } if k(obj) == Kind::Range => match &program.consts[*name] {
            Const::Str(attr) if matches!(attr.as_str(), "start" | "stop" | "step") => Kind::Int,
            _ => Kind::Obj,
        },
        Op::Float(_) | Op::BoxFloat(_) | Op::UnboxFloat(_) | Op::IntToFloat(_) => Kind::Float,
        Op::ImportNative(index) => Kind::NativeModule(*index),
        Op::CallMethod {
            obj, name, args, ..
        } if k(obj) == Kind::Str => match &program.consts[*name] {
            Const::Str(name) => {
                let kinds: Vec<Kind> = args.iter().map(k).collect();
                super::str_ops::method_result(name, &kinds)
            }
            _ => Kind::Obj,
        },
        Op::GetAttr { obj, name } | Op::CallMethod { obj, name, .. }
            if matches!(k(obj), Kind::NativeModule(_)) =>
        {
            native_member(ctx, f, op, k(obj), *name)
        }
        Op::CallMethod {
            obj,
            name,
            args,
            kwnames: None,
        } if args.is_empty() => stdin_read(ctx, defs, f, *obj, *name),
        _ => Kind::Obj,
    }
}

/// `sys.stdin.read()` and `sys.stdin.readline()`: the runtime's text
/// stream gives an exact `str`, as long as no code can rebind `sys.stdin`
/// or store a `read`/`readline` attribute on any object (CPython's
/// streams take instance attributes; a dynamic `setattr` counts as every
/// name, see `attr_fixed`).
fn stdin_read(
    ctx: &Context,
    defs: &[Option<&Op>],
    f: &Facts,
    obj: ValueId,
    method: tir::ConstId,
) -> Kind {
    let Some(Op::GetAttr { obj: module, name }) = defs[obj.index()] else {
        return Kind::Obj;
    };
    let (Kind::NativeModule(index), Const::Str(attr), Const::Str(method)) = (
        f.values[module.index()],
        &ctx.program.consts[*name],
        &ctx.program.consts[method],
    ) else {
        return Kind::Obj;
    };
    let reads = matches!(method.as_str(), "read" | "readline");
    if reads
        && attr == "stdin"
        && kind::is_native_module(index, "sys")
        && ctx.writes.attr_fixed(attr)
        && ctx.writes.attr_fixed(method)
    {
        Kind::Str
    } else {
        Kind::Obj
    }
}

/// The callee of every `CallDirect` in `func`.
pub fn direct_callees(func: &tir::Function) -> impl Iterator<Item = FuncId> + '_ {
    func.blocks.items.iter().flat_map(|block| {
        block.insts.iter().filter_map(|inst| match &inst.op {
            Op::CallDirect { func, .. } => Some(*func),
            _ => None,
        })
    })
}

/// `module.name` or `module.name(args)` on a native module whose member
/// `name` no code can rebind.
fn native_member(ctx: &Context, f: &Facts, op: &Op, module: Kind, name: tir::ConstId) -> Kind {
    let (Kind::NativeModule(index), Const::Str(name)) = (module, &ctx.program.consts[name]) else {
        return Kind::Obj;
    };
    if !ctx.writes.attr_fixed(name) {
        return Kind::Obj;
    }
    match op {
        Op::CallMethod {
            args,
            kwnames: None,
            ..
        } => {
            let kinds: Vec<Kind> = args.iter().map(|a| f.values[a.index()]).collect();
            kind::native_module_call(index, name, &kinds)
        }
        Op::GetAttr { .. } => kind::native_module_attr(index, name),
        _ => Kind::Obj,
    }
}
