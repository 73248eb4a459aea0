//! `bytearray`: a mutable byte string. The object owns a Rust `Vec<u8>`
//! (no object words, so the trace visits nothing); the read-only methods
//! of `bytes` work on it through `bytes::data`, and the methods that build
//! byte strings are wrapped to return `bytearray`s (`methods.rs`).

mod items;
mod methods;

use crate::error::{raise, type_error, value_error};
use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast, is_exact, is_instance, type_of};
use crate::thread::Thread;
use crate::types::bytes::{self, codec};
use crate::types::exception::{OVERFLOW_ERROR, TYPE_ERROR};
use crate::types::str::args::{self, small_int};
use crate::types::{int, none, str as str_};
use typhon_abi::{BinOp, ITER_DONE};

#[repr(C)]
pub struct ByteArrayObject {
    pub header: Header,
    pub data: Vec<u8>,
}

// Generated code reads a bytearray's pointer and length in line
// (`typhon_abi::bytes_layout`). `Vec`'s field order is not specified, so it
// is found at compile time: a `Vec` made of three distinct words tells which
// one its length and its capacity come from (the pointer is the third), and
// a toolchain that laid it out differently fails this build.
const _: () = {
    use std::mem::{ManuallyDrop, offset_of, transmute};
    use typhon_abi::bytes_layout::{BYTEARRAY_LEN, BYTEARRAY_PTR};
    const WORDS: [usize; 3] = [8, 16, 24];
    let probe = unsafe { transmute::<[usize; 3], ManuallyDrop<Vec<u8>>>(WORDS) };
    // `ManuallyDrop` is transparent; its `Deref` is not usable in a const.
    let vec = unsafe { &*(&raw const probe).cast::<Vec<u8>>() };
    let (len, cap) = (vec.len(), vec.capacity());
    // Word k holds 8 * (k + 1): its byte offset is its value less 8.
    let len_at = len - 8;
    let ptr_at = (8 + 16 + 24) - len - cap - 8;
    let data = offset_of!(ByteArrayObject, data);
    assert!(size_of::<Vec<u8>>() == 24);
    assert!(data + len_at == BYTEARRAY_LEN as usize);
    assert!(data + ptr_at == BYTEARRAY_PTR as usize);
};

#[unsafe(export_name = "TY_BYTEARRAY_TYPE")]
pub static BYTEARRAY_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "bytearray",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: Some(finalize),
    slots: Slots {
        repr: Some(repr),
        compare: Some(compare),
        binop: Some(binop),
        truthy: Some(truthy),
        len: Some(len),
        getitem: Some(items::getitem),
        setitem: Some(items::setitem),
        delitem: Some(items::delitem),
        contains: Some(contains),
        iter: Some(bytes::iter::iter),
        construct: Some(construct),
        ..Slots::EMPTY
    },
    methods: methods::METHODS,
};

unsafe fn finalize(obj: *mut Header) {
    unsafe { std::ptr::drop_in_place(&mut cast::<ByteArrayObject>(obj as Word).data) };
}

/// A new `bytearray` owning `data`; 0 with `MemoryError` pending.
pub fn new(ts: *mut Thread, data: Vec<u8>) -> Word {
    unsafe {
        gc::alloc_value(
            ts,
            &BYTEARRAY_TYPE,
            ByteArrayObject {
                header: Header::new_static(&BYTEARRAY_TYPE),
                data,
            },
        )
    }
}

pub fn is_bytearray(w: Word) -> bool {
    // Subclass instances start with the same layout.
    !crate::object::is_small(w) && crate::object::type_of(w).is_subtype(&BYTEARRAY_TYPE)
}

/// The contents of a `bytearray`.
///
/// # Safety
/// `w` must be a `bytearray`; the slice is valid until it is next mutated.
pub unsafe fn data<'a>(w: Word) -> &'a [u8] {
    unsafe { &cast::<ByteArrayObject>(w).data }
}

