//! Core built-in functions: `len`, `repr`, `ascii`, `format`, `ord`, `chr`,
//! `isinstance`, `iter`, `next`, `id`, `callable`.

use crate::calls::args::{self, Args};
use crate::object::{Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::{bool as bool_, bytes, exception, int, str as str_, tuple, type_};

/// `len(x)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn len(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { args::exactly_one(ts, "len", argv, nargs, kwnames) } {
        Some(obj) => unsafe { ty_len(ts, obj) },
        None => 0,
    }
}

/// `len(obj)` for generated code (`Op::Exact`): the builtin without its
/// argument handling; 0 with an exception pending.
///
/// # Safety
/// `ts` is the current thread and `obj` a valid word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_len(ts: *mut Thread, obj: Word) -> Word {
    let ty = type_of(obj);
    match ty.slots.len {
        Some(slot) => match unsafe { slot(ts, obj) } {
            n if n < 0 => 0,
            n => int::from_i64(ts, n),
        },
        None => crate::error::type_error(ts, &format!("object of type '{}' has no len()", ty.name)),
    }
}

/// `repr(x)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn repr(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { args::exactly_one(ts, "repr", argv, nargs, kwnames) } {
        Some(obj) => unsafe { crate::entry::ty_repr(ts, obj) },
        None => 0,
    }
}

/// `ascii(x)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn ascii(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { args::exactly_one(ts, "ascii", argv, nargs, kwnames) } {
        Some(obj) => unsafe { crate::entry::ty_ascii(ts, obj) },
        None => 0,
    }
}

/// `format(x, spec='')`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn format(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "format") || !call.count(ts, "format", 1, 2) {
        return 0;
    }
    let spec = match call.positional.get(1) {
        Some(spec) if !is_instance(*spec, &str_::STR_TYPE) => {
            let message = format!(
                "format() argument 2 must be str, not {}",
                crate::error::argument_type_name(*spec)
            );
            return crate::error::type_error(ts, &message);
        }
        Some(spec) => *spec,
        None => str_::new(ts, ""),
    };
    if spec == 0 {
        return 0;
    }
    unsafe { crate::entry::ty_format(ts, call.positional[0], spec) }
}

/// `ord(c)`: the code point of a one-character str (or the byte of a
/// one-byte bytes).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn ord(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { args::exactly_one(ts, "ord", argv, nargs, kwnames) } {
        Some(obj) => unsafe { ty_str_ord(ts, obj) },
        None => 0,
    }
}

/// `ord(obj)` for generated code (`Op::Exact`), where inference proved
/// `obj` an exact `str` (any object is handled as the builtin does); 0
/// with an exception pending.
///
/// # Safety
/// `ts` is the current thread and `obj` a valid word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_str_ord(ts: *mut Thread, obj: Word) -> Word {
    let length = if is_instance(obj, &str_::STR_TYPE) {
        let text = unsafe { str_::bytes(obj) };
        let chars = unsafe { crate::object::cast::<str_::StrObject>(obj) }.len;
        if chars == 1 {
            return int::from_i64(ts, i64::from(decode_one(text)));
        }
        chars as i64
    } else if let Some(data) = byte_string(obj) {
        // The stored bytes, as CPython reads them: a subclass's
        // `__len__` or `__getitem__` is not called.
        if let [byte] = data {
            return int::from_i64(ts, i64::from(*byte));
        }
        data.len() as i64
    } else {
        let message = format!(
            "ord() expected string of length 1, but {} found",
            type_of(obj).name
        );
        return crate::error::type_error(ts, &message);
    };
    crate::error::type_error(
        ts,
        &format!("ord() expected a character, but string of length {length} found"),
    )
}

