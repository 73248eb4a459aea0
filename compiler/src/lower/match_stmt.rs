//! `match` statements (PEP 634), lowered to tests and branches.
//!
//! Each case tests its pattern against the subject, kept in a temp; a
//! failed test jumps to the next case. Captured values go to temps first
//! and are bound to their names only once the whole pattern has matched,
//! as CPython does (a failed `case [x, 0]` leaves `x` alone); then the
//! guard runs, and a false guard moves on with the names bound.
//!
//! The tests follow CPython 3.11's compiler: value patterns compare
//! `subject == value`, `None`/`True`/`False` compare by identity, sequence
//! patterns accept `list`, `tuple` and `range` (and their subclasses,
//! never `str`/`bytes`/`bytearray`) of the right length and unpack them in
//! one pass, mapping patterns accept `dict` with at least as many items as
//! keys and look each key up with `subject.get(key, <sentinel>)`, and
//! `**rest` is a copy of the subject without the matched keys.
//! The compile-time errors CPython's compiler raises (unreachable cases,
//! repeated captures, alternatives binding different names) are
//! diagnostics, see `match_check.rs`.

use std::collections::HashMap;

use super::builder::FnBuilder;
use crate::syntax::ast;
use crate::tir::{BlockId, CmpOp, LocalId, Op};

/// The temps holding captured values of the pattern being matched, by name,
/// in first-capture order.
#[derive(Default)]
struct Captures {
    order: Vec<String>,
    temps: HashMap<String, LocalId>,
}

