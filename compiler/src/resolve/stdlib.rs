//! The standard-library modules written in Python (`stdlib/` at the top of
//! the repository), embedded in the `typhon` binary by `build.rs`, so an
//! installed compiler needs no files beside it.
//!
//! Their sources are compiled with the program like the user's modules;
//! diagnostics and tracebacks name them `<typhon>/stdlib/<path>.py`.

include!(concat!(env!("OUT_DIR"), "/stdlib_files.rs"));

/// Prefix of the path shown for a standard-library file.
pub const DISPLAY_ROOT: &str = "<typhon>/stdlib";

/// A standard-library module's source.
pub struct StdlibFile {
    /// Path shown in diagnostics and tracebacks.
    pub display_path: String,
    pub text: &'static str,
    pub is_package: bool,
}

/// The embedded module `dotted` (`random`, `collections.abc`), as
/// `name.py` or `name/__init__.py`.
pub fn find(dotted: &str) -> Option<StdlibFile> {
    let relative = dotted.replace('.', "/");
    for (candidate, is_package) in [
        (format!("{relative}.py"), false),
        (format!("{relative}/__init__.py"), true),
    ] {
        if let Some((path, text)) = STDLIB_FILES.iter().find(|(path, _)| *path == candidate) {
            return Some(StdlibFile {
                display_path: format!("{DISPLAY_ROOT}/{path}"),
                text,
                is_package,
            });
        }
    }
    None
}
