//! Which native methods of built-in types a program can reach, and which
//! native modules it imports, so the link step keeps only those
//! (`methods.rs`).
//!
//! A native method is found by its name at run time (`ty_getattr`, method
//! calls, the runtime's own lookups), so a method named nowhere cannot be
//! reached. The names are, over-approximated:
//! - every identifier inside every string constant of the program (the
//!   standard library written in Python included): attribute names of
//!   loads, stores and calls are constants, and so are the names
//!   `hasattr(x, "m")`, `methodcaller("m")` and `"{0.m}".format(x)` use;
//! - every dunder (the runtime calls them through the protocols), except
//!   in the table `wrappers`, the slot wrappers that only an attribute
//!   access by their name reaches;
//! - the names the runtime itself looks methods up by
//!   (`lookups::RUNTIME_LOOKUPS`, audited against the runtime's sources):
//!   `keys` for `dict(mapping)`, `write` for `print(file=f)`.
//!
//! The tables `percent_str` and `percent_bytes` hold printf-style
//! formatting, which only the `%` operator reaches: they are kept when the
//! program has a `%` or `%=` anywhere (the standard library written in
//! Python included: `operator.mod` is one) or names `__mod__` / `__rmod__`
//! (the slot wrappers), or reaches every method.
//!
//! A program that can make up a name at run time reaches every method:
//! `getattr` / `hasattr` / `setattr` / `delattr` with a name that is not a
//! constant or used as a value, `vars`, `__dict__` and `__getattribute__`
//! (a type's methods as a mapping, or lookups by a computed name), and
//! `str.format` / `format_map` on a format string that is not a constant
//! (replacement fields read attributes: `"{0.upper}"`).

use std::collections::{BTreeSet, HashSet};

use crate::tir::{self, Const, Op, ValueId};

use super::lookups::looked_up;

/// What of the runtime a program can reach through names: native methods
/// and native modules.
#[derive(Debug)]
pub struct Reach {
    pub methods: Methods,
    /// The indices in `typhon_abi::NATIVE_MODULES` of the native modules
    /// the program imports.
    pub native_modules: BTreeSet<u32>,
    /// Whether the program can format with `%` (see the module doc).
    pub percent: bool,
}

/// The native methods a program can reach.
#[derive(Debug)]
pub enum Methods {
    /// Every method (the program can compute names).
    All,
    /// The methods with these names (besides dunders and those the runtime
    /// looks up).
    Names(HashSet<String>),
}

impl Reach {
    /// Whether the method `name` of the table `table` must be linked.
    pub fn keeps(&self, table: &str, name: &str) -> bool {
        if table == "percent_str" || table == "percent_bytes" {
            return self.percent || matches!(self.methods, Methods::All);
        }
        match &self.methods {
            Methods::All => true,
            // The slot wrappers that call whole builtins (`__round__`,
            // `__reversed__`, ...: `runtime/src/types/special/wrappers.rs`)
            // are reached only as attributes, by their own name.
            Methods::Names(names) if table == "wrappers" => names.contains(name),
            Methods::Names(names) => {
                (name.starts_with("__") && name.ends_with("__"))
                    || names.contains(name)
                    || looked_up(table, name)
            }
        }
    }
}

/// Builtins that reach attributes by a name computed at run time.
const NAME_BUILTINS: &[&str] = &[
    "getattr",
    "hasattr",
    "setattr",
    "delattr",
    "$getattr_checked",
    "$hasattr_checked",
    "$setattr_checked",
    "$delattr_checked",
];

/// Builtins and attribute names that expose methods or lookups wholesale.
const DEFEATING_BUILTINS: &[&str] = &["vars", "$vars", "exec", "eval", "compile", "__import__"];
const DEFEATING_NAMES: &[&str] = &["__dict__", "__getattribute__"];

