//! The `typhon` command line: flags, reading files, printing diagnostics,
//! running the linker and the built program, exit codes.
//!
//! Exit status: 0 on success, 1 when the program has errors, 2 for bad
//! command-line usage, 101 for an internal compiler error.

mod codegen;
mod diag;
mod driver;
mod infer;
mod link;
mod lower;
mod opt;
mod resolve;
mod syntax;
mod tir;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "typhon",
    version,
    about = "Compile Python 3 programs to native executables"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a program into an executable.
    Build {
        /// The main Python file.
        file: String,
        /// Output path (default: the file's name without `.py`, in the current directory).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Print (or, for `obj`, write) one stage's output instead of linking.
        #[arg(long, value_enum)]
        emit: Option<Emit>,
        #[command(flatten)]
        target: TargetArgs,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Build a program into a cache and run it, passing ARGS and its exit status through.
    Run {
        file: String,
        /// Arguments for the program (after `--`).
        #[arg(last = true)]
        args: Vec<String>,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Run the front end and type inference only.
    Check {
        file: String,
        #[command(flatten)]
        common: CommonArgs,
    },
    /// Explain a diagnostic code.
    Explain { code: String },
    /// List the targets typhon can build for, and whether each one's
    /// runtime archive and linker are present on this machine.
    Targets,
}

/// What to build for and how to link (`typhon build` only).
#[derive(clap::Args, Clone)]
struct TargetArgs {
    /// The target triple to build for (default: this machine); see `typhon targets`.
    #[arg(long, value_name = "TRIPLE")]
    target: Option<String>,
    /// Link a fully static executable (no dynamic loader, no shared libraries).
    #[arg(long = "static")]
    static_: bool,
    /// Leave the dynamic executable's relocations unpacked, so it also runs
    /// with a C library older than glibc 2.36 (about 70 KiB larger).
    #[arg(long)]
    no_packed_relocs: bool,
    /// Keep the symbol table (function names for `perf` and debuggers;
    /// the executable is larger). Executables are stripped by default.
    #[arg(long)]
    keep_symbols: bool,
    /// The runtime archive to link (default: found for the target, see `typhon targets`).
    #[arg(long, value_name = "PATH")]
    runtime: Option<PathBuf>,
    /// The C compiler driver that links (default: `cc`, or the target's cross gcc).
    #[arg(long, value_name = "PROGRAM")]
    linker: Option<String>,
}

#[derive(clap::Args, Clone)]
struct CommonArgs {
    /// Type inference: `full`, `none` (every value dynamically typed), or
    /// `checked` (full, asserting the inferred types at run time).
    #[arg(long, value_enum, default_value_t = Infer::Full)]
    infer: Infer,
    /// Keep every direct call a call (no inlining of small functions), for
    /// debugging and measuring.
    #[arg(long)]
    no_inline: bool,
    /// How diagnostics are printed.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    message_format: MessageFormat,
}

#[derive(ValueEnum, Clone, Copy, PartialEq)]
enum Emit {
    Ast,
    Types,
    Ir,
    Clif,
    Obj,
}

#[derive(ValueEnum, Clone, Copy, PartialEq)]
enum Infer {
    Full,
    None,
    /// Full, plus run-time assertions of the inferred types.
    Checked,
}

#[derive(ValueEnum, Clone, Copy, PartialEq)]
enum MessageFormat {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: internal compiler error: {info}");
        eprintln!("note: this is a bug in typhon; please report it with the input program");
    }));
    match std::panic::catch_unwind(|| run(cli)) {
        Ok(code) => code,
        Err(_) => ExitCode::from(101),
    }
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build {
            file,
            output,
            emit,
            target,
            common,
        } => build(&file, output, emit, &target, &common),
        Command::Run { file, args, common } => run_program(&file, &args, &common),
        Command::Check { file, common } => match front_end(&file, &common) {
            Some(_) => ExitCode::SUCCESS,
            None => ExitCode::from(1),
        },
        Command::Explain { code } => explain(&code),
        Command::Targets => {
            print!("{}", link::target::describe_targets());
            ExitCode::SUCCESS
        }
    }
}

