//! Binding a call site's arguments to a plain method's parameters at
//! compile time: positional arguments first, keywords by name, then the
//! method's constant defaults (`discover` keeps them only when no
//! `__defaults__` store exists anywhere, so they cannot be stale). A call
//! that does not bind (too many arguments, an unknown or repeated keyword,
//! a missing argument) stays on the protocol, which raises CPython's
//! `TypeError`.

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
/// `self`), whose last ones have `defaults`.
pub fn bind<'m>(
    program: &tir::Program,
    func: &tir::Function,
    arity: usize,
    defaults: &'m [Op],
    shape: Shape<'_>,
) -> Option<Fill<'m>> {
    let n = arity.checked_sub(1)?;
    if shape.n_pos > n {
        return None;
    }
    let mut slots: Vec<Option<Slot<'m>>> = (0..n)
        .map(|i| (i < shape.n_pos).then_some(Slot::Arg(i)))
        .collect();
    if !shape.keywords.is_empty() {
        let names = match func
            .generic
            .as_ref()
            .map(|g| &program.consts[g.param_names])
        {
            Some(Const::Tuple(names)) if names.len() == arity => names,
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
    }
    let first_default = arity.checked_sub(defaults.len())?;
    slots
        .into_iter()
        .enumerate()
        .map(|(i, slot)| {
            slot.or_else(|| {
                let param = i + 1;
                (param >= first_default).then(|| Slot::Const(&defaults[param - first_default]))
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
