//! The value-slot pointer of an instance, checked once and reused by the
//! later field accesses of the same TIR block (`fields.rs`).
//!
//! A field access checks that the instance has the slot (`cap`) and then
//! loads the values pointer; nbody's pair loop does that 20 times for two
//! instances. Here the first access to an instance in a block loads
//! `cap` and `values` once and keeps, in a Cranelift variable, either the
//! values pointer (when the instance has every slot the block uses on it)
//! or the address of a static area of zero words. An access then loads
//! its slot through that pointer: a zero word (no value, or the zero area)
//! takes the generic path, as an unset slot always did, so the zero area
//! is never written and never misread.
//!
//! The pointer stays right while nothing can move the instance's
//! attributes: only the runtime does that (a dict for `__dict__`, a
//! store out of layout order, growing the slots), from a call that may
//! run Python code. So the cache is emptied before every instruction that
//! is not on the list of those that cannot (`keeps_fields`), and the cold
//! generic paths of the cached accesses themselves, which call
//! `ty_getattr` / `ty_setattr`, load every cached pointer again before
//! they rejoin. Threads switch only around blocking calls (`threads/`),
//! and the collector does not move objects.
//!
//! An instance is known by the local it was loaded from (and how many
//! stores to that local came before in the block), since each `a.x` loads
//! `a` again, or else by its TIR value.
//!
//! A block entered only by jumps and branches from blocks already
//! translated (not a loop header, not a handler) starts with what all of
//! them left cached: the entries identical in each (the same Cranelift
//! variable for the same instance, the same known field value), for
//! instances held by a local none of them stored after caching it, or by
//! a TIR value. A value every predecessor of a block has is defined
//! where it dominates them all, so it dominates the block too. So the
//! arms of `a.x if a.x > b.x else b.x` and the block after them keep the
//! pointers and the field values the test loaded.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value, condcodes::IntCC, types};
use cranelift_frontend::Variable;
use typhon_abi::instance_layout;

use super::function::{Translator, WORD};
use crate::tir::{self, BinOp, LocalId, Op, Type, ValueId};

/// Slots below this are read through the cache (the zero area has this
/// many words); larger ones take the checked access.
pub(super) const ZERO_SLOTS: u32 = 64;

/// Which instance an access is on.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Key {
    /// The value of a local after its `n`-th store in the block.
    Local(LocalId, u32),
    Value(ValueId),
}

#[derive(Clone, Copy, PartialEq)]
struct Cached {
    key: Key,
    obj: Value,
    /// Slots `0..bound` are checked to exist when the variable holds the
    /// values pointer.
    bound: u32,
    var: Variable,
}

/// What a scan of the current TIR block found, and the pointers cached so
/// far.
#[derive(Default)]
pub(super) struct FieldCache {
    keys: HashMap<ValueId, Key>,
    /// One past the largest slot the block accesses on each instance.
    bounds: HashMap<Key, u32>,
    /// Float values of the block made by `+ - * /` (never a signalling
    /// NaN, so never the raw key: see `quiet_float`).
    quiet: HashSet<ValueId>,
    live: Vec<Cached>,
    /// Inside the guarded copy of a block (`field_guard.rs`): the values
    /// pointer of each instance, whose slots the guard found set.
    pub(super) guarded: Option<Vec<(Key, Value)>>,
    /// Values of fields known since they were stored or loaded here (an
    /// `f64` for a raw slot): a later load of the same slot uses them.
    /// Emptied by anything that may have run Python code (an instruction
    /// not in `keeps_fields`, a generic attribute path), and a store
    /// forgets what it may overwrite.
    forwarded: Vec<(Key, u32, Value)>,
    /// How many times the block stores each local.
    stores: HashMap<LocalId, u32>,
    /// Whether `field_guard.rs` gave the block two copies of its tail
    /// (then neither copy's cache describes the block's end).
    pub(super) split: bool,
}

/// What a block left cached at its end, its locals' keys renamed to the
/// ones they have at a successor's start.
#[derive(Clone)]
struct ExitFields {
    live: Vec<Cached>,
    forwarded: Vec<(Key, u32, Value)>,
}

