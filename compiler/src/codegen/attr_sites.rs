//! Attribute loads, stores and method calls through their site caches
//! (`typhon_abi::site_layout`): the first entry of a site's cache is tried
//! inline, so a monomorphic site that hits costs a few loads and compares
//! and no call into the runtime; anything else goes to the `*_site` entry,
//! which tries the other entries, runs the full protocol on a miss and
//! refills the cache.
//!
//! An entry matches when its type is the receiver's, the cache's version
//! is the runtime's class version (`TY_CLASS_VERSION`) and its kind is the
//! one the inline path handles: an instance slot (`obj.x`, `obj.x = v`,
//! where the slot must hold a value or come after every slot that does)
//! or a method whose name the
//! instance does not shadow (`obj.m(...)`, which calls the function's
//! generic entry with `obj` prepended, without a bound method).

use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC, types,
};
use typhon_abi::{function_layout, instance_layout, site_layout};

use super::CodegenError;
use super::function::{Translator, WORD, word_signature};

impl Translator<'_, '_, '_, '_> {
    /// `obj.name`.
    pub(super) fn getattr_site(&mut self, obj: Value, name: Value) -> Result<Value, CodegenError> {
        let cache = self.site_cache()?;
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);

        self.entry_matches(obj, cache, site_layout::SLOT, slow);
        let slot = self.slot_addr(obj, cache, slow);
        let value = self.load(slot, 0);
        self.em
            .b
            .ins()
            .brif(value, done, &[BlockArg::Value(value)], slow, &[]);

        self.em.b.switch_to_block(slow);
        let slow_result = self
            .em
            .call_entry_value("ty_getattr_site", &[obj, name, cache]);
        self.em.b.ins().jump(done, &[BlockArg::Value(slow_result)]);

