//! The attribute kinds of the known classes, as `--emit types` shows them.

use super::Model;
use crate::infer::kind::Kind;
use crate::tir;

impl Model {
    /// `Class.name: kind` for every attribute stored through a known
    /// instance, sorted; `describe` spells the kinds.
    pub fn attribute_summary(&self, describe: &dyn Fn(Kind) -> String) -> Vec<String> {
        let state = self.state.borrow();
        let mut attrs: Vec<(String, String, Kind)> = state
            .own
            .iter()
            .filter(|((c, name), _)| self.lookup(*c, name).is_none())
            .map(|((c, name), own)| {
                // Without `Kind::join`, which could make containers
                // escape after the solve.
                let kind = match state.any.get(name).copied().unwrap_or(Kind::Bottom) {
                    Kind::Bottom => *own,
                    any if any == *own => any,
                    _ => Kind::Obj,
                };
                (self.class_name(*c).to_string(), name.clone(), kind)
            })
            .collect();
        drop(state);
        attrs.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
        attrs
            .into_iter()
            .map(|(class, name, kind)| format!("{class}.{name}: {}", describe(kind)))
            .collect()
    }

    /// `what: first in module.function line N` for each program-wide
    /// widening the solve made (what left attributes `obj`), sorted.
    pub fn widenings(&self, program: &tir::Program) -> Vec<String> {
        let state = self.state.borrow();
        let mut lines: Vec<String> = state
            .first
            .iter()
            .map(|(what, (id, line))| format!("{what}: first in {}", site(program, *id, *line)))
            .collect();
        if let Some(at) = &state.loose_at {
            lines.push(format!("module objects loose: {at}"));
        } else if state.modules_loose {
            lines.push("module objects loose: a computed read on a native module".to_string());
        }
        lines.sort();
        let sites = crate::infer::containers::instance_escapes();
        let escaped: Vec<String> = (0..self.found.classes.len() as super::ClassId)
            .filter(|c| self.inst_escaped(&state, *c))
            .map(|c| {
                let why = match sites.iter().find(|(d, ..)| *d == c) {
                    Some((_, id, line)) => site(program, *id, *line),
                    None if self.class_escaped(&state, c) => "its class object".to_string(),
                    None if self.class_attrs_written(&state, c) => {
                        "a computed store to its class".to_string()
                    }
                    None => "a dunder bound to a value".to_string(),
                };
                format!("{} ({why})", self.class_name(c))
            })
            .collect();
        if !escaped.is_empty() {
            lines.push(format!("instances escaping: {}", escaped.join(", ")));
        }
        lines
    }
}

/// `module.function line N`.
fn site(program: &tir::Program, id: tir::FuncId, line: u32) -> String {
    let func = &program.functions[id];
    let module = &program.modules[func.module].name;
    format!("{module}.{} line {line}", func.name)
}