fn read_source(path: &Path) -> std::io::Result<String> {
    std::fs::read_to_string(path)
}

/// Run the front end, print its diagnostics, and return the result when
/// there were no errors.
fn front_end(file: &str, common: &CommonArgs) -> Option<driver::FrontEnd> {
    let mode = match common.infer {
        Infer::Full => infer::InferMode::Full,
        Infer::None => infer::InferMode::None,
        Infer::Checked => infer::InferMode::Checked,
    };
    let result = driver::front_end(file, mode, !common.no_inline, &read_source);
    if !result.diags.is_empty() {
        let text = match common.message_format {
            MessageFormat::Human => diag::render_human(&result.sources, &result.diags),
            MessageFormat::Json => diag::render_json(&result.sources, &result.diags),
        };
        eprint!("{text}");
    }
    if diag::has_errors(&result.diags) || result.program.is_none() {
        return None;
    }
    Some(result)
}

fn build(
    file: &str,
    output: Option<PathBuf>,
    emit: Option<Emit>,
    target_args: &TargetArgs,
    common: &CommonArgs,
) -> ExitCode {
    if emit == Some(Emit::Ast) {
        return emit_ast(file);
    }
    let target = match &target_args.target {
        Some(text) => match link::Target::parse(text) {
            Ok(target) => target,
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
        },
        None => link::Target::host(),
    };
    // Find the runtime and linker before compiling, so a missing cross
    // toolchain is reported at once.
    let link_options = if emit.is_none() {
        match link::LinkOptions::for_target(
            &target,
            target_args.runtime.as_deref(),
            target_args.linker.as_deref(),
            target_args.static_,
        ) {
            Ok(options) => Some(link::LinkOptions {
                packed_relocs: options.packed_relocs && !target_args.no_packed_relocs,
                strip: options.strip && !target_args.keep_symbols,
                ..options
            }),
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(1);
            }
        }
    } else {
        None
    };
    let Some(result) = front_end(file, common) else {
        return ExitCode::from(1);
    };
    let Some(program) = &result.program else {
        return ExitCode::from(1);
    };
    let options = codegen::CodegenOptions::for_target(target.triple.clone());
    match emit {
        Some(Emit::Types) => {
            if let Some(types) = &result.types {
                for line in &types.summary {
                    println!("{line}");
                }
            }
            return ExitCode::SUCCESS;
        }
        Some(Emit::Ir) => {
            print!("{}", tir::printer::print_program(program));
            return ExitCode::SUCCESS;
        }
        Some(Emit::Clif) => {
            return match codegen::emit_clif(program, &options) {
                Ok(text) => {
                    print!("{text}");
                    ExitCode::SUCCESS
                }
                Err(err) => internal_error(&format!("{err:?}")),
            };
        }
        _ => {}
    }
    let output = output.unwrap_or_else(|| default_output(file, emit == Some(Emit::Obj)));
    if emit == Some(Emit::Obj) {
        let object = match codegen::compile(program, &options) {
            Ok(object) => object,
            Err(err) => return internal_error(&format!("code generation failed: {err}")),
        };
        return match std::fs::write(&output, object) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("error: cannot write `{}`: {err}", output.display());
                ExitCode::from(1)
            }
        };
    }
    match link_options {
        Some(link_options) => compile_executable(program, &output, &options, &link_options),
        None => internal_error("no link options for a linked build"),
    }
}

/// Generate code for `program` and link it into an executable at `output`.
fn compile_executable(
    program: &tir::Program,
    output: &Path,
    options: &codegen::CodegenOptions,
    link_options: &link::LinkOptions,
) -> ExitCode {
    let object = match codegen::compile(program, options) {
        Ok(object) => object,
        Err(err) => return internal_error(&format!("code generation failed: {err}")),
    };
    let reach = link::reach::reach(program);
    match link::link(&object, &reach, output, link_options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: linking failed: {err}");
            ExitCode::from(1)
        }
    }
}