/// The bytes of a `bytes` or `bytearray` (or of an instance of a
/// subclass), for `ord`.
fn byte_string<'a>(obj: Word) -> Option<&'a [u8]> {
    if is_instance(obj, &bytes::BYTES_TYPE) {
        Some(unsafe { bytes::data(obj) })
    } else if is_instance(obj, &crate::types::bytearray::BYTEARRAY_TYPE) {
        Some(unsafe { crate::types::bytearray::data(obj) })
    } else {
        None
    }
}

/// `chr(i)`: the one-character string for code point `i` (lone surrogates
/// included, as Python allows them).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn chr(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some(obj) = (unsafe { args::exactly_one(ts, "chr", argv, nargs, kwnames) }) else {
        return 0;
    };
    let Some(code) = args::c_int(ts, obj) else {
        return 0;
    };
    match u32::try_from(code) {
        Ok(code) if code < 0x110000 => str_::from_bytes(ts, &encode_one(code)),
        _ => crate::error::value_error(ts, "chr() arg not in range(0x110000)"),
    }
}

/// `isinstance(x, cls_or_tuple)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn isinstance(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "isinstance") || !call.count(ts, "isinstance", 2, 2) {
        return 0;
    }
    let (obj, mut kind) = (call.positional[0], call.positional[1]);
    match unsafe { crate::types::union::check_args(ts, kind, "isinstance") } {
        Err(()) => return 0,
        Ok(Some(args)) => kind = args,
        Ok(None) => {}
    }
    match unsafe { metaclass_check(ts, kind, obj, b"__instancecheck__") } {
        Err(()) => return 0,
        Ok(Some(found)) => return bool_::from_bool(found),
        Ok(None) => {}
    }
    match instance_of(obj, kind) {
        Some(found) => bool_::from_bool(found),
        None => crate::error::type_error(
            ts,
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ),
    }
}

/// `issubclass(cls, cls_or_tuple)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn issubclass(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "issubclass") || !call.count(ts, "issubclass", 2, 2) {
        return 0;
    }
    let cls = call.positional[0];
    if !is_instance(cls, &type_::TYPE_TYPE) {
        return crate::error::type_error(ts, "issubclass() arg 1 must be a class");
    }
    let mut kind = call.positional[1];
    match unsafe { crate::types::union::check_args(ts, kind, "issubclass") } {
        Err(()) => return 0,
        Ok(Some(args)) => kind = args,
        Ok(None) => {}
    }
    match unsafe { metaclass_check(ts, kind, cls, b"__subclasscheck__") } {
        Err(()) => return 0,
        Ok(Some(found)) => return bool_::from_bool(found),
        Ok(None) => {}
    }
    match subclass_of(unsafe { type_::as_type(cls) }, kind) {
        Some(found) => bool_::from_bool(found),
        None => crate::error::type_error(
            ts,
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ),
    }
}

/// `kind.__instancecheck__(value)` or `kind.__subclasscheck__(value)`
/// (`hook`) when `kind` is a class whose metaclass (a user class) defines
/// it, as CPython's `isinstance` / `issubclass` call it, item by item for
/// a tuple; `Ok(None)` when no hook decides (the plain check then runs).
unsafe fn metaclass_check(
    ts: *mut Thread,
    kind: Word,
    value: Word,
    hook: &[u8],
) -> Result<Option<bool>, ()> {
    if is_instance(kind, &tuple::TUPLE_TYPE) {
        for item in unsafe { tuple::items(kind) } {
            match unsafe { metaclass_check(ts, *item, value, hook) }? {
                Some(true) => return Ok(Some(true)),
                Some(false) => continue,
                None => {}
            }
            let plain = if hook == b"__instancecheck__" {
                instance_of(value, *item)
            } else {
                subclass_of(unsafe { type_::as_type(value) }, *item)
            };
            match plain {
                Some(true) => return Ok(Some(true)),
                Some(false) => {}
                None => return Ok(None),
            }
        }
        return Ok(Some(false));
    }
    if !is_instance(kind, &type_::TYPE_TYPE) {
        return Ok(None);
    }
    if hook == b"__instancecheck__" && std::ptr::eq(type_of(value), unsafe { type_::as_type(kind) })
    {
        return Ok(Some(true));
    }
    let meta = type_of(kind);
    if !crate::types::class::is_heap(meta) {
        return Ok(None);
    }
    let mro = crate::types::class::mro_of(meta);
    let Some((check, _)) = crate::types::class::lookup_from(&mro, 0, hook) else {
        return Ok(None);
    };
    let bound = unsafe { crate::types::class::descr::get(ts, check, kind, meta.as_word()) };
    if bound == 0 {
        return Err(());
    }
    let result = unsafe { crate::calls::ty_call(ts, bound, &value, 1, 0) };
    if result == 0 {
        return Err(());
    }
    match unsafe { crate::entry::ty_truthy(ts, result) } {
        truth if truth < 0 => Err(()),
        truth => Ok(Some(truth != 0)),
    }
}

