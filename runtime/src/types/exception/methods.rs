//! Exception behaviour: construction, `str`, `repr` and attributes.

use super::{
    ExceptionObject, KEY_ERROR, OS_ERROR, STOP_ITERATION, SYSTEM_EXIT, args_of, is_exception,
};
use crate::object::{TypeObject, Word, cast, is_instance, is_small, small_value};
use crate::thread::Thread;
use crate::types::{bool as bool_, none, str as str_, tuple};

/// `ExcType(*args)`: exceptions take positional arguments only.
///
/// # Safety
/// `args` must hold `nargs` valid words.
pub unsafe fn construct(
    ts: *mut Thread,
    ty: &'static TypeObject,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let has_keywords = kwnames != 0 && !unsafe { tuple::items(kwnames) }.is_empty();
    if ty.is_subtype(&super::group::BASE_EXCEPTION_GROUP) {
        let n_keywords = if has_keywords {
            unsafe { tuple::items(kwnames) }.len() as i64
        } else {
            0
        };
        let positional = unsafe { crate::calls::args::slice(args, nargs - n_keywords) };
        return unsafe { super::group::construct(ts, ty, positional, has_keywords) };
    }
    if has_keywords {
        return crate::error::type_error(ts, &format!("{}() takes no keyword arguments", ty.name));
    }
    let mut items = unsafe { crate::calls::args::slice(args, nargs) };
    let mut ty = ty;
    let mut filename = None;
    let mut unicode_object = None;
    if super::unicode::has_unicode_arguments(ty) {
        match unsafe { super::unicode::check_arguments(ts, ty, items) } {
            Ok(object) => unicode_object = object,
            Err(()) => return 0,
        }
    }
    // CPython's `OSError.__new__`/`__init__`: `OSError(errno, strerror)`
    // becomes the subclass for that errno, and a file name (the third
    // argument, unless None) leaves `args` for the `filename` attribute.
    if ty.is_subtype(&OS_ERROR) && (2..=5).contains(&items.len()) {
        if std::ptr::eq(ty, &OS_ERROR)
            && let Some(code) = crate::types::int::view(items[0]).and_then(|v| v.to_i64())
        {
            ty = os_error_subclass(code);
        }
        if items.len() >= 3 && items[2] != none::none() {
            filename = Some(items[2]);
            items = &items[..2];
        }
    }
    let args = tuple::new(ts, items);
    if args == 0 {
        return 0;
    }
    let exc = super::new(ts, ty, args);
    if exc != 0
        && let Some(object) = unicode_object
    {
        // `UnicodeDecodeError`'s `object` is bytes when a bytearray was given.
        let key = str_::new(ts, "object");
        if key == 0 {
            return 0;
        }
        unsafe { cast::<ExceptionObject>(exc) }
            .attrs
            .push((key, object));
    }
    if exc != 0
        && let Some(name) = filename
    {
        let key = str_::new(ts, "filename");
        if key == 0 {
            return 0;
        }
        unsafe { cast::<ExceptionObject>(exc) }
            .attrs
            .push((key, name));
    }
    exc
}

/// The `OSError` subclass CPython picks for an errno (Linux numbering).
pub fn os_error_subclass(code: i64) -> &'static TypeObject {
    match code {
        11 | 114 | 115 => &super::BLOCKING_IO_ERROR,
        10 => &super::CHILD_PROCESS_ERROR,
        32 | 108 => &super::BROKEN_PIPE_ERROR,
        103 => &super::CONNECTION_ABORTED_ERROR,
        111 => &super::CONNECTION_REFUSED_ERROR,
        104 => &super::CONNECTION_RESET_ERROR,
        17 => &super::FILE_EXISTS_ERROR,
        2 => &super::FILE_NOT_FOUND_ERROR,
        21 => &super::IS_A_DIRECTORY_ERROR,
        20 => &super::NOT_A_DIRECTORY_ERROR,
        4 => &super::INTERRUPTED_ERROR,
        1 | 13 => &super::PERMISSION_ERROR,
        3 => &super::PROCESS_LOOKUP_ERROR,
        110 => &super::TIMEOUT_ERROR,
        _ => &OS_ERROR,
    }
}

