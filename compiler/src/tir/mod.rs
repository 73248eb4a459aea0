//! The typed IR (TIR): the program after lowering, before code generation.
//!
//! A [`Program`] holds every module's global slots, a constant pool and the
//! functions reachable from the main module. Each [`Function`] is a list of
//! basic blocks of [`Inst`]s over SSA values, plus typed local variable slots
//! (`LoadLocal` / `StoreLocal`) that carry data around loops and joins; a
//! value is used only where its definition dominates, so no block
//! parameters are needed and SSA construction for locals stays in the back
//! end (Cranelift's frontend does it).
//!
//! Python-level operations stay visible (`BinOp`, `GetItem`, `CallDirect`)
//! until a pass or the code generator lowers them.
//!
//! Exceptions: an instruction that can raise has an implicit edge to its
//! block's `handler` (or, without one, out of the function). On that edge
//! the code generator records `(function, line)` in the exception's
//! traceback. A handler block starts with `FetchException`.
//!
//! This module defines the IR, its text form ([`printer`]) and its
//! [`verifier`]; nothing here transforms it.

pub mod cfg;
mod effects;
mod exact;
mod ids;
mod num_ops;
mod operands;
pub mod printer;
pub mod verifier;

pub use effects::runs_no_python_code;
pub use num_ops::{NumFn, SmallIntOp};

pub use typhon_abi::{BinOp, CmpOp, UnaryOp};

pub use exact::ExactFn;
pub use ids::*;

/// Static types of values and locals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// Any Python value, one word (the dynamic type).
    Obj,
    /// A native truth value (`i8`), used for branch conditions.
    Bool,
    /// A word known to hold an exact `int` (inline small or big); set by
    /// inference, represented like `Obj`.
    Int,
    /// An unboxed `float` (`f64`); set by inference.
    F64,
}

impl std::fmt::Display for Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Type::Obj => "obj",
            Type::Bool => "bool",
            Type::Int => "int",
            Type::F64 => "f64",
        })
    }
}

/// The whole program.
#[derive(Debug, Default)]
pub struct Program {
    pub modules: IndexVec<ModuleId, Module>,
    pub functions: IndexVec<FuncId, Function>,
    pub globals: IndexVec<GlobalId, Global>,
    pub consts: IndexVec<ConstId, Const>,
    /// The main module; its body runs as the program.
    pub main: ModuleId,
}

/// A user module compiled into the program.
#[derive(Debug)]
pub struct Module {
    /// Dotted name (`__main__` for the main file).
    pub name: String,
    /// Source path as given to the compiler (for tracebacks).
    pub path: String,
    /// The module's source text (for traceback source lines).
    pub source: String,
    /// The function running the module body.
    pub init: FuncId,
    /// Its global slots, in a fixed order.
    pub globals: Vec<GlobalId>,
    /// `Const::Str` of the module name, for the module object.
    pub name_const: ConstId,
    /// `Const::Str` of each global's name, parallel to `globals`.
    pub global_name_consts: Vec<ConstId>,
}

/// One module-level variable slot. Unbound slots hold 0.
#[derive(Debug)]
pub struct Global {
    pub module: ModuleId,
    pub name: String,
    /// The position in its module body's entry block of the store from
    /// which on it is always bound (`opt::module_constants`): a function
    /// of the module whose `runs_after` is later reads it without the
    /// `NameError` test.
    pub bound_at: Option<u32>,
}

impl Global {
    /// Whether a function of `module` whose `runs_after` is `position`
    /// only runs once this global is bound (outside module bodies).
    pub fn bound_after(&self, module: ModuleId, position: u32) -> bool {
        self.module == module && self.bound_at.is_some_and(|at| at < position)
    }
}

/// A constant created once at program start. A `Tuple` refers only to
/// constants with smaller ids, so creating them in id order works.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Str(String),
    /// An integer too large for an inline small int, in decimal.
    BigInt(String),
    Float(f64),
    /// A complex literal's real and imaginary parts (`2j` is `(0.0, 2.0)`).
    Complex(f64, f64),
    Bytes(Vec<u8>),
    /// A tuple of other constants (keyword-name tuples, parameter names).
    Tuple(Vec<ConstId>),
}

/// What an `async def` makes when called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsyncKind {
    /// Not an `async def`.
    None,
    Coroutine,
    /// An `async def` containing `yield`.
    AsyncGenerator,
}

