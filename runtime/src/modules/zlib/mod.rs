//! The `_zlib` module, native part of `stdlib/zlib.py` (and through it
//! `gzip.py`): compression and decompression states as opaque objects, the
//! checksums, and CPython's output-buffer loop around `deflate()` (its
//! growing block sizes decide where zlib ends stored blocks, so the loop is
//! part of producing CPython's bytes). zlib.py raises the errors from the
//! codes these functions return.

mod checksum;
mod deflate;
mod inflate;
mod lz;
mod stored;
mod trees;

use crate::calls::args::{c_int, positional};
use crate::error::type_error;
use crate::gc::PinScope;
use crate::object::{Header, Slots, TypeObject, Word, cast, is_exact};
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{bytes, int, none, str as str_, tuple};

use deflate::{Deflate, Io};
use inflate::{Inflate, Outcome};

#[repr(C)]
struct DeflateObject {
    header: Header,
    state: Box<Deflate>,
}

#[repr(C)]
struct InflateObject {
    header: Header,
    state: Box<Inflate>,
}

static DEFLATE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "_zlib.Deflate",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: Some(finalize_deflate),
    slots: Slots {
        hash: Some(crate::types::object::identity_hash_slot),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

static INFLATE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "_zlib.Inflate",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: Some(finalize_inflate),
    slots: Slots {
        hash: Some(crate::types::object::identity_hash_slot),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

unsafe fn finalize_deflate(obj: *mut Header) {
    unsafe { std::ptr::drop_in_place(&mut cast::<DeflateObject>(obj as Word).state) };
}

unsafe fn finalize_inflate(obj: *mut Header) {
    unsafe { std::ptr::drop_in_place(&mut cast::<InflateObject>(obj as Word).state) };
}

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("deflate_new", deflate_new),
    BuiltinFunctionObject::new_static("deflate_run", deflate_run),
    BuiltinFunctionObject::new_static("deflate_copy", deflate_copy),
    BuiltinFunctionObject::new_static("deflate_set_dict", deflate_set_dict),
    BuiltinFunctionObject::new_static("inflate_new", inflate_new),
    BuiltinFunctionObject::new_static("inflate_run", inflate_run),
    BuiltinFunctionObject::new_static("inflate_unread", inflate_unread),
    BuiltinFunctionObject::new_static("inflate_copy", inflate_copy),
    BuiltinFunctionObject::new_static("inflate_set_dict", inflate_set_dict),
    BuiltinFunctionObject::new_static("crc32", crc32),
    BuiltinFunctionObject::new_static("adler32", adler32),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native_functions(ts, "_zlib", FUNCTIONS)
}

/// CPython's output buffer grows by these blocks (`BUFFER_BLOCK_SIZE` of
/// its blocks output buffer); the last repeats.
const BLOCKS: [usize; 17] = [
    32 << 10,
    64 << 10,
    256 << 10,
    1 << 20,
    4 << 20,
    8 << 20,
    16 << 20,
    16 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    32 << 20,
    64 << 20,
    64 << 20,
    128 << 20,
    128 << 20,
    256 << 20,
];

fn buffer_arg<'a>(ts: *mut Thread, w: Word) -> Option<&'a [u8]> {
    if !bytes::is_buffer(w) {
        type_error(ts, "a bytes-like object is required");
        return None;
    }
    Some(unsafe { bytes::data(w) })
}

fn deflate_arg<'a>(ts: *mut Thread, w: Word) -> Option<&'a mut Deflate> {
    if crate::object::is_small(w) || !is_exact(w, &DEFLATE_TYPE) {
        type_error(ts, "expected a _zlib deflate state");
        return None;
    }
    Some(&mut unsafe { cast::<DeflateObject>(w) }.state)
}

fn inflate_arg<'a>(ts: *mut Thread, w: Word) -> Option<&'a mut Inflate> {
    if crate::object::is_small(w) || !is_exact(w, &INFLATE_TYPE) {
        type_error(ts, "expected a _zlib inflate state");
        return None;
    }
    Some(&mut unsafe { cast::<InflateObject>(w) }.state)
}

fn new_deflate(ts: *mut Thread, state: Deflate) -> Word {
    let obj = DeflateObject {
        header: Header::new_static(&DEFLATE_TYPE),
        state: Box::new(state),
    };
    unsafe { crate::gc::alloc_value(ts, &DEFLATE_TYPE, obj) }
}

fn new_inflate(ts: *mut Thread, state: Inflate) -> Word {
    let obj = InflateObject {
        header: Header::new_static(&INFLATE_TYPE),
        state: Box::new(state),
    };
    unsafe { crate::gc::alloc_value(ts, &INFLATE_TYPE, obj) }
}

/// `deflate_new(level, wbits, memlevel, strategy)`: a state, or None for
/// options zlib rejects.
unsafe extern "C" fn deflate_new(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some(args) = (unsafe { positional::<4>(ts, "deflate_new", argv, n, kw) }) else {
        return 0;
    };
    let mut ints = [0i32; 4];
    for (slot, w) in ints.iter_mut().zip(args) {
        let Some(v) = c_int(ts, w) else { return 0 };
        *slot = v;
    }
    match Deflate::new(ints[0], ints[1], ints[2], ints[3]) {
        Some(state) => new_deflate(ts, state),
        None => none::none(),
    }
}

/// `deflate_run(state, data, flush)`: feed all of `data` with the flush
/// mode, calling `deflate()` as CPython's loop does (again while the
/// output block is full, the next block larger): the output, or zlib's
/// error code as an int.
unsafe extern "C" fn deflate_run(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state, data, flush]) = (unsafe { positional::<3>(ts, "deflate_run", argv, n, kw) })
    else {
        return 0;
    };
    let Some(state) = deflate_arg(ts, state) else {
        return 0;
    };
    let Some(input) = buffer_arg(ts, data) else {
        return 0;
    };
    let Some(flush) = c_int(ts, flush) else {
        return 0;
    };
    let mut output = Vec::new();
    let mut block = 0;
    let mut io = Io {
        input,
        next_in: 0,
        output: &mut output,
        avail_out: BLOCKS[0],
    };
    loop {
        if io.avail_out == 0 {
            block = (block + 1).min(BLOCKS.len() - 1);
            io.avail_out = BLOCKS[block];
        }
        let err = state.deflate(&mut io, flush);
        if err == deflate::Z_STREAM_ERROR {
            return int::from_i64(ts, i64::from(err));
        }
        if io.avail_out != 0 {
            break;
        }
    }
    bytes::new(ts, &output)
}

