//! Structural checks on TIR, run after lowering (and after every pass in
//! debug builds and tests). A failure is a compiler bug, never a user error.
//!
//! Invariants checked:
//! - every value is defined exactly once, by an instruction of one block,
//!   and used only later in that block or in blocks it dominates (an
//!   expression with control flow inside, such as `f(a, b or c)`, uses `a`
//!   after a branch); locals carry data around loops and joins;
//! - branch conditions and the operands of `Not` / `BoxBool` are `bool`;
//!   every other operand is `obj`;
//! - jump targets, locals, globals, constants and called functions exist;
//! - a handler block begins with `FetchException`;
//! - every global is listed by the module that owns it.

use super::*;

/// Check every function; returns the list of problems found.
pub fn verify(program: &Program) -> Vec<String> {
    let mut problems = Vec::new();
    for (id, global) in program.globals.iter() {
        let owner = program.modules.items.get(global.module.index());
        if !owner.is_some_and(|module| module.globals.contains(&id)) {
            problems.push(format!(
                "global {id} ({}) is not listed by its module",
                global.name
            ));
        }
    }
    for (id, func) in program.functions.iter() {
        verify_function(program, id, func, &mut problems);
    }
    problems
}

fn verify_function(program: &Program, id: FuncId, func: &Function, problems: &mut Vec<String>) {
    let mut defined_in: Vec<Option<BlockId>> = vec![None; func.values.len()];
    let mut report = |message: String| problems.push(format!("{id} {}: {message}", func.name));
    for (block_id, block) in func.blocks.iter() {
        for inst in &block.insts {
            for result in &inst.results {
                if let Some(slot @ None) = defined_in.get_mut(result.index()) {
                    *slot = Some(block_id);
                }
            }
        }
    }
    let idom = super::cfg::dominators(func);
    // Whether `operand` is available in `block` given the values defined so far in it.
    let available = |operand: ValueId, block: BlockId, live: &[ValueId]| -> bool {
        match defined_in.get(operand.index()).copied().flatten() {
            Some(def) if def == block => live.contains(&operand),
            Some(def) => idom[block.index()].is_none() || super::cfg::dominates(&idom, def, block),
            None => false,
        }
    };
    let mut seen: Vec<bool> = vec![false; func.values.len()];
    for (block_id, block) in func.blocks.iter() {
        let mut live: Vec<ValueId> = Vec::new();
        for inst in &block.insts {
            for operand in inst.op.operands() {
                if !available(operand, block_id, &live) {
                    report(format!(
                        "{block_id}: {operand} used where its definition does not dominate"
                    ));
                }
                let expected = if matches!(inst.op, Op::Not(_) | Op::BoxBool(_)) {
                    Type::Bool
                } else {
                    Type::Obj
                };
                let actual = func.values.items.get(operand.index()).copied();
                if !operand_type_fits(&inst.op, expected, actual) {
                    report(format!("{block_id}: {operand} should have type {expected}"));
                }
            }
            for result in &inst.results {
                match seen.get_mut(result.index()) {
                    Some(slot @ false) => *slot = true,
                    Some(true) => report(format!("{result} defined twice")),
                    None => report(format!("{result} has no type")),
                }
                live.push(*result);
            }
            match &inst.op {
                Op::LoadLocal { local, .. }
                | Op::StoreLocal { local, .. }
                | Op::DelLocal(local)
                    if local.index() >= func.locals.len() =>
                {
                    report(format!("unknown local {local}"))
                }
                Op::CallDirect { func: callee, .. }
                | Op::MakeFunction { func: callee, .. }
                | Op::MakeClosure { func: callee, .. }
                    if callee.index() >= program.functions.len() =>
                {
                    report(format!("unknown function {callee}"))
                }
                Op::Const(constant)
                | Op::GetAttr { name: constant, .. }
                | Op::SetAttr { name: constant, .. }
                | Op::DelAttr { name: constant, .. }
                | Op::LoadField { name: constant, .. }
                | Op::StoreField { name: constant, .. }
                | Op::LoadCell { name: constant, .. }
                | Op::DelCell { name: constant, .. }
                    if constant.index() >= program.consts.len() =>
                {
                    report(format!("unknown constant {constant}"))
                }
                _ => {}
            }
        }
        let mut check_target = |target: BlockId| {
            if target.index() >= func.blocks.len() {
                report(format!("{block_id}: jump to unknown block {target}"));
            }
        };
        match &block.term {
            Terminator::Jump(target) | Terminator::Yield { resume: target, .. } => {
                check_target(*target)
            }
            Terminator::Branch {
                then_block,
                else_block,
                ..
            } => {
                check_target(*then_block);
                check_target(*else_block);
            }
            _ => {}
        }
        if let Some(handler) = block.handler {
            check_target(handler);
            let starts_with_fetch = func
                .blocks
                .items
                .get(handler.index())
                .and_then(|b| b.insts.first())
                .map(|i| &i.op)
                == Some(&Op::FetchException);
            if !starts_with_fetch {
                report(format!(
                    "{block_id}: handler {handler} does not start with fetch_exception"
                ));
            }
        }
        for operand in block.term.operands() {
            if !available(operand, block_id, &live) {
                report(format!(
                    "{block_id}: terminator uses {operand} where its definition does not dominate"
                ));
            }
        }
        if let Terminator::Branch { cond, .. } = &block.term
            && func.values.items.get(cond.index()) != Some(&Type::Bool)
        {
            report(format!("{block_id}: branch condition {cond} is not bool"));
        }
    }
}

/// Whether an operand of type `actual` may appear where `expected` is the
/// untyped rule: an `int` word goes wherever an `obj` does, and an unboxed
/// float only into the operations code generation handles natively.
fn operand_type_fits(op: &Op, expected: Type, actual: Option<Type>) -> bool {
    match (expected, actual) {
        (_, None) => false,
        (Type::Obj, Some(Type::Int)) => true,
        (Type::Obj, Some(Type::F64)) => matches!(
            op,
            Op::BinOp { .. }
                | Op::InplaceBinOp { .. }
                | Op::Unary { .. }
                | Op::Compare { .. }
                | Op::CompareBool { .. }
                | Op::Truthy(_)
                | Op::StoreLocal { .. }
                | Op::CallDirect { .. }
                | Op::BoxFloat(_)
                | Op::NumCall { .. }
                | Op::StoreField { raw: true, .. }
        ),
        (expected, Some(actual)) => expected == actual,
    }
}
