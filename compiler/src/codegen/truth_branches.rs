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
//! changed) or be used only by the join's own branch; otherwise the join
//! is left as it is.

use std::collections::HashMap;

use cranelift_codegen::ir::{
    Block, BlockArg, Function, InstBuilder, InstructionData, Opcode, Value, ValueDef,
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
        // Every edge a jump (a jump has one destination, so each source
        // block is the end of exactly one edge).
        if incoming.is_empty() || incoming.iter().any(|&(_, is_jump)| !is_jump) {
            continue;
        }
        let sources: Vec<Block> = incoming.iter().map(|&(block, _)| block).collect();
        if let Some(plan) = plan(func, join, &sources, &uses) {
            apply(func, join, &sources, plan, &mut uses, &mut preds);
        }
    }
}

/// Edges into each block: the source block and whether it ends in a jump.
type Preds = HashMap<Block, Vec<(Block, bool)>>;

/// What threading `join` takes: its branch's truth parameter, the
/// parameters that become aliases of the one value every edge passes, and
/// what each source's jump passes.
struct Plan {
    truth: usize,
    aliases: Vec<(Value, Value)>,
    passed: Vec<Vec<Value>>,
}

fn plan(
    func: &Function,
    join: Block,
    sources: &[Block],
    uses: &HashMap<Value, u32>,
) -> Option<Plan> {
    let branch = func.layout.first_inst(join)?;
    if func.layout.last_inst(join) != Some(branch) {
        return None;
    }
    let InstructionData::Brif { arg, blocks, .. } = func.dfg.insts[branch] else {
        return None;
    };
    let pool = &func.dfg.value_lists;
    if blocks.iter().any(|call| call.block(pool) == join) {
        return None;
    }
    let params = func.dfg.block_params(join);
    let cond = func.dfg.resolve_aliases(arg);
    let truth = params.iter().position(|&p| p == cond)?;
    let mut in_branch: HashMap<Value, u32> = HashMap::new();
    for value in func.dfg.inst_values(branch) {
        *in_branch
            .entry(func.dfg.resolve_aliases(value))
            .or_default() += 1;
    }
    let used_elsewhere =
        |p: Value| uses.get(&p).copied().unwrap_or(0) > in_branch.get(&p).copied().unwrap_or(0);
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
        aliases,
        passed,
    })
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
        let jump = func
            .layout
            .last_inst(source)
            .expect("a jump ends each source");
        let substitute = |arg: &BlockArg| match arg {
            BlockArg::Value(v) => {
                let v = func.dfg.resolve_aliases(*v);
                match params.iter().position(|&p| p == v) {
                    Some(index) => BlockArg::Value(passed[index]),
                    None => BlockArg::Value(v),
                }
            }
            other => *other,
        };
        let [then_args, else_args] = [&targets[0].1, &targets[1].1]
            .map(|args| args.iter().map(substitute).collect::<Vec<_>>());
        let cond = passed[plan.truth];
        for value in passed {
            if let Some(count) = uses.get_mut(value) {
                *count = count.saturating_sub(1);
            }
        }
        let new_values: Vec<Value> = match constant(func, cond) {
            Some(truth) => {
                let (target, args) = if truth {
                    (targets[0].0, &then_args)
                } else {
                    (targets[1].0, &else_args)
                };
                func.replace(jump).jump(target, args);
                preds.entry(target).or_default().push((source, true));
                values(args)
            }
            None => {
                func.replace(jump)
                    .brif(cond, targets[0].0, &then_args, targets[1].0, &else_args);
                for (target, _) in &targets {
                    preds.entry(*target).or_default().push((source, false));
                }
                let mut all = values(&then_args);
                all.extend(values(&else_args));
                all.push(cond);
                all
            }
        };
        for value in new_values {
            *uses.entry(value).or_default() += 1;
        }
    }
    for value in func.dfg.inst_values(branch).collect::<Vec<_>>() {
        if let Some(count) = uses.get_mut(&func.dfg.resolve_aliases(value)) {
            *count = count.saturating_sub(1);
        }
    }
    func.layout.remove_inst(branch);
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
