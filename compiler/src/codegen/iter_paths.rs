//! Inline steps of iterators other than the list iterator (whose step is
//! in `list_paths.rs`): a range iterator, as comprehensions and generator
//! expressions get them from their callers, and as any `for` over an
//! iterator whose kind inference does not know sees them; and a tuple
//! iterator (`for d in DIRECTIONS`), which also ends in line. The layouts
//! read here are `typhon_abi::range_iter_layout` and
//! `typhon_abi::tuple_layout`; an exhausted range iterator, or a value
//! past the inline-int range, takes the runtime's `ty_iter_next`. A step
//! of an iterator known to come from `iter(range(...))` (a `for` over a
//! range with a computed step, a comprehension's first iterator) tests the
//! range iterator's type first, without the list and tuple tests before it.
//!
//! `iter(x)` of an exact list or tuple allocates its iterator in line
//! (the runtime's `seq_iter`: the sequence and index 0); any other value,
//! a subclass included, calls `ty_iter`.

use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC};
use typhon_abi::list_layout::{ITER_INDEX, ITER_SEQ};
use typhon_abi::range_iter_layout::{NEXT, REMAINING, STEP};
use typhon_abi::tuple_layout::{ITEMS, LEN};

use std::collections::{HashMap, HashSet};

use super::function::{Translator, WORD};
use crate::tir::{self, FuncId, LocalId, Op, ValueId};

/// Bytes of a list or tuple iterator (the runtime's `SeqIterObject`: the
/// header, the sequence, the next index).
const SEQ_ITER_SIZE: usize = ITER_INDEX as usize + 8;

impl Translator<'_, '_, '_, '_> {
    /// Step `iter`, whose type word is `ty`, in line when it is a range
    /// iterator, passing the item to `done`; otherwise jump to `slow`.
    pub(super) fn range_iter_step(&mut self, iter: Value, ty: Value, done: Block, slow: Block) {
        let range_type = self.em.data_addr(self.em.env.imports.range_iter_type);
        let is_range = self.em.b.ins().icmp(IntCC::Equal, ty, range_type);
        let check = self.em.b.create_block();
        let fast = self.em.b.create_block();
        self.em.b.ins().brif(is_range, check, &[], slow, &[]);

        self.em.b.switch_to_block(check);
        let remaining = self.em.load_word(iter, REMAINING);
        let value = self.em.load_word(iter, NEXT);
        let shifted = self.em.b.ins().ishl_imm_s(value, 1);
        let back = self.em.b.ins().sshr_imm_s(shifted, 1);
        let fits = self.em.b.ins().icmp(IntCC::Equal, back, value);
        let any_left = self.em.b.create_block();
        self.em.b.ins().brif(fits, any_left, &[], slow, &[]);

        self.em.b.switch_to_block(any_left);
        self.em.b.ins().brif(remaining, fast, &[], slow, &[]);

        self.em.b.switch_to_block(fast);
        let step = self.em.load_word(iter, STEP);
        // The value after the last one may not fit; it is never used.
        let next = self.em.b.ins().iadd(value, step);
        let remaining = self.em.b.ins().iadd_imm_s(remaining, -1);
        let flags = MemFlagsData::trusted();
        self.em.b.ins().store(flags, next, iter, NEXT);
        self.em.b.ins().store(flags, remaining, iter, REMAINING);
        let word = self.em.b.ins().bor_imm_s(shifted, 1);
        self.em.b.ins().jump(done, &[BlockArg::Value(word)]);
    }

