//! The `_subprocess` module, native part of `stdlib/subprocess.py`:
//! starting programs with `std::process::Command` (which searches `PATH`
//! like CPython's `execvpe`), their pipes, waiting with a timeout and
//! signals.
//!
//! A child is an int handle into a table of this module, so no Python
//! object owns a process; `communicate` reads both pipes (and writes the
//! input) on helper threads that touch only Rust memory, keeping them
//! across a timeout so a later call resumes where the first stopped.

use crate::calls::args::positional;
use crate::error::type_error;
use crate::gc::PinScope;
use crate::object::Word;
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{bytes, float, int, none, str as str_, tuple};

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

type Reader = Box<dyn Read + Send>;

struct Entry {
    child: Child,
    status: Option<i64>,
    /// The parent's ends of the child's stdout and stderr pipes.
    pipes: [Option<Reader>; 2],
    readers: [Option<JoinHandle<Vec<u8>>>; 2],
    writer: Option<JoinHandle<()>>,
}

static CHILDREN: Mutex<Vec<Option<Entry>>> = Mutex::new(Vec::new());

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("spawn", spawn),
    BuiltinFunctionObject::new_static("pid", pid),
    BuiltinFunctionObject::new_static("write", write),
    BuiltinFunctionObject::new_static("close_stdin", close_stdin),
    BuiltinFunctionObject::new_static("read", read),
    BuiltinFunctionObject::new_static("communicate", communicate),
    BuiltinFunctionObject::new_static("wait", wait),
    BuiltinFunctionObject::new_static("kill", kill),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native_functions(ts, "_subprocess", FUNCTIONS)
}

unsafe extern "C" {
    fn dup(fd: i32) -> i32;
    #[link_name = "kill"]
    fn kill_process(pid: i32, sig: i32) -> i32;
}

fn int_arg(ts: *mut Thread, w: Word) -> Option<i64> {
    unsafe { int::index_value(ts, w, "") }
}

/// Seconds as a float or int, or None for "no limit".
fn seconds_arg(ts: *mut Thread, w: Word) -> Option<Option<f64>> {
    if w == none::none() {
        return Some(None);
    }
    if float::is_float(w) {
        return Some(Some(unsafe { float::value(w) }));
    }
    int_arg(ts, w).map(|v| Some(v as f64))
}

fn strings(w: Word) -> Vec<String> {
    unsafe { tuple::items(w) }
        .iter()
        .map(|item| unsafe { str_::lossy(*item) })
        .collect()
}

/// `fd` duplicated, for a child's standard stream.
fn dup_stdio(fd: i64) -> std::io::Result<Stdio> {
    use std::os::fd::FromRawFd;
    let copy = unsafe { dup(fd as i32) };
    if copy < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(Stdio::from(unsafe {
        std::os::fd::OwnedFd::from_raw_fd(copy)
    }))
}

/// The modes `subprocess.py` passes: -1 inherit, -2 a pipe, -3 `/dev/null`,
/// -4 (stderr only) where stdout goes, or a file descriptor.
fn stdio_for(mode: i64) -> std::io::Result<Stdio> {
    Ok(match mode {
        -1 => Stdio::inherit(),
        -2 => Stdio::piped(),
        -3 => Stdio::null(),
        fd => dup_stdio(fd)?,
    })
}

fn status_code(status: std::process::ExitStatus) -> i64 {
    use std::os::unix::process::ExitStatusExt;
    match status.code() {
        Some(code) => i64::from(code),
        None => -i64::from(status.signal().unwrap_or(0)),
    }
}

