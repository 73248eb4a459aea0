//! Code objects, `f.__code__`: what CPython's code object tells about a
//! function's source (`co_name`, `co_varnames`, `co_filename`,
//! `co_firstlineno`, `co_flags`, the argument counts, `co_cellvars`,
//! `co_freevars`), read-only.
//!
//! The compiler knows all of it: a program that names `__code__` sets it
//! on each function object it makes, through the hidden builtin `$code`,
//! from a constant tuple `(name, qualname, filename, varnames, numbers,
//! cellvars, freevars)` whose `numbers` is `"firstlineno flags argcount
//! posonly kwonly"`
//! (`compiler/src/lower/code.rs`). A program that does not name it links
//! none of this.

use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;
use crate::types::{int, str as str_, tuple};

/// A function's code object.
#[repr(C)]
pub struct CodeObject {
    pub header: Header,
    /// The constant tuple described in the module doc.
    info: Word,
}

pub static CODE_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "code",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_code),
    finalize: None,
    slots: Slots {
        repr: Some(code_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        getattr: Some(code_getattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

unsafe fn trace_code(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    visit(unsafe { cast::<CodeObject>(obj as Word) }.info);
}

/// `$code(info)`: a code object for the compiler's constant tuple.
///
/// # Safety
/// The arguments follow the `NativeFn` convention.
pub unsafe extern "C" fn make(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    _kwnames: Word,
) -> Word {
    let info = unsafe { crate::calls::args::slice(args, nargs) }
        .first()
        .copied()
        .unwrap_or(0);
    if info == 0 || unsafe { tuple::items(info) }.len() != 7 {
        return crate::error::system_error(ts, "$code: bad code description");
    }
    let value = CodeObject {
        header: Header::new_static(&CODE_TYPE),
        info,
    };
    unsafe { gc::alloc_value(ts, &CODE_TYPE, value) }
}

/// The parts of a code object's description.
unsafe fn parts(code: Word) -> (&'static [Word], [i64; 5]) {
    let items: &'static [Word] = unsafe { tuple::items(cast::<CodeObject>(code).info) };
    let mut numbers = [0; 5];
    let text = unsafe { str_::lossy(items[4]) };
    for (slot, number) in numbers.iter_mut().zip(text.split(' ')) {
        *slot = number.parse().unwrap_or(0);
    }
    (items, numbers)
}

unsafe fn code_getattr(ts: *mut Thread, code: Word, name: Word) -> Word {
    let (items, [line, flags, argcount, posonly, kwonly]) = unsafe { parts(code) };
    let number = |n: i64| int::from_i64(ts, n);
    match unsafe { str_::bytes(name) } {
        b"co_name" => items[0],
        b"co_qualname" => items[1],
        b"co_filename" => items[2],
        b"co_varnames" => items[3],
        b"co_nlocals" => number(unsafe { tuple::items(items[3]) }.len() as i64),
        b"co_firstlineno" => number(line),
        b"co_flags" => number(flags),
        b"co_argcount" => number(argcount),
        b"co_posonlyargcount" => number(posonly),
        b"co_kwonlyargcount" => number(kwonly),
        b"co_cellvars" => items[5],
        b"co_freevars" => items[6],
        _ => 0,
    }
}

unsafe fn code_repr(ts: *mut Thread, code: Word) -> Word {
    let (items, [line, ..]) = unsafe { parts(code) };
    let name = unsafe { str_::lossy(items[0]) };
    let file = unsafe { str_::lossy(items[2]) };
    str_::new(
        ts,
        &format!("<code object {name} at {code:#x}, file \"{file}\", line {line}>"),
    )
}