fn subclass_of(cls: &crate::object::TypeObject, kind: Word) -> Option<bool> {
    if is_instance(kind, &type_::TYPE_TYPE) {
        return Some(cls.is_subtype(unsafe { type_::as_type(kind) }));
    }
    if let Some(args) = crate::types::union::args_of(kind) {
        return subclass_of(cls, args);
    }
    if is_instance(kind, &tuple::TUPLE_TYPE) {
        for item in unsafe { tuple::items(kind) } {
            if subclass_of(cls, *item)? {
                return Some(true);
            }
        }
        return Some(false);
    }
    None
}

/// Whether `obj` is an instance of `kind` (a type or nested tuple of
/// types, tried in order); `None` when `kind` holds a non-type before a match.
pub fn instance_of(obj: Word, kind: Word) -> Option<bool> {
    if is_instance(kind, &type_::TYPE_TYPE) {
        return Some(type_of(obj).is_subtype(unsafe { type_::as_type(kind) }));
    }
    if let Some(args) = crate::types::union::args_of(kind) {
        return instance_of(obj, args);
    }
    if is_instance(kind, &tuple::TUPLE_TYPE) {
        for item in unsafe { tuple::items(kind) } {
            if instance_of(obj, *item)? {
                return Some(true);
            }
        }
        return Some(false);
    }
    None
}

/// `iter(x)`, or `iter(callable, sentinel)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn iter(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "iter") || !call.count(ts, "iter", 1, 2) {
        return 0;
    }
    if let [callable, sentinel] = call.positional {
        return super::calliter::new(ts, *callable, *sentinel);
    }
    unsafe { crate::entry::ty_iter(ts, call.positional[0]) }
}

/// `next(iterator[, default])`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn next(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.no_keywords(ts, "next") || !call.count(ts, "next", 1, 2) {
        return 0;
    }
    let iterator = call.positional[0];
    if type_of(iterator).slots.next.is_none() {
        let message = format!("'{}' object is not an iterator", type_of(iterator).name);
        return crate::error::type_error(ts, &message);
    }
    if crate::object::is_exact(iterator, &crate::types::generator::GENERATOR_TYPE) {
        // A generator's return value travels in its StopIteration.
        return unsafe { crate::types::generator::next_or(ts, iterator, call.positional.get(1)) };
    }
    match unsafe { crate::entry::ty_iter_next(ts, iterator) } {
        typhon_abi::ITER_DONE => match call.positional.get(1) {
            Some(default) => *default,
            None => crate::error::raise_with_args(ts, &exception::STOP_ITERATION, &[]),
        },
        item => item,
    }
}

/// `id(x)`: unique among live objects (the address; an inline int's word,
/// which is odd, so it never equals an address).
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn id(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    match unsafe { args::exactly_one(ts, "id", argv, nargs, kwnames) } {
        Some(obj) => int::from_i64(ts, obj as i64),
        None => 0,
    }
}

