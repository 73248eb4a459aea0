//! The run tests: every program under `tests/run` is compiled with typhon,
//! run, and compared with what CPython 3.11 printed for it (the files the
//! bless script `scripts/bless.py` wrote beside it).
//!
//! One trial per program, named by its path under `tests/run` without
//! `.py`, so `cargo test -p typhon --test run -- list/` runs a subset.
//! Compared (in `common::expect`): stdout byte for byte, the exit status,
//! and the last line of stderr (`<name>.err`; without one, stderr must be
//! empty). `TYPHON_TEST_FLAGS` adds `typhon build` flags, `TYPHON_GC_STRESS`
//! reaches the executable, and `tests/known-failures.txt` lists tests that
//! cannot pass yet (see `docs/testing.md`).

mod common;

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
    let built = common::build_program("run", &program.name, &program.main)?;
    // The runtime reads this itself; passing it on explicitly documents that
    // the stress mode reaches the program under test. A program that needs a
    // large live heap to show its bug (collecting at every allocation would
    // take minutes) says `# gc-stress: off` and runs with the normal trigger.
    let stress_off = std::fs::read_to_string(&program.main)
        .is_ok_and(|source| source.lines().any(|line| line.trim() == "# gc-stress: off"));
    let env: Vec<(String, String)> = std::env::var("TYPHON_GC_STRESS")
        .map(|stress| {
            let value = if stress_off { "0".to_string() } else { stress };
            vec![("TYPHON_GC_STRESS".to_string(), value)]
        })
        .unwrap_or_default();
    common::run_and_compare(program, &built, &[], &env)
}
