//! Loads of class constants through known instances become the constant:
//! `self.MODULUS` where the class body binds `MODULUS = 139968` once and
//! nothing in the program stores or deletes an attribute of that name
//! (`instances::Model::class_constant`, which also gives such loads the
//! constant's kind during the solve). The receiver is still evaluated;
//! only the attribute look-up goes.

use super::instances::Model;
use super::kind::Kind;
use super::solve::Facts;
use crate::tir::{self, Const, Op};

pub fn fold(program: &mut tir::Program, model: &Model, facts: &[Facts]) {
    if model.class_count() == 0 {
        return;
    }
    for (idx, func) in program.functions.items.iter_mut().enumerate() {
        let kinds = &facts[idx].values;
        for block in func.blocks.items.iter_mut() {
            for inst in block.insts.iter_mut() {
                let Op::GetAttr { obj, name } = &inst.op else {
                    continue;
                };
                let (Some(Kind::Inst(c)), Const::Str(name)) =
                    (kinds.get(obj.index()), &program.consts[*name])
                else {
                    continue;
                };
                if let Some((op, _)) = model.class_constant(*c, name) {
                    inst.op = op;
                }
            }
        }
    }
}
