//! The behaviour hooks of `str`: repr, hash, comparison, operators,
//! indexing, `in` and the constructor.

use super::args::{self, Spec, Style};
use super::{bytes, char_len, from_bytes, from_char, from_parts, is_ascii, is_str, utf8};
use crate::error::{index_error, raise, type_error};
use crate::object::{Word, is_instance, type_of};
use crate::thread::Thread;
use crate::types::exception::OVERFLOW_ERROR;
use crate::types::{bool as bool_, int, none, slice};
use typhon_abi::{BinOp, CmpOp};

pub unsafe fn repr(ts: *mut Thread, w: Word) -> Word {
    let mut out = Vec::new();
    super::repr::push_repr(&mut out, unsafe { bytes(w) });
    from_bytes(ts, &out)
}

pub unsafe fn str(ts: *mut Thread, w: Word) -> Word {
    if crate::object::is_exact(w, &super::STR_TYPE) {
        return w;
    }
    // A str subclass's instance gives a plain str with the same text.
    unsafe { super::from_bytes(ts, super::bytes(w)) }
}

pub unsafe fn hash(_ts: *mut Thread, w: Word) -> Option<i64> {
    Some(unsafe { super::hash_of(w) })
}

pub unsafe fn compare(_ts: *mut Thread, op: i32, a: Word, b: Word) -> Word {
    if !is_str(b) {
        return none::not_implemented();
    }
    let result = match CmpOp::from_i32(op) {
        Some(CmpOp::Eq) => unsafe { super::eq(a, b) },
        Some(CmpOp::Ne) => unsafe { !super::eq(a, b) },
        Some(other) => {
            // Generalised UTF-8 sorts bytewise in code-point order.
            let ord = unsafe { bytes(a).cmp(bytes(b)) };
            match other {
                CmpOp::Lt => ord.is_lt(),
                CmpOp::Le => ord.is_le(),
                CmpOp::Gt => ord.is_gt(),
                _ => ord.is_ge(),
            }
        }
        None => return none::not_implemented(),
    };
    bool_::from_bool(result)
}

pub unsafe fn binop(ts: *mut Thread, op: i32, a: Word, b: Word, reflected: bool) -> Word {
    match BinOp::from_i32(op) {
        Some(BinOp::Add) if !reflected => {
            if is_str(b) {
                return unsafe { concat(ts, &[a, b]) };
            }
            if let Some(result) = unsafe { crate::types::seq::reflected_add(ts, a, b) } {
                return result;
            }
            type_error(
                ts,
                &format!(
                    "can only concatenate str (not \"{}\") to str",
                    type_of(b).name
                ),
            )
        }
        Some(BinOp::Mul) => {
            let (text, count) = if reflected { (b, a) } else { (a, b) };
            unsafe { repeat(ts, text, count, !reflected) }
        }
        Some(BinOp::Mod) if !reflected => unsafe { super::percent::apply_str(ts, a, b) },
        _ => none::not_implemented(),
    }
}

pub unsafe fn truthy(_ts: *mut Thread, w: Word) -> i32 {
    (unsafe { char_len(w) } != 0) as i32
}

pub unsafe fn len(_ts: *mut Thread, w: Word) -> i64 {
    unsafe { char_len(w) as i64 }
}

pub unsafe fn getitem(ts: *mut Thread, w: Word, key: Word) -> Word {
    if let Some(index) = unsafe { args::small_int(key) } {
        let len = unsafe { char_len(w) } as i64;
        let index = if index < 0 { index + len } else { index };
        if !(0..len).contains(&index) {
            return index_error(ts, "string index out of range");
        }
        return unsafe { char_at(ts, w, index as usize) };
    }
    if is_instance(key, &int::INT_TYPE) {
        return index_error(ts, "cannot fit 'int' into an index-sized integer");
    }
    if is_instance(key, &slice::SLICE_TYPE) {
        let Some((start, _stop, step, count)) =
            (unsafe { slice::indices(ts, key, char_len(w) as i64) })
        else {
            return 0;
        };
        return unsafe { slice_str(ts, w, start, step, count) };
    }
    if let Some(index) = unsafe { crate::types::class::slots::user_index(ts, key) } {
        return if index == 0 {
            0
        } else {
            unsafe { getitem(ts, w, index) }
        };
    }
    type_error(
        ts,
        &format!(
            "string indices must be integers, not '{}'",
            type_of(key).name
        ),
    )
}

