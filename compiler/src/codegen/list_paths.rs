//! Inline fast paths for lists: a display of at most 16 items allocated in
//! line, `l[i]` and `l[i] = v` on an exact list with an inline small-int
//! index, `l.append(x)` into object storage with room, the truth of a list
//! inference proved exact, and one step of a list iterator, with
//! the runtime's generic entry points as the fallback; and slices
//! `obj[a:b:c]` that call `ty_getslice` / `ty_setslice` with the bounds
//! instead of building a slice object first; prefix reversals
//! (`p[:k + 1] = p[k::-1]`) and `x[:]` copies of short lists in line.
//!
//! The layout read here is `typhon_abi::list_layout`: the type pointer
//! must be exactly `TY_LIST_TYPE` (a subclass may override `__getitem__`),
//! the length is a `u64`, the items sit in a buffer whose words start at a
//! fixed offset. Every failure (wrong type, non-int key, index out of
//! range) takes the runtime call, which also raises the right error; an
//! exhausted list iterator ends in line.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC};
use typhon_abi::list_layout::{
    BUFFER, BUFFER_CAP, BUFFER_ITEMS, ITER_INDEX, ITER_SEQ, KIND, KIND_OBJECTS, LEN,
};

use typhon_abi::thread_offsets;

use super::emitter::Singleton;
use super::function::{Translator, WORD};
use crate::tir::{self, BinOp, Op, Type, ValueId};

/// Bytes of a list's header and storage fields (`ListObject`).
const LIST_FIELDS: usize = KIND as usize + 8;
/// Most items a display keeps in the list's own allocation (the runtime's
/// `list::MAX_EMBEDDED`).
const MAX_EMBEDDED: usize = 16;

/// The `BuildSlice` results whose only use is as the key of a `GetItem` or
/// `SetItem` later in the same block, with the slice's parts: no slice
/// object is built for them.
pub(super) fn slice_keys(func: &tir::Function) -> HashMap<ValueId, [ValueId; 3]> {
    let uses = func.use_counts();
    let mut keys = HashMap::new();
    for (_, block) in func.blocks.iter() {
        let mut slices: HashMap<ValueId, [ValueId; 3]> = HashMap::new();
        for inst in &block.insts {
            match &inst.op {
                Op::BuildSlice { start, stop, step } => {
                    if let [result] = inst.results[..] {
                        slices.insert(result, [*start, *stop, *step]);
                    }
                }
                Op::GetItem { obj, key } | Op::SetItem { obj, key, .. } => {
                    if let Some(parts) = slices.get(key)
                        && uses[key.index()] == 1
                        && obj != key
                    {
                        keys.insert(*key, *parts);
                    }
                }
                _ => {}
            }
        }
    }
    keys
}

/// The empty list displays stored as an attribute's value (`self.children
/// = []`): a container an object keeps is made to be filled, so it gets
/// room for two items in line (a 64-byte slot, not 48), and its first
/// appends store in line instead of calling the runtime to allocate a
/// buffer. Other empty displays stay small: a loop's scratch list that
/// mostly stays empty (othello's `line = []`) would pay for the room.
pub(super) fn member_lists(func: &tir::Function) -> HashSet<ValueId> {
    let mut empty = HashSet::new();
    let mut stored = HashSet::new();
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            match &inst.op {
                Op::BuildList(items) if items.is_empty() => empty.extend(inst.results.iter()),
                Op::StoreField { value, .. } | Op::SetAttr { value, .. } => {
                    stored.insert(*value);
                }
                _ => {}
            }
        }
    }
    empty.intersection(&stored).copied().collect()
}

/// The slice keys (see [`slice_keys`]) whose three parts are `None`
/// constants: `obj[:]`, a copy (see `Translator::list_copy`).
pub(super) fn whole_slices(
    func: &tir::Function,
    keys: &HashMap<ValueId, [ValueId; 3]>,
) -> HashSet<ValueId> {
    let mut nones = HashSet::new();
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            if let (Op::None, [result]) = (&inst.op, &inst.results[..]) {
                nones.insert(*result);
            }
        }
    }
    keys.iter()
        .filter(|(_, parts)| parts.iter().all(|p| nones.contains(p)))
        .map(|(key, _)| *key)
        .collect()
}

