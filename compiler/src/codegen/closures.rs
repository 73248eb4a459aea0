//! The translation of closure and star-form instructions: cells are read
//! and written inline (the contents word follows the object header), the
//! rest are runtime calls.

use cranelift_codegen::ir::{InstBuilder, Value};

use super::CodegenError;
use super::function::{Translator, WORD};
use crate::tir::{self, Op};

/// Where a cell keeps its value (see `runtime/src/types/cell.rs`).
const CELL_CONTENTS: i32 = typhon_abi::HEADER_SIZE;

impl Translator<'_, '_, '_, '_> {
    pub(super) fn closure_inst(&mut self, inst: &tir::Inst) -> Result<(), CodegenError> {
        let value = match &inst.op {
            Op::MakeCell => {
                let empty = self.em.word(0);
                Some(self.checked_call("ty_cell_new", &[empty]))
            }
            Op::LoadCell { cell, name, free } => {
                let cell = self.value(*cell);
                let contents = self.em.load_word(cell, CELL_CONTENTS);
                let name = self.em.load_const(*name);
                let free = self.em.i32(*free as i64);
                self.raise_if_zero(contents, "ty_cell_get", &[cell, name, free]);
                Some(contents)
            }
            Op::StoreCell { cell, value } => {
                let (cell, value) = (self.value(*cell), self.value(*value));
                self.em.store_word(value, cell, CELL_CONTENTS);
                None
            }
            Op::DelCell { cell, name, free } => {
                let cell = self.value(*cell);
                let name = self.em.load_const(*name);
                let free = self.em.i32(*free as i64);
                let status = self.em.call_entry_value("ty_cell_del", &[cell, name, free]);
                self.check_status(status);
                None
            }
            Op::MakeClosure {
                func,
                defaults,
                closure,
            } => {
                let (defaults, closure) = (self.value(*defaults), self.value(*closure));
                let [entry, name, params] = self.function_parts(*func)?;
                let function =
                    self.checked_call("ty_closure_new", &[entry, name, params, defaults, closure]);
                self.set_shape(*func, function);
                Some(function)
            }
            Op::ListExtend {
                list: target,
                iterable: source,
                callee,
            }
            | Op::DictMerge {
                dict: target,
                mapping: source,
                callee,
            } => {
                let entry = if matches!(inst.op, Op::ListExtend { .. }) {
                    "ty_list_extend"
                } else {
                    "ty_dict_merge"
                };
                let args = [
                    self.value(*target),
                    self.value(*source),
                    self.optional(*callee),
                ];
                let status = self.em.call_entry_value(entry, &args);
                self.check_status(status);
                None
            }
            Op::DictGet { dict, key, default } => {
                let args = [self.value(*dict), self.value(*key), self.optional(*default)];
                Some(self.checked_call("ty_dict_get", &args))
            }
            Op::SetAdd { set, item } | Op::SetDiscard { set, item } => {
                let entry = match inst.op {
                    Op::SetAdd { .. } => "ty_set_add",
                    _ => "ty_set_discard",
                };
                let args = [self.value(*set), self.value(*item)];
                let status = self.em.call_entry_value(entry, &args);
                self.check_status(status);
                None
            }
            Op::CallEx {
                callee,
                args,
                kwargs,
            } => {
                let args = [
                    self.value(*callee),
                    self.value(*args),
                    self.optional(*kwargs),
                ];
                Some(self.checked_call("ty_call_ex", &args))
            }
            Op::UnpackEx {
                value,
                before,
                after,
            } => {
                let obj = self.value(*value);
                let n = inst.results.len();
                let slot = self.em.stack_slot(n);
                let out = self.em.b.ins().stack_addr(WORD, slot, 0);
                let before = self.em.word(*before as i64);
                let after = self.em.word(*after as i64);
                let status = self
                    .em
                    .call_entry_value("ty_unpack_ex", &[obj, before, after, out]);
                self.check_status(status);
                self.bind_results_from_slot(slot, &inst.results);
                None
            }
            other => {
                return Err(CodegenError(format!("closure_inst called for {other:?}")));
            }
        };
        if let Some(value) = value {
            self.define(inst, value);
        }
        Ok(())
    }

    /// The generic entry's address, the qualified name and the parameter
    /// names of a function, for creating its function object.
    pub(super) fn function_parts(&mut self, func: tir::FuncId) -> Result<[Value; 3], CodegenError> {
        let target = &self.em.env.program.functions[func];
        let generic = target.generic.clone().ok_or_else(|| {
            CodegenError(format!(
                "function object of `{}` without a generic entry",
                target.name
            ))
        })?;
        let entry_id = self.em.env.functions.generic[func.index()]
            .ok_or_else(|| CodegenError("missing generic entry".into()))?;
        let entry_ref = self.em.func_ref(entry_id);
        let entry = self.em.b.ins().func_addr(WORD, entry_ref);
        let name = self.em.load_const(generic.name);
        let params = self.em.load_const(generic.param_names);
        Ok([entry, name, params])
    }

    /// Record the parameter kinds of a function object whose parameters
    /// are not all positional-or-keyword.
    pub(super) fn set_shape(&mut self, func: tir::FuncId, function: Value) {
        let shape = self.em.env.program.functions[func]
            .generic
            .as_ref()
            .map_or(0, |generic| generic.shape);
        if shape != 0 {
            let shape = self.em.word(shape);
            self.em
                .call_entry("ty_function_set_shape", &[function, shape]);
        }
    }

    fn optional(&mut self, value: Option<tir::ValueId>) -> Value {
        match value {
            Some(value) => self.value(value),
            None => self.em.word(0),
        }
    }
}
