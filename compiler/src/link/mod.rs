//! Object file + runtime archive -> executable, through the system C compiler.
//!
//! In: the object bytes from `codegen`. Out: an executable at the requested
//! path. The runtime archive is embedded in the compiler at build time
//! (`build.rs`), so linking needs nothing but `cc` and the C library. This is
//! the one stage that runs an external program; it is called from `main.rs`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime static library, built by `build.rs` with the `runtime` profile.
static RUNTIME_ARCHIVE: &[u8] = include_bytes!(env!("TYPHON_RUNTIME_ARCHIVE_PATH"));

/// How to link.
pub struct LinkOptions {
    /// The C compiler driver used as the linker (`$CC`, else `cc`).
    pub linker: String,
    /// Remove symbols from the executable (smaller files).
    pub strip: bool,
}

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions {
            linker: std::env::var("CC").unwrap_or_else(|_| "cc".into()),
            strip: true,
        }
    }
}

/// Link `object` with the runtime into an executable at `output`.
pub fn link(object: &[u8], output: &Path, options: &LinkOptions) -> Result<(), String> {
    let scratch = ScratchDir::new()?;
    let object_path = scratch.path.join("program.o");
    let archive_path = scratch.path.join("libtyphon_runtime.a");
    std::fs::write(&object_path, object)
        .map_err(|e| format!("cannot write `{}`: {e}", object_path.display()))?;
    std::fs::write(&archive_path, RUNTIME_ARCHIVE)
        .map_err(|e| format!("cannot write `{}`: {e}", archive_path.display()))?;

    let mut command = Command::new(&options.linker);
    command
        .arg(&object_path)
        .arg(&archive_path)
        .arg("-o")
        .arg(output);
    // Drop the runtime code the program never reaches.
    command.arg("-Wl,--gc-sections");
    if options.strip {
        command.arg("-s");
    }
    // What the Rust standard library inside the runtime needs from the
    // system. libgcc's unwinder is linked statically and unused libraries
    // are dropped, so an executable depends on the C library alone (libc
    // and libm; glibc 2.34+ holds libpthread, libdl, librt and libutil in
    // libc.so.6, and the flags keep older ones working).
    command.arg("-static-libgcc").arg("-Wl,--as-needed");
    command.args(["-lutil", "-lrt", "-lpthread", "-lm", "-ldl", "-lc"]);
    let result = command
        .output()
        .map_err(|e| format!("cannot run `{}`: {e}", options.linker))?;
    if !result.status.success() {
        return Err(format!(
            "`{}` failed ({}):\n{}",
            options.linker,
            result.status,
            String::from_utf8_lossy(&result.stderr).trim_end()
        ));
    }
    Ok(())
}

/// A private temporary directory, removed when dropped.
struct ScratchDir {
    path: PathBuf,
}

impl ScratchDir {
    fn new() -> Result<ScratchDir, String> {
        let base = std::env::temp_dir();
        for attempt in 0..100u32 {
            let path = base.join(format!("typhon-link-{}-{attempt}", std::process::id()));
            match std::fs::create_dir(&path) {
                Ok(()) => return Ok(ScratchDir { path }),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(format!("cannot create `{}`: {e}", path.display())),
            }
        }
        Err("cannot create a temporary directory for linking".into())
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
