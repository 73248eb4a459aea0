//! Modules and scopes: which files make up the program, and what each name
//! in them refers to.
//!
//! In: the main file's path and a way to read files. Out: a [`Program`]
//! holding every Python module the main file reaches through imports (the
//! user's and the embedded standard library's, [`stdlib`], parsed in
//! first-import order), the native modules it imports, and each module's
//! global names; plus diagnostics for imports that cannot be satisfied.
//! Per-function scopes are computed on demand by [`scope`], which `lower`
//! uses while it walks function bodies.
//!
//! Invariant for the next stage: every `import` of a user module names a
//! module present in `Program::modules`; native imports name an entry of
//! `typhon_abi::NATIVE_MODULES`.

pub mod bindings;
pub mod closure;
mod declarations;
mod file_attribute;
mod future;
pub mod importlib;
pub mod module_aliases;
pub mod scope;
pub mod star;
pub mod stdlib;
mod stdlib_names;
mod timeit;
pub mod varnames;
pub mod walk;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::diag::{DiagKind, Diagnostic, FileId, RelativeImportProblem, SourceMap, Span};
use crate::syntax::{self, ast};

/// A parsed module written in Python (the user's or the standard library's).
#[derive(Debug)]
pub struct Module {
    /// Dotted name; `__main__` for the main file.
    pub name: String,
    /// Name used to resolve relative imports (the package for `__init__`).
    pub package: String,
    pub file: FileId,
    pub body: Vec<ast::Stmt>,
    /// Every name bound at module scope, in first-binding order (names a
    /// star import binds included).
    pub globals: Vec<String>,
    /// The module's `__all__`, for star imports of it.
    pub all: star::DunderAll,
    /// The module's `__file__`, as CPython would set it (see
    /// `file_attribute`); `None` for a namespace package.
    pub file_path: Option<String>,
    /// `from __future__ import annotations`: annotations are strings.
    pub future_annotations: bool,
    /// The names bound to `importlib` and its `import_module`, whose calls
    /// with literal names are imports (`importlib.rs`).
    pub importlib: importlib::Names,
}

/// What an import statement's module name refers to.
#[derive(Clone, Debug, PartialEq)]
pub enum ModuleRef {
    /// Index into `Program::modules`.
    User(usize),
    /// Index into `typhon_abi::NATIVE_MODULES`.
    Native(usize),
}

#[derive(Debug)]
pub struct Program {
    pub sources: SourceMap,
    pub modules: Vec<Module>,
    /// Dotted module name -> module, for every module resolved.
    pub by_name: HashMap<String, ModuleRef>,
    pub main: usize,
    /// The names each `from module import *` binds, by importing module and
    /// the statement's start offset.
    pub star_imports: HashMap<(usize, u32), star::StarNames>,
}

impl Program {
    pub fn lookup(&self, name: &str) -> Option<&ModuleRef> {
        self.by_name.get(name)
    }
}

/// Load the main file and every module it imports. The program is always
/// returned (its sources are needed to render diagnostics) but is complete
/// only when no error was reported.
pub fn resolve(
    main_path: &str,
    read: &dyn Fn(&Path) -> std::io::Result<String>,
) -> (Program, Vec<Diagnostic>) {
    let root = Path::new(main_path)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let mut loader = Loader {
        absolute_root: absolute_root(&root),
        root,
        read,
        program: Program {
            sources: SourceMap::default(),
            modules: Vec::new(),
            by_name: HashMap::new(),
            main: 0,
            star_imports: HashMap::new(),
        },
        diags: Vec::new(),
        stdlib_modules: Vec::new(),
    };
    let text = match read(Path::new(main_path)) {
        Ok(text) => text,
        Err(err) => {
            let file = loader
                .program
                .sources
                .add(main_path.to_string(), String::new());
            let kind = DiagKind::UnreadableFile {
                path: main_path.to_string(),
                reason: err.to_string(),
            };
            return (
                loader.program,
                vec![Diagnostic::new(
                    kind,
                    Span {
                        file,
                        start: 0,
                        end: 0,
                    },
                )],
            );
        }
    };
    let main_file = main_file_attribute(main_path);
    if let Some(main) = loader.load(
        main_path.to_string(),
        text,
        "__main__".into(),
        String::new(),
        Some(main_file),
    ) {
        loader.program.main = main;
    }
    file_attribute::add_dunders(&mut loader.program);
    (loader.program, loader.diags)
}

