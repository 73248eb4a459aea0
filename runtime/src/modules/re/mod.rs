//! The `_re` module: the regular-expression engine under `stdlib/re.py`.
//!
//! `compile(pattern, flags)` parses a str or bytes pattern ([`parse`]) and
//! builds a program ([`compile`]) for the backtracking machine ([`exec`]);
//! a bad pattern gives back `(kind, message, position)` for `re.py` to
//! raise as `re.error` (kind 0), `OverflowError` (1) or `ValueError` (2).
//! `find` and `scan` run a program over a str or bytes subject and return
//! capture spans in code points; `re.py` builds `Pattern` and `Match`
//! objects and everything else on top.

mod ast;
mod chars;
mod compile;
mod exec;
mod parse;

use crate::calls::args::positional;
use crate::error::type_error;
use crate::gc::PinScope;
use crate::object::{Header, Slots, TypeObject, Word, cast, is_exact};
use crate::thread::Thread;
use crate::types::function::BuiltinFunctionObject;
use crate::types::{bytearray, bytes, dict, int, list, none, str as str_, tuple};

use ast::PatternError;
use compile::Program;
use exec::Mode;

#[repr(C)]
struct ProgramObject {
    header: Header,
    program: Box<Program>,
    groups: usize,
    flags: u32,
    names: Vec<(String, usize)>,
}

static PROGRAM_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "_re.Program",
    base: &crate::types::object::OBJECT_TYPE,
    trace: None,
    finalize: Some(finalize),
    slots: Slots {
        hash: Some(crate::types::object::identity_hash_slot),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

unsafe fn finalize(obj: *mut Header) {
    let program = unsafe { cast::<ProgramObject>(obj as Word) };
    unsafe {
        std::ptr::drop_in_place(&mut program.program);
        std::ptr::drop_in_place(&mut program.names);
    }
}

static FUNCTIONS: &[BuiltinFunctionObject] = &[
    BuiltinFunctionObject::new_static("compile", compile_fn),
    BuiltinFunctionObject::new_static("info", info),
    BuiltinFunctionObject::new_static("find", find),
    BuiltinFunctionObject::new_static("scan", scan),
];

/// Build the module; 0 with an exception pending.
pub fn create(ts: *mut Thread) -> Word {
    crate::types::module::new_native_functions(ts, "_re", FUNCTIONS)
}

/// The code points of a str, or the bytes of a bytes-like object; `None`
/// (with `TypeError` pending) for anything else.
unsafe fn code_points(ts: *mut Thread, w: Word) -> Option<(Vec<u32>, bool)> {
    if str_::is_str(w) {
        let data = unsafe { str_::bytes(w) };
        return Some((str_::utf8::chars(data).collect(), true));
    }
    if bytes::is_bytes(w) {
        let data = unsafe { bytes::data(w) };
        return Some((data.iter().map(|b| u32::from(*b)).collect(), false));
    }
    if bytearray::is_bytearray(w) {
        let data = unsafe { bytearray::data(w) };
        return Some((data.iter().map(|b| u32::from(*b)).collect(), false));
    }
    let msg = format!(
        "expected string or bytes-like object, got '{}'",
        crate::error::type_name(w)
    );
    type_error(ts, &msg);
    None
}

fn program_arg<'a>(ts: *mut Thread, w: Word) -> Option<&'a ProgramObject> {
    if crate::object::is_small(w) || !is_exact(w, &PROGRAM_TYPE) {
        type_error(ts, "expected a compiled pattern");
        return None;
    }
    Some(unsafe { cast::<ProgramObject>(w) })
}

fn small_arg(ts: *mut Thread, w: Word) -> Option<i64> {
    match int::view(w).and_then(|v| v.to_i64()) {
        Some(v) => Some(v),
        None => {
            type_error(ts, "expected an int");
            None
        }
    }
}

/// `compile(pattern, flags)`: a program, or `(kind, message, position)`.
unsafe extern "C" fn compile_fn(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([pattern, flags]) = (unsafe { positional::<2>(ts, "compile", argv, n, kw) }) else {
        return 0;
    };
    let Some((chars, is_text)) = (unsafe { code_points(ts, pattern) }) else {
        return 0;
    };
    let Some(flags) = small_arg(ts, flags) else {
        return 0;
    };
    let parsed = match parse::parse(&chars, flags as u32, is_text) {
        Ok(parsed) => parsed,
        Err(err) => {
            let (kind, msg, pos) = match err {
                PatternError::Re { msg, pos } => (0, msg, pos.map(|p| p as i64)),
                PatternError::Overflow(msg) => (1, msg, None),
                PatternError::Value(msg) => (2, msg, None),
            };
            let pins = unsafe { PinScope::new(ts) };
            let msg = pins.pin(str_::new(ts, &msg));
            if msg == 0 {
                return 0;
            }
            let pos = match pos {
                Some(pos) => int::from_i64(ts, pos),
                None => none::none(),
            };
            return tuple::new(ts, &[int::from_i64(ts, kind), msg, pos]);
        }
    };
    let program = compile::compile(&parsed.seq, parsed.groups, parsed.flags, is_text);
    let object = ProgramObject {
        header: Header::new_static(&PROGRAM_TYPE),
        program: Box::new(program),
        groups: parsed.groups,
        flags: parsed.flags,
        names: parsed.names,
    };
    unsafe { crate::gc::alloc_value(ts, &PROGRAM_TYPE, object) }
}

/// `info(program)`: `(groups, {name: index}, flags)`.
unsafe extern "C" fn info(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([program]) = (unsafe { positional::<1>(ts, "info", argv, n, kw) }) else {
        return 0;
    };
    let Some(program) = program_arg(ts, program) else {
        return 0;
    };
    let pins = unsafe { PinScope::new(ts) };
    let index = pins.pin(dict::new(ts));
    if index == 0 {
        return 0;
    }
    for (name, gid) in &program.names {
        let key = pins.pin(str_::new(ts, name));
        if key == 0 || unsafe { dict::set(ts, index, key, int::from_i64(ts, *gid as i64)) } < 0 {
            return 0;
        }
    }
    let groups = int::from_i64(ts, program.groups as i64 - 1);
    tuple::new(
        ts,
        &[groups, index, int::from_i64(ts, i64::from(program.flags))],
    )
}

/// A subject's characters: an ASCII str or a bytes-like object is matched
/// in place (so `pattern.match(text, pos)` in a loop stays linear), any
/// other str is decoded into code points.
enum Subject<'a> {
    Bytes(&'a [u8]),
    Wide(Vec<u32>),
}

impl Subject<'_> {
    fn len(&self) -> usize {
        match self {
            Subject::Bytes(data) => data.len(),
            Subject::Wide(chars) => chars.len(),
        }
    }

    fn find(
        &self,
        program: &Program,
        pos: usize,
        end: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<exec::Found> {
        match self {
            Subject::Bytes(data) => exec::find(program, data, pos, end, mode, must_advance),
            Subject::Wide(chars) => exec::find(program, chars, pos, end, mode, must_advance),
        }
    }
}

/// The subject and the clamped `pos` and `endpos`. The subject borrows
/// the object's bytes: objects never move, and the caller keeps it alive.
unsafe fn subject<'a>(
    ts: *mut Thread,
    string: Word,
    pos: Word,
    endpos: Word,
) -> Option<(Subject<'a>, usize, usize)> {
    let res = if str_::is_str(string) {
        let data = unsafe { str_::bytes(string) };
        if unsafe { str_::is_ascii(string) } {
            Subject::Bytes(data)
        } else {
            Subject::Wide(str_::utf8::chars(data).collect())
        }
    } else if bytes::is_bytes(string) {
        Subject::Bytes(unsafe { bytes::data(string) })
    } else if bytearray::is_bytearray(string) {
        Subject::Bytes(unsafe { bytearray::data(string) })
    } else {
        let msg = format!(
            "expected string or bytes-like object, got '{}'",
            crate::error::type_name(string)
        );
        type_error(ts, &msg);
        return None;
    };
    let len = res.len() as i64;
    let pos = small_arg(ts, pos)?.clamp(0, len) as usize;
    let endpos = small_arg(ts, endpos)?.clamp(0, len) as usize;
    Some((res, pos, endpos))
}

