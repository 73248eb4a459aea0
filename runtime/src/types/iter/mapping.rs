//! Iterators over dicts (keys, values, items; forwards and reversed) and
//! sets, with CPython's checks: a dict or set whose size changes while it
//! is iterated raises RuntimeError, and so does a dict whose keys were
//! replaced by as many others.

use super::iterator_type;
use crate::error::raise;
use crate::gc;
use crate::object::{Header, TypeObject, Word, cast};
use crate::thread::Thread;
use crate::types::dict::{self, Entry};
use crate::types::exception::RUNTIME_ERROR;
use crate::types::set;
use typhon_abi::ITER_DONE;

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u64)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

#[repr(C)]
pub struct DictIterObject {
    pub header: Header,
    /// 0 once exhausted.
    pub dict: Word,
    /// The next entry position to look at; for reversed iterators, one past it.
    pub pos: u64,
    /// The dict's size when iteration started; -1 after a size error, so
    /// the error repeats.
    pub used: i64,
    /// Items still expected.
    pub remaining: u64,
    pub kind: DictIterKind,
}

iterator_type!(
    // Exported: generated code steps dict iterators in line.
    #[unsafe(export_name = "TY_DICT_KEY_ITER_TYPE")]
    DICT_KEY_ITER_TYPE,
    "dict_keyiterator",
    trace_dict,
    next_dict
);
iterator_type!(
    // Exported: generated code steps dict iterators in line.
    #[unsafe(export_name = "TY_DICT_VALUE_ITER_TYPE")]
    DICT_VALUE_ITER_TYPE,
    "dict_valueiterator",
    trace_dict,
    next_dict
);
iterator_type!(
    // Exported: generated code steps dict iterators in line.
    #[unsafe(export_name = "TY_DICT_ITEM_ITER_TYPE")]
    DICT_ITEM_ITER_TYPE,
    "dict_itemiterator",
    trace_dict,
    next_dict
);
const _: () = {
    use typhon_abi::dict_layout as abi;
    assert!(std::mem::offset_of!(DictIterObject, dict) == abi::ITER_DICT as usize);
    assert!(std::mem::offset_of!(DictIterObject, pos) == abi::ITER_POS as usize);
    assert!(std::mem::offset_of!(DictIterObject, used) == abi::ITER_USED as usize);
    assert!(std::mem::offset_of!(DictIterObject, remaining) == abi::ITER_REMAINING as usize);
};
iterator_type!(
    DICT_REVERSE_KEY_ITER_TYPE,
    "dict_reversekeyiterator",
    trace_dict,
    next_dict_reversed
);
iterator_type!(
    DICT_REVERSE_VALUE_ITER_TYPE,
    "dict_reversevalueiterator",
    trace_dict,
    next_dict_reversed
);
iterator_type!(
    DICT_REVERSE_ITEM_ITER_TYPE,
    "dict_reverseitemiterator",
    trace_dict,
    next_dict_reversed
);

unsafe fn trace_dict(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let it = unsafe { cast::<DictIterObject>(obj as Word) };
    if it.dict != 0 {
        visit(it.dict);
    }
}

/// An iterator over the keys, values or items of the dict `d`.
pub fn dict_iter(ts: *mut Thread, d: Word, kind: DictIterKind, reverse: bool) -> Word {
    let ty: &'static TypeObject = match (kind, reverse) {
        (DictIterKind::Keys, false) => &DICT_KEY_ITER_TYPE,
        (DictIterKind::Values, false) => &DICT_VALUE_ITER_TYPE,
        (DictIterKind::Items, false) => &DICT_ITEM_ITER_TYPE,
        (DictIterKind::Keys, true) => &DICT_REVERSE_KEY_ITER_TYPE,
        (DictIterKind::Values, true) => &DICT_REVERSE_VALUE_ITER_TYPE,
        (DictIterKind::Items, true) => &DICT_REVERSE_ITEM_ITER_TYPE,
    };
    let obj = unsafe { dict::object(d) };
    let pos = if reverse {
        unsafe { dict::entries(d) }.len() as u64
    } else {
        0
    };
    let value = DictIterObject {
        header: Header::new_static(ty),
        dict: d,
        pos,
        used: obj.used as i64,
        remaining: obj.used as u64,
        kind,
    };
    unsafe { gc::alloc_value(ts, ty, value) }
}

/// The size checks shared by both directions; `Err` with RuntimeError pending.
unsafe fn check_size(ts: *mut Thread, it: &mut DictIterObject) -> Result<(), ()> {
    if it.used != unsafe { dict::len(it.dict) } as i64 {
        it.used = -1;
        raise(
            ts,
            &RUNTIME_ERROR,
            "dictionary changed size during iteration",
        );
        return Err(());
    }
    Ok(())
}