/// `spawn(argv, executable, cwd, env, stdin, stdout, stderr)`: start the
/// program; its handle. `argv` is a tuple of str, `executable` and `cwd` a
/// str or None, `env` None or a flat tuple of names and values.
unsafe extern "C" fn spawn(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([program, executable, cwd, env, stdin, stdout, stderr]) =
        (unsafe { positional::<7>(ts, "spawn", argv, n, kw) })
    else {
        return 0;
    };
    let program = strings(program);
    let (Some(stdin), Some(stdout), Some(stderr)) =
        (int_arg(ts, stdin), int_arg(ts, stdout), int_arg(ts, stderr))
    else {
        return 0;
    };
    let Some(first) = program.first() else {
        return crate::error::value_error(ts, "empty argument list");
    };
    let path = if executable == none::none() {
        first.clone()
    } else {
        unsafe { str_::lossy(executable) }
    };
    let mut command = Command::new(&path);
    {
        use std::os::unix::process::CommandExt;
        command.arg0(first);
    }
    command.args(&program[1..]);
    if cwd != none::none() {
        command.current_dir(unsafe { str_::lossy(cwd) });
    }
    if env != none::none() {
        command.env_clear();
        for pair in strings(env).chunks(2) {
            if let [key, value] = pair {
                command.env(key, value);
            }
        }
    }
    let mut merged: Option<Reader> = None;
    let streams = (|| -> std::io::Result<()> {
        command.stdin(stdio_for(stdin)?);
        if stderr == -4 {
            match stdout {
                -2 => {
                    let (reader, writer) = std::io::pipe()?;
                    command.stdout(writer.try_clone()?);
                    command.stderr(writer);
                    merged = Some(Box::new(reader));
                }
                -1 => {
                    command.stdout(Stdio::inherit());
                    command.stderr(Stdio::from(std::io::stdout()));
                }
                -3 => {
                    command.stdout(Stdio::null());
                    command.stderr(Stdio::null());
                }
                fd => {
                    command.stdout(dup_stdio(fd)?);
                    command.stderr(dup_stdio(fd)?);
                }
            }
        } else {
            command.stdout(stdio_for(stdout)?);
            command.stderr(stdio_for(stderr)?);
        }
        Ok(())
    })();
    if let Err(err) = streams {
        return super::os::raise_os_error(ts, &err, &path);
    }
    let mut child = match command.spawn() {
        Ok(child) => child,
        Err(err) => return super::os::raise_os_error(ts, &err, &path),
    };
    // `command` holds the parent's copies of the write ends of a merged
    // pipe: drop them, or reading would never see the end.
    drop(command);
    let out: Option<Reader> = match merged {
        Some(reader) => Some(reader),
        None => child.stdout.take().map(|s| Box::new(s) as Reader),
    };
    let err: Option<Reader> = child.stderr.take().map(|s| Box::new(s) as Reader);
    let entry = Entry {
        child,
        status: None,
        pipes: [out, err],
        readers: [None, None],
        writer: None,
    };
    let mut table = CHILDREN.lock().unwrap_or_else(|e| e.into_inner());
    table.push(Some(entry));
    int::from_i64(ts, table.len() as i64 - 1)
}

/// Run `f` on the entry of `handle`; `None` with `ValueError` pending for a
/// bad handle.
fn with_entry<R>(ts: *mut Thread, handle: Word, f: impl FnOnce(&mut Entry) -> R) -> Option<R> {
    let idx = int_arg(ts, handle)?;
    let mut table = CHILDREN.lock().unwrap_or_else(|e| e.into_inner());
    match usize::try_from(idx)
        .ok()
        .and_then(|i| table.get_mut(i))
        .and_then(|e| e.as_mut())
    {
        Some(entry) => Some(f(entry)),
        None => {
            crate::error::value_error(ts, "no such child process");
            None
        }
    }
}

unsafe extern "C" fn pid(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([handle]) = (unsafe { positional::<1>(ts, "pid", argv, n, kw) }) else {
        return 0;
    };
    match with_entry(ts, handle, |e| e.child.id()) {
        Some(id) => int::from_i64(ts, i64::from(id)),
        None => 0,
    }
}

