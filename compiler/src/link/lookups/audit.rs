//! Audits [`RUNTIME_LOOKUPS`] against the runtime's sources: every string
//! literal naming a method of a linked table (`tym$<table>$<name>` in the
//! embedded archive) must be on the list, or sit where a name is not looked
//! up: a table entry, or an argument of a helper that only checks arguments
//! or words error messages ("split() takes ..."). Those helpers were read
//! one by one; a new helper or a new kind of context fails the test until
//! it is read and listed here too, so the list cannot silently fall behind.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::RUNTIME_LOOKUPS;

/// Calls whose literal arguments name the method being implemented, for
/// argument checking and error messages only.
const MESSAGE_CALLEES: &[&str] = &[
    "Spec::new",
    "args::method",
    "receiver",
    "receiver!",
    "positional",
    "no_arg_self",
    "read_upto",
    "mode_query",
    "reading",
    "radix",
    "keywords",
    "only_keywords",
    "keyword",
    "count",
    "no_keywords",
    "one_argument",
    "byteorder",
    "index_value",
    "path_operation",
    // A file method's name, for its argument checks and messages.
    "query",
    // The message of CPython's `io.UnsupportedOperation`.
    "unsupported",
    // A native module function's name.
    "new_static",
    // Macros that define a method and its table entry.
    "method!",
    "predicate!",
    "transform!",
];

/// Braces whose literals are table entries: `Method { name: ... }` and the
/// macros that expand to methods or builtin functions.
const TABLE_BRACES: &[&str] = &[
    "Method",
    "no_arg_method!",
    "search_method!",
    "builtin_functions!",
    // `bytearray`'s reuses of `bytes` methods.
    "shared!",
    "wrapped!",
];

/// Literals read one by one that are not lookups: (file under
/// `runtime/src`, name).
const NOT_LOOKUPS: &[(&str, &str)] = &[
    // `CLASS_METHODS`: which methods, once found, bind their type.
    ("attr.rs", "fromkeys"),
    ("attr.rs", "maketrans"),
    ("attr.rs", "fromhex"),
    ("attr.rs", "from_bytes"),
    // The `errors="replace"` codec error handler.
    ("types/bytes/codec.rs", "replace"),
    // The stems of the operator dunders (`__add__`, `__radd__`, ...).
    ("types/class/mod.rs", "add"),
    // `memoryview.format`, an attribute of the view itself.
    ("types/memoryview.rs", "format"),
    // Whether the method running is `readline`; in `closed_message`,
    // which method a closed file was called with; `read`, the message of
    // reading a binary file opened for writing.
    ("builtins/file/methods.rs", "readline"),
    ("builtins/file/methods.rs", "fileno"),
    ("builtins/file/methods.rs", "isatty"),
    ("builtins/file/methods.rs", "seekable"),
    ("builtins/file/methods.rs", "readable"),
    ("builtins/file/methods.rs", "writable"),
    ("builtins/file/methods.rs", "read"),
    ("builtins/file/methods.rs", "readinto"),
    ("builtins/file/methods.rs", "readlines"),
    ("builtins/file/methods.rs", "writelines"),
    ("builtins/file/methods.rs", "seek"),
    ("builtins/file/methods.rs", "truncate"),
    ("builtins/file/methods.rs", "tell"),
    // The verbs of the Unicode errors' messages ("can't encode ...").
    ("types/exception/unicode.rs", "encode"),
    ("types/exception/unicode.rs", "translate"),
    // The C library's `read`, bound by `#[link_name]`.
    ("modules/os_extra.rs", "read"),
];

/// A string literal of a source file and what encloses it.
#[derive(Debug)]
struct Literal {
    line: usize,
    text: String,
    /// The enclosing call's callee path (`Spec::new`, `method!`), through
    /// tuples and arrays, if it is a call.
    callee: Option<String>,
    /// The path before the enclosing brace (`Method`, `search_method!`).
    brace: Option<String>,
}