/// The buffer of a `bytearray`, mutable.
///
/// # Safety
/// `w` must be a `bytearray`.
pub(crate) unsafe fn buffer<'a>(w: Word) -> &'a mut Vec<u8> {
    unsafe { &mut cast::<ByteArrayObject>(w).data }
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    // Unlike `bytes`, CPython escapes `'` even inside double quotes here.
    let data = unsafe { data(w) };
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    // A subclass shows its own name, as in CPython.
    let mut out = crate::object::type_of(w).name.as_bytes().to_vec();
    out.extend_from_slice(b"(b");
    out.push(quote);
    for byte in data {
        match *byte {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..0x7F => out.push(*byte),
            c => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
        }
    }
    out.push(quote);
    out.push(b')');
    str_::from_parts(ts, &out, out.len(), true)
}

unsafe fn compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    unsafe { bytes::compare(ts, op, a, b) }
}

unsafe fn truthy(_ts: *mut Thread, w: Word) -> i32 {
    (!unsafe { data(w) }.is_empty()) as i32
}

unsafe fn len(_ts: *mut Thread, w: Word) -> i64 {
    unsafe { data(w) }.len() as i64
}

unsafe fn contains(ts: *mut Thread, w: Word, item: Word) -> i32 {
    unsafe { bytes::contains(ts, w, item) }
}

unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, reflected: bool) -> Word {
    match BinOp::from_i32(op) {
        Some(BinOp::Add) if !reflected => {
            if !bytes::is_buffer(b) {
                if let Some(result) = unsafe { crate::types::seq::reflected_add(ts, a, b) } {
                    return result;
                }
                return type_error(
                    ts,
                    &format!("can't concat {} to bytearray", type_of(b).name),
                );
            }
            let mut out = unsafe { data(a) }.to_vec();
            out.extend_from_slice(unsafe { bytes::data(b) });
            new(ts, out)
        }
        Some(BinOp::Mul) => {
            let (this, count) = if reflected { (b, a) } else { (a, b) };
            let times = match unsafe { crate::types::seq::repeat_count(ts, count, !reflected) } {
                Ok(Some(n)) => n.max(0) as usize,
                Ok(None) => return none::not_implemented(),
                Err(()) => return 0,
            };
            match unsafe { repeated(ts, data(this), times) } {
                Some(out) => new(ts, out),
                None => 0,
            }
        }
        Some(BinOp::Mod) if !reflected => {
            let text = unsafe { str_::percent::apply_bytes(ts, a, b) };
            if text == 0 {
                0
            } else {
                new(ts, unsafe { bytes::data(text) }.to_vec())
            }
        }
        _ => none::not_implemented(),
    }
}

/// `text * times`, or `None` with `MemoryError` pending.
unsafe fn repeated(ts: *mut Thread, text: &[u8], times: usize) -> Option<Vec<u8>> {
    let Some(total) = text
        .len()
        .checked_mul(times)
        .filter(|t| *t <= isize::MAX as usize)
    else {
        crate::error::memory_error(ts);
        return None;
    };
    let mut out = Vec::new();
    if !str_::reserve(ts, &mut out, Some(total)) {
        return None;
    }
    // One byte is a fill; longer patterns double what is already there,
    // a few large copies instead of one small copy per repetition.
    match text {
        [byte] => out.resize(total, *byte),
        _ if times > 0 => {
            out.extend_from_slice(text);
            while out.len() < total {
                let more = (total - out.len()).min(out.len());
                out.extend_from_within(..more);
            }
        }
        _ => {}
    }
    Some(out)
}

/// `a += b` and `a *= n` change `a` in place; `None` when `op` is neither.
///
/// # Safety
/// `a` must be a `bytearray`, `b` a valid word.
pub unsafe fn in_place(ts: *mut Thread, op: BinOp, a: Word, b: Word) -> Option<Word> {
    match op {
        BinOp::Add => {
            if !bytes::is_buffer(b) {
                // As for lists: `b.__radd__` first, unless a subclass runs
                // its inherited `__iadd__`.
                if std::ptr::eq(type_of(a), &BYTEARRAY_TYPE)
                    && let Some(result) = unsafe { crate::types::seq::reflected_add(ts, a, b) }
                {
                    return Some(result);
                }
                let found = type_of(b).name;
                return Some(type_error(
                    ts,
                    &format!("can't concat {found} to bytearray"),
                ));
            }
            let extra = unsafe { bytes::data(b) }.to_vec();
            unsafe { buffer(a) }.extend_from_slice(&extra);
            Some(a)
        }
        BinOp::Mul => {
            let times = match unsafe { crate::types::seq::repeat_count(ts, b, true) } {
                Ok(Some(n)) => n.max(0) as usize,
                Ok(None) => return None,
                Err(()) => return Some(0),
            };
            let out = unsafe { repeated(ts, data(a), times) };
            Some(match out {
                Some(out) => {
                    *unsafe { buffer(a) } = out;
                    a
                }
                None => 0,
            })
        }
        _ => None,
    }
}