/// Slice reads fused into the slice assignment they feed
/// (`p[:k] = p[k::-1]`): maps the `GetItem` result to its list and slice
/// parts, for a `GetItem` with a subscript slice (see [`slice_keys`]) whose
/// only use is as the value of a `SetItem` with a subscript slice later in
/// the same block and line, when nothing between the two can run code, raise or
/// touch a list (unchecked local loads, constants, slices and `+ - *` of
/// exact ints): doing the read at the assignment then observes the same
/// lists and raises the same exceptions, and the list it would make is
/// seen by nothing else.
pub(super) fn slice_copies(
    func: &tir::Function,
    keys: &HashMap<ValueId, [ValueId; 3]>,
) -> HashMap<ValueId, (ValueId, [ValueId; 3])> {
    let uses = func.use_counts();
    let int = |v: &ValueId| func.values[*v] == Type::Int;
    let mut copies = HashMap::new();
    for (_, block) in func.blocks.iter() {
        let mut pending: Option<(ValueId, u32, (ValueId, [ValueId; 3]))> = None;
        for inst in &block.insts {
            match &inst.op {
                Op::GetItem { obj, key } if keys.contains_key(key) => {
                    pending = match inst.results[..] {
                        [result] if uses[result.index()] == 1 => {
                            Some((result, inst.line, (*obj, keys[key])))
                        }
                        _ => None,
                    };
                }
                Op::SetItem { key, value, .. } if keys.contains_key(key) => {
                    // The same line, so a failure of the read has the
                    // traceback it would have had.
                    if let Some((result, line, source)) = pending.take()
                        && result == *value
                        && line == inst.line
                    {
                        copies.insert(result, source);
                    }
                }
                Op::LoadLocal { checked: false, .. }
                | Op::SmallInt(_)
                | Op::Const(_)
                | Op::None
                | Op::True
                | Op::False
                | Op::BuildSlice { .. } => {}
                Op::BinOp {
                    op: BinOp::Add | BinOp::Sub | BinOp::Mul,
                    lhs,
                    rhs,
                } if int(lhs) && int(rhs) => {}
                _ => pending = None,
            }
        }
    }
    copies
}

/// What is known of an item access's operands before it, so that
/// [`Translator::list_item_addr`] leaves their tests out.
#[derive(Clone, Copy, Default)]
pub(super) struct Proven {
    /// The object is an exact list (inference proved it:
    /// `Op::ListGetItem`, `Op::ListSetItem`).
    pub list: bool,
    /// The key is an inline small int (`small_values`).
    pub small_key: bool,
}

impl Translator<'_, '_, '_, '_> {
    /// What is known of the object and key of an item access (`list`:
    /// inference proved the object an exact list).
    pub(super) fn proven(&self, list: bool, key: ValueId) -> Proven {
        Proven {
            list,
            small_key: self.small_ints.contains(&key),
        }
    }