#[derive(Debug, Clone)]
pub struct Function {
    /// Qualified name as tracebacks show it (`<module>` for module bodies).
    pub name: String,
    /// Unique symbol-safe name for the object file.
    pub symbol: String,
    pub module: ModuleId,
    /// Locals that receive the arguments, in order.
    pub params: Vec<LocalId>,
    /// Parameter names and default-value count, when the function can be
    /// called as a value (through its generic entry point).
    pub generic: Option<GenericEntry>,
    pub locals: IndexVec<LocalId, Local>,
    pub values: IndexVec<ValueId, Type>,
    pub blocks: IndexVec<BlockId, Block>,
    /// Source line of the definition.
    pub line: u32,
    /// How many of the leading `params` receive the cells of free
    /// variables (a closure's generic entry passes them from the function
    /// object; a comprehension's caller passes them directly).
    pub n_free: usize,
    /// Module bodies run once: a second import returns at once.
    pub is_module_init: bool,
    /// The body contains `yield` (set by lowering; the generator pass
    /// turns such a function into a creation function and a resume function).
    pub is_generator: bool,
    /// A generator function written `async def`: its generator object is a
    /// coroutine or an asynchronous generator (`lower/coroutines.rs`).
    pub async_kind: AsyncKind,
    /// Set on a resume function by the generator pass.
    pub resume: Option<ResumeInfo>,
    /// How the function returns its result (`Obj`, or a typed
    /// representation chosen by inference for functions called directly).
    pub ret: Type,
    /// Frames of the functions inlined here (`opt::inline`): an
    /// instruction whose line has [`INLINED_LINE`] set runs in frame
    /// `inlined[line & !INLINED_LINE]`.
    /// Recursion levels a call of this function counts beyond its own
    /// frame: 1 for an `__init__` copy a class construction calls directly
    /// (`infer/instances/apply.rs`), since CPython 3.11 counts the
    /// `type.__call__` around it; its prologue adds it to the depth.
    pub extra_depth: u32,
    pub inlined: Vec<InlinedFrame>,
    /// No code of this function runs before this position in its module
    /// body's entry block (`opt::module_constants`; 0 when unknown).
    pub runs_after: u32,
}

/// Marks an [`Inst::line`] / [`Block::term_line`] that indexes
/// [`Function::inlined`] instead of being a source line of the function.
pub const INLINED_LINE: u32 = 1 << 31;

/// An [`Inst::line`] whose failure adds no traceback entry for its frame:
/// work CPython does in a builtin on the caller's behalf, lowered into a
/// nested function (the `+` of `sum(... for ...)`, `lower::reductions`).
pub const NO_FRAME_LINE: u32 = INLINED_LINE - 1;

/// One (inlined function, line) pair: a traceback through it shows
/// `func` at `line`, then the frame that called it at `call_line` (a line
/// of the containing function, itself possibly an inlined one).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InlinedFrame {
    pub func: FuncId,
    pub line: u32,
    pub call_line: u32,
}

impl Function {
    /// Whether `global` is bound whenever this function reads it (see
    /// `opt::module_constants`).
    pub fn reads_bound(&self, global: &Global) -> bool {
        !self.is_module_init && global.bound_after(self.module, self.runs_after)
    }

    /// The (function, source line) entries a traceback shows for an
    /// instruction at `line`, innermost first; the last is `own`'s.
    pub fn traceback_lines(&self, own: FuncId, mut line: u32) -> Vec<(FuncId, u32)> {
        let mut out = Vec::new();
        while line & INLINED_LINE != 0 {
            let frame = &self.inlined[(line & !INLINED_LINE) as usize];
            out.push((frame.func, frame.line));
            line = frame.call_line;
        }
        out.push((own, line));
        out.retain(|(_, line)| *line != NO_FRAME_LINE);
        out
    }

    /// Call levels between this function's frame and the inlined frame an
    /// instruction at `line` runs in (0 outside inlined code): each
    /// inlined frame counts 1 plus its function's `extra_depth`, as the
    /// `Op::RecursionCheck` the inliner put before it does.
    pub fn inlined_depth(&self, mut line: u32, extra_depth: impl Fn(FuncId) -> u32) -> u32 {
        let mut depth = 0;
        while line & INLINED_LINE != 0 {
            let frame = &self.inlined[(line & !INLINED_LINE) as usize];
            depth += 1 + extra_depth(frame.func);
            line = frame.call_line;
        }
        depth
    }
}

