//! Definite assignment: a local stored on every path to a read cannot be
//! unbound there, so the read needs no `UnboundLocalError` check. A
//! forward data-flow over the control-flow graph (intersection at joins)
//! clears `checked` on such reads; it never sets it.

use crate::tir::{BlockId, Function, Op, Program, cfg};

/// Clear the unbound checks every function provably does not need.
pub fn prune_checks(program: &mut Program) {
    for func in program.functions.items.iter_mut() {
        prune_function(func);
    }
}

/// Clear the unbound checks `func` provably does not need.
pub(crate) fn prune_function(func: &mut Function) {
    let n_blocks = func.blocks.len();
    let n_locals = func.locals.len();
    if n_blocks == 0 || n_locals == 0 {
        return;
    }
    let order = cfg::reverse_postorder(func);
    // `None`: not reached yet (the top of the lattice).
    let mut entry: Vec<Option<Vec<bool>>> = vec![None; n_blocks];
    let mut start = vec![false; n_locals];
    for param in &func.params {
        start[param.index()] = true;
    }
    entry[order[0].index()] = Some(start);
    let mut changed = true;
    while changed {
        changed = false;
        for &block in &order {
            let Some(state_in) = entry[block.index()].clone() else {
                continue;
            };
            let data = &func.blocks[block];
            // An exception can leave the block before any of its stores
            // and after any of its deletions.
            let mut on_raise = state_in.clone();
            let mut state = state_in;
            for inst in &data.insts {
                match &inst.op {
                    Op::StoreLocal { local, .. } => state[local.index()] = true,
                    Op::DelLocal(local) => {
                        state[local.index()] = false;
                        on_raise[local.index()] = false;
                    }
                    _ => {}
                }
            }
            let handler = data.handler;
            for succ in cfg::successors(func, block) {
                let flowing = if Some(succ) == handler && !is_normal_successor(func, block, succ) {
                    &on_raise
                } else if Some(succ) == handler {
                    // Reached both normally and by an exception.
                    &intersect(&on_raise, &state)
                } else {
                    &state
                };
                changed |= meet(&mut entry[succ.index()], flowing);
            }
        }
    }
    for &block in &order {
        let Some(mut state) = entry[block.index()].clone() else {
            continue;
        };
        for inst in &mut func.blocks[block].insts {
            match &mut inst.op {
                Op::LoadLocal { local, checked } if state[local.index()] => *checked = false,
                Op::StoreLocal { local, .. } => state[local.index()] = true,
                Op::DelLocal(local) => state[local.index()] = false,
                _ => {}
            }
        }
    }
}

fn is_normal_successor(func: &Function, block: BlockId, succ: BlockId) -> bool {
    let mut normal = cfg::successors(func, block);
    if let Some(handler) = func.blocks[block].handler
        && let Some(pos) = normal.iter().rposition(|b| *b == handler)
    {
        normal.remove(pos);
    }
    normal.contains(&succ)
}

fn intersect(a: &[bool], b: &[bool]) -> Vec<bool> {
    a.iter().zip(b).map(|(x, y)| *x && *y).collect()
}

/// Narrow `slot` to what is also bound in `incoming`; true when it changed.
fn meet(slot: &mut Option<Vec<bool>>, incoming: &[bool]) -> bool {
    match slot {
        None => {
            *slot = Some(incoming.to_vec());
            true
        }
        Some(current) => {
            let mut changed = false;
            for (c, i) in current.iter_mut().zip(incoming) {
                if *c && !*i {
                    *c = false;
                    changed = true;
                }
            }
            changed
        }
    }
}
