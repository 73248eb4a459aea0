//! Checking a built run-test program against its CPython expectations
//! (`<name>.out`, `.code`, `.err`, with `.in` and `.args` as inputs), shared
//! by the native run harness and the cross harness that runs under an
//! emulator.

use std::path::Path;
use std::process::Command;

use libtest_mimic::Failed;

use super::{
    Built, RunProgram, relative_name, repo_root, run_process, shell_line, tail, unified_diff,
};

/// What CPython did with a program, and what it was given.
pub struct Expectations {
    pub stdout: Vec<u8>,
    pub code: String,
    /// The last line of stderr; `None` means stderr must be empty.
    pub last_stderr: Option<String>,
    pub stdin: Vec<u8>,
    pub args: Vec<String>,
}

impl Expectations {
    pub fn load(program: &RunProgram) -> Result<Expectations, Failed> {
        let stdout = read_expectation(program, "out")?;
        let code = String::from_utf8_lossy(&read_expectation(program, "code")?)
            .trim()
            .to_string();
        let last_stderr = std::fs::read(program.file("err")).ok().map(|bytes| {
            String::from_utf8_lossy(&bytes)
                .trim_end_matches('\n')
                .to_string()
        });
        let stdin = std::fs::read(program.file("in")).unwrap_or_default();
        let args = match std::fs::read_to_string(program.file("args")) {
            Ok(text) => text.lines().map(str::to_string).collect(),
            Err(_) => Vec::new(),
        };
        Ok(Expectations {
            stdout,
            code,
            last_stderr,
            stdin,
            args,
        })
    }
}

/// Run `built` in the program's folder, through `runner` when it is not
/// empty (an emulator and its flags), with `env` added, and compare stdout,
/// the exit status and the last stderr line with CPython's.
pub fn run_and_compare(
    program: &RunProgram,
    built: &Built,
    runner: &[String],
    env: &[(String, String)],
) -> Result<(), Failed> {
    let expected = Expectations::load(program)?;
    let mut line: Vec<String> = runner.to_vec();
    line.push(built.executable.to_string_lossy().into_owned());
    line.extend(expected.args.iter().cloned());
    let mut command = Command::new(&line[0]);
    command.args(&line[1..]).current_dir(&program.cwd);
    for (name, value) in env {
        command.env(name, value);
    }
    let finished = run_process(command, &expected.stdin)?;

    let mut problems = Vec::new();
    if finished.stdout != expected.stdout {
        problems.push(format!(
            "stdout differs:\n{}",
            unified_diff(
                &String::from_utf8_lossy(&expected.stdout),
                &finished.stdout_text(),
                &relative(&program.file("out")),
                "actual stdout"
            )
        ));
    }
    let actual_code = finished.code.map(|c| c.to_string());
    if actual_code.as_deref() != Some(expected.code.as_str()) {
        problems.push(format!(
            "expected exit status {}, got {}",
            expected.code,
            finished.describe_status()
        ));
    }
    let stderr = finished.stderr_text();
    match &expected.last_stderr {
        Some(expected) => {
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
        problems.push(format!("stderr:\n{}", tail(&stderr, 20)));
    }
    let mut run = shell_line(&line[0], &line[1..]);
    if program.file("in").is_file() {
        run.push_str(&format!(" < {}", program.file("in").display()));
    }
    problems.push(format!(
        "to reproduce:\n  {}\n  cd {} && {run}\n(the expectations come from CPython: `python3 scripts/bless.py {}`)",
        built.build_command,
        program.cwd.display(),
        relative(&program.main)
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

fn relative(path: &Path) -> String {
    relative_name(&repo_root(), path)
}
