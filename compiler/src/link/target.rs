//! Which machines typhon can build executables for, and where the pieces of
//! a build for one of them come from: the runtime archive and the linker.
//!
//! Search order for the runtime archive of a target:
//! 1. `--runtime PATH` (any target);
//! 2. the host: the archive embedded in the `typhon` binary;
//! 3. `$TYPHON_RUNTIME_DIR/<triple>/libtyphon_runtime.a`;
//! 4. `<folder of typhon>/../lib/typhon/<triple>/libtyphon_runtime.a`, which
//!    is `prefix/lib/typhon/...` for an installed `prefix/bin/typhon` and
//!    `target/lib/typhon/...` for a `target/debug/typhon` built by cargo
//!    (where `scripts/cross-runtime.sh` writes).
//!
//! Search order for the linker: `--linker`, then `$CC` for the host or
//! `$CC_<triple with underscores>` for another target (the `cc` crate's
//! convention), then `cc` for the host or the GNU cross compiler driver
//! (`aarch64-linux-gnu-gcc`) found on `PATH`.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use target_lexicon::{Aarch64Architecture, Architecture, Environment, OperatingSystem, Triple};

/// The targets typhon has a runtime recipe for, host first when it is one.
pub const SUPPORTED: [&str; 2] = ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"];

/// The file name of a runtime archive inside its target's folder.
pub const ARCHIVE_NAME: &str = "libtyphon_runtime.a";

/// A machine to build for.
#[derive(Clone, Debug)]
pub struct Target {
    pub triple: Triple,
}

impl Target {
    /// The machine the compiler itself runs on.
    pub fn host() -> Target {
        Target {
            triple: Triple::host(),
        }
    }

    /// Parse `text` as a target triple typhon supports.
    pub fn parse(text: &str) -> Result<Target, String> {
        let triple =
            Triple::from_str(text).map_err(|e| format!("`{text}` is not a target triple: {e}"))?;
        // Little-endian only: the runtime and codegen assume it.
        let known_arch = matches!(
            triple.architecture,
            Architecture::X86_64 | Architecture::Aarch64(Aarch64Architecture::Aarch64)
        );
        if !known_arch
            || triple.operating_system != OperatingSystem::Linux
            || triple.environment != Environment::Gnu
        {
            return Err(format!(
                "unsupported target `{text}`; supported targets: {} (see `typhon targets`)",
                SUPPORTED.join(", ")
            ));
        }
        Ok(Target { triple })
    }

    /// The canonical name (`aarch64-unknown-linux-gnu`).
    pub fn name(&self) -> String {
        self.triple.to_string()
    }

    pub fn is_host(&self) -> bool {
        self.triple == Triple::host()
    }

    /// The GNU name of the target's architecture and system, the prefix of
    /// its cross tools (`aarch64-linux-gnu`).
    fn gnu_prefix(&self) -> String {
        format!("{}-linux-gnu", self.triple.architecture)
    }
}

/// Where a target's runtime archive comes from.
pub enum Runtime {
    /// The archive built into the `typhon` binary for the host.
    Embedded,
    /// An archive file.
    File(PathBuf),
}

/// Find the runtime archive for `target`, or say where it was looked for.
pub fn find_runtime(target: &Target, explicit: Option<&Path>) -> Result<Runtime, String> {
    if let Some(path) = explicit {
        if !path.is_file() {
            return Err(format!("runtime archive `{}` not found", path.display()));
        }
        return Ok(Runtime::File(path.to_path_buf()));
    }
    if target.is_host() {
        return Ok(Runtime::Embedded);
    }
    let candidates = runtime_candidates(target);
    if let Some(found) = candidates.iter().find(|path| path.is_file()) {
        return Ok(Runtime::File(found.clone()));
    }
    let looked: Vec<String> = candidates
        .iter()
        .map(|p| format!("  {}", p.display()))
        .collect();
    Err(format!(
        "no runtime archive for `{}`; looked in:\n{}\nbuild one with `scripts/cross-runtime.sh {}` \
         from typhon's sources, or name one with `--runtime` (see docs/cross-compiling.md)",
        target.name(),
        looked.join("\n"),
        target.name()
    ))
}

