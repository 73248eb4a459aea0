//! `for a, b in it` without a tuple per step: a loop head's `IterNext`
//! whose item goes only to an `Unpack` at the start of the loop body
//! becomes one `IterNextUnpack`, whose runtime entry lets `enumerate`,
//! `zip` and dict item iterators write the parts directly instead of
//! allocating a tuple that nobody else could see.
//!
//! The shape (from `lower/stmt.rs`, comprehensions and generator bodies):
//! the head ends in `branch is_done(item), exit, body`, with the item
//! either used directly in the body or stored to a local loaded there.
//! Fused only when nothing observable happens between the two: the body
//! has the head as its only predecessor and the same handler, everything
//! before the `Unpack` in the body is a local load, the item has no other
//! use (the local no other load), and both report the same line, so a
//! traceback names the same place. An unpacking error then surfaces from
//! the head, before anything else in the body ran, as before. Runs after
//! inference (which typed the `Unpack` results and placed their unboxing
//! after it, where those instructions stay) and after the generator pass
//! (no `yield` can sit between the head and its body).

use std::collections::HashMap;

use crate::tir::{self, BlockId, LocalId, Op, Terminator, ValueId};

pub fn run(program: &mut tir::Program) {
    for func in program.functions.items.iter_mut() {
        fuse(func);
    }
}

/// Where an `IterNext` item may be fused with an `Unpack`.
struct Site {
    head: BlockId,
    next_at: usize,
    body: BlockId,
    unpack_at: usize,
    /// The local the head stores the item to (and the body loads), if any.
    via: Option<LocalId>,
}

fn fuse(func: &mut tir::Function) {
    let n_values = func.values.len();
    let mut uses = vec![0usize; n_values];
    let mut loads: HashMap<LocalId, usize> = HashMap::new();
    let mut stores: HashMap<LocalId, usize> = HashMap::new();
    let mut preds = vec![0usize; func.blocks.len()];
    for (id, block) in func.blocks.iter() {
        for inst in &block.insts {
            inst.op.for_each_operand(|v| uses[v.index()] += 1);
            match &inst.op {
                Op::LoadLocal { local, .. } => *loads.entry(*local).or_default() += 1,
                Op::StoreLocal { local, .. } | Op::DelLocal(local) => {
                    *stores.entry(*local).or_default() += 1
                }
                _ => {}
            }
        }
        for v in block.term.operands() {
            uses[v.index()] += 1;
        }
        for succ in tir::cfg::successors(func, id) {
            preds[succ.index()] += 1;
        }
    }
    let resumes: Vec<BlockId> = func
        .resume
        .as_ref()
        .map(|r| r.resume_blocks.clone())
        .unwrap_or_default();
    // Each site is applied before the next is looked for, so positions
    // found in a block are never stale.
    for index in 0..func.blocks.len() {
        let head = BlockId::from(index);
        let block = &func.blocks[head];
        let Terminator::Branch {
            cond, else_block, ..
        } = block.term
        else {
            continue;
        };
        let body = else_block;
        if body == head
            || preds[body.index()] != 1
            || resumes.contains(&body)
            || func.blocks[body].handler != block.handler
        {
            continue;
        }
        if let Some(site) = find_site(func, head, cond, body, &uses, &loads, &stores) {
            apply(func, site);
        }
    }
}

fn find_site(
    func: &tir::Function,
    head: BlockId,
    cond: ValueId,
    body: BlockId,
    uses: &[usize],
    loads: &HashMap<LocalId, usize>,
    stores: &HashMap<LocalId, usize>,
) -> Option<Site> {
    let insts = &func.blocks[head].insts;
    let done_at = insts.iter().position(|i| i.results == [cond])?;
    let Op::IsDone(item) = insts[done_at].op else {
        return None;
    };
    let next_at = insts.iter().position(|i| i.results == [item])?;
    if !matches!(insts[next_at].op, Op::IterNext(_)) {
        return None;
    }
    let line = insts[next_at].line;
    let mut via = None;
    for inst in &insts[next_at + 1..] {
        if let Op::StoreLocal { local, value } = inst.op
            && value == item
        {
            via = Some(local);
        }
    }
    // `IsDone`, and the store or the `Unpack`.
    if uses[item.index()] != 2 {
        return None;
    }
    if let Some(local) = via
        && (loads.get(&local) != Some(&1) || stores.get(&local) != Some(&1))
    {
        return None;
    }
    let body_insts = &func.blocks[body].insts;
    let mut loaded = None;
    for (at, inst) in body_insts.iter().enumerate() {
        match &inst.op {
            Op::LoadLocal { local, .. } => {
                if Some(*local) == via {
                    loaded = inst.results.first().copied();
                }
            }
            Op::Unpack(value) => {
                let source = if via.is_some() { loaded? } else { item };
                if *value != source
                    || inst.line != line
                    || (via.is_some() && uses[source.index()] != 1)
                {
                    return None;
                }
                return Some(Site {
                    head,
                    next_at,
                    body,
                    unpack_at: at,
                    via,
                });
            }
            _ => return None,
        }
    }
    None
}

fn apply(func: &mut tir::Function, site: Site) {
    let unpack = func.blocks[site.body].insts.remove(site.unpack_at);
    if let Some(local) = site.via {
        func.blocks[site.body]
            .insts
            .retain(|i| !matches!(i.op, Op::LoadLocal { local: l, .. } if l == local));
        func.blocks[site.head]
            .insts
            .retain(|i| !matches!(i.op, Op::StoreLocal { local: l, .. } if l == local));
    }
    let next = &mut func.blocks[site.head].insts[site.next_at];
    let Op::IterNext(iter) = next.op else {
        unreachable!("find_site checked the op");
    };
    next.op = Op::IterNextUnpack(iter);
    next.results.extend(unpack.results);
}