struct Loader<'a> {
    root: PathBuf,
    /// `root` made absolute with symbolic links resolved, as CPython's
    /// `sys.path[0]` is: the folder of imported modules' `__file__`.
    absolute_root: PathBuf,
    read: &'a dyn Fn(&Path) -> std::io::Result<String>,
    program: Program,
    diags: Vec<Diagnostic>,
    /// Modules loaded from the embedded standard library, whose submodules
    /// are searched there too.
    stdlib_modules: Vec<String>,
}

impl Loader<'_> {
    /// Parse one module and, depth first, everything it imports.
    fn load(
        &mut self,
        path: String,
        text: String,
        name: String,
        package: String,
        file_path: Option<String>,
    ) -> Option<usize> {
        let file = self.program.sources.add(path.clone(), text);
        let body = match syntax::parse_module(&self.program.sources.file(file).text, &path, file) {
            Ok(body) => body,
            Err(diag) => {
                self.diags.push(diag);
                return None;
            }
        };
        let mut errors = declarations::check_module(&body);
        errors.extend(bindings::comprehension_walrus_errors(&body));
        errors.extend(
            star::nested_star_imports(&body)
                .into_iter()
                .map(|range| ("import * only allowed at module level".to_string(), range)),
        );
        for (message, range) in errors {
            let kind = DiagKind::InvalidSyntax { message };
            self.diags
                .push(Diagnostic::new(kind, syntax::span(file, range)));
        }
        let (future_annotations, future_errors) = future::future_flags(&body);
        for (message, range) in future_errors {
            let kind = DiagKind::InvalidSyntax { message };
            self.diags
                .push(Diagnostic::new(kind, syntax::span(file, range)));
        }
        let globals = scope::module_globals(&body);
        let all = star::dunder_all(&body);
        let idx = self.program.modules.len();
        self.program
            .by_name
            .insert(name.clone(), ModuleRef::User(idx));
        self.program.modules.push(Module {
            name,
            package,
            file,
            body: Vec::new(),
            globals,
            all,
            file_path,
            future_annotations,
            importlib: importlib::Names::default(),
        });
        let imports = collect_imports(&body);
        for import in imports {
            self.resolve_import(idx, file, import);
        }
        let importlib_names = importlib::names(&body);
        if !importlib_names.is_empty() {
            self.resolve_import_module_calls(idx, file, &body, &importlib_names);
            self.program.modules[idx].importlib = importlib_names;
        }
        for (feature, range) in timeit::statement_strings(&body) {
            let kind = DiagKind::UnsupportedFeature {
                feature,
                reason: "a compiled program cannot compile code given as a string: pass a \
                         function or a lambda"
                    .into(),
            };
            self.diags
                .push(Diagnostic::new(kind, syntax::span(file, range)));
        }
        self.program.modules[idx].body = body;
        Some(idx)
    }

    /// Import the modules `importlib.import_module` calls name; report the
    /// calls and uses of `importlib` that cannot be compiled.
    fn resolve_import_module_calls(
        &mut self,
        importer: usize,
        file: FileId,
        body: &[ast::Stmt],
        names: &importlib::Names,
    ) {
        let mut callees = std::collections::HashSet::new();
        let mut imports = Vec::new();
        let mut problems = Vec::new();
        walk::walk_exprs(body, &mut |expr| {
            if let ast::Expr::Call(call) = expr
                && let Some(target) = importlib::call_target(names, call)
            {
                callees.insert(ast::Ranged::range(call.func.as_ref()));
                match target {
                    Ok(module) => imports.push(Import {
                        module,
                        level: 0,
                        names: vec![],
                        range: call.range,
                    }),
                    Err(why) => {
                        problems.push((format!("`importlib.import_module` with {why}"), call.range))
                    }
                }
            } else if !callees.contains(&ast::Ranged::range(expr))
                && let Some(what) = importlib::misuse(names, expr)
            {
                problems.push((what, ast::Ranged::range(expr)));
            }
        });
        if !callees.is_empty() {
            for (name, range) in importlib::rebindings(body, names) {
                problems.push((
                    format!(
                        "binding `{name}` other than by importing `importlib`, in a module \
                         calling `import_module` through that name"
                    ),
                    range,
                ));
            }
        }
        for import in imports {
            self.resolve_import(importer, file, import);
        }
        for (feature, range) in problems {
            let kind = DiagKind::UnsupportedFeature {
                feature,
                reason: "imports are resolved when compiling: `import_module` takes a module \
                         named by string literals"
                    .into(),
            };
            self.diags
                .push(Diagnostic::new(kind, syntax::span(file, range)));
        }
    }

    fn resolve_import(&mut self, importer: usize, file: FileId, import: Import) {
        let span = syntax::span(file, import.range);
        let absolute = if import.level > 0 {
            let package = &self.program.modules[importer].package;
            // CPython raises `ImportError` for these when the import runs; the
            // import is resolved here, so it is an error now.
            let problem = if package.is_empty() {
                Some(RelativeImportProblem::NoParentPackage)
            } else if package.split('.').count() < import.level as usize {
                Some(RelativeImportProblem::BeyondTopLevel)
            } else {
                None
            };
            if let Some(problem) = problem {
                let kind = DiagKind::InvalidRelativeImport { problem };
                self.diags.push(Diagnostic::new(kind, span));
                return;
            }
            let mut parts: Vec<&str> = package.split('.').collect();
            for _ in 1..import.level {
                parts.pop();
            }
            if !import.module.is_empty() {
                parts.push(&import.module);
            }
            parts.join(".")
        } else {
            import.module.clone()
        };
        if !self.ensure_module(&absolute, span) {
            return;
        }
        if import.names.iter().any(|name| name == "*") {
            self.resolve_star(importer, &absolute, &import, span);
            return;
        }
        // `from pkg import sub` may name a submodule rather than a global.
        // A package's own `from . import sub` binds `sub` among its globals,
        // so there the submodule is looked for whatever the globals say.
        if let Some(ModuleRef::User(module)) = self.program.lookup(&absolute).cloned() {
            let own_package = module == importer;
            for name in &import.names {
                if name != "*"
                    && (own_package || !self.program.modules[module].globals.contains(name))
                {
                    let dotted = format!("{absolute}.{name}");
                    if self.locate(&dotted).is_some() {
                        self.ensure_module(&dotted, span);
                    } else if MISSING_STDLIB_SUBMODULES.contains(&dotted.as_str())
                        && self.stdlib_modules.contains(&absolute)
                    {
                        // CPython would import the submodule, so this is no
                        // `ImportError` at run time but a module typhon lacks.
                        let kind = DiagKind::UnavailableModule {
                            module: dotted,
                            is_extension: false,
                            local_file_ignored: false,
                        };
                        self.diags.push(Diagnostic::new(kind, span));
                    } else if !own_package && absolute != "__future__" {
                        let kind = DiagKind::UnresolvedImportName {
                            module: absolute.clone(),
                            name: name.clone(),
                        };
                        self.diags.push(Diagnostic::new(kind, span));
                    }
                }
            }
        }
    }

    /// Fix the names `from absolute import *` binds and add them to the
    /// importer's globals.
    fn resolve_star(&mut self, importer: usize, absolute: &str, import: &Import, span: Span) {
        let star = match self.program.lookup(absolute).cloned() {
            Some(ModuleRef::User(module)) => match self.program.modules[module].all.clone() {
                star::DunderAll::Literal(names) => {
                    // CPython imports the submodules `__all__` names.
                    for name in &names {
                        let dotted = format!("{absolute}.{name}");
                        if !self.program.modules[module].globals.contains(name)
                            && self.locate(&dotted).is_some()
                        {
                            self.ensure_module(&dotted, span);
                        }
                    }
                    star::StarNames {
                        names,
                        from_all: true,
                    }
                }
                star::DunderAll::Absent => star::StarNames {
                    names: star::public_globals(&self.program.modules[module].globals),
                    from_all: false,
                },
                star::DunderAll::Computed(_) => {
                    let kind = DiagKind::UnsupportedFeature {
                        feature: format!("`from {absolute} import *` with a computed `__all__`"),
                        reason: "the names a star import binds are fixed when compiling, so `__all__` must be one literal list or tuple of strings".into(),
                    };
                    self.diags.push(Diagnostic::new(kind, span));
                    return;
                }
            },
            Some(ModuleRef::Native(native)) => {
                let name = typhon_abi::NATIVE_MODULES[native];
                match star::NATIVE_PUBLIC_NAMES
                    .iter()
                    .find(|(module, _)| *module == name)
                {
                    Some((_, names)) => star::StarNames {
                        names: names.iter().map(|name| name.to_string()).collect(),
                        from_all: false,
                    },
                    None => {
                        let kind = DiagKind::UnsupportedFeature {
                            feature: format!("`from {absolute} import *`"),
                            reason: format!(
                                "typhon does not list the names of its native module `{absolute}` when compiling"
                            ),
                        };
                        self.diags.push(Diagnostic::new(kind, span));
                        return;
                    }
                }
            }
            None => return,
        };
        let globals = &mut self.program.modules[importer].globals;
        for name in &star.names {
            if !globals.contains(name) {
                globals.push(name.clone());
            }
        }
        self.program
            .star_imports
            .insert((importer, import.range.start().to_u32()), star);
    }

    /// Make sure `dotted` and its parent packages are loaded; false after
    /// reporting a diagnostic.
    fn ensure_module(&mut self, dotted: &str, span: Span) -> bool {
        let parts: Vec<&str> = dotted.split('.').collect();
        for end in 1..=parts.len() {
            let name = parts[..end].join(".");
            if self.program.by_name.contains_key(&name) {
                continue;
            }
            let (display_path, text, is_package, file_path) = match self.locate(&name) {
                Some(Found::Native(native)) => {
                    self.program.by_name.insert(name, ModuleRef::Native(native));
                    continue;
                }
                Some(Found::Stdlib(file)) => {
                    self.stdlib_modules.push(name.clone());
                    let display = file.display_path.clone();
                    (
                        display.clone(),
                        file.text.to_string(),
                        file.is_package,
                        Some(display),
                    )
                }
                Some(Found::Disk(path, is_package)) => match (self.read)(&path) {
                    Ok(text) => {
                        let relative = path.strip_prefix(&self.root).unwrap_or(&path);
                        let absolute = self.absolute_root.join(relative).display().to_string();
                        (path.display().to_string(), text, is_package, Some(absolute))
                    }
                    Err(err) => {
                        let kind = DiagKind::UnreadableFile {
                            path: path.display().to_string(),
                            reason: err.to_string(),
                        };
                        self.diags.push(Diagnostic::new(kind, span));
                        return false;
                    }
                },
                // A folder without `__init__.py`: a namespace package, with
                // no code of its own.
                Some(Found::Namespace(dir)) => {
                    (dir.display().to_string(), String::new(), true, None)
                }
                None => {
                    let mut kind = unavailable(&name, &self.root);
                    if let DiagKind::UnavailableModule {
                        local_file_ignored, ..
                    } = &mut kind
                    {
                        // CPython finds its built-in and frozen modules before
                        // the program's directory, so `time.py` there is not
                        // `import time`.
                        *local_file_ignored = end == 1
                            && is_builtin_or_frozen_module(&name)
                            && self.module_file(&name).is_some();
                    }
                    self.diags.push(Diagnostic::new(kind, span));
                    return false;
                }
            };
            let package = if is_package {
                name.clone()
            } else {
                parts[..end - 1].join(".")
            };
            if self
                .load(display_path, text, name.clone(), package, file_path)
                .is_none()
            {
                return false;
            }
            // A submodule becomes an attribute of its parent package.
            if end > 1 {
                let parent = parts[..end - 1].join(".");
                if let Some(ModuleRef::User(parent_idx)) = self.program.lookup(&parent).cloned() {
                    let child = parts[end - 1].to_string();
                    if !self.program.modules[parent_idx].globals.contains(&child) {
                        self.program.modules[parent_idx].globals.push(child);
                    }
                }
            }
        }
        true
    }

    /// Where the module `dotted` comes from, in the order CPython's import
    /// system searches: its built-in and frozen modules first, then the
    /// program's folder (`sys.path[0]`), then the standard library
    /// (typhon's Python modules and native modules). A submodule is searched
    /// only where its package was found, as a package's `__path__` says.
    fn locate(&self, dotted: &str) -> Option<Found> {
        if let Some((parent, _)) = dotted.rsplit_once('.') {
            if self.stdlib_modules.iter().any(|name| name == parent) {
                return stdlib::find(dotted).map(Found::Stdlib);
            }
            return self
                .module_file(dotted)
                .map(|(path, is_package)| Found::Disk(path, is_package))
                .or_else(|| self.namespace_dir(dotted).map(Found::Namespace));
        }
        let native = || typhon_abi::native_module_index(dotted).map(Found::Native);
        let embedded = || stdlib::find(dotted).map(Found::Stdlib);
        if is_builtin_or_frozen_module(dotted) {
            return native().or_else(embedded);
        }
        self.module_file(dotted)
            .map(|(path, is_package)| Found::Disk(path, is_package))
            .or_else(embedded)
            .or_else(native)
            .or_else(|| self.namespace_dir(dotted).map(Found::Namespace))
    }

    /// The folder of a namespace package: CPython's path finder makes one of
    /// a folder without `__init__.py` when no module or regular package of
    /// that name is found anywhere on `sys.path`.
    fn namespace_dir(&self, dotted: &str) -> Option<PathBuf> {
        let relative: PathBuf = dotted.split('.').collect();
        let dir = self.root.join(relative);
        dir.is_dir().then_some(dir)
    }

    /// The file holding a user module, and whether it is a package.
    fn module_file(&self, dotted: &str) -> Option<(PathBuf, bool)> {
        let relative: PathBuf = dotted.split('.').collect();
        let as_file = self.root.join(&relative).with_extension("py");
        if as_file.is_file() {
            return Some((as_file, false));
        }
        let as_package = self.root.join(&relative).join("__init__.py");
        if as_package.is_file() {
            return Some((as_package, true));
        }
        None
    }
}

