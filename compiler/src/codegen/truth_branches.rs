//! Branches on a truth value that a fast path and a slow path merge are
//! moved into each path (a CLIF rewrite after the function is built).
//!
//! A comparison or truth test with a fast path (`n < 2` on tagged ints)
//! joins its paths in a block that takes the truth value as a parameter
//! and does nothing but branch on it. Cranelift fuses a comparison with
//! the branch that tests it (`cmp; jl`) only when the branch is in the
//! comparison's block, so the join cost a `setl; test; jne` and a
//! register move for every merged value. Here each `jump join(truth,
//! ...)` becomes `brif truth, then, else` with the join's arguments
//! substituted (or a plain jump when the truth value is a constant), and
//! the join block goes away. A join parameter other than the truth value
//! must be one value on every incoming edge (a variable neither path
//! changed; it becomes an alias of that value) or be used only by the
//! join's own branch; otherwise the join is left as it is. A join that a
//! `brif` also enters stays for the `brif` edges whose truth value is not
//! a constant; its other edges are threaded as above.

use std::collections::HashMap;

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{
    Block, BlockArg, Function, Inst, InstBuilder, InstructionData, Opcode, Value, ValueDef,
    condcodes::IntCC,
};

/// Rewrite every eligible join block of `func` (see the module doc).
pub fn thread(func: &mut Function) {
    let mut preds: Preds = HashMap::new();
    let mut uses: HashMap<Value, u32> = HashMap::new();
    for block in func.layout.blocks() {
        for inst in func.layout.block_insts(block) {
            for value in func.dfg.inst_values(inst) {
                *uses.entry(func.dfg.resolve_aliases(value)).or_default() += 1;
            }
            let is_jump = func.dfg.insts[inst].opcode() == Opcode::Jump;
            let dests = func.dfg.insts[inst]
                .branch_destination(&func.dfg.jump_tables, &func.dfg.exception_tables);
            for dest in dests {
                let target = dest.block(&func.dfg.value_lists);
                preds.entry(target).or_default().push((block, is_jump));
            }
        }
    }
    let joins: Vec<Block> = func.layout.blocks().collect();
    for join in joins {
        let Some(incoming) = preds.get(&join) else {
            continue;
        };
        if incoming.is_empty() {
            continue;
        }
        // Every edge a jump (a jump has one destination, so each source
        // block is the end of exactly one edge): the join goes away.
        if incoming.iter().all(|&(_, is_jump)| is_jump) {
            let sources: Vec<Block> = incoming.iter().map(|&(block, _)| block).collect();
            if let Some(plan) = plan(func, join, &sources, &uses) {
                apply(func, join, &sources, plan, &mut uses, &mut preds);
            }
        } else {
            let incoming = incoming.clone();
            thread_constant_edges(func, join, &incoming, &mut uses, &mut preds);
        }
    }
}

