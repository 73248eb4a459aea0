//! Dict displays. One whose keys are all distinct `str` constants
//! (`{"id": i, "name": n}`, the usual record) calls `ty_build_dict_const`
//! with a site cache of its own, where the runtime keeps the table its
//! first run laid out and copies it on later runs (`dict/display.rs` in
//! the runtime); any other display calls `ty_build_dict`. Repeated keys
//! keep the general path, which gives CPython's "first position, last
//! value".

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::Value;

use super::function::Translator;
use crate::tir::{self, Const, Op, ValueId};

impl Translator<'_, '_, '_, '_> {
    /// `{k1: v1, ...}`.
    pub(super) fn build_dict(&mut self, pairs: &[(ValueId, ValueId)]) -> Value {
        let constant = const_key_display(self.b_func, self.em.env.program, pairs);
        let keys: Vec<Value> = pairs.iter().map(|(k, _)| self.value(*k)).collect();
        let values: Vec<Value> = pairs.iter().map(|(_, v)| self.value(*v)).collect();
        let keys = self.em.stack_words(&keys);
        let values = self.em.stack_words(&values);
        let n = self.em.word(pairs.len() as i64);
        // A display counted as a site always finds its cache.
        match constant.then(|| self.site_cache().ok()).flatten() {
            Some(cache) => self.checked_call("ty_build_dict_const", &[keys, values, n, cache]),
            None => self.checked_call("ty_build_dict", &[keys, values, n]),
        }
    }
}

/// Whether `pairs` (a `BuildDict`'s) has at least one key and only keys
/// that are `str` constants, all different.
pub fn const_key_display(
    func: &tir::Function,
    program: &tir::Program,
    pairs: &[(ValueId, ValueId)],
) -> bool {
    if pairs.is_empty() {
        return false;
    }
    let wanted: HashSet<ValueId> = pairs.iter().map(|(k, _)| *k).collect();
    let mut texts: HashMap<ValueId, &str> = HashMap::new();
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            if let Op::Const(k) = inst.op
                && let Some(result) = inst.results.first()
                && wanted.contains(result)
                && let Const::Str(text) = &program.consts[k]
            {
                texts.insert(*result, text);
            }
        }
    }
    let mut seen = HashSet::new();
    pairs
        .iter()
        .all(|(k, _)| texts.get(k).is_some_and(|text| seen.insert(*text)))
}

/// The dict displays of `func` that take a site cache.
pub fn count_const_displays(func: &tir::Function, program: &tir::Program) -> usize {
    func.blocks
        .iter()
        .flat_map(|(_, block)| block.insts.iter())
        .filter(|inst| match &inst.op {
            Op::BuildDict(pairs) => const_key_display(func, program, pairs),
            _ => false,
        })
        .count()
}
