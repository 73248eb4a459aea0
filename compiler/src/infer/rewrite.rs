//! Applies the solution: typed representations for values, locals,
//! parameters and returns, with boxing where an unboxed float flows into an
//! `obj` use and unboxing where a value proven to be a float comes out of a
//! dynamic operation.
//!
//! Representations: `Kind::Float` is an unboxed `f64` (`Type::F64`) except
//! in locals that can be unbound (a checked load or `del`: 0 marks unbound)
//! and in generator frames (whose slots are words); `Kind::Int` is the same
//! tagged word as `obj`, typed `Type::Int` so code generation can skip the
//! dispatch on other types. Operations code generation does natively on
//! `f64` (`+ - * /`, negation, comparisons, truth) take unboxed operands;
//! every other use of an unboxed float gets a boxed copy first.

use std::collections::HashMap;

use super::globals::ModuleWrites;
use super::kind::Kind;
use super::solve::{Facts, definitions, small_int};
use crate::tir::{self, BinOp, CmpOp, Const, Inst, Op, Terminator, Type, UnaryOp, ValueId};

/// Inline int constants up to this magnitude convert to `f64` exactly, so
/// they can join float arithmetic and comparisons natively.
const EXACT_F64_INT: i64 = 1 << 53;

/// The representation of the locals, parameters and return of `func`.
pub fn choose_locals(func: &mut tir::Function, facts: &Facts) {
    let mut unbindable = vec![false; func.locals.len()];
    for block in &func.blocks.items {
        for inst in &block.insts {
            match &inst.op {
                Op::LoadLocal {
                    local,
                    checked: true,
                }
                | Op::DelLocal(local) => unbindable[local.index()] = true,
                _ => {}
            }
        }
    }
    let in_frame = func.resume.is_some();
    for (idx, local) in func.locals.items.iter_mut().enumerate() {
        if local.ty != Type::Obj {
            // Native truth values (conditions, generator spills) stay so.
            continue;
        }
        local.ty = match facts.locals[idx] {
            Kind::Int if !in_frame => Type::Int,
            Kind::Float if !in_frame && !unbindable[idx] => Type::F64,
            _ => Type::Obj,
        };
    }
    let direct_only = func.generic.is_none() && !func.is_module_init && !in_frame;
    func.ret = match facts.ret {
        Kind::Int => Type::Int,
        Kind::Float if direct_only => Type::F64,
        _ => Type::Obj,
    };
}

/// The representation of a value of kind `kind`.
fn value_type(kind: Kind) -> Type {
    match kind {
        Kind::Int => Type::Int,
        Kind::Float => Type::F64,
        _ => Type::Obj,
    }
}

/// What rewriting one function reads about the whole program.
pub struct ProgramFacts<'a> {
    /// Every function's parameter types.
    pub params: &'a [Vec<Type>],
    /// Every function's return type.
    pub rets: &'a [Type],
    pub pool: &'a tir::IndexVec<tir::ConstId, Const>,
    pub writes: &'a ModuleWrites,
}

