//! Lists in float storage (the runtime's `types/list/strategy.rs`: the
//! buffer holds the bits of `f64`s) seen from generated code.
//!
//! Generic paths box a float item where they read one (`l[i]`, a list
//! iterator's step). Typed code, where inference proved the values are
//! floats, skips the boxes: an `l[i]` whose only use is an `UnboxFloat`
//! loads the double (from a float list; from an object list it unboxes the
//! word), and a `BoxFloat` whose only use is `l[i] = x`, a comprehension's
//! `ListAppend` or `l.append(x)` is never made when the list is in float
//! storage (an empty list takes float storage at such an append). Every
//! other case (a subclass, a bad index, a NaN, a full buffer) boxes and
//! takes the generic path, so a list converted to object storage meanwhile
//! stays correct.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, MemFlagsData, Value, condcodes::FloatCC, condcodes::IntCC, types,
};
use typhon_abi::list_layout::{BUFFER, BUFFER_ITEMS, KIND, KIND_FLOATS, LEN};

use super::CodegenError;
use super::emitter::Singleton;
use super::function::{Translator, WORD};
use super::list_paths::Proven;
use crate::tir::{self, Const, Op, ValueId};

/// Offset of a buffer's capacity (after its header).
const BUFFER_CAP: i32 = typhon_abi::HEADER_SIZE;

/// The fused operations of one function.
#[derive(Default)]
pub(super) struct FloatOps {
    /// `GetItem` results whose only use is an `UnboxFloat` later in their
    /// block: they are the double itself.
    loads: HashSet<ValueId>,
    /// `BoxFloat` results whose only use is a store into a list later in
    /// their block, with the unboxed operand: the box is made only on the
    /// generic path.
    stores: HashMap<ValueId, ValueId>,
}

/// Find the fusable loads and stores of `func`.
pub(super) fn float_ops(func: &tir::Function, program: &tir::Program) -> FloatOps {
    let uses = func.use_counts();
    let single = |v: &ValueId| uses[v.index()] == 1;
    let mut ops = FloatOps::default();
    for (_, block) in func.blocks.iter() {
        let mut items: HashSet<ValueId> = HashSet::new();
        let mut boxes: HashMap<ValueId, ValueId> = HashMap::new();
        for inst in &block.insts {
            match &inst.op {
                Op::GetItem { .. } | Op::ListGetItem { .. } => {
                    if let [result] = inst.results[..]
                        && single(&result)
                    {
                        items.insert(result);
                    }
                }
                Op::UnboxFloat(word) if items.contains(word) => {
                    ops.loads.insert(*word);
                }
                Op::BoxFloat(value) => {
                    if let [result] = inst.results[..]
                        && single(&result)
                    {
                        boxes.insert(result, *value);
                    }
                }
                Op::SetItem { obj, key, value }
                | Op::ListSetItem {
                    list: obj,
                    key,
                    value,
                } if obj != value && key != value => {
                    if let Some(f) = boxes.get(value) {
                        ops.stores.insert(*value, *f);
                    }
                }
                Op::ListAppend { list, item } if list != item => {
                    if let Some(f) = boxes.get(item) {
                        ops.stores.insert(*item, *f);
                    }
                }
                Op::CallMethod {
                    obj,
                    name,
                    args,
                    kwnames: None,
                } if matches!(&program.consts[*name], Const::Str(s) if s == "append") => {
                    if let [arg] = args[..]
                        && arg != *obj
                        && let Some(f) = boxes.get(&arg)
                    {
                        ops.stores.insert(arg, *f);
                    }
                }
                _ => {}
            }
        }
    }
    ops
}

impl Translator<'_, '_, '_, '_> {
    /// A new float of the double in the slot at `addr` (see
    /// `list_item_addr`) of a float list.
    pub(super) fn box_float_at(&mut self, addr: Value) -> Value {
        let value = self
            .em
            .b
            .ins()
            .load(types::F64, MemFlagsData::trusted(), addr, BUFFER_ITEMS);
        self.box_float(value)
    }

