//! Object file + runtime archive -> executable, through a C compiler driver.
//!
//! In: the object bytes from `codegen`. Out: an executable at the requested
//! path. The host's runtime archive is embedded in the compiler at build
//! time (`build.rs`), so linking for the host needs nothing but `cc` and
//! the C library; other targets' archives and linkers are found as
//! `target` describes. This is the one stage that runs an external
//! program; it is called from `main.rs`.
//!
//! The executables are hardened like the system toolchain's defaults
//! (position-independent, full RELRO, non-executable stack), or fully
//! static with `--static`, and reproducible: the linker runs in a scratch
//! folder on inputs with fixed names, so nothing of the folder's name can
//! reach the output.

mod handlers;
pub mod lookups;
mod methods;
pub mod reach;
pub mod target;

use std::path::{Path, PathBuf};
use std::process::Command;

pub use reach::Reach;
pub use target::{Runtime, Target};

/// The host's runtime static library, built by `build.rs` with the `runtime` profile.
static RUNTIME_ARCHIVE: &[u8] = include_bytes!(env!("TYPHON_RUNTIME_ARCHIVE_PATH"));

/// How to link.
pub struct LinkOptions {
    /// The C compiler driver used as the linker.
    pub linker: String,
    /// The runtime archive to link.
    pub runtime: Runtime,
    /// Remove symbols from the executable (smaller files).
    pub strip: bool,
    /// A fully static executable, without the dynamic loader.
    pub static_: bool,
    /// Pack a dynamic executable's relative relocations (DT_RELR), which
    /// needs glibc 2.36+ where it runs.
    pub packed_relocs: bool,
    /// The machine the executable is for.
    pub triple: target_lexicon::Triple,
}

impl LinkOptions {
    /// Options for `target`: its runtime archive and linker, found as
    /// `target` documents unless named explicitly.
    pub fn for_target(
        target: &Target,
        runtime: Option<&Path>,
        linker: Option<&str>,
        static_: bool,
    ) -> Result<LinkOptions, String> {
        Ok(LinkOptions {
            linker: target::find_linker(target, linker)?,
            runtime: target::find_runtime(target, runtime)?,
            strip: true,
            static_,
            packed_relocs: true,
            triple: target.triple.clone(),
        })
    }
}

/// Link `object` with the runtime into an executable at `output`, with
/// the native methods `reach` admits.
pub fn link(
    object: &[u8],
    reach: &Reach,
    output: &Path,
    options: &LinkOptions,
) -> Result<(), String> {
    let scratch = ScratchDir::new()?;
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(scratch.path.join(name), bytes)
            .map_err(|e| format!("cannot write `{}`: {e}", scratch.path.display()))
    };
    write("program.o", object)?;
    let file_bytes;
    let (archive, archive_bytes) = match &options.runtime {
        Runtime::Embedded => {
            write(target::ARCHIVE_NAME, RUNTIME_ARCHIVE)?;
            (PathBuf::from(target::ARCHIVE_NAME), RUNTIME_ARCHIVE)
        }
        Runtime::File(path) => {
            file_bytes = std::fs::read(path)
                .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
            (absolute(path)?, &file_bytes[..])
        }
    };
    let symbols = handlers::archive_symbols(archive_bytes).unwrap_or_default();
    let wrap_flags = handlers::wrap_flags(&symbols);
    let tables = methods::tables_object(&symbols, &options.triple, reach)?;
    if let Some(tables) = &tables {
        write("methods.o", tables)?;
    }
    // The linker runs inside the scratch folder, so paths given relative to
    // the caller's folder must be made absolute.
    let output = absolute(output)?;

    let mut command = Command::new(&options.linker);
    command
        .current_dir(&scratch.path)
        .arg("program.o")
        .args(tables.as_ref().map(|_| "methods.o"))
        .arg(&archive)
        .arg("-o")
        .arg(&output);
    // Drop the runtime code the program never reaches.
    command.arg("-Wl,--gc-sections");
    // std's panic and allocation-failure handlers replaced by the runtime's,
    // which print no backtrace (see `handlers`).
    command.args(&wrap_flags);
    if options.strip {
        command.arg("-s");
    }
    if options.static_ {
        // `-static` rather than `-static-pie`: no dynamic section at all,
        // so no loader runs (Cranelift's PIC code links either way).
        command.args(["-static", "-no-pie"]);
    } else {
        command.arg("-pie");
        // Relative relocations packed (DT_RELR, glibc 2.36+): the
        // loader's table of pointers to fix up shrinks from 24 bytes a
        // pointer to about one bit, a smaller and faster-starting file.
        // Off on request for servers with an older C library, which
        // refuse such a file (`GLIBC_ABI_DT_RELR not found`).
        if options.packed_relocs {
            command.arg("-Wl,-z,pack-relative-relocs");
        }
    }
    // Hardening, spelled out rather than left to the toolchain's defaults,
    // which vary between distributions: read-only relocations resolved at
    // start-up, and a stack that cannot hold code.
    command.args(["-Wl,-z,relro", "-Wl,-z,now", "-Wl,-z,noexecstack"]);
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
        let stderr = String::from_utf8_lossy(&result.stderr);
        let mut message = format!(
            "`{}` failed ({}):\n{}",
            options.linker,
            result.status,
            stderr.trim_end()
        );
        // Every runtime entry point is named `ty_...`: an archive missing
        // some was built from other runtime sources than this compiler's.
        if let (Runtime::File(path), true) =
            (&options.runtime, stderr.contains("reference to `ty_"))
        {
            message.push_str(&format!(
                "\nnote: the runtime archive `{}` does not match this typhon; rebuild it \
                 (`scripts/cross-runtime.sh`, see docs/cross-compiling.md)",
                path.display()
            ));
        }
        return Err(message);
    }
    Ok(())
}

fn absolute(path: &Path) -> Result<PathBuf, String> {
    std::path::absolute(path).map_err(|e| format!("cannot resolve `{}`: {e}", path.display()))
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