    /// The next item of `iter`, which [`known_iters`] found always holds
    /// an iterator of kind `known` (a range, dict or string iterator), or
    /// `ITER_DONE`: that kind's step first, anything else (an exhausted
    /// iterator, a value past the inline ints, a hole in a dict, a
    /// multi-byte character, another iterator after all) through
    /// `ty_iter_next`.
    pub(super) fn iter_next_known(&mut self, iter: Value, known: Known) -> Value {
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);
        let ty = self.em.load_word(iter, 0);
        match known {
            Known::Range => self.range_iter_step(iter, ty, done, slow),
            Known::Dict => self.dict_iter_step(iter, ty, done, slow),
            Known::Str => self.str_iter_step(iter, ty, done, slow),
            // Stepped by `IterNextUnpack` only.
            Known::Enumerate => {
                self.em.b.ins().jump(slow, &[]);
            }
        }
        self.em.b.switch_to_block(slow);
        self.cold_call_into("ty_iter_next", &[iter], done);
        self.em.b.switch_to_block(done);
        result
    }

    /// `iter(obj)`: a list or tuple iterator made in line for an exact
    /// list or tuple, else `ty_iter`.
    pub(super) fn get_iter(&mut self, obj: Value) -> Value {
        let make = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);
        let is_list = self.branch_on_exact_seq(obj, make, slow);

        self.em.b.switch_to_block(make);
        let list_iter = self.em.data_addr(self.em.env.imports.list_iter_type);
        let tuple_iter = self.em.data_addr(self.em.env.imports.tuple_iter_type);
        let iter_type = self.em.b.ins().select(is_list, list_iter, tuple_iter);
        let iter = self.inline_alloc(SEQ_ITER_SIZE, false, iter_type, slow);
        self.em.store_word(obj, iter, ITER_SEQ);
        let zero = self.em.word(0);
        self.em.store_word(zero, iter, ITER_INDEX);
        self.em.b.ins().jump(done, &[BlockArg::Value(iter)]);

        self.em.b.switch_to_block(slow);
        self.cold_call_into("ty_iter", &[obj], done);

        self.em.b.switch_to_block(done);
        result
    }

    /// Branch to `seq` when `obj` is an exact list or tuple, else to
    /// `slow`; the flag returned (valid in `seq`) says which.
    pub(super) fn branch_on_exact_seq(&mut self, obj: Value, seq: Block, slow: Block) -> Value {
        let check_type = self.em.b.create_block();
        let small = self.em.b.ins().band_imm_s(obj, 1);
        self.em.b.ins().brif(small, slow, &[], check_type, &[]);

        self.em.b.switch_to_block(check_type);
        let ty = self.em.load_word(obj, 0);
        let list_type = self.em.data_addr(self.em.env.imports.list_type);
        let tuple_type = self.em.data_addr(self.em.env.imports.tuple_type);
        let is_list = self.em.b.ins().icmp(IntCC::Equal, ty, list_type);
        let is_tuple = self.em.b.ins().icmp(IntCC::Equal, ty, tuple_type);
        let is_seq = self.em.b.ins().bor(is_list, is_tuple);
        self.em.b.ins().brif(is_seq, seq, &[], slow, &[]);
        is_list
    }

    /// Step `iter`, whose type word is `ty`, in line when it is a tuple
    /// iterator, passing the item (or `ITER_DONE`, letting go of the
    /// tuple, as the runtime's step) to `done`; otherwise jump to `slow`.
    pub(super) fn tuple_iter_step(&mut self, iter: Value, ty: Value, done: Block, slow: Block) {
        let tuple_type = self.em.data_addr(self.em.env.imports.tuple_iter_type);
        let is_tuple = self.em.b.ins().icmp(IntCC::Equal, ty, tuple_type);
        let cursor = self.em.b.create_block();
        let fast = self.em.b.create_block();
        self.em.b.ins().brif(is_tuple, cursor, &[], slow, &[]);

        self.em.b.switch_to_block(cursor);
        let (seq, index, len) = self.iter_cursor(iter, slow);
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        let exhausted = self.em.b.create_block();
        self.em.b.set_cold_block(exhausted);
        self.em.b.ins().brif(in_range, fast, &[], exhausted, &[]);

        self.em.b.switch_to_block(exhausted);
        let zero = self.em.word(0);
        self.em.store_word(zero, iter, ITER_SEQ);
        let end = self.em.word(typhon_abi::ITER_DONE as i64);
        self.em.b.ins().jump(done, &[BlockArg::Value(end)]);

        self.em.b.switch_to_block(fast);
        let offset = self.em.b.ins().ishl_imm_s(index, 3);
        let addr = self.em.b.ins().iadd(seq, offset);
        let item = self.em.load_word(addr, ITEMS);
        let next = self.em.b.ins().iadd_imm_s(index, 1);
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), next, iter, ITER_INDEX);
        self.em.b.ins().jump(done, &[BlockArg::Value(item)]);
    }

    /// The cursor of a sequence iterator (a list or tuple iterator) known
    /// by its type: when it still holds its sequence, continues in a new
    /// block with the sequence, the next index and the sequence's length
    /// now, for the caller to compare; a let-go sequence jumps to `slow`.
    pub(super) fn iter_cursor(&mut self, iter: Value, slow: Block) -> (Value, Value, Value) {
        let check_index = self.em.b.create_block();
        let seq = self.em.load_word(iter, ITER_SEQ);
        self.em.b.ins().brif(seq, check_index, &[], slow, &[]);

        // The sequence (a list may have shrunk or grown since the last
        // step) decides with its length now.
        self.em.b.switch_to_block(check_index);
        let index = self.em.load_word(iter, ITER_INDEX);
        let len = self.em.load_word(seq, LEN);
        (seq, index, len)
    }
}

