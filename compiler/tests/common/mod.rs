//! Helpers shared by the file-driven test harnesses (`run`, `cross`,
//! `traceback`, `diag`, `ir`, `tidy`): finding test files and snapshot
//! comparison with a unified diff here, running processes in `process`,
//! comparing a run with CPython's expectations in `expect`, ELF checks in
//! `elf`, and the trial list with known failures in `suite`.
//!
//! Each harness is its own crate and uses only part of this module.
#![allow(dead_code)]

mod elf;
mod expect;
mod process;
mod suite;

// Not every harness uses each; `tidy` uses none.
#[allow(unused_imports)]
pub use elf::*;
#[allow(unused_imports)]
pub use expect::*;
#[allow(unused_imports)]
pub use process::*;
#[allow(unused_imports)]
pub use suite::*;

use std::path::{Path, PathBuf};

use libtest_mimic::Failed;

/// The repository root (the workspace folder holding `tests/`).
pub fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| manifest.to_path_buf())
}

/// The folder `tests/<kind>` of the repository.
pub fn tests_dir(kind: &str) -> PathBuf {
    repo_root().join("tests").join(kind)
}

/// The `typhon` binary cargo built for these tests.
pub fn typhon() -> &'static str {
    env!("CARGO_BIN_EXE_typhon")
}

/// Extra `typhon build` flags from `TYPHON_TEST_FLAGS`, split on whitespace.
pub fn test_flags() -> Vec<String> {
    std::env::var("TYPHON_TEST_FLAGS")
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// `TYPHON_BLESS=1` asks the snapshot harnesses to rewrite their snapshots.
pub fn bless_mode() -> bool {
    std::env::var("TYPHON_BLESS").is_ok_and(|v| v == "1")
}

/// The files directly inside `dir` whose name ends in `.<ext>`, sorted.
pub fn files_with_ext(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut res: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == ext))
        .collect();
    res.sort();
    res
}

/// Copy the files of `from` (recursively) into `to`.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create folder");
    for entry in std::fs::read_dir(from).expect("read folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy file");
        }
    }
}

/// A file name without its extension, as a `String`.
pub fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// One program of `tests/run`: a single `<name>.py`, or a folder `<name>/`
/// holding `main.py` and its modules. Expectation files are `stem.<ext>`.
#[derive(Clone, Debug)]
pub struct RunProgram {
    /// The path under `tests/run` without `.py`, e.g. `int/int-big`.
    pub name: String,
    /// The file typhon compiles.
    pub main: PathBuf,
    /// Expectation files are this path plus an extension.
    pub stem: PathBuf,
    /// The folder the program runs in.
    pub cwd: PathBuf,
}

impl RunProgram {
    /// The expectation or input file `<stem>.<ext>`.
    pub fn file(&self, ext: &str) -> PathBuf {
        let mut name = self.stem.clone().into_os_string();
        name.push(".");
        name.push(ext);
        PathBuf::from(name)
    }
}

/// Every program under `root`, sorted by name. A folder with a `main.py` is a
/// program; its other files are its modules, never programs of their own.
/// The benchmarks of the repository's `bench/` folder come too (see
/// `bench_programs`).
pub fn find_run_programs(root: &Path) -> Vec<RunProgram> {
    let mut res = Vec::new();
    collect_run_programs(root, root, &mut res);
    bench_programs(root, &mut res);
    res.sort_by(|a, b| a.name.cmp(&b.name));
    res
}

/// Each `bench/<name>.py` is also the run test `bench/<name>`: compiled from
/// its one copy in `bench/`, run there, with its expectations and the small
/// size it runs at (`<name>.args`) in `<root>/bench/`, so CI checks every
/// benchmark's output without timing it.
fn bench_programs(root: &Path, out: &mut Vec<RunProgram>) {
    let bench = repo_root().join("bench");
    for main in files_with_ext(&bench, "py") {
        let name = stem_of(&main);
        out.push(RunProgram {
            name: format!("bench/{name}"),
            stem: root.join("bench").join(&name),
            main,
            cwd: bench.clone(),
        });
    }
}

/// The benchmark source an expectation stem `tests/run/bench/<name>` belongs to.
pub fn bench_source(stem: &Path) -> Option<PathBuf> {
    let parent = stem.parent()?;
    if parent != tests_dir("run").join("bench") {
        return None;
    }
    let source = repo_root()
        .join("bench")
        .join(stem.file_name()?)
        .with_extension("py");
    source.is_file().then_some(source)
}

fn collect_run_programs(root: &Path, dir: &Path, out: &mut Vec<RunProgram>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "__pycache__") {
                continue;
            }
            if path.join("main.py").is_file() {
                out.push(RunProgram {
                    name: relative_name(root, &path),
                    main: path.join("main.py"),
                    stem: path.clone(),
                    cwd: path.clone(),
                });
            } else {
                collect_run_programs(root, &path, out);
            }
        } else if path.extension().is_some_and(|e| e == "py") {
            let stem = path.with_extension("");
            out.push(RunProgram {
                name: relative_name(root, &stem),
                main: path.clone(),
                stem,
                cwd: dir.to_path_buf(),
            });
        }
    }
}

/// `path` relative to `root`, with `/` separators.
pub fn relative_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Replace every occurrence of the folder `dir` in `text` with `$DIR`, so
/// snapshots do not depend on where the repository is checked out.
pub fn normalise_dir(text: &str, dir: &Path) -> String {
    text.replace(&dir.to_string_lossy().into_owned(), "$DIR")
}

/// A unified diff from `expected` to `actual`, labelled with file names.
pub fn unified_diff(
    expected: &str,
    actual: &str,
    expected_name: &str,
    actual_name: &str,
) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(expected_name, actual_name)
        .to_string()
}

/// Compare `actual` with the snapshot at `path`, or rewrite the snapshot when
/// blessing. The failure message carries a diff and says how to bless.
pub fn check_snapshot(path: &Path, actual: &str, harness: &str) -> Result<(), Failed> {
    let expected = std::fs::read_to_string(path).ok();
    if expected.as_deref() == Some(actual) {
        return Ok(());
    }
    if bless_mode() {
        return std::fs::write(path, actual)
            .map_err(|err| format!("cannot write {}: {err}", path.display()).into());
    }
    let bless = format!("TYPHON_BLESS=1 cargo test -p typhon --test {harness}");
    let shown = relative_name(&repo_root(), path);
    match expected {
        None => Err(format!("snapshot {shown} is missing; create it with `{bless}`, then read it").into()),
        Some(expected) => Err(format!(
            "snapshot {shown} differs:\n{}\nif the new output is right, run `{bless}` and read the diff",
            unified_diff(&expected, actual, &shown, "actual")
        )
        .into()),
    }
}
