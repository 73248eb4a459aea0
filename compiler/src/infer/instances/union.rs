//! Bounded unions of instance kinds: `Kind::Union(bits)` is an instance of
//! exactly one of a few known classes (bit `c` for class `c`), or `None`
//! (bit [`NONE_BIT`]). A variable, attribute or element that holds
//! `Sphere | Plane` objects, or tasks of several subclasses, or a node
//! that may be `None`, keeps the attribute and method-result kinds of its
//! members instead of joining to `obj`.
//!
//! Soundness: the union only ever grows by joins (never narrows), and
//! every rule on a union is the join of the rule on each member: a load
//! gives the join of the members' loads, a store stores into every member
//! class, a call whose every class member has a direct copy gives the join
//! of the copies' returns (the `None` member of a call or load of a name
//! that is not a dunder contributes nothing: `None` has no such attribute,
//! so that path always raises `AttributeError`).

use super::keywords::{Fill, Shape};
use super::{ClassId, Model, Target};
use crate::infer::kind::Kind;
use crate::tir::{self, FuncId, ValueId};

/// The bit of `None` in a union.
pub const NONE_BIT: u32 = 1 << 31;

/// At most this many classes (plus `None`) in a union; more is `obj`.
const MAX_CLASSES: u32 = 4;

/// The member bits of an instance-like kind (an instance, `None`, a
/// union), `None` for any other kind.
pub fn member_bits(kind: Kind) -> Option<u32> {
    match kind {
        Kind::Inst(c) if c < 31 => Some(1 << c),
        Kind::None => Some(NONE_BIT),
        Kind::Union(bits) => Some(bits),
        _ => None,
    }
}

/// The join of two instance-like kinds.
pub fn join(a: Kind, b: Kind) -> Kind {
    let (Some(x), Some(y)) = (member_bits(a), member_bits(b)) else {
        return Kind::Obj;
    };
    from_bits(x | y)
}

fn from_bits(bits: u32) -> Kind {
    let classes = bits & !NONE_BIT;
    if classes.count_ones() > MAX_CLASSES {
        return Kind::Obj;
    }
    match (classes.count_ones(), bits & NONE_BIT != 0) {
        (0, true) => Kind::None,
        (1, false) => Kind::Inst(classes.trailing_zeros()),
        (0, false) => Kind::Bottom,
        _ => Kind::Union(bits),
    }
}

/// The class members of a union, in class order.
pub fn classes(bits: u32) -> impl Iterator<Item = ClassId> {
    (0..31).filter(move |c| bits & (1 << c) != 0)
}

/// The kind of a union's members other than `None`.
pub fn without_none(bits: u32) -> Kind {
    from_bits(bits & !NONE_BIT)
}

/// Whether a union may be `None`.
pub fn has_none(bits: u32) -> bool {
    bits & NONE_BIT != 0
}

/// What a call or load of `name` on the `None` member gives: a name that
/// is not a dunder always raises (`NoneType` has only dunders).
fn none_member(name: &str) -> Kind {
    if super::is_dunder(name) {
        Kind::Obj
    } else {
        Kind::Bottom
    }
}

/// One case of a type switch: the class, its method copy, the defaults.
pub type Case<'m> = (ClassId, FuncId, Fill<'m>);

impl Model {
    /// The kind of `x.name` for `x: Union(bits)`.
    pub(super) fn union_load(&self, bits: u32, name: &str) -> Kind {
        let none = if has_none(bits) {
            none_member(name)
        } else {
            Kind::Bottom
        };
        classes(bits).fold(none, |acc, c| acc.join(self.load(c, name)))
    }