/// CPython 3.11's `__file__` of the main module: the path as given, joined
/// to the current folder when relative (not normalised: `./x.py` stays).
fn main_file_attribute(main_path: &str) -> String {
    if Path::new(main_path).is_absolute() {
        return main_path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{main_path}", cwd.display()),
        Err(_) => main_path.to_string(),
    }
}

/// The folder CPython puts first on `sys.path`: the main file's folder,
/// absolute, symbolic links resolved.
fn absolute_root(root: &Path) -> PathBuf {
    let dir = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    std::fs::canonicalize(dir).unwrap_or_else(|_| root.to_path_buf())
}

/// Where an imported module was found.
enum Found {
    /// Index into `typhon_abi::NATIVE_MODULES`.
    Native(usize),
    /// A file beside the program, and whether it is a package.
    Disk(PathBuf, bool),
    /// A standard-library module embedded in typhon.
    Stdlib(stdlib::StdlibFile),
    /// A folder without `__init__.py` beside the program.
    Namespace(PathBuf),
}

/// Modules that are compiled C extensions in CPython's ecosystem.
const EXTENSION_MODULES: &[&str] = &[
    "numpy",
    "pandas",
    "scipy",
    "torch",
    "tensorflow",
    "lxml",
    "psycopg2",
    "cython",
    "matplotlib",
    "PIL",
    "cryptography",
    "ujson",
    "orjson",
    "_ctypes",
    "ctypes",
];

