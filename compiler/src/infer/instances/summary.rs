//! The attribute kinds of the known classes, as `--emit types` shows them.

use super::Model;
use crate::infer::kind::Kind;

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
}