impl<'a> FnBuilder<'_, 'a> {
    pub fn lower_match(&mut self, stmt: &'a ast::StmtMatch) {
        if !super::match_check::check_match(self, stmt) {
            return;
        }
        let subject = self.lower_expr(&stmt.subject);
        let subject_local = self.temp("subject");
        self.store_local(subject_local, subject);
        let exit = self.new_block();
        for case in &stmt.cases {
            let next = self.new_block();
            let mut captures = Captures::default();
            self.at(pattern_range(&case.pattern));
            self.match_pattern(&case.pattern, subject_local, next, &mut captures);
            for name in &captures.order {
                let value = self.load_temp(captures.temps[name]);
                self.store_name(name, value, pattern_range(&case.pattern));
            }
            if let Some(guard) = &case.guard {
                let body = self.new_block();
                self.lower_branch(guard, body, next);
                self.switch_to(body);
            }
            self.lower_body(&case.body);
            self.jump(exit);
            self.switch_to(next);
        }
        self.jump(exit);
        self.switch_to(exit);
    }

    /// Test `pattern` against the value in `subject`; on failure jump to
    /// `fail`, on success continue in the current block.
    fn match_pattern(
        &mut self,
        pattern: &'a ast::Pattern,
        subject: LocalId,
        fail: BlockId,
        captures: &mut Captures,
    ) {
        match pattern {
            ast::Pattern::MatchAs(as_) => {
                if let Some(inner) = &as_.pattern {
                    self.match_pattern(inner, subject, fail, captures);
                }
                if let Some(name) = &as_.name {
                    self.capture(name.as_str(), subject, captures);
                }
            }
            ast::Pattern::MatchValue(value) => {
                let value = self.lower_expr(&value.value);
                let current = self.load_temp(subject);
                self.at(pattern_range(pattern));
                let equal = self.emit_bool(Op::CompareBool {
                    op: CmpOp::Eq,
                    lhs: current,
                    rhs: value,
                });
                self.continue_if(equal, fail);
            }
            ast::Pattern::MatchSingleton(singleton) => {
                let expected = self.lower_constant(&singleton.value);
                let current = self.load_temp(subject);
                let same = self.emit_bool(Op::Is {
                    lhs: current,
                    rhs: expected,
                });
                self.continue_if(same, fail);
            }
            ast::Pattern::MatchOr(or) => {
                let success = self.new_block();
                let last = or.patterns.len() - 1;
                for (idx, alternative) in or.patterns.iter().enumerate() {
                    let next = if idx == last { fail } else { self.new_block() };
                    self.match_pattern(alternative, subject, next, captures);
                    self.jump(success);
                    if idx != last {
                        self.switch_to(next);
                    }
                }
                self.switch_to(success);
            }
            ast::Pattern::MatchSequence(seq) => self.match_sequence(seq, subject, fail, captures),
            ast::Pattern::MatchMapping(mapping) => {
                self.match_mapping(mapping, subject, fail, captures)
            }
            ast::Pattern::MatchStar(star) => {
                // Only inside sequence patterns, which handle it; the parser
                // rejects it elsewhere.
                let span = self.span(star.range);
                self.lw.unsupported(
                    "a starred pattern outside a sequence pattern",
                    "Python allows it only in sequence patterns",
                    span,
                );
            }
            ast::Pattern::MatchClass(class) => self.match_class(class, subject, fail, captures),
        }
    }

    fn capture(&mut self, name: &str, subject: LocalId, captures: &mut Captures) {
        let temp = match captures.temps.get(name) {
            Some(temp) => *temp,
            None => {
                let temp = self.temp("capture");
                captures.temps.insert(name.to_string(), temp);
                captures.order.push(name.to_string());
                temp
            }
        };
        let value = self.load_temp(subject);
        self.store_local(temp, value);
    }

    /// Continue in a new block when `cond` holds, else jump to `fail`.
    fn continue_if(&mut self, cond: crate::tir::ValueId, fail: BlockId) {
        let ok = self.new_block();
        self.branch(cond, ok, fail);
        self.switch_to(ok);
    }

    /// `isinstance(subject, kinds)` for builtin type names, as a native bool.
    fn is_instance_of(&mut self, subject: LocalId, kinds: &[&str]) -> crate::tir::ValueId {
        let isinstance = self.builtin_object("isinstance");
        let current = self.load_temp(subject);
        let kinds: Vec<_> = kinds.iter().map(|kind| self.builtin_object(kind)).collect();
        let kind = if kinds.len() == 1 {
            kinds[0]
        } else {
            self.emit(Op::BuildTuple(kinds))
        };
        let result = self.emit(Op::Call {
            callee: isinstance,
            args: vec![current, kind],
            kwnames: None,
        });
        self.emit_bool(Op::Truthy(result))
    }

    /// `len(subject) <op> count` as a native bool.
    fn length_is(&mut self, subject: LocalId, op: CmpOp, count: usize) -> crate::tir::ValueId {
        let len = self.builtin_object("len");
        let current = self.load_temp(subject);
        let length = self.emit(Op::Call {
            callee: len,
            args: vec![current],
            kwnames: None,
        });
        let count = self.emit(Op::SmallInt(count as i64));
        self.emit_bool(Op::CompareBool {
            op,
            lhs: length,
            rhs: count,
        })
    }

    fn match_sequence(
        &mut self,
        seq: &'a ast::PatternMatchSequence,
        subject: LocalId,
        fail: BlockId,
        captures: &mut Captures,
    ) {
        self.at(seq.range);
        let is_sequence = self.is_instance_of(subject, &["list", "tuple", "range"]);
        self.continue_if(is_sequence, fail);
        let star = seq
            .patterns
            .iter()
            .position(|p| matches!(p, ast::Pattern::MatchStar(_)));
        let fixed = seq.patterns.len() - usize::from(star.is_some());
        let length_ok = match star {
            None => self.length_is(subject, CmpOp::Eq, fixed),
            Some(_) => self.length_is(subject, CmpOp::Ge, fixed),
        };
        self.continue_if(length_ok, fail);
        if seq.patterns.iter().all(is_wildcard) {
            return;
        }
        let items: Vec<LocalId> = match star {
            None => {
                let current = self.load_temp(subject);
                let values = self.emit_many(Op::Unpack(current), fixed);
                values
                    .into_iter()
                    .map(|value| {
                        let temp = self.temp("item");
                        self.store_local(temp, value);
                        temp
                    })
                    .collect()
            }
            Some(star_idx) => {
                // Iterate once, like CPython's unpacking, then index the tuple.
                let tuple = self.builtin_object("tuple");
                let current = self.load_temp(subject);
                let items = self.emit(Op::Call {
                    callee: tuple,
                    args: vec![current],
                    kwnames: None,
                });
                let after = seq.patterns.len() - star_idx - 1;
                let mut temps = Vec::new();
                for idx in 0..seq.patterns.len() {
                    let value = if idx < star_idx {
                        let key = self.emit(Op::SmallInt(idx as i64));
                        self.emit(Op::GetItem { obj: items, key })
                    } else if idx == star_idx {
                        let start = self.emit(Op::SmallInt(star_idx as i64));
                        let stop = if after == 0 {
                            self.emit(Op::None)
                        } else {
                            self.emit(Op::SmallInt(-(after as i64)))
                        };
                        let step = self.emit(Op::None);
                        let key = self.emit(Op::BuildSlice { start, stop, step });
                        let middle = self.emit(Op::GetItem { obj: items, key });
                        let list = self.builtin_object("list");
                        self.emit(Op::Call {
                            callee: list,
                            args: vec![middle],
                            kwnames: None,
                        })
                    } else {
                        let from_end = seq.patterns.len() - idx;
                        let key = self.emit(Op::SmallInt(-(from_end as i64)));
                        self.emit(Op::GetItem { obj: items, key })
                    };
                    let temp = self.temp("item");
                    self.store_local(temp, value);
                    temps.push(temp);
                }
                temps
            }
        };
        for (pattern, item) in seq.patterns.iter().zip(items) {
            match pattern {
                ast::Pattern::MatchStar(star) => {
                    if let Some(name) = &star.name {
                        self.capture(name.as_str(), item, captures);
                    }
                }
                other => self.match_pattern(other, item, fail, captures),
            }
        }
    }

    fn match_mapping(
        &mut self,
        mapping: &'a ast::PatternMatchMapping,
        subject: LocalId,
        fail: BlockId,
        captures: &mut Captures,
    ) {
        self.at(mapping.range);
        let is_mapping = self.is_instance_of(subject, &["dict"]);
        self.continue_if(is_mapping, fail);
        if !mapping.keys.is_empty() {
            let length_ok = self.length_is(subject, CmpOp::Ge, mapping.keys.len());
            self.continue_if(length_ok, fail);
        }
        // Every key is evaluated before any lookup, as in CPython.
        let keys: Vec<LocalId> = mapping
            .keys
            .iter()
            .map(|key| {
                let value = self.lower_expr(key);
                let temp = self.temp("key");
                self.store_local(temp, value);
                temp
            })
            .collect();
        self.at(mapping.range);
        let mut values = Vec::new();
        if !keys.is_empty() {
            let object = self.builtin_object("object");
            let sentinel = self.emit(Op::Call {
                callee: object,
                args: vec![],
                kwnames: None,
            });
            let sentinel_local = self.temp("missing");
            self.store_local(sentinel_local, sentinel);
            let get = self.lw.str_const("get");
            for key in &keys {
                let current = self.load_temp(subject);
                let key = self.load_temp(*key);
                let sentinel = self.load_temp(sentinel_local);
                let value = self.emit(Op::CallMethod {
                    obj: current,
                    name: get,
                    args: vec![key, sentinel],
                    kwnames: None,
                });
                let temp = self.temp("value");
                self.store_local(temp, value);
                let sentinel = self.load_temp(sentinel_local);
                let missing = self.emit_bool(Op::Is {
                    lhs: value,
                    rhs: sentinel,
                });
                let found = self.emit_bool(Op::Not(missing));
                self.continue_if(found, fail);
                values.push(temp);
            }
        }
        for (pattern, value) in mapping.patterns.iter().zip(values) {
            self.match_pattern(pattern, value, fail, captures);
        }
        if let Some(rest) = &mapping.rest {
            self.at(mapping.range);
            let dict = self.builtin_object("dict");
            let current = self.load_temp(subject);
            let copy = self.emit(Op::Call {
                callee: dict,
                args: vec![current],
                kwnames: None,
            });
            let rest_temp = self.temp("rest");
            self.store_local(rest_temp, copy);
            for key in &keys {
                let copy = self.load_temp(rest_temp);
                let key = self.load_temp(*key);
                self.emit_void(Op::DelItem { obj: copy, key });
            }
            self.capture(rest.as_str(), rest_temp, captures);
        }
    }
}