/// `str(exc)`: '' without arguments, `str(arg)` with one (`repr(arg)` for
/// `KeyError`, so `KeyError: 'k'`), `str(args)` with several.
///
/// # Safety
/// The words must be valid and of the types the slot is installed for.
pub unsafe fn str(ts: *mut Thread, exc: Word) -> Word {
    if let Some(text) = unsafe { super::unicode::message(ts, exc) } {
        return text;
    }
    let args = unsafe { args_of(exc) };
    if is_instance(exc, &OS_ERROR)
        && (2..=3).contains(&args.len())
        && is_instance(args[0], &crate::types::int::INT_TYPE)
    {
        // A file name set by the runtime (`open()`) is shown as a third part.
        let filename = cast_attr(exc, b"filename");
        if args.len() == 2
            && let Some(name) = filename
        {
            return unsafe { os_error_str(ts, &[args[0], args[1], name]) };
        }
        // A file name of None is not shown.
        let shown = if args.len() == 3 && args[2] == none::none() {
            &args[..2]
        } else {
            args
        };
        return unsafe { os_error_str(ts, shown) };
    }
    match args {
        [] => str_::new(ts, ""),
        [arg] if is_instance(exc, &KEY_ERROR) => unsafe { crate::entry::ty_repr(ts, *arg) },
        [arg] if crate::object::is_exact(*arg, &str_::STR_TYPE) => *arg,
        [arg] => unsafe { crate::entry::ty_str(ts, *arg) },
        _ => unsafe { crate::entry::ty_str(ts, cast::<ExceptionObject>(exc).args) },
    }
}

/// The attribute `name` set on an exception, if any.
fn cast_attr(exc: Word, name: &[u8]) -> Option<Word> {
    unsafe { cast::<ExceptionObject>(exc) }
        .attrs
        .iter()
        .find(|(attr, _)| unsafe { str_::bytes(*attr) } == name)
        .map(|(_, value)| *value)
}

/// `OSError(2, 'No such file')` prints as `[Errno 2] No such file`, with
/// `: 'name'` when a file name is given too.
unsafe fn os_error_str(ts: *mut Thread, args: &[Word]) -> Word {
    let mut text = Vec::new();
    for (idx, part) in args.iter().enumerate() {
        let rendered = if idx == 2 {
            unsafe { crate::entry::ty_repr(ts, *part) }
        } else {
            unsafe { crate::entry::ty_str(ts, *part) }
        };
        if rendered == 0 {
            return 0;
        }
        text.extend_from_slice(match idx {
            0 => b"[Errno ".as_slice(),
            1 => b"] ",
            _ => b": ",
        });
        text.extend_from_slice(unsafe { str_::bytes(rendered) });
    }
    str_::from_bytes(ts, &text)
}

/// `repr(exc)`: `ValueError('x')`, `ValueError('x', 2)`, `ValueError()`.
///
/// # Safety
/// The words must be valid and of the types the slot is installed for.
pub unsafe fn repr(ts: *mut Thread, exc: Word) -> Word {
    let ty = crate::object::type_of(exc);
    let args = unsafe { args_of(exc) };
    let inner = match args {
        [arg] => unsafe { crate::entry::ty_repr(ts, *arg) },
        _ => unsafe { crate::entry::ty_repr(ts, cast::<ExceptionObject>(exc).args) },
    };
    if inner == 0 {
        return 0;
    }
    let mut text = ty.name.as_bytes().to_vec();
    let single = args.len() == 1;
    if single {
        text.push(b'(');
    }
    text.extend_from_slice(unsafe { str_::bytes(inner) });
    if single {
        text.push(b')');
    }
    str_::from_bytes(ts, &text)
}

