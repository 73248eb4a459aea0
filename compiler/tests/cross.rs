//! The cross tests: the run-test programs of `tests/cross-subset.txt` (plus
//! the first program of every area the list leaves out) are compiled with
//! `--target aarch64-unknown-linux-gnu`, run under `qemu-aarch64`, and
//! compared with the same CPython expectations as the run tests. A few
//! are also linked `--static` and run without the target's libraries,
//! every executable gets the hardening checks of `executable.rs`, and a
//! program built in two folders must give identical executables.
//!
//! Without the cross toolchain (installed by `scripts/cross-runtime.sh`),
//! the aarch64 runtime archive or qemu, the harness skips with a message, unless
//! `TYPHON_CROSS_REQUIRED=1` (CI's cross phase), where that is a failure.
//! Before testing, the harness runs `scripts/cross-runtime.sh --no-install`
//! (unless `TYPHON_RUNTIME_DIR` names archives of one's own), so the
//! archive is rebuilt when the runtime's sources changed, as `build.rs`
//! does for the host's. Trials are named `<program>`, `static/<program>`
//! and `gc-stress/<program>` (run with `TYPHON_GC_STRESS=1`); known
//! failures are listed as `cross/<name>`.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use common::RunProgram;
use libtest_mimic::{Failed, Trial};

const TRIPLE: &str = "aarch64-unknown-linux-gnu";
/// Where Debian's cross packages put the target's C library and loader.
const SYSROOT: &str = "/usr/aarch64-linux-gnu";
/// Programs also linked `--static`: enough to cover output, input, errors.
const STATIC_PROGRAMS: [&str; 3] = [
    "programs/grade-book-stdin",
    "errors/errors-raise-from-uncaught",
    "float/float-repr",
];
/// Programs also run under the collector's stress mode, which checks the
/// architecture-specific part of the collector (finding roots in the
/// registers and on the stack) on aarch64.
const STRESS_PROGRAMS: [&str; 3] = [
    "programs/word-frequency",
    "dict/dict-basics",
    "list/list-sort-sorted",
];

fn main() {
    let required = std::env::var("TYPHON_CROSS_REQUIRED").is_ok_and(|v| v == "1");
    let qemu = match toolchain() {
        Ok(qemu) => qemu,
        Err(reason) if required => {
            let message = format!("TYPHON_CROSS_REQUIRED=1 but {reason}");
            let trial = Trial::test("toolchain", move || Err(message.into()));
            common::run_trials(vec![trial]).exit();
        }
        Err(reason) => {
            eprintln!("skipping the {TRIPLE} tests: {reason}");
            eprintln!(
                "(build the runtime with `bash scripts/cross-runtime.sh`; see docs/cross-compiling.md)"
            );
            let trial = Trial::test("toolchain", || Ok(())).with_ignored_flag(true);
            common::run_trials(vec![trial]).exit();
        }
    };

    let all = common::find_run_programs(&common::tests_dir("run"));
    let (selected, unknown) = select(&all);
    println!(
        "{} programs for {TRIPLE} under {}",
        selected.len(),
        qemu.display()
    );
    let mut suite = common::Suite::new("cross");
    suite.add("subset-list".to_string(), move || {
        if unknown.is_empty() {
            return Ok(());
        }
        Err(format!(
            "tests/cross-subset.txt names programs that do not exist: {}",
            unknown.join(", ")
        )
        .into())
    });
    suite.add("reproducible".to_string(), check_reproducible);
    for program in selected {
        // The loader and the C library must come from the same glibc build:
        // with Debian's multiarch libc6:arm64 installed too (a dependency
        // of the arm64 Rust standard library), `-L` alone pairs the cross
        // loader with the multiarch libc.so.6, and threads hang.
        let qemu_line = vec![
            qemu.to_string_lossy().into_owned(),
            "-L".to_string(),
            SYSROOT.to_string(),
            "-E".to_string(),
            format!("LD_LIBRARY_PATH={SYSROOT}/lib"),
        ];
        if STATIC_PROGRAMS.contains(&program.name.as_str()) {
            let program = program.clone();
            // A static executable needs no sysroot: qemu alone runs it.
            let static_line = vec![qemu.to_string_lossy().into_owned()];
            suite.add(format!("static/{}", program.name), move || {
                check(&program, &["--static"], &static_line, &[])
            });
        }
        if STRESS_PROGRAMS.contains(&program.name.as_str()) {
            let program = program.clone();
            let qemu_line = qemu_line.clone();
            let stress = [("TYPHON_GC_STRESS".to_string(), "1".to_string())];
            suite.add(format!("gc-stress/{}", program.name), move || {
                check(&program, &[], &qemu_line, &stress)
            });
        }
        suite.add(program.name.clone(), move || {
            check(&program, &[], &qemu_line, &[])
        });
    }
    suite.run();
}

