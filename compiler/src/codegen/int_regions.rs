//! A run of arithmetic on exact ints gets two copies: one after a guard
//! that tests, at once, that every int the run reads from outside it is
//! inline, in which the run's operations test no tag and leave for the
//! other copy on overflow, and the ordinary one, entered when the guard
//! fails or an operation overflowed. Both jump to a join block that takes
//! the run's values used after it as parameters.
//!
//! Each int fast path (`fast_paths.rs`) tests its operands' tags and, when
//! the result leaves the inline range, calls the runtime and rejoins; the
//! next operation then has to test that merged result again. In
//! spectral_norm's `1.0 / (s * (s + 1) // 2 + i + 1)` with `s = i + j`
//! that was a tag test per operation. Here the run is guarded once, and
//! every result in the guarded copy is inline by construction (an
//! overflow branches away), so `small_values` facts cover the whole run.
//!
//! Leaving in the middle of the run and starting the ordinary copy from
//! the run's first instruction repeats the instructions before the
//! overflow, which is invisible: the run only computes (exact-int
//! arithmetic, comparisons, conversions to float, constants) and stores
//! nothing, so the locals (Cranelift variables) hold the same values at
//! every edge into the ordinary copy, and nothing in it touches the field
//! cache or a site. A first version copied the whole rest of the block
//! instead of joining (so later uses of the run's ints stayed known
//! inline), but the locals stored in both copies of the tail then merged
//! at the successors, and a loop's float kept in a stack slot cost fasta
//! 2.5% more instructions than the tests saved.

use std::collections::HashSet;

use cranelift_codegen::ir::{BlockArg, InstBuilder, Value};

use super::CodegenError;
use super::function::Translator;
use crate::tir::{self, BinOp, Op, Type, ValueId};

/// A guarded copy must save at least this many tag tests over the guard
/// (one `and` per input and one test).
const MIN_SAVED: usize = 2;
/// Runs longer than this are not copied.
const MAX_RUN: usize = 48;

/// The run of a block to guard: its instructions `start..end`, the ints it
/// reads from outside (the guard tests them) and every int value known
/// inline in the guarded copy.
pub(super) struct Region {
    start: usize,
    end: usize,
    inputs: Vec<ValueId>,
    known: Vec<ValueId>,
}

/// Whether `inst` computes only, from exact ints: an int operation whose
/// slow path sees only big ints, a comparison or float conversion of
/// ints, or a small-int constant.
fn computes(func: &tir::Function, inst: &tir::Inst) -> bool {
    let int = |v: &ValueId| func.values[*v] == Type::Int;
    match &inst.op {
        Op::BinOp { op, lhs, rhs } | Op::InplaceBinOp { op, lhs, rhs } => {
            matches!(
                op,
                BinOp::Add
                    | BinOp::Sub
                    | BinOp::Mul
                    | BinOp::FloorDiv
                    | BinOp::Mod
                    | BinOp::BitAnd
                    | BinOp::BitOr
                    | BinOp::BitXor
                    | BinOp::RShift
                    | BinOp::LShift
            ) && int(lhs)
                && int(rhs)
                && inst.results.first().is_some_and(int)
        }
        Op::CompareBool { lhs, rhs, .. } => int(lhs) && int(rhs),
        Op::IntToFloat(v) => int(v),
        Op::SmallInt(_) => true,
        _ => false,
    }
}