    /// The instructions fused here (see [`FloatOps`]): `Some(result)` when
    /// `inst` was translated.
    pub(super) fn float_list_inst(
        &mut self,
        inst: &tir::Inst,
    ) -> Result<Option<Option<Value>>, CodegenError> {
        let fused_load = |v: Option<&ValueId>| v.is_some_and(|v| self.float_ops.loads.contains(v));
        let is_load = fused_load(inst.results.first());
        let unboxes_load = matches!(&inst.op, Op::UnboxFloat(word) if fused_load(Some(word)));
        let is_placeholder = inst
            .results
            .first()
            .is_some_and(|v| self.float_ops.stores.contains_key(v));
        let stores = &self.float_ops.stores;
        let fused_store = |v: &ValueId| stores.get(v).copied();
        let store_of = match &inst.op {
            Op::SetItem { value, .. } | Op::ListSetItem { value, .. } => fused_store(value),
            Op::ListAppend { item, .. } => fused_store(item),
            Op::CallMethod { args, .. } if args.len() == 1 => fused_store(&args[0]),
            _ => None,
        };
        Ok(Some(match &inst.op {
            Op::GetItem { obj, key } | Op::ListGetItem { list: obj, key }
                if is_load && !self.slice_keys.contains_key(key) =>
            {
                let exact = matches!(inst.op, Op::ListGetItem { .. });
                let proven = self.proven(exact, *key);
                let (obj, key) = (self.value(*obj), self.value(*key));
                Some(self.getitem_f64(obj, key, proven))
            }
            // The double itself (see above).
            Op::UnboxFloat(word) if unboxes_load => Some(self.value(*word)),
            // Made by the consumer, on its generic path: a placeholder.
            Op::BoxFloat(value) if is_placeholder => Some(self.value(*value)),
            Op::SetItem { obj, key, .. } | Op::ListSetItem { list: obj, key, .. }
                if !self.slice_keys.contains_key(key) =>
            {
                let Some(f) = store_of else {
                    return Ok(None);
                };
                let exact = matches!(inst.op, Op::ListSetItem { .. });
                let proven = self.proven(exact, *key);
                let (obj, key, f) = (self.value(*obj), self.value(*key), self.value(f));
                self.setitem_f64(obj, key, f, proven);
                None
            }
            Op::ListAppend { list, .. } => {
                let Some(f) = store_of else {
                    return Ok(None);
                };
                let (list, f) = (self.value(*list), self.value(f));
                let done = self.em.b.create_block();
                self.append_f64(list, f, done);
                self.em.b.switch_to_block(done);
                None
            }
            Op::CallMethod {
                obj, name, kwnames, ..
            } => {
                let Some(f) = store_of else {
                    return Ok(None);
                };
                let (obj, f) = (self.value(*obj), self.value(f));
                let name = self.em.load_const(*name);
                let kwnames = self.kwnames(*kwnames);
                Some(self.append_method_f64(obj, name, f, kwnames)?)
            }
            _ => return Ok(None),
        }))
    }

    /// `l[i]` as a double, inference having proved the item a float.
    fn getitem_f64(&mut self, obj: Value, key: Value, proven: Proven) -> Value {
        let slow = self.em.b.create_block();
        let object = self.em.b.create_block();
        let object_addr = self.em.b.append_block_param(object, WORD);
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, types::F64);
        self.em.b.set_cold_block(slow);
        // Typed float lists mostly have float storage (appends of doubles
        // and float displays choose it): the other kind is out of line.
        self.em.b.set_cold_block(object);
        let (raw, addr) = self.list_item_addr([obj, key], proven, slow, KIND_FLOATS, Some(object));

        self.em.b.switch_to_block(raw);
        let value = self
            .em
            .b
            .ins()
            .load(types::F64, MemFlagsData::trusted(), addr, BUFFER_ITEMS);
        self.em.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.em.b.switch_to_block(object);
        let word = self.em.load_word(object_addr, BUFFER_ITEMS);
        let value = self.unbox_float(word);
        self.em.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.em.b.switch_to_block(slow);
        let word = self.checked_call("ty_getitem", &[obj, key]);
        let value = self.unbox_float(word);
        let slow_ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(slow_ok);
        self.em.b.ins().jump(done, &[BlockArg::Value(value)]);