/// What to yield for `e`, after the "keys changed" check; with `pair`, an
/// item iterator writes the key and value there instead of making a tuple
/// and returns the none word.
unsafe fn yield_entry(
    ts: *mut Thread,
    it: &mut DictIterObject,
    e: Entry,
    pair: Option<&mut [Word; 2]>,
) -> Word {
    if it.remaining == 0 {
        it.dict = 0;
        return raise(
            ts,
            &RUNTIME_ERROR,
            "dictionary keys changed during iteration",
        );
    }
    it.remaining -= 1;
    if let (DictIterKind::Items, Some(pair)) = (it.kind, pair) {
        *pair = [e.key, e.value];
        return crate::types::none::none();
    }
    match it.kind {
        DictIterKind::Keys => e.key,
        DictIterKind::Values => e.value,
        DictIterKind::Items => crate::types::tuple::new(ts, &[e.key, e.value]),
    }
}

unsafe fn next_dict(ts: *mut Thread, w: Word) -> Word {
    unsafe { dict_step(ts, w, None) }
}

unsafe fn next_dict_reversed(ts: *mut Thread, w: Word) -> Word {
    unsafe { dict_step_reversed(ts, w, None) }
}

/// The next `(key, value)` of a dict item iterator (either direction)
/// written to `pair`: the none word, `ITER_DONE`, or 0 with an exception
/// pending. `None` when `w` is no dict item iterator.
pub(crate) unsafe fn dict_item_step(
    ts: *mut Thread,
    w: Word,
    pair: &mut [Word; 2],
) -> Option<Word> {
    let ty = crate::object::type_of(w);
    if std::ptr::eq(ty, &DICT_ITEM_ITER_TYPE) {
        Some(unsafe { dict_step(ts, w, Some(pair)) })
    } else if std::ptr::eq(ty, &DICT_REVERSE_ITEM_ITER_TYPE) {
        Some(unsafe { dict_step_reversed(ts, w, Some(pair)) })
    } else {
        None
    }
}

unsafe fn dict_step(ts: *mut Thread, w: Word, pair: Option<&mut [Word; 2]>) -> Word {
    let it = unsafe { cast::<DictIterObject>(w) };
    if it.dict == 0 {
        return ITER_DONE;
    }
    if unsafe { check_size(ts, it) }.is_err() {
        return 0;
    }
    let mut pos = it.pos as usize;
    match unsafe { dict::next_entry(it.dict, &mut pos) } {
        Some(e) => {
            it.pos = pos as u64;
            unsafe { yield_entry(ts, it, e, pair) }
        }
        None => {
            it.dict = 0;
            ITER_DONE
        }
    }
}

unsafe fn dict_step_reversed(ts: *mut Thread, w: Word, pair: Option<&mut [Word; 2]>) -> Word {
    let it = unsafe { cast::<DictIterObject>(w) };
    if it.dict == 0 {
        return ITER_DONE;
    }
    if unsafe { check_size(ts, it) }.is_err() {
        return 0;
    }
    let entries = unsafe { dict::entries(it.dict) };
    let mut pos = (it.pos as usize).min(entries.len());
    while pos > 0 {
        pos -= 1;
        let e = entries[pos];
        if e.key != 0 {
            it.pos = pos as u64;
            return unsafe { yield_entry(ts, it, e, pair) };
        }
    }
    it.dict = 0;
    ITER_DONE
}

#[repr(C)]
pub struct SetIterObject {
    pub header: Header,
    /// 0 once exhausted.
    pub set: Word,
    /// The next table slot to look at.
    pub pos: u64,
    /// The set's size when iteration started; -1 after a size error.
    pub used: i64,
}

iterator_type!(SET_ITER_TYPE, "set_iterator", trace_set, next_set);

unsafe fn trace_set(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let it = unsafe { cast::<SetIterObject>(obj as Word) };
    if it.set != 0 {
        visit(it.set);
    }
}

/// An iterator over a set or frozenset, in table order.
pub fn set_iter(ts: *mut Thread, s: Word) -> Word {
    let used = unsafe { set::len_of(s) } as i64;
    let value = SetIterObject {
        header: Header::new_static(&SET_ITER_TYPE),
        set: s,
        pos: 0,
        used,
    };
    unsafe { gc::alloc_value(ts, &SET_ITER_TYPE, value) }
}

unsafe fn next_set(ts: *mut Thread, w: Word) -> Word {
    let it = unsafe { cast::<SetIterObject>(w) };
    if it.set == 0 {
        return ITER_DONE;
    }
    if it.used != unsafe { set::len_of(it.set) } as i64 {
        it.used = -1;
        return raise(ts, &RUNTIME_ERROR, "Set changed size during iteration");
    }
    let mut pos = it.pos as usize;
    match unsafe { set::table::next(set::object(it.set), &mut pos) } {
        Some(e) => {
            it.pos = pos as u64;
            e.key
        }
        None => {
            it.set = 0;
            ITER_DONE
        }
    }
}
