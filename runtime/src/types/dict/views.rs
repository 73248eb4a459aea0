//! The views `d.keys()`, `d.values()` and `d.items()`: live windows on a
//! dict. Keys and items views are set-like (`==` with sets, `& | - ^`
//! giving sets), built the way CPython 3.11 builds them so the resulting
//! sets iterate in CPython's order.

use super::{get_with_hash, len as dict_len, next_entry};
use crate::gc;
use crate::object::{
    Header, Method, Slots, TypeObject, Word, cast, is_exact, is_instance, type_of,
};
use crate::thread::Thread;
use crate::types::bool::from_bool;
use crate::types::iter::{DictIterKind, dict_iter};
use crate::types::none::not_implemented;
use crate::types::set::{self, SET_TYPE, is_any_set};
use crate::types::{list, seq, tuple};
use typhon_abi::{BinOp, CmpOp};

#[repr(C)]
pub struct DictViewObject {
    pub header: Header,
    pub dict: Word,
}

macro_rules! view_type {
    ($name:ident, $py_name:literal, $slots:expr, $methods:expr) => {
        pub static $name: TypeObject = TypeObject {
            header: Header::new_static(&crate::types::type_::TYPE_TYPE),
            name: $py_name,
            base: &crate::types::object::OBJECT_TYPE,
            trace: Some(trace),
            finalize: None,
            slots: $slots,
            methods: crate::methods::Methods::of($methods),
        };
    };
}

const VIEW_SLOTS: Slots = Slots {
    repr: Some(repr),
    len: Some(len),
    iter: Some(iter),
    contains: Some(contains),
    ..Slots::EMPTY
};
const SET_LIKE_SLOTS: Slots = Slots {
    compare: Some(compare),
    binop: Some(binop),
    ..VIEW_SLOTS
};

static SET_LIKE_METHODS: &[Method] = &[Method {
    name: "isdisjoint",
    func: isdisjoint,
}];

view_type!(
    DICT_KEYS_TYPE,
    "dict_keys",
    SET_LIKE_SLOTS,
    SET_LIKE_METHODS
);
view_type!(DICT_VALUES_TYPE, "dict_values", VIEW_SLOTS, &[]);
view_type!(
    DICT_ITEMS_TYPE,
    "dict_items",
    SET_LIKE_SLOTS,
    SET_LIKE_METHODS
);

unsafe fn trace(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    visit(unsafe { cast::<DictViewObject>(obj as Word) }.dict);
}

/// A new view of kind `ty` on the dict `d`.
pub fn new(ts: *mut Thread, d: Word, ty: &'static TypeObject) -> Word {
    unsafe {
        gc::alloc_value(
            ts,
            ty,
            DictViewObject {
                header: Header::new_static(ty),
                dict: d,
            },
        )
    }
}

/// The dict a view shows.
///
/// # Safety
/// `w` must be a dict view.
pub unsafe fn dict_of(w: Word) -> Word {
    unsafe { cast::<DictViewObject>(w).dict }
}

fn kind(w: Word) -> DictIterKind {
    if is_exact(w, &DICT_KEYS_TYPE) {
        DictIterKind::Keys
    } else if is_exact(w, &DICT_VALUES_TYPE) {
        DictIterKind::Values
    } else {
        DictIterKind::Items
    }
}

fn is_set_like_view(w: Word) -> bool {
    is_exact(w, &DICT_KEYS_TYPE) || is_exact(w, &DICT_ITEMS_TYPE)
}

unsafe fn len(_ts: *mut Thread, w: Word) -> i64 {
    unsafe { dict_len(dict_of(w)) as i64 }
}

unsafe fn iter(ts: *mut Thread, w: Word) -> Word {
    dict_iter(ts, unsafe { dict_of(w) }, kind(w), false)
}

unsafe fn contains(ts: *mut Thread, w: Word, x: Word) -> i32 {
    let d = unsafe { dict_of(w) };
    match kind(w) {
        DictIterKind::Keys => unsafe { crate::entry::ty_contains(ts, d, x) },
        DictIterKind::Items => unsafe { items_contains(ts, d, x) },
        DictIterKind::Values => {
            let mut pos = 0;
            while let Some(e) = unsafe { next_entry(d, &mut pos) } {
                match unsafe { seq::eq(ts, e.value, x) } {
                    0 => {}
                    r => return r,
                }
            }
            0
        }
    }
}

/// `(k, v) in d.items()`: `k` is a key whose value equals `v`.
unsafe fn items_contains(ts: *mut Thread, d: Word, x: Word) -> i32 {
    if !is_instance(x, &tuple::TUPLE_TYPE) {
        return 0;
    }
    let [key, value] = *(unsafe { tuple::items(x) }) else {
        return 0;
    };
    let Some(h) = (unsafe { seq::hash(ts, key) }) else {
        return -1;
    };
    match unsafe { get_with_hash(ts, d, key, h) } {
        Ok(Some(found)) => unsafe { seq::eq(ts, found, value) },
        Ok(None) => 0,
        Err(()) => -1,
    }
}

