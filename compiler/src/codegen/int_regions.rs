//! A block whose tail starts with a run of arithmetic on exact ints gets
//! two copies of that tail: one after a guard that tests, at once, that
//! every int the run reads from outside it is inline, in which the run's
//! operations test no tag and leave for the other copy on overflow, and
//! the ordinary one, entered when the guard fails or an operation
//! overflowed.
//!
//! Each int fast path (`fast_paths.rs`) tests its operands' tags and, when
//! the result leaves the inline range, calls the runtime and rejoins; the
//! next operation then has to test that merged result again. In
//! spectral_norm's `1.0 / (s * (s + 1) // 2 + i + 1)` with `s = i + j`
//! that was a tag test per operation. Here the run is guarded once, and
//! every result in the guarded copy is inline by construction (an
//! overflow branches away), so `small_values` facts cover the whole run
//! and whatever in the rest of the tail uses its results.
//!
//! Leaving in the middle of the run and starting the ordinary copy from
//! the run's first instruction repeats the instructions before the
//! overflow, which is invisible: the run only computes (exact-int
//! arithmetic, comparisons, conversions to float, constants) and stores
//! nothing, so the locals (Cranelift variables) hold the same values at
//! every edge into the ordinary copy. Only the run may leave; the rest of
//! the tail, which may have effects, has the ordinary slow paths in both
//! copies. As in `field_guard.rs`, both copies run to the block's
//! terminator, and no value of the tail is used in another block, so
//! nothing has to be merged after them.

use std::collections::HashSet;

use cranelift_codegen::ir::InstBuilder;

use super::CodegenError;
use super::function::Translator;
use crate::tir::{self, BinOp, Op, Terminator, Type, ValueId};

/// A guarded copy must save at least this many tag tests over the guard:
/// the second copy of the tail costs too (its locals merge after it), and
/// with 2 fasta's generator step (`(seed * 3877 + 29573) % m`) and
/// sieve's `p = 2 * i + 3; p * p > limit` ran 2.5-3% more instructions.
const MIN_SAVED: usize = 4;
/// Tails longer than this are not copied.
const MAX_TAIL: usize = 48;

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
    block_id: tir::BlockId,
    block: &tir::Block,
    small: &HashSet<ValueId>,
) -> Option<Region> {
    if func.resume.is_some()
        || !matches!(block.term, Terminator::Jump(_) | Terminator::Branch { .. })
    {
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
        if insts.len() - start > MAX_TAIL {
            continue;
        }
        if let Some(region) = region(&insts[start..at], start, small)
            && super::field_guard::tail_stays(func, block_id, &insts[start..])
        {
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
    /// Translate `block` with the two copies of its tail that `region`
    /// plans.
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
        let guarded = self.em.b.create_block();
        let general = self.em.b.create_block();
        self.em.b.set_cold_block(general);
        let all = words[1..]
            .iter()
            .fold(words[0], |acc, w| self.em.b.ins().band(acc, *w));
        let tagged = self.em.b.ins().band_imm_s(all, 1);
        self.em.b.ins().brif(tagged, guarded, &[], general, &[]);

        let before = self.values.clone();
        // Neither copy dominates what follows (see `class_words`).
        let class_words = self.class_words.clone();
        // Both copies of an instruction share its site cache: the site
        // counts of `data.rs` count each instruction once.
        let sites = self.sites_used;
        self.em.b.switch_to_block(guarded);
        let added: Vec<ValueId> = known
            .into_iter()
            .filter(|v| self.small_ints.insert(*v))
            .collect();
        let fields = self.save_fields();
        self.int_bail = Some(general);
        let result = self.insts_and_term(&block.insts[start..end], block, false);
        self.int_bail = None;
        let result = result.and_then(|()| self.insts_and_term(&block.insts[end..], block, true));
        for v in &added {
            self.small_ints.remove(v);
        }
        self.restore_fields(fields);
        result?;

        self.values = before;
        self.class_words = class_words.clone();
        let guarded_sites = std::mem::replace(&mut self.sites_used, sites);
        self.em.b.switch_to_block(general);
        let first = self.em.blocks_made();
        let result = self.insts_and_term(&block.insts[start..], block, true);
        self.class_words = class_words;
        self.sites_used = self.sites_used.max(guarded_sites);
        self.em.cold_from(first);
        result
    }
}
