//! Builds the runtime static library with the `runtime` profile and hands
//! its path to the compiler, which embeds it (`link::RUNTIME_ARCHIVE`), so a
//! single `typhon` binary can link executables anywhere.
//!
//! The nested cargo uses a target directory of its own under `OUT_DIR`:
//! sharing the outer one would deadlock on its lock. Source paths are
//! remapped (the checkout to `typhon`, cargo's home to `cargo`), so the
//! archive, and every executable linked with it, is the same wherever the
//! compiler was built.
//!
//! It also lists every file under `stdlib/` in `$OUT_DIR/stdlib_files.rs`
//! (`include_str!` of each), so the standard library written in Python is
//! embedded in the `typhon` binary too (`resolve::stdlib`).

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest_dir =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let workspace = manifest_dir
        .parent()
        .expect("the compiler lives in the workspace")
        .to_path_buf();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let target_dir = out_dir.join("runtime-target");
    for watched in [
        "runtime/src",
        "runtime/abi/src",
        "runtime/Cargo.toml",
        "runtime/abi/Cargo.toml",
        "Cargo.toml",
    ] {
        println!(
            "cargo:rerun-if-changed={}",
            workspace.join(watched).display()
        );
    }
    println!("cargo:rerun-if-env-changed=TYPHON_RUNTIME_ARCHIVE");
    embed_stdlib(&workspace.join("stdlib"), &out_dir);

    // A prebuilt archive may be supplied (packagers, cross builds).
    let archive = match std::env::var("TYPHON_RUNTIME_ARCHIVE") {
        Ok(path) if !path.is_empty() => PathBuf::from(path),
        _ => {
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let cargo_home = std::env::var_os("CARGO_HOME")
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
                .unwrap_or_else(|| PathBuf::from("/nonexistent"));
            // CARGO_ENCODED_RUSTFLAGS separates flags with 0x1f. No unwind
            // tables: the runtime aborts on panic and nothing unwinds
            // through it (std's own functions keep theirs).
            let rustflags = [
                format!("--remap-path-prefix={}=typhon", workspace.display()),
                format!("--remap-path-prefix={}=cargo", cargo_home.display()),
                "-Cforce-unwind-tables=no".to_string(),
            ]
            .join("\x1f");
            let status = Command::new(cargo)
                .current_dir(&workspace)
                .args([
                    "build",
                    "--quiet",
                    "-p",
                    "typhon-runtime",
                    "--lib",
                    "--profile",
                    "runtime",
                    "--target-dir",
                ])
                .arg(&target_dir)
                .env_remove("CARGO_TARGET_DIR")
                .env_remove("RUSTFLAGS")
                .env_remove("CARGO_BUILD_RUSTFLAGS")
                .env("CARGO_ENCODED_RUSTFLAGS", rustflags)
                // Under `cargo clippy` the wrappers would lint the runtime
                // build too; the runtime is linted as a workspace member.
                .env_remove("RUSTC_WORKSPACE_WRAPPER")
                .env_remove("RUSTC_WRAPPER")
                .status()
                .expect("cannot run cargo to build the runtime");
            assert!(status.success(), "building the typhon runtime failed");
            target_dir.join("runtime").join("libtyphon_runtime.a")
        }
    };
    println!(
        "cargo:rustc-env=TYPHON_RUNTIME_ARCHIVE_PATH={}",
        archive.display()
    );
}

/// Write `stdlib_files.rs`: `(path relative to stdlib/, contents)` for every
/// `.py` file, sorted by path so the table is the same on every machine.
fn embed_stdlib(stdlib: &std::path::Path, out_dir: &std::path::Path) {
    println!("cargo:rerun-if-changed={}", stdlib.display());
    let mut files = Vec::new();
    collect_py_files(stdlib, stdlib, &mut files);
    files.sort();
    let mut text = String::from("pub const STDLIB_FILES: &[(&str, &str)] = &[\n");
    for relative in &files {
        let absolute = stdlib.join(relative);
        text.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            relative,
            absolute.display().to_string()
        ));
    }
    text.push_str("];\n");
    std::fs::write(out_dir.join("stdlib_files.rs"), text).expect("cannot write stdlib_files.rs");
}

fn collect_py_files(root: &std::path::Path, dir: &std::path::Path, files: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_py_files(root, &path, files);
        } else if path.extension().is_some_and(|ext| ext == "py") {
            let relative = path.strip_prefix(root).expect("walked from the root");
            let parts: Vec<String> = relative
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.push(parts.join("/"));
        }
    }
}
