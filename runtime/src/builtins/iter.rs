//! Iterator-making built-in functions: `enumerate`, `zip`, `map`, `filter`,
//! `reversed` (NativeFn each), and the iterator objects the first four
//! return.

use crate::error::{raise, type_error};
use crate::gc;
use crate::object::{
    Header, TypeObject, Word, cast, is_exact, is_instance, is_small, small, small_value, type_of,
};
use crate::thread::Thread;
use crate::types::args::{self, Args};
use crate::types::dict::{DICT_ITEMS_TYPE, DICT_KEYS_TYPE, DICT_TYPE, DICT_VALUES_TYPE};
use crate::types::exception::VALUE_ERROR;
use crate::types::iter::{DictIterKind, dict_iter, iterator_type};
use crate::types::none::none;
use crate::types::{list, range, seq, tuple};
use typhon_abi::{BinOp, ITER_DONE};

/// `enumerate(iterable, start=0)`.
#[repr(C)]
pub struct EnumerateObject {
    pub header: Header,
    pub iter: Word,
    /// The next count: an int, small or big.
    pub count: Word,
}

/// `zip(*iterables, strict=False)`.
#[repr(C)]
pub struct ZipObject {
    pub header: Header,
    /// A tuple of iterators; 0 once exhausted.
    pub iters: Word,
    pub strict: u64,
}

/// `map(func, *iterables)`.
#[repr(C)]
pub struct MapObject {
    pub header: Header,
    pub func: Word,
    /// A tuple of iterators.
    pub iters: Word,
}

/// `filter(func_or_none, iterable)`.
#[repr(C)]
pub struct FilterObject {
    pub header: Header,
    pub func: Word,
    pub iter: Word,
}

iterator_type!(
    // Exported: generated code steps `enumerate` over bytes in line.
    #[unsafe(export_name = "TY_ENUMERATE_TYPE")]
    ENUMERATE_TYPE,
    "enumerate",
    trace_enumerate,
    next_enumerate
);
const _: () = {
    use typhon_abi::bytes_layout::{ENUM_COUNT, ENUM_ITER};
    assert!(std::mem::offset_of!(EnumerateObject, iter) == ENUM_ITER as usize);
    assert!(std::mem::offset_of!(EnumerateObject, count) == ENUM_COUNT as usize);
};
iterator_type!(ZIP_TYPE, "zip", trace_zip, next_zip);
iterator_type!(MAP_TYPE, "map", trace_map, next_map);
iterator_type!(FILTER_TYPE, "filter", trace_filter, next_filter);

unsafe fn trace_enumerate(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let e = unsafe { cast::<EnumerateObject>(obj as Word) };
    visit(e.iter);
    visit(e.count);
}

unsafe fn trace_zip(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let z = unsafe { cast::<ZipObject>(obj as Word) };
    if z.iters != 0 {
        visit(z.iters);
    }
}

unsafe fn trace_map(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let m = unsafe { cast::<MapObject>(obj as Word) };
    visit(m.func);
    visit(m.iters);
}

unsafe fn trace_filter(obj: *mut Header, visit: &mut dyn FnMut(Word)) {
    let f = unsafe { cast::<FilterObject>(obj as Word) };
    visit(f.func);
    visit(f.iter);
}

/// A tuple of `iter(x)` for each of `iterables`; 0 with an exception pending.
unsafe fn iterators(ts: *mut Thread, iterables: &[Word]) -> Word {
    let mut iters = Vec::with_capacity(iterables.len());
    for &w in iterables {
        let it = unsafe { crate::entry::ty_iter(ts, w) };
        if it == 0 {
            return 0;
        }
        iters.push(it);
    }
    // The tuple keeps the iterators reachable for the collector.
    tuple::new(ts, &iters)
}