/// What makes a function a generator's resume function: it is compiled as
/// `fn(ts, generator, sent, mode) -> word`, its locals live in the
/// generator's frame slots (one per local, slot index = local index), and
/// its entry dispatches on the saved state to the entry block (state 0) or
/// to `resume_blocks[state - 1]`.
#[derive(Debug, Clone)]
pub struct ResumeInfo {
    /// The locals the creation function's arguments go to, in order.
    pub param_slots: Vec<LocalId>,
    /// The block each `Terminator::Yield` continues at, in state order.
    pub resume_blocks: Vec<BlockId>,
    /// A `Const::Str`: the generator's `__qualname__`.
    pub qualname: ConstId,
}

impl Function {
    /// How many times each value is an operand (instructions and
    /// terminators).
    pub fn use_counts(&self) -> Vec<usize> {
        let mut uses = vec![0; self.values.len()];
        for block in &self.blocks.items {
            for inst in &block.insts {
                inst.op.for_each_operand(|v| uses[v.index()] += 1);
            }
            for v in block.term.operands() {
                uses[v.index()] += 1;
            }
        }
        uses
    }

    /// A function with no name and no body, to be filled in.
    pub fn empty(module: ModuleId) -> Function {
        Function {
            name: String::new(),
            symbol: String::new(),
            module,
            params: Vec::new(),
            generic: None,
            locals: IndexVec::new(),
            values: IndexVec::new(),
            blocks: IndexVec::new(),
            line: 0,
            n_free: 0,
            is_module_init: false,
            is_generator: false,
            async_kind: AsyncKind::None,
            resume: None,
            ret: Type::Obj,
            inlined: Vec::new(),
            extra_depth: 0,
            runs_after: 0,
        }
    }
}

/// What the generic entry point needs to bind arguments.
#[derive(Debug, Clone)]
pub struct GenericEntry {
    /// A `Const::Tuple` of the parameter names.
    pub param_names: ConstId,
    /// A `Const::Str` of the function's qualified name (`__qualname__`).
    pub name: ConstId,
    /// The parameter kinds, packed as `ty_function_set_shape` reads them
    /// (0 when every parameter is positional-or-keyword).
    pub shape: i64,
}

#[derive(Debug, Clone)]
pub struct Local {
    pub name: String,
    pub ty: Type,
}

#[derive(Debug, Default, Clone)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Terminator,
    /// Source line of the terminator (for `raise`, `assert`).
    pub term_line: u32,
    /// Where an exception raised in this block goes; `None` leaves the function.
    pub handler: Option<BlockId>,
}

#[derive(Debug, Clone)]
pub struct Inst {
    /// Values defined by the instruction (most define zero or one).
    pub results: Vec<ValueId>,
    pub op: Op,
    /// Source line, for tracebacks.
    pub line: u32,
}

