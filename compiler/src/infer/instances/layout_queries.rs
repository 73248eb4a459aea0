//! The questions `infer::fields` asks of the instance model when it fixes
//! class layouts at compile time: which classes there are, what each
//! attribute's stores join to, and which names a class or a string binds.

use super::{ClassId, Model};
use crate::infer::kind::Kind;
use crate::tir::{FuncId, GlobalId, Op};

impl Model {
    pub fn class_count(&self) -> usize {
        self.found.classes.len()
    }

    /// The global the class statement of `c` binds.
    pub fn class_global(&self, c: ClassId) -> GlobalId {
        self.found.classes[c as usize].global
    }

    /// Whether a class in `c`'s MRO binds `name` (method, class attribute,
    /// property, `__slots__`).
    pub fn binds(&self, c: ClassId, name: &str) -> bool {
        self.lookup(c, name).is_some()
    }

    /// The join of every store of `name` that can reach an instance of `c`.
    pub fn stored_kind(&self, c: ClassId, name: &str) -> Kind {
        self.stored(&self.state.borrow(), c, name)
    }

    /// Whether a string may name attribute `name` (`getattr(x, "name")`).
    pub fn reached_by_string(&self, name: &str) -> bool {
        self.found.dynamic.contains(name) || self.state.borrow().dynamic.all
    }

    /// Whether code may run while class `c` is made, before its layout is
    /// seeded: an `__init_subclass__` some base defines, or, when the
    /// program defines a `__set_name__` (`set_name`), that of a value its
    /// body binds other than a plain method or a constant (or a constant
    /// `__slots__`).
    pub fn creation_hooks(&self, c: ClassId, set_name: bool) -> bool {
        let classes = &self.found.classes;
        let class = &classes[c as usize];
        let init_subclass = class.mro[1..]
            .iter()
            .any(|b| classes[*b as usize].names.contains_key("__init_subclass__"));
        // A constant `__slots__` is strings, the namespace's
        // `__annotations__` a dict the class statement builds.
        let valued = |(name, method): (&String, &Option<FuncId>)| {
            method.is_none()
                && !class.consts.contains_key(name)
                && !(name == "__slots__" && class.slots.is_some())
                && name != "__annotations__"
        };
        init_subclass || set_name && class.names.iter().any(valued)
    }

    /// Whether some `vars(x)` / `x.__dict__` may read the attribute dict
    /// of an instance of `c` (see [`super::instance_dicts`]).
    pub fn dict_observed(&self, c: ClassId) -> bool {
        let state = self.state.borrow();
        state.dict_reads.contains(&c) || state.escaped_dicts && self.inst_escaped(&state, c)
    }

    /// Whether an instance of `c` may be an `obj` value (see [`super::escape`]).
    pub fn instances_escape(&self, c: ClassId) -> bool {
        self.inst_escaped(&self.state.borrow(), c)
    }

    /// The copy of `__init__` made for instances of `c`, if any.
    pub fn init_copy(&self, c: ClassId) -> Option<FuncId> {
        match self.lookup(c, "__init__") {
            Some(Some(f)) => self.copies.get(&(f, c)).copied(),
            _ => None,
        }
    }

    /// The instance layout `__slots__` fixes for `c`, in declaration
    /// order (the order the runtime reserves the slots in): when `c` has
    /// no typed base, declares constant names without `__dict__` and none
    /// twice. `None` for a class without `__slots__` too.
    pub fn declared_slots(&self, c: ClassId) -> Option<Vec<String>> {
        let class = &self.found.classes[c as usize];
        let names = class.slots.as_ref()?;
        // A name the class binds conflicts (CPython refuses the class).
        let conflicts = |n: &String| n == "__dict__" || (n != "__weakref__" && self.binds(c, n));
        if class.mro.len() != 1 || names.iter().any(conflicts) {
            return None;
        }
        let kept: Vec<String> = names
            .iter()
            .filter(|n| *n != "__weakref__")
            .cloned()
            .collect();
        let unique: std::collections::HashSet<&String> = kept.iter().collect();
        (unique.len() == kept.len()).then_some(kept)
    }

    /// The constant `x.name` is for `x: Inst(c)` when the class `c`'s
    /// MRO lookup finds binds `name` once to a constant and nothing
    /// anywhere stores or deletes that name (through an instance, which
    /// would shadow it, or a class object or anything else, which could
    /// replace it).
    pub fn class_constant(&self, c: ClassId, name: &str) -> Option<(Op, Kind)> {
        let classes = &self.found.classes;
        let binds = |k: &&ClassId| classes[**k as usize].names.contains_key(name);
        let owner = classes[c as usize].mro.iter().find(binds)?;
        let op = classes[*owner as usize].consts.get(name)?;
        let state = self.state.borrow();
        let stored = |kind: Option<&Kind>| kind.is_some_and(|k| *k != Kind::Bottom);
        let touched = self.found.dynamic.contains(name)
            || state.dynamic.all && self.inst_escaped(&state, c)
            || self.computed_store_reaches(&state, c)
            || self.found.stored.contains(name)
            || stored(state.any.get(name))
            || state
                .own
                .iter()
                .any(|((_, n), k)| n == name && *k != Kind::Bottom);
        (!touched).then(|| op.clone())
    }
}