/// Rewrite `func`'s instructions for the chosen representations.
pub fn rewrite(func: &mut tir::Function, facts: &Facts, program: &ProgramFacts, checked: bool) {
    let (params, rets, pool) = (program.params, program.rets, program.pool);
    // Constants stay boxed (they are created once, at start-up); an
    // unboxed copy is made where a native operation needs one.
    let consts: Vec<Option<f64>> = {
        let defs = definitions(func);
        (0..func.values.len())
            .map(|idx| match defs[idx] {
                Some(Op::Const(id)) => match pool[*id] {
                    Const::Float(value) => Some(value),
                    _ => None,
                },
                _ => small_int(&defs, ValueId(idx as u32))
                    .filter(|k| k.abs() <= EXACT_F64_INT)
                    .map(|k| k as f64),
            })
            .collect()
    };
    // Floats read from a global or a module attribute stay the boxes they
    // are (`x is x` and `nan in [nan]` rely on one object); an unboxed
    // copy is made where a native operation needs one.
    let boxed_floats: Vec<bool> = definitions(func)
        .iter()
        .enumerate()
        .map(|(idx, def)| {
            facts.values[idx] == Kind::Float
                && match def {
                    Some(Op::LoadGlobal(_) | Op::ModuleAttr { .. }) => true,
                    Some(Op::GetAttr { obj, .. }) => {
                        matches!(facts.values[obj.index()], Kind::NativeModule(_))
                    }
                    _ => false,
                }
        })
        .collect();
    let old_types: Vec<Type> = func.values.items.clone();
    for (idx, ty) in func.values.items.iter_mut().enumerate() {
        if old_types[idx] == Type::Obj {
            *ty = match facts.values[idx] {
                Kind::Float if consts[idx].is_some() || boxed_floats[idx] => Type::Obj,
                kind => value_type(kind),
            };
        }
    }
    let builtins: Vec<Option<u32>> = definitions(func)
        .iter()
        .map(|def| match def {
            Some(Op::Builtin(index)) => Some(*index),
            _ => None,
        })
        .collect();
    let local_types: Vec<Type> = func.locals.items.iter().map(|l| l.ty).collect();
    let ret = func.ret;
    let mut blocks = std::mem::take(&mut func.blocks);
    for block in blocks.items.iter_mut() {
        let mut out = Rewriter {
            values: &mut func.values,
            consts: &consts,
            insts: Vec::with_capacity(block.insts.len()),
            boxed: HashMap::new(),
            checked,
            kinds: &facts.values,
            boxed_floats: &boxed_floats,
            builtins: &builtins,
            program,
        };
        for inst in std::mem::take(&mut block.insts) {
            out.inst(inst, &local_types, params, rets);
        }
        let line = block.term_line;
        let mut term = std::mem::take(&mut block.term);
        match &mut term {
            Terminator::Return(value) => *value = out.coerce(*value, ret, line),
            Terminator::Branch { .. } => {}
            other => other.for_each_operand_mut(|v| *v = out.coerce(*v, Type::Obj, line)),
        }
        block.term = term;
        block.insts = out.insts;
    }
    func.blocks = blocks;
    // The numeric calls rewritten above leave their builtin loads unused.
    crate::opt::builtin_calls::drop_unused_builtins(func);
}

pub(super) struct Rewriter<'f> {
    pub(super) values: &'f mut tir::IndexVec<ValueId, Type>,
    /// The value of each float or exactly convertible int constant.
    consts: &'f [Option<f64>],
    insts: Vec<Inst>,
    /// Boxed copies made in this block, reused so that one float keeps one
    /// identity within a block.
    boxed: HashMap<ValueId, ValueId>,
    /// `--infer=checked`: assert the kind of every result a rule inferred.
    checked: bool,
    /// The inferred kind of every original value.
    pub(super) kinds: &'f [Kind],
    /// Original values that are proven floats but kept boxed.
    boxed_floats: &'f [bool],
    /// The builtin each original value is (`Op::Builtin`), if any.
    pub(super) builtins: &'f [Option<u32>],
    pub(super) program: &'f ProgramFacts<'f>,
}

