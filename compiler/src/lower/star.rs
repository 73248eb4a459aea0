//! Star forms: calls with `*seq` / `**mapping`, `*` in list, tuple and set
//! displays, `**` in dict displays, and starred assignment targets.
//!
//! A star call gathers its positional arguments into a list and its
//! keywords into a dict, in source order, then calls `CallEx`; the runtime
//! checks duplicates and non-mappings with CPython's messages.

use super::builder::FnBuilder;
use crate::syntax::ast;
use crate::tir::{Op, ValueId};
use rustpython_parser::text_size::TextRange;

impl<'a> FnBuilder<'_, 'a> {
    pub fn has_star_arguments(call: &ast::ExprCall) -> bool {
        call.args
            .iter()
            .any(|arg| matches!(arg, ast::Expr::Starred(_)))
            || call.keywords.iter().any(|kw| kw.arg.is_none())
    }

    pub fn lower_star_call(&mut self, call: &'a ast::ExprCall) -> ValueId {
        let callee = self.lower_expr(&call.func);
        let positional = self.emit(Op::BuildList(vec![]));
        for arg in &call.args {
            match arg {
                ast::Expr::Starred(starred) => {
                    let iterable = self.lower_expr(&starred.value);
                    self.at(call.range);
                    self.emit_void(Op::ListExtend {
                        list: positional,
                        iterable,
                        callee: Some(callee),
                    });
                }
                other => {
                    let item = self.lower_expr(other);
                    self.emit_void(Op::ListAppend {
                        list: positional,
                        item,
                    });
                }
            }
        }
        let kwargs = if call.keywords.is_empty() {
            None
        } else {
            Some(self.gather_keywords(&call.keywords, call.range, callee))
        };
        self.at(call.range);
        self.emit(Op::CallEx {
            callee,
            args: positional,
            kwargs,
        })
    }

    /// `[*a, b]`, `(*a, b)`, `{*a, b}`: the items gathered into a list.
    /// `k=v` and `**m` keywords merged into a fresh dict in source order;
    /// a duplicate or a non-mapping raises CPython's message naming `callee`.
    pub fn gather_keywords(
        &mut self,
        keywords: &'a [ast::Keyword],
        range: TextRange,
        callee: ValueId,
    ) -> ValueId {
        let dict = self.emit(Op::BuildDict(vec![]));
        for keyword in keywords {
            let value = self.lower_expr(&keyword.value);
            let mapping = match &keyword.arg {
                Some(name) => {
                    let key = self.lw.str_const(name.as_str());
                    let key = self.emit(Op::Const(key));
                    self.emit(Op::BuildDict(vec![(key, value)]))
                }
                None => value,
            };
            self.at(range);
            self.emit_void(Op::DictMerge {
                dict,
                mapping,
                callee: Some(callee),
            });
        }
        dict
    }

    pub fn lower_starred_elements(&mut self, elements: &'a [ast::Expr]) -> ValueId {
        let list = self.emit(Op::BuildList(vec![]));
        for element in elements {
            match element {
                ast::Expr::Starred(starred) => {
                    let iterable = self.lower_expr(&starred.value);
                    self.at(starred.range);
                    self.emit_void(Op::ListExtend {
                        list,
                        iterable,
                        callee: None,
                    });
                }
                other => {
                    let item = self.lower_expr(other);
                    self.emit_void(Op::ListAppend { list, item });
                }
            }
        }
        list
    }

    /// A dict display with `**` entries, built in source order.
    pub fn lower_dict_unpacking(&mut self, dict: &'a ast::ExprDict) -> ValueId {
        let result = self.emit(Op::BuildDict(vec![]));
        for (key, value) in dict.keys.iter().zip(&dict.values) {
            match key {
                Some(key) => {
                    let key = self.lower_expr(key);
                    let value = self.lower_expr(value);
                    self.emit_void(Op::SetItem {
                        obj: result,
                        key,
                        value,
                    });
                }
                None => {
                    let mapping = self.lower_expr(value);
                    self.at(dict.range);
                    self.emit_void(Op::DictMerge {
                        dict: result,
                        mapping,
                        callee: None,
                    });
                }
            }
        }
        result
    }

    /// `a, *rest, z = value`: the values for each element, in order (the
    /// starred one gets a list).
    pub fn unpack_starred(&mut self, elements: &[ast::Expr], value: ValueId) -> Vec<ValueId> {
        let star = elements
            .iter()
            .position(|e| matches!(e, ast::Expr::Starred(_)))
            .unwrap_or(0);
        let before = star;
        let after = elements.len() - star - 1;
        self.emit_many(
            Op::UnpackEx {
                value,
                before,
                after,
            },
            elements.len(),
        )
    }
}
