//! Variables a list, set or dict comprehension only reads, passed to it by
//! value instead of through a cell.
//!
//! A comprehension is a nested function, so a local of the enclosing
//! function it reads lives in a cell (`resolve/closure.rs`), in the whole
//! enclosing function: every read and store of it there goes through the
//! cell, which inference types only as well as the cell's joined stores.
//! A list, set or dict comprehension runs to its end inside the call its
//! display lowers to (a generator expression does not: it is left alone),
//! so while it runs no code of the enclosing function does; when it only
//! reads the variable, and nothing else (another closure, a nested
//! comprehension) shares the cell, the value at the call is the value at
//! every read. The variable then becomes a plain local of the enclosing
//! function and the value its parameter.
//!
//! One difference is kept out: an unbound variable makes the
//! comprehension's read raise `NameError` ("cannot access free variable"),
//! and only if it reads it at all (an empty iterable does not). So a cell
//! is demoted only when the variable is bound at every call, as
//! definite assignment (`bound.rs`) proves; a read in the enclosing
//! function of a variable that may be unbound raises `UnboundLocalError`
//! from a local as from a cell. Runs right after lowering, before
//! `bound::prune_checks`.

use std::collections::{HashMap, HashSet};

use crate::tir::{FuncId, Function, Inst, Local, LocalId, Op, Program, Type, ValueId};

/// The comprehensions that run to their end inside their call.
const EAGER: &[&str] = &["<listcomp>", "<setcomp>", "<dictcomp>"];

/// Demote the cells of `program` that only eager comprehensions read.
pub fn run(program: &mut Program) {
    let callers = direct_callers(program);
    for id in 0..program.functions.items.len() {
        let id = FuncId(id as u32);
        let candidates = candidates(program, id, &callers);
        if candidates.is_empty() {
            continue;
        }
        let mut func = program.functions[id].clone();
        let mut checks = Vec::new();
        for cell in &candidates {
            checks.extend(demote_in_caller(&mut func, cell));
        }
        super::bound::prune_function(&mut func);
        if checks.iter().any(|v| still_checked(&func, *v)) {
            // Some variable may be unbound at a call: keep every cell
            // (a finer choice would redo the analysis per cell).
            continue;
        }
        program.functions[id] = func;
        for cell in &candidates {
            for (callee, param) in &cell.params {
                demote_in_comprehension(&mut program.functions[*callee], *param);
            }
        }
    }
}

/// A cell of a function, and the parameters of the comprehensions it is
/// passed to.
struct Candidate {
    /// The `MakeCell` value and the values reloading it from its local.
    handles: HashSet<ValueId>,
    /// The local holding the cell.
    local: LocalId,
    /// The variable's name.
    name: String,
    /// (comprehension, its parameter receiving the cell).
    params: Vec<(FuncId, LocalId)>,
}

/// The functions calling each function directly (once per call).
fn direct_callers(program: &Program) -> HashMap<FuncId, Vec<FuncId>> {
    let mut callers: HashMap<FuncId, Vec<FuncId>> = HashMap::new();
    for (id, func) in program.functions.iter() {
        for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
            if let Op::CallDirect { func: callee, .. } = &inst.op {
                callers.entry(*callee).or_default().push(id);
            }
        }
    }
    callers
}

/// The cells of function `id` only eager comprehensions called right there
/// read.
fn candidates(
    program: &Program,
    id: FuncId,
    callers: &HashMap<FuncId, Vec<FuncId>>,
) -> Vec<Candidate> {
    let func = &program.functions[id];
    let insts = || func.blocks.items.iter().flat_map(|b| &b.insts);
    let mut found = Vec::new();
    for inst in insts() {
        let (Op::MakeCell, [cell]) = (&inst.op, &inst.results[..]) else {
            continue;
        };
        // The cell's one local, stored once, with it.
        let stores: Vec<(LocalId, ValueId)> = insts()
            .filter_map(|i| match &i.op {
                Op::StoreLocal { local, value } => Some((*local, *value)),
                _ => None,
            })
            .collect();
        let Some(&(local, _)) = stores.iter().find(|(_, v)| v == cell) else {
            continue;
        };
        if stores.iter().filter(|(l, _)| *l == local).count() != 1 {
            continue;
        }
        let mut handles: HashSet<ValueId> = insts()
            .filter(|i| matches!(&i.op, Op::LoadLocal { local: l, .. } if *l == local))
            .flat_map(|i| i.results.iter().copied())
            .collect();
        handles.insert(*cell);
        if let Some(candidate) = uses_allow(program, id, func, handles, local, callers) {
            found.push(candidate);
        }
    }
    found
}

