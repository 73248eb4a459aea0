//! Dropping the blocks lowering leaves unreachable (code after `return`,
//! empty joins) and renumbering blocks and values in order, so the IR dump
//! reads cleanly and code generation sees only live code.

use std::collections::HashMap;

use crate::tir::{BlockId, Function, IndexVec, Op, Terminator, ValueId};

pub fn compact(func: &mut Function) {
    let reachable = reachable_blocks(func);
    let mut block_map: HashMap<BlockId, BlockId> = HashMap::new();
    for (new_idx, old) in reachable.iter().enumerate() {
        block_map.insert(*old, BlockId(new_idx as u32));
    }
    let old_blocks = std::mem::take(&mut func.blocks.items);
    let old_values = std::mem::take(&mut func.values);
    let mut value_map: HashMap<ValueId, ValueId> = HashMap::new();
    let mut new_values = IndexVec::new();
    let mut slots: Vec<Option<crate::tir::Block>> = old_blocks.into_iter().map(Some).collect();
    let mut kept = Vec::with_capacity(reachable.len());
    // Number every result first: a value may be used in a later block that
    // its definition dominates, which creation order does not put after it.
    for old in &reachable {
        let Some(mut block) = slots[old.index()].take() else {
            continue;
        };
        for inst in &mut block.insts {
            for result in &mut inst.results {
                let fresh = new_values.push(old_values[*result]);
                value_map.insert(*result, fresh);
                *result = fresh;
            }
        }
        kept.push(block);
    }
    for mut block in kept {
        for inst in &mut block.insts {
            remap_op(&mut inst.op, &value_map);
        }
        remap_term(&mut block.term, &value_map, &block_map);
        // A handler that nothing in the block can reach was dropped.
        block.handler = block.handler.and_then(|h| block_map.get(&h).copied());
        func.blocks.push(block);
    }
    func.values = new_values;
}

fn successors(func: &Function, block: BlockId) -> Vec<BlockId> {
    let data = &func.blocks[block];
    let mut res = match &data.term {
        Terminator::Jump(target) => vec![*target],
        Terminator::Branch {
            then_block,
            else_block,
            ..
        } => vec![*then_block, *else_block],
        Terminator::Yield { resume, .. } => vec![*resume],
        _ => vec![],
    };
    // The handler is reachable when some instruction or terminator can raise.
    let can_raise = data.insts.iter().any(|inst| inst.op.can_raise())
        || matches!(
            data.term,
            Terminator::Raise { .. }
                | Terminator::Reraise
                | Terminator::AssertFail(_)
                | Terminator::Propagate
        );
    if let (Some(handler), true) = (data.handler, can_raise) {
        res.push(handler);
    }
    res
}

/// Reachable blocks in creation order (entry first).
fn reachable_blocks(func: &Function) -> Vec<BlockId> {
    let mut seen = vec![false; func.blocks.len()];
    let mut stack = vec![BlockId(0)];
    while let Some(block) = stack.pop() {
        if std::mem::replace(&mut seen[block.index()], true) {
            continue;
        }
        stack.extend(successors(func, block));
    }
    (0..func.blocks.len())
        .filter(|idx| seen[*idx])
        .map(|idx| BlockId(idx as u32))
        .collect()
}