/// Exception attributes; 0 with nothing pending for names it does not know.
///
/// # Safety
/// The words must be valid and of the types the slot is installed for.
pub unsafe fn getattr(ts: *mut Thread, exc: Word, name: Word) -> Word {
    let obj = unsafe { cast::<ExceptionObject>(exc) };
    let key = unsafe { str_::bytes(name) };
    let or_none = |w: Word| if w == 0 { none::none() } else { w };
    match key {
        b"args" => return obj.args,
        b"__cause__" => return or_none(obj.cause),
        b"__context__" => return or_none(obj.context),
        b"__suppress_context__" => return bool_::from_bool(obj.suppress_context != 0),
        b"__traceback__" => return super::traceback::traceback_of(ts, exc),
        b"message" if obj.group_excs != 0 => return obj.group_message,
        b"exceptions" if obj.group_excs != 0 => return obj.group_excs,
        _ => {}
    }
    if let Some((_, value)) = obj
        .attrs
        .iter()
        .find(|(attr, _)| unsafe { str_::bytes(*attr) } == key)
    {
        return *value;
    }
    if let Some(value) = unsafe { super::unicode::attribute(exc, key) } {
        return value;
    }
    let args = unsafe { args_of(exc) };
    match key {
        // `SystemExit.code` and `StopIteration.value`: the argument, None
        // without one; SystemExit with several arguments has them all.
        b"code" if is_instance(exc, &SYSTEM_EXIT) => match args {
            [] => none::none(),
            [arg] => *arg,
            _ => obj.args,
        },
        b"value" if is_instance(exc, &STOP_ITERATION) => {
            args.first().copied().unwrap_or_else(none::none)
        }
        b"filename" if is_instance(exc, &OS_ERROR) => match args {
            [_, _, name] => *name,
            _ => none::none(),
        },
        // `ImportError(msg, name=..., path=...)`: set attributes are found
        // above; `msg` is the one argument.
        b"name" | b"path" if is_instance(exc, &super::IMPORT_ERROR) => none::none(),
        b"msg" if is_instance(exc, &super::IMPORT_ERROR) => match args {
            [arg] => *arg,
            _ => none::none(),
        },
        b"errno" | b"strerror" if is_instance(exc, &OS_ERROR) => {
            let idx = usize::from(key == b"strerror");
            if (2..=3).contains(&args.len()) {
                args[idx]
            } else {
                none::none()
            }
        }
        _ => {
            let _ = ts;
            0
        }
    }
}

/// Exceptions accept any attribute, as CPython's do (they have a `__dict__`).
///
/// # Safety
/// The words must be valid and of the types the slot is installed for.
pub unsafe fn setattr(ts: *mut Thread, exc: Word, name: Word, value: Word) -> i32 {
    let obj = unsafe { cast::<ExceptionObject>(exc) };
    let key = unsafe { str_::bytes(name) };
    let is_none = value == none::none();
    match key {
        b"message" | b"exceptions" if obj.group_excs != 0 => {
            return crate::error::raise_status(ts, &super::ATTRIBUTE_ERROR, "readonly attribute");
        }
        b"__traceback__" => return unsafe { super::traceback::set_traceback(ts, exc, value) },
        b"args" => {
            let items = match unsafe { crate::calls::args::collect(ts, value) } {
                Some(items) => items,
                None => return -1,
            };
            let args = tuple::new(ts, &items);
            if args == 0 {
                return -1;
            }
            obj.args = args;
        }
        b"__cause__" | b"__context__" => {
            if !is_none && !is_exception(value) {
                let what = if key == b"__cause__" {
                    "cause"
                } else {
                    "context"
                };
                let message = format!("exception {what} must be None or derive from BaseException");
                return crate::error::raise_status(ts, &super::TYPE_ERROR, &message);
            }
            let stored = if is_none { 0 } else { value };
            if key == b"__cause__" {
                obj.cause = stored;
                // Setting `__cause__` implies `__suppress_context__`, as in CPython.
                obj.suppress_context = 1;
            } else {
                obj.context = stored;
            }
        }
        b"__suppress_context__" => {
            let truth = unsafe { crate::entry::ty_truthy(ts, value) };
            if truth < 0 {
                return -1;
            }
            obj.suppress_context = truth as u64;
        }
        _ => match obj
            .attrs
            .iter_mut()
            .find(|(attr, _)| unsafe { str_::bytes(*attr) } == key)
        {
            Some(slot) => slot.1 = value,
            None => obj.attrs.push((name, value)),
        },
    }
    0
}