pub unsafe fn contains(ts: *mut Thread, w: Word, item: Word) -> i32 {
    if !is_str(item) {
        type_error(
            ts,
            &format!(
                "'in <string>' requires string as left operand, not {}",
                type_of(item).name
            ),
        );
        return -1;
    }
    super::search::find(unsafe { bytes(w) }, unsafe { bytes(item) }).is_some() as i32
}

/// `str()`, `str(x)`, `str(b, encoding, errors)`.
pub unsafe extern "C" fn construct(
    ts: *mut Thread,
    args: *const Word,
    nargs: i64,
    kwnames: Word,
) -> Word {
    const SPEC: Spec = Spec::new(
        "str",
        "str",
        0,
        3,
        Style::Keywords(&["object", "encoding", "errors"]),
    );
    let all = unsafe { std::slice::from_raw_parts(args, nargs.max(0) as usize) };
    // `str(x)`, by far the commonest call, needs no argument parsing.
    if let ([object], 0) = (all, kwnames) {
        return unsafe { crate::text::ty_str(ts, *object) };
    }
    let Some([object, encoding, errors]) =
        (unsafe { args::parse_args::<3>(ts, &SPEC, all, kwnames) })
    else {
        return 0;
    };
    if encoding == 0 && errors == 0 {
        return if object == 0 {
            super::empty()
        } else {
            unsafe { crate::text::ty_str(ts, object) }
        };
    }
    // CPython checks the argument types before looking at the object.
    for (value, name) in [(encoding, "encoding"), (errors, "errors")] {
        if value != 0 && !is_str(value) {
            let found = crate::error::argument_type_name(value);
            return type_error(
                ts,
                &format!("str() argument '{name}' must be str, not {found}"),
            );
        }
    }
    let object = if object == 0 {
        crate::types::bytes::empty(ts)
    } else {
        object
    };
    if is_str(object) {
        return type_error(ts, "decoding str is not supported");
    }
    if !crate::types::bytes::is_buffer(object) {
        return type_error(
            ts,
            &format!(
                "decoding to str: need a bytes-like object, {} found",
                type_of(object).name
            ),
        );
    }
    unsafe { crate::types::bytes::decode_with(ts, object, encoding, errors) }
}

/// Join strings (all known to be `str`) into a new one.
///
/// # Safety
/// Every word of `parts` must be a `str`.
pub unsafe fn concat(ts: *mut Thread, parts: &[Word]) -> Word {
    let mut total = 0usize;
    let mut len = 0usize;
    let mut ascii = true;
    for part in parts {
        total += unsafe { bytes(*part) }.len();
        len += unsafe { char_len(*part) };
        ascii &= unsafe { is_ascii(*part) };
    }
    if let [only] = parts
        && crate::object::is_exact(*only, &super::STR_TYPE)
    {
        return *only;
    }
    // `a + ""` and `"" + a` give `a` itself, as CPython's concatenation
    // does: no copy (a program adding empty suffixes to many strings would
    // otherwise hold twice the text).
    if let [a, b] = parts {
        for (kept, other) in [(*a, *b), (*b, *a)] {
            if unsafe { bytes(other) }.is_empty() && crate::object::is_exact(kept, &super::STR_TYPE)
            {
                return kept;
            }
        }
    }
    super::build(ts, total, len, ascii, |buf| {
        let mut at = 0;
        for part in parts {
            let b = unsafe { bytes(*part) };
            super::copy_piece(&mut buf[at..at + b.len()], b);
            at += b.len();
        }
    })
}

