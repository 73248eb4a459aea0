//! The operations [`super::Op::Exact`] computes: builtins and operators on
//! values whose exact built-in type inference proved, which code generation
//! calls a specialised runtime entry for (or reads a field) instead of
//! going through `ty_call`'s argument handling or an operator's dispatch.

/// What [`Op::Exact`] computes, without the call's argument handling or
/// the operator's type dispatch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExactFn {
    /// `len(x)` of any `x` (the type's length slot), an int word.
    Len,
    /// `len(s)` of an exact `str`: its code-point count, an int word.
    StrLen,
    /// `ord(s)` of an exact `str`, an int word.
    StrOrd,
    /// `ord(x)` of any `x` (`opt::builtin_calls`): the builtin's own
    /// entry without the call's argument handling (it reads a str's or a
    /// bytes-like object's stored text and runs no Python code).
    Ord,
    /// `a == b` / `a != b` of two exact `str`s, a native truth value.
    StrEq,
    StrNe,
    /// `needle in haystack` of two exact `str`s, a native truth value.
    StrContains,
    /// `s * n` or `n * s` of an exact `str` and an exact `int` (operands
    /// in source order), a new `str`.
    StrRepeat,
    /// `s[i]` of an exact `str` and an exact `int`: a one-character `str`.
    StrItem,
    /// `t[i]` of an exact `tuple` and an exact `int`.
    TupleItem,
    /// `iter(l)` of an exact `list`: a list iterator, or, for a `for`
    /// loop's own iterator, the list itself stepped by an index
    /// (`codegen::seq_iters`), with no type test at either end.
    ListIter,
    /// `iter(t)` of an exact `tuple`: as `ListIter`, the tuple's path
    /// alone.
    TupleIter,
    /// `iter(d)` of an exact `dict`: the runtime's key iterator, which a
    /// `for` loop steps in line (`codegen::dict_iters`).
    DictIter,
    /// `iter(s)` of an exact `str`: the runtime's string iterator, which a
    /// `for` loop steps in line while the string is ASCII
    /// (`codegen::str_paths`).
    StrIter,
    /// `min(a, b)` / `max(a, b)` of two exact `int`s (`opt::builtin_calls`):
    /// `b` when it is less (greater) than `a`, else `a`, as the builtins'
    /// loop decides.
    IntMin,
    IntMax,
}

impl ExactFn {
    pub fn name(self) -> &'static str {
        match self {
            ExactFn::Len => "len",
            ExactFn::StrLen => "str_len",
            ExactFn::StrOrd => "str_ord",
            ExactFn::Ord => "ord",
            ExactFn::StrEq => "str_eq",
            ExactFn::StrNe => "str_ne",
            ExactFn::StrContains => "str_contains",
            ExactFn::StrRepeat => "str_repeat",
            ExactFn::StrItem => "str_item",
            ExactFn::TupleItem => "tuple_item",
            ExactFn::ListIter => "list_iter",
            ExactFn::TupleIter => "tuple_iter",
            ExactFn::DictIter => "dict_iter",
            ExactFn::StrIter => "str_iter",
            ExactFn::IntMin => "int_min",
            ExactFn::IntMax => "int_max",
        }
    }
}