/// `exc.with_traceback(tb)`: sets `__traceback__` and returns the exception.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn with_traceback(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let args = unsafe { crate::calls::args::slice(args, nargs) };
    if kwnames != 0 || args.len() != 2 {
        let given = args.len().saturating_sub(1);
        return crate::error::type_error(
            ts,
            &format!("BaseException.with_traceback() takes exactly one argument ({given} given)"),
        );
    }
    if unsafe { super::traceback::set_traceback(ts, args[0], args[1]) } < 0 {
        return 0;
    }
    args[0]
}

/// `exc.add_note(note)` (3.11): append a str to the `__notes__` list, which
/// tracebacks print after the exception's message.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn add_note(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let args = unsafe { crate::calls::args::slice(args, nargs) };
    let [exc, note] = args else {
        let given = args.len().saturating_sub(1);
        return crate::error::type_error(
            ts,
            &format!("BaseException.add_note() takes exactly one argument ({given} given)"),
        );
    };
    if kwnames != 0 && !unsafe { tuple::items(kwnames) }.is_empty() {
        return crate::error::type_error(ts, "BaseException.add_note() takes no keyword arguments");
    }
    if !is_instance(*note, &str_::STR_TYPE) {
        let message = format!(
            "note must be a str, not '{}'",
            crate::object::type_of(*note).name
        );
        return crate::error::type_error(ts, &message);
    }
    let obj = unsafe { cast::<ExceptionObject>(*exc) };
    let notes = match obj
        .attrs
        .iter()
        .find(|(attr, _)| unsafe { str_::bytes(*attr) } == b"__notes__")
    {
        Some((_, notes)) => *notes,
        None => {
            let name = str_::new(ts, "__notes__");
            let notes = crate::types::list::new(ts, Vec::new());
            if name == 0 || notes == 0 {
                return 0;
            }
            obj.attrs.push((name, notes));
            notes
        }
    };
    if !is_instance(notes, &crate::types::list::LIST_TYPE) {
        return crate::error::type_error(ts, "Cannot add note: __notes__ is not a list");
    }
    if !unsafe { crate::types::list::items(ts, notes).push(ts, *note) } {
        return 0;
    }
    none::none()
}

/// The integer value of a small int or bool, for exit codes.
pub(super) fn small_int_value(w: Word) -> Option<i64> {
    if is_small(w) {
        Some(small_value(w))
    } else if is_instance(w, &bool_::BOOL_TYPE) {
        Some(unsafe { cast::<bool_::BoolObject>(w).value } as i64)
    } else {
        None
    }
}

/// `BaseException.__init__(self, *args)`: replaces `args` (what a subclass's
/// `super().__init__(msg)` runs).
///
/// # Safety
/// The arguments follow the `NativeFn` convention, `argv[0]` an exception.
pub unsafe extern "C" fn init(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let all = unsafe { crate::calls::args::slice(argv, nargs) };
    let Some((this, rest)) = all.split_first() else {
        return crate::error::type_error(
            ts,
            "descriptor '__init__' of 'BaseException' object needs an argument",
        );
    };
    if kwnames != 0 && !unsafe { tuple::items(kwnames) }.is_empty() {
        let message = format!(
            "{}() takes no keyword arguments",
            crate::object::type_of(*this).name
        );
        return crate::error::type_error(ts, &message);
    }
    if !is_exception(*this) {
        return crate::error::type_error(
            ts,
            "descriptor '__init__' requires a 'BaseException' object",
        );
    }
    let args = tuple::new(ts, rest);
    if args == 0 {
        return 0;
    }
    unsafe { cast::<ExceptionObject>(*this) }.args = args;
    none::none()
}