/// Submodules of standard-library packages typhon provides that it does not
/// provide itself: `from package import submodule` names them.
const MISSING_STDLIB_SUBMODULES: &[&str] = &["unittest.mock"];

fn unavailable(name: &str, root: &Path) -> DiagKind {
    let top = name.split('.').next().unwrap_or(name);
    if EXTENSION_MODULES.contains(&top) {
        DiagKind::UnavailableModule {
            module: name.to_string(),
            is_extension: true,
            local_file_ignored: false,
        }
    } else if is_stdlib_module(top) || is_builtin_or_frozen_module(top) {
        DiagKind::UnavailableModule {
            module: name.to_string(),
            is_extension: false,
            local_file_ignored: false,
        }
    } else {
        let dir = if root.as_os_str().is_empty() {
            ".".to_string()
        } else {
            root.display().to_string()
        };
        let relative: PathBuf = name.split('.').collect();
        DiagKind::UnresolvedImport {
            module: name.to_string(),
            searched: format!(
                "{dir}/{}.py, {dir}/{}/__init__.py and the native modules",
                relative.display(),
                relative.display()
            ),
        }
    }
}

/// CPython 3.11's `sys.builtin_module_names` (as built on Linux) and its
/// frozen modules: the import system finds these before any file.
fn is_builtin_or_frozen_module(name: &str) -> bool {
    const MODULES: &[&str] = &[
        "_abc",
        "_ast",
        "_codecs",
        "_collections",
        "_collections_abc",
        "_functools",
        "_imp",
        "_io",
        "_locale",
        "_operator",
        "_signal",
        "_sitebuiltins",
        "_sre",
        "_stat",
        "_string",
        "_symtable",
        "_thread",
        "_tokenize",
        "_tracemalloc",
        "_warnings",
        "_weakref",
        "abc",
        "atexit",
        "builtins",
        "codecs",
        "errno",
        "faulthandler",
        "gc",
        "genericpath",
        "io",
        "itertools",
        "marshal",
        "ntpath",
        "os",
        "posix",
        "posixpath",
        "pwd",
        "runpy",
        "site",
        "stat",
        "time",
        "xxsubtype",
        "zipimport",
    ];
    MODULES.contains(&name)
}