/// `dict_keys(['a', 'b'])`: the name, then the repr of the view as a list.
unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    let name = type_of(w).name;
    if !seq::repr_enter(w) {
        return crate::types::str::new(ts, "...");
    }
    let items = unsafe { list::from_iterable(ts, w) };
    let inner = if items == 0 {
        0
    } else {
        unsafe { crate::entry::ty_repr(ts, items) }
    };
    seq::repr_leave(w);
    if inner == 0 {
        return 0;
    }
    let mut out = format!("{name}(").into_bytes();
    out.extend_from_slice(unsafe { crate::types::str::bytes(inner) });
    out.push(b')');
    crate::types::str::from_bytes(ts, &out)
}

/// Whether every item of `a` is in `b` (CPython's `all_contained_in`).
unsafe fn all_contained_in(ts: *mut Thread, a: Word, b: Word) -> Result<bool, ()> {
    let it = unsafe { crate::entry::ty_iter(ts, a) };
    if it == 0 {
        return Err(());
    }
    loop {
        match unsafe { crate::entry::ty_iter_next(ts, it) } {
            0 => return Err(()),
            typhon_abi::ITER_DONE => return Ok(true),
            item => match unsafe { crate::entry::ty_contains(ts, b, item) } {
                r if r < 0 => return Err(()),
                0 => return Ok(false),
                _ => {}
            },
        }
    }
}

/// Set-like comparison of a keys or items view with a set or another view.
unsafe fn compare(ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    let Some(cmp) = CmpOp::from_i32(op) else {
        return not_implemented();
    };
    if !is_any_set(b) && !is_set_like_view(b) {
        return not_implemented();
    }
    let (Some(len_a), Some(len_b)) = (unsafe { size(ts, a) }, unsafe { size(ts, b) }) else {
        return 0;
    };
    let result = match cmp {
        CmpOp::Eq | CmpOp::Ne => {
            let equal = if len_a == len_b {
                unsafe { all_contained_in(ts, a, b) }
            } else {
                Ok(false)
            };
            equal.map(|e| e == (cmp == CmpOp::Eq))
        }
        CmpOp::Lt if len_a < len_b => unsafe { all_contained_in(ts, a, b) },
        CmpOp::Le if len_a <= len_b => unsafe { all_contained_in(ts, a, b) },
        CmpOp::Gt if len_a > len_b => unsafe { all_contained_in(ts, b, a) },
        CmpOp::Ge if len_a >= len_b => unsafe { all_contained_in(ts, b, a) },
        _ => Ok(false),
    };
    match result {
        Ok(v) => from_bool(v),
        Err(()) => 0,
    }
}

unsafe fn size(ts: *mut Thread, w: Word) -> Option<usize> {
    match type_of(w).slots.len {
        Some(len) => usize::try_from(unsafe { len(ts, w) }).ok(),
        None => Some(0),
    }
}

/// A new set from a view (a keys view copies its dict's keys directly) or
/// any other iterable (CPython's `dictviews_to_set`).
unsafe fn to_set(ts: *mut Thread, w: Word) -> Word {
    let source = if is_exact(w, &DICT_KEYS_TYPE) {
        unsafe { dict_of(w) }
    } else {
        w
    };
    unsafe { set::from_iterable(ts, &SET_TYPE, source) }
}

/// `& | - ^` with a keys or items view on either side, giving a set.
unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, _reflected: bool) -> Word {
    let Some(op) = BinOp::from_i32(op) else {
        return not_implemented();
    };
    if op == BinOp::BitAnd {
        return unsafe { intersect(ts, a, b) };
    }
    if !matches!(op, BinOp::BitOr | BinOp::Sub | BinOp::BitXor) {
        return not_implemented();
    }
    let result = unsafe { to_set(ts, a) };
    if result == 0 {
        return 0;
    }
    let status = match op {
        BinOp::BitOr => unsafe { set::update(ts, result, b) },
        BinOp::Sub => unsafe { set::ops::difference_update(ts, result, b) },
        _ => unsafe { set::ops::symmetric_difference_update(ts, result, b) },
    };
    if status < 0 { 0 } else { result }
}