/// `del exc.name`: the attributes CPython keeps in slots may not be
/// deleted; others come out of the attribute list.
///
/// # Safety
/// `exc` must be an exception and `name` a str.
pub unsafe fn delattr(ts: *mut Thread, exc: Word, name: Word) -> i32 {
    let obj = unsafe { cast::<ExceptionObject>(exc) };
    let key = unsafe { str_::bytes(name) };
    let attr = String::from_utf8_lossy(key);
    match key {
        b"args" | b"__cause__" | b"__context__" | b"__traceback__" => {
            let message = format!("{attr} may not be deleted");
            return crate::error::raise_status(ts, &super::TYPE_ERROR, &message);
        }
        b"__suppress_context__" => {
            return crate::error::raise_status(
                ts,
                &super::TYPE_ERROR,
                "can't delete numeric/char attribute",
            );
        }
        _ => {}
    }
    match obj
        .attrs
        .iter()
        .position(|(stored, _)| unsafe { str_::bytes(*stored) } == key)
    {
        Some(idx) => {
            obj.attrs.remove(idx);
            0
        }
        None => {
            let message = crate::attr::no_attribute(exc, key);
            crate::error::raise_status(ts, &super::ATTRIBUTE_ERROR, &message)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::object::{TypeObject, Word, small};
    use crate::thread::Thread;
    use crate::types::{exception, str as str_};

    /// `str(exc)` and `repr(exc)` for `ty(*args)`, where each argument is a
    /// small int when it parses as one and a str otherwise.
    fn check(ty: &'static TypeObject, args: &[&str], expected_str: &str, expected_repr: &str) {
        let ts = crate::calls::test_thread();
        let args: Vec<Word> = args
            .iter()
            .map(|arg| match arg.parse::<i64>() {
                Ok(value) => small(value).unwrap_or(0),
                Err(_) => str_::new(ts, arg),
            })
            .collect();
        let exc = unsafe { super::construct(ts, ty, args.as_ptr(), args.len() as i64, 0) };
        assert_eq!(render(ts, unsafe { super::str(ts, exc) }), expected_str);
        assert_eq!(render(ts, unsafe { super::repr(ts, exc) }), expected_repr);
    }

    fn render(ts: *mut Thread, text: Word) -> String {
        assert_ne!(text, 0, "raised: {:?}", unsafe { (*ts).exc });
        unsafe { str_::lossy(text) }
    }

    #[test]
    fn str_and_repr() {
        check(&exception::VALUE_ERROR, &[], "", "ValueError()");
        check(
            &exception::VALUE_ERROR,
            &["bad value"],
            "bad value",
            "ValueError('bad value')",
        );
        check(
            &exception::VALUE_ERROR,
            &["x", "2"],
            "('x', 2)",
            "ValueError('x', 2)",
        );
        check(&exception::TYPE_ERROR, &["7"], "7", "TypeError(7)");
    }

    #[test]
    fn key_error_uses_the_repr_of_its_key() {
        check(&exception::KEY_ERROR, &["k"], "'k'", "KeyError('k')");
        check(
            &exception::KEY_ERROR,
            &["k", "1"],
            "('k', 1)",
            "KeyError('k', 1)",
        );
        check(&exception::KEY_ERROR, &[], "", "KeyError()");
    }

    /// CPython maps the errno to a subclass and keeps a file name out of `args`.
    #[test]
    fn os_error_with_errno() {
        check(
            &exception::OS_ERROR,
            &["2", "No such file"],
            "[Errno 2] No such file",
            "FileNotFoundError(2, 'No such file')",
        );
        check(
            &exception::FILE_NOT_FOUND_ERROR,
            &["2", "gone", "a.txt"],
            "[Errno 2] gone: 'a.txt'",
            "FileNotFoundError(2, 'gone')",
        );
    }
}
