//! Which known classes' instances may be reached from code inference does
//! not see, so that an `obj` value may be one of them.
//!
//! Only instances of those classes can meet the protocol through an `obj`
//! operand or receiver, so an operator with an `obj` operand makes only
//! their arithmetic methods reachable, and the class read of an `obj`
//! value (`type(x)`) may give only their class objects.
//!
//! An instance escapes the way a container does (see
//! `infer::containers`): joined into `obj` (a local, parameter, return,
//! element or attribute that also holds other kinds), as an operand of an
//! operation not known to be harmless, as an element of an escaping
//! container. The instance model adds what only it can judge:
//! - an attribute load, store or delete on a known instance is harmless
//!   unless it may run code that receives the instance: a method bound
//!   (`x.m`), a descriptor (a class attribute inference does not know to
//!   be a constant), a dunder;
//! - `super(C, x)` keeps `x` unless the super object is used other than to
//!   call a method on it;
//! - a global's value read through a module object or by its name as a
//!   string is `obj` there;
//! - a value returned by a function that generic callers may enter (an
//!   original with a function object) reaches them as `obj`, with every
//!   instance inside it;
//! - a method original whose `self` inference cannot bound (`obj`)
//!   receives the instances of every class its lookup finds it in;
//! - a class whose namespace binds a dunder to something other than a
//!   plain method or a constant (`__eq__ = helper`) hands its instances to
//!   that object when the runtime calls the dunder;
//! - a class object that escapes may make instances anywhere.
//!
//! A method name loaded on an `obj` receiver (or on an instance, not made
//! direct, which then escapes) reaches only the originals that classes
//! whose instances escape find by that name; on a class or a super object
//! (which holds an instance that need not escape) it reaches any.

use std::collections::HashSet;

use super::class_objects::NAMING_ATTRS;
use super::discover::{Discovery, builtin_named};
use super::receivers::CLASS_FIRST;
use super::{ClassId, Model, State, is_dunder, str_const, union};
use crate::infer::containers;
use crate::infer::kind::Kind;
use crate::infer::solve::Facts;
use crate::tir::{self, FuncId, Op, Terminator, ValueId};

/// Dunders a class body may bind to data without handing instances out.
const DATA_DUNDERS: &[&str] = &[
    "__slots__",
    "__module__",
    "__qualname__",
    "__doc__",
    "__annotations__",
    "__match_args__",
    "__hash__",
];

/// The classes whose MRO binds a dunder the runtime may call to something
/// other than a plain method or a constant.
pub(super) fn dunder_values(found: &Discovery) -> HashSet<ClassId> {
    let odd = |k: ClassId| {
        let class = &found.classes[k as usize];
        class.names.iter().any(|(name, f)| {
            f.is_none()
                && is_dunder(name)
                && !DATA_DUNDERS.contains(&name.as_str())
                && !class.consts.contains_key(name)
        })
    };
    (0..found.classes.len() as ClassId)
        .filter(|c| found.classes[*c as usize].mro.iter().any(|k| odd(*k)))
        .collect()
}

/// The instance-like kind's classes.
fn classes_of(kind: Kind) -> Vec<ClassId> {
    match kind {
        Kind::Inst(c) => vec![c],
        Kind::Union(bits) => union::classes(bits).collect(),
        _ => Vec::new(),
    }
}

/// A name loaded or called on a super object reaches the methods of any
/// class (the instance it holds need not escape), as one on a class does.
pub(super) fn note_super_receiver(
    state: &mut State,
    program: &tir::Program,
    defs: &[Option<&Op>],
    op: &Op,
    name: tir::ConstId,
) {
    if let Op::GetAttr { obj, .. } | Op::CallMethod { obj, .. } = op
        && let Some(Op::Call { callee, .. }) = defs[obj.index()]
        && builtin_named(defs[callee.index()], "super")
    {
        let name = str_const(program, name);
        if state.super_names.insert(name.to_string()) {
            state.changed = true;
        }
    }
}

/// Whether every use of `value` in `func` is as the receiver of a method
/// call.
fn only_method_receiver(func: &tir::Function, value: ValueId) -> bool {
    let mut ok = true;
    for block in &func.blocks.items {
        for inst in &block.insts {
            inst.op.for_each_operand(|v| {
                if *v == value && !matches!(&inst.op, Op::CallMethod { obj, .. } if *obj == value) {
                    ok = false;
                }
            });
        }
        for v in block.term.operands() {
            ok &= v != value;
        }
    }
    ok
}

