//! The inline dispatch of a method-call site's first cache entry
//! (`typhon_abi::site_layout`) on the entry's kind: a native method of a
//! built-in type (`s.split()`, `d.get(k, 0)`, `l.append(x)` on an exact
//! `str`, `dict`, `list`, ... whatever the receiver's inferred kind) is
//! called straight through its `NativeFn` with the `[obj, *args]` array the
//! site already built, so a hit costs a few loads and compares and one
//! indirect call: no runtime site entry, no bound method, no copy of the
//! arguments. The method itself checks its arguments, so wrong counts and
//! types raise CPython's errors as on the slow path. The entry is keyed by
//! the receiver's exact type: an instance of a user subclass (which may
//! override the method) never matches a built-in type's entry.

use cranelift_codegen::ir::{
    Block, BlockArg, InstBuilder, MemFlagsData, Value, condcodes::IntCC, types,
};
use typhon_abi::site_layout;

use super::function::{Translator, word_signature};

impl Translator<'_, '_, '_, '_> {
    /// Continue in a new block when `obj` is a pointer whose type is the
    /// cache's first entry's, the cache is current and the entry is a
    /// `METHOD`; call the native method and jump to `done` with its result
    /// when the entry is `NATIVE`; else go to `slow` (`exits` is
    /// `(slow, done)`). `array` holds
    /// `[obj, *args]` (`n` words), the last `len(kwnames)` named by
    /// `kwnames`.
    pub(super) fn method_entry_dispatch(
        &mut self,
        obj: Value,
        cache: Value,
        array: Value,
        n: usize,
        kwnames: Value,
        (slow, done): (Block, Block),
    ) {
        let trusted = MemFlagsData::trusted();
        let pointer = self.em.b.create_block();
        let hit = self.em.b.create_block();
        let native = self.em.b.create_block();
        let not_native = self.em.b.create_block();
        let method = self.em.b.create_block();
        let tag = self.em.b.ins().band_imm_s(obj, 1);
        self.em.b.ins().brif(tag, slow, &[], pointer, &[]);

        self.em.b.switch_to_block(pointer);
        let ins = self.em.b.ins();
        let ty = ins.load(types::I64, trusted, obj, 0);
        let cached_ty = self.em.b.ins().load(
            types::I64,
            trusted,
            cache,
            site_layout::ENTRY + site_layout::TY,
        );
        let version = self
            .em
            .b
            .ins()
            .load(types::I64, trusted, cache, site_layout::VERSION);
        let version_addr = self.em.data_addr(self.em.env.imports.class_version);
        let current = self.em.b.ins().load(types::I64, trusted, version_addr, 0);
        let same_ty = self.em.b.ins().icmp(IntCC::Equal, ty, cached_ty);
        let check_version = self.em.b.create_block();
        self.em.b.ins().brif(same_ty, check_version, &[], slow, &[]);

        self.em.b.switch_to_block(check_version);
        let same_version = self.em.b.ins().icmp(IntCC::Equal, version, current);
        self.em.b.ins().brif(same_version, hit, &[], slow, &[]);

        self.em.b.switch_to_block(hit);
        let kind = self.em.b.ins().load(
            types::I64,
            trusted,
            cache,
            site_layout::ENTRY + site_layout::KIND,
        );
        let is_native = self
            .em
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, site_layout::NATIVE);
        self.em
            .b
            .ins()
            .brif(is_native, native, &[], not_native, &[]);

        self.em.b.switch_to_block(native);
        let func = self.em.b.ins().load(
            types::I64,
            trusted,
            cache,
            site_layout::ENTRY + site_layout::A,
        );
        let sig = word_signature(self.em.env.module, 4);
        let sig = self.em.b.import_signature(sig);
        let count = self.em.word(n as i64);
        let ts = self.em.ts;
        self.em.sync_depth();
        let inst = self
            .em
            .b
            .ins()
            .call_indirect(sig, func, &[ts, array, count, kwnames]);
        let result = self.em.b.inst_results(inst)[0];
        self.em.b.ins().jump(done, &[BlockArg::Value(result)]);

        self.em.b.switch_to_block(not_native);
        let is_method = self
            .em
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, kind, site_layout::METHOD);
        self.em.b.ins().brif(is_method, method, &[], slow, &[]);
        self.em.b.switch_to_block(method);
    }
}