/// `enumerate(...)`.
///
/// # Safety
/// `argv` holds `nargs` valid words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn enumerate(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    if !a.only_keywords(ts, &["iterable", "start"], "enumerate") {
        return 0;
    }
    let total = a.pos.len() + a.kw.len();
    if total > 2 {
        return type_error(
            ts,
            &format!("enumerate() takes at most 2 arguments ({total} given)"),
        );
    }
    let Some(iterable) = a.pos.first().copied().or_else(|| a.keyword("iterable")) else {
        return type_error(ts, "enumerate() missing required argument 'iterable'");
    };
    let start = a.pos.get(1).copied().or_else(|| a.keyword("start"));
    let count = match start {
        None => small(0).unwrap_or(1),
        Some(w) if is_small(w) => w,
        Some(w)
            if is_instance(w, &crate::types::int::INT_TYPE)
                && !is_exact(w, &crate::types::bool::BOOL_TYPE) =>
        {
            w
        }
        Some(w) => match unsafe { seq::as_integer(ts, w) } {
            Some(v) => crate::types::int::from_i64(ts, v),
            None => return 0,
        },
    };
    let it = unsafe { crate::entry::ty_iter(ts, iterable) };
    if it == 0 {
        return 0;
    }
    let value = EnumerateObject {
        header: Header::new_static(&ENUMERATE_TYPE),
        iter: it,
        count,
    };
    unsafe { gc::alloc_value(ts, &ENUMERATE_TYPE, value) }
}

unsafe fn next_enumerate(ts: *mut Thread, w: Word) -> Word {
    let mut pair = [0; 2];
    match unsafe { enumerate_step(ts, w, &mut pair) } {
        0 => 0,
        ITER_DONE => ITER_DONE,
        _ => tuple::new(ts, &pair),
    }
}

/// The next `(count, item)` of the enumerate object `w` written to `out`
/// instead of a new tuple: the none word, `ITER_DONE`, or 0 with an
/// exception pending. `out` must be seen by the collector (on the stack).
pub(crate) unsafe fn enumerate_step(ts: *mut Thread, w: Word, out: &mut [Word; 2]) -> Word {
    let e = unsafe { cast::<EnumerateObject>(w) };
    let item = match unsafe { crate::types::bytes::iter::next_if_bytes(e.iter) } {
        Some(item) => item,
        None => unsafe { crate::entry::ty_iter_next(ts, e.iter) },
    };
    if item == 0 || item == ITER_DONE {
        return item;
    }
    out[1] = item;
    let e = unsafe { cast::<EnumerateObject>(w) };
    let count = e.count;
    let next = match small(small_value(count).wrapping_add(1)) {
        Some(next) if is_small(count) => next,
        _ => unsafe { crate::entry::ty_binop(ts, BinOp::Add as i32, count, small(1).unwrap_or(3)) },
    };
    if next == 0 {
        return 0;
    }
    e.count = next;
    out[0] = count;
    none()
}

/// `zip(...)`.
///
/// # Safety
/// `argv` holds `nargs` valid words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn zip(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    if !a.only_keywords(ts, &["strict"], "zip") {
        return 0;
    }
    let strict = match a.keyword("strict") {
        None => false,
        Some(flag) => match unsafe { crate::entry::ty_truthy(ts, flag) } {
            r if r < 0 => return 0,
            r => r == 1,
        },
    };
    let iters = unsafe { iterators(ts, a.pos) };
    if iters == 0 {
        return 0;
    }
    let value = ZipObject {
        header: Header::new_static(&ZIP_TYPE),
        iters,
        strict: strict as u64,
    };
    unsafe { gc::alloc_value(ts, &ZIP_TYPE, value) }
}

unsafe fn next_zip(ts: *mut Thread, w: Word) -> Word {
    let z = unsafe { cast::<ZipObject>(w) };
    let iters = z.iters;
    if iters == 0 {
        return ITER_DONE;
    }
    let n = unsafe { tuple::items(iters) }.len();
    if n == 0 {
        return ITER_DONE;
    }
    // The items wait on the stack (or in a buffer whose address is on
    // it), where the collector sees them.
    let mut small_buf: [Word; 8] = [0; 8];
    let mut big_buf: Vec<Word>;
    let out: &mut [Word] = if n <= small_buf.len() {
        &mut small_buf[..n]
    } else {
        big_buf = vec![0; n];
        &mut big_buf
    };
    match unsafe { zip_step(ts, w, out) } {
        0 => 0,
        ITER_DONE => ITER_DONE,
        _ => tuple::new(ts, out),
    }
}

