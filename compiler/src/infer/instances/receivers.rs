//! The `self` of a method original that runs through its function object.
//!
//! A plain method's function object lives only in its class dict, so it
//! is reached by a lookup on an instance (a bound method: `self` is that
//! instance), through `super()` (`self` is an instance of a subclass of
//! the class whose MRO holds it), or through the class object (`C.m(x)`:
//! `self` can be anything). When no class object can be used that way (no
//! class object of a subclass escapes or is reached by name from another
//! module, no `type(x)` / `x.__class__` / `globals()`, no `C.m` of that
//! name, no `__func__` pulling the function out of a bound method), `self`
//! is an instance of one of the known classes whose MRO contains the
//! defining class; when that is one class, the original's `self` is
//! `Inst` of it (a few: their union), so its attribute loads and calls are
//! typed even though the call reaching it was dynamic. Every condition only turns from true
//! to false as the fixed point grows, and then `self` joins `obj`.

use super::{ClassId, Model, State};
use crate::infer::kind::Kind;
use crate::tir::{self, FuncId};

/// Dunders the runtime calls with the class, not an instance, as their
/// first argument (implicit class methods).
pub(super) const CLASS_FIRST: &[&str] = &["__init_subclass__", "__class_getitem__", "__new__"];

impl Model {
    /// The kinds the parameters of entry function `id` start from and
    /// stay at least: `obj`, except the `self` of a plain method
    /// original whose receivers inference can bound.
    pub fn entry_params(&self, program: &tir::Program, id: FuncId) -> Vec<Kind> {
        let func = &program.functions[id];
        let mut kinds = vec![Kind::Obj; func.params.len()];
        if let Some(slot) = kinds.get_mut(func.n_free)
            && let Some(kind) = self.original_self(id)
        {
            *slot = kind;
        }
        kinds
    }

    /// The kind of the `self` of method original `id`, if not `obj`.
    fn original_self(&self, id: FuncId) -> Option<Kind> {
        let owner = *self.owner.get(&id)?;
        let name = self.found.methods.get(&id)?;
        if !self.sound
            || self.found.init_dynamic
            || self.found.namespaces
            || CLASS_FIRST.contains(&name.as_str())
            || self.found.dynamic.contains("__func__")
        {
            return None;
        }
        let state = self.state.borrow();
        // A bound method is an `obj` value only if its instance escaped
        // (loading one lets it), so `m.__func__` on an `obj` receiver
        // reaches only escaped classes' originals.
        if state.class_methods.contains(&id)
            || state.init_dynamic
            || state.dynamic.contains("__func__")
                && self.subclasses(owner).any(|d| self.inst_escaped(&state, d))
        {
            return None;
        }
        let mut holders = self.subclasses(owner);
        if holders.any(|d| self.class_escaped(&state, d)) {
            return None;
        }
        // One class: `Inst`; a few: their union (`obj` past the bound).
        // With no class object loose, only a `C(args)` inference sees makes
        // instances, so classes nothing constructs (yet) hold none.
        match self
            .subclasses(owner)
            .filter(|d| state.constructed.contains(d))
            .fold(Kind::Bottom, |acc, d| match acc {
                // Without `Kind::join`: a bound past the union's size is
                // no flow into `obj`.
                Kind::Bottom => Kind::Inst(d),
                acc => super::union::join(acc, Kind::Inst(d)),
            }) {
            Kind::Obj => None,
            kind => Some(kind),
        }
    }

    /// The known classes whose MRO contains `c` (`c` included).
    pub(super) fn subclasses(&self, c: ClassId) -> impl Iterator<Item = ClassId> + '_ {
        (0..self.found.classes.len() as ClassId)
            .filter(move |d| self.found.classes[*d as usize].mro.contains(&c))
    }

    /// Record that a name was loaded or called on a class object, where
    /// its lookup on that class finds `found`: that method's original may
    /// run, with anything as `self` (`C.m(x)`). A class object's kind is
    /// its class exactly, so no other class's method of that name is
    /// reached.
    pub(super) fn note_class_method(state: &mut State, found: Option<Option<FuncId>>) {
        if let Some(Some(id)) = found
            && state.class_methods.insert(id)
        {
            state.changed = true;
        }
    }
}
