//! Inlining of small direct callees into their callers, after inference.
//!
//! In: the typed program (`CallDirect` already targets the copy inference
//! chose). Out: the same program where a direct call of a *small leaf* is
//! replaced by the callee's body. A leaf here is a function of one block
//! ending in `return`, without exception handler, generator, closure cell
//! or call that is not itself inlined, whose every instruction is one that
//! cannot run Python code (typed arithmetic, attribute slots, constants,
//! globals, tuples, list displays and appends, dict displays with constant
//! keys and stores of constant keys into them, `$new_instance`, ...): a
//! runtime entry it reaches reads the depth of the caller's callees from
//! the thread, which is then the depth the callee would have had, and
//! nothing in it can call back into Python at another depth. Rounds repeat
//! so that a callee whose own calls were inlined (`Vec.__add__` building a
//! `Vec` through an inlined `__init__`) becomes a leaf in turn.
//!
//! CPython's observable behaviour is kept:
//! - the callee's prologue check becomes `Op::RecursionCheck` (with the
//!   number of calls it stands for), so `RecursionError` is raised at the
//!   same depth, with the call line as the last traceback entry;
//! - each inlined instruction's line indexes the caller's
//!   [`tir::Function::inlined`] table, so a failure adds the callee's frame
//!   (at its own line) before the caller's, as the callee's own failure
//!   edge would have;
//! - a direct call exists only where the callee cannot change (a global
//!   bound once by its `def`, a method no store shadows), so inlining its
//!   body changes nothing a rebinding could observe.
//!
//! The callee's locals disappear: in a straight-line block each load of a
//! local reads the value last stored (the argument for a parameter), so
//! the body's values are forwarded directly and the call's result is
//! replaced by the returned value in the caller.

use std::collections::HashMap;

use crate::tir::{
    self, FuncId, Function, INLINED_LINE, InlinedFrame, Inst, LocalId, Op, Terminator, ValueId,
};

/// Callee bodies larger than this (not counting local loads and stores)
/// stay calls: the saving is the call overhead, the cost code size.
const MAX_OPS: usize = 40;

/// How many rounds of inlining (a round makes callees of callees leaves).
const ROUNDS: usize = 4;

/// Inline small direct callees everywhere.
pub fn run(program: &mut tir::Program) {
    let allowed_builtins = allowed_builtins();
    for _ in 0..ROUNDS {
        let leaves: HashMap<FuncId, Function> = program
            .functions
            .iter()
            .filter(|(_, func)| is_leaf(func, &allowed_builtins))
            .map(|(id, func)| (id, func.clone()))
            .collect();
        let graphs: HashMap<FuncId, (Function, usize)> = program
            .functions
            .iter()
            .filter_map(|(id, func)| {
                let size = super::inline_blocks::graph_leaf_size(func, &allowed_builtins, false)?;
                Some((id, (func.clone(), size)))
            })
            .collect();
        if leaves.is_empty() && graphs.is_empty() {
            return;
        }
        let mut changed = false;
        for (idx, func) in program.functions.items.iter_mut().enumerate() {
            let own = FuncId(idx as u32);
            changed |= inline_calls(func, own, &leaves);
            changed |= super::inline_blocks::inline_calls(func, own, &graphs);
        }
        if !changed {
            return;
        }
    }
}

/// The builtins inlined code may call (they run no Python code).
pub(super) fn allowed_builtins() -> Vec<u32> {
    ["$new_instance", "$infer_check_class"]
        .iter()
        .filter_map(|name| typhon_abi::builtin_index(name).map(|index| index as u32))
        .collect()
}

/// Whether `func` is a small one-block leaf whose body can replace its calls.
fn is_leaf(func: &Function, allowed_builtins: &[u32]) -> bool {
    if func.blocks.len() != 1 || !plain_function(func) {
        return false;
    }
    let block = &func.blocks.items[0];
    if block.handler.is_some() || !matches!(block.term, Terminator::Return(_)) {
        return false;
    }
    let mut size = 0;
    // Locals holding a value at this point (parameters from the start).
    let mut bound: Vec<LocalId> = func.params.clone();
    // Values that are a builtin this pass may call.
    let mut callable: Vec<ValueId> = Vec::new();
    for inst in &block.insts {
        let ok = match &inst.op {
            Op::LoadLocal { local, checked } => !checked && bound.contains(local),
            Op::StoreLocal { local, .. } => {
                bound.push(*local);
                true
            }
            _ => runs_no_python(func, inst, allowed_builtins, &mut callable),
        };
        if !ok {
            return false;
        }
        if !matches!(inst.op, Op::LoadLocal { .. } | Op::StoreLocal { .. }) {
            size += 1;
        }
    }
    size <= MAX_OPS
}