    /// Branch to the returned block when `obj` is an exact list in storage
    /// `kind` and `key` an inline small int within its bounds; to `other`
    /// (if given) when only the storage kind differs; else to `slow`. The
    /// blocks receive the address of the item's slot. What `proven` says
    /// is not tested.
    pub(super) fn list_item_addr(
        &mut self,
        [obj, key]: [Value; 2],
        proven: Proven,
        slow: Block,
        kind: i64,
        other: Option<Block>,
    ) -> (Block, Value) {
        let check_type = (!proven.list).then(|| self.em.b.create_block());
        let check_index = self.em.b.create_block();
        let fast = self.em.b.create_block();
        let addr = self.em.b.append_block_param(fast, WORD);

        // The key is tagged (low bit 1) and the object is not (a pointer).
        let next = check_type.unwrap_or(check_index);
        match (proven.list, proven.small_key) {
            (false, false) => {
                let key_not_obj = self.em.b.ins().band_not(key, obj);
                let tags = self.em.b.ins().band_imm_s(key_not_obj, 1);
                self.em.b.ins().brif(tags, next, &[], slow, &[]);
            }
            (true, false) => {
                let tag = self.em.b.ins().band_imm_s(key, 1);
                self.em.b.ins().brif(tag, next, &[], slow, &[]);
            }
            (false, true) => {
                let tag = self.em.b.ins().band_imm_s(obj, 1);
                self.em.b.ins().brif(tag, slow, &[], next, &[]);
            }
            (true, true) => {
                self.em.b.ins().jump(next, &[]);
            }
        }

        if let Some(check_type) = check_type {
            self.em.b.switch_to_block(check_type);
            let ty = self.em.load_word(obj, 0);
            let list_type = self.em.data_addr(self.em.env.imports.list_type);
            let is_list = self.em.b.ins().icmp(IntCC::Equal, ty, list_type);
            self.em.b.ins().brif(is_list, check_index, &[], slow, &[]);
        }

        // An index from 0 up is the common case: test it as given, and
        // only when that fails (a negative index, a different storage
        // kind, out of range) count a negative one from the end, on a
        // cold path. One still negative is huge as unsigned and fails the
        // bounds check there.
        // Two branches rather than one on the two tests' `and`: the
        // flags feed the jumps directly.
        self.em.b.switch_to_block(check_index);
        let check_kind = self.em.b.create_block();
        let retry = self.em.b.create_block();
        self.em.b.set_cold_block(retry);
        let len = self.em.load_word(obj, LEN);
        let actual = self.em.load_word(obj, KIND);
        let buffer = self.em.load_word(obj, BUFFER);
        let index = self.em.b.ins().sshr_imm_s(key, 1);
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        self.em.b.ins().brif(in_range, check_kind, &[], retry, &[]);

        self.em.b.switch_to_block(check_kind);
        let same = self.em.b.ins().icmp_imm_s(IntCC::Equal, actual, kind);
        let item = self.item_address(buffer, index);
        self.em
            .b
            .ins()
            .brif(same, fast, &[BlockArg::Value(item)], retry, &[]);

        self.em.b.switch_to_block(retry);
        let from_end = self.em.b.ins().iadd(index, len);
        let negative = self.em.b.ins().icmp_imm_s(IntCC::SignedLessThan, index, 0);
        let index = self.em.b.ins().select(negative, from_end, index);
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        let same = self.em.b.ins().icmp_imm_s(IntCC::Equal, actual, kind);
        let ok = self.em.b.ins().band(in_range, same);
        let item = self.item_address(buffer, index);
        let Some(other) = other else {
            self.em
                .b
                .ins()
                .brif(ok, fast, &[BlockArg::Value(item)], slow, &[]);
            return (fast, addr);
        };
        let mismatch = self.em.b.create_block();
        self.em.b.set_cold_block(mismatch);
        self.em
            .b
            .ins()
            .brif(ok, fast, &[BlockArg::Value(item)], mismatch, &[]);
        self.em.b.switch_to_block(mismatch);
        self.em
            .b
            .ins()
            .brif(in_range, other, &[BlockArg::Value(item)], slow, &[]);
        (fast, addr)
    }

    /// The address of word `index` of a list's item buffer (before the
    /// items' offset in it).
    fn item_address(&mut self, buffer: Value, index: Value) -> Value {
        let offset = self.em.b.ins().ishl_imm_s(index, 3);
        self.em.b.ins().iadd(buffer, offset)
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: Value, key: Value, value: Value, proven: Proven) {
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        self.em.b.set_cold_block(slow);
        // Only object storage takes a word (a float list's are doubles).
        let (fast, addr) = self.list_item_addr([obj, key], proven, slow, KIND_OBJECTS, None);

        self.em.b.switch_to_block(fast);
        self.em.store_word(value, addr, BUFFER_ITEMS);
        self.em.b.ins().jump(done, &[]);

        // For a proven list only a float list or a bad index gets here.
        self.em.b.switch_to_block(slow);
        let args = [obj, key, value];
        let status = self.em.call_entry_word(proven.list, "ty_setitem", &args);
        self.check_status(status);
        let slow_ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(slow_ok);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(done);
    }

