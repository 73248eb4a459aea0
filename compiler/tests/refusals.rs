//! The run-time refusals docs/unsupported.md lists for programs whose
//! classes inference typed: where CPython would go on, these raise a
//! `TypeError` naming typhon (a traceback, exit status 1), never a wrong
//! result. CPython is no oracle for them, so the expected last stderr
//! line is written here.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::typhon;

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("refusals")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Build `program`, run it, and check its stdout, exit status 1 and the
/// last line of its stderr.
fn check_refusal(name: &str, program: &str, stdout: &str, last_line: &str) {
    let dir = scratch(name);
    std::fs::write(dir.join("app.py"), program).expect("write program");
    let output = Command::new(typhon())
        .current_dir(&dir)
        .args(["build", "app.py", "-o", "app"])
        .output()
        .expect("run typhon");
    assert!(
        output.status.success(),
        "typhon build failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let run = Command::new(dir.join("app"))
        .output()
        .expect("run the executable");
    assert_eq!(String::from_utf8_lossy(&run.stdout), stdout);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(stderr.lines().last(), Some(last_line), "stderr:\n{stderr}");
}

#[test]
fn computed_getattr_of_an_instance_dict() {
    check_refusal(
        "getattr-dict",
        "class P:\n    def __init__(self, x):\n        self.x = x\n\n\n\
         def read(obj, name):\n    return getattr(obj, name)\n\n\n\
         p = P(1)\nprint(read(p, 'x'))\nprint(read(p, '__di' + 'ct__'))\n",
        "1\n",
        "TypeError: getattr() of '__dict__' computed at run time is not supported by typhon in a program whose classes it typed (write the name out to compile the program without typed classes)",
    );
}

#[test]
fn class_of_a_typed_self_in_an_untyped_method() {
    check_refusal(
        "class-of-self",
        "class P:\n    def __init__(self, x):\n        self.x = x\n\n\n\
         class U:\n    def __new__(cls, a):\n        return object.__new__(cls)\n\n    \
         def again(self):\n        return type(self)(1)\n\n\n\
         print(type(U(1).again()).__name__, P(2).x)\nprint(U.again(P(3)))\n",
        "U 2\n",
        "TypeError: typhon cannot read the class of a 'P' instance passed as self to a method of another class",
    );
}