/// Whether `func` is an ordinary function (not a module body, generator,
/// resume function or closure).
pub(super) fn plain_function(func: &Function) -> bool {
    !(func.is_module_init || func.is_generator || func.resume.is_some() || func.n_free != 0)
}

/// Whether `inst` (not a local load or store) cannot run Python code, so
/// that it may run in its caller's frame. `callable` collects the values
/// that are a builtin this pass may call.
pub(super) fn runs_no_python(
    func: &Function,
    inst: &Inst,
    allowed_builtins: &[u32],
    callable: &mut Vec<ValueId>,
) -> bool {
    if crate::tir::runs_no_python_code(func, &inst.op) {
        return true;
    }
    match &inst.op {
        Op::Builtin(index) => {
            if allowed_builtins.contains(index) {
                callable.extend(inst.results.iter().copied());
            }
            true
        }
        Op::Call {
            callee,
            kwnames: None,
            ..
        } => callable.contains(callee),
        // Hashing and comparing constants (all of builtin immutable types)
        // runs no method of a user class.
        Op::BuildDict(pairs) => pairs.iter().all(|(key, _)| is_const(func, *key)),
        // A dict display of the function holds only constant keys: every
        // store into it in a leaf has a constant key too.
        Op::SetItem { obj, key, .. } => {
            is_const(func, *key) && matches!(definition(func, *obj), Some(Op::BuildDict(_)))
        }
        _ => false,
    }
}

/// Functions larger than this are not searched for a value's definition
/// (a leaf is far smaller).
const MAX_SEARCH: usize = 256;

/// The instruction that defines `value`, in a small function, looking
/// through loads of a local stored once.
fn definition(func: &Function, mut value: ValueId) -> Option<&Op> {
    let insts = func.blocks.items.iter().flat_map(|b| &b.insts);
    if insts.clone().count() > MAX_SEARCH {
        return None;
    }
    for _ in 0..4 {
        let op = &insts.clone().find(|inst| inst.results.contains(&value))?.op;
        let Op::LoadLocal { local, .. } = op else {
            return Some(op);
        };
        let mut stores = insts.clone().filter_map(|inst| match &inst.op {
            Op::StoreLocal { local: l, value } if l == local => Some(*value),
            _ => None,
        });
        let (Some(stored), None) = (stores.next(), stores.next()) else {
            return None;
        };
        value = stored;
    }
    None
}

/// Whether `value` is a constant of the program.
fn is_const(func: &Function, value: ValueId) -> bool {
    matches!(
        definition(func, value),
        Some(Op::Const(_) | Op::SmallInt(_) | Op::None | Op::True | Op::False)
    )
}

/// Replace the calls of leaves in `func`; whether any was replaced.
fn inline_calls(func: &mut Function, own: FuncId, leaves: &HashMap<FuncId, Function>) -> bool {
    let mut subst: HashMap<ValueId, ValueId> = HashMap::new();
    let mut frames: HashMap<InlinedFrame, u32> = func
        .inlined
        .iter()
        .enumerate()
        .map(|(idx, frame)| (frame.clone(), idx as u32))
        .collect();
    for block_idx in 0..func.blocks.len() {
        let insts = std::mem::take(&mut func.blocks.items[block_idx].insts);
        let mut out = Vec::with_capacity(insts.len());
        for inst in insts {
            let target = match &inst.op {
                Op::CallDirect { func: callee, args } if *callee != own => leaves
                    .get(callee)
                    .filter(|leaf| fits(func, leaf, args, &inst.results))
                    .map(|leaf| (*callee, leaf, args.clone())),
                _ => None,
            };
            let Some((callee, leaf, args)) = target else {
                out.push(inst);
                continue;
            };
            let mut splice = Splice {
                func: &mut *func,
                frames: &mut frames,
                callee,
                leaf,
                call_line: inst.line,
                out: &mut out,
            };
            let returned = splice.body(&args);
            if let Some(result) = inst.results.first() {
                subst.insert(*result, returned);
            }
        }
        func.blocks.items[block_idx].insts = out;
    }
    if subst.is_empty() {
        return false;
    }
    let resolve = |v: &mut ValueId| {
        while let Some(next) = subst.get(v) {
            *v = *next;
        }
    };
    for block in func.blocks.items.iter_mut() {
        for inst in &mut block.insts {
            inst.op.for_each_operand_mut(resolve);
        }
        block.term.for_each_operand_mut(resolve);
    }
    true
}

