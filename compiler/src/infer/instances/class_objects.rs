//! Where the class objects of known classes go, and where a program reads
//! the class of a value (`type(x)`, `x.__class__`).
//!
//! A class object inference tracks (`Kind::Class(c)`) may be called,
//! have attributes read or stored, be compared, tested with `isinstance`
//! or stored in a local holding only it; anything else lets it escape,
//! and then any of `c`'s methods may run with any `self`, and its
//! `__init__` through the protocol.
//!
//! The class of a known instance is that class's object (`Inst(c)` is an
//! instance of exactly `c`), so `type(x)` of one is `Class(c)` and its
//! uses are tracked like those of the class's name. The class of anything
//! else is decided by the kind of `x` when the solver reaches the read:
//! builtin values have builtin classes, a union's classes escape, and an
//! unknown value's class may be any class, so every `__init__` may run
//! through the protocol. A class read whose result is only compared,
//! named or passed to `isinstance` ([`reflective::inspected_only`]) makes
//! no instance and counts for nothing.

use std::collections::HashSet;

use super::discover::builtin_named;
use super::receivers::CLASS_FIRST;
use super::{ClassId, Model, reflective, union};
use crate::infer::kind::Kind;
use crate::infer::solve::Facts;
use crate::tir::{self, FuncId, Op, Terminator, ValueId};

/// Class attributes naming the class: reading them runs no method.
pub(super) const NAMING_ATTRS: &[&str] = &["__name__", "__qualname__", "__module__"];

/// The value whose class `op` reads: `type(x)` or `x.__class__`.
fn class_read(program: &tir::Program, defs: &[Option<&Op>], op: &Op) -> Option<ValueId> {
    match op {
        Op::Call {
            callee,
            args,
            kwnames: None,
        } if args.len() == 1 && builtin_named(defs[callee.index()], "type") => Some(args[0]),
        Op::GetAttr { obj, name } if super::discover::name_of(program, *name) == "__class__" => {
            Some(*obj)
        }
        _ => None,
    }
}

/// The functions class bodies bind as plain methods (a function object
/// stored straight into a class namespace, no decorator), in every
/// function of the program.
pub(super) fn class_body_functions(program: &tir::Program) -> HashSet<FuncId> {
    let mut methods = HashSet::new();
    for func in &program.functions.items {
        let defs = crate::infer::solve::definitions(func);
        let insts = || func.blocks.items.iter().flat_map(|block| &block.insts);
        let mut namespaces: HashSet<ValueId> = HashSet::new();
        for inst in insts() {
            if let Op::Call { callee, args, .. } = &inst.op
                && builtin_named(defs[callee.index()], "$build_class")
                && let Some(ns) = args.get(4)
            {
                namespaces.insert(*ns);
            }
        }
        // The namespace goes through a local (every read of it a new
        // value, and from `$prepare_class` for a class with bases).
        let locals: HashSet<tir::LocalId> = insts()
            .filter_map(|inst| match &inst.op {
                Op::StoreLocal { local, value } if namespaces.contains(value) => Some(*local),
                _ => None,
            })
            .chain(namespaces.iter().filter_map(|ns| match defs[ns.index()] {
                Some(Op::LoadLocal { local, .. }) => Some(*local),
                _ => None,
            }))
            .collect();
        for inst in insts() {
            match &inst.op {
                Op::LoadLocal { local, .. } if locals.contains(local) => {
                    namespaces.extend(inst.results.iter().copied());
                }
                Op::StoreLocal { local, value } if locals.contains(local) => {
                    namespaces.insert(*value);
                }
                _ => {}
            }
        }
        for inst in insts() {
            if let Op::SetItem { obj, value, .. } = &inst.op
                && namespaces.contains(obj)
                && let Some(Op::MakeFunction { func, .. }) = defs[value.index()]
            {
                methods.insert(*func);
            }
        }
    }
    methods
}

/// Whether `op` is `type(self)` in a plain method of a class inference
/// does not type, `self` being its first parameter never rebound: `self`
/// is then an instance of that class or of a subclass (never of a typed
/// class, whose bases are typed), unless the method's function object is
/// called through its class with another object, which
/// `$class_of_self` refuses at run time.
pub(super) fn reads_class_of_self(
    program: &tir::Program,
    found: &super::Discovery,
    id: FuncId,
    defs: &[Option<&Op>],
    op: &Op,
) -> bool {
    let Op::Call {
        callee,
        args,
        kwnames: None,
    } = op
    else {
        return false;
    };
    let func = &program.functions[id];
    let [value] = args[..] else {
        return false;
    };
    let Some(Op::LoadLocal { local, .. }) = defs[value.index()] else {
        return false;
    };
    builtin_named(defs[callee.index()], "type")
        && found.untyped_methods.contains(&id)
        && !found.methods.contains_key(&id)
        && !CLASS_FIRST.contains(&func.name.as_str())
        && func.params.get(func.n_free) == Some(local)
        && !func
            .blocks
            .items
            .iter()
            .flat_map(|block| &block.insts)
            .any(|inst| matches!(&inst.op, Op::StoreLocal { local: l, .. } | Op::DelLocal(l) if l == local))
}

