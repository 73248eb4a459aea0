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
//! It lists the identifier-like string literals of the runtime's sources in
//! `$OUT_DIR/runtime_names.rs` (`link::reach`): the names the runtime may
//! look native methods up by, which the link step must keep.
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
    list_runtime_names(&workspace.join("runtime/src"), &out_dir);

    // A prebuilt archive may be supplied (packagers, cross builds).
    let archive = match std::env::var("TYPHON_RUNTIME_ARCHIVE") {
        Ok(path) if !path.is_empty() => PathBuf::from(path),
        _ => {
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let cargo_home = std::env::var_os("CARGO_HOME")
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
                .unwrap_or_else(|| PathBuf::from("/nonexistent"));
            // CARGO_ENCODED_RUSTFLAGS separates flags with 0x1f.
            let rustflags = [
                format!("--remap-path-prefix={}=typhon", workspace.display()),
                format!("--remap-path-prefix={}=cargo", cargo_home.display()),
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

/// Write `runtime_names.rs`: every string literal of the runtime's sources
/// that is an identifier (`"keys"`, `b"write"`), sorted. Left out: the
/// method tables themselves (inside `method_table!`, whose names are what
/// is being chosen), the `tests.rs` files, and `dir_names.rs` (the lists
/// `dir()` returns, which a program can only turn back into attributes
/// through a computed `getattr`, which keeps every method anyway).
fn list_runtime_names(runtime_src: &std::path::Path, out_dir: &std::path::Path) {
    let mut files = Vec::new();
    collect_files(runtime_src, "rs", &mut files);
    let mut names = std::collections::BTreeSet::new();
    for path in files {
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if matches!(file_name, "tests.rs" | "dir_names.rs") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let mut in_table = false;
        for line in text.lines() {
            if line.contains("method_table! {") {
                in_table = true;
            }
            if in_table {
                if line == "}" {
                    in_table = false;
                }
                continue;
            }
            identifier_literals(line, &mut names);
        }
    }
    let mut text = String::from("/// Identifier-like string literals of the runtime's sources.\n");
    text.push_str("pub const RUNTIME_NAMES: &[&str] = &[\n");
    for name in &names {
        text.push_str(&format!("    {name:?},\n"));
    }
    text.push_str("];\n");
    std::fs::write(out_dir.join("runtime_names.rs"), text).expect("cannot write runtime_names.rs");
}

/// The identifiers between two consecutive quotes on `line`: every such
/// string literal, whatever escapes or character literals come before it
/// (the stretches between literals are extra candidates, harmless).
fn identifier_literals(line: &str, names: &mut std::collections::BTreeSet<String>) {
    let pieces: Vec<&str> = line.split('"').collect();
    if pieces.len() < 3 {
        return;
    }
    for literal in &pieces[1..pieces.len() - 1] {
        let mut chars = literal.chars();
        let is_identifier = chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
        if is_identifier {
            names.insert(literal.to_string());
        }
    }
}

fn collect_files(dir: &std::path::Path, ext: &str, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, ext, files);
        } else if path.extension().is_some_and(|e| e == ext) {
            files.push(path);
        }
    }
}