/// The candidate, when every use of the cell's handles is a cell access or
/// an argument of an eager comprehension that only reads it.
fn uses_allow(
    program: &Program,
    id: FuncId,
    func: &Function,
    handles: HashSet<ValueId>,
    local: LocalId,
    callers: &HashMap<FuncId, Vec<FuncId>>,
) -> Option<Candidate> {
    let mut params = Vec::new();
    let mut name = None;
    for block in &func.blocks.items {
        if block.term.operands().iter().any(|v| handles.contains(v)) {
            return None;
        }
        for inst in &block.insts {
            match &inst.op {
                Op::LoadCell { cell, name: n, .. } | Op::DelCell { cell, name: n, .. }
                    if handles.contains(cell) =>
                {
                    name = Some(*n);
                }
                // Storing a handle into the cell itself falls to the
                // `uses_any` arm below.
                Op::StoreCell { cell, value }
                    if handles.contains(cell) && !handles.contains(value) => {}
                Op::StoreLocal { local: l, .. } if *l == local => {}
                Op::CallDirect { func: callee, args }
                    if args.iter().any(|a| handles.contains(a)) =>
                {
                    params.extend(passed_on(program, id, *callee, args, &handles, callers)?);
                }
                op if uses_any(op, &handles) => return None,
                _ => {}
            }
        }
    }
    // A cell no comprehension reads (a class body's `__class__` cell
    // nothing uses) is left as other passes expect it.
    if params.is_empty() {
        return None;
    }
    let name = match name {
        Some(id) => match &program.consts[id] {
            crate::tir::Const::Str(s) => s.clone(),
            _ => return None,
        },
        None => func.locals[local]
            .name
            .trim_end_matches(".cell")
            .to_string(),
    };
    Some(Candidate {
        handles,
        local,
        name,
        params,
    })
}

/// The parameters holding the cell that `param` of comprehension `id`
/// receives, when it only reads it: its loads of it feed `LoadCell`s, or
/// are passed on to an inner eager comprehension that only reads it
/// (`[[v * k for v in row] for row in m]`), and nothing stores it.
fn only_read(
    program: &Program,
    id: FuncId,
    param: LocalId,
    callers: &HashMap<FuncId, Vec<FuncId>>,
) -> Option<Vec<(FuncId, LocalId)>> {
    let func = &program.functions[id];
    let mut loads: HashSet<ValueId> = HashSet::new();
    for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
        match &inst.op {
            Op::LoadLocal { local, .. } if *local == param => loads.extend(&inst.results),
            Op::StoreLocal { local, .. } | Op::DelLocal(local) if *local == param => return None,
            _ => {}
        }
    }
    let mut params = vec![(id, param)];
    for block in &func.blocks.items {
        if block.term.operands().iter().any(|v| loads.contains(v)) {
            return None;
        }
        for inst in &block.insts {
            match &inst.op {
                Op::LoadCell { .. } => {}
                Op::CallDirect { func: callee, args } if args.iter().any(|a| loads.contains(a)) => {
                    params.extend(passed_on(program, id, *callee, args, &loads, callers)?);
                }
                op if uses_any(op, &loads) => return None,
                _ => {}
            }
        }
    }
    Some(params)
}

/// The parameters holding the cell when `caller` passes one of `held` to
/// `callee` in `args`: `callee` must be an eager comprehension that only
/// reads each parameter receiving one (`only_read`).
fn passed_on(
    program: &Program,
    caller: FuncId,
    callee: FuncId,
    args: &[ValueId],
    held: &HashSet<ValueId>,
    callers: &HashMap<FuncId, Vec<FuncId>>,
) -> Option<Vec<(FuncId, LocalId)>> {
    if !eager(program, callee, caller, callers) {
        return None;
    }
    let comprehension = &program.functions[callee];
    let mut params = Vec::new();
    for (at, arg) in args.iter().enumerate() {
        if held.contains(arg) {
            let param = *comprehension.params.get(at)?;
            params.extend(only_read(program, callee, param, callers)?);
        }
    }
    Some(params)
}

