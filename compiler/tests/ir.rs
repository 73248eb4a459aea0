//! The IR tests: for every `tests/ir/<name>.py`, the dump printed by
//! `typhon build <name>.py --emit ir` (the test folder replaced by `$DIR`)
//! must equal the snapshot `<name>.tir`. A `# flags: ...` line in the
//! program adds `typhon build` flags (`--no-inline` keeps a test about
//! direct calls showing them); a `# emit: types` line snapshots
//! `--emit types` (the inferred kinds) instead. `TYPHON_BLESS=1` rewrites the
//! snapshots; read their diff before committing. `tests/known-failures.txt`
//! applies as `ir/<name>`.

mod common;

use std::path::Path;
use std::process::Command;

use libtest_mimic::Failed;

fn main() {
    let dir = common::tests_dir("ir");
    let mut suite = common::Suite::new("ir");
    for program in common::files_with_ext(&dir, "py") {
        let dir = dir.clone();
        suite.add(common::stem_of(&program), move || {
            check_program(&dir, &program)
        });
    }
    suite.run();
}

fn check_program(dir: &Path, program: &Path) -> Result<(), Failed> {
    let mut args = vec![
        "build".to_string(),
        program.to_string_lossy().into_owned(),
        "--emit".into(),
        "ir".into(),
    ];
    let source = std::fs::read_to_string(program).unwrap_or_default();
    for line in source.lines() {
        if let Some(flags) = line.strip_prefix("# flags:") {
            args.extend(flags.split_whitespace().map(str::to_string));
        }
        if let Some(stage) = line.strip_prefix("# emit:") {
            args[3] = stage.trim().to_string();
        }
    }
    let mut command = Command::new(common::typhon());
    command.args(&args);
    let finished = common::run_process(command, b"")?;
    if finished.code != Some(0) {
        return Err(format!(
            "`{}` ended with {}:\n{}",
            common::shell_line(common::typhon(), &args),
            finished.describe_status(),
            finished.stderr_text()
        )
        .into());
    }
    let dump = common::normalise_dir(&finished.stdout_text(), dir);
    common::check_snapshot(&program.with_extension("tir"), &dump, "ir")
}
