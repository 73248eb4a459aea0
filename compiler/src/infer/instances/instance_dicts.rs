//! Reads of an object's attribute dict: `vars(x)` (the hidden builtin
//! `$vars`), `x.__dict__`, `getattr(x, "__dict__")`.
//!
//! The runtime moves an instance's attributes from its fixed slots into an
//! ordinary dict the first time its `__dict__` is asked for, and the
//! generated code's slot accesses fall back to the generic protocol from
//! then on (`runtime/src/types/class/layout.rs`). So such a read needs no
//! whole-program defeat, only what the dict makes reachable: every
//! attribute of the instances it may be read and written by names
//! inference does not see. For an `Inst(c)` or union receiver that is
//! exactly those classes: their stores' values escape (a read through the
//! dict hands them out) and their attributes may hold anything (a write
//! through it). An `obj` receiver may be any instance that escaped, or a
//! class object (whose namespace holds its methods: then it is a computed
//! read, as `getattr(x, name)` is), or a module while module objects are
//! loose (its globals: likewise).

use super::discover::{builtin_named, const_str, name_of};
use super::{ClassId, Model, State, union};
use crate::infer::kind::Kind;
use crate::tir::{self, Op, ValueId};

/// The receiver of `op` when it reads an object's attribute dict.
pub(crate) fn dict_read(program: &tir::Program, defs: &[Option<&Op>], op: &Op) -> Option<ValueId> {
    match op {
        Op::GetAttr { obj, name } if name_of(program, *name) == "__dict__" => Some(*obj),
        Op::Call {
            callee,
            args,
            kwnames: None,
        } => {
            let callee = defs[callee.index()];
            let vars = builtin_named(callee, "$vars") && args.len() == 1;
            let named = (builtin_named(callee, "getattr") || builtin_named(callee, "hasattr"))
                && args.len() == 2
                && const_str(program, defs[args[1].index()]) == Some("__dict__");
            (vars || named).then(|| args[0])
        }
        _ => None,
    }
}

impl Model {
    /// Record what reading the attribute dict of a receiver of kind
    /// `receiver` reaches; whether it reaches any of the program's classes.
    pub(super) fn note_dict_read(&self, state: &mut State, receiver: Kind) -> bool {
        let loose = state.modules_loose;
        let mut grew = false;
        let mut reached = true;
        match receiver {
            Kind::Inst(c) => grew |= note_instance(state, c),
            Kind::Union(bits) => {
                for c in union::classes(bits) {
                    grew |= note_instance(state, c);
                }
            }
            Kind::Class(_) | Kind::NativeModule(_) => {
                return super::reflective::note_computed_read(state, receiver);
            }
            Kind::Obj => {
                let classes = 0..self.found.classes.len() as ClassId;
                let class_object = classes.clone().any(|c| self.class_escaped(state, c));
                if loose || class_object {
                    super::reflective::note_computed_read(state, receiver);
                }
                grew |= !std::mem::replace(&mut state.escaped_dicts, true);
                reached = classes.into_iter().any(|c| self.inst_escaped(state, c));
            }
            _ => return false,
        }
        state.changed |= grew;
        reached
    }
}

/// The dict of an instance of `c` may be read and written; whether that
/// is news.
fn note_instance(state: &mut State, c: ClassId) -> bool {
    state.dict_reads.insert(c) | state.instance_stores.insert(c)
}
