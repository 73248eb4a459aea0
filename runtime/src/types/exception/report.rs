//! Reporting an exception that escaped the program, as CPython's default
//! `sys.excepthook` prints it, and `SystemExit` handling.

use super::{ExceptionObject, SYSTEM_EXIT, args_of, is_exception, methods::small_int_value};
use crate::object::{Word, cast, is_instance, type_of};
use crate::thread::Thread;
use crate::types::{none, str as str_};
use typhon_abi::FrameInfo;

/// CPython prints at most this many innermost entries (`sys.tracebacklimit`).
const TRACEBACK_LIMIT: usize = 1000;
/// A frame line repeated more often than this is summarised.
const RECURSIVE_CUTOFF: usize = 3;

const CAUSE_MESSAGE: &[u8] =
    b"\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &[u8] =
    b"\nDuring handling of the above exception, another exception occurred:\n\n";

/// Report the pending uncaught exception and return the process exit
/// status: 1, or what a `SystemExit` asks for.
pub fn report_uncaught(ts: *mut Thread) -> i32 {
    crate::modules::flush_std_streams();
    let exc = unsafe { std::mem::replace(&mut (*ts).exc, 0) };
    if !is_exception(exc) {
        return 1;
    }
    if is_instance(exc, &SYSTEM_EXIT) {
        return unsafe { system_exit_status(ts, exc) };
    }
    let text = format_exception(ts, exc);
    crate::modules::write_stderr(&text);
    if is_instance(exc, &super::KEYBOARD_INTERRUPT) {
        die_by_sigint();
        // Still alive (SIGINT blocked): CPython's `exit_sigint` then exits
        // with the status a shell shows for the signal.
        return 130;
    }
    1
}

/// CPython ends a program stopped by an uncaught `KeyboardInterrupt` by
/// killing itself with `SIGINT` (so a calling shell sees the signal, exit
/// status 130), after flushing its output.
#[cfg(not(test))]
fn die_by_sigint() {
    const SIGINT: i32 = 2;
    const SIG_DFL: usize = 0;
    unsafe extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
        fn raise(signum: i32) -> i32;
    }
    crate::modules::flush_std_streams();
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise(SIGINT);
    }
}

/// Unit tests must not kill the test runner.
#[cfg(test)]
fn die_by_sigint() {}

/// `SystemExit(code)`: None exits 0, an int exits with it, anything else is
/// printed to stderr and exits 1.
unsafe fn system_exit_status(ts: *mut Thread, exc: Word) -> i32 {
    let code = match unsafe { args_of(exc) } {
        [] => return 0,
        [code] => *code,
        _ => unsafe { cast::<ExceptionObject>(exc).args },
    };
    if code == none::none() {
        return 0;
    }
    if let Some(value) = small_int_value(code) {
        return value as i32;
    }
    if is_instance(code, &crate::types::int::INT_TYPE) {
        // CPython cannot convert it to a C int and exits with -1.
        return -1;
    }
    let mut text = render_str(ts, code);
    text.push(b'\n');
    crate::modules::write_stderr(&text);
    1
}

/// The full report CPython prints for `exc`: chained causes and contexts
/// first, then each exception's traceback and its `Type: message` line.
pub fn format_exception(ts: *mut Thread, exc: Word) -> Vec<u8> {
    // (exception, the message that links it to the one printed after it)
    let mut chain: Vec<(Word, &[u8])> = vec![(exc, b"")];
    let mut cursor = exc;
    loop {
        let obj = unsafe { cast::<ExceptionObject>(cursor) };
        let (next, message) = if obj.cause != 0 {
            (obj.cause, CAUSE_MESSAGE)
        } else if obj.suppress_context == 0 && obj.context != 0 {
            (obj.context, CONTEXT_MESSAGE)
        } else {
            break;
        };
        if !is_exception(next) || chain.iter().any(|(seen, _)| *seen == next) {
            break;
        }
        chain.push((next, message));
        cursor = next;
    }
    let mut out = Vec::new();
    for (exc, message) in chain.iter().rev() {
        format_one(ts, *exc, &mut out);
        out.extend_from_slice(message);
    }
    out
}

fn format_one(ts: *mut Thread, exc: Word, out: &mut Vec<u8>) {
    let traceback = &unsafe { cast::<ExceptionObject>(exc) }.traceback;
    if !traceback.is_empty() {
        out.extend_from_slice(b"Traceback (most recent call last):\n");
        let shown = &traceback[..traceback.len().min(TRACEBACK_LIMIT)];
        format_entries(shown.iter().rev().copied(), out);
    }
    out.extend_from_slice(crate::types::class::qualified_name(type_of(exc)).as_bytes());
    let message = render_str(ts, exc);
    if !message.is_empty() {
        out.extend_from_slice(b": ");
        out.extend_from_slice(&message);
    }
    out.push(b'\n');
    format_notes(ts, exc, out);
}

