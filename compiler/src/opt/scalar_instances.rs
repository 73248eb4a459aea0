//! Instances that never leave the block that makes them are not made,
//! after inlining.
//!
//! In: the typed program after [`super::inline`]. Once `Vector.__sub__`
//! and `Vector.__init__` are inlined, `oc = ray.origin - self.center`
//! followed by `oc.dot(oc)` is a `$new_instance` call (or an
//! `Op::NewInstance`, its in-line form), stores of its
//! attribute slots and loads of them, all in one block, and the object
//! itself is never seen again. Out: the same program where such an
//! instance is replaced by one local per attribute slot: its slot stores
//! become local stores and its slot loads local loads, and the class
//! call's depth check stays (`Op::TypeCallCheck`, the check
//! `$new_instance` makes, so `RecursionError` is raised as before; for a
//! class call in inlined code, at the depth of the inlined frame's callees,
//! which a `$new_instance` call there gets as well).
//!
//! An instance qualifies when every use of the value `$new_instance` gave,
//! and of every load of a local it was stored into, is in the block that
//! made it, after it, and is
//! - the receiver of a `load_field` of a slot stored before it in the
//!   block (so no `AttributeError` is lost), with the stored value's type;
//! - the receiver of a `store_field` (not the stored value);
//! - a store into a local stored nowhere else, not deleted, and loaded
//!   only in this block after the store.
//!
//! Nothing else can observe the object: no call, container, identity test
//! or return sees it. A program that defines `__del__` anywhere (or names
//! it in a string, for `setattr`) keeps every instance, since a finalizer
//! would observe when it dies.

use std::collections::HashMap;

use crate::tir::{
    self, BlockId, Const, Function, INLINED_LINE, Inst, Local, LocalId, Op, Type, ValueId,
};

/// Replace the qualifying instances of every function.
pub fn run(program: &mut tir::Program) {
    let Some(new_instance) = typhon_abi::builtin_index("$new_instance") else {
        return;
    };
    let finalizers = program
        .functions
        .items
        .iter()
        .any(|func| func.name == "__del__" || func.name.ends_with(".__del__"))
        || program
            .consts
            .items
            .iter()
            .any(|c| matches!(c, Const::Str(s) if s == "__del__"));
    for func in program.functions.items.iter_mut() {
        if !(finalizers || func.is_generator || func.resume.is_some()) {
            replace(func, new_instance as u32);
        }
        check_inlined_calls(func, new_instance as u32);
    }
}

/// How many inlined frames the instruction at `line` runs in.
fn nesting(func: &Function, mut line: u32) -> u32 {
    let mut frames = 0;
    while line & INLINED_LINE != 0 {
        frames += 1;
        line = func.inlined[(line & !INLINED_LINE) as usize].call_line;
    }
    frames
}

/// The depth checks of class calls inlined code makes. `$new_instance`
/// checks the depth the thread holds, which is that of this frame's
/// callees, not that of the inlined frame's callees: a check for the
/// right depth goes before each such call (the runtime's own, at a
/// smaller depth, then never fails), and a replaced call's check gets
/// the same depth.
fn check_inlined_calls(func: &mut Function, new_instance: u32) {
    let mut builtins: Vec<bool> = vec![false; func.values.len()];
    for inst in func.blocks.items.iter().flat_map(|block| &block.insts) {
        if matches!(inst.op, Op::Builtin(index) if index == new_instance) {
            for result in &inst.results {
                builtins[result.index()] = true;
            }
        }
    }
    for block_idx in 0..func.blocks.len() {
        let insts = std::mem::take(&mut func.blocks.items[block_idx].insts);
        let mut out = Vec::with_capacity(insts.len());
        for mut inst in insts {
            let frames = nesting(func, inst.line);
            match &mut inst.op {
                Op::TypeCallCheck { depth } | Op::NewInstance { depth, .. } => *depth += frames,
                Op::Call { callee, .. } if frames > 0 && builtins[callee.index()] => {
                    out.push(Inst {
                        results: Vec::new(),
                        op: Op::TypeCallCheck { depth: 1 + frames },
                        line: inst.line,
                    });
                }
                _ => {}
            }
            out.push(inst);
        }
        func.blocks.items[block_idx].insts = out;
    }
}

/// Where a value is used: block and instruction index (`usize::MAX` for
/// the terminator).
type Place = (BlockId, usize);