impl FieldCache {
    /// The plan for `block`, with nothing cached yet. An instance held
    /// by a local is checked for every slot the function reaches through
    /// that local (`local_bounds`), so that a successor reaching more of
    /// its slots can keep the pointer: an instance has slots for its
    /// whole layout from the start, so the wider check fails only where
    /// the narrower one would too, on an instance of another layout.
    fn scan(
        func: &tir::Function,
        block: &tir::Block,
        local_bounds: &HashMap<LocalId, u32>,
    ) -> FieldCache {
        let mut cache = FieldCache::default();
        let mut stores: HashMap<LocalId, u32> = HashMap::new();
        for inst in &block.insts {
            match &inst.op {
                Op::LoadLocal { local, .. } => {
                    let n = stores.get(local).copied().unwrap_or(0);
                    cache.keys.insert(inst.results[0], Key::Local(*local, n));
                }
                Op::StoreLocal { local, .. } | Op::DelLocal(local) => {
                    *stores.entry(*local).or_insert(0) += 1
                }
                Op::LoadField { obj, slot, .. } | Op::StoreField { obj, slot, .. } => {
                    let key = cache.key(*obj);
                    let wide = match key {
                        Key::Local(local, _) => local_bounds.get(&local).copied(),
                        Key::Value(_) => None,
                    };
                    let bound = cache.bounds.entry(key).or_insert(0);
                    *bound = (*bound).max(slot + 1);
                    if let Some(wide) = wide.filter(|&w| w <= ZERO_SLOTS) {
                        *bound = (*bound).max(wide);
                    }
                }
                Op::BinOp { op, lhs, .. } | Op::InplaceBinOp { op, lhs, .. }
                    if quiet_float(func, *op, *lhs, inst.results[0]) =>
                {
                    cache.quiet.insert(inst.results[0]);
                }
                _ => {}
            }
        }
        cache.stores = stores;
        cache
    }

    /// The key an instance known as `key` at this block's end has at a
    /// successor's start, if it keeps one.
    fn exit_key(&self, key: Key) -> Option<Key> {
        match key {
            Key::Local(local, n) => {
                (n == self.stores.get(&local).copied().unwrap_or(0)).then_some(Key::Local(local, 0))
            }
            Key::Value(_) => Some(key),
        }
    }

    /// What this block leaves cached for its successors; `None` after a
    /// split (see `split`).
    fn exit(&self) -> Option<ExitFields> {
        if self.split {
            return None;
        }
        let live = self
            .live
            .iter()
            .filter_map(|c| {
                Some(Cached {
                    key: self.exit_key(c.key)?,
                    ..*c
                })
            })
            .collect();
        let forwarded = self
            .forwarded
            .iter()
            .filter_map(|&(key, slot, value)| Some((self.exit_key(key)?, slot, value)))
            .collect();
        Some(ExitFields { live, forwarded })
    }

    /// Start the block with what every predecessor left cached (each
    /// entry identical in all of them). A pointer checked for fewer slots
    /// than this block reaches on the instance is left out: the block
    /// loads its own.
    fn inherit(&mut self, preds: &[&ExitFields]) {
        let Some((first, rest)) = preds.split_first() else {
            return;
        };
        let bounds = &self.bounds;
        self.live = first
            .live
            .iter()
            .filter(|c| rest.iter().all(|other| other.live.contains(c)))
            .filter(|c| bounds.get(&c.key).is_none_or(|&b| b <= c.bound))
            .copied()
            .collect();
        self.forwarded = first
            .forwarded
            .iter()
            .filter(|f| rest.iter().all(|other| other.forwarded.contains(f)))
            .copied()
            .collect();
    }

    pub(super) fn key(&self, obj: ValueId) -> Key {
        self.keys.get(&obj).copied().unwrap_or(Key::Value(obj))
    }

    /// Whether `value` is a float that cannot be the one float a raw
    /// slot cannot hold.
    pub(super) fn is_quiet(&self, value: ValueId) -> bool {
        self.quiet.contains(&value)
    }
}

/// What the cache carries from a function's blocks to their successors.
pub(super) struct FieldFlow {
    /// Each block's predecessors when its cache may start with theirs.
    preds: Vec<Option<Vec<tir::BlockId>>>,
    local_bounds: HashMap<LocalId, u32>,
    /// What each translated block left cached.
    exits: Vec<Option<ExitFields>>,
}