/// `write(handle, data)`: all of `data` to the child's stdin.
unsafe extern "C" fn write(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([handle, data]) = (unsafe { positional::<2>(ts, "write", argv, n, kw) }) else {
        return 0;
    };
    if !bytes::is_buffer(data) {
        return type_error(ts, "write: data must be bytes");
    }
    let data = unsafe { bytes::data(data) }.to_vec();
    let result = with_entry(ts, handle, |e| match e.child.stdin.as_mut() {
        Some(stdin) => stdin.write_all(&data).and_then(|()| stdin.flush()),
        None => Ok(()),
    });
    match result {
        Some(Ok(())) => none::none(),
        Some(Err(err)) => super::os::raise_os_error_no_path(ts, &err),
        None => 0,
    }
}

unsafe extern "C" fn close_stdin(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([handle]) = (unsafe { positional::<1>(ts, "close_stdin", argv, n, kw) }) else {
        return 0;
    };
    match with_entry(ts, handle, |e| drop(e.child.stdin.take())) {
        Some(()) => none::none(),
        None => 0,
    }
}

/// `read(handle, which, size)`: up to `size` bytes (all, to the end, when
/// negative) from the child's stdout (`which` 0) or stderr (1); `b''` at
/// the end.
unsafe extern "C" fn read(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([handle, which, size]) = (unsafe { positional::<3>(ts, "read", argv, n, kw) }) else {
        return 0;
    };
    let (Some(which), Some(size)) = (int_arg(ts, which), int_arg(ts, size)) else {
        return 0;
    };
    let which = usize::from(which != 0);
    let result = with_entry(ts, handle, |e| {
        let mut out = Vec::new();
        let Some(pipe) = e.pipes[which].as_mut() else {
            return Ok(out);
        };
        if size < 0 {
            pipe.read_to_end(&mut out)?;
        } else {
            out.resize(size as usize, 0);
            let got = loop {
                match pipe.read(&mut out) {
                    Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
                    other => break other?,
                }
            };
            out.truncate(got);
        }
        Ok(out)
    });
    match result {
        Some(Ok(data)) => bytes::new(ts, &data),
        Some(Err(err)) => super::os::raise_os_error_no_path(ts, &err),
        None => 0,
    }
}

