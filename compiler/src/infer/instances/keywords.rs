//! Binding a call site's arguments to a plain method's parameters at
//! compile time: positional arguments first (never into a keyword-only
//! parameter), keywords by name, then the method's constant defaults
//! (`discover` keeps them only when no `__defaults__` or `__kwdefaults__`
//! store exists anywhere, so they cannot be stale). A call
//! that does not bind (too many arguments, an unknown or repeated keyword,
//! a missing argument) stays on the protocol, which raises CPython's
//! `TypeError`.

use super::discover::Defaults;
use crate::infer::kind::Kind;
use crate::tir::{self, Const, ConstId, Op, ValueId};

/// One parameter after the receiver: the site's argument `i` (counted
/// after the receiver) or a constant default.
#[derive(Clone, Copy, Debug)]
pub enum Slot<'m> {
    Arg(usize),
    Const(&'m Op),
}

/// What a direct call passes after the receiver, parameter by parameter.
pub type Fill<'m> = Vec<Slot<'m>>;

/// A [`Slot`] resolved at a site: a value, or a constant to materialise.
#[derive(Clone, Debug)]
pub enum Filled {
    Value(ValueId),
    Const(Op),
}

/// How a site passes its arguments (after the receiver): `n_pos`
/// positional ones, then one per keyword name.
#[derive(Clone, Copy)]
pub struct Shape<'p> {
    pub n_pos: usize,
    pub keywords: &'p [ConstId],
}

impl<'p> Shape<'p> {
    pub fn positional(n_pos: usize) -> Shape<'static> {
        Shape {
            n_pos,
            keywords: &[],
        }
    }

    /// The shape of `args` with `kwnames`, leaving out the first `skip`
    /// positional arguments (an explicit receiver).
    pub fn of(
        program: &'p tir::Program,
        args: &[ValueId],
        kwnames: Option<ConstId>,
        skip: usize,
    ) -> Option<Shape<'p>> {
        let keywords: &[ConstId] = match kwnames.map(|k| &program.consts[k]) {
            None => &[],
            Some(Const::Tuple(items)) => items,
            Some(_) => return None,
        };
        let n_pos = args.len().checked_sub(keywords.len() + skip)?;
        Some(Shape { n_pos, keywords })
    }
}

/// Bind `shape` to `func`'s parameters after `self` (`arity` counts
/// `self`), with `defaults` (none known: `None`).
pub fn bind<'m>(
    program: &tir::Program,
    func: &tir::Function,
    arity: usize,
    defaults: Option<&'m Defaults>,
    shape: Shape<'_>,
) -> Option<Fill<'m>> {
    let n = arity.checked_sub(1)?;
    // Keyword-only parameters come last (`resolve::closure::parameter_shape`).
    let kwonly = func
        .generic
        .as_ref()
        .map_or(0, |g| (g.shape >> 16) & 0xffff) as usize;
    let n_positional = n.checked_sub(kwonly)?;
    if shape.n_pos > n_positional {
        return None;
    }
    let mut slots: Vec<Option<Slot<'m>>> = (0..n)
        .map(|i| (i < shape.n_pos).then_some(Slot::Arg(i)))
        .collect();
    let names = match func
        .generic
        .as_ref()
        .map(|g| &program.consts[g.param_names])
    {
        Some(Const::Tuple(names)) if names.len() == arity => names.as_slice(),
        _ if shape.keywords.is_empty() && kwonly == 0 => &[][..],
        _ => return None,
    };
    for (j, kw) in shape.keywords.iter().enumerate() {
        let kw = text(program, *kw)?;
        // Naming `self` again is CPython's "multiple values" error.
        let at = names[1..]
            .iter()
            .position(|p| text(program, *p) == Some(kw))?;
        if slots[at].is_some() {
            return None;
        }
        slots[at] = Some(Slot::Arg(shape.n_pos + j));
    }
    let positional = defaults.map_or(&[][..], |d| d.positional.as_slice());
    let first_default = n_positional.checked_sub(positional.len())?;
    slots
        .into_iter()
        .enumerate()
        .map(|(i, slot)| {
            slot.or_else(|| {
                if i >= n_positional {
                    let name = text(program, names[i + 1])?;
                    let (_, op) = defaults?.keyword.iter().find(|(k, _)| k == name)?;
                    return Some(Slot::Const(op));
                }
                (i >= first_default).then(|| Slot::Const(&positional[i - first_default]))
            })
        })
        .collect()
}

fn text(program: &tir::Program, id: ConstId) -> Option<&str> {
    match &program.consts[id] {
        Const::Str(s) => Some(s),
        _ => None,
    }
}

/// The kinds of what `fill` passes, taking the site's arguments from `args`.
pub fn kinds<'a>(
    consts: &'a tir::IndexVec<ConstId, Const>,
    fill: &'a [Slot<'_>],
    args: &'a [ValueId],
    k: &'a dyn Fn(ValueId) -> Kind,
) -> impl Iterator<Item = Kind> + 'a {
    fill.iter().map(move |slot| match slot {
        Slot::Arg(i) => k(args[*i]),
        Slot::Const(op) => super::const_kind(consts, op),
    })
}

/// `fill` resolved against the site's arguments `args`.
pub fn resolve(fill: &[Slot<'_>], args: &[ValueId]) -> Vec<Filled> {
    fill.iter()
        .map(|slot| match slot {
            Slot::Arg(i) => Filled::Value(args[*i]),
            Slot::Const(op) => Filled::Const((*op).clone()),
        })
        .collect()
}

/// The kind of a constant default.
pub(super) fn const_kind(consts: &tir::IndexVec<tir::ConstId, Const>, op: &Op) -> Kind {
    match op {
        Op::SmallInt(_) => Kind::Int,
        Op::None => Kind::None,
        Op::True | Op::False => Kind::Bool,
        Op::Const(id) => match &consts[*id] {
            Const::Str(_) => Kind::Str,
            Const::BigInt(_) => Kind::Int,
            Const::Float(_) => Kind::Float,
            _ => Kind::Obj,
        },
        _ => Kind::Obj,
    }
}
