//! `memoryview`: a window on the bytes of a `bytes` or `bytearray` (format
//! `'B'`, one dimension). Indexing gives ints, slicing (step 1) gives a new
//! view of the same object, and a view of a `bytearray` writes through to
//! it. Everything that takes a bytes-like object reads a view through
//! `bytes::data`, as CPython's buffer protocol does.
//!
//! Slices with a step other than 1 and `cast` raise `NotImplementedError`;
//! a `bytearray` resized while viewed (CPython refuses with `BufferError`)
//! is viewed up to its new end.

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use crate::calls::args::Args;
use crate::error::{index_error, raise, type_error, value_error};
use crate::object::{Header, Method, Slots, TypeObject, Word, cast, is_small, small, type_of};
use crate::thread::Thread;
use crate::types::exception::NOT_IMPLEMENTED_ERROR;
use crate::types::slice::{self, SLICE_TYPE};
use crate::types::{bool as bool_, bytearray, bytes, list, none, seq, str as str_, tuple};

/// A view: the object whose bytes it shows and the window on them.
#[repr(C)]
pub struct MemoryViewObject {
    pub header: Header,
    pub obj: Word,
    pub start: usize,
    pub len: usize,
    pub released: bool,
}

pub static MEMORYVIEW_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "memoryview",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots {
        repr: Some(repr),
        hash: Some(hash),
        compare: Some(compare),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        delitem: Some(delitem),
        iter: Some(bytes::iter::iter),
        getattr: Some(getattr),
        construct: Some(construct),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::of(&[
        Method {
            name: "tobytes",
            func: tobytes,
        },
        Method {
            name: "tolist",
            func: tolist,
        },
        Method {
            name: "hex",
            func: hex,
        },
        Method {
            name: "release",
            func: release,
        },
        Method {
            name: "toreadonly",
            func: toreadonly,
        },
        Method {
            name: "cast",
            func: cast_method,
        },
        Method {
            name: "__enter__",
            func: enter,
        },
        Method {
            name: "__exit__",
            func: exit,
        },
    ]),
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    visit(unsafe { cast::<MemoryViewObject>(obj as Word) }.obj);
}

/// The address of `MEMORYVIEW_TYPE` once a view was made, 0 before: the
/// bytes-like checks everywhere test it without naming the type, so
/// programs that never call `memoryview` link none of it.
static VIEW_TYPE: AtomicUsize = AtomicUsize::new(0);

pub fn is_memoryview(w: Word) -> bool {
    let view_type = VIEW_TYPE.load(Relaxed);
    view_type != 0 && !is_small(w) && type_of(w) as *const TypeObject as usize == view_type
}

/// The bytes a view shows (empty once released).
///
/// # Safety
/// `w` must be a memoryview; the slice is valid until its object is next
/// mutated.
pub unsafe fn data<'a>(w: Word) -> &'a [u8] {
    let view = unsafe { cast::<MemoryViewObject>(w) };
    if view.released {
        return &[];
    }
    let all = unsafe { bytes::data(view.obj) };
    let start = view.start.min(all.len());
    let end = (view.start + view.len).min(all.len());
    &all[start..end]
}

fn new(ts: *mut Thread, obj: Word, start: usize, len: usize) -> Word {
    VIEW_TYPE.store(&MEMORYVIEW_TYPE as *const TypeObject as usize, Relaxed);
    let value = MemoryViewObject {
        header: Header::new_static(&MEMORYVIEW_TYPE),
        obj,
        start,
        len,
        released: false,
    };
    unsafe { crate::gc::alloc_value(ts, &MEMORYVIEW_TYPE, value) }
}

/// The view, or `None` with CPython's `ValueError` for a released one.
unsafe fn live<'a>(ts: *mut Thread, w: Word) -> Option<&'a mut MemoryViewObject> {
    let view = unsafe { cast::<MemoryViewObject>(w) };
    if view.released {
        value_error(ts, "operation forbidden on released memoryview object");
        return None;
    }
    Some(view)
}

fn readonly(view: &MemoryViewObject) -> bool {
    !bytearray::is_bytearray(view.obj)
}

unsafe extern "C" fn construct(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    let Some([keyword]) = call.keywords(ts, "memoryview", ["object"]) else {
        return 0;
    };
    let object = match (call.positional, keyword) {
        ([], Some(object)) => object,
        (_, None) if call.count(ts, "memoryview", 1, 1) => call.positional[0],
        (_, None) => return 0,
        _ => {
            return type_error(
                ts,
                "argument for memoryview() given by name ('object') and position (1)",
            );
        }
    };
    if is_memoryview(object) {
        let Some(view) = (unsafe { live(ts, object) }) else {
            return 0;
        };
        return new(ts, view.obj, view.start, view.len);
    }
    if bytes::is_bytes(object) || bytearray::is_bytearray(object) {
        let len = unsafe { bytes::data(object) }.len();
        return new(ts, object, 0, len);
    }
    let message = format!(
        "memoryview: a bytes-like object is required, not '{}'",
        type_of(object).name
    );
    type_error(ts, &message)
}

unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    let released = unsafe { cast::<MemoryViewObject>(w) }.released;
    let prefix = if released {
        "released memory"
    } else {
        "memory"
    };
    str_::new(ts, &format!("<{prefix} at {w:#x}>"))
}

unsafe fn hash(ts: *mut Thread, w: Word) -> Option<i64> {
    let view = unsafe { live(ts, w) }?;
    if !readonly(view) {
        value_error(ts, "cannot hash writable memoryview object");
        return None;
    }
    Some(str_::hash_bytes(unsafe { data(w) }))
}

unsafe fn compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let eq = typhon_abi::CmpOp::Eq as i32;
    let ne = typhon_abi::CmpOp::Ne as i32;
    if (op != eq && op != ne) || !bytes::is_buffer(b) {
        return none::not_implemented();
    }
    // A released view equals only itself, as in CPython.
    let released = |w: Word| is_memoryview(w) && unsafe { cast::<MemoryViewObject>(w) }.released;
    let same = if released(a) || released(b) {
        a == b
    } else {
        unsafe { data(a) == bytes::data(b) }
    };
    let _ = ts;
    bool_::from_bool(same == (op == eq))
}

unsafe fn len(ts: *mut Thread, w: Word) -> i64 {
    match unsafe { live(ts, w) } {
        Some(_) => unsafe { data(w) }.len() as i64,
        None => -1,
    }
}

unsafe fn getitem(ts: *mut Thread, w: Word, key: Word) -> Word {
    let Some(view) = (unsafe { live(ts, w) }) else {
        return 0;
    };
    let (obj, start) = (view.obj, view.start);
    let shown = unsafe { data(w) };
    match unsafe { seq::index_of(ts, key) } {
        Ok(Some(index)) => match seq::normalize(index, shown.len()) {
            Some(i) => small(shown[i] as i64).unwrap_or(0),
            None => index_error(ts, "index out of bounds on dimension 1"),
        },
        Ok(None) if crate::object::is_instance(key, &SLICE_TYPE) => {
            let Some((from, _, step, count)) = slice::indices(ts, key, shown.len() as i64) else {
                return 0;
            };
            if step != 1 && count > 1 {
                return raise(
                    ts,
                    &NOT_IMPLEMENTED_ERROR,
                    "memoryview slices with a step are not supported",
                );
            }
            new(ts, obj, start + from.max(0) as usize, count.max(0) as usize)
        }
        Ok(None) => type_error(ts, "memoryview: invalid slice key"),
        Err(()) => 0,
    }
}

unsafe fn setitem(ts: *mut Thread, w: Word, key: Word, value: Word) -> i32 {
    let Some(view) = (unsafe { live(ts, w) }) else {
        return -1;
    };
    if readonly(view) {
        type_error(ts, "cannot modify read-only memory");
        return -1;
    }
    let (obj, start) = (view.obj, view.start);
    let shown_len = unsafe { data(w) }.len();
    match unsafe { seq::index_of(ts, key) } {
        Ok(Some(index)) => {
            let Some(i) = seq::normalize(index, shown_len) else {
                index_error(ts, "index out of bounds on dimension 1");
                return -1;
            };
            if !crate::object::is_instance(value, &crate::types::int::INT_TYPE) {
                type_error(ts, "memoryview: invalid type for format 'B'");
                return -1;
            }
            let byte = match unsafe { seq::index_of(ts, value) } {
                Ok(Some(v)) if (0..256).contains(&v) => v as u8,
                Err(()) => return -1,
                _ => {
                    value_error(ts, "memoryview: invalid value for format 'B'");
                    return -1;
                }
            };
            let target = unsafe { bytearray::buffer(obj) };
            target[start + i] = byte;
            0
        }
        Ok(None) if crate::object::is_instance(key, &SLICE_TYPE) => {
            let Some((from, _, step, count)) = slice::indices(ts, key, shown_len as i64) else {
                return -1;
            };
            if step != 1 && count > 1 {
                raise(
                    ts,
                    &NOT_IMPLEMENTED_ERROR,
                    "memoryview slices with a step are not supported",
                );
                return -1;
            }
            if !bytes::is_buffer(value) {
                let message = format!(
                    "a bytes-like object is required, not '{}'",
                    type_of(value).name
                );
                type_error(ts, &message);
                return -1;
            }
            let source = unsafe { bytes::data(value) }.to_vec();
            let count = count.max(0) as usize;
            if source.len() != count {
                value_error(
                    ts,
                    "memoryview assignment: lvalue and rvalue have different structures",
                );
                return -1;
            }
            let at = start + from.max(0) as usize;
            let target = unsafe { bytearray::buffer(obj) };
            target[at..at + count].copy_from_slice(&source);
            0
        }
        Ok(None) => {
            type_error(ts, "memoryview: invalid slice key");
            -1
        }
        Err(()) => -1,
    }
}