/// Reap the child if it has ended, waiting up to `limit` (forever when
/// `None`); its return code, or `None` while it runs.
fn reap(entry: &mut Entry, limit: Option<Duration>) -> std::io::Result<Option<i64>> {
    if entry.status.is_some() {
        return Ok(entry.status);
    }
    let Some(limit) = limit else {
        let status = entry.child.wait()?;
        entry.status = Some(status_code(status));
        return Ok(entry.status);
    };
    let deadline = Instant::now() + limit;
    let mut pause = Duration::from_micros(100);
    loop {
        if let Some(status) = entry.child.try_wait()? {
            entry.status = Some(status_code(status));
            return Ok(entry.status);
        }
        let now = Instant::now();
        if now >= deadline {
            return Ok(None);
        }
        std::thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}

/// `wait(handle, timeout)`: the return code, or None when `timeout`
/// seconds (a number; None waits for ever, 0 only polls) pass first.
unsafe extern "C" fn wait(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([handle, timeout]) = (unsafe { positional::<2>(ts, "wait", argv, n, kw) }) else {
        return 0;
    };
    let Some(timeout) = seconds_arg(ts, timeout) else {
        return 0;
    };
    let limit = timeout.map(|s| Duration::from_secs_f64(s.max(0.0)));
    match with_entry(ts, handle, |e| reap(e, limit)) {
        Some(Ok(Some(code))) => int::from_i64(ts, code),
        Some(Ok(None)) => none::none(),
        Some(Err(err)) => super::os::raise_os_error_no_path(ts, &err),
        None => 0,
    }
}

/// `communicate(handle, input, timeout)`: write `input` (bytes or None)
/// and close stdin, read stdout and stderr to their ends and wait;
/// `(stdout, stderr)` (each None unless piped), or None on a timeout (a
/// later call goes on).
unsafe extern "C" fn communicate(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([handle, input, timeout]) =
        (unsafe { positional::<3>(ts, "communicate", argv, n, kw) })
    else {
        return 0;
    };
    let Some(timeout) = seconds_arg(ts, timeout) else {
        return 0;
    };
    let input = if bytes::is_buffer(input) {
        Some(unsafe { bytes::data(input) }.to_vec())
    } else {
        None
    };
    let deadline = timeout.map(|s| Instant::now() + Duration::from_secs_f64(s.max(0.0)));
    let started = with_entry(ts, handle, |e| {
        if let Some(mut stdin) = e.child.stdin.take() {
            let data = input.unwrap_or_default();
            e.writer = Some(std::thread::spawn(move || {
                // A child that exits without reading gives a broken pipe,
                // which CPython's communicate ignores too.
                let _ = stdin.write_all(&data);
            }));
        }
        let mut piped = [false; 2];
        for (idx, slot) in e.pipes.iter_mut().enumerate() {
            if let Some(mut pipe) = slot.take() {
                e.readers[idx] = Some(std::thread::spawn(move || {
                    let mut out = Vec::new();
                    let _ = pipe.read_to_end(&mut out);
                    out
                }));
            }
            piped[idx] = e.readers[idx].is_some();
        }
        piped
    });
    let Some(piped) = started else {
        return 0;
    };
    // Wait for the child outside the table's lock, polling while a
    // deadline applies.
    let done = with_entry(ts, handle, |e| {
        let limit = deadline.map(|d| d.saturating_duration_since(Instant::now()));
        let finished = |e: &Entry| e.readers.iter().flatten().all(|r| r.is_finished());
        if let Some(limit) = limit {
            let end = Instant::now() + limit;
            while !finished(e) {
                if Instant::now() >= end {
                    return Ok(false);
                }
                std::thread::sleep(Duration::from_millis(1));
            }
            return reap(e, Some(end.saturating_duration_since(Instant::now())))
                .map(|code| code.is_some());
        }
        reap(e, None).map(|_| true)
    });
    match done {
        Some(Ok(true)) => {}
        Some(Ok(false)) => return none::none(),
        Some(Err(err)) => return super::os::raise_os_error_no_path(ts, &err),
        None => return 0,
    }
    let outputs = with_entry(ts, handle, |e| {
        if let Some(writer) = e.writer.take() {
            let _ = writer.join();
        }
        let mut outputs: [Option<Vec<u8>>; 2] = [None, None];
        for (idx, reader) in e.readers.iter_mut().enumerate() {
            if let Some(reader) = reader.take() {
                outputs[idx] = Some(reader.join().unwrap_or_default());
            } else if piped[idx] {
                outputs[idx] = Some(Vec::new());
            }
        }
        outputs
    });
    let Some(outputs) = outputs else {
        return 0;
    };
    let pins = unsafe { PinScope::new(ts) };
    let mut words = [none::none(); 2];
    for (word, output) in words.iter_mut().zip(&outputs) {
        if let Some(data) = output {
            *word = pins.pin(bytes::new(ts, data));
            if *word == 0 {
                return 0;
            }
        }
    }
    tuple::new(ts, &words)
}

/// `kill(handle, signal)`: send `signal` unless the child was reaped.
unsafe extern "C" fn kill(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([handle, signal]) = (unsafe { positional::<2>(ts, "kill", argv, n, kw) }) else {
        return 0;
    };
    let Some(signal) = int_arg(ts, signal) else {
        return 0;
    };
    let sent = with_entry(ts, handle, |e| {
        if e.status.is_none() {
            unsafe { kill_process(e.child.id() as i32, signal as i32) };
        }
    });
    match sent {
        Some(()) => none::none(),
        None => 0,
    }
}