/// Whether the call's arguments and result have the representations the
/// leaf's parameters and returned value have (its one block returns).
fn fits(func: &Function, leaf: &Function, args: &[ValueId], results: &[ValueId]) -> bool {
    matches!(leaf.blocks.items[0].term, Terminator::Return(_))
        && super::inline_blocks::fits(func, leaf, args, results)
}

/// One call being replaced by a copy of the leaf's body.
struct Splice<'a> {
    func: &'a mut Function,
    frames: &'a mut HashMap<InlinedFrame, u32>,
    callee: FuncId,
    leaf: &'a Function,
    call_line: u32,
    out: &'a mut Vec<Inst>,
}

impl Splice<'_> {
    /// Emit the body; the caller's value the leaf returns.
    fn body(&mut self, args: &[ValueId]) -> ValueId {
        // The callee's prologue check, failing at the call's line.
        self.out.push(Inst {
            results: Vec::new(),
            op: Op::RecursionCheck {
                depth: 1 + self.leaf.extra_depth,
            },
            line: self.call_line,
        });
        let mut locals: HashMap<LocalId, ValueId> = self
            .leaf
            .params
            .iter()
            .copied()
            .zip(args.iter().copied())
            .collect();
        let mut values: HashMap<ValueId, ValueId> = HashMap::new();
        let leaf = self.leaf;
        let block = &leaf.blocks.items[0];
        for inst in &block.insts {
            match &inst.op {
                Op::LoadLocal { local, .. } => {
                    let value = locals[local];
                    values.insert(inst.results[0], value);
                    continue;
                }
                Op::StoreLocal { local, value } => {
                    locals.insert(*local, values[value]);
                    continue;
                }
                _ => {}
            }
            let mut op = inst.op.clone();
            op.for_each_operand_mut(|v| *v = values[v]);
            if let Op::RecursionCheck { depth } = &mut op {
                *depth += 1 + leaf.extra_depth;
            }
            let results = inst
                .results
                .iter()
                .map(|result| {
                    let new = self.func.values.push(leaf.values[*result]);
                    values.insert(*result, new);
                    new
                })
                .collect();
            let line = self.line(inst.line);
            self.out.push(Inst { results, op, line });
        }
        let Terminator::Return(returned) = block.term else {
            unreachable!("leaves end in return");
        };
        values[&returned]
    }

    /// The caller's line for a line of the leaf.
    fn line(&mut self, line: u32) -> u32 {
        let site = Site {
            callee: self.callee,
            leaf: self.leaf,
            call_line: self.call_line,
        };
        site.line(self.func, self.frames, line)
    }
}

/// A call being inlined: what the lines of the copied body refer to.
pub(super) struct Site<'a> {
    pub callee: FuncId,
    pub leaf: &'a Function,
    pub call_line: u32,
}

impl Site<'_> {
    /// The caller's line for a line of the leaf: an entry of the caller's
    /// inlined-frame table (the leaf's own inlined frames are copied over,
    /// their call lines translated the same way).
    pub fn line(
        &self,
        func: &mut Function,
        frames: &mut HashMap<InlinedFrame, u32>,
        line: u32,
    ) -> u32 {
        let frame = if line & INLINED_LINE != 0 {
            let inner = self.leaf.inlined[(line & !INLINED_LINE) as usize].clone();
            InlinedFrame {
                call_line: self.line(func, frames, inner.call_line),
                ..inner
            }
        } else {
            InlinedFrame {
                func: self.callee,
                line,
                call_line: self.call_line,
            }
        };
        if let Some(idx) = frames.get(&frame) {
            return INLINED_LINE | idx;
        }
        let idx = func.inlined.len() as u32;
        func.inlined.push(frame.clone());
        frames.insert(frame, idx);
        INLINED_LINE | idx
    }
}