/// What `program` can reach.
pub fn reach(program: &tir::Program) -> Reach {
    let mut native_modules = BTreeSet::new();
    let mut percent = program.consts.items.iter().any(
        |c| matches!(c, Const::Str(text) if text.contains("__mod__") || text.contains("__rmod__")),
    );
    for (_, func) in program.functions.iter() {
        for block in &func.blocks.items {
            for inst in &block.insts {
                match inst.op {
                    Op::ImportNative(index) => {
                        native_modules.insert(index);
                    }
                    Op::BinOp {
                        op: tir::BinOp::Mod,
                        ..
                    }
                    | Op::InplaceBinOp {
                        op: tir::BinOp::Mod,
                        ..
                    } => percent = true,
                    _ => {}
                }
            }
        }
    }
    Reach {
        methods: methods(program),
        native_modules,
        percent,
    }
}

/// The methods `program` can reach.
fn methods(program: &tir::Program) -> Methods {
    let mut names: HashSet<String> = HashSet::new();
    for constant in program.consts.items.iter() {
        if let Const::Str(text) = constant {
            if DEFEATING_NAMES.iter().any(|name| text.contains(name)) {
                return Methods::All;
            }
            for piece in text.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
                if !piece.is_empty() {
                    names.insert(piece.to_string());
                }
            }
        }
    }
    for (_, func) in program.functions.iter() {
        if dynamic(program, func) {
            return Methods::All;
        }
    }
    Methods::Names(names)
}

/// A builtin reaching attributes by name, or one exposing them wholesale.
fn reaching_builtin(name: &str) -> bool {
    NAME_BUILTINS.contains(&name) || DEFEATING_BUILTINS.contains(&name)
}

fn builtin_name(op: Option<&Op>) -> Option<&'static str> {
    match op {
        Some(Op::Builtin(idx)) => Some(typhon_abi::BUILTINS[*idx as usize]),
        _ => None,
    }
}

fn is_const_str(program: &tir::Program, op: Option<&Op>) -> bool {
    matches!(op, Some(Op::Const(id)) if matches!(program.consts[*id], Const::Str(_)))
}

/// Whether `func` can look an attribute up by a name made at run time.
fn dynamic(program: &tir::Program, func: &tir::Function) -> bool {
    let mut defs: Vec<Option<&Op>> = vec![None; func.values.len()];
    for block in &func.blocks.items {
        for inst in &block.insts {
            if let [result] = inst.results[..] {
                defs[result.index()] = Some(&inst.op);
            }
        }
    }
    let def = |v: ValueId| defs.get(v.index()).copied().flatten();
    for block in &func.blocks.items {
        for inst in &block.insts {
            match &inst.op {
                Op::Builtin(_)
                    if builtin_name(Some(&inst.op))
                        .is_some_and(|n| DEFEATING_BUILTINS.contains(&n)) =>
                {
                    return true;
                }
                // A global of that name reads the builtin while unbound;
                // `builtins.getattr` is the builtin too.
                Op::LoadGlobal(global) if reaching_builtin(&program.globals[*global].name) => {
                    return true;
                }
                Op::GetAttr { name, .. } | Op::CallMethod { name, .. } if matches!(&program.consts[*name], Const::Str(s) if reaching_builtin(s)) =>
                {
                    return true;
                }
                Op::GetAttr { obj, name } | Op::CallMethod { obj, name, .. } => {
                    let is_format = matches!(&program.consts[*name],
                        Const::Str(s) if s == "format" || s == "format_map");
                    if is_format && !is_const_str(program, def(*obj)) {
                        return true;
                    }
                }
                _ => {}
            }
            // The name builtins only as the callee of a call whose name
            // argument is a constant.
            let callee = match &inst.op {
                Op::Call { callee, args, .. }
                    if builtin_name(def(*callee)).is_some_and(|n| NAME_BUILTINS.contains(&n)) =>
                {
                    if !args.get(1).is_some_and(|a| is_const_str(program, def(*a))) {
                        return true;
                    }
                    Some(*callee)
                }
                _ => None,
            };
            let mut escapes = false;
            inst.op.for_each_operand(|v| {
                if Some(*v) != callee
                    && builtin_name(def(*v)).is_some_and(|n| NAME_BUILTINS.contains(&n))
                {
                    escapes = true;
                }
            });
            if escapes {
                return true;
            }
        }
        if block
            .term
            .operands()
            .iter()
            .any(|v| builtin_name(def(*v)).is_some_and(|n| NAME_BUILTINS.contains(&n)))
        {
            return true;
        }
    }
    false
}
