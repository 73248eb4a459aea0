//! `bytes`: an immutable byte string stored inline after the header, with a
//! cached hash (the same function as `str`, so `hash(b'a') == hash('a')`).

mod ascii;
pub mod codec;
pub(crate) mod iter;
pub(crate) mod methods;
mod parts;
mod search;
#[cfg(test)]
mod tests;

use crate::error::{index_error, raise, type_error, value_error};
use crate::gc;
use crate::object::{
    GC_STATIC, Header, Slots, TypeObject, Word, cast, is_exact, is_instance, small, type_of,
};
use crate::thread::Thread;
use crate::types::exception::{OVERFLOW_ERROR, TYPE_ERROR};
use crate::types::str::args::{self, Spec, Style, small_int};
use crate::types::{bool as bool_, int, none, slice, str as str_};
use typhon_abi::{BinOp, CmpOp, ITER_DONE};

#[repr(C)]
pub struct BytesObject {
    pub header: Header,
    pub len: u64,
    /// Cached hash; -1 until computed.
    pub hash: i64,
    // The bytes follow.
}

// Generated code reads bytes in line (`typhon_abi::bytes_layout`).
const _: () = {
    use typhon_abi::bytes_layout::{BYTES_DATA, BYTES_LEN};
    assert!(std::mem::offset_of!(BytesObject, len) == BYTES_LEN as usize);
    assert!(std::mem::size_of::<BytesObject>() == BYTES_DATA as usize);
};

#[unsafe(export_name = "TY_BYTES_TYPE")]
pub static BYTES_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "bytes",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        hash: Some(hash),
        compare: Some(compare),
        binop: Some(binop),
        truthy: Some(truthy),
        len: Some(len),
        getitem: Some(getitem),
        contains: Some(contains),
        iter: Some(iter::iter),
        construct: Some(construct),
        ..Slots::EMPTY
    },
    methods: methods::METHODS,
};

/// `b'...'` from generated code.
///
/// # Safety
/// `bytes` must point at `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_bytes_new(ts: *mut Thread, bytes: *const u8, len: i64) -> Word {
    if len <= 0 || bytes.is_null() {
        return new(ts, &[]);
    }
    new(ts, unsafe {
        std::slice::from_raw_parts(bytes, len as usize)
    })
}

/// `b''`: like CPython, every empty `bytes` is this one object
/// (`b'' is bytes()`); its hash (0) is precomputed.
// Only the static empty object is shared: its type word never changes.
unsafe impl Sync for BytesObject {}

static EMPTY: BytesObject = BytesObject {
    header: Header::new_static(&BYTES_TYPE),
    len: 0,
    hash: 0,
};

/// A `bytes` holding a copy of `data` (the shared `b''` when empty); 0
/// with `MemoryError` pending.
pub fn new(ts: *mut Thread, data: &[u8]) -> Word {
    if data.is_empty() {
        return &EMPTY as *const BytesObject as Word;
    }
    let Some(size) = std::mem::size_of::<BytesObject>().checked_add(data.len()) else {
        crate::error::memory_error(ts);
        return 0;
    };
    let obj = unsafe { gc::alloc(ts, size, &BYTES_TYPE) };
    if obj.is_null() {
        return 0;
    }
    unsafe {
        let b = &mut *(obj as *mut BytesObject);
        b.len = data.len() as u64;
        b.hash = -1;
        std::ptr::copy_nonoverlapping(data.as_ptr(), data_ptr(obj as Word), data.len());
    }
    obj as Word
}

/// `b''`.
pub fn empty(ts: *mut Thread) -> Word {
    new(ts, &[])
}

/// The contents of a `bytes` object.
///
/// # Safety
/// `w` must be a `bytes`.
pub unsafe fn data<'a>(w: Word) -> &'a [u8] {
    // The read-only methods are shared with `bytearray`, which views its
    // buffer through here.
    if crate::types::bytearray::is_bytearray(w) {
        return unsafe { crate::types::bytearray::data(w) };
    }
    if crate::types::memoryview::is_memoryview(w) {
        return unsafe { crate::types::memoryview::data(w) };
    }
    unsafe { std::slice::from_raw_parts(data_ptr(w), cast::<BytesObject>(w).len as usize) }
}

pub fn is_bytes(w: Word) -> bool {
    is_instance(w, &BYTES_TYPE)
}

/// A bytes-like operand: `bytes`, `bytearray` or `memoryview`.
pub fn is_buffer(w: Word) -> bool {
    is_bytes(w)
        || crate::types::bytearray::is_bytearray(w)
        || crate::types::memoryview::is_memoryview(w)
}

/// Decode `b` with the `str` (or 0) `encoding` and `errors`, as
/// `b.decode(...)` and `str(b, ...)` do.
///
/// # Safety
/// `b` must be a `bytes`; `encoding` and `errors` 0 or valid words.
pub unsafe fn decode_with(ts: *mut Thread, b: Word, encoding: Word, errors: Word) -> Word {
    unsafe { codec::decode(ts, data(b), encoding, errors) }
}

