//! Reporting an exception that escaped the program, as CPython's default
//! `sys.excepthook` prints it, and `SystemExit` handling.

use super::print::{format_exception, render_str};
use super::{ExceptionObject, SYSTEM_EXIT, args_of, is_exception, methods::small_int_value};
use crate::object::{Word, cast, is_instance};
use crate::thread::Thread;
use crate::types::none;

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
    match crate::modules::sys_hooks::replaced_hook(ts) {
        0 => crate::modules::write_stderr(&format_exception(ts, exc)),
        hook => unsafe { call_hook(ts, hook, exc) },
    }
    if is_instance(exc, &super::KEYBOARD_INTERRUPT) {
        die_by_sigint();
        // Still alive (SIGINT blocked): CPython's `exit_sigint` then exits
        // with the status a shell shows for the signal.
        return 130;
    }
    1
}

/// Report `exc` through the `sys.excepthook` the program installed (or
/// say it is missing), with CPython's report when the hook itself raises.
#[cold]
unsafe fn call_hook(ts: *mut Thread, hook: Word, exc: Word) {
    if hook == crate::modules::sys_hooks::MISSING {
        crate::modules::write_stderr(b"sys.excepthook is missing\n");
        crate::modules::write_stderr(&format_exception(ts, exc));
        return;
    }
    let pins = unsafe { crate::gc::PinScope::new(ts) };
    pins.pin(exc);
    let tb = pins.pin(super::traceback::traceback_of(ts, exc));
    let args = [crate::object::type_of(exc).as_word(), exc, tb];
    let result = match tb {
        0 => 0,
        _ => unsafe { crate::calls::ty_call(ts, hook, args.as_ptr(), 3, 0) },
    };
    crate::modules::flush_std_streams();
    if result != 0 {
        return;
    }
    let error = unsafe { std::mem::replace(&mut (*ts).exc, 0) };
    let mut text = b"Error in sys.excepthook:\n".to_vec();
    if is_exception(error) {
        text.extend(format_exception(ts, error));
    }
    text.extend_from_slice(b"\nOriginal exception was:\n");
    text.extend(format_exception(ts, exc));
    crate::modules::write_stderr(&text);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::exception::print::{CAUSE_MESSAGE, CONTEXT_MESSAGE};
    use crate::types::{exception, str as str_, tuple};
    use typhon_abi::FrameInfo;

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
            "{}KeyError\n\n{}\n{}TypeError: t\n\n{}\n{}ValueError: v\n",
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
