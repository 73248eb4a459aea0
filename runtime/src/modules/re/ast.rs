//! The parsed form of a regular expression: a sequence of items, as
//! CPython's `re._parser` builds it (literals, sets, anchors, groups,
//! branches, repeats, back-references, lookaround), plus the flag bits
//! shared by the parser, the compiler and `stdlib/re.py`.

/// `re.TEMPLATE` .. `re.ASCII`, CPython's values.
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;
pub const FLAG_TEMPLATE: u32 = 1;

/// CPython's `_sre.MAXREPEAT`: `{m,n}` bounds must stay below it, and it
/// stands for "no upper bound".
pub const MAXREPEAT: u64 = u32::MAX as u64;

/// A sequence of items, matched one after the other.
pub type Seq = Vec<Node>;

#[derive(Clone, Debug)]
pub enum Node {
    Literal(u32),
    NotLiteral(u32),
    /// `.`
    Any,
    Set(Box<Set>),
    At(At),
    /// A capturing group (`index`) or a group with scoped flags.
    Group {
        index: Option<usize>,
        add_flags: u32,
        del_flags: u32,
        body: Seq,
    },
    Branch(Vec<Seq>),
    Repeat {
        min: u64,
        max: u64,
        kind: RepeatKind,
        body: Seq,
    },
    GroupRef(usize),
    Assert {
        /// For a lookbehind, its width (fixed, or the pattern is refused).
        behind: Option<u64>,
        negate: bool,
        body: Seq,
    },
    Atomic(Seq),
    GroupRefExists {
        group: usize,
        yes: Seq,
        no: Option<Seq>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^`
    Beginning,
    /// `$`
    End,
    /// `\A`
    BeginningString,
    /// `\Z`
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetItem {
    Literal(u32),
    Range(u32, u32),
    Category(Category),
}

#[derive(Clone, Debug)]
pub struct Set {
    pub negate: bool,
    pub items: Vec<SetItem>,
}

/// A bad pattern: CPython's `re.error` message and position, or the other
/// exceptions `re.compile` raises.
#[derive(Debug)]
pub enum PatternError {
    /// `re.error(msg, pattern, pos)`; `pos` is `None` for the errors
    /// CPython's compiler raises without one.
    Re {
        msg: String,
        pos: Option<usize>,
    },
    Overflow(String),
    Value(String),
}