unsafe fn delitem(ts: *mut Thread, w: Word, _key: Word) -> i32 {
    let Some(view) = (unsafe { live(ts, w) }) else {
        return -1;
    };
    let message = if readonly(view) {
        "cannot modify read-only memory"
    } else {
        "cannot delete memory"
    };
    type_error(ts, message);
    -1
}

unsafe fn getattr(ts: *mut Thread, w: Word, name: Word) -> Word {
    let key = unsafe { str_::bytes(name) };
    let known = matches!(
        key,
        b"obj"
            | b"nbytes"
            | b"readonly"
            | b"itemsize"
            | b"format"
            | b"ndim"
            | b"shape"
            | b"strides"
            | b"suboffsets"
            | b"contiguous"
            | b"c_contiguous"
            | b"f_contiguous"
    );
    if !known {
        return unsafe { seq::no_attribute(ts, w, name) };
    }
    let Some(view) = (unsafe { live(ts, w) }) else {
        return 0;
    };
    let n = unsafe { data(w) }.len() as i64;
    match key {
        b"obj" => view.obj,
        b"nbytes" => small(n).unwrap_or(0),
        b"readonly" => bool_::from_bool(readonly(view)),
        b"itemsize" | b"ndim" => small(1).unwrap_or(0),
        b"format" => str_::new(ts, "B"),
        b"shape" => tuple::new(ts, &[small(n).unwrap_or(0)]),
        b"strides" => tuple::new(ts, &[small(1).unwrap_or(0)]),
        b"suboffsets" => tuple::new(ts, &[]),
        _ => bool_::from_bool(true),
    }
}

/// The receiver of a method, live.
unsafe fn receiver<'a>(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
    func: &str,
    max: usize,
) -> Option<(Word, Args<'a>)> {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    let this = *call.positional.first()?;
    if !is_memoryview(this) {
        type_error(
            ts,
            &format!("descriptor '{func}' requires a 'memoryview' object"),
        );
        return None;
    }
    if max == 0 && !call.count(ts, func, 1, 1) {
        return None;
    }
    unsafe { live(ts, this) }?;
    Some((this, call))
}

unsafe extern "C" fn tobytes(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, _)) = (unsafe { receiver(ts, argv, nargs, kwnames, "tobytes", 1) }) else {
        return 0;
    };
    bytes::new(ts, unsafe { data(this) })
}

unsafe extern "C" fn tolist(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let Some((this, _)) = (unsafe { receiver(ts, argv, nargs, kwnames, "tolist", 0) }) else {
        return 0;
    };
    let items: Vec<Word> = unsafe { data(this) }
        .iter()
        .map(|b| small(*b as i64).unwrap_or(0))
        .collect();
    list::new(ts, items)
}

/// `hex(sep, bytes_per_sep)`: `bytes.hex`, which reads the view's bytes.
unsafe extern "C" fn hex(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    if unsafe { receiver(ts, argv, nargs, kwnames, "hex", 3) }.is_none() {
        return 0;
    }
    unsafe { bytes::methods::hex(ts, argv, nargs, kwnames) }
}

unsafe extern "C" fn release(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    if !call.count(ts, "release", 1, 1) {
        return 0;
    }
    unsafe { cast::<MemoryViewObject>(call.positional[0]) }.released = true;
    none::none()
}

unsafe extern "C" fn toreadonly(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, _)) = (unsafe { receiver(ts, argv, nargs, kwnames, "toreadonly", 0) }) else {
        return 0;
    };
    // A read-only copy of the window: a view of a `bytes` is never written.
    let copy = bytes::new(ts, unsafe { data(this) });
    if copy == 0 {
        return 0;
    }
    let len = unsafe { bytes::data(copy) }.len();
    new(ts, copy, 0, len)
}

unsafe extern "C" fn cast_method(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let Some((this, call)) = (unsafe { receiver(ts, argv, nargs, kwnames, "cast", 3) }) else {
        return 0;
    };
    // Only the identity casts to unsigned bytes keep the one-byte layout.
    if let [_, format] = call.positional
        && str_::is_str(*format)
        && unsafe { str_::bytes(*format) } == b"B"
        && call.names.is_empty()
    {
        let view = unsafe { cast::<MemoryViewObject>(this) };
        return new(ts, view.obj, view.start, view.len);
    }
    raise(
        ts,
        &NOT_IMPLEMENTED_ERROR,
        "memoryview.cast to another format is not supported",
    )
}

unsafe extern "C" fn enter(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    match unsafe { receiver(ts, argv, nargs, kwnames, "__enter__", 0) } {
        Some((this, _)) => this,
        None => 0,
    }
}

unsafe extern "C" fn exit(ts: *mut Thread, argv: *const Word, nargs: i64, kwnames: Word) -> Word {
    let call = unsafe { Args::new(argv, nargs, kwnames) };
    let Some(&this) = call.positional.first() else {
        return type_error(
            ts,
            "descriptor '__exit__' of 'memoryview' object needs an argument",
        );
    };
    if is_memoryview(this) {
        unsafe { cast::<MemoryViewObject>(this) }.released = true;
    }
    none::none()
}