/// `text * count` for either operand order.
unsafe fn repeat(ts: *mut Thread, text: Word, count: Word, defer: bool) -> Word {
    let times = match unsafe { crate::types::seq::repeat_count(ts, count, defer) } {
        Ok(Some(n)) => n.max(0) as usize,
        Ok(None) => return none::not_implemented(),
        Err(()) => return 0,
    };
    unsafe { repeat_times(ts, text, times) }
}

/// `text` repeated `times` times.
unsafe fn repeat_times(ts: *mut Thread, text: Word, times: usize) -> Word {
    let b = unsafe { bytes(text) };
    if times == 1 && crate::object::is_exact(text, &super::STR_TYPE) {
        return text;
    }
    let Some(total) = b
        .len()
        .checked_mul(times)
        .filter(|t| *t <= isize::MAX as usize)
    else {
        return raise(ts, &OVERFLOW_ERROR, "repeated string is too long");
    };
    let len = unsafe { char_len(text) } * times;
    super::build(ts, total, len, unsafe { is_ascii(text) }, |buf| {
        let n = b.len();
        if total == 0 {
            // Nothing to write (and no chunk of zero bytes to split into).
        } else if n == 1 {
            buf.fill(b[0]);
        } else if n <= 16 {
            // Short pieces copied in line (a `memcpy` call each cost more
            // than the copy).
            for chunk in buf.chunks_exact_mut(n) {
                super::copy_piece(chunk, b);
            }
        } else {
            // Long ones by doubling what is already there.
            buf[..n].copy_from_slice(b);
            let mut filled = n;
            while filled < total {
                let more = filled.min(total - filled);
                buf.copy_within(..more, filled);
                filled += more;
            }
        }
    })
}

/// `a * b` where inference proved one operand an exact `str` and the other
/// an exact `int` (`Op::Exact`, either order): no operator dispatch or
/// `__index__` look-up. A count outside the inline range takes the
/// operator's path, which raises CPython's error.
///
/// # Safety
/// `ts` is the current thread; one of `a`, `b` is an exact `str`, the
/// other an exact `int`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ty_str_repeat(ts: *mut Thread, a: Word, b: Word) -> Word {
    use crate::object::{is_small, small_value};
    let (text, count) = match (is_small(a), is_small(b)) {
        (false, true) => (a, b),
        (true, false) => (b, a),
        _ => return unsafe { crate::ops::ty_binop(ts, BinOp::Mul as i32, a, b) },
    };
    unsafe { repeat_times(ts, text, small_value(count).max(0) as usize) }
}

/// The one-character string at code-point `index` (in range).
///
/// # Safety
/// `w` must be a `str` and `index < len(w)`.
pub unsafe fn char_at(ts: *mut Thread, w: Word, index: usize) -> Word {
    let b = unsafe { bytes(w) };
    if unsafe { is_ascii(w) } {
        return from_char(ts, b[index] as u32);
    }
    let at = unsafe { super::index::byte_offset(ts, w, index) };
    from_char(ts, utf8::decode(b, at).0)
}

/// `w[start::step]` taking `count` code points (indices already clamped).
unsafe fn slice_str(ts: *mut Thread, w: Word, start: i64, step: i64, count: i64) -> Word {
    let b = unsafe { bytes(w) };
    let count = count.max(0) as usize;
    if count == 0 {
        return super::empty();
    }
    let start = start as usize;
    if unsafe { is_ascii(w) } {
        if step == 1 {
            return from_parts(ts, &b[start..start + count], count, true);
        }
        let picked: Vec<u8> = (0..count)
            .map(|k| b[(start as i64 + k as i64 * step) as usize])
            .collect();
        return from_parts(ts, &picked, count, true);
    }
    if step == 1 {
        let from = unsafe { super::index::byte_offset(ts, w, start) };
        let to = unsafe { super::index::byte_offset(ts, w, start + count) };
        return from_parts(ts, &b[from..to], count, b[from..to].is_ascii());
    }
    let mut out = Vec::new();
    for k in 0..count {
        let at =
            unsafe { super::index::byte_offset(ts, w, (start as i64 + k as i64 * step) as usize) };
        out.extend_from_slice(&b[at..at + utf8::decode(b, at).1]);
    }
    from_bytes(ts, &out)
}
