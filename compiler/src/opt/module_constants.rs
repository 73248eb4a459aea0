//! Module globals bound before a function can read them.
//!
//! A module body usually names its constants (`EMPTY, BLACK = 0, 1`,
//! `FORWARD = 1`) and defines its classes and functions in one straight
//! run of statements: the entry block of its init function. A function of
//! the module can only run once something made it (`def`, `lambda`, a
//! class body making its methods, a generator) or called it directly, so
//! it cannot run before the first instruction of that block that refers
//! to it or to a function that can reach it (making, calling, or
//! importing a module whose body does). Each function gets the earliest
//! such position ([`tir::Function::runs_after`]; a function nothing in the
//! block reaches runs after the block), and each global the position of
//! its first store in that block ([`tir::Global::bound_at`]), when
//! nothing can unbind it: no `del`, and no write the program does not
//! show (`infer::globals::ModuleWrites::only_stores_write`: an attribute
//! store or delete of that name on any object, a reflective door such as
//! `setattr` on a module). A function whose position is after the
//! global's is only ever run once the global is bound, so its reads of it
//! skip the `NameError` test; a block with an exception handler gives up
//! (a handler could call a function before a later store).
//!
//! When, besides, that store is the global's only one in the program and
//! stores a constant (an int, float, string, `True`, `False`, `None`, a
//! builtin), such reads become the constant, so inference and the passes
//! after it see `BLACK + WHITE - colour` as `3 - colour` and a comparison
//! with `EMPTY` as one with a small int; `+ - * & | ^` of two small-int
//! constants then fold. A pool constant is the one object the store
//! stored, so identity holds. Runs before inference (its copies keep
//! `runs_after`; a function inlined into another reaches it, so the
//! caller's position is not earlier), after `opt::unpack` (which makes
//! `A, B = 1, 2` two stores through hidden locals).

use std::collections::HashMap;

use crate::infer::globals::ModuleWrites;
use crate::tir::{self, FuncId, Op, Program};

/// Set `runs_after` and `bound_at`, and replace reads of constant globals.
pub fn run(program: &mut Program) {
    let writes = ModuleWrites::scan_whole(program);
    let n = program.globals.len();
    let mut stores = vec![0u32; n];
    let mut deleted = vec![false; n];
    for func in &program.functions.items {
        for block in &func.blocks.items {
            for inst in &block.insts {
                match &inst.op {
                    Op::StoreGlobal { global, .. } => stores[global.index()] += 1,
                    Op::DelGlobal(global) => deleted[global.index()] = true,
                    _ => {}
                }
            }
        }
    }
    let mut constants: Vec<Option<Op>> = vec![None; n];
    let mut runs_after: Vec<Option<u32>> = vec![None; program.functions.len()];
    for module in &program.modules.items {
        let init = &program.functions[module.init];
        let Some(entry) = init.blocks.items.first() else {
            continue;
        };
        if entry.handler.is_some() {
            continue;
        }
        reach_from_init(program, module.init, &mut runs_after);
        let mut in_locals: HashMap<tir::LocalId, tir::ValueId> = HashMap::new();
        let mut read: HashMap<tir::ValueId, tir::ValueId> = HashMap::new();
        // The block's constants, by the value each defines (defined before
        // any store of them).
        let mut made: HashMap<tir::ValueId, &Op> = HashMap::new();
        for (position, inst) in entry.insts.iter().enumerate() {
            match &inst.op {
                Op::SmallInt(_)
                | Op::Const(_)
                | Op::None
                | Op::True
                | Op::False
                | Op::Builtin(_) => {
                    if let [result] = inst.results[..] {
                        made.insert(result, &inst.op);
                    }
                }
                Op::StoreGlobal { global, value } => {
                    let g = global.index();
                    let fixed = !deleted[g] && writes.only_stores_write(program, *global);
                    if !fixed || program.globals[*global].bound_at.is_some() {
                        continue;
                    }
                    let value = read.get(value).copied().unwrap_or(*value);
                    program.globals[*global].bound_at = Some(position as u32);
                    if stores[g] == 1 {
                        constants[g] = made.get(&value).map(|op| (*op).clone());
                    }
                }
                // `A, B = 1, 2` stores through hidden locals.
                Op::StoreLocal { local, value } => {
                    let value = read.get(value).copied().unwrap_or(*value);
                    in_locals.insert(*local, value);
                }
                Op::LoadLocal { local, .. } => {
                    if let (Some(value), [result]) = (in_locals.get(local), &inst.results[..]) {
                        read.insert(*result, *value);
                    }
                }
                _ => {}
            }
        }
    }
    let globals = &program.globals;
    for (index, func) in program.functions.items.iter_mut().enumerate() {
        if func.is_module_init {
            continue;
        }
        let position = runs_after[index].unwrap_or(0);
        func.runs_after = position;
        let mut replaced = false;
        for block in func.blocks.items.iter_mut() {
            for inst in block.insts.iter_mut() {
                let Op::LoadGlobal(global) = inst.op else {
                    continue;
                };
                if let Some(op) = &constants[global.index()]
                    && globals[global].bound_after(func.module, position)
                {
                    inst.op = op.clone();
                    replaced = true;
                }
            }
        }
        if replaced {
            fold_small_ints(func);
        }
    }
}

