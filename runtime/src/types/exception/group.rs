//! `BaseExceptionGroup` and `ExceptionGroup` (3.11): construction with
//! CPython's checks, `str`, `split`, `subgroup` and `derive`.
//!
//! `ExceptionGroup` derives from both `BaseExceptionGroup` and `Exception`;
//! a static type has one `base`, so the second one is listed in
//! [`EXTRA_BASES`], which `TypeObject::is_subtype` and `class::mro_of`
//! read. What `except*` runs is in `star`.

use super::{BASE_EXCEPTION, EXCEPTION, ExceptionObject, is_exception, notes_of};
use crate::object::{Header, Slots, TypeObject, Word, cast, is_instance};
use crate::thread::Thread;
use crate::types::{list, none, str as str_, tuple};

pub static BASE_EXCEPTION_GROUP: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "BaseExceptionGroup",
    base: &BASE_EXCEPTION,
    trace: Some(super::trace),
    finalize: Some(super::finalize),
    slots: GROUP_SLOTS,
    methods: GROUP_METHODS,
};

pub static EXCEPTION_GROUP: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "ExceptionGroup",
    base: &BASE_EXCEPTION_GROUP,
    trace: Some(super::trace),
    finalize: Some(super::finalize),
    slots: GROUP_SLOTS,
    methods: crate::methods::Methods::EMPTY,
};

/// Second bases of built-in types: `(type, extra base)`. The MRO puts the
/// extra base's line after the first base's own ancestors.
pub static EXTRA_BASES: [(&TypeObject, &TypeObject); 1] = [(&EXCEPTION_GROUP, &EXCEPTION)];

/// The second base of a built-in type, if it has one.
pub fn extra_base(ty: *const TypeObject) -> Option<&'static TypeObject> {
    EXTRA_BASES
        .iter()
        .find(|(with, _)| std::ptr::eq(*with, ty))
        .map(|(_, extra)| *extra)
}

const GROUP_SLOTS: Slots = Slots {
    str: Some(str),
    ..super::EXCEPTION_SLOTS
};

crate::method_table! {
static GROUP_METHODS = "ExceptionGroup" [
    Method {
        name: "split",
        func: split,
    },
    Method {
        name: "subgroup",
        func: subgroup,
    },
    Method {
        name: "derive",
        func: derive,
    },
];
}

/// Whether `w` is an exception group.
pub fn is_group(w: Word) -> bool {
    w != 0 && is_instance(w, &BASE_EXCEPTION_GROUP)
}