impl FieldFlow {
    pub(super) fn new(func: &tir::Function) -> FieldFlow {
        FieldFlow {
            preds: inheriting_preds(func),
            local_bounds: local_bounds(func),
            exits: vec![None; func.blocks.len()],
        }
    }

    /// The cache `block` starts with.
    pub(super) fn enter(
        &self,
        func: &tir::Function,
        block_id: tir::BlockId,
        block: &tir::Block,
    ) -> FieldCache {
        let mut cache = FieldCache::scan(func, block, &self.local_bounds);
        if let Some(preds) = &self.preds[block_id.index()] {
            let exits: Option<Vec<&ExitFields>> = preds
                .iter()
                .map(|pred| self.exits[pred.index()].as_ref())
                .collect();
            if let Some(exits) = exits {
                cache.inherit(&exits);
            }
        }
        cache
    }

    /// Record what `block_id` left cached at its end.
    pub(super) fn leave(&mut self, block_id: tir::BlockId, cache: &FieldCache) {
        self.exits[block_id.index()] = cache.exit();
    }
}

/// One past the largest slot the function accesses on an instance loaded
/// from each local.
fn local_bounds(func: &tir::Function) -> HashMap<LocalId, u32> {
    let mut loaded_from: HashMap<ValueId, LocalId> = HashMap::new();
    let mut bounds: HashMap<LocalId, u32> = HashMap::new();
    for (_, block) in func.blocks.iter() {
        for inst in &block.insts {
            match &inst.op {
                Op::LoadLocal { local, .. } => {
                    loaded_from.insert(inst.results[0], *local);
                }
                Op::LoadField { obj, slot, .. } | Op::StoreField { obj, slot, .. } => {
                    if let Some(local) = loaded_from.get(obj) {
                        let bound = bounds.entry(*local).or_insert(0);
                        *bound = (*bound).max(slot + 1);
                    }
                }
                _ => {}
            }
        }
    }
    bounds
}

/// For each block, its predecessors when its cache may start with theirs:
/// entered only through jumps and branches (not a handler, not the entry,
/// not in a resume function, whose blocks a dispatch enters).
fn inheriting_preds(func: &tir::Function) -> Vec<Option<Vec<tir::BlockId>>> {
    let n = func.blocks.len();
    if func.resume.is_some() {
        return vec![None; n];
    }
    let mut preds: Vec<Option<Vec<tir::BlockId>>> = vec![Some(Vec::new()); n];
    for (id, block) in func.blocks.iter() {
        for target in tir::cfg::term_targets(&block.term) {
            if let Some(list) = &mut preds[target.index()] {
                list.push(id);
            }
        }
        if let Some(handler) = block.handler {
            preds[handler.index()] = None;
        }
    }
    for (index, list) in preds.iter_mut().enumerate() {
        if index == 0 || list.as_ref().is_some_and(|l| l.is_empty()) {
            *list = None;
        }
    }
    preds
}

/// Whether `op` on `lhs` is native float arithmetic (`float_binop`'s
/// `fadd`/`fsub`/`fmul`/`fdiv`): IEEE 754 arithmetic never returns a
/// signalling NaN (a signalling operand comes out quieted), and the raw
/// key is one (`instance_layout::RAW_KEY`), so the result is always
/// storable raw. (A zero divisor raises before any result.)
pub(super) fn quiet_float(func: &tir::Function, op: BinOp, lhs: ValueId, result: ValueId) -> bool {
    func.values[result] == Type::F64
        && func.values[lhs] != Type::Int
        && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv)
}

/// Whether `inst` leaves every instance's attribute storage where it was:
/// it runs no Python code and does not call into attribute storage (an
/// allocation may collect, but the collector moves nothing).
pub(super) fn keeps_fields(func: &tir::Function, inst: &tir::Inst) -> bool {
    tir::runs_no_python_code(func, &inst.op)
        || matches!(
            inst.op,
            Op::Builtin(_)
                | Op::LoadLocal { .. }
                | Op::StoreLocal { .. }
                | Op::SmallInt2 { .. }
                | Op::TypeCallCheck { .. }
        )
}