/// Once inference typed the program's classes, each `type(self)` it
/// counted on ([`reads_class_of_self`]) becomes `$class_of_self(self)`,
/// and each typed class is marked (`$mark_typed`) right after its class
/// statement binds it, which that builtin tests.
pub(super) fn check_self_class_reads(
    program: &mut tir::Program,
    model: &Model,
    facts: &mut [Facts],
) {
    let index = |name: &str| typhon_abi::builtin_index(name).expect("ABI helper") as u32;
    let (plain, checked, mark) = (index("type"), index("$class_of_self"), index("$mark_typed"));
    let mut any = false;
    for id in 0..program.functions.items.len() {
        let id = FuncId(id as u32);
        let callees: HashSet<ValueId> = {
            let func = &program.functions[id];
            let defs = crate::infer::solve::definitions(func);
            func.blocks
                .items
                .iter()
                .flat_map(|block| &block.insts)
                .filter_map(|inst| match &inst.op {
                    Op::Call { callee, .. }
                        if reads_class_of_self(program, &model.found, id, &defs, &inst.op) =>
                    {
                        Some(*callee)
                    }
                    _ => None,
                })
                .collect()
        };
        for inst in program.functions[id]
            .blocks
            .items
            .iter_mut()
            .flat_map(|block| block.insts.iter_mut())
        {
            if inst.results.iter().any(|r| callees.contains(r))
                && let Op::Builtin(idx) = &mut inst.op
                && *idx == plain
            {
                *idx = checked;
                any = true;
            }
        }
    }
    if !any {
        return;
    }
    let globals: HashSet<tir::GlobalId> = (0..model.found.classes.len() as ClassId)
        .map(|c| model.class_global(c))
        .collect();
    for module in 0..program.modules.items.len() {
        let init = program.modules.items[module].init;
        let func = &mut program.functions[init];
        let f = &mut facts[init.index()];
        for block in 0..func.blocks.items.len() {
            let insts = std::mem::take(&mut func.blocks.items[block].insts);
            let mut out = Vec::with_capacity(insts.len());
            for inst in insts {
                let class = match &inst.op {
                    Op::StoreGlobal { global, value } if globals.contains(global) => Some(*value),
                    _ => None,
                };
                let line = inst.line;
                out.push(inst);
                if let Some(class) = class {
                    f.values.extend([Kind::Obj, Kind::Obj]);
                    let callee = func.values.push(tir::Type::Obj);
                    let result = func.values.push(tir::Type::Obj);
                    out.push(tir::Inst {
                        results: vec![callee],
                        op: Op::Builtin(mark),
                        line,
                    });
                    out.push(tir::Inst {
                        results: vec![result],
                        op: Op::Call {
                            callee,
                            args: vec![class],
                            kwnames: None,
                        },
                        line,
                    });
                }
            }
            func.blocks.items[block].insts = out;
        }
    }
}

impl Model {
    /// The kind of the class `op` reads of a known instance, if it does.
    pub(super) fn class_read_kind(
        &self,
        program: &tir::Program,
        defs: &[Option<&Op>],
        op: &Op,
        k: &dyn Fn(ValueId) -> Kind,
    ) -> Option<Kind> {
        let value = class_read(program, defs, op)?;
        match k(value) {
            Kind::Bottom => Some(Kind::Bottom),
            Kind::Inst(c) if self.class_is_own(op, c) => Some(Kind::Class(c)),
            _ => None,
        }
    }

    /// Whether `op`'s class read of an instance of `c` gives `c`'s class
    /// object: `type(x)` always does, `x.__class__` unless the class
    /// binds `__class__` itself.
    fn class_is_own(&self, op: &Op, c: ClassId) -> bool {
        !matches!(op, Op::GetAttr { .. }) || self.lookup(c, "__class__").is_none()
    }