/// A match as a tuple: the capture slots, then `lastindex` (-1 for none).
fn found_tuple(ts: *mut Thread, found: &exec::Found) -> Word {
    let mut words: Vec<Word> = found.slots.iter().map(|v| int::from_i64(ts, *v)).collect();
    words.push(int::from_i64(ts, found.lastindex));
    tuple::new(ts, &words)
}

/// `find(program, string, pos, endpos, mode)`: mode 0 `match`, 1
/// `fullmatch`, 2 `search`; a tuple of spans or None.
unsafe extern "C" fn find(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([program, string, pos, endpos, mode]) =
        (unsafe { positional::<5>(ts, "find", argv, n, kw) })
    else {
        return 0;
    };
    let Some(program) = program_arg(ts, program) else {
        return 0;
    };
    let Some((text, pos, endpos)) = (unsafe { subject(ts, string, pos, endpos) }) else {
        return 0;
    };
    let Some(mode) = small_arg(ts, mode) else {
        return 0;
    };
    let mode = match mode {
        0 => Mode::Match,
        1 => Mode::Full,
        _ => Mode::Search,
    };
    if endpos < pos {
        return none::none();
    }
    match text.find(&program.program, pos, endpos, mode, false) {
        Some(found) => found_tuple(ts, &found),
        None => none::none(),
    }
}

/// `scan(program, string, pos, endpos, limit)`: the successive matches
/// `finditer`, `sub` and `split` see (at most `limit` unless it is 0), as a
/// list of tuples like `find`'s.
unsafe extern "C" fn scan(ts: *mut Thread, argv: *const Word, n: i64, kw: Word) -> Word {
    let Some([program, string, pos, endpos, limit]) =
        (unsafe { positional::<5>(ts, "scan", argv, n, kw) })
    else {
        return 0;
    };
    let Some(program) = program_arg(ts, program) else {
        return 0;
    };
    let Some((text, mut pos, endpos)) = (unsafe { subject(ts, string, pos, endpos) }) else {
        return 0;
    };
    let Some(limit) = small_arg(ts, limit) else {
        return 0;
    };
    let pins = unsafe { PinScope::new(ts) };
    let mut items: Vec<Word> = Vec::new();
    let mut must_advance = false;
    while pos <= endpos && (limit <= 0 || (items.len() as i64) < limit) {
        let Some(found) = text.find(&program.program, pos, endpos, Mode::Search, must_advance)
        else {
            break;
        };
        let (start, end) = (found.slots[0] as usize, found.slots[1] as usize);
        let item = pins.pin(found_tuple(ts, &found));
        if item == 0 {
            return 0;
        }
        items.push(item);
        must_advance = start == end;
        pos = end;
    }
    list::new(ts, items)
}
