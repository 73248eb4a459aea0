//! `f.__code__`: in a program that names `__code__`, each function object
//! gets a code object describing its source, made by the runtime's hidden
//! builtin `$code` from a constant tuple (`runtime/src/types/code.rs`):
//! `(co_name, co_qualname, co_filename, co_varnames, numbers, co_cellvars,
//! co_freevars)`, `numbers` being `"co_firstlineno co_flags co_argcount
//! co_posonlyargcount co_kwonlyargcount"`. Other programs make none and link none of it.

use super::builder::FnBuilder;
use crate::diag::{DiagKind, Diagnostic, FileId};
use crate::syntax::ast;
use crate::tir::{Const, FuncId, Op, ValueId};

/// CPython's `co_flags` bits.
pub const CO_OPTIMIZED_NEWLOCALS: i64 = 0x3;
pub const CO_VARARGS: i64 = 0x4;
pub const CO_VARKEYWORDS: i64 = 0x8;
pub const CO_NESTED: i64 = 0x10;
pub const CO_GENERATOR: i64 = 0x20;
pub const CO_COROUTINE: i64 = 0x80;
pub const CO_ASYNC_GENERATOR: i64 = 0x200;

/// Whether `expr` names `__code__` (an attribute, or a string a name can
/// be looked up by: `getattr(f, "__code__")`).
pub fn names_code(expr: &ast::Expr) -> bool {
    match expr {
        ast::Expr::Attribute(attribute) => attribute.attr.as_str() == "__code__",
        ast::Expr::Constant(constant) => {
            matches!(&constant.value, ast::Constant::Str(text) if text.contains("__code__"))
        }
        _ => false,
    }
}

/// The error for `f.__code__ = ...` / `del f.__code__`: replacing a
/// function's code is not compiled (the function object's code is fixed).
pub fn replaced_code(file: FileId, expr: &ast::Expr) -> Option<Diagnostic> {
    let ast::Expr::Attribute(attribute) = expr else {
        return None;
    };
    if attribute.attr.as_str() != "__code__" || attribute.ctx == ast::ExprContext::Load {
        return None;
    }
    let kind = DiagKind::UnsupportedFeature {
        feature: "replacing a function's `__code__`".into(),
        reason: "a compiled function's code cannot be swapped at run time".into(),
    };
    Some(Diagnostic::new(
        kind,
        crate::syntax::span(file, attribute.range),
    ))
}

/// What a function's code object says, from its definition.
pub struct CodeFacts {
    pub name: String,
    pub varnames: Vec<String>,
    /// The byte offset whose line is `co_firstlineno` (the first
    /// decorator's, or the `def`'s).
    pub first_offset: u32,
    /// The flags the definition decides (`CO_NESTED` is added here).
    pub flags: i64,
    pub args: ast::Arguments,
    /// Its locals that nested scopes use and its free variables; sorted
    /// here, as CPython's compiler orders them.
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
}

/// The flags of a `def` or lambda with these parameters: generator and
/// coroutine bits are the caller's.
pub fn parameter_flags(args: &ast::Arguments) -> i64 {
    let mut flags = CO_OPTIMIZED_NEWLOCALS;
    if args.vararg.is_some() {
        flags |= CO_VARARGS;
    }
    if args.kwarg.is_some() {
        flags |= CO_VARKEYWORDS;
    }
    flags
}

impl FnBuilder<'_, '_> {
    /// Set `function.__code__` when the program names `__code__`.
    pub fn set_code(&mut self, function: ValueId, func: FuncId, facts: CodeFacts) {
        if !self.lw.wants_code {
            return;
        }
        let qualname = self.lw.out.functions[func]
            .generic
            .as_ref()
            .map(|generic| generic.name);
        let Some(qualname) = qualname else {
            return;
        };
        let mut flags = facts.flags;
        // CPython's nested scopes are those inside a function: exactly the
        // qualified names with a `<locals>` part.
        if matches!(&self.lw.out.consts[qualname], Const::Str(q) if q.contains("<locals>")) {
            flags |= CO_NESTED;
        }
        let file = self.lw.resolved.sources.file(self.file);
        let line = file.line_of(facts.first_offset);
        let filename = self.lw.resolved.modules[self.module]
            .file_path
            .clone()
            .unwrap_or_default();
        let args = &facts.args;
        let positional = args.posonlyargs.len() + args.args.len();
        let numbers = format!(
            "{line} {flags} {positional} {} {}",
            args.posonlyargs.len(),
            args.kwonlyargs.len()
        );
        let items = vec![
            self.lw.str_const(&facts.name),
            qualname,
            self.lw.str_const(&filename),
            self.lw.names_tuple(&facts.varnames),
            self.lw.str_const(&numbers),
            self.lw.names_tuple(&sorted(facts.cellvars)),
            self.lw.names_tuple(&sorted(facts.freevars)),
        ];
        let info = self.lw.constant(Const::Tuple(items));
        let index = typhon_abi::builtin_index("$code").expect("the `$code` builtin") as u32;
        let callee = self.emit(Op::Builtin(index));
        let info = self.emit(Op::Const(info));
        let code = self.emit(Op::Call {
            callee,
            args: vec![info],
            kwnames: None,
        });
        let name = self.lw.str_const("__code__");
        self.emit_void(Op::SetAttr {
            obj: function,
            name,
            value: code,
        });
    }
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}
