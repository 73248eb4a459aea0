//! The methods of `bytearray`: the mutating ones, and the `bytes` methods
//! reused on its buffer, wrapped so that byte strings they build come back
//! as `bytearray`s as in CPython.

use super::{buffer, byte_value, collect, data, is_bytearray, new};
use crate::error::{index_error, value_error};
use crate::object::{NativeFn, Word, is_exact, type_of};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::bytes::{self, BYTES_TYPE};
use crate::types::{list, none, seq, tuple};

/// `bytes` methods reused as is (their results are never byte strings),
/// as constants the method table can name.
macro_rules! shared {
    ($($konst:ident = $name:literal;)*) => {
        $(const $konst: NativeFn = bytes_method($name);)*
    };
}

/// `bytes` methods whose byte-string results become `bytearray`s.
macro_rules! wrapped {
    ($($fn_name:ident = $name:literal;)*) => {$(
        unsafe extern "C" fn $fn_name(
            ts: *mut Thread,
            args: *const Word,
            nargs: i64,
            kwnames: Word,
        ) -> Word {
            // A constant, so the table of `bytes` methods is searched at
            // compile time, not linked.
            const METHOD: NativeFn = bytes_method($name);
            let result = unsafe { METHOD(ts, args, nargs, kwnames) };
            unsafe { as_bytearrays(ts, result) }
        }
    )*};
}

/// The `bytes` method called `name`.
const fn bytes_method(name: &str) -> NativeFn {
    let table = bytes::methods::ALL;
    let mut i = 0;
    while i < table.len() {
        if const_eq(table[i].name, name) {
            return table[i].func;
        }
        i += 1;
    }
    panic!("no such bytes method")
}

const fn const_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Turn the `bytes` in a method's result (itself, or the items of a fresh
/// list or tuple) into `bytearray`s; a `bytearray` result is copied, since
/// CPython's methods always return a new one.
unsafe fn as_bytearrays(ts: *mut Thread, result: Word) -> Word {
    if result == 0 || crate::object::is_small(result) {
        return result;
    }
    if is_exact(result, &BYTES_TYPE) || is_bytearray(result) {
        return new(ts, unsafe { bytes::data(result) }.to_vec());
    }
    if is_exact(result, &list::LIST_TYPE) {
        let pins = unsafe { crate::gc::PinScope::new(ts) };
        pins.pin(result);
        let count = unsafe { list::items(ts, result) }.len();
        for i in 0..count {
            let item = unsafe { list::items(ts, result) }[i];
            let converted = unsafe { as_bytearrays(ts, item) };
            if converted == 0 {
                return 0;
            }
            (unsafe { list::items(ts, result) })[i] = converted;
        }
        return result;
    }
    if is_exact(result, &tuple::TUPLE_TYPE) {
        let pins = unsafe { crate::gc::PinScope::new(ts) };
        pins.pin(result);
        let mut items = Vec::new();
        for i in 0..unsafe { tuple::items(result) }.len() {
            let converted = unsafe { as_bytearrays(ts, tuple::items(result)[i]) };
            if converted == 0 {
                return 0;
            }
            items.push(pins.pin(converted));
        }
        return tuple::new(ts, &items);
    }
    result
}

shared! {
    DECODE = "decode";
    HEX = "hex";
    FIND = "find";
    INDEX = "index";
    COUNT = "count";
    STARTSWITH = "startswith";
    ENDSWITH = "endswith";
    RFIND = "rfind";
    RINDEX = "rindex";
    ISALNUM = "isalnum";
    ISALPHA = "isalpha";
    ISASCII = "isascii";
    ISDIGIT = "isdigit";
    ISLOWER = "islower";
    ISSPACE = "isspace";
    ISTITLE = "istitle";
    ISUPPER = "isupper";
    MAKETRANS = "maketrans";
}