/// Append the repr of `data` (`b'...'`), as CPython writes it.
pub fn push_repr(out: &mut Vec<u8>, data: &[u8]) {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push(b'b');
    out.push(quote);
    for byte in data {
        match *byte {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            c if c == quote => out.extend_from_slice(&[b'\\', quote]),
            0x20..0x7F => out.push(*byte),
            c => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
        }
    }
    out.push(quote);
}

unsafe fn data_ptr(w: Word) -> *mut u8 {
    unsafe { (w as *mut u8).add(std::mem::size_of::<BytesObject>()) }
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    let mut out = Vec::new();
    push_repr(&mut out, unsafe { data(w) });
    str_::from_parts(ts, &out, out.len(), true)
}

unsafe fn hash(_ts: *mut Thread, w: Word) -> Option<i64> {
    let b = unsafe { cast::<BytesObject>(w) };
    if b.hash == -1 {
        let h = str_::hash_bytes(unsafe { data(w) });
        if b.header.gc & GC_STATIC != 0 {
            return Some(h);
        }
        b.hash = h;
    }
    Some(b.hash)
}

pub(crate) unsafe fn compare(_ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    if !is_buffer(b) {
        return none::not_implemented();
    }
    let ord = unsafe { data(a).cmp(data(b)) };
    let result = match CmpOp::from_i32(op) {
        Some(CmpOp::Lt) => ord.is_lt(),
        Some(CmpOp::Le) => ord.is_le(),
        Some(CmpOp::Eq) => ord.is_eq(),
        Some(CmpOp::Ne) => ord.is_ne(),
        Some(CmpOp::Gt) => ord.is_gt(),
        Some(CmpOp::Ge) => ord.is_ge(),
        None => return none::not_implemented(),
    };
    bool_::from_bool(result)
}

unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, reflected: bool) -> Word {
    match BinOp::from_i32(op) {
        Some(BinOp::Mod) if !reflected => unsafe { str_::percent::apply_bytes(ts, a, b) },
        Some(BinOp::Add) if !reflected => {
            if !is_buffer(b) {
                if let Some(result) = unsafe { crate::types::seq::reflected_add(ts, a, b) } {
                    return result;
                }
                return type_error(ts, &format!("can't concat {} to bytes", type_of(b).name));
            }
            let mut out = unsafe { data(a) }.to_vec();
            out.extend_from_slice(unsafe { data(b) });
            new(ts, &out)
        }
        Some(BinOp::Mul) => {
            let (this, count) = if reflected { (b, a) } else { (a, b) };
            let times = match unsafe { crate::types::seq::repeat_count(ts, count, !reflected) } {
                Ok(Some(n)) => n.max(0) as usize,
                Ok(None) => return crate::types::none::not_implemented(),
                Err(()) => return 0,
            };
            let text = unsafe { data(this) };
            match text
                .len()
                .checked_mul(times)
                .filter(|t| *t <= isize::MAX as usize)
            {
                Some(0) => new(ts, &[]),
                Some(total) => {
                    let mut out = Vec::new();
                    if !str_::reserve(ts, &mut out, Some(total)) {
                        return 0;
                    }
                    (0..times).for_each(|_| out.extend_from_slice(text));
                    new(ts, &out)
                }
                None => raise(ts, &OVERFLOW_ERROR, "repeated bytes are too long"),
            }
        }
        _ => none::not_implemented(),
    }
}

unsafe fn truthy(_ts: *mut Thread, w: Word) -> i32 {
    (unsafe { cast::<BytesObject>(w) }.len != 0) as i32
}

unsafe fn len(_ts: *mut Thread, w: Word) -> i64 {
    unsafe { cast::<BytesObject>(w) }.len as i64
}

unsafe fn getitem(ts: *mut Thread, w: Word, key: Word) -> Word {
    let bytes = unsafe { data(w) };
    if let Some(index) = unsafe { small_int(key) } {
        let index = if index < 0 {
            index + bytes.len() as i64
        } else {
            index
        };
        return match usize::try_from(index).ok().and_then(|i| bytes.get(i)) {
            Some(byte) => small(*byte as i64).unwrap_or(0),
            None => index_error(ts, "index out of range"),
        };
    }
    if is_instance(key, &int::INT_TYPE) {
        return index_error(ts, "cannot fit 'int' into an index-sized integer");
    }
    if is_instance(key, &slice::SLICE_TYPE) {
        let Some((start, _, step, count)) = slice::indices(ts, key, bytes.len() as i64) else {
            return 0;
        };
        let picked: Vec<u8> = (0..count.max(0))
            .map(|k| bytes[(start + k * step) as usize])
            .collect();
        return new(ts, &picked);
    }
    type_error(
        ts,
        &format!(
            "byte indices must be integers or slices, not {}",
            type_of(key).name
        ),
    )
}

