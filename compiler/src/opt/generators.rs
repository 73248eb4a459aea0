//! Generator functions -> state machines.
//!
//! In: a program whose generator functions (`Function::is_generator`) have
//! `Terminator::Yield` suspension points, each continuing at a block that
//! starts with `ResumeValue`. Out: for each of them
//! - a resume function holding the body, marked with [`ResumeInfo`]: code
//!   generation compiles it as `fn(ts, generator, sent, mode)`, keeps its
//!   locals in the generator's frame slots (one per local) and enters it
//!   through a switch on the saved state;
//! - in place of the original (so calls and function objects need no
//!   change), a creation function that binds the arguments into a new
//!   generator object (`MakeGenerator`) and returns it.
//!
//! An SSA value cannot survive a suspension (the resume function is
//! re-entered at the resume block, where nothing computed before the yield
//! exists), so liveness analysis finds every value live into a resume
//! block (expression temporaries such as `a` in `f(a, (yield b))`, a `for`
//! loop's iterator) and spills it: a fresh local stored right after the
//! definition and reloaded before each use in another block. Locals, which
//! include the state of enclosing `try`/`except` (the saved handled
//! exception) and `for` loops, live in the frame already. A spilled value
//! keeps its type as the local's type, so each slot has a fixed kind.

use std::collections::HashSet;

use crate::tir::{
    self, Block, Const, FuncId, Function, Inst, Local, LocalId, Op, Program, ResumeInfo,
    Terminator, ValueId,
};

/// Transform every generator function of the program.
pub fn run(program: &mut Program) {
    let generators: Vec<FuncId> = program
        .functions
        .iter()
        .filter(|(_, func)| func.is_generator && func.resume.is_none())
        .map(|(id, _)| id)
        .collect();
    for id in generators {
        transform(program, id);
    }
}

fn transform(program: &mut Program, id: FuncId) {
    let creation = &mut program.functions[id];
    let mut body = std::mem::replace(creation, tir::Function::empty(creation.module));
    spill_values_live_across_yields(&mut body);

    let qualname = match &body.generic {
        Some(generic) => generic.name,
        None => {
            let name = body.name.clone();
            program.consts.push(Const::Str(name))
        }
    };
    let resume_blocks = body
        .blocks
        .iter()
        .filter_map(|(_, block)| match block.term {
            Terminator::Yield { resume, .. } => Some(resume),
            _ => None,
        })
        .collect();

    // The creation function: same name, parameters and generic entry.
    let mut creation = tir::Function::empty(body.module);
    creation.name = body.name.clone();
    creation.symbol = body.symbol.clone();
    creation.line = body.line;
    creation.generic = body.generic.take();
    // Cells of free variables are leading parameters: the creation
    // function receives them and stores them in the frame like the rest.
    creation.n_free = std::mem::take(&mut body.n_free);
    let mut entry = Block {
        term_line: body.line,
        ..Default::default()
    };
    let mut args = Vec::new();
    for param in &body.params {
        let local = creation.locals.push(Local {
            name: body.locals[*param].name.clone(),
            ty: body.locals[*param].ty,
        });
        creation.params.push(local);
        let value = creation.values.push(body.locals[*param].ty);
        entry.insts.push(Inst {
            results: vec![value],
            op: Op::LoadLocal {
                local,
                checked: false,
            },
            line: body.line,
        });
        args.push(value);
    }
    let resume_id = FuncId(program.functions.len() as u32);
    let generator = creation.values.push(tir::Type::Obj);
    entry.insts.push(Inst {
        results: vec![generator],
        op: Op::MakeGenerator {
            resume: resume_id,
            args,
        },
        line: body.line,
    });
    let generator = mark_async(&mut creation, &mut entry, generator, body.async_kind);
    entry.term = Terminator::Return(generator);
    creation.blocks.push(entry);

    body.resume = Some(ResumeInfo {
        param_slots: std::mem::take(&mut body.params),
        resume_blocks,
        qualname,
    });
    body.is_generator = false;
    body.symbol = format!("{}$resume", body.symbol);
    program.functions[id] = creation;
    program.functions.push(body);
}