        self.em.b.switch_to_block(done);
        self.check_word(result);
        Ok(result)
    }

    /// `obj.name = value`.
    pub(super) fn setattr_site(
        &mut self,
        obj: Value,
        name: Value,
        value: Value,
    ) -> Result<(), CodegenError> {
        let cache = self.site_cache()?;
        let slow = self.em.b.create_block();
        let store = self.em.b.create_block();
        let done = self.em.b.create_block();
        self.em.b.set_cold_block(slow);

        self.entry_matches(obj, cache, site_layout::SLOT, slow);
        let slot = self.slot_addr(obj, cache, slow);
        let old = self.load(slot, 0);
        let empty = self.em.b.create_block();
        let append = self.em.b.create_block();
        self.em.b.ins().brif(old, store, &[], empty, &[]);

        // A new attribute may go to an empty slot after every filled one.
        self.em.b.switch_to_block(empty);
        let idx = self.load(cache, site_layout::ENTRY + site_layout::A);
        let used = self
            .em
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), obj, instance_layout::USED);
        let after = self
            .em
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, idx, used);
        self.em.b.ins().brif(after, append, &[], slow, &[]);
        self.em.b.switch_to_block(append);
        let skips = self.em.b.ins().icmp(IntCC::NotEqual, idx, used);
        self.note_holes_if(skips);
        let next = self.em.b.ins().iadd_imm_s(idx, 1);
        let next = self.em.b.ins().ireduce(types::I32, next);
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), next, obj, instance_layout::USED);
        self.em.b.ins().jump(store, &[]);

        self.em.b.switch_to_block(store);
        self.em
            .b
            .ins()
            .store(MemFlagsData::trusted(), value, slot, 0);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(slow);
        let status = self
            .em
            .call_entry_value("ty_setattr_site", &[obj, name, value, cache]);
        self.check_status(status);
        self.em.b.ins().jump(done, &[]);

        self.em.b.switch_to_block(done);
        Ok(())
    }

    /// `obj.name(*args)`, keyword names in `kwnames` (0 for none).
    pub(super) fn call_method_site(
        &mut self,
        obj: Value,
        name: Value,
        args: &[Value],
        kwnames: Value,
    ) -> Result<Value, CodegenError> {
        let cache = self.site_cache()?;
        // One array for both paths: `[obj, *args]`; the runtime entry gets
        // the part after `obj`.
        let mut all = vec![obj];
        all.extend_from_slice(args);
        let array = self.em.stack_words(&all);
        let slow = self.em.b.create_block();
        let done = self.em.b.create_block();
        let result = self.em.b.append_block_param(done, WORD);
        self.em.b.set_cold_block(slow);

        // A native method's entry is called in `method_sites.rs`.
        self.method_entry_dispatch(obj, cache, array, all.len(), kwnames, (slow, done));
        // Not shadowed: attributes in slots, and the name has no slot the
        // instance could fill (the runtime checks the other cases).
        let dict = self.load(obj, instance_layout::DICT);
        let shadow = self.load(cache, site_layout::ENTRY + site_layout::B);
        let cap = self
            .em
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), obj, instance_layout::CAP);
        let check_slot = self.em.b.create_block();
        let call = self.em.b.create_block();
        self.em.b.ins().brif(dict, slow, &[], check_slot, &[]);

        self.em.b.switch_to_block(check_slot);
        let beyond = self
            .em
            .b
            .ins()
            .icmp(IntCC::UnsignedGreaterThanOrEqual, shadow, cap);
        self.em.b.ins().brif(beyond, call, &[], slow, &[]);

        self.em.b.switch_to_block(call);
        let func = self.load(cache, site_layout::ENTRY + site_layout::A);
        let entry = self.load(func, function_layout::ENTRY);
        let has_code = self.em.b.create_block();
        self.em.b.ins().brif(entry, has_code, &[], slow, &[]);
        self.em.b.switch_to_block(has_code);
        let sig = word_signature(self.em.env.module, 5);
        let sig = self.em.b.import_signature(sig);
        let n = self.em.word(all.len() as i64);
        let ts = self.em.ts;
        self.em.sync_depth();
        let inst = self
            .em
            .b
            .ins()
            .call_indirect(sig, entry, &[ts, func, array, n, kwnames]);
        let fast_result = self.em.b.inst_results(inst)[0];
        self.em.b.ins().jump(done, &[BlockArg::Value(fast_result)]);

        self.em.b.switch_to_block(slow);
        let rest = self.em.b.ins().iadd_imm_s(array, 8);
        let n = self.em.word(args.len() as i64);
        let slow_result = self
            .em
            .call_entry_value("ty_call_method_site", &[obj, name, rest, n, kwnames, cache]);
        self.em.b.ins().jump(done, &[BlockArg::Value(slow_result)]);

        self.em.b.switch_to_block(done);
        self.check_word(result);
        Ok(result)
    }

    /// Continue when `obj` is a pointer whose type is the type of the
    /// cache's first entry, the cache is current and the entry is of
    /// `kind`; else go to `slow`.
    fn entry_matches(&mut self, obj: Value, cache: Value, kind: i64, slow: Block) {
        let pointer = self.em.b.create_block();
        let hit = self.em.b.create_block();
        let tag = self.em.b.ins().band_imm_s(obj, 1);
        self.em.b.ins().brif(tag, slow, &[], pointer, &[]);

        // A branch per test: each compare feeds its jump directly.
        self.em.b.switch_to_block(pointer);
        let check_version = self.em.b.create_block();
        let check_kind = self.em.b.create_block();
        let ty = self.load(obj, 0);
        let cached_ty = self.load(cache, site_layout::ENTRY + site_layout::TY);
        let version = self.load(cache, site_layout::VERSION);
        let version_addr = self.em.data_addr(self.em.env.imports.class_version);
        let current = self.load(version_addr, 0);
        let entry_kind = self.load(cache, site_layout::ENTRY + site_layout::KIND);
        let same_ty = self.em.b.ins().icmp(IntCC::Equal, ty, cached_ty);
        self.em.b.ins().brif(same_ty, check_version, &[], slow, &[]);

        self.em.b.switch_to_block(check_version);
        let same_version = self.em.b.ins().icmp(IntCC::Equal, version, current);
        self.em
            .b
            .ins()
            .brif(same_version, check_kind, &[], slow, &[]);

        self.em.b.switch_to_block(check_kind);
        let same_kind = self.em.b.ins().icmp_imm_s(IntCC::Equal, entry_kind, kind);
        self.em.b.ins().brif(same_kind, hit, &[], slow, &[]);
        self.em.b.switch_to_block(hit);
    }

    /// The address of the instance slot the cache's first entry names,
    /// going to `slow` when the instance has no such slot.
    fn slot_addr(&mut self, obj: Value, cache: Value, slow: Block) -> Value {
        let idx = self.load(cache, site_layout::ENTRY + site_layout::A);
        let cap = self
            .em
            .b
            .ins()
            .uload32(MemFlagsData::trusted(), obj, instance_layout::CAP);
        let inside = self.em.b.ins().icmp(IntCC::UnsignedLessThan, idx, cap);
        let fetch = self.em.b.create_block();
        self.em.b.ins().brif(inside, fetch, &[], slow, &[]);
        self.em.b.switch_to_block(fetch);
        let values = self.load(obj, instance_layout::VALUES);
        let offset = self.em.b.ins().ishl_imm_s(idx, 3);
        self.em.b.ins().iadd(values, offset)
    }

    fn load(&mut self, addr: Value, offset: i32) -> Value {
        self.em
            .b
            .ins()
            .load(types::I64, MemFlagsData::trusted(), addr, offset)
    }
}
