//! The small native computations some `Op`s name: `SmallInt2`'s
//! operations on two int words and `NumCall`'s math functions.

/// What [`Op::SmallInt2`] computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmallIntOp {
    /// Whether both words are small ints (any words), a native `bool`.
    BothSmall,
    /// `lhs < rhs`, a native `bool`.
    Less,
    /// `lhs + rhs`, known to stay a small int (an `int` word).
    Add,
}

/// The functions [`Op::NumCall`] computes natively.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumFn {
    /// `math.<typhon_abi::MATH_UNARY[index]>(x)`.
    Math(u32),
    /// `math.floor(x)`, an int.
    Floor,
    /// `math.ceil(x)`, an int.
    Ceil,
    /// `math.trunc(x)` and `int(x)`, an int.
    Trunc,
    /// `round(x)` (halves to even), an int.
    Round,
    Abs,
    /// `min(a, b, ...)`: the first of the smallest (NaN as CPython's loop
    /// treats it: never less than anything).
    Min,
    Max,
}

impl NumFn {
    pub fn returns_int(self) -> bool {
        matches!(
            self,
            NumFn::Floor | NumFn::Ceil | NumFn::Trunc | NumFn::Round
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            NumFn::Math(index) => typhon_abi::MATH_UNARY
                .get(index as usize)
                .map_or("?", |(name, _)| name),
            NumFn::Floor => "floor",
            NumFn::Ceil => "ceil",
            NumFn::Trunc => "trunc",
            NumFn::Round => "round",
            NumFn::Abs => "abs",
            NumFn::Min => "min",
            NumFn::Max => "max",
        }
    }
}
