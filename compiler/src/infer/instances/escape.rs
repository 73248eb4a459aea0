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

/// Record a name loaded or called on a super object, by the class that
/// `super` starts after when it is known (`super(D, x)` in a typed
/// class's method), or else as a name on some other class's super object.
pub(super) fn note_super_receiver(
    model: &Model,
    state: &mut State,
    program: &tir::Program,
    (id, defs): (FuncId, &[Option<&Op>]),
    op: &Op,
    name: tir::ConstId,
    k: &dyn Fn(ValueId) -> Kind,
) {
    if let Op::GetAttr { obj, .. } | Op::CallMethod { obj, .. } = op
        && let Some(Op::Call { callee, args, .. }) = defs[obj.index()]
        && builtin_named(defs[callee.index()], "super")
    {
        let name = str_const(program, name).to_string();
        let start = match args.first().map(|a| k(*a)) {
            Some(Kind::Class(d)) => Some(d),
            _ => model.found.super_class.get(&id).copied(),
        };
        let grew = match start {
            Some(d) => state.super_after.insert((d, name)),
            None => state.super_names.insert(name),
        };
        state.changed |= grew;
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
    /// A load of a name the class binds (which such loads do not type),
    /// or, when instances of `c` may be `obj` values, by a string or
    /// through an `obj` receiver (by that name or a computed one), makes
    /// stores escape; so does a read of the instances' attribute dicts
    /// (`instance_dicts`).
    pub(super) fn attr_tracked(&self, state: &State, c: ClassId, name: &str) -> bool {
        !is_dunder(name)
            && self.lookup(c, name).is_none()
            && !state.dict_reads.contains(&c)
            && !self.hooked(state, c)
            && !((self.found.dynamic.contains(name)
                || state.untyped.contains(name)
                || state.dynamic.all
                || state.escaped_dicts)
                && self.inst_escaped(state, c))
    }

    /// Whether a name loaded on a super object may find method original
    /// `id`. `super(D, x)` with `D` typed looks in `D`'s base chain when
    /// `x`'s class is typed (typed classes have one base); a class that is
    /// not typed and has typed classes in its MRO (multiple bases, a base
    /// that is not typed) names them as bases, so their class objects
    /// escaped: past `D`, or past a class that is not typed, the lookup
    /// then finds only methods of escaped classes' chains.
    pub(super) fn super_reaches(&self, state: &State, id: FuncId, name: &str) -> bool {
        let mut mixed = state.super_names.contains(name);
        for (d, _) in state.super_after.iter().filter(|(_, n)| n == name) {
            if self.lookup_from(*d, 1, name) == Some(Some(id)) {
                return true;
            }
            mixed |= self.subclasses(*d).any(|c| self.inst_escaped(state, c));
        }
        mixed
            && self.owner.get(&id).is_some_and(|owner| {
                (0..self.found.classes.len() as ClassId).any(|e| {
                    self.found.classes[e as usize].mro.contains(owner)
                        && self.inst_escaped(state, e)
                })
            })
    }

    /// The join of every store of `name` that can reach an instance of
    /// `c`: through `Inst(c)`, through other receivers, by computed names.
    pub(super) fn stored(&self, state: &State, c: ClassId, name: &str) -> Kind {
        let own = state
            .own
            .get(&(c, name.to_string()))
            .copied()
            .unwrap_or(Kind::Bottom);
        let computed = match self.computed_store_reaches(state, c) {
            true => Kind::Obj,
            false => Kind::Bottom,
        };
        own.join(state.any.get(name).copied().unwrap_or(Kind::Bottom))
            .join(computed)
    }

    /// Whether an instance of `c` may be an `obj` value: also when a
    /// computed store may replace a class attribute of `c` (a dunder the
    /// runtime calls with the instance, `__init__`).
    pub(super) fn inst_escaped(&self, state: &State, c: ClassId) -> bool {
        self.inst_escaped_itself(c)
            || self.class_escaped(state, c)
            || self.class_attrs_written(state, c)
            || self.hooked(state, c)
    }

    /// Whether `setattr(C, name, v)` with a computed name may replace a
    /// class attribute of `c`: through its class object or a base's.
    pub(super) fn class_attrs_written(&self, state: &State, c: ClassId) -> bool {
        self.found.classes[c as usize].mro.iter().any(|d| {
            state.class_stores.contains(d) || state.escaped_stores && self.class_escaped(state, *d)
        })
    }

    /// Whether a store by a computed name may reach an attribute of an
    /// instance of `c` (or the class attribute its lookup finds).
    pub(super) fn computed_store_reaches(&self, state: &State, c: ClassId) -> bool {
        state.instance_stores.contains(&c)
            || (state.escaped_stores || state.escaped_dicts) && self.inst_escaped(state, c)
            || self.class_attrs_written(state, c)
            || self.hooked(state, c)
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
            // Its class, or its attribute dict (`instance_dicts`).
            let own_class =
                matches!(name, "__class__" | "__dict__") && self.lookup(c, name).is_none();
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
    /// Also notes a module object escaping in `id` (see
    /// [`super::module_values`]): only code the solver analyses can run.
    pub fn observe_entry(&self, program: &tir::Program, id: FuncId, params: &[Kind]) {
        if !self.sound {
            return;
        }
        self.note_module_escape(program, id);
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