/// The notes `add_note` attached (3.11), one per line after the message: a
/// str as it is, anything else through `str()`. CPython 3.11 iterates any
/// sequence, so a str `__notes__` prints one character per line; anything
/// else is shown by its repr.
fn format_notes(ts: *mut Thread, exc: Word, out: &mut Vec<u8>) {
    let obj = unsafe { cast::<ExceptionObject>(exc) };
    let Some(&(_, notes)) = obj
        .attrs
        .iter()
        .find(|(attr, _)| unsafe { str_::bytes(*attr) } == b"__notes__")
    else {
        return;
    };
    let items: Vec<Word> = if is_instance(notes, &crate::types::list::LIST_TYPE) {
        unsafe { crate::types::list::items(notes) }.clone()
    } else if is_instance(notes, &crate::types::tuple::TUPLE_TYPE) {
        unsafe { crate::types::tuple::items(notes) }.to_vec()
    } else if is_instance(notes, &str_::STR_TYPE) {
        for ch in unsafe { str_::lossy(notes) }.chars() {
            out.extend_from_slice(ch.to_string().as_bytes());
            out.push(b'\n');
        }
        return;
    } else {
        let text = unsafe { crate::entry::ty_repr(ts, notes) };
        if text == 0 {
            unsafe { (*ts).exc = 0 };
            out.extend_from_slice(b"<__notes__ repr() failed>\n");
        } else {
            out.extend_from_slice(unsafe { str_::bytes(text) });
            out.push(b'\n');
        }
        return;
    };
    for note in items {
        out.extend_from_slice(&render_str(ts, note));
        out.push(b'\n');
    }
}

/// Frame lines, outermost first, with CPython's summary of runs of the same
/// line (deep recursion prints three entries and a count).
fn format_entries(entries: impl Iterator<Item = (*const FrameInfo, i32)>, out: &mut Vec<u8>) {
    let mut last: Option<(&[u8], i32, &[u8])> = None;
    let mut count = 0;
    for (frame, line) in entries {
        let (file, func, source) = unsafe { frame_texts(frame) };
        if last != Some((file, line, func)) {
            repeated(count, out);
            last = Some((file, line, func));
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        out.extend_from_slice(b"  File \"");
        out.extend_from_slice(file);
        out.extend_from_slice(format!("\", line {line}, in ").as_bytes());
        out.extend_from_slice(func);
        out.push(b'\n');
        if let Some(text) = source_line(source, line) {
            out.extend_from_slice(b"    ");
            out.extend_from_slice(text);
            out.push(b'\n');
        }
    }
    repeated(count, out);
}

fn repeated(count: usize, out: &mut Vec<u8>) {
    if count > RECURSIVE_CUTOFF {
        let more = count - RECURSIVE_CUTOFF;
        let plural = if more > 1 { "s" } else { "" };
        out.extend_from_slice(
            format!("  [Previous line repeated {more} more time{plural}]\n").as_bytes(),
        );
    }
}

/// Line `line` (1-based) of `source` without its indentation or line
/// ending; trailing spaces stay, as CPython prints them.
fn source_line(source: &[u8], line: i32) -> Option<&[u8]> {
    let index = usize::try_from(line).ok()?.checked_sub(1)?;
    let text = source.split(|byte| *byte == b'\n').nth(index)?;
    let text = text.strip_suffix(b"\r").unwrap_or(text);
    let start = text
        .iter()
        .position(|byte| !matches!(byte, b' ' | b'\t' | b'\x0c'))
        .unwrap_or(text.len());
    Some(&text[start..])
}

/// The file, function and source texts of a frame (empty when absent).
unsafe fn frame_texts<'a>(frame: *const FrameInfo) -> (&'a [u8], &'a [u8], &'a [u8]) {
    if frame.is_null() {
        return (b"", b"", b"");
    }
    let text = |ptr: *const u8| -> &'a [u8] {
        if ptr.is_null() {
            b""
        } else {
            unsafe { std::ffi::CStr::from_ptr(ptr as *const std::ffi::c_char) }.to_bytes()
        }
    };
    let frame = unsafe { &*frame };
    (text(frame.file), text(frame.func), text(frame.source))
}

