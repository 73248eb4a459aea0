//! Building one TIR function: blocks, instructions, locals, and the
//! control-flow context (loops, cleanups, exception handlers) that
//! statements need.

use std::collections::HashMap;

use rustpython_parser::text_size::TextRange;

use super::Lowerer;
use crate::diag::{FileId, Span};
use crate::resolve::scope::FunctionScope;
use crate::syntax;
use crate::tir::{self, BlockId, GlobalId, LocalId, Op, Terminator, Type, ValueId};

/// What a name refers to at one use.
#[derive(Clone, Copy, Debug)]
pub enum NameRef {
    Local(LocalId),
    Global(GlobalId),
    Builtin(u32),
    /// A variable shared with nested scopes: `local` holds its cell;
    /// `free` when the cell belongs to an enclosing function.
    Cell {
        local: LocalId,
        free: bool,
    },
    /// A variable of an enclosing function (a closure, not compiled yet).
    Enclosing,
}

/// Code that must run when control leaves a region early (`return`,
/// `break`, `continue` out of `try`/`finally` or an `except` body).
#[derive(Clone)]
pub enum Cleanup<'ast> {
    /// Run a `finally` body. It runs outside the `try` it belongs to, so an
    /// exception it raises goes to `handler`, the handler of the code
    /// around that `try` (not to the `try`'s own exceptional path, which
    /// would run the body a second time).
    Finally {
        body: &'ast [syntax::ast::Stmt],
        handler: Option<BlockId>,
    },
    /// Leave an `except` body: restore the previously handled exception.
    HandlerExit(LocalId),
    /// Leave an `except ... as name` body: unbind `name`.
    UnbindName(&'ast str),
    /// Leave a `for` loop over a fresh generator: close it.
    CloseIter(LocalId),
    /// Leave a `with` body: call its `__exit__` (held in `exit`) with three
    /// `None`s; an exception it raises goes to `handler`, the handler
    /// around the `with`.
    WithExit {
        exit: LocalId,
        handler: Option<BlockId>,
        /// `async with`: the call's result is awaited.
        is_async: bool,
    },
}

#[derive(Clone)]
pub struct LoopContext {
    pub break_target: BlockId,
    pub continue_target: BlockId,
    /// Depth of the cleanup stack when the loop started.
    pub cleanup_depth: usize,
}

pub struct FnBuilder<'l, 'a> {
    pub lw: &'l mut Lowerer<'a>,
    pub func: tir::Function,
    pub module: usize,
    pub file: FileId,
    /// `None` for a module body.
    pub scope: Option<FunctionScope>,
    /// Names local to enclosing functions (for the closure diagnostic).
    pub enclosing: Vec<String>,
    pub locals: HashMap<String, LocalId>,
    /// Cell variables and free variables: the local holding each one's
    /// cell, and whether it is free (see `NameRef::Cell`).
    pub cells: HashMap<String, (LocalId, bool)>,
    /// Nested functions of an enclosing function (or of this one) that
    /// calls by name may call directly (see `register_local_defs`).
    pub local_direct: HashMap<String, super::closures::LocalDirect>,
    /// Locals that are always bound (parameters).
    pub always_bound: Vec<LocalId>,
    pub current: BlockId,
    pub handler: Option<BlockId>,
    pub loops: Vec<LoopContext>,
    pub cleanups: Vec<Cleanup<'a>>,
    pub line: u32,
    /// The function's `__qualname__` (`outer.<locals>.inner`); the module
    /// body's is empty.
    pub qualname: String,
    /// Set while lowering a class body: where its names go.
    pub class_body: Option<super::class::ClassBody>,
    /// For a function defined in a class body: its first parameter (what
    /// zero-argument `super()` passes with the `__class__` cell's class).
    pub method_of: Option<Option<LocalId>>,
    sealed: Vec<bool>,
}

impl<'l, 'a> FnBuilder<'l, 'a> {
    pub fn new(
        lw: &'l mut Lowerer<'a>,
        module: usize,
        scope: Option<FunctionScope>,
        name: String,
        line: u32,
    ) -> Self {
        let file = lw.resolved.modules[module].file;
        let mut func = super::placeholder_function(module);
        func.name = name;
        func.line = line;
        let mut builder = FnBuilder {
            lw,
            func,
            module,
            file,
            scope,
            enclosing: Vec::new(),
            locals: HashMap::new(),
            cells: HashMap::new(),
            local_direct: HashMap::new(),
            always_bound: Vec::new(),
            current: BlockId(0),
            handler: None,
            loops: Vec::new(),
            cleanups: Vec::new(),
            line,
            qualname: String::new(),
            class_body: None,
            method_of: None,
            sealed: Vec::new(),
        };
        builder.current = builder.new_block();
        if let Some(scope) = &builder.scope {
            for name in scope.locals.clone() {
                let id = builder.func.locals.push(tir::Local {
                    name: name.clone(),
                    ty: Type::Obj,
                });
                builder.locals.insert(name, id);
            }
        }
        builder
    }