/// A join some `brif` also enters (a test with an in-line answer, such as
/// `compare_str_const`'s, passes a constant truth value on those edges):
/// each jump into it becomes its branch, as in [`apply`], and a `brif`
/// edge whose truth value is a constant goes straight to the branch's
/// target. The join stays for the other edges (removed when none is
/// left), so this needs every parameter of the join to be read by its
/// branch only.
fn thread_constant_edges(
    func: &mut Function,
    join: Block,
    incoming: &[(Block, bool)],
    uses: &mut HashMap<Value, u32>,
    preds: &mut Preds,
) {
    let Some(JoinBranch {
        branch,
        negated,
        cond,
    }) = join_branch(func, join, uses)
    else {
        return;
    };
    if !func.dfg.block_params(join).contains(&cond)
        || !drop_uniform_params(func, join, cond, incoming, uses)
    {
        return;
    }
    let pool = &func.dfg.value_lists;
    let InstructionData::Brif { blocks, .. } = func.dfg.insts[branch] else {
        return;
    };
    let targets = blocks.map(|call| (call.block(pool), call.args(pool).collect::<Vec<_>>()));
    let params = func.dfg.block_params(join).to_vec();
    let Some(truth) = params.iter().position(|&p| p == cond) else {
        return;
    };
    let in_join = join_uses(func, join);
    if params
        .iter()
        .any(|p| uses.get(p).copied().unwrap_or(0) > in_join.get(p).copied().unwrap_or(0))
    {
        return;
    }
    let mut rewritten = 0;
    for &(source, _) in incoming.iter().filter(|&&(_, is_jump)| is_jump) {
        let Some(passed) = jump_args(func, source) else {
            continue;
        };
        if passed.len() == params.len() && !passed.iter().any(|v| params.contains(v)) {
            let edge = Edge {
                source,
                params: &params,
                truth,
                negated,
                passed: &passed,
            };
            rewrite_jump(func, &edge, &targets, uses, preds);
            rewritten += 1;
        }
    }
    let mut sources: Vec<Block> = incoming
        .iter()
        .filter(|&&(_, is_jump)| !is_jump)
        .map(|&(block, _)| block)
        .collect();
    sources.dedup();
    for source in sources {
        let Some(inst) = func.layout.last_inst(source) else {
            continue;
        };
        let InstructionData::Brif {
            blocks: mut calls, ..
        } = func.dfg.insts[inst]
        else {
            continue;
        };
        let mut changed = false;
        for call in calls.iter_mut() {
            let pool = &func.dfg.value_lists;
            if call.block(pool) != join {
                continue;
            }
            let Some(passed) = call
                .args(pool)
                .map(|a| a.as_value().map(|v| func.dfg.resolve_aliases(v)))
                .collect::<Option<Vec<Value>>>()
            else {
                continue;
            };
            if passed.len() != params.len() || passed.iter().any(|v| params.contains(v)) {
                continue;
            }
            let Some(taken) = constant(func, passed[truth]) else {
                continue;
            };
            let (target, args) = if taken != negated {
                &targets[0]
            } else {
                &targets[1]
            };
            let args: Vec<BlockArg> = args
                .iter()
                .map(|arg| substitute(func, &params, &passed, arg))
                .collect();
            for value in &passed {
                if let Some(count) = uses.get_mut(value) {
                    *count = count.saturating_sub(1);
                }
            }
            for value in values(&args) {
                *uses.entry(value).or_default() += 1;
            }
            *call = func.dfg.block_call(*target, &args);
            preds.entry(*target).or_default().push((source, false));
            changed = true;
            rewritten += 1;
        }
        if changed && let InstructionData::Brif { blocks, .. } = &mut func.dfg.insts[inst] {
            *blocks = calls;
        }
    }
    if rewritten == incoming.len() {
        for (target, _) in &targets {
            if let Some(edges) = preds.get_mut(target) {
                edges.retain(|&(source, _)| source != join);
            }
        }
        remove_join(func, join, uses);
    }
}