fn replace(func: &mut Function, new_instance: u32) {
    let mut builtins: Vec<bool> = vec![false; func.values.len()];
    let mut uses: Vec<Vec<Place>> = vec![Vec::new(); func.values.len()];
    let mut stores: Vec<Vec<Place>> = vec![Vec::new(); func.locals.len()];
    let mut loads: Vec<Vec<Place>> = vec![Vec::new(); func.locals.len()];
    let mut deleted: Vec<bool> = vec![false; func.locals.len()];
    for (block_id, block) in func.blocks.iter() {
        for (idx, inst) in block.insts.iter().enumerate() {
            match &inst.op {
                Op::Builtin(index) if *index == new_instance => {
                    for result in &inst.results {
                        builtins[result.index()] = true;
                    }
                }
                Op::StoreLocal { local, .. } => stores[local.index()].push((block_id, idx)),
                Op::LoadLocal { local, .. } => loads[local.index()].push((block_id, idx)),
                Op::DelLocal(local) => deleted[local.index()] = true,
                _ => {}
            }
            for operand in inst.op.operands() {
                uses[operand.index()].push((block_id, idx));
            }
        }
        for operand in block.term.operands() {
            uses[operand.index()].push((block_id, usize::MAX));
        }
    }
    let mut plans: Vec<Plan> = Vec::new();
    for (block_id, block) in func.blocks.iter() {
        for (idx, inst) in block.insts.iter().enumerate() {
            let call = match &inst.op {
                Op::Call {
                    callee,
                    args,
                    kwnames: None,
                } => builtins[callee.index()] && args.len() == 1,
                Op::NewInstance { .. } => true,
                _ => false,
            };
            if !call || inst.results.len() != 1 {
                continue;
            }
            let facts = Facts {
                func,
                uses: &uses,
                stores: &stores,
                loads: &loads,
                deleted: &deleted,
            };
            if let Some(plan) = facts.plan(block_id, idx, inst.results[0]) {
                plans.push(plan);
            }
        }
    }
    // Last first, so that removing instructions leaves the indices of the
    // plans still to apply alone.
    for plan in plans.into_iter().rev() {
        apply(func, plan);
    }
}

/// What is known of the function while instances are examined.
struct Facts<'a> {
    func: &'a Function,
    uses: &'a [Vec<Place>],
    stores: &'a [Vec<Place>],
    loads: &'a [Vec<Place>],
    deleted: &'a [bool],
}

/// How one instance is replaced.
struct Plan {
    block: BlockId,
    /// The `$new_instance` call.
    call: usize,
    /// The object and the loads of locals it was stored into.
    aliases: Vec<ValueId>,
    /// The type each slot's local has.
    slots: Vec<(u32, Type)>,
}

impl Facts<'_> {
    fn plan(&self, block: BlockId, call: usize, object: ValueId) -> Option<Plan> {
        let mut aliases = vec![object];
        let mut next = 0;
        while next < aliases.len() {
            let value = aliases[next];
            next += 1;
            for &(use_block, idx) in &self.uses[value.index()] {
                if use_block != block || idx == usize::MAX || idx <= call {
                    return None;
                }
                match &self.func.blocks[block].insts[idx].op {
                    Op::LoadField { obj, .. } if *obj == value => {}
                    Op::StoreField {
                        obj, value: stored, ..
                    } if *obj == value && *stored != value => {}
                    Op::StoreLocal { local, .. } => {
                        let local = local.index();
                        let alone = self.stores[local].len() == 1 && !self.deleted[local];
                        let after = self.loads[local]
                            .iter()
                            .all(|&(b, i)| b == block && i > idx);
                        if !(alone && after) {
                            return None;
                        }
                        for &(_, i) in &self.loads[local] {
                            aliases.extend(self.func.blocks[block].insts[i].results.iter());
                        }
                    }
                    _ => return None,
                }
            }
        }
        // Every load reads a slot stored before it, with the stored type.
        let mut slots: Vec<(u32, Type)> = Vec::new();
        let insts = &self.func.blocks[block].insts;
        for inst in &insts[call + 1..] {
            match &inst.op {
                Op::StoreField {
                    obj, slot, value, ..
                } if aliases.contains(obj) => {
                    let ty = self.func.values[*value];
                    match slots.iter().find(|(s, _)| s == slot) {
                        Some((_, known)) if *known != ty => return None,
                        Some(_) => {}
                        None => slots.push((*slot, ty)),
                    }
                }
                Op::LoadField { obj, slot, .. } if aliases.contains(obj) => {
                    let ty = self.func.values[*inst.results.first()?];
                    if !slots.iter().any(|(s, known)| s == slot && *known == ty) {
                        return None;
                    }
                }
                _ => {}
            }
        }
        Some(Plan {
            block,
            call,
            aliases,
            slots,
        })
    }
}

fn apply(func: &mut Function, plan: Plan) {
    let locals: HashMap<u32, LocalId> = plan
        .slots
        .iter()
        .map(|(slot, ty)| {
            let local = func.locals.push(Local {
                name: format!("$slot{slot}"),
                ty: *ty,
            });
            (*slot, local)
        })
        .collect();
    let insts = &mut func.blocks[plan.block].insts;
    insts[plan.call].op = Op::TypeCallCheck { depth: 1 };
    insts[plan.call].results.clear();
    let mut dropped = vec![false; insts.len()];
    for (idx, inst) in insts.iter_mut().enumerate().skip(plan.call + 1) {
        let op = match &inst.op {
            Op::StoreField {
                obj, slot, value, ..
            } if plan.aliases.contains(obj) => Op::StoreLocal {
                local: locals[slot],
                value: *value,
            },
            Op::LoadField { obj, slot, .. } if plan.aliases.contains(obj) => Op::LoadLocal {
                local: locals[slot],
                checked: false,
            },
            Op::StoreLocal { value, .. } if plan.aliases.contains(value) => {
                dropped[idx] = true;
                continue;
            }
            Op::LoadLocal { .. } if inst.results.iter().any(|r| plan.aliases.contains(r)) => {
                dropped[idx] = true;
                continue;
            }
            _ => continue,
        };
        inst.op = op;
    }
    let mut idx = 0;
    insts.retain(|_| {
        idx += 1;
        !dropped[idx - 1]
    });
}
