//! Traceback objects: what `exc.__traceback__` and `with_traceback` see.
//!
//! An exception records its traceback as `(frame, line)` entries, innermost
//! first, appended as it leaves each generated frame (cheap on the
//! propagation path). The Python-visible chain is made from them only when
//! a program asks: its head is the outermost entry and `tb_next` leads
//! inwards, as in CPython. The head made last is kept in the exception, so
//! asking twice gives the same object, and entries added since (the
//! exception travelled further) become new heads in front of it.

use super::{ExceptionObject, TYPE_ERROR};
use crate::object::{Header, Slots, TypeObject, Word, cast, is_exact};
use crate::thread::Thread;
use crate::types::{none, str as str_};
use typhon_abi::FrameInfo;

#[repr(C)]
pub struct TracebackObject {
    pub header: Header,
    /// The next entry inwards, 0 for the innermost.
    pub next: Word,
    pub frame: *const FrameInfo,
    pub line: i64,
    /// How many entries this one and those after it cover.
    pub depth: u64,
}

pub static TRACEBACK_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "traceback",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace),
    finalize: None,
    slots: Slots {
        repr: Some(crate::types::object::default_repr),
        hash: Some(crate::types::object::identity_hash_slot),
        getattr: Some(getattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let tb = unsafe { cast::<TracebackObject>(obj as Word) };
    if tb.next != 0 {
        visit(tb.next);
    }
}

/// `exc.__traceback__`: None before the exception was raised.
pub fn traceback_of(ts: *mut Thread, exc: Word) -> Word {
    let obj = unsafe { cast::<ExceptionObject>(exc) };
    let total = obj.traceback.len();
    let (mut head, mut covered) = if obj.tb_object != 0 {
        let cached = unsafe { cast::<TracebackObject>(obj.tb_object) };
        (obj.tb_object, cached.depth as usize)
    } else {
        (0, 0)
    };
    if covered > total {
        (head, covered) = (0, 0);
    }
    for idx in covered..total {
        let (frame, line) = unsafe { cast::<ExceptionObject>(exc) }.traceback[idx];
        let value = TracebackObject {
            header: Header {
                ty: &TRACEBACK_TYPE,
                gc: 0,
            },
            next: head,
            frame,
            line: i64::from(line),
            depth: idx as u64 + 1,
        };
        head = unsafe { crate::gc::alloc_value(ts, &TRACEBACK_TYPE, value) };
        if head == 0 {
            return 0;
        }
        unsafe { cast::<ExceptionObject>(exc) }.tb_object = head;
    }
    if head == 0 { none::none() } else { head }
}

/// `exc.__traceback__ = tb` and `exc.with_traceback(tb)`: the entries of
/// `tb`'s chain replace the exception's (None clears them).
///
/// # Safety
/// `exc` must be an exception.
pub unsafe fn set_traceback(ts: *mut Thread, exc: Word, tb: Word) -> i32 {
    if tb != none::none() && !is_exact(tb, &TRACEBACK_TYPE) {
        return crate::error::raise_status(
            ts,
            &TYPE_ERROR,
            "__traceback__ must be a traceback or None",
        );
    }
    let obj = unsafe { cast::<ExceptionObject>(exc) };
    obj.traceback.clear();
    obj.tb_object = 0;
    if tb == none::none() {
        return 0;
    }
    let mut cursor = tb;
    while cursor != 0 {
        let entry = unsafe { cast::<TracebackObject>(cursor) };
        obj.traceback.push((entry.frame, entry.line as i32));
        cursor = entry.next;
    }
    // The chain runs outermost first; entries are kept innermost first.
    obj.traceback.reverse();
    if unsafe { cast::<TracebackObject>(tb) }.depth as usize == obj.traceback.len() {
        obj.tb_object = tb;
    }
    0
}

/// `tb_lineno` and `tb_next`; 0 with nothing pending for other names.
unsafe fn getattr(ts: *mut Thread, tb: Word, name: Word) -> Word {
    let entry = unsafe { cast::<TracebackObject>(tb) };
    match unsafe { str_::bytes(name) } {
        b"tb_lineno" => crate::types::int::from_i64(ts, entry.line),
        b"tb_next" if entry.next == 0 => none::none(),
        b"tb_next" => entry.next,
        _ => 0,
    }
}