unsafe extern "C" fn deflate_copy(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state]) = (unsafe { positional::<1>(ts, "deflate_copy", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = deflate_arg(ts, state) else {
        return 0;
    };
    let copy = state.clone();
    new_deflate(ts, copy)
}

/// `deflate_set_dict(state, zdict)`: zlib's code for `deflateSetDictionary`.
unsafe extern "C" fn deflate_set_dict(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    let Some([state, zdict]) = (unsafe { positional::<2>(ts, "deflate_set_dict", argv, n, kw) })
    else {
        return 0;
    };
    let Some(state) = deflate_arg(ts, state) else {
        return 0;
    };
    let Some(zdict) = buffer_arg(ts, zdict) else {
        return 0;
    };
    int::from_i64(ts, i64::from(state.set_dictionary(zdict)))
}

/// `inflate_set_dict(state, zdict)`: zlib's code for `inflateSetDictionary`.
unsafe extern "C" fn inflate_set_dict(
    ts: *mut Thread,
    argv: *const Word,
    n: i64,
    kw: Word,
) -> Word {
    let Some([state, zdict]) = (unsafe { positional::<2>(ts, "inflate_set_dict", argv, n, kw) })
    else {
        return 0;
    };
    let Some(state) = inflate_arg(ts, state) else {
        return 0;
    };
    let Some(zdict) = buffer_arg(ts, zdict) else {
        return 0;
    };
    int::from_i64(ts, i64::from(state.set_dictionary(zdict)))
}

/// `inflate_new(wbits)`: a state, or None for a `wbits` zlib rejects.
unsafe extern "C" fn inflate_new(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([wbits]) = (unsafe { positional::<1>(ts, "inflate_new", argv, n, kw) }) else {
        return 0;
    };
    let Some(wbits) = c_int(ts, wbits) else {
        return 0;
    };
    match Inflate::new(wbits) {
        Some(state) => new_inflate(ts, state),
        None => none::none(),
    }
}

/// `inflate_run(state, data, max_length)` (-1: no limit): `(output, code,
/// message)` with code 1 at the end of the stream, 0 when more input is
/// needed, 3 when the output reached `max_length`, else zlib's error code
/// with its message or None.
unsafe extern "C" fn inflate_run(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state, data, limit]) = (unsafe { positional::<3>(ts, "inflate_run", argv, n, kw) })
    else {
        return 0;
    };
    let Some(state) = inflate_arg(ts, state) else {
        return 0;
    };
    let Some(input) = buffer_arg(ts, data) else {
        return 0;
    };
    let Some(limit) = c_int(ts, limit) else {
        return 0;
    };
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    state.feed(input);
    let mut output = Vec::new();
    let (code, msg) = match state.run(&mut output, limit) {
        Outcome::End => (1, None),
        Outcome::NeedInput => (0, None),
        Outcome::OutputFull => (3, None),
        Outcome::Error(code, msg) => (code, msg),
    };
    let pins = unsafe { PinScope::new(ts) };
    let out = pins.pin(bytes::new(ts, &output));
    let code = pins.pin(int::from_i64(ts, i64::from(code)));
    let msg = match msg {
        Some(text) => pins.pin(str_::new(ts, text)),
        None => none::none(),
    };
    if out == 0 || code == 0 || msg == 0 {
        return 0;
    }
    tuple::new(ts, &[out, code, msg])
}

/// `inflate_unread(state)`: the input read past (unused data after the
/// end, or the unconsumed tail when the output limit stopped decoding).
unsafe extern "C" fn inflate_unread(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state]) = (unsafe { positional::<1>(ts, "inflate_unread", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = inflate_arg(ts, state) else {
        return 0;
    };
    let rest = state.take_unread();
    bytes::new(ts, &rest)
}

unsafe extern "C" fn inflate_copy(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state]) = (unsafe { positional::<1>(ts, "inflate_copy", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = inflate_arg(ts, state) else {
        return 0;
    };
    let copy = state.clone();
    new_inflate(ts, copy)
}

fn checksum(
    ts: *mut Thread,
    name: &str,
    argv: *const Word,
    n: i64,
    kw: Word,
    f: fn(u32, &[u8]) -> u32,
) -> Word {
    let Some([data, value]) = (unsafe { positional::<2>(ts, name, argv, n, kw) }) else {
        return 0;
    };
    let Some(data) = buffer_arg(ts, data) else {
        return 0;
    };
    let Some(value) = c_int(ts, value) else {
        return 0;
    };
    int::from_i64(ts, i64::from(f(value as u32, data)))
}

/// `crc32(data, value)` with `value` already reduced to 32 bits and passed
/// as a signed C int.
unsafe extern "C" fn crc32(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    checksum(ts, "crc32", argv, n, kw, checksum::crc32)
}

unsafe extern "C" fn adler32(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    checksum(ts, "adler32", argv, n, kw, checksum::adler32)
}