/// An `async def`'s generator becomes a coroutine or an asynchronous
/// generator (`$as_coroutine`, `$as_async_gen` change its type in place).
fn mark_async(
    creation: &mut Function,
    entry: &mut Block,
    generator: ValueId,
    kind: tir::AsyncKind,
) -> ValueId {
    let helper = match kind {
        tir::AsyncKind::None => return generator,
        tir::AsyncKind::Coroutine => "$as_coroutine",
        tir::AsyncKind::AsyncGenerator => "$as_async_gen",
    };
    let index = typhon_abi::builtin_index(helper).expect("ABI helper") as u32;
    let callee = creation.values.push(tir::Type::Obj);
    let result = creation.values.push(tir::Type::Obj);
    let line = creation.line;
    entry.insts.push(Inst {
        results: vec![callee],
        op: Op::Builtin(index),
        line,
    });
    entry.insts.push(Inst {
        results: vec![result],
        op: Op::Call {
            callee,
            args: vec![generator],
            kwnames: None,
        },
        line,
    });
    result
}

/// The values live on entry to each block (backward dataflow to a fixed
/// point over the successors, exception edges included).
fn live_in(func: &Function) -> Vec<HashSet<ValueId>> {
    let n = func.blocks.len();
    let mut uses: Vec<HashSet<ValueId>> = vec![HashSet::new(); n];
    let mut defs: Vec<HashSet<ValueId>> = vec![HashSet::new(); n];
    for (id, block) in func.blocks.iter() {
        let (uses, defs) = (&mut uses[id.index()], &mut defs[id.index()]);
        for inst in &block.insts {
            for operand in inst.op.operands() {
                if !defs.contains(&operand) {
                    uses.insert(operand);
                }
            }
            defs.extend(inst.results.iter().copied());
        }
        for operand in block.term.operands() {
            if !defs.contains(&operand) {
                uses.insert(operand);
            }
        }
    }
    let mut live = uses.clone();
    let mut changed = true;
    while changed {
        changed = false;
        for idx in (0..n).rev() {
            let mut out: HashSet<ValueId> = HashSet::new();
            for succ in tir::cfg::successors(func, tir::BlockId(idx as u32)) {
                out.extend(live[succ.index()].iter().copied());
            }
            for value in out {
                if !defs[idx].contains(&value) && live[idx].insert(value) {
                    changed = true;
                }
            }
        }
    }
    live
}

fn spill_values_live_across_yields(func: &mut Function) {
    let live = live_in(func);
    let mut spilled: Vec<ValueId> = func
        .blocks
        .iter()
        .filter_map(|(_, block)| match block.term {
            Terminator::Yield { resume, .. } => Some(resume),
            _ => None,
        })
        .flat_map(|resume| live[resume.index()].iter().copied())
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    // Deterministic local numbering.
    spilled.sort();
    for value in spilled {
        spill(func, value);
    }
}

/// Store `value` in a fresh local after its definition and reload it
/// before each use outside the defining block.
fn spill(func: &mut Function, value: ValueId) {
    let ty = func.values[value];
    let local: LocalId = func.locals.push(Local {
        name: format!("$spill{}", value.0),
        ty,
    });
    let mut def_block = None;
    for (id, block) in func.blocks.items.iter_mut().enumerate() {
        if let Some(pos) = block.insts.iter().position(|i| i.results.contains(&value)) {
            let line = block.insts[pos].line;
            block.insts.insert(
                pos + 1,
                Inst {
                    results: vec![],
                    op: Op::StoreLocal { local, value },
                    line,
                },
            );
            def_block = Some(id);
            break;
        }
    }
    for idx in 0..func.blocks.len() {
        if Some(idx) == def_block {
            continue;
        }
        let mut insts = Vec::with_capacity(func.blocks.items[idx].insts.len());
        let old = std::mem::take(&mut func.blocks.items[idx].insts);
        for mut inst in old {
            if inst.op.operands().contains(&value) {
                let reload = func.values.push(ty);
                insts.push(load(local, reload, inst.line));
                inst.op.for_each_operand_mut(|v| rename(v, value, reload));
            }
            insts.push(inst);
        }
        let block = &mut func.blocks.items[idx];
        if block.term.operands().contains(&value) {
            let reload = func.values.push(ty);
            insts.push(load(local, reload, block.term_line));
            block
                .term
                .for_each_operand_mut(|v| rename(v, value, reload));
        }
        block.insts = insts;
    }
}

fn load(local: LocalId, result: ValueId, line: u32) -> Inst {
    Inst {
        results: vec![result],
        op: Op::LoadLocal {
            local,
            checked: false,
        },
        line,
    }
}

fn rename(v: &mut ValueId, from: ValueId, to: ValueId) {
    if *v == from {
        *v = to;
    }
}