/// Give each function the module body `init` reaches the earliest
/// position in `init`'s entry block from which it can run (the block's
/// length for what only later blocks reach).
fn reach_from_init(program: &Program, init: FuncId, runs_after: &mut [Option<u32>]) {
    let func = &program.functions[init];
    let entry_len = func.blocks.items.first().map_or(0, |b| b.insts.len());
    let mut starts: Vec<(u32, FuncId)> = Vec::new();
    for (index, block) in func.blocks.items.iter().enumerate() {
        for (position, inst) in block.insts.iter().enumerate() {
            let at = if index == 0 { position } else { entry_len };
            if let Some(callee) = referenced(program, &inst.op) {
                starts.push((at as u32, callee));
            }
        }
    }
    // Positions in increasing order: the first visit is the earliest.
    // Other modules' functions are followed (they may call this module's
    // directly) but keep their own module's positions.
    starts.sort_by_key(|&(at, _)| at);
    let mut seen = vec![false; program.functions.len()];
    for (at, start) in starts {
        let mut work = vec![start];
        while let Some(id) = work.pop() {
            if std::mem::replace(&mut seen[id.index()], true) {
                continue;
            }
            if program.functions[id].module == func.module {
                runs_after[id.index()].get_or_insert(at);
            }
            for block in &program.functions[id].blocks.items {
                for inst in &block.insts {
                    work.extend(referenced(program, &inst.op));
                }
            }
        }
    }
    // What nothing reaches runs, if ever, after the module body's entry
    // block (another module cannot make this module's functions).
    for (id, f) in program.functions.iter() {
        if f.module == func.module && runs_after[id.index()].is_none() {
            runs_after[id.index()] = Some(entry_len as u32);
        }
    }
}

/// The function an instruction makes, calls or runs the body of.
fn referenced(program: &Program, op: &Op) -> Option<FuncId> {
    match op {
        Op::CallDirect { func, .. }
        | Op::MakeFunction { func, .. }
        | Op::MakeClosure { func, .. }
        | Op::MakeGenerator { resume: func, .. } => Some(*func),
        Op::ImportModule(module) => Some(program.modules[*module].init),
        _ => None,
    }
}

/// Inline small ints, as `lower` makes them (63-bit two's complement).
const SMALL_INT: std::ops::RangeInclusive<i64> = -(1 << 62)..=(1 << 62) - 1;

/// Replace `+ - * & | ^` of two small-int constants by their result when
/// it is one too (`BLACK + WHITE` once both are constants), until none is
/// left. Python's ints are exact, so the folded value is the one the
/// operator would compute.
fn fold_small_ints(func: &mut tir::Function) {
    let mut known: HashMap<tir::ValueId, i64> = HashMap::new();
    loop {
        let mut changed = false;
        for block in func.blocks.items.iter_mut() {
            for inst in block.insts.iter_mut() {
                match &inst.op {
                    Op::SmallInt(value) => {
                        if let [result] = inst.results[..] {
                            known.insert(result, *value);
                        }
                    }
                    Op::BinOp { op, lhs, rhs } | Op::InplaceBinOp { op, lhs, rhs } => {
                        let (Some(&a), Some(&b)) = (known.get(lhs), known.get(rhs)) else {
                            continue;
                        };
                        let folded = match op {
                            tir::BinOp::Add => a.checked_add(b),
                            tir::BinOp::Sub => a.checked_sub(b),
                            tir::BinOp::Mul => a.checked_mul(b),
                            tir::BinOp::BitAnd => Some(a & b),
                            tir::BinOp::BitOr => Some(a | b),
                            tir::BinOp::BitXor => Some(a ^ b),
                            _ => None,
                        };
                        if let Some(value) = folded.filter(|v| SMALL_INT.contains(v)) {
                            inst.op = Op::SmallInt(value);
                            changed = true;
                        }
                    }
                    _ => {}
                }
            }
        }
        if !changed {
            return;
        }
    }
}