    /// The next item of `iter`, or `ITER_DONE`: a list iterator with items
    /// left steps inline, anything else calls `ty_iter_next`.
    pub fn iter_next(&mut self, iter: Value) -> Value {
        let fast = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);

        let ty = self.em.load_word(iter, 0);
        let iter_type = self.em.data_addr(self.em.env.imports.list_iter_type);
        let is_list_iter = self.em.b.ins().icmp(IntCC::Equal, ty, iter_type);
        let other = self.em.b.create_block();
        let cursor = self.em.b.create_block();
        self.em.b.ins().brif(is_list_iter, cursor, &[], other, &[]);
        self.em.b.switch_to_block(other);
        let not_tuple = self.em.b.create_block();
        self.tuple_iter_step(iter, ty, done, not_tuple);
        self.em.b.switch_to_block(not_tuple);
        self.range_iter_step(iter, ty, done, slow);

        // The end (which drops the list) is in line below.
        self.em.b.switch_to_block(cursor);
        let (seq, index, len) = self.iter_cursor(iter, slow);
        let in_range = self.em.b.ins().icmp(IntCC::UnsignedLessThan, index, len);
        let check_kind = self.em.b.create_block();
        let exhausted = self.em.b.create_block();
        self.em.b.set_cold_block(exhausted);
        self.em
            .b
            .ins()
            .brif(in_range, check_kind, &[], exhausted, &[]);