    /// Where `x.name(args)` goes for `x: Union(bits)`: a type switch when
    /// every class member has a direct copy.
    pub(super) fn union_target(
        &self,
        program: &tir::Program,
        bits: u32,
        name: &str,
        shape: Shape<'_>,
    ) -> Target<'_> {
        let mut cases = Vec::new();
        let mut missing = false;
        for c in classes(bits) {
            match self.method(program, c, 0, name, shape) {
                Some((f, defaults)) => match self.copy(f, c, defaults) {
                    Target::Copy(copy, defaults) => cases.push((c, copy, defaults)),
                    _ => missing = true,
                },
                None => return Target::Dynamic,
            }
        }
        if missing || cases.is_empty() {
            return Target::Dynamic;
        }
        Target::Switch(cases, has_none(bits))
    }

    /// Where `super().name(args)` goes in a method of class `d` whose
    /// `self` is `Union(bits)`: a type switch over the members, each
    /// continuing its own MRO after `d`.
    pub(super) fn super_union_target(
        &self,
        program: &tir::Program,
        d: ClassId,
        bits: u32,
        name: &str,
        shape: Shape<'_>,
    ) -> Target<'_> {
        if has_none(bits) {
            return Target::Dynamic;
        }
        let mut cases = Vec::new();
        for c in classes(bits) {
            let mro = &self.found.classes[c as usize].mro;
            let Some(at) = mro.iter().position(|k| *k == d) else {
                return Target::Dynamic;
            };
            match self.method(program, c, at + 1, name, shape) {
                Some((f, defaults)) => match self.copy(f, c, defaults) {
                    Target::Copy(copy, defaults) => cases.push((c, copy, defaults)),
                    _ => return Target::Dynamic,
                },
                None => return Target::Dynamic,
            }
        }
        Target::Switch(cases, false)
    }

    /// Where `C.name(x, args)` goes, for `C: Class(d)` and `x: Inst(c)`
    /// with `d` in `c`'s MRO: the lookup of `name` on `d` (its MRO is the
    /// tail of `c`'s from `d`: typed classes have one base) finds the same
    /// plain method as a call on `x` from there, so `x` is its `self`.
    pub(super) fn class_call_target(
        &self,
        program: &tir::Program,
        d: ClassId,
        name: &str,
        args: &[ValueId],
        shape: Shape<'_>,
        k: &dyn Fn(ValueId) -> Kind,
    ) -> Option<Target<'_>> {
        let Some(Kind::Inst(c)) = args.first().map(|a| k(*a)) else {
            return None;
        };
        if super::is_dunder(name) && name != "__init__" {
            return None;
        }
        let at = self.found.classes[c as usize]
            .mro
            .iter()
            .position(|k| *k == d)?;
        let (f, defaults) = self.method(program, c, at, name, shape)?;
        if self.stored(&self.state.borrow(), d, name) != Kind::Bottom {
            return None;
        }
        Some(self.copy(f, c, defaults))
    }

    /// The result kind of a type switch (`none`: `None` is a member).
    pub(super) fn switch_result(
        &self,
        cases: &[Case<'_>],
        none: bool,
        name: &str,
        rets: &dyn Fn(FuncId) -> Kind,
    ) -> Kind {
        let start = if none {
            none_member(name)
        } else {
            Kind::Bottom
        };
        cases
            .iter()
            .fold(start, |acc, (_, copy, _)| acc.join(rets(*copy)))
    }

    /// The direct calls a type switch makes, with their argument kinds.
    pub(super) fn switch_edges(
        &self,
        program: &tir::Program,
        cases: &[Case<'_>],
        args: &[ValueId],
        k: &dyn Fn(ValueId) -> Kind,
    ) -> Vec<(FuncId, Vec<Kind>)> {
        cases
            .iter()
            .map(|(c, copy, fill)| {
                let kinds = std::iter::once(Kind::Inst(*c)).chain(super::keywords::kinds(
                    &program.consts,
                    fill,
                    args,
                    k,
                ));
                (*copy, kinds.collect())
            })
            .collect()
    }

    /// `--emit types`: `A | B | None`.
    pub(super) fn describe_union(&self, bits: u32) -> String {
        let mut names: Vec<String> = classes(bits)
            .map(|c| self.class_name(c).to_string())
            .collect();
        if has_none(bits) {
            names.push("None".to_string());
        }
        names.join(" | ")
    }
}