/// Make each parameter of `join` other than `truth` that something
/// besides the join's branch reads, and that every edge into the join
/// passes the same value for (a variable neither path changed), an alias
/// of that value, dropping it from the join and from every edge. False
/// when such a parameter gets different values (nothing is changed then)
/// or an edge is not a jump or a `brif`.
fn drop_uniform_params(
    func: &mut Function,
    join: Block,
    truth: Value,
    incoming: &[(Block, bool)],
    uses: &mut HashMap<Value, u32>,
) -> bool {
    let in_join = join_uses(func, join);
    let mut edges: Vec<(Inst, usize)> = Vec::new();
    let mut sources: Vec<Block> = incoming.iter().map(|&(block, _)| block).collect();
    sources.sort();
    sources.dedup();
    for source in sources {
        let Some(inst) = func.layout.last_inst(source) else {
            return false;
        };
        let calls = match &func.dfg.insts[inst] {
            InstructionData::Jump { destination, .. } => std::slice::from_ref(destination),
            InstructionData::Brif { blocks, .. } => blocks.as_slice(),
            _ => return false,
        };
        for (index, call) in calls.iter().enumerate() {
            if call.block(&func.dfg.value_lists) == join {
                edges.push((inst, index));
            }
        }
    }
    let arg_of = |func: &Function, (inst, index): (Inst, usize), k: usize| -> Option<Value> {
        let call = match &func.dfg.insts[inst] {
            InstructionData::Jump { destination, .. } => *destination,
            InstructionData::Brif { blocks, .. } => blocks[index],
            _ => return None,
        };
        let arg = call.args(&func.dfg.value_lists).nth(k)?;
        arg.as_value().map(|v| func.dfg.resolve_aliases(v))
    };
    let params = func.dfg.block_params(join).to_vec();
    let mut drops: Vec<(usize, Value, Value)> = Vec::new();
    for (k, &param) in params.iter().enumerate() {
        if param == truth
            || uses.get(&param).copied().unwrap_or(0) <= in_join.get(&param).copied().unwrap_or(0)
        {
            continue;
        }
        let Some(first) = edges.first().and_then(|&edge| arg_of(func, edge, k)) else {
            return false;
        };
        if params.contains(&first)
            || edges
                .iter()
                .any(|&edge| arg_of(func, edge, k) != Some(first))
        {
            return false;
        }
        drops.push((k, param, first));
    }
    for &(k, param, value) in drops.iter().rev() {
        for &(inst, index) in &edges {
            let dfg = &mut func.dfg;
            let call = match &mut dfg.insts[inst] {
                InstructionData::Jump { destination, .. } => destination,
                InstructionData::Brif { blocks, .. } => &mut blocks[index],
                _ => unreachable!("edges are jumps and brifs"),
            };
            call.remove(k, &mut dfg.value_lists);
        }
        if let Some(count) = uses.get_mut(&value) {
            *count = count.saturating_sub(edges.len() as u32);
        }
        let count = uses.remove(&param).unwrap_or(0);
        *uses.entry(value).or_default() += count;
        func.dfg.remove_block_param(param);
        func.dfg.change_to_alias(param, value);
    }
    true
}

/// A branch argument of the join, with the join's parameters replaced by
/// what the edge passes for them.
fn substitute(func: &Function, params: &[Value], passed: &[Value], arg: &BlockArg) -> BlockArg {
    match arg {
        BlockArg::Value(v) => {
            let v = func.dfg.resolve_aliases(*v);
            match params.iter().position(|&p| p == v) {
                Some(index) => BlockArg::Value(passed[index]),
                None => BlockArg::Value(v),
            }
        }
        other => *other,
    }
}

/// Edges into each block: the source block and whether it ends in a jump.
type Preds = HashMap<Block, Vec<(Block, bool)>>;

/// What threading `join` takes: its branch's truth parameter (and
/// whether the branch tests its negation), the parameters that become
/// aliases of the one value every edge passes, and what each source's
/// jump passes.
struct Plan {
    truth: usize,
    negated: bool,
    aliases: Vec<(Value, Value)>,
    passed: Vec<Vec<Value>>,
}

fn plan(
    func: &Function,
    join: Block,
    sources: &[Block],
    uses: &HashMap<Value, u32>,
) -> Option<Plan> {
    let JoinBranch { negated, cond, .. } = join_branch(func, join, uses)?;
    let params = func.dfg.block_params(join);
    let truth = params.iter().position(|&p| p == cond)?;
    let in_join = join_uses(func, join);
    let used_elsewhere =
        |p: Value| uses.get(&p).copied().unwrap_or(0) > in_join.get(&p).copied().unwrap_or(0);
    if used_elsewhere(cond) {
        return None;
    }
    let passed = sources
        .iter()
        .map(|&source| jump_args(func, source).filter(|args| args.len() == params.len()))
        .collect::<Option<Vec<_>>>()?;
    // A loop back to the join passing its own parameters has nothing to
    // pass once the join is gone.
    if passed.iter().flatten().any(|v| params.contains(v)) {
        return None;
    }
    let mut aliases = Vec::new();
    for (index, &param) in params.iter().enumerate() {
        if index == truth || !used_elsewhere(param) {
            continue;
        }
        let first = passed[0][index];
        if first == param || passed.iter().any(|args| args[index] != first) {
            return None;
        }
        aliases.push((param, first));
    }
    Some(Plan {
        truth,
        negated,
        aliases,
        passed,
    })
}

