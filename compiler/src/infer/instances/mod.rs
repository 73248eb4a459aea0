//! Instance types: `Kind::Class(c)` for the class object of a class
//! statement inference knows ([`discover`]), `Kind::Inst(c)` for an
//! instance of exactly that class, a kind per (class, attribute name), and
//! direct calls of the methods a known class's instances find.
//!
//! How it stays sound:
//! - Attribute kinds join every store of the whole program: through an
//!   `Inst(c)` receiver into `(c, name)`, through any other receiver
//!   (`obj`, a class object) into `name` on every class; `setattr` with a
//!   constant name stores `obj`. A load of a name some class in the MRO
//!   binds (method, class attribute, property) stays `obj`; a load of a
//!   name never stored is `never` (it always raises `AttributeError`).
//! - `x.m(args)` with `x: Inst(c)` calls `m`'s copy for `c` directly
//!   (`apply`) when the MRO lookup finds a plain method no store anywhere
//!   shadows (an instance attribute or a class-level reassignment of that
//!   name makes the name stored). The copy's `self` is then `Inst(c)`.
//! - `C(args)` makes the instance with `$new_instance` and calls the
//!   `__init__` copy directly when that copy provably returns `None`.
//! - A method's original (its function object, entered through its
//!   generic entry with `obj` parameters) runs only if something reaches
//!   it by name: a load or call of that name on anything but a known
//!   instance, a string of that name (`getattr(x, "m")`), a dunder the
//!   runtime calls, or, for `__init__`, a class called in a way not made
//!   direct or a class object that escapes into `obj`. Originals nothing
//!   reaches are left out of the fixed point, so their stores (through an
//!   `obj` self) do not widen the attribute kinds; `--infer=checked` makes
//!   them abort if they run after all.

mod apply;
mod class_objects;
pub mod discover;
mod escape;
mod functions;
mod hooks;
mod imported;
mod instance_dicts;
mod keywords;
mod layout_queries;
pub mod module_values;
mod operators;
mod receivers;
mod reflective;
mod summary;
mod switch;
pub mod union;

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

pub use apply::{apply, make_copies};
use discover::Discovery;
pub(crate) use instance_dicts::dict_read;
use keywords::{Fill, Shape, const_kind};
use operators::{is_arith_dunder, is_builtin_scalar};
pub(crate) use reflective::{HOOK_NAMES, WRITERS};

use super::kind::Kind;
use super::solve::Facts;
use crate::tir::{self, Const, FuncId, GlobalId, Op, UnaryOp, ValueId};

pub type ClassId = u32;

