//! The lattice inference computes over (what kind of Python object a value
//! or local can hold) and the transfer rules of the operators and builtins.
//!
//! Every rule must be sound: a kind other than `Obj` is a promise that the
//! value is an instance of exactly that built-in type on every path, so a
//! rule answers `Obj` whenever CPython could produce anything else (an int
//! power with a negative exponent is a float, a float power can be complex).

use super::containers;
use super::instances::union;
use crate::tir::BinOp;
use crate::tir::UnaryOp;

/// What a value can be at run time. Joins of different kinds are `Obj`:
/// numbers are never converted (`bool | int` is `Obj`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// No value reaches here (yet): unreachable code, or not analysed.
    Bottom,
    /// An exact `int`.
    Int,
    /// An exact `float`.
    Float,
    /// `True` or `False`.
    Bool,
    None,
    /// An exact `str`.
    Str,
    /// A `range` built from exact ints (so its `start`, `stop` and `step`
    /// are exact ints).
    Range,
    /// An exact `bytearray` (its items are ints in `0..256`, whatever
    /// stores into it through any alias).
    Bytearray,
    /// An exact `tuple` whose items have the kinds of interned shape `0`
    /// (see `containers`).
    Tuple(u32),
    /// An exact `list` from the allocation-site class `0`, whose elements
    /// have that class's element kind (see `containers`).
    List(u32),
    /// The iterator of a `List(0)`.
    ListIter(u32),
    /// The iterator of a `Tuple(0)`.
    TupleIter(u32),
    /// An exact `dict` from the allocation-site class `0`, with that
    /// class's key and value kinds.
    Dict(u32),
    /// An exact `set` from the allocation-site class `0`, whose elements
    /// have that class's element kind.
    Set(u32),
    /// An iterable that cannot mutate any container (an iterator, a dict
    /// view) whose items have the kind of the one-item shape `0`.
    Iter(u32),
    /// A closure cell from the allocation-site class `0` (its content
    /// is the class's element kind).
    Cell(u32),
    /// The class object of a class statement inference knows (an index
    /// into `instances::Model::classes`).
    Class(u32),
    /// An instance of exactly that class (not of a subclass).
    Inst(u32),
    /// An instance of exactly one of a few classes, or `None` (a bit set,
    /// see `instances::union`).
    Union(u32),
    /// An exact `float` or `None` (a word, see `optional`).
    OptFloat,
    /// An exact `int` or `None`.
    OptInt,
    /// An exact `int` or an exact `float` (a word, see `numeric`).
    Num,
    /// The native module `typhon_abi::NATIVE_MODULES[index]` (`math`).
    NativeModule(u32),
    /// Anything (the dynamic type).
    Obj,
}

impl Kind {
    /// Whether every value of this kind is of one exact builtin type, whose
    /// attributes are its own (no class of the program can be involved).
    pub fn is_exact_builtin(self) -> bool {
        matches!(
            self,
            Kind::Int
                | Kind::Float
                | Kind::Bool
                | Kind::None
                | Kind::Str
                | Kind::Range
                | Kind::Bytearray
                | Kind::Tuple(_)
                | Kind::List(_)
                | Kind::ListIter(_)
                | Kind::TupleIter(_)
                | Kind::Dict(_)
                | Kind::Set(_)
                | Kind::OptFloat
                | Kind::OptInt
                | Kind::Num
        )
    }

    pub fn join(self, other: Kind) -> Kind {
        match (self, other) {
            (Kind::Bottom, k) | (k, Kind::Bottom) => k,
            (a, b) if a == b => a,
            (a, b) if containers::is_container(a) || containers::is_container(b) => {
                containers::join(a, b)
            }
            (a, b) if union::member_bits(a).is_some() && union::member_bits(b).is_some() => {
                let joined = union::join(a, b);
                if joined == Kind::Obj {
                    containers::escape_all(&[a, b]);
                }
                joined
            }
            (a, b) => super::numeric::join(a, b)
                .or_else(|| super::optional::join(a, b))
                .unwrap_or_else(|| {
                    // An instance joined into `obj` may be reached from
                    // code inference does not see.
                    if matches!(a, Kind::Inst(_) | Kind::Union(_))
                        || matches!(b, Kind::Inst(_) | Kind::Union(_))
                    {
                        containers::escape_all(&[a, b]);
                    }
                    Kind::Obj
                }),
        }
    }