impl Translator<'_, '_, '_, '_> {
    /// The values pointer of instance `obj` in the guarded copy of a block.
    pub(super) fn guarded_pointer(&self, obj: ValueId) -> Option<Value> {
        let guarded = self.field_cache.guarded.as_ref()?;
        let key = self.field_cache.key(obj);
        guarded.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    /// A store to slot `slot` of some instance (two keys may be one
    /// instance): values known for that slot may be stale.
    pub(super) fn forget_forwarded(&mut self, slot: u32) {
        self.field_cache.forwarded.retain(|(_, s, _)| *s != slot);
    }

    /// The known value of `obj`'s slot `slot`, if any.
    pub(super) fn forwarded_value(&self, obj: ValueId, slot: u32) -> Option<Value> {
        let key = self.field_cache.key(obj);
        let forwarded = &self.field_cache.forwarded;
        forwarded
            .iter()
            .find(|(k, s, _)| *k == key && *s == slot)
            .map(|(_, _, v)| *v)
    }

    /// `obj`'s slot `slot` now holds `value`; with `generic`, after an
    /// access whose generic path may have run code, so that nothing else
    /// known before is kept. (The caller forgets what a guarded store
    /// overwrites.)
    pub(super) fn remember_field(&mut self, obj: ValueId, slot: u32, value: Value, generic: bool) {
        if generic {
            self.field_cache.forwarded.clear();
        }
        let key = self.field_cache.key(obj);
        self.field_cache.forwarded.push((key, slot, value));
    }

    /// Forget every known field value (the start of another copy of a
    /// block's tail).
    pub(super) fn forget_fields(&mut self) {
        self.field_cache.forwarded.clear();
    }

    /// Before translating `inst`: forget the cached pointers when it may
    /// move attributes.
    pub(super) fn fields_before(&mut self, inst: &tir::Inst) {
        if self.field_cache.guarded.is_none() && !keeps_fields(self.b_func, inst) {
            self.field_cache.live.clear();
            self.field_cache.forwarded.clear();
        }
    }

    /// The cached slot pointer of instance `obj` (value `obj_value`) for
    /// an access to `slot`, loaded now if not cached yet; `None` when the
    /// slot is out of the cache's reach.
    pub(super) fn slot_pointer(
        &mut self,
        obj: ValueId,
        obj_value: Value,
        slot: u32,
    ) -> Option<Value> {
        let key = self.field_cache.key(obj);
        let bound = self.field_cache.bounds.get(&key).copied()?;
        if bound > ZERO_SLOTS || slot >= bound {
            return None;
        }
        if let Some(cached) = self.field_cache.live.iter().find(|c| c.key == key) {
            let var = cached.var;
            return Some(self.em.b.use_var(var));
        }
        let var = self.em.b.declare_var(WORD);
        let entry = Cached {
            key,
            obj: obj_value,
            bound,
            var,
        };
        let pointer = self.load_slot_pointer(obj_value, bound);
        self.em.b.def_var(var, pointer);
        self.field_cache.live.push(entry);
        Some(pointer)
    }

    /// Load every cached pointer again (after a call that may have moved
    /// attributes, before rejoining the fast path).
    pub(super) fn reload_slot_pointers(&mut self) {
        let live: Vec<(Value, u32, Variable)> = self
            .field_cache
            .live
            .iter()
            .map(|c| (c.obj, c.bound, c.var))
            .collect();
        for (obj, bound, var) in live {
            let pointer = self.load_slot_pointer(obj, bound);
            self.em.b.def_var(var, pointer);
        }
    }

    /// `obj`'s values pointer when it has slots `0..bound`, else the zero
    /// area; without a branch.
    fn load_slot_pointer(&mut self, obj: Value, bound: u32) -> Value {
        let cap = self
            .em
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), obj, instance_layout::CAP);
        let inside =
            self.em
                .b
                .ins()
                .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, cap, i64::from(bound));
        let values =
            self.em
                .b
                .ins()
                .load(WORD, MemFlagsData::trusted(), obj, instance_layout::VALUES);
        let zeros = self.em.data_addr(self.em.env.data.zero_slots);
        self.em.b.ins().select(inside, values, zeros)
    }

    /// The word in slot `slot` through a pointer from `slot_pointer`.
    pub(super) fn cached_slot(&mut self, pointer: Value, slot: u32) -> Value {
        let offset = i32::try_from(slot * 8).expect("slot offset");
        self.em
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), pointer, offset)
    }
}