/// The index of the builtin `name` in `typhon_abi::BUILTINS`.
fn builtin(name: &str) -> Option<u32> {
    typhon_abi::BUILTINS
        .iter()
        .position(|builtin| *builtin == name)
        .map(|index| index as u32)
}

/// Iterators whose steps are known, and how each is stepped:
/// `iter(range(...))` (`range` cannot be subclassed, so its iterator is
/// the runtime's range iterator, or for bounds past the inline-int range
/// another kind the step's type test sends to `ty_iter_next`) by
/// `IterNext`, `iter(enumerate(...))` (whose iterator is itself) by a
/// two-target `IterNextUnpack`, and dict iterators (`iter(d)` of a dict
/// inference proved exact, `ExactFn::DictIter`, or any
/// `iter(x.items())`, `iter(x.keys())`, `iter(x.values())`, a guess the
/// step's type test checks) by either, and string iterators (`iter(s)`
/// of a str inference proved exact, `ExactFn::StrIter`) by `IterNext`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(super) enum Known {
    Range,
    Enumerate,
    Dict,
    Str,
}

const KNOWN: [Known; 4] = [Known::Range, Known::Enumerate, Known::Dict, Known::Str];

impl Known {
    /// The iterator `inst` steps in the way this kind's fast path serves.
    fn stepped(self, inst: &tir::Inst) -> Option<ValueId> {
        match (self, &inst.op) {
            (Known::Range | Known::Dict | Known::Str, Op::IterNext(iter)) => Some(*iter),
            (Known::Enumerate | Known::Dict, Op::IterNextUnpack(iter))
                if inst.results.len() == 3 =>
            {
                Some(*iter)
            }
            _ => None,
        }
    }
}

/// The values of `func` made as an iterator of a [`Known`] kind, with the
/// kind.
fn made_iters(
    func: &tir::Function,
    pool: &tir::IndexVec<tir::ConstId, tir::Const>,
) -> HashMap<ValueId, Known> {
    let mut defs: HashMap<ValueId, &Op> = HashMap::new();
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            if let [result] = inst.results[..] {
                defs.insert(result, &inst.op);
            }
        }
    }
    let (range, enumerate) = (builtin("range"), builtin("enumerate"));
    let builtin_called = |v: &ValueId| match defs.get(v) {
        Some(Op::Call {
            callee,
            kwnames: None,
            ..
        }) => match defs.get(callee) {
            Some(Op::Builtin(index)) => Some(*index),
            _ => None,
        },
        _ => None,
    };
    let dict_view = |v: &ValueId| {
        matches!(defs.get(v), Some(Op::CallMethod { name, args, kwnames: None, .. })
            if args.is_empty()
                && matches!(&pool[*name], tir::Const::Str(name)
                    if matches!(name.as_str(), "items" | "keys" | "values")))
    };
    let kind = |op: &Op| match op {
        Op::GetIter(obj) => match builtin_called(obj) {
            Some(b) if Some(b) == range => Some(Known::Range),
            Some(b) if Some(b) == enumerate => Some(Known::Enumerate),
            _ => dict_view(obj).then_some(Known::Dict),
        },
        Op::Exact {
            func: tir::ExactFn::DictIter,
            ..
        } => Some(Known::Dict),
        Op::Exact {
            func: tir::ExactFn::StrIter,
            ..
        } => Some(Known::Str),
        _ => None,
    };
    defs.iter()
        .filter_map(|(v, op)| Some((*v, kind(op)?)))
        .collect()
}