/// The string literals of Rust source `text` with their context.
fn literals(text: &str) -> Vec<Literal> {
    let chars: Vec<char> = text.chars().collect();
    // Open brackets: the bracket and the path written before it.
    let mut stack: Vec<(char, String)> = Vec::new();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize, s: &str| {
        s.chars()
            .enumerate()
            .all(|(k, c)| chars.get(i + k) == Some(&c))
    };
    let word_before = |i: usize| i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
    while i < chars.len() {
        let c = chars[i];
        if at(i, "//") {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if at(i, "/*") {
            while i < chars.len() && !at(i, "*/") {
                line += usize::from(chars[i] == '\n');
                i += 1;
            }
            i += 2;
            continue;
        }
        // Raw strings: r"..", r#".."#, br"..".
        let raw_start = if !word_before(i) && at(i, "br") {
            Some(i + 2)
        } else if !word_before(i) && c == 'r' {
            Some(i + 1)
        } else {
            None
        };
        if let Some(mut j) = raw_start {
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) == Some(&'"') {
                let close: String = std::iter::once('"')
                    .chain("#".repeat(hashes).chars())
                    .collect();
                j += 1;
                while j < chars.len() && !at(j, &close) {
                    line += usize::from(chars[j] == '\n');
                    j += 1;
                }
                i = j + close.chars().count();
                continue;
            }
        }
        if c == '"' || (c == 'b' && !word_before(i) && chars.get(i + 1) == Some(&'"')) {
            let start = if c == '"' { i + 1 } else { i + 2 };
            let mut j = start;
            while j < chars.len() && chars[j] != '"' {
                if chars[j] == '\\' {
                    j += 1;
                }
                line += usize::from(chars.get(j) == Some(&'\n'));
                j += 1;
            }
            let text: String = chars[start..j].iter().collect();
            out.push(Literal {
                line,
                text,
                callee: enclosing_call(&stack),
                brace: match stack.last() {
                    Some(('{', path)) if !path.is_empty() => Some(path.clone()),
                    _ => None,
                },
            });
            i = j + 1;
            continue;
        }
        if c == '\'' {
            // A character literal ('x', '\n', '\u{..}'), not a lifetime.
            let len = if chars.get(i + 1) == Some(&'\\') {
                chars[i + 2..]
                    .iter()
                    .position(|&c| c == '\'')
                    .map(|p| p + 3)
            } else if chars.get(i + 2) == Some(&'\'') {
                Some(3)
            } else {
                None
            };
            if let Some(len) = len {
                i += len;
                continue;
            }
        }
        match c {
            '(' | '[' | '{' => stack.push((c, path_before(&chars, i))),
            ')' | ']' | '}' => {
                stack.pop();
            }
            '\n' => line += 1,
            _ => {}
        }
        i += 1;
    }
    out
}

/// The innermost call enclosing the top of `stack`, seen through tuples and
/// arrays (`f(ts, &["a", "b"])`) but not through blocks.
fn enclosing_call(stack: &[(char, String)]) -> Option<String> {
    for (bracket, path) in stack.iter().rev() {
        match bracket {
            '(' if !path.is_empty() => return Some(path.clone()),
            '(' | '[' => continue,
            _ => return None,
        }
    }
    None
}