/// CPython's `_PyDictView_Intersect`: reuse set intersection when the other
/// side is a bigger set, else probe the (bigger) view with the items of the
/// other operand.
unsafe fn intersect(ts: *mut Thread, a: Word, b: Word) -> Word {
    let (mut view, mut other) = if is_set_like_view(a) { (a, b) } else { (b, a) };
    let Some(len_view) = (unsafe { size(ts, view) }) else {
        return 0;
    };
    if is_exact(other, &SET_TYPE) {
        if len_view <= unsafe { set::len_of(other) } {
            return unsafe { set::ops::intersection(ts, other, view) };
        }
    } else if is_set_like_view(other) {
        let Some(len_other) = (unsafe { size(ts, other) }) else {
            return 0;
        };
        if len_other > len_view {
            std::mem::swap(&mut view, &mut other);
        }
    }
    let result = set::new(ts, &SET_TYPE);
    if result == 0 {
        return 0;
    }
    let d = unsafe { dict_of(view) };
    let keys_view = is_exact(view, &DICT_KEYS_TYPE);
    let it = unsafe { crate::entry::ty_iter(ts, other) };
    if it == 0 {
        return 0;
    }
    loop {
        let item = unsafe { crate::entry::ty_iter_next(ts, it) };
        match item {
            0 => return 0,
            typhon_abi::ITER_DONE => return result,
            _ => {}
        }
        let found = if keys_view {
            unsafe { crate::entry::ty_contains(ts, d, item) }
        } else {
            unsafe { items_contains(ts, d, item) }
        };
        match found {
            r if r < 0 => return 0,
            0 => {}
            _ => {
                if unsafe { set::add(ts, result, item) } < 0 {
                    return 0;
                }
            }
        }
    }
}

/// `view.isdisjoint(other)`, as CPython's `dictviews_isdisjoint`: probe the
/// bigger of two set-likes with the items of the smaller one, or `self`
/// with the items of any other iterable.
unsafe extern "C" fn isdisjoint(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let all = unsafe { crate::types::args::Args::new(argv, nargs, kwnames) };
    let Some(&this) = all.pos.first() else {
        return crate::error::type_error(ts, "descriptor 'isdisjoint' needs an argument");
    };
    let qualname = format!("{}.isdisjoint", type_of(this).name);
    let Some(other) = crate::types::args::one(ts, &all.skip_self(), &qualname) else {
        return 0;
    };
    let Some(len_this) = (unsafe { size(ts, this) }) else {
        return 0;
    };
    if this == other {
        return from_bool(len_this == 0);
    }
    let (mut probed, mut walked) = (this, other);
    if is_any_set(other) || is_set_like_view(other) {
        let Some(len_other) = (unsafe { size(ts, other) }) else {
            return 0;
        };
        if len_other > len_this {
            std::mem::swap(&mut probed, &mut walked);
        }
    }
    let it = unsafe { crate::entry::ty_iter(ts, walked) };
    if it == 0 {
        return 0;
    }
    loop {
        let item = unsafe { crate::entry::ty_iter_next(ts, it) };
        match item {
            0 => return 0,
            typhon_abi::ITER_DONE => return from_bool(true),
            _ => {}
        }
        match unsafe { crate::entry::ty_contains(ts, probed, item) } {
            0 => {}
            r if r < 0 => return 0,
            _ => return from_bool(false),
        }
    }
}

/// What iterating the view `w` gives (keys, values or `(key, value)`
/// tuples), in order, for `list(view)`, `sorted(view)` and the other
/// consumers of a whole iterable: no iterator object and no per-item
/// protocol. `None` with `MemoryError` pending. Making a tuple runs no
/// Python code, but another thread may run while it allocates: if the
/// dict was changed meanwhile, the walk starts over, as if it had begun
/// after the change.
///
/// # Safety
/// `w` must be a dict view.
pub unsafe fn snapshot(ts: *mut Thread, w: Word) -> Option<Vec<Word>> {
    let d = unsafe { dict_of(w) };
    let kind = kind(w);
    'walk: loop {
        let state = |d: Word| {
            let obj = unsafe { super::object(d) };
            (obj.version, obj.table)
        };
        let before = state(d);
        let mut items = Vec::new();
        if items.try_reserve(unsafe { dict_len(d) }).is_err() {
            crate::error::memory_error(ts);
            return None;
        }
        let mut pos = 0;
        while let Some(e) = unsafe { next_entry(d, &mut pos) } {
            items.push(match kind {
                DictIterKind::Keys => e.key,
                DictIterKind::Values => e.value,
                DictIterKind::Items => match tuple::new(ts, &[e.key, e.value]) {
                    0 => return None,
                    t => {
                        if state(d) != before {
                            continue 'walk;
                        }
                        t
                    }
                },
            });
        }
        return Some(items);
    }
}

/// Whether `w` is a keys, values or items view (their types cannot be
/// subclassed, so this is every view).
pub fn is_exact_view(w: Word) -> bool {
    is_exact(w, &DICT_KEYS_TYPE) || is_exact(w, &DICT_VALUES_TYPE) || is_exact(w, &DICT_ITEMS_TYPE)
}