/// Per function called only directly (no generic entry, not a generator),
/// the parameters every call passes an iterator of the same [`Known`]
/// kind: a comprehension's first iterator, which its caller makes.
pub(super) fn known_iter_params(program: &tir::Program) -> HashSet<(FuncId, LocalId, Known)> {
    // Per callee and parameter position: the kind every call so far passed
    // (`None` once two calls differ or one passed something else).
    let mut passed: HashMap<(FuncId, usize), Option<Known>> = HashMap::new();
    for (_, func) in program.functions.iter() {
        let made = made_iters(func, &program.consts);
        for (_, block) in func.blocks.iter() {
            for inst in &block.insts {
                let Op::CallDirect { func: callee, args } = &inst.op else {
                    continue;
                };
                for (position, arg) in args.iter().enumerate() {
                    let kind = made.get(arg).copied();
                    let all = passed.entry((*callee, position)).or_insert(kind);
                    if *all != kind {
                        *all = None;
                    }
                }
            }
        }
    }
    let mut params = HashSet::new();
    for ((callee, position), kind) in passed {
        let func = &program.functions[callee];
        if let Some(kind) = kind
            && func.generic.is_none()
            && !func.is_generator
            && func.resume.is_none()
            && let Some(local) = func.params.get(position)
        {
            params.insert((callee, *local, kind));
        }
    }
    params
}

/// The iterators `func`'s steps (see [`Known::stepped`]) always find to be
/// of a [`Known`] kind: made in the function, or kept in a local that
/// only ever receives such values (a `for` loop's hidden iterator, a
/// parameter listed in `params`). Their step tests that iterator's type
/// first instead of after the list (and tuple) iterator's; the test stays,
/// so a wrong guess would only be slower.
pub(super) fn known_iters(
    program: &tir::Program,
    func: &tir::Function,
    func_id: FuncId,
    params: &HashSet<(FuncId, LocalId, Known)>,
) -> HashMap<ValueId, Known> {
    let made = made_iters(func, &program.consts);
    let mut loads: HashMap<ValueId, LocalId> = HashMap::new();
    let mut stores: Vec<(LocalId, ValueId)> = Vec::new();
    let mut deleted: HashSet<LocalId> = HashSet::new();
    let mut steps: Vec<&tir::Inst> = Vec::new();
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            match &inst.op {
                Op::LoadLocal { local, .. } => {
                    if let [result] = inst.results[..] {
                        loads.insert(result, *local);
                    }
                }
                Op::StoreLocal { local, value } => stores.push((*local, *value)),
                Op::DelLocal(local) => {
                    deleted.insert(*local);
                }
                Op::IterNext(_) | Op::IterNextUnpack(_) => steps.push(inst),
                _ => {}
            }
        }
    }
    // Only locals stored here or listed parameters (a local a generator's
    // creation function fills is neither).
    let candidates: HashSet<LocalId> = stores
        .iter()
        .map(|(local, _)| *local)
        .chain(func.params.iter().copied())
        .collect();
    let mut found = HashMap::new();
    for known in KNOWN {
        // Locals that may hold something else: deleted ones and parameters
        // not listed.
        let mut other: HashSet<LocalId> = func
            .params
            .iter()
            .filter(|local| !params.contains(&(func_id, **local, known)))
            .chain(&deleted)
            .copied()
            .collect();
        let holds = |v: &ValueId, other: &HashSet<LocalId>| {
            made.get(v) == Some(&known)
                || loads
                    .get(v)
                    .is_some_and(|l| candidates.contains(l) && !other.contains(l))
        };
        // A local holds such an iterator while every store into it is one
        // made here or read from such a local (the comprehension's copy of
        // its iterator parameter); dropped until nothing changes.
        loop {
            let before = other.len();
            for (local, value) in &stores {
                if !holds(value, &other) {
                    other.insert(*local);
                }
            }
            if other.len() == before {
                break;
            }
        }
        for iter in steps.iter().filter_map(|inst| known.stepped(inst)) {
            if holds(&iter, &other) {
                found.insert(iter, known);
            }
        }
    }
    found
}
