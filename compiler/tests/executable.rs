//! Properties of the executables typhon writes, beyond what they print:
//! they depend on the C library alone, are hardened (PIE, full RELRO,
//! non-executable stack), `--static` ones have no dynamic section, builds
//! are bit-for-bit reproducible, `typhon build` names the output after the
//! file, `typhon run` passes arguments and the exit status through, and
//! `typhon targets` / `--target` report what they need, and a hello world
//! stays under the size reached.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{Elf, readelf_available, typhon};

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

/// The most a stripped, dynamically linked hello world may weigh: 1000
/// KiB, under the performance issue's bound of 1 MiB (docs/benchmarks.md,
/// "Hello world's size"; 977,776 bytes once the slot wrappers calling
/// whole builtins were linked only when named, so a change that links
/// more into every program has about 46 KB before it must win bytes back).
const HELLO_MAX_BYTES: u64 = 1000 * 1024;

#[test]
fn hello_world_stays_small() {
    let dir = scratch("small");
    write_program(&dir, "print('hello')\n");
    let status = Command::new(typhon())
        .current_dir(&dir)
        .args(["build", "app.py"])
        .status()
        .expect("run typhon");
    assert!(status.success());
    let size = std::fs::metadata(dir.join("app"))
        .expect("the executable")
        .len();
    assert!(
        size <= HELLO_MAX_BYTES,
        "hello world is {size} bytes, over the {HELLO_MAX_BYTES} reached"
    );
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

/// Build `app.py` in `dir` with `flags`, check it prints `expected`, and
/// return the executable's path.
fn build_and_run(dir: &Path, flags: &[&str], expected: &str) -> PathBuf {
    let output = Command::new(typhon())
        .current_dir(dir)
        .args(["build", "app.py", "-o", "app"])
        .args(flags)
        .output()
        .expect("run typhon");
    assert!(
        output.status.success(),
        "typhon build {flags:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let exe = dir.join("app");
    let run = Command::new(&exe).output().expect("run the executable");
    assert_eq!(String::from_utf8_lossy(&run.stdout), expected);
    exe
}

#[test]
fn executable_is_hardened() {
    let dir = scratch("hardened");
    write_program(&dir, "print('hello')\n");
    let exe = build_and_run(&dir, &[], "hello\n");
    if !readelf_available() {
        eprintln!("readelf not found; skipping the hardening check");
        return;
    }
    let elf = Elf::read(&exe).expect("readelf");
    elf.check_hardened()
        .unwrap_or_else(|e| panic!("{}", e.message().unwrap_or("")));
}

#[test]
fn static_executable_has_no_dynamic_section() {
    let dir = scratch("static");
    write_program(&dir, "import sys\nprint('hello', sys.argv[1:])\n");
    let exe = build_and_run(&dir, &["--static"], "hello []\n");
    if !readelf_available() {
        eprintln!("readelf not found; skipping the static check");
        return;
    }
    let elf = Elf::read(&exe).expect("readelf");
    elf.check_fully_static()
        .unwrap_or_else(|e| panic!("{}", e.message().unwrap_or("")));
    // What users check with: glibc's ldd says so for a static executable.
    if let Ok(ldd) = Command::new("ldd").arg(&exe).output() {
        let text = String::from_utf8_lossy(&ldd.stdout) + String::from_utf8_lossy(&ldd.stderr);
        assert!(
            text.contains("not a dynamic executable"),
            "ldd says: {text}"
        );
    }
}

/// The glibc version tags the dynamic symbol table of `exe` asks for.
fn glibc_versions_needed(exe: &Path) -> Option<String> {
    let output = Command::new("readelf").arg("-V").arg(exe).output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn unpacked_relocations_on_request_for_older_glibc() {
    let dir = scratch("unpacked-relocs");
    write_program(&dir, "print('hello')\n");
    let packed = build_and_run(&dir, &[], "hello\n");
    let Some(packed_versions) = glibc_versions_needed(&packed) else {
        eprintln!("readelf not found; skipping the relocation check");
        return;
    };
    assert!(packed_versions.contains("GLIBC_ABI_DT_RELR"));
    let unpacked = build_and_run(&dir, &["--no-packed-relocs"], "hello\n");
    let unpacked_versions = glibc_versions_needed(&unpacked).expect("readelf");
    assert!(
        !unpacked_versions.contains("GLIBC_ABI_DT_RELR"),
        "{unpacked_versions}"
    );
}

/// Whether the symbol table of `exe` names `symbol` (`None` without readelf).
fn has_symbol(exe: &Path, symbol: &str) -> Option<bool> {
    let output = Command::new("readelf").arg("-s").arg(exe).output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).contains(symbol))
}

#[test]
fn symbols_kept_on_request_for_profilers() {
    let dir = scratch("keep-symbols");
    write_program(&dir, "def greet():\n    print('hello')\n\ngreet()\n");
    let stripped = build_and_run(&dir, &[], "hello\n");
    let Some(named) = has_symbol(&stripped, "__main__$greet") else {
        eprintln!("readelf not found; skipping the symbol check");
        return;
    };
    assert!(!named, "the default build keeps no symbol table");
    let kept = build_and_run(&dir, &["--keep-symbols"], "hello\n");
    assert_eq!(has_symbol(&kept, "__main__$greet"), Some(true));
}

#[test]
fn builds_are_reproducible() {
    // A program of several modules in a package, built in two folders (by
    // two processes, so with different hash seeds and scratch folders):
    // source paths are recorded as given, relative to where typhon ran.
    let source = common::tests_dir("run").join("modules/package-relative-imports");
    let expected = std::fs::read_to_string(
        common::tests_dir("run").join("modules/package-relative-imports.out"),
    )
    .expect("expectations");
    let root = scratch("reproducible");
    for flags in [&[][..], &["--static"][..]] {
        let mut executables = Vec::new();
        for folder in ["first", "second/deeper"] {
            let dir = root.join(format!("{}{}", folder, flags.join("")));
            common::copy_tree(&source, &dir);
            std::fs::rename(dir.join("main.py"), dir.join("app.py")).expect("rename");
            let exe = build_and_run(&dir, flags, &expected);
            executables.push(std::fs::read(exe).expect("read executable"));
        }
        assert!(
            executables[0] == executables[1],
            "building the same program in two folders gave different executables ({flags:?})"
        );
    }
}

#[test]
fn targets_lists_the_supported_triples() {
    let output = Command::new(typhon())
        .arg("targets")
        .output()
        .expect("run typhon");
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        assert!(
            text.lines().any(|line| line.starts_with(triple)),
            "`typhon targets` does not list {triple}:\n{text}"
        );
    }
    let host = text
        .lines()
        .find(|line| line.starts_with("x86_64-unknown-linux-gnu"))
        .expect("host row");
    if cfg!(target_arch = "x86_64") {
        assert!(host.contains("embedded"), "host row: {host}");
    }
}

#[test]
fn unsupported_target_or_missing_runtime_is_reported() {
    let dir = scratch("bad-target");
    write_program(&dir, "print('hello')\n");
    for triple in [
        "riscv64gc-unknown-linux-gnu",
        "aarch64_be-unknown-linux-gnu",
        "aarch64-unknown-linux-musl",
        "not-a-triple",
    ] {
        let output = Command::new(typhon())
            .current_dir(&dir)
            .args(["build", "app.py", "--target", triple])
            .output()
            .expect("run typhon");
        assert_eq!(output.status.code(), Some(2), "--target {triple}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(triple), "{stderr}");
    }

    let output = Command::new(typhon())
        .current_dir(&dir)
        .args(["build", "app.py", "--target", "aarch64-unknown-linux-gnu"])
        .args(["--runtime", "no-such-archive.a", "--linker", "true"])
        .output()
        .expect("run typhon");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-such-archive.a"), "{stderr}");
    assert!(!dir.join("app").exists());
}