/// The `exceptions` of a group (empty for a group that was never set up).
///
/// # Safety
/// `group` must be an exception.
pub unsafe fn members<'a>(group: Word) -> &'a [Word] {
    let excs = unsafe { cast::<ExceptionObject>(group) }.group_excs;
    if excs == 0 {
        &[]
    } else {
        unsafe { tuple::items(excs) }
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)` then `__init__`'s
/// keyword check: `BaseExceptionGroup` becomes `ExceptionGroup` when every
/// member is an `Exception`, and `ExceptionGroup` (or a user subclass of
/// `Exception`) refuses members that are not.
///
/// # Safety
/// `ty` must derive from `BaseExceptionGroup`; `args` are valid words.
pub unsafe fn construct(
    ts: *mut Thread,
    ty: &'static TypeObject,
    args: &[Word],
    has_keywords: bool,
) -> Word {
    let &[message, excs] = args else {
        let message = format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        );
        return crate::error::type_error(ts, &message);
    };
    if !is_instance(message, &str_::STR_TYPE) {
        let message = format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            crate::error::type_name(message)
        );
        return crate::error::type_error(ts, &message);
    }
    if !is_sequence(excs) {
        return crate::error::type_error(ts, "second argument (exceptions) must be a sequence");
    }
    let members = unsafe { tuple::from_iterable(ts, excs) };
    if members == 0 {
        return 0;
    }
    let items = unsafe { tuple::items(members) };
    if items.is_empty() {
        return crate::error::value_error(
            ts,
            "second argument (exceptions) must be a non-empty sequence",
        );
    }
    let mut nested_base = false;
    for (idx, item) in items.iter().enumerate() {
        if !is_exception(*item) {
            let message = format!("Item {idx} of second argument (exceptions) is not an exception");
            return crate::error::value_error(ts, &message);
        }
        nested_base |= !is_instance(*item, &EXCEPTION);
    }
    let mut cls = ty;
    if std::ptr::eq(ty, &EXCEPTION_GROUP) {
        if nested_base {
            return crate::error::type_error(ts, "Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if std::ptr::eq(ty, &BASE_EXCEPTION_GROUP) {
        if !nested_base {
            cls = &EXCEPTION_GROUP;
        }
    } else if nested_base && ty.is_subtype(&EXCEPTION) {
        let message = format!("Cannot nest BaseExceptions in '{}'", ty.name);
        return crate::error::type_error(ts, &message);
    }
    let arg_tuple = tuple::new(ts, args);
    if arg_tuple == 0 {
        return 0;
    }
    let group = super::new(ts, cls, arg_tuple);
    if group == 0 {
        return 0;
    }
    let obj = unsafe { cast::<ExceptionObject>(group) };
    obj.group_message = message;
    obj.group_excs = members;
    if has_keywords {
        let message = format!("{}() takes no keyword arguments", cls.name);
        return crate::error::type_error(ts, &message);
    }
    group
}

/// `BaseExceptionGroup(message, excs)`, as CPython's
/// `_PyExc_CreateExceptionGroup` makes the groups `except*` raises.
pub fn create(ts: *mut Thread, message: &str, excs: Word) -> Word {
    let text = str_::new(ts, message);
    if text == 0 {
        return 0;
    }
    unsafe { construct(ts, &BASE_EXCEPTION_GROUP, &[text, excs], false) }
}

/// CPython's `PySequence_Check`: a type with item access that is not a
/// mapping.
fn is_sequence(w: Word) -> bool {
    let ty = crate::object::type_of(w);
    ty.slots.getitem.is_some() && !ty.is_subtype(&crate::types::dict::DICT_TYPE)
}

/// `str(group)`: `message (n sub-exceptions)`.
unsafe fn str(ts: *mut Thread, group: Word) -> Word {
    let obj = unsafe { cast::<ExceptionObject>(group) };
    if obj.group_message == 0 {
        return unsafe { super::methods::str(ts, group) };
    }
    let count = unsafe { members(group) }.len();
    let plural = if count == 1 { "" } else { "s" };
    let mut text = unsafe { str_::bytes(obj.group_message) }.to_vec();
    text.extend_from_slice(format!(" ({count} sub-exception{plural})").as_bytes());
    str_::from_bytes(ts, &text)
}

/// What `split` and `subgroup` test each exception with.
#[derive(Clone, Copy)]
pub enum Matcher<'a> {
    /// An exception class or a tuple of them.
    Type(Word),
    /// A Python function called with the exception.
    Predicate(Word),
    /// Leaves that are one of these objects (what `except*` re-raised).
    Leaves(&'a [Word]),
}

/// The matcher `split(condition)` accepts: a function (a Python function,
/// as CPython's `PyFunction_Check`), an exception class, or an exact tuple
/// of exception classes.
fn matcher_of(ts: *mut Thread, condition: Word) -> Option<Matcher<'static>> {
    if crate::object::is_exact(condition, &crate::types::function::FUNCTION_TYPE) {
        return Some(Matcher::Predicate(condition));
    }
    if super::is_exception_type(condition)
        || (crate::object::is_exact(condition, &tuple::TUPLE_TYPE)
            && unsafe { tuple::items(condition) }
                .iter()
                .all(|item| super::is_exception_type(*item)))
    {
        return Some(Matcher::Type(condition));
    }
    crate::error::type_error(
        ts,
        "expected a function, exception type or tuple of exception types",
    );
    None
}

fn matches(ts: *mut Thread, exc: Word, matcher: Matcher) -> Result<bool, ()> {
    match matcher {
        Matcher::Type(kind) => Ok(super::raise::matches_kind(exc, kind)),
        Matcher::Predicate(func) => {
            let result = unsafe { crate::calls::ty_call(ts, func, &exc, 1, 0) };
            if result == 0 {
                return Err(());
            }
            let truth = unsafe { crate::entry::ty_truthy(ts, result) };
            if truth < 0 { Err(()) } else { Ok(truth != 0) }
        }
        Matcher::Leaves(leaves) => Ok(!is_group(exc) && leaves.contains(&exc)),
    }
}

/// The parts of `exc` that match and (with `construct_rest`) that do not,
/// 0 for an empty part; subgroups keep the nesting and metadata of the
/// groups they come from (`derive`, then traceback, cause, context and a
/// copy of the notes).
pub fn split_recursive(
    ts: *mut Thread,
    exc: Word,
    matcher: Matcher,
    construct_rest: bool,
) -> Result<(Word, Word), ()> {
    if matches(ts, exc, matcher)? {
        return Ok((exc, 0));
    }
    if !is_group(exc) {
        return Ok((0, if construct_rest { exc } else { 0 }));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for member in unsafe { members(exc) }.to_vec() {
        let (part_match, part_rest) = split_recursive(ts, member, matcher, construct_rest)?;
        if part_match != 0 {
            matched.push(part_match);
        }
        if part_rest != 0 {
            rest.push(part_rest);
        }
    }
    let matched = subset(ts, exc, matched)?;
    let rest = if construct_rest {
        subset(ts, exc, rest)?
    } else {
        0
    };
    Ok((matched, rest))
}

/// `orig.derive(excs)` with `orig`'s metadata, 0 when `excs` is empty.
fn subset(ts: *mut Thread, orig: Word, excs: Vec<Word>) -> Result<Word, ()> {
    if excs.is_empty() {
        return Ok(0);
    }
    let excs = list::new(ts, excs);
    let name = str_::new(ts, "derive");
    if excs == 0 || name == 0 {
        return Err(());
    }
    let group = unsafe { crate::calls::ty_call_method(ts, orig, name, &excs, 1, 0) };
    if group == 0 {
        return Err(());
    }
    if !is_group(group) {
        crate::error::type_error(ts, "derive must return an instance of BaseExceptionGroup");
        return Err(());
    }
    let source = unsafe { cast::<ExceptionObject>(orig) };
    let (traceback, context, cause) = (source.traceback.clone(), source.context, source.cause);
    let tb_object = source.tb_object;
    let notes = unsafe { notes_of(orig) };
    let target = unsafe { cast::<ExceptionObject>(group) };
    target.traceback = traceback;
    target.tb_object = tb_object;
    target.context = context;
    target.cause = cause;
    // `PyException_SetCause` sets `__suppress_context__`, whatever the cause.
    target.suppress_context = 1;
    if notes != 0 && is_sequence(notes) {
        // The parts get lists of their own.
        let copy = unsafe { list::from_iterable(ts, notes) };
        let key = str_::new(ts, "__notes__");
        if copy == 0 || key == 0 {
            return Err(());
        }
        let target = unsafe { cast::<ExceptionObject>(group) };
        match target
            .attrs
            .iter_mut()
            .find(|(attr, _)| unsafe { str_::bytes(*attr) } == b"__notes__")
        {
            Some(slot) => slot.1 = copy,
            None => target.attrs.push((key, copy)),
        }
    }
    Ok(group)
}

/// The receiver and the one argument of `split`/`subgroup`, with CPython's
/// message for another count.
unsafe fn one_argument(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    what: &str,
) -> Option<(Word, Word)> {
    let args = unsafe { crate::calls::args::slice(args, nargs) };
    match args {
        [group, condition] => Some((*group, *condition)),
        _ => {
            let got = args.len().saturating_sub(1);
            let message = format!("{what} expected 1 argument, got {got}");
            crate::error::type_error(ts, &message);
            None
        }
    }
}

/// `group.split(condition)`: `(match, rest)`, None for an empty part.
unsafe extern "C" fn split(ts: *mut Thread, args: *const Word, nargs: i64, _kw: Word) -> Word {
    let Some((group, condition)) = (unsafe { one_argument(ts, args, nargs, "split") }) else {
        return 0;
    };
    let Some(matcher) = matcher_of(ts, condition) else {
        return 0;
    };
    let Ok((matched, rest)) = split_recursive(ts, group, matcher, true) else {
        return 0;
    };
    tuple::new(ts, &[or_none(matched), or_none(rest)])
}

/// `group.subgroup(condition)`: the matching part or None.
unsafe extern "C" fn subgroup(ts: *mut Thread, args: *const Word, nargs: i64, _kw: Word) -> Word {
    let Some((group, condition)) = (unsafe { one_argument(ts, args, nargs, "subgroup") }) else {
        return 0;
    };
    let Some(matcher) = matcher_of(ts, condition) else {
        return 0;
    };
    match split_recursive(ts, group, matcher, false) {
        Ok((matched, _)) => or_none(matched),
        Err(()) => 0,
    }
}

/// `group.derive(excs)`: `BaseExceptionGroup(group.message, excs)`.
unsafe extern "C" fn derive(ts: *mut Thread, args: *const Word, nargs: i64, _kw: Word) -> Word {
    let args = unsafe { crate::calls::args::slice(args, nargs) };
    let [group, excs] = args else {
        let message = format!(
            "function takes exactly 1 argument ({} given)",
            args.len().saturating_sub(1)
        );
        return crate::error::type_error(ts, &message);
    };
    let message = unsafe { cast::<ExceptionObject>(*group) }.group_message;
    let message = if message == 0 {
        str_::new(ts, "")
    } else {
        message
    };
    unsafe { construct(ts, &BASE_EXCEPTION_GROUP, &[message, *excs], false) }
}

fn or_none(w: Word) -> Word {
    if w == 0 { none::none() } else { w }
}