    /// Record where `op`'s operands that are class objects go, and what a
    /// class read in `op` may reach.
    pub(super) fn observe_class_objects(
        &self,
        program: &tir::Program,
        id: FuncId,
        defs: &[Option<&Op>],
        inst: &tir::Inst,
        f: &Facts,
    ) {
        let (op, results) = (&inst.op, &inst.results);
        let k = |v: ValueId| f.values[v.index()];
        let mut escaped = Vec::new();
        op.for_each_operand(|v| {
            let Kind::Class(c) = k(*v) else {
                return;
            };
            let kept = match op {
                Op::Call { callee, .. } if callee == v => true,
                Op::Call { callee, .. } => {
                    matches!(defs[callee.index()], Some(Op::Builtin(idx))
                        if matches!(typhon_abi::BUILTINS[*idx as usize], "isinstance" | "issubclass" | "super"))
                }
                // A known class has `type` as its metaclass, whose
                // comparisons run no code of the program.
                Op::Is { .. } | Op::Compare { .. } | Op::CompareBool { .. } => true,
                Op::Contains { item, .. } | Op::SetContains { item, .. } => item == v,
                // A class attribute the body bound to something other than
                // a plain method or a constant may be a descriptor whose
                // `__get__` receives the class (`classmethod`).
                Op::GetAttr { obj, name } | Op::CallMethod { obj, name, .. } => {
                    obj == v && !self.class_load_runs_code(c, super::discover::name_of(program, *name))
                }
                Op::SetAttr { obj, .. } | Op::DelAttr { obj, .. } => obj == v,
                // Into a global bound to it alone (`from m import C`),
                // whose loads are `Class(c)` again.
                Op::StoreGlobal { global, .. } => self.by_global.get(global) == Some(&c),
                Op::StoreLocal { local, .. } => {
                    f.locals[local.index()].join(Kind::Class(c)) == Kind::Class(c)
                }
                Op::BuildTuple(_) => matches!(defs[v.index()], Some(Op::LoadLocal { .. })),
                _ => false,
            };
            if !kept {
                escaped.push(c);
            }
        });
        if let Op::BuildTuple(_) = op {
            // Only a typed class statement's base tuple may hold a class.
            op.for_each_operand(|v| {
                if let (Kind::Class(c), Some(Op::LoadLocal { local, .. })) =
                    (k(*v), defs[v.index()])
                    && !self.found.base_temps.contains(&(id, *local))
                {
                    escaped.push(c);
                }
            });
        }
        if let Some(value) = class_read(program, defs, op)
            && !results
                .iter()
                .all(|r| reflective::inspected_only(&program.functions[id], defs, program, *r))
        {
            match k(value) {
                // A constant or builtin (`type(Ellipsis)`) is of a builtin
                // class.
                _ if matches!(defs[value.index()], Some(Op::Const(_) | Op::Builtin(_))) => {}
                Kind::Inst(c) if self.class_is_own(op, c) => {}
                _ if reads_class_of_self(program, &self.found, id, defs, op) => {}
                Kind::Union(bits) => escaped.extend(union::classes(bits)),
                kind if kind.is_exact_builtin() || kind == Kind::Bottom => {}
                Kind::NativeModule(_) | Kind::Iter(_) => {}
                // It is the class of an instance that escaped (or no known
                // class at all).
                _ => self.loosen_escaped_classes((id, inst.line)),
            }
        }
        // `x.__class__(args)` makes an instance through the protocol: the
        // class object of a known instance is loose, and of an `obj` one,
        // any escaped instance's.
        if let Op::CallMethod { obj, name, .. } = op
            && super::discover::name_of(program, *name) == "__class__"
        {
            match k(*obj) {
                Kind::Inst(c) => escaped.push(c),
                Kind::Union(bits) => escaped.extend(union::classes(bits)),
                kind if kind.is_exact_builtin() || kind == Kind::Bottom => {}
                Kind::NativeModule(_) | Kind::Iter(_) => {}
                _ => self.loosen_escaped_classes((id, inst.line)),
            }
        }
        self.escape(escaped);
    }

    /// Whether loading attribute `name` of the class object of `c` may
    /// run code that receives it: a name its body bound to a value
    /// neither a plain method nor a constant.
    fn class_load_runs_code(&self, c: ClassId, name: &str) -> bool {
        matches!(self.lookup(c, name), Some(None)) && self.class_constant(c, name).is_none()
    }

    /// The class objects of every class whose instances escape may be
    /// loose (`at`: where, for `--emit types`).
    fn loosen_escaped_classes(&self, at: (FuncId, u32)) {
        let mut state = self.state.borrow_mut();
        state.changed |= !std::mem::replace(&mut state.class_read_any, true);
        state.note_first(super::CLASS_READ_WIDENING, at);
    }

    /// A terminator's operands escape when they are class objects.
    pub fn observe_term(&self, term: &Terminator, f: &Facts) {
        if self.found.classes.is_empty() {
            return;
        }
        let escaped = term
            .operands()
            .into_iter()
            .filter_map(|v| match f.values[v.index()] {
                Kind::Class(c) => Some(c),
                _ => None,
            })
            .collect();
        self.escape(escaped);
    }

    fn escape(&self, classes: Vec<ClassId>) {
        let mut state = self.state.borrow_mut();
        for c in classes {
            if state.escaped.insert(c) {
                state.changed = true;
            }
        }
    }
}
