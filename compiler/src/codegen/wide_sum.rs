//! `Op::WideSumNew`, `Op::WideSumAdd` and `Op::WideSumTotal`: the running
//! total of `sum(...)` over exact ints (`opt::wide_sum`) lives in a
//! three-word slot of this frame (an `i128` part and an overflow word,
//! `runtime/src/types/int/wide_sum.rs`), which the runtime updates in
//! place. The slot is on the stack, which the collector scans
//! conservatively, so the overflow word stays alive without registration.

use cranelift_codegen::ir::InstBuilder;

use super::CodegenError;
use super::function::{Translator, WORD};
use crate::tir::{self, Op};

impl Translator<'_, '_, '_, '_> {
    pub(super) fn wide_sum_inst(&mut self, inst: &tir::Inst) -> Result<(), CodegenError> {
        match &inst.op {
            Op::WideSumNew => {
                let slot = self.em.stack_slot(3);
                let zero = self.em.word(0);
                for word in 0..3 {
                    self.em.b.ins().stack_store(WORD, zero, slot, 8 * word);
                }
                let addr = self.em.b.ins().stack_addr(WORD, slot, 0);
                self.define(inst, addr);
            }
            Op::WideSumAdd { acc, item, pow } => {
                let args = [
                    self.value(*acc),
                    self.value(*item),
                    self.em.word(*pow as i64),
                ];
                let status = self.em.call_entry_value("ty_wide_sum_add", &args);
                self.check_status(status);
            }
            Op::WideSumTotal(acc) => {
                let acc = self.value(*acc);
                let total = self.checked_call("ty_wide_sum_total", &[acc]);
                self.define(inst, total);
            }
            other => {
                return Err(CodegenError(format!("wide_sum_inst called for {other:?}")));
            }
        }
        Ok(())
    }
}