/// The bytes of a `bytes`, `bytearray` or iterable of ints, as `extend`
/// and slice assignment take them; `None` with an exception pending.
///
/// # Safety
/// `source` must be a valid word.
pub(crate) unsafe fn collect(ts: *mut Thread, source: Word, not_iterable: &str) -> Option<Vec<u8>> {
    if !crate::object::is_small(source) && bytes::is_buffer(source) {
        return Some(unsafe { bytes::data(source) }.to_vec());
    }
    let iter = unsafe { crate::entry::ty_iter(ts, source) };
    if iter == 0 {
        let exc = unsafe { (*ts).exc };
        if exc != 0 && is_exact(exc, &TYPE_ERROR) {
            unsafe { (*ts).exc = 0 };
            type_error(ts, not_iterable);
        }
        return None;
    }
    let mut out = Vec::new();
    loop {
        let item = unsafe { crate::entry::ty_iter_next(ts, iter) };
        match item {
            0 => return None,
            ITER_DONE => return Some(out),
            _ => out.push(unsafe { byte_value(ts, item) }?),
        }
    }
}

/// One byte from an int-like value, with CPython's errors.
///
/// # Safety
/// `w` must be a valid word.
pub(crate) unsafe fn byte_value(ts: *mut Thread, w: Word) -> Option<u8> {
    match unsafe { args::size_arg(ts, w) } {
        Some(v) if (0..256).contains(&v) => Some(v as u8),
        Some(_) => {
            value_error(ts, "byte must be in range(0, 256)");
            None
        }
        None => {
            let exc = unsafe { (*ts).exc };
            if exc != 0 && is_exact(exc, &OVERFLOW_ERROR) {
                unsafe { (*ts).exc = 0 };
                value_error(ts, "byte must be in range(0, 256)");
            }
            None
        }
    }
}

/// `bytearray()`, `bytearray(n)`, `bytearray(iterable_of_ints)`,
/// `bytearray(s, encoding[, errors])`.
unsafe extern "C" fn construct(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some([source, encoding, errors]) =
        (unsafe { bytes::constructor_args(ts, "bytearray", args, nargs, kwnames) })
    else {
        return 0;
    };
    if source == 0 {
        if !bytes::encoding_needs_str(ts, encoding, errors) {
            return 0;
        }
        return new(ts, Vec::new());
    }
    if str_::is_str(source) {
        if encoding == 0 {
            return type_error(ts, "string argument without an encoding");
        }
        let encoded = unsafe { codec::encode(ts, source, encoding, errors) };
        if encoded == 0 {
            return 0;
        }
        return new(ts, unsafe { bytes::data(encoded) }.to_vec());
    }
    if !bytes::encoding_needs_str(ts, encoding, errors) {
        return 0;
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
        return new(ts, zeros);
    }
    if is_instance(source, &int::INT_TYPE) {
        return raise(
            ts,
            &OVERFLOW_ERROR,
            "cannot fit 'int' into an index-sized integer",
        );
    }
    if bytes::is_buffer(source) {
        return new(ts, unsafe { bytes::data(source) }.to_vec());
    }
    let iter = unsafe { crate::entry::ty_iter(ts, source) };
    if iter == 0 {
        let exc = unsafe { (*ts).exc };
        if exc != 0 && is_exact(exc, &TYPE_ERROR) {
            unsafe { (*ts).exc = 0 };
            return type_error(
                ts,
                &format!(
                    "cannot convert '{}' object to bytearray",
                    type_of(source).name
                ),
            );
        }
        return 0;
    }
    let mut out = Vec::new();
    loop {
        let item = unsafe { crate::entry::ty_iter_next(ts, iter) };
        match item {
            0 => return 0,
            ITER_DONE => return new(ts, out),
            _ => match unsafe { byte_value(ts, item) } {
                Some(v) => out.push(v),
                None => return 0,
            },
        }
    }
}