wrapped! {
    fromhex = "fromhex";
    join = "join";
    replace = "replace";
    split = "split";
    rsplit = "rsplit";
    splitlines = "splitlines";
    partition = "partition";
    rpartition = "rpartition";
    strip = "strip";
    lstrip = "lstrip";
    rstrip = "rstrip";
    upper = "upper";
    lower = "lower";
    capitalize = "capitalize";
    swapcase = "swapcase";
    title = "title";
    center = "center";
    ljust = "ljust";
    rjust = "rjust";
    zfill = "zfill";
    expandtabs = "expandtabs";
    removeprefix = "removeprefix";
    removesuffix = "removesuffix";
    translate = "translate";
}

#[rustfmt::skip]
crate::method_table! {
pub static METHODS = "bytearray" [
    Method { name: "append", func: append },
    Method { name: "extend", func: extend },
    Method { name: "pop", func: pop },
    Method { name: "insert", func: insert },
    Method { name: "remove", func: remove },
    Method { name: "clear", func: clear },
    Method { name: "copy", func: copy },
    Method { name: "reverse", func: reverse },
    Method { name: "decode", func: DECODE },
    Method { name: "hex", func: HEX },
    Method { name: "find", func: FIND },
    Method { name: "index", func: INDEX },
    Method { name: "count", func: COUNT },
    Method { name: "startswith", func: STARTSWITH },
    Method { name: "endswith", func: ENDSWITH },
    Method { name: "rfind", func: RFIND },
    Method { name: "rindex", func: RINDEX },
    Method { name: "isalnum", func: ISALNUM },
    Method { name: "isalpha", func: ISALPHA },
    Method { name: "isascii", func: ISASCII },
    Method { name: "isdigit", func: ISDIGIT },
    Method { name: "islower", func: ISLOWER },
    Method { name: "isspace", func: ISSPACE },
    Method { name: "istitle", func: ISTITLE },
    Method { name: "isupper", func: ISUPPER },
    Method { name: "maketrans", func: MAKETRANS },
    Method { name: "fromhex", func: fromhex },
    Method { name: "join", func: join },
    Method { name: "replace", func: replace },
    Method { name: "split", func: split },
    Method { name: "rsplit", func: rsplit },
    Method { name: "splitlines", func: splitlines },
    Method { name: "partition", func: partition },
    Method { name: "rpartition", func: rpartition },
    Method { name: "strip", func: strip },
    Method { name: "lstrip", func: lstrip },
    Method { name: "rstrip", func: rstrip },
    Method { name: "upper", func: upper },
    Method { name: "lower", func: lower },
    Method { name: "capitalize", func: capitalize },
    Method { name: "swapcase", func: swapcase },
    Method { name: "title", func: title },
    Method { name: "center", func: center },
    Method { name: "ljust", func: ljust },
    Method { name: "rjust", func: rjust },
    Method { name: "zfill", func: zfill },
    Method { name: "expandtabs", func: expandtabs },
    Method { name: "removeprefix", func: removeprefix },
    Method { name: "removesuffix", func: removesuffix },
    Method { name: "translate", func: translate },
];
}

/// The receiver and the other arguments, checked as CPython checks them:
/// `max == 0` takes nothing, `min == max == 1` exactly one argument, else
/// a positional count.
unsafe fn receiver<'a>(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
    name: &str,
    min: usize,
    max: usize,
) -> Option<(Word, &'a [Word])> {
    let all = unsafe { Args::new(argv, nargs, kwnames) };
    let this = all.pos.first().copied()?;
    let rest = all.skip_self();
    let qualname = format!("bytearray.{name}");
    let ok = match (min, max) {
        (_, 0) => args::none(ts, &rest, &qualname),
        (1, 1) => args::one(ts, &rest, &qualname).is_some(),
        _ => {
            args::no_keywords(ts, &rest, &qualname)
                && args::count(ts, rest.pos.len(), name, min, max)
        }
    };
    ok.then_some((this, rest.pos))
}