    pub fn finish(mut self) -> tir::Function {
        if !self.is_sealed() {
            let none = self.emit(Op::None);
            self.terminate(Terminator::Return(none));
        }
        super::compact::compact(&mut self.func);
        self.func
    }

    pub fn span(&self, range: TextRange) -> Span {
        syntax::span(self.file, range)
    }

    /// Set the current source line from an AST range.
    pub fn at(&mut self, range: TextRange) {
        let file = self.lw.resolved.sources.file(self.file);
        self.line = file.line_of(range.start().into());
    }

    /// Set the current line for an operation on `obj.attr`: CPython 3.11
    /// reports it on the line of the attribute name when the expression
    /// spans lines (`(value\n    .attr)` fails on the second line).
    pub fn at_attribute(&mut self, attribute: &syntax::ast::ExprAttribute) {
        let file = self.lw.resolved.sources.file(self.file);
        let last_char = u32::from(attribute.range.end()).saturating_sub(1);
        self.line = file.line_of(last_char);
    }

    pub fn new_block(&mut self) -> BlockId {
        self.sealed.push(false);
        self.func.blocks.push(tir::Block {
            handler: self.handler,
            ..Default::default()
        })
    }

    pub fn switch_to(&mut self, block: BlockId) {
        self.current = block;
    }

    pub fn is_sealed(&self) -> bool {
        self.sealed[self.current.index()]
    }

    /// End the current block; later code goes to a fresh unreachable block.
    pub fn terminate(&mut self, term: Terminator) {
        if self.is_sealed() {
            return;
        }
        let block = &mut self.func.blocks[self.current];
        block.term = term;
        block.term_line = self.line;
        self.sealed[self.current.index()] = true;
        let dead = self.new_block();
        self.current = dead;
    }

    pub fn jump(&mut self, target: BlockId) {
        self.terminate(Terminator::Jump(target));
    }

    pub fn branch(&mut self, cond: ValueId, then_block: BlockId, else_block: BlockId) {
        self.terminate(Terminator::Branch {
            cond,
            then_block,
            else_block,
        });
    }

    fn push_inst(&mut self, op: Op, results: Vec<ValueId>) {
        let line = self.line;
        self.func.blocks[self.current]
            .insts
            .push(tir::Inst { results, op, line });
    }

    /// Emit an instruction producing one `obj` value.
    pub fn emit(&mut self, op: Op) -> ValueId {
        let value = self.func.values.push(Type::Obj);
        self.push_inst(op, vec![value]);
        value
    }

    /// Emit an instruction producing one native `bool`.
    pub fn emit_bool(&mut self, op: Op) -> ValueId {
        let value = self.func.values.push(Type::Bool);
        self.push_inst(op, vec![value]);
        value
    }

    /// Emit an instruction producing nothing.
    pub fn emit_void(&mut self, op: Op) {
        self.push_inst(op, vec![]);
    }

    /// Emit an instruction producing `count` `obj` values.
    pub fn emit_many(&mut self, op: Op, count: usize) -> Vec<ValueId> {
        let values: Vec<ValueId> = (0..count)
            .map(|_| self.func.values.push(Type::Obj))
            .collect();
        self.push_inst(op, values.clone());
        values
    }

    /// A fresh hidden local (for values that cross blocks).
    pub fn temp(&mut self, hint: &str) -> LocalId {
        let name = format!("${hint}{}", self.func.locals.len());
        self.func.locals.push(tir::Local {
            name,
            ty: Type::Obj,
        })
    }

    pub fn store_local(&mut self, local: LocalId, value: ValueId) {
        self.emit_void(Op::StoreLocal { local, value });
    }

    /// Load a local known to be bound.
    pub fn load_temp(&mut self, local: LocalId) -> ValueId {
        self.emit(Op::LoadLocal {
            local,
            checked: false,
        })
    }

    /// What `name` refers to here, or `None` when it is bound nowhere.
    pub fn resolve_name(&mut self, name: &str) -> Option<NameRef> {
        if let Some(scope) = &self.scope
            && !scope.globals.contains(name)
        {
            if let Some((local, free)) = self.cells.get(name) {
                return Some(NameRef::Cell {
                    local: *local,
                    free: *free,
                });
            }
            if let Some(local) = self.locals.get(name) {
                return Some(NameRef::Local(*local));
            }
            // An enclosing function's variable hides a global of that name.
            if self.enclosing.iter().any(|enclosing| enclosing == name) {
                return Some(NameRef::Enclosing);
            }
        }
        let module = &self.lw.resolved.modules[self.module];
        if module.globals.iter().any(|g| g == name) {
            return Some(NameRef::Global(self.lw.global(self.module, name)));
        }
        if let Some(idx) = typhon_abi::builtin_index(name) {
            return Some(NameRef::Builtin(idx as u32));
        }
        None
    }
}