        // A float list's item is boxed out of line.
        self.em.b.switch_to_block(check_kind);
        let kind = self.em.load_word(seq, KIND);
        let objects = self.em.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_OBJECTS);
        let buffer = self.em.load_word(seq, BUFFER);
        let addr = self.item_address(buffer, index);
        let floats = self.em.b.create_block();
        self.em.b.set_cold_block(floats);
        self.em.b.ins().brif(objects, fast, &[], floats, &[]);

        // The end in line, as the runtime's step: the iterator lets go of
        // its list.
        self.em.b.switch_to_block(exhausted);
        let zero = self.em.word(0);
        self.em.store_word(zero, iter, ITER_SEQ);
        let end = self.em.word(typhon_abi::ITER_DONE as i64);
        self.em.b.ins().jump(done, &[BlockArg::Value(end)]);
        let step = self.em.b.create_block();
        let item = self.em.b.append_block_param(step, WORD);

        self.em.b.switch_to_block(floats);
        let boxed = self.box_float_at(addr);
        self.em.b.ins().jump(step, &[BlockArg::Value(boxed)]);

        self.em.b.switch_to_block(fast);
        let word = self.em.load_word(addr, BUFFER_ITEMS);
        self.em.b.ins().jump(step, &[BlockArg::Value(word)]);

        self.em.b.switch_to_block(step);
        let next = self.em.b.ins().iadd_imm_s(index, 1);
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), next, iter, ITER_INDEX);
        self.em.b.ins().jump(done, &[BlockArg::Value(item)]);

        self.em.b.switch_to_block(slow);
        self.cold_call_into("ty_iter_next", &[iter], done);

        self.em.b.switch_to_block(done);
        result
    }

    /// `list.append(item)` of an `Op::ListAppend`, whose list is always an
    /// exact list (no type test): stored in line when it is in object
    /// storage with room in its buffer, else through `ty_list_append`
    /// (which grows the buffer or converts float storage).
    pub fn list_append(&mut self, list: Value, item: Value) {
        let check_buffer = self.em.b.create_block();
        let check_room = self.em.b.create_block();
        let store = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        self.em.b.set_cold_block(slow);

        let kind = self.em.load_word(list, KIND);
        let buffer = self.em.load_word(list, BUFFER);
        let objects = self.em.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_OBJECTS);
        self.em.b.ins().brif(objects, check_buffer, &[], slow, &[]);

        self.em.b.switch_to_block(check_buffer);
        self.em.b.ins().brif(buffer, check_room, &[], slow, &[]);

        self.em.b.switch_to_block(check_room);
        let len = self.em.load_word(list, LEN);
        let cap = self.em.load_word(buffer, BUFFER_CAP);
        let room = self.em.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        self.em.b.ins().brif(room, store, &[], slow, &[]);

        self.em.b.switch_to_block(store);
        let offset = self.em.b.ins().ishl_imm_s(len, 3);
        let addr = self.em.b.ins().iadd(buffer, offset);
        self.em.store_word(item, addr, BUFFER_ITEMS);
        let longer = self.em.b.ins().iadd_imm_s(len, 1);
        self.em.store_word(longer, list, LEN);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(slow);
        let status = self.em.call_entry_value("ty_list_append", &[list, item]);
        self.check_status(status);
        let slow_ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(slow_ok);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(done);
    }

    /// The truth of `list`, an exact list (inference proved it): whether
    /// its length is nonzero, as a native truth value.
    pub fn list_truthy(&mut self, list: Value) -> Value {
        let len = self.em.load_word(list, LEN);
        self.em.b.ins().icmp_imm_s(IntCC::NotEqual, len, 0)
    }

    /// `[a, b, ...]`: allocated in line (the collector's fast path) with
    /// the items embedded after the list's fields, as the runtime's
    /// `ty_build_list` lays out a small display; `ty_build_list` when the
    /// allocation needs the runtime, or when the first item is a float
    /// (a display of floats takes float storage there).
    pub(super) fn build_list(&mut self, items: &[ValueId], room_for_two: bool) -> Value {
        let types: Vec<Type> = items.iter().map(|v| self.b_func.values[*v]).collect();
        let values = self.values_of(items);
        if values.len() > MAX_EMBEDDED || types.contains(&Type::F64) {
            let ptr = self.em.stack_words(&values);
            let n = self.em.word(values.len() as i64);
            return self.checked_call("ty_build_list", &[ptr, n]);
        }
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        let slow = self.em.b.create_block();
        self.em.b.set_cold_block(slow);

        // Only a display of floats (all of them) takes float storage: an
        // int or any non-float first item rules it out, and so does a
        // first item that is never a float (`non_floats.rs`).
        let first_never_float = items.first().is_some_and(|v| self.non_floats.contains(v));
        if let (Some(&first), Some(Type::Obj), false) =
            (values.first(), types.first(), first_never_float)
        {
            let not_float = self.em.b.create_block();
            let float_type = self.em.env.imports.float_type;
            self.em.branch_on_type(first, float_type, slow, not_float);
            self.em.b.switch_to_block(not_float);
        }

        let n = values.len();
        // The fields, the capacity, then the words (slack included). An
        // empty display stored as an attribute gets room too (see
        // [`member_lists`]).
        let room = if room_for_two { n.max(1) } else { n };
        let class = typhon_abi::gc_alloc::class_of(LIST_FIELDS + 8 + 8 * room)
            .expect("a small list display");
        let size = typhon_abi::gc_alloc::CLASS_SIZES[class];
        let cap = (size - LIST_FIELDS - 8) / 8;
        let list_type = self.em.data_addr(self.em.env.imports.list_type);
        let list = self.inline_alloc(size, false, list_type, slow);
        let len = self.em.word(n as i64);
        self.em.store_word(len, list, LEN);
        let objects = self.em.word(KIND_OBJECTS);
        self.em.store_word(objects, list, KIND);
        let zero = self.em.word(0);
        // An embedded buffer's capacity sits where a buffer's would,
        // `BUFFER_CAP` past the pointer; the words past the length are 0.
        let buffer = self
            .em
            .b
            .ins()
            .iadd_imm_s(list, LIST_FIELDS as i64 - BUFFER_CAP as i64);
        self.em.store_word(buffer, list, BUFFER);
        let cap_word = self.em.word(cap as i64);
        self.em.store_word(cap_word, list, LIST_FIELDS as i32);
        for slot in 0..cap {
            let word = values.get(slot).copied().unwrap_or(zero);
            self.em
                .store_word(word, list, (LIST_FIELDS + 8 + 8 * slot) as i32);
        }
        self.em.b.ins().jump(done, &[BlockArg::Value(list)]);

        self.em.b.switch_to_block(slow);
        let ptr = self.em.stack_words(&values);
        let count = self.em.word(n as i64);
        let built = self.checked_call("ty_build_list", &[ptr, count]);
        self.em.b.ins().jump(done, &[BlockArg::Value(built)]);

        self.em.b.switch_to_block(done);
        result
    }
    /// `dst[start:stop:step] = src[src_start:src_stop:src_step]`, fused
    /// (see [`slice_copies`]). A prefix of an exact list in object storage
    /// replaced by itself reversed, `p[:k + 1] = p[k::-1]` with `0 <= k <
    /// len(p)`, is reversed in line: both sides then name the same items,
    /// nothing can fail and no code runs. Anything else (other bounds,
    /// another list, float storage, a subclass) calls `ty_setslice_slice`.
    pub(super) fn setslice_slice(
        &mut self,
        dst: Value,
        target: [Value; 3],
        src: Value,
        source: [Value; 3],
    ) {
        let [start, stop, step] = target;
        let [src_start, src_stop, src_step] = source;
        let check_list = self.em.b.create_block();
        let head = self.em.b.create_block();
        let lo = self.em.b.append_block_param(head, WORD);
        let hi = self.em.b.append_block_param(head, WORD);
        let swap = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        self.em.b.set_cold_block(slow);

        // The shape, on the words: the target starts at `None` or 0 with
        // step `None` or 1, the source stops at `None` with step -1
        // (tagged small ints are `2 * v + 1`), both bounds that remain are
        // small ints, the lists are one object and it is a pointer.
        let none = self.em.singleton(Singleton::None);
        let is = |t: &mut Self, v: Value, w: Value| t.em.b.ins().icmp(IntCC::Equal, v, w);
        let start_none = is(self, start, none);
        let start_zero = self.em.b.ins().icmp_imm_s(IntCC::Equal, start, 1);
        let mut ok = self.em.b.ins().bor(start_none, start_zero);
        let step_none = is(self, step, none);
        let step_one = self.em.b.ins().icmp_imm_s(IntCC::Equal, step, 3);
        let step_ok = self.em.b.ins().bor(step_none, step_one);
        ok = self.em.b.ins().band(ok, step_ok);
        let stop_none = is(self, src_stop, none);
        ok = self.em.b.ins().band(ok, stop_none);
        let backwards = self.em.b.ins().icmp_imm_s(IntCC::Equal, src_step, -1);
        ok = self.em.b.ins().band(ok, backwards);
        let same = is(self, dst, src);
        ok = self.em.b.ins().band(ok, same);
        let both = self.em.b.ins().band(src_start, stop);
        let not_dst = self.em.b.ins().band_not(both, dst);
        let tags = self.em.b.ins().band_imm_s(not_dst, 1);
        let tags = self.em.b.ins().icmp_imm_s(IntCC::NotEqual, tags, 0);
        ok = self.em.b.ins().band(ok, tags);
        self.em.b.ins().brif(ok, check_list, &[], slow, &[]);

        // An exact list in object storage, `k` within it and the target
        // ending at `k + 1`: swap the ends of `items[0..=k]` inwards.
        self.em.b.switch_to_block(check_list);
        let ty = self.em.load_word(dst, 0);
        let list_type = self.em.data_addr(self.em.env.imports.list_type);
        let mut ok = self.em.b.ins().icmp(IntCC::Equal, ty, list_type);
        let kind = self.em.load_word(dst, KIND);
        let objects = self.em.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_OBJECTS);
        ok = self.em.b.ins().band(ok, objects);
        let k = self.em.b.ins().sshr_imm_s(src_start, 1);
        let len = self.em.load_word(dst, LEN);
        let inside = self.em.b.ins().icmp(IntCC::UnsignedLessThan, k, len);
        ok = self.em.b.ins().band(ok, inside);
        // `stop` is `2 * (k + 1) + 1`, that is `src_start + 2`.
        let end = self.em.b.ins().iadd_imm_s(src_start, 2);
        let matches = self.em.b.ins().icmp(IntCC::Equal, stop, end);
        ok = self.em.b.ins().band(ok, matches);
        let buffer = self.em.load_word(dst, BUFFER);
        let first = self.em.b.ins().iadd_imm_s(buffer, i64::from(BUFFER_ITEMS));
        let offset = self.em.b.ins().ishl_imm_s(k, 3);
        let last = self.em.b.ins().iadd(first, offset);
        self.em.b.ins().brif(
            ok,
            head,
            &[BlockArg::Value(first), BlockArg::Value(last)],
            slow,
            &[],
        );

        self.em.b.switch_to_block(head);
        let more = self.em.b.ins().icmp(IntCC::UnsignedLessThan, lo, hi);
        self.em.b.ins().brif(more, swap, &[], done, &[]);
        self.em.b.switch_to_block(swap);
        let a = self.em.load_word(lo, 0);
        let b = self.em.load_word(hi, 0);
        self.em.store_word(b, lo, 0);
        self.em.store_word(a, hi, 0);
        let lo = self.em.b.ins().iadd_imm_s(lo, 8);
        let hi = self.em.b.ins().iadd_imm_s(hi, -8);
        self.em
            .b
            .ins()
            .jump(head, &[BlockArg::Value(lo), BlockArg::Value(hi)]);

        self.em.b.switch_to_block(slow);
        let args = [dst, start, stop, step, src, src_start, src_stop, src_step];
        let status = self.em.call_entry_value("ty_setslice_slice", &args);
        self.check_status(status);
        let slow_ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(slow_ok);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(done);
    }
    /// `obj[:]` (`none` is the `None` word of its bounds): an exact list
    /// in object storage with 1 to 16 items is copied in line into a new
    /// list with its items embedded, allocated on the collector's fast
    /// path with the slot size the runtime's `with_capacity_kind` picks
    /// (the fields, the capacity and the words, rounded up to a 16-byte
    /// class); anything else, or no slot at hand, calls `ty_getslice`.
    pub(super) fn list_copy(&mut self, obj: Value, none: Value) -> Value {
        let check_len = self.em.b.create_block();
        let has_budget = self.em.b.create_block();
        let has_slot = self.em.b.create_block();
        let head = self.em.b.create_block();
        let at = self.em.b.append_block_param(head, WORD);
        let step = self.em.b.create_block();
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);
        let flags = MemFlagsData::trusted();

        let tag = self.em.b.ins().band_imm_s(obj, 1);
        self.em.b.ins().brif(tag, slow, &[], check_len, &[]);
        self.em.b.switch_to_block(check_len);
        let ty = self.em.load_word(obj, 0);
        let list_type = self.em.data_addr(self.em.env.imports.list_type);
        let mut ok = self.em.b.ins().icmp(IntCC::Equal, ty, list_type);
        let kind = self.em.load_word(obj, KIND);
        let objects = self.em.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_OBJECTS);
        ok = self.em.b.ins().band(ok, objects);
        let len = self.em.load_word(obj, LEN);
        // 1 to 16 items: `len - 1` below 16 as unsigned.
        let less = self.em.b.ins().iadd_imm_s(len, -1);
        let small = self
            .em
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedLessThan, less, MAX_EMBEDDED as i64);
        ok = self.em.b.ins().band(ok, small);
        // The slot: the fields, the capacity word and the items, rounded
        // up to 16 bytes (at most 176 bytes: class `size / 16 - 1`).
        let words = self.em.b.ins().ishl_imm_s(len, 3);
        let bytes = self
            .em
            .b
            .ins()
            .iadd_imm_s(words, (LIST_FIELDS + 8 + 15) as i64);
        let size = self.em.b.ins().band_imm_s(bytes, -16);
        let budget_addr = self.em.data_addr(self.em.env.imports.gc_budget);
        let budget = self.em.b.ins().load(WORD, flags, budget_addr, 0);
        let left = self.em.b.ins().isub(budget, size);
        let has = self
            .em
            .b
            .ins()
            .icmp_imm_s(IntCC::SignedGreaterThanOrEqual, left, 0);
        ok = self.em.b.ins().band(ok, has);
        self.em.b.ins().brif(ok, has_budget, &[], slow, &[]);

        self.em.b.switch_to_block(has_budget);
        let lists = self
            .em
            .b
            .ins()
            .load(WORD, flags, self.em.ts, thread_offsets::FREE_LISTS);
        let half = self.em.b.ins().ushr_imm_s(size, 1);
        let heads = self.em.b.ins().iadd(lists, half);
        let list = self.em.b.ins().load(WORD, flags, heads, -8);
        self.em.b.ins().brif(list, has_slot, &[], slow, &[]);

        // Take the slot, then write every word of it: the header, the
        // fields, the capacity, the items (and a zero in the slack word,
        // written first, that an item overwrites when there is none).
        self.em.b.switch_to_block(has_slot);
        let tagged = self.em.b.ins().load(WORD, flags, list, 0);
        let next = self.em.b.ins().band_imm_s(tagged, -2);
        self.em.b.ins().store(flags, next, heads, -8);
        self.em.b.ins().store(flags, left, budget_addr, 0);
        self.em.store_word(list_type, list, 0);
        let zero = self.em.word(0);
        self.em.store_word(zero, list, 8);
        self.em.store_word(len, list, LEN);
        self.em.store_word(kind, list, KIND);
        let buffer = self
            .em
            .b
            .ins()
            .iadd_imm_s(list, LIST_FIELDS as i64 - i64::from(BUFFER_CAP));
        self.em.store_word(buffer, list, BUFFER);
        let room = self
            .em
            .b
            .ins()
            .iadd_imm_s(size, -((LIST_FIELDS + 8) as i64));
        let cap = self.em.b.ins().ushr_imm_s(room, 3);
        self.em.store_word(cap, list, LIST_FIELDS as i32);
        let end = self.em.b.ins().iadd(list, size);
        self.em.store_word(zero, end, -8);
        let from = self.em.load_word(obj, BUFFER);
        let from = self.em.b.ins().iadd_imm_s(from, i64::from(BUFFER_ITEMS));
        let to = self.em.b.ins().iadd_imm_s(list, (LIST_FIELDS + 8) as i64);
        self.em.b.ins().jump(head, &[BlockArg::Value(zero)]);

        self.em.b.switch_to_block(head);
        let more = self.em.b.ins().icmp(IntCC::UnsignedLessThan, at, words);
        self.em
            .b
            .ins()
            .brif(more, step, &[], done, &[BlockArg::Value(list)]);
        self.em.b.switch_to_block(step);
        let src = self.em.b.ins().iadd(from, at);
        let item = self.em.load_word(src, 0);
        let dst = self.em.b.ins().iadd(to, at);
        self.em.store_word(item, dst, 0);
        let at = self.em.b.ins().iadd_imm_s(at, 8);
        self.em.b.ins().jump(head, &[BlockArg::Value(at)]);

        self.em.b.switch_to_block(slow);
        let copy = self.checked_call("ty_getslice", &[obj, none, none, none]);
        let slow_ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(slow_ok);
        self.em.b.ins().jump(done, &[BlockArg::Value(copy)]);

        self.em.b.switch_to_block(done);
        result
    }
}