/// The places searched for a cross target's archive, in order.
fn runtime_candidates(target: &Target) -> Vec<PathBuf> {
    let mut res = Vec::new();
    if let Some(dir) = std::env::var_os("TYPHON_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        res.push(PathBuf::from(dir).join(target.name()).join(ARCHIVE_NAME));
    }
    if let Some(bin_dir) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(Path::to_path_buf))
    {
        let prefix = bin_dir.parent().unwrap_or(&bin_dir);
        res.push(
            prefix
                .join("lib")
                .join("typhon")
                .join(target.name())
                .join(ARCHIVE_NAME),
        );
    }
    res
}

/// Find the C compiler driver that links for `target`.
pub fn find_linker(target: &Target, explicit: Option<&str>) -> Result<String, String> {
    if let Some(linker) = explicit {
        return Ok(linker.to_string());
    }
    let env_name = if target.is_host() {
        "CC".to_string()
    } else {
        format!("CC_{}", target.name().replace('-', "_"))
    };
    if let Some(cc) = std::env::var(&env_name).ok().filter(|v| !v.is_empty()) {
        return Ok(cc);
    }
    let candidates = if target.is_host() {
        vec!["cc".to_string(), "gcc".to_string()]
    } else {
        vec![
            format!("{}-gcc", target.gnu_prefix()),
            format!("{}-gcc", target.name()),
        ]
    };
    for candidate in &candidates {
        if find_on_path(candidate).is_some() {
            return Ok(candidate.clone());
        }
    }
    Err(format!(
        "no linker for `{}`: none of {} is on PATH; install one (Debian: `gcc-{}`), \
         or name one with `--linker` or ${env_name}",
        target.name(),
        candidates.join(", "),
        target.gnu_prefix()
    ))
}

/// The full path of `program` on `PATH` (or `program` itself when it
/// contains a slash and exists).
pub fn find_on_path(program: &str) -> Option<PathBuf> {
    if program.contains('/') {
        let path = PathBuf::from(program);
        return path.is_file().then_some(path);
    }
    let path_var = std::env::var_os("PATH")?;
    std::env::split_paths(&path_var)
        .map(|dir| dir.join(program))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// The `typhon targets` table: each supported target, whether it is the
/// host, and where its runtime archive and linker are (or `missing`).
pub fn describe_targets() -> String {
    let mut rows = vec![[
        "target".to_string(),
        "host".to_string(),
        "runtime".to_string(),
        "linker".to_string(),
    ]];
    let mut missing = false;
    for name in SUPPORTED {
        let Ok(target) = Target::parse(name) else {
            continue;
        };
        let runtime = match find_runtime(&target, None) {
            Ok(Runtime::Embedded) => "embedded".to_string(),
            Ok(Runtime::File(path)) => path.display().to_string(),
            Err(_) => {
                missing = true;
                "missing".to_string()
            }
        };
        let linker = match find_linker(&target, None) {
            Ok(linker) => match find_on_path(&linker) {
                Some(path) if path.as_os_str() != linker.as_str() => {
                    format!("{linker} ({})", path.display())
                }
                _ => linker,
            },
            Err(_) => {
                missing = true;
                "missing".to_string()
            }
        };
        let host = if target.is_host() { "yes" } else { "no" };
        rows.push([name.to_string(), host.to_string(), runtime, linker]);
    }
    let widths: Vec<usize> = (0..3)
        .map(|col| rows.iter().map(|row| row[col].len()).max().unwrap_or(0))
        .collect();
    let mut text = String::new();
    for row in &rows {
        for (col, width) in widths.iter().enumerate() {
            text.push_str(&format!("{:<width$}  ", row[col]));
        }
        text.push_str(&row[3]);
        text.push('\n');
    }
    if missing {
        text.push_str(
            "\nA missing runtime archive is built by `scripts/cross-runtime.sh TRIPLE` in typhon's \
             sources; see docs/cross-compiling.md.\n",
        );
    }
    text
}
