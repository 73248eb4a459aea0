//! What inference may assume about module globals and native module
//! attributes: a global's kind is the join of every `StoreGlobal` to it in
//! the whole program, and `math.sqrt` is the built-in function, unless
//! some code can write them another way.
//!
//! The other ways are attribute stores on a module object (`m.X = 1`,
//! `math.sqrt = f`: any `SetAttr` / `DelAttr` whose receiver is `obj` can
//! reach a module, so its name is enough), and the reflective doors
//! (`setattr`, `globals()`, `vars()`, `__dict__`, `__setattr__`, `exec`),
//! whose presence anywhere in the program (as a builtin or as a string
//! constant, which a `getattr` could use) makes every global `obj`.

use std::collections::HashSet;

use super::kind::Kind;
use crate::tir::{self, Const, GlobalId, Op};

/// Names whose use anywhere could write a global or a module attribute
/// behind the program's back.
const DOORS: &[&str] = &[
    "setattr",
    "delattr",
    "globals",
    "vars",
    "exec",
    "eval",
    "__dict__",
    "__setattr__",
    "__delattr__",
];

/// The program-wide facts about writes to globals and module attributes.
#[derive(Debug, Default)]
pub struct ModuleWrites {
    /// A reflective door is used: nothing about globals can be assumed.
    escape: bool,
    /// Attribute names stored or deleted anywhere.
    attrs: HashSet<String>,
    /// Globals some `StoreGlobal` writes.
    stored: HashSet<GlobalId>,
}

impl ModuleWrites {
    pub fn scan(program: &tir::Program) -> ModuleWrites {
        let mut writes = ModuleWrites::default();
        let str_const = |id: tir::ConstId| match &program.consts[id] {
            Const::Str(name) => Some(name.clone()),
            _ => None,
        };
        for func in &program.functions.items {
            for block in &func.blocks.items {
                for inst in &block.insts {
                    match &inst.op {
                        Op::SetAttr { name, .. } | Op::DelAttr { name, .. } => {
                            writes.attrs.extend(str_const(*name));
                        }
                        Op::StoreGlobal { global, .. } => {
                            writes.stored.insert(*global);
                        }
                        Op::Builtin(index) => {
                            let name = typhon_abi::BUILTINS.get(*index as usize);
                            writes.escape |= name.is_some_and(|n| DOORS.contains(n));
                        }
                        _ => {}
                    }
                }
            }
        }
        writes.escape |= program
            .consts
            .items
            .iter()
            .any(|c| matches!(c, Const::Str(s) if DOORS.contains(&s.as_str())));
        writes.escape |= program
            .globals
            .items
            .iter()
            .any(|g| DOORS.contains(&g.name.as_str()));
        writes
    }

    /// The kind global `id` starts from before its stores are joined in:
    /// `obj` when something else can write it, or when no store does (the
    /// runtime may set it) or it falls back to a builtin while unbound.
    pub fn global_start(&self, program: &tir::Program, id: GlobalId) -> Kind {
        let name = &program.globals[id].name;
        let fixed = !self.escape
            && !self.attrs.contains(name)
            && self.stored.contains(&id)
            && typhon_abi::builtin_index(name).is_none();
        match fixed {
            true => Kind::Bottom,
            false => Kind::Obj,
        }
    }

    /// Whether a native module's attribute `name` is still the one the
    /// runtime created.
    pub fn attr_fixed(&self, name: &str) -> bool {
        !self.escape && !self.attrs.contains(name)
    }
}

/// What a store of a value of kind `kind` contributes to a global: scalar
/// kinds, modules, and instances (and their unions: attribute kinds join
/// the stores through every receiver, whatever held it), and tuples of
/// those; other containers stored in a global are `obj` (their analysis
/// tracks them through locals and values only).
pub fn global_kind(kind: Kind) -> Kind {
    match kind {
        Kind::Bottom
        | Kind::Int
        | Kind::Float
        | Kind::Bool
        | Kind::None
        | Kind::Str
        | Kind::Range
        | Kind::NativeModule(_)
        | Kind::Inst(_)
        | Kind::Union(_)
        | Kind::OptFloat
        | Kind::OptInt => kind,
        // A tuple of constants (`DIRECTIONS = (-1, 1, ...)`) is immutable.
        Kind::Tuple(_) if super::containers::frozen_tuple(kind) => kind,
        _ => Kind::Obj,
    }
}