/// The arity of the zip object `w` (0 once exhausted).
pub(crate) unsafe fn zip_arity(w: Word) -> usize {
    let z = unsafe { cast::<ZipObject>(w) };
    if z.iters == 0 {
        return 0;
    }
    unsafe { tuple::items(z.iters) }.len()
}

/// The next items of the zip object `w`, one per iterator, written to
/// `out` (exactly its arity, which is not 0): the none word, `ITER_DONE`,
/// or 0 with an exception pending. `out` must be seen by the collector.
pub(crate) unsafe fn zip_step(ts: *mut Thread, w: Word, out: &mut [Word]) -> Word {
    let z = unsafe { cast::<ZipObject>(w) };
    let (iters, strict) = (z.iters, z.strict != 0);
    if iters == 0 {
        return ITER_DONE;
    }
    let its = unsafe { tuple::items(iters) };
    for (idx, &it) in its.iter().enumerate() {
        match unsafe { crate::entry::ty_iter_next(ts, it) } {
            0 => return 0,
            ITER_DONE => {
                unsafe { cast::<ZipObject>(w) }.iters = 0;
                if strict {
                    return unsafe { strict_mismatch(ts, its, idx) };
                }
                return ITER_DONE;
            }
            item => out[idx] = item,
        }
    }
    none()
}

/// `zip(strict=True)`: iterator `idx` ended. Fine if it is the first and
/// all others end too; otherwise CPython's ValueError naming the culprit.
unsafe fn strict_mismatch(ts: *mut Thread, its: &[Word], idx: usize) -> Word {
    if idx > 0 {
        let plural = if idx == 1 { " " } else { "s 1-" };
        let message = format!(
            "zip() argument {} is shorter than argument{plural}{idx}",
            idx + 1
        );
        return raise(ts, &VALUE_ERROR, &message);
    }
    for (other, &it) in its.iter().enumerate().skip(1) {
        match unsafe { crate::entry::ty_iter_next(ts, it) } {
            0 => return 0,
            ITER_DONE => {}
            _ => {
                let plural = if other == 1 { " " } else { "s 1-" };
                let message = format!(
                    "zip() argument {} is longer than argument{plural}{other}",
                    other + 1
                );
                return raise(ts, &VALUE_ERROR, &message);
            }
        }
    }
    ITER_DONE
}

/// `map(...)`.
///
/// # Safety
/// `argv` holds `nargs` valid words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn map(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    if !args::no_keywords(ts, &a, "map") {
        return 0;
    }
    if a.pos.len() < 2 {
        return type_error(ts, "map() must have at least two arguments.");
    }
    let iters = unsafe { iterators(ts, &a.pos[1..]) };
    if iters == 0 {
        return 0;
    }
    let value = MapObject {
        header: Header::new_static(&MAP_TYPE),
        func: a.pos[0],
        iters,
    };
    unsafe { gc::alloc_value(ts, &MAP_TYPE, value) }
}

unsafe fn next_map(ts: *mut Thread, w: Word) -> Word {
    let m = unsafe { cast::<MapObject>(w) };
    let (func, iters) = (m.func, m.iters);
    // The arguments live in a tuple, where the collector sees them.
    let its = unsafe { tuple::items(iters) };
    let call_args = tuple::new(ts, &vec![none(); its.len()]);
    if call_args == 0 {
        return 0;
    }
    for (idx, &it) in its.iter().enumerate() {
        match unsafe { crate::entry::ty_iter_next(ts, it) } {
            0 => return 0,
            ITER_DONE => return ITER_DONE,
            item => unsafe { tuple::set_item(call_args, idx, item) },
        }
    }
    let call_args = unsafe { tuple::items(call_args) };
    unsafe { crate::entry::ty_call(ts, func, call_args.as_ptr(), call_args.len() as i64, 0) }
}