impl Model {
    /// Whether every load of attribute `name` of an instance of `c` goes
    /// through an `Inst(c)` receiver and gives the kind stored, so a
    /// container stored there stays reachable only where inference looks.
    /// A load through any other receiver, by a string, or of a name the
    /// class binds (which such loads do not type) makes stores escape.
    pub(super) fn attr_tracked(&self, state: &State, c: ClassId, name: &str) -> bool {
        !is_dunder(name)
            && self.lookup(c, name).is_none()
            && !self.found.dynamic.contains(name)
            && !state.untyped.contains(name)
            && !state.dynamic.all
    }

    /// Whether an instance of `c` may be an `obj` value.
    pub(super) fn inst_escaped(&self, state: &State, c: ClassId) -> bool {
        self.inst_escaped_itself(c) || self.class_escaped(state, c)
    }

    /// Escape of the instances themselves, class objects aside.
    pub(super) fn inst_escaped_itself(&self, c: ClassId) -> bool {
        containers::instance_escaped(c) || self.dunder_values.contains(&c)
    }

    /// Whether method original `id`, found by the lookup of `name`, may
    /// receive an instance that escaped.
    pub(super) fn found_in_escaped(&self, state: &State, id: FuncId, name: &str) -> bool {
        (0..self.found.classes.len() as ClassId)
            .any(|d| self.lookup(d, name) == Some(Some(id)) && self.inst_escaped(state, d))
    }

    /// Whether reading (`load`) or writing attribute `name` of an instance
    /// of `c` may run code that receives the instance.
    fn attr_runs_code(&self, c: ClassId, name: &str, load: bool) -> bool {
        if is_dunder(name) {
            let own_class = name == "__class__" && self.lookup(c, name).is_none();
            return !(load && (own_class || NAMING_ATTRS.contains(&name)));
        }
        match self.lookup(c, name) {
            None => false,
            // A store shadows a plain function: no descriptor runs.
            Some(Some(_)) => load,
            Some(None) => self.class_constant(c, name).is_none(),
        }
    }

    /// Record where `op`'s instance operands may escape in ways only the
    /// instance model sees.
    pub(super) fn observe_instance_uses(
        &self,
        program: &tir::Program,
        id: FuncId,
        defs: &[Option<&Op>],
        op: &Op,
        results: &[ValueId],
        f: &Facts,
    ) {
        let k = |v: ValueId| f.values[v.index()];
        let mut escaped = Vec::new();
        match op {
            Op::GetAttr { obj, name }
            | Op::SetAttr { obj, name, .. }
            | Op::DelAttr { obj, name } => {
                let name = str_const(program, *name);
                let load = matches!(op, Op::GetAttr { .. });
                escaped.extend(
                    classes_of(k(*obj))
                        .into_iter()
                        .filter(|c| self.attr_runs_code(*c, name, load)),
                );
            }
            // Read as `m.name`, `from m import name` or by a computed
            // name, a global's value is `obj`.
            Op::StoreGlobal { global, value } => {
                let name = &program.globals[*global].name;
                let state = self.state.borrow();
                if self.found.dynamic.contains(name) || state.untyped.contains(name) {
                    escaped.extend(classes_of(k(*value)));
                }
            }
            Op::Call { callee, args, .. } if builtin_named(defs[callee.index()], "super") => {
                let func = &program.functions[id];
                if !results.iter().all(|r| only_method_receiver(func, *r)) {
                    args.iter().for_each(|a| escaped.extend(classes_of(k(*a))));
                }
            }
            _ => {}
        }
        for c in escaped {
            containers::escape_instance(c);
        }
    }

    /// A value a function that generic callers may enter returns reaches
    /// them as `obj`.
    pub fn observe_return(&self, program: &tir::Program, id: FuncId, term: &Terminator, f: &Facts) {
        if let Terminator::Return(value) = term
            && self.sound
            && program.functions[id].generic.is_some()
        {
            containers::escape_reachable_instances(f.values[value.index()]);
        }
    }

    /// A method original entered with an `obj` `self` receives instances
    /// of every class whose lookup finds it.
    pub fn observe_entry(&self, program: &tir::Program, id: FuncId, params: &[Kind]) {
        if !self.sound {
            return;
        }
        let (Some(name), Some(owner)) = (self.found.methods.get(&id), self.owner.get(&id)) else {
            return;
        };
        let func = &program.functions[id];
        if CLASS_FIRST.contains(&name.as_str())
            || matches!(
                params.get(func.n_free),
                Some(Kind::Inst(_) | Kind::Union(_) | Kind::Bottom) | None
            )
        {
            return;
        }
        for d in self.subclasses(*owner).collect::<Vec<_>>() {
            if self.lookup(d, name) == Some(Some(id)) {
                containers::escape_instance(d);
            }
        }
    }
}
