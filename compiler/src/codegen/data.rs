//! The program's static data: module globals, the constant pool, module
//! objects, import flags, traceback frame descriptions and byte strings.
//!
//! All of it is private to the object file. The arrays of words start
//! zeroed (0 is "unbound" for globals and "not created yet" for constants)
//! and are registered as GC roots by `typhon_program_main`.

use std::cell::RefCell;
use std::collections::HashMap;

use cranelift_module::{DataDescription, DataId, Linkage, Module};
use cranelift_object::ObjectModule;

use super::{CodegenError, err};
use crate::tir::{self, FuncId, GlobalId, ModuleId};

pub struct ProgramData {
    /// `n_consts` words, filled at start-up in id order.
    pub consts: DataId,
    /// One word per module: its module object.
    pub modules: DataId,
    /// One byte per module: set once its body has started running.
    pub init_flags: DataId,
    /// Per module: its globals array and the parallel array of name strings.
    pub module_globals: Vec<DataId>,
    pub module_names: Vec<DataId>,
    /// Where each global lives: (module, slot index).
    pub global_slots: Vec<(ModuleId, u32)>,
    /// Per function: its `FrameInfo`.
    pub frames: Vec<DataId>,
    /// Per function: the caches of its attribute and method-call sites
    /// (`SITE_CACHE_SIZE` zeroed bytes each, in instruction order), when
    /// it has any, with their number.
    pub sites: Vec<Option<(DataId, usize)>>,
    /// `field_cache::ZERO_SLOTS` zero words, never written: the slots a
    /// cached field access reads when the instance lacks its slots.
    pub zero_slots: DataId,
    /// One word per function: the collection count (`TY_GC_EPOCH`) when a
    /// call of it last cleared the dead stack (`stack_clearing.rs`).
    pub cleared_at: DataId,
    /// Interned read-only byte strings (NUL-terminated).
    strings: RefCell<HashMap<Vec<u8>, DataId>>,
}

impl ProgramData {
    pub fn declare(
        module: &mut ObjectModule,
        program: &tir::Program,
    ) -> Result<ProgramData, CodegenError> {
        let words =
            |module: &mut ObjectModule, name: &str, n: usize| zeroed(module, name, 8 * n.max(1));
        let consts = words(module, "typhon$consts", program.consts.len())?;
        let modules = words(module, "typhon$modules", program.modules.len())?;
        let init_flags = zeroed(module, "typhon$init_flags", program.modules.len().max(1))?;
        // Writable only so that it goes to .bss (no bytes in the file).
        let zero_slots = words(
            module,
            "typhon$zero_slots",
            super::field_cache::ZERO_SLOTS as usize,
        )?;
        let cleared_at = words(module, "typhon$cleared_at", program.functions.len())?;
        let mut module_globals = Vec::new();
        let mut module_names = Vec::new();
        let mut global_slots = vec![(ModuleId(0), 0); program.globals.len()];
        for (module_id, tir_module) in program.modules.iter() {
            let n = tir_module.globals.len();
            module_globals.push(words(
                module,
                &format!("typhon$globals${}", module_id.0),
                n,
            )?);
            module_names.push(words(module, &format!("typhon$names${}", module_id.0), n)?);
            for (slot, global) in tir_module.globals.iter().enumerate() {
                global_slots[global.index()] = (module_id, slot as u32);
            }
        }
        let mut data = ProgramData {
            consts,
            modules,
            init_flags,
            module_globals,
            module_names,
            global_slots,
            frames: Vec::new(),
            sites: Vec::new(),
            zero_slots,
            cleared_at,
            strings: RefCell::new(HashMap::new()),
        };
        // Each module's path and source once, not once per function (the
        // interning would hash the whole source again for every function).
        let mut module_texts = Vec::with_capacity(program.modules.len());
        for (_, tir_module) in program.modules.iter() {
            let file = data.string(module, tir_module.path.as_bytes())?;
            let source = data.string(module, tir_module.source.as_bytes())?;
            module_texts.push((file, source));
        }
        for (func_id, func) in program.functions.iter() {
            let (file, source) = module_texts[func.module.index()];
            let frame = data.frame_info(module, func_id, func, file, source)?;
            data.frames.push(frame);
            let n_sites = count_sites(func, program);
            data.sites.push(if n_sites == 0 {
                None
            } else {
                let name = format!("typhon$sites${}", func_id.0);
                let size = n_sites * typhon_abi::SITE_CACHE_SIZE;
                Some((zeroed(module, &name, size)?, n_sites))
            });
        }
        Ok(data)
    }

    /// A NUL-terminated copy of `bytes` in read-only data, shared between uses.
    pub fn string(&self, module: &mut ObjectModule, bytes: &[u8]) -> Result<DataId, CodegenError> {
        if let Some(id) = self.strings.borrow().get(bytes) {
            return Ok(*id);
        }
        let id = module
            .declare_anonymous_data(false, false)
            .map_err(|e| err("string data", e))?;
        let mut desc = DataDescription::new();
        let mut contents = bytes.to_vec();
        contents.push(0);
        desc.define(contents.into_boxed_slice());
        module
            .define_data(id, &desc)
            .map_err(|e| err("string data", e))?;
        self.strings.borrow_mut().insert(bytes.to_vec(), id);
        Ok(id)
    }

    /// The globals array and slot offset of a global.
    pub fn global_location(&self, global: GlobalId) -> (DataId, i32) {
        let (module, slot) = self.global_slots[global.index()];
        (self.module_globals[module.index()], 8 * slot as i32)
    }

    fn frame_info(
        &self,
        module: &mut ObjectModule,
        func_id: FuncId,
        func: &tir::Function,
        file: DataId,
        source: DataId,
    ) -> Result<DataId, CodegenError> {
        let name = self.string(module, func.name.as_bytes())?;
        let id = module
            .declare_data(
                &format!("typhon$frame${}", func_id.0),
                Linkage::Local,
                false,
                false,
            )
            .map_err(|e| err("frame data", e))?;
        let mut desc = DataDescription::new();
        // Not zero-init: that would place it in .bss, where relocations cannot apply.
        desc.define(vec![0u8; 24].into_boxed_slice());
        desc.set_align(8);
        for (offset, target) in [(0, file), (8, name), (16, source)] {
            let gv = module.declare_data_in_data(target, &mut desc);
            desc.write_data_addr(offset, gv, 0);
        }
        module
            .define_data(id, &desc)
            .map_err(|e| err("frame data", e))?;
        Ok(id)
    }
}

/// The instructions of `func` that get a site cache, in the order the
/// translator meets them (any order works: each takes the next cache):
/// attribute sites and dict displays with constant keys.
pub fn count_sites(func: &tir::Function, program: &tir::Program) -> usize {
    func.blocks
        .iter()
        .flat_map(|(_, block)| block.insts.iter())
        .filter(|inst| is_site(&inst.op))
        .count()
        + super::dict_displays::count_const_displays(func, program)
}

/// Whether an instruction gets a site cache.
pub fn is_site(op: &tir::Op) -> bool {
    matches!(
        op,
        tir::Op::GetAttr { .. } | tir::Op::SetAttr { .. } | tir::Op::CallMethod { .. }
    )
}

fn zeroed(module: &mut ObjectModule, name: &str, size: usize) -> Result<DataId, CodegenError> {
    let id = module
        .declare_data(name, Linkage::Local, true, false)
        .map_err(|e| err(name, e))?;
    let mut desc = DataDescription::new();
    desc.define_zeroinit(size);
    desc.set_align(8);
    module.define_data(id, &desc).map_err(|e| err(name, e))?;
    Ok(id)
}
