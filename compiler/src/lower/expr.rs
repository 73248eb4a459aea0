//! Expressions: every expression becomes instructions producing one `obj`
//! value; conditions in `if`/`while`/`and`/`or` produce native `bool`s
//! directly where that saves boxing.

use num_traits::ToPrimitive;

use super::builder::{FnBuilder, NameRef};
use crate::diag::DiagKind;
use crate::syntax::ast;
use crate::tir::{BinOp, BlockId, CmpOp, Const, Op, UnaryOp, ValueId};

/// Largest magnitude an inline small int holds (63-bit two's complement).
const SMALL_INT_MIN: i64 = -(1 << 62);
const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl<'a> FnBuilder<'_, 'a> {
    pub fn lower_expr(&mut self, expr: &'a ast::Expr) -> ValueId {
        self.at(expr_range(expr));
        match expr {
            ast::Expr::Constant(constant) => self.lower_constant(&constant.value),
            ast::Expr::Name(name) => self.load_name(name.id.as_str(), name.range),
            ast::Expr::Yield(expr) => self.lower_yield(expr),
            ast::Expr::YieldFrom(expr) => self.lower_yield_from(expr),
            ast::Expr::Await(expr) => self.lower_await(expr),
            ast::Expr::GeneratorExp(expr) => self.lower_genexp(expr),
            ast::Expr::BinOp(binop) => {
                let lhs = self.lower_expr(&binop.left);
                let rhs = self.lower_expr(&binop.right);
                self.at(binop.range);
                self.emit(Op::BinOp {
                    op: binop_code(binop.op),
                    lhs,
                    rhs,
                })
            }
            ast::Expr::UnaryOp(unary) => {
                if unary.op == ast::UnaryOp::Not {
                    let cond = self.lower_cond(&unary.operand);
                    let negated = self.emit_bool(Op::Not(cond));
                    return self.emit(Op::BoxBool(negated));
                }
                // `-1` (a slice step, an index) is a constant, not a
                // negation at run time.
                if unary.op == ast::UnaryOp::USub
                    && let ast::Expr::Constant(constant) = &*unary.operand
                    && let ast::Constant::Int(value) = &constant.value
                    && let Some(negated) = value.to_i64().and_then(i64::checked_neg)
                    && (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&negated)
                {
                    return self.emit(Op::SmallInt(negated));
                }
                let operand = self.lower_expr(&unary.operand);
                let op = match unary.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    _ => UnaryOp::Invert,
                };
                self.emit(Op::Unary { op, operand })
            }
            ast::Expr::BoolOp(boolop) => self.lower_boolop(boolop),
            ast::Expr::Compare(compare) => self.lower_compare_value(compare),
            ast::Expr::IfExp(ifexp) => {
                let result = self.temp("ifexp");
                let (then_block, else_block, join) =
                    (self.new_block(), self.new_block(), self.new_block());
                self.lower_branch(&ifexp.test, then_block, else_block);
                self.switch_to(then_block);
                let value = self.lower_expr(&ifexp.body);
                self.store_local(result, value);
                self.jump(join);
                self.switch_to(else_block);
                let value = self.lower_expr(&ifexp.orelse);
                self.store_local(result, value);
                self.jump(join);
                self.switch_to(join);
                self.load_temp(result)
            }
            ast::Expr::List(list) if has_starred(&list.elts) => {
                self.lower_starred_elements(&list.elts)
            }
            ast::Expr::Tuple(tuple) if has_starred(&tuple.elts) => {
                let list = self.lower_starred_elements(&tuple.elts);
                let callee = self.builtin_object("tuple");
                self.emit(Op::Call {
                    callee,
                    args: vec![list],
                    kwnames: None,
                })
            }
            ast::Expr::Set(set) if has_starred(&set.elts) => {
                let list = self.lower_starred_elements(&set.elts);
                let callee = self.builtin_object("set");
                self.emit(Op::Call {
                    callee,
                    args: vec![list],
                    kwnames: None,
                })
            }
            ast::Expr::Dict(dict) if dict.keys.iter().any(Option::is_none) => {
                self.lower_dict_unpacking(dict)
            }
            ast::Expr::List(list) => {
                let items = self.lower_elements(&list.elts);
                self.emit(Op::BuildList(items))
            }
            ast::Expr::Tuple(tuple) => {
                let items = self.lower_elements(&tuple.elts);
                self.emit(Op::BuildTuple(items))
            }
            ast::Expr::Set(set) => {
                let items = self.lower_elements(&set.elts);
                if set.elts.len() > 2 && set.elts.iter().all(is_folded_constant) {
                    // CPython 3.11 compiles such a display to a frozenset
                    // constant copied into a new set, and the copy's order can
                    // differ from adding the items one by one. Its compiler
                    // also rebuilds the constant once when merging constants,
                    // from the first frozenset's order; mirror both steps:
                    // set(frozenset(tuple(frozenset(items)))).
                    let mut value = self.emit(Op::BuildTuple(items));
                    for builtin in ["frozenset", "tuple", "frozenset", "set"] {
                        let callee = self.builtin_object(builtin);
                        value = self.emit(Op::Call {
                            callee,
                            args: vec![value],
                            kwnames: None,
                        });
                    }
                    return value;
                }
                self.emit(Op::BuildSet(items))
            }
            ast::Expr::Dict(dict) => {
                let mut pairs = Vec::new();
                for (key, value) in dict.keys.iter().zip(&dict.values) {
                    let Some(key) = key else {
                        let span = self.span(value_range(value));
                        self.lw.unsupported(
                            "`**` unpacking in a dict display",
                            "planned with the language issue",
                            span,
                        );
                        continue;
                    };
                    let key = self.lower_expr(key);
                    let value = self.lower_expr(value);
                    pairs.push((key, value));
                }
                self.emit(Op::BuildDict(pairs))
            }
            ast::Expr::Subscript(subscript) => {
                let obj = self.lower_expr(&subscript.value);
                let key = self.lower_subscript_key(&subscript.slice);
                self.at(subscript.range);
                self.emit(Op::GetItem { obj, key })
            }
            ast::Expr::Attribute(attribute) => {
                let obj = self.lower_expr(&attribute.value);
                if let Some((_, global)) = self.module_global(attribute) {
                    self.at_attribute(attribute);
                    return self.emit(Op::ModuleAttr {
                        module: obj,
                        global,
                        from: None,
                    });
                }
                let name = self.lw.str_const(attribute.attr.as_str());
                self.at_attribute(attribute);
                self.emit(Op::GetAttr { obj, name })
            }
            ast::Expr::Call(call) => self.lower_call(call),
            ast::Expr::JoinedStr(joined) => self.lower_fstring(&joined.values),
            ast::Expr::FormattedValue(formatted) => self.lower_formatted(formatted),
            ast::Expr::Slice(slice) => self.lower_slice(slice),
            ast::Expr::NamedExpr(named) => {
                let value = self.lower_expr(&named.value);
                match named.target.as_ref() {
                    ast::Expr::Name(name) => self.store_name(name.id.as_str(), value, name.range),
                    other => {
                        let span = self.span(expr_range(other));
                        self.lw.error(
                            DiagKind::InvalidSyntax {
                                message: format!(
                                    "cannot use assignment expressions with {}",
                                    expr_kind_name(other)
                                ),
                            },
                            span,
                        );
                    }
                }
                value
            }
            ast::Expr::Starred(starred) => {
                let span = self.span(starred.range);
                self.lw.unsupported(
                    "starred expression here",
                    "`*` unpacking is planned with the language issue",
                    span,
                );
                self.emit(Op::None)
            }
            ast::Expr::Lambda(lambda) => self.lower_lambda(lambda),
            ast::Expr::ListComp(comp) => {
                self.lower_comprehension(super::closures::Comprehension::List(comp))
            }
            ast::Expr::SetComp(comp) => {
                self.lower_comprehension(super::closures::Comprehension::Set(comp))
            }
            ast::Expr::DictComp(comp) => {
                self.lower_comprehension(super::closures::Comprehension::Dict(comp))
            }
        }
    }

    fn lower_elements(&mut self, elements: &'a [ast::Expr]) -> Vec<ValueId> {
        elements
            .iter()
            .map(|element| self.lower_expr(element))
            .collect()
    }

    pub fn lower_constant(&mut self, constant: &ast::Constant) -> ValueId {
        match constant {
            ast::Constant::None => self.emit(Op::None),
            ast::Constant::Bool(true) => self.emit(Op::True),
            ast::Constant::Bool(false) => self.emit(Op::False),
            ast::Constant::Int(value) => match value.to_i64() {
                Some(small) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&small) => {
                    self.emit(Op::SmallInt(small))
                }
                _ => {
                    let id = self.lw.constant(Const::BigInt(value.to_string()));
                    self.emit(Op::Const(id))
                }
            },
            ast::Constant::Float(value) => {
                let id = self.lw.constant(Const::Float(*value));
                self.emit(Op::Const(id))
            }
            ast::Constant::Str(text) => {
                let id = self.lw.str_const(text);
                self.emit(Op::Const(id))
            }
            ast::Constant::Bytes(bytes) => {
                let id = self.lw.constant(Const::Bytes(bytes.clone()));
                self.emit(Op::Const(id))
            }
            ast::Constant::Tuple(items) => {
                let values: Vec<ValueId> =
                    items.iter().map(|item| self.lower_constant(item)).collect();
                self.emit(Op::BuildTuple(values))
            }
            ast::Constant::Ellipsis => {
                let idx = typhon_abi::builtin_index("Ellipsis").unwrap_or(0) as u32;
                self.emit(Op::Builtin(idx))
            }
            ast::Constant::Complex { real, imag } => {
                let id = self.lw.constant(Const::Complex(*real, *imag));
                self.emit(Op::Const(id))
            }
        }
    }

    pub fn load_name(&mut self, name: &str, range: ast::text_size::TextRange) -> ValueId {
        if self.class_body.is_some() {
            return self.load_class_body_name(name, range);
        }
        self.load_outer_name(name, range)
    }

    /// `name` resolved past any class body being lowered.
    pub fn load_outer_name(&mut self, name: &str, range: ast::text_size::TextRange) -> ValueId {
        match self.resolve_name(name) {
            Some(NameRef::Local(local)) => {
                let checked = !self.always_bound.contains(&local);
                self.emit(Op::LoadLocal { local, checked })
            }
            Some(NameRef::Global(global)) => self.emit(Op::LoadGlobal(global)),
            Some(NameRef::Cell { local, free }) => {
                let cell = self.load_temp(local);
                let name = self.lw.str_const(name);
                self.emit(Op::LoadCell { cell, name, free })
            }
            Some(NameRef::Builtin(idx)) => {
                if matches!(name, "eval" | "exec" | "compile") {
                    self.reject_dynamic_code(name, range);
                }
                self.emit(Op::Builtin(idx))
            }
            Some(NameRef::Enclosing) => {
                let span = self.span(range);
                self.lw.unsupported(
                    "a nested function using a variable of its enclosing function",
                    "closures are planned with the language issue",
                    span,
                );
                self.emit(Op::None)
            }
            None => {
                if matches!(
                    name,
                    "eval"
                        | "exec"
                        | "compile"
                        | "globals"
                        | "locals"
                        | "vars"
                        | "__import__"
                        | "breakpoint"
                ) {
                    self.reject_dynamic_code(name, range);
                    return self.emit(Op::None);
                }
                if matches!(
                    name,
                    "__file__"
                        | "__spec__"
                        | "__loader__"
                        | "__package__"
                        | "__builtins__"
                        | "__cached__"
                        | "__path__"
                ) {
                    // CPython defines these in every module (`__path__` in
                    // packages); compiling them as unbound globals would
                    // raise `NameError` instead.
                    let span = self.span(range);
                    self.lw.unsupported(
                        &format!("the module attribute `{name}`"),
                        "typhon does not keep import-system details at run time",
                        span,
                    );
                    return self.emit(Op::None);
                }
                if super::python_builtins::is_cpython_builtin(name) {
                    // CPython would find it in `builtins`; compiling it as an
                    // unbound global would raise `NameError` instead.
                    let span = self.span(range);
                    self.lw.unsupported(
                        &format!("the builtin `{name}`"),
                        "typhon provides only part of CPython's builtins so far",
                        span,
                    );
                    return self.emit(Op::None);
                }
                if name == "__annotations__" {
                    // Bound only in the main module and in modules with
                    // annotations at module level (`resolve/file_attribute.rs`);
                    // elsewhere CPython raises `NameError` when it is read,
                    // as the load of the unbound global does (a
                    // `module.__annotations__` read binds it, as in CPython).
                    let global = self.lw.global(self.module, name);
                    return self.emit(Op::LoadGlobal(global));
                }
                let span = self.span(range);
                self.lw.error(
                    DiagKind::UndefinedName {
                        name: name.to_string(),
                    },
                    span,
                );
                // CPython raises NameError only when the name is evaluated.
                let global = self.lw.global(self.module, name);
                self.emit(Op::LoadGlobal(global))
            }
        }
    }

    fn reject_dynamic_code(&mut self, name: &str, range: ast::text_size::TextRange) {
        let span = self.span(range);
        let reason = match name {
            "eval" | "exec" | "compile" => {
                "typhon compiles the whole program ahead of time; code built at run time cannot be compiled"
            }
            _ => "typhon does not keep namespaces as run-time dictionaries",
        };
        self.lw.unsupported(&format!("`{name}()`"), reason, span);
    }

    /// A condition as a native `bool`.
    pub fn lower_cond(&mut self, expr: &'a ast::Expr) -> ValueId {
        match expr {
            ast::Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not => {
                let inner = self.lower_cond(&unary.operand);
                self.emit_bool(Op::Not(inner))
            }
            ast::Expr::Compare(compare) if compare.ops.len() == 1 => {
                self.warn_is_literal(compare);
                let lhs = self.lower_expr(&compare.left);
                let rhs = self.lower_expr(&compare.comparators[0]);
                self.at(compare.range);
                self.compare_bool(compare.ops[0], lhs, rhs)
            }
            ast::Expr::BoolOp(boolop) => {
                // Short-circuit into a bool temp without boxing the operands.
                let result = self.temp("cond");
                let join = self.new_block();
                let is_and = boolop.op == ast::BoolOp::And;
                for (idx, value) in boolop.values.iter().enumerate() {
                    let cond = self.lower_cond(value);
                    let boxed = self.emit(Op::BoxBool(cond));
                    self.store_local(result, boxed);
                    if idx + 1 < boolop.values.len() {
                        let next = self.new_block();
                        if is_and {
                            self.branch(cond, next, join);
                        } else {
                            self.branch(cond, join, next);
                        }
                        self.switch_to(next);
                    }
                }
                self.jump(join);
                self.switch_to(join);
                let boxed = self.load_temp(result);
                let true_value = self.emit(Op::True);
                self.emit_bool(Op::Is {
                    lhs: boxed,
                    rhs: true_value,
                })
            }
            _ => {
                let value = self.lower_expr(expr);
                self.emit_bool(Op::Truthy(value))
            }
        }
    }

    /// Branch on a condition: to `then_block` when it is true, else to
    /// `else_block`. `not`, `and` and `or` become branches between their
    /// operands' tests, so no outcome is stored in a `$cond` local and
    /// tested again (`while i < n and x >= a[i]` is one compare-and-branch
    /// per operand, and `None` tests narrow along the edges).
    pub fn lower_branch(&mut self, expr: &'a ast::Expr, then_block: BlockId, else_block: BlockId) {
        match expr {
            ast::Expr::UnaryOp(unary) if unary.op == ast::UnaryOp::Not => {
                self.lower_branch(&unary.operand, else_block, then_block);
            }
            ast::Expr::BoolOp(boolop) => {
                let is_and = boolop.op == ast::BoolOp::And;
                let (last, firsts) = boolop.values.split_last().expect("two operands or more");
                for value in firsts {
                    let next = self.new_block();
                    if is_and {
                        self.lower_branch(value, next, else_block);
                    } else {
                        self.lower_branch(value, then_block, next);
                    }
                    self.switch_to(next);
                }
                self.lower_branch(last, then_block, else_block);
            }
            _ => {
                let cond = self.lower_cond(expr);
                self.branch(cond, then_block, else_block);
            }
        }
    }

    /// One comparison as a native `bool`.
    fn compare_bool(&mut self, op: ast::CmpOp, lhs: ValueId, rhs: ValueId) -> ValueId {
        match op {
            ast::CmpOp::Is => self.emit_bool(Op::Is { lhs, rhs }),
            ast::CmpOp::IsNot => {
                let is = self.emit_bool(Op::Is { lhs, rhs });
                self.emit_bool(Op::Not(is))
            }
            ast::CmpOp::In => self.emit_bool(Op::Contains {
                container: rhs,
                item: lhs,
            }),
            ast::CmpOp::NotIn => {
                let contains = self.emit_bool(Op::Contains {
                    container: rhs,
                    item: lhs,
                });
                self.emit_bool(Op::Not(contains))
            }
            rich => self.emit_bool(Op::CompareBool {
                op: cmp_code(rich),
                lhs,
                rhs,
            }),
        }
    }

    /// One comparison as a Python object (rich comparisons may return any object).
    fn compare_value(&mut self, op: ast::CmpOp, lhs: ValueId, rhs: ValueId) -> ValueId {
        match op {
            ast::CmpOp::Is | ast::CmpOp::IsNot | ast::CmpOp::In | ast::CmpOp::NotIn => {
                let cond = self.compare_bool(op, lhs, rhs);
                self.emit(Op::BoxBool(cond))
            }
            rich => self.emit(Op::Compare {
                op: cmp_code(rich),
                lhs,
                rhs,
            }),
        }
    }

    /// `a < b < c`: each operand evaluated once, stopping at the first false result.
    fn lower_compare_value(&mut self, compare: &'a ast::ExprCompare) -> ValueId {
        self.warn_is_literal(compare);
        let mut lhs = self.lower_expr(&compare.left);
        if compare.ops.len() == 1 {
            let rhs = self.lower_expr(&compare.comparators[0]);
            self.at(compare.range);
            return self.compare_value(compare.ops[0], lhs, rhs);
        }
        let result = self.temp("cmp");
        let join = self.new_block();
        let last = compare.ops.len() - 1;
        for (idx, (op, comparator)) in compare.ops.iter().zip(&compare.comparators).enumerate() {
            let rhs = self.lower_expr(comparator);
            self.at(compare.range);
            let value = self.compare_value(*op, lhs, rhs);
            self.store_local(result, value);
            if idx == last {
                break;
            }
            let saved_rhs = self.temp("cmp_rhs");
            self.store_local(saved_rhs, rhs);
            let truth = self.emit_bool(Op::Truthy(value));
            let next = self.new_block();
            self.branch(truth, next, join);
            self.switch_to(next);
            lhs = self.load_temp(saved_rhs);
        }
        self.jump(join);
        self.switch_to(join);
        self.load_temp(result)
    }

    /// `a and b` / `a or b`: the result is an operand, not a bool.
    fn lower_boolop(&mut self, boolop: &'a ast::ExprBoolOp) -> ValueId {
        let result = self.temp("boolop");
        let join = self.new_block();
        let is_and = boolop.op == ast::BoolOp::And;
        for (idx, operand) in boolop.values.iter().enumerate() {
            let value = self.lower_expr(operand);
            self.store_local(result, value);
            if idx + 1 == boolop.values.len() {
                break;
            }
            let truth = self.emit_bool(Op::Truthy(value));
            let next = self.new_block();
            if is_and {
                self.branch(truth, next, join);
            } else {
                self.branch(truth, join, next);
            }
            self.switch_to(next);
        }
        self.jump(join);
        self.switch_to(join);
        self.load_temp(result)
    }

    fn lower_subscript_key(&mut self, key: &'a ast::Expr) -> ValueId {
        self.lower_expr(key)
    }

    fn lower_slice(&mut self, slice: &'a ast::ExprSlice) -> ValueId {
        let part = |builder: &mut Self, part: &'a Option<Box<ast::Expr>>| match part {
            Some(expr) => builder.lower_expr(expr),
            None => builder.emit(Op::None),
        };
        let start = part(self, &slice.lower);
        let stop = part(self, &slice.upper);
        let step = part(self, &slice.step);
        self.emit(Op::BuildSlice { start, stop, step })
    }

    fn lower_fstring(&mut self, values: &'a [ast::Expr]) -> ValueId {
        let mut parts = Vec::new();
        for value in values {
            match value {
                ast::Expr::Constant(constant) => parts.push(self.lower_constant(&constant.value)),
                ast::Expr::FormattedValue(formatted) => parts.push(self.lower_formatted(formatted)),
                other => parts.push(self.lower_expr(other)),
            }
        }
        if parts.len() == 1 {
            return parts[0];
        }
        self.emit(Op::ConcatStr(parts))
    }

    fn lower_formatted(&mut self, formatted: &'a ast::ExprFormattedValue) -> ValueId {
        let value = self.lower_expr(&formatted.value);
        let converted = match formatted.conversion {
            ast::ConversionFlag::Str => self.emit(Op::Str(value)),
            ast::ConversionFlag::Repr => self.emit(Op::Repr(value)),
            ast::ConversionFlag::Ascii => self.emit(Op::Ascii(value)),
            ast::ConversionFlag::None => value,
        };
        let spec = match &formatted.format_spec {
            Some(spec) => match spec.as_ref() {
                ast::Expr::JoinedStr(joined) => self.lower_fstring(&joined.values),
                other => self.lower_expr(other),
            },
            None => {
                let empty = self.lw.str_const("");
                self.emit(Op::Const(empty))
            }
        };
        self.emit(Op::Format {
            value: converted,
            spec,
        })
    }
}

