//! The questions `infer::fields` asks of the instance model when it fixes
//! class layouts at compile time: which classes there are, what each
//! attribute's stores join to, and which names a class or a string binds.

use super::{ClassId, Model};
use crate::infer::kind::Kind;
use crate::tir::{FuncId, GlobalId};

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
        self.found.dynamic.contains(name)
    }

    /// The copy of `__init__` made for instances of `c`, if any.
    pub fn init_copy(&self, c: ClassId) -> Option<FuncId> {
        match self.lookup(c, "__init__") {
            Some(Some(f)) => self.copies.get(&(f, c)).copied(),
            _ => None,
        }
    }
}