/// qemu's path, when the runtime archive, the linker and qemu are all here.
fn toolchain() -> Result<std::path::PathBuf, String> {
    if std::env::var_os("TYPHON_RUNTIME_DIR").is_none() {
        rebuild_runtime()?;
    }
    let output = Command::new(common::typhon())
        .arg("targets")
        .output()
        .map_err(|e| format!("cannot run `typhon targets`: {e}"))?;
    let table = String::from_utf8_lossy(&output.stdout);
    let Some(row) = table.lines().find(|line| line.starts_with(TRIPLE)) else {
        return Err(format!("`typhon targets` does not list {TRIPLE}"));
    };
    if row.contains("missing") {
        return Err(format!(
            "its runtime archive or linker is missing (`typhon targets`: {row})"
        ));
    }
    let qemu = ["qemu-aarch64", "qemu-aarch64-static"]
        .iter()
        .find_map(|name| find_on_path(name))
        .ok_or("qemu-aarch64 is not installed")?;
    if !Path::new(SYSROOT).is_dir() {
        return Err(format!("the target's libraries are not in {SYSROOT}"));
    }
    Ok(qemu)
}

/// Bring the archive beside the typhon under test up to date with the
/// runtime's sources (a second or so when nothing changed).
fn rebuild_runtime() -> Result<(), String> {
    let exe = Path::new(common::typhon());
    // `<target dir>/debug/typhon`: the archive goes to `<target dir>/lib/typhon`.
    let target_dir = exe
        .parent()
        .and_then(Path::parent)
        .ok_or("cannot tell cargo's target folder")?;
    let script = common::repo_root().join("scripts/cross-runtime.sh");
    let output = Command::new("bash")
        .arg(&script)
        .args(["--no-install", TRIPLE])
        .env("CARGO_TARGET_DIR", target_dir)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", script.display()))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(format!(
            "`bash scripts/cross-runtime.sh --no-install` failed:\n{}",
            common::tail(&stderr, 20)
        ));
    }
    print!("{}", String::from_utf8_lossy(&output.stdout));
    Ok(())
}

fn find_on_path(program: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// The listed programs, plus the first program of every area the list
/// leaves out (so a new area is covered before anyone lists it); and the
/// listed names that match no program.
fn select(all: &[RunProgram]) -> (Vec<RunProgram>, Vec<String>) {
    let list_path = common::repo_root().join("tests/cross-subset.txt");
    let text = std::fs::read_to_string(&list_path).unwrap_or_default();
    let listed: BTreeSet<String> = text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(|line| {
            line.trim_start_matches("tests/run/")
                .trim_end_matches(".py")
                .to_string()
        })
        .collect();
    let unknown = listed
        .iter()
        .filter(|name| !all.iter().any(|p| &p.name == *name))
        .cloned()
        .collect();
    let area = |name: &str| name.split('/').next().unwrap_or("").to_string();
    let covered: BTreeSet<String> = listed.iter().map(|name| area(name)).collect();
    let known = common::KnownFailures::load().unwrap_or(common::KnownFailures {
        entries: Default::default(),
    });
    let mut added = BTreeSet::new();
    let mut selected = Vec::new();
    for program in all {
        let program_area = area(&program.name);
        let first_of_uncovered = !covered.contains(&program_area)
            && !added.contains(&program_area)
            && known.reason(&format!("run/{}", program.name)).is_none();
        if listed.contains(&program.name) || first_of_uncovered {
            if first_of_uncovered {
                added.insert(program_area);
            }
            selected.push(program.clone());
        }
    }
    (selected, unknown)
}

/// Build `program` for the target with `flags`, check the executable's
/// ELF properties, and run it through `runner` with `env` added.
fn check(
    program: &RunProgram,
    flags: &[&str],
    runner: &[String],
    env: &[(String, String)],
) -> Result<(), Failed> {
    let mut extra = vec!["--target".to_string(), TRIPLE.to_string()];
    extra.extend(flags.iter().map(|f| f.to_string()));
    // Trials of one program run in parallel: each builds its own executable.
    let name = format!(
        "{}{}{}",
        program.name,
        flags.join(""),
        if env.is_empty() { "" } else { "-env" }
    );
    let built = common::build_program_with("cross", &name, &program.main, &extra)?;
    let elf = common::Elf::read(&built.executable)?;
    elf.check_machine("AArch64")?;
    if flags.contains(&"--static") {
        elf.check_fully_static()?;
    } else {
        elf.check_hardened()?;
    }
    common::run_and_compare(program, &built, runner, env)
}

/// A multi-module program built in two folders gives the same bytes.
fn check_reproducible() -> Result<(), Failed> {
    let source = common::tests_dir("run").join("modules/package-relative-imports");
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cross-reproducible");
    let _ = std::fs::remove_dir_all(&root);
    let mut executables = Vec::new();
    for folder in ["first", "second/deeper"] {
        let dir = root.join(folder);
        common::copy_tree(&source, &dir);
        let mut command = Command::new(common::typhon());
        command
            .current_dir(&dir)
            .args(["build", "main.py", "-o", "app", "--target", TRIPLE]);
        let finished = common::run_process(command, b"")?;
        if finished.code != Some(0) {
            return Err(format!("typhon build failed:\n{}", finished.stderr_text()).into());
        }
        executables.push(std::fs::read(dir.join("app")).map_err(|e| e.to_string())?);
    }
    if executables[0] != executables[1] {
        return Err(format!(
            "building the same program in {} and {} gave different executables",
            root.join("first").display(),
            root.join("second/deeper").display()
        )
        .into());
    }
    Ok(())
}
