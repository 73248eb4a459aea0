//! Builds the runtime static library with the `runtime` profile and hands
//! its path to the compiler, which embeds it (`link::RUNTIME_ARCHIVE`), so a
//! single `typhon` binary can link executables anywhere.
//!
//! The nested cargo uses a target directory of its own under `OUT_DIR`:
//! sharing the outer one would deadlock on its lock. Source paths are
//! remapped (the checkout to `typhon`, cargo's home to `cargo`), so the
//! archive, and every executable linked with it, is the same wherever the
//! compiler was built.

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