        self.em.b.switch_to_block(done);
        result
    }

    /// `l[i] = f` of a double: raw into float storage, boxed into object
    /// storage, anything else through `ty_setitem`.
    fn setitem_f64(&mut self, obj: Value, key: Value, f: Value, proven: Proven) {
        let slow = self.em.b.create_block();
        let raw = self.em.b.create_block();
        let object = self.em.b.create_block();
        let object_addr = self.em.b.append_block_param(object, WORD);
        let done = self.em.b.create_block();
        self.em.b.set_cold_block(slow);
        let (fast, addr) = self.list_item_addr([obj, key], proven, slow, KIND_FLOATS, Some(object));

        // A NaN is never stored raw.
        self.em.b.switch_to_block(fast);
        let ordered = self.em.b.ins().fcmp(FloatCC::Ordered, f, f);
        self.em.b.ins().brif(ordered, raw, &[], slow, &[]);

        self.em.b.switch_to_block(raw);
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), f, addr, BUFFER_ITEMS);
        self.em.b.ins().jump(done, &[]);

        // The other kind is object storage.
        self.em.b.switch_to_block(object);
        let boxed = self.box_float(f);
        self.em.store_word(boxed, object_addr, BUFFER_ITEMS);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(slow);
        let boxed = self.box_float(f);
        let status = self.em.call_entry_value("ty_setitem", &[obj, key, boxed]);
        self.check_status(status);
        let slow_ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(slow_ok);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(done);
    }

    /// Append double `f` to exact list `list`, then jump to `done`: in
    /// line into float storage with room, else `ty_list_append_f64`.
    fn append_f64(&mut self, list: Value, f: Value, done: Block) {
        let check_buffer = self.em.b.create_block();
        let check_room = self.em.b.create_block();
        let store = self.em.b.create_block();
        let slow = self.em.b.create_block();
        self.em.b.set_cold_block(slow);

        let kind = self.em.load_word(list, KIND);
        let floats = self.em.b.ins().icmp_imm_s(IntCC::Equal, kind, KIND_FLOATS);
        let check_nan = self.em.b.create_block();
        self.em.b.ins().brif(floats, check_nan, &[], slow, &[]);

        self.em.b.switch_to_block(check_nan);
        let ordered = self.em.b.ins().fcmp(FloatCC::Ordered, f, f);
        self.em.b.ins().brif(ordered, check_buffer, &[], slow, &[]);

        self.em.b.switch_to_block(check_buffer);
        let buffer = self.em.load_word(list, BUFFER);
        self.em.b.ins().brif(buffer, check_room, &[], slow, &[]);

        self.em.b.switch_to_block(check_room);
        let len = self.em.load_word(list, LEN);
        let cap = self.em.load_word(buffer, BUFFER_CAP);
        let room = self.em.b.ins().icmp(IntCC::UnsignedLessThan, len, cap);
        self.em.b.ins().brif(room, store, &[], slow, &[]);

        self.em.b.switch_to_block(store);
        let offset = self.em.b.ins().ishl_imm_s(len, 3);
        let addr = self.em.b.ins().iadd(buffer, offset);
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), f, addr, BUFFER_ITEMS);
        let longer = self.em.b.ins().iadd_imm_s(len, 1);
        self.em.store_word(longer, list, LEN);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(slow);
        let status = self.em.call_entry_value("ty_list_append_f64", &[list, f]);
        self.check_status(status);
        let slow_ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(slow_ok);
        self.em.b.ins().jump(done, &[]);
    }

    /// `obj.append(f)` of a double: on an exact list [`append_f64`] (the
    /// result is `None`), on anything else the boxed call.
    fn append_method_f64(
        &mut self,
        obj: Value,
        name: Value,
        f: Value,
        kwnames: Value,
    ) -> Result<Value, CodegenError> {
        let list = self.em.b.create_block();
        let other = self.em.b.create_block();
        let appended = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(other);

        let small = self.em.b.ins().band_imm_s(obj, 1);
        let check_type = self.em.b.create_block();
        self.em.b.ins().brif(small, other, &[], check_type, &[]);
        self.em.b.switch_to_block(check_type);
        let ty = self.em.load_word(obj, 0);
        let list_type = self.em.data_addr(self.em.env.imports.list_type);
        let is_list = self.em.b.ins().icmp(IntCC::Equal, ty, list_type);
        self.em.b.ins().brif(is_list, list, &[], other, &[]);

        self.em.b.switch_to_block(list);
        self.append_f64(obj, f, appended);
        self.em.b.switch_to_block(appended);
        let none = self.em.singleton(Singleton::None);
        self.em.b.ins().jump(done, &[BlockArg::Value(none)]);

        self.em.b.switch_to_block(other);
        let boxed = self.box_float(f);
        let called = self.call_method_site(obj, name, &[boxed], kwnames)?;
        let other_ok = self.em.b.current_block().expect("a block");
        self.em.b.set_cold_block(other_ok);
        self.em.b.ins().jump(done, &[BlockArg::Value(called)]);

        self.em.b.switch_to_block(done);
        Ok(result)
    }
}
