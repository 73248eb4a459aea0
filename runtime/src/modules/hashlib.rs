//! The `_hashlib` module, native part of `stdlib/hashlib.py`: MD5, SHA-1
//! and the SHA-2 family through the RustCrypto `md-5`, `sha1` and `sha2`
//! crates (see `docs/dependencies.md`).
//!
//! A hash state is an opaque object holding the hasher inline (the
//! hashers own no heap memory, so the object needs neither `trace` nor
//! `finalize`); `hashlib.py`'s `HASH` class keeps it in an attribute.

use crate::calls::args::positional;
use crate::error::type_error;
use crate::object::{Header, Slots, TypeObject, Word, cast, is_exact};
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{bytes, none};

use sha2::Digest;

#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha512_224(sha2::Sha512_224),
    Sha512_256(sha2::Sha512_256),
}

/// Apply `$body` to the hasher inside any variant.
macro_rules! each {
    ($value:expr, $h:ident => $body:expr) => {
        match $value {
            Hasher::Md5($h) => $body,
            Hasher::Sha1($h) => $body,
            Hasher::Sha224($h) => $body,
            Hasher::Sha256($h) => $body,
            Hasher::Sha384($h) => $body,
            Hasher::Sha512($h) => $body,
            Hasher::Sha512_224($h) => $body,
            Hasher::Sha512_256($h) => $body,
        }
    };
}

impl Hasher {
    fn named(name: &[u8]) -> Option<Hasher> {
        Some(match name {
            b"md5" => Hasher::Md5(md5::Md5::new()),
            b"sha1" => Hasher::Sha1(sha1::Sha1::new()),
            b"sha224" => Hasher::Sha224(sha2::Sha224::new()),
            b"sha256" => Hasher::Sha256(sha2::Sha256::new()),
            b"sha384" => Hasher::Sha384(sha2::Sha384::new()),
            b"sha512" => Hasher::Sha512(sha2::Sha512::new()),
            b"sha512_224" => Hasher::Sha512_224(sha2::Sha512_224::new()),
            b"sha512_256" => Hasher::Sha512_256(sha2::Sha512_256::new()),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        each!(self, h => h.update(data))
    }

    fn digest(&self) -> Vec<u8> {
        each!(self.clone(), h => h.finalize().to_vec())
    }
}

#[repr(C)]
struct StateObject {
    header: Header,
    hasher: Hasher,
}

static STATE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "_hashlib.State",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: None,
    slots: Slots {
        hash: Some(crate::types::object::identity_hash_slot),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("new", new),
    BuiltinFunctionObject::new_static("update", update),
    BuiltinFunctionObject::new_static("digest", digest),
    BuiltinFunctionObject::new_static("copy", copy),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native_functions(ts, "_hashlib", FUNCTIONS)
}

fn state_arg<'a>(ts: *mut Thread, w: Word) -> Option<&'a mut StateObject> {
    if crate::object::is_small(w) || !is_exact(w, &STATE_TYPE) {
        type_error(ts, "expected a _hashlib state");
        return None;
    }
    Some(unsafe { cast::<StateObject>(w) })
}

fn new_object(ts: *mut Thread, hasher: Hasher) -> Word {
    let state = StateObject {
        header: Header::new_static(&STATE_TYPE),
        hasher,
    };
    unsafe { crate::gc::alloc_value(ts, &STATE_TYPE, state) }
}

/// `new(name)`: a fresh state for the lower-case algorithm `name`, or None
/// for a name this module does not know.
unsafe extern "C" fn new(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([name]) = (unsafe { positional::<1>(ts, "new", argv, n, kw) }) else {
        return 0;
    };
    if !crate::types::str::is_str(name) {
        return type_error(ts, "new: name must be a str");
    }
    match Hasher::named(unsafe { crate::types::str::bytes(name) }) {
        Some(hasher) => new_object(ts, hasher),
        None => none::none(),
    }
}

/// `update(state, data)` with `data` a bytes or bytearray.
unsafe extern "C" fn update(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state, data]) = (unsafe { positional::<2>(ts, "update", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = state_arg(ts, state) else {
        return 0;
    };
    if !bytes::is_buffer(data) {
        return type_error(ts, "object supporting the buffer API required");
    }
    state.hasher.update(unsafe { bytes::data(data) });
    none::none()
}

/// `digest(state)`: the digest of what was fed so far (the state goes on).
unsafe extern "C" fn digest(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state]) = (unsafe { positional::<1>(ts, "digest", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = state_arg(ts, state) else {
        return 0;
    };
    let out = state.hasher.digest();
    bytes::new(ts, &out)
}

/// `copy(state)`: an independent state with the same input so far.
unsafe extern "C" fn copy(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([state]) = (unsafe { positional::<1>(ts, "copy", argv, n, kw) }) else {
        return 0;
    };
    let Some(state) = state_arg(ts, state) else {
        return 0;
    };
    let hasher = state.hasher.clone();
    new_object(ts, hasher)
}