fn is_stdlib_module(name: &str) -> bool {
    stdlib_names::STDLIB_MODULE_NAMES
        .binary_search(&name)
        .is_ok()
}

#[cfg(test)]
#[test]
fn stdlib_module_names_are_sorted_for_binary_search() {
    let names = stdlib_names::STDLIB_MODULE_NAMES;
    assert!(names.windows(2).all(|pair| pair[0] < pair[1]));
    assert!(is_stdlib_module("numbers") && is_stdlib_module("tomllib"));
    assert!(!is_stdlib_module("numpy"));
}

/// One import statement's module and imported names.
struct Import {
    module: String,
    level: u32,
    names: Vec<String>,
    range: rustpython_parser::text_size::TextRange,
}

/// Every import in a module, including those inside functions and blocks.
fn collect_imports(body: &[ast::Stmt]) -> Vec<Import> {
    let mut res = Vec::new();
    scope::walk_statements(body, &mut |stmt| match stmt {
        ast::Stmt::Import(import) => {
            for alias in &import.names {
                res.push(Import {
                    module: alias.name.to_string(),
                    level: 0,
                    names: vec![],
                    range: alias.range,
                });
            }
        }
        ast::Stmt::ImportFrom(import) => {
            res.push(Import {
                module: import
                    .module
                    .as_ref()
                    .map(|m| m.to_string())
                    .unwrap_or_default(),
                level: import.level.map(|l| l.to_u32()).unwrap_or(0),
                names: import
                    .names
                    .iter()
                    .map(|alias| alias.name.to_string())
                    .collect(),
                range: import.range,
            });
        }
        _ => {}
    });
    res
}
