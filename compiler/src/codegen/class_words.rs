//! One type-word load for a chain of exact-class tests on one value.
//!
//! A method call on a receiver of several classes becomes a chain of
//! `ClassIs` tests (deltablue's `constraint.execute()` over four
//! constraint classes, the scheduler's task step); each test took the tag
//! test, the type-word load and a branch of its own. Here the first test
//! of a value in the block that defines it computes the value's type word
//! (for a small int, a word that is no value at all) and the later tests of the same
//! value, in that block or any other, compare against it.
//!
//! That word is usable wherever the value is: the value's uses are all
//! dominated by its definition, and only instructions that cannot leave
//! the block (reads and writes of locals, other class tests) may come
//! between the definition and that first test, so every path from the
//! definition passes the test. An object's type never changes (`__class__`
//! assignment is refused for the instances whose tests are chained).
//! The two copies of a guarded block tail (`field_guard.rs`) do not
//! dominate what follows them, so words found in them are forgotten.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC};

use super::function::{Translator, WORD};
use crate::tir::{self, Op, ValueId};

/// The type word of a small int: no class, not even an unbound global's
/// 0 (it is `ITER_DONE`, neither a small int nor a pointer).
const NO_TYPE: i64 = typhon_abi::ITER_DONE as i64;

/// The values whose first class test, in their defining block, is
/// reached by every path from the definition, and are tested more than
/// once; with their block.
pub(super) fn shared_class_tests(func: &tir::Function) -> HashMap<ValueId, usize> {
    let mut tests: HashMap<ValueId, usize> = HashMap::new();
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            if let Op::ClassIs { obj, .. } = &inst.op {
                *tests.entry(*obj).or_default() += 1;
            }
        }
    }
    let mut shared = HashMap::new();
    for (b, (_, block)) in func.blocks.iter().enumerate() {
        // Values defined in this block, not yet passed by a leaving instruction.
        let mut open: HashSet<ValueId> = HashSet::new();
        for inst in &block.insts {
            match &inst.op {
                Op::ClassIs { obj, .. } => {
                    if open.remove(obj) && tests.get(obj).copied().unwrap_or(0) > 1 {
                        shared.insert(*obj, b);
                    }
                }
                Op::LoadLocal { checked: false, .. } | Op::StoreLocal { .. } => {}
                _ => open.clear(),
            }
            open.extend(inst.results.iter().copied());
        }
    }
    shared
}

impl Translator<'_, '_, '_, '_> {
    /// `obj`'s class is exactly `class`: through the shared type word when
    /// `obj` has one.
    pub(super) fn class_test(&mut self, obj: ValueId, class: Value) -> Value {
        let value = self.value(obj);
        if let Some(word) = self.class_words.get(&obj) {
            let same = self.em.b.ins().icmp(IntCC::Equal, *word, class);
            return same;
        }
        if self.shared_class_tests.get(&obj) != Some(&self.block_index) {
            return self.class_is(value, class);
        }
        let pointer = self.em.b.create_block();
        let done = self.em.b.create_block();
        let word = self.em.b.append_block_param(done, WORD);
        let tag = self.em.b.ins().band_imm_s(value, 1);
        let no = self.em.word(NO_TYPE);
        self.em
            .b
            .ins()
            .brif(tag, done, &[BlockArg::Value(no)], pointer, &[]);
        self.em.b.switch_to_block(pointer);
        let ty = self
            .em
            .b
            .ins()
            .load(WORD, MemFlagsData::trusted(), value, 0);
        self.em.b.ins().jump(done, &[BlockArg::Value(ty)]);
        self.em.b.switch_to_block(done);
        self.class_words.insert(obj, word);
        self.em.b.ins().icmp(IntCC::Equal, word, class)
    }
}