pub(crate) unsafe fn contains(ts: *mut Thread, w: Word, item: Word) -> i32 {
    let bytes = unsafe { data(w) };
    if let Some(v) = unsafe { small_int(item) } {
        if !(0..256).contains(&v) {
            value_error(ts, "byte must be in range(0, 256)");
            return -1;
        }
        return bytes.contains(&(v as u8)) as i32;
    }
    if is_buffer(item) {
        return str_::search_bytes(bytes, unsafe { data(item) }).is_some() as i32;
    }
    type_error(
        ts,
        &format!(
            "a bytes-like object is required, not '{}'",
            type_of(item).name
        ),
    );
    -1
}

/// The `(source, encoding, errors)` arguments of `bytes()` or
/// `bytearray()` (`name`), with CPython's type checks of the last two,
/// which come before anything looks at the source.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub(crate) unsafe fn constructor_args(
    ts: *mut Thread,
    name: &'static str,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Option<[Word; 3]> {
    let spec = Spec::new(
        name,
        name,
        0,
        3,
        Style::Keywords(&["source", "encoding", "errors"]),
    );
    let all = unsafe { std::slice::from_raw_parts(args, nargs.max(0) as usize) };
    let parsed = unsafe { args::parse_args::<3>(ts, &spec, all, kwnames) }?;
    for (value, arg) in [(parsed[1], "encoding"), (parsed[2], "errors")] {
        if value != 0 && !str_::is_str(value) {
            let found = crate::error::argument_type_name(value);
            type_error(
                ts,
                &format!("{name}() argument '{arg}' must be str, not {found}"),
            );
            return None;
        }
    }
    Some(parsed)
}

/// False, with `TypeError` raised, when an encoding or errors argument
/// came with a source that is not a str.
pub(crate) fn encoding_needs_str(ts: *mut Thread, encoding: Word, errors: Word) -> bool {
    let message = if encoding != 0 {
        "encoding without a string argument"
    } else if errors != 0 {
        "errors without a string argument"
    } else {
        return true;
    };
    type_error(ts, message);
    false
}

/// `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(s, encoding)`.
unsafe extern "C" fn construct(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some([source, encoding, errors]) =
        (unsafe { constructor_args(ts, "bytes", args, nargs, kwnames) })
    else {
        return 0;
    };
    if source == 0 {
        if encoding != 0 || errors != 0 {
            return type_error(ts, "encoding or errors without sequence argument");
        }
        return empty(ts);
    }
    if str_::is_str(source) {
        if encoding == 0 {
            return type_error(ts, "string argument without an encoding");
        }
        return unsafe { codec::encode(ts, source, encoding, errors) };
    }
    if !encoding_needs_str(ts, encoding, errors) {
        return 0;
    }
    if crate::types::bytearray::is_bytearray(source)
        || crate::types::memoryview::is_memoryview(source)
    {
        return new(ts, unsafe { data(source) });
    }
    if is_bytes(source) {
        return if is_exact(source, &BYTES_TYPE) {
            source
        } else {
            new(ts, unsafe { data(source) })
        };
    }
    if let Some(count) = unsafe { small_int(source) } {
        if count < 0 {
            return value_error(ts, "negative count");
        }
        let mut zeros = Vec::new();
        if !str_::reserve(ts, &mut zeros, Some(count as usize)) {
            return 0;
        }
        zeros.resize(count as usize, 0);
        return new(ts, &zeros);
    }
    if is_instance(source, &int::INT_TYPE) {
        return raise(
            ts,
            &OVERFLOW_ERROR,
            "cannot fit 'int' into an index-sized integer",
        );
    }
    unsafe { from_iterable(ts, source) }
}

/// `bytes(iterable_of_ints)` (also what `int.from_bytes` accepts).
///
/// # Safety
/// `source` must be a valid word.
pub unsafe fn from_object(ts: *mut Thread, source: Word) -> Word {
    unsafe { from_iterable(ts, source) }
}

unsafe fn from_iterable(ts: *mut Thread, source: Word) -> Word {
    let iter = unsafe { crate::entry::ty_iter(ts, source) };
    if iter == 0 {
        let exc = unsafe { (*ts).exc };
        if exc != 0 && is_exact(exc, &TYPE_ERROR) {
            unsafe { (*ts).exc = 0 };
            return type_error(
                ts,
                &format!("cannot convert '{}' object to bytes", type_of(source).name),
            );
        }
        return 0;
    }
    let mut out = Vec::new();
    loop {
        let item = unsafe { crate::entry::ty_iter_next(ts, iter) };
        match item {
            0 => return 0,
            ITER_DONE => return new(ts, &out),
            _ => match unsafe { args::size_arg(ts, item) } {
                Some(v) if (0..256).contains(&v) => out.push(v as u8),
                Some(_) => return value_error(ts, "bytes must be in range(0, 256)"),
                None => return 0,
            },
        }
    }
}