impl<'a> FnBuilder<'_, 'a> {
    /// `case Cls(p1, k=p2)`: the runtime checks the class and fetches the
    /// attributes (`ty_match_class`), then each sub-pattern is matched.
    fn match_class(
        &mut self,
        class: &'a ast::PatternMatchClass,
        subject: LocalId,
        fail: BlockId,
        captures: &mut Captures,
    ) {
        let cls = self.lower_expr(&class.cls);
        let current = self.load_temp(subject);
        let kwnames = if class.kwd_attrs.is_empty() {
            None
        } else {
            let names: Vec<String> = class.kwd_attrs.iter().map(|n| n.to_string()).collect();
            Some(self.lw.names_tuple(&names))
        };
        self.at(class.range);
        let values = self.emit(Op::MatchClass {
            subject: current,
            cls,
            n_positional: class.patterns.len() as u32,
            kwnames,
        });
        let values_local = self.temp("attrs");
        self.store_local(values_local, values);
        let none = self.emit(Op::None);
        let failed = self.emit_bool(Op::Is {
            lhs: values,
            rhs: none,
        });
        let matched = self.emit_bool(Op::Not(failed));
        self.continue_if(matched, fail);
        for (idx, pattern) in class.patterns.iter().chain(&class.kwd_patterns).enumerate() {
            if is_wildcard(pattern) {
                continue;
            }
            let values = self.load_temp(values_local);
            let key = self.emit(Op::SmallInt(idx as i64));
            let value = self.emit(Op::GetItem { obj: values, key });
            let temp = self.temp("attr");
            self.store_local(temp, value);
            self.match_pattern(pattern, temp, fail, captures);
        }
    }
}

fn is_wildcard(pattern: &ast::Pattern) -> bool {
    matches!(
        pattern,
        ast::Pattern::MatchAs(ast::PatternMatchAs {
            pattern: None,
            name: None,
            ..
        }) | ast::Pattern::MatchStar(ast::PatternMatchStar { name: None, .. })
    )
}

pub fn pattern_range(pattern: &ast::Pattern) -> ast::text_size::TextRange {
    match pattern {
        ast::Pattern::MatchValue(p) => p.range,
        ast::Pattern::MatchSingleton(p) => p.range,
        ast::Pattern::MatchSequence(p) => p.range,
        ast::Pattern::MatchMapping(p) => p.range,
        ast::Pattern::MatchClass(p) => p.range,
        ast::Pattern::MatchStar(p) => p.range,
        ast::Pattern::MatchAs(p) => p.range,
        ast::Pattern::MatchOr(p) => p.range,
    }
}
