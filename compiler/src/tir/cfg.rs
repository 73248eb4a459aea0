//! Control-flow facts about a TIR function: successors (including the
//! exception edge to a block's handler), reverse postorder and immediate
//! dominators. Analyses only; nothing here changes the IR.

use super::{BlockId, Function, Terminator};

/// The blocks control can reach from `block`, the handler included.
pub fn successors(func: &Function, block: BlockId) -> Vec<BlockId> {
    let data = &func.blocks[block];
    let mut out = term_targets(&data.term);
    out.extend(data.handler);
    out
}

/// The blocks terminator `term` jumps, branches or resumes to (the
/// exception edge to the handler left out).
pub fn term_targets(term: &Terminator) -> Vec<BlockId> {
    match term {
        Terminator::Jump(target) => vec![*target],
        Terminator::Branch {
            then_block,
            else_block,
            ..
        } => vec![*then_block, *else_block],
        Terminator::Yield { resume, .. } => vec![*resume],
        _ => vec![],
    }
}

/// Whether `func` delegates to an iterator (`yield from`, `await`).
pub fn delegates(func: &Function) -> bool {
    func.blocks
        .items
        .iter()
        .any(|block| matches!(block.term, Terminator::Yield { delegate: true, .. }))
}

/// Blocks reachable from the entry, each after all its dominators.
pub fn reverse_postorder(func: &Function) -> Vec<BlockId> {
    if func.blocks.is_empty() {
        return Vec::new();
    }
    let mut visited = vec![false; func.blocks.len()];
    let mut postorder = Vec::with_capacity(func.blocks.len());
    // Iterative depth-first search: (block, index of the next successor).
    let mut stack = vec![(BlockId(0), 0usize)];
    visited[0] = true;
    while let Some((block, next)) = stack.pop() {
        let succs = successors(func, block);
        if let Some(succ) = succs.get(next) {
            stack.push((block, next + 1));
            if !visited[succ.index()] {
                visited[succ.index()] = true;
                stack.push((*succ, 0));
            }
        } else {
            postorder.push(block);
        }
    }
    postorder.reverse();
    postorder
}

/// The immediate dominator of each reachable block (the entry is its own);
/// `None` for unreachable blocks.
pub fn dominators(func: &Function) -> Vec<Option<BlockId>> {
    let order = reverse_postorder(func);
    let mut rank = vec![usize::MAX; func.blocks.len()];
    for (idx, block) in order.iter().enumerate() {
        rank[block.index()] = idx;
    }
    let mut preds: Vec<Vec<BlockId>> = vec![Vec::new(); func.blocks.len()];
    for block in &order {
        for succ in successors(func, *block) {
            preds[succ.index()].push(*block);
        }
    }
    let mut idom: Vec<Option<BlockId>> = vec![None; func.blocks.len()];
    if let Some(entry) = order.first() {
        idom[entry.index()] = Some(*entry);
    }
    let mut changed = true;
    while changed {
        changed = false;
        for block in order.iter().skip(1) {
            let mut new_idom: Option<BlockId> = None;
            for pred in &preds[block.index()] {
                if idom[pred.index()].is_none() {
                    continue;
                }
                new_idom = Some(match new_idom {
                    None => *pred,
                    Some(current) => intersect(&idom, &rank, *pred, current),
                });
            }
            if new_idom.is_some() && idom[block.index()] != new_idom {
                idom[block.index()] = new_idom;
                changed = true;
            }
        }
    }
    idom
}

fn intersect(idom: &[Option<BlockId>], rank: &[usize], mut a: BlockId, mut b: BlockId) -> BlockId {
    while a != b {
        while rank[a.index()] > rank[b.index()] {
            a = idom[a.index()].unwrap_or(a);
        }
        while rank[b.index()] > rank[a.index()] {
            b = idom[b.index()].unwrap_or(b);
        }
    }
    a
}

/// Whether `a` dominates `b` (every block dominates itself).
pub fn dominates(idom: &[Option<BlockId>], a: BlockId, b: BlockId) -> bool {
    let mut cursor = b;
    loop {
        if cursor == a {
            return true;
        }
        match idom[cursor.index()] {
            Some(parent) if parent != cursor => cursor = parent,
            _ => return false,
        }
    }
}

/// Whether `func` has a loop: an edge from a block to one at or before it
/// in reverse postorder (every cycle of the CFG has one).
pub fn has_cycle(func: &Function) -> bool {
    let order = reverse_postorder(func);
    let mut rank = vec![usize::MAX; func.blocks.len()];
    for (idx, block) in order.iter().enumerate() {
        rank[block.index()] = idx;
    }
    order.iter().any(|block| {
        successors(func, *block)
            .iter()
            .any(|succ| rank[succ.index()] <= rank[block.index()])
    })
}