    /// Join `other` into `self`; whether `self` changed.
    pub fn absorb(&mut self, other: Kind) -> bool {
        let joined = self.join(other);
        let changed = joined != *self;
        *self = joined;
        changed
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Bottom => "never",
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::Bool => "bool",
            Kind::None => "None",
            Kind::Str => "str",
            Kind::Range => "range[int]",
            Kind::Bytearray => "bytearray",
            Kind::Tuple(_) => "tuple",
            Kind::List(_) => "list",
            Kind::Dict(_) => "dict",
            Kind::Set(_) => "set",
            Kind::Cell(_) => "cell",
            Kind::ListIter(_) | Kind::TupleIter(_) | Kind::Iter(_) => "iterator",
            Kind::Class(_) => "class",
            Kind::Inst(_) | Kind::Union(_) => "instance",
            Kind::OptFloat => "float | None",
            Kind::OptInt => "int | None",
            Kind::Num => "int | float",
            Kind::NativeModule(_) => "module",
            Kind::Obj => "obj",
        }
    }

    fn is_number(self) -> bool {
        matches!(self, Kind::Int | Kind::Float)
    }
}

/// `lhs op rhs` (also in place: none of these kinds has `__iadd__`);
/// `rhs_const` is the right operand when it is an inline int constant.
pub fn binop(op: BinOp, lhs: Kind, rhs: Kind, rhs_const: Option<i64>) -> Kind {
    if lhs == Kind::Bottom || rhs == Kind::Bottom {
        return Kind::Bottom;
    }
    match (lhs, rhs) {
        (Kind::Int, Kind::Int) => match op {
            BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::FloorDiv
            | BinOp::Mod
            | BinOp::LShift
            | BinOp::RShift
            | BinOp::BitAnd
            | BinOp::BitOr
            | BinOp::BitXor => Kind::Int,
            BinOp::TrueDiv => Kind::Float,
            // A negative exponent gives a float.
            BinOp::Pow if rhs_const.is_some_and(|k| k >= 0) => Kind::Int,
            _ => Kind::Obj,
        },
        (a, b) if a.is_number() && b.is_number() => match op {
            BinOp::Add
            | BinOp::Sub
            | BinOp::Mul
            | BinOp::TrueDiv
            | BinOp::FloorDiv
            | BinOp::Mod => Kind::Float,
            // float ** int is a float; a float exponent can give a complex.
            BinOp::Pow if a == Kind::Float && b == Kind::Int => Kind::Float,
            _ => Kind::Obj,
        },
        (Kind::Num, _) | (_, Kind::Num) => super::numeric::binop(op, lhs, rhs),
        (Kind::Str, Kind::Str) if op == BinOp::Add => Kind::Str,
        // An exact int has no `__mul__` for a str, nor an exact str an
        // `__rmul__` for an int: the repeat, an exact str.
        (Kind::Str, Kind::Int) | (Kind::Int, Kind::Str) if op == BinOp::Mul => Kind::Str,
        // Neither has a `__mul__` that accepts the other, so this is
        // bytearray's repeat: an exact bytearray.
        (Kind::Bytearray, Kind::Int) | (Kind::Int, Kind::Bytearray) if op == BinOp::Mul => {
            Kind::Bytearray
        }
        _ => Kind::Obj,
    }
}

pub fn unary(op: UnaryOp, operand: Kind) -> Kind {
    match (op, operand) {
        (_, Kind::Bottom) => Kind::Bottom,
        (UnaryOp::Not, _) => Kind::Bool,
        (UnaryOp::Neg | UnaryOp::Pos, Kind::Int | Kind::Float | Kind::Num) => operand,
        (UnaryOp::Invert, Kind::Int) => Kind::Int,
        _ => Kind::Obj,
    }
}