/// The classes, their method copies, and the program-wide facts the fixed
/// point grows (kept behind a `RefCell` so the solver can consult and
/// extend them while it walks functions).
#[derive(Default)]
pub struct Model {
    found: Discovery,
    by_global: HashMap<GlobalId, ClassId>,
    /// The copy of a method for instances of one class.
    copies: HashMap<(FuncId, ClassId), FuncId>,
    copy_class: HashMap<FuncId, ClassId>,
    /// The class whose body defines each plain method.
    owner: HashMap<FuncId, ClassId>,
    /// Discovery succeeded: no reflective door defeats the analysis.
    sound: bool,
    /// Else what defeated it (`--emit types` says).
    pub defeat: Option<reflective::Defeat>,
    /// The classes whose namespace binds a dunder to an unknown value
    /// ([`escape::dunder_values`]).
    dunder_values: HashSet<ClassId>,
    /// Module-level function originals whose object nothing reaches.
    hidden: RefCell<functions::Hidden>,
    /// How a module object escapes in each function analysed so far.
    module_escapes: RefCell<HashMap<FuncId, Option<String>>>,
    /// A solve found module objects loose: later solves assume it from
    /// the start (see [`Model::modules_assumed_loose`]).
    modules_were_loose: std::cell::Cell<bool>,
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    /// Stores through `Inst(c)` receivers.
    own: HashMap<(ClassId, String), Kind>,
    /// Stores through any other receiver (they can reach every class).
    any: HashMap<String, Kind>,
    /// Names loaded or called on something other than a known instance.
    dynamic: reflective::NameSet,
    /// Names loaded or called on a receiver that may be a user object, a
    /// class or a module but is no known instance (a subset of `dynamic`).
    untyped: reflective::NameSet,
    /// Class objects can be reached from instances by computed names, so
    /// any `__init__` may run through its function object.
    init_dynamic: bool,
    /// Method originals a name loaded or called on a known class object
    /// finds (`C.m`, not made direct).
    class_methods: HashSet<FuncId>,
    /// Names loaded or called on a super object of a class that is not
    /// typed (or not known).
    super_names: HashSet<String>,
    /// Names loaded or called on `super(D, x)`, `D` typed, by `D`.
    super_after: HashSet<(ClassId, String)>,
    /// Classes some `setattr` / `delattr` with a computed name reaches
    /// the instances of, or the class object of (see
    /// `reflective::note_computed_write`); and whether one reaches `obj`.
    instance_stores: HashSet<ClassId>,
    class_stores: HashSet<ClassId>,
    escaped_stores: bool,
    /// Classes whose instances' attribute dicts some `vars(x)` or
    /// `x.__dict__` reads, and whether one reads escaped ones' (see
    /// `instance_dicts`).
    dict_reads: HashSet<ClassId>,
    escaped_dicts: bool,
    /// Classes some `C.__setattr__ = f` reaches the class object of, and
    /// whether one stores a hook on an `obj` receiver (see `hooks`).
    hooked: HashSet<ClassId>,
    escaped_hooks: bool,
    /// A module object may be an `obj` value no attribute read names: a
    /// function analysed lets one escape, or a computed read on a native
    /// module (`getattr(sys, name)`) may hand one out (see
    /// `module_values`); and how, first.
    modules_loose: bool,
    loose_at: Option<String>,
    /// `__init__` methods some construction runs through the protocol.
    live_inits: HashSet<FuncId>,
    /// Classes some `C(args)` instantiates.
    constructed: HashSet<ClassId>,
    /// Some operator may run a user class's arithmetic method through the
    /// protocol (an operand of unknown type, or no direct call).
    arith_dynamic: bool,
    /// Classes whose class object flows where inference loses it.
    escaped: HashSet<ClassId>,
    /// The class of an `obj` value is read (`type(x)`): the class object
    /// of every class whose instances escape may be loose.
    class_read_any: bool,
    /// Copies a direct call would want that do not exist yet.
    requested: HashSet<(FuncId, ClassId)>,
    /// Where each program-wide widening first happened (function, line),
    /// for `--emit types`.
    first: HashMap<&'static str, (FuncId, u32)>,
    changed: bool,
}

/// The program-wide widenings `--emit types` explains.
const ARITH_WIDENING: &str = "arithmetic methods reachable through the protocol";
const CLASS_READ_WIDENING: &str = "class objects of escaped instances loose";
const NAMES_WIDENING: &str = "every attribute name read reflectively";
const WRITES_WIDENING: &str = "attributes stored by a computed name";
const DICTS_WIDENING: &str = "instance attribute dicts read (`vars`, `__dict__`)";

impl State {
    /// Remember `at` as where `what` first happened.
    fn note_first(&mut self, what: &'static str, at: (FuncId, u32)) {
        self.first.entry(what).or_insert(at);
    }
}

