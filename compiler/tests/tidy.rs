//! Repository-wide rules that review would otherwise have to remember:
//! every Rust file opens with a `//!` doc, no bare to-do markers (write
//! `FIXME(reason)`), no Rust file over 800 lines, and every expectation or
//! snapshot file under `tests/` belongs to a test program that exists.

mod common;

use std::path::{Path, PathBuf};

const MAX_LINES: usize = 800;

#[test]
fn rust_files_start_with_a_doc_comment() {
    let offenders: Vec<String> = rust_files()
        .into_iter()
        .filter(|path| !std::fs::read_to_string(path).is_ok_and(|text| text.starts_with("//!")))
        .map(|path| shown(&path))
        .collect();
    assert!(
        offenders.is_empty(),
        "these files must start with a `//!` doc comment:\n  {}",
        offenders.join("\n  ")
    );
}

#[test]
fn no_todo_markers() {
    // Spelt in two halves so this file does not trip its own check.
    let marker = concat!("TO", "DO");
    let mut offenders = Vec::new();
    for path in rust_files() {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (idx, line) in text.lines().enumerate() {
            if line.contains(marker) {
                offenders.push(format!("{}:{}: {}", shown(&path), idx + 1, line.trim()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "write `FIXME(reason)` instead of {marker}:\n  {}",
        offenders.join("\n  ")
    );
}

#[test]
fn no_rust_file_over_800_lines() {
    let mut offenders = Vec::new();
    for path in rust_files() {
        let lines = std::fs::read_to_string(&path)
            .map(|text| text.lines().count())
            .unwrap_or(0);
        if lines > MAX_LINES {
            offenders.push(format!("{} ({lines} lines)", shown(&path)));
        }
    }
    assert!(
        offenders.is_empty(),
        "these files are over {MAX_LINES} lines; split them by concept:\n  {}",
        offenders.join("\n  ")
    );
}

#[test]
fn expectation_files_have_a_program() {
    let mut offenders = Vec::new();
    let run = common::tests_dir("run");
    for path in files_under(&run) {
        let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
            continue;
        };
        if !["out", "code", "err", "in", "args"].contains(&ext) {
            continue;
        }
        let stem = path.with_extension("");
        if !stem.with_extension("py").is_file()
            && !stem.join("main.py").is_file()
            && common::bench_source(&stem).is_none()
        {
            offenders.push(shown(&path));
        }
    }
    for (kind, ext) in [("diag", "stderr"), ("ir", "tir"), ("traceback", "stderr")] {
        for path in common::files_with_ext(&common::tests_dir(kind), ext) {
            if !path.with_extension("py").is_file() {
                offenders.push(shown(&path));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "these files belong to no test program:\n  {}",
        offenders.join("\n  ")
    );
}

#[test]
fn run_programs_have_expectations() {
    let offenders: Vec<String> = common::find_run_programs(&common::tests_dir("run"))
        .into_iter()
        .filter(|program| !program.file("out").is_file() || !program.file("code").is_file())
        .map(|program| program.name)
        .collect();
    assert!(
        offenders.is_empty(),
        "these run tests have no expectations; run `python3 scripts/bless.py` on them:\n  {}",
        offenders.join("\n  ")
    );
}

/// Every `.rs` file of the repository outside build output and hidden folders.
fn rust_files() -> Vec<PathBuf> {
    files_under(&common::repo_root())
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect()
}

fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut res = Vec::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                let skipped = name.starts_with('.')
                    || name == "__pycache__"
                    || (dir == root && name.starts_with("target"));
                if !skipped {
                    pending.push(path);
                }
            } else {
                res.push(path);
            }
        }
    }
    res.sort();
    res
}

fn shown(path: &Path) -> String {
    common::relative_name(&common::repo_root(), path)
}