/// The guard's plan for `block`, when a run of it saves enough tag tests.
pub(super) fn plan(
    func: &tir::Function,
    block: &tir::Block,
    small: &HashSet<ValueId>,
) -> Option<Region> {
    if func.resume.is_some() {
        return None;
    }
    let insts = &block.insts;
    let mut at = 0;
    while at < insts.len() {
        if !computes(func, &insts[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < insts.len() && computes(func, &insts[at]) {
            at += 1;
        }
        if at - start > MAX_RUN {
            continue;
        }
        if let Some(region) = region(&insts[start..at], start, small) {
            return Some(region);
        }
    }
    None
}

/// The region of the run `run` (starting at instruction `start`), when
/// guarding it saves enough tests.
fn region(run: &[tir::Inst], start: usize, small: &HashSet<ValueId>) -> Option<Region> {
    let defined: HashSet<ValueId> = run.iter().flat_map(|i| i.results.clone()).collect();
    let mut inputs = Vec::new();
    let mut known = Vec::new();
    let mut tests = 0;
    for inst in run {
        let operands = match &inst.op {
            Op::BinOp { lhs, rhs, .. } | Op::InplaceBinOp { lhs, rhs, .. } => {
                known.extend(inst.results.iter().copied());
                vec![*lhs, *rhs]
            }
            Op::CompareBool { lhs, rhs, .. } => vec![*lhs, *rhs],
            Op::IntToFloat(v) => vec![*v],
            _ => continue,
        };
        for v in operands {
            if small.contains(&v) {
                continue;
            }
            tests += 1;
            if !defined.contains(&v) && !inputs.contains(&v) {
                inputs.push(v);
            }
        }
    }
    if inputs.is_empty() || tests < inputs.len() + MIN_SAVED {
        return None;
    }
    known.extend(inputs.iter().copied());
    Some(Region {
        start,
        end: start + run.len(),
        inputs,
        known,
    })
}

impl Translator<'_, '_, '_, '_> {
    /// Translate `block` with the two copies of the run that `region`
    /// plans, joined after it.
    pub(super) fn int_region_body(
        &mut self,
        block: &tir::Block,
        region: Region,
    ) -> Result<(), CodegenError> {
        let Region {
            start,
            end,
            inputs,
            known,
        } = region;
        self.insts_and_term(&block.insts[..start], block, false)?;
        let words: Option<Vec<_>> = inputs.iter().map(|v| self.values[v.index()]).collect();
        let Some(words) = words else {
            return self.insts_and_term(&block.insts[start..], block, true);
        };
        let run = &block.insts[start..end];
        let outputs = self.run_outputs(run);
        let guarded = self.em.b.create_block();
        let general = self.em.b.create_block();
        let join = self.em.b.create_block();
        self.em.b.set_cold_block(general);
        let all = words[1..]
            .iter()
            .fold(words[0], |acc, w| self.em.b.ins().band(acc, *w));
        let tagged = self.em.b.ins().band_imm_s(all, 1);
        self.em.b.ins().brif(tagged, guarded, &[], general, &[]);

        // Neither copy's values dominate the join (see `class_words`).
        let class_words = self.class_words.clone();
        self.em.b.switch_to_block(guarded);
        let added: Vec<ValueId> = known
            .into_iter()
            .filter(|v| self.small_ints.insert(*v))
            .collect();
        self.int_bail = Some(general);
        let result = self.insts_and_term(run, block, false);
        self.int_bail = None;
        for v in &added {
            self.small_ints.remove(v);
        }
        result?;
        let args = self.join_args(&outputs)?;
        for value in &args {
            let ty = self.em.b.func.dfg.value_type(*value);
            self.em.b.append_block_param(join, ty);
        }
        let block_args: Vec<BlockArg> = args.iter().map(|v| BlockArg::Value(*v)).collect();
        self.em.b.ins().jump(join, &block_args);

        self.class_words = class_words.clone();
        self.em.b.switch_to_block(general);
        let first = self.em.blocks_made();
        self.insts_and_term(run, block, false)?;
        let block_args: Vec<BlockArg> = self
            .join_args(&outputs)?
            .into_iter()
            .map(BlockArg::Value)
            .collect();
        self.em.b.ins().jump(join, &block_args);
        self.em.cold_from(first);

        self.class_words = class_words;
        self.em.b.switch_to_block(join);
        let params = self.em.b.block_params(join).to_vec();
        for (output, param) in outputs.iter().zip(params) {
            self.values[output.index()] = Some(param);
        }
        self.insts_and_term(&block.insts[end..], block, true)
    }

    /// The values `run` defines that something after it uses.
    fn run_outputs(&self, run: &[tir::Inst]) -> Vec<ValueId> {
        let mut inside = std::collections::HashMap::new();
        for inst in run {
            inst.op
                .for_each_operand(|v| *inside.entry(*v).or_insert(0) += 1);
        }
        run.iter()
            .flat_map(|inst| inst.results.iter().copied())
            .filter(|v| self.use_counts[v.index()] > inside.get(v).copied().unwrap_or(0))
            .collect()
    }

    /// The Cranelift values of `outputs` in the copy just translated.
    fn join_args(&self, outputs: &[ValueId]) -> Result<Vec<Value>, CodegenError> {
        outputs
            .iter()
            .map(|v| self.values[v.index()])
            .collect::<Option<Vec<_>>>()
            .ok_or_else(|| CodegenError("a guarded int run left a value untranslated".into()))
    }
}