/// Where a call on a known instance goes.
enum Target<'m> {
    /// Through the attribute protocol.
    Dynamic,
    /// No `__init__` to run (`object.__init__` with no arguments).
    Nothing,
    /// Directly to this copy, its parameters after the receiver filled
    /// so.
    Copy(FuncId, Fill<'m>),
    /// A type switch over a union receiver's classes (`true`: `None` is
    /// a member too, which takes the protocol).
    Switch(Vec<union::Case<'m>>, bool),
}

fn is_dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

fn str_const(program: &tir::Program, id: tir::ConstId) -> &str {
    match &program.consts[id] {
        Const::Str(s) => s,
        _ => "",
    }
}

impl Model {
    /// The model for `program` (empty when something defeats it).
    pub fn new(program: &tir::Program) -> Model {
        let found = match discover::discover(program) {
            Ok(found) => found,
            Err(defeat) => {
                return Model {
                    defeat: Some(defeat),
                    ..Model::default()
                };
            }
        };
        let by_global = found
            .classes
            .iter()
            .enumerate()
            .map(|(id, class)| (class.global, id as ClassId))
            .chain(found.aliases.iter().map(|(g, c)| (*g, *c)))
            .collect();
        let owner = found
            .classes
            .iter()
            .enumerate()
            .flat_map(|(c, class)| {
                class
                    .names
                    .values()
                    .flatten()
                    .map(move |f| (*f, c as ClassId))
            })
            .collect();
        Model {
            dunder_values: escape::dunder_values(&found),
            found,
            by_global,
            owner,
            sound: true,
            ..Model::default()
        }
    }

    /// Find the module-level function originals nothing but direct calls
    /// from other such originals can enter (see [`functions`]); run again
    /// whenever the program's direct calls changed.
    pub fn hide_originals(&self, program: &tir::Program) {
        if self.sound && !self.found.namespaces {
            *self.hidden.borrow_mut() = functions::Hidden::scan(program, &self.found.dynamic);
        }
    }

    /// Whether the hidden original `id` is still unreached.
    fn hidden_unreached(&self, id: FuncId) -> bool {
        let hidden = self.hidden.borrow();
        hidden.contains(id) && !hidden.reached(&self.state.borrow().untyped).contains(&id)
    }

    /// Forget what a previous solve found (the program may have changed).
    pub fn reset(&self) {
        self.module_escapes.borrow_mut().clear();
        let mut state = self.state.borrow_mut();
        *state = State::default();
        for name in &self.found.stored {
            state.any.insert(name.clone(), Kind::Obj);
        }
    }

    /// Whether anything grew since the last call.
    pub fn take_changed(&self) -> bool {
        std::mem::take(&mut self.state.borrow_mut().changed)
    }

    pub fn class_name(&self, class: ClassId) -> &str {
        &self.found.classes[class as usize].name
    }

    /// How `--emit types` writes `kind`.
    pub fn describe(&self, kind: Kind) -> String {
        match kind {
            Kind::Inst(c) => self.class_name(c).to_string(),
            Kind::Class(c) => format!("type[{}]", self.class_name(c)),
            Kind::Union(bits) => self.describe_union(bits),
            other => other.name().to_string(),
        }
    }

    /// Whether the solver should leave `id` out: a method original nothing
    /// reaches, or a copy no direct call reaches yet.
    pub fn skip(&self, id: FuncId, params: &[Kind]) -> bool {
        if self.copy_class.contains_key(&id) {
            return params.first() == Some(&Kind::Bottom);
        }
        self.unreached_original(id)
    }

    /// Whether the method original `id` can only run through direct calls
    /// of its copies (which are different functions).
    pub fn unreached_original(&self, id: FuncId) -> bool {
        let Some(name) = self.found.methods.get(&id) else {
            return self.hidden_unreached(id);
        };
        let state = self.state.borrow();
        // A name loaded on an `obj` receiver or an instance not made
        // direct, or named by a string (`getattr(x, "m")` lets `x`
        // escape), reaches only the methods of classes whose instances
        // (or class objects) escape; on a known class, the one its lookup
        // finds; on a super object, see `super_reaches`.
        if state.class_methods.contains(&id)
            || self.super_reaches(&state, id, name)
            || (self.found.dynamic.contains(name) || state.dynamic.contains(name))
                && self.found_in_escaped(&state, id, name)
        {
            return false;
        }
        // Only an instance that escaped can meet an operator with an
        // operand of unknown type (one with a known instance operand not
        // made direct lets that instance escape).
        if is_arith_dunder(name) {
            return !(self.found.arith_dynamic
                || state.arith_dynamic && self.found_in_escaped(&state, id, name));
        }
        if name != "__init__" {
            return !is_dunder(name);
        }
        if self.found.init_dynamic || state.init_dynamic || state.live_inits.contains(&id) {
            return false;
        }
        !(0..self.found.classes.len() as ClassId)
            .filter(|c| self.class_escaped(&state, *c))
            .any(|c| self.lookup(c, "__init__") == Some(Some(id)))
    }

    /// The MRO lookup of `name` on class `c`: `Some(Some(f))` for a plain
    /// method, `Some(None)` for another class attribute.
    fn lookup(&self, c: ClassId, name: &str) -> Option<Option<FuncId>> {
        self.lookup_from(c, 0, name)
    }

    /// The lookup from position `start` of `c`'s MRO on (`super()`).
    fn lookup_from(&self, c: ClassId, start: usize, name: &str) -> Option<Option<FuncId>> {
        self.found.classes[c as usize]
            .mro
            .iter()
            .skip(start)
            .find_map(|k| self.found.classes[*k as usize].names.get(name).copied())
    }

    /// The kind of `x.name` for `x: Inst(c)`.
    fn load(&self, c: ClassId, name: &str) -> Kind {
        match self.lookup(c, name) {
            _ if is_dunder(name) => Kind::Obj,
            None => self.stored(&self.state.borrow(), c, name),
            Some(Some(_)) => Kind::Obj,
            Some(None) => self.class_constant(c, name).map_or(Kind::Obj, |(_, k)| k),
        }
    }

    /// The plain method the lookup of `name` from `start` in `c`'s MRO
    /// finds when nothing can shadow or replace it, and how a call of
    /// `shape` fills its parameters after `self` ([`keywords::bind`]).
    fn method(
        &self,
        program: &tir::Program,
        c: ClassId,
        start: usize,
        name: &str,
        shape: Shape<'_>,
    ) -> Option<(FuncId, Fill<'_>)> {
        let Some(Some(f)) = self.lookup_from(c, start, name) else {
            return None;
        };
        if self.stored(&self.state.borrow(), c, name) != Kind::Bottom {
            return None;
        }
        let func = &program.functions[f];
        let arity = func.params.len() - func.n_free;
        let defaults = self.found.defaults.get(&f);
        Some((f, keywords::bind(program, func, arity, defaults, shape)?))
    }

    /// The copy of `f` for `c`, or a request for it.
    fn copy<'m>(&self, f: FuncId, c: ClassId, defaults: Fill<'m>) -> Target<'m> {
        match self.copies.get(&(f, c)) {
            Some(copy) => Target::Copy(*copy, defaults),
            None => {
                self.state.borrow_mut().requested.insert((f, c));
                Target::Dynamic
            }
        }
    }

    /// Where `obj.name(args)` goes, the receiver the call passes as
    /// `self` (for `super().name(args)`, the instance given to `super`;
    /// for `C.name(x, args)`, `x`) and how many leading arguments that
    /// receiver takes out of `args` (1 for `C.name(x, args)`).
    fn method_target(
        &self,
        program: &tir::Program,
        defs: &[Option<&Op>],
        op: &Op,
        k: &dyn Fn(ValueId) -> Kind,
    ) -> (Target<'_>, ValueId, usize) {
        let Op::CallMethod {
            obj,
            name,
            args,
            kwnames,
        } = op
        else {
            return (Target::Dynamic, ValueId(0), 0);
        };
        let Some(shape) = Shape::of(program, args, *kwnames, 0) else {
            return (Target::Dynamic, *obj, 0);
        };
        let (c, start, receiver) = match (k(*obj), defs[obj.index()]) {
            (Kind::Inst(c), _) => (c, 0, *obj),
            (Kind::Union(bits), _) => {
                let name = str_const(program, *name);
                return (self.union_target(program, bits, name, shape), *obj, 0);
            }
            (Kind::Class(d), _) => {
                let name = str_const(program, *name);
                let Some(shape) = Shape::of(program, args, *kwnames, 1) else {
                    return (Target::Dynamic, *obj, 0);
                };
                return match self.class_call_target(program, d, name, args, shape, k) {
                    Some(target) => (target, args[0], 1),
                    None => (Target::Dynamic, *obj, 0),
                };
            }
            (
                _,
                Some(Op::Call {
                    callee,
                    args: super_args,
                    kwnames: None,
                }),
            ) if super_args.len() == 2
                && matches!(defs[callee.index()], Some(Op::Builtin(idx))
                    if typhon_abi::BUILTINS[*idx as usize] == "super") =>
            {
                match (k(super_args[0]), k(super_args[1])) {
                    (Kind::Class(d), Kind::Inst(c)) => {
                        let mro = &self.found.classes[c as usize].mro;
                        match mro.iter().position(|k| *k == d) {
                            Some(at) => (c, at + 1, super_args[1]),
                            None => return (Target::Dynamic, *obj, 0),
                        }
                    }
                    (Kind::Class(d), Kind::Union(bits)) => {
                        let name = str_const(program, *name);
                        let target = self.super_union_target(program, d, bits, name, shape);
                        return (target, super_args[1], 0);
                    }
                    _ => return (Target::Dynamic, *obj, 0),
                }
            }
            _ => return (Target::Dynamic, *obj, 0),
        };
        let target = match self.method(program, c, start, str_const(program, *name), shape) {
            Some((f, defaults)) => self.copy(f, c, defaults),
            None => Target::Dynamic,
        };
        (target, receiver, 0)
    }

    /// Where `C(args)`'s `__init__` goes, for a callee of kind `Class(c)`;
    /// `rets` gives the copies' return kinds (a direct call cannot check
    /// that `__init__` returned `None`).
    fn init_target(
        &self,
        program: &tir::Program,
        c: ClassId,
        shape: Shape<'_>,
        rets: &[Kind],
    ) -> Target<'_> {
        match self.lookup(c, "__init__") {
            None if shape.n_pos == 0 && shape.keywords.is_empty() => Target::Nothing,
            Some(Some(_)) => match self.method(program, c, 0, "__init__", shape) {
                Some((f, defaults)) => match self.copy(f, c, defaults) {
                    Target::Copy(copy, defaults)
                        if matches!(rets[copy.index()], Kind::None | Kind::Bottom) =>
                    {
                        Target::Copy(copy, defaults)
                    }
                    _ => Target::Dynamic,
                },
                None => Target::Dynamic,
            },
            _ => Target::Dynamic,
        }
    }

    /// The kind of `op`'s result when instance rules decide it.
    pub fn result_kind(
        &self,
        program: &tir::Program,
        defs: &[Option<&Op>],
        op: &Op,
        k: &dyn Fn(ValueId) -> Kind,
        rets: &dyn Fn(FuncId) -> Kind,
    ) -> Option<Kind> {
        if self.found.classes.is_empty() {
            return None;
        }
        if let Some(kind) = self.class_read_kind(program, defs, op, k) {
            return Some(kind);
        }
        match op {
            Op::LoadGlobal(g) => self.by_global.get(g).map(|c| Kind::Class(*c)),
            Op::ModuleAttr { module, global, .. }
                if self.found.reads_slot(program, defs, *module, *global) =>
            {
                self.by_global.get(global).map(|c| Kind::Class(*c))
            }
            Op::Call { callee, .. } => match k(*callee) {
                Kind::Class(c) => Some(Kind::Inst(c)),
                Kind::Bottom => Some(Kind::Bottom),
                _ => None,
            },
            Op::GetAttr { obj, name } => match k(*obj) {
                Kind::Inst(c) => Some(self.load(c, str_const(program, *name))),
                Kind::Union(bits) => Some(self.union_load(bits, str_const(program, *name))),
                _ => None,
            },
            Op::CallMethod { name, .. } => match self.method_target(program, defs, op, k).0 {
                Target::Copy(copy, _) => Some(rets(copy)),
                Target::Switch(cases, none) => {
                    Some(self.switch_result(&cases, none, str_const(program, *name), rets))
                }
                _ => None,
            },
            Op::BinOp { .. } | Op::InplaceBinOp { .. } | Op::Unary { .. } => {
                match self.operator_target(program, op, k, rets).0 {
                    Target::Copy(copy, _) => Some(rets(copy)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The direct call `op` amounts to, if any: the callee and the kinds
    /// of its arguments (the receiver first, constant defaults last).
    pub fn edges(
        &self,
        program: &tir::Program,
        defs: &[Option<&Op>],
        op: &Op,
        k: &dyn Fn(ValueId) -> Kind,
        rets: &[Kind],
    ) -> Vec<(FuncId, Vec<Kind>)> {
        match op {
            Op::CallMethod { args, .. } if !self.found.classes.is_empty() => {
                if let (Target::Switch(cases, _), ..) = self.method_target(program, defs, op, k) {
                    return self.switch_edges(program, &cases, args, k);
                }
            }
            _ => {}
        }
        self.edge(program, defs, op, k, rets).into_iter().collect()
    }

    fn edge(
        &self,
        program: &tir::Program,
        defs: &[Option<&Op>],
        op: &Op,
        k: &dyn Fn(ValueId) -> Kind,
        rets: &[Kind],
    ) -> Option<(FuncId, Vec<Kind>)> {
        if self.found.classes.is_empty() {
            return None;
        }
        let (target, receiver, args) = match op {
            Op::CallMethod { args, .. } => {
                let (target, receiver, skip) = self.method_target(program, defs, op, k);
                (target, k(receiver), &args[skip..])
            }
            Op::BinOp { .. } | Op::InplaceBinOp { .. } | Op::Unary { .. } => {
                let (target, args) = self.operator_target(program, op, k, &|f| rets[f.index()]);
                let Target::Copy(copy, defaults) = target else {
                    return None;
                };
                let kinds = std::iter::once(k(args[0])).chain(keywords::kinds(
                    &program.consts,
                    &defaults,
                    &args[1..],
                    k,
                ));
                return Some((copy, kinds.collect()));
            }
            Op::Call {
                callee,
                args,
                kwnames,
            } => match (k(*callee), Shape::of(program, args, *kwnames, 0)) {
                (Kind::Class(c), Some(shape)) => (
                    self.init_target(program, c, shape, rets),
                    Kind::Inst(c),
                    args.as_slice(),
                ),
                _ => return None,
            },
            _ => return None,
        };
        let Target::Copy(copy, fill) = target else {
            return None;
        };
        let kinds =
            std::iter::once(receiver).chain(keywords::kinds(&program.consts, &fill, args, k));
        Some((copy, kinds.collect()))
    }

    /// Record what `op` (in a function being solved) tells the model:
    /// attribute stores, names reached dynamically, constructions through
    /// the protocol, class objects escaping.
    pub fn observe(
        &self,
        program: &tir::Program,
        id: FuncId,
        defs: &[Option<&Op>],
        inst: &tir::Inst,
        f: &Facts,
        rets: &[Kind],
    ) {
        if !self.sound {
            return;
        }
        let op = &inst.op;
        let k = |v: ValueId| f.values[v.index()];
        let mut state = self.state.borrow_mut();
        let grow = |state: &mut State, key: Option<ClassId>, name: &str, kind: Kind| {
            let slot = match key {
                Some(c) => state
                    .own
                    .entry((c, name.to_string()))
                    .or_insert(Kind::Bottom),
                None => state.any.entry(name.to_string()).or_insert(Kind::Bottom),
            };
            if slot.absorb(kind) {
                state.changed = true;
            }
        };
        match op {
            Op::SetAttr { obj, name, value } => match k(*obj) {
                Kind::Bottom => {}
                Kind::Inst(c) => {
                    let name = str_const(program, *name);
                    if !self.attr_tracked(&state, c, name) {
                        super::containers::escape_all(&[k(*value)]);
                    }
                    grow(&mut state, Some(c), name, k(*value))
                }
                Kind::Union(bits) => {
                    let name = str_const(program, *name);
                    for c in union::classes(bits) {
                        if !self.attr_tracked(&state, c, name) {
                            super::containers::escape_all(&[k(*value)]);
                        }
                        grow(&mut state, Some(c), name, k(*value));
                    }
                }
                _ => grow(&mut state, None, str_const(program, *name), k(*value)),
            },
            Op::DelAttr { obj, name } => match k(*obj) {
                Kind::Bottom => {}
                Kind::Inst(c) => grow(&mut state, Some(c), str_const(program, *name), Kind::Obj),
                Kind::Union(bits) => {
                    for c in union::classes(bits) {
                        grow(&mut state, Some(c), str_const(program, *name), Kind::Obj);
                    }
                }
                _ => grow(&mut state, None, str_const(program, *name), Kind::Obj),
            },
            _ => {}
        }
        drop(state);
        // A method call made direct (`x.m()`, `C.m(x)` with `x` known)
        // neither looks `m` up at run time nor lets its function object out.
        // A name read on a builtin value (`range(n).step`, `d.get`) is
        // that type's own attribute, never a method of a class here.
        let builtin = matches!(op, Op::GetAttr { obj, .. } | Op::CallMethod { obj, .. }
            if k(*obj).is_exact_builtin());
        let direct = builtin
            || matches!(op, Op::CallMethod { obj, .. } if k(*obj) != Kind::Bottom)
                && matches!(
                    self.method_target(program, defs, op, &k).0,
                    Target::Copy(..) | Target::Switch(..)
                );
        let dynamic_name = match op {
            Op::GetAttr { obj, name } if k(*obj) != Kind::Bottom && !builtin => Some(*name),
            Op::CallMethod { obj, name, .. } if k(*obj) != Kind::Bottom && !direct => Some(*name),
            _ => None,
        };
        let arith = match op {
            // An operand not reached yet decides nothing: the fixed point
            // visits the operation again when it grows.
            Op::BinOp { lhs, rhs, .. } | Op::InplaceBinOp { lhs, rhs, .. }
                if k(*lhs) == Kind::Bottom || k(*rhs) == Kind::Bottom =>
            {
                false
            }
            // `str % x` formats: the only class whose `__rmod__` it would
            // try first is a subclass of `str`, never a known class.
            Op::BinOp {
                op: tir::BinOp::Mod,
                lhs,
                ..
            } if k(*lhs) == Kind::Str => false,
            Op::BinOp { lhs, rhs, .. } | Op::InplaceBinOp { lhs, rhs, .. } => {
                !(is_builtin_scalar(k(*lhs)) && is_builtin_scalar(k(*rhs)))
            }
            Op::Unary { op, operand } => *op != UnaryOp::Not && !is_builtin_scalar(k(*operand)),
            // Builtins that add or multiply their arguments' items.
            Op::Builtin(idx) => {
                operators::ARITH_BUILTINS.contains(&typhon_abi::BUILTINS[*idx as usize])
            }
            Op::GetAttr { name, .. } | Op::CallMethod { name, .. } => {
                str_const(program, *name) == "prod"
            }
            _ => false,
        } && matches!(
            self.operator_target(program, op, &k, &|f| rets[f.index()])
                .0,
            Target::Dynamic
        );
        let untyped_name = match op {
            Op::GetAttr { obj, name } | Op::CallMethod { obj, name, .. } => {
                matches!(k(*obj), Kind::Obj | Kind::Class(_) | Kind::NativeModule(_))
                    .then_some(*name)
            }
            _ => None,
        };
        let mut state = self.state.borrow_mut();
        self.observe_module_attr(&mut state, program, defs, op, &k);
        // `Base.m(self, ...)` made direct reaches the copy for `self`'s
        // class: `m`'s original is not run with an unknown `self` and,
        // for `Base.__init__(self)`, no `Base` instance is made.
        if let Op::GetAttr { obj, name } | Op::CallMethod { obj, name, .. } = op
            && let Kind::Class(c) = k(*obj)
            && !direct
        {
            let name = str_const(program, *name);
            Self::note_class_method(&mut state, self.lookup(c, name));
            // `C.__call__()` and the like may make instances of `C`, as
            // `obj` values, and run its `__init__` through the protocol.
            if is_dunder(name) && !class_objects::NAMING_ATTRS.contains(&name) {
                super::containers::escape_instance(c);
                if state.constructed.insert(c) {
                    state.changed = true;
                }
                if let Some(Some(init)) = self.lookup(c, "__init__")
                    && state.live_inits.insert(init)
                {
                    state.changed = true;
                }
            }
        }
        self.observe_computed_names(&mut state, program, (id, defs), inst, &k);
        if let Some(name) = untyped_name
            && state.untyped.insert(str_const(program, name).to_string())
        {
            state.changed = true;
        }
        if arith && !state.arith_dynamic {
            state.arith_dynamic = true;
            state.changed = true;
            state.note_first(ARITH_WIDENING, (id, inst.line));
        }
        if let Some(name) = dynamic_name
            && state.dynamic.insert(str_const(program, name).to_string())
        {
            state.changed = true;
        }
        if let Some(name) = dynamic_name {
            escape::note_super_receiver(self, &mut state, program, (id, defs), op, name, &k);
        }
        drop(state);
        if let Op::Call {
            callee,
            args,
            kwnames,
        } = op
            && let Kind::Class(c) = k(*callee)
        {
            let target = match Shape::of(program, args, *kwnames, 0) {
                Some(shape) => self.init_target(program, c, shape, rets),
                None => Target::Dynamic,
            };
            let mut state = self.state.borrow_mut();
            if let (Target::Dynamic, Some(Some(init))) = (target, self.lookup(c, "__init__"))
                && state.live_inits.insert(init)
            {
                state.changed = true;
            }
            if state.constructed.insert(c) {
                state.changed = true;
            }
        }
        self.observe_class_objects(program, id, defs, inst, f);
        self.observe_instance_uses(program, id, defs, op, &inst.results, f);
    }
}