fn emit_ast(file: &str) -> ExitCode {
    let text = match read_source(Path::new(file)) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("error: cannot read `{file}`: {err}");
            return ExitCode::from(1);
        }
    };
    let mut sources = diag::SourceMap::default();
    let file_id = sources.add(file.to_string(), text);
    match syntax::parse_module(&sources.file(file_id).text, file, file_id) {
        Ok(body) => {
            for stmt in body {
                println!("{stmt:#?}");
            }
            ExitCode::SUCCESS
        }
        Err(diag) => {
            eprint!("{}", diag::render_human(&sources, &[diag]));
            ExitCode::from(1)
        }
    }
}

/// `app.py` -> `./app` (or `./app.o` for `--emit obj`).
fn default_output(file: &str, object: bool) -> PathBuf {
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "a".into());
    PathBuf::from(if object { format!("{stem}.o") } else { stem })
}

/// Build into the cache (reusing an executable built from the same sources
/// by the same typhon) and run it.
fn run_program(file: &str, args: &[String], common: &CommonArgs) -> ExitCode {
    let Some(result) = front_end(file, common) else {
        return ExitCode::from(1);
    };
    let Some(program) = &result.program else {
        return ExitCode::from(1);
    };
    let cache = cache_dir();
    if let Err(err) = std::fs::create_dir_all(&cache) {
        eprintln!("error: cannot create `{}`: {err}", cache.display());
        return ExitCode::from(1);
    }
    let stem = default_output(file, false);
    let executable = cache.join(format!(
        "{}-{:016x}",
        stem.display(),
        program_key(program, common)
    ));
    if !executable.exists() {
        // Build beside the final name, then rename: a concurrent `typhon run`
        // never sees a half-written executable.
        let partial = cache.join(format!(
            "{}.{}.partial",
            executable.display(),
            std::process::id()
        ));
        let host = link::Target::host();
        let link_options = match link::LinkOptions::for_target(&host, None, None, false) {
            Ok(options) => options,
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(1);
            }
        };
        let options = codegen::CodegenOptions::for_target(host.triple);
        let status = compile_executable(program, &partial, &options, &link_options);
        if status != ExitCode::SUCCESS {
            return status;
        }
        if let Err(err) = std::fs::rename(&partial, &executable) {
            eprintln!("error: cannot write `{}`: {err}", executable.display());
            return ExitCode::from(1);
        }
    }
    let result = std::process::Command::new(&executable).args(args).status();
    match result {
        Ok(status) => match status.code() {
            Some(code) => ExitCode::from(code as u8),
            // Killed by a signal: report it as a shell would.
            None => ExitCode::from(
                128 + std::os::unix::process::ExitStatusExt::signal(&status).unwrap_or(0) as u8,
            ),
        },
        Err(err) => {
            eprintln!("error: cannot run `{}`: {err}", executable.display());
            ExitCode::from(1)
        }
    }
}

/// `$TYPHON_CACHE_DIR`, else `$XDG_CACHE_HOME/typhon`, else `~/.cache/typhon`.
fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("TYPHON_CACHE_DIR") {
        return PathBuf::from(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(dir).join("typhon");
    }
    match std::env::var_os("HOME") {
        Some(home) => PathBuf::from(home).join(".cache").join("typhon"),
        None => std::env::temp_dir().join("typhon-cache"),
    }
}

/// Identifies a build: the compiler's own identity and every module's path
/// and source. Rust's default hasher with its fixed keys is stable across
/// runs of the same typhon binary, which is all the cache needs.
fn program_key(program: &tir::Program, common: &CommonArgs) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    if let Ok(exe) = std::env::current_exe().and_then(std::fs::metadata) {
        exe.len().hash(&mut hasher);
        exe.modified().ok().hash(&mut hasher);
    }
    (common.infer as u8).hash(&mut hasher);
    common.no_inline.hash(&mut hasher);
    for (_, module) in program.modules.iter() {
        module.path.hash(&mut hasher);
        module.source.hash(&mut hasher);
    }
    hasher.finish()
}

fn explain(code: &str) -> ExitCode {
    match diag::explain(code) {
        Some(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("error: no diagnostic named `{code}`");
            ExitCode::from(1)
        }
    }
}

fn internal_error(message: &str) -> ExitCode {
    eprintln!("error: internal compiler error: {message}");
    eprintln!("note: this is a bug in typhon; please report it with the input program");
    ExitCode::from(101)
}