unsafe extern "C" fn append(ts: *mut Thread, a: *const Word, n: i64, k: Word) -> Word {
    let Some((this, rest)) = (unsafe { receiver(ts, a, n, k, "append", 1, 1) }) else {
        return 0;
    };
    let Some(byte) = (unsafe { byte_value(ts, rest[0]) }) else {
        return 0;
    };
    unsafe { buffer(this) }.push(byte);
    none::none()
}

unsafe extern "C" fn extend(ts: *mut Thread, a: *const Word, n: i64, k: Word) -> Word {
    let Some((this, rest)) = (unsafe { receiver(ts, a, n, k, "extend", 1, 1) }) else {
        return 0;
    };
    let source = rest[0];
    let message = format!("can't extend bytearray with {}", type_of(source).name);
    let Some(extra) = (unsafe { collect(ts, source, &message) }) else {
        return 0;
    };
    unsafe { buffer(this) }.extend_from_slice(&extra);
    none::none()
}

unsafe extern "C" fn pop(ts: *mut Thread, a: *const Word, n: i64, k: Word) -> Word {
    let Some((this, rest)) = (unsafe { receiver(ts, a, n, k, "pop", 0, 1) }) else {
        return 0;
    };
    let index = match rest.first() {
        Some(&w) => match unsafe { seq::as_integer(ts, w) } {
            Some(i) => i,
            None => return 0,
        },
        None => -1,
    };
    let v = unsafe { buffer(this) };
    if v.is_empty() {
        return index_error(ts, "pop from empty bytearray");
    }
    match seq::normalize(index, v.len()) {
        Some(i) => crate::object::small(v.remove(i) as i64).unwrap_or(0),
        None => index_error(ts, "pop index out of range"),
    }
}

unsafe extern "C" fn insert(ts: *mut Thread, a: *const Word, n: i64, k: Word) -> Word {
    let Some((this, rest)) = (unsafe { receiver(ts, a, n, k, "insert", 2, 2) }) else {
        return 0;
    };
    let Some(index) = (unsafe { seq::as_integer(ts, rest[0]) }) else {
        return 0;
    };
    let Some(byte) = (unsafe { byte_value(ts, rest[1]) }) else {
        return 0;
    };
    let v = unsafe { buffer(this) };
    let len = v.len() as i64;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    v.insert(at as usize, byte);
    none::none()
}

unsafe extern "C" fn remove(ts: *mut Thread, a: *const Word, n: i64, k: Word) -> Word {
    let Some((this, rest)) = (unsafe { receiver(ts, a, n, k, "remove", 1, 1) }) else {
        return 0;
    };
    let Some(byte) = (unsafe { byte_value(ts, rest[0]) }) else {
        return 0;
    };
    let v = unsafe { buffer(this) };
    match v.iter().position(|b| *b == byte) {
        Some(i) => {
            v.remove(i);
            none::none()
        }
        None => value_error(ts, "value not found in bytearray"),
    }
}

unsafe extern "C" fn clear(ts: *mut Thread, a: *const Word, n: i64, k: Word) -> Word {
    let Some((this, _)) = (unsafe { receiver(ts, a, n, k, "clear", 0, 0) }) else {
        return 0;
    };
    unsafe { buffer(this) }.clear();
    none::none()
}

unsafe extern "C" fn copy(ts: *mut Thread, a: *const Word, n: i64, k: Word) -> Word {
    let Some((this, _)) = (unsafe { receiver(ts, a, n, k, "copy", 0, 0) }) else {
        return 0;
    };
    new(ts, unsafe { data(this) }.to_vec())
}

unsafe extern "C" fn reverse(ts: *mut Thread, a: *const Word, n: i64, k: Word) -> Word {
    let Some((this, _)) = (unsafe { receiver(ts, a, n, k, "reverse", 0, 0) }) else {
        return 0;
    };
    unsafe { buffer(this) }.reverse();
    none::none()
}