/// The branch that ends a join and the truth value it tests.
struct JoinBranch {
    branch: Inst,
    /// The branch tests `cond == 0` (the join's other instructions make
    /// that test and its zero, and nothing else reads them).
    negated: bool,
    cond: Value,
}

/// The join's branch when the join is nothing but that branch, or the
/// branch on `icmp eq cond, 0` (see the module doc); `None` for any
/// other block, or a branch back into the join itself.
fn join_branch(func: &Function, join: Block, uses: &HashMap<Value, u32>) -> Option<JoinBranch> {
    let insts: Vec<Inst> = func.layout.block_insts(join).collect();
    let (&branch, rest) = insts.split_last()?;
    let InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[branch] else {
        return None;
    };
    let pool = &func.dfg.value_lists;
    if blocks.iter().any(|call| call.block(pool) == join) {
        return None;
    }
    let arg = func.dfg.resolve_aliases(arg);
    let Some((&test, zeros)) = rest.split_last() else {
        return Some(JoinBranch {
            branch,
            negated: false,
            cond: arg,
        });
    };
    let read_once = |v: Value| uses.get(&v).copied().unwrap_or(0) == 1;
    if func.dfg.inst_results(test) != [arg] || !read_once(arg) {
        return None;
    }
    let InstructionData::IntCompare {
        opcode: Opcode::Icmp,
        cond: IntCC::Equal,
        args: [operand, zero],
    } = func.dfg.insts[test]
    else {
        return None;
    };
    if constant(func, zero) != Some(false) {
        return None;
    }
    let zero_made_here = match zeros {
        [] => true,
        [made] => func.dfg.inst_results(*made) == [zero] && read_once(zero),
        _ => false,
    };
    zero_made_here.then(|| JoinBranch {
        branch,
        negated: true,
        cond: func.dfg.resolve_aliases(operand),
    })
}

/// How often each value is read by the instructions of `join`.
fn join_uses(func: &Function, join: Block) -> HashMap<Value, u32> {
    let mut counts: HashMap<Value, u32> = HashMap::new();
    for inst in func.layout.block_insts(join) {
        for value in func.dfg.inst_values(inst) {
            *counts.entry(func.dfg.resolve_aliases(value)).or_default() += 1;
        }
    }
    counts
}

/// The (alias-resolved) arguments of the jump that ends `source`, when
/// they are all plain values.
fn jump_args(func: &Function, source: Block) -> Option<Vec<Value>> {
    let inst = func.layout.last_inst(source)?;
    let InstructionData::Jump { destination, .. } = func.dfg.insts[inst] else {
        return None;
    };
    destination
        .args(&func.dfg.value_lists)
        .map(|arg| arg.as_value().map(|v| func.dfg.resolve_aliases(v)))
        .collect()
}

fn apply(
    func: &mut Function,
    join: Block,
    sources: &[Block],
    plan: Plan,
    uses: &mut HashMap<Value, u32>,
    preds: &mut Preds,
) {
    let branch = func
        .layout
        .last_inst(join)
        .expect("a join ends in its branch");
    let InstructionData::Brif { blocks, .. } = func.dfg.insts[branch] else {
        unreachable!("planned on a brif");
    };
    let targets = blocks.map(|call| {
        let pool = &func.dfg.value_lists;
        let args: Vec<BlockArg> = call.args(pool).collect();
        (call.block(pool), args)
    });
    for (target, _) in &targets {
        if let Some(edges) = preds.get_mut(target) {
            edges.retain(|&(source, _)| source != join);
        }
    }
    let params = func.dfg.block_params(join).to_vec();
    for (param, value) in &plan.aliases {
        let count = uses.remove(param).unwrap_or(0);
        *uses.entry(*value).or_default() += count;
        func.dfg.remove_block_param(*param);
        func.dfg.change_to_alias(*param, *value);
    }
    for (&source, passed) in sources.iter().zip(&plan.passed) {
        let edge = Edge {
            source,
            params: &params,
            truth: plan.truth,
            negated: plan.negated,
            passed,
        };
        rewrite_jump(func, &edge, &targets, uses, preds);
    }
    remove_join(func, join, uses);
}

