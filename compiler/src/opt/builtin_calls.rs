//! Calls of builtins whose runtime entry takes any object as the builtin
//! itself does, made straight to that entry.
//!
//! `ord(x)` where inference could not prove `x` an exact `str` (a
//! character of a text that reached the function as `obj`) went through
//! `ty_call`: the builtin object's call slot, the argument-count check,
//! then `ty_str_ord`, which handles any object (str, bytes, bytearray,
//! subclasses, and every error) exactly as the builtin does; about 100
//! instructions a call instead of 25. A call of the name `ord` resolved to
//! the builtin (`Op::Builtin`, the same test inference's own rewrite of
//! `ord` on exact strings uses) with one positional argument and no
//! keywords becomes `Op::Exact` with [`ExactFn::Ord`], and a builtin value
//! left unused is dropped. `min(a, b)` and `max(a, b)` of two values
//! inference typed `int` become [`ExactFn::IntMin`] / [`ExactFn::IntMax`]:
//! a compare and a select in line instead of the builtin's argument
//! parsing (it looks for `key=` and `default=` at every call) and its
//! generic loop. Runs after inference (which rewrites the calls on exact
//! strings first), before inlining.

use crate::tir::{self, ExactFn, Op, Type};

pub fn run(program: &mut tir::Program) {
    for func in program.functions.items.iter_mut() {
        rewrite(func);
    }
}

fn rewrite(func: &mut tir::Function) {
    // The builtin each value is, for the builtins rewritten here.
    let mut builtin: Vec<Option<&str>> = vec![None; func.values.len()];
    for block in &func.blocks.items {
        for inst in &block.insts {
            if let (Op::Builtin(index), [result]) = (&inst.op, &inst.results[..]) {
                builtin[result.index()] = typhon_abi::BUILTINS
                    .get(*index as usize)
                    .copied()
                    .filter(|name| matches!(*name, "ord" | "min" | "max"));
            }
        }
    }
    if builtin.iter().all(Option::is_none) {
        return;
    }
    let int = |v: &tir::ValueId| func.values[*v] == Type::Int;
    let mut changed = false;
    for block in func.blocks.items.iter_mut() {
        for inst in block.insts.iter_mut() {
            let Op::Call {
                callee,
                args,
                kwnames: None,
            } = &inst.op
            else {
                continue;
            };
            let exact = match (builtin[callee.index()], &args[..]) {
                (Some("ord"), [_]) => ExactFn::Ord,
                (Some("min"), [a, b]) if int(a) && int(b) => ExactFn::IntMin,
                (Some("max"), [a, b]) if int(a) && int(b) => ExactFn::IntMax,
                _ => continue,
            };
            inst.op = Op::Exact {
                func: exact,
                args: args.clone(),
            };
            changed = true;
        }
    }
    if changed {
        drop_unused_builtins(func);
    }
}

/// Remove `Op::Builtin` loads whose value nothing reads any more (each
/// would otherwise fetch the builtin at run time for nothing).
pub fn drop_unused_builtins(func: &mut tir::Function) {
    let mut used = vec![false; func.values.len()];
    for block in &func.blocks.items {
        for inst in &block.insts {
            for operand in inst.op.operands() {
                used[operand.index()] = true;
            }
        }
        for operand in block.term.operands() {
            used[operand.index()] = true;
        }
    }
    for block in func.blocks.items.iter_mut() {
        block
            .insts
            .retain(|inst| !matches!(inst.op, Op::Builtin(_)) || used[inst.results[0].index()]);
    }
}