/// The path written just before the bracket at `i`: `Spec::new`,
/// `method!`, `positional` for `positional::<5>`, empty for none.
fn path_before(chars: &[char], i: usize) -> String {
    let mut k = i;
    while k > 0 && chars[k - 1].is_whitespace() {
        k -= 1;
    }
    // A turbofish: `name::<T>(`.
    if k > 0 && chars[k - 1] == '>' {
        let mut depth = 0;
        while k > 0 {
            k -= 1;
            match chars[k] {
                '>' => depth += 1,
                '<' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
        while k > 0 && chars[k - 1] == ':' {
            k -= 1;
        }
    }
    let end = k;
    if k > 0 && chars[k - 1] == '!' {
        k -= 1;
    }
    while k > 0 && (chars[k - 1].is_alphanumeric() || chars[k - 1] == '_' || chars[k - 1] == ':') {
        k -= 1;
    }
    chars[k..end]
        .iter()
        .collect::<String>()
        .trim_start_matches(':')
        .to_string()
}

/// Whether `path` is `entry` or ends with `::entry`.
fn path_is(path: &str, entry: &str) -> bool {
    path == entry || path.ends_with(&format!("::{entry}"))
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the runtime's sources") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// The non-dunder names of the linked tables' methods in the embedded runtime.
fn linked_method_names() -> BTreeSet<String> {
    let symbols = crate::link::handlers::archive_symbols(crate::link::RUNTIME_ARCHIVE)
        .expect("the embedded runtime archive has a symbol index");
    symbols
        .iter()
        .filter_map(|s| s.strip_prefix("tym$")?.split_once('$'))
        .map(|(_, name)| name.to_string())
        .filter(|name| !(name.starts_with("__") && name.ends_with("__")))
        .collect()
}

/// The names of the linked tables in the embedded runtime.
fn linked_tables() -> BTreeSet<String> {
    let symbols = crate::link::handlers::archive_symbols(crate::link::RUNTIME_ARCHIVE)
        .expect("the embedded runtime archive has a symbol index");
    symbols
        .iter()
        .filter_map(|s| s.strip_prefix("tym$")?.split_once('$'))
        .map(|(table, _)| table.to_string())
        .collect()
}

#[test]
fn every_runtime_lookup_of_a_linked_method_is_listed() {
    let names = linked_method_names();
    assert!(
        names.contains("join") && names.contains("append"),
        "{names:?}"
    );
    let tables = linked_tables();
    for (name, restricted) in RUNTIME_LOOKUPS {
        for table in restricted.unwrap_or_default() {
            assert!(tables.contains(*table), "{name}: no linked table `{table}`");
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut unlisted = Vec::new();
    let mut seen = BTreeSet::new();
    for path in &files {
        let relative = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let file_name = path.file_name().unwrap().to_string_lossy();
        // Unit tests and their helpers, and `dir()`'s name lists.
        if matches!(&*file_name, "tests.rs" | "testing.rs" | "dir_names.rs") {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        for literal in literals(&text) {
            let table_entry = literal
                .brace
                .as_deref()
                .is_some_and(|b| TABLE_BRACES.iter().any(|e| path_is(b, e)));
            if !table_entry {
                seen.insert(literal.text.clone());
            }
            if !names.contains(&literal.text)
                || RUNTIME_LOOKUPS
                    .iter()
                    .any(|(name, _)| *name == literal.text)
            {
                continue;
            }
            let message = literal
                .callee
                .as_deref()
                .is_some_and(|c| MESSAGE_CALLEES.iter().any(|e| path_is(c, e)));
            let audited = NOT_LOOKUPS
                .iter()
                .any(|(file, name)| *file == relative && *name == literal.text);
            if !(table_entry || message || audited) {
                unlisted.push(format!(
                    "runtime/src/{relative}:{}: \"{}\" (in {:?})",
                    literal.line, literal.text, literal.callee
                ));
            }
        }
    }
    assert!(
        unlisted.is_empty(),
        "literals naming linked methods, neither on RUNTIME_LOOKUPS (a lookup) nor audited \
         as not a lookup (link/lookups/audit.rs):\n{}",
        unlisted.join("\n")
    );
    let stale: Vec<&str> = RUNTIME_LOOKUPS
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| !seen.contains(*name))
        .collect();
    assert!(
        stale.is_empty(),
        "RUNTIME_LOOKUPS names no runtime literal: {stale:?}"
    );
}

#[test]
fn literals_know_their_context() {
    let text = r#"
        // "write" in a comment
        let c = '"'; let s = r"keys";
        Spec::new("str", "split", 0, 2);
        call.keywords(ts, "print", ["sep", "flush"]);
        positional::<5>(ts, "find");
        match op { BinOp::Add => "extend", _ => x }
        Method { name: "join", func: f }
    "#;
    let found: Vec<(String, Option<String>, Option<String>)> = literals(text)
        .into_iter()
        .map(|l| (l.text, l.callee, l.brace))
        .collect();
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        found,
        [
            ("str".into(), s("Spec::new"), None),
            ("split".into(), s("Spec::new"), None),
            ("print".into(), s("keywords"), None),
            ("sep".into(), s("keywords"), None),
            ("flush".into(), s("keywords"), None),
            ("find".into(), s("positional"), None),
            ("extend".into(), None, s("op")),
            ("join".into(), None, s("Method")),
        ]
    );
}