/// A rich comparison producing an object: built-in numbers and strings
/// answer `True` or `False`; user types can answer anything.
pub fn compare(lhs: Kind, rhs: Kind) -> Kind {
    match (lhs, rhs) {
        (Kind::Bottom, _) | (_, Kind::Bottom) => Kind::Bottom,
        (a, b) if a.is_number() && b.is_number() => Kind::Bool,
        (a, b) if super::numeric::is_real(a) && super::numeric::is_real(b) => Kind::Bool,
        (Kind::Str, Kind::Str) => Kind::Bool,
        _ => Kind::Obj,
    }
}

/// A call of the builtin `name` with positional arguments of kinds `args`.
pub fn builtin_call(name: &str, args: &[Kind]) -> Kind {
    if args.contains(&Kind::Bottom) {
        return Kind::Bottom;
    }
    // Built-in argument kinds whose conversions cannot run user code that
    // might return a subclass instance.
    let plain = |k: Kind| matches!(k, Kind::Int | Kind::Float | Kind::Bool | Kind::Str);
    let all = |kind: Kind| !args.is_empty() && args.iter().all(|k| *k == kind);
    match (name, args) {
        // The constructors copy whatever a user `__int__` / `__index__` /
        // `__float__` returns (a subclass instance, a bool) into an exact
        // int or float, or raise, as CPython does.
        ("float", [] | [_]) => Kind::Float,
        ("int", [] | [_] | [_, _]) => Kind::Int,
        // Results built by the runtime from a machine integer or text.
        ("len" | "ord" | "hash" | "id", [_]) => Kind::Int,
        ("chr" | "hex" | "oct" | "bin", [_]) => Kind::Str,
        ("isinstance" | "issubclass" | "hasattr", [_, _]) => Kind::Bool,
        ("callable", [_]) => Kind::Bool,
        ("abs", [x]) if x.is_number() => *x,
        ("min" | "max", [_, _, ..]) if all(Kind::Int) => Kind::Int,
        ("min" | "max", [_, _, ..]) if all(Kind::Float) => Kind::Float,
        ("round", [x]) if x.is_number() => Kind::Int,
        ("round", [x, Kind::Int]) if x.is_number() => *x,
        ("range", [_] | [_, _] | [_, _, _]) if all(Kind::Int) => Kind::Range,
        // The type's constructor makes an exact bytearray (or raises).
        ("bytearray", [] | [_] | [_, _] | [_, _, _]) => Kind::Bytearray,
        ("bool", _) => Kind::Bool,
        ("str" | "repr", [x]) if plain(*x) || *x == Kind::None => Kind::Str,
        _ => Kind::Obj,
    }
}

/// The kind of attribute `attr` of native module `module`, when no code in
/// the program can rebind it (the caller checks that).
pub fn native_module_attr(module: u32, attr: &str) -> Kind {
    match (native_module_name(module), attr) {
        ("math", "pi" | "e" | "tau" | "inf" | "nan") => Kind::Float,
        _ => Kind::Obj,
    }
}

/// `module.name(args)` for a native module function no code can rebind.
pub fn native_module_call(module: u32, name: &str, args: &[Kind]) -> Kind {
    if args.contains(&Kind::Bottom) {
        return Kind::Bottom;
    }
    if native_module_name(module) != "math" {
        return Kind::Obj;
    }
    // Built-in numbers only: `__float__` / `__floor__` of a user class
    // can return anything.
    let real = |k: &Kind| matches!(k, Kind::Int | Kind::Float | Kind::Bool);
    match (name, args) {
        ("floor" | "ceil" | "trunc", [x]) if real(x) => Kind::Int,
        (name, [x]) if real(x) && typhon_abi::math_unary_index(name).is_some() => Kind::Float,
        ("degrees" | "radians", [x]) if real(x) => Kind::Float,
        ("atan2" | "copysign" | "fmod" | "pow" | "hypot", [x, y]) if real(x) && real(y) => {
            Kind::Float
        }
        _ => Kind::Obj,
    }
}

/// Whether native module number `module` is the one called `name`.
pub fn is_native_module(module: u32, name: &str) -> bool {
    native_module_name(module) == name
}

fn native_module_name(module: u32) -> &'static str {
    typhon_abi::NATIVE_MODULES
        .get(module as usize)
        .copied()
        .unwrap_or("")
}
