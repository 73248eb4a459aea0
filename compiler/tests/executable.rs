//! Properties of the executables typhon writes, beyond what they print:
//! they depend on the C library alone, `typhon build` names the output
//! after the file, and `typhon run` passes arguments and the exit status
//! through.

use std::path::{Path, PathBuf};
use std::process::Command;

fn typhon() -> &'static str {
    env!("CARGO_BIN_EXE_typhon")
}

/// A fresh folder under cargo's per-test temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("executable")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

fn write_program(dir: &Path, text: &str) -> PathBuf {
    let path = dir.join("app.py");
    std::fs::write(&path, text).expect("write program");
    path
}

/// The parts of glibc an executable may load: the C and maths libraries
/// and the dynamic loader.
const GLIBC: [&str; 3] = ["[libc.so.6]", "[libm.so.6]", "[ld-linux"];

#[test]
fn executable_needs_only_the_c_library() {
    let dir = scratch("needs");
    write_program(&dir, "print('hello')\n");
    let status = Command::new(typhon())
        .current_dir(&dir)
        .args(["build", "app.py"])
        .status()
        .expect("run typhon");
    assert!(status.success());
    // Without `-o`, the executable is named after the file, here.
    let exe = dir.join("app");
    let output = Command::new(&exe).output().expect("run the executable");
    assert_eq!(output.stdout, b"hello\n");
    let Ok(dynamic) = Command::new("readelf").arg("-d").arg(&exe).output() else {
        eprintln!("readelf not found; skipping the dependency check");
        return;
    };
    let text = String::from_utf8_lossy(&dynamic.stdout);
    for line in text.lines().filter(|line| line.contains("(NEEDED)")) {
        assert!(
            GLIBC.iter().any(|lib| line.contains(lib)),
            "unexpected shared library dependency: {line}"
        );
    }
}

#[test]
fn run_passes_arguments_and_exit_status_through() {
    let dir = scratch("run");
    let program = write_program(
        &dir,
        "import sys\nprint(sys.argv[1:])\nsys.exit(int(sys.argv[1]))\n",
    );
    let output = Command::new(typhon())
        .env("TYPHON_CACHE_DIR", dir.join("cache"))
        .arg("run")
        .arg(&program)
        .args(["--", "7", "x y"])
        .output()
        .expect("run typhon");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "['7', 'x y']\n");
    assert_eq!(output.status.code(), Some(7));
}