pub fn binop_code(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn cmp_code(op: ast::CmpOp) -> CmpOp {
    match op {
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Gt => CmpOp::Gt,
        _ => CmpOp::Ge,
    }
}

pub fn expr_range(expr: &ast::Expr) -> ast::text_size::TextRange {
    use ast::Ranged;
    expr.range()
}

/// What CPython calls an expression in "cannot assign to ..." messages.
pub fn expr_kind_name(expr: &ast::Expr) -> &'static str {
    match expr {
        ast::Expr::Attribute(_) => "attribute",
        ast::Expr::Subscript(_) => "subscript",
        ast::Expr::Starred(_) => "starred",
        ast::Expr::Name(_) => "name",
        ast::Expr::List(_) => "list",
        ast::Expr::Tuple(_) => "tuple",
        ast::Expr::Lambda(_) => "lambda",
        ast::Expr::Call(_) => "function call",
        ast::Expr::BoolOp(_) | ast::Expr::BinOp(_) | ast::Expr::UnaryOp(_) => "expression",
        ast::Expr::GeneratorExp(_) => "generator expression",
        ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => "yield expression",
        ast::Expr::Await(_) => "await expression",
        ast::Expr::ListComp(_) => "list comprehension",
        ast::Expr::SetComp(_) => "set comprehension",
        ast::Expr::DictComp(_) => "dict comprehension",
        ast::Expr::Dict(_) => "dict literal",
        ast::Expr::Set(_) => "set display",
        ast::Expr::JoinedStr(_) | ast::Expr::FormattedValue(_) => "f-string expression",
        ast::Expr::Constant(constant) => match constant.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ast::Expr::Compare(_) => "comparison",
        ast::Expr::IfExp(_) => "conditional expression",
        ast::Expr::NamedExpr(_) => "named expression",
        ast::Expr::Slice(_) => "slice",
    }
}

