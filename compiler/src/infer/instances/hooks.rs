//! Attribute hooks installed on a class object after its statement ran:
//! `C.__setattr__ = f` or `C.__delattr__ = f` (dataclasses' frozen
//! classes do this). A class whose body defines a hook is not typed at all
//! (`discover`); one that gets a hook later keeps its typed methods, but
//! every store to its instances (and its subclasses') then runs the hook,
//! which receives the instance and the value as `obj` and may store
//! anything under any name. So such a class gets no fixed layout (its
//! stores take the protocol, which finds the hook), its instances count as
//! escaped, and its attributes as reached by computed stores.
//!
//! Which classes a hook store reaches is the solver's decision: a `Class(c)`
//! receiver hooks `c`; a receiver inference does not know (`obj`) may be
//! the class object of any class whose class object escaped. On an
//! instance the name is an ordinary attribute: the protocol looks hooks
//! up on the type.

use super::{ClassId, Model, State};
use crate::infer::kind::Kind;

/// `--emit types` names where the first store of an unknown receiver's
/// hook happened.
pub(super) const HOOKS_WIDENING: &str =
    "attribute hooks stored on class objects (`C.__setattr__ = f`)";

impl Model {
    /// Record a store of a hook on a receiver of kind `receiver`; whether
    /// it may reach one of the program's classes.
    pub(super) fn note_hook(&self, state: &mut State, receiver: Kind) -> bool {
        let grew = match receiver {
            Kind::Class(c) => state.hooked.insert(c),
            Kind::Bottom
            | Kind::Inst(_)
            | Kind::Union(_)
            | Kind::NativeModule(_)
            | Kind::Iter(_) => return false,
            kind if kind.is_exact_builtin() => return false,
            _ => !std::mem::replace(&mut state.escaped_hooks, true),
        };
        state.changed |= grew;
        true
    }

    /// Whether a hook stored at run time may run on the stores to an
    /// instance of `c`: stored on `c` or a base, by name or through a class
    /// object that escaped.
    pub(super) fn hooked(&self, state: &State, c: ClassId) -> bool {
        self.found.classes[c as usize].mro.iter().any(|d| {
            state.hooked.contains(d) || state.escaped_hooks && self.class_escaped(state, *d)
        })
    }

    /// [`Model::hooked`] once the solve is done: such a class gets no
    /// fixed layout.
    pub fn attribute_hooked(&self, c: ClassId) -> bool {
        self.hooked(&self.state.borrow(), c)
    }
}