/// A jump into a join being threaded: its source block, the join's
/// parameters and what the jump passes for them, which of them is the
/// truth value, and whether the join's branch tests its negation.
struct Edge<'a> {
    source: Block,
    params: &'a [Value],
    truth: usize,
    negated: bool,
    passed: &'a [Value],
}

/// Replace the `jump join(passed)` that ends `edge.source` by the join's
/// branch with `passed` substituted (a jump when the truth value passed
/// is a constant).
fn rewrite_jump(
    func: &mut Function,
    edge: &Edge,
    targets: &[(Block, Vec<BlockArg>); 2],
    uses: &mut HashMap<Value, u32>,
    preds: &mut Preds,
) {
    let Edge {
        source,
        params,
        truth,
        negated,
        passed,
    } = *edge;
    let jump = func
        .layout
        .last_inst(source)
        .expect("a jump ends each source");
    let [then_args, else_args] = [&targets[0].1, &targets[1].1].map(|args| {
        args.iter()
            .map(|arg| substitute(func, params, passed, arg))
            .collect::<Vec<_>>()
    });
    let cond = passed[truth];
    for value in passed {
        if let Some(count) = uses.get_mut(value) {
            *count = count.saturating_sub(1);
        }
    }
    let new_values: Vec<Value> = match constant(func, cond) {
        Some(taken) => {
            let (target, args) = if taken != negated {
                (targets[0].0, &then_args)
            } else {
                (targets[1].0, &else_args)
            };
            func.replace(jump).jump(target, args);
            preds.entry(target).or_default().push((source, true));
            values(args)
        }
        None => {
            let mut all = values(&then_args);
            all.extend(values(&else_args));
            all.push(cond);
            let tested = if negated {
                let mut pos = FuncCursor::new(func).at_inst(jump);
                let zero = pos.ins().icmp_imm_s(IntCC::Equal, cond, 0);
                all.push(zero);
                zero
            } else {
                cond
            };
            func.replace(jump)
                .brif(tested, targets[0].0, &then_args, targets[1].0, &else_args);
            for (target, _) in targets {
                preds.entry(*target).or_default().push((source, false));
            }
            all
        }
    };
    for value in new_values {
        *uses.entry(value).or_default() += 1;
    }
}

/// Take the join (its branch, and the negation that branch may test) out
/// of the layout once no edge enters it.
fn remove_join(func: &mut Function, join: Block, uses: &mut HashMap<Value, u32>) {
    let insts: Vec<Inst> = func.layout.block_insts(join).collect();
    for inst in insts {
        for value in func.dfg.inst_values(inst).collect::<Vec<_>>() {
            if let Some(count) = uses.get_mut(&func.dfg.resolve_aliases(value)) {
                *count = count.saturating_sub(1);
            }
        }
        func.layout.remove_inst(inst);
    }
    func.layout.remove_block(join);
}

fn values(args: &[BlockArg]) -> Vec<Value> {
    args.iter().filter_map(|arg| arg.as_value()).collect()
}

/// The truth of `value` when an `iconst` makes it.
fn constant(func: &Function, value: Value) -> Option<bool> {
    let ValueDef::Result(inst, _) = func.dfg.value_def(value) else {
        return None;
    };
    match func.dfg.insts[inst] {
        InstructionData::UnaryImm {
            opcode: Opcode::Iconst,
            imm,
        } => Some(imm.bits() != 0),
        _ => None,
    }
}