fn value_range(expr: &ast::Expr) -> ast::text_size::TextRange {
    expr_range(expr)
}

impl FnBuilder<'_, '_> {
    /// The real builtin `name`, whatever the program binds to that name.
    pub(super) fn builtin_object(&mut self, name: &str) -> ValueId {
        let index = typhon_abi::builtin_index(name)
            .unwrap_or_else(|| panic!("`{name}` is not in typhon_abi::BUILTINS"));
        self.emit(Op::Builtin(index as u32))
    }
}

/// Whether CPython's AST optimiser turns `expr` into a constant (a literal,
/// or a negated number literal), which decides how set displays compile.
fn is_folded_constant(expr: &ast::Expr) -> bool {
    match expr {
        ast::Expr::Constant(_) => true,
        ast::Expr::UnaryOp(unary) => {
            matches!(
                unary.op,
                ast::UnaryOp::USub | ast::UnaryOp::UAdd | ast::UnaryOp::Invert
            ) && matches!(&*unary.operand, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Int(_) | ast::Constant::Float(_)))
        }
        _ => false,
    }
}

/// Whether a display has `*` elements.
fn has_starred(elements: &[ast::Expr]) -> bool {
    elements.iter().any(|e| matches!(e, ast::Expr::Starred(_)))
}

impl FnBuilder<'_, '_> {
    /// CPython's `SyntaxWarning` for `x is 1` and `x is not "a"`: identity
    /// with a literal (after its constant folding) is almost always a bug.
    fn warn_is_literal(&mut self, compare: &ast::ExprCompare) {
        let mut left = compare.left.as_ref();
        for (op, right) in compare.ops.iter().zip(&compare.comparators) {
            let name = match op {
                ast::CmpOp::Is => Some(("is", "==")),
                ast::CmpOp::IsNot => Some(("is not", "!=")),
                _ => None,
            };
            if let Some((name, instead)) = name
                && (is_literal(left) || is_literal(right))
            {
                let span = self.span(compare.range);
                self.lw.error(
                    DiagKind::SyntaxWarning {
                        message: format!("\"{name}\" with a literal. Did you mean \"{instead}\"?"),
                    },
                    span,
                );
            }
            left = right;
        }
    }
}

/// Whether CPython folds `expr` to a constant other than `None`, `True`,
/// `False` and `...` (the operands `is` warns about).
fn is_literal(expr: &ast::Expr) -> bool {
    match expr {
        ast::Expr::Constant(constant) => !matches!(
            constant.value,
            ast::Constant::None | ast::Constant::Bool(_) | ast::Constant::Ellipsis
        ),
        ast::Expr::Tuple(tuple) => tuple.elts.iter().all(is_folded_constant),
        other => is_folded_constant(other) && !matches!(other, ast::Expr::Constant(_)),
    }
}
