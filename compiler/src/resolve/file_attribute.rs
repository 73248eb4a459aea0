//! The module attributes `__file__` and `__package__`.
//!
//! CPython sets them in every module. typhon binds them as globals of every
//! Python module only when some module of the program mentions the name
//! (in code or in a string, so `getattr(m, "__file__")` counts): `__file__`
//! is an absolute path of the build machine, which would otherwise make
//! every executable depend on the folder it was built in.
//!
//! Values, as CPython 3.11 gives them: the main module's `__file__` is the
//! path given on the command line joined to the current folder (not
//! normalised), an imported module's is its file under the main file's
//! folder with symbolic links resolved (`sys.path[0]`), a standard-library
//! module's is its `<typhon>/stdlib/...` path; `__package__` is `None` in the
//! main module, the package's name in a package and its submodules, and `''`
//! in a top-level module.

use super::Program;

/// The dunders bound only when mentioned, in CPython's namespace order.
const OPTIONAL_DUNDERS: [&str; 2] = ["__package__", "__file__"];

/// Add the mentioned optional dunders to every module's globals, after
/// `__name__` and `__doc__`.
pub fn add_dunders(program: &mut Program) {
    let mentioned: Vec<&str> = OPTIONAL_DUNDERS
        .into_iter()
        .filter(|name| {
            program
                .modules
                .iter()
                .any(|module| program.sources.file(module.file).text.contains(name))
        })
        .collect();
    for module in &mut program.modules {
        let mut at = super::scope::MODULE_DUNDERS.len().min(module.globals.len());
        for name in &mentioned {
            if !module.globals.iter().any(|global| global == name) {
                module.globals.insert(at, name.to_string());
                at += 1;
            }
        }
    }
}
