//! The run tests: every program under `tests/run` is compiled with typhon,
//! run, and compared with what CPython 3.11 printed for it (the files the
//! bless script `scripts/bless.py` wrote beside it).
//!
//! One trial per program, named by its path under `tests/run` without
//! `.py`, so `cargo test -p typhon --test run -- list/` runs a subset.
//! Compared: stdout byte for byte, the exit status, and the last line of
//! stderr (`<name>.err`; without one, stderr must be empty).
//! `TYPHON_TEST_FLAGS` adds `typhon build` flags, `TYPHON_GC_STRESS` reaches
//! the executable, and `tests/known-failures.txt` lists tests that cannot
//! pass yet (see `docs/testing.md`).

mod common;

use std::process::Command;

use common::RunProgram;
use libtest_mimic::Failed;

fn main() {
    let mut suite = common::Suite::new("run");
    for program in common::find_run_programs(&common::tests_dir("run")) {
        suite.add(program.name.clone(), move || check_program(&program));
    }
    suite.run();
}

fn check_program(program: &RunProgram) -> Result<(), Failed> {
    let expected_out = read_expectation(program, "out")?;
    let expected_code = String::from_utf8_lossy(&read_expectation(program, "code")?)
        .trim()
        .to_string();
    let expected_err = std::fs::read(program.file("err")).ok();
    let stdin = std::fs::read(program.file("in")).unwrap_or_default();
    let args: Vec<String> = match std::fs::read_to_string(program.file("args")) {
        Ok(text) => text.lines().map(str::to_string).collect(),
        Err(_) => Vec::new(),
    };

    let built = common::build_program("run", &program.name, &program.main)?;
    let mut command = Command::new(&built.executable);
    command.args(&args).current_dir(&program.cwd);
    // The runtime reads this itself; passing it on explicitly documents that
    // the stress mode reaches the program under test.
    if let Ok(stress) = std::env::var("TYPHON_GC_STRESS") {
        command.env("TYPHON_GC_STRESS", stress);
    }
    let finished = common::run_process(command, &stdin)?;

    let mut problems = Vec::new();
    if finished.stdout != expected_out {
        problems.push(format!(
            "stdout differs:\n{}",
            common::unified_diff(
                &String::from_utf8_lossy(&expected_out),
                &finished.stdout_text(),
                &relative(&program.file("out")),
                "actual stdout"
            )
        ));
    }
    let actual_code = finished.code.map(|c| c.to_string());
    if actual_code.as_deref() != Some(expected_code.as_str()) {
        problems.push(format!(
            "expected exit status {expected_code}, got {}",
            finished.describe_status()
        ));
    }
    let stderr = finished.stderr_text();
    match expected_err {
        Some(expected) => {
            let expected = String::from_utf8_lossy(&expected)
                .trim_end_matches('\n')
                .to_string();
            let last = stderr.lines().last().unwrap_or("");
            if last != expected {
                problems.push(format!(
                    "last line of stderr differs:\n  expected: {expected}\n  actual:   {last}"
                ));
            }
        }
        None if !finished.stderr.is_empty() => {
            problems.push("expected an empty stderr".to_string())
        }
        None => {}
    }
    if problems.is_empty() {
        return Ok(());
    }
    if !stderr.is_empty() {
        problems.push(format!("stderr:\n{}", common::tail(&stderr, 20)));
    }
    problems.push(reproduce(
        program,
        &built.build_command,
        &built.executable,
        &args,
    ));
    Err(problems.join("\n\n").into())
}

fn read_expectation(program: &RunProgram, ext: &str) -> Result<Vec<u8>, Failed> {
    let path = program.file(ext);
    std::fs::read(&path).map_err(|_| {
        format!(
            "{} is missing; write the expectations with `python3 scripts/bless.py {}`",
            relative(&path),
            relative(&program.main)
        )
        .into()
    })
}

fn reproduce(
    program: &RunProgram,
    build_command: &str,
    executable: &std::path::Path,
    args: &[String],
) -> String {
    let mut run = common::shell_line(&executable.to_string_lossy(), args);
    if program.file("in").is_file() {
        run.push_str(&format!(" < {}", program.file("in").display()));
    }
    format!(
        "to reproduce:\n  {build_command}\n  cd {} && {run}\n(the expectations come from CPython: `python3 scripts/bless.py {}`)",
        program.cwd.display(),
        relative(&program.main)
    )
}

fn relative(path: &std::path::Path) -> String {
    common::relative_name(&common::repo_root(), path)
}