fn remap_op(op: &mut Op, map: &HashMap<ValueId, ValueId>) {
    let fix = |v: &mut ValueId| *v = map[v];
    match op {
        Op::StoreLocal { value, .. } | Op::StoreGlobal { value, .. } => fix(value),
        Op::BinOp { lhs, rhs, .. }
        | Op::InplaceBinOp { lhs, rhs, .. }
        | Op::Compare { lhs, rhs, .. }
        | Op::CompareBool { lhs, rhs, .. }
        | Op::Is { lhs, rhs } => {
            fix(lhs);
            fix(rhs);
        }
        Op::Unary { operand, .. } => fix(operand),
        Op::Contains { container, item } => {
            fix(container);
            fix(item);
        }
        Op::Truthy(v)
        | Op::Not(v)
        | Op::BoxBool(v)
        | Op::Unpack(v)
        | Op::GetIter(v)
        | Op::IterNext(v)
        | Op::IsDone(v)
        | Op::Str(v)
        | Op::Repr(v)
        | Op::Ascii(v)
        | Op::HandlerEnter(v)
        | Op::HandlerExit(v)
        | Op::RestoreException(v) => fix(v),
        Op::GetItem { obj, key } | Op::DelItem { obj, key } => {
            fix(obj);
            fix(key);
        }
        Op::SetItem { obj, key, value } => {
            fix(obj);
            fix(key);
            fix(value);
        }
        Op::GetAttr { obj, .. } => fix(obj),
        Op::SetAttr { obj, value, .. } => {
            fix(obj);
            fix(value);
        }
        Op::DelAttr { obj, .. } => fix(obj),
        Op::BuildSlice { start, stop, step } => {
            fix(start);
            fix(stop);
            fix(step);
        }
        Op::BuildList(items)
        | Op::BuildTuple(items)
        | Op::BuildSet(items)
        | Op::ConcatStr(items) => items.iter_mut().for_each(fix),
        Op::BuildDict(pairs) => pairs.iter_mut().for_each(|(k, v)| {
            fix(k);
            fix(v);
        }),
        Op::ListAppend { list, item } => {
            fix(list);
            fix(item);
        }
        Op::Format { value, spec } => {
            fix(value);
            fix(spec);
        }
        Op::Call { callee, args, .. } => {
            fix(callee);
            args.iter_mut().for_each(fix);
        }
        Op::CallMethod { obj, args, .. } => {
            fix(obj);
            args.iter_mut().for_each(fix);
        }
        Op::CallDirect { args, .. } => args.iter_mut().for_each(fix),
        Op::MakeFunction { defaults, .. } => fix(defaults),
        Op::MakeGenerator { args, .. } => args.iter_mut().for_each(fix),
        Op::CloseIter(v) => fix(v),
        Op::ResumeValue => {}
        Op::LoadCell { cell, .. } | Op::DelCell { cell, .. } => fix(cell),
        Op::StoreCell { cell, value } => {
            fix(cell);
            fix(value);
        }
        Op::MakeClosure {
            defaults, closure, ..
        } => {
            fix(defaults);
            fix(closure);
        }
        Op::ListExtend {
            list: target,
            iterable: source,
            callee,
        }
        | Op::DictMerge {
            dict: target,
            mapping: source,
            callee,
        } => {
            fix(target);
            fix(source);
            callee.iter_mut().for_each(fix);
        }
        Op::SetAdd { set, item } => {
            fix(set);
            fix(item);
        }
        Op::CallEx {
            callee,
            args,
            kwargs,
        } => {
            fix(callee);
            fix(args);
            kwargs.iter_mut().for_each(fix);
        }
        Op::UnpackEx { value, .. } => fix(value),
        Op::ExceptionMatches { exc, kind } => {
            fix(exc);
            fix(kind);
        }
        Op::MatchClass { subject, cls, .. } => {
            fix(subject);
            fix(cls);
        }
        Op::SmallInt(_)
        | Op::Const(_)
        | Op::None
        | Op::True
        | Op::False
        | Op::Builtin(_)
        | Op::LoadLocal { .. }
        | Op::DelLocal(_)
        | Op::LoadGlobal(_)
        | Op::DelGlobal(_)
        | Op::ImportNative(_)
        | Op::ImportModule(_)
        | Op::MakeCell
        | Op::FetchException => {}
    }
}

fn remap_term(
    term: &mut Terminator,
    values: &HashMap<ValueId, ValueId>,
    blocks: &HashMap<BlockId, BlockId>,
) {
    match term {
        Terminator::Jump(target) => *target = blocks[target],
        Terminator::Branch {
            cond,
            then_block,
            else_block,
        } => {
            *cond = values[cond];
            *then_block = blocks[then_block];
            *else_block = blocks[else_block];
        }
        Terminator::Return(value) => *value = values[value],
        Terminator::Raise { exc, cause } => {
            *exc = values[exc];
            if let Some(cause) = cause {
                *cause = values[cause];
            }
        }
        Terminator::AssertFail(Some(message)) => *message = values[message],
        Terminator::Yield { value, resume, .. } => {
            *value = values[value];
            *resume = blocks[resume];
        }
        _ => {}
    }
}