// `BinOp` / `InplaceBinOp` keep Python's operator names.
#[allow(clippy::enum_variant_names)]
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    // Constants.
    /// An inline small int.
    SmallInt(i64),
    Const(ConstId),
    None,
    True,
    False,
    /// The object `typhon_abi::BUILTINS[index]`.
    Builtin(u32),

    // Variables.
    /// Read a local; `checked` raises `UnboundLocalError` when it is unset.
    LoadLocal {
        local: LocalId,
        checked: bool,
    },
    StoreLocal {
        local: LocalId,
        value: ValueId,
    },
    /// `del x`: raises when unset, then unsets.
    DelLocal(LocalId),
    /// Read a global; raises `NameError` when unset.
    LoadGlobal(GlobalId),
    StoreGlobal {
        global: GlobalId,
        value: ValueId,
    },
    DelGlobal(GlobalId),

    // Operators.
    BinOp {
        op: BinOp,
        lhs: ValueId,
        rhs: ValueId,
    },
    InplaceBinOp {
        op: BinOp,
        lhs: ValueId,
        rhs: ValueId,
    },
    Unary {
        op: UnaryOp,
        operand: ValueId,
    },
    /// Rich comparison producing a Python object.
    Compare {
        op: CmpOp,
        lhs: ValueId,
        rhs: ValueId,
    },
    /// Rich comparison producing a native truth value.
    CompareBool {
        op: CmpOp,
        lhs: ValueId,
        rhs: ValueId,
    },
    /// `lhs is rhs` as a native truth value.
    Is {
        lhs: ValueId,
        rhs: ValueId,
    },
    /// `item in container` as a native truth value.
    Contains {
        container: ValueId,
        item: ValueId,
    },
    /// `bool(value)` as a native truth value.
    Truthy(ValueId),
    /// Negation of a native truth value.
    Not(ValueId),
    /// A native truth value as `True` / `False`.
    BoxBool(ValueId),

    // Items and attributes.
    GetItem {
        obj: ValueId,
        key: ValueId,
    },
    SetItem {
        obj: ValueId,
        key: ValueId,
        value: ValueId,
    },
    DelItem {
        obj: ValueId,
        key: ValueId,
    },
    /// `name` is a `Const::Str`.
    GetAttr {
        obj: ValueId,
        name: ConstId,
    },
    SetAttr {
        obj: ValueId,
        name: ConstId,
        value: ValueId,
    },
    /// `del obj.name`.
    DelAttr {
        obj: ValueId,
        name: ConstId,
    },
    BuildSlice {
        start: ValueId,
        stop: ValueId,
        step: ValueId,
    },

    // Containers.
    BuildList(Vec<ValueId>),
    BuildTuple(Vec<ValueId>),
    BuildSet(Vec<ValueId>),
    BuildDict(Vec<(ValueId, ValueId)>),
    /// `list.append(item)` of an exact list: one the lowering made (a
    /// comprehension's, a call's star arguments) or one inference proved
    /// (`infer::containers::typed`).
    ListAppend {
        list: ValueId,
        item: ValueId,
    },
    /// Unpack exactly `results.len()` items.
    Unpack(ValueId),

    // Iteration.
    GetIter(ValueId),
    /// The next item, or the exhausted marker tested by `IsDone`.
    IterNext(ValueId),
    IsDone(ValueId),
    /// `IterNext` fused with the `Unpack` of its item
    /// (`opt::iter_unpack`): the first result is the status word `IsDone`
    /// tests, the others the unpacked items (defined when not done).
    IterNextUnpack(ValueId),

    // Strings.
    Str(ValueId),
    Repr(ValueId),
    Ascii(ValueId),
    Format {
        value: ValueId,
        spec: ValueId,
    },
    ConcatStr(Vec<ValueId>),

    // Calls.
    /// Call a value; the last `len(kwnames)` arguments are keywords.
    Call {
        callee: ValueId,
        args: Vec<ValueId>,
        kwnames: Option<ConstId>,
    },
    CallMethod {
        obj: ValueId,
        name: ConstId,
        args: Vec<ValueId>,
        kwnames: Option<ConstId>,
    },
    /// Call a known function with every parameter already bound.
    CallDirect {
        func: FuncId,
        args: Vec<ValueId>,
    },
    /// A function object for `func` (which has a generic entry); `defaults`
    /// is a tuple value.
    MakeFunction {
        func: FuncId,
        defaults: ValueId,
    },

    // Closures and star forms (functions issue).
    /// A new empty cell for a variable nested scopes share.
    MakeCell,
    /// The value in a cell; raises `UnboundLocalError` (or, with `free`,
    /// `NameError`) naming `name` (a `Const::Str`) when it is empty.
    LoadCell {
        cell: ValueId,
        name: ConstId,
        free: bool,
    },
    StoreCell {
        cell: ValueId,
        value: ValueId,
    },
    /// `del name` of a cell variable.
    DelCell {
        cell: ValueId,
        name: ConstId,
        free: bool,
    },
    /// A function object for `func` whose free variables live in the cells
    /// of the tuple `closure`.
    MakeClosure {
        func: FuncId,
        defaults: ValueId,
        closure: ValueId,
    },
    /// `list.extend(iterable)` for `[*a]` or the positional arguments of
    /// `callee(*a)` (named in the error when `iterable` is not iterable).
    ListExtend {
        list: ValueId,
        iterable: ValueId,
        callee: Option<ValueId>,
    },
    /// `{**mapping}` into `dict`, or the keywords of `callee(**mapping)`.
    DictMerge {
        dict: ValueId,
        mapping: ValueId,
        callee: Option<ValueId>,
    },
    SetAdd {
        set: ValueId,
        item: ValueId,
    },
    /// `callee(*args, **kwargs)`: `args` a list, `kwargs` a dict.
    CallEx {
        callee: ValueId,
        args: ValueId,
        kwargs: Option<ValueId>,
    },
    /// `a, *rest, z = value`: `before` items, a list, `after` items.
    UnpackEx {
        value: ValueId,
        before: usize,
        after: usize,
    },

    // Modules.
    ImportNative(u32),
    /// Run the module's body if it has not run yet; yields the module object.
    ImportModule(ModuleId),
    /// `module.name` (or, with `from` holding the module's path,
    /// `from module import name`) where `global` is the global `name` of a
    /// user module: read straight from the slot when `module` is that
    /// module's object and the slot is bound, else the generic attribute
    /// read (or `$import_from`), which raises what CPython raises.
    ModuleAttr {
        module: ValueId,
        global: GlobalId,
        from: Option<ValueId>,
    },

    // Exceptions.
    /// Take the pending exception (first instruction of a handler).
    FetchException,
    /// Whether `exc` matches `kind` (a class or a tuple of classes).
    ExceptionMatches {
        exc: ValueId,
        kind: ValueId,
    },
    /// Mark `exc` as being handled; yields the previously handled one.
    HandlerEnter(ValueId),
    HandlerExit(ValueId),
    /// Make `exc` pending again (before `Terminator::Propagate`).
    RestoreException(ValueId),

    // Generators.
    /// First instruction of the block a `Terminator::Yield` continues at:
    /// the value sent in (or the result of a `yield from` delegation);
    /// raises the exception thrown in by `throw()` / `close()`.
    ResumeValue,
    /// A new generator object running `resume` (a resume function) with
    /// `args` in the frame slots of its `param_slots`.
    MakeGenerator {
        resume: FuncId,
        args: Vec<ValueId>,
    },
    /// Close `iter` if it is a generator (a `for` loop left early over an
    /// iterator nothing else can reach); never raises.
    CloseIter(ValueId),
    // Pattern matching.
    /// The class pattern `cls(p1, ..., pN, k1=..., ...)` tested on
    /// `subject`: a tuple of the N positional then the keyword attribute
    /// values, or `None` when it does not match. `kwnames` is a
    /// `Const::Tuple` of the keyword attribute names.
    MatchClass {
        subject: ValueId,
        cls: ValueId,
        n_positional: u32,
        kwnames: Option<ConstId>,
    },

    // Typed values (inserted by inference).
    /// An unboxed float constant (`Type::F64`).
    Float(f64),
    /// An unboxed float as a new `float` object.
    BoxFloat(ValueId),
    /// The `f64` inside a value inference proved to be an exact `float`.
    UnboxFloat(ValueId),
    /// An exact `int` (`Type::Int`) converted to `f64` as float arithmetic
    /// converts its int operand (`OverflowError` when too large).
    IntToFloat(ValueId),
    /// `--infer=checked`: abort unless `value` (a word) is an exact float
    /// (`float`) or an exact int; never raises.
    CheckKind {
        value: ValueId,
        float: bool,
    },
    /// A numeric builtin or `math` function on unboxed floats: every
    /// argument is `Type::F64`; the result is `f64`, or an int word for
    /// [`NumFn::returns_int`] functions.
    NumCall {
        func: NumFn,
        args: Vec<ValueId>,
    },
    /// `obj.name` where `obj` is an instance of exactly a class with a
    /// compile-time layout (`infer::fields`) that gives `name` slot `slot`;
    /// with `raw`, the slot holds a raw float and the result is `f64`.
    LoadField {
        obj: ValueId,
        name: ConstId,
        slot: u32,
        raw: bool,
    },
    /// `obj.name = value` into such a slot; with `raw`, `value` is `f64`.
    StoreField {
        obj: ValueId,
        name: ConstId,
        slot: u32,
        raw: bool,
        value: ValueId,
    },
    /// Whether `obj` is an instance of exactly the class object in global
    /// `class` (its type word is that object; never when the global is
    /// still unbound), as a native truth value: the test of a type switch
    /// over a union receiver (`infer::instances::switch`).
    ClassIs {
        obj: ValueId,
        class: GlobalId,
    },
    /// `op` on two words that earlier tests proved are small ints, as one
    /// machine instruction: the counter of a counting loop over a `range`
    /// whose bounds are small (`lower::counting`).
    SmallInt2 {
        op: SmallIntOp,
        lhs: ValueId,
        rhs: ValueId,
    },
    /// Raises `RecursionError` when a call `depth` levels below this
    /// frame would exceed the recursion limit: the prologue check of a
    /// function inlined here (`opt::inline`), `depth` 1 for a call made
    /// by this function.
    RecursionCheck {
        depth: u32,
    },
    /// The depth check of a class call whose instance is not made
    /// (`opt::scalar_instances`): `$new_instance`'s own check, raising
    /// "maximum recursion depth exceeded while calling a Python object"
    /// where a call made `depth` levels below this frame would exceed the limit.
    TypeCallCheck {
        depth: u32,
    },
    /// `object.__new__(class)` for a class call inference proved plain
    /// (`infer::fields`: no `__new__`, object layout, compile-time layout
    /// of `slots` names): an instance with `slots` empty inline value
    /// slots, allocated in line by generated code. `depth` is the class
    /// call's own depth check, as in `TypeCallCheck`.
    NewInstance {
        class: ValueId,
        slots: u32,
        depth: u32,
    },

    // Exact sets inference proved (`infer::containers::typed`).
    /// `item in set` as a native truth value.
    SetContains {
        set: ValueId,
        item: ValueId,
    },
    /// `set.discard(item)` (no result: the call's `None` is a separate value).
    SetDiscard {
        set: ValueId,
        item: ValueId,
    },
    /// The truth of an exact list inference proved (its length is
    /// nonzero), as a native truth value.
    ListTruthy(ValueId),
    /// `list[key]` of an exact list inference proved and a key it proved
    /// an exact `int`: no type dispatch, and no Python code runs (a bad
    /// index raises `IndexError`).
    ListGetItem {
        list: ValueId,
        key: ValueId,
    },
    /// `list[key] = value` of an exact list and an exact `int` key.
    ListSetItem {
        list: ValueId,
        key: ValueId,
        value: ValueId,
    },
    /// `dict.get(key)` / `dict.get(key, default)` on an exact dict
    /// inference proved (no method lookup or argument parsing).
    DictGet {
        dict: ValueId,
        key: ValueId,
        default: Option<ValueId>,
    },
    /// A builtin or operator whose operands inference proved of exact
    /// built-in types (or `len` of anything): see [`ExactFn`]
    /// (`infer::str_ops`, `infer::containers::typed`).
    Exact {
        func: ExactFn,
        args: Vec<ValueId>,
    },

    // The running total of `sum(...)` over exact ints (`opt::wide_sum`).
    /// A new total of 0 in a native accumulator of this frame (an `i128`
    /// plus a big-int overflow word); the result is its address, only
    /// ever an operand of the two ops below.
    WideSumNew,
    /// Add `item` (an int word) to the total of `acc`, or `item ** pow`
    /// when `pow` is above 1 (computed in `i128` when it fits); the
    /// result leaves the `i128` only when it overflows it.
    WideSumAdd {
        acc: ValueId,
        item: ValueId,
        pow: u32,
    },
    /// The total of `acc` now, an int word.
    WideSumTotal(ValueId),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum Terminator {
    Jump(BlockId),
    Branch {
        cond: ValueId,
        then_block: BlockId,
        else_block: BlockId,
    },
    Return(ValueId),
    /// `raise exc [from cause]`.
    Raise {
        exc: ValueId,
        cause: Option<ValueId>,
    },
    /// Bare `raise`.
    Reraise,
    /// `assert` failed, with an optional message.
    AssertFail(Option<ValueId>),
    /// Continue unwinding the pending exception without a traceback entry.
    Propagate,
    /// Suspend the generator, handing `value` to its consumer; it continues
    /// at `resume` (which starts with `ResumeValue`). With `delegate`,
    /// `value` is an iterator that `yield from` delegates to: the runtime
    /// drives it and resumes at `resume` with its return value.
    Yield {
        value: ValueId,
        resume: BlockId,
        delegate: bool,
    },
    /// Never reached (placeholder while building).
    #[default]
    Unreachable,
}