/// `callable(x)`.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn callable(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    match unsafe { args::exactly_one(ts, "callable", argv, nargs, kwnames) } {
        Some(obj) => bool_::from_bool(type_of(obj).slots.call.is_some()),
        None => 0,
    }
}

/// `exit([code])` and `quit([code])`, the site builtins scripts call:
/// raise `SystemExit(code)`. CPython's are `Quitter` objects whose repr
/// is a hint for the interactive prompt; typhon's are plain functions.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn exit(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    let Some([code]) = call.keywords(ts, "__call__", ["code"]) else {
        return 0;
    };
    if !call.count(ts, "__call__", 0, 1) {
        return 0;
    }
    // `Quitter.__call__(code=None)` always passes its code on.
    let code = call.positional.first().copied().or(code);
    let code = code.unwrap_or_else(crate::types::none::none);
    crate::error::raise_with_args(ts, &exception::SYSTEM_EXIT, &[code])
}

/// The code point of one generalised-UTF-8 character (surrogates included).
fn decode_one(text: &[u8]) -> u32 {
    let lead = u32::from(text.first().copied().unwrap_or(0));
    let tail = |idx: usize| u32::from(text.get(idx).copied().unwrap_or(0x80) & 0x3f);
    match text.len() {
        1 => lead,
        2 => ((lead & 0x1f) << 6) | tail(1),
        3 => ((lead & 0x0f) << 12) | (tail(1) << 6) | tail(2),
        _ => ((lead & 0x07) << 18) | (tail(1) << 12) | (tail(2) << 6) | tail(3),
    }
}

/// Generalised UTF-8 for one code point below 0x110000.
fn encode_one(code: u32) -> Vec<u8> {
    let cont = |shift: u32| 0x80 | ((code >> shift) & 0x3f) as u8;
    match code {
        0..=0x7f => vec![code as u8],
        0x80..=0x7ff => vec![0xc0 | (code >> 6) as u8, cont(0)],
        0x800..=0xffff => vec![0xe0 | (code >> 12) as u8, cont(6), cont(0)],
        _ => vec![0xf0 | (code >> 18) as u8, cont(12), cont(6), cont(0)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_round_trip() {
        for code in [
            0, 0x41, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0xd800, 0xdfff, 0x20ac, 0xffff, 0x10000,
            0x1f600, 0x10ffff,
        ] {
            let encoded = encode_one(code);
            assert_eq!(decode_one(&encoded), code, "{code:#x}");
            if let Some(c) = char::from_u32(code) {
                assert_eq!(encoded, c.to_string().into_bytes());
            }
        }
    }

    #[test]
    fn isinstance_through_the_hierarchy() {
        let t = |ty: &'static crate::object::TypeObject| ty.as_word();
        let one = crate::object::small(1).unwrap_or(0);
        let yes = bool_::from_bool(true);
        assert_eq!(instance_of(one, t(&int::INT_TYPE)), Some(true));
        assert_eq!(instance_of(yes, t(&int::INT_TYPE)), Some(true));
        assert_eq!(instance_of(one, t(&bool_::BOOL_TYPE)), Some(false));
        let ts = crate::calls::test_thread();
        let nested = tuple::new(
            ts,
            &[t(&str_::STR_TYPE), tuple::new(ts, &[t(&int::INT_TYPE)])],
        );
        assert_eq!(instance_of(one, nested), Some(true));
        assert_eq!(
            instance_of(one, tuple::new(ts, &[t(&str_::STR_TYPE), one])),
            None
        );
        assert_eq!(
            instance_of(one, tuple::new(ts, &[t(&int::INT_TYPE), one])),
            Some(true)
        );
        let exc = t(&exception::LOOKUP_ERROR);
        let key_error = exception::new(ts, &exception::KEY_ERROR, tuple::new(ts, &[]));
        assert_eq!(instance_of(key_error, exc), Some(true));
        assert_eq!(
            instance_of(key_error, t(&exception::VALUE_ERROR)),
            Some(false)
        );
    }
}