impl Rewriter<'_> {
    pub(super) fn ty(&self, value: ValueId) -> Type {
        self.values[value]
    }

    pub(super) fn emit(&mut self, op: Op, ty: Type, line: u32) -> ValueId {
        let value = self.values.push(ty);
        self.insts.push(Inst {
            results: vec![value],
            op,
            line,
        });
        value
    }

    /// `value` in representation `want` (`Obj` and `Int` are the same word).
    fn coerce(&mut self, value: ValueId, want: Type, line: u32) -> ValueId {
        match (self.ty(value), want) {
            (Type::F64, Type::Obj | Type::Int) => {
                if let Some(boxed) = self.boxed.get(&value) {
                    return *boxed;
                }
                let boxed = self.emit(Op::BoxFloat(value), Type::Obj, line);
                self.boxed.insert(value, boxed);
                boxed
            }
            (Type::Obj | Type::Int, Type::F64) => match self.consts[value.index()] {
                Some(k) => self.emit(Op::Float(k), Type::F64, line),
                None => self.emit(Op::UnboxFloat(value), Type::F64, line),
            },
            _ => value,
        }
    }

    /// Whether `value` can be an unboxed operand: a float, or a float or
    /// int constant that converts exactly.
    pub(super) fn f64_able(&self, value: ValueId) -> bool {
        self.is_float(value) || self.consts[value.index()].is_some()
    }

    /// Whether `value` is a float, unboxed or a kept box.
    pub(super) fn is_float(&self, value: ValueId) -> bool {
        self.ty(value) == Type::F64 || self.boxed_floats.get(value.index()) == Some(&true)
    }

    /// Both operands unboxable, at least one of them a float (a float
    /// constant counts: `1.0 / n`); with `ints`, int operands too
    /// (arithmetic converts them, rounding; a comparison must not, it
    /// compares exactly).
    fn float_pair(&self, lhs: ValueId, rhs: ValueId, ints: bool) -> bool {
        // An `int | float` word converts like an int (`IntToFloat` unboxes
        // a float word as it is).
        let able = |v: ValueId| {
            self.f64_able(v)
                || (ints
                    && (self.ty(v) == Type::Int || self.kinds.get(v.index()) == Some(&Kind::Num)))
        };
        let float =
            |v: ValueId| self.is_float(v) || self.kinds.get(v.index()) == Some(&Kind::Float);
        able(lhs) && able(rhs) && (float(lhs) || float(rhs))
    }

    /// `value` as an unboxed operand (only where `float_pair` allowed it).
    pub(super) fn as_f64(&mut self, value: ValueId, line: u32) -> ValueId {
        if self.ty(value) == Type::F64 {
            return value;
        }
        if self.is_float(value) {
            return self.emit(Op::UnboxFloat(value), Type::F64, line);
        }
        match self.consts[value.index()] {
            Some(k) => self.emit(Op::Float(k), Type::F64, line),
            None => self.emit(Op::IntToFloat(value), Type::F64, line),
        }
    }

    fn inst(&mut self, mut inst: Inst, locals: &[Type], params: &[Vec<Type>], rets: &[Type]) {
        let line = inst.line;
        let result_ty = inst.results.first().map(|r| self.ty(*r));
        // Whether the instruction itself produces its result unboxed.
        let mut native = false;
        if matches!(inst.op, Op::Call { .. } | Op::CallMethod { .. }) {
            // Becomes an `Op::NumCall` or `IntToFloat` (arms below).
            self.numeric_call(&mut inst.op, result_ty, line);
        }
        self.str_concat(&mut inst.op);
        self.str_exact(&mut inst.op, line);
        match &mut inst.op {
            Op::BinOp { op, lhs, rhs } | Op::InplaceBinOp { op, lhs, rhs }
                if result_ty == Some(Type::F64)
                    && matches!(
                        op,
                        BinOp::Add
                            | BinOp::Sub
                            | BinOp::Mul
                            | BinOp::TrueDiv
                            | BinOp::FloorDiv
                            | BinOp::Mod
                    )
                    && self.float_pair(*lhs, *rhs, true) =>
            {
                *lhs = self.as_f64(*lhs, line);
                *rhs = self.as_f64(*rhs, line);
                native = true;
            }
            // `int / int`: code generation divides natively when both fit
            // in 53 bits (exact conversions, one rounding, as CPython).
            Op::BinOp {
                op: BinOp::TrueDiv,
                lhs,
                rhs,
            }
            | Op::InplaceBinOp {
                op: BinOp::TrueDiv,
                lhs,
                rhs,
            } if result_ty == Some(Type::F64)
                && self.ty(*lhs) == Type::Int
                && self.ty(*rhs) == Type::Int =>
            {
                native = true
            }
            Op::Unary {
                op: UnaryOp::Neg | UnaryOp::Pos,
                operand,
            } if result_ty == Some(Type::F64) && self.ty(*operand) == Type::F64 => native = true,
            Op::Compare { op, lhs, rhs } | Op::CompareBool { op, lhs, rhs }
                if is_order(*op) && self.float_pair(*lhs, *rhs, false) =>
            {
                *lhs = self.as_f64(*lhs, line);
                *rhs = self.as_f64(*rhs, line);
            }
            Op::Truthy(value) if self.ty(*value) == Type::F64 => {}
            Op::StoreLocal { local, value } => {
                *value = self.coerce(*value, locals[local.index()], line);
            }
            Op::LoadLocal { local, .. } => native = locals[local.index()] == Type::F64,
            Op::CallDirect { func, args } => {
                for (arg, ty) in args.iter_mut().zip(&params[func.index()]) {
                    *arg = self.coerce(*arg, *ty, line);
                }
                native = rets[func.index()] == Type::F64;
                if native && result_ty != Some(Type::F64) {
                    // Never reached code (its kind stayed `Bottom`): keep
                    // the representations consistent anyway.
                    let result = inst.results[0];
                    let unboxed = self.values.push(Type::F64);
                    inst.results[0] = unboxed;
                    self.insts.push(inst);
                    self.insts.push(Inst {
                        results: vec![result],
                        op: Op::BoxFloat(unboxed),
                        line,
                    });
                    return;
                }
            }
            Op::Float(_) | Op::UnboxFloat(_) | Op::IntToFloat(_) | Op::NumCall { .. } => {
                native = true
            }
            Op::BoxFloat(_) => {}
            Op::LoadField { raw: true, .. } => native = true,
            Op::StoreField {
                obj,
                value,
                raw: true,
                ..
            } => {
                *obj = self.coerce(*obj, Type::Obj, line);
                *value = self.coerce(*value, Type::F64, line);
            }
            op => op.for_each_operand_mut(|v| *v = self.coerce(*v, Type::Obj, line)),
        }
        if inst.results.len() > 1 {
            return self.multi_result(inst);
        }
        if result_ty == Some(Type::F64) && !native {
            // A dynamic operation whose result is proven to be a float.
            let result = inst.results[0];
            let word = self.values.push(Type::Obj);
            inst.results[0] = word;
            self.insts.push(inst);
            if self.checked {
                self.insts.push(Inst {
                    results: Vec::new(),
                    op: Op::CheckKind {
                        value: word,
                        float: true,
                    },
                    line,
                });
            }
            self.insts.push(Inst {
                results: vec![result],
                op: Op::UnboxFloat(word),
                line,
            });
            return;
        }
        let check = self.checked
            && result_ty == Some(Type::Int)
            && !matches!(
                inst.op,
                Op::SmallInt(_) | Op::Const(_) | Op::CallDirect { .. }
            )
            && !matches!(inst.op, Op::LoadLocal { local, .. } if locals[local.index()] == Type::Int);
        let result = inst.results.first().copied();
        self.insts.push(inst);
        if let (true, Some(value)) = (check, result) {
            self.insts.push(Inst {
                results: Vec::new(),
                op: Op::CheckKind {
                    value,
                    float: false,
                },
                line,
            });
        }
    }
}

impl Rewriter<'_> {
    /// An instruction with several results (`Unpack`) produces words:
    /// results proven to be floats are unboxed after it, and with
    /// `checked` every typed result is asserted.
    fn multi_result(&mut self, mut inst: Inst) {
        let line = inst.line;
        let mut after = Vec::new();
        for result in inst.results.iter_mut() {
            match self.values[*result] {
                Type::F64 => {
                    let word = self.values.push(Type::Obj);
                    after.push((word, Some(*result), true));
                    *result = word;
                }
                Type::Int => after.push((*result, None, false)),
                _ => {}
            }
        }
        self.insts.push(inst);
        for (word, unboxed, float) in after {
            if self.checked {
                self.insts.push(Inst {
                    results: Vec::new(),
                    op: Op::CheckKind { value: word, float },
                    line,
                });
            }
            if let Some(result) = unboxed {
                self.insts.push(Inst {
                    results: vec![result],
                    op: Op::UnboxFloat(word),
                    line,
                });
            }
        }
    }
}

fn is_order(op: CmpOp) -> bool {
    matches!(
        op,
        CmpOp::Lt | CmpOp::Le | CmpOp::Eq | CmpOp::Ne | CmpOp::Gt | CmpOp::Ge
    )
}
