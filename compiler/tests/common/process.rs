//! Running typhon and the programs it builds: a time limit, output capture
//! without pipe deadlocks, and commands printed so a developer can paste them.

use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::Failed;

use super::{test_flags, typhon};

/// What a finished process did.
pub struct Finished {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The exit status, or `None` when a signal ended the process.
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub timed_out: bool,
}

impl Finished {
    /// A short description of how the process ended.
    pub fn describe_status(&self) -> String {
        match (self.timed_out, self.code, self.signal) {
            (true, ..) => format!("killed after the {}s time limit", time_limit().as_secs()),
            (false, Some(code), _) => format!("exit status {code}"),
            (false, None, Some(signal)) => {
                format!("killed by signal {signal}{}", signal_name(signal))
            }
            (false, None, None) => "ended without a status".into(),
        }
    }

    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
}

fn signal_name(signal: i32) -> &'static str {
    match signal {
        4 => " (SIGILL)",
        6 => " (SIGABRT)",
        7 => " (SIGBUS)",
        8 => " (SIGFPE)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        _ => "",
    }
}

/// How long one compile or one program run may take: `TYPHON_TEST_TIMEOUT`
/// seconds, 120 by default. The limit only catches hangs: a debug build of
/// typhon compiles a program importing `unittest` in about 30 s on an idle
/// machine, and the collector stress mode is slow.
pub fn time_limit() -> Duration {
    let seconds = std::env::var("TYPHON_TEST_TIMEOUT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(120);
    Duration::from_secs(seconds)
}

/// Run `command` with `stdin` as its standard input, collecting its output;
/// a process still running after [`time_limit`] is killed.
pub fn run_process(mut command: Command, stdin: &[u8]) -> Result<Finished, Failed> {
    // The expectations come from CPython in its UTF-8 mode
    // (scripts/bless.py), which names the default encoding `utf-8`.
    command
        .env("PYTHONUTF8", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // A program starts with the SIGINT disposition it inherits, and a
    // harness launched in the background (`cmd &` without job control)
    // inherits SIGINT ignored: start every program with the default, as
    // `scripts/bless.py` starts CPython, so expectations do not depend on
    // how the tests were launched.
    // SAFETY: between fork and exec only `signal`, which is
    // async-signal-safe, runs.
    unsafe {
        command.pre_exec(|| {
            default_sigint();
            Ok(())
        })
    };
    let mut child = command
        .spawn()
        .map_err(|err| format!("cannot start {command:?}: {err}"))?;
    let mut stdin_pipe = child.stdin.take();
    let input = stdin.to_vec();
    // Each pipe gets its own thread so that a program filling one pipe while
    // we block on another cannot deadlock.
    let writer = std::thread::spawn(move || {
        if let Some(pipe) = stdin_pipe.as_mut() {
            // A program that exits without reading its input closes the
            // pipe; that is not an error of the test.
            let _ = pipe.write_all(&input);
        }
    });
    let stdout = child.stdout.take().map(read_in_thread);
    let stderr = child.stderr.take().map(read_in_thread);
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > time_limit() => {
                timed_out = true;
                let _ = child.kill();
                match child.wait() {
                    Ok(status) => break status,
                    Err(err) => return Err(format!("cannot wait for {command:?}: {err}").into()),
                }
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(err) => return Err(format!("cannot wait for {command:?}: {err}").into()),
        }
    };
    let _ = writer.join();
    let collect = |handle: Option<std::thread::JoinHandle<Vec<u8>>>| {
        handle.and_then(|h| h.join().ok()).unwrap_or_default()
    };
    Ok(Finished {
        stdout: collect(stdout),
        stderr: collect(stderr),
        code: status.code(),
        signal: std::os::unix::process::ExitStatusExt::signal(&status),
        timed_out,
    })
}

fn read_in_thread<R: Read + Send + 'static>(mut pipe: R) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut res = Vec::new();
        let _ = pipe.read_to_end(&mut res);
        res
    })
}

/// A command line as one string a developer can paste into a shell.
pub fn shell_line(program: &str, args: &[String]) -> String {
    let mut res = shell_quote(program);
    for arg in args {
        res.push(' ');
        res.push_str(&shell_quote(arg));
    }
    res
}

fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:+,@%".contains(c));
    if plain {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

/// A compiled test program: the executable and the command that built it.
pub struct Built {
    pub executable: PathBuf,
    pub build_command: String,
}

/// Compile `main` with `typhon build` and the flags of `TYPHON_TEST_FLAGS`
/// into a folder under cargo's temporary directory named after the test.
pub fn build_program(harness: &str, name: &str, main: &Path) -> Result<Built, Failed> {
    build_program_with(harness, name, main, &[])
}

/// [`build_program`] with `extra` flags before those of `TYPHON_TEST_FLAGS`
/// (`--target ...` for the cross harness).
pub fn build_program_with(
    harness: &str,
    name: &str,
    main: &Path,
    extra: &[String],
) -> Result<Built, Failed> {
    let mut flags = extra.to_vec();
    flags.extend(test_flags());
    let flags_slug = if flags.is_empty() {
        "default".to_string()
    } else {
        slug(&flags.join("_"))
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(harness)
        .join(flags_slug)
        .join(slug(name));
    std::fs::create_dir_all(&dir)
        .map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    let executable = dir.join("program");
    // A stale executable must not be run if this build fails.
    let _ = std::fs::remove_file(&executable);
    let mut args = vec![
        "build".to_string(),
        main.to_string_lossy().into_owned(),
        "-o".to_string(),
    ];
    args.push(executable.to_string_lossy().into_owned());
    args.extend(flags);
    let build_command = shell_line(typhon(), &args);
    let mut command = Command::new(typhon());
    command.args(&args);
    let finished = run_process(command, b"")?;
    if finished.code != Some(0) || finished.timed_out {
        return Err(format!(
            "typhon build failed ({}):\n{}\nbuild command:\n  {build_command}",
            finished.describe_status(),
            finished.stderr_text().trim_end()
        )
        .into());
    }
    Ok(Built {
        executable,
        build_command,
    })
}

/// A name made safe for a single path component.
fn slug(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The last `n` lines of `text`, so a runaway stderr does not flood the report.
pub fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(n);
    let mut res = String::new();
    if start > 0 {
        res.push_str(&format!("  ... ({start} lines above)\n"));
    }
    for line in &lines[start..] {
        res.push_str("  ");
        res.push_str(line);
        res.push('\n');
    }
    res.trim_end().to_string()
}

/// Reset SIGINT to its default action (see `run_process`).
fn default_sigint() {
    unsafe extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
    }
    const SIGINT: i32 = 2;
    const SIG_DFL: usize = 0;
    // SAFETY: installs no handler, only the default action.
    unsafe { signal(SIGINT, SIG_DFL) };
}