/// Whether `op` reads any of `values`.
fn uses_any(op: &Op, values: &HashSet<ValueId>) -> bool {
    let mut used = false;
    op.for_each_operand(|v| used |= values.contains(v));
    used
}

/// Whether `callee` is an eager comprehension only `caller` calls, and
/// only directly.
fn eager(
    program: &Program,
    callee: FuncId,
    caller: FuncId,
    callers: &HashMap<FuncId, Vec<FuncId>>,
) -> bool {
    let func = &program.functions[callee];
    EAGER.contains(&func.name.as_str())
        && func.generic.is_none()
        && callers
            .get(&callee)
            .is_some_and(|c| c.iter().all(|f| *f == caller))
}

/// Turn the cell into a plain local in the enclosing function; the reads
/// passed to comprehensions, which must end up unchecked.
fn demote_in_caller(func: &mut Function, cell: &Candidate) -> Vec<ValueId> {
    let var = func.locals.push(Local {
        name: cell.name.clone(),
        ty: Type::Obj,
    });
    let mut passed = Vec::new();
    for b in 0..func.blocks.items.len() {
        let insts = std::mem::take(&mut func.blocks.items[b].insts);
        let mut out: Vec<Inst> = Vec::with_capacity(insts.len());
        for mut inst in insts {
            match &mut inst.op {
                // The cell is no longer made, kept or reloaded (every use
                // of it is rewritten here).
                Op::MakeCell if inst.results.iter().any(|r| cell.handles.contains(r)) => {
                    continue;
                }
                Op::StoreLocal { local, .. } | Op::LoadLocal { local, .. }
                    if *local == cell.local =>
                {
                    continue;
                }
                Op::LoadCell { cell: c, .. } if cell.handles.contains(c) => {
                    inst.op = Op::LoadLocal {
                        local: var,
                        checked: true,
                    };
                }
                Op::StoreCell { cell: c, value } if cell.handles.contains(c) => {
                    inst.op = Op::StoreLocal {
                        local: var,
                        value: *value,
                    };
                }
                Op::DelCell { cell: c, .. } if cell.handles.contains(c) => {
                    inst.op = Op::DelLocal(var);
                }
                Op::CallDirect { args, .. } => {
                    for arg in args.iter_mut().filter(|a| cell.handles.contains(a)) {
                        let value = func.values.push(Type::Obj);
                        out.push(Inst {
                            results: vec![value],
                            op: Op::LoadLocal {
                                local: var,
                                checked: true,
                            },
                            line: inst.line,
                        });
                        passed.push(value);
                        *arg = value;
                    }
                }
                _ => {}
            }
            out.push(inst);
        }
        func.blocks.items[b].insts = out;
    }
    passed
}

/// Whether the read defining `value` still checks for an unbound local.
fn still_checked(func: &Function, value: ValueId) -> bool {
    func.blocks.items.iter().flat_map(|b| &b.insts).any(|inst| {
        inst.results.contains(&value) && matches!(inst.op, Op::LoadLocal { checked: true, .. })
    })
}

/// In the comprehension, the parameter holds the value: its cell reads
/// become reads of the parameter (bound at every call).
fn demote_in_comprehension(func: &mut Function, param: LocalId) {
    let mut loads: HashSet<ValueId> = HashSet::new();
    for inst in func.blocks.items.iter().flat_map(|b| &b.insts) {
        if matches!(&inst.op, Op::LoadLocal { local, .. } if *local == param) {
            loads.extend(&inst.results);
        }
    }
    for inst in func.blocks.items.iter_mut().flat_map(|b| &mut b.insts) {
        if let Op::LoadCell { cell, .. } = &inst.op
            && loads.contains(cell)
        {
            inst.op = Op::LoadLocal {
                local: param,
                checked: false,
            };
        }
    }
    let name = &mut func.locals[param].name;
    if let Some(stripped) = name.strip_suffix(".cell") {
        *name = stripped.to_string();
    }
}