/// `str(w)` as bytes for a report; CPython's placeholder when `str` fails.
fn render_str(ts: *mut Thread, w: Word) -> Vec<u8> {
    if crate::object::is_exact(w, &str_::STR_TYPE) {
        return unsafe { str_::bytes(w) }.to_vec();
    }
    let text = match type_of(w).slots.str {
        Some(slot) => unsafe { slot(ts, w) },
        None => unsafe { crate::entry::ty_str(ts, w) },
    };
    if text == 0 || !is_instance(text, &str_::STR_TYPE) {
        unsafe { (*ts).exc = 0 };
        return b"<exception str() failed>".to_vec();
    }
    unsafe { str_::bytes(text) }.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{exception, tuple};

    struct Frames {
        infos: Vec<FrameInfo>,
    }

    fn frames(source: &'static str) -> Frames {
        let file = c"prog.py".as_ptr() as *const u8;
        let source = Box::leak(format!("{source}\0").into_boxed_str()).as_ptr();
        let infos = [c"<module>", c"f", c"g"]
            .iter()
            .map(|func| FrameInfo {
                file,
                func: func.as_ptr() as *const u8,
                source,
            })
            .collect();
        Frames { infos }
    }

    fn exc(
        ts: *mut Thread,
        ty: &'static crate::object::TypeObject,
        message: &str,
        tb: &[(*const FrameInfo, i32)],
    ) -> Word {
        let args: Vec<Word> = if message.is_empty() {
            vec![]
        } else {
            vec![str_::new(ts, message)]
        };
        let exc = exception::new(ts, ty, tuple::new(ts, &args));
        unsafe { cast::<ExceptionObject>(exc) }.traceback = tb.to_vec();
        exc
    }

    fn check(exc: Word, ts: *mut Thread, expected: &str) {
        let text = format_exception(ts, exc);
        assert_eq!(String::from_utf8_lossy(&text), expected);
    }

    #[test]
    fn simple_traceback() {
        let ts = crate::calls::test_thread();
        let fr = frames("def f():\n    1/0   \nf()\n");
        let e = exc(
            ts,
            &exception::ZERO_DIVISION_ERROR,
            "division by zero",
            &[(&fr.infos[1], 2), (&fr.infos[0], 3)],
        );
        check(
            e,
            ts,
            "Traceback (most recent call last):\n  File \"prog.py\", line 3, in <module>\n    f()\n  File \"prog.py\", line 2, in f\n    1/0   \nZeroDivisionError: division by zero\n",
        );
    }

    #[test]
    fn empty_message_and_missing_line() {
        let ts = crate::calls::test_thread();
        let fr = frames("raise ValueError\n");
        let e = exc(ts, &exception::VALUE_ERROR, "", &[(&fr.infos[0], 9)]);
        check(
            e,
            ts,
            "Traceback (most recent call last):\n  File \"prog.py\", line 9, in <module>\nValueError\n",
        );
    }

    #[test]
    fn recursion_is_summarised() {
        let ts = crate::calls::test_thread();
        let fr = frames("def f(n):\n    return f(n)\nf(0)\n");
        let mut tb = vec![(&fr.infos[1] as *const FrameInfo, 2); 10];
        tb.push((&fr.infos[0], 3));
        let e = exc(
            ts,
            &exception::RECURSION_ERROR,
            "maximum recursion depth exceeded",
            &tb,
        );
        let entry = "  File \"prog.py\", line 2, in f\n    return f(n)\n";
        let expected = format!(
            "Traceback (most recent call last):\n  File \"prog.py\", line 3, in <module>\n    f(0)\n{entry}{entry}{entry}  [Previous line repeated 7 more times]\nRecursionError: maximum recursion depth exceeded\n"
        );
        check(e, ts, &expected);
    }

    #[test]
    fn chained_cause_and_context() {
        let ts = crate::calls::test_thread();
        let fr = frames("a\nb\nc\n");
        let first = exc(ts, &exception::KEY_ERROR, "", &[(&fr.infos[0], 1)]);
        let second = exc(ts, &exception::TYPE_ERROR, "t", &[(&fr.infos[0], 2)]);
        let third = exc(ts, &exception::VALUE_ERROR, "v", &[(&fr.infos[0], 3)]);
        unsafe {
            cast::<ExceptionObject>(second).context = first;
            cast::<ExceptionObject>(third).cause = second;
            cast::<ExceptionObject>(third).context = first;
            cast::<ExceptionObject>(third).suppress_context = 1;
        }
        let tb = |line: &str, n: i32| {
            format!(
                "Traceback (most recent call last):\n  File \"prog.py\", line {n}, in <module>\n    {line}\n"
            )
        };
        let expected = format!(
            "{}KeyError\n{}{}TypeError: t\n{}{}ValueError: v\n",
            tb("a", 1),
            String::from_utf8_lossy(CONTEXT_MESSAGE),
            tb("b", 2),
            String::from_utf8_lossy(CAUSE_MESSAGE),
            tb("c", 3)
        );
        check(third, ts, &expected);
    }

    #[test]
    fn system_exit_codes() {
        let ts = crate::calls::test_thread();
        let status = |args: &[Word]| {
            let exc = exception::new(ts, &SYSTEM_EXIT, tuple::new(ts, args));
            unsafe { system_exit_status(ts, exc) }
        };
        assert_eq!(status(&[]), 0);
        assert_eq!(status(&[none::none()]), 0);
        assert_eq!(status(&[crate::object::small(3).unwrap_or(0)]), 3);
        assert_eq!(status(&[crate::types::bool::from_bool(true)]), 1);
    }
}
