//! Cells: the shared boxes closures use for variables of an enclosing
//! function (`nonlocal x`, or a nested function reading `x`).
//!
//! A variable that a nested scope captures lives in a cell for its whole
//! life; the function owning it and every closure over it hold the same
//! cell, so an assignment on either side is seen by the other (late
//! binding). An empty cell (contents 0) is an unbound variable.

use crate::gc;
use crate::object::{Header, Slots, TypeObject, Word, cast};
use crate::thread::Thread;
use crate::types::str as str_;

#[repr(C)]
pub struct CellObject {
    pub header: Header,
    /// The variable's value, 0 while unbound.
    pub contents: Word,
}

pub static CELL_TYPE: TypeObject = TypeObject {
    header: Header::new_static(&crate::types::type_::TYPE_TYPE),
    name: "cell",
    base: &crate::types::object::OBJECT_TYPE,
    trace: Some(trace_cell),
    finalize: None,
    slots: Slots {
        getattr: Some(cell_getattr),
        ..Slots::EMPTY
    },
    methods: crate::methods::Methods::EMPTY,
};

unsafe fn trace_cell(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let contents = unsafe { cast::<CellObject>(obj as Word) }.contents;
    if contents != 0 {
        visit(contents);
    }
}

unsafe fn cell_getattr(ts: *mut Thread, cell: Word, name: Word) -> Word {
    let contents = unsafe { cast::<CellObject>(cell) }.contents;
    match unsafe { str_::bytes(name) } {
        b"cell_contents" if contents == 0 => {
            crate::error::value_error(ts, "Cell is empty");
            0
        }
        b"cell_contents" => contents,
        _ => 0,
    }
}

/// A new cell holding `value` (0 for an unbound variable).
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_cell_new(ts: *mut Thread, value: Word) -> Word {
    let cell = CellObject {
        header: Header::new_static(&CELL_TYPE),
        contents: value,
    };
    unsafe { gc::alloc_value(ts, &CELL_TYPE, cell) }
}

/// The value in `cell`; when it is empty, raises as CPython does for the
/// variable `name` (a str): `UnboundLocalError` in the function owning the
/// cell (`free == 0`), `NameError` in a closure over it.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_cell_get(ts: *mut Thread, cell: Word, name: Word, free: i32) -> Word {
    let contents = unsafe { cast::<CellObject>(cell) }.contents;
    if contents == 0 {
        return unbound(ts, name, free);
    }
    contents
}

/// Store `value` in `cell`.
///
/// # Safety
/// `cell` is a cell and `value` a valid word.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_cell_set(_ts: *mut Thread, cell: Word, value: Word) {
    unsafe { cast::<CellObject>(cell) }.contents = value;
}

/// `del name` for a variable held in `cell`: raises like `ty_cell_get`
/// when it is already unbound.
///
/// # Safety
/// `ts` is the current thread and the arguments follow the ABI's conventions.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_cell_del(ts: *mut Thread, cell: Word, name: Word, free: i32) -> i32 {
    let cell = unsafe { cast::<CellObject>(cell) };
    if cell.contents == 0 {
        unbound(ts, name, free);
        return -1;
    }
    cell.contents = 0;
    0
}

fn unbound(ts: *mut Thread, name: Word, free: i32) -> Word {
    let name = unsafe { str_::lossy(name) };
    if free == 0 {
        let message = format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        );
        crate::error::raise(ts, &crate::types::exception::UNBOUND_LOCAL_ERROR, &message)
    } else {
        let message = format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        );
        crate::error::raise(ts, &crate::types::exception::NAME_ERROR, &message)
    }
}
