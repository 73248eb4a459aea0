//! The runtime's side of the ABI as Cranelift sees it: one imported
//! function per entry of `typhon_abi::ENTRIES` and the exported data
//! symbols (`None`, `True`, `False`).

use std::collections::HashMap;

use cranelift_codegen::ir::{AbiParam, Signature, types};
use cranelift_module::{DataId, FuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use typhon_abi::Kind;

use super::{CodegenError, err};

/// Ids of every runtime entry point and data symbol in the object module.
pub struct Imports {
    entries: HashMap<&'static str, FuncId>,
    pub none: DataId,
    pub true_: DataId,
    pub false_: DataId,
    /// `u64`: the runtime's class version (site caches compare with it).
    pub class_version: DataId,
    /// The type objects of `list` and its iterator (inline list paths).
    pub list_type: DataId,
    pub list_iter_type: DataId,
    /// The range iterator's type object (inline range steps).
    pub range_iter_type: DataId,
    /// The tuple iterator's type object (inline tuple steps).
    pub tuple_iter_type: DataId,
    /// The dict key, value and item iterators' type objects (inline dict
    /// steps, `dict_iters.rs`).
    pub dict_key_iter_type: DataId,
    pub dict_value_iter_type: DataId,
    pub dict_item_iter_type: DataId,
    /// The string iterator types, of an ASCII string and of another
    /// (inline string steps).
    pub str_ascii_iter_type: DataId,
    pub str_iter_type: DataId,
    /// `isize`: the collector's allocation budget (inline allocation).
    pub gc_budget: DataId,
    /// `u64`: how many collections have started (`stack_clearing.rs`).
    pub gc_epoch: DataId,
    /// The `float` type object (inline allocation of floats).
    pub float_type: DataId,
    /// The `tuple` type object (inline unpacking).
    pub tuple_type: DataId,
    /// The `str` type object (`len` of a string in line).
    pub str_type: DataId,
    /// The static one-character strings of the ASCII characters
    /// (`str_layout::ASCII_STRIDE` apart): `s[i]` of an ASCII string.
    pub ascii_strs: DataId,
    /// `enumerate`, the bytes iterator, `bytes` and `bytearray` (inline
    /// `enumerate` over bytes).
    pub enumerate_type: DataId,
    pub bytes_iter_type: DataId,
    pub bytes_type: DataId,
    pub bytearray_type: DataId,
    /// `*mut Thread`: the main thread (the signal-poll trampoline).
    pub main_thread: DataId,
    /// `u8`: nonzero when a signal arrived that the main thread has not
    /// acted on (the runtime's `interrupt::SIGNALS`; loops poll it).
    pub signals: DataId,
    /// `u8`: nonzero once an instance has had an empty slot below its
    /// `used` (`types/class/layout.rs`, `SLOT_HOLES`).
    pub slot_holes: DataId,
}

impl Imports {
    pub fn declare(module: &mut ObjectModule) -> Result<Imports, CodegenError> {
        let mut entries = HashMap::new();
        for entry in typhon_abi::ENTRIES {
            let sig = signature(module, entry.params, entry.ret);
            let id = module
                .declare_function(entry.name, Linkage::Import, &sig)
                .map_err(|e| err(entry.name, e))?;
            entries.insert(entry.name, id);
        }
        let mut data = |name: &str| {
            module
                .declare_data(name, Linkage::Import, false, false)
                .map_err(|e| err(name, e))
        };
        Ok(Imports {
            entries,
            none: data("TY_NONE")?,
            true_: data("TY_TRUE")?,
            false_: data("TY_FALSE")?,
            class_version: data("TY_CLASS_VERSION")?,
            list_type: data("TY_LIST_TYPE")?,
            list_iter_type: data("TY_LIST_ITER_TYPE")?,
            range_iter_type: data("TY_RANGE_ITER_TYPE")?,
            tuple_iter_type: data("TY_TUPLE_ITER_TYPE")?,
            dict_key_iter_type: data("TY_DICT_KEY_ITER_TYPE")?,
            dict_value_iter_type: data("TY_DICT_VALUE_ITER_TYPE")?,
            dict_item_iter_type: data("TY_DICT_ITEM_ITER_TYPE")?,
            str_ascii_iter_type: data("TY_STR_ASCII_ITER_TYPE")?,
            str_iter_type: data("TY_STR_ITER_TYPE")?,
            gc_budget: data("TY_GC_BUDGET")?,
            gc_epoch: data("TY_GC_EPOCH")?,
            float_type: data("TY_FLOAT_TYPE")?,
            tuple_type: data("TY_TUPLE_TYPE")?,
            str_type: data("TY_STR_TYPE")?,
            ascii_strs: data("TY_ASCII_STRS")?,
            enumerate_type: data("TY_ENUMERATE_TYPE")?,
            bytes_iter_type: data("TY_BYTES_ITER_TYPE")?,
            bytes_type: data("TY_BYTES_TYPE")?,
            bytearray_type: data("TY_BYTEARRAY_TYPE")?,
            main_thread: data("TY_MAIN_THREAD")?,
            signals: data("TY_SIGNALS")?,
            slot_holes: data("TY_SLOT_HOLES")?,
        })
    }

    /// The id of a runtime entry point; the name must be in the ABI table.
    pub fn entry(&self, name: &str) -> FuncId {
        match self.entries.get(name) {
            Some(id) => *id,
            None => panic!("`{name}` is not in the runtime ABI table"),
        }
    }
}

/// The Cranelift signature of an entry point.
fn signature(module: &ObjectModule, params: &[Kind], ret: Option<Kind>) -> Signature {
    let mut sig = module.make_signature();
    sig.params
        .extend(params.iter().map(|kind| AbiParam::new(clif_type(*kind))));
    if let Some(kind) = ret {
        sig.returns.push(AbiParam::new(clif_type(kind)));
    }
    sig
}

/// Pointers and words are 64-bit on every target typhon supports.
pub fn clif_type(kind: Kind) -> types::Type {
    match kind {
        Kind::I32 => types::I32,
        Kind::F64 => types::F64,
        Kind::Thread
        | Kind::Word
        | Kind::I64
        | Kind::Ptr
        | Kind::Words
        | Kind::Out
        | Kind::Frame => types::I64,
    }
}
