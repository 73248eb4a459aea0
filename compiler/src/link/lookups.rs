//! The names the runtime itself looks methods up by, which the link step
//! keeps in the method tables those lookups can reach, whatever the
//! program names (`reach.rs`).
//!
//! A runtime lookup by a literal name (`call_method(file, "write")`,
//! `str::new(ts, "keys")` then `ty_getattr`, `find_method("update")`) of a
//! method the link step dropped would raise `AttributeError` (or panic) on
//! valid code, so this list must hold every such name. Dunders need not be
//! listed: every dunder is kept. The test in `lookups/audit.rs` reads the
//! runtime's sources and fails on a literal naming a linked method that is
//! neither on this list nor in a context audited as not being a lookup.
//! Which tables a lookup can reach is read from the code around it (the
//! receiver's type), as each entry's comment says.

/// Tables a runtime lookup may find its method in: any, or only these
/// (the lookup is made on objects of these types and their subclasses).
pub type Tables = Option<&'static [&'static str]>;

/// Non-dunder method names the runtime looks up on objects, the tables
/// the lookup can reach, and where.
pub const RUNTIME_LOOKUPS: &[(&str, Tables)] = &[
    // `print(..., file=f)` (`builtins/io.rs`).
    ("write", None),
    ("flush", None),
    // `f(**m)` (`calls/star.rs`), `dict(m)` / `d.update(m)` on a mapping
    // (`types/dict/slots.rs`).
    ("keys", None),
    // `yield from` delegating to an object (`types/generator.rs`).
    ("send", None),
    ("throw", None),
    ("close", None),
    // `ExceptionGroup.split` / `subgroup` build through `derive`
    // (`types/exception/group.rs`); `except*` calls `split` on exception
    // groups (`types/exception/star.rs`).
    ("derive", Some(EXCEPTIONS)),
    ("split", Some(EXCEPTIONS)),
    // In-place operators on exact lists, sets and dicts (`ops/inplace.rs`)
    // and `dict.__init__` of dict subclasses (`types/class/builtin_base.rs`).
    ("extend", Some(&["list"])),
    ("update", Some(&["set", "dict"])),
    ("intersection_update", Some(&["set"])),
    ("difference_update", Some(&["set"])),
    ("symmetric_difference_update", Some(&["set"])),
];

/// The tables of exception groups' methods and their base's.
const EXCEPTIONS: &[&str] = &["ExceptionGroup", "BaseException"];

/// Whether the runtime may look the method `name` of `table` up by name.
pub fn looked_up(table: &str, name: &str) -> bool {
    RUNTIME_LOOKUPS
        .iter()
        .any(|(n, tables)| *n == name && tables.is_none_or(|t| t.contains(&table)))
}

#[cfg(test)]
mod audit;
