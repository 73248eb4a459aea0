//! The traceback tests: every `tests/traceback/<name>.py` ends with an
//! uncaught exception; its compiled executable's whole stderr (the test
//! folder replaced by `$DIR`) must equal `<name>.stderr`, which the bless
//! script wrote from CPython 3.11's stderr without the `~~~^^^` marker lines.
//!
//! Trials are named `<name>`; in `tests/known-failures.txt` they are
//! `traceback/<name>`.

mod common;

use std::path::Path;
use std::process::Command;

use libtest_mimic::Failed;

fn main() {
    let dir = common::tests_dir("traceback");
    let mut suite = common::Suite::new("traceback");
    for program in common::files_with_ext(&dir, "py") {
        let name = common::stem_of(&program);
        let dir = dir.clone();
        let key = format!("traceback/{name}");
        suite.add(name, move || check_program(&dir, &program, &key));
    }
    suite.run();
}

fn check_program(dir: &Path, program: &Path, key: &str) -> Result<(), Failed> {
    let snapshot = program.with_extension("stderr");
    let rel = common::relative_name(&common::repo_root(), program);
    let Ok(expected) = std::fs::read_to_string(&snapshot) else {
        return Err(format!(
            "{} is missing; write it with `python3 scripts/bless.py {rel}`",
            snapshot.display()
        )
        .into());
    };
    let built = common::build_program("traceback", key, program)?;
    let mut command = Command::new(&built.executable);
    command.current_dir(dir);
    let finished = common::run_process(command, b"")?;
    let actual = common::normalise_dir(&finished.stderr_text(), dir);
    if actual == expected {
        return Ok(());
    }
    Err(format!(
        "stderr differs ({}):\n{}\nto reproduce:\n  {}\n  cd {} && {}\n(the expectation comes from CPython: `python3 scripts/bless.py {rel}`)",
        finished.describe_status(),
        common::unified_diff(&expected, &actual, &common::relative_name(&common::repo_root(), &snapshot), "actual stderr"),
        built.build_command,
        dir.display(),
        built.executable.display(),
    )
    .into())
}