/// `filter(...)`.
///
/// # Safety
/// `argv` holds `nargs` valid words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn filter(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    let Some(&[func, iterable]) = args::positional(ts, &a, "filter", "filter", 2, 2) else {
        return 0;
    };
    let it = unsafe { crate::entry::ty_iter(ts, iterable) };
    if it == 0 {
        return 0;
    }
    let value = FilterObject {
        header: Header::new_static(&FILTER_TYPE),
        func,
        iter: it,
    };
    unsafe { gc::alloc_value(ts, &FILTER_TYPE, value) }
}

unsafe fn next_filter(ts: *mut Thread, w: Word) -> Word {
    let f = unsafe { cast::<FilterObject>(w) };
    let (func, it) = (f.func, f.iter);
    loop {
        let item = unsafe { crate::entry::ty_iter_next(ts, it) };
        if item == 0 || item == ITER_DONE {
            return item;
        }
        let verdict = if func == none() || func == crate::types::bool::BOOL_TYPE.as_word() {
            item
        } else {
            let v = unsafe { crate::entry::ty_call(ts, func, &item, 1, 0) };
            if v == 0 {
                return 0;
            }
            v
        };
        match unsafe { crate::entry::ty_truthy(ts, verdict) } {
            r if r < 0 => return 0,
            0 => {}
            _ => return item,
        }
    }
}

/// `reversed(...)`.
///
/// # Safety
/// `argv` holds `nargs` valid words; `kwnames` is 0 or a tuple of strs.
pub unsafe extern "C" fn reversed(
    ts: *mut Thread,
    argv: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    let a = unsafe { Args::new(argv, nargs, kwnames) };
    let Some(&[seq]) = args::positional(ts, &a, "reversed", "reversed", 1, 1) else {
        return 0;
    };
    let ty = type_of(seq);
    if ty.is_subtype(&range::RANGE_TYPE) {
        return unsafe { range::iterate(ts, seq, true) };
    }
    let views: [(&TypeObject, DictIterKind); 4] = [
        (&DICT_TYPE, DictIterKind::Keys),
        (&DICT_KEYS_TYPE, DictIterKind::Keys),
        (&DICT_VALUES_TYPE, DictIterKind::Values),
        (&DICT_ITEMS_TYPE, DictIterKind::Items),
    ];
    if let Some((view_ty, kind)) = views.iter().find(|(view_ty, _)| ty.is_subtype(*view_ty)) {
        let d = if std::ptr::eq(*view_ty, &DICT_TYPE) {
            seq
        } else {
            unsafe { crate::types::dict::view_dict(seq) }
        };
        return dict_iter(ts, d, *kind, true);
    }
    if ty.is_subtype(&list::LIST_TYPE) {
        return unsafe { crate::types::iter::reversed_seq(ts, seq, list::items(ts, seq).len()) };
    }
    // A user class's `__reversed__` makes the iterator itself.
    if crate::types::class::is_heap(ty) {
        let name = crate::types::str::new(ts, "__reversed__");
        if name == 0 {
            return 0;
        }
        let found = crate::types::class::lookup(ts, ty, name);
        if found == Some(crate::types::none::none()) {
            // `__reversed__ = None` opts out, as in CPython.
            return type_error(ts, &format!("'{}' object is not reversible", ty.name));
        }
        if found.is_some() {
            let call = crate::types::class::instance::call_method;
            return unsafe { call(ts, seq, name, std::ptr::null(), 0, 0) };
        }
    }
    // Any other sequence: it needs a length and `__getitem__`, and is not a
    // mapping or a set.
    let (Some(len), Some(_)) = (ty.slots.len, ty.slots.getitem) else {
        return type_error(ts, &format!("'{}' object is not reversible", ty.name));
    };
    let n = unsafe { len(ts, seq) };
    if n < 0 {
        return 0;
    }
    unsafe { crate::types::iter::reversed_seq(ts, seq, n as usize) }
}
